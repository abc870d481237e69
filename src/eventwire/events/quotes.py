"""Direct quotations: find quoted spans in the article text (pure text pass) and, with the parse,
their speakers.

Rules (issue 2 "quotes"; field cases C26, C27, C32): double quotes “…”, "…", «…», „…“ and „…” delimit
quotes; single quotes never do (apostrophes: "won‘t", "Russia’s"); a paragraph whose quote is not
closed continues into the next paragraph when that one opens with a quote mark (the newspaper
convention for quotes over several paragraphs); an odd number of marks never raises — the last
open quote runs to the end of its paragraph. Quotes of fewer than two words are scare quotes, not
quotations. The speaker is the subject of a speech verb outside the quote in the same sentence
("…,” Sullivan told CNN; “…,” he added), else an "X said:" lead-in before it, else a line ending
in ":" just above ("And from NATO Secretary General Mark Rutte:"), else the speaker of the quote it
continues.
"""
from __future__ import annotations

from dataclasses import dataclass, field

OPEN = {"“": "”", "«": "»", "„": "“", '"': '"'}
CLOSE_ALL = {"”", "»", '"', "“"}


@dataclass
class QuoteSpan:
    """A quotation: ``parts`` is a list of (start, end) offsets of the quoted text (without marks),
    one per paragraph; ``open_at``/``close_at`` the offsets of the first opening and the last
    closing mark (``close_at`` = end of paragraph when unclosed)."""

    parts: list[tuple[int, int]] = field(default_factory=list)
    open_at: int = 0
    close_at: int = 0
    continued: bool = False  # continues an earlier quote of the same speaker (no attribution of its own)
    runs_on: bool = False  # ended by the opening of the next quote (a lost paragraph break): same speaker

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def text(self, article_text: str) -> str:
        return " ".join(article_text[s:e].strip() for s, e in self.parts).strip()

    def contains(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.parts)


#: Marks that only open a quote: met inside an unclosed quote after a space, they open the next one.
_OPEN_ONLY = ("“", "«")


def _closing_mark(text: str, j: int, p_end: int, closer: str) -> tuple[int, int]:
    """``(end, resume)`` of a quote opened with the mark whose closer is ``closer``, searching
    ``text[j:p_end]``: ``end`` is the offset of its closing mark (-1 when the paragraph ends first) and
    ``resume`` where the scan goes on. „…“ (German) and „…” (Polish, Romanian, Hungarian) both close a low
    opening mark. Real copy mixes styles ("…,” Crow told; “…," is what he said): any closing mark closes --
    ”, », or a straight " written after a word or punctuation (a closing one, not the opening of the next
    quote) -- so that the narration between two quotations is never swallowed (issue 13). An opening “ or «
    after a space while the quote is still open starts the next quote: the previous one ended before it (a
    story whose paragraph breaks were lost: “… an alternative to the West. “Part of that ...,” he said)."""
    while j < p_end:
        ch = text[j]
        if ch == closer or ch in ("”", "»") or (ch == '"' and not text[j - 1].isspace()):
            return j, j + 1
        if ch in _OPEN_ONLY and ch != closer and text[j - 1].isspace():
            return j, j
        j += 1
    return -1, p_end


def find_quotes(text: str) -> list[QuoteSpan]:
    """All quotations in ``text`` in order (see module doc). Never raises."""
    spans: list[QuoteSpan] = []
    pos = 0
    pending: QuoteSpan | None = None  # an unclosed quote at the end of the previous paragraph
    for para in text.split("\n"):
        p_start, p_end = pos, pos + len(para)
        pos = p_end + 1
        if not para.strip():
            continue
        i = p_start
        lead = p_start + (len(para) - len(para.lstrip()))
        if pending is not None:
            if text[lead:lead + 1] in OPEN:
                pending.continued = pending.continued  # same quote goes on
            else:
                spans.append(pending)
                pending = None
        while i < p_end:
            ch = text[i]
            if not (ch in OPEN and (ch != '"' or i == p_start or not text[i - 1].isalnum())):
                i += 1
                continue
            close, resume = _closing_mark(text, i + 1, p_end, OPEN[ch])
            end = p_end if close == -1 else close  # an unclosed quote runs to the end of its paragraph
            part = (i + 1, end)
            if resume == close:  # ended by the opening of the next quote: its mark is not this one's
                end = close - 1
            if pending is not None and i == lead:
                pending.parts.append(part)
                pending.close_at = end
                if close != -1:
                    spans.append(pending)
                    pending = None
            elif close == -1:
                if pending is not None:
                    spans.append(pending)
                pending = QuoteSpan([part], i, p_end)
            else:
                spans.append(QuoteSpan([part], i, end, runs_on=resume == close))
            i = resume
    if pending is not None:
        spans.append(pending)
    out = []
    for q in spans:
        q.parts = [(s + (len(text[s:e]) - len(text[s:e].lstrip())), e - (len(text[s:e]) - len(text[s:e].rstrip())))
                   for s, e in q.parts]
        q.parts = [(s, e) for s, e in q.parts if e > s]
        if q.parts and len(q.text(text).split()) >= 2:
            out.append(q)
    return out


class QuoteIndex:
    """Position lookups over an article's quotes (the list :func:`find_quotes` returns), in O(log n) per
    lookup instead of a scan of every quote, so that coding stays linear in article length (issue 15).
    Each method returns what the plain scan over ``quotes`` in list order would return."""

    def __init__(self, quotes: list[QuoteSpan]) -> None:
        import bisect

        self._bisect = bisect
        self.quotes = quotes
        self._opens = sorted((q.open_at, i) for i, q in enumerate(quotes))
        self._closes = sorted((q.close_at, i) for i, q in enumerate(quotes))
        # [lo, hi]: every position a quote covers (open..close marks and its parts), sorted by lo, with the
        # running maximum of hi, so a lookup walks back only over quotes that can still reach ``pos``
        spans = sorted((min([q.open_at] + [s for s, _ in q.parts]), max([q.close_at] + [e - 1 for _, e in q.parts]), i)
                       for i, q in enumerate(quotes))
        self._los = [lo for lo, _, _ in spans]
        self._spans = spans
        self._reach: list[int] = []
        top = -1
        for _, hi, _ in spans:
            top = max(top, hi)
            self._reach.append(top)

    def at(self, pos: int) -> int | None:
        """Index of the first quote with ``open_at <= pos <= close_at`` or a part containing ``pos``; None."""
        k = self._bisect.bisect_right(self._los, pos) - 1
        best = None
        while k >= 0 and self._reach[k] >= pos:
            i = self._spans[k][2]
            q = self.quotes[i]
            if (best is None or i < best) and (q.open_at <= pos <= q.close_at or q.contains(pos)):
                best = i
            k -= 1
        return best

    def opening_in(self, start: int, end: int) -> list[int]:
        """Indices, ascending, of the quotes with ``start <= open_at < end``."""
        a = self._bisect.bisect_left(self._opens, (start, -1))
        b = self._bisect.bisect_left(self._opens, (end, -1))
        return sorted(i for _, i in self._opens[a:b])

    def touching(self, start: int, end: int) -> list[int]:
        """Indices, ascending, of the quotes that open or close in ``[start, end)``."""
        a = self._bisect.bisect_left(self._closes, (start, -1))
        b = self._bisect.bisect_left(self._closes, (end, -1))
        return sorted(set(self.opening_in(start, end)) | {i for _, i in self._closes[a:b]})
