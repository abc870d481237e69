"""Recall kinds of REQUEST and CONSULT named by nouns and participles (variants of our own wording):

* a repeated or renewed call (verbs.tsv ``call``/``plea`` noun rows with ``head=reiterate|renew|repeat|...``;
  actor_rules.renewed_demand for "his"/"its"; views._clauses_after_noun past "to Egypt"; recipient_rules.held_party
  for a demand noun's "for the release of ... held by");
* a claim or application handed in to a body (verbs.tsv ``submit``/``lodge`` rows with ``P:to|with``;
  recipient_rules.submitted_to_body for a request noun on "filed"/"submitted");
* a meeting organised or hosted by a party (recipient_rules.meeting_organiser, actor_rules.meeting_attendee).

Source: PLOVER manual, REQUEST (the recipient is the party asked to act) and CONSULT (mode third-party: a meeting
hosted by a third party); CAMEO 020, 043."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _events(text):
    evs, _ = code_text(text, publication_date="2024-05-01")
    return [(e.event, [a.code for a in e.actor], [a.code for a in e.recipient], e.event_text,
             e.text_info["rule"].get("recipient"), e.text_info["rule"].get("actor")) for e in evs]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Amnesty International reiterated its call to the Egyptian authorities to release the jailed bloggers.",
     "NGO", "EGY"),
    ("Germany renewed its calls on Moscow to pull its forces out of Georgia.", "DEU", "RUS"),
    ("Britain repeated its call on Iran to halt uranium enrichment.", "GBR", "IRN"),
    ("The Red Cross renewed its plea to Ethiopia to open the roads to Tigray.", "NGO", "ETH"),
])
def test_a_renewed_call_is_the_callers_request(text, actor, recipient):
    got = _events(text)
    req = [g for g in got if g[0] == "REQUEST"]
    assert req and req[0][1] == [actor] and req[0][2] == [recipient], got
    # the demanded act is the content of the call, no act of the caller's own
    assert not [g for g in got if g[0] == "RETREAT" and g[1] == [actor]], got


def test_a_renewed_call_with_an_own_possessive_is_the_subjects():
    got = _events("Opposition leader Raila Odinga repeated his call for a new vote in Kenya.")
    req = [g for g in got if g[0] == "REQUEST" and g[3] == "call"]
    assert req and req[0][1] == ["KEN"] and req[0][5] == "possessor", got


def test_a_call_without_a_renewing_verb_or_infinitive_stays_no_request():
    # "call" alone (no "for"-to clause, no verb of renewing it) may be a telephone call or an invitation
    got = _events("Poland received a call from the organisers about the tournament.")
    assert not [g for g in got if g[0] == "REQUEST"], got


def test_the_holder_of_people_whose_release_a_renewed_appeal_asks_for_is_asked():
    got = _events("The United Nations renewed its appeal for the release of the aid workers held by the Houthis.")
    req = [g for g in got if g[0] == "REQUEST"]
    assert req and req[0][1] == ["UNO"] and req[0][2] == ["YEM"] and req[0][4] == "held_party", got


@pytest.mark.parametrize("text, actor, recipient", [
    ("Indonesia submitted documentation to the U.N. Commission on the Limits of the Continental Shelf last week.",
     "IDN", "UNO"),
    ("The Philippines lodged a claim with the United Nations over the disputed reef.", "PHL", "UNO"),
])
def test_a_claim_handed_in_to_a_body_is_a_request_of_it(text, actor, recipient):
    got = _events(text)
    req = [g for g in got if g[0] == "REQUEST"]
    assert req and req[0][1] == [actor] and req[0][2] == [recipient] and req[0][4] == "row:P:to|with", got


def test_a_request_filed_with_a_court_asks_the_court():
    got = _events("South Africa filed a request with the International Court of Justice on Friday.")
    req = [g for g in got if g[0] == "REQUEST"]
    assert req and req[0][1] == ["ZAF"] and req[0][2] == ["UNO"] and req[0][4] == "submitted_to_body", got


def test_a_submission_to_nobody_named_is_no_request():
    # strict rows: without the body handed in to, "submitted an application" codes nothing of its own
    got = _events("Georgia submitted an application on Thursday.")
    assert not [g for g in got if g[0] == "REQUEST" and g[3] == "submitted an application"], got


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Taliban attended a U.N.-organized conference in Doha on Sunday.", "AFG", "UNO"),
    ("Armenia attended the Russian-hosted talks in Moscow.", "ARM", "RUS"),
    ("Israel attended the talks hosted by Egypt in Cairo.", "ISR", "EGY"),
    ("Azerbaijan took part in a meeting organized by the European Union in Brussels.", "AZE", "EUR"),
])
def test_the_organiser_of_an_attended_meeting_is_consulted(text, actor, recipient):
    got = _events(text)
    con = [g for g in got if g[0] == "CONSULT" and g[1] == [actor]]
    assert con and con[0][2] == [recipient] and con[0][4] == "meeting_organiser", got


def test_a_meeting_without_an_organiser_has_no_such_recipient():
    got = _events("Armenia attended the talks in Moscow.")
    assert not [g for g in got if g[4] == "meeting_organiser"], got


def test_word_party_reads_one_word_forms_only():
    from eventwire.actors.dictionaries import load_dictionaries
    d = load_dictionaries()
    assert d.word_party("U.N.")[0] == "UNO"
    assert d.word_party("Russian")[0] == "RUS"
    assert d.word_party("meeting") is None
