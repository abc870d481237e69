"""story_context.same_act_recipient: coordinated actors of one trigger do one act, so a co-actor with no recipient
of its own takes the recipient its fellow actor's earlier act gave ("U.S., French and British forces continued
blasting military targets" after U.S. strikes on Libya -> FRA and GBR ASSAULT LBY)."""
from __future__ import annotations

from eventwire import code_text


def _dyads(text, event):
    evs, _ = code_text(text, publication_date="2011-03-21")
    return sorted((a.code, r.code) for e in evs if e.event == event for a in e.actor for r in e.recipient)


def test_co_actors_share_the_recipient_of_the_act():
    got = _dyads("U.S. warplanes struck Libyan air defences on Saturday. On Sunday, U.S., French and British forces "
                 "continued blasting military targets.", "ASSAULT")
    assert ("FRA", "LBY") in got and ("GBR", "LBY") in got
    assert ("FRA", "USA") not in got and ("GBR", "USA") not in got


def test_a_co_actor_never_takes_its_own_country_as_recipient():
    got = _dyads("Russian jets bombed Syrian rebel positions. Russian and Syrian forces kept shelling the town on "
                 "Monday.", "ASSAULT")
    assert ("SYR", "SYR") not in got
