""""demonstrate" with an object or a that-clause means "show" (admission.demonstration_as_proof); a verb of naming
that gives a proper name names someone, no accusation (admission.naming_not_judgement)."""
import pytest

from eventwire import code_text


def types(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return [e.event for e in events]


@pytest.mark.parametrize("text", [
    "The views expressed by backbenchers starkly demonstrated the widely-held view within the Labour party that the two men are jeopardising the election.",
    "The Kenyan vote demonstrates that the ruling party is split.",
    "The Iranian army demonstrated its new drones on Tuesday.",
])
def test_demonstrating_something_is_no_protest(text):
    assert "PROTEST" not in types(text)


@pytest.mark.parametrize("text", [
    "Thousands of Kenyans demonstrated against the new tax law in Nairobi.",
    "Students demonstrated outside the Turkish parliament on Monday.",
    "Thousands of Kenyans demonstrated Sunday in Nairobi.",
    "Opposition supporters demonstrated this week in Minsk.",
])
def test_street_demonstrations_stay(text):
    assert "PROTEST" in types(text)


@pytest.mark.parametrize("text", [
    "The slain was identified as Sajad Ahmad Parray of village Badrahama, Indian police said.",
    '"The victim was identified as Omar Haddad of Hebron," a police officer in Jerusalem said.',
    "A Canadian MP called Jack Harris did tweet in support of the Indian farmers.",
])
def test_naming_someone_is_no_accusation(text):
    assert "ACCUSE" not in types(text)


@pytest.mark.parametrize("text", [
    "Indian police identified the ringleader as Rajendra Kumar.",
    "President Bush called the shooting a disgraceful act of cowardice.",
    "The Russian minister called the Ukrainian president a liar.",
])
def test_judging_and_accusing_stay(text):
    assert "ACCUSE" in types(text)
