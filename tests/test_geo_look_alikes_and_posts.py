"""Places that must not give events a country (docs/geoparsing.md, "Look-alikes, capitals and reporters"):

* a small town matched only through an alternate name, outside every country of the text, is no candidate
  (geo.resolve.foreign_look_alike): "Jermuk" in a story on Armenia and Azerbaijan is not Çermik, Turkey;
* a place whose country the text never names gives the parties of its event no country
  (events.story_context.text_named_places);
* a capital acting stands for its government ("Paris and Berlin agreed": FRA/GOV, DEU/GOV), as the actor tables
  code it (data/actors/capitals.tsv);
* a reporter's post is no event place, no story place (geo.attach.posting_place).
"""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events.story_context import event_home, text_named_places
from eventwire.geo.attach import Mention, _resolve_all, posting_place
from eventwire.geo.gazetteer import load_gazetteer
from eventwire.geo.resolve import ResolveContext, foreign_look_alike, look_alike, resolve
from eventwire.schema import Entity, Event


# -- resolution -------------------------------------------------------------------------------------------------

def test_a_small_towns_alternate_name_abroad_is_no_candidate():
    # "Jermuk" is an alternate (Armenian) name of Çermik, Turkey (20,975 people); Jermuk, Armenia is not in the table
    assert resolve("Jermuk", ResolveContext(frozenset({"ARM", "AZE"}))) is None
    assert resolve("Jermuk", ResolveContext(frozenset({"ARM"}), hint_countries=frozenset({"ARM"}))) is None
    # in a Turkish story, or with no country known at all, the alternate name still resolves
    assert resolve("Jermuk", ResolveContext(frozenset({"TUR"}))).country_code == "TUR"
    assert resolve("Jermuk").country_code == "TUR"
    # "Jermuk, Turkey": the text pins it
    assert resolve("Jermuk", ResolveContext(frozenset({"ARM"}), hint_countries=frozenset({"TUR"}))).name == "Çermik"


def test_own_names_and_big_cities_are_no_look_alikes():
    ctx = ResolveContext(frozenset({"USA", "GBR"}))
    assert resolve("Bombay", ctx).name == "Mumbai"            # an alternate name of a city of 12 million
    assert resolve("Cermik", ctx).name == "Çermik"            # the town's own name, folded
    assert resolve("Shusha", ctx).country_code == "AZE"       # own name of a town of 19,400
    assert resolve("Avdiivka", ResolveContext(frozenset({"UKR", "RUS"}))).name == "Avdiyivka"
    assert resolve("Auschwitz", ResolveContext(frozenset({"HUN"}))).country_code == "POL"  # an alias: its own name


def test_look_alike_predicates():
    gz = load_gazetteer()
    (cermik, primary), = gz.candidates("Jermuk")
    assert look_alike(cermik, primary) and not look_alike(cermik, True)
    assert foreign_look_alike(cermik, primary, ResolveContext(frozenset({"ARM"})))
    assert not foreign_look_alike(cermik, primary, ResolveContext(frozenset({"TUR"})))
    assert not foreign_look_alike(cermik, primary, ResolveContext())
    mumbai, primary = gz.candidates("Bombay")[0]
    assert not look_alike(mumbai, primary)


def test_a_look_alike_pins_no_country_of_the_article():
    # alone, "Jermuk" made Turkey a country of the article, so it resolved to Çermik in a story on Armenia
    ms = [Mention("Armenia", "Armenia", 0, 7, 0, None), Mention("Jermuk", "Jermuk", 30, 36, 0, None)]
    _resolve_all(ms, frozenset())
    assert ms[0].place.country_code == "ARM" and ms[1].place is None
    ms = [Mention("Jermuk", "Jermuk", 30, 36, 0, None)]
    _resolve_all(ms, frozenset({"AZE"}))
    assert ms[0].place is None


# -- the country of a place the text never names -----------------------------------------------------------------

def _ev(loc):
    return Event(article_id="a", event="ASSAULT", actor=[Entity("gunmen", sector="UAF", start=0)], recipient=[],
                 event_text="attacked", text_info={"start": 10, "end": 18, "sentence_index": 2},
                 event_loc=[{"extracted_place": "Campbell", "resolved_place": "Campbell", "country_code": loc}])


def test_a_place_in_a_country_the_text_never_names_gives_no_home():
    e = _ev("USA")
    assert text_named_places(e, "GBR", {"GBR": 7}) == []
    assert event_home(e, "GBR", {"GBR": 7}) == "GBR"       # as if it had no place: the focus
    assert event_home(e, "GBR", {"GBR": 7, "USA": 1}) == "USA"  # the text names the country
    assert event_home(e, "USA", {"GBR": 7}) == "USA"       # the focus itself
    assert event_home(e, "GBR") == "USA" and event_home(e, "GBR", {}) == "USA"  # nothing known of the text


@pytest.mark.parametrize("text", [
    "Armenia accused Azerbaijan on Tuesday of shelling border villages. Azerbaijan's defense ministry rejected the "
    "claims. Armenian officials said two soldiers were wounded near Jermuk.",
    "Armenia and Azerbaijan traded accusations over the border. Armenian police arrested three men near Jermuk on "
    "Monday. Azerbaijan denied that its forces had fired on positions near Jermuk.",
])
def test_a_look_alike_abroad_gives_no_party_its_country(text):
    evs, _ = code_text(text, publication_date="2024-05-10")
    assert evs
    codes = {a.code for e in evs for a in e.actor + e.recipient}
    assert "TUR" not in codes
    assert all(l.get("country_code") != "TUR" for e in evs for l in e.event_loc or [])


# -- capitals for their governments -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("France and Germany clashed over the budget. Paris and Berlin agreed on Friday to cut farm subsidies.",
     ("FRA", "DEU")),
    ("Tokyo protested to Beijing over the incursion. Beijing rejected the protest.", ("CHN", "JPN")),
    ("Paris recalled its ambassador from Algiers on Monday. Algeria said the move was hostile.", ("FRA", "DZA")),
])
def test_a_capital_acting_is_its_government(text, pair):
    evs, _ = code_text(text, publication_date="2024-05-10")
    dyads = {(a.code, a.sector, r.code) for e in evs for a in e.actor for r in e.recipient}
    assert (pair[0], "GOV", pair[1]) in dyads


# -- a reporter's post ------------------------------------------------------------------------------------------

def test_posting_place_shapes(hand_doc):
    doc = hand_doc('''
    VOA           2 poss   PROPN NNP voa  B-ORG
    's            0 case   PART  POS 's
    correspondent 5 nsubj  NOUN  NN  correspondent
    in            2 prep   ADP   IN  in
    Nairobi       3 pobj   PROPN NNP nairobi B-GPE
    reports       5 ROOT   VERB  VBZ report
    ''')
    assert posting_place(doc[4])
    doc = hand_doc('''
    Reporting 5 advcl VERB  VBG report
    from      0 prep  ADP   IN  from
    Nairobi   1 pobj  PROPN NNP nairobi B-GPE
    ,         5 punct PUNCT ,   ,
    Diallo    5 nsubj PROPN NNP diallo B-PERSON
    says      5 ROOT  VERB  VBZ say
    ''')
    assert posting_place(doc[2])
    # a reporter who is a party keeps the place: "A reporter in Kabul was detained"
    doc = hand_doc('''
    A        1 det       DET   DT  a
    reporter 5 nsubjpass NOUN  NN  reporter
    in       1 prep      ADP   IN  in
    Kabul    2 pobj      PROPN NNP kabul B-GPE
    was      5 auxpass   AUX   VBD be
    detained 5 ROOT      VERB  VBN detain
    ''')
    assert not posting_place(doc[3])
    # "Police in Nairobi said": no reporter
    doc = hand_doc('''
    Police  3 nsubj PROPN NNP police
    in      0 prep  ADP   IN  in
    Nairobi 1 pobj  PROPN NNP nairobi B-GPE
    said    3 ROOT  VERB  VBD say
    ''')
    assert not posting_place(doc[2])


@pytest.mark.parametrize("text", [
    "VOA's correspondent in Nairobi reports that gunmen attacked a bus near the border. Police said four people "
    "were killed.",
    "Our correspondent in Nairobi reports that the government has arrested two opposition leaders. The opposition "
    "said the arrests were illegal.",
])
def test_a_reporters_post_gives_the_story_no_country(text):
    evs, _ = code_text(text, publication_date="2024-05-10")
    assert evs
    assert all(a.code != "KEN" for e in evs for a in e.actor + e.recipient)
    assert all(l.get("extracted_place") != "Nairobi" for e in evs for l in e.event_loc or [])
