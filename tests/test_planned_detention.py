"""An arrest or detention that is the content of a plan or power is a policy under debate, not an arrest made
(admission.planned_detention); arrests that were made stay."""
import pytest

from eventwire import code_text


def types(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return [e.event for e in events]


@pytest.mark.parametrize("text", [
    "The senator attacked government plans to hold migrants under house arrest.",
    "Critics condemned the house arrest plans of the interior ministry.",
    "Lawyers have doubts about ministerial plans for keeping suspects under house arrest.",
    "Ministers sought new powers to detain foreign suspects without trial.",
    "A proposal to detain protesters for up to a month was debated in parliament.",
])
def test_a_planned_or_empowered_arrest_is_no_coerce(text):
    assert "COERCE" not in types(text)


@pytest.mark.parametrize("text", [
    "Police detained two activists in Cairo.",
    "Police arrested three men under the new plan.",
    "The opposition leader was placed under house arrest on Monday.",
    "Security forces used their new powers and arrested ten students.",
    "Police used the plan's rules to detain ten men.",
    "Police moved quickly to detain ten men.",
])
def test_arrests_made_stay(text):
    assert "COERCE" in types(text)
