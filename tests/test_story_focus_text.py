"""The story's focus country is chosen by the text among the story's main countries (events.story_context.story_focus
with actors.infer.article_country_mentions): the coded records say which countries a story is about (every
country they name at least half as often as the most named one), the article's text says which of them is its
focus. Before, the records' count alone decided, and a story about two countries flipped its focus (and every
implicit recipient with it) when one record more or less was coded."""
from collections import Counter

import pytest

from eventwire.events.story_context import complete_from_story, story_focus
from test_story_context import ev


def _mentions(**counts):
    return Counter(counts), {c: i for i, c in enumerate(counts)}


def _two_country_story():
    return [ev("ACCUSE", ["MYS/GOV"], ["CHN"], start=10, sent=0),
            ev("REJECT", ["CHN/GOV"], [], start=200, sent=3),
            ev("CONSULT", ["MYS/GOV"], ["CHN"], start=400, sent=5),
            ev("DEMAND", ["CHN/GOV"], ["MYS"], start=600, sent=7)]


def test_the_text_decides_between_two_main_countries():
    evs = _two_country_story()
    # records: MYS 2 (lead)+1+1, CHN 2 (lead)+1+1+1: a near-tie
    assert story_focus(evs, _mentions(MYS=9, CHN=4)) == "MYS"
    assert story_focus(evs, _mentions(MYS=3, CHN=8)) == "CHN"


def test_the_focus_does_not_flip_when_one_record_is_lost():
    evs = _two_country_story()
    text = _mentions(MYS=9, CHN=4)
    for i in range(1, len(evs)):
        assert story_focus(evs[:i] + evs[i + 1:], text) == "MYS"
    # without the text, losing one record flips it (the fault this fixes)
    assert story_focus(evs) == "CHN" and story_focus(evs[:1] + evs[2:]) == "MYS"


def test_a_country_the_records_hardly_name_is_no_focus_however_often_the_text_names_it():
    evs = [ev("ACCUSE", ["GBR/GOV"], ["GBR/OPP"], start=10, sent=0), ev("REJECT", ["GBR/OPP"], [], start=90, sent=2),
           ev("CONSULT", ["GBR/GOV"], ["USA"], start=300, sent=4)]
    # records: GBR 2+2+1+1+1 = 7, USA 1 (far behind): GBR, though the text quotes Bush often
    assert story_focus(evs, _mentions(USA=9, GBR=4)) == "GBR"
    # a country the text names but no record does is no candidate ("An" matched as an organisation of Chad)
    assert story_focus(evs, _mentions(TCD=5)) == "GBR"


def test_no_text_keeps_the_records_count():
    evs = _two_country_story()
    assert story_focus(evs, None) == story_focus(evs) == "CHN"
    assert story_focus(evs, _mentions()) == "CHN"


def test_the_implicit_recipient_follows_the_text_focus():
    evs = _two_country_story()
    rej = lambda out: next(e for e in out if e.event == "REJECT")
    assert [r.code for r in rej(complete_from_story(evs, mentions=_mentions(MYS=9, CHN=4))).recipient] == ["MYS"]
    assert [r.code for r in rej(complete_from_story(evs, mentions=_mentions(MYS=2, CHN=9))).recipient] == ["CHN"]


# ---------------------------------------------------------------- the text's mentions

@pytest.fixture(scope="module")
def mentions():
    from eventwire.actors.dictionaries import load_dictionaries
    from eventwire.actors.infer import article_country_mentions
    from eventwire.nlp.model import load_model
    from eventwire.nlp.segment import segment_article

    nlp, D = load_model(), load_dictionaries()

    def run(text, title=None):
        seg = segment_article(text, title)
        return article_country_mentions([(s, nlp(s.text)) for s in seg.segments], D)[0]
    return run


def test_mentions_count_countries_demonyms_and_parties_with_the_lead_weighted(mentions):
    text = ("Malaysia said on Monday it would protest to China over a ship in its waters.\n\n"
            "Malaysian officials said the Chinese vessel left on Sunday.\n\n"
            "Kuala Lumpur has asked Beijing for talks.")
    c = mentions(text)
    assert c["MYS"] == 2 + 1 + 1 and c["CHN"] == 2 + 1 + 1


def test_a_dateline_counts_once_and_a_compass_word_is_no_place(mentions):
    text = ("TEHRAN: Syrian rebels shelled Aleppo on Monday, Syria's army said.\n\n"
            "The North of the country saw heavy fighting.")
    c = mentions(text, "Rebels shell Aleppo")
    assert c["IRN"] == 1
    assert c["SYR"] > c["IRN"]
    assert "CMR" not in c  # "the North" is no town of Cameroon


@pytest.mark.parametrize("text,home", [
    ("The North fired two missiles into the sea on Sunday.\n\nThe South said the North fired again. "
     "The North did not comment.", None),
    ("North Korea fired two missiles on Sunday.\n\nThe North fired again, North Korean media said. "
     "The North did not comment.", "PRK"),
])
def test_the_home_country_takes_no_compass_word_for_a_town(text, home):
    from eventwire.actors.dictionaries import load_dictionaries
    from eventwire.actors.infer import article_home_country
    from eventwire.nlp.model import load_model
    from eventwire.nlp.segment import segment_article

    nlp = load_model()
    seg = segment_article(text, None)
    assert article_home_country([(s, nlp(s.text)) for s in seg.segments], load_dictionaries()) == home
