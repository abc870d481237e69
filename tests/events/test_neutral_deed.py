"""The detector's reading of a neutral deed (:func:`eventwire.events.admission.neutral_deed`, lexicon
``neutral_deed_verb``, ``deed_act_noun``, ``deed_judgement_word``): a verb of finding, reporting, doing or quantity
that names no act between parties is no event; a verb of motion into a state ("thrown into doubt":
``admission.thrown_into_state``, lexicon ``figurative_state_noun``) uses no force; classes and flights suspended are a
state of a thing (``agentless_state_of_thing``); an act in the "of" phrase of missing evidence ("no sign of the
missiles being intercepted": ``triggers.unevidenced_gerund``) is not asserted. The sentences are invented variants
of each kind."""
import pytest

from eventwire import code_text
from eventwire.events import admission
from eventwire.lexicon import words


def coded(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return events


def detector_records(text):
    return [(e.event, e.event_text) for e in coded(text)
            if str((e.text_info.get("rule") or {}).get("trigger", "")).startswith("model:")]


def test_the_rules_run_last_before_coding():
    before = [r.__name__ for r in admission.DROP_BEFORE_CODING]
    assert before.index("thrown_into_state") == before.index("neutral_deed") + 1


def test_lexicon_lists():
    verbs = words("neutral_deed_verb")
    assert {"identify", "determine", "invest", "increase", "cite", "complete", "announce", "share", "spend",
            "lurk"} <= verbs
    assert "say" not in verbs  # a speaker's criticism said with "said" is ACCUSE: left to the detector
    assert {"challenge", "deportation"} <= words("deed_act_noun")
    assert "too" in words("deed_judgement_word")


@pytest.mark.parametrize("text", [
    "Police identified the gunman as a 24-year-old man from Ohio.",
    "Investigators determined that the fire was caused by faulty wiring, officials said.",
    "The government announced plans to build new schools in the north.",
    "The president shared a video of the ceremony on social media.",
    "The prime minister spent the night in Kyiv before flying to Warsaw.",
    "Russian submarines have been lurking near undersea cables in the North Sea, officials said.",
    "Japan unveiled a new defence budget on Friday.",
    "The company launched a new satellite from French Guiana.",
    "The army increased its presence in the northern province.",
])
def test_a_neutral_deed_is_no_event(text):
    assert detector_records(text) == []


@pytest.mark.parametrize("text, event", [
    ("The Conservatives announced their support for the government plans on Monday evening.", "SUPPORT"),
    ("Iran launched a barrage of rockets at Israeli cities.", "ASSAULT"),
])
def test_a_deed_that_carries_an_act_stays(text, event):
    assert event in [t for t, _ in detector_records(text)]


def test_what_names_an_act(nlp):
    from eventwire.events.patterns import load_patterns
    p = load_patterns()
    doc = nlp("Rudd launched an unsuccessful challenge to Gillard and a barrage of rockets and new schools.")
    by = {t.text: t for t in doc}
    assert admission._names_act(by["challenge"], p)  # lexicon deed_act_noun
    assert admission._names_act(by["barrage"], p)  # its "of" object is a weapon
    assert not admission._names_act(by["schools"], p)
    doc = nlp("He announced his decision to quit UKIP and plans to build new schools.")
    by = {t.text: t for t in doc}
    assert admission._names_act(by["decision"], p)  # its clause names a party
    assert not admission._names_act(by["plans"], p)


@pytest.mark.parametrize("text", [
    "The ceasefire deal was thrown into doubt on Sunday after the election result.",
    "The coup plunged the country into chaos.",
])
def test_thrown_into_a_state_is_no_force(text):
    assert "ASSAULT" not in [e.event for e in coded(text)]


@pytest.mark.parametrize("text", [
    "Police threw tear gas into the crowd.",  # a thing thrown into a place
    "The soldiers were thrown into prison.",
])
def test_thrown_into_a_place_stays(text):
    assert "ASSAULT" in [e.event for e in coded(text)]


def test_suspended_classes_are_no_coercion():
    assert "COERCE" not in [e.event for e in coded("Classes at the university were suspended after the storm.")]


@pytest.mark.parametrize("text", [
    "There was no sign of the missiles being intercepted, the ministry said.",
    "The ministry said there was no indication of the drones being shot down.",
    "Officials found no evidence of Russian troops attacking the village.",
])
def test_an_act_of_missing_evidence_is_not_asserted(text):
    assert [e.event for e in coded(text) if e.event in ("ASSAULT", "COERCE")] == []


def test_an_act_evidenced_stays():
    assert "ASSAULT" in [e.event for e in coded("Officials found evidence of Russian troops attacking the village.")]


def test_reporting_verbs_in_the_lexicon():
    assert {"highlight", "disclose", "echo", "outline", "detail"} <= words("neutral_deed_verb")
    assert {"critic", "opponent"} <= words("critic_noun")


@pytest.mark.parametrize("text", [
    "The British report highlighted the entrenched divisions between rich and poor areas.",
    "The German minister echoed the message in a speech on Monday.",
    "The French government outlined its budget for next year.",
])
def test_a_reported_matter_is_no_event(text):
    """Kinds seen in the training stories (detector ACCUSE/COERCE on 'highlighted', 'echoed', 'outlined' with no
    act in their arguments); invented variants."""
    assert detector_records(text) == []


@pytest.mark.parametrize("text, event", [
    ("Critics of the Japanese government's move have highlighted the fact that the new law sets no penalties for "
     "violators.", "ACCUSE"),  # what critics point out is criticism
    ("The German minister echoed criticisms of the way the Polish government introduced the new rules.", "ACCUSE"),
])
def test_a_reported_criticism_stays(text, event):
    assert event in [t for t, _ in detector_records(text)]



@pytest.mark.parametrize("text, want", [
    ("The inquiry found that the minister had misled parliament.", True),  # a party acted on a party
    ("The inquiry found that the police had attacked the protesters.", True),  # an act of the pattern dictionary
    ("His family announced that he has died.", False),  # a death is no act on anybody
    ("Officials announced that the Russian firm would be handling the case.", False),
    ("Analysts determined that the ship had docked.", False),  # no party
])
def test_what_a_party_did_in_a_that_clause(nlp, text, want):
    assert admission._party_act_clause(next(t for t in nlp(text) if t.dep_ == "ccomp")) is want


def test_a_death_announced_is_no_event():
    text = "Former Kenyan minister John Otieno has died in a Nairobi hospital, his family has announced."
    assert detector_records(text) == []
