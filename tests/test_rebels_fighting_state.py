"""An armed group is of the country whose state it fights ("rebels fighting against Assad" -> SYR, "insurgents
battling Syrian troops" -> SYR): :meth:`eventwire.actors.resolve.ActorResolver.located_countries`. Variants of our
own wording."""
import pytest

from eventwire import code_text


def records(text):
    events, _ = code_text(text, publication_date="2024-05-01")
    return [(e.event, [(a.code, a.sector) for a in e.actor], [(r.code, r.sector) for r in e.recipient])
            for e in events]


@pytest.mark.parametrize("text,backer,country", [
    ("Turkey and Saudi Arabia have supported rebels fighting against Assad.", "TUR", "SYR"),
    ("Sudan has supported rebels fighting the government of Chad.", "SDN", "TCD"),
    ("Rwanda supported rebels battling Congolese troops.", "RWA", "COD"),
])
def test_backed_rebels_take_the_country_they_fight(text, backer, country):
    got = [r for r in records(text) if r[0] == "SUPPORT" and (backer, "GOV") in r[1]]
    assert got and (country, "REB") in got[0][2], records(text)


def test_rebels_fighting_no_state_keep_no_country():
    got = [r for r in records("Turkey supported rebels fighting in the mountains.") if r[0] == "SUPPORT"]
    assert got and got[0][2] and got[0][2][0][0] is None, got


def test_fighting_a_non_state_gives_no_country():
    got = [r for r in records("Kenya supported rebels fighting against a rival militia.") if r[0] == "SUPPORT"]
    assert got and all(c is None or c == "KEN" for c, _ in got[0][2]), got
