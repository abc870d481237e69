"""User actor tables loaded at run time (issue 12): people and organisations an analyst knows and eventwire
does not, or codes differently.

Two table shapes, the packaged ones (:mod:`eventwire.actors.validate`), chosen by the header line:

* people — ``name  aliases  country  code  sector  role  start  end`` (one line per dated role; start
  inclusive, end exclusive, ISO dates, empty = open; ``aliases`` ``|``-separated);
* organisations and other surface forms — ``form  kind  code  sector  name`` (``kind`` ``org`` for a
  named organisation; also ``igo``, ``country``, ``demonym``, ``capital``, ``outlet``, ``region``).

Where they come from, in order: the environment variable ``EVENTWIRE_ACTORS`` (files separated by the
path separator ``:``, a standing set), then every ``--actors FILE`` of the command (``code``, ``batch``,
``serve --allow-coding``, ``evaluate``). Each file is validated when the run starts; a bad row stops the
run with one ``EW200`` error naming the file and line. A user row wins over the packaged tables and the
knowledge base (the same name, alias or form is taken from the user's row), and the record says so: the
entity's ``source`` is ``user:FILE:LINE`` (the file's name, not its folder, so output does not depend on
where the file lives).

The files in use are passed to worker processes through ``EVENTWIRE_ACTORS`` (set by :func:`use`), so
``--workers N`` and a local Ray cluster code with the same tables; on a remote Ray cluster the files must
exist at the same paths on every node.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..errors import DictionaryError
from .validate import PersonRow, SurfaceRow, form_key, parse_file

__all__ = ["ENV_VAR", "UserTables", "load_user_tables", "active_paths", "use", "user_source"]

#: Environment variable holding the standing set of user tables (``os.pathsep``-separated paths).
ENV_VAR = "EVENTWIRE_ACTORS"


@dataclass(frozen=True)
class UserTables:
    """Validated user rows: ``surface`` (organisations and other forms), ``people`` (dated roles),
    ``files`` (the paths read, in order)."""

    surface: tuple[SurfaceRow, ...]
    people: tuple[PersonRow, ...]
    files: tuple[str, ...]

    def keys(self) -> set[str]:
        """Every key the user defines (forms, person names and aliases; see
        :func:`eventwire.actors.validate.form_key`)."""
        out = {form_key(r.form) for r in self.surface}
        for p in self.people:
            out.add(form_key(p.name))
            out.update(form_key(a) for a in p.aliases)
        return out


def user_source(file: str, line: int) -> str:
    """The ``source`` of a coding from a user row: ``user:NAME:LINE`` (file name without its folder)."""
    return f"user:{Path(file).name}:{line}"


def load_user_tables(paths: Iterable[str | Path]) -> UserTables:
    """Read and validate user tables. Raises :class:`~eventwire.errors.DictionaryError` (EW200) naming
    file and line: unreadable file, wrong header or column count, unknown code or sector, bad or
    overlapping dates, a key defined twice among the user's files, a sector-noun table (not accepted here:
    the packaged sector nouns are edited in the repository)."""
    surface: list[SurfaceRow] = []
    people: list[PersonRow] = []
    files: list[str] = []
    seen: dict[str, tuple[str, int, tuple]] = {}
    for p in paths:
        p = Path(p)
        try:
            text = p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise DictionaryError(f"{p}: cannot read actor table: {e.strerror if isinstance(e, OSError) else e}") from e
        s, pp, ss = parse_file(text, str(p))
        if ss:
            raise DictionaryError(f"{p}:{ss[0].line}: a sector-noun table cannot be given with --actors "
                                  f"(people or organisations only)")
        for r in s:
            _claim(seen, r.form, r.file, r.line, (r.kind, r.code, r.sector, r.name))
        names = {}
        for r in pp:
            if r.name in names:
                continue
            names[r.name] = r
            _claim(seen, r.name, r.file, r.line, ("person", r.name))
            for a in r.aliases:
                _claim(seen, a, r.file, r.line, ("person", r.name))
        surface += s
        people += pp
        files.append(str(p))
    return UserTables(tuple(surface), tuple(people), tuple(files))


def _claim(seen: dict, key_src: str, file: str, line: int, value: tuple) -> None:
    k = form_key(key_src)
    if k in seen:
        f0, l0, v0 = seen[k]
        if (f0, l0, v0) == (file, line, value):
            return  # a person's alias that repeats the name
        what = "duplicate" if v0 == value else "conflicting"
        raise DictionaryError(f"{file}:{line}: {what} key {key_src!r} (first defined at {f0}:{l0})")
    seen[k] = (file, line, value)


def active_paths(extra: Iterable[str | Path] = ()) -> tuple[str, ...]:
    """The user tables in force: those of ``EVENTWIRE_ACTORS`` then ``extra``, as absolute paths,
    without repeats."""
    out: list[str] = []
    env = os.environ.get(ENV_VAR, "")
    for p in [x for x in env.split(os.pathsep) if x.strip()] + [str(x) for x in extra]:
        a = str(Path(p).expanduser().resolve())
        if a not in out:
            out.append(a)
    return tuple(out)


def use(paths: Iterable[str | Path]) -> UserTables:
    """Put user tables in force for this process and the workers it starts: validate them (the standing
    set of ``EVENTWIRE_ACTORS`` plus ``paths``), then set ``EVENTWIRE_ACTORS`` to all of them. Returns the
    validated tables. Raises DictionaryError (EW200, file:line) before anything is coded."""
    files = active_paths(paths)
    tables = load_user_tables(files)
    if files:
        os.environ[ENV_VAR] = os.pathsep.join(files)
    return tables
