"""How argument rules are written and run: ordered lists of small named functions, the first that fires wins.

A rule is a plain function ``rule(args) -> Found | None`` with a docstring giving its example sentence and
its source (PLOVER manual section, CAMEO code, gold set or field case). ``None`` means "does not apply":
the next rule of the list is tried; a :class:`Found` (even with no entities: "a named doer that resolves to
nothing") ends the search. The rule's id is its function name; :func:`first_found` returns it with the
result and the coder writes it into ``text_info.rule``. To switch a rule off, leave it out of its list
(``ACTOR_RULES``, ``RECIPIENT_RULES``, ...); tests do so with ``monkeypatch``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from ..nlp.views import objects, subject_of

#: Rule id written when no rule of a list found anybody.
NONE = "none"


@dataclass
class Found:
    """What an argument rule found: ``entities`` (list of :class:`~eventwire.schema.Entity`, possibly
    empty), the ``token`` they were read from (None when implicit) and, for a rule that runs sub-rules, the
    id of the one that found them (``rule``; the rule's own name otherwise)."""

    entities: list = field(default_factory=list)
    token: object = None
    rule: str | None = None


@dataclass
class Args:
    """What an argument rule reads about one trigger: ``trigger``
    (:class:`~eventwire.events.triggers.Trigger`), ``res`` (the article's
    :class:`~eventwire.actors.resolve.ActorResolver`, pointed at the trigger's Doc), ``earlier`` (records
    coded before it in the article, for anaphora), for recipient rules ``actors`` (the actor found) and
    ``actor_codes`` (codes a recipient must not repeat), and ``headline``: True when the trigger is in the article's
    title (the segment of kind ``headline``, :class:`eventwire.nlp.segment.Segment`; sentence index 0)."""

    trigger: Any
    res: Any
    earlier: list = field(default_factory=list)
    actors: list = field(default_factory=list)
    actor_codes: set = field(default_factory=set)
    headline: bool = False
    #: The trigger's head token (``trigger.token``; an attribute, not a property: the rules read it a hundred times
    #: per trigger).
    tok: Any = field(init=False, repr=False, compare=False)
    #: The pattern row the rules read (:attr:`Trigger.row`), likewise.
    row: Any = field(init=False, repr=False, compare=False)

    #: Results of the rules' shared tests of the trigger, by name, each a pure function of its parse found once for
    #: all the rules that ask (:meth:`objects`; ``actor_rules._passive``).
    memo: dict = field(init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.tok = self.trigger.token
        self.row = self.trigger.row

    def objects(self) -> list:
        """What the trigger's token acts on (:func:`eventwire.nlp.views.objects`): a new list on each call."""
        got = self.memo.get("objects")
        if got is None:
            got = self.memo["objects"] = tuple(objects(self.tok))
        return list(got)

    @property
    def exclude(self) -> tuple:
        """``actor_codes`` as the resolver's ``exclude_codes``."""
        return tuple(self.actor_codes)

    @property
    def actor_sectors(self) -> dict:
        """Code -> sector of the coded actors."""
        return {e.code: e.sector for e in self.actors if e.code}

    def is_agent_noun(self, lemma: str) -> bool:
        """True for a noun with a PLOVER sector ("demonstrators", "officials")."""
        return self.res.D.sector_of_noun(lemma) is not None

    def subject(self, v):
        """The subject of verb ``v`` (:func:`eventwire.nlp.views.subject_of`)."""
        return subject_of(v, self.is_agent_noun)


def rule_id(rule: Callable) -> str:
    """The id of a rule: its function name."""
    return rule.__name__


def first_found(rules: Sequence[Callable], *args) -> tuple[Found, str]:
    """Run ``rules`` in order on ``args``; return the first :class:`Found` and the id of its rule, or
    ``(Found(), "none")`` when no rule applies."""
    for rule in rules:
        got = rule(*args)
        if got is not None:
            return got, got.rule or rule.__name__
    return Found(), NONE


def distinct_parties(a, b) -> bool:
    """True when coded entities ``a`` and ``b`` are two parties of a dyad: of two countries, or of one country with two
    different sectors given ("Hamas and Fatah": PSE REB and PSE PTY, a domestic dyad; "Israel and the Israeli
    government" is one party). Source: PLOVER manual, "Compound and Reciprocal Actors" (one dyad each way); the
    training annotations code talks between two bodies of one country as a domestic dyad ("Negotiations between
    United and the pilots union": USA CONSULT USA)."""
    if a.code != b.code:
        return True
    return a.sector is not None and b.sector is not None and a.sector != b.sector
