"""triggers.non_interaction: tokens stating no interaction between political actors are never detector triggers --
a feeling about nobody (feeling_without_target), an opinion about what will happen (forecast_opinion), a thing
undergoing a circumstance (undergoing_thing), an act that is only the topic of a comment (act_as_topic). Source:
../shared/eval/voa_news/ANNOTATION.md ("do not code commentary, opinions about the world in general"); PLOVER manual.
Sentences are invented variants."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.nlp.model import load_model
from eventwire.events.triggers import (act_as_topic, feeling_without_target, forecast_opinion, non_interaction,
                                       undergoing_thing)


@pytest.fixture(autouse=True)
def low_detector_threshold(monkeypatch):
    """The rules must hold at any detector threshold: the end-to-end tests read at the lowest one the
    cross-validation of ``eventwire train`` tries (0.05; the shipped one is higher), where the detector proposes
    these words, so that an empty result shows the rule at work."""
    from eventwire.events import triggers

    monkeypatch.setattr(triggers, "DETECTOR_ADD", 0.05)


def _tok(text, word):
    doc = load_model()(text)
    return next(t for t in doc if t.text == word)


def _model_events(text):
    evs, _ = code_text(text, publication_date="2022-03-15")
    return [(e.event, e.event_text) for e in evs
            if str(e.text_info.get("rule", {}).get("trigger", "")).startswith("model:")]


@pytest.mark.parametrize("text, word", [
    ("Kenyan parents are worried about the rising cost of living.", "worried"),
    ("They were quite enthusiastic about the weather.", "enthusiastic"),
    ('"I am not ready to leave," fretted Amina Hassan, a refugee in Dadaab, Kenya.', "fretted"),
])
def test_feeling_without_target(text, word):
    assert feeling_without_target(_tok(text, word)) is True


@pytest.mark.parametrize("text, word", [
    ("The Nigerian president said he was angry about the killing of farmers by herdsmen.", "angry"),
    ("The Kenyan minister said he was outraged by Uganda's decision to close the border.", "outraged"),
    ("The Kenyan minister feared that Somali militants would attack the camps.", "feared"),
    ("The party leader said he was glad to see the back of Mr Smith.", "glad"),
])
def test_feeling_about_a_party_or_act_stays_open(text, word):
    assert feeling_without_target(_tok(text, word)) is False


@pytest.mark.parametrize("text, word", [
    ("Kenyan police chief Japhet Koome said he did not think the jailbreak would affect plans for the election.",
     "think"),
    ("We believe that the senators will stay loyal to the president.", "believe"),
    ("The president is expected to have an audience with the Queen in London.", "expected"),
])
def test_forecast_opinion(text, word):
    assert forecast_opinion(_tok(text, word)) is True


@pytest.mark.parametrize("text, word", [
    ('"We don\'t think we got our sums wrong," the Scottish minister told the BBC.', "think"),
    ("Kenyan officials believe the Ugandan army attacked the village.", "believe"),
    ("The minister believes they should resign.", "believes"),
])
def test_opinion_about_an_act_stays_open(text, word):
    assert forecast_opinion(_tok(text, word)) is False


@pytest.mark.parametrize("text, word, want", [
    ("UNHCR refugee programs in Kenya are feeling the strain of insufficient funding, the agency said.", "feeling",
     True),
    ('"Our efforts are still hobbled by a lack of funds," the spokesman said.', "hobbled", True),
    ("Kenyan troops suffered heavy losses in the attack.", "suffered", False),
    ("The minister felt betrayed by Uganda.", "felt", False),
])
def test_undergoing_thing(text, word, want):
    assert undergoing_thing(_tok(text, word)) is want


@pytest.mark.parametrize("text, word, want", [
    ('"Closing the camps will have an adverse impact on us," said refugee leader Ahmed Ali.', "Closing", True),
    ("Kenya closed the camps on Monday.", "closed", False),
])
def test_act_as_topic(text, word, want):
    assert act_as_topic(_tok(text, word)) is want


@pytest.mark.parametrize("text", [
    "UNHCR refugee programs in Kenya are feeling the strain of insufficient funding, the agency said.",
    "Kenyan police chief Japhet Koome said he did not think the jailbreak would affect plans for the election.",
    "Kenyan parents are worried about the rising cost of living.",
    '"Closing the camps will have an adverse impact on us," said Kenyan refugee leader Ahmed Ali.',
])
def test_no_detector_record(text):
    assert _model_events(text) == []


@pytest.mark.parametrize("text, want", [
    ("Kenyan officials believe the Ugandan army attacked the village.", ("ASSAULT", "attacked")),
    ("Russia exposed the plot of Ukrainian agents to kill its generals, the FSB said.", ("ASSAULT", "kill")),
])
def test_real_events_survive(text, want):
    evs, _ = code_text(text, publication_date="2022-03-15")
    assert want in [(e.event, e.event_text) for e in evs]


def test_non_interaction_is_the_union():
    doc = load_model()("Kenyan parents are worried about the rising cost of living, but Kenya closed the camps.")
    assert {t.text for t in doc if non_interaction(t)} == {"worried"}
