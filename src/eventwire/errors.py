"""eventwire's error catalogue: one base class, children grouped by cause, each with a stable code.

Library code raises these; third-party errors are translated at the boundary (``raise X(...) from e``).
The CLI turns them into one readable line and a non-zero exit, never a traceback.
"""
from __future__ import annotations


class EventwireError(Exception):
    """Base class. ``code`` is a stable identifier (``EW1xx`` input, ``EW2xx`` dictionaries/config,
    ``EW3xx`` model, ``EW4xx`` store, ``EW5xx`` evaluation, ``EW6xx`` network: fetching feeds and
    pages, alert sinks)."""

    code = "EW000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        if code:
            self.code = code
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class InputError(EventwireError):
    """Bad input document or argument (EW1xx)."""

    code = "EW100"


class EmptyInput(InputError):
    """The document has no text to code (reason ``empty_input``)."""

    code = "EW101"
    reason = "empty_input"


class BinaryInput(InputError):
    """The document is binary, not text (reason ``unsupported_binary_input``)."""

    code = "EW102"
    reason = "unsupported_binary_input"


class DecodeError(InputError):
    """Bytes could not be decoded as text (reason ``undecodable``)."""

    code = "EW103"
    reason = "undecodable"


class FormatError(InputError):
    """A file of a known format is malformed (bad JSON line, broken WARC record...)."""

    code = "EW104"
    reason = "malformed"


class EventwireOutput(InputError):
    """The input is eventwire's own output, not an article: a JSONL line that is an event record
    (:func:`eventwire.ingest.jsonl.is_event_record`; reason ``eventwire_output``, skipped, EW109)."""

    code = "EW109"
    reason = "eventwire_output"


class TooLarge(InputError):
    """The document's text is over the per-document size limit (UTF-8 bytes; ``--max-doc-bytes``, default
    :data:`eventwire.ingest.core.MAX_DOC_BYTES`). Its reason is ``too_large:<bytes>``, the size found; the
    document is skipped, the run goes on (EW111)."""

    code = "EW111"

    def __init__(self, message: str, *, size: int) -> None:
        super().__init__(message)
        self.size = size
        self.reason = f"too_large:{size}"


class FormatMismatch(InputError):
    """The reader forced with ``--input-format`` (``input_format=``) does not fit the file's content: JSON Lines
    read as HTML or plain text, an HTML page read as plain text or JSON Lines, ... (reason ``format_mismatch``,
    the file fails, EW114; :func:`eventwire.ingest.readers.format_mismatch`)."""

    code = "EW114"
    reason = "format_mismatch"


class DateError(InputError):
    """A date argument is not ISO 8601 (YYYY-MM-DD or YYYY-MM), or a publication date given to the run lies outside
    the news era eventwire codes (:func:`eventwire.events.dates.parse_publication_date`, 1900-01-01 .. 2099-12-31)."""

    code = "EW105"


class OutputError(InputError):
    """An output path (``--out``, ``--report``, ``--quotes``, ``--db``, ...) cannot be used or written: it is
    one of the run's inputs (or another output of the run), its folder does not exist, it is a folder
    where a file is expected (or a non-empty folder where an empty one is), or writing failed (disk full,
    I/O error). Raised before anything is written whenever the fault can be seen up front (EW110)."""

    code = "EW110"


def a_an(word: object) -> str:
    """``word`` with its indefinite article, for messages: ``a_an("int") -> "an int"``,
    ``a_an("str") -> "a str"``, ``a_an("list") -> "a list"``. Chosen by the first letter (vowel ->
    "an"), which fits Python type names; ``None`` reads ``"None"`` (no article)."""
    if word is None:
        return "None"
    w = str(word)
    return f"{'an' if w[:1].lower() in 'aeiou' and w else 'a'} {w}"


class DictionaryError(EventwireError):
    """A packaged or user dictionary (actors, patterns) is invalid: duplicate or conflicting key,
    unknown code. The message names the file and line."""

    code = "EW200"


class ModelError(EventwireError):
    """The spaCy model cannot be loaded (not installed)."""

    code = "EW300"


class StoreError(EventwireError):
    """The DuckDB store cannot be opened, migrated or written."""

    code = "EW400"


class StoreVersionError(StoreError):
    """The store file's schema version is newer than this eventwire, or older and opened read-only."""

    code = "EW401"


class StoreLockedError(StoreError):
    """Another process holds the DuckDB file lock (single writer) longer than the lock timeout."""

    code = "EW402"


class EngineUnavailable(EventwireError):
    """The requested batch engine's optional dependency is missing, e.g. Ray (EW210)."""

    code = "EW210"


class BatchOutputLocked(StoreError):
    """Another ``eventwire batch`` run is writing to the same output directory (EW410)."""

    code = "EW410"


class EvaluationError(EventwireError):
    """A gold set cannot be found or read, or a baseline update would regress."""

    code = "EW500"


class ConfigError(EventwireError):
    """A monitoring configuration file is invalid: a watch-rules file or a feed list (EW220). The
    message starts with ``FILE:LINE:`` so an editor can jump to the fault."""

    code = "EW220"


class RulesError(ConfigError):
    """A watch-rules file (TOML) cannot be parsed or fails validation: unknown key, unknown PLOVER
    event type, mode, sector, status or severity, a bad code, an undefined ``@list``, a bad date
    (EW221)."""

    code = "EW221"


class FeedListError(ConfigError):
    """A feed list for ``eventwire follow`` names no feed, or a line is not an http(s) URL (EW222)."""

    code = "EW222"


class FetchError(EventwireError):
    """Fetching a feed or page failed (EW6xx). Never fatal to a run: ``eventwire follow`` reports
    it and retries at the next poll. ``reason`` is the short key used in reports."""

    code = "EW600"
    reason = "fetch_failed"


class FetchTimeout(FetchError):
    """No (complete) answer within the timeout, after the retries (EW601)."""

    code = "EW601"
    reason = "timeout"


class HTTPStatusError(FetchError):
    """The server answered with an error status (4xx/5xx) after the retries (EW602)."""

    code = "EW602"
    reason = "http_status"

    def __init__(self, message: str, *, status: int = 0, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.status = status


class BodyTooLarge(FetchError):
    """The fetched body is over the size limit (``--max-bytes``); nothing of it is used (EW603). Not to be
    confused with :class:`TooLarge`, a document over the per-document size limit (EW111)."""

    code = "EW603"
    reason = "too_large"


class SinkError(FetchError):
    """An alert sink failed: the webhook did not accept the alert after the retries, or the JSONL
    file cannot be written (EW610). The alert stays in the store's ``alerts`` table."""

    code = "EW610"
    reason = "sink_failed"
