"""A dismissal from a post is no shooting (triggers.dismissed_from_post; lexicon dismissal_verb, post_holder_noun).
Training stories: "on Monday he fired Interior Minister Yuriy Kravchenko" was coded ASSAULT firearms. PLOVER
manual, ASSAULT (mode firearms): shooting at a target; a dismissal from office hits nobody."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "On Monday the Ukrainian president fired Interior Minister Yuriy Kravchenko after weeks of protests.",
    "President Trump fired FBI Director James Comey in May 2017.",
    "The Brazilian president fired his chief of staff after the corruption scandal.",
    "The Nigerian coach was fired by the football federation on Sunday.",
    "Kenya's president fired him on Tuesday, the state broadcaster said.",
])
def test_firing_a_person_from_a_post_is_no_assault(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == "ASSAULT"], rows


@pytest.mark.parametrize("text,recipient", [
    ("Troops fired on protesters in Nairobi on Tuesday.", "KEN"),
    ("Israeli forces fired rockets at Gaza on Monday.", "PSE"),
    ("On Monday Turkish soldiers fired at Syrian border guards.", "SYR"),
])
def test_a_shot_at_a_target_stays_an_assault(text, recipient):
    rows, events, _ = coded(text)
    shots = [e for e in events if e.event == "ASSAULT" and e.event_text.startswith("fired")]
    assert shots and recipient in [r.code for e in shots for r in e.recipient], rows
