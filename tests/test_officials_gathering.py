"""recode.officials_gathered (recode row ``officials-gathering-as-consult``): officials coming together ("foreign
ministers gathered in Brussels") are meeting, not demonstrating. The trained detector reads a word of gathering
(lexicon ``gathering_word``) as PROTEST; when every coded actor is an official of a government, legislature or
judiciary, or an elite (lexicon ``meeting_sector``), the record is a CONSULT. Crowds, civilians and the opposition
keep their PROTEST. Source: PLOVER manual, PROTEST (dissent by civilians and non-state actors) and CONSULT.
Variants of our own wording."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _events(text):
    evs, _ = code_text(text, publication_date="2024-05-01")
    return [(e.event, e.event_text, [a.sector for a in e.actor], e.text_info["rule"].get("type")) for e in evs]


@pytest.mark.parametrize("text", [
    "Foreign ministers from NATO countries gathered Tuesday in Brussels as the alliance marks its anniversary.",
    "Top diplomats of the G7 gathered Thursday in Quebec.",
    "Senators gathered on Tuesday in Washington as the country marks the anniversary.",
    "Army chiefs from the Gulf states gathered Monday in Riyadh as the region marks the anniversary.",
])
def test_officials_gathering_is_a_meeting(text):
    got = _events(text)
    assert not [g for g in got if g[0] == "PROTEST"], got
    consult = [g for g in got if g[0] == "CONSULT" and g[1] == "gathered"]
    assert consult and consult[0][3] == "officials-gathering-as-consult", got


@pytest.mark.parametrize("text", [
    "Thousands of farmers gathered Thursday in Paris as the government outlined its trade agenda.",
    "Hundreds of students gathered on Sunday in Tehran as the country marks the anniversary.",
    "Hundreds of troops gathered near the border as tensions rose.",  # a force's rank and file: no meeting
])
def test_a_crowd_gathering_stays_a_protest(text):
    got = _events(text)
    assert [g for g in got if g[0] == "PROTEST" and g[1] == "gathered"], got
    assert not [g for g in got if g[0] == "CONSULT"], got


def test_the_condition_needs_a_word_of_gathering_and_officials_only():
    from types import SimpleNamespace as NS
    from eventwire.events.recode import officials_gathered
    tok = lambda lemma: NS(lemma_=lemma)
    gov, cvl = NS(sector="GOV", entity_text="ministers"), NS(sector="CVL", entity_text="farmers")
    assert officials_gathered(NS(token=tok("gather")), None, NS(actors=[gov]), None)
    assert officials_gathered(NS(token=tok("convene")), None, NS(actors=[NS(sector="LEG", entity_text="senators")]), None)
    assert not officials_gathered(NS(token=tok("gather")), None, NS(actors=[gov, cvl]), None)
    assert not officials_gathered(NS(token=tok("gather")), None, NS(actors=[NS(sector="OPP", entity_text="opposition leaders")]), None)
    assert not officials_gathered(NS(token=tok("march")), None, NS(actors=[gov]), None)
    assert not officials_gathered(NS(token=tok("gather")), None, NS(actors=[]), None)
    brass = NS(sector="MIL", entity_text="top military brass")
    chiefs = NS(sector="MIL", entity_text="Army chiefs")
    troops = NS(sector="MIL", entity_text="Hundreds of troops")
    assert officials_gathered(NS(token=tok("gather")), None, NS(actors=[brass, chiefs]), None)
    assert not officials_gathered(NS(token=tok("gather")), None, NS(actors=[troops]), None)
