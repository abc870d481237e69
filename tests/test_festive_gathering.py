"""A gathering held to celebrate, welcome, mourn or pray is no protest (PLOVER manual, PROTEST: demonstrations
against a target; admission.festive_gathering, lexicon festive_purpose_verb); one held to denounce or demand, or
against something, stays a PROTEST. Reported by a fresh user ("Supporters gathered to celebrate the victory" gave
PROTEST)."""
import pytest

from test_coder_rules import coded


def _protests(text):
    rows, events, _ = coded(text)
    return rows, [e for e in events if e.event == "PROTEST" and not e.negated]


@pytest.mark.parametrize("text", [
    "Thousands of supporters gathered in Ankara on Sunday to celebrate the victory.",
    "Mourners gathered outside the mosque to pray for the victims.",
    "Crowds assembled in the main square to welcome the returning team.",
    "Hundreds of fans marched through Buenos Aires to celebrate the World Cup win.",
    "Residents held a rally to commemorate the anniversary of independence.",
    "Veterans gathered in Kuwait City to mark the anniversary of the liberation.",
])
def test_a_festive_gathering_is_no_protest(text):
    rows, got = _protests(text)
    assert not got, rows


@pytest.mark.parametrize("text", [
    "Protesters gathered in Paris on Sunday to denounce the pension reform.",
    "Thousands rallied in Tbilisi to protest against the foreign agents law.",
    "Hundreds of students marched through Dhaka to demand the resignation of the minister.",
    "Opposition supporters held a rally against the government to mark the anniversary of the coup.",
    "Protesters gathered in Hong Kong to mark the anniversary of the crackdown.",
])
def test_a_gathering_to_protest_stays_a_protest(text):
    rows, got = _protests(text)
    assert got, rows


@pytest.mark.parametrize("text", [
    "Demonstrators gathered outside the embassy on Friday.",
    "Protesters assembled in the main square to mark the anniversary of the massacre.",
])
def test_demonstrators_gathering_is_a_protest(text):
    # the gathering of people named as demonstrators is the protest (triggers.protest_gatherings), without a stated
    # purpose of protest and whatever the detector reads
    rows, got = _protests(text)
    assert got, rows


def test_a_crowd_gathering_to_watch_is_no_protest_gathering():
    # the rule itself (the detector may read the sentence on its own): a crowd is no demonstrator without a purpose of
    # protest, demonstrators are
    from eventwire.events.triggers import protest_gatherings
    from eventwire.nlp.model import load_model

    def fired(text):
        return [t for s in load_model()(text).sents for t in protest_gatherings(s, [], None)]
    assert not fired("Crowds gathered in the capital to watch the parade.")
    assert fired("Demonstrators gathered in the capital to watch the parade.")
