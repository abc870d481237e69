"""The story's main place (geo.attach.story_main_place) is a city named twice or in the lead (the headline or the
first body paragraph); a city named once deep in a story ("similar schemes have not prevented attacks like the
Madrid rail bombing" in a story on British identity cards) no longer becomes the place, and through it the country,
of every event and sector actor of the story. Before, "first segment" meant the first segment with a place mention,
so a lone mention anywhere qualified. Training stories: all F1 0.6214 -> 0.6251; dev and voa_news unchanged."""
import pytest

from test_coder_rules import coded

BODY = ("The government has defended its plan for identity cards against critics.\n"
        "Officials said the cards would be issued from next year.\n")
ARREST = "Police arrested two protesters outside the ministry on Tuesday."


def _arrest(text):
    rows, events, _ = coded(text)
    hit = [e for e in events if e.event == "COERCE" and e.event_text == "arrested"]
    assert hit, rows
    return hit[0]


@pytest.mark.parametrize("aside", [
    "Critics said a similar scheme had failed to stop crime in Lyon.\n",
    "One critic recalled a failed pilot scheme in Osaka.\n",
    "One of the critics grew up in Toronto.\n",
])
def test_a_city_named_once_deep_in_the_story_is_no_story_place(aside):
    e = _arrest("Ministers defend identity card plan\n" + BODY + aside + ARREST)
    assert e.event_loc == []
    assert [a.code for a in e.actor] == [None]


@pytest.mark.parametrize("headline,code", [
    ("Police arrest protesters in Lyon", "FRA"),
    ("Osaka police hold protesters", "JPN"),
])
def test_a_city_in_the_headline_is_the_story_place(headline, code):
    e = _arrest(headline + "\n" + BODY + ARREST)
    assert [(l["country_code"], l["method"]) for l in e.event_loc] == [(code, "story")]
    assert [(a.code, a.sector) for a in e.actor] == [(code, "COP")]


def test_a_city_named_twice_is_the_story_place():
    e = _arrest("Ministers defend identity card plan\n" + BODY + "Critics in Lyon said the plan was flawed.\n"
                "Students in Lyon were unconvinced.\n" + ARREST)
    assert [(l["country_code"], l["method"]) for l in e.event_loc] == [("FRA", "story")]
