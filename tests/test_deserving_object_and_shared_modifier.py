"""actors.resolve: three kinds of party resolution.

Rule ``deserving_object``: a "they"/"it" subject of an adverbial clause of occasion or reason ("after", "because",
...) on a verb of an act done to a group in answer to what it did (lexicon ``deserved_act_verb``: arrest, detain,
jail, ban ...) is that verb's object ("Police arrested the men after they attacked a checkpoint": the men
attacked); an active clause of the authority's own steps (lexicon ``inquiry_verb``) and other main verbs keep the
main subject.

Rule ``followers_of_person``: "supporters of <a known person>" are that person's country's civilians (CVL).

Rule ``shared_left_modifier``: a nationality adjective on the first of coordinated bare nouns modifies every
conjunct ("sanctions on 200 Zorvian individuals and companies": the companies are Zorvian too, not the
dateline's country); a conjunct with a modifier of its own keeps its own."""
from __future__ import annotations

from eventwire import code_text


def _records(text, event):
    evs, _ = code_text(text, publication_date="2024-03-12")
    return [([(a.code, a.sector) for a in e.actor], [(a.code, a.sector) for a in e.recipient])
            for e in evs if e.event == event]


# -- deserving_object ------------------------------------------------------------------------------------------

def test_they_after_an_arrest_is_the_arrested_group():
    got = _records("Kenyan police arrested dozens of Ugandan traders after they attacked a border post.", "ASSAULT")
    assert got == [([("UGA", "CVL")], [])]


def test_they_after_detained_men_is_not_the_police():
    got = _records("Police in Nairobi detained the men because they attacked a checkpoint.", "ASSAULT")
    assert [a for a, _ in got] == [[("KEN", "CVL")]]


def test_they_after_a_tip_stays_the_police():
    from eventwire.actors import resolve as R
    assert "receive" in R.INQUIRY_VERBS and "arrest" in R.DESERVED_ACT_VERBS
    got = _records("Kenyan police arrested the men after they raided a house in Mombasa.", "COERCE")
    assert got and got[0][0] == [("KEN", "COP")]


def test_other_main_verbs_keep_the_subject():
    got = _records("Kenyan officials closed the border because they feared an attack by Somali militants.",
                   "SANCTION")
    assert got and got[0][0] == [("KEN", "GOV")]


def test_it_after_a_ban_is_the_banned_body():
    got = _records("Kenyan authorities banned the Ugandan newspaper after it accused the Kenyan president of fraud.",
                   "ACCUSE")
    assert got == [([("UGA", "JRN")], [("KEN", "GOV")])]


# -- shared_left_modifier -------------------------------------------------------------------------------------

def test_shared_nationality_adjective_reaches_the_bare_conjunct():
    got = _records("WASHINGTON (Reuters) - The United States on Monday imposed sanctions on 40 Iranian officials "
                   "and companies, the Treasury said.", "SANCTION")
    recips = [r for _, rs in got for r in rs]
    assert ("IRN", "BUS") in recips and ("USA", "BUS") not in recips


def test_coordinated_adjectives_keep_their_own():
    got = _records("WASHINGTON (Reuters) - Canadian and Mexican officials criticized the United States.", "ACCUSE")
    assert sorted(a[0] for a, _ in got) == [("CAN", "GOV"), ("MEX", "GOV")]


def test_conjunct_with_its_own_modifier_keeps_it():
    got = _records("WASHINGTON (Reuters) - The United States imposed sanctions on Iranian officials and Chinese "
                   "companies.", "SANCTION")
    recips = sorted(r for _, rs in got for r in rs)
    assert recips == [("CHN", "BUS"), ("IRN", "GOV")]


def test_conjunct_with_a_determiner_is_not_shared():
    got = _records("WASHINGTON (Reuters) - The United States imposed sanctions on Iranian officials and the "
                   "companies.", "SANCTION")
    recips = [r for _, rs in got for r in rs]
    assert ("IRN", "BUS") not in recips


# -- followers_of_person --------------------------------------------------------------------------------------

def test_supporters_of_a_known_person_are_his_country_civilians():
    got = _records("Police arrested 300 supporters of opposition leader Raila Odinga after they blocked a highway.",
                   "COERCE")
    assert got and got[0][1] == [("KEN", "CVL")]


def test_supporters_of_a_title_only_stay_uncoded():
    got = _records("Police arrested supporters of the president.", "COERCE")
    assert got and got[0][1] == []
