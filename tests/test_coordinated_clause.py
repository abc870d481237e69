"""A clause joined by "and" whose subject the small model read as one more object of the first verb ("Israeli jets
attacked Gaza and Turkey condemned Israel" parsed as "attacked [Gaza and Turkey]", with "condemned" a subjectless
conjunct): nlp.views.object_conjunct_subject gives the noun to the second verb as its subject, and
nlp.views.conjuncts / objects / ActorResolver.resolve no longer give it to the first verb as a recipient. A verb
that shares the first verb's subject comes straight after "and", and a plain list of objects has no verb after it,
so both keep their reading."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.nlp import views
from eventwire.nlp.model import load_model


def _dyads(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return sorted((e.event, tuple(sorted({a.code or a.sector or "" for a in e.actor})),
                   tuple(sorted({a.code or a.sector or "" for a in e.recipient}))) for e in evs)


@pytest.mark.parametrize("text,first,second", [
    ("Israeli jets attacked Gaza and Turkey condemned Israel.",
     ("ASSAULT", ("ISR",), ("PSE",)), ("ACCUSE", ("TUR",), ("ISR",))),
    ("Police arrested two activists and journalists protested outside the station.",
     ("COERCE", ("COP",), ("CVL",)), ("PROTEST", ("JRN",), ())),
])
def test_the_noun_before_the_second_verb_is_its_subject_not_an_object(text, first, second):
    got = _dyads(text)
    assert first in got and second in got, got
    # the second clause's subject is no recipient of the first act
    assert not any(g[0] == first[0] and second[1][0] in g[2] for g in got), got


@pytest.mark.parametrize("text,want", [
    # a shared subject: the second verb follows "and" directly
    ("Israeli jets attacked Gaza and condemned Turkey.",
     [("ACCUSE", ("ISR",), ("TUR",)), ("ASSAULT", ("ISR",), ("PSE",))]),
    # a plain list of objects keeps every member
    ("The U.S. sanctioned Iran and Russia on Friday.",
     [("SANCTION", ("USA",), ("IRN",)), ("SANCTION", ("USA",), ("RUS",))]),
])
def test_shared_subjects_and_object_lists_keep_their_reading(text, want):
    assert _dyads(text) == sorted(want)


def test_the_view_names_the_hidden_subject_only_for_a_subjectless_finite_verb():
    doc = load_model()("Israeli jets attacked Gaza and Turkey condemned Israel.")
    by = {t.text: t for t in doc}
    assert views.object_conjunct_subject(by["condemned"]).text == "Turkey"
    assert views.subject_of(by["condemned"]).text == "Turkey"
    assert [t.text for t in views.objects(by["attacked"])] == ["Gaza"]
    assert views.object_conjunct_subject(by["attacked"]) is None
    doc2 = load_model()("Israeli jets attacked Gaza and Rafah on Monday.")
    assert [t.text for t in views.objects(doc2[2])] == ["Gaza", "Rafah"]


# --- a finite clause of its own joined to a threat or demand is no content of it (triggers.coordinated_finite_clause)
@pytest.mark.parametrize("text,kept", [
    ("Iran warned Israel on Monday, and the United States imposed sanctions on Syria.", ("SANCTION", ("USA",), ("SYR",))),
    ("Chile urged Peru to reopen the border, and Bolivia criticized Argentina.", ("ACCUSE", ("BOL",), ("ARG",))),
    ("Serbia threatened Kosovo over the tariffs, and Albania met with Greece.", ("CONSULT", ("ALB",), ("GRC",))),
])
def test_a_finite_clause_after_a_threat_or_demand_is_an_event_of_its_own(text, kept):
    got = _dyads(text)
    assert kept in got, got


@pytest.mark.parametrize("text,content", [
    ("The UN urged Sudan to free the prisoners and Chad to close the camps.", "RETREAT"),  # demanded acts
    ("Kenya demanded that Somalia withdraw its troops and Ethiopia reopen the border.", "RETREAT"),  # subjunctive
    ("China warned that Russia would attack Ukraine and Japan would impose sanctions.", "SANCTION"),  # modal
])
def test_infinitive_or_modal_clauses_stay_the_content(text, content):
    got = _dyads(text)
    assert [t for t, _, _ in got] in (["REQUEST"], ["THREATEN"]) and not any(t == content for t, _, _ in got), got


def test_a_run_on_of_clauses_after_a_threat_codes_every_clause():
    text = ", and ".join(["Israel threatened Japan over the dispute", "Russia met with Iran over the dispute",
                          "Germany met with Ukraine over the dispute", "Russia condemned Japan over the dispute"]) + "."
    got = _dyads(text)
    for d in [("THREATEN", ("ISR",), ("JPN",)), ("CONSULT", ("RUS",), ("IRN",)), ("CONSULT", ("DEU",), ("UKR",)),
              ("ACCUSE", ("RUS",), ("JPN",))]:
        assert d in got, got
