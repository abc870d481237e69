""""The North" and "the South" of a story that names a Korean state are North and South Korea
(actors.resolve.divided_half); elsewhere ("the North of England") and in longer names ("the South China Sea") they
stay regions."""
from __future__ import annotations

from eventwire import code_text


def _records(text):
    evs, _ = code_text(text, publication_date="2014-07-10")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient], [r.entity_text for r in e.recipient])
            for e in evs]


def test_the_north_after_north_korea_is_north_korea():
    got = _records("North Korea fired two missiles into the sea on Sunday.\n"
                   "Tokyo earlier this month vowed to lift some of its sanctions on the North.\n")
    assert ("CONCEDE", ["JPN"], ["PRK"], ["the North"]) in got, got


def test_the_south_after_south_korea_is_south_korea():
    got = _records("South Korea said on Monday it would host the regional games in September.\n"
                   "North Korea threatened to attack the South if the drills went ahead.\n")
    assert any(g[0] == "THREATEN" and g[1] == ["PRK"] and g[2] == ["KOR"] for g in got), got


def test_the_north_of_a_story_on_another_country_stays_a_region():
    got = _records("Britain's prime minister visited Manchester on Monday.\n"
                   "The government promised to invest in the North.\n")
    assert not any("PRK" in g[2] for g in got), got
