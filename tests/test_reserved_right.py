""""X reserves the right to retaliate/respond/take countermeasures" is a warning of repercussions, THREATEN by X
(PLOVER manual, THREATEN; CAMEO 13; triggers.reserved_right in states_consequence, nlp.views.subject_of: who
reserves the right does the act). A right merely held or protected, or a negated reservation, is none."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text,actor,recipient", [
    ("Russia reserved the right to retaliate against NATO.", "RUS", "IGO"),
    ("China reserves the right to take countermeasures against the United States.", "CHN", "USA"),
    ("Iran said it reserves the right to respond to any Israeli attack.", "IRN", "ISR"),
])
def test_a_reserved_right_to_retaliate_is_threaten(text, actor, recipient):
    rows, events, _ = coded(text)
    hit = [e for e in events if e.event == "THREATEN" and not e.negated]
    assert hit and actor in [a.code for a in hit[0].actor], rows
    assert recipient in [r.code for r in hit[0].recipient], rows


@pytest.mark.parametrize("text", [
    "Kenya does not reserve the right to retaliate against Uganda.",
    "Israel has the right to retaliate against Hamas.",
    "The Kenyan constitution protects the right to demonstrate against the government.",
])
def test_a_held_or_unreserved_right_is_no_threat(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == "THREATEN" and not e.negated], rows
