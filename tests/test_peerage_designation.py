"""A peer's territorial designation ("Lord Faulkner of Worcester", "Baroness Smith of Basildon") is part of the title:
the place is no place of the story (nlp.views.peerage_designation, read by the article's home country and country
mentions, the geoparser's mentions and the resolver's "of" phrases), and the peer is a member of the House of Lords,
GBR LEG (actors.infer.peer_with_designation; lexicon peerage_title; Debrett's styles of the peerage). Training stories:
all F1 0.7192 -> 0.7212 (a British story went USA through Worcester, Massachusetts); dev 0.7082 and voa_news 0.6523
unchanged."""
import pytest

from test_coder_rules import coded
from eventwire.nlp.views import peerage_designation


def parties(text):
    rows, events, _ = coded(text)
    return rows, [(e.event, [(a.code, a.sector) for a in e.actor], [(r.code, r.sector) for r in e.recipient])
                  for e in events]


@pytest.mark.parametrize("text,word", [
    ("Lord Faulkner of Worcester said it was wrong.", "Worcester"),
    ("Baroness Smith of Basildon criticized the plan.", "Basildon"),
    ("The Earl Howe of Penn spoke.", "Penn"),
])
def test_the_place_after_a_peer_is_a_designation(nlp, text, word):
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == word)
    assert peerage_designation(doc, i)


@pytest.mark.parametrize("text,word", [
    ("Mr Faulkner of Worcester said it was wrong.", "Worcester"),  # no peerage title
    ("The people of Worcester said it was wrong.", "Worcester"),
    ("Lord Faulkner visited Worcester.", "Worcester"),  # no "of"
])
def test_no_designation_without_peer_and_of(nlp, text, word):
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == word)
    assert not peerage_designation(doc, i)


@pytest.mark.parametrize("text,event", [
    ("Lord Faulkner of Worcester criticized the government's plan.", "ACCUSE"),
    ("Baroness Smith of Basildon accused the minister of lying.", "ACCUSE"),
])
def test_a_designated_peer_is_a_british_legislator(text, event):
    rows, got = parties(text)
    assert any(e == event and a == [("GBR", "LEG")] for e, a, r in got), rows


def test_a_story_with_a_peer_of_an_ambiguous_town_stays_british():
    rows, got = parties(
        "A group of MPs and peers has called for tighter rules on betting.\n\n"
        "Lord Faulkner of Worcester, who chaired the inquiry, said: \"We accept that most betting is fair.\" "
        "He said it was important that the government works with sporting bodies.")
    assert any(e == "REQUEST" and a and a[0][0] == "GBR" for e, a, r in got), rows
    assert not any(c == "USA" for e, a, r in got for c, _ in a + r), rows
