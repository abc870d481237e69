"""Taiwan's named institutions (orgs.tsv): the Yuans, the Mainland Affairs Council and the parties code TWN, and
Beijing's Taiwan Affairs Office codes CHN, so that a Taiwanese story that never writes "Taiwan" ("the Legislative
Yuan prepared to debate the budget") has Taiwan as its focus, not China (PLOVER manual, "Actors": a government
body is coded by the state it belongs to)."""
from eventwire import code_text


def codes(text):
    events, _ = code_text(text, publication_date="2010-09-01")
    return [([a.code for a in e.actor], e.event, [r.code for r in e.recipient]) for e in events]


def test_taiwan_bodies_code_twn():
    assert (["TWN"], "CONSULT", ["CHN"]) in codes("The Mainland Affairs Council held talks with Beijing on Monday.")
    assert (["TWN"], "ACCUSE", ["TWN"]) in codes(
        "The Kuomintang accused the Executive Yuan of hiding the debt figures.")
    assert any(a == ["TWN"] for a, t, _ in codes("The Democratic Progressive Party criticized the KMT over the deal."))


def test_beijing_office_codes_chn():
    assert any(a == ["CHN"] for a, t, _ in codes(
        "China's Taiwan Affairs Office criticized the Mainland Affairs Council on Tuesday."))


def test_a_taiwanese_story_without_taiwan_has_taiwan_as_home():
    story = ("Opposition lawmakers criticized the government on Tuesday, as the Legislative Yuan prepared to debate "
             "the budget.\nThe Mainland Affairs Council rejected the criticism.\n"
             "The council said it would hold talks with China next month.")
    # without the Taiwanese bodies, China (the one country named) was the home: CHN ACCUSE CHN, CHN REJECT CHN
    assert codes(story) == [(["TWN"], "ACCUSE", ["TWN"]), (["TWN"], "REJECT", ["TWN"]), (["TWN"], "AGREE", ["CHN"])]
