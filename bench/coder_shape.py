"""Shape of the rule code (issue 11): long functions, nesting depth, English words written in Python.

For each module of the coding rules (``events/*.py``, ``nlp/views.py``, ``actors/resolve.py``,
``geo/attach.py``) it counts, by static analysis of the source (nothing is imported from eventwire):

* ``long_fns``: functions (methods included) longer than 80 source lines, ``def`` line to last line;
* ``max_depth``: the deepest nesting of blocks inside one function: the function body is depth 0, each
  ``if``/``for``/``while``/``with``/``try``/``match`` and nested ``def``/``lambda``-free block adds one
  (an ``elif`` is at the depth of its ``if``, an ``else`` adds nothing);
* ``words``: English content words written as string literals, counted once per occurrence: a literal
  ``{"spark", "trigger"}`` counts 2, a regex counts each word in it. Never counted: docstrings, messages
  (inside ``raise``, f-strings, logging), a rule's cited source (``source=...``), file and package names, identifiers (``capped_events``), words
  with capitals or digits (codes such as ``ASSAULT``, ``GOV``), grammar words (the closed classes of
  :data:`GRAMMAR`: prepositions, determiners, pronouns, conjunctions, auxiliaries and modals,
  negation, inflectional suffixes) and spaCy's labels (dependency, POS, tag, entity). eventwire's own vocabulary
  (:data:`CONTRACT_EXTRA` plus PLOVER modes, contexts and statuses, lexicon list names) is not counted
  where a literal is a value of the data contract -- compared with a non-text attribute (``m.kind ==
  "country"``, ``mode == ...``), a dict key or value, a keyword argument, an assigned or returned
  value -- but is counted where it is matched against text (``t.lemma_ in ("visit", "trip")``) or
  listed in a word collection.

It also counts the rows of the data files the rules read (``data/lexicon/*.tsv``, ``data/patterns/verbs.tsv``).

Usage: ``python bench/coder_shape.py [--json] [SRC_DIR]`` (default: the ``src/eventwire`` beside this file).
"""
from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

#: Closed-class English words: grammar, not language knowledge (the issue allows them in code).
GRAMMAR = set("""
a an the this that these those any no some all each every both either neither much more less enough most many
several such other another own same
in on at by for with from to of into over about against between during after before since until till near off
around inside outside along across through throughout toward towards onto within without under upon per via
among amid beside besides behind beyond above below up down out away back
if unless whether lest because when while although though as than so then once where whereas
and or but nor yet
i me my we us our you your he him his she her it its they them their who whom whose which what there here
one ones nobody none nothing noone someone anyone everyone
be is are was were been being am have has had having do does did done doing
will shall would could should might may must can ca wo 'll ll 'd ought
not n't never no only also again just even still already
's ’s ' ’ s d according
ied ed ing es y e st nd rd th
""".split())

#: eventwire's own vocabulary: values of the data contract and names used inside the code, not English
#: knowledge about the world (PLOVER modes/contexts/statuses, match kinds, record keys, ...).
CONTRACT_EXTRA = set("""
actual future hypothetical historical text publication day month year headline body dateline
sentence sentence_index start end sentence_start sentence_end rule coded_from topic detector
country capital demonym igo org outlet region person place
dobj dative objmod poss strict noinf inf prep head lemma pos particle object cameo cond
city admin admin1 syntax story mention expand code
refused-as-reject conditional-as-threaten test-as-mobilize willing-as-threaten intent-as-threaten
willing-as-agree intent-as-agree future-as-agree verbal-attack-as-accuse
type key row pattern demand-statement allegation model default say-must claim-that
actor recipient trigger event mode context source pattern
located-party implicit-actor same-act-recipient implicit-recipient
classes bias weights speech speechcomp
""".split())


def _modes_and_contexts(src: Path) -> set[str]:
    out: set[str] = set()
    pat = (src / "events" / "patterns.py").read_text(encoding="utf-8")
    tree = ast.parse(pat)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "MODES" for t in node.targets):
            for v in ast.walk(node.value):
                if isinstance(v, ast.Constant) and isinstance(v.value, str):
                    out.add(v.value)
    sch = ast.parse((src / "schema.py").read_text(encoding="utf-8"))
    for node in ast.walk(sch):
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in ("CONTEXTS", "STATUSES", "PLOVER_MODES") for t in targets):
                for v in ast.walk(node.value):
                    if isinstance(v, ast.Constant) and isinstance(v.value, str):
                        out.add(v.value)
    lex = src / "data" / "lexicon" / "lists.tsv"
    if lex.exists():
        for line in lex.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                out.add(line.split("\t")[0])
    return out


def _spacy_labels() -> set[str]:
    try:
        import spacy.glossary
    except ImportError:  # pragma: no cover - the test extra installs spaCy
        return set()
    return {k.lower() for k in spacy.glossary.GLOSSARY}


LABELS: set[str] = set()
MODULES = ("events/*.py", "nlp/views.py", "actors/resolve.py", "geo/attach.py")
WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")
LIMIT = 80


PATHLIKE = re.compile(r"^[\w.-]*[/.][\w./-]*\.(?:tsv|gz|json|py|md)$|^eventwire[\w.]*$")
IDENT = re.compile(r"^[a-z0-9]*_[a-z0-9_]*$")  # an identifier ("capped_events"), not a word
ESCAPE = re.compile(r"\\(?:[bBsSdDwWAZ]|u[0-9a-fA-F]{4})")


def _message_nodes(tree) -> set[int]:
    """String literals that are messages or plumbing, not rules: inside ``raise``, f-strings, calls of
    ``*Error``/logging/``print``, and file or resource names (``joinpath``, ``files``, ``encoding=``)."""
    ids: set[int] = set()

    def mark(n):
        for x in ast.walk(n):
            if isinstance(x, ast.Constant):
                ids.add(id(x))

    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) or isinstance(node, ast.JoinedStr):
            mark(node)
        elif isinstance(node, ast.Call):
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            if name.endswith(("Error", "Exception")) or name in (
                    "print", "exception", "warning", "info", "debug", "error", "joinpath", "files", "read_text",
                    "open", "getLogger"):
                mark(node)
            for kw in node.keywords:
                if kw.arg == "encoding":
                    mark(kw.value)
    return ids


def _docstring_nodes(tree) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and \
                    isinstance(body[0].value.value, str):
                ids.add(id(body[0].value))
        # bare string statements (attribute docs) are documentation too
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            ids.add(id(node.value))
    return ids


BLOCKS = (ast.If, ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith, ast.Try, ast.Match,
          ast.FunctionDef, ast.AsyncFunctionDef)
if sys.version_info >= (3, 11):
    BLOCKS = BLOCKS + (ast.TryStar,)


def _depth(stmts, d: int = 0) -> int:
    best = d
    for s in stmts:
        if not isinstance(s, BLOCKS):
            continue
        inner = d + 1
        for field in ("body", "handlers", "finalbody", "cases"):
            sub = getattr(s, field, None) or []
            for x in sub:
                if isinstance(x, (ast.ExceptHandler, ast.match_case)):
                    best = max(best, _depth(x.body, inner))
            best = max(best, _depth([x for x in sub if not isinstance(x, (ast.ExceptHandler, ast.match_case))],
                                    inner))
        orelse = getattr(s, "orelse", None) or []
        if isinstance(s, ast.If) and len(orelse) == 1 and isinstance(orelse[0], ast.If):
            best = max(best, _depth(orelse, d))  # elif: same depth as its if
        else:
            best = max(best, _depth(orelse, inner))
    return best


#: Attributes and names whose values are codes of the data contract, not text.
CONTRACT_ATTRS = {"mode", "status", "kind", "event", "sector", "code", "label_", "dep_", "pos_", "tag_",
                  "ent_type_", "basis", "precision", "prec", "role", "source", "order", "unit", "st", "label",
                  "event_type", "mode_override", "time_status", "pos", "name", "vs", "cond", "pub_prec", "spec", "anchor"}


def _target_name(node) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Call):
        return _target_name(node.func)
    return ""


def _rule_words(tree, skip: set[int], contract: set[str]):
    """Counted words of the string literals of ``tree`` (see module doc)."""
    parent: dict[int, ast.AST] = {}
    for node in ast.walk(tree):
        for ch in ast.iter_child_nodes(node):
            parent[id(ch)] = node
    skip = skip | _message_nodes(tree)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in skip:
            continue
        if PATHLIKE.match(node.value) or IDENT.match(node.value):
            continue
        up = parent.get(id(node))
        if isinstance(up, ast.Tuple) and isinstance(parent.get(id(up)), (ast.Assign, ast.Return)) and \
                not isinstance(parent.get(id(up)), ast.Assign) or (
                isinstance(up, ast.Tuple) and isinstance(parent.get(id(up)), ast.Assign)
                and any(isinstance(t, ast.Tuple) for t in parent[id(up)].targets)):
            up = parent.get(id(up))  # "x, y = 'A', 'b'": assigned values
        in_contract = isinstance(up, (ast.Dict, ast.keyword, ast.Assign, ast.AnnAssign, ast.Return, ast.BoolOp, ast.IfExp,
                                      ast.Subscript, ast.arguments, ast.Call)) or (
            isinstance(up, ast.Compare) and (_target_name(up.left) in CONTRACT_ATTRS or up.left is node))
        if isinstance(up, (ast.Tuple, ast.Set, ast.List)) and isinstance(parent.get(id(up)), ast.Compare):
            cmp_ = parent[id(up)]
            in_contract = _target_name(cmp_.left) in CONTRACT_ATTRS
        consts = [e for e in getattr(up, "elts", []) if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        if isinstance(up, (ast.Tuple, ast.Set, ast.List)) and consts and all(
                e.value in contract or not e.value.islower() for e in consts):
            in_contract = True  # a collection of codes ("country", "capital"; a PLOVER mode table)
        if isinstance(up, ast.keyword) and up.arg in ("source", "doc"):
            continue  # a rule's cited source: documentation
        for w in WORD.findall(ESCAPE.sub(" ", node.value)):
            if w != w.lower() or w in GRAMMAR or w in LABELS:
                continue
            if in_contract and w in contract:
                continue
            yield w


def shape(path: Path, excluded: set[str]) -> dict:
    src = path.read_text(encoding="utf-8")
    tree = ast.parse(src)
    docs = _docstring_nodes(tree)
    long_fns, max_depth, deepest = [], 0, None
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            n = node.end_lineno - node.lineno + 1
            if n > LIMIT:
                long_fns.append(f"{node.name} ({n})")
            d = _depth(node.body)
            if d > max_depth:
                max_depth, deepest = d, node.name
    words = [w for w in _rule_words(tree, docs, excluded)]
    return {"lines": len(src.splitlines()), "long_fns": long_fns, "max_depth": max_depth,
            "deepest": deepest, "words": len(words), "distinct_words": len(set(words))}


def data_rows(src: Path) -> dict:
    out = {}
    for p in sorted((src / "data" / "lexicon").glob("*.tsv")) + [src / "data" / "patterns" / "verbs.tsv"]:
        if p.exists():
            out[str(p.relative_to(src))] = sum(1 for l in p.read_text(encoding="utf-8").splitlines()
                                               if l.strip() and not l.startswith("#"))
    return out


def main(argv: list[str]) -> None:
    as_json = "--json" in argv
    args = [a for a in argv if not a.startswith("--")]
    src = Path(args[0]) if args else Path(__file__).resolve().parent.parent / "src" / "eventwire"
    LABELS.update(_spacy_labels())
    excluded = CONTRACT_EXTRA | _modes_and_contexts(src)
    files = sorted({p for g in MODULES for p in src.glob(g)})
    rows = {str(p.relative_to(src)): shape(p, excluded) for p in files}
    data = data_rows(src)
    coder = {k: v for k, v in rows.items() if k.startswith("events/")}
    total = {
        "events_long_fns": sum(len(v["long_fns"]) for v in coder.values()),
        "events_max_depth": max(v["max_depth"] for v in coder.values()),
        "events_words": sum(v["words"] for v in coder.values()),
        "all_long_fns": sum(len(v["long_fns"]) for v in rows.values()),
        "all_max_depth": max(v["max_depth"] for v in rows.values()),
        "all_words": sum(v["words"] for v in rows.values()),
        "data_rows": sum(data.values()),
    }
    if as_json:
        print(json.dumps({"modules": rows, "data": data, "total": total}, indent=1))
        return
    print(f"{'module':28} {'lines':>6} {'fns>80':>6} {'depth':>5} {'words':>6}  long functions / deepest")
    for k, v in rows.items():
        print(f"{k:28} {v['lines']:6} {len(v['long_fns']):6} {v['max_depth']:5} {v['words']:6}  "
              f"{', '.join(v['long_fns']) or '-'} / {v['deepest']}")
    for k, v in data.items():
        print(f"{k:40} {v:6} rows")
    print(json.dumps(total))


if __name__ == "__main__":
    main(sys.argv[1:])
