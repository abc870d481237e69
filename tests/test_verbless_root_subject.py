"""The small model sometimes reads "Israeli air strikes killed at least 20 people" as one noun phrase (the verb a
participle on "strikes"); a past form with a direct object and no auxiliary is the verb of that noun
(nlp.views._verbless_root_subject). Fresh user's finding: the attack had no actor. Invented sentences."""
import pytest

from test_coder_rules import coded

from eventwire.nlp.model import load_model
from eventwire.nlp.views import reduced_passive, subject_of


@pytest.mark.parametrize("text,actor,recipient", [
    ("Israeli air strikes killed at least 20 people in Gaza on Saturday.", "ISR", "PSE"),
    ("Israeli air strikes killed at least 20 people in Gaza on Saturday, health officials said.", "ISR", "PSE"),
    ("Russian air strikes killed 12 people in Kharkiv.", "RUS", "UKR"),
])
def test_the_attack_keeps_its_doer(text, actor, recipient):
    rows, events, _ = coded(text)
    hit = [e for e in events if e.event == "ASSAULT" and e.event_text == "killed"]
    assert hit and [a.code for a in hit[0].actor] == [actor] and [r.code for r in hit[0].recipient] == [recipient], rows


def test_a_real_participle_is_no_verb_of_its_noun():
    """A participle without an object, or on a noun that is not the sentence's root, stays a participle."""
    from eventwire.nlp.views import _verbless_root_subject

    doc = load_model()("Ukraine criticised the strikes carried out last week in Kharkiv.")
    carried = next(t for t in doc if t.text == "carried")
    assert carried.dep_ == "acl" and _verbless_root_subject(carried) is None
    doc = load_model()("Israeli air strikes killed at least 20 people in Gaza on Saturday.")
    killed = next(t for t in doc if t.text == "killed")
    assert not reduced_passive(killed) and subject_of(killed).text == "strikes"
