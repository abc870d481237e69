"""A demand noun's for-to complement split by the parser into a "for" phrase and an infinitive on the noun: its
subject is the recipient ("Washington's call for Moscow to withdraw", "an appeal for Indians and Pakistanis to end
the conflict"; recipient_rules.split_for_to_subjects via complement_subject; PLOVER manual, REQUEST)."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _records(text, event):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return sorted(([a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs if e.event == event)


@pytest.mark.parametrize("text,want", [
    ("Washington's call for Moscow to withdraw its troops from Ukraine went unanswered.", [(["USA"], ["RUS"])]),
    ("The Indian prime minister made an appeal for Pakistanis to end the conflict.", [(["IND"], ["PAK"])]),
    ("The Kremlin ignored Ukraine's request for Russia to hand over the prisoners.", [(["UKR"], ["RUS"])]),
])
def test_the_subject_of_a_split_for_to_complement_is_asked(text, want):
    assert _records(text, "REQUEST") == want


def test_a_for_phrase_that_names_no_party_gives_no_recipient_from_it():
    # "an appeal for calm": what is asked for, not of whom
    assert all(r == [] or r != ["IND"] for _, r in _records("The Indian government made an appeal for calm to prevail.",
                                                            "REQUEST"))
