"""Language identification: per document (skip non-English with reason ``language:xx``) and per
paragraph/quote/script run (so an English article is coded on its English parts only).

Detector: lingua-language-detector (pemistahl/lingua-py), restricted to :data:`LANGUAGES` (the
languages that make up most of the world's news output) in low-accuracy mode: ~45 MB per process
instead of ~500 MB for the high-accuracy models, and reliable on the paragraph-length texts it is given
here (texts shorter than :data:`MIN_LETTERS` letters are never judged alone). The detector is built
once per process.

Foreign spans (field case C32) are, in article-text offsets:

1. runs of letters in a non-Latin script (Cyrillic, Greek, Arabic, Hebrew, CJK, Devanagari...), e.g. a
   Russian quote inside an English paragraph, labelled with the language lingua gives the run;
2. whole paragraphs (lines) whose Latin-script text lingua assigns to another language with confidence
   >= :data:`MIN_CONFIDENCE`, less their sentences that show positive evidence of English (a French lead
   sentence and the English report in one paragraph: :func:`_foreign_sentences`);
3. quoted passages (“...”, "...", «...», „...“) inside English paragraphs, judged the same way.

They are recorded as ``Article.meta["foreign_spans"] = [[start, end, lang], ...]`` (sorted, not
overlapping; ``lang`` ISO 639-1, ``"xx"`` when unknown); the coder skips them. The document language
is ``en`` when English covers at least :data:`MIN_ENGLISH_SHARE` of the judged letters, otherwise the
language with most letters (then the document is skipped with ``language:<code>``).
"""
from __future__ import annotations

import functools
import re
from typing import Iterable, Iterator

from ..schema import Article, DocReport

#: ISO 639-1 codes the detector chooses among.
LANGUAGES: tuple[str, ...] = (
    "en", "fr", "de", "es", "pt", "it", "nl", "ru", "uk", "ar", "zh", "ja", "ko", "tr", "pl", "fa", "hi",
    "id", "sw", "sv", "he", "el", "ro", "vi", "ur", "bn", "th", "cs", "hu", "so", "da", "fi", "sr", "hr",
    "bg", "ms", "tl", "af", "az", "ka", "hy",
)
#: Fewest letters a text must have to be judged on its own.
MIN_LETTERS = 20
#: A paragraph or quote is foreign only when the detector is at least this sure (on 512 English articles
#: of ../shared/corpus, misjudged English lines scored up to 0.998, real French/Spanish/German 0.9999+) ...
MIN_CONFIDENCE = 0.999
#: ... it has at least this many letters (low-accuracy lingua is unreliable on shorter Latin text) ...
MIN_FOREIGN_LETTERS = 40
#: ... and fewer than two English function words or under 12% of its words are (a veto measured on 512 English news articles
#: of ../shared/corpus, where lingua alone mislabelled short English headlines and quotes).
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in is was for on that with by said from has have are were be it as at an this which".split())
_WORD = re.compile(r"[^\W\d_]+")
#: Share of judged letters that must be English for the document to be coded (C32: English lead,
#: Russian quote and French paragraph is an English document).
MIN_ENGLISH_SHARE = 0.25

_QUOTED = re.compile(r"“([^”\n]{2,})”|\"([^\"\n]{2,})\"|«([^»\n]{2,})»|„([^“”\n]{2,})[“”]")


@functools.lru_cache(maxsize=1)
def detector():
    """The process-wide lingua detector over :data:`LANGUAGES` (built on first use, ~45 MB)."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in LANGUAGES if hasattr(IsoCode639_1, c.upper())]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


_LATIN_RANGES = "\u0000-\u024f\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff\uff21-\uff5a"
_NON_LATIN_LETTER = re.compile(f"[^\\W\\d_{_LATIN_RANGES}]")
_LATIN_LETTER = re.compile(f"[^\\W\\d_](?<=[{_LATIN_RANGES}])")
#: Longest text handed to the detector at once: longer paragraphs are judged on an evenly spread sample.
SAMPLE_CHARS = 3000


def _letters(s: str) -> int:
    return sum(map(str.isalpha, s))


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    k = SAMPLE_CHARS // 3
    mid = len(text) // 2
    return " ".join((text[:k], text[mid - k // 2: mid + k // 2], text[-k:]))


def judge(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, confidence 0..1) of ``text``; ``(None, 0.0)`` when it has fewer than
    :data:`MIN_LETTERS` letters or the detector cannot tell."""
    text = _sample(text)
    if _letters(text) < MIN_LETTERS:
        return None, 0.0
    vals = detector().compute_language_confidence_values(text)
    if not vals:
        return None, 0.0
    top = vals[0]
    return top.language.iso_code_639_1.name.lower(), float(top.value)


def is_foreign_latin(text: str) -> str | None:
    """The language of Latin-script ``text`` when it is confidently not English (see
    :data:`MIN_CONFIDENCE`, :data:`MIN_FOREIGN_LETTERS`, :data:`ENGLISH_FUNCTION_WORDS`), else None."""
    if _letters(text) < MIN_FOREIGN_LETTERS:
        return None
    words = _WORD.findall(text.lower())
    n_fw = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS)
    if n_fw >= 2 and n_fw >= 0.12 * len(words):  # German/French share "in", "an", "on": use a share
        return None
    lang, conf = judge(text)
    return lang if lang is not None and lang != "en" and conf >= MIN_CONFIDENCE else None


def script_runs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of runs of non-Latin-script letters in ``text[start:end]`` (runs may
    include spaces, digits and punctuation between such letters, never a Latin letter); runs of a
    single letter are ignored."""
    end = len(text) if end is None else end
    runs: list[list[int]] = []
    for m in _NON_LATIN_LETTER.finditer(text, start, end):
        i = m.start()
        if runs and not _LATIN_LETTER.search(text, runs[-1][1], i):
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    return [(s, e) for s, e in runs if e - s >= 2]


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        if line.strip():
            yield s + (len(line) - len(line.lstrip())), s + len(line.rstrip())


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’»)]?\s+(?=[\"“‘«(]?[A-Z0-9À-Ý])")


def is_english_sentence(text: str) -> bool:
    """True when ``text`` shows positive evidence of English: at least :data:`MIN_LETTERS` letters, two
    English function words making at least 12% of its words (:data:`ENGLISH_FUNCTION_WORDS`), and no
    confident foreign verdict (:func:`is_foreign_latin`)."""
    if _letters(text) < MIN_LETTERS:
        return False
    words = _WORD.findall(text.lower())
    n_fw = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS)
    return n_fw >= 2 and n_fw >= 0.12 * len(words) and is_foreign_latin(text) is None


def _foreign_sentences(text: str, start: int, end: int, lang: str) -> list[tuple[int, int, str]]:
    """A paragraph judged foreign (``lang``), cut into stretches ``(start, end, lang or "en")``: its sentences
    with positive evidence of English (:func:`is_english_sentence`) are ``en``, the rest, merged with their
    neighbours, keep ``lang``. A French lead sentence followed by the English report in one paragraph (a
    bilingual wire item) then leaves the English part codable; a paragraph with no English sentence is one
    foreign stretch, as before."""
    cuts = [start] + [m.end() for m in _SENTENCE_END.finditer(text, start, end)] + [end]
    out: list[list] = []
    for s0, e0 in zip(cuts, cuts[1:]):
        piece = text[s0:e0].rstrip()
        e1 = s0 + len(piece)
        tag = "en" if is_english_sentence(piece) else lang
        if out and out[-1][2] == tag:
            out[-1][1] = e1
        else:
            out.append([s0, e1, tag])
    if not any(t == "en" for _, _, t in out):
        return [(start, end, lang)]
    return [tuple(x) for x in out]


def analyse(text: str) -> tuple[str, list[list], dict[str, int]]:
    """Language analysis of an article text.

    Returns ``(language, foreign_spans, letters_by_language)``: ``language`` is the document language
    (ISO 639-1; ``en`` per the :data:`MIN_ENGLISH_SHARE` rule, ``"und"`` when nothing could be judged
    — such documents are treated as English); ``foreign_spans`` as described in the module docstring;
    ``letters_by_language`` counts the letters judged in each language. Never raises.
    """
    spans: list[list] = []
    letters: dict[str, int] = {}
    for ps, pe in _paragraphs(text):
        runs = script_runs(text, ps, pe)
        chars = list(text[ps:pe])
        for rs, re_ in runs:
            for i in range(rs - ps, re_ - ps):
                chars[i] = " "
        residual = "".join(chars)
        lang = "en" if _letters(residual) >= MIN_LETTERS else None
        foreign = is_foreign_latin(residual) if lang else None
        run_langs = []
        for rs, re_ in runs:
            rl = judge(text[rs:re_])[0] if _letters(text[rs:re_]) >= 3 else None
            if rl is None:  # short runs: one detector call without the length floor
                vals = detector().compute_language_confidence_values(text[rs:re_])
                rl = vals[0].language.iso_code_639_1.name.lower() if vals else "xx"
            run_langs.append((rs, re_, rl))
        if foreign:
            for fs, fe, fl in _foreign_sentences(text, ps, pe, foreign):
                if fl == "en":
                    letters["en"] = letters.get("en", 0) + _letters(text[fs:fe])
                else:
                    spans.append([fs, fe, fl])
                    letters[fl] = letters.get(fl, 0) + _letters(text[fs:fe])
            continue
        for rs, re_, rl in run_langs:
            if rl != "en":
                spans.append([rs, re_, rl])
                letters[rl] = letters.get(rl, 0) + _letters(text[rs:re_])
        if lang is None:
            continue
        en_letters = _letters(residual)
        for m in _QUOTED.finditer(text, ps, pe):
            g = next(i for i in range(1, 5) if m.group(i) is not None)
            qs, qe = m.start(g), m.end(g)
            if any(rs < qe and qs < re_ for rs, re_, _ in run_langs):
                continue
            ql = is_foreign_latin(text[qs:qe])
            if ql:
                spans.append([qs, qe, ql])
                n = _letters(text[qs:qe])
                letters[ql] = letters.get(ql, 0) + n
                en_letters -= n
        letters["en"] = letters.get("en", 0) + max(en_letters, 0)
    spans.sort()
    total = sum(letters.values())
    if not total:
        return "und", spans, letters
    if letters.get("en", 0) / total >= MIN_ENGLISH_SHARE:
        return "en", spans, letters
    return max(sorted(letters), key=lambda k: letters[k]), spans, letters


def foreign_spans(text: str) -> list[list]:
    """Character spans ``[[start, end, lang], ...]`` of non-English parts of ``text`` (see module doc).
    The function the pipeline calls; never raises."""
    return analyse(text)[1]


def annotate(article: Article) -> Article | DocReport:
    """Set ``article.language`` and ``article.meta["foreign_spans"]``; return the article, or a
    ``skipped`` :class:`DocReport` with reason ``language:<code>`` when it is not in English."""
    lang, spans, _ = analyse(article.text)
    if lang not in ("en", "und"):
        return DocReport(article.id, "skipped", f"language:{lang}", path=article.path)
    article.language = "en"
    article.meta["foreign_spans"] = spans
    return article


def annotate_all(items: Iterable[Article | DocReport]) -> Iterator[Article | DocReport]:
    """:func:`annotate` every Article of ``items``; DocReports pass through unchanged."""
    for it in items:
        yield annotate(it) if isinstance(it, Article) else it

