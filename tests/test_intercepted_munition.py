"""Intercepting missiles, rockets or drones in flight is air defence, not COERCE seize
(triggers.intercepted_munition, lexicon in_flight_munition); intercepting a shipment of arms stays a seizure."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _types(text):
    events, _ = code_text(text, publication_date="2024-03-12")
    return [(e.event, e.event_text) for e in events if not e.negated]


@pytest.mark.parametrize("text", [
    "Israel's military said it had intercepted most of the projectiles.",
    "Ukraine's air defences intercepted 30 of 35 drones overnight.",
    "The army intercepted two rockets fired from Gaza.",
])
def test_intercepted_munitions_are_no_seizure(text):
    assert not [t for t in _types(text) if t[0] == "COERCE"]


def test_intercepted_arms_shipment_is_a_seizure():
    got = _types("Police in Kenya intercepted a shipment of rifles bound for the rebels.")
    assert [t[0] for t in got] == ["COERCE"] and got[0][1].startswith("intercepted")
