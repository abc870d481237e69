"""Two guards on knowledge-base matches (eventwire.actors.kb): a time zone after a clock time is no place
(rule time_zone_not_place: "1:04 IST Chief Minister Siddaramiah" is not an Istanbul chief minister, TUR), and a
one-word organisation name that is a known given name written before a person's name is the person's first name
(rule given_name_not_org: "DM Amit Kumar Singh" is not the NGO "Amit"). Training stories all F1 0.7711 -> 0.7722,
dev 0.7732 and voa_news 0.7086 unchanged."""
import pytest

from test_coder_rules import coded
from eventwire.actors.kb import after_clock_time, given_name_before_person, load_kb


def actors(text):
    rows, events, _ = coded(text)
    return rows, [(e.event, [(a.entity_text, a.code, a.sector) for a in e.actor]) for e in events]


@pytest.mark.parametrize("zone", ["IST", "EST", "UTC"])
def test_a_time_zone_after_a_clock_time_is_no_place(zone):
    rows, got = actors(f"DH News Service, Bengaluru, Nov 11 2017, 1:04 {zone} Chief Minister Rao Varma lambasted "
                       f"BJP leaders for their doublespeak.")
    acc = [a for e, a in got if e == "ACCUSE"]
    assert acc and all(c not in ("TUR", "BFA", "NLD") for a in acc for _, c, _ in a), rows


def test_a_place_body_without_a_clock_time_stays_a_place_body():
    rows, got = actors("Shanghai police arrested two activists on Monday.")
    assert ("COERCE", [("Shanghai police", "CHN", "COP")]) in got, rows


def test_after_clock_time_shapes():
    assert [after_clock_time(w, 1) for w in (["1:04", "ist"], ["10.30", "est"], ["p.m.", "gmt"], ["said", "ist"],
                                               ["2017", "ist"])] == [True, True, True, False, False]


@pytest.mark.parametrize("text", [
    "The villagers approached then DM Amit Kumar Singh who then ordered the assistant revenue officer to probe the deal.",
    "Later Amit Kumar Singh ordered the assistant revenue officer to probe the deal.",
])
def test_a_given_name_before_a_person_is_no_organisation(text):
    rows, got = actors(text)
    assert got and all(c != "NGO" for _, a in got for _, c, _ in a), rows


def test_given_name_shapes():
    kb = load_kb()
    assert given_name_before_person(kb, ["then", "Amit", "Kumar", "Singh"], [None, None, (2, 4), (2, 4)], 1, 2)
    assert not given_name_before_person(kb, ["then", "AMIT", "Kumar", "Singh"], [None, None, (2, 4), (2, 4)], 1, 2)
    assert not given_name_before_person(kb, ["then", "Amit", "said", "it"], [None, None, None, None], 1, 2)
    assert not given_name_before_person(kb, ["the", "Amit", "Kumar", "Singh"], [None, None, (2, 4), (2, 4)], 1, 3)
