"""Two wrong actor/recipient kinds found on real news by a new user:
- "the journalist's arrest", "after his arrest": the possessor of a singular arrest or detention with no "of"
  phrase, when it is one person, is the one arrested -- the recipient, never the actor (actor_rules.victim_possessor,
  recipient_rules.victim_possessor; the police stand as the actor, implicit.arresting_police).
- "Russia and China have been accused of hacking": an agentless accusation of a state or government has an
  unnamed accuser of no sector or country, which the story does not fill (implicit.accused_states); it was
  coded as the story's country accusing each accused, itself among them."""
import pytest

from test_coder_rules import coded


def _texts(ents):
    return [e.entity_text.lower() for e in ents]


@pytest.mark.parametrize("text,arrested", [
    ("The journalist's arrest drew condemnation from rights groups.", "journalist"),
    ("The student's detention sparked protests in the capital.", "student"),
    ("Rights groups condemned John Smith's arrest on Monday.", "john smith"),
])
def test_the_possessor_of_an_arrest_is_the_one_arrested(text, arrested):
    rows, events, _ = coded(text)
    arrests = [e for e in events if e.event == "COERCE"]
    assert arrests, rows
    assert all(not any(arrested in t for t in _texts(e.actor)) for e in arrests), rows
    assert any(any(arrested in t for t in _texts(e.recipient)) for e in arrests), rows
    assert all(any(a.sector == "COP" for a in e.actor) for e in arrests), rows


@pytest.mark.parametrize("text,doer", [
    ("The army's arrest of the activist was condemned.", "army"),  # an "of" phrase names the one arrested
    ("The regime's arrests drew protests.", "regime"),  # a plural act: the possessor does it
])
def test_a_possessor_with_an_of_phrase_or_of_plural_arrests_stays_the_doer(text, doer):
    rows, events, _ = coded(text)
    arrests = [e for e in events if e.event == "COERCE"]
    assert arrests and all(any(doer in t for t in _texts(e.actor)) for e in arrests), rows


@pytest.mark.parametrize("text,accused", [
    ("Russia and China have been accused of hacking election systems.", {"RUS", "CHN"}),
    ("Iran has been accused of supplying drones to Russia.", {"IRN"}),
    ("Hamas and Israel have both been accused of war crimes.", {"ISR"}),
])
def test_an_agentless_accusation_of_states_has_an_unnamed_accuser(text, accused):
    rows, events, _ = coded(text)
    accusations = [e for e in events if e.event == "ACCUSE"]
    assert accused <= {r.code for e in accusations for r in e.recipient}, rows
    for e in accusations:
        assert all(a.code is None and a.sector is None for a in e.actor), rows


@pytest.mark.parametrize("text,accused", [
    ("The minister and his deputy have been accused of corruption.", "minister"),
    ("Two Russian journalists have been accused of spying.", "journalists"),
])
def test_an_accused_person_keeps_the_charging_authority(text, accused):
    rows, events, _ = coded(text)
    accusations = [e for e in events if e.event == "ACCUSE"]
    assert accusations and all(a.sector == "GOV" for e in accusations for a in e.actor), rows
    assert any(any(accused in t for t in _texts(e.recipient)) for e in accusations), rows


def test_a_story_country_does_not_fill_the_unnamed_accuser_of_states():
    # the story is about Syria; before, the implicit accuser took SYR: SYR ACCUSE RUS and SYR ACCUSE SYR
    rows, events, _ = coded("Syria's army shelled Idlib on Monday. Syria's civil war has killed thousands of people. "
                            "Russia and the Syrian government have been accused of war crimes in Syria. "
                            "Syria's army also shelled Hama.")
    accusations = [e for e in events if e.event == "ACCUSE"]
    for e in accusations:
        assert not any(a.code for a in e.actor), rows
