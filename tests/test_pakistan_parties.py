"""Pakistan's parties and the army's press wing (orgs.tsv) code PAK: "the PPP", "PML-N", "the MQM", "ISPR" named a
party no country before, so a Pakistani political story took its home from the one foreign country it named (PLOVER
manual, "Actors": a party or a body is coded by its state). "PTI" stays the Press Trust of India, an outlet."""
from eventwire import code_text


def codes(text):
    events, _ = code_text(text, publication_date="2016-10-01")
    return [([a.code for a in e.actor], e.event, [r.code for r in e.recipient]) for e in events]


def test_pakistani_parties_code_pak():
    assert any(a == ["PAK"] for a, _, _ in codes("The PPP accused the PML-N government of corruption."))
    assert any(a == ["PAK"] for a, _, _ in codes("The MQM announced a boycott of the session on Monday."))
    assert any(a == ["PAK"] for a, _, _ in codes("Pakistan Peoples Party leaders criticized the budget."))


def test_the_army_press_wing_codes_pak():
    assert (["PAK"], "ACCUSE", ["IND"]) in codes("Inter Services Public Relations accused India of violating the truce.")
    assert (["PAK"], "ACCUSE", ["IND"]) in codes("The ISPR condemned the Indian firing across the Line of Control.")


def test_pti_is_still_an_outlet():
    events, _ = code_text("India accused Pakistan of shelling, PTI reported.", publication_date="2016-10-01")
    assert [(e.actor[0].code, e.recipient[0].code) for e in events if e.event == "ACCUSE"] == [("IND", "PAK")]
