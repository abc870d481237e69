"""Rights, press-freedom and humanitarian groups without a country of their own are coded NGO, as the named ones
("Human Rights Watch"); a "local" one, or one with a nationality, is of its country (resolve._common_noun,
lexicon advocacy_group_noun and local_word; voa_news annotations: "press freedom groups" NGO, "international
and local media rights organizations" NGO and ZWE SOC). Agent nouns of several words whose generic head has no
sector ("rights groups", "the lower house") take the sector of sector_nouns.tsv."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _dyads(text, event):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs if e.event == event]


@pytest.mark.parametrize("text,event,recipient", [
    ("Rights groups urged the Zimbabwean government to drop all charges against him.", "REQUEST", "ZWE"),
    ("Human rights organizations urged the Zimbabwean government to drop all charges.", "REQUEST", "ZWE"),
    ("Press freedom groups condemned the Guatemalan government over the arrest.", "ACCUSE", "GTM"),
    ("Media rights organizations called on the Zimbabwean government to release the journalist.", "REQUEST", "ZWE"),
])
def test_an_advocacy_group_without_a_country_is_an_ngo(text, event, recipient):
    got = _dyads(text, event)
    assert (["NGO"], [recipient]) in got, got


@pytest.mark.parametrize("text,event,actor", [
    ("Zimbabwean rights groups urged the government in Harare to drop all charges.", "REQUEST", "ZWE"),
    ("Local rights groups in Zimbabwe urged the government to drop all charges.", "REQUEST", "ZWE"),
])
def test_a_local_or_national_group_is_of_its_country(text, event, actor):
    got = _dyads(text, event)
    assert got and all(a == [actor] for a, _ in got), got


def test_international_and_local_groups_are_both():
    got = _dyads("International and local media rights organizations urged the Zimbabwean government to drop all "
                 "charges against him.", "REQUEST")
    assert (["NGO"], ["ZWE"]) in got, got
    assert len(got) == 2, got
