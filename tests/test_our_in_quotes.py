"""Inside a quotation "our"/"my" on a noun of people or bodies (a noun with a sector: hospitals, citizens, soldiers)
is the speaker's country, never the subject's (resolve._modifier_info; PLOVER manual, "Actors": the target of
the attack). "our adversaries" and "our dispute" are no property of the speaker. Reported by a fresh user: Zelensky's
"Russia is bombing our hospitals" gave the hospitals Russia's code."""
import pytest

from test_coder_rules import coded


def _recipients(text, event):
    rows, events, _ = coded(text)
    return rows, [r.code for e in events if e.event == event and not e.negated for r in e.recipient
                  if r.entity_text.lower().startswith(("our", "my"))]


@pytest.mark.parametrize("text, event, code", [
    ('"Russia is deliberately bombing our hospitals," Ukrainian President Volodymyr Zelensky said.', "ASSAULT", "UKR"),
    ('Israeli Prime Minister Benjamin Netanyahu said: "Hamas terrorists murdered our citizens."', "ASSAULT", "ISR"),
    ('"The rebels attacked our soldiers at dawn," Malian army spokesman Souleymane Dembele said.', "ASSAULT", "MLI"),
])
def test_our_in_a_quote_is_the_speakers_country(text, event, code):
    rows, got = _recipients(text, event)
    assert got == [code], rows


def test_our_outside_a_quote_takes_no_country_from_a_speaker():
    rows, got = _recipients("Russia is bombing our hospitals.", "ASSAULT")
    assert got == [None], rows


def test_our_adversaries_are_not_the_speakers_own():
    rows, events, _ = coded('"That is a gift to our adversaries," British Prime Minister Keir Starmer said.')
    assert not [r for e in events for r in e.recipient if r.code == "GBR" and "adversaries" in r.entity_text], rows
