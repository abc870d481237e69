"""Co-mediators and co-hosts are not each other's recipients (records.reciprocal_pairs, rows of mode third-party):
"Qatar and Egypt have mediated between the sides" was QAT CONSULT EGY and EGY CONSULT QAT. A host or mediator of
talks between two other parties is a third party; the parties of the talks are its recipients (PLOVER manual,
CONSULT)."""
import pytest

from test_coder_rules import coded


def _dyads(events, kind="CONSULT"):
    return {(a.code, r.code) for e in events if e.event == kind for a in e.actor for r in e.recipient}


@pytest.mark.parametrize("text,mediators", [
    ("Qatar and Egypt have mediated between the sides.", {"QAT", "EGY"}),
    ("Norway and Switzerland hosted the negotiations.", {"NOR", "CHE"}),
    ("Turkey and Saudi Arabia mediated between the two rivals last year.", {"TUR", "SAU"}),
])
def test_co_mediators_are_not_each_others_recipients(text, mediators):
    rows, events, _ = coded(text)
    consult = [e for e in events if e.event == "CONSULT"]
    assert mediators <= {a.code for e in consult for a in e.actor}, rows
    assert not {(a, r) for a, r in _dyads(events) if a in mediators and r in mediators}, rows


def test_co_mediators_keep_the_parties_they_bring_together():
    rows, events, _ = coded("Qatar and Egypt mediated between Israel and Hamas.")
    assert {("QAT", "ISR"), ("EGY", "ISR")} <= _dyads(events), rows


@pytest.mark.parametrize("text", [
    "Egypt and Qatar met in Cairo on Monday.",
    "Egypt and Qatar held talks on Gaza.",
])
def test_parties_that_meet_still_meet_each_other(text):
    # negative: a meeting of the coordinated parties themselves is mutual
    rows, events, _ = coded(text)
    assert {("EGY", "QAT"), ("QAT", "EGY")} <= _dyads(events), rows


def test_a_host_of_talks_between_two_others_is_their_mediator():
    rows, events, _ = coded("Egypt hosted talks between Israel and Hamas.")
    assert {("EGY", "ISR"), ("EGY", "PSE")} <= _dyads(events), rows
    assert not any(r.code == "EGY" for e in events for r in e.recipient), rows
