"""A monarch named by a bare title ("the Queen", "the King", "the monarch") is the monarch of the monarchy the story
names last before it, else the British monarch (a queen until 8 September 2022, a king from then): never the country
of the other parties (actors.resolve.bare_monarch_step; lexicon royal_title, monarchy_country). Before: "the Queen"
took the story's located country ("Kenyan President William Ruto ... The Queen invited him" was KEN). Also: King
Charles III is GBR in the packaged people table (the knowledge base gave Grenada, one of his realms)."""
import pytest

from test_coder_rules import coded


def actors(text, pub):
    rows, events, _ = coded(text, pub=pub)
    return rows, [(e.event, [(a.code, a.sector) for a in e.actor]) for e in events]


@pytest.mark.parametrize("text,pub,event,code", [
    ("Nigerian President Muhammadu Buhari met officials in Abuja on Monday. Later, the Queen praised Nigeria for "
     "its democracy.", "2015-05-01", "SUPPORT", "GBR"),
    ("Kenyan President William Ruto will travel to Britain next week. The Queen invited him to a state banquet.",
     "2019-05-01", "AGREE", "GBR"),
    ("Nigerian President Bola Tinubu met officials in Abuja on Monday. Later, the King praised Nigeria for its "
     "democracy.", "2023-05-01", "SUPPORT", "GBR"),
    # the story's own monarchy
    ("Thousands protested in Bangkok on Sunday. The Queen urged calm.", "2015-05-01", "REQUEST", "THA"),
    ("Jordan's King Abdullah met Israeli leaders. The King urged calm.", "2015-05-01", "REQUEST", "JOR"),
    # a named monarch of several realms is the British one
    ("King Charles praised Nigeria for its democracy.", "2023-05-01", "SUPPORT", "GBR"),
])
def test_a_bare_royal_title(text, pub, event, code):
    rows, got = actors(text, pub)
    assert (event, [(code, "GOV")]) in got, rows


def test_before_2022_a_bare_king_is_not_the_british_monarch():
    rows, got = actors("Nigerian President Muhammadu Buhari met officials in Abuja on Monday. Later, the King praised "
                       "Nigeria for its democracy.", "2015-05-01")
    assert not any(a and a[0][0] == "GBR" for _, a in got), rows


def test_a_qualified_title_keeps_its_country():
    rows, got = actors("The Queen of Jordan praised Nigeria for its democracy.", "2015-05-01")
    assert ("SUPPORT", [("JOR", "GOV")]) in got, rows
