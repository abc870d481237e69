"""An exchange of fire is force used by both sides (verbs.tsv rows exchange/trade with an object of lexicon
``exchanged_fire_noun``; records.exchange_pairs; coordinated subjects: records.reciprocal_pairs, ``exchange`` a
``reciprocal_verb``). PLOVER manual, ASSAULT and "Compound and Reciprocal Actors". Fresh user: "exchanged gunfire
with" coded nothing, "traded fire with" one side only."""
import pytest

from test_coder_rules import coded


def assaults(text):
    _, events, _ = coded(text)
    return {(e.actor[0].code if e.actor else None, e.recipient[0].code if e.recipient else None, e.mode)
            for e in events if e.event == "ASSAULT"}


@pytest.mark.parametrize("text,a,b,mode", [
    ("Thai soldiers exchanged gunfire with Cambodian troops near the border.", "THA", "KHM", "firearms"),
    ("Israeli forces traded fire with Hezbollah fighters on Tuesday.", "ISR", "LBN", "firearms"),
    ("Syrian troops exchanged artillery fire with Turkish forces.", "SYR", "TUR", "heavy-weapons"),
    ("Indian and Pakistani troops exchanged fire along the Line of Control on Sunday.", "IND", "PAK", "firearms"),
])
def test_an_exchange_of_fire_is_an_assault_each_way(text, a, b, mode):
    got = assaults(text)
    assert (a, b, mode) in got and (b, a, mode) in got, got


def test_the_side_firing_back_is_marked_by_its_rule():
    _, events, _ = coded("Nigerian police exchanged shots with Boko Haram fighters in Maiduguri.")
    back = [e for e in events if e.event == "ASSAULT" and e.text_info["rule"]["recipient"] == "exchange_pairs"]
    assert [(e.actor[0].code, e.actor[0].sector, e.recipient[0].sector) for e in back] == [("NGA", "REB", "COP")], \
        [e.to_dict() for e in events]


@pytest.mark.parametrize("text", [
    "Russia and Ukraine exchanged 200 prisoners on Friday.",
    "Iran exchanged letters with Saudi Arabia.",
    "The two ministers exchanged views on trade.",
])
def test_an_exchange_of_no_fire_is_no_assault(text):
    assert not assaults(text)
