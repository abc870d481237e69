"""Issue 12, actor sectors: kinds of sector error found on the PLOVER GSR, each tested with variants of our own
(other countries, other bodies, other roles), coded end to end."""
from __future__ import annotations

import pytest

from eventwire import code_text


def coded(text, pub="2012-06-01"):
    events, _ = code_text(text, publication_date=pub)
    return events


def parties(events):
    """[(event type, [(text, code, sector)], [(text, code, sector)])] of the events."""
    return [(e.event, [(a.entity_text, a.code, a.sector) for a in e.actor],
             [(r.entity_text, r.code, r.sector) for r in e.recipient]) for e in events]


def role_of(events, event, role, code):
    """(code, sector) of the first entity with country/body ``code`` in ``role`` of an ``event`` event."""
    got = [(x.code, x.sector) for e in events if e.event == event for x in getattr(e, role) if x.code == code]
    assert got, parties(events)
    return got[0]


# --- IGO bodies take their own sector: the Security Council is the UN's executive (GOV), the refugee agencies
#     REF (PLOVER manual, "Sector Codes"; Phoenix International and agents dictionaries) --------------------
@pytest.mark.parametrize("text,event,role,sector", [
    ("The U.N. Security Council condemned the attack on the embassy.", "ACCUSE", "actor", "GOV"),
    ("The United Nations Security Council rejected the Syrian proposal.", "REJECT", "actor", "GOV"),
    ("Russia vetoed a Security Council resolution on Syria.", "REJECT", "recipient", "GOV"),
    ("Serbia demanded a meeting of the UN Security Council.", "REQUEST", "recipient", "GOV"),
    ("Kenya forced the UN refugee agency out of the Dadaab camps.", "SANCTION", "recipient", "REF"),
    ("The UNHCR criticised Hungary over its border fence.", "ACCUSE", "actor", "REF"),
    ("Israel accused UNRWA of bias.", "ACCUSE", "recipient", "REF"),
])
def test_un_bodies_have_their_own_sector(text, event, role, sector):
    assert role_of(coded(text), event, role, "UNO") == ("UNO", sector)


def test_the_un_itself_has_no_sector():
    assert role_of(coded("China asked the United Nations to send monitors."), "REQUEST", "recipient", "UNO") == \
        ("UNO", None)
