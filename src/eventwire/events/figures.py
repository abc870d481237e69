"""Statistics read as events: figures that rise or fall, money a country makes, shares of a total, electoral results,
and what figures show. Each rule is a trigger filter (``f(trig, rows) -> bool``, see
:data:`eventwire.events.triggers.TRIGGER_FILTERS`): True drops the trigger, whether a dictionary row or the trained
detector proposed it.

Source: ../shared/eval/voa_news/ANNOTATION.md ("do not code commentary, opinions about the world in general, or
statistics"); PLOVER manual (an event is an interaction in which an actor does something to or with another party;
the manual codes no market, economic or electoral outcome). On the training stories the annotators code no
statistic: "the death toll rose to 165", "the numbers of Asians targeted had risen by 300%", "the government's
majority more than halved" carry no gold event of their own; only the acts in the same sentences are coded. They do
code an act that is counted ("fought three wars since independence", "a total of 25 attacks targeting medical
infrastructure", "arrested 18 suspected terrorists"), so a counted act is left to the other rules: these rules read
the quantity only where the quantity is the whole content of the clause (a figure as subject or object, a share, a
result), never a count of people or acts that the verb acts on.

The words are lexicon data (``src/eventwire/data/lexicon/events.tsv``; lists ``trend_verb``, ``statistic_noun``,
``change_noun``, ``tally_verb``, ``earning_verb``, ``share_word``, ``share_verb``, ``electoral_gain_verb``, ``electoral_result_noun``,
``statistic_source_noun``, ``showing_verb``).
"""
from __future__ import annotations

from ..lexicon import words
from ..nlp.views import prep_objects

#: Verbs of a level moving by itself (lexicon ``trend_verb``: "rose", "fell", "dropped", "doubled").
TREND_VERBS = words("trend_verb")
#: Nouns of a figure or a quantity (lexicon ``statistic_noun``: "number", "level", "rate", "total", "toll",
#: "exports", "revenue").
STATISTIC_NOUNS = words("statistic_noun")
#: Nouns of a change in a figure or of a trend (lexicon ``change_noun``: "increase", "rise", "surge", "wave").
CHANGE_NOUNS = words("change_noun")
#: Verbs of registering a figure (lexicon ``tally_verb``: "recorded", "saw", "witnessed").
TALLY_VERBS = words("tally_verb")
#: Verbs of earning money (lexicon ``earning_verb``: "made", "earned", "generated").
EARNING_VERBS = words("earning_verb")
#: Both: the verbs whose object :func:`_tallied` reads.
FIGURE_VERBS = TALLY_VERBS | EARNING_VERBS
#: Words of a part of a total (lexicon ``share_word``: "most", "majority", "half", "percent", "share").
SHARE_WORDS = words("share_word")
#: Verbs whose object is a part of a total (lexicon ``share_verb``: "account" for, "make" up).
SHARE_VERBS = words("share_verb")
#: Verbs of gaining, keeping or losing an electoral result (lexicon ``electoral_gain_verb``: "won", "regained",
#: "increased"); no verb of taking power by force ("seized power" stays).
ELECTORAL_GAIN_VERBS = words("electoral_gain_verb")
#: Nouns of an electoral result (lexicon ``electoral_result_noun``: "majority", "seats", "power", "landslide").
ELECTORAL_RESULTS = words("electoral_result_noun")
#: Nouns of figures that show something (lexicon ``statistic_source_noun``: "figures", "statistics", "data",
#: "poll").
STATISTIC_SOURCES = words("statistic_source_noun")
#: Verbs by which figures show something (lexicon ``showing_verb``: "show", "suggest", "indicate").
SHOWING_VERBS = words("showing_verb")
#: Modifiers that leave "figures" a statistic (lexicon ``figure_modifier``: "official", "latest"); any other makes
#: them people ("senior party figures").
FIGURE_MODIFIERS = words("figure_modifier")
#: Sums of money (lexicon ``sum_noun``: "dollars", "million", "worth").
SUM_NOUNS = words("sum_noun")

#: Entity types of a quantity.
QUANTITY_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
#: Entity types of a measure that is no count of people ("40 percent", "$4 million", "1.5 million barrels"; not
#: "thousands rose up").
MEASURE_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
#: Relations of a verb's object.
OBJECT_DEPS = ("dobj", "nsubjpass")
#: Prepositions that set a figure's new level or its change ("rose to 1.5 million", "fell by 10 percent").
LEVEL_PREPS = ("to", "by", "from")
#: Prepositions of a party a sum goes to ("pledged $5 million to Ukraine", "made $2 million available for refugees").
RECIPIENT_PREPS = ("to", "for")


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def _in(tok, vocab) -> bool:
    return _lemma(tok) in vocab or tok.lower_ in vocab


def is_quantity(tok) -> bool:
    """True when ``tok`` heads a quantity: a token of a MONEY, PERCENT, QUANTITY or CARDINAL entity ("$4 million",
    "40 percent", "1.5 million barrels") or a number ("504")."""
    return tok.ent_type_ in QUANTITY_ENTS or tok.like_num


def is_sum(tok) -> bool:
    """True when ``tok`` heads a sum of money: a MONEY entity or a noun of lexicon ``sum_noun`` ("dollars")."""
    return tok.ent_type_ == "MONEY" or _in(tok, SUM_NOUNS)


def counted(tok):
    """What a count is of: the object of the "of" phrase of a number ("230 of the 350 seats" -> seats); else
    ``tok``."""
    if tok.like_num or tok.ent_type_ == "CARDINAL":
        return next(iter(prep_objects(tok, ("of",))), tok)
    return tok


def _quantity_phrase(tok) -> bool:
    """True when ``tok`` has a "to"/"by"/"from" phrase whose object is a quantity ("rose to 1.5 million barrels",
    "fell by 10 percent") or one of whose words is one ("up from 398")."""
    return any(is_quantity(o) or any(is_quantity(c) for c in o.children) for o in prep_objects(tok, LEVEL_PREPS))


def quantity_trend(trig, rows: dict) -> bool:
    """A figure that rises or falls read as an act: "the number of migrants crossing the border has dropped
    sharply" (CONCEDE), "Iran's oil exports rose to 1.5 million barrels a day" (PROTEST), "the death toll climbed to
    200". A verb trigger of lexicon ``trend_verb`` with no direct object whose subject is a figure (lexicon
    ``statistic_noun``: number, level, rate, toll, exports, revenue) or a measure (a percentage, a sum, a quantity),
    or that moves "to"/"by"/"from" a quantity, is a statistic, no party's act; a subject that rises "against"
    somebody or "up" ("the people of Kashmir have risen against the occupation", "thousands rose up") makes an
    uprising and stays, and so does "militants increased their attacks" (an object: no trend verb used alone). Source: ../shared/eval/voa_news/ANNOTATION.md ("do not code ... statistics");
    training annotations ("the overall death toll rose to 165", "the numbers of Asians targeted had risen by 300%":
    no event of their own). Example: "The number of illegal immigrants detected in Dover has dropped dramatically"
    codes no event."""
    tok = trig.token
    if tok.pos_ not in ("VERB", "AUX") or not _in(tok, TREND_VERBS):
        return False
    kids = list(tok.children)
    if any(c.dep_ == "dobj" or (c.dep_ == "prt" and c.lower_ == "up") for c in kids) or \
            prep_objects(tok, ("against",)):
        return False  # "increased their attacks", "thousands rose up", "rose against the regime"
    subjects = [counted(c) for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    if any(_in(s, STATISTIC_NOUNS) or s.ent_type_ in MEASURE_ENTS for s in subjects):
        return True
    return _quantity_phrase(tok)


def _tallied(obj, verb) -> bool:
    """True when ``obj``, the object of ``verb`` (a verb of lexicon ``tally_verb`` or ``earning_verb``), is a figure:
    for a verb of registering (``tally_verb``), a change or a trend (lexicon ``change_noun``: "recorded an increase
    in fatalities", "is seeing a wave of kidnappings") or a figure (lexicon ``statistic_noun``: "recorded the highest
    figure"); for a verb of earning (``earning_verb``), a sum of money made ("made $4 million") that goes to no party
    ("made 10 million euros available to refugees", "made $5 million for the victims" are given)."""
    obj = counted(obj)
    if not _in(verb, EARNING_VERBS):
        return _in(obj, CHANGE_NOUNS) or _in(obj, STATISTIC_NOUNS)
    if not is_sum(obj):  # "made arms sales to Taiwan" is no figure a country makes
        return False
    holders = [verb, obj] + [c for c in obj.children if c.dep_ in ("amod", "acl", "relcl")]
    if any(prep_objects(h, RECIPIENT_PREPS) for h in holders):  # "made 10 million euros available to refugees"
        return False
    return not any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in verb.children)


def tallied_figure(trig, rows: dict) -> bool:
    """A figure a country registers or money it makes, read as an act: "Botswana has recorded an increase in human
    fatalities" (ACCUSE), "Nigeria is seeing a wave of kidnappings by criminal gangs seeking huge ransoms"
    (REQUEST), "Botswana has made $4 million from the sale of hunting licenses" (CONCEDE), "Kenya earned $2 billion
    from tea exports". The trigger is a verb of lexicon ``tally_verb`` (record, register, see, witness, experience,
    make, earn) whose object is a figure (:func:`_tallied`: a change or trend noun of lexicon ``change_noun``, a
    figure of ``statistic_noun``, or a sum of money that goes to no party), or it lies inside such an object (the
    kidnappings of the wave, the gangs' ransoms: the trend's description, no act of its own). A trend that a party
    makes ("militants increased their attacks") and money given ("pledged $5 million in aid to Ukraine", "made $2
    million available to refugees") stay. Source: ../shared/eval/voa_news/ANNOTATION.md ("do not code ...
    statistics"; "opinions about the world in general"); training annotations ("stop and search figures showed the
    numbers of Asians targeted had risen by 300%": only the accusation coded). Example: "Thailand has recorded a
    sharp rise in dengue cases" codes no event."""
    tok = trig.token
    if tok.pos_ == "VERB" and _in(tok, FIGURE_VERBS) and any(
            c.dep_ in OBJECT_DEPS and _tallied(c, tok) for c in tok.children):
        return True
    node = tok
    for _ in range(12):  # the trigger's governors up to the root
        head = node.head
        if head is node:
            return False
        if node.dep_ in OBJECT_DEPS and head.pos_ == "VERB" and _in(head, FIGURE_VERBS) and _tallied(node, head):
            return True
        node = head
    return False


def figure_since_landmark(trig, rows: dict) -> bool:
    """An act named only as the starting point of a figure read as an event of the story: "Botswana has made $4
    million from hunting licenses, the highest figure since lifting a hunting ban in 2019" (CONCEDE), "inflation
    reached its highest level since the invasion began", "the lowest number since the ceasefire was signed". A
    trigger inside a "since" phrase or clause that dates a figure (its head is a noun of lexicon ``statistic_noun``:
    figure, level, number, total, rate) times the statistic; it is background the text does not report ("the first
    meeting since the coup", "the biggest protest since 2019" are no figures and stay for the other rules). Source:
    ../shared/eval/voa_news/ANNOTATION.md ("do not code ... statistics"; status "historical": background).
    Example: "the highest figure since lifting a hunting ban in 2019" codes no CONCEDE."""
    node = trig.token
    for _ in range(12):  # the trigger's governors up to the root
        head = node.head
        if head is node:
            return False
        since = (node.lower_ == "since" and node.dep_ == "prep") or (
            node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children))
        if since and _dated_figure(head):
            return True
        node = head
    return False


def _dated_figure(head) -> bool:
    """True when ``head``, what a "since" phrase or clause hangs on, is a figure: a noun of lexicon
    ``statistic_noun`` ("the highest figure since"), or a verb whose attribute or "to" object is one ("was the
    lowest figure since", "fell to the lowest level since": the parser hangs the clause on the verb)."""
    if head.pos_ in ("NOUN", "PROPN"):
        return _in(head, STATISTIC_NOUNS)
    if head.pos_ not in ("VERB", "AUX"):
        return False
    figures_ = [c for c in head.children if c.dep_ == "attr"] + list(prep_objects(head, ("to",)))
    return any(f.pos_ in ("NOUN", "PROPN") and _in(f, STATISTIC_NOUNS) for f in figures_)


def _share(tok) -> bool:
    """True when ``tok`` names a part of a total: a word of lexicon ``share_word`` ("most", "the majority", "half",
    "a third", "40 percent"), a percentage, or a noun modified by "most" or by a percentage ("most aluminum
    imports", "40 percent of imports")."""
    if _in(tok, SHARE_WORDS) or tok.ent_type_ == "PERCENT":
        return True
    return any(c.dep_ in ("amod", "nummod", "quantmod", "det") and (_in(c, SHARE_WORDS) or c.ent_type_ == "PERCENT")
               for c in tok.children)


def share_of_total(trig, rows: dict) -> bool:
    """A share of a total read as an act: "with Canada accounting for most aluminum imports" (COERCE), "Russia
    accounted for 40 percent of the EU's gas imports", "women make up half of the workforce". A verb trigger of
    lexicon ``share_verb`` ("account" for, "make" up) whose "for" object, or whose object after the particle "up",
    is a share (:func:`_share`) is a statistic about a market or a population, no act ("the minister could not
    account for the missing funds" names no share and stays for the other rules). Source:
    ../shared/eval/voa_news/ANNOTATION.md ("do not code ... statistics"). Example: "Canada accounts for most
    aluminum imports" codes no event."""
    tok = trig.token
    if tok.pos_ != "VERB" or not _in(tok, SHARE_VERBS):
        return False
    parts = list(prep_objects(tok, ("for",))) if _lemma(tok) == "account" else []
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        parts += [c for c in tok.children if c.dep_ == "dobj"]
    return any(_share(p) for p in parts)


def electoral_result(trig, rows: dict) -> bool:
    """An electoral result read as an act: "Harold Wilson took over and increased his majority later in the year"
    (COERCE), "when Labour regained power in 1997" (ASSAULT), "the ruling party won 230 of the 350 seats", "the
    Conservatives lost 12 seats". A verb trigger of lexicon ``electoral_gain_verb`` (win, regain, retain, lose,
    increase, extend) whose direct object is an electoral result (lexicon ``electoral_result_noun``: majority,
    seats, votes, power, landslide; a count of one: "230 of the 350 seats") is the outcome of a vote, no interaction
    of political actors. Power that is taken or seized is no such verb ("the army seized power" stays), nor is a
    power "of" something ("the UK was losing its power of veto"). Source: PLOVER manual (events are interactions of
    political actors; elections are a context, not an event type); ../shared/eval/voa_news/ANNOTATION.md ("do not
    code ... statistics"); training annotations ("the government's majority more than halved", "won by a majority
    of only 14": no event of their own). Example: "Labour regained power in 1997" codes no ASSAULT."""
    tok = trig.token
    if tok.pos_ != "VERB" or not _in(tok, ELECTORAL_GAIN_VERBS):
        return False
    objs = [counted(c) for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and all(_in(o, ELECTORAL_RESULTS) and not prep_objects(o, ("of",)) for o in objs)


def figures_show(trig, rows: dict) -> bool:
    """What figures show read as an act of theirs: "figures published last week showed that people from ethnic
    minorities were stopped more often" (ACCUSE), "statistics suggest crime is falling", "the poll shows Labour
    ahead". A verb trigger of lexicon ``showing_verb`` whose subject is a statistic (lexicon
    ``statistic_source_noun``: figures, statistics, data, poll, survey) reports a statistic, no party's act ("the
    government showed restraint" has no such subject and stays). Source: ../shared/eval/voa_news/ANNOTATION.md ("do
    not code ... statistics"). Example: "Statistics showed that crime fell" codes no event."""
    tok = trig.token
    if tok.pos_ != "VERB" or not _in(tok, SHOWING_VERBS):
        return False
    return any(c.dep_ == "nsubj" and _statistic_source(c) for c in tok.children)


def _statistic_source(tok) -> bool:
    """True when ``tok`` names figures that show something (lexicon ``statistic_source_noun``); "figures" only with
    no compound and no modifier but those of lexicon ``figure_modifier`` ("official figures", "figures published
    last week"; not "senior party figures", "opposition figures": people)."""
    if not _in(tok, STATISTIC_SOURCES):
        return False
    if _lemma(tok) != "figure" and tok.lower_ != "figures":
        return True
    return not any(c.dep_ == "compound" or (c.dep_ == "amod" and not _in(c, FIGURE_MODIFIERS)) for c in tok.children)


#: The rules of this module, in the order :data:`eventwire.events.triggers.TRIGGER_FILTERS` runs them.
FIGURE_FILTERS = [quantity_trend, tallied_figure, figure_since_landmark, share_of_total, electoral_result, figures_show]
