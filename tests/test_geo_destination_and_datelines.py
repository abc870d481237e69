"""Fresh-user kinds (stop 22) on event places, coded end to end.

* A destination or recipient inside a nested noun phrase of the clause is not the place of the act
  (:func:`eventwire.geo.attach.nested_destination`): "sanctions ... over the supply of drones to Russia" is not
  located in Russia. The destination of the trigger, of the clause verb or of its direct object stays.
* Multi-word upper-case datelines ("NEW YORK", "ADDIS ABABA", "WASHINGTON, D.C.") are read and resolved as
  one-word ones are, under every dash form and agency suffix; as for any dateline, it is the event's place only
  when the sentence says "here" (field cases C13/C14).
"""
from __future__ import annotations

import pytest

from eventwire import code_text


def places(text, event=None, pub="2023-06-14"):
    """[(extracted place, country, method)] of each event (of type ``event`` when given)."""
    events, _ = code_text(text, publication_date=pub)
    return [[(l["extracted_place"], l["country_code"], l["method"]) for l in e.event_loc]
            for e in events if event is None or e.event == event]


@pytest.mark.parametrize("text,event,wrong", [
    ("BRUSSELS, June 12 (Reuters) - The European Union on Monday imposed sanctions on eight Iranian officials and "
     "two companies over the supply of drones to Russia, the bloc said in a statement.", "SANCTION", "RUS"),
    ("Britain summoned the Chinese ambassador over the delivery of weapons to Myanmar.", "ACCUSE", "MMR"),
    ("The president condemned the shipment of arms to Ukraine during a speech in Moscow.", "ACCUSE", "UKR"),
])
def test_nested_destination_is_not_the_place(text, event, wrong):
    got = places(text, event)
    assert got, "no event coded"
    for locs in got:
        assert all(cc != wrong for _, cc, _ in locs), locs


def test_place_of_the_act_stays_beside_a_nested_destination():
    got = places("The president condemned the shipment of arms to Ukraine during a speech in Moscow.", "ACCUSE")
    assert got == [[("Moscow", "RUS", "syntax")]]


@pytest.mark.parametrize("text,event,loc", [
    ("Russia sent troops to Belarus on Monday.", "AID", ("Belarus", "BLR", "syntax")),
    ("Turkey launched airstrikes into Syria on Tuesday.", "ASSAULT", ("Syria", "SYR", "syntax")),
    ("The Japanese prime minister travelled to China on Monday.", "CONSULT", ("China", "CHN", "syntax")),
])
def test_destination_of_the_clause_stays(text, event, loc):
    assert places(text, event) == [[loc]]


@pytest.mark.parametrize("dateline,place,cc", [
    ("NEW YORK, June 13 (Reuters) -", "NEW YORK", "USA"),
    ("NEW YORK -", "NEW YORK", "USA"),
    ("NEW DELHI (AP) —", "NEW DELHI", "IND"),
    ("NEW DELHI, June 12 (Reuters) —", "NEW DELHI", "IND"),
    ("ADDIS ABABA —", "ADDIS ABABA", "ETH"),
    ("BUENOS AIRES –", "BUENOS AIRES", "ARG"),
    ("KUALA LUMPUR --", "KUALA LUMPUR", "MYS"),
    ("SAN JOSE, Costa Rica (AP) —", "SAN JOSE", "CRI"),
    ("WASHINGTON, D.C. —", "WASHINGTON", "USA"),
    ("RIO DE JANEIRO (AP) -", "RIO DE JANEIRO", "BRA"),
])
def test_multi_word_dateline_resolves_like_a_one_word_one(dateline, place, cc):
    events, _ = code_text(f"{dateline} Police arrested 20 protesters here on Monday.", publication_date="2023-06-14")
    ev = [e for e in events if e.event == "COERCE"]
    assert ev and [a.code for a in ev[0].actor] == [cc]  # the dateline's country is the story's home
    assert [(l["extracted_place"], l["country_code"], l["method"]) for l in ev[0].event_loc] == [(place, cc, "dateline")]


@pytest.mark.parametrize("dateline", ["NEW DELHI (AP) -", "DAKAR (AP) -"])
def test_dateline_alone_is_no_event_place(dateline):
    # C14: a dateline says where the story is filed, one word or several
    assert places(f"{dateline} Police arrested 20 protesters on Monday.", "COERCE") == [[]]


@pytest.mark.parametrize("text", [
    "NEW DELHI (AP) - Police arrested 20 protesters here on Monday.",
    "Police arrested 20 protesters in New Delhi on Monday.",
])
def test_new_delhi_is_not_delhi(text):
    # "New Delhi" is an alternate name of Delhi in geonames; the capital inside it is meant
    # (eventwire.geo.resolve.inner_own_city)
    events, _ = code_text(text, publication_date="2023-06-14")
    locs = [(l["resolved_place"], l["country_code"]) for e in events if e.event == "COERCE" for l in e.event_loc]
    assert locs == [("New Delhi", "IND")]


def test_odessa_still_prominent():
    events, _ = code_text("Russian missiles struck Odessa on Monday.", publication_date="2023-06-14")
    locs = [(l["resolved_place"], l["country_code"]) for e in events for l in e.event_loc]
    assert locs and all(cc == "UKR" for _, cc in locs), locs


@pytest.mark.parametrize("text,event,loc", [
    ("Trump said he had frank discussions with Xi during his trip to Beijing.", "CONSULT", ("Beijing", "CHN", "syntax")),
    ("Police arrested the two men on their return to the UK.", "COERCE", ("UK", "GBR", "syntax")),
])
def test_destination_of_a_journey_is_where_the_traveller_acts(text, event, loc):
    # lexicon geo_journey_noun: a trip's or a return's destination stays the event's place
    assert places(text, event) == [[loc]]
