"""The recoding table and the view over spaCy, on hand-built parses."""
import pytest

from eventwire.events.context import Parties
from eventwire.events.recode import RECODE_TABLE, modality_of, recode
from eventwire.nlp import views
from eventwire.schema import Entity, PLOVER_EVENTS

from test_actor_rules import args_for

REFUSED = """
Iran    1 nsubj PROPN NNP iran  B-GPE
refused 1 ROOT  VERB  VBD refuse
to      3 aux   PART  TO  to
meet    1 xcomp VERB  VB  meet
the     5 det   DET   DT  the
envoy   3 dobj  NOUN  NN  envoy
.       1 punct PUNCT .   .
"""
WILL_HOST = """
France 2 nsubj PROPN NNP france B-GPE
will   2 aux   AUX   MD  will
host   2 ROOT  VERB  VB  host
talks  2 dobj  NOUN  NNS talk
.      2 punct PUNCT .   .
"""


def coded(doc, i, actors=("X",)):
    a = args_for(doc, i)
    parties = Parties([Entity(c, c, "GOV") for c in actors], None, "subject", set(actors), False)
    return recode(a.trigger, modality_of(a.trigger, doc[:]), parties, doc[:], a.res)


def test_a_refused_meeting_is_a_reject(hand_doc):
    c = coded(hand_doc(REFUSED), 3, ("IRN",))
    assert (c.event, c.rule, c.mode, c.negated, c.status) == ("REJECT", "refused-as-reject", "meet", False, "actual")


def test_an_announced_future_meeting_is_an_agree(hand_doc):
    c = coded(hand_doc(WILL_HOST), 2, ("FRA",))
    # dated as the announcement (status actual, which dates read), the record is future (ANNOTATION.md)
    assert (c.event, c.rule, c.status, c.time_status, c.record_status) == (
        "AGREE", "future-as-agree", "actual", "future", "future")


def test_an_act_that_happened_is_not_recoded(hand_doc):
    doc = hand_doc("""
    France 1 nsubj PROPN NNP france B-GPE
    hosted 1 ROOT  VERB  VBD host
    talks  1 dobj  NOUN  NNS talk
    """)
    c = coded(doc, 1, ("FRA",))
    assert (c.event, c.rule, c.status) == ("CONSULT", None, "actual")


def test_the_recode_table_is_well_formed():
    rules = [r.rule for r in RECODE_TABLE]
    # a refusal is read before any other recoding, except the kinds of a warning in words (which a refusal
    # cannot be: "warned X not to ..." is advice, not a refused cooperation)
    assert rules[:6] == ["warning-as-request", "warning-as-accuse", "warned-judgement-as-accuse",
                         "warning-of-danger-as-accuse", "fronted-warning-as-accuse", "refused-as-reject"]
    for row in RECODE_TABLE:
        assert row.to in PLOVER_EVENTS and row.source.startswith("PLOVER")
        assert row.types is None or row.types <= set(PLOVER_EVENTS)
        assert row.when.__doc__, row.rule


# --- views ---------------------------------------------------------------------------------------------------
def test_subject_of_follows_control_verbs(hand_doc):
    doc = hand_doc("""
    Obama     2 nsubjpass PROPN NNP obama  B-PERSON
    is        2 auxpass   AUX   VBZ be
    scheduled 2 ROOT      VERB  VBN schedule
    to        4 aux       PART  TO  to
    attend    2 xcomp     VERB  VB  attend
    """)
    assert views.subject_of(doc[4]).text == "Obama"
    assert views.is_passive(doc[2]) and not views.is_passive(doc[4])
    assert views.has_to_infinitive(doc[4])


def test_a_participle_made_root_is_a_reduced_passive(hand_doc):
    doc = hand_doc("""
    Journalists 1 nsubj  NOUN NNS journalist
    detained    1 ROOT   VERB VBN detain
    in          1 prep   ADP  IN  in
    Syria       2 pobj   PROPN NNP syria B-GPE
    were        5 auxpass AUX VBD be
    freed       1 advcl  VERB VBN free
    """)
    assert views.bare_participle(doc[1]) and views.reduced_passive(doc[1])


def test_a_measure_stands_for_what_it_measures(hand_doc):
    doc = hand_doc("""
    Japan   1 nsubj PROPN NNP japan B-GPE
    sent    1 ROOT  VERB  VBD send
    tons    1 dobj  NOUN  NNS ton
    of      2 prep  ADP   IN  of
    aid     3 pobj  NOUN  NN  aid
    """)
    assert [t.text for t in views.objects(doc[1])] == ["tons", "aid"]
    assert [t.text for t in views.prep_objects(doc[2], ("of",))] == ["aid"]


@pytest.mark.parametrize("form,lemma", [("raped", "rape"), ("attacked", "attack")])
def test_known_lemma_errors_are_repaired_by_surface_form(hand_doc, form, lemma):
    doc = hand_doc(f"{form} 0 ROOT VERB VBD {'rap' if form == 'raped' else lemma}")
    assert views.repaired_lemma(doc[0]) == lemma


def test_cached_entities_and_text_are_spacys_own():
    """nlp.views.doc_ents/span_ents/span_text (built once per Doc, for speed) give what Doc.ents, Span.ents and
    Span.text give, sentence by sentence, on a real parse."""
    from eventwire.nlp.model import load_model
    from eventwire.nlp.views import doc_ents, span_ents, span_text

    doc = load_model()("Russian Finance Minister Anton Siluanov met Janet Yellen in Washington on Monday. "
                       "The Kremlin said the talks with the United States and the European Union went well. "
                       "Nothing happened.")
    sents = list(doc.sents)
    assert len(sents) == 3 and len(doc.ents) >= 6
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    for sent in sents + [doc[2:9], doc[0:0]]:
        assert [(e.start, e.end) for e in span_ents(sent)] == [(e.start, e.end) for e in sent.ents]
        assert span_text(sent) == sent.text
    assert span_ents(sents[2]) == [] and span_ents(sents[0])


def test_the_entity_at_a_token_is_the_first_entity_containing_it():
    """nlp.views.ent_at (a binary search of the cached entities, used by the resolver's person lookup) gives, for
    every token of a real parse, the first of Doc.ents that contains it, or None."""
    from eventwire.nlp.model import load_model
    from eventwire.nlp.views import ent_at

    doc = load_model()("Russian Finance Minister Anton Siluanov met Janet Yellen in Washington on Monday. "
                       "The Kremlin said the talks with the United States and the European Union went well.")
    assert len(doc.ents) >= 6
    labels = []
    for tok in doc:
        want = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        got = ent_at(doc, tok.i)
        assert (got is None) == (want is None)
        if got is not None:
            assert (got.start, got.end, got.label_) == (want.start, want.end, want.label_)
            labels.append(got.label_)
    assert "PERSON" in labels and "GPE" in labels and ent_at(doc, len(doc) - 1) is None  # the final "."


def test_a_sentences_hedge_and_according_to_are_read_once_and_equal_the_functions():
    """SentenceContext.hedged/according_to (computed once per sentence, read for every trigger) give what
    attribution.hedged/according_to give."""
    from eventwire.events import attribution as attr
    from eventwire.events.context import SentenceContext
    from eventwire.nlp.model import load_model

    doc = load_model()("Troops reportedly shelled the town, according to the Red Cross. The talks went well.")
    sents = list(doc.sents)
    assert len(sents) == 2
    for sent in sents:
        sc = SentenceContext(None, doc, sent, 0, 0, 0, len(doc.text))
        assert sc.hedged == attr.hedged(sent)
        assert list(sc.according_to) == attr.according_to(sent)
        assert sc.according_to is sc.according_to  # computed once
    first = SentenceContext(None, doc, sents[0], 0, 0, 0, 0)
    assert first.hedged and [t.text for t in first.according_to] == ["Cross"]


def test_the_entity_cache_keeps_only_the_newest_docs():
    """A cached entity list holds its Doc (a Span does); the cache keeps the newest ENT_CACHE_DOCS, so a long
    batch does not keep every parse alive."""
    import gc
    import weakref

    import spacy

    from eventwire.nlp import views as V

    nlp = spacy.blank("en")
    first = nlp("Paris")
    first.ents = [first.char_span(0, 5, label="GPE")]
    ref = weakref.ref(first)
    assert [e.text for e in V.doc_ents(first)] == ["Paris"]
    for k in range(V.ENT_CACHE_DOCS + 5):
        V.doc_ents(nlp(f"text {k}"))
    assert len(V._ENTS) == V.ENT_CACHE_DOCS
    del first
    gc.collect()
    assert ref() is None
