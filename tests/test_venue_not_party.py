"""recipient_rules.venue_codes: the place where a cooperative act is done ("signed a ceasefire agreement in Havana")
is no party to it; objmod takes no recipient from it for SUPPORT, AGREE, CONSULT and COOPERATE (PLOVER manual: the
recipient is the party acted towards). Second fresh user of the twelfth stop: COL SUPPORT CUB."""
import pytest

from test_coder_rules import coded


def dyads(events, event):
    return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in events if e.event == event]


@pytest.mark.parametrize("text,venue", [
    ("Colombia and the ELN rebels signed a ceasefire agreement in Havana on Monday.", "CUB"),
    ("Sudan and South Sudan signed a border accord in Addis Ababa.", "ETH"),
])
def test_the_signing_place_is_no_recipient(text, venue):
    rows, events, _ = coded(text)
    got = dyads(events, "SUPPORT")
    assert got, rows
    assert not [d for d in got if venue in d[1]], got


def test_a_partner_named_with_with_stays():
    rows, events, _ = coded("Russia signed an agreement with Cuba in Havana.")
    assert (["RUS"], ["CUB"]) in dyads(events, "SUPPORT"), rows


def test_a_place_of_coercion_stays_its_recipient():
    # "lifted a curfew in Montenegro": the people of the place are the ones coerced (not a venue type)
    rows, events, _ = coded("Serbian police imposed a curfew in Montenegro.")
    assert [e for e in events if e.event == "COERCE" and any(r.code == "MNE" for r in e.recipient)], rows
