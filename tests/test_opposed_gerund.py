"""A gerund on the object of an opposition or demand is what is opposed or demanded, not an event
(triggers.content_of_other, GERUND_CONTENT_TAKING; PLOVER manual: an event is coded when the text asserts it
occurred): "Serbia rejected Albanian police arresting Serbs" (the parser reads "police arresting" as a noun with a
participle) reports no arrest. Training-story error: "Beijing strongly opposes foreign dignitaries meeting
the Tibet's exiled leader" coded CONSULT."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text,event", [
    ("Moscow strongly opposes foreign dignitaries meeting Chechnya's exiled leader.", "CONSULT"),
    ("Serbia rejected Albanian police arresting Serbs in Kosovo.", "COERCE"),
    ("Greece rejected Turkish police detaining Greek fishermen.", "COERCE"),
])
def test_an_opposed_gerund_is_no_event(text, event):
    rows, _, _ = coded(text)
    assert not [r for r in rows if r[0] == event and not r[4]], rows


@pytest.mark.parametrize("text,event", [
    ("Turkish police arrested Greek fishermen near Lesbos.", "COERCE"),
    ("American diplomats visited Crimea on Monday.", "CONSULT"),
    ("Serbia rejected Albanian police arresting Serbs in Kosovo.", "REJECT"),
])
def test_a_reported_act_or_the_opposition_itself_stays(text, event):
    rows, _, _ = coded(text)
    assert [r for r in rows if r[0] == event and not r[4]], rows
