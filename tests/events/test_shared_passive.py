"""A verb coordinated after a passive one shares its passive auxiliary and subject: the shared subject is the one the
act is done to, never its doer ("were detained in Moscow and deported to Ukraine"; views.passive_conjunct,
actor_rules.shared_passive; grammar, Quirk et al. 13.48). "was criticised and resigned" (a verb that takes no
object) stays active."""
from __future__ import annotations

from eventwire import code_text


def _records(text, event):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return [([a.entity_text for a in e.actor], [r.entity_text for r in e.recipient]) for e in evs if e.event == event]


def test_the_deportees_do_not_deport():
    recs = _records("Two Ukrainian activists were detained in Moscow and deported to Ukraine.", "COERCE")
    assert all("Two Ukrainian activists" not in actors for actors, _ in recs)
    assert any(recips == ["Two Ukrainian activists"] for _, recips in recs)


def test_a_verb_that_takes_no_object_stays_active():
    assert _records("The Turkish minister was criticised by the opposition and resigned.", "RETREAT") == [
        (["The Turkish minister"], [])]
