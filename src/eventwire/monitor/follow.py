"""The poll loop of ``eventwire follow``: fetch feeds, fetch new articles, code them through
:func:`eventwire.pipeline.code_batch`, store them, corroborate, evaluate watch rules, report.

One poll (:meth:`Follower.poll`):

1. every feed is fetched (a few at a time, :class:`~eventwire.monitor.fetch.Fetcher` policies;
   conditional requests with the validators kept in the store) and its new entries recorded as
   pending items (:mod:`eventwire.monitor.state`); a feed that fails is reported and tried again at the
   next poll;
2. the pending items (this poll's and any left by an earlier poll or an interrupted run) are fetched
   ahead in background threads, in order, while the main thread extracts (the HTML reader,
   :func:`eventwire.ingest.html.extract_html`) and codes them in batches of ``batch_size``;
   syndicated copies of a story already seen are not coded again but stored as one more mention of it,
   with their own outlet (:mod:`eventwire.ingest.dedupe`);
3. each batch is written with its items' final states in one transaction
   (:meth:`eventwire.store.Store.write_batch`), which also places its events into event clusters; with
   watch rules, the touched clusters are evaluated at once and new alerts sent to the sinks;
4. a one-line summary (:meth:`PollReport.line`).

Nothing here is fatal for one feed, page or sink: each failure is reported with its error code and the
item retried (up to ``max_attempts`` polls). Only a store that cannot be written stops the run.
"""
from __future__ import annotations

import sys
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterator

from ..errors import BodyTooLarge, EmptyInput, FetchError, FormatError, InputError
from ..schema import Article, DocReport, Mention
from .feeds import Entry, FeedSpec, parse_listing
from .state import FollowState


@dataclass
class PollReport:
    """Counts of one poll: feeds (``feeds``, ``feeds_failed``, ``not_modified``), items (``new``:
    entries seen for the first time; ``coded``, ``skipped``, ``failed``: final states reached in this
    poll; ``retry``: fetches that failed and will be tried again), ``copies`` (syndicated copies stored
    as mentions), ``events``, ``clusters`` (event clusters touched), ``corroborated`` (of those, with
    two or more independent sources), ``alerts``, ``seconds``, ``problems`` (one line per failure)."""

    poll: int = 0
    feeds: int = 0
    feeds_failed: int = 0
    not_modified: int = 0
    new: int = 0
    coded: int = 0
    skipped: int = 0
    failed: int = 0
    retry: int = 0
    copies: int = 0
    events: int = 0
    clusters: int = 0
    corroborated: int = 0
    alerts: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    _touched: set = field(default_factory=set, repr=False)

    def line(self) -> str:
        """The one-line summary printed after each poll."""
        return (f"poll {self.poll}: feeds {self.feeds} ({self.feeds_failed} failed, {self.not_modified} unchanged) · "
                f"new {self.new} · coded {self.coded} · skipped {self.skipped} (copies {self.copies}) · "
                f"failed {self.failed} · retry {self.retry} · events {self.events} · clusters {self.clusters} "
                f"({self.corroborated} with 2+ sources) · alerts {self.alerts} · {self.seconds:.1f} s")

    def to_dict(self) -> dict:
        from dataclasses import asdict

        d = asdict(self)
        d.pop("_touched")
        return d


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


class Follower:
    """Follows ``feeds`` (list of :class:`~eventwire.monitor.feeds.FeedSpec`) into ``store`` (open
    read-write). ``fetcher``: a :class:`~eventwire.monitor.fetch.Fetcher`; ``rules``: watch rules
    (list of :class:`~eventwire.alerts.rules.Rule`) evaluated on every touched cluster; ``sinks``:
    opened sinks (:func:`eventwire.alerts.sinks.open_sinks`); ``batch_size``: articles coded per
    batch; ``workers``: parallel fetches; ``max_attempts``: failed fetches before an item is given
    up; ``log``: progress callback (one line each); ``seed_limit``: stored articles loaded into the
    copy detector at start (the most recent)."""

    def __init__(self, store, feeds: list[FeedSpec], *, fetcher, rules=None, sinks=(), batch_size: int = 16,
                 workers: int = 4, max_attempts: int = 3, log: Callable[[str], None] = _stderr,
                 seed_limit: int = 2000, language: bool = True) -> None:
        from ..ingest.dedupe import Deduper

        if batch_size < 1 or workers < 1 or max_attempts < 1:
            raise InputError(f"batch_size, workers and max_attempts must be >= 1 (got {batch_size}, {workers}, "
                             f"{max_attempts})")
        self.store, self.feeds, self.fetcher = store, list(feeds), fetcher
        self.rules, self.sinks = list(rules or []), list(sinks)
        self.batch_size, self.workers, self.log, self.language = batch_size, workers, log, language
        self.state = FollowState(store, max_attempts=max_attempts)
        self.polls = 0
        self.deduper = Deduper()
        self._outlet_of_feed = {f.url: f.outlet for f in self.feeds}
        self._seed(seed_limit)

    def _seed(self, limit: int) -> None:
        """Load the most recent stored articles into the copy detector, so a copy of a story coded
        before a restart is still recognised."""
        if limit <= 0:
            return
        rows = self.store.sql("SELECT id, title, text, publication_date FROM articles ORDER BY publication_date "
                              "DESC NULLS LAST, id LIMIT ?", [limit], as_="records")
        for r in reversed(rows):
            self.deduper.check(Article(text=r["text"], id=r["id"], title=r["title"],
                                       publication_date=r["publication_date"]))

    # -- one poll ------------------------------------------------------------------------------
    def poll(self) -> PollReport:
        """Run one poll (see module doc) and return its report. Raises only
        :class:`~eventwire.errors.StoreError` (the store cannot be written) or
        :class:`~eventwire.errors.ModelError`."""
        self.polls += 1
        rep = PollReport(poll=self.polls, feeds=len(self.feeds))
        t0 = time.perf_counter()
        self._poll_feeds(rep)
        self._process_items(rep)
        rep.seconds = time.perf_counter() - t0
        return rep

    def _poll_feeds(self, rep: PollReport) -> None:
        jobs = [(f, *self.state.validators(f.url)) for f in self.feeds]

        def fetch(job):
            spec, etag, lm = job
            try:
                return spec, self.fetcher.get(spec.url, etag=etag, last_modified=lm), None
            except FetchError as e:
                return spec, None, e
            except Exception as e:  # a client bug on odd input must not end the poll
                return spec, None, FetchError(f"{spec.url}: internal: {type(e).__name__}: {e}")

        with ThreadPoolExecutor(max_workers=min(self.workers, max(1, len(jobs)))) as pool:
            results = list(pool.map(fetch, jobs))
        for spec, res, err in results:
            if err is not None:
                rep.feeds_failed += 1
                msg = f"feed {spec.url}: {err} (tried again next poll)"
                rep.problems.append(msg)
                self.log(f"  {msg}")
                self.state.record_feed(spec, status="failed", error=str(err))
                continue
            if res.not_modified:
                rep.not_modified += 1
                self.state.record_feed(spec, status="not_modified")
                self.log(f"  feed {spec.url}: not modified")
                continue
            try:
                try:
                    listing = parse_listing(res.content, res.final_url, res.content_type)
                except FormatError:
                    raise
                except Exception as e:  # a parser bug on odd bytes: this feed fails this poll
                    raise FormatError(f"{spec.url}: internal: {type(e).__name__}: {e}") from e
            except FormatError as e:
                rep.feeds_failed += 1
                msg = f"feed {spec.url}: {e} (tried again next poll)"
                rep.problems.append(msg)
                self.log(f"  {msg}")
                self.state.record_feed(spec, status="failed", error=str(e))
                continue
            for e in listing.entries:
                e.feed_url = spec.url
            new = self.state.record_feed(spec, status="ok", listing=listing, etag=res.etag,
                                         last_modified=res.last_modified)
            rep.new += new
            self.log(f"  feed {spec.url}: {listing.kind}, {len(listing.entries)} entries, {new} new")

    def _fetch_ahead(self, items: list[tuple[Entry, int]], pool) -> Iterator[tuple[Entry, object, Exception | None]]:
        window = max(2 * self.batch_size, self.workers * 2)
        queue: deque = deque()
        it = iter(items)

        def job(entry: Entry):
            if not entry.url:
                return None, None
            try:
                return self.fetcher.get(entry.url), None
            except FetchError as e:
                return None, e
            except Exception as e:  # a client bug on odd input must not end the poll
                return None, FetchError(f"{entry.url}: internal: {type(e).__name__}: {e}")

        while True:
            while len(queue) < window:
                nxt = next(it, None)
                if nxt is None:
                    break
                queue.append((nxt[0], pool.submit(job, nxt[0])))
            if not queue:
                return
            entry, fut = queue.popleft()
            res, err = fut.result()
            yield entry, res, err

    def _article(self, entry: Entry, res) -> Article:
        """Extract the article of a fetched item (HTML reader; plain text as is; the entry's own text
        when the item has no URL or the page holds no article text). Raises InputError children."""
        from ..corroboration.sources import host_of
        from ..ingest.core import article_from_text, decode_bytes
        from ..ingest.html import extract_html

        aid = entry.guid or entry.url or entry.item_id
        feed_title = entry.feed_title
        art = None
        if res is not None:
            if res.content_type in ("text/plain",):
                art = article_from_text(decode_bytes(res.content, name=entry.url), id=aid, url=res.final_url)
            else:
                try:
                    art = extract_html(res.content, url=entry.url, id=aid)
                except EmptyInput:
                    if not entry.summary:
                        raise
        if art is None:
            art = article_from_text(entry.summary or "", id=aid, url=entry.url)
        art.path = entry.url or entry.feed_url
        art.title = art.title or entry.title
        art.publication_date = art.publication_date or entry.published
        site = art.outlet
        art.outlet = (self._outlet_of_feed.get(entry.feed_url) or entry.outlet or feed_title or site
                      or host_of(entry.url or entry.feed_url))
        art.meta.update({k: v for k, v in (("feed_title", feed_title), ("feed_url", entry.feed_url),
                                           ("follow_item", entry.item_id), ("sitename", site)) if v})
        return art

    def _process_items(self, rep: PollReport) -> None:
        items = self.state.pending()
        if not items:
            return
        batch: list[tuple[Entry, object]] = []
        mentions: list[tuple[Entry, Mention]] = []
        in_batch: dict[str, Article] = {}
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            for entry, res, err in self._fetch_ahead(items, pool):
                if err is not None:
                    final = isinstance(err, BodyTooLarge)
                    state = self.state.fail(entry.item_id, str(err), final=final)
                    if state == "failed":
                        rep.failed += 1
                    else:
                        rep.retry += 1
                    msg = f"item {entry.url}: {err} ({'given up' if state == 'failed' else 'tried again next poll'})"
                    rep.problems.append(msg)
                    self.log(f"  {msg}")
                    continue
                try:
                    art = self._article(entry, res)
                except InputError as e:
                    from ..ingest.core import _skip

                    batch.append((entry, _skip(entry.url, e, entry.guid)))
                    continue
                except Exception as e:  # an extractor bug on an odd page: that page fails, the poll goes on
                    batch.append((entry, DocReport(entry.guid, "failed", f"EW900 internal: html reader: "
                                                                         f"{type(e).__name__}: {e}", path=entry.url)))
                    continue
                if self.store.has_article(art.content_hash):
                    batch.append((entry, DocReport(art.id, "skipped", "already_coded", path=art.path)))
                    continue
                story = self.deduper.check(art)
                if story is not None and story.article_id != art.id:
                    from ..ingest.dedupe import record_copy

                    canon = in_batch.get(story.article_id)
                    if canon is not None:
                        record_copy(canon, art)
                    else:
                        mentions.append((entry, Mention(article_id=art.id, story_article_id=story.article_id,
                                                        url=art.url, outlet=art.outlet,
                                                        publication_date=art.publication_date, path=art.path)))
                    rep.copies += 1
                    batch.append((entry, DocReport(art.id, "skipped", f"duplicate:{story.article_id}", path=art.path)))
                    continue
                in_batch[art.id] = art
                batch.append((entry, art))
                if len(in_batch) >= self.batch_size:
                    self._flush(batch, mentions, rep)
                    batch, mentions, in_batch = [], [], {}
            if batch or mentions:
                self._flush(batch, mentions, rep)

    def _flush(self, batch: list[tuple[Entry, object]], mentions: list[tuple[Entry, Mention]], rep: PollReport) -> None:
        from ..pipeline import code_batch

        res = code_batch([x for _, x in batch], batch_size=max(1, len(batch)), language=self.language)
        res.mentions = [m for _, m in mentions]
        marks = []
        for (entry, _), report in zip(batch, res.reports):
            state = {"coded": "coded", "skipped": "skipped"}.get(report.status, "failed")
            marks.append((entry.item_id, state, report.article_id, report.reason))

        def also(con):
            for item, state, aid, reason in marks:
                FollowState.mark(con, item, state, article_id=aid, reason=reason)

        self.store.write_batch(res, also=also)
        for _, state, _, _ in marks:
            setattr(rep, state, getattr(rep, state) + 1)
        rep.events += len(res.events)
        touched = {e.cluster_id for e in res.events if e.cluster_id}
        if res.mentions:
            got = self.store.sql("SELECT DISTINCT cluster_id FROM events WHERE cluster_id IS NOT NULL AND article_id IN "
                                 "(SELECT unnest(?::VARCHAR[]))", [[m.story_article_id for m in res.mentions]],
                                 as_="records")
            touched |= {r["cluster_id"] for r in got}
        if touched:
            rep._touched |= touched
            rep.clusters = len(rep._touched)
            n = self.store.sql("SELECT count(*) AS c FROM clusters WHERE num_sources >= 2 AND cluster_id IN "
                               "(SELECT unnest(?::VARCHAR[]))", [sorted(rep._touched)], as_="records")[0]["c"]
            rep.corroborated = int(n or 0)
        n_alerts = 0
        if self.rules and touched:
            from ..alerts.evaluate import evaluate_rules
            from ..alerts.sinks import deliver

            alerts = evaluate_rules(self.store, self.rules, cluster_ids=touched)
            n_alerts = len(alerts)
            rep.alerts += n_alerts
            for p in deliver(alerts, self.sinks, self.store):
                rep.problems.append(p)
                self.log(f"  {p}")
        c = res.counts()
        self.log(f"  batch: {len(batch)} items · coded {c['coded']} · skipped {c['skipped']} · failed {c['failed']} · "
                 f"events {len(res.events)} · alerts {n_alerts}")
        for r in res.reports:
            if r.status == "failed":
                rep.problems.append(f"item {r.path or r.article_id}: {r.reason}")

    # -- the loop ------------------------------------------------------------------------------
    def run(self, *, every: float = 900.0, once: bool = False, polls: int | None = None,
            sleep: Callable[[float], None] = time.sleep) -> list[PollReport]:
        """Poll now, then every ``every`` seconds (from the start of one poll to the start of the next),
        until ``once``/``polls`` say stop or Ctrl-C (KeyboardInterrupt propagates; every batch written
        so far stays in the store). Logs each poll's summary line. Returns the reports."""
        reports = []
        while True:
            start = time.monotonic()
            rep = self.poll()
            reports.append(rep)
            self.log(rep.line())
            if once or (polls is not None and len(reports) >= polls):
                return reports
            wait = every - (time.monotonic() - start)
            if wait > 0:
                sleep(wait)
