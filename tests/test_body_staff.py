"""Staff of an international or non-governmental body, with a nationality stacked before it, act for the body
(eventwire.actors.resolve.serving_body): one party, not a second record with the nationality."""
import pytest

from eventwire import code_text


def recipients(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return sorted(tuple(r.code for r in e.recipient) for e in events if e.event == "ASSAULT")


@pytest.mark.parametrize("text,code", [
    ("Gunmen killed an Egyptian United Nations official in Baghdad on Monday.", "UNO"),
    ("Gunmen killed a French UN peacekeeper in Mali.", "UNO"),
    ("Gunmen kidnapped a Kenyan Red Cross worker in Somalia.", "NGO"),
])
def test_staff_of_a_body_is_the_body(text, code):
    assert recipients(text) == [(code,)]


@pytest.mark.parametrize("text,codes", [
    ("Rebels killed Afghan and UN officials.", [("AFG",), ("UNO",)]),
    ("Rebels attacked EU and Malian troops.", [("EUR",), ("MLI",)]),
    ("Rebels killed officials of the UN and Mali.", [("MLI",), ("UNO",)]),
])
def test_coordinated_parties_stay_two(text, codes):
    assert recipients(text) == codes


def test_a_states_envoy_to_a_body_is_the_state():
    events, _ = code_text("China's UN ambassador condemned the attack.", publication_date="2024-05-14")
    assert [a.code for e in events for a in e.actor] == ["CHN"]
