"""Triggers that found no record in their sentence (training stories: missed gold events with nothing emitted in
the evidence sentence).

* "X dismissed the report/claims/offer/calls": REJECT by X (PLOVER manual, REJECT; CAMEO 120) without requiring a
  recipient (verbs.tsv row dismiss with an object list); "dismissed two workers", "dismissed the case" stay strict.
* "X congratulated Y", "X extended/sent congratulations to Y": SUPPORT (PLOVER manual, SUPPORT: "express support for,
  praise"; CAMEO 051); the doer of the light verb is the actor. (Rows for "extended/expressed support to/for" were
  tried and dropped: on the training stories they cost precision, all F1 0.6375 -> 0.6356.)
(A rule making the subject of "was in touch with" / "is in talks with" the actor of the noun was tried and dropped:
training all F1 0.6373 -> 0.6372, the "both sides" of such sentences coded as the wrong pairs.)
"""
import pytest

from test_coder_rules import coded


def _of(events, kind):
    return [e for e in events if e.event == kind and not e.negated]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Japan dismissed the report as groundless on Tuesday.", "JPN", None),
    ("The Chinese foreign ministry dismissed Washington's allegations.", "CHN", "USA"),
    ("Vietnam's government dismissed the Chinese proposal as unacceptable.", "VNM", "CHN"),
    ("Kenya dismissed the claims by Somalia.", "KEN", "SOM"),
])
def test_dismissing_a_claim_or_offer_is_reject(text, actor, recipient):
    rows, events, _ = coded(text)
    rej = _of(events, "REJECT")
    assert rej and actor in [a.code for e in rej for a in e.actor], rows
    if recipient:
        assert recipient in [r.code for e in rej for r in e.recipient], rows


@pytest.mark.parametrize("text", [
    "The company dismissed two workers after the audit.",
    "The judge dismissed the case on Monday.",
    "The teacher dismissed the class early.",
])
def test_dismissing_people_or_a_case_is_no_reject(text):
    rows, events, _ = coded(text)
    assert not _of(events, "REJECT"), rows


@pytest.mark.parametrize("text,actor,recipient", [
    ("Ghana extended congratulations to Nigeria on Monday.", "GHA", "NGA"),
    ("The Kenyan foreign ministry sent warm congratulations to Tanzania.", "KEN", "TZA"),
    ("The Indian prime minister congratulated the new Sri Lankan president on his election.", "IND", "LKA"),
    ("Chile's president congratulated Peru on the vote.", "CHL", "PER"),
])
def test_congratulations_are_support(text, actor, recipient):
    rows, events, _ = coded(text)
    sup = _of(events, "SUPPORT")
    assert sup and actor in [a.code for e in sup for a in e.actor], rows
    assert recipient in [r.code for e in sup for r in e.recipient], rows


@pytest.mark.parametrize("text", [
    "Support for the ruling party fell sharply in the latest poll.",
    "Congratulations poured in from fans after the match.",
])
def test_a_bare_noun_is_no_support_by_a_state(text):
    rows, events, _ = coded(text)
    assert not [e for e in _of(events, "SUPPORT") if e.actor], rows
