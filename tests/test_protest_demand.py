"""The demand of a protest is the protest, not a REQUEST of its own (PLOVER manual, REQUEST: "demands that take the form
of demonstrations, protests, etc. are coded as PROTEST"; PROTEST: the topic of a protest "is not coded as a separate
event"). Fresh-user tryout: "protesters demanding lower taxes" gave a REQUEST beside the PROTEST. Training gold codes
"the sloganeering crowd ... demanded that ..." as PROTEST demo."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "Thousands of protesters took to the streets of Madrid on Sunday, demanding lower taxes.",  # protest noun's clause
    "Workers went on strike in Seoul to demand higher wages.",
    "Hundreds of people protested outside parliament in Kampala, demanding the release of the opposition leader.",
    "Protesters who marched through Bogota demanded the resignation of the mayor.",  # the marchers' demand
])
def test_a_protest_and_its_demand_are_one_protest(text):
    rows, events, _ = coded(text)
    assert [e.event for e in events] == ["PROTEST"], rows


@pytest.mark.parametrize("text", [
    "Demonstrators in Nairobi demanded the resignation of the president.",
    "Thousands of demonstrators called for new elections.",
    "The crowd chanted slogans demanding the prime minister's resignation.",
])
def test_a_demand_made_by_protesters_is_a_protest(text):
    rows, events, _ = coded(text)
    assert [(e.event, e.mode) for e in events] == [("PROTEST", "demo")], rows
    assert events[0].text_info["rule"]["type"] == "protesters-demand-as-protest"


@pytest.mark.parametrize("text", [
    "The government demanded the release of the hostages.",             # no protesters: a verbal demand
    "The opposition leader called for new elections.",
    "Peace protestors have lost a landmark appeal over police actions.",  # a legal appeal is no protest demand
])
def test_other_demands_stay_requests(text):
    rows, events, _ = coded(text)
    assert any(e.event == "REQUEST" for e in events), rows
    assert not any(e.event == "PROTEST" for e in events), rows


@pytest.mark.parametrize("text", [
    "Thousands of protesters in Jakarta rallied to voice their support for Palestinians on Sunday.",
    "Kenyan students marched in Nairobi in support of the Ugandan opposition.",
    "Hundreds of people demonstrated outside the embassy in Ankara to back the Syrian rebels.",
])
def test_the_cause_a_protest_supports_is_the_protest(text):
    """triggers.protest_topics: the cause a protest stands for is folded into it, as a demand is."""
    rows, events, _ = coded(text)
    assert "SUPPORT" not in [e.event for e in events] and "PROTEST" in [e.event for e in events], rows


def test_support_outside_a_protest_stays():
    rows, events, _ = coded("Kenya backed the Ugandan opposition in the election.")
    assert [e.event for e in events] == ["SUPPORT"], rows
