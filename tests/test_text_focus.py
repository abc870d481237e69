"""A story whose coded records name no country takes its focus from its text (story_context.text_focus): the country
its text names most, at least twice and 1.5 times as often as the next. Before, such a story ("David Sainsbury said
he was pleased to give cash to a party ...", a Labour donor story) kept every party uncoded. Training stories: all F1
0.7235 -> 0.7267, dev 0.7087 -> 0.7137; voa_news unchanged."""
from collections import Counter

from test_coder_rules import coded
from eventwire.events.story_context import text_focus


def test_text_focus_needs_a_dominant_country():
    assert text_focus((Counter({"GBR": 12}), {})) == "GBR"
    assert text_focus((Counter({"GBR": 3, "FRA": 1}), {})) == "GBR"
    assert text_focus((Counter({"GBR": 3, "FRA": 3}), {})) is None  # two countries alike: no focus
    assert text_focus((Counter({"GBR": 1}), {})) is None  # named once: too little
    assert text_focus((Counter(), {})) is None
    assert text_focus(None) is None


def parties(text):
    rows, events, _ = coded(text)
    return rows, [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events]


def test_a_story_whose_records_name_no_country_takes_the_texts():
    rows, got = parties("Donor gives again to Labour\n\n"
                        "The businessman has made a donation to the Labour Party for its election fund in Britain. "
                        "David Sainsbury said he was pleased to give cash to a party that had the vision to deliver "
                        "better public services for Britain.")
    assert any(e == "SUPPORT" and a == ["GBR"] for e, a, r in got), rows


def test_a_story_naming_two_countries_alike_gets_no_invented_focus():
    rows, got = parties("Talks go on\n\n"
                        "The talks in France and Germany went on for a week. "
                        "David Sainsbury said he was pleased to give cash to a party that had the vision to deliver "
                        "better public services.")
    assert not any(e == "SUPPORT" and a and a[0] for e, a, r in got), rows
