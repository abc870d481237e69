"""Exports: PLOVER JSONL, a GDELT 2.0-style event TSV (mapping in ``docs/gdelt_export.md``) and
Parquet partitioned by month. Every export is ordered by event date then id, so the same store and
filters give the same bytes.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO, Any

from ..errors import InputError, StoreError
from ..schema import NON_STATE_CODES, dumps

#: The 61 columns of a GDELT 2.0 event record, in GDELT's order (GDELT Event Codebook v2.0).
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *[f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    *[f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{p}Geo_{c}" for p in ("Actor1", "Actor2", "Action")
      for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
)


def _open(out: str | os.PathLike | IO[str]):
    if hasattr(out, "write"):
        return out, False
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    return open(out, "w", encoding="utf-8", newline="\n"), True


def export_plover_jsonl(store, out, flt=None, **filters) -> int:
    """Write matching events as PLOVER JSONL (one :meth:`Event.to_dict` per line, the PLOVER manual's
    field names: ``id``, ``event``, ``mode``, ``context``, ``actor``, ``recipient``, ``date``,
    ``event_text``, ``text_info``, ``event_loc``... plus eventwire's evidence and modality keys).
    ``out``: a path or a text file object. Returns the number of events written."""
    fh, own = _open(out)
    n = 0
    try:
        for e in store.event_records(flt, **filters):
            fh.write(dumps(e) + "\n")
            n += 1
    finally:
        if own:
            fh.close()
    return n


def _ymd(date: str | None) -> tuple[str, str, str, str]:
    """GDELT Day (YYYYMMDD), MonthYear (YYYYMM), Year, FractionDate (Year + (month*30+day)/365)."""
    if not date:
        return "", "", "", ""
    y, m = date[:4], date[5:7]
    d = date[8:10] if len(date) >= 10 else "01"
    frac = int(y) + (int(m) * 30 + int(d)) / 365
    return f"{y}{m}{d}", f"{y}{m}", y, f"{frac:.4f}"


def _actor_cols(ents: list[dict]) -> list[str]:
    if not ents:
        return [""] * 10
    a = ents[0]
    code, sector = a.get("code") or "", a.get("sector") or ""
    name = (a.get("name") or a.get("entity_text") or "").upper()
    country = code if code and code not in NON_STATE_CODES else ""
    group = code if code in NON_STATE_CODES else ""
    return [code + sector, name, country, group, "", "", "", sector, "", ""]


def _geo_type(loc: dict) -> str:
    fc = str(loc.get("feature_code") or "")
    us = loc.get("country_code") == "USA"
    if fc.startswith("PCL"):
        return "1"
    if fc.startswith("ADM"):
        return "2" if us else "5"
    if fc.startswith("PPL"):
        return "3" if us else "4"
    return ""


def _geo_cols(locs: list[dict]) -> list[str]:
    if not locs:
        return [""] * 8
    loc = locs[0]

    def s(v: Any) -> str:
        return "" if v is None else str(v)

    # the coder writes resolved_place (docs/geoparsing.md); hand-made or older records may carry name
    full = loc.get("resolved_place") or loc.get("name") or loc.get("extracted_place")
    return [_geo_type(loc), s(full), s(loc.get("country_code")), s(loc.get("admin1")), "",
            s(loc.get("lat")), s(loc.get("lon")), s(loc.get("geonameid"))]


def gdelt_rows(store, flt=None, **filters) -> list[list[str]]:
    """The GDELT rows (lists of 61 strings, :data:`GDELT_COLUMNS` order) for matching events.
    The mapping of each column is documented in ``docs/gdelt_export.md``; NumMentions, NumSources
    and NumArticles are the event cluster's counts (``num_mentions``, ``num_sources`` = independent
    sources, ``num_articles``; see ``docs/corroboration.md``). GDELT rows carry no negation or status, so
    only counted events are written: not negated, not hypothetical, unless the filter asks
    (:func:`eventwire.query.filters.counted`)."""
    from ..query.filters import counted
    from ..query.sql import events_sql

    q, params = events_sql(counted(flt, **filters), columns="all")
    sql = (f"WITH ev AS ({q}) SELECT ev.*, a.url AS _url, a.publication_date AS _pub "
           "FROM ev LEFT JOIN articles a ON a.id = ev.article_id ORDER BY ev.event_date NULLS LAST, ev.id")
    rows = []
    for r in store.sql(sql, params, as_="records"):
        ti = json.loads(r["text_info"]) if r["text_info"] else {}
        locs = json.loads(r["event_loc"]) if r["event_loc"] else []
        cameo = r["cameo"] or ""
        day, month, year, frac = _ymd(r["date"])
        pub = (r["_pub"] or "").replace("-", "")
        pub = (pub + "01")[:8] if len(pub) == 6 else pub[:8]
        row = [str(int(r["id"][2:17], 16)), day, month, year, frac,
               *_actor_cols(r["actor"] or []), *_actor_cols(r["recipient"] or []),
               "1" if ti.get("sentence_index") == 0 else "0", cameo, cameo[:3], cameo[:2],
               _gdelt_quad(cameo, r["quad_class"]),
               "" if r["goldstein"] is None else f"{r['goldstein']:g}",
               str(r["num_mentions"] or 1), str(r["num_sources"] or 1), str(r["num_articles"] or 1), "",
               *([""] * 8), *([""] * 8), *_geo_cols(locs),
               (pub + "000000") if pub else "", r["_url"] or ""]
        rows.append([c.replace("\t", " ").replace("\n", " ") for c in row])
    return rows


def _gdelt_quad(cameo: str, quad_class) -> str:
    """GDELT's QuadClass follows the CAMEO root of the row's EventCode (01-05 -> 1, 06-08 -> 2, 09-13 -> 3,
    14-20 -> 4: a CAMEO 021 appeal is verbal cooperation in GDELT even when the PLOVER type is REQUEST);
    the record's own ``quad_class`` only when there is no CAMEO code."""
    from ..events.ontology import quad_class_of_cameo

    if cameo[:2].isdigit():
        return str(quad_class_of_cameo(cameo))
    return "" if quad_class is None else str(quad_class)


def export_gdelt_tsv(store, out, flt=None, *, header: bool = True, **filters) -> int:
    """Write matching events as a GDELT 2.0-style tab-separated event table (61 columns,
    :data:`GDELT_COLUMNS`; ``header`` adds a first line of column names, which GDELT's own files
    lack). Returns the number of events written."""
    fh, own = _open(out)
    rows = gdelt_rows(store, flt, **filters)
    try:
        if header:
            fh.write("\t".join(GDELT_COLUMNS) + "\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    finally:
        if own:
            fh.close()
    return len(rows)


def export_parquet(store, out_dir, flt=None, **filters) -> dict[str, int]:
    """Write matching events as Parquet partitioned by event month: ``out_dir/month=YYYY-MM/part-0.parquet``
    (``month=undated`` for events without a date). Columns: the record columns (``actor`` and
    ``recipient`` as lists of structs, ``text_info``/``event_loc`` as JSON text) plus the flattened
    ones. Existing partitions written again are replaced. Returns ``{month: events}``."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    tbl = store.events(flt, as_="arrow", **filters)
    months = pc.fill_null(pc.strftime(tbl["event_date"], format="%Y-%m"), "undated") if tbl.num_rows else \
        pa.array([], pa.string())
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for month in sorted(set(months.to_pylist())):
        part = tbl.filter(pc.equal(months, month))
        d = out / f"month={month}"
        d.mkdir(exist_ok=True)
        try:
            pq.write_table(part, d / "part-0.parquet")
        except OSError as e:
            raise StoreError(f"cannot write {d}: {e}") from e
        counts[month] = part.num_rows
    return counts


def write_table(tbl, out, fmt: str) -> None:
    """Write a query result (pyarrow Table) as ``csv``, ``jsonl`` or ``parquet`` to ``out`` (a path or,
    for text formats, a text file object). List and struct cells become JSON text in CSV; dates are
    ISO 8601. Raises :class:`InputError` (EW106) for an unknown format or parquet without a path."""
    if fmt in ("csv", "jsonl"):
        fh, own = _open(out)
        try:
            recs = tbl.to_pylist()
            if fmt == "jsonl":
                for rec in recs:
                    fh.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
            else:
                import csv

                w = csv.writer(fh, lineterminator="\n")
                w.writerow(tbl.column_names)
                for rec in recs:
                    w.writerow(["" if v is None else json.dumps(v, ensure_ascii=False, default=str)
                                if isinstance(v, (list, dict)) else v for v in rec.values()])
        finally:
            if own:
                fh.close()
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        if out is None or hasattr(out, "write"):
            raise InputError("parquet output needs --out FILE", code="EW106")
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(tbl, str(out))
    else:
        raise InputError(f"unknown output format {fmt!r}; choose csv, jsonl or parquet", code="EW106")
