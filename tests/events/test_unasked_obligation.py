"""Obligations that ask nobody (stop 21, precision of the demand statement): how a state of things ought to be,
with no party as its subject (triggers.state_of_affairs), is no REQUEST, neither from the demand statement nor from the trained detector
(triggers.unasked_obligation). PLOVER manual, REQUEST: an actor asks another actor for an act, aid or a concession;
ANNOTATION.md: do not code commentary or opinions about the world in general."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events.triggers import state_of_affairs, unasked_obligation
from eventwire.nlp.model import load_model


def _requests(text):
    evs, _ = code_text(text, publication_date="2024-02-12")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs if e.event == "REQUEST"]


def _clause(text, head):
    """The token ``head`` (first of its form) of ``text`` as parsed."""
    return next(t for t in load_model()(text) if t.text == head)


@pytest.mark.parametrize("text,head", [
    ("The senator said abortion should be available to everyone.", "be"),
    ("The party said the office should not remain vacant.", "remain"),
    ("Russia said the talks should be in Geneva.", "be"),
])
def test_how_things_ought_to_be_is_a_state_of_affairs(text, head):
    assert state_of_affairs(_clause(text, head))
    assert unasked_obligation(_clause(text, head))


@pytest.mark.parametrize("text,head", [
    ("Russia said Ukraine should remain neutral.", "remain"),  # a party is asked to keep to a state
    ("The United States said Iran must be transparent about its program.", "be"),
    ("Officials said the refugees should be able to return home.", "be"),  # the adjective takes the act asked for
    ("Britain said Russia must be held accountable.", "held"),  # a passive
    ("Russia said Iran must remain in the nuclear deal.", "remain"),  # "remain" with a place phrase
])
def test_a_state_asked_of_a_party_or_an_act_is_no_state_of_affairs(text, head):
    assert not state_of_affairs(_clause(text, head))


@pytest.mark.parametrize("text", [
    "The senator said abortion should be available to everyone.",
    "The party said the office should not remain vacant.",
])
def test_an_obligation_that_asks_nobody_is_no_request(text):
    assert _requests(text) == []


@pytest.mark.parametrize("text,want", [
    ("Russia said Sudan must return the helicopter.", ("REQUEST", ["RUS"], ["SDN"])),
    ("Russia said Ukraine should remain neutral.", ("REQUEST", ["RUS"], ["UKR"])),
    ("The United States said Iran must be transparent about its program.", ("REQUEST", ["USA"], ["IRN"])),
    ("Britain said Russia must be held accountable.", ("REQUEST", ["GBR"], ["RUS"])),
    ('"Israel must stop the bombing, and we must help the victims," the Turkish minister said.',
     ("REQUEST", ["TUR"], ["ISR"])),
])
def test_a_demand_on_another_party_stays_a_request(text, want):
    assert want in _requests(text)

