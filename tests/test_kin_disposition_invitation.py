"""triggers.care_of_kin, triggers.disposition, triggers.invitation_to_task: caring for one's own family, a habit or
reputation ("is known to support"), and an invitation to perform a task are no SUPPORT/AID, no event, and no AGREE
(PLOVER manual; CAMEO 036). Support of a party, a known past act and an invitation to meet stay open."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _events(text, typ):
    evs, _ = code_text(text, publication_date="2022-03-15")
    return [e for e in evs if e.event == typ and not e.negated]


@pytest.mark.parametrize("text, typ", [
    ("An Afghan woman supports her three children with a tailoring business.", "SUPPORT"),
    ("The Malaysian pilot's sister went on television to defend her brother's name.", "SUPPORT"),
    ("Kenya's president helped his family with the money.", "AID"),
    ("The Syrian refugee supports his parents and his sisters from Berlin.", "SUPPORT"),
])
def test_care_of_kin_is_no_event(text, typ):
    assert _events(text, typ) == []


@pytest.mark.parametrize("text, actor, recipient", [
    ("Iran supports the Houthi rebels.", "IRN", "YEM"),
    ("The Iraqi minister defended the government's record.", "IRQ", "IRQ"),
])
def test_support_of_a_party_stays(text, actor, recipient):
    sup = _events(text, "SUPPORT")
    assert sup and [a.code for a in sup[0].actor] == [actor] and [r.code for r in sup[0].recipient] == [recipient]


@pytest.mark.parametrize("text, typ", [
    ("The US budget director is known to support the idea of using large tax increases.", "SUPPORT"),
    ("The Egyptian president tends to reject foreign mediation.", "REJECT"),
])
def test_disposition_is_no_event(text, typ):
    assert _events(text, typ) == []


def test_known_past_act_stays():
    con = _events("The Russian envoy is known to have met Hamas leaders in Doha.", "CONSULT")
    assert con and [a.code for a in con[0].actor] == ["RUS"]


@pytest.mark.parametrize("text", [
    "The Taiwanese commission will invite candidates to present their political platforms.",
    "The Indian minister invited the Pakistani envoy to present his proposals.",
    "The Kenyan court invited the Ugandan lawyers to file written briefs.",
])
def test_invitation_to_a_task_is_no_agreement(text):
    assert _events(text, "AGREE") == []


@pytest.mark.parametrize("text, actor, recipient", [
    ("China invited the Russian president to visit Beijing.", "CHN", "RUS"),
    ("Pakistan invited the Afghan Taliban to Islamabad.", "PAK", "AFG"),
    ("Qatar invited Iran to attend the talks.", "QAT", "IRN"),
])
def test_invitation_to_meet_stays(text, actor, recipient):
    agr = _events(text, "AGREE")
    assert agr and [a.code for a in agr[0].actor] == [actor] and [r.code for r in agr[0].recipient] == [recipient]
