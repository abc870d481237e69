"""'The North' / 'the South' in a story that has named one half of a divided land stands for that half
(actors.resolve.divided_half_step; lexicon divided_country_half). Training stories: all F1 0.6955 -> 0.6957;
dev and voa_news unchanged."""
import pytest

from test_coder_rules import coded


def parties(text):
    rows, events, _ = coded(text)
    return rows, [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events]


@pytest.mark.parametrize("text,event,actor,recipient", [
    ("North Korea fired two missiles on Sunday. UN resolutions bar the North from conducting missile tests.",
     "REJECT", "UNO", "PRK"),
    ("Seoul said on Monday it would send food aid. The North rejected the offer.", "REJECT", "PRK", None),
    ("Sudan accused rebels of shelling Heglig. The South denied the charge on Monday.", "REJECT", "SSD", None),
])
def test_the_compass_half_of_a_named_divided_land(text, event, actor, recipient):
    rows, got = parties(text)
    assert any(e == event and actor in a and (recipient is None or recipient in r) for e, a, r in got), rows


@pytest.mark.parametrize("text", [
    "U.S. officials alleged that the North admitted it had a uranium program.",  # no half named before
    "Voters in the South backed the senator, officials in Alabama said.",
])
def test_no_half_without_the_divided_land_in_the_story(text):
    rows, got = parties(text)
    assert not any(c in ("PRK", "KOR", "SSD") for _, a, r in got for c in a + r), rows
