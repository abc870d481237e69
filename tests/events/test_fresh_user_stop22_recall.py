"""Fresh user, stop 22: obvious events missed in real news (recall).

1. A diplomatic exchange suspended ("may suspend a planned government consultation with Beijing", "suspended its
   security dialogue with China") is a SANCTION discontinue of the exchange's counterpart (verbs.tsv row, rules only).
2. A mediation ("Russia brokered a ceasefire", "talks hosted by Antony Blinken") is a CONSULT of the mediator with
   the sides: named in a "between" phrase, or the parties met in the same sentence, or the two countries at war in
   the story (story_context.mediated_sides).
3. Aid given with no recipient named and relayed by a source ("The United Arab Emirates delivered tents and food,
   according to MAP") goes to the story's country (story_context.delivered_aid, an exception of
   relayed_foreign_guess).
4. Pressure exerted on a party ("exerting pressure on Iran", "stepped up pressure on Venezuela") is a REQUEST of that
   party (verbs.tsv row, rules only; recipient_rules.pressed_party when the "on" phrase hangs on the light verb:
   "putting pressure on Beijing"); pressure faced is not.

All sentences are invented.
"""
from __future__ import annotations

import pytest

from eventwire import code_text

PUB = "2023-06-14"


def _recs(text, event=None):
    evs, _ = code_text(text, publication_date=PUB)
    return [e for e in evs if event is None or e.event == event]


def _dyads(evs):
    return {(tuple(sorted(a.code for a in e.actor if a.code)), tuple(sorted(r.code for r in e.recipient if r.code)))
            for e in evs}


@pytest.mark.parametrize("text, actor, recipient", [
    ("Japan suspended its security dialogue with China after the incident.", "JPN", "CHN"),
    ("Germany suspended a planned government consultation with Beijing on Tuesday.", "DEU", "CHN"),
    ("Brazil suspended negotiations with Paraguay over the dam.", "BRA", "PRY"),
])
def test_suspended_exchange_is_sanction_discontinue(text, actor, recipient):
    evs = _recs(text, "SANCTION")
    assert _dyads(evs) == {((actor,), (recipient,))}
    assert {e.mode for e in evs} == {"discontinue"}


def test_conditional_suspension_is_coded():
    evs = _recs("Germany may also suspend a planned government consultation with Beijing if the journalist is not "
                "freed, officials said.")
    assert ((("DEU",), ("CHN",))) in _dyads([e for e in evs if e.event in ("SANCTION", "THREATEN")])


@pytest.mark.parametrize("text, mediator, sides", [
    ("Armenia and Azerbaijan fought a war in 2020. Russia brokered a ceasefire in November 2020.",
     "RUS", ("ARM", "AZE")),
    ("Armenia and Azerbaijan fought a war in 2020. Armenian and Azerbaijani foreign ministers met in Washington on "
     "Monday for talks hosted by Secretary of State Antony Blinken.", "USA", ("ARM", "AZE")),
    ("Qatar brokered a truce between Israel and Hamas on Friday.", "QAT", ("ISR", "PSE")),
])
def test_mediation_is_consult_with_the_sides(text, mediator, sides):
    evs = [e for e in _recs(text, "CONSULT") if any(a.code == mediator for a in e.actor)]
    got = {r.code for e in evs for r in e.recipient}
    assert got == set(sides)


@pytest.mark.parametrize("text", [
    "France hosted a summit on climate in Paris on Monday. The summit ended with a declaration.",
    "The government and the unions met on Monday. Norway brokered a deal on fishing rights.",
])
def test_mediation_without_sides_gets_no_guessed_side(text):
    assert not [e for e in _recs(text, "CONSULT") if e.recipient and any(r.code for r in e.recipient)
                and (e.text_info.get("rule") or {}).get("recipient") == "context:mediated-sides"]


def test_host_with_a_named_guest_keeps_it():
    evs = _recs("Turkey hosted the Russian foreign minister in Antalya on Monday. Officials said the talks were useful.",
                "CONSULT")
    assert _dyads(evs) == {(("TUR",), ("RUS",))}


@pytest.mark.parametrize("text, donor", [
    ("An earthquake killed 2,000 people in Morocco on Friday, officials said. The United Arab Emirates delivered "
     "tents and food, according to the Moroccan state news agency MAP.", "ARE"),
    ("Floods killed 300 people in Pakistan, officials said. Turkey delivered tents and blankets, according to the state "
     "broadcaster.", "TUR"),
])
def test_relayed_aid_goes_to_the_story_country(text, donor):
    evs = [e for e in _recs(text, "AID") if any(a.code == donor for a in e.actor)]
    assert evs and all(e.status == "actual" for e in evs)
    assert {r.code for e in evs for r in e.recipient} == {"MAR" if "Morocco" in text else "PAK"}


@pytest.mark.parametrize("text, actor, recipient", [
    ("Russia's ambassador said Moscow was exerting pressure on Iran to return to the talks.", "RUS", "IRN"),
    ("The United States stepped up pressure on Venezuela on Monday.", "USA", "VEN"),
    ("Washington is putting pressure on Beijing over trade.", "USA", "CHN"),
])
def test_pressure_on_a_party_is_request_of_it(text, actor, recipient):
    evs = _recs(text, "REQUEST")
    assert ((actor,), (recipient,)) in _dyads(evs)


def test_pressure_on_no_party_names_no_recipient():
    evs = _recs("The central bank put pressure on prices.", "REQUEST")
    assert not [e for e in evs if any(r.code for r in e.recipient)]


def test_pressure_faced_is_no_request_of_the_topic():
    evs = _recs("Iran faces pressure on its nuclear program.", "REQUEST")
    assert not [e for e in evs if any(r.code for r in e.recipient)]
