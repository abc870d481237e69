"""A call to a party is a telephone call, CONSULT phone (triggers.phone_calls, calls_party; lexicon
phone_call_verb); a naming or judgement ("called Macron a liar") and "called on X to" stay other readings. Fresh user
on real text: "Merkel called Macron on Tuesday" was REQUEST. PLOVER manual, CONSULT ("telephone call"); CAMEO 040."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text, actor, recipient", [
    ("Merkel called Macron on Tuesday.", "DEU", "FRA"),
    ("The German chancellor called the French president on Tuesday.", "DEU", "FRA"),
    ("Biden called Putin on Friday to discuss Ukraine.", "USA", "RUS"),
    ("Macron called Putin about the crisis.", "FRA", "RUS"),
    ("Erdogan rang Putin on Monday.", "TUR", "RUS"),
    ("The Kremlin said Putin called Macron back.", "RUS", "FRA"),
    ("Macron was called by Putin on Tuesday.", "RUS", "FRA"),
    ("The French president was called by his Russian counterpart.", "RUS", "FRA"),
])
def test_a_call_to_a_leader_is_consult_phone(text, actor, recipient):
    rows, events, _ = coded(text)
    got = [e for e in events if e.event == "CONSULT" and e.mode == "phone"]
    assert ("CONSULT", (actor,), (recipient,)) in [r[:3] for r in rows] and got, rows
    assert not [r for r in rows if r[0] == "REQUEST"], rows


@pytest.mark.parametrize("text", [
    "Merkel called Macron a liar.",
    "Putin called the sanctions illegal.",
    "Merkel called on Macron to resign.",
    "The opposition called a general strike.",
    "The president called a meeting of the security council.",
    "The company is calling engineers out of retirement.",
    "The ministry called the ambassador to the foreign office.",
    "Macron was called a traitor by Le Pen.",
    "The meeting was called by the opposition.",
    "He was called to testify.",
])
def test_other_senses_of_call_are_no_phone_call(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == "CONSULT" and e.mode == "phone"], rows


def test_called_a_liar_stays_accuse_and_called_on_stays_request():
    rows, _, _ = coded("Merkel called Macron a liar.")
    assert ("ACCUSE", ("DEU",), ("FRA",)) in [r[:3] for r in rows], rows
    rows, _, _ = coded("Merkel called on Macron to resign.")
    assert ("REQUEST", ("DEU",), ("FRA",)) in [r[:3] for r in rows], rows
