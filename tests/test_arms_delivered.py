"""Arms and relief goods delivered, shipped or transferred to a party are AID (verbs.tsv rows deliver/ship/transfer
with weapon or relief objects): PLOVER manual, AID ("military and police assistance including arms", "humanitarian
aid"). AID has no modes in PLOVER v0.8: what is given is the context (military; human_security for food, water,
shelter). Fresh user: "delivered 14 tanks to Ukraine", "shipped weapons to" coded nothing."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text,actor,recipient,context", [
    ("Germany delivered 14 tanks to Ukraine.", "DEU", "UKR", "military"),
    ("Poland delivered 200 Leopard tanks to Kyiv last month.", "POL", "UKR", "military"),
    ("France shipped weapons to Ukraine.", "FRA", "UKR", "military"),
    ("Iran shipped drones to Russia.", "IRN", "RUS", "military"),
    ("The U.S. has transferred 31 Abrams tanks to Ukraine.", "USA", "UKR", "military"),
    ("Britain shipped 5,000 tons of food to Yemen.", "GBR", "YEM", "human_security"),
    ("Turkey shipped medicine and tents to Syria.", "TUR", "SYR", "human_security"),
    ("Egypt delivered fuel to Gaza on Sunday.", "EGY", "PSE", "human_security"),
])
def test_goods_delivered_to_a_party_are_aid(text, actor, recipient, context):
    _, events, _ = coded(text)
    aid = [e for e in events if e.event == "AID"]
    assert aid and [a.code for a in aid[0].actor] == [actor] and [r.code for r in aid[0].recipient] == [recipient], \
        [e.to_dict() for e in events]
    assert context in aid[0].context and aid[0].mode is None


@pytest.mark.parametrize("text", [
    "He delivered a speech to parliament.",
    "The company shipped 2,000 cars to China.",
])
def test_other_deliveries_are_no_aid(text):
    _, events, _ = coded(text)
    assert not [e for e in events if e.event == "AID"], [e.to_dict() for e in events]
