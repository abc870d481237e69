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


def _mediated(events):
    return {(a.code, a.sector, r.code, r.sector) for e in events if e.event == "CONSULT"
            and e.text_info["rule"].get("actor") == "mediated_parties" for a in e.actor for r in e.recipient}


@pytest.mark.parametrize("text,pairs", [
    ("Egypt hosted talks between Hamas and Fatah.", {("PSE", "REB", "PSE", "PTY"), ("PSE", "PTY", "PSE", "REB")}),
    ("Qatar hosted negotiations between Israel and Hamas.", {("ISR", "GOV", "PSE", "REB"), ("PSE", "REB", "ISR", "GOV")}),
    ("Turkey is hosting talks between Russian and Ukrainian delegations.",
     {("RUS", "GOV", "UKR", "GOV"), ("UKR", "GOV", "RUS", "GOV")}),
    ("Norway mediated talks between Colombia and Venezuela on Monday.",
     {("COL", "GOV", "VEN", "GOV"), ("VEN", "GOV", "COL", "GOV")}),
    # where the talks are held names no party (lexicon gathering_noun): Cairo is not a recipient
    ("Egypt hosted talks between Israel and Hamas in Cairo.", {("ISR", "GOV", "PSE", "REB"), ("PSE", "REB", "ISR", "GOV")}),
    ("Qatar hosted talks between Israel and Hamas at a hotel in Doha.",
     {("ISR", "GOV", "PSE", "REB"), ("PSE", "REB", "ISR", "GOV")}),
])
def test_parties_a_host_brings_together_consult_each_other(text, pairs):
    # PLOVER manual, CONSULT mode third-party: the parties of hosted talks meet each other; the host stays too
    rows, events, _ = coded(text)
    assert _mediated(events) == pairs, rows
    host = {r.code for e in events if e.event == "CONSULT" and e.text_info["rule"].get("actor") != "mediated_parties"
            for r in e.recipient}
    assert {p[2] for p in pairs} <= host, rows
    assert all(e.mode == "third-party" for e in events if e.event == "CONSULT"), rows


@pytest.mark.parametrize("text", [
    "Egypt hosted Israeli and Palestinian negotiators.",   # guests, not said to meet each other
    "Norway hosted the talks.",                            # nobody named
    "Egypt hosted talks with Israel and Jordan.",          # "with": Egypt's own talks
    "Egypt and Qatar held talks between their ministers.",  # no third-party row
])
def test_no_mediated_pairs_without_a_host_and_a_between_phrase(text):
    rows, events, _ = coded(text)
    assert not _mediated(events), rows


def test_an_announced_mediation_pairs_nobody():
    # an announced mediation is the mediator's AGREE; the parties have not met (test_consult_threaten)
    rows, events, _ = coded("Norway announced it would mediate talks between Colombia and Venezuela.")
    assert not _mediated(events), rows


@pytest.mark.parametrize("text,a,b", [
    ("Talks between Hamas and Fatah resumed in Cairo.", ("PSE", "REB"), ("PSE", "PTY")),
    ("The talks between Hamas and Fatah were brokered by Egypt.", ("PSE", "REB"), ("PSE", "PTY")),
    ("Israeli police and Israeli settlers clashed in Hebron.", ("ISR", "COP"), ("ISR", "CVL")),
])
def test_two_bodies_of_one_country_are_a_domestic_dyad_each_way(text, a, b):
    # rules.distinct_parties: one country, two sectors given -> two parties (training gold: United and the pilots
    # union, USA CONSULT USA)
    rows, events, _ = coded(text)
    got = {(x.code, x.sector, y.code, y.sector) for e in events for x in e.actor for y in e.recipient}
    assert {a + b, b + a} <= got, rows


def test_a_country_and_its_government_are_one_party():
    # negative: "Israel" (GOV) and "the Israeli government" (GOV) are not two parties
    rows, events, _ = coded("Israel and the Israeli government met.")
    assert not any(e.recipient for e in events), rows
