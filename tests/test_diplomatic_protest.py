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


# A government (or legislator) protesting an act in words is ACCUSE disapprove (recode state-protest-as-accuse; PLOVER
# manual l.749: diplomatic protests are ACCUSE; PROTEST presumes physical activity by civilians and non-state actors).
@pytest.mark.parametrize("text,actor", [
    ("China summoned the Japanese ambassador to protest the visit.", "CHN"),
    ("Egypt summoned the Israeli ambassador to protest the killing of its soldiers.", "EGY"),
    ("Beijing strongly protested the arms sale.", "CHN"),
    ("Moscow protested against the expulsion of its diplomats.", "RUS"),
    ("The Chinese foreign ministry protested the visit.", "CHN"),
])
def test_a_government_protesting_is_accuse_disapprove(text, actor):
    rows, events, _ = coded(text)
    assert not find(rows, "PROTEST"), rows
    assert [e for e in events if e.event == "ACCUSE" and e.mode == "disapprove" and actor in [a.code for a in e.actor]]


def test_a_legislator_protesting_a_decision_is_accuse():
    rows, _, _ = coded("The senator protested the decision.")
    assert find(rows, "ACCUSE") and not find(rows, "PROTEST"), rows


@pytest.mark.parametrize("text", [
    "Kenyans protested the new tax.",
    "Residents of Paris protested the tax.",
    "Lawmakers protested outside parliament.",
    "Members of parliament protested against the bill in the streets of Kiev.",
])
def test_civilians_and_protests_at_a_place_stay_protest(text):
    rows, _, _ = coded(text)
    assert find(rows, "PROTEST"), rows
    assert not find(rows, "ACCUSE"), rows
