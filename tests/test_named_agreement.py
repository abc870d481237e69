"""triggers.named_agreement: the proper name of an agreement in force, mentioned in passing ("a defender of the
Anglo-Irish Agreement"), reports no act of agreeing (PLOVER manual, AGREE). Agreements reached or made, and title-case
headlines, stay open."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _agree(text):
    evs, _ = code_text(text, publication_date="2022-03-15")
    return [e for e in evs if e.event == "AGREE" and not e.negated]


@pytest.mark.parametrize("text", [
    "The Irish senator was a strong defender of the Anglo-Irish Agreement and was held in esteem in Dublin.",
    "Mexican exports to Canada grew under the North American Free Trade Agreement.",
    "Cooperation between the ICC and the UN increased with the entry into force of their Relationship Agreement.",
])
def test_named_agreement_in_passing_is_no_agreement(text):
    assert _agree(text) == []


@pytest.mark.parametrize("text, actor, recipient", [
    ("Iran and Iraq reached an agreement with Turkey on border security.", "IRN", "TUR"),
    ("Iran, Iraq Sign Border Agreement With Turkey", "IRQ", "TUR"),
])
def test_agreement_made_stays(text, actor, recipient):
    agr = _agree(text)
    assert agr and {(a.code, r.code) for e in agr for a in e.actor for r in e.recipient} >= {(actor, recipient)}


@pytest.mark.parametrize("text", [
    "The Indian court allowed the plea of the ministry that the offences were extraditable.",
    "Allowing the petition of the Pakistani government, the court ordered the release.",
    "The Kenyan high court permitted the application of the Ugandan lawyers.",
])
def test_ruling_on_a_petition_is_no_agreement(text):
    """triggers.ruling_on_petition: a court granting a filing is a ruling, no AGREE."""
    assert _agree(text) == []


def test_allowing_a_party_stays():
    agr = _agree("Iran allowed UN inspectors into the site.")
    assert agr and [a.code for a in agr[0].actor] == ["IRN"] and [r.code for r in agr[0].recipient] == ["UNO"]


@pytest.mark.parametrize("text", [
    "The British government should recognise shortcomings of the Treasury review.",
    "Kenyan ministers recognised the need for reform of the police.",
    "Serbia recognised that mistakes were made in Kosovo.",
])
def test_acknowledging_is_no_recognition(text):
    """triggers.acknowledgement: recognising a fact, need or fault grants no party recognition (CAMEO 054)."""
    evs, _ = code_text(text, publication_date="2022-03-15")
    assert [e for e in evs if e.event == "SUPPORT"] == []


@pytest.mark.parametrize("text, actor, recipient", [
    ("Kenya recognised Kosovo in 2015.", "KEN", "XKX"),
    ("Russia recognises the new government in Kabul.", "RUS", "AFG"),
])
def test_diplomatic_recognition_stays(text, actor, recipient):
    evs, _ = code_text(text, publication_date="2022-03-15")
    sup = [e for e in evs if e.event == "SUPPORT"]
    assert sup and [a.code for a in sup[0].actor] == [actor] and [r.code for r in sup[0].recipient] == [recipient]
