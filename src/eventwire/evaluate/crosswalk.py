"""CAMEO -> PLOVER crosswalk (``CAMEO2PLOVER-2021.txt``) and CAMEO actor codes -> (country, sector).

The crosswalk file (PLOVER repository, Schrodt 2021-09-17) has lines ``CODE: EVENT, mode, context # gloss``.
It has duplicate keys; this loader reports every one of them (:attr:`Crosswalk.duplicates`) together with
the rule chosen for it (:attr:`Crosswalk.decisions`) instead of silently keeping one:

* ``08:`` (root heading) appears twice, as CONCEDE and as RETREAT. The 3-4 digit codes under both headings
  are explicit, so the root only matters for a bare ``08``/unknown ``08x`` code. Rule: the root keeps its
  *first* value, CONCEDE, because CAMEO 080 "Yield" (the root's own gloss) is CONCEDE in the same table.
* ``175`` appears twice with the same event, mode slot and context and only a different gloss ("Use violent
  repression" / "Use tactics of violent repression"). Rule: identical mapping, keep one. Its mode slot holds
  ``pro_autocracy``, which is a PLOVER *context*, not a mode: it is moved to the contexts (mode None).

Lookup (:meth:`Crosswalk.lookup`): exact code, else its 3-digit parent, else its 2-digit root. CAMEO roots
01 (make public statement) and 02 (appeal) have no PLOVER event (PLOVER manual v0.8: both dropped): lookup
returns None for them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EvaluationError
from ..schema import CONTEXTS, PLOVER_EVENTS, SECTORS

#: All PLOVER modes (PLOVER manual v0.8 via PLOVER_NOTES.md, plus the older ones the crosswalk still uses).
PLOVER_MODES = frozenset(
    "visit third-party multilateral phone withdraw release disarm ceasefire access resign assist change yield "
    "meet disapprove investigate allege restrict arrest relations expel territory violence demo riot strike "
    "hunger boycott obstruct vandalize convict discontinue troops weapons police militia seize censor curfew "
    "martial-law deport withhold misinformation cyber abduct beat torture sexual targeted destroy primitive "
    "firearms explosives suicide-attack aerial drone heavy-weapons crowd-control unconventional return ease "
    "ban political massacre cleansing".split())

_LINE = re.compile(r"^\s*(\d{2,4})\s*:\s*([^#]*?)\s*(?:#\s*(.*))?$")


@dataclass(frozen=True)
class CrosswalkEntry:
    """One CAMEO code's PLOVER mapping: ``event`` (PLOVER type), ``mode`` (str or None), ``contexts``
    (tuple of PLOVER contexts), ``gloss`` (CAMEO description), ``line`` (1-based line in the file)."""

    code: str
    event: str
    mode: str | None
    contexts: tuple[str, ...]
    gloss: str
    line: int


@dataclass
class Crosswalk:
    """Parsed crosswalk. ``entries``: code -> :class:`CrosswalkEntry` (after the duplicate rules);
    ``duplicates``: list of (code, [line numbers]); ``decisions``: human-readable rule per duplicate key;
    ``warnings``: other repairs made (e.g. a context found in the mode slot)."""

    entries: dict[str, CrosswalkEntry] = field(default_factory=dict)
    duplicates: list[tuple[str, list[int]]] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    path: str = ""

    def lookup(self, cameo: str) -> CrosswalkEntry | None:
        """PLOVER mapping of a CAMEO event code ("042", "0841", "19"); None for roots 01/02 (statements,
        appeals: no PLOVER event) and for codes the table does not cover at any level."""
        c = str(cameo).strip()
        if not c.isdigit() or c[:2] in ("01", "02"):
            return None
        for k in (c, c[:3], c[:2]):
            if k in self.entries:
                return self.entries[k]
        return None


def load_crosswalk(path: str | Path) -> Crosswalk:
    """Read ``CAMEO2PLOVER-2021.txt``. Raises :class:`EvaluationError` when the file is missing or a
    line names an event that is not one of the 16 PLOVER types (message gives file and line)."""
    p = Path(path)
    if not p.exists():
        raise EvaluationError(f"crosswalk file not found: {p}")
    cw = Crosswalk(path=str(p))
    seen: dict[str, list[tuple[int, CrosswalkEntry]]] = {}
    for n, raw in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith(("#", "~")):
            continue
        m = _LINE.match(raw)
        if not m:
            continue
        code, body, gloss = m.group(1), m.group(2), (m.group(3) or "").strip()
        parts = [x.strip() for x in body.split(",")]
        event = parts[0].upper()
        if event not in PLOVER_EVENTS:
            raise EvaluationError(f"{p}:{n}: {event!r} is not a PLOVER event type")
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        ctx_raw = parts[2] if len(parts) > 2 else ""
        contexts = [c.strip() for c in ctx_raw.split(";") if c.strip()]
        if mode and mode in CONTEXTS and mode not in PLOVER_MODES:
            cw.warnings.append(f"{p.name}:{n}: code {code}: mode slot holds context {mode!r}; moved to contexts")
            contexts.insert(0, mode)
            mode = None
        entry = CrosswalkEntry(code, event, mode, tuple(contexts), gloss, n)
        seen.setdefault(code, []).append((n, entry))
    for code, occ in seen.items():
        first = occ[0][1]
        cw.entries[code] = first
        if len(occ) > 1:
            lines = [n for n, _ in occ]
            cw.duplicates.append((code, lines))
            same = all((e.event, e.mode, e.contexts) == (first.event, first.mode, first.contexts) for _, e in occ)
            if same:
                cw.decisions.append(f"{code}: lines {lines} map identically ({first.event}); kept one")
            else:
                alts = ", ".join(f"{e.event} (line {n})" for n, e in occ)
                cw.decisions.append(f"{code}: conflicting values {alts}; kept the first, {first.event}, "
                                    f"because the codes below each heading are explicit and the root's own "
                                    f"CAMEO gloss ({code}0) maps to it")
    return cw


#: CAMEO / gold-file sector abbreviations that are not PLOVER sector codes -> PLOVER sector.
SECTOR_ALIASES = {"CIV": "CVL", "PPL": "CVL", "HRI": "NGO", "MOS": None, "MUS": None, "CHR": None}
#: Country codes in the gold files that are not ISO 3166 alpha-3 -> ISO code.
COUNTRY_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS"}
#: International organisations as CAMEO writes them after "IGO".
_IGO_SUB = {"UNO": "UNO", "EUR": "EUR"}


def norm_sector(s: str | None) -> str | None:
    """Normalise a gold sector ("CVLalb", "***", "CIV", "REFKUR") to a PLOVER sector code or None."""
    if not s:
        return None
    s = s.strip()[:3].upper()
    if s in SECTOR_ALIASES:
        return SECTOR_ALIASES[s]
    return s if s in SECTORS else None


def norm_country(c: str | None) -> str | None:
    """Normalise a gold country/actor code: aliases (JAP->JPN), '---'/'' -> None."""
    if not c:
        return None
    c = c.strip().upper()
    if not c or c.startswith("-"):
        return None
    return COUNTRY_ALIASES.get(c, c)


def parse_cameo_actor(code: str | None) -> tuple[str | None, str | None]:
    """Split a CAMEO actor code into (country, sector): "USAGOV" -> ("USA", "GOV"), "---REB" -> (None,
    "REB"), "IGOUNOMIL" -> ("UNO", "MIL"), "SYROPPHRI" -> ("SYR", "OPP"). The sector is the first 3-letter
    segment after the country that is a PLOVER sector (or an alias of one, e.g. PPL -> CVL)."""
    if not code:
        return None, None
    code = code.strip().upper()
    head, rest = code[:3], code[3:]
    country = norm_country(head)
    segs = [rest[i:i + 3] for i in range(0, len(rest), 3)]
    if head == "IGO" and segs and segs[0] in _IGO_SUB:
        country = _IGO_SUB[segs.pop(0)]
    sector = None
    for s in segs:
        ns = norm_sector(s)
        if ns:
            sector = ns
            break
    if country and len(country) != 3:
        country = None
    return country, sector


#: Non-state codes that denote international organisations; gold sets written before PLOVER code every
#: IGO as "IGO", PLOVER codes the EU as EUR and UN bodies as UNO. They are treated as one family in matching.
IGO_FAMILY = frozenset({"IGO", "UNO", "EUR"})


def same_actor_code(a: str | None, b: str | None) -> bool:
    """True when two actor codes denote the same actor for scoring (equal, or both in :data:`IGO_FAMILY`)."""
    if a is None or b is None:
        return a is b
    return a == b or (a in IGO_FAMILY and b in IGO_FAMILY)


#: CAMEO root (2 digits) -> GDELT/CAMEO quad class (0 = statement/appeal, no PLOVER event).
def cameo_quad(cameo: str | None) -> int | None:
    """ConfliBERT ``cameo_class`` (Multi-CoPED "PentaClass") of a CAMEO code: 01-02 -> 0 (statements),
    03-05 -> 1, 06-08 -> 2, 09-13 and 16 -> 3, 14-15 and 17-20 -> 4; None for anything else.

    Source: the annotators' own labels in ``../shared/eval/cameo_conflibert_annotations/round*_summary*.csv``
    pair every CAMEO root with its class, and put "16 Reduce Relations" in class 3 (verbal conflict) in all
    67 uses -- unlike GDELT's QuadClass (16 -> 4), which the event records keep (``quad_class``)."""
    if not cameo or not str(cameo)[:2].isdigit():
        return None
    r = int(str(cameo)[:2])
    if r == 16:
        return 3
    return 0 if r <= 2 else 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4 if r <= 20 else None
