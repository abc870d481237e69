"""Duplicate stories across a batch: exact (content hash) and near-duplicate (MinHash/LSH).

A syndicated wire story printed under two URLs (field case C31) becomes ONE story: the first copy in
input order is the canonical article and is coded; every later copy is skipped with reason
``duplicate:<canonical article id>``, so its events are not counted twice. The canonical article
carries ``meta["story_id"]`` (``"s-"`` + content hash of the canonical id; every article gets one) and
``meta["mentions"]`` (URLs — or paths when there is no URL — of the other copies, in input order) and
``meta["duplicate_ids"]`` (their article ids), ``meta["urls"]`` (only the other copies' URLs) and
``meta["copies"]`` (per copy: ``id``, ``url``, ``outlet``, ``publication_date``, ``path``; the store
writes one mention per copy from it, with the copy's own outlet: :func:`record_copy`).

Rules (source: Broder 1997 shingling; datasketch MinHash/LSH, ekzhu/datasketch):

* exact: equal word sequence after lower-casing and dropping punctuation/whitespace differences;
* near: candidates from an LSH index over word 3-shingles (Jaccard >= :data:`LSH_THRESHOLD`), confirmed
  when the estimated containment of the shorter copy's 3-shingles in the longer one is
  >= :data:`HIGH_CONTAINMENT` (a copy cut short), or >= :data:`MIN_CONTAINMENT` AND the word-set
  Jaccard is >= :data:`MIN_WORD_JACCARD` (C31: an AP lead and a rewritten local copy: containment 0.61,
  word Jaccard 0.74; BBC follow-up stories on the same news, which are separate stories: containment
  0.45-0.58 with word Jaccard 0.50-0.58);
* never a duplicate when both copies carry full publication dates more than :data:`MAX_DAYS_APART`
  days apart (a re-run years later is a new mention of an old text, coded as its own story);
* never a duplicate when the leads (first :data:`LEAD_WORDS` words) name different countries (:func:`lead_countries`):
  one wire template filled for Poland and for Estonia ("Poland expelled two Russian diplomats on 12 May ...") is
  two stories, however alike the words;
* texts with fewer than :data:`MIN_WORDS` words are only deduplicated exactly.

Memory: one 128-permutation MinHash per distinct story (~1 KB), so a batch of 1M articles needs ~1 GB;
runs that large should dedupe per shard (the runner's chunking) or against the store.
"""
from __future__ import annotations

import re
from collections import deque
from datetime import date
from typing import Iterable, Iterator

from ..schema import Article, DocReport, stable_id

NUM_PERM = 128
LSH_THRESHOLD = 0.3
MIN_CONTAINMENT = 0.5
MIN_WORD_JACCARD = 0.65
#: Containment at which a copy is a duplicate whatever its word overlap (a wire story cut short).
HIGH_CONTAINMENT = 0.8
MAX_DAYS_APART = 7
MIN_WORDS = 8
_WORD = re.compile(r"\w+")


def words_of(text: str) -> list[str]:
    """Lower-cased ``\\w+`` tokens of ``text``."""
    return _WORD.findall(text.lower())


def _shingles(words: list[str], k: int = 3) -> set[str]:
    if len(words) < k:
        return {" ".join(words)}
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def _minhash(tokens: set[str]):
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch([t.encode("utf-8") for t in sorted(tokens)])
    return m


#: How many words of a text's start make its lead, whose countries two copies of one story share.
LEAD_WORDS = 60
#: The characters of a text's start kept to read its lead from (60 words fit in them; ~0.8 KB per story kept).
LEAD_CHARS = 800
_LEAD_WORD = re.compile(r"[A-Za-z][\w'’.-]*")


def lead_countries(text: str) -> frozenset[str]:
    """ISO3 codes of the countries named (by a capitalised name, one or two words, of the offline gazetteer) in the
    first :data:`LEAD_WORDS` words of ``text``."""
    from ..geo.gazetteer import load_gazetteer

    gz = load_gazetteer()
    words = [re.sub(r"(['’]s|[.'’])$", "", w) for w in _LEAD_WORD.findall(text[:LEAD_CHARS])][:LEAD_WORDS]
    out = set()
    for i, w in enumerate(words):
        if not w[:1].isupper():
            continue
        for name in ((w + " " + words[i + 1]) if i + 1 < len(words) else None, w):
            if name and (c := next((p.country_code for p, primary in gz.candidates(name)
                                    if primary and p.kind == "country"), None)):
                out.add(c)
                break
    return frozenset(out)


def _other_countries(a: frozenset, b: frozenset) -> bool:
    """True when two leads each name countries and not the same ones."""
    return bool(a) and bool(b) and a != b


def _days_apart(a: str | None, b: str | None) -> int | None:
    if not a or not b or len(a) < 10 or len(b) < 10:
        return None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


class Story:
    """What the deduper keeps of a canonical article: ``article_id``, ``story_id``,
    ``publication_date`` (never the text, so memory does not grow with article length)."""

    __slots__ = ("article_id", "story_id", "publication_date")

    def __init__(self, art: Article) -> None:
        self.article_id = art.id
        self.story_id = "s-" + stable_id(art.id)
        self.publication_date = art.publication_date


class Deduper:
    """Stateful duplicate detector over a stream of articles (keeps one :class:`Story` and two
    MinHashes per distinct story).

    :meth:`check` returns the :class:`Story` an article duplicates, or None (then the article itself
    becomes a canonical story, see :meth:`story_of`).
    """

    def __init__(self) -> None:
        from datasketch import MinHashLSH

        self._exact: dict[str, Story] = {}
        self._by_id: dict[str, Story] = {}
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._info: dict[str, tuple] = {}  # key -> (article, shingle MinHash, n_shingles, word MinHash)
        self._n = 0

    def story_of(self, article_id: str) -> Story | None:
        """The :class:`Story` of a canonical article id, or None."""
        return self._by_id.get(article_id)

    def check(self, art: Article) -> Story | None:
        words = words_of(art.text)
        key = stable_id(" ".join(words), length=32)
        canon = self._exact.get(key)
        if canon is not None:
            return canon
        story = Story(art)
        self._exact[key] = story
        self._by_id.setdefault(art.id, story)
        if len(words) < MIN_WORDS:
            return None
        sh = _shingles(words)
        wset = set(words)
        msh, mw = _minhash(sh), _minhash(wset)
        lead = None
        best = None
        for cand in sorted(self._lsh.query(msh)):
            other, osh, on, ow, olead = self._info[cand]
            apart = _days_apart(art.publication_date, other.publication_date)
            if apart is not None and apart > MAX_DAYS_APART:
                continue
            lead = lead_countries(art.text) if lead is None else lead
            if not isinstance(olead, frozenset):  # the candidate's lead, read on first comparison
                olead = lead_countries(olead)
                self._info[cand] = (other, osh, on, ow, olead)
            if _other_countries(lead, olead):
                continue
            j3 = msh.jaccard(osh)
            containment = j3 * (len(sh) + on) / ((1 + j3) * min(len(sh), on))
            if containment >= HIGH_CONTAINMENT or (containment >= MIN_CONTAINMENT
                                                   and mw.jaccard(ow) >= MIN_WORD_JACCARD):
                score = (containment, -self._order(cand))
                if best is None or score > best[0]:
                    best = (score, other)
        if best is not None:
            return best[1]
        lkey = f"{self._n:012d}"
        self._n += 1
        self._lsh.insert(lkey, msh)
        # the lead's countries, or its text (read only if another story comes near it)
        self._info[lkey] = (story, msh, len(sh), mw, lead if lead is not None else art.text[:LEAD_CHARS])
        return None

    @staticmethod
    def _order(key: str) -> int:
        return int(key)


def is_copy(text_a: str, text_b: str, date_a: str | None = None, date_b: str | None = None) -> bool:
    """True when two texts are copies of one story by the rules of this module (exact word sequence;
    or 3-shingle containment >= :data:`HIGH_CONTAINMENT`, or >= :data:`MIN_CONTAINMENT` with word
    Jaccard >= :data:`MIN_WORD_JACCARD`; never when full publication dates are more than
    :data:`MAX_DAYS_APART` days apart or the leads name different countries; texts under :data:`MIN_WORDS` words
    only when equal).

    The exact-set form of :meth:`Deduper.check` (which estimates the same ratios with MinHash over a
    stream): used to tell syndicated copies from independent reports among the few articles of one
    event cluster (:mod:`eventwire.corroboration.sources`)."""
    wa, wb = _words_cached(text_a), _words_cached(text_b)
    if wa[0] == wb[0]:
        return True
    apart = _days_apart(date_a, date_b)
    if apart is not None and apart > MAX_DAYS_APART:
        return False
    if min(len(wa[0]), len(wb[0])) < MIN_WORDS:
        return False
    if _other_countries(lead_countries(text_a), lead_countries(text_b)):
        return False
    sa, sb = wa[1], wb[1]
    containment = len(sa & sb) / max(1, min(len(sa), len(sb)))
    if containment >= HIGH_CONTAINMENT:
        return True
    if containment < MIN_CONTAINMENT:
        return False
    ja, jb = wa[2], wb[2]
    return len(ja & jb) / max(1, len(ja | jb)) >= MIN_WORD_JACCARD


_COPY_CACHE: dict[int, tuple] = {}


def _words_cached(text: str) -> tuple:
    """(words tuple, 3-shingle set, word set) of ``text``; a small cache keyed by the text's hash so the
    articles of a cluster are shingled once per process (bounded: cleared at 4,096 entries)."""
    key = hash(text)
    got = _COPY_CACHE.get(key)
    if got is not None and got[3] == len(text):
        return got
    words = tuple(words_of(text))
    if len(_COPY_CACHE) >= 4096:
        _COPY_CACHE.clear()
    got = (words, _shingles(list(words)), set(words), len(text))
    _COPY_CACHE[key] = got
    return got


def record_copy(canon: Article, copy: Article) -> None:
    """Note ``copy`` (a duplicate of the canonical article ``canon``, still to be coded) in
    ``canon.meta``: ``mentions`` (its URL, else path, else id), ``duplicate_ids``, ``urls`` (other
    URLs only) and ``copies`` (one dict per copy: ``id``, ``url``, ``outlet``, ``publication_date``,
    ``path``), from which the store writes one mention per copy with the copy's own outlet."""
    from ..corroboration.sources import outlet_of

    canon.meta.setdefault("mentions", []).append(_mention(copy))
    canon.meta.setdefault("duplicate_ids", []).append(copy.id)
    urls = canon.meta.setdefault("urls", [])
    if copy.url and copy.url != canon.url and copy.url not in urls:
        urls.append(copy.url)
    canon.meta.setdefault("copies", []).append({
        "id": copy.id, "url": copy.url, "outlet": outlet_of(copy), "publication_date": copy.publication_date,
        "path": copy.path})


def _mention(a: Article) -> str:
    return a.url or a.path or a.id


def dedupe(items: Iterable[Article | DocReport], *, window: int = 256,
           deduper: Deduper | None = None) -> Iterator[Article | DocReport]:
    """Yield ``items`` in input order with duplicates replaced by ``skipped`` DocReports
    (reason ``duplicate:<canonical id>``) and ``story_id``/``mentions``/``duplicate_ids`` set in the
    canonical articles' ``meta`` (see module doc).

    ``window``: how many items are held back before being yielded, so that copies arriving within
    that many documents are listed in the canonical's ``mentions`` before it is coded (a later copy
    is still skipped and names the canonical id in its reason). Memory: ``window`` articles.
    """
    dd = deduper or Deduper()
    buf: deque = deque()
    pending: dict[str, Article] = {}  # canonical articles still in the buffer, by id
    for it in items:
        if isinstance(it, Article):
            story = dd.check(it)
            if story is None:
                story = dd.story_of(it.id)
                it.meta["story_id"] = story.story_id if story else "s-" + stable_id(it.id)
                it.meta["mentions"] = []
                it.meta["duplicate_ids"] = []
                it.meta["urls"] = []
                pending.setdefault(it.id, it)
            else:
                canon = pending.get(story.article_id)
                if canon is not None and canon is not it:
                    record_copy(canon, it)
                it = DocReport(it.id, "skipped", f"duplicate:{story.article_id}", path=it.path)
        buf.append(it)
        if len(buf) > window:
            out = buf.popleft()
            if isinstance(out, Article) and pending.get(out.id) is out:
                del pending[out.id]
            yield out
    while buf:
        yield buf.popleft()


def note_uncoded_originals(reports: list[DocReport]) -> list[DocReport]:
    """The run report ``reports`` with every ``duplicate:<id>`` reason whose original ``<id>`` was not coded in
    the run told so: ``duplicate:<id> (<id> was not coded: skipped, eventwire_output: ...)``, so that a reader
    who looks for the copy that was coded is not sent to one that was skipped or failed after dedupe. An
    original not reported in ``reports`` (coded by an earlier run into the store, say) is left as it is.

    Shape: dedupe picks the first copy in input order before coding; language skips are decided before it when
    the runner detects language in :func:`eventwire.ingest.read_inputs`, so what is left are originals skipped
    or failed later (the run's own output files, an article left empty by boilerplate removal, a coding fault).
    Source: fresh-user finding (stop 18): ``duplicate:fr1`` named a document skipped as ``language:fr``. A copy of a
    copy names the original at the chain's end: ``duplicate:x4 (x4 is a copy of x3, coded)``.
    Returns a new list; the reports themselves are not modified (changed ones are copies).
    """
    from dataclasses import replace

    outcome: dict[str, DocReport] = {}
    copy_of: dict[str, str] = {}
    for r in reports:
        if r.article_id is None:
            continue
        if (r.reason or "").startswith("duplicate:"):
            copy_of.setdefault(r.article_id, r.reason[len("duplicate:"):].split(" (", 1)[0])
            continue
        if r.article_id not in outcome or r.status == "coded":
            outcome[r.article_id] = r
    out = []
    for r in reports:
        reason = r.reason or ""
        if r.status == "skipped" and reason.startswith("duplicate:") and " (" not in reason:
            first = reason[len("duplicate:"):]
            root, seen = first, {r.article_id}
            while root in copy_of and root not in seen and root not in outcome:
                seen.add(root)
                root = copy_of[root]
            orig = outcome.get(root)
            if root != first:
                # a copy of a copy: name the original the chain ends at (fresh user, stop 19: "duplicate:x4" where x4
                # was itself skipped as "duplicate:x3")
                tail = "coded" if orig is not None and orig.status == "coded" else (
                    f"not coded: {orig.status}, {orig.reason}" if orig is not None else "not in this run")
                r = replace(r, reason=f"{reason} ({first} is a copy of {root}, {tail})")
            elif orig is not None and orig.status != "coded":
                r = replace(r, reason=f"{reason} ({orig.article_id} was not coded: {orig.status}, {orig.reason})")
        out.append(r)
    return out
