"""Turn a Wikidata query result (the public SPARQL service's CSV or JSON download) into a user people table
(issue 12): so users can add the office holders of 2023 and later themselves. The query is in
``docs/actors.md``.

Input columns (SPARQL variable names; the ``Label`` forms of the service's label service are accepted):
``person`` (entity URI or QID), ``personLabel`` (name), ``position``/``positionLabel`` (the office),
``country`` (ISO 3166 alpha-3, e.g. from P298 of the office's country; a country *name* known to the
dictionaries is accepted too), ``start`` and ``end`` (``xsd:dateTime`` as the service writes them,
"2022-05-10T00:00:00Z", or ISO dates; ``end`` empty for a holder in office). Optional: ``alias``
(``|``-separated or one per row).

Rules: the office label gives the PLOVER sector and a seniority rank by ``data/actors/kb_positions.tsv``
(spouses are skipped); Wikidata's end date is the last day in office, the table's end is exclusive (the
day after); one person's overlapping offices are reduced to the senior one on each day (the knowledge
base's :func:`~eventwire.actors.kb_build.timeline`), so the table passes the people-table validator. Rows
are sorted (person, start): the same result gives the same table.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import re
from collections import defaultdict
from pathlib import Path

from ..errors import DictionaryError
from .validate import PEOPLE_COLUMNS, parse_people, valid_codes

__all__ = ["read_query_result", "import_wikidata", "SPARQL_QUERY"]

#: The documented query (``docs/actors.md``): holders of heads-of-state/government, minister and other
#: key offices whose term runs on or after 2022-01-01, with the ISO3 code of the office's country.
SPARQL_QUERY = """SELECT ?person ?personLabel ?positionLabel ?country ?start ?end WHERE {
  ?person p:P39 ?held .
  ?held ps:P39 ?position ; pq:P580 ?start .
  OPTIONAL { ?held pq:P582 ?end . }
  ?position wdt:P31/wdt:P279* ?kind .
  VALUES ?kind { wd:Q48352 wd:Q2285706 wd:Q83307 wd:Q1553195 wd:Q486839 wd:Q30461 }
  ?position (wdt:P1001|wdt:P17) ?state . ?state wdt:P298 ?country .
  FILTER(!BOUND(?end) || ?end >= "2022-01-01T00:00:00Z"^^xsd:dateTime)
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
}"""

_COLS = {"person": ("person", "item"), "name": ("personLabel", "name", "itemLabel"),
         "position": ("positionLabel", "position", "office", "officeLabel"), "country": ("country", "iso3"),
         "start": ("start", "startTime"), "end": ("end", "endTime"), "alias": ("alias", "aliases", "altLabel")}


def _value(v) -> str:
    if isinstance(v, dict):  # SPARQL JSON binding
        v = v.get("value", "")
    return " ".join(str(v or "").split())


def read_query_result(path: str | Path) -> list[tuple[int, dict[str, str]]]:
    """Rows of a SPARQL result file as ``(line or row number, {column: value})``: ``.json`` (the SPARQL
    1.1 JSON results format, or a list of objects) or CSV/TSV (by extension; a header line first).
    Raises DictionaryError (EW200) naming the file when it cannot be read or parsed."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise DictionaryError(f"{p}: cannot read the query result: {e}") from e
    if p.suffix.lower() == ".json" or text.lstrip().startswith(("{", "[")):
        try:
            data = json.loads(text)
        except ValueError as e:
            raise DictionaryError(f"{p}:{getattr(e, 'lineno', 1)}: not JSON: {e}") from e
        rows = data.get("results", {}).get("bindings") if isinstance(data, dict) else data
        if not isinstance(rows, list):
            raise DictionaryError(f"{p}:1: expected SPARQL JSON results (results.bindings) or a list of objects")
        return [(i, {k: _value(v) for k, v in r.items()}) for i, r in enumerate(rows, 1) if isinstance(r, dict)]
    dialect = "excel-tab" if p.suffix.lower() == ".tsv" else "excel"
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    out = []
    for r in reader:
        out.append((reader.line_num, {k.strip().lstrip("?"): _value(v) for k, v in r.items() if k}))
    return out


def _col(row: dict[str, str], key: str) -> str:
    for c in _COLS[key]:
        if row.get(c):
            return row[c]
    return ""


def _date(s: str, file: str, line: int) -> str | None:
    if not s:
        return None
    m = re.match(r"^(-?\d{4})-(\d{2})-(\d{2})", s)
    if not m:
        raise DictionaryError(f"{file}:{line}: date {s!r} is not ISO (YYYY-MM-DD or xsd:dateTime)")
    y, mo, d = int(m.group(1)), max(int(m.group(2)), 1), max(int(m.group(3)), 1)  # Wikidata's "00" precision
    try:
        return _dt.date(y, mo, d).isoformat()
    except ValueError as e:
        raise DictionaryError(f"{file}:{line}: date {s!r}: {e}") from e


def import_wikidata(src: str | Path, out: str | Path | None = None) -> tuple[str, dict[str, int]]:
    """Convert the query result ``src`` into a people table (TSV text with the header of
    :data:`eventwire.actors.validate.PEOPLE_COLUMNS`), written to ``out`` when given (its folder must
    exist). Returns ``(table text, counts)``. Raises DictionaryError (EW200) with file:line for a missing
    column, a bad date or country; the written table is validated before it is returned."""
    from ..actors.dictionaries import load_dictionaries
    from .kb_build import Span, classify_position, timeline

    file = str(src)
    rows = read_query_result(src)
    if rows and not all(any(c in rows[0][1] for c in _COLS[k]) for k in ("name", "position", "country", "start")):
        raise DictionaryError(f"{file}:1: columns personLabel (or name), positionLabel, country and start are "
                              f"needed, got {', '.join(sorted(rows[0][1]))}")
    codes = valid_codes()
    D = None
    people: dict[tuple[str, str], dict] = {}
    counts = {"rows": len(rows), "skipped_not_office": 0, "people": 0, "roles": 0}
    for line, r in rows:
        name = _col(r, "name")
        if not name or re.fullmatch(r"Q\d+", name):
            raise DictionaryError(f"{file}:{line}: no person name (personLabel)")
        country = _col(r, "country").upper() if len(_col(r, "country")) == 3 else _col(r, "country")
        if country not in codes:
            D = D or load_dictionaries()
            country = D.country_of(country) or ""
        if not country:
            raise DictionaryError(f"{file}:{line}: country {_col(r, 'country')!r} is not an ISO 3166 alpha-3 code")
        label = _col(r, "position")
        cls = classify_position(label) if label else None
        if cls is None:
            counts["skipped_not_office"] += 1
            continue
        start, end = _date(_col(r, "start"), file, line), _date(_col(r, "end"), file, line)
        if start and end and end < start:
            raise DictionaryError(f"{file}:{line}: {name}: end {end} before start {start}")
        qid = _col(r, "person").rsplit("/", 1)[-1]
        p = people.setdefault((qid or name, country), {"name": name, "aliases": set(), "spans": []})
        for a in re.split(r"\s*\|\s*", _col(r, "alias")):
            if a and a != name:
                p["aliases"].add(a)
        p["spans"].append(Span(start, end, country, cls[0], cls[1], "u", label.replace("\t", " ")))
    lines = ["\t".join(PEOPLE_COLUMNS)]
    names_seen: dict[str, int] = defaultdict(int)
    for (_key, country), p in sorted(people.items(), key=lambda kv: (kv[1]["name"], kv[0])):
        names_seen[p["name"]] += 1
        if names_seen[p["name"]] > 1:
            continue  # two people of one name: the first (by id) is kept, as a table key must be unique
        first = True
        for s in timeline(p["spans"]):
            end_excl = (_dt.date.fromisoformat(s.end) + _dt.timedelta(days=1)).isoformat() if s.end else ""
            aliases = "|".join(sorted(p["aliases"])) if first else ""
            lines.append("\t".join((p["name"], aliases, country, "", s.sector or "", s.label, s.start or "", end_excl)))
            first = False
            counts["roles"] += 1
        counts["people"] += 1
    text = "# people table imported from a Wikidata query result by 'eventwire actors import-wikidata'\n" \
           + "\n".join(lines) + "\n"
    parse_people(text, str(out or "imported table"))  # the result must validate as a user table
    if out is not None:
        from ..outputs import write_text_atomic

        write_text_atomic(str(out), text)
    return text, counts
