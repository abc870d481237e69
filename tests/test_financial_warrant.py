"""A stock warrant is no arrest warrant (triggers.financial_warrant; lexicon security_noun, security_exercise_word).
Audit of 1987 Reuters business stories outside the evaluation sets: "the sale of 200,000 shares ... and warrants to
acquire one mln shares" and "the warrants are exercisable for five years" were coded COERCE (arrest). PLOVER manual:
events are interactions of political actors."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "Delta Tools said it sold 300,000 shares of common stock and warrants to buy another 200,000 shares to a Dutch fund.",
    "The firm said the warrants are exercisable for three years at a price of four dlrs per share.",
    "The warrants will be exercisable at 12 dlrs a share until 1990, the company said.",
])
def test_stock_warrants_are_no_coercion(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == "COERCE"], rows


@pytest.mark.parametrize("text", [
    "A Kenyan court issued a warrant for the arrest of the former minister on Monday.",
    "Argentina issued arrest warrants against two former generals.",
    "The ICC issued a warrant for Putin over the deportation of children.",
])
def test_an_arrest_warrant_stays_coerce(text):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "COERCE"], rows
