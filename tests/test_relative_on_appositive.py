"""actors.resolve: a relative pronoun whose clause hangs on a description in apposition to a name ("Human Rights
Watch, a New York-based group that has long criticized Beijing") stands for the name, the party the description
describes, not for the description's own words (which gave the group's base city, USA). When the name resolves to
no coded party, the description is read as before."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _accusers(text):
    evs, _ = code_text(text, publication_date="2005-10-10")
    return [[a.code for a in e.actor] for e in evs if e.event == "ACCUSE"]


@pytest.mark.parametrize("text, want", [
    ("Human Rights Watch, a New York-based group that has long criticized Beijing, condemned the arrests.", ["NGO"]),
    ("Amnesty International, a London-based organisation which often criticises Israel, welcomed the decision.",
     ["NGO"]),
    ("Kenya's president, a man who has often criticised Somalia, met the envoy.", ["KEN"]),
])
def test_the_clause_is_the_named_partys(text, want):
    got = _accusers(text)
    assert got and got[0] == want


def test_a_plain_relative_clause_is_unchanged():
    got = _accusers("A London-based group that often criticises Israel welcomed the decision.")
    assert got and got[0] == ["GBR"]
