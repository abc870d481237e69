"""Fresh-user kinds (stop 22) on actor entities, coded end to end.

* A person's span after a hyphenated title never starts inside the hyphenated word
  (:func:`eventwire.actors.resolve.hyphen_joined`): "UN Secretary-General Antonio Guterres" was written
  "General Antonio Guterres".
* A portfolio minister or secretary ("defence minister", "interior minister", "defense secretary") is the
  government (GOV), as the ministry is: the portfolio is the office, not the holder's sector (sector_nouns.tsv).
"""
from __future__ import annotations

import pytest

from eventwire import code_text


def actors(text, pub="2023-06-14"):
    events, _ = code_text(text, publication_date=pub)
    return [(a.entity_text, a.code, a.sector) for e in events for a in e.actor]


@pytest.mark.parametrize("text,written,code", [
    ("UN Secretary-General Antonio Guterres urged the Sudanese army to return to talks.",
     "UN Secretary-General Antonio Guterres", "UNO"),
    ("NATO Secretary-General Mark Rutte criticized Russia on Monday.", "NATO Secretary-General Mark Rutte", "IGO"),
    ("Vice-President Kamala Harris met Ukrainian President Volodymyr Zelensky in Munich.",
     "Vice-President Kamala Harris", "USA"),
    ("U.S. Vice-President Kamala Harris condemned the attack.", "U.S. Vice-President Kamala Harris", "USA"),
])
def test_hyphenated_title_is_kept_whole(text, written, code):
    got = actors(text)
    assert got and got[0][:2] == (written, code), got
    assert text[text.index(written):].startswith(written)


def test_span_offsets_match_the_text():
    text = "UN Secretary-General Antonio Guterres urged the Sudanese army to return to talks."
    events, _ = code_text(text, publication_date="2023-06-14")
    a = events[0].actor[0]
    assert text[a.start:a.end] == a.entity_text == "UN Secretary-General Antonio Guterres"


@pytest.mark.parametrize("text,code", [
    ("Poland's defence minister denied the report on Monday.", "POL"),
    ("The defense minister of Poland denied the report on Monday.", "POL"),
    ("Britain's defence secretary visited Kyiv on Monday.", "GBR"),
    ("Israel's defense minister threatened Hezbollah.", "ISR"),
    ("Ukraine's interior minister accused Russia of war crimes.", "UKR"),
    ("Germany's justice minister criticized Hungary.", "DEU"),
])
def test_portfolio_minister_is_government(text, code):
    got = actors(text)
    assert got and got[0][1:] == (code, "GOV"), got


def test_army_chief_stays_military():
    assert actors("The army chief accused India of provocation.")[0][2] == "MIL"


@pytest.mark.parametrize("text", [
    "Arab League Secretary-General Ahmed Aboul Gheit condemned the strike on Gaza.",
    "Arab League Secretary General Ahmed Aboul Gheit condemned the strike on Gaza.",
    "OIC Secretary-General Hissein Brahim Taha condemned the strike on Gaza.",
])
def test_a_bodys_secretary_general_is_no_general(text):
    # eventwire.actors.titles.title_sector: "... secretary general" is GOV before "general" is MIL
    assert actors(text)[0][1:] == ("IGO", "GOV")


def test_title_sector_prefers_the_longest_listed_ending():
    from eventwire.actors.dictionaries import load_dictionaries
    from eventwire.actors.titles import title_sector

    D = load_dictionaries()
    assert title_sector(D, "arab league secretary general") == "GOV"
    assert title_sector(D, "lieutenant general") == "MIL"
    assert title_sector(D, "polish defence minister") == "GOV"


def test_hyphen_joined_reads_words_and_numbers(nlp):
    from eventwire.actors.resolve import hyphen_joined

    doc = nlp("The 14-year-old boy met Vice-President Harris - and left.")
    hy = [t.i for t in doc if t.text == "-"]
    got = [hyphen_joined(doc, i) for i in hy]
    assert got[:-1] == [True] * (len(hy) - 1) and got[-1] is False  # the spaced dash joins nothing
