"""The recipient of an offer or threat is the party its purpose acts on ("is offering military assistance to aid
Moscow's war": Russia, not Ukraine where the war is): :func:`eventwire.events.recipient_rules.purpose_acts`. Variants
of our own wording."""
import pytest

from eventwire import code_text


def records(text):
    events, _ = code_text(text, publication_date="2024-05-01")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient],
             (e.text_info or {}).get("rule", {}).get("recipient")) for e in events]


@pytest.mark.parametrize("text,event,actor,recipient", [
    # the purpose hung on the object ("assistance to aid") or on the verb ("support to help")
    ("If Beijing is offering any type of military assistance to aid Moscow's war in Ukraine, the effects could be "
     "vast.", "AGREE", "CHN", "RUS"),
    ("Ankara is offering naval support to protect Libya's government.", "AGREE", "TUR", "LBY"),
    ("Moscow promised fresh loans to prop up Belarus's economy.", "AGREE", "RUS", "BLR"),
    ("Egypt threatened military action to stop Ethiopia's dam.", "THREATEN", "EGY", "ETH"),
    # the to-complement of the verb, as before
    ("China offered weapons to help Russia.", "AGREE", "CHN", "RUS"),
])
def test_the_purpose_of_an_offer_names_its_recipient(text, event, actor, recipient):
    got = [r for r in records(text) if r[0] == event and actor in r[1]]
    assert got and recipient in got[0][2], records(text)
    assert "UKR" not in got[0][2]


def test_the_purpose_of_a_refused_application_is_not_the_refusers_recipient():
    # REJECT: the application and its purpose are the applicant's, not a party of the refusal
    got = [r for r in records("The Taiwanese regulator turned down the application to buy Japan's largest bank.")
           if r[0] == "REJECT"]
    assert got and "JPN" not in got[0][2] and got[0][3] != "complement_object", got


def test_a_purpose_naming_no_party_gives_no_country():
    got = [r for r in records("China offered assistance to rebuild schools.") if r[0] == "AGREE"]
    assert got and not [c for c in got[0][2] if c], got
