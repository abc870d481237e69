"""Language identification: document skips and foreign spans, on hand-written texts and on real
English news from ../shared/corpus (no false foreign spans allowed there)."""
from __future__ import annotations

import json

from conftest import shared_path
from eventwire.ingest import read_inputs
from eventwire.ingest.language import analyse, annotate, foreign_spans, script_runs
from eventwire.schema import Article, DocReport

FRENCH = ("Le gouvernement français a annoncé vendredi une nouvelle série de sanctions contre la Russie, "
          "a déclaré le ministre des affaires étrangères lors d'une conférence de presse à Paris.")
GERMAN = ("Die Bundesregierung hat am Freitag in Berlin neue Sanktionen gegen Russland beschlossen, wie ein "
          "Sprecher an die Presse mitteilte.")
SPANISH = "El gobierno anunció el viernes nuevas medidas contra la inflación, según informó el ministro."


def test_non_english_documents_are_skipped_with_language_code():
    for text, code in ((FRENCH, "fr"), (GERMAN, "de"), (SPANISH, "es")):
        r = annotate(Article(text=text, path="x.txt"))
        assert isinstance(r, DocReport) and r.status == "skipped" and r.reason == f"language:{code}", code
        assert r.path == "x.txt"


def test_read_inputs_language_skip(tmp_path):
    (tmp_path / "fr.txt").write_text(FRENCH)
    (tmp_path / "en.txt").write_text("Chad recalled its ambassador from Khartoum on Thursday, officials said.")
    en, fr = list(read_inputs([str(tmp_path)], language=True))
    assert isinstance(en, Article) and en.language == "en" and en.meta["foreign_spans"] == []
    assert fr.reason == "language:fr"


def test_foreign_paragraph_and_quote_in_english_article():
    text = ("Russia expelled a Moldovan diplomat on Friday, the foreign ministry in Moscow said.\n"
            f"{FRENCH}\n"
            "The minister told reporters: “Nous ne céderons jamais devant la menace terroriste,” before "
            "leaving for Brussels where he met his counterparts.")
    spans = foreign_spans(text)
    assert [s[2] for s in spans] == ["fr", "fr"]
    assert text[spans[0][0]:spans[0][1]] == FRENCH
    assert text[spans[1][0]:spans[1][1]] == "Nous ne céderons jamais devant la menace terroriste,"
    lang, _, letters = analyse(text)
    assert lang == "en" and letters["fr"] > 0 and letters["en"] > letters["fr"] / 2


def test_mostly_foreign_with_an_english_line_is_skipped():
    text = "\n".join([FRENCH, GERMAN, FRENCH.replace("vendredi", "samedi"),
                      "Officials said."])
    assert analyse(text)[0] == "fr"


def test_script_runs_offsets():
    t = "Hello «Мы не потерпим», said Zakharova. 東京 and Ж y"
    assert [t[s:e] for s, e in script_runs(t)] == ["Мы не потерпим", "東京"]  # a single letter is no run


def test_short_or_letterless_text_is_not_judged():
    assert analyse("12:40 — 3-1.")[0] == "und"
    a = annotate(Article(text="OK."))
    assert isinstance(a, Article) and a.meta["foreign_spans"] == []


def test_no_false_foreign_spans_on_real_english_news():
    texts = [json.loads(ln)["text"] for ln in shared_path("corpus", "voa", "voa_stories.jsonl").read_text().splitlines()]
    bbc = shared_path("corpus", "bbc_politics_2004_2005", "politics.jsonl").read_text().splitlines()
    texts += [json.loads(ln)["text"] for ln in bbc[:150]]
    bad = []
    for t in texts:
        lang, spans, _ = analyse(t)
        if lang != "en" or spans:
            bad.append((lang, [t[s:e][:60] for s, e, _ in spans]))
    assert bad == []


# --- a foreign paragraph with English sentences in it (language._foreign_sentences) ----------------------------
_FR = ("Le gouvernement français a annoncé mardi de nouvelles mesures contre la Russie, après des semaines de "
       "négociations difficiles avec ses partenaires européens. Paris a aussi convoqué l'ambassadeur.")


def test_english_sentences_of_a_foreign_paragraph_stay_codable():
    en_lead = "Ukraine accused Russia of shelling civilians in Kharkiv on Monday, the foreign ministry said.\n"
    text = en_lead + _FR + " France imposed new sanctions on Russia on Tuesday, the ministry said."
    lang, spans, _ = analyse(text)
    assert lang == "en"
    assert len(spans) == 1 and spans[0][2] == "fr"
    assert text[spans[0][0]:spans[0][1]] == _FR
    from eventwire.pipeline import code_text
    evs, _ = code_text(text)
    assert ("SANCTION", ["FRA"], ["RUS"]) in [(e.event, [a.code for a in e.actor], [a.code for a in e.recipient])
                                             for e in evs]


def test_foreign_paragraph_without_english_sentence_is_one_span():
    text = "Ukraine accused Russia of shelling civilians in Kharkiv on Monday, the ministry said.\n" + _FR + \
        " Il a dit que la France est prête à agir."
    lang, spans, _ = analyse(text)
    assert lang == "en"
    start = text.index("Le gouvernement")
    assert spans == [[start, len(text), "fr"]]


def test_mostly_french_document_with_one_english_sentence_is_still_french():
    lang, spans, letters = analyse(_FR + " France imposed new sanctions on Russia on Tuesday.")
    assert lang == "fr" and letters["en"] > 0
