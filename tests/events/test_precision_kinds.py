"""Records of things that are no codable event, as kinds: a relief dispatch is no MOBILIZE
(admission.relief_dispatch, lexicon relief_word), and a relational noun names the counterpart of the country that
owns it (actors.resolve.counterpart_modifier, lexicon adversary_noun). Counts of acts over a period are in
test_figures.py (figures.counted_acts_over_period). The sentences are invented variants of each kind."""
import pytest

from eventwire import code_text
from eventwire.actors.resolve import counterpart_modifier
from eventwire.events import admission


def coded(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return events


def types(text):
    return [e.event for e in coded(text)]


def test_relief_dispatch_runs_among_the_drop_rules():
    assert admission.relief_dispatch in admission.DROP_AFTER_ACTOR
    names = [r.__name__ for r in admission.DROP_AFTER_ACTOR]
    assert names.index("relief_dispatch") == names.index("civilian_deployment") + 1


@pytest.mark.parametrize("text", [
    "Pakistan dispatched security forces and ambulances to the site of the attack.",
    "The Interior Ministry dispatched police, a rescue train and ambulances to the area.",
    "Turkey sent firefighters and ambulances to the flooded region.",
])
def test_a_relief_dispatch_is_no_mobilization(text):
    assert "MOBILIZE" not in types(text)


@pytest.mark.parametrize("text", [
    "The Iraqi government deployed troops and ambulances to Mosul.",  # troops sent: a show of force
    "Pakistan deployed 5,000 police officers to Karachi.",  # police alone
    "Russia deployed tanks and medical teams to the border.",  # weapons sent
    "Russia deployed troops to the Ukrainian border on Monday.",
])
def test_a_dispatch_of_forces_stays(text):
    assert "MOBILIZE" in types(text)


def test_relief_and_force_posture_words(nlp):
    doc = nlp("Pakistan dispatched security forces, a rescue train and ambulances and troops.")
    by = {t.text: t for t in doc}
    assert admission._relief(by["train"]) and admission._relief(by["ambulances"])
    assert not admission._relief(by["forces"])
    from eventwire.actors.dictionaries import load_dictionaries

    class Res:
        D = load_dictionaries()
    assert not admission._force_posture(by["forces"], Res)  # "security forces" are police (COP)
    assert admission._force_posture(by["troops"], Res)


@pytest.mark.parametrize("text,head,mod,want", [
    ("Russia's enemies attacked the bridge.", "enemies", "Russia", True),
    ("The foes of Israel fired rockets at Haifa.", "foes", "of", True),
    ("Washington gives military support to Chinese rivals in Asia.", "rivals", "Chinese", True),
    ("Apple's Chinese rivals sued the company.", "rivals", "Chinese", False),  # the rivals' own nationality
    ("Both Afghan rivals accused each other.", "rivals", "Afghan", False),  # a mutual rivalry
    ("Putin met his Chinese counterpart in Moscow.", "counterpart", "Chinese", False),
    ("Gordon Brown's closest ally has denied the report.", "ally", "Brown", False),  # a person's ally
    ("Russian soldiers attacked the village.", "soldiers", "Russian", False),
])
def test_counterpart_modifier(nlp, text, head, mod, want):
    doc = nlp(text)
    h = next(t for t in doc if t.text == head)
    c = next(t for t in doc if t.text == mod)
    assert counterpart_modifier(h, c) is want


@pytest.mark.parametrize("text,code", [
    ("Egypt's enemies attacked the pipeline.", "EGY"),
    ("The foes of Israel fired rockets at Haifa.", "ISR"),
    ("Iran's adversaries imposed new sanctions on Tehran.", "IRN"),
])
def test_a_country_is_not_its_enemies(text, code):
    assert all(code not in {a.code for a in e.actor} for e in coded(text))


@pytest.mark.parametrize("text,code", [
    ("Apple's Chinese rivals sued the company.", "CHN"),
    ("Putin met his Chinese counterpart in Moscow.", "CHN"),
    ("Both Afghan rivals accused each other of delaying the talks.", "AFG"),
])
def test_own_nationality_of_a_relation_stays(text, code):
    assert any(code in {a.code for a in e.actor} for e in coded(text))
