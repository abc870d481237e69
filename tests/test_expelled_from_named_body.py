"""An expulsion from a named organisation ("was expelled from Fatah", "expelled from Labour", "from the AKP") is a
SANCTION (mode expel) by that organisation, like an expulsion from "the party" or "the coalition" (verbs.tsv row
'expel' with prep=from:...|ORG, the object word ORG being an ORG entity: triggers.has_prep_phrase; its agentless
actor: implicit.expelling_body). It was a COERCE deport, the reading of a removal from a country, which a GPE
("expelled from Uganda") keeps. Source: PLOVER manual v0.8, SANCTION mode expel ("expel an entity from a group,
organization, political party"); COERCE mode deport."""
import pytest

from test_coder_rules import coded


def _of(events, t):
    return [e for e in events if e.event == t and not e.negated]


@pytest.mark.parametrize("text, body", [
    ("The Palestinian commander was expelled from Fatah last week.", "PSE"),
    ("Two Turkish MPs were expelled from the AKP.", "TUR"),
    ("The British MP was expelled from Labour.", "GBR"),
])
def test_an_expulsion_from_a_named_organisation_is_sanction(text, body):
    rows, events, _ = coded(text)
    hit = _of(events, "SANCTION")
    assert hit and hit[0].mode == "expel" and body in [a.code for a in hit[0].actor], rows
    assert not _of(events, "COERCE"), rows


@pytest.mark.parametrize("text", [
    "The Kenyan senator was expelled from Uganda.",
    "Kenya expelled the Ugandan trader from the country.",
])
def test_an_expulsion_from_a_country_stays_coerce(text):
    rows, events, _ = coded(text)
    assert _of(events, "COERCE") and not _of(events, "SANCTION"), rows
