"""A state's protest to another state is a diplomatic protest (PLOVER ACCUSE, mode disapprove; CAMEO 111), not a
demonstration (PLOVER PROTEST is civilian collective action). verbs.tsv rows: "protest" with a "to"/"with"
phrase, and the noun "protest" under lodge/file/register/deliver/send/issue. Fresh-user tryout: "Japan protested
to China over a coast guard incursion" was coded PROTEST demo with the recipient lost."""
import pytest

from test_coder_rules import coded, find


@pytest.mark.parametrize("text,actor,recipient", [
    ("Japan protested to China on Friday over a coast guard incursion near the islands.", "JPN", "CHN"),
    ("Vietnam protested to Beijing after a fishing boat was rammed in the Paracels.", "VNM", "CHN"),
    ("Lithuania protested to Belarus over repeated border violations.", "LTU", "BLR"),
    ("South Korea lodged a formal protest with Japan over the new school textbooks.", "KOR", "JPN"),
    ("Greece filed a protest with Turkey over repeated airspace violations.", "GRC", "TUR"),
])
def test_a_state_protesting_to_a_state_is_accuse_disapprove(text, actor, recipient):
    rows, events, _ = coded(text)
    hit = [e for e in events if e.event == "ACCUSE" and actor in [a.code for a in e.actor]
           and recipient in [r.code for r in e.recipient]]
    assert hit, rows
    assert hit[0].mode == "disapprove" and "diplomatic" in hit[0].context
    assert not find(rows, "PROTEST"), rows


@pytest.mark.parametrize("text,actor", [
    ("Farmers protested against the new fuel tax in Paris on Monday.", "FRA"),
    ("Thousands of students protested outside the parliament in Nairobi.", "KEN"),
])
def test_people_protesting_against_a_measure_stay_a_demonstration(text, actor):
    rows, _, _ = coded(text)
    assert find(rows, "PROTEST", actor), rows
    assert not find(rows, "ACCUSE"), rows
