"""An order of an act is that act, done by whoever orders it (verbs.tsv rows "order" + the act noun, rules only):
"ordered the arrest of X" is a COERCE arrest of X, "ordered the deportation of" a COERCE deport, "ordered the
suspension/closure of" a SANCTION, "ordered the release of" a
RETREAT release. Before, "order" was a REQUEST with no recipient and the act noun, object of a trigger verb, found no
doer. Source: CAMEO 1.1b3 (an ordered arrest, expulsion or investigation is coded as that act by the orderer);
PLOVER manual, COERCE/SANCTION/ACCUSE/RETREAT; the training annotations code "ordered the suspension of the
project" SANCTION. Orders of a person to do something stay REQUEST, and so does an ordered inquiry ("Obama ordered
an investigation against Iran" is a REQUEST in the UniversalPetrarch GSR and test_coder_rules; the training
annotations code "ordered a report" ACCUSE: the gold sets disagree, so no row)."""
import pytest

from eventwire import code_text


def records(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return [(e.event, e.mode, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events]


@pytest.mark.parametrize("text, expected", [
    ("A court in Cairo ordered the arrest of the opposition leader.", ("COERCE", "arrest", ["EGY"], ["EGY"])),
    ("Egypt ordered the deportation of two Sudanese activists.", ("COERCE", "deport", ["EGY"], ["SDN"])),
    ("The Kenyan court ordered the release of the Ugandan journalists.", ("RETREAT", "release", ["KEN"], ["UGA"])),
    ("Russia ordered the closure of the British Council offices.", ("SANCTION", None, ["RUS"], ["GBR"])),
])
def test_an_ordered_act_is_the_act(text, expected):
    got = records(text)
    assert expected in got, got
    assert not any(r[0] == "REQUEST" for r in got), got


@pytest.mark.parametrize("text", [
    "The Nigerian general ordered his men to retreat.",
    "Washington ordered Iran to halt its enrichment programme.",
])
def test_an_order_to_a_party_stays_a_request(text):
    got = records(text)
    assert any(r[0] == "REQUEST" for r in got), got


def test_an_order_of_goods_is_no_act():
    got = records("Kenya ordered 20 helicopters from Russia.")
    assert not any(r[0] in ("COERCE", "SANCTION", "ACCUSE", "RETREAT") for r in got), got
