"""Output files: the rules every output of a run follows, and atomic writes.

Used by the CLI (``--out``, ``--report``, ``--quotes``, ``--db``, ``batch --out``, ``query --out``,
``evaluate --report``) and by the evaluation files (baseline, history). The rules:

* an output's folder must exist: nothing creates missing parent folders (a typo must not scatter files);
* an output is never one of the run's inputs, nor another output of the same run: paths are compared
  after resolving symlinks and relative parts (and by inode, so hard links count too);
* a file output is not an existing folder; a folder output is not an existing file;
* every such fault is found before anything is written and raised as
  :class:`~eventwire.errors.OutputError` (EW110), which the CLI prints as one line (exit 2);
* files written whole at the end of a run (reports, exports, baselines) are written atomically: to a
  temporary file in the same folder, then moved onto the name with ``os.replace``, so the file is either
  complete or absent (Ctrl-C, disk full). Targets that are not regular files (``/dev/stdout``, a FIFO) are written
  in place;
* a failed write (``ENOSPC``, ``EIO``) becomes an :class:`~eventwire.errors.OutputError`, never a traceback.
"""
from __future__ import annotations

import glob
import json
import os
import tempfile
from contextlib import contextmanager
from typing import IO, Iterable, Iterator, Sequence

from .errors import OutputError

_GLOB_CHARS = "*?["


def same_path(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """True when ``a`` and ``b`` name the same file or folder: equal after resolving symlinks, ``..``
    and relative parts, or (both existing) the same inode (hard links)."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def input_paths(inputs: Iterable[str | os.PathLike]) -> list[str]:
    """The paths named by ``inputs`` (files, folders, globs): each path as given, plus the matches of
    each glob. Folders are not walked (a new output inside an input folder is left out of the run's
    documents instead, see :func:`is_under`; an existing one is refused by :func:`check_outputs`)."""
    out: list[str] = []
    for p in inputs:
        s = os.fspath(p)
        out.append(s)
        if any(ch in s for ch in _GLOB_CHARS) and not os.path.exists(s):
            out.extend(sorted(glob.glob(s, recursive=True)))
    return out


def is_under(path: str | os.PathLike, folder: str | os.PathLike) -> bool:
    """True when ``path`` is ``folder`` or lies inside it (after resolving symlinks)."""
    p, f = os.path.realpath(path), os.path.realpath(folder)
    return p == f or p.startswith(f.rstrip(os.sep) + os.sep)


#: The first characters of eventwire's own table output (``code`` without ``--format``).
_TABLE_HEAD = "DATE "


def _document_of_folder(path: str) -> bool:
    """True when ``path`` is an existing, non-empty file that reading its folder would take as a document: a name
    ending in one of the input extensions (:data:`eventwire.ingest.readers.EXTENSIONS`: ``.txt``, ``.jsonl``,
    ``.html`` ...) that is not one of eventwire's own outputs (a records or quotes JSONL line with ``article_id``,
    a run report, the table that starts with ``DATE``), which a re-run may overwrite."""
    from .ingest.readers import EXTENSIONS

    if not os.path.isfile(path) or os.path.getsize(path) == 0:
        return False
    if os.path.splitext(path)[1].lower() not in EXTENSIONS:
        return False
    try:
        with open(path, "rb") as f:
            first = f.read(65536).split(b"\n", 1)[0].decode("utf-8", errors="replace")
    except OSError:
        return True
    if first.startswith(_TABLE_HEAD):
        return False
    try:
        rec = json.loads(first)
    except ValueError:
        return True
    return not (isinstance(rec, dict) and "article_id" in rec)


def _error(flag: str, path: str, why: str) -> OutputError:
    return OutputError(f"{flag} {path}: {why}")


def check_outputs(outputs: Sequence[tuple[str, str | os.PathLike | None]], inputs: Iterable = (), *,
                  folders: Iterable[str] = ()) -> None:
    """Check the outputs of one run before anything is written.

    ``outputs``: ``(flag, path)`` pairs (``path`` None: option not given), e.g.
    ``[("--out", "ev.jsonl"), ("--report", None)]``. ``inputs``: the run's input paths (files, folders,
    globs). ``folders``: the flags whose path is a folder (``batch --out``); the others are files.
    Raises :class:`~eventwire.errors.OutputError` (EW110) when a path is empty or blank (``--out ''`` is a
    mistake, not "write to stdout"), an output is an input or another output, a file output is an existing
    document inside an input folder (:func:`_document_of_folder`: ``code in --out in/01.txt`` would empty the article
    before the folder is read; eventwire's own earlier output there may be overwritten), its parent folder does not
    exist, a file output is an existing folder or a folder output an existing file, or its folder (or the
    existing file) is not writable. Never creates or changes anything.
    """
    folders = set(folders)
    given = [(flag, os.fspath(p)) for flag, p in outputs if p is not None]
    for flag, path in given:
        if not path.strip():
            raise _error(flag, repr(path), "empty path: give a file or folder name, or leave the option out")
    ins = input_paths(inputs)
    in_folders = [src for src in ins if os.path.isdir(src)]
    for i, (flag, path) in enumerate(given):
        for src in ins:
            if same_path(path, src):
                raise _error(flag, path, f"is also an input of this run ({src}); refusing to overwrite it")
        if flag not in folders and any(is_under(path, src) for src in in_folders) and _document_of_folder(path):
            # an existing document inside an input folder (an article): the output would be opened, and the article
            # emptied, before the folder is read
            src = next(src for src in in_folders if is_under(path, src))
            raise _error(flag, path, f"is an existing document inside the input folder {src}; refusing to "
                                     f"overwrite it: write the output elsewhere, or remove the file first")
        for other_flag, other in given[:i]:
            if same_path(path, other):
                raise _error(flag, path, f"is also the {other_flag} output of this run; give each output its "
                                         f"own path")
        is_folder = flag in folders
        if os.path.isdir(path) and not is_folder:
            raise _error(flag, path, "cannot write: is a folder (give a file name)")
        if os.path.exists(path) and is_folder and not os.path.isdir(path):
            raise _error(flag, path, "cannot write: is an existing file, not a folder")
        parent = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(parent):
            raise _error(flag, path, f"cannot write: no such directory {os.path.dirname(path) or parent} "
                                     f"(create it first)")
        target = path if os.path.exists(path) else parent
        if not os.access(target, os.W_OK):
            raise _error(flag, path, "cannot write: permission denied")


def write_failed(flag: str, path: str | os.PathLike, err: OSError) -> OutputError:
    """The :class:`~eventwire.errors.OutputError` for a write to ``path`` that failed with ``err``
    (e.g. ``--out x: cannot write: No space left on device``)."""
    return _error(flag, os.fspath(path), f"cannot write: {err.strerror or err}")


def make_folder(path: str | os.PathLike, flag: str) -> None:
    """Create the output folder ``path`` (its parent must exist; an existing folder is fine).
    Raises :class:`~eventwire.errors.OutputError` (EW110) when it cannot be created."""
    try:
        os.mkdir(path)
    except FileExistsError:
        if not os.path.isdir(path):
            raise _error(flag, os.fspath(path), "cannot write: is an existing file, not a folder") from None
    except OSError as e:
        raise _error(flag, os.fspath(path), f"cannot create the folder: {e.strerror or e}") from e


def _new_file_mode(target: str) -> int:
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextmanager
def atomic_path(path: str | os.PathLike, flag: str = "output") -> Iterator[str]:
    """Yield a temporary path in ``path``'s folder to write the whole file to; on success it replaces
    ``path`` (``os.replace``: readers see the old file or the complete new one, never a partial one);
    on any error, including Ctrl-C, the temporary file is removed and ``path`` is left as it was.
    A symlink is followed (its target is replaced); a target that exists but is not a regular file
    (device, FIFO) is yielded itself. An ``OSError`` while writing or replacing becomes
    :class:`~eventwire.errors.OutputError` (EW110, naming ``flag``)."""
    target = os.path.realpath(path)
    if os.path.exists(target) and not os.path.isfile(target):
        try:
            yield target
        except OSError as e:
            raise write_failed(flag, path, e) from e
        return
    folder, name = os.path.split(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise write_failed(flag, path, e) from e
    os.close(fd)
    try:
        try:
            yield tmp
            os.chmod(tmp, _new_file_mode(target))
            os.replace(tmp, target)
        except OSError as e:
            raise write_failed(flag, path, e) from e
    finally:
        if os.path.lexists(tmp):
            os.unlink(tmp)


@contextmanager
def atomic_open(path: str | os.PathLike, flag: str = "output", *, newline: str | None = None) -> Iterator[IO[str]]:
    """A UTF-8 text file to write ``path`` atomically (see :func:`atomic_path`): the content appears
    under ``path`` only when the ``with`` block ends without an error."""
    with atomic_path(path, flag) as tmp:
        fh = open(tmp, "w", encoding="utf-8", newline=newline)
        try:
            yield fh
            fh.flush()
            if os.path.isfile(tmp):
                os.fsync(fh.fileno())
        finally:
            try:
                fh.close()
            except OSError:
                pass  # the write already failed (and is being raised); the flush on close fails again


def write_text_atomic(path: str | os.PathLike, text: str, flag: str = "output") -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically. Raises :class:`~eventwire.errors.OutputError`."""
    with atomic_open(path, flag) as fh:
        fh.write(text)


def write_json_atomic(path: str | os.PathLike, obj, flag: str = "output", **dump_kw) -> None:
    """Write ``obj`` as JSON (``json.dump`` keyword arguments in ``dump_kw``, e.g. ``indent=1``) to
    ``path`` atomically: ``path`` holds complete JSON or is left as it was. Raises
    :class:`~eventwire.errors.OutputError` (EW110) when writing fails."""
    with atomic_open(path, flag) as fh:
        json.dump(obj, fh, **dump_kw)


class StreamOutput:
    """A text output written as a run goes (``code --out``, ``--quotes``): ``write`` raises
    :class:`~eventwire.errors.OutputError` (EW110) on a failed write (disk full) so the run stops with
    one line; ``close`` never raises but keeps the error, raised by :meth:`check` after the run."""

    def __init__(self, path: str | os.PathLike, flag: str) -> None:
        self.path, self.flag = os.fspath(path), flag
        self.error: OutputError | None = None
        try:
            self._fh = open(self.path, "w", encoding="utf-8")
        except OSError as e:
            raise write_failed(flag, self.path, e) from e

    def write(self, text: str) -> None:
        """Write ``text``; raises OutputError when the write fails."""
        try:
            self._fh.write(text)
        except OSError as e:
            self.error = write_failed(self.flag, self.path, e)
            raise self.error from e

    def close(self) -> None:
        """Flush and close; a failure is kept for :meth:`check` (safe in ``finally`` blocks)."""
        try:
            self._fh.close()
        except OSError as e:
            if self.error is None:
                self.error = write_failed(self.flag, self.path, e)

    def check(self) -> None:
        """Raise the OutputError of a failed write or close, if any."""
        if self.error is not None:
            raise self.error
