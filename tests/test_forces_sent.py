"""Armed forces sent somewhere (verbs.tsv rows send/dispatch with force objects; recode row forces-sent-as-aid):
MOBILIZE at home, into a country or with no destination; AID when sent to another country or to help (PLOVER
manual, MOBILIZE: "military or police moves that fall short of the actual use of force"; AID: "military and police
assistance including arms and personnel")."""
from __future__ import annotations

import pytest

from eventwire import code_text


def records(text):
    events, _ = code_text(text, publication_date="2015-01-01")
    return [(e.event, e.mode, [a.code for a in e.actor], [r.code for r in e.recipient], e.text_info["rule"].get("type"))
            for e in events if not e.negated]


@pytest.mark.parametrize("text,mode,actor", [
    ("Mexico's president sent 10,000 soldiers to the northern border on Tuesday.", "troops", "MEX"),
    ("Russia dispatched troops to its border with Ukraine.", "troops", "RUS"),
    ("The Nigerian government sent more soldiers to Borno state after the raid.", "troops", "NGA"),
    ("Kenya's interior ministry dispatched riot police to Nairobi.", "police", "KEN"),
])
def test_forces_sent_at_home_are_mobilize(text, mode, actor):
    got = records(text)
    mob = [r for r in got if r[0] == "MOBILIZE"]
    assert mob and mob[0][1] == mode and mob[0][2] == [actor], got
    assert not [r for r in got if r[0] in ("AID", "CONSULT")], got


@pytest.mark.parametrize("text,actor,recipient", [
    ("The U.S. sent 3,000 troops to Poland.", "USA", "POL"),
    ("France sent 500 soldiers to Mali last year.", "FRA", "MLI"),
    ("Iran sent troops to Damascus to help the Syrian army.", "IRN", "SYR"),
    ("Britain dispatched marines to Sierra Leone to protect aid convoys.", "GBR", "SLE"),
])
def test_forces_sent_to_another_country_or_to_help_are_aid(text, actor, recipient):
    got = records(text)
    aid = [r for r in got if r[0] == "AID" and r[4] == "forces-sent-as-aid"]
    assert aid and aid[0][2] == [actor] and recipient in aid[0][3], got
    assert not [r for r in got if r[0] == "MOBILIZE"], got


def test_forces_sent_into_a_country_stay_mobilize_with_that_country():
    got = records("Kenya sent soldiers into Somalia to combat al-Shabab.")
    assert [r for r in got if r[:4] == ("MOBILIZE", "troops", ["KEN"], ["SOM"])], got
    assert not [r for r in got if r[0] == "AID"], got


@pytest.mark.parametrize("text", [
    "The company sent a team of engineers to the plant.",
    "The minister sent a letter to the governor.",
    "The charity sent blankets to the camp.",
])
def test_no_forces_no_mobilize(text):
    assert not [r for r in records(text) if r[0] == "MOBILIZE"], records(text)


@pytest.mark.parametrize("text", [
    "The decision of sending troops to Iraq drew protests in Ankara.",
    "Police prevented a rally against the plan of dispatching soldiers to the border.",
])
def test_a_sending_only_mentioned_is_no_mobilize(text):
    # admission.no_actor: an actorless MOBILIZE gerund in a prepositional phrase is a mention, no event
    assert not [r for r in records(text) if r[0] in ("MOBILIZE", "AID")], records(text)
