"""triggers.coordinated_predicate: a finite verb joined to a content-taking trigger with the same subject is a second
act of the same doer, not the content of the first: "Britain accepts Tibet as part of China and asked Beijing to
resume talks" (the request was dropped as the content of "accepts"; training story). A conjunct inside the content
of a denial or demand stays content."""
import pytest

from test_coder_rules import coded


def _of(events, t):
    return [e for e in events if e.event == t and not e.negated]


@pytest.mark.parametrize("text,first,second,actor,recipient", [
    ("Britain accepts Tibet as part of China and asked Beijing to resume talks with the Dalai Lama.", "SUPPORT",
     "REQUEST", "GBR", "CHN"),
    ("Iran rejected the European plan and urged talks with the United States.", "REJECT", "REQUEST", "IRN", "USA"),
])
def test_a_coordinated_predicate_is_an_act_of_its_own(text, first, second, actor, recipient):
    rows, events, _ = coded(text)
    assert _of(events, first), rows
    hit = _of(events, second)
    assert hit and [a.code for a in hit[0].actor] == [actor] and recipient in [r.code for r in hit[0].recipient], rows


@pytest.mark.parametrize("text,event", [
    ("The Kremlin denied that Russian forces shelled the hospital and killed civilians.", "ASSAULT"),
    ("Kenya urged Uganda to stop the shelling and release the prisoners.", "RETREAT"),
])
def test_a_conjunct_inside_the_content_stays_content(text, event):
    rows, events, _ = coded(text)
    assert not _of(events, event), rows
