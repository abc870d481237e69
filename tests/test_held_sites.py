"""A site a party holds, named by the party ("rebel positions", "militant camps", "insurgent strongholds"), stands
for the party: an attack on it has the party as recipient (actors.resolve, lexicon held_site_noun; fresh user:
"Syrian forces shelled rebel positions near Idlib" had no recipient, and the story's country filled it)."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _dyads(text):
    evs, _ = code_text(text, publication_date="2024-02-12")
    return [(e.event, [f"{a.code}/{a.sector}" for a in e.actor], [f"{a.code}/{a.sector}" for a in e.recipient])
            for e in evs]


@pytest.mark.parametrize("text,event,actor,recipient", [
    ("Syrian forces shelled rebel positions near Idlib.", "ASSAULT", "SYR/MIL", "SYR/REB"),
    ("Pakistani troops raided militant camps in Khyber.", "COERCE", "PAK/MIL", "PAK/REB"),
    ("Government troops attacked insurgent strongholds in the north of Mali.", "ASSAULT", "MLI/MIL", "MLI/REB"),
])
def test_a_held_site_stands_for_its_party(text, event, actor, recipient):
    got = _dyads(text)
    assert (event, [actor], [recipient]) in got, got


def test_a_site_without_a_party_names_none():
    got = _dyads("The army took up positions near the border.")
    assert not any("REB" in r for _, _, rs in got for r in rs), got
