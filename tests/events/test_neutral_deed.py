"""The detector's reading of a neutral deed (:func:`eventwire.events.admission.neutral_deed`, lexicon
``neutral_deed_verb``, ``deed_act_noun``, ``deed_judgement_word``): a verb of finding, reporting, doing or quantity
that names no act between parties is no event. The sentences are invented variants of the kind."""
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


def test_the_rule_runs_last_before_coding():
    assert [r.__name__ for r in admission.DROP_BEFORE_CODING][-1] == "neutral_deed"


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
