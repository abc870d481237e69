"""Alert sinks: where a fired alert goes after it is stored.

* ``stdout`` — one readable line per alert (severity, rule, dyad, event type, date, sources, URL);
* ``jsonl`` — one :meth:`~eventwire.schema.Alert.to_dict` JSON line per alert, appended to a file
  (flushed after each alert);
* ``webhook`` — an HTTP POST of the same JSON object (``Content-Type: application/json``) with
  eventwire's user agent, timeouts and retries with backoff (:class:`~eventwire.monitor.fetch.Fetcher`);
  any 2xx answer is success.

:func:`deliver` sends every alert to every sink and never raises for a sink failure: it returns the
problems (each an :class:`~eventwire.errors.SinkError` message, EW610) for the caller's report, and the
alert stays in the store's ``alerts`` table with each sink's outcome in its ``delivery`` column.
"""
from __future__ import annotations

import sys
from typing import IO, Iterable

from ..errors import EventwireError, SinkError
from ..schema import Alert, dumps
from .rules import Sink


def alert_line(a: Alert) -> str:
    """One readable line: ``ALERT [high] Rule name: RUS -> SYR AID:mode 2025-03-12 · 2 sources, 3
    mentions · Outlet: https://...``."""
    ev = a.event or {}
    dyad = f"{','.join(ev.get('actor') or []) or '---'} -> {','.join(ev.get('recipient') or []) or '---'}"
    et = (ev.get("event") or "") + (f":{ev['mode']}" if ev.get("mode") else "")
    first = (a.evidence or [{}])[0]
    where = f"{first.get('outlet') or ''}: {first.get('url') or first.get('article_id') or ''}".strip(": ")
    again = f" (again: {a.reason})" if a.level else ""
    return (f"ALERT [{a.severity}] {a.rule}: {dyad} {et} {ev.get('date') or 'undated'} · {a.num_sources} "
            f"source{'s' if a.num_sources != 1 else ''}, {a.num_mentions} mention{'s' if a.num_mentions != 1 else ''}"
            f"{again} · {where}")


class _Stdout:
    name = "stdout"

    def __init__(self, out: IO[str] | None = None) -> None:
        self.out = out

    def send(self, a: Alert) -> None:
        out = self.out or sys.stdout
        out.write(alert_line(a) + "\n")
        out.flush()


class _Jsonl:
    def __init__(self, path: str) -> None:
        self.path = path
        self.name = f"jsonl:{path}"

    def send(self, a: Alert) -> None:
        try:
            with open(self.path, "a", encoding="utf-8", newline="\n") as fh:
                fh.write(dumps(a) + "\n")
        except OSError as e:
            raise SinkError(f"{self.name}: cannot write: {e.strerror or e}") from e


class _Webhook:
    def __init__(self, sink: Sink, fetcher) -> None:
        self.url = sink.url
        self.timeout = sink.timeout
        self.name = f"webhook:{sink.url}"
        self.fetcher = fetcher

    def send(self, a: Alert) -> None:
        try:
            self.fetcher.post_json(self.url, a.to_dict(), timeout=self.timeout)
        except EventwireError as e:
            raise SinkError(f"{self.name}: alert {a.id} not accepted: {e.message}") from e


def check_jsonl_sink(path: str) -> None:
    """Raise :class:`~eventwire.errors.OutputError` (EW110) when the JSONL sink ``path`` cannot be written: its
    folder does not exist or is not writable, or the path is a folder or a file that cannot be written. Checked
    before any rule is evaluated, because an alert is recorded as fired when it is evaluated: an alert that then
    fails to reach an unwritable file would never be sent again (fresh user: 44 alerts lost, exit 0). Nothing is
    created."""
    import os

    from ..errors import OutputError

    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise OutputError(f"sink jsonl:{path}: is a folder, not a file")
    if not os.path.isdir(folder):
        raise OutputError(f"sink jsonl:{path}: folder {folder} does not exist")
    if os.path.exists(path) and not os.access(path, os.W_OK):
        raise OutputError(f"sink jsonl:{path}: file is not writable")
    if not os.path.exists(path) and not os.access(folder, os.W_OK):
        raise OutputError(f"sink jsonl:{path}: folder {folder} is not writable")


def open_sinks(sinks: Iterable[Sink], *, stdout: IO[str] | None = None, fetcher=None) -> list:
    """Sink objects for ``sinks`` (each with ``name`` and ``send(alert)``). Webhooks share one
    :class:`~eventwire.monitor.fetch.Fetcher` (``fetcher``, else one with each sink's retries and no
    politeness delay). Raises :class:`~eventwire.errors.OutputError` (EW110) for a JSONL sink that cannot be
    written (:func:`check_jsonl_sink`): open the sinks before evaluating the rules."""
    out = []
    for s in sinks:
        if s.type == "stdout":
            out.append(_Stdout(stdout))
        elif s.type == "jsonl":
            check_jsonl_sink(s.path)
            out.append(_Jsonl(s.path))
        elif s.type == "webhook":
            if fetcher is None:
                from ..monitor.fetch import Fetcher

                f = Fetcher(timeout=s.timeout, retries=s.retries, delay=0.0)
            else:
                f = fetcher
            out.append(_Webhook(s, f))
    return out


def deliver(alerts: Iterable[Alert], sinks: list, store=None) -> list[str]:
    """Send each alert to each sink, in order. Returns the problems (``[EW610] ...`` strings); never
    raises for a failing sink. With ``store``, each alert's ``delivery`` column records
    ``{sink: "ok" | "error: ..."}``."""
    problems: list[str] = []
    for a in alerts:
        outcome = {}
        for s in sinks:
            try:
                s.send(a)
                outcome[s.name] = "ok"
            except SinkError as e:
                problems.append(str(e))
                outcome[s.name] = f"error: {e.message}"
        if store is not None and outcome:
            from .evaluate import record_delivery

            record_delivery(store, a.id, outcome)
    return problems
