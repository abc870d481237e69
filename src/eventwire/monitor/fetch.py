"""A well-behaved HTTP client for feeds and pages (httpx), with eventwire's errors at the boundary.

:class:`Fetcher` does, for every request:

* **user agent** naming eventwire and its version (:data:`USER_AGENT`);
* **conditional requests**: ``If-None-Match`` / ``If-Modified-Since`` from the validators the caller
  kept (``etag``, ``last_modified``); a 304 comes back as ``not_modified`` with no body;
* **timeouts**: connect/read/write/pool each ``timeout`` seconds, and the whole body within
  ``4 * timeout`` (a server trickling bytes cannot hold a poll forever);
* **retries with backoff** on timeouts, connection errors, 429 and 5xx: ``retries`` more attempts,
  waiting ``backoff * 2**k`` seconds (a ``Retry-After`` of at most ``max_wait`` seconds is honoured);
  other 4xx answers are not retried (a 404 stays a 404);
* **politeness**: at least ``delay`` seconds between the starts of two requests to the same host
  (``host:port``), whatever thread asks;
* **size limit**: a body over ``max_bytes`` (by ``Content-Length`` or while streaming) is refused
  whole: :class:`~eventwire.errors.BodyTooLarge` (never truncated).

Failures raise :class:`~eventwire.errors.FetchError` children (EW6xx) naming the URL; httpx
exceptions never escape.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from .. import __version__
from ..errors import BodyTooLarge, FetchError, FetchTimeout, HTTPStatusError

#: The User-Agent header of every request.
USER_AGENT = f"eventwire/{__version__} (political event data; news monitoring)"
#: Statuses retried with backoff.
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass
class FetchResult:
    """One answer: ``url`` (asked), ``final_url`` (after redirects), ``status``, ``content`` (bytes;
    empty when ``not_modified``), ``content_type`` (media type, lower-case, no parameters),
    ``etag``/``last_modified`` (validators to send next time), ``not_modified`` (a 304),
    ``attempts`` (requests made)."""

    url: str
    final_url: str
    status: int
    content: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    attempts: int = 1
    headers: dict = field(default_factory=dict)


class Fetcher:
    """Thread-safe HTTP GET with the policies of the module doc. Use as a context manager or call
    :meth:`close`. ``client``: an ``httpx.Client`` to use instead of the default (tests)."""

    def __init__(self, *, timeout: float = 10.0, retries: int = 2, backoff: float = 0.5, max_wait: float = 30.0,
                 delay: float = 1.0, max_bytes: int = 5_000_000, user_agent: str = USER_AGENT, client=None) -> None:
        import httpx

        if timeout <= 0 or retries < 0 or backoff < 0 or delay < 0 or max_bytes <= 0:
            from ..errors import InputError

            raise InputError(f"fetch settings must be positive: timeout={timeout}, retries={retries}, "
                             f"backoff={backoff}, delay={delay}, max_bytes={max_bytes}")
        self.timeout, self.retries, self.backoff, self.max_wait = timeout, retries, backoff, max_wait
        self.delay, self.max_bytes, self.user_agent = delay, max_bytes, user_agent
        self._client = client or httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=True,
                                              headers={"User-Agent": user_agent})
        self._hosts: dict[str, float] = {}
        self._host_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # -- politeness ----------------------------------------------------------------------------
    def _wait_turn(self, url: str) -> None:
        parts = urlsplit(url)
        host = f"{parts.hostname}:{parts.port or ''}"
        with self._lock:
            lock = self._host_locks.setdefault(host, threading.Lock())
        with lock:
            now = time.monotonic()
            ready = self._hosts.get(host, 0.0)
            if ready > now:
                time.sleep(ready - now)
            self._hosts[host] = time.monotonic() + self.delay

    # -- requests ------------------------------------------------------------------------------
    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET ``url`` (see module doc). Returns a :class:`FetchResult` for 2xx and 304. Raises
        :class:`~eventwire.errors.FetchTimeout` (EW601), :class:`~eventwire.errors.HTTPStatusError`
        (EW602, ``status`` set), :class:`~eventwire.errors.BodyTooLarge` (EW603) or
        :class:`~eventwire.errors.FetchError` (EW600: connection refused, bad URL, protocol error)."""
        import httpx

        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            attempt += 1
            self._wait_turn(url)
            wait = None
            try:
                res = self._once(url, headers)
                res.attempts = attempt
                return res
            except HTTPStatusError as e:
                if e.status not in RETRY_STATUSES or attempt > self.retries:
                    raise
                wait = getattr(e, "retry_after", None)
            except (FetchTimeout, FetchError) as e:
                if isinstance(e, BodyTooLarge) or attempt > self.retries:
                    raise
            except httpx.InvalidURL as e:
                raise FetchError(f"{url}: not a valid URL ({e})") from e
            pause = self.backoff * (2 ** (attempt - 1))
            if wait is not None:
                pause = max(pause, min(wait, self.max_wait))
            time.sleep(pause)

    def _once(self, url: str, headers: dict) -> FetchResult:
        import httpx

        deadline = time.monotonic() + 4 * self.timeout
        try:
            with self._client.stream("GET", url, headers=headers) as r:
                if r.status_code == 304:
                    return FetchResult(url=url, final_url=str(r.url), status=304, not_modified=True,
                                       etag=r.headers.get("etag"), last_modified=r.headers.get("last-modified"),
                                       headers=dict(r.headers))
                if r.status_code >= 400:
                    err = HTTPStatusError(f"{url}: HTTP {r.status_code} {r.reason_phrase}", status=r.status_code)
                    err.retry_after = _retry_after(r.headers.get("retry-after"))
                    raise err
                declared = r.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise BodyTooLarge(f"{url}: body of {declared} bytes is over the limit of {self.max_bytes} "
                                   f"(--max-bytes)")
                buf = bytearray()
                for chunk in r.iter_bytes():
                    buf.extend(chunk)
                    if len(buf) > self.max_bytes:
                        raise BodyTooLarge(f"{url}: body over the limit of {self.max_bytes} bytes (--max-bytes)")
                    if time.monotonic() > deadline:
                        raise FetchTimeout(f"{url}: body not complete within {4 * self.timeout:g} s")
                ctype = (r.headers.get("content-type") or "").split(";")[0].strip().lower()
                return FetchResult(url=url, final_url=str(r.url), status=r.status_code, content=bytes(buf),
                                   content_type=ctype, etag=r.headers.get("etag"),
                                   last_modified=r.headers.get("last-modified"), headers=dict(r.headers))
        except httpx.TimeoutException as e:
            raise FetchTimeout(f"{url}: no answer within {self.timeout:g} s ({type(e).__name__})") from e
        except httpx.InvalidURL:
            raise
        except httpx.HTTPError as e:
            raise FetchError(f"{url}: {type(e).__name__}: {e}") from e

    def post_json(self, url: str, payload: dict, *, timeout: float | None = None) -> int:
        """POST ``payload`` as JSON (for webhooks), with the same retries, backoff and politeness;
        returns the status (2xx). Raises like :meth:`get`."""
        import httpx

        attempt = 0
        while True:
            attempt += 1
            self._wait_turn(url)
            try:
                r = self._client.post(url, json=payload, timeout=timeout or self.timeout)
                if r.status_code < 400:
                    return r.status_code
                err = HTTPStatusError(f"{url}: HTTP {r.status_code} {r.reason_phrase}", status=r.status_code)
                if r.status_code not in RETRY_STATUSES or attempt > self.retries:
                    raise err
            except httpx.TimeoutException as e:
                if attempt > self.retries:
                    raise FetchTimeout(f"{url}: no answer within {timeout or self.timeout:g} s") from e
            except httpx.HTTPError as e:
                if attempt > self.retries:
                    raise FetchError(f"{url}: {type(e).__name__}: {e}") from e
            time.sleep(self.backoff * (2 ** (attempt - 1)))


def _retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        from datetime import datetime, timezone

        return max(0.0, (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError):
        return None
