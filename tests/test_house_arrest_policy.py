""""House arrest" / "house detention" named as a measure under debate is no COERCE; put or held in it, it is
(triggers.house_arrest_policy; PLOVER manual, COERCE). Training-story FP kind: the UK debate on house arrest
powers ("oppose house arrests", "house arrest plans", "impose house detention") coded COERCE."""
import pytest

from test_coder_rules import coded


def types(text):
    rows, evs, _ = coded(text)
    return rows, [e.event for e in evs if not e.negated]


@pytest.mark.parametrize("text", [
    "The Green Party said it would fight the house arrest proposals in parliament.",
    "Critics of house arrests say the measure breaks human rights law.",
    "The minister wants powers to impose house detention on terror suspects.",
    "Opposition mounts to house arrests",
])
def test_house_arrest_as_a_measure_is_no_coercion(text):
    rows, got = types(text)
    assert "COERCE" not in got, rows


@pytest.mark.parametrize("text", [
    "The junta placed the Nobel laureate under house arrest on Monday.",
    "Soldiers put the ousted prime minister under house arrest.",
    "Police lifted the house arrest of the opposition leader.",
])
def test_someone_put_under_house_arrest_is_coerced(text):
    rows, got = types(text)
    assert "COERCE" in got, rows


def test_a_coercion_verb_codes_the_act_not_its_manner():
    rows, evs, _ = coded("The interior ministry plans to detain the suspects under house arrest.")
    coerce = [e for e in evs if e.event == "COERCE"]
    assert len(coerce) == 1 and coerce[0].event_text.startswith("detain"), rows
