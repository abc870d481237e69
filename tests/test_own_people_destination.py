"""recipient_rules.own_people_destination: a detector trigger whose object is only the actor's own people ("sent
French troops to Mali", "removed several officials from China") has the other country of its to/from phrase as
its recipient (PLOVER manual, AID and SANCTION withdraw)."""
from __future__ import annotations

import pytest

from eventwire import code_text


def records(text):
    events, _ = code_text(text, publication_date="2015-01-01")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient], e.text_info["rule"]["recipient"])
            for e in events if not e.negated]


@pytest.mark.parametrize("text,event,actor,recipient", [
    ("The US removed several officials from China after the incident.", "SANCTION", "USA", "CHN"),
])
def test_own_people_moved_to_or_from_another_country(text, event, actor, recipient):
    got = records(text)
    assert (event, [actor], [recipient], "own_people_destination") in got, got
    assert not [r for r in got if r[1] == r[2]], got


@pytest.mark.parametrize("text", [
    "France sent French troops to Paris.",  # a destination at home: no other country
    "The US removed Chinese officials from the embassy.",  # the object is another country's people
])
def test_no_destination_recipient_at_home_or_for_others_people(text):
    got = records(text)
    assert not [r for r in got if r[3] == "own_people_destination"], got


def test_forces_sent_abroad_are_a_dictionary_row_now():
    # "sent French troops to Mali" is read by the send-forces row and recoded AID (tests/test_forces_sent.py)
    got = records("France sent French troops to Mali in 2013.")
    assert ("AID", ["FRA"], ["MLI"], "row:P:to|into|in|near|along") in got, got


def test_a_dictionary_row_keeps_its_own_reading():
    got = records("France withdrew its troops from Mali last year.")
    assert [r for r in got if r[2] == ["MLI"]] and not [r for r in got if r[3] == "own_people_destination"], got
