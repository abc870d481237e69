"""The actor resolver's steps are named and its person lookups a list of sources (the seam for an actor
knowledge base), on hand-built parses."""
from types import SimpleNamespace

from eventwire.actors import resolve
from eventwire.actors.dictionaries import load_dictionaries
from eventwire.actors.resolve import RESOLVE_STEPS, ActorResolver, ResolveContext

MET = """
Ayla    1 compound PROPN NNP ayla    B-PERSON
Vantor  2 nsubj    PROPN NNP vantor  I-PERSON
met     2 ROOT     VERB  VBD meet
Russian 4 amod     ADJ   JJ  russian B-NORP
officials 2 dobj   NOUN  NNS official
"""


def resolver(doc):
    res = ActorResolver(load_dictionaries(), ResolveContext())
    res.set_doc(doc, 0)
    return res


def test_resolution_steps_are_named_in_order():
    assert [s.__name__ for s in RESOLVE_STEPS] == ["quantified_group_step", "pronoun_step", "divided_half_step", "never_actor_step", "acronym_step",
                                                  "short_org_mention_step", "bare_monarch_step",
                                                  "person_step", "unlisted_name_step", "remembered_name_step",
                                                  "dictionary_entity_step", "demonym_step", "unlisted_org_step",
                                                  "document_issuer_step", "party_member_step", "common_noun_step"]


def test_an_unknown_person_without_a_title_is_a_name_only_actor(hand_doc):
    # issue 12: a named person eventwire cannot code is kept with the name as written and no code (as GDELT
    # keeps name-only actors); before issue 12 it was dropped ([])
    doc = hand_doc(MET)
    got = resolver(doc).resolve(doc[1])
    assert [(e.code, e.sector, e.name, e.entity_text, e.start, e.end) for e in got] == [
        (None, None, "Ayla Vantor", "Ayla Vantor", 0, 11)]
    assert [(e.code, e.sector) for e in resolver(doc).resolve(doc[4])] == [("RUS", "GOV")]


def test_a_person_source_added_to_the_list_is_consulted(hand_doc, monkeypatch):
    """An actor knowledge base plugs in as one more person source."""
    kb = {"Ayla Vantor": SimpleNamespace(code="NOR", sector="GOV", name="Ayla Vantor")}
    monkeypatch.setattr(resolve, "PERSON_SOURCES", resolve.PERSON_SOURCES + [lambda res, span, name: kb.get(name)])
    doc = hand_doc(MET)
    got = resolver(doc).resolve(doc[1])
    assert [(e.code, e.sector, e.name, e.entity_text) for e in got] == [("NOR", "GOV", "Ayla Vantor", "Ayla Vantor")]


def test_phrase_and_name_texts_are_the_spans_own(nlp):
    """np_span, _match_span and person cut their texts from the Doc's text joined once (views.span_text); each must
    be the text spaCy's Span gives for the same offsets."""
    doc = nlp("Russian Finance Minister Anton Siluanov's deputy met officials of the European Union and "
              "Chinese troops in Washington on Monday.")
    res = resolver(doc)
    heads = [t for t in doc if t.pos_ in ("NOUN", "PROPN")]
    assert len(heads) >= 6
    for h in heads:
        s, e, text = res.np_span(h)
        assert text == doc.char_span(s, e).text and text.strip() == text and text
    matches = {id(m): m for m in res.match_at.values()}.values()
    assert matches
    for m in matches:
        s, e, text = res._match_span(m)
        assert text == doc[m.start:m.end].text and e - s == len(text)
    p = res.person(doc[4])  # "Siluanov's": the possessive is not part of the name as written
    assert p is not None and p.entity_text == doc.char_span(p.start, p.end).text and not p.entity_text.endswith("'s")
    assert "Siluanov" in p.entity_text and resolve._text(doc[3:3]) == ""


def test_the_parse_memo_gives_the_uncached_results_per_document_and_is_bounded(nlp, monkeypatch):
    """np_span and modifier_info are kept per head and document (ActorResolver._parse_memo): the same results as
    computing them, a list of the caller's own, nothing carried over to another document, and a bounded size."""
    doc1 = nlp("Russian Finance Minister Anton Siluanov met South Korean army officers and rebel leaders of the "
               "opposition coalition in Washington.")
    doc2 = nlp("Chinese troops and officials of the European Union met Iraqi Kurds.")
    res = resolver(doc1)
    heads1 = [t for t in doc1 if t.pos_ in ("NOUN", "PROPN")]
    assert len(heads1) >= 8
    want = {h.i: (res._np_span(h), res._modifier_info(h, 0, ())) for h in heads1}
    assert any(m[0] for _, m in want.values()), "some head has a country among its modifiers"
    for _ in range(2):  # computed, then from the memo
        for h in heads1:
            assert res.np_span(h) == want[h.i][0]
            countries, sector = res.modifier_info(h)
            assert (countries, sector) == want[h.i][1]
            countries.append(("XXX", None))  # the caller's own list: the memo is not changed
    assert res._memo
    res.set_doc(doc2, 500)  # another document: nothing of doc1 is read
    for h in [t for t in doc2 if t.pos_ in ("NOUN", "PROPN")]:
        assert res.np_span(h) == res._np_span(h) and res.np_span(h)[0] >= 500
        assert res.modifier_info(h) == res._modifier_info(h, 0, ())
    monkeypatch.setattr(resolve, "PARSE_MEMO_MAX", 3)
    res.set_doc(doc1, 0)
    res._memo.clear()
    for h in heads1:
        res.np_span(h)
        assert len(res._memo) <= 3
