"""The trained trigger detector: which tokens of a parsed sentence express a PLOVER event, and of which type.

A multinomial logistic regression over sparse, readable features of one token and its place in the
dependency parse (lemma, part of speech, dependency relation, governor, children and their relations,
prepositional objects, content words of a clausal complement — what a speech verb says —, negation and modal
auxiliaries, the pattern dictionary's own reading of the token, neighbouring words). Classes: the 16 PLOVER
types and ``NONE``. It reads the spaCy parse the coder already has (no second model pass); scoring a token is a
sum of the weights of its features, in a fixed order, so the same input gives the same output byte for byte.

The weights ship as package data (``data/models/trigger_detector.json.gz``, written by ``eventwire train``;
the model card beside it says on what data, with which split and scores). :func:`load_detector` returns None
when no model is packaged; the coder then runs on its rules alone.
"""
from __future__ import annotations

import functools
import gzip
import json
import math
from importlib import resources
from pathlib import Path

from . import attribution as attr
from .patterns import load_patterns

#: Parts of speech whose tokens are scored (a trigger is a verb, an event noun, a predicate adjective
#: "critical of", or an auxiliary read as a verb).
CANDIDATE_POS = frozenset({"VERB", "NOUN", "ADJ", "PROPN", "AUX"})
#: Children whose relation and lemma are features.
CHILD_DEPS = frozenset({"dobj", "dative", "prep", "xcomp", "ccomp", "neg", "aux", "auxpass", "nsubj",
                        "nsubjpass", "agent", "prt", "acomp", "oprd", "attr", "advmod", "compound", "amod", "poss"})
#: Quotation marks counted to tell whether a token stands inside a quotation.
QUOTE_MARKS = frozenset({'"', "“", "”"})
#: Named-entity types whose presence in the sentence is a feature (a party may be named).
SENTENCE_ENTITY_TYPES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
MODEL_FILE = "trigger_detector.json.gz"
NONE = "NONE"


#: Parts of speech whose tokens the detector may propose as new triggers when coding: :data:`CANDIDATE_POS`
#: without proper nouns and auxiliaries. Both stay candidates in training (as the no-event examples they nearly
#: always are): in the annotated training corpus 11 of 1,828 gold triggers are PROPN or AUX (against 24,469
#: candidates), and on the 74 VOA corpus stories none of their 9,074 tokens reaches the add threshold
#: (``eventwire.events.triggers.DETECTOR_ADD``), while they are 30% of the tokens scored. Measured by
#: ``bench/throughput.py`` and the fingerprint of ``docs/detector.md``.
PROPOSING_POS = frozenset({"VERB", "NOUN", "ADJ"})


def is_candidate(tok) -> bool:
    """True for a token the detector scores (see :data:`CANDIDATE_POS`); punctuation and spaces never."""
    return tok.pos_ in CANDIDATE_POS and not tok.is_punct and not tok.is_space


def may_propose(tok) -> bool:
    """True for a token the coder lets the detector propose as a trigger (:data:`PROPOSING_POS`) whose lemma is a
    word (starts with a letter): punctuation, spaces and clitics never ("it’s a suggestion": the "’s" the tagger
    reads as a verb with lemma "’" is no event word; PLOVER manual: a trigger is the word that names the act)."""
    return tok.pos_ in PROPOSING_POS and not tok.is_punct and not tok.is_space and tok.lemma_[:1].isalpha()


@functools.lru_cache(maxsize=1)
def quote_orths() -> frozenset:
    """The spaCy ids (string hashes, as ``Token.orth``) of :data:`QUOTE_MARKS` (spaCy imported on first use)."""
    from spacy.strings import hash_string

    return frozenset(hash_string(m) for m in QUOTE_MARKS)


class SentenceInfo:
    """What the features need of a whole sentence (a spaCy Span, or the list of its tokens), computed once per
    sentence (linear in its length):
    ``start``/``end`` (its token bounds in the Doc), ``in_quote`` (token index -> inside a quotation),
    ``entity_types`` (the sorted named-entity types of :data:`SENTENCE_ENTITY_TYPES` present), ``tokens`` (its
    tokens, a list) and ``forms`` (the lower-case form of each of them, in order). ``forms``: those forms when the
    caller has them (read here otherwise)."""

    def __init__(self, sent, forms: list[str] | None = None):
        toks = sent if isinstance(sent, list) else list(sent)  # a Span, or the list of its tokens
        self.start, self.end = (toks[0].i, toks[-1].i + 1) if toks else (0, 0)
        self.tokens = toks
        self.forms = forms if forms is not None and len(forms) == len(toks) else [t.lower_ for t in toks]
        in_quote: dict[int, int] = {}
        self.in_quote = in_quote
        n = 0
        types = set()
        quotes = quote_orths()
        # the ids of the words and entity types (``orth``, ``ent_type``), not their strings: no string per token
        for t in toks:
            in_quote[t.i] = n % 2
            n += t.orth in quotes
            types.add(t.ent_type)
        types.discard(0)  # no entity
        strings = toks[0].vocab.strings if toks else None
        self.entity_types = sorted({strings[x] for x in types} & SENTENCE_ENTITY_TYPES)
        #: the features of :attr:`entity_types` (``sent_GPE``, ...), made once per sentence
        self.entity_features = [f"sent_{e}" for e in self.entity_types]


def trigger_features(tok, info: SentenceInfo | None = None) -> list[str]:
    """The features of one token (a spaCy ``Token`` of a parsed sentence), as strings ``name=value``; ``info``:
    the :class:`SentenceInfo` of its sentence (computed when not given). Shared by training
    (:mod:`eventwire.train.trigger`) and coding, so both see the same features. A reported clause the parser hung
    on the noun of the saying's phrase ("the rebels said Tuesday in a statement that they had captured two soldiers":
    :func:`eventwire.events.attribution.saying_of_noun_clause`) has the features of the saying's complement
    (``ccomp`` of "said"), as it reads without the date ("said that they had captured"): the parse, not the words,
    set the two apart."""
    lem = tok.lemma_.lower()
    pos = tok.pos_
    dep = tok.dep_
    h = tok.head
    if dep in ("acl", "relcl"):
        sv = attr.saying_of_noun_clause(tok)
        if sv is not None:  # "said Tuesday in a statement that they had captured": read as the saying's clause
            dep, h = "ccomp", sv
    hlem = h.lemma_.lower()
    f = [f"l={lem}", f"p={pos}", f"t={tok.tag_}", f"d={dep}", f"lp={lem}|{pos}", f"ld={lem}|{dep}",
         f"hl={hlem}", f"hd={dep}|{hlem}", f"hp={h.pos_}"]
    pk = "V" if pos == "VERB" else "N" if pos in ("NOUN", "PROPN") else None
    if pk:
        for p in load_patterns().candidates(lem, pk):
            if not p.preps and not p.rules_only:  # "spoke with Xi": a speech verb is no reading of the bare lemma;
                # a rules-only row is none of the trained detector's features
                f += [f"pat={p.event}", f"patm={p.event}|{p.mode}"]
    speech = lem in attr.SPEECH
    if speech:
        f.append("speech")
    for c in tok.children:
        cdep = c.dep_
        if cdep not in CHILD_DEPS:
            continue
        cl = c.lemma_.lower()
        f += [f"cd={cdep}", f"cdl={cdep}|{cl}", f"lcd={lem}|{cdep}"]
        if cdep == "prep":
            for x in c.children:
                if x.dep_ == "pobj":
                    f += [f"prep={c.lower_}|{x.lemma_.lower()}", f"lprep={lem}|{c.lower_}",
                          f"pobjent={x.ent_type_ or '-'}"]
        elif cdep in ("nsubj", "nsubjpass"):
            f.append(f"subjent={c.ent_type_ or c.pos_}")
        elif cdep == "dobj":
            f.append(f"objent={c.ent_type_ or c.pos_}")
        elif cdep in ("ccomp", "xcomp"):
            for x in c.subtree:
                if x.pos_ in ("ADJ", "VERB", "NOUN", "AUX") or x.dep_ == "neg":
                    f.append(f"comp={x.lemma_.lower()}")
            if speech:
                f.append("speechcomp")
        if cdep == "dobj":
            f.append(f"lobj={lem}|{cl}")  # "imposed tariffs", "took custody"
    if dep == "dobj":
        f.append(f"gov={hlem}|{lem}")
    elif dep == "pobj" and h.dep_ == "prep":
        f.append(f"govp={h.head.lemma_.lower()}|{h.lower_}|{lem}")  # "took ... into custody"
    info = info or SentenceInfo(tok.sent)
    i = tok.i
    if i > info.start:
        f.append(f"w-1={_form(tok, -1, info)}")
    if i < info.end - 1:
        f.append(f"w+1={_form(tok, 1, info)}")
    f.append(_INQ[info.in_quote.get(i, 0)])  # inside a quotation
    f += info.entity_features
    return f


def _form(tok, k: int, info: SentenceInfo) -> str:
    """``tok.nbor(k).lower_``, read from ``info.forms`` when that token is of the sentence (speed: no new Token)."""
    i = tok.i + k
    j = i - info.start
    if 0 <= j < len(info.forms) and info.tokens[j].i == i:
        return info.forms[j]
    return tok.nbor(k).lower_


#: The features ``inq=0`` and ``inq=1`` (outside, inside a quotation), made once.
_INQ = ("inq=0", "inq=1")


class TriggerDetector:
    """A loaded detector: ``classes`` (the 16 PLOVER types and ``NONE``), ``weights`` (feature -> list of
    (class index, weight)), ``bias`` (one per class), ``meta`` (the model card's figures)."""

    def __init__(self, classes: list[str], weights: dict[str, list], bias: list[float], meta: dict | None = None):
        self.classes = list(classes)
        self.weights = {k: [(int(i), float(w)) for i, w in v] for k, v in weights.items()}
        self.bias = [float(b) for b in bias]
        self.meta = meta or {}
        self.none_index = self.classes.index(NONE)
        # features numbered in sorted order: summing by number is summing in sorted feature order
        self._number = {k: j for j, k in enumerate(sorted(self.weights))}
        self._rows = [self.weights[k] for k in sorted(self.weights)]
        # (features + 2) x classes weights for :meth:`_scores_many` (then the bias row and a zero padding row),
        # built on first use
        self._dense = None

    def probabilities(self, features: list[str]) -> list[float]:
        """Class probabilities (softmax of bias + the weights of the given features; repeated features count
        once; summed in sorted feature order, so the result is reproducible to the last bit)."""
        z = list(self.bias)
        rows = self._rows
        for j in self._known(features):
            for i, w in rows[j]:
                z[i] += w
        return _softmax(z)

    def _known(self, features: list[str]) -> list[int]:
        """The sorted numbers of the known features among ``features`` (each once)."""
        known = set(map(self._number.get, features))
        known.discard(None)
        return sorted(known)

    def probabilities_many(self, feature_lists: list[list[str]]) -> list[list[float]]:
        """:meth:`probabilities` of several tokens at once, equal to it bit for bit (:meth:`_scores_many`, then
        the same softmax). ``feature_lists``: one feature list per token; returns one probability list per token,
        in order (empty in, empty out)."""
        return [_softmax(row) for row in self._scores_many(feature_lists).tolist()] if feature_lists else []

    def _scores_many(self, feature_lists: list[list[str]]):
        """The class scores (bias + weights, before the softmax) of several tokens, a numpy array tokens x
        classes, equal bit for bit to the sums of :meth:`probabilities`: the weights of each token are gathered
        from a dense matrix and added to the bias one feature position at a time, in the same sorted order
        (adding the zero weight of a class a feature has none for, or of the padding row, leaves a float
        unchanged). ``feature_lists`` must not be empty."""
        import numpy as np

        dense = self._dense_weights()
        bias, pad = len(self._rows), len(self._rows) + 1
        known = [self._known(f) for f in feature_lists]
        width = max(map(len, known))
        idx = np.array([[bias, *k, *[pad] * (width - len(k))] for k in known], dtype=np.intp)
        # a running sum is taken in order, one position after the other: the last column is the sum in order
        return np.cumsum(np.take(dense, idx, axis=0), axis=1)[:, -1, :]  # np.take: dense[idx], gathered faster

    def _dense_weights(self):
        """The (features + 2) x classes weight matrix of :meth:`_scores_many` and :meth:`_screen_scores`: one row per
        feature number, then the bias row, then a zero row to pad; built on first use."""
        if self._dense is None:
            import numpy as np

            w = np.zeros((len(self._rows) + 2, len(self.classes)))
            for j, row in enumerate(self._rows):
                for i, v in row:
                    w[j, i] = v
            w[len(self._rows)] = self.bias
            self._dense = w
        return self._dense

    def _screen_scores(self, feature_lists: list[list[str]]):
        """The class scores of several tokens (tokens x classes) as :meth:`_scores_many` gives them, up to the
        rounding of a sum taken in another order: each token's known features (each once, as there) summed with
        the bias in one ``np.add.reduceat`` over the flat list of their weight rows, without sorting the features
        or padding the rows to one width. For :meth:`proposals`' screen only, which keeps a margin of one part in a
        million (the rounding is some parts in 10^15) and scores the tokens it lets through with
        :meth:`_scores_many`. ``feature_lists`` must not be empty."""
        import numpy as np

        dense = self._dense_weights()
        bias = len(self._rows)
        get = self._number.get
        flat: list[int] = []
        starts: list[int] = []
        for f in feature_lists:
            starts.append(len(flat))
            flat.append(bias)  # every segment holds the bias row: none is empty
            known = set(map(get, f))
            known.discard(None)
            flat.extend(known)
        # np.take(dense, rows, axis=0) is dense[rows] (the same rows, copied), gathered faster than by fancy indexing
        return np.add.reduceat(np.take(dense, np.array(flat, dtype=np.intp), axis=0), np.array(starts, dtype=np.intp),
                               axis=0)

    def best(self, p: list[float]) -> tuple[str, float, float]:
        """``(best event type, its probability, probability of NONE)`` of a probability list (the best type is
        never ``NONE``; ties go to the earlier class)."""
        best = max((i for i in range(len(p)) if i != self.none_index), key=lambda i: (p[i], -i))
        return self.classes[best], p[best], p[self.none_index]

    def score(self, tok, info: SentenceInfo | None = None) -> tuple[str, float, float]:
        """``(best event type, its probability, probability of NONE)`` for a token (the best type is never
        ``NONE``; a non-candidate token gives ``(NONE, 0.0, 1.0)``); ``info``: its sentence's
        :class:`SentenceInfo`, when the caller scores several tokens of one sentence."""
        if not is_candidate(tok):
            return NONE, 0.0, 1.0
        return self.best(self.probabilities(trigger_features(tok, info)))

    def score_many(self, toks: list, info: SentenceInfo | None = None) -> list[tuple[str, float, float]]:
        """:meth:`score` of several tokens of one sentence at once (:meth:`probabilities_many`), equal to it
        bit for bit; ``info``: their sentence's :class:`SentenceInfo`. Returns one triple per token, in order."""
        out: list = [(NONE, 0.0, 1.0)] * len(toks)
        scored = [j for j, t in enumerate(toks) if is_candidate(t)]
        probs = self.probabilities_many([trigger_features(toks[j], info) for j in scored])
        for j, p in zip(scored, probs):
            out[j] = self.best(p)
        return out

    def proposals(self, toks: list, threshold: float, info: SentenceInfo | None = None) -> list[tuple]:
        """The tokens of one sentence whose best event type has probability at least ``threshold``, as
        ``(position in toks, best type, its probability)``, in order; the type and probability are exactly those
        of :meth:`score`. A numpy softmax of :meth:`_screen_scores` (the sums of :meth:`_scores_many` taken unsorted)
        screens the tokens first (with a margin of one part in a million below ``threshold``, far above the rounding
        of its sums and ``exp``), and only the tokens it lets through are scored exactly, by :meth:`_scores_many`:
        about 6% of verbs, nouns and adjectives of news text at the coder's threshold. ``info``: the sentence's
        :class:`SentenceInfo`."""
        import numpy as np

        scored = [j for j, t in enumerate(toks) if is_candidate(t)]
        if not scored:
            return []
        info = info or SentenceInfo(toks[scored[0]].sent)
        feats = [trigger_features(toks[j], info) for j in scored]
        z = self._screen_scores(feats)
        ex = np.exp(z - z.max(axis=1, keepdims=True))
        p = ex / ex.sum(axis=1, keepdims=True)
        p[:, self.none_index] = 0.0
        keep = np.flatnonzero(p.max(axis=1) >= threshold * (1 - 1e-6)).tolist()
        if not keep:
            return []
        out = []
        # the exact scores of the tokens let through (a row of _scores_many does not depend on the other rows)
        for r, zr in zip(keep, self._scores_many([feats[r] for r in keep]).tolist()):
            typ, prob, _ = self.best(_softmax(zr))
            if prob >= threshold:
                out.append((scored[r], typ, prob))
        return out

    def to_json(self) -> dict:
        """The JSON object :func:`load_detector` reads (features sorted)."""
        return {"classes": self.classes, "bias": self.bias, "meta": self.meta,
                "weights": {k: self.weights[k] for k in sorted(self.weights)}}


def _softmax(z: list[float]) -> list[float]:
    """Softmax of a list of floats (max subtracted first; ``math.exp``, so every caller gets the same bits)."""
    m = max(z)
    ex = [math.exp(v - m) for v in z]
    s = sum(ex)
    return [v / s for v in ex]


def read_detector(path: str | Path) -> TriggerDetector:
    """Read a detector file (gzip-compressed JSON: ``classes``, ``bias``, ``weights``, ``meta``). Raises
    ``ValueError`` when the file is not such a model."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        d = json.load(fh)
    if not isinstance(d, dict) or NONE not in d.get("classes", []) or len(d.get("bias", [])) != len(d["classes"]):
        raise ValueError(f"{path}: not an eventwire trigger detector")
    return TriggerDetector(d["classes"], d["weights"], d["bias"], d.get("meta"))


@functools.lru_cache(maxsize=1)
def load_detector() -> TriggerDetector | None:
    """The packaged detector (loaded once per process), or None when the package has none."""
    res = resources.files("eventwire").joinpath("data", "models", MODEL_FILE)
    if not res.is_file():
        return None
    with resources.as_file(res) as p:
        return read_detector(p)
