"""An institution "in <capital>" is of the capital's country; the capital's name is read as a town of another
country the sentence names only when that town is a city of its own (actors.resolve modifier_info, LARGE_CITY):
"a court in Moscow sentenced an American journalist" is Russian (Moscow, Idaho has 25,000 people), "militias in
Tripoli ... Lebanese soldiers" stay Lebanese (Tripoli, Lebanon, 230,000). PLOVER manual, "Actors"."""
import pytest

from eventwire import code_text


def _actor_codes(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return [[a.code for a in e.actor] for e in evs]


@pytest.mark.parametrize("text,code", [
    ("A court in Moscow sentenced an American businessman to ten years in jail.", "RUS"),
    ("A tribunal in Paris convicted an American banker of fraud.", "FRA"),
    ("A court in Moscow ordered the arrest of an American reporter.", "RUS"),
    ("A court in Moscow jailed a British student for two years.", "RUS"),
])
def test_court_in_a_capital_is_of_its_country(text, code):
    got = _actor_codes(text)
    assert got and got[0] == [code]


def test_a_large_namesake_town_in_the_named_country_still_wins():
    got = _actor_codes("Militias in Tripoli clashed with Lebanese soldiers overnight.")
    assert got and got[0] == ["LBN"]
