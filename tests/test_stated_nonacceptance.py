"""A verb of accepting negated in the simple present ("we do not accept the proposal") is a refusal stated now,
REJECT (PLOVER manual, REJECT: reject a proposal, demand or offer; modality.stated_nonacceptance, lexicon
acceptance_verb). The present perfect ("has not accepted the recommendation") is one too; a simple past negation ("did not accept
last year") reports a past occasion and stays a negated AGREE (no record). A refused acceptance still names the
counterpart of the acceptance for a later AGREE of the story (story_context.same_act_recipient)."""
import pytest

from test_coder_rules import coded


def _types(events):
    return [e.event for e in events if not e.negated]


@pytest.mark.parametrize("text,actor", [
    ("Iran does not accept the European proposal, the foreign minister said.", "IRN"),
    ("The Serbian president said Serbia does not accept the plan for Kosovo.", "SRB"),
    ("Venezuela's government said: \"We don't accept the proposal of the United States.\"", "VEN"),
    ("Iran has not accepted the European proposal.", "IRN"),
])
def test_a_negated_present_acceptance_is_reject(text, actor):
    rows, events, _ = coded(text)
    hit = [e for e in events if e.event == "REJECT" and not e.negated]
    assert hit and actor in [a.code for a in hit[0].actor], rows
    assert "AGREE" not in _types(events), rows


@pytest.mark.parametrize("text", [
    "Iran did not accept the European proposal last year.",
    "Iran accepts the European proposal, the foreign minister said.",
])
def test_a_past_negation_or_an_acceptance_is_no_reject(text):
    rows, events, _ = coded(text)
    assert "REJECT" not in _types(events), rows


def test_a_refused_acceptance_names_the_counterpart_of_a_later_acceptance():
    from eventwire.events.story_context import _act_types
    from eventwire.schema import Event  # noqa: F401
    rows, events, _ = coded("Iran has not accepted the European proposal.")
    rej = [e for e in events if e.event == "REJECT"][0]
    assert _act_types(rej) == ("REJECT", "AGREE"), rej.text_info
    rows, events, _ = coded("Iran rejected the European proposal.")
    assert _act_types([e for e in events if e.event == "REJECT"][0]) == ("REJECT",)
