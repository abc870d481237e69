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
``statistic_source_noun``, ``showing_verb``, ``supply_verb``, ``market_total_noun``).
"""
from __future__ import annotations

from ..lexicon import mapping, words
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
#: Verbs naming a need (lexicon ``need_verb``: "need", "require").
NEED_VERBS = words("need_verb")
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
        if node.dep_ in OBJECT_DEPS and head.pos_ == "VERB" and _in(head, FIGURE_VERBS) and _tallied(node, head):
            return True
        if head.i == node.i:
            return False  # the root, its own head (read once: a new Token object on each access, never ``node``)
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
        since = (node.lower_ == "since" and node.dep_ == "prep") or (
            node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children))
        if since and _dated_figure(head):
            return True
        if head.i == node.i:
            return False  # the root, its own head (read once: a new Token object on each access, never ``node``)
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


#: Verbs of supplying a market (lexicon ``supply_verb``: "provide", "supply", "produce", "meet", "cover").
SUPPLY_VERBS = words("supply_verb")
#: Nouns of what a market or a country needs or uses (lexicon ``market_total_noun``: "demand", "needs",
#: "consumption", "requirements").
MARKET_TOTALS = words("market_total_noun")


def _needed_total(tok) -> bool:
    """True when ``tok`` is a total a market or a country needs: a noun of lexicon ``market_total_noun`` ("demand",
    "needs", "consumption"), or a noun that a participle or a clause of need qualifies ("the 150 million chickens
    needed each year", "the maize the country needs": lexicon ``need_verb``)."""
    if any(c.dep_ == "poss" for c in tok.children):
        return False  # "provides 40 percent of Kenya's needs for vaccines": one party meets another's need (AID)
    if _in(tok, MARKET_TOTALS):
        return True
    return any(c.dep_ in ("acl", "relcl") and _in(c, NEED_VERBS) for c in tok.children)


def supplied_share_of_need(trig, rows: dict) -> bool:
    """Rule ``supplied_share_of_need``. A market's supply statistic read as aid or another act: "states provide less
    than 20 million of the 150 million chickens needed each year", "local farms supply only 20 percent of the maize
    the country needs", "domestic refineries meet a third of demand", "imports cover 40 percent of consumption". A
    verb trigger of lexicon ``supply_verb`` whose direct object is a part of a total (a share, :func:`_share`, or a
    quantity with an "of" phrase) whose total is what a market or a country needs (:func:`_needed_total`: lexicon
    ``market_total_noun``, or a noun qualified by a verb of need) states how much of a need is met, no party giving
    anything to another. Source: ../shared/eval/voa_news/ANNOTATION.md ("do not code ... statistics"); PLOVER manual,
    AID (an actor provides aid to a recipient). "Japan provided 30 percent of the aid Sudan received" (no need named)
    "the World Bank provides 40 percent of Kenya's needs for vaccines" (a party's need met by another) and "the US
    provided $50 million in aid to Sudan" stay for the other rules."""
    tok = trig.token
    if tok.pos_ != "VERB" or not _in(tok, SUPPLY_VERBS):
        return False
    # "provide ... of the 150 million chickens needed every year": the parser may hang the participle on the verb
    needed_here = any(c.dep_ == "advcl" and c.tag_ == "VBN" and _in(c, NEED_VERBS) for c in tok.children)
    return any((_share(o) or is_quantity(o)) and any(needed_here or _needed_total(t) for t in prep_objects(o, ("of",)))
               for o in tok.children if o.dep_ == "dobj")


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


#: Nouns and modifiers of a period that ends now (lexicon ``aggregate_period_noun``, ``aggregate_period_modifier``).
PERIOD_NOUNS = words("aggregate_period_noun")
PERIOD_MODIFIERS = words("aggregate_period_modifier")
#: Words that count a plural without a number, with the least count they stand for (lexicon ``vague_count_word``).
VAGUE_COUNTS = {w: int(v) for w, v in mapping("vague_count_word").items()}
#: Number words ("ten attacks"; lexicon ``number_word``).
NUMBER_WORDS = {w: int(v) for w, v in mapping("number_word").items()}
#: Prepositions of a period ("in the past two years", "over the past decade", "during the last year").
PERIOD_PREPS = ("in", "over", "during", "within", "throughout", "across")
#: Relations by which the words above the trigger still belong to its clause (a light verb's object, a joined verb,
#: a clause of manner or time); the walk stops at a reported clause ("said") and at a noun.
CLAUSE_LINKS = frozenset({"conj", "advcl", "xcomp", "dobj", "pobj", "prep"})
#: The least count of acts (a plural event noun) and of people acted on (a verb's patients) that make a statistic
#: of acts over a period ("504 attacks in 2024", "more than 300 journalists were detained last year"): a handful of
#: acts ("fought three wars since independence", "conducted two operations since 2016") is each an event.
MIN_ACTS = 10
MIN_PEOPLE = 100
#: Types of an act done to people, whose patients a count of victims counts ("300 journalists were detained"); the
#: patients of other acts are what is sent or given ("France sent 500 soldiers to Mali last year": one act).
HARM_TYPES = frozenset({"ASSAULT", "COERCE"})


def _year(tok) -> bool:
    """True for a four-digit year ("2024")."""
    return tok.like_num and len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("19", "20")


def _period_kind(tok) -> str | None:
    """The period a child of ``tok`` sets, if it counts acts over a stretch of time: "several" for one longer than a
    year that ends now ("in the past two years", "over the past decade", "in the last six months", "since 2015"),
    "one" for one year ("last year", "this year", "in the past year", "in 2024"); None for none (a day, a week, a
    single month: "last week", "on Tuesday", "in March").
    Grammar: a period phrase is a "since" phrase with a year, a bare year after "in", or a noun of lexicon
    ``aggregate_period_noun`` modified by a word of ``aggregate_period_modifier`` (or "last"/"this" "year") in a
    phrase of :data:`PERIOD_PREPS` or as an adverbial noun."""
    best = None
    for c in tok.children:
        objs = []
        if c.dep_ == "prep" and c.lower_ == "since":
            if any(_year(o) for o in prep_objects(tok, ("since",))):
                return "several"
            continue
        if c.dep_ == "prep" and c.lower_ in PERIOD_PREPS:
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if c.lower_ == "in" and any(_year(o) and not list(o.children) for o in objs):
                best = best or "one"
                continue
        elif c.dep_ == "npadvmod":
            objs = [c]
        for o in objs:
            lem = o.lemma_.lower()
            if lem not in PERIOD_NOUNS and o.lower_ not in PERIOD_NOUNS:
                continue
            mods = {m.lower_ for m in o.children if m.dep_ in ("amod", "det")}
            if not mods & (PERIOD_MODIFIERS | {"this"}):
                continue
            if o.tag_ == "NNS" or lem == "decade":
                return "several"
            if lem == "year":
                best = "one"
    return best


def _clause_period(tok) -> str | None:
    """The period (:func:`_period_kind`) set on ``tok`` or on the words above it in its clause (:data:`CLAUSE_LINKS`,
    at most five steps: "launched 504 attacks in 2024" sets it on the light verb, "In the past two years, journalists
    have been blocked or harassed ... and detained" on the first of the joined verbs); "several" wins over "one"."""
    found = None
    node = tok
    for _ in range(6):
        kind = _period_kind(node)
        if kind == "several":
            return kind
        found = found or kind
        if node.dep_ not in CLAUSE_LINKS or node.head is node:
            break
        node = node.head
    return found


def _count(tok) -> int | None:
    """How many ``tok`` (a plural noun) counts: its number ("504 attacks", "more than 300 journalists", "ten raids"),
    or the vague count that heads it ("dozens of attacks", "hundreds of activists"; lexicon ``vague_count_word``);
    None when it is not counted."""
    for c in tok.children:
        if c.dep_ == "nummod":
            text = c.lower_.replace(",", "")
            if text.isdigit():
                return int(text)
            if text in NUMBER_WORDS:
                return NUMBER_WORDS[text]
            if text in VAGUE_COUNTS:
                return VAGUE_COUNTS[text]
    h = tok.head
    if tok.dep_ == "pobj" and h.lower_ == "of" and h.head.lower_ in VAGUE_COUNTS:
        return VAGUE_COUNTS[h.head.lower_]
    if tok.lower_ in VAGUE_COUNTS:  # "arrested hundreds of activists": the count is the object
        return VAGUE_COUNTS[tok.lower_]
    return None


def _bare_plural(tok) -> bool:
    """True for a plural common noun with no determiner, possessor or number: a class of people ("journalists have
    been detained"), not the ones of one act."""
    return tok.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in tok.children)


def _verb_patients(tok) -> list:
    """Who a verb acts on: its objects or passive subject, or for a participle joined to a passive verb without a
    subject of its own ("journalists have been blocked or harassed while covering events and detained"), the passive
    subject of the first verb above it that has one (at most five steps over joined verbs and clauses)."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs and tok.tag_ == "VBN":
        node = tok
        for _ in range(5):
            if node.dep_ not in ("conj", "advcl") or node.head is node:
                break
            node = node.head
            objs = [c for c in node.children if c.dep_ == "nsubjpass"]
            if objs:
                break
    return objs + [x for o in objs for x in o.conjuncts]


def counted_acts_over_period(trig, rows: dict) -> bool:
    """A count of acts over a period read as an event: "the separatist group launched 504 attacks in 2024, compared
    to 116 in 2023", "militants have carried out dozens of attacks since 2015", "more than 300 journalists were
    detained last year", "in the past two years, journalists have been blocked, detained and assaulted, media
    groups said". The trigger's clause sets a period that ends now or a whole year (:func:`_clause_period`: "in the
    past two years", "over the past decade", "since 2015", "last year", "in 2024") and the trigger is
    - a plural event noun counted by at least :data:`MIN_ACTS` ("504 attacks", "dozens of raids"), or
    - a verb of harm (:data:`HARM_TYPES`) whose patients are counted by at least :data:`MIN_PEOPLE` ("more than 300
      journalists were detained last year", "arrested hundreds of activists over the past decade"), or
    - over a period longer than a year, a passive verb of harm whose patients are a bare plural, a class of people
      ("journalists have been detained in the past two years"; an active verb with its doer named, "al-Shabab has
      been fighting Kenyan troops since 2011", reports one party's campaign against another and stays).
    The count sums many acts, a statistic of a report, no codable event (ANNOTATION.md: "do not code ...
    statistics"; PLOVER manual: an event is one interaction). A count of the victims of one act stays ("the attack
    killed 18 soldiers", "police arrested 200 protesters on Tuesday": no period), and so does a handful of acts
    ("fought three wars since independence", "conducted two military operations since 2016": the training
    annotations code each)."""
    tok = trig.token
    period = _clause_period(tok)
    if period is None:
        return False
    if tok.pos_ == "NOUN":
        return tok.tag_ == "NNS" and (_count(tok) or 0) >= MIN_ACTS
    if tok.pos_ != "VERB" or trig.event not in HARM_TYPES:
        return False
    pats = _verb_patients(tok)
    if any((_count(p) or 0) >= MIN_PEOPLE for p in pats):
        return True
    passive = any(p.dep_ == "nsubjpass" for p in pats)
    return period == "several" and passive and all(_bare_plural(p) and p.pos_ == "NOUN" for p in pats)


#: The rules of this module, in the order :data:`eventwire.events.triggers.TRIGGER_FILTERS` runs them.
FIGURE_FILTERS = [quantity_trend, tallied_figure, figure_since_landmark, share_of_total, electoral_result, figures_show,
                  counted_acts_over_period, supplied_share_of_need]
