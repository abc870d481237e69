"""A possessive "its"/"their" on a party noun stands for the subject of a clause that governs the noun, when one
agrees with it in number and is no person (:meth:`eventwire.actors.resolve.ActorResolver.possessive_antecedent`;
Hobbs' algorithm): "Baku said its troops had responded to provocations by Armenian units" is Azerbaijan's army, not
Armenia's (the country named nearest, or the last group of the story). Invented variants of the kind; the group
nouns a headline opens with (capitalised: "Radicals", "Politician") have a sector."""
import pytest

from test_coder_rules import coded


def _party(events, event, role, text):
    """(code, sector) of the party of ``role`` written ``text`` of the first ``event`` record."""
    got = [(x.code, x.sector) for e in events if e.event == event for x in getattr(e, role) if x.entity_text == text]
    assert got, [(e.event, [(a.entity_text, a.code) for a in e.actor], [(r.entity_text, r.code) for r in e.recipient])
                 for e in events]
    return got[0]


@pytest.mark.parametrize("text,words,code", [
    ("Tbilisi said its troops had responded to provocations by Russian units.", "its troops", "GEO"),
    ("Israel said its jets struck Hezbollah targets in Lebanon.", "its jets", "ISR"),
    ("Pakistan said its army killed militants who crossed from Afghanistan.", "its army", "PAK"),
    ("Canada said its soldiers fired on an armed group near the Malian border.", "its soldiers", "CAN"),
])
def test_its_party_is_the_speakers(text, words, code):
    _, events, _ = coded(text)
    assert _party(events, "ASSAULT", "actor", words) == (code, "MIL")


def test_the_speaker_outranks_the_last_group_of_the_story():
    # the story's last actor (Armenia) is no antecedent when the sentence names one
    _, events, _ = coded("Armenia accused Azerbaijan of shelling villages. "
                         "Baku said its troops had responded to provocations by Armenian units.")
    assert _party(events, "ASSAULT", "actor", "its troops") == ("AZE", "MIL")


def test_a_subject_that_disagrees_in_number_is_passed_over():
    # "militants" cannot be "its": the speaker of the governing clause is
    _, events, _ = coded("Pakistan said militants from Afghanistan attacked its soldiers.")
    assert _party(events, "ASSAULT", "recipient", "its soldiers") == ("PAK", "MIL")


GHANA = """
Ghana   1 nsubj PROPN NNP ghana  B-GPE
said    1 ROOT  VERB  VBD say
its     3 poss  PRON  PRP$ its
navy    5 nsubj NOUN  NN  navy
had     5 aux   AUX   VBD have
seized  1 ccomp VERB  VBN seize
a       8 det   DET   DT  a
Togolese 8 amod ADJ   JJ  togolese B-NORP
trawler 5 dobj  NOUN  NN  trawler
"""
URGED = """
Ghana   1 nsubj PROPN NNP ghana  B-GPE
urged   1 ROOT  VERB  VBD urge
Togo    1 dobj  PROPN NNP togo   B-GPE
to      4 aux   PART  TO  to
recall  1 xcomp VERB  VB  recall
its     6 poss  PRON  PRP$ its
troops  4 dobj  NOUN  NNS troop
"""
REBELS = """
Rebels  1 nsubj NOUN  NNS rebel
said    1 ROOT  VERB  VBD say
their   3 poss  PRON  PRP$ their
fighters 4 nsubj NOUN NNS fighter
seized  1 ccomp VERB  VBD seize
Ghana   4 dobj  PROPN NNP ghana B-GPE
"""


def _resolver(doc):
    from eventwire.actors.dictionaries import load_dictionaries
    from eventwire.actors.resolve import ActorResolver, ResolveContext

    res = ActorResolver(load_dictionaries(), ResolveContext())
    res.set_doc(doc, 0)
    return res


def test_possessive_antecedent_of_the_resolver(hand_doc):
    doc = hand_doc(GHANA)
    res = _resolver(doc)
    assert [e.code for e in res.possessive_antecedent(doc[2])] == ["GHA"]
    assert [(e.code, e.sector) for e in res.resolve(doc[3])] == [("GHA", "MIL")]
    # object control: the object does the infinitive ("urged Togo to recall its troops")
    doc = hand_doc(URGED)
    assert [e.code for e in _resolver(doc).possessive_antecedent(doc[5])] == ["TGO"]
    # "their": a plural subject agrees; it names no country, so none is taken from the story's memory either
    doc = hand_doc(REBELS)
    res = _resolver(doc)
    res.ctx.last_group = [res.resolve(doc[5])[0]]
    assert [(e.code, e.sector) for e in res.possessive_antecedent(doc[2])] == [(None, "REB")]
    assert [(e.code, e.sector) for e in res.resolve(doc[3])] == [(None, "REB")]


def test_a_capitalised_group_noun_has_a_sector():
    _, events, _ = coded("Radicals attacked a police station in Tunis.")
    assert _party(events, "ASSAULT", "actor", "Radicals") == ("TUN", "REB")


def test_a_headline_politician_is_a_party_member():
    _, events, _ = coded("Police arrested a politician in Accra.")
    assert _party(events, "COERCE", "recipient", "a politician") == ("GHA", "PTY")
