"""A company's bid for another is a market transaction, no political event (triggers.business_deal; lexicon
deal_bid_modifier). Audit of 1987 Reuters business stories outside the evaluation sets: "First Interstate withdrawing
its takeover bid" was coded RETREAT, "the 27 dlrs per share offered by Waste Management" AGREE. PLOVER manual:
events are interactions of political actors."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text, event", [
    ("Japan's Nomura Securities withdrew its takeover bid for a British bank on Monday.", "RETREAT"),
    ("The Nigerian government offered 30 dollars a share for the stake held by Shell.", "AGREE"),
    ("South Korea's Samsung withdrew its tender offer for a Dutch chipmaker.", "RETREAT"),
])
def test_a_bid_for_a_company_is_no_event(text, event):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == event], rows


@pytest.mark.parametrize("text, event", [
    ("Russia withdrew its troops from the border.", "RETREAT"),
    ("China offered Kenya a loan of 2 billion dollars.", "AGREE"),
    ("The French government rejected the takeover bid by an Italian firm.", "REJECT"),
])
def test_a_party_s_act_stays(text, event):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == event], rows


def test_a_share_price_offered_by_a_firm_is_no_agreement():
    text = "Kenya's Safaricom could attract a higher bid than the 27 dlrs per share offered by Vodacom of South Africa."
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == "AGREE"], rows
