"""The noun of an absolute "with" phrase is acted on, never the doer (nlp.views.absolute_participle, used by
reduced_passive and recipient_rules.source_dobj). Training stories: "..., with 52 Palestinians killed" was coded
with the Palestinians as the killers. PLOVER manual, ASSAULT: the actor is who attacks, the recipient who is hit."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text,victim", [
    ("It was the bloodiest day since the conflict erupted on Tuesday, with 52 Palestinians killed.", "PSE"),
    ("The raid ended at dawn, with three Somali troops wounded.", "SOM"),
    ("Shelling continued overnight near the front, with at least 12 Ukrainian civilians killed.", "UKR"),
])
def test_the_noun_of_an_absolute_participle_is_the_recipient(text, victim):
    rows, events, _ = coded(text)
    hits = [e for e in events if e.event == "ASSAULT" and victim in [r.code for r in e.recipient]]
    assert hits, rows
    assert not [e for e in events if e.event == "ASSAULT" and victim in [a.code for a in e.actor]], rows


def test_a_finite_clause_after_with_keeps_its_subject_as_doer():
    # negative: "as Russian troops shelled" is a finite clause; its subject attacks
    rows, events, _ = coded("The talks collapsed as Russian troops shelled Kharkiv on Tuesday.")
    assert [e for e in events if e.event == "ASSAULT" and "RUS" in [a.code for a in e.actor]], rows
