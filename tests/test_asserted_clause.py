"""A finite adverbial clause of time, cause or contrast with its own subject states a fact of its own: the warning
or future it hangs under does not make it hypothetical (events.modality.asserted_clause). A past tense under
"would" may be the backshifted present of reported speech and keeps the governing modality."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _statuses(text):
    evs, _ = code_text(text, publication_date="2025-03-13")
    return {(e.event, e.event_text): e.status for e in evs}


@pytest.mark.parametrize("text,event,trigger", [
    ("The United States warned that it will keep up pressure on Iran, as Tehran rejected its offer for new talks.",
     "REJECT", "rejected"),
    ("Washington warned it will expand the sanctions, after Moscow expelled two American diplomats.",
     "SANCTION", "expelled two American diplomats"),
    ("Kyiv warned that it will strike back, because Russia shelled Kharkiv on Monday.", "ASSAULT", "shelled"),
])
def test_a_clause_of_fact_under_a_warning_is_actual(text, event, trigger):
    got = _statuses(text)
    assert got.get((event, trigger)) == "actual", got


@pytest.mark.parametrize("text,event,trigger", [
    ("Russia warned that it would retaliate if NATO attacked its forces.", "ASSAULT", "attacked"),
])
def test_conditions_stay_hypothetical(text, event, trigger):
    # never actual; since admission.condition_of_threat (stop 16) the condition of a threat is no record at all
    got = _statuses(text)
    assert (event, trigger) not in got, got
