"""Detector types the rules know better (twenty-second stop, fresh user): a hostile type on a word of praise
(triggers.praise_read_as_hostile), a news medium's report read as an accusation (triggers.outlet_report), a weapon
put on show read as an act on somebody (triggers.weapon_on_show), a phrasal verb the dictionary codes with that
object as another type (triggers.phrasal_row_contradicted), a clause of backing a thing as the act a neutral deed
carries (admission._support_of_thing), and relief personnel or goods sent (verbs.tsv send/dispatch rows, AID;
kept with the story's place as recipient when reported: story_context.relief_sent)."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events import admission
from eventwire.events import triggers as T
from eventwire.events.patterns import load_patterns
from eventwire.nlp.model import load_model


def _coded(text):
    evs, _ = code_text(text, publication_date="2023-06-14")
    return [(e.event, [a.code for a in e.actor], [a.code for a in e.recipient], e.event_text) for e in evs
            if not e.negated]


def _trigger(text, word, event, source="model"):
    doc = load_model()(text)
    tok = next(t for t in doc if t.lower_ == word)
    row = T.default_row(event, "V")
    return T.Trigger(tok, (tok,), row, None if source == "model" else row, source, 0.1, 0.1)


def test_the_filters_are_listed_after_expressed_intent():
    names = [f.__name__ for f in T.TRIGGER_FILTERS]
    i = names.index("expressed_intent")
    assert names[i + 1:i + 5] == ["praise_read_as_hostile", "outlet_report", "weapon_on_show",
                                  "phrasal_row_contradicted"]


# ------------------------------------------------------------------ praise read as hostile
@pytest.mark.parametrize("text, word, event, expected", [
    ("Ararat Mirzoyan said the talks were constructive.", "constructive", "ACCUSE", True),
    ("The observers said the vote was fair and transparent.", "fair", "ACCUSE", True),
    ("The minister called the meeting productive.", "productive", "REJECT", True),
    ("The opposition said the vote was not fair.", "fair", "ACCUSE", False),  # praise denied: a criticism
    ("Ararat Mirzoyan said the talks were constructive.", "constructive", "SUPPORT", False),
    ("He said their ambition was getting in the way of good government.", "good", "ACCUSE", False),  # attributive
    ("The minister said the talks were useless.", "useless", "ACCUSE", False),  # no praise word
])
def test_praise_read_as_hostile_shapes(text, word, event, expected):
    assert T.praise_read_as_hostile(_trigger(text, word, event), {}) is expected


def test_praise_read_as_hostile_leaves_rule_triggers():
    trig = _trigger("Ararat Mirzoyan said the talks were constructive.", "constructive", "ACCUSE", "dictionary")
    assert T.praise_read_as_hostile(trig, {}) is False


def test_constructive_talks_are_no_accusation():
    text = ("Armenian and Azerbaijani foreign ministers met in Washington on Monday for a new round of peace talks.\n"
            "Armenian Foreign Minister Ararat Mirzoyan said the talks were constructive.")
    assert [e for e in _coded(text) if e[0] == "ACCUSE"] == []


# ------------------------------------------------------------------ a news medium's report
@pytest.mark.parametrize("text, word, expected", [
    ("A Russian newspaper had reported last week that Polish special forces were operating near Kherson.",
     "reported", True),
    ("Iranian state media said the United States had violated the agreement.", "said", True),
    ("The tabloid wrote that the minister had lied.", "wrote", True),
    ("The minister said the newspaper had lied.", "said", False),  # the medium is no subject of the speech verb
    ("Russia's foreign ministry reported that Polish forces were near Kherson.", "reported", False),
])
def test_outlet_report_shapes(text, word, expected):
    assert T.outlet_report(_trigger(text, word, "ACCUSE"), {}) is expected


def test_a_newspaper_report_is_no_accusation():
    text = "A Russian newspaper had reported last week that Polish special forces were operating near Kherson."
    assert [e for e in _coded(text) if e[3] == "reported"] == []


# ------------------------------------------------------------------ a weapon on show
@pytest.mark.parametrize("text, word, event, expected", [
    ("Iran unveiled a new Russian-made drone on Tuesday.", "unveiled", "ACCUSE", True),
    ("North Korea paraded its newest missiles in Pyongyang.", "paraded", "ASSAULT", True),
    ("The army showcased new tanks and howitzers.", "showcased", "THREATEN", True),
    ("North Korea paraded its newest missiles in Pyongyang.", "paraded", "MOBILIZE", False),  # a show of force
    ("Germany unveiled new weapons for Ukraine.", "unveiled", "AID", False),  # a receiver named
    ("The government unveiled a new budget.", "unveiled", "ACCUSE", False),  # no weapon (neutral_deed's)
])
def test_weapon_on_show_shapes(text, word, event, expected):
    assert T.weapon_on_show(_trigger(text, word, event), {}) is expected


def test_an_unveiled_drone_gives_no_record():
    assert _coded("Iran unveiled a new Russian-made drone on Tuesday.") == []


# ------------------------------------------------------------------ phrasal verb with the dictionary's object
@pytest.mark.parametrize("text, event, expected", [
    ("Chinese troops had crossed the line and were pushed back by Indian soldiers.", "REQUEST", True),
    ("Indian soldiers pushed back the Chinese troops.", "REJECT", True),
    ("Indian soldiers pushed back the Chinese troops.", "ASSAULT", False),  # the row's own type
    ("The opposition pushed back against the plan.", "REJECT", False),  # no object of the row
])
def test_phrasal_row_contradicted_shapes(text, event, expected):
    assert T.phrasal_row_contradicted(_trigger(text, "pushed", event), {}) is expected


@pytest.mark.parametrize("text, expected", [
    ("Indian soldiers pushed back the Chinese troops.", ("ASSAULT", ["IND"], ["CHN"])),
    ("Police pushed the protesters back.", ("COERCE", [None], [])),
])
def test_push_back_rows(text, expected):
    assert [e[:3] for e in _coded(text)] == [expected]


def test_pushed_back_troops_are_no_request():
    text = ("The Indian Army said Chinese troops had crossed the Line of Actual Control and were pushed back by "
            "Indian soldiers.")
    assert [e for e in _coded(text) if e[0] in ("REQUEST", "REJECT")] == []


# ------------------------------------------------------------------ backing a thing is no act
@pytest.mark.parametrize("text, verb, expected", [
    ("The government announced new measures to support its economy.", "support", True),
    ("The government announced new measures to support farmers.", "support", False),
    ("Germany announced plans to support Ukraine.", "support", False),
    ("The government announced plans to impose sanctions.", "impose", False),  # no backing type
])
def test_support_of_thing_shapes(text, verb, expected):
    doc = load_model()(text)
    assert admission._support_of_thing(next(t for t in doc if t.lower_ == verb)) is expected


def test_measures_to_support_the_economy_give_no_record():
    assert _coded("The government announced new measures to support its economy on Monday.") == []


# ------------------------------------------------------------------ relief sent is AID
def test_send_rows_of_relief_are_rules_only():
    rows = [p for p in load_patterns().candidates("send", "V") if "rescuer" in p.objects]
    assert [(p.event, p.rules_only) for p in rows] == [("AID", True)]


@pytest.mark.parametrize("text, expected", [
    ("Spain sent 56 rescuers to Morocco.", ("AID", ["ESP"], ["MAR"])),
    ("Germany dispatched tents and blankets to Turkey.", ("AID", ["DEU"], ["TUR"])),
    ("Spain sent 56 rescuers and four search dogs, the Spanish government said.", ("AID", ["ESP"], [])),
])
def test_relief_sent_is_aid(text, expected):
    assert [e[:3] for e in _coded(text)] == [expected]


def test_relief_sent_in_a_story_keeps_the_place_as_recipient():
    text = ("MARRAKECH, Morocco - The first convoys of international aid arrived in the Atlas mountains on Tuesday, "
            "four days after a powerful earthquake killed more than 2,900 people, officials said.\n"
            "Spain sent 56 rescuers and four search dogs, the Spanish government said.\n"
            "King Mohammed VI thanked Spain, Britain, Qatar and the UAE for their help.")
    assert [e[:3] for e in _coded(text) if e[0] == "AID"] == [("AID", ["ESP"], ["MAR"])]
