"""``eventwire evaluate --gold NAME|PATH [--report FILE.json|.md] [--errors N] [--limit N] [--gate]
[--update-baseline [--allow-regression]] [--baseline FILE] [--history FILE.jsonl [--label TEXT]
[--history-add REPORT.json]]``"""
from __future__ import annotations

import sys
from pathlib import Path

#: Deterministic subset sizes the quality gate uses for large sets (None = the whole set); the CI budget
#: for the gate is 5 minutes on 2 cores.
GATE_LIMITS = {"conflibert_cameo_class": 300, "conflibert_cameo_ner": 200, "case2021": 300, "india_police": 40}
DEFAULT_BASELINE = "tests/quality_baseline.json"


def gold_help() -> str:
    """The ``--gold`` help text, listing every set of the loader registry
    (:data:`eventwire.evaluate.loaders.LOADERS`) and group (``GROUPS``), so a new set is never missing from it."""
    from ..evaluate.loaders import GROUPS, LOADERS

    groups = ", ".join(f"{g} (= {' + '.join(m)})" if g != "all" else "all" for g, m in GROUPS.items())
    return f"gold set(s), comma-separated: {', '.join(LOADERS)}; groups: {groups}; or a PLOVER-GSR-format .json file"


def register(sub) -> None:
    p = sub.add_parser(
        "evaluate", help="score eventwire against gold sets; quality gate",
        description="Code the texts of public gold sets with eventwire and score the output (per-type and "
                    "event-level P/R/F1, sector, quad-class and actor-span accuracy, confusion, errors).")
    p.add_argument("--gold", required=True, metavar="NAME|PATH",
                   help=gold_help())
    p.add_argument("--report", metavar="FILE", help="write the report to FILE (.json or .md; its folder must exist; "
                                                    "written atomically at the end)")
    p.add_argument("--errors", type=int, default=0, metavar="N", help="show the N most frequent error kinds per set")
    p.add_argument("--limit", type=int, metavar="N", help="score a deterministic subset of N items per set")
    p.add_argument("--gate", action="store_true",
                   help="score each set on the subset pinned in the baseline and fail (exit 1) on a drop")
    p.add_argument("--update-baseline", action="store_true", help="re-pin the floors in the baseline (upward only)")
    p.add_argument("--allow-regression", action="store_true", help="with --update-baseline: also lower floors")
    p.add_argument("--baseline", default=DEFAULT_BASELINE, metavar="FILE",
                   help=f"baseline file (default {DEFAULT_BASELINE})")
    p.add_argument("--history", metavar="FILE.jsonl",
                   help="append this run's full-set headline figures to FILE and show the history in a .md report")
    p.add_argument("--history-add", metavar="REPORT.json",
                   help="with --history: append the figures of a saved JSON report (an earlier run) and stop")
    p.add_argument("--label", default="", help="name of the run in the history (default: eventwire version)")
    from .actors import add_actors_option

    add_actors_option(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..errors import EvaluationError
    from ..evaluate.harness import score_set
    from ..evaluate.loaders import resolve_names
    from ..evaluate import report as R
    from ..outputs import check_outputs, write_text_atomic

    if args.allow_regression and not args.update_baseline:
        raise EvaluationError("--allow-regression only goes with --update-baseline")
    if args.limit is not None and args.limit < 1:
        raise EvaluationError("--limit must be a positive number")
    if args.gate and not Path(args.baseline).exists():
        raise EvaluationError(f"--gate: baseline {args.baseline} not found (run from the repository root, or "
                              f"pass --baseline)")
    if args.report and Path(args.report).suffix.lower() not in (".md", ".json"):
        raise EvaluationError(f"--report must end in .json or .md: {args.report}")
    # before any scoring: outputs are in existing folders and are not the gold file (see eventwire.outputs)
    gold_files = [g for g in args.gold.split(",") if g.endswith(".json")]
    outputs = [("--report", args.report)]
    if args.update_baseline:
        outputs.append(("--baseline", args.baseline))
    if args.history:
        outputs.append(("--history", args.history))
    check_outputs(outputs, gold_files + ([args.history_add] if args.history_add else []))
    from .actors import apply_actors_option

    apply_actors_option(args)
    if args.history_add:
        import datetime as _dt
        import json as _json

        if not args.history:
            raise EvaluationError("--history-add needs --history FILE")
        try:
            rep = _json.loads(Path(args.history_add).read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise EvaluationError(f"--history-add {args.history_add}: cannot read a JSON report ({e})") from e
        row = R.history_row(rep, args.label or f"eventwire {rep.get('eventwire')}",
                            _dt.date.fromtimestamp(Path(args.history_add).stat().st_mtime).isoformat())
        R.append_history(args.history, row)
        print(f"history: {args.history} += {row['label']}", file=sys.stderr)
        return 0
    names = resolve_names(args.gold)
    gated = args.gate or args.update_baseline
    baseline = R.load_baseline(args.baseline) if gated else None
    results = []
    for name in names:
        limit = args.limit
        if gated and limit is None:
            pinned = baseline["sets"].get(name)
            limit = pinned.get("limit") if pinned else GATE_LIMITS.get(name)
        print(f"scoring {name}{f' (subset {limit})' if limit else ''} ...", file=sys.stderr)
        results.append(score_set(name, limit))
    rc = 0
    gate_rows = None
    if args.update_baseline:
        new, msgs = R.update_baseline(results, baseline, allow_regression=args.allow_regression)
        R.write_baseline(args.baseline, new)
        for m in msgs:
            print(f"baseline: {m}", file=sys.stderr)
        print(f"baseline written: {args.baseline}", file=sys.stderr)
        rc = 1 if any("REGRESSION" in m for m in msgs) else 0
        baseline = new
    if gated:
        gate_rows = R.check_gate(results, baseline)
        failed = [g for g in gate_rows if g["status"] != "ok"]
        for g in failed:
            print(f"gate: {g['set']}.{g['metric']} = {g['value']} below floor {g['floor']} "
                  f"(tolerance {baseline['tolerance']})", file=sys.stderr)
        rc = rc or (1 if failed and args.gate else 0)
    import shlex

    cmd = "eventwire evaluate " + shlex.join(sys.argv[2:]) if sys.argv[1:2] == ["evaluate"] else ""
    history = None
    if args.history:
        import datetime as _dt
        import json as _json

        from .. import __version__

        row = R.history_row(_json.loads(R.to_json(results)), args.label or f"eventwire {__version__}",
                            _dt.date.today().isoformat())
        if row["figures"]:
            R.append_history(args.history, row)
        history = R.read_history(args.history)
    if args.report:
        path = Path(args.report)
        if path.suffix.lower() == ".md":
            text = R.to_markdown(results, args.errors, command=cmd.strip(), gate=gate_rows, history=history)
        elif path.suffix.lower() == ".json":
            text = R.to_json(results, args.errors, gate=gate_rows)
        else:
            raise EvaluationError(f"--report must end in .json or .md: {path}")
        write_text_atomic(path, text, "--report")
        print(f"report written: {path}", file=sys.stderr)
    rows = R.results_table(results)
    w = [max(len(r[i]) for r in rows + [("set", "items", "metric", "value")]) for i in range(4)]
    print("  ".join(h.ljust(w[i]) for i, h in enumerate(("set", "items", "metric", "value"))))
    for r in rows:
        print("  ".join(c.ljust(w[i]) for i, c in enumerate(r)))
    if args.errors:
        for res in results:
            top = res.errors.top(args.errors) if res.errors else []
            if top:
                print(f"\n{res.name}: top {len(top)} error kinds")
                for e in top:
                    ex = e["examples"][0]
                    print(f"  {e['count']:5d}  {e['kind']} ({e['detail']})  e.g. {ex['item']}: "
                          f"gold {ex['gold'] or '-'} | emitted {ex['emitted'] or '-'}")
    return rc
