"""Prices, stocks and other figures of a market are the actor of no event (admission.market_actor, lexicon
market_figure_noun; PLOVER manual: events are interactions of political actors). Reported by a fresh user: "Oil
prices rose" and "stocks rallied on Wall Street" were PROTESTs by a crowd. People and bodies keep their events, and
a person named Price is a person."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "Oil prices rose on Monday as demand for oil from India and China increased.",
    "Gold prices fell and stocks rallied on Wall Street on Monday.",
    "Asian shares rallied on Tuesday after the Fed's decision.",
    "The Turkish currency plunged against the dollar on Friday.",
])
def test_a_market_figure_is_no_actor(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if not e.negated], rows


@pytest.mark.parametrize("text, event", [
    ("Thousands rallied in Tbilisi against the foreign agents law.", "PROTEST"),
    ("Welsh economics spokesman Adam Price urged the government to raise the minimum wage.", "REQUEST"),
])
def test_people_keep_their_events(text, event):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == event], rows
