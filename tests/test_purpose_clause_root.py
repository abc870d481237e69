"""A finite verb tagged VBN with a purpose clause is no reduced passive (nlp.views.bare_participle). Fresh-user
tryout: "Thousands of farmers protested in Paris to demand lower fuel taxes" had no actor: the tagger wrote VBN for
"protested", and the "to" of "to demand" was read as the auxiliary of a finite verb hanging below it, so the root
was taken for a participle ("journalists detained in Syria ... were freed") and the passive named nobody."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text,code,sector", [
    ("Thousands of farmers protested in Paris to demand lower fuel taxes.", "FRA", "AGR"),
    ("Dozens of nurses demonstrated in Lima on Friday to demand better conditions.", "PER", "MED"),
    ("Hundreds of teachers rallied in Nairobi to press for higher pay.", "KEN", "EDU"),
])
def test_the_subject_of_a_protest_with_a_purpose_clause_is_its_actor(text, code, sector):
    rows, events, _ = coded(text)
    hit = [e for e in events if e.event == "PROTEST"]
    assert hit, rows
    assert [(a.code, a.sector) for a in hit[0].actor] == [(code, sector)], rows


def test_a_participle_before_a_finite_passive_is_still_a_reduced_passive():
    from eventwire.nlp.model import load_model
    from eventwire.nlp.views import bare_participle

    doc = load_model()("Two Turkish journalists detained in Syria last week were freed on Monday.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    if root.lower_ == "detained":  # the small model's misparse this rule is for
        assert bare_participle(root)
    doc = load_model()("Thousands of farmers protested in Paris to demand lower fuel taxes.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.lower_ == "protested" and not bare_participle(root)
