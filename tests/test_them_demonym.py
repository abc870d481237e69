"""An object "them" stands for a people named before it in its sentence by a plural demonym ("called for Egyptians
to rise up, urging them to gather": the Egyptians), as it stands for a state or an organisation named so
(actors.resolve, object pronouns). An adjective of nationality is no antecedent."""
from __future__ import annotations

from eventwire import code_text


def _records(text):
    evs, _ = code_text(text, publication_date="2024-02-10")
    return [(e.event, e.event_text, [r.code for r in e.recipient]) for e in evs]


def test_them_after_a_plural_demonym_is_that_people():
    got = _records("In January, the blogger again called for Egyptians to rise up, urging them to gather in Tahrir "
                   "Square on Jan. 25.")
    assert ("REQUEST", "urging", ["EGY"]) in got, got
    got = _records("The Israeli army detained dozens of Palestinians on Monday, accusing them of planning attacks.")
    assert ("ACCUSE", "accusing", ["PSE"]) in got, got


def test_an_adjective_of_nationality_is_no_antecedent():
    got = _records("The Egyptian minister met the envoys on Monday, urging them to act.")
    assert ("REQUEST", "urging", []) in got, got
