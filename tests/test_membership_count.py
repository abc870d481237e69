"""actors.resolve.membership_count: "the 15-member council", "the 27-nation bloc" describe the body named before them
(anaphoric_organisation); the count makes no body of its own. A body with a modifier of its own stays itself."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _first(text, typ):
    evs, _ = code_text(text, publication_date="2022-03-15")
    return next(e for e in evs if e.event == typ)


@pytest.mark.parametrize("text, actor", [
    ("The UN Security Council met on Friday over the fighting in Gaza. The 15-member council urged a return to calm.",
     "UNO"),
    ("The European Union condemned the attack. The 27-nation bloc urged Russia to withdraw.", "EUR"),
    ("The African Union met in Addis Ababa. The 55-member body urged Sudan to end the fighting.", "IGO"),
])
def test_counted_body_is_the_body_named_before(text, actor):
    assert [a.code for a in _first(text, "REQUEST").actor] == [actor]


def test_counted_body_after_no_organisation_is_not_one():
    e = _first("The Kenyan president spoke on Friday. The 15-member council urged Uganda to act.", "REQUEST")
    assert "UNO" not in [a.code for a in e.actor]


@pytest.mark.parametrize("name", ["South East", "East", "South", "North West", "South-West"])
def test_compass_region_is_no_foreign_place(name):
    """actors.resolve.place_country: a name of compass words only is a region of the story's country, not the
    gazetteer's Cameroonian 'East' province or Botswana's 'South East' district."""
    from eventwire.actors.resolve import place_country
    assert place_country(name) is None


def test_named_places_still_found():
    from eventwire.actors.resolve import place_country
    assert place_country("Kharkiv") == "UKR" and place_country("Basra") == "IRQ"


def test_speaker_after_a_compass_region_is_not_a_foreign_country():
    evs, _ = code_text("The report said supplies in parts of the South East are already too low. Builders routinely "
                       "flout the rules, it said.", publication_date="2022-03-15")
    assert all("CMR" not in [a.code for a in e.actor] for e in evs)


@pytest.mark.parametrize("name", ["Republic", "Union", "Commonwealth", "Confederation"])
def test_generic_polity_word_is_no_town(name):
    """actors.resolve.place_country: 'the Republic', 'the Union' (lexicon generic_polity_word) name the story's
    state, not Republic (Missouri) or Union (New Jersey)."""
    from eventwire.actors.resolve import place_country
    assert place_country(name) is None


def test_president_of_the_republic_is_not_american():
    evs, _ = code_text("The UN envoy visited Burundi on Monday. The UN envoy met the President of the Republic on "
                       "Tuesday.", publication_date="2022-03-15")
    assert all("USA" not in [r.code for r in e.recipient] for e in evs)
