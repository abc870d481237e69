"""commentary.commentator_statement and commentary.former_observer: a commentator's own saying is commentary, not a
political act -- an analyst's, an expert's, a professor's, a think-tank director's or a former official's
warning, suggestion or verdict addressed to no one the clause names is dropped; their report of a concrete
interaction, their own interaction with a named party, and what officials and parties say stay. Source:
../shared/eval/voa_news/ANNOTATION.md ("do not code commentary, opinions about the world in general, or
statistics; an analyst's quote is an event only if it reports a concrete interaction"). Invented sentences."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events.commentary import former_observer
from eventwire.nlp.model import load_model


def _rows(text):
    return [(e.event, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient))
            for e in code_text(text, publication_date="2024-05-14")[0]]


def _token(text, word):
    return next(t for t in load_model()(text) if t.text == word)


@pytest.mark.parametrize("text", [
    # the commentator as the actor of a warning, a suggestion, a saying (recipient from the context or the complement)
    "Mali's junta expelled French troops. John Smith, an analyst at the Brookings Institution, warns that stable "
    "countries could become targets of the militants.",
    "Mali's junta expelled French troops. Jane Roe, a senior fellow at the Hudson Institute, warned that the "
    "region could become a target of the militants.",
    "\"They can vote for whomever they choose,\" said John Doe, a professor at the Law School.",
    "The Chinese police station in New York was raided. Jane Roe, a security consultant, also suggested the "
    "United States could shutter the offices.",
    # economists' warnings (they were parties of tests/test_warning_kinds.py before this rule)
    "Indian economists warned that the ban on exports might hurt farmers in Punjab.",
    "Spanish economists warned that the new tariff would be a mistake.",
    # a former official speaks as an observer
    "North Korea tested a missile. A former State Department official said, \"A missile test is a little "
    "dangerous for Kim.\"",
    "North Korea tested a missile. John Doe, a former U.S. ambassador to the UN, said the test was reckless. "
    "Doe warned that Pyongyang would test again.",
])
def test_a_commentators_own_statement_is_dropped(text):
    rows = _rows(text)
    assert not [r for r in rows if r[0] in ("ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT")], rows


@pytest.mark.parametrize("text,row", [
    # a concrete interaction a commentator reports
    ("Russia attacked Ukraine's ports. The analyst said Russia shelled the port of Odesa on Tuesday.",
     ("ASSAULT", ("RUS",), ("UKR",))),
    ("North Korea tested a missile. A former State Department official said North Korean troops shelled a "
     "South Korean island on Monday.", ("ASSAULT", ("PRK",), ("KOR",))),
    # a commentator's own interaction with a named party
    ("Analyst Jane Roe met with the foreign minister in Kyiv on Monday.", ("CONSULT", (None,), ("UKR",))),
    # officials and parties: condemned, attacked, urged
    ("Russia shelled Kharkiv. Ukraine's foreign minister condemned Russia for the attack.",
     ("ACCUSE", ("UKR",), ("RUS",))),
    ("The president warned that Russia could attack Poland. Poland's foreign minister urged NATO to send troops.",
     ("REQUEST", ("POL",), ("IGO",))),
    ("Russian forces shelled Kharkiv on Monday.", ("ASSAULT", ("RUS",), ("UKR",))),
    # a former head of state is a party, not an observer
    ("Former President Donald Trump condemned the indictment. Trump urged his supporters to protest.",
     ("REQUEST", ("USA",), ("USA",))),
])
def test_reports_of_acts_and_parties_statements_stay(text, row):
    rows = _rows(text)
    assert row in rows, rows


def test_a_statement_a_commentator_addresses_to_a_named_party_stays():
    # the clause names the counterpart (row:dobj): kept, as commentary.commentator_reaction keeps it
    rows = _rows("Russia shelled Kharkiv. Jane Roe, an analyst at the Eurasia Group, condemned Russia for the attack.")
    assert [r for r in rows if r[0] == "ACCUSE" and r[2] == ("RUS",)], rows


@pytest.mark.parametrize("text,word,expected", [
    ("A former State Department official said the test was reckless.", "official", True),
    ("John Doe, a retired diplomat, said the test was reckless.", "Doe", True),
    ("Former shadow attorney general John Doe said the plan was authoritarian.", "Doe", False),
    ("John Doe, ex-chief economic adviser to the Treasury, said the plan would fail.", "Doe", False),
    ("John Doe, a former U.S. ambassador to Seoul, said the test was reckless.", "Doe", True),
    ("A State Department official said the test was reckless.", "official", False),
    ("John Doe, a former prime minister, said the test was reckless.", "Doe", False),
    ("A former presidential security officer announced that he had taped the president.", "officer", False),
    ("Former President Donald Trump said the test was reckless.", "Trump", False),
])
def test_former_observer(text, word, expected):
    assert former_observer(_token(text, word)) is expected
