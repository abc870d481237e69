"""``eventwire actors build|import-wikidata|lookup|stats``: the actor knowledge base and user tables
(issue 12; ``docs/actors.md``).

* ``build [--src ../shared/kb] [--out DIR]`` -- rebuild the packaged knowledge base from the public
  sources (reproducible: same sources, same files);
* ``import-wikidata RESULT.csv|.json --out people.tsv`` -- a Wikidata query result as a user people table
  (use it with ``--actors people.tsv`` or ``EVENTWIRE_ACTORS``);
* ``lookup NAME [--date D] [--title WORDS] [--country ISO3 ...] [--actors FILE]`` -- how eventwire codes
  a name on a date, and from which table;
* ``stats`` -- the knowledge base's size (persons, organisations, name variants, countries).
"""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser("actors", help="actor knowledge base: build it, import Wikidata results, look up names",
                       description="Build the packaged actor knowledge base, import a Wikidata query result as a "
                                   "user people table, and look up how a name is coded on a date.")
    acts = p.add_subparsers(dest="actors_command", metavar="ACTION")
    b = acts.add_parser("build", help="rebuild the packaged knowledge base from ../shared/kb",
                        description="Rebuild eventwire/data/actors/kb from the public sources (Wikidata office "
                                    "holders, Phoenix/CountryInfo, UCDP, MISP).")
    b.add_argument("--src", default="../shared/kb", help="folder of the sources (default ../shared/kb)")
    b.add_argument("--out", help="output folder (default: the package's data/actors/kb)")
    b.set_defaults(func=run_build)
    w = acts.add_parser("import-wikidata", help="turn a Wikidata SPARQL result (CSV/JSON) into a people table",
                        description="Convert a query result of the Wikidata SPARQL service (columns person, "
                                    "personLabel, positionLabel, country, start, end; query in docs/actors.md) "
                                    "into a people table for --actors.")
    w.add_argument("result", metavar="RESULT", help="the downloaded result (.csv, .tsv or .json)")
    w.add_argument("--out", required=True, metavar="FILE", help="people table to write (TSV; its folder must exist)")
    w.set_defaults(func=run_import)
    lk = acts.add_parser("lookup", help="how a name is coded on a date, and from which table",
                         description="Resolve a person's name as the coder would: user tables, people.tsv, "
                                     "then the knowledge base.")
    lk.add_argument("name")
    lk.add_argument("--date", help="ISO date (default: the latest role)")
    lk.add_argument("--title", help='office words written before the name, e.g. "prime minister"')
    lk.add_argument("--country", action="append", default=[], metavar="ISO3",
                    help="a country the article names (repeatable)")
    add_actors_option(lk)
    lk.set_defaults(func=run_lookup)
    st = acts.add_parser("stats", help="size of the packaged knowledge base")
    st.set_defaults(func=run_stats)
    p.set_defaults(func=lambda args: (p.print_help(), 1)[1])


def add_actors_option(p) -> None:
    """Add ``--actors FILE`` (repeatable) to a command's parser."""
    p.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="user actor table (people or organisations TSV; repeatable); its rows win over the "
                        "packaged ones. A standing set: EVENTWIRE_ACTORS=FILE:FILE (see docs/actors.md)")


def apply_actors_option(args) -> None:
    """Validate and put in force the user tables of ``EVENTWIRE_ACTORS`` and ``--actors`` (before any
    coding; a bad row raises DictionaryError EW200 naming file and line, which the CLI prints as one line)."""
    from ..actors.user_tables import ENV_VAR, use
    import os

    if getattr(args, "actors", None) or os.environ.get(ENV_VAR):
        use(args.actors or [])


def run_build(args) -> int:
    from ..actors.kb_build import build_kb

    m = build_kb(args.src, args.out)
    c = m["counts"]
    print(f"actor knowledge base: {c['persons']} persons ({c['roles']} roles, {c['person_name_variants']} name "
          f"variants), {c['organisations']} organisations ({c['organisation_name_variants']} variants), "
          f"{c['places']} place names, {c['countries']} countries; "
          f"{sum(m['files'].values()) / 1e6:.1f} MB compressed", file=sys.stderr)
    return 0


def run_import(args) -> int:
    from ..actors.wikidata_import import import_wikidata
    from ..outputs import check_outputs

    check_outputs([("--out", args.out)], [args.result])
    _, counts = import_wikidata(args.result, args.out)
    print(f"{args.out}: {counts['people']} people, {counts['roles']} roles from {counts['rows']} rows "
          f"({counts['skipped_not_office']} not an office)", file=sys.stderr)
    return 0


def run_lookup(args) -> int:
    from ..actors.dictionaries import _as_date, load_dictionaries

    apply_actors_option(args)
    D = load_dictionaries()
    info = D.person(args.name, _as_date(args.date), title=args.title, countries=args.country)
    if info is None:
        print(json.dumps({"name": args.name, "found": False}))
        return 1
    print(json.dumps({"name": info.name, "code": info.code, "sector": info.sector, "country": info.country,
                      "role": info.role, "start": info.start, "end": info.end, "source": info.source},
                     ensure_ascii=False))
    return 0


def run_stats(args) -> int:
    from ..actors.kb import load_kb

    kb = load_kb()
    print(json.dumps({"counts": kb.stats(), "files_bytes": kb.manifest.get("files", {})}, sort_keys=True))
    return 0
