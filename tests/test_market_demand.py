"""Buyers' demand is no political demand (triggers.market_demand; lexicon market_good, market_demand_noun).
Audit of business and feature news outside the evaluation sets (1987 Reuters, VOA features): "developing countries,
with their growing energy demands" was coded REQUEST. PLOVER manual: events are interactions of political actors;
REQUEST asks another party for an act or a thing."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "Indian demands for steel have doubled.",
    "China's energy demands are rising fast.",
    "Brazil's demand for wheat imports fell in the third quarter.",
    "Japan's demands for crude oil grew again last month.",
])
def test_demand_for_a_good_is_no_request(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == "REQUEST"], rows


@pytest.mark.parametrize("text", [
    "Kenya renewed its demand for compensation from Britain.",
    "Protesters repeated their demands for the release of political prisoners.",
    "India's demands for a ceasefire were ignored by Pakistan.",
])
def test_a_party_s_demand_stays_a_request(text):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "REQUEST"], rows
