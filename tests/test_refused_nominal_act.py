"""A refused meeting named by a noun is REJECT meet (PLOVER manual, REJECT: "refuse to meet or negotiate"):
modality.refused reaches a nominal trigger through the verb it is the object of. Fresh-user tryout: "North Korea
refused to return to nuclear talks with South Korea" was coded CONSULT, actual."""
import pytest

from test_coder_rules import coded, find


@pytest.mark.parametrize("text,actor,recipient", [
    ("North Korea refused to return to nuclear talks with South Korea.", "PRK", "KOR"),
    ("Iran refused to resume negotiations with the United States.", "IRN", "USA"),
    ("Serbia declined to join talks with Kosovo.", "SRB", "XKX"),
])
def test_a_refused_return_to_talks_is_reject_meet(text, actor, recipient):
    rows, events, _ = coded(text)
    hit = [e for e in events if e.event == "REJECT" and actor in [a.code for a in e.actor]]
    assert hit and hit[0].mode == "meet" and recipient in [r.code for r in hit[0].recipient], rows
    assert not find(rows, "CONSULT"), rows


@pytest.mark.parametrize("text", [
    "North Korea agreed to return to nuclear talks with South Korea.",
    "The Iranian ministry refused to comment on the talks with the United States.",
])
def test_an_agreed_return_or_a_refused_comment_is_no_refused_meeting(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == "REJECT" and e.mode == "meet"], rows
