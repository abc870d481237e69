"""Acts hoped for or believed to come, inside a speaker's words, are hypothetical (modality.believed_outcome,
modality.existential_attr): "I hope his charge will be dropped", "I think the president has decided to lift the
freeze", "I do not believe there will be Dodik's arrest". PLOVER manual, auxiliary modes; ANNOTATION.md status. A
belief about a past act, a belief that somebody should act (REQUEST) and a said intent stay as they were."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events import modality
from eventwire.nlp.model import load_model


def _records(text):
    evs, _ = code_text(text, publication_date="2024-02-12")
    return [(e.event, [a.code for a in e.actor], [a.code for a in e.recipient], e.status, e.event_text) for e in evs]


def _counted(text):
    return [r for r in _records(text) if r[3] != "hypothetical"]


@pytest.mark.parametrize("text", [
    '"I do not believe there will be Dodik\'s arrest," Nobilo said.',
    '"We hope we\'ll round up the cartels," the Mexican president said.',
    '"I hope his charge will be dropped," said the lawyer of the Russian opposition leader.',
    '"I think the president now has decided to lift the freeze," the Ukrainian minister said.',
    '"We hope the brinkmanship will stop and we\'ll get on with negotiations," said the union leader.',
    'Officials in Kyiv expect that Russia will attack the port next week.',
    'Iran held two drills this week that analysts think may be related to preparations for attacking the tankers.',
])
def test_a_hoped_for_or_believed_act_is_not_counted(text):
    got = _records(text)
    assert _counted(text) == [], got


@pytest.mark.parametrize("text,event,actor", [
    ("US officials believe Russia attacked the base on Monday.", "ASSAULT", ["RUS"]),
    ("Russia attacked Ukraine on Monday.", "ASSAULT", ["RUS"]),
    ("Russia condemned Ukraine's attack on the bridge.", "ACCUSE", ["RUS"]),
    ("The United States urged Israel to allow aid into Gaza.", "REQUEST", ["USA"]),
    ("Kenya said it would impose sanctions on Somalia if the border stayed closed.", "THREATEN", ["KEN"]),
    ("The Liberal Democrats believe the Home Secretary should allow phone tapping evidence.", "REQUEST", None),
])
def test_asserted_acts_demands_and_threats_stay(text, event, actor):
    got = _counted(text)
    assert any(r[0] == event and (actor is None or r[1] == actor) for r in got), got


def test_existential_attribute_takes_the_modal_of_be():
    nlp = load_model()
    doc = nlp("There will be talks between Russia and Ukraine next week.")
    talks = [t for t in doc if t.lower_ == "talks"][0]
    assert modality.existential_attr(talks)
    assert modality.status(talks, doc) == "future"
    doc = nlp("The talks between Russia and Ukraine will begin next week.")
    assert not modality.existential_attr([t for t in doc if t.lower_ == "talks"][0])


def test_belief_governor_stops_at_a_saying():
    nlp = load_model()
    doc = nlp("I think he said that Russia would attack the port.")
    attack = [t for t in doc if t.lower_ == "attack"][0]
    assert modality.belief_governor(attack) is None
    doc = nlp("I think Russia will attack the port.")
    attack = [t for t in doc if t.lower_ == "attack"][0]
    assert modality.belief_governor(attack).lower_ == "think"
    assert modality.status(attack, doc) == "hypothetical"
    doc = nlp("I think Russia attacked the port.")
    attack = [t for t in doc if t.lower_ == "attacked"][0]
    assert modality.status(attack, doc) == "actual"


@pytest.mark.parametrize("text", [
    '"I do not believe there will be Dodik\'s arrest," Nobilo said.',
    '"I think the president now has decided to lift the freeze," the Ukrainian minister said.',
    'Experts think North Korea will continue to increase its threats against Seoul.',
    'Officials in Kyiv expect that Russia will attack the port next week.',
])
def test_a_believed_forecast_codes_no_record(text):
    assert _records(text) == []


def test_a_hope_keeps_its_record_as_hypothetical():
    got = _records('"I hope his charge will be dropped," said the lawyer of the Russian opposition leader.')
    assert got and all(r[3] == "hypothetical" for r in got), got


def test_believed_forecast_shape():
    nlp = load_model()
    doc = nlp("Experts think Russia will attack the port.")
    attack = [t for t in doc if t.lower_ == "attack"][0]
    assert modality.believed_forecast(attack, doc)
    doc = nlp("Experts hope Russia will attack the port.")
    attack = [t for t in doc if t.lower_ == "attack"][0]
    assert not modality.believed_forecast(attack, doc)
    doc = nlp("Experts think Russia attacked the port.")
    attack = [t for t in doc if t.lower_ == "attacked"][0]
    assert not modality.believed_forecast(attack, doc)
