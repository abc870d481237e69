"""The participle "visiting" that names a guest makes the guest the visitor, the actor of the visit, and the one
who receives the guest its recipient (actor_rules.visiting_guest, recipient_rules.visited_host; CAMEO 042 "make a
visit": the visitor is the source; PLOVER manual, CONSULT mode visit). A meeting "held" in the host's capital is
the guest's visit too (story_context.visitor_first, MEETING_LEMMAS "hold")."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _consults(text):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs if e.event == "CONSULT"]


@pytest.mark.parametrize("text,guest,host", [
    ("On Thursday in Washington, U.S. Secretary of State Antony Blinken assured visiting Australian Foreign Minister "
     "Marise Payne that the United States will not leave Australia alone.", "AUS", "USA"),
    ("Chinese President Xi Jinping met visiting Russian President Vladimir Putin in Beijing on Friday.", "RUS", "CHN"),
    ("Indian Prime Minister Narendra Modi received visiting German Chancellor Olaf Scholz on Saturday.", "DEU", "IND"),
    ("Saudi Crown Prince Mohammed bin Salman held a separate meeting with Ukrainian President Volodymyr Zelenskyy in "
     "Riyadh earlier in the day.", "UKR", "SAU"),
])
def test_the_guest_is_the_actor_of_the_visit(text, guest, host):
    got = _consults(text)
    assert ([guest], [host]) in got, got
    assert ([host], [guest]) not in got, got


@pytest.mark.parametrize("text,actor,recipient", [
    ("Turkish President Recep Tayyip Erdogan was visiting Moscow when Russian President Vladimir Putin met him.",
     "TUR", "RUS"),  # "visiting" as the verb of a visit: its subject visits
    ("German Chancellor Olaf Scholz is visiting India this week.", "DEU", "IND"),
])
def test_visiting_as_a_verb_keeps_its_subject(text, actor, recipient):
    got = _consults(text)
    assert ([actor], [recipient]) in got, got


def test_a_guest_never_visits_itself():
    got = _consults("The visiting Russian delegation toured the factory.")
    assert all(a != r for a, r in got), got
