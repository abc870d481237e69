"""Command-line interface: ``eventwire COMMAND ...``. One module per command.

Each command module defines ``register(subparsers)`` (adds its parser, sets ``func``) and a
``run(args) -> int``. Library errors become one readable line on stderr and exit code 2.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__
from ..errors import EventwireError

#: command name -> module (under eventwire.cli). Add new commands here.
COMMANDS = {
    "code": "code",
    "evaluate": "evaluate",
    "query": "query",
    "serve": "serve",
    "batch": "batch",
    "load": "load",
    "follow": "follow",
    "alerts": "alerts",
    "train": "train",
    "actors": "actors",
}


class _Parser(argparse.ArgumentParser):
    """argparse with eventwire's one-line errors: a bad option prints ``eventwire: error: [EW100] ...``
    (with the command's usage hint in ``--help``) and exits 2, like every other user error. An option given
    an empty value is such a bad option (:func:`refuse_empty_values`)."""

    def error(self, message: str):  # noqa: D401 - argparse hook
        self.exit(2, f"eventwire: error: [EW100] {self.prog}: {message} (see: {self.prog} --help)\n")

    def parse_known_args(self, args=None, namespace=None):
        """argparse's parse, then :func:`refuse_empty_values` on this parser's options (each subcommand's
        parser runs it on its own options)."""
        ns, extras = super().parse_known_args(args, namespace)
        refuse_empty_values(self, ns)
        return ns, extras


def refuse_empty_values(parser: argparse.ArgumentParser, ns: argparse.Namespace) -> None:
    """Refuse an option given an empty (or blank) value: ``--out ''``, ``--report ""``, ``--db "$UNSET"``,
    ``--sink ''``. Such a value is a mistake (an unset shell variable, a lost quote), and taken as the option
    left out it silently changed the run: ``code --out ''`` wrote the events to stdout, ``--report ''`` wrote no
    report, ``train --out ''`` overwrote the packaged model, ``serve --host ''`` listened on every interface.
    One rule for every option of every command: an error line ``eventwire: error: [EW100] eventwire CMD:
    argument --out: empty value '': give a value, or leave the option out (see: ...)`` and exit 2 before anything runs. Options whose default is the empty
    string (``evaluate --label``) take it; choices and numbers are checked by argparse itself."""
    for action in parser._actions:
        if not action.option_strings or action.default == "":
            continue
        value = getattr(ns, action.dest, None)
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str) and not v.strip():
                flag = "/".join(action.option_strings)
                hint = "give a value" if action.required else "give a value, or leave the option out"
                parser.error(f"argument {flag}: empty value {v!r}: {hint}")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="eventwire", description="Code news into PLOVER political event data.")
    p.add_argument("--version", action="version", version=f"eventwire {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, mod in COMMANDS.items():
        try:
            m = importlib.import_module(f".{mod}", __name__)
        except ModuleNotFoundError as e:
            if e.name and e.name.endswith(f"cli.{mod}"):
                continue  # command not built yet
            raise
        m.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 1
    try:
        return int(args.func(args) or 0)
    except EventwireError as e:
        print(f"eventwire: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("eventwire: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
