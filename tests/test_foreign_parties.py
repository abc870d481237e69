"""A party whose own words say it is from elsewhere ("two foreign journalists", "foreign nationals") takes no
country from the place of the act, the dateline or the story (actors.infer.is_foreign_party, lexicon foreign_word;
used by events.implicit, actors.infer.complete_from_context and the story rule located-party)."""
import pytest

from eventwire import code_text


def _recipients(text):
    evs, _ = code_text(text, publication_date="2023-05-10")
    return [(e.event, [(r.code, r.sector) for r in e.recipient]) for e in evs]


@pytest.mark.parametrize("text,sector", [
    ("Taliban fighters detained two foreign journalists in Kabul on Sunday.", "JRN"),
    ("Police arrested three foreign nationals in Istanbul.", "CVL"),
    ("KABUL, Afghanistan (AP) — Police detained two foreign journalists. They were released on Monday.", "JRN"),
])
def test_foreigners_take_no_country_from_the_place(text, sector):
    got = _recipients(text)
    assert got and got[0][0] == "COERCE"
    assert all(code is None for code, _ in got[0][1]), got


def test_people_of_the_place_still_take_its_country():
    assert _recipients("Police arrested three journalists in Istanbul.") == [("COERCE", [("TUR", "JRN")])]
