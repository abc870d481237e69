"""A finite verb conjoined to a verb with a modal is a clause of its own (modality.finite_conjunct): "will have a
role, and praised his handling" -- the praise is told, not announced (SUPPORT actual, not a future AGREE). A bare
verb after the modal shares it ("will meet France and praise its efforts")."""
import pytest

from eventwire import code_text
from eventwire.nlp.model import load_model
from eventwire.events.modality import finite_conjunct


def _coded(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return [(e.event, e.status, e.event_text) for e in evs]


@pytest.mark.parametrize("text,trigger", [
    ("The British premier insisted Mr Brown will have a key role in the campaign, and praised his handling of the "
     "economy.", "praised"),
    ("The minister said Japan will send aid and praised the Red Cross.", "praised"),
    ("Russia will host the talks and welcomed the envoy on Monday.", "welcomed"),
])
def test_finite_conjunct_keeps_its_own_status(text, trigger):
    coded = [c for c in _coded(text) if c[2] == trigger]
    assert coded == [("SUPPORT", "actual", trigger)]


def test_modal_still_bears_on_its_own_verb():
    coded = _coded("The minister said Japan will send aid and praised the Red Cross.")
    assert ("AGREE", "future", "send aid") in coded


def test_bare_conjunct_shares_the_modal():
    doc = load_model()("Germany will meet France and praise its efforts.")
    praise = next(t for t in doc if t.lower_ == "praise")
    assert praise.dep_ != "conj" or not finite_conjunct(praise)
    doc = load_model()("The premier insisted Brown will have a role, and praised his handling of the economy.")
    praised = next(t for t in doc if t.lower_ == "praised")
    assert finite_conjunct(praised)
