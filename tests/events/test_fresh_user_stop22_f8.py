"""Fresh user, stop 22 (f8): three kinds of wrong record.

1. A sentence-final ", <NP> said." attributes the whole clause it closes, however the parser read it: "Islamist
   militants killed ... on Sunday, security sources said." (the parser makes "killed" a reduced relative of
   "militants") is reported, with the trailing speaker as its source (attribution.closing_attribution).
2. "China said the journalist had violated Chinese law and rejected the protest": the conjunct in the speaker's
   simple past after a past-perfect report is the speaker's (actor_rules.backshifted_conjunct).
3. "protested against the detention of a German journalist": the one protested against is the act's doer (or the
   one a purposive "to protest" addresses), never its victim (recipient_rules.protested_act_doer).

All sentences are invented.
"""
from __future__ import annotations

import pytest

from eventwire import code_text

PUB = "2024-05-01"


def _records(text):
    evs, _ = code_text(text, publication_date=PUB)
    return evs


@pytest.mark.parametrize("text,trigger,source", [
    ("Islamist militants killed at least 20 soldiers in an attack on an army post in northern Burkina Faso on "
     "Sunday, security sources said.", "killed", "security sources"),
    ("Gunmen abducted 30 villagers in Zamfara state on Friday, local residents said.", "abducted", "local residents"),
    ("Soldiers loyal to the general attacked the presidential palace on Monday, witnesses said on Tuesday.",
     "attacked", "witnesses"),
    ("Police arrested the protesters, officials said.", "arrested", "officials"),
])
def test_closing_attribution_reports_the_clause_it_closes(text, trigger, source):
    evs = [e for e in _records(text) if e.event_text.startswith(trigger)]
    assert evs, text
    assert all(e.reported and e.sources == [source] for e in evs), [(e.reported, e.sources) for e in evs]


def test_closing_attribution_speaker_is_not_the_doer_noun_phrase():
    evs = _records("Islamist militants killed at least 20 soldiers in northern Burkina Faso on Sunday, security "
                   "sources said.")
    assert [(e.event, e.sources, [a.entity_text for a in e.actor]) for e in evs] == \
        [("ASSAULT", ["security sources"], ["Islamist militants"])]


@pytest.mark.parametrize("text,event,actor", [
    ("China said the journalist had violated Chinese law and rejected the protest.", "REJECT", "CHN"),
    ("Russia said the diplomats had engaged in espionage and rejected the accusations.", "REJECT", "RUS"),
    ("Iran said the sailors had entered its waters illegally and demanded an apology from Britain.", "REQUEST", "IRN"),
])
def test_backshifted_report_conjunct_is_the_speakers(text, event, actor):
    evs = [e for e in _records(text) if e.event == event]
    assert [[a.code for a in e.actor] for e in evs] == [[actor]]


def test_demanded_apology_goes_to_britain():
    evs = [e for e in _records("Iran said the sailors had entered its waters illegally and demanded an apology from "
                               "Britain.") if e.event == "REQUEST"]
    assert [[r.code for r in e.recipient] for e in evs] == [["GBR"]]


def test_shared_perfect_keeps_the_reported_subject():
    # "had ... and (had) injured": a participle sharing "had" stays the reported clause's subject's act
    from eventwire.nlp.model import load_model
    from eventwire.events.actor_rules import backshifted_conjunct
    doc = load_model()("China said the journalist had violated Chinese law and rejected the protest.")
    said, violated, rejected = doc[1], doc[5], doc[9]
    assert backshifted_conjunct(violated, rejected, said)
    assert not backshifted_conjunct(said, rejected, said)


@pytest.mark.parametrize("text,recipients", [
    ("Germany protested against the arrest of a German citizen.", []),
    ("Thousands protested against the killing of a teenager by police in Paris.", ["FRA"]),
    ("Germany summoned China's ambassador to protest against the detention of a German journalist.", ["CHN"]),
])
def test_protest_against_an_act_is_not_against_its_victim(text, recipients):
    evs = _records(text)
    protests = [e for e in evs if e.event_text.startswith(("protest", "summoned"))]
    assert protests
    for e in protests:
        assert all(not (r.code == "DEU" and r.sector in ("JRN", "CVL", None)) for r in e.recipient), e.to_dict()
    assert sorted({r.code for e in protests for r in e.recipient}) == recipients


def test_protest_against_a_sale_keeps_the_row():
    evs = [e for e in _records("Beijing protested against the arms sale to Taiwan.") if e.event == "ACCUSE"]
    assert evs and evs[0].text_info["rule"]["recipient"] != "protested_act_doer"


@pytest.mark.parametrize("text", [
    "Spain sent 56 rescuers and four search dogs, the Spanish government said.",
    "Italy dispatched 30 firefighters and two planes, the Italian government said.",
])
def test_sending_is_no_judgement_of_the_speaker(text):
    evs = _records(text)
    assert not [e for e in evs if e.event in ("ACCUSE", "SUPPORT")], [e.to_dict() for e in evs]


def test_sending_rule_runs_among_the_drop_rules():
    from eventwire.events import admission
    names = [r.__name__ for r in admission.DROP_BEFORE_CODING]
    assert names.index("sending_not_judgement") == names.index("own_forces_supply") - 1


def test_a_threat_after_a_past_perfect_report_stays_the_reported_doers():
    # the backshifted reading is for the speaker's replies (REJECT, REQUEST, ACCUSE), not for a threat: the suspect
    # threatened the owner, not the police (before-stop re-read, stop 22)
    evs = [e for e in _records("Police said the suspect had broken into the house and threatened the owner.")
           if e.event == "THREATEN"]
    assert evs and all(a.entity_text != "Police" for e in evs for a in e.actor), [e.to_dict() for e in evs]
