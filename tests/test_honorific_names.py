"""A capitalised word after a courtesy title is a person's name whatever the NER calls it (actors.infer.after_honorific;
lexicon honorific). Training stories: "Dr Slaoui pushed back" (NER: NORP) and "Ms Sakinab rejects" (NER: ORG) lost
their events, a named doer that resolved to nothing. Issue 12: a named person eventwire cannot code is emitted with
the name as written and code null."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text,name", [
    ("But speaking on CBS, Dr Slaoui pushed back on this.", "Slaoui"),
    ("But Ms Sakinab rejects the notion that her brother was responsible.", "Sakinab"),
    ("Mrs Oyelaran condemned the decision of the electoral commission.", "Oyelaran"),
    ("Prof. Kiplagat criticised the government over the new tax.", "Kiplagat"),
])
def test_a_name_after_a_courtesy_title_is_a_person(text, name):
    rows, events, _ = coded(text)
    assert [e for e in events if any(name in (a.entity_text or "") for a in e.actor)], rows


def test_a_place_after_a_title_word_stays_a_place():
    # negative: a known place is never read as a person's name
    rows, events, _ = coded("Mr Putin's Russia condemned the decision of the Ukrainian parliament.")
    assert all(a.entity_text != "Russia" or a.code == "RUS" for e in events for a in e.actor), rows
