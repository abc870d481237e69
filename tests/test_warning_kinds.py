"""Not every warning is a threat (PLOVER manual, THREATEN: "coercive or forceful warnings with serious potential
repercussions"). A warning that tells its hearer what to do or not to do, with no repercussion stated, is a
REQUEST; a warning that something bad could happen by others' doing or of itself is a criticism, ACCUSE
disapprove. Warnings of the warner's own act, with a repercussion, a condition or an order to leave stay THREATEN.
Training-story FP kind: warnings coded THREATEN (22 of 666 FPs; gold codes them ACCUSE, REQUEST or not at all).
recode.warned_against, recode.warned_prediction; lexicon list repercussion_word."""
import pytest

from test_coder_rules import coded


def events(text):
    rows, evs, _ = coded(text)
    return rows, [(e.event, e.mode) for e in evs if not e.negated]


@pytest.mark.parametrize("text", [
    "Kenyan church leaders warned the president not to be tempted to extend his term.",
    "The Brazilian central bank governor warned the finance ministry to stay away from new spending.",
    "Spanish opposition leaders have warned against complacency before the vote.",
    "The Irish prime minister warned his party against divisions ahead of the election.",
])
def test_a_warning_what_to_do_is_a_request(text):
    rows, got = events(text)
    assert ("REQUEST", None) in got, rows
    assert all(e != "THREATEN" for e, _ in got), rows


@pytest.mark.parametrize("text", [
    "The Kenyan opposition leader warned that the new tax could push millions into poverty.",
    "The Indian farm minister warned that the ban on exports might hurt farmers in Punjab.",
    "The Colombian ombudsman warned there was a real risk of violence in the run-up to the election.",
    "The Nigerian senate president warned that the cuts may damage the health system.",
])
def test_a_warning_of_a_risk_is_criticism(text):
    rows, got = events(text)
    assert ("ACCUSE", "disapprove") in got, rows
    assert all(e != "THREATEN" for e, _ in got), rows


@pytest.mark.parametrize("text", [
    "Iran warned that it would retaliate against any attack on its territory.",
    "China warned that Taiwanese independence means war.",
    "The United States warned Russia that it would face severe consequences.",
    "North Korea warned South Korea that any provocation would be met with a strong response.",
    "The Israeli army warned residents of northern Gaza to evacuate their homes.",
    "Turkey warned that it could launch a new military operation if the militants did not withdraw.",
])
def test_a_warning_of_force_stays_a_threat(text):
    rows, got = events(text)
    assert any(e == "THREATEN" for e, _ in got), rows


def test_warning_shots_are_no_request():
    rows, got = events("Kashmiri police responded by firing tear gas shells, pellets and warning shots to disperse "
                       "the protesters.")
    assert all(e != "REQUEST" for e, _ in got), rows


@pytest.mark.parametrize("text", [
    "National security adviser Jake Sullivan warned China against supporting Russia's war in Ukraine.",
    "The United States warned Iran against supplying drones to Russia.",
    "Japan warned North Korea against conducting another nuclear test.",
])
def test_a_state_warning_another_state_against_an_act_stays_a_threat(text):
    # coercive diplomacy (the seed article's USA THREATEN CHN); recode.between_states
    rows, got = events(text)
    assert any(e == "THREATEN" for e, _ in got), rows


@pytest.mark.parametrize("text", [
    "Opposition senators warned the Kenyan president about the dangers of borrowing abroad.",
    "The Chilean central bank warned of the risks of a second pension withdrawal.",
    "Farmers' leaders in Punjab warned the minister about the hazards of the new pesticide rules.",
])
def test_a_warning_about_a_risk_is_criticism(text):
    # recode.warned_of_danger (lexicon risk_noun)
    rows, got = events(text)
    assert ("ACCUSE", "disapprove") in got, rows
    assert all(e != "THREATEN" for e, _ in got), rows


@pytest.mark.parametrize("text", [
    "Prison suicides in Brazil have reached record levels, a Brazilian senate committee has warned.",
    "Lasting damage will be caused by the Kenyan government's road plans, Kenyan environmental groups have warned.",
    "Unemployment in Ghana rose sharply last year, the Ghanaian finance minister warned.",
])
def test_a_warning_that_reports_what_others_do_is_criticism(text):
    # recode.warned_fronted_report: the reported clause stands before the verb
    rows, got = events(text)
    assert ("ACCUSE", "disapprove") in got, rows
    assert all(e != "THREATEN" for e, _ in got), rows


@pytest.mark.parametrize("text", [
    "The army will respond with force, the Pakistani defence minister warned.",
    "Party members would not forgive anybody fuelling the feud, the Labour health secretary warned.",
    "If the strikes go on, the Nigerian government will sack the workers, the labour minister warned.",
    "We will retaliate, the Iranian foreign minister warned.",
    "The Iranian foreign minister warned of the danger of a military response.",
])
def test_a_fronted_or_risk_warning_of_force_stays_a_threat(text):
    rows, got = events(text)
    assert any(e == "THREATEN" for e, _ in got), rows


# --- a warning that judges an act illegal, wrong or a mistake is criticism (recode.warned_judgement) -------------
@pytest.mark.parametrize("text", [
    "The Kenyan attorney general warned the cabinet that the use of force against the strikers could be illegal.",
    "The Irish minister defended the bill, warning that it would be wrong to wait for another attack.",
    "Spanish trade unions warned that the new tariff would be a mistake.",
])
def test_a_warning_that_judges_an_act_is_criticism(text):
    rows, got = events(text)
    assert ("ACCUSE", "disapprove") in got, rows
    assert all(e != "THREATEN" for e, _ in got), rows


@pytest.mark.parametrize("text", [
    "The United States warned Iran that an attack on shipping would be a grave mistake.",  # state to state
    "The Nigerian general warned that his troops would crush the rebels.",                 # no judgement word
])
def test_a_state_to_state_or_unjudged_warning_stays_a_threat(text):
    rows, got = events(text)
    assert any(e == "THREATEN" for e, _ in got), rows


@pytest.mark.parametrize("text", [
    "The Jordanian foreign minister warned that the move would destabilise the whole region.",
    "The Egyptian president warned any escalation would cause further loss of innocent lives.",
    "The Kenyan opposition leader warned that the decision will cause a shortage of doctors.",
    "Canadian farmers warned that the ban would ruin thousands of families.",
])
def test_a_warning_that_an_act_or_policy_will_cause_harm_is_no_threat(text):
    """recode._predicted_cause_subject: the warned clause's subject is an act, policy or situation (lexicon
    ``predicted_cause_noun``), so "would"/"will" predicts, no act of the warner's."""
    rows, got = events(text)
    assert all(e != "THREATEN" for e, _ in got), rows


@pytest.mark.parametrize("text", [
    "The Labour chairman warned that party members would not forgive anybody who fuelled the speculation.",
    "The police chief warned that the city would no longer be a safe haven for criminals.",
    "North Korea warned that any provocation would be met with a strong response.",
    "The Iranian general warned that the move would draw a crushing response.",
])
def test_a_warning_of_what_people_or_a_response_will_do_stays_a_threat(text):
    rows, got = events(text)
    assert any(e == "THREATEN" for e, _ in got), rows
