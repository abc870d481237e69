"""The HTTP API over a store: ``create_app(db_path, allow_coding=False) -> FastAPI``.

Endpoints (OpenAPI docs at ``/docs`` and ``/redoc``, served offline by fastapi-offline): ``GET /health``; ``GET /events`` (filtered, paged);
``GET /events/{id}``; ``GET /events/{id}/evidence`` (article text + character spans of actor,
trigger and recipient); ``GET /articles/{id}``; ``GET /aggregates/timeseries``;
``GET /aggregates/network``; ``GET /actors``; ``GET /alerts`` (watch-rule alerts, newest first);
``GET /clusters/{id}`` (an event cluster and its outlets); ``POST /code`` (only with ``allow_coding``); the
dashboard at ``/`` (static files in ``api/static``, no build step).

Errors are JSON ``{"error": {"code", "message"}}`` — every one of them, unknown routes and unexpected
faults included — and no message carries a server path (:func:`eventwire.api.guard.scrub_paths`): 400
malformed JSON (also nested too deeply, or a number too long to read), 403 coding disabled (EW108) or a
request from another site (EW112, see :mod:`eventwire.api.guard`), 404 unknown id or route, 405 wrong
method, 413 body over ``max_body_bytes``, 415 ``POST /code`` without ``Content-Type: application/json``
(EW113), 422 bad parameters or body (wrong types, empty text, bad dates, unknown codes, integers out of
range; code EW105/EW106), 500 an internal fault (EW900), 503 store locked by a writer past the lock
timeout.

Reads are served concurrently and cheaply: FastAPI runs each request in its thread pool, the store gives
every request its own cursor of one shared open database (``open_store(linger=...)``), so requests neither
queue behind each other nor pay the opening of the file each time, and a writer in another process still
gets its turn (see :mod:`eventwire.store.store` and ``docs/store.md``); each read endpoint returns its
``JSONResponse`` directly (the records are plain JSON types already; FastAPI's generic encoder walk cost
more than the query).
"""
from __future__ import annotations

import json
import os
from importlib import resources
from typing import Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, StrictBool, StrictStr, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import DateError, EventwireError, InputError, StoreLockedError
from .guard import RequestGuard, scrub_paths

#: Default limit of a POST /code body, bytes (about 30 pages of news text).
MAX_BODY_BYTES = 200_000

#: Largest integer query parameter (offset, min_events): 2**53, the largest integer a browser's
#: JavaScript holds exactly; larger values are a 422, never a database overflow.
MAX_INT_PARAM = 2 ** 53

#: Seconds the API's requests keep sharing one open database after the last one (see ``open_store``).
LINGER_SECONDS = 1.0


class CodeRequest(BaseModel):
    """Body of ``POST /code``: ``text`` (the article, non-empty), ``publication_date`` (ISO
    ``YYYY-MM-DD`` or ``YYYY-MM``; anchors relative dates), ``title``, ``store`` (write the result
    into the store, default true)."""

    model_config = ConfigDict(extra="forbid")
    text: StrictStr
    publication_date: StrictStr | None = None
    title: StrictStr | None = None
    url: StrictStr | None = None
    store: StrictBool = True


def _err(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, **extra}}, status_code=status)


#: Query parameters of the filter dependency, and all others the GET endpoints take.
FILTER_PARAMS = frozenset({"date_from", "date_to", "actor", "recipient", "actor_sector", "recipient_sector", "event",
                           "mode", "quad_class", "status", "negated", "reported", "text", "article_id",
                           "min_sources", "story_events"})
KNOWN_QUERY_PARAMS = FILTER_PARAMS | {"limit", "offset", "freq", "by", "min_events", "role"}


def evidence_spans(event: dict, text: str) -> list[dict]:
    """Character spans of an event's evidence in the article text: one per actor and recipient
    entity with offsets, and the trigger (``text_info`` start/end). Each span: ``role``
    (``actor``/``trigger``/``recipient``), ``start``, ``end`` (offsets into ``Article.text``),
    ``text`` (``text[start:end]``). Spans outside the text are left out. Sorted by start, role."""
    spans = []
    for role in ("actor", "recipient"):
        for ent in event.get(role) or []:
            s, e = ent.get("start"), ent.get("end")
            if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text):
                spans.append({"role": role, "start": s, "end": e, "text": text[s:e]})
    ti = event.get("text_info") or {}
    s, e = ti.get("start"), ti.get("end")
    if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text):
        spans.append({"role": "trigger", "start": s, "end": e, "text": text[s:e]})
    return sorted(spans, key=lambda x: (x["start"], x["end"], x["role"]))


def create_app(db_path: str, allow_coding: bool = False, *, max_body_bytes: int = MAX_BODY_BYTES,
               lock_timeout: float = 10.0, bound_host: str | None = None, bound_port: int | None = None,
               linger: float = LINGER_SECONDS) -> FastAPI:
    """Build the FastAPI app over the store at ``db_path``.

    Read-only (``open_store(read_only=True)``; requests share one open database for at most
    ``linger`` idle seconds, and give way at once to a writer waiting for the file) unless
    ``allow_coding``: then the store is opened read-write (created if missing) and ``POST /code`` codes
    text with :func:`eventwire.pipeline.code_batch` and writes it. ``bound_host``/``bound_port``: the
    address the server listens on, for the Host and Origin checks of :mod:`eventwire.api.guard`
    (``eventwire serve`` passes them). Raises :class:`~eventwire.errors.StoreError` when the store
    cannot be opened.
    """
    from ..query import EventFilter
    from ..store import open_store

    store = open_store(db_path, read_only=not allow_coding, lock_timeout=lock_timeout, linger=linger)
    known_paths = (str(db_path), os.path.abspath(str(db_path)), os.path.realpath(str(db_path)))
    # fastapi-offline: /docs and /redoc served from files in the package, not from a CDN
    from fastapi_offline import FastAPIOffline

    app = FastAPIOffline(title="eventwire", version=__version__,
                         description="PLOVER political events coded from news, with their evidence.")
    app.state.store = store
    app.state.allow_coding = allow_coding
    app.add_middleware(RequestGuard, bound_host=bound_host, bound_port=bound_port)

    def err(status: int, code: str, message: str) -> JSONResponse:
        return _err(status, code, scrub_paths(message, *known_paths))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        msgs = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors())
        return err(422, "EW106", msgs)

    @app.exception_handler(EventwireError)
    async def _eventwire(request: Request, exc: EventwireError):
        if isinstance(exc, InputError):
            return err(422, exc.code, exc.message)
        if isinstance(exc, StoreLockedError):
            return err(503, exc.code, exc.message)
        return err(500, exc.code, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 404:
            return err(404, "EW404", f"no such endpoint: {request.method} {request.url.path[:200]} (see /docs)")
        if exc.status_code == 405:
            return err(405, "EW405", f"method {request.method} is not allowed on {request.url.path[:200]}")
        return err(exc.status_code, f"EW{exc.status_code}", str(exc.detail))

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception):
        import logging

        logging.getLogger(__name__).exception("internal error on %s %s", request.method, request.url.path)
        return err(500, "EW900", f"internal error ({type(exc).__name__}); the server log has the details")

    def event_filter(
        request: Request,
        date_from: str | None = Query(None, description="event date on or after, YYYY-MM-DD or YYYY-MM"),
        date_to: str | None = Query(None, description="event date on or before, YYYY-MM-DD or YYYY-MM"),
        actor: str | None = Query(None, description="first actor code(s), comma-separated (e.g. RUS,USA)"),
        recipient: str | None = Query(None, description="first recipient code(s)"),
        actor_sector: str | None = Query(None, description="first actor PLOVER sector(s)"),
        recipient_sector: str | None = Query(None, description="first recipient PLOVER sector(s)"),
        event: str | None = Query(None, description="PLOVER event type(s)"),
        mode: str | None = Query(None, description="PLOVER mode(s)"),
        quad_class: str | None = Query(None, description="quad class(es) 1-4"),
        status: str | None = Query(None, description="actual, future, hypothetical, historical"),
        negated: str | None = Query(None, pattern="^(?i:true|false|1|0|yes|no|y|n|any)$",
                                    description="true, false or any; aggregates count non-negated events unless "
                                                "given"),
        reported: bool | None = Query(None),
        text: str | None = Query(None, description="substring of trigger or sentence"),
        article_id: str | None = Query(None),
        min_sources: int | None = Query(None, ge=1, description="events carried by at least N independent sources"),
        story_events: bool | None = Query(None, description="true: one record per story event, its clearest "
                                                            "mention"),
    ) -> EventFilter:
        """The event filters shared by the list and aggregate endpoints (one FastAPI dependency).
        An unknown query parameter (e.g. ``from`` for ``date_from``) is a 422, never silently ignored."""
        unknown = sorted(set(request.query_params) - KNOWN_QUERY_PARAMS)
        if unknown:
            raise InputError(f"unknown query parameter(s): {', '.join(unknown)} (filters: "
                             f"{', '.join(sorted(FILTER_PARAMS))})", code="EW106")
        return EventFilter(date_from=date_from, date_to=date_to, actor=actor, recipient=recipient,
                           actor_sector=actor_sector, recipient_sector=recipient_sector, event=event, mode=mode,
                           quad_class=quad_class, status=status, negated=negated, reported=reported, text=text,
                           article_id=article_id, min_sources=min_sources, story_events=story_events)

    @app.get("/health")
    def health() -> dict:
        """Liveness and store summary: schema version, row counts, whether coding is enabled."""
        return JSONResponse({"status": "ok", "version": __version__, "schema_version": store.schema_version(),
                             "counts": store.counts(), "allow_coding": allow_coding})

    @app.get("/events")
    def events(f: EventFilter = Depends(event_filter),
               limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_INT_PARAM)) -> dict:
        """Events matching the filters, ordered by event date then id: ``{total, limit, offset,
        events: [PLOVER record]}``."""
        recs = store.event_records(f, limit=limit, offset=offset)
        return JSONResponse({"total": store.count_events(f), "limit": limit, "offset": offset,
                             "events": [e.to_dict() for e in recs]})

    @app.get("/events/{event_id}")
    def one_event(event_id: str):
        """One event record."""
        e = store.event(event_id)
        if e is None:
            return err(404, "EW404", f"no event {event_id!r}")
        return JSONResponse(e.to_dict())

    @app.get("/events/{event_id}/evidence")
    def evidence(event_id: str):
        """The event, its article (``id``, ``title``, ``publication_date``, ``url``, ``outlet``,
        ``text``) and the evidence ``spans`` (see :func:`evidence_spans`)."""
        e = store.event(event_id)
        if e is None:
            return err(404, "EW404", f"no event {event_id!r}")
        a = store.article(e.article_id)
        if a is None:
            return err(404, "EW404", f"article {e.article_id!r} of event {event_id!r} is not in the store")
        d = e.to_dict()
        art = {k: a.get(k) for k in ("id", "title", "publication_date", "url", "outlet", "text")}
        return JSONResponse({"event": d, "article": art, "spans": evidence_spans(d, a["text"])})

    @app.get("/articles/{article_id}")
    def article(article_id: str):
        """One stored article (``Article.to_dict`` keys)."""
        a = store.article(article_id)
        if a is None:
            return err(404, "EW404", f"no article {article_id!r}")
        return JSONResponse(a)

    def _records(df_tbl) -> list[dict]:
        out = []
        for r in df_tbl.to_pylist():
            out.append({k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in r.items()})
        return out

    @app.get("/aggregates/timeseries")
    def timeseries(freq: str = Query("month", pattern="^(day|week|month|quarter|year)$"),
                   by: str = Query("dyad,event", description="groups: dyad, event, quad_class, actor_code..."),
                   f: EventFilter = Depends(event_filter)) -> dict:
        """Counts, PLOVER-score and Goldstein sums and means per period and group:
        ``{freq, by, rows: [{period, <groups>, events, plover_score_sum, plover_score_mean,
        goldstein_sum, goldstein_mean}]}``. ``by=""`` gives one row per period. Counts take asserted events
        unless the filters say otherwise: ``negated`` false, ``status`` actual, future or historical
        (:func:`eventwire.query.filters.counted`)."""
        return JSONResponse({"freq": freq, "by": by,
                             "rows": _records(store.time_series(f, freq=freq, by=by, as_="arrow"))})

    @app.get("/aggregates/network")
    def network(min_events: int = Query(1, ge=1, le=MAX_INT_PARAM),
                f: EventFilter = Depends(event_filter)) -> dict:
        """Dyad edges ``{edges: [{source, target, events, plover_score_mean, goldstein_mean, event_types}]}``."""
        return JSONResponse({"edges": _records(store.network(f, min_events=min_events, as_="arrow"))})

    @app.get("/actors")
    def actors(role: str = Query("any", pattern="^(actor|recipient|any)$"), limit: int = Query(20, ge=1, le=500),
               f: EventFilter = Depends(event_filter)) -> dict:
        """Most frequent actors ``{actors: [{code, sector, events, plover_score_mean}]}``."""
        return JSONResponse({"actors": _records(store.top_actors(f, role=role, limit=limit, as_="arrow"))})

    @app.post("/code", openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": CodeRequest.model_json_schema()}}}})
    async def code(request: Request):
        """Code submitted text (only when the app was started with ``allow_coding``). Body:
        :class:`CodeRequest`. Returns ``{article_id, report, events, quotes, stored}``."""
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_body_bytes:
            return _err(413, "EW107", f"request body of {declared} bytes is over the limit of {max_body_bytes}")
        body = bytearray()
        async for chunk in request.stream():
            body.extend(chunk)
            if len(body) > max_body_bytes:
                return _err(413, "EW107", f"request body is over the limit of {max_body_bytes} bytes")
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json":
            # a page of another site can send text/plain without a CORS preflight, never application/json
            return err(415, "EW113", f"POST /code takes Content-Type: application/json, got {ctype[:80] or 'none'!r}")
        if not allow_coding:
            return _err(403, "EW108", "coding is disabled on this server (start it with --allow-coding)")
        try:
            obj = json.loads(bytes(body).decode("utf-8"))
        except RecursionError:
            return _err(400, "EW104", "body is JSON nested too deeply to read")
        except (UnicodeDecodeError, ValueError) as e:  # JSONDecodeError, and ints over Python's digit limit
            why = "a number too long to read (over 4,300 digits)" if "digits" in str(e) else str(e)[:200]
            return err(400, "EW104", f"body is not valid UTF-8 JSON: {why}")
        if not isinstance(obj, dict):
            return _err(422, "EW106", "body must be a JSON object with a 'text' string")
        try:
            req = CodeRequest.model_validate(obj)
        except ValidationError as e:
            msgs = "; ".join(f"{'.'.join(str(x) for x in err['loc'])}: {err['msg']}" for err in e.errors())
            return _err(422, "EW106", msgs)
        if not req.text.strip():
            return _err(422, "EW101", "text is empty or whitespace only")
        if req.publication_date:
            from ..events.dates import parse_publication_date

            try:
                parse_publication_date(req.publication_date)
            except DateError as e:
                return _err(422, e.code, e.message)
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(_code_sync, req)

    def _code_sync(req: CodeRequest) -> dict:
        from ..ingest import article_from_text
        from ..pipeline import code_batch

        a = article_from_text(req.text, title=req.title, publication_date=req.publication_date, url=req.url)
        res = code_batch([a])
        stored = store.write_batch(res) if req.store else None
        return {"article_id": a.id, "report": res.reports[0].to_dict() if res.reports else None,
                "events": [e.to_dict() for e in res.events], "quotes": [q.to_dict() for q in res.quotes],
                "stored": stored}

    @app.get("/alerts")
    def alerts(request: Request, limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0),
               rule: str | None = Query(None, description="one rule name"),
               severity: str | None = Query(None, description="info, low, medium, high, critical"),
               since: str | None = Query(None, description="fired on or after this date, YYYY-MM-DD")) -> dict:
        """Watch-rule alerts (``eventwire alerts``, ``eventwire follow --rules``), newest first:
        ``{total, limit, offset, alerts: [Alert]}`` (each with its rule, severity, cluster, counts,
        outlets and evidence: sentence, offsets, article URL)."""
        from ..alerts.evaluate import alert_rows
        from ..schema import SEVERITIES

        unknown = sorted(set(request.query_params) - {"limit", "offset", "rule", "severity", "since"})
        if unknown:
            raise InputError(f"unknown query parameter(s): {', '.join(unknown)} (alerts take limit, offset, rule, "
                             f"severity, since)", code="EW106")
        if severity is not None and severity not in SEVERITIES:
            raise InputError(f"severity must be one of {', '.join(SEVERITIES)}", code="EW106")
        if since:
            from ..query.filters import iso_bounds

            since = iso_bounds(since, end=False)
        total, rows = alert_rows(store, limit=limit, offset=offset, rule=rule, severity=severity, since=since)
        return {"total": total, "limit": limit, "offset": offset, "alerts": [a.to_dict() for a in rows]}

    @app.get("/clusters/{cluster_id}")
    def cluster(cluster_id: str):
        """One event cluster: ``cluster_id``, ``event``, counts (``num_mentions``, ``num_articles``,
        ``num_sources``), ``outlets``, ``source_outlets`` (the independent ones), ``articles``,
        ``first_date``/``last_date`` and its ``events`` (ids)."""
        rows = store.sql("SELECT * FROM clusters WHERE cluster_id = ?", [cluster_id], as_="records")
        if not rows:
            return _err(404, "EW404", f"no event cluster {cluster_id!r}")
        c = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in rows[0].items() if k != "founder"}
        c["events"] = [r["id"] for r in store.sql("SELECT id FROM events WHERE cluster_id = ? ORDER BY id",
                                                  [cluster_id], as_="records")]
        return c

    static_dir = resources.files("eventwire.api") / "static"
    app.mount("/static", StaticFiles(directory=str(static_dir)), name="static")

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(str(static_dir / "index.html"), media_type="text/html")

    return app
