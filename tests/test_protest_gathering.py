"""A gathering held to denounce, demand or protest is a demonstration (PLOVER manual, PROTEST: "rally, gather to
protest a policy, action, or actor(s)"), and its purpose is its topic, not a separate event (PROTEST, ambiguities).
Fresh-user tryout: "Protesters gathered in Paris on Sunday to denounce the reform" gave only ACCUSE (the rule trigger
of "denounce" kept the trained detector from reading "gathered"). Rules: triggers.protest_gatherings and
triggers.purpose_of_protest."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "Protesters gathered in Lyon on Saturday to denounce the pension bill.",
    "Thousands gathered in Valencia to condemn the killing of the journalist.",
    "Hundreds of farmers assembled outside the ministry to criticize the new quotas.",
    "Residents converged on the town hall to protest the closure of the clinic.",
    "Students gathered in front of the university to demand the dean's resignation.",
])
def test_a_gathering_to_denounce_or_demand_is_one_protest(text):
    rows, events, _ = coded(text)
    assert [(e.event, e.mode) for e in events] == [("PROTEST", "demo")], rows
    assert events[0].text_info["rule"]["trigger"] == "protest-gathering", rows


@pytest.mark.parametrize("text", [
    "Demonstrators marched through Lyon on Saturday to denounce the pension bill.",
    "About 2,000 people demonstrated outside the embassy to condemn the air strikes.",
])
def test_the_denunciation_a_protest_is_held_for_is_its_topic(text):
    rows, events, _ = coded(text)
    assert [e.event for e in events] == ["PROTEST"], rows


@pytest.mark.parametrize("text,kept", [
    ("Ministers gathered in Brussels to denounce the bombing.", "ACCUSE"),       # officials: no demonstration
    ("Foreign ministers assembled in Geneva to condemn the coup.", "ACCUSE"),
    ("Supporters of the mayor gathered to praise his record.", None),             # no denunciation or demand
])
def test_no_protest_gathering_for_officials_or_other_purposes(text, kept):
    rows, events, _ = coded(text)
    assert not any(e.text_info["rule"]["trigger"] == "protest-gathering" for e in events), rows
    if kept:
        assert any(e.event == kept for e in events), rows


def test_a_denunciation_that_is_not_the_purpose_stays_apart():
    # the protesters' gathering is a protest of its own (people named as demonstrators), the mayor's denunciation is
    # no purpose of it and stays an ACCUSE by the mayor
    rows, events, _ = coded("Protesters gathered in Lyon, and the mayor denounced the pension bill.")
    assert any(e.text_info["rule"]["trigger"] == "protest-gathering" and e.event == "PROTEST" for e in events), rows
    assert any(e.event == "ACCUSE" for e in events), rows
