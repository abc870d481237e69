"""Warnings aimed at nobody: a warning that forecasts a happening or a hardship (``admission.forecast_warning``,
``recode.warned_forecast``). The sentences are invented variants of the kind (PLOVER manual, THREATEN, ACCUSE;
voa_news ANNOTATION.md)."""
import pytest

from eventwire import code_text
from eventwire.events import admission


def coded(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return events


def test_the_rule_runs_among_the_drop_rules():
    before = [r.__name__ for r in admission.DROP_BEFORE_CODING]
    assert before.index("forecast_warning") == before.index("predicted_force_without_doer") + 1


# ------------------------------------------------------------------ forecast_warning
@pytest.mark.parametrize("text", [
    "British Home Secretary Charles Clarke has also warned that a Madrid-style bombing could happen in the UK too.",
    "The Kenyan minister warned that violence could erupt again in Nairobi.",
    "The UN Population Fund warned that 1,200 women in Pakistan will face major complications.",
])
def test_a_forecast_warning_codes_nothing(text):
    evs = coded(text)
    assert not [e for e in evs if e.event_text.startswith("warn")], [(e.event, e.event_text) for e in evs]


@pytest.mark.parametrize("text, event, recipient", [
    ("The Kenyan minister warned that Uganda would face consequences.", "THREATEN", "UGA"),
    ("The Kenyan minister warned Uganda that violence could erupt again.", "ACCUSE", "UGA"),
    ("The Kenyan minister warned that fighting could break out if Uganda sends troops.", "THREATEN", "UGA"),
    ("Kenyan officials warned that a Hamas attack could happen in Nairobi soon.", "THREATEN", "PSE"),
])
def test_a_warning_aimed_at_a_party_stays(text, event, recipient):
    evs = [e for e in coded(text) if e.event_text.startswith("warn")]
    assert evs and evs[0].event == event and [r.code for r in evs[0].recipient] == [recipient]
