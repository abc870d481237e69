"""An ordered investigation is the investigation ("ordered an inquiry into the escape", "ordered a probe into
Kenya's role"): ACCUSE, mode investigate, by the one who orders it (verbs.tsv row 'order' with the object
inquiry|enquiry|investigation|probe|audit). The noun rows of 'investigation'/'probe' already name 'order' among their
light verbs (head=open|launch|...|order), but the REQUEST row of 'order' took the sentence and the noun, under the
verb, was dropped as refining it (triggers.refines_governor). Source: PLOVER manual v0.8, ACCUSE ("All
investigations", mode investigate: "Any investigation, including commissions, grand juries, judicial or political");
annotation protocol (condemnation/criticism/investigation -> ACCUSE). An order to a party to do something stays a
REQUEST (PLOVER manual, REQUEST: "All requests, demands, and orders")."""
import pytest

from test_coder_rules import coded


def _of(events, t):
    return [e for e in events if e.event == t and not e.negated]


@pytest.mark.parametrize("text", [
    "The Kenyan president ordered an inquiry into the prison escape.",
    "Kenya's interior minister has ordered an investigation into the deaths of three protesters.",
    "The Kenyan government ordered a probe into the collapse of the bridge.",
    "Kenya's auditor general ordered an audit of the ministry's accounts.",
    "The Kenyan president ordered an independent enquiry into the shooting.",
])
def test_an_ordered_investigation_is_accuse_investigate(text):
    rows, events, _ = coded(text)
    hit = _of(events, "ACCUSE")
    assert hit and hit[0].mode == "investigate" and "KEN" in [a.code for a in hit[0].actor], rows
    assert not _of(events, "REQUEST"), rows


def test_the_investigated_party_is_the_recipient():
    rows, events, _ = coded("The Kenyan president ordered a probe into Uganda's role in the attack.")
    hit = _of(events, "ACCUSE")
    assert hit and "UGA" in [r.code for r in hit[0].recipient], rows


@pytest.mark.parametrize("text", [
    "The Kenyan president ordered the army to investigate the killings.",
    "The Kenyan president ordered the rebels to leave the town.",
    "Kenya's defence minister ordered an attack on the rebel camp.",
])
def test_other_orders_stay_requests(text):
    rows, events, _ = coded(text)
    assert _of(events, "REQUEST"), rows
    assert not [e for e in _of(events, "ACCUSE") if e.mode == "investigate"], rows
