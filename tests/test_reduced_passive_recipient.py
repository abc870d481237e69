"""The noun a release trigger modifies as a reduced passive relative is the one released ("the four Britons freed
from custody"): :func:`eventwire.events.recipient_rules.reduced_passive_head` for the ``objmod`` rows, as for the
``dobj`` rows. Variants of our own wording."""
import pytest

from eventwire import code_text


def records(text):
    events, _ = code_text(text, publication_date="2024-05-01")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient],
             (e.text_info or {}).get("rule", {}).get("recipient")) for e in events]


@pytest.mark.parametrize("text,actor,recipient", [
    ("The four Britons freed from US custody are expected home on Monday.", "USA", "GBR"),
    ("Ten Pakistani fishermen released from Indian jails crossed the border on Sunday.", "IND", "PAK"),
    ("Two Greek sailors released from a Turkish prison arrived in Athens.", "TUR", "GRC"),
])
def test_the_noun_of_a_reduced_passive_release_is_the_recipient(text, actor, recipient):
    got = [r for r in records(text) if r[0] == "RETREAT"]
    assert got and actor in got[0][1] and recipient in got[0][2], records(text)


def test_an_active_release_keeps_its_object():
    got = [r for r in records("Russia freed the American journalist on Friday.") if r[0] == "RETREAT"]
    assert got and got[0][2] == ["USA"], got


def test_a_released_noun_without_a_country_gives_none():
    got = [r for r in records("The prisoners freed from Israeli jails returned to Gaza.") if r[0] == "RETREAT"]
    assert got and not [c for c in got[0][2] if c], got
