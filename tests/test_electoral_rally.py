"""A rally the text makes part of an election campaign is no PROTEST (admission.electoral_rally); a rally
against a party, or over an election, stays one."""
import pytest

from eventwire import code_text


def types(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return [e.event for e in events]


@pytest.mark.parametrize("text", [
    "Biden holds rally for Pennsylvania Senate races.",
    "Imran Khan held an election rally in Lahore on Sunday.",
    "The opposition party staged a rally for the re-election of its leader in Nairobi.",
    "Modi held a campaign rally in Varanasi on Friday.",
    "The president held a rally in Ohio in support of the party's candidates.",
])
def test_campaign_rally_is_no_protest(text):
    assert "PROTEST" not in types(text)


@pytest.mark.parametrize("text", [
    "Thousands of opposition supporters held a rally against the election results in Nairobi.",
    "The opposition staged a rally over the disputed election in Minsk.",
    "Students staged a rally in Dhaka to demand the release of their classmates.",
    "Opposition supporters staged a rally for democracy in Yangon.",
])
def test_protest_rally_stays(text):
    assert "PROTEST" in types(text)
