"""events.actor_rules.means_owner: each coordinated nationality on a means of attack is an attacker ("US and British
jets bombed", "Russian and Syrian warplanes struck": one record per country, as the annotation protocol codes
compound actors); a single nationality gives one."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _attackers(text):
    evs, _ = code_text(text, publication_date="2016-10-10")
    return sorted(a.code for e in evs if e.event == "ASSAULT" for a in e.actor)


@pytest.mark.parametrize("text, want", [
    ("US and British jets bombed Iraqi positions.", ["GBR", "USA"]),
    ("Russian and Syrian warplanes struck rebel-held towns in Idlib.", ["RUS", "SYR"]),
    ("Russian warplanes struck rebel-held towns in Idlib.", ["RUS"]),
])
def test_each_nationality_of_the_means_attacks(text, want):
    assert _attackers(text) == want
