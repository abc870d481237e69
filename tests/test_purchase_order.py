"""Ordering goods is a purchase, no REQUEST (triggers.purchase_order; lexicon purchase_verb, purchased_good,
seller_noun). Audit of VOA feature stories outside the evaluation set (medical tourism): "she could order from five or
six different restaurants" was coded REQUEST. PLOVER manual: events are interactions of political actors; REQUEST asks
a party for an act, aid or a concession."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "Kenyan customers ordered food online during the lockdown.",
    "Many Chinese families now order groceries from apps.",
    "Japanese diners ordered sushi at the restaurant.",
    "In Lagos, Nigerian students order from street vendors.",
])
def test_ordering_goods_is_no_request(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == "REQUEST"], rows


@pytest.mark.parametrize("text", [
    "The Nigerian court ordered the police to release the journalist.",
    "Egypt's president ordered the army to secure the border.",
    "Kenya's president ordered the interior minister to leave the country.",
])
def test_an_order_to_a_party_stays_a_request(text):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "REQUEST"], rows
