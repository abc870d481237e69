"""A statement whose only source is its own actor is the speech act itself, not a report of it
(events.reporting.own_statement; voa_news ANNOTATION.md: "reported" is false for "a speech act directly reported
(e.g. 'X warned Y' is the event itself)"), and the actor's own participle ("..., saying") is no source
(events.attribution.attributions). Another source, a hedge, or a material act claimed by its own actor stays
reported."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _flags(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return [(e.event, tuple(sorted({a.code for a in e.actor if a.code})), e.reported) for e in evs]


@pytest.mark.parametrize("text,event,actor", [
    ("Iran said it rejected the European proposal.", "REJECT", "IRN"),
    ("Havana blames Washington for the crisis, saying its policy encourages illegal trips.", "ACCUSE", "CUB"),
    ('"We are calling on the World Bank to act now," Japanese Prime Minister Fumio Kishida said.', "REQUEST", "JPN"),
    ("Germany condemned the shelling of the hospital, saying it was a war crime.", "ACCUSE", "DEU"),
])
def test_a_speakers_own_statement_is_not_reported(text, event, actor):
    got = _flags(text)
    assert (event, (actor,), False) in got, got


@pytest.mark.parametrize("text,event,actor", [
    ("Ukraine said Russia threatened Kyiv with new strikes.", "THREATEN", "RUS"),   # another source
    ("Hamas said it fired rockets at Israel.", "ASSAULT", "PSE"),                    # a material act claimed
    ("Britain reportedly urged Iran to release the tanker.", "REQUEST", "GBR"),      # a hedge
    ("Turkish officials said they had demanded the extradition of the suspects.", "REQUEST", "TUR"),  # told as earlier
])
def test_other_sources_claims_of_acts_and_hedges_stay_reported(text, event, actor):
    got = _flags(text)
    assert (event, (actor,), True) in got, got


@pytest.mark.parametrize("text,event,actor", [
    ("Tehran condemned the decision and summoned the German ambassador.", "ACCUSE", "IRN"),
    ("Armenia accused Azerbaijan of shelling border villages and called on Russia to intervene.", "REQUEST", "ARM"),
])
def test_an_act_coordinated_with_an_accusation_or_speech_verb_is_not_its_content(text, event, actor):
    # events.reporting.accuser_of and events.attribution.attributions skip a conjoined verb: a second act of the same
    # subject, not something the accusation or the saying reports (fresh-user check)
    got = _flags(text)
    assert (event, (actor,), False) in got, got
