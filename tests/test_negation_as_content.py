"""recode.negation_as_content (rows negation-as-accuse, negation-as-reject): a negated word outside the pattern
dictionary that the trained detector reads as ACCUSE or REJECT is a criticism or a denial that took place -- the
negation is its content ("said the plan would not work" criticises the plan), so the record is not negated. Words
the dictionary codes as an act of conflict ("did not condemn", "did not block", "did not stop") and verbs of denial
keep their negation: the act did not happen."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _of_type(text, event):
    evs, _ = code_text(text, publication_date="2022-03-15")
    return [e for e in evs if e.event == event]


@pytest.mark.parametrize("text, event, rule", [
    ("The Greek finance minister said the Italian budget plan would not work.", "ACCUSE", "negation-as-accuse"),
    ("The French opposition said the government's reforms had not reflected the wishes of voters.", "ACCUSE",
     "negation-as-accuse"),
    ("The Kenyan opposition leader said the ruling party was not behaving responsibly.", "ACCUSE",
     "negation-as-accuse"),
    ("The Labour leader said the Conservative scheme would not produce fair results.", "ACCUSE",
     "negation-as-accuse"),
    ("Former Labour leader Neil Kinnock says he will not stand for the leadership again.", "REJECT",
     "negation-as-reject"),
])
def test_a_criticism_or_refusal_said_with_a_negation_is_not_negated(text, event, rule):
    got = _of_type(text, event)
    assert got and not got[0].negated
    assert got[0].text_info["rule"]["type"] == rule


def test_the_critic_and_the_criticised_stay():
    got = _of_type("The Kenyan opposition leader said the ruling party was not behaving responsibly.", "ACCUSE")
    assert [a.code for a in got[0].actor] == ["KEN"] and [r.code for r in got[0].recipient] == ["KEN"]


@pytest.mark.parametrize("text, event", [
    ("Britain did not condemn the attack.", "ACCUSE"),            # a dictionary word of accusing
    ("The Senate did not block the sale of jets to Saudi Arabia.", "REJECT"),  # a dictionary word of conflict
    ("Japan did not stop the whaling fleet.", "REJECT"),          # idem ("stop" has SANCTION and PROTEST rows)
    ("Iran did not deny that it had sent drones to Russia.", "REJECT"),  # a verb of denial
])
def test_an_act_of_conflict_that_did_not_happen_stays_negated(text, event):
    got = _of_type(text, event)
    assert got and all(e.negated for e in got)
