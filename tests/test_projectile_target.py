"""A fired projectile's own verb says what it hit ("two rockets fired from Lebanon hit areas in northern Israel"):
:func:`eventwire.events.recipient_rules.projectile_target`; and a weapon fired or launched "from" a country is that
country's force's (:meth:`eventwire.actors.resolve.ActorResolver.located_countries`). Variants of our own wording."""
import pytest

from eventwire import code_text


def records(text):
    events, _ = code_text(text, publication_date="2024-05-01")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient],
             (e.text_info or {}).get("rule", {}).get("recipient")) for e in events]


@pytest.mark.parametrize("text,actor,recipient", [
    ("On Saturday two rockets fired from Lebanon hit uninhabited areas in northern Israel.", "LBN", "ISR"),
    ("Shells fired by Syrian troops hit a Turkish border village.", "SYR", "TUR"),
    ("Two mortar rounds fired by Somali militants landed near the Kenyan border post.", "SOM", "KEN"),
])
def test_what_the_projectile_hit_is_the_recipient(text, actor, recipient):
    got = [r for r in records(text) if r[0] == "ASSAULT" and actor in r[1]]
    assert got and recipient in got[0][2], records(text)


def test_a_projectile_that_hit_no_named_place_gives_no_recipient():
    got = [r for r in records("Rockets fired from Gaza landed in open fields.") if r[0] == "ASSAULT"]
    assert got and not [c for c in got[0][2] if c], got


def test_the_launch_country_is_the_weapons_force():
    got = [r for r in records("Two drones launched from Yemen struck an oil facility in Saudi Arabia.")
           if r[0] == "ASSAULT"]
    assert got and got[0][1] == ["YEM"] and "SAU" in got[0][2], got


def test_a_weapon_fired_at_a_country_is_not_of_that_country():
    # "at" names the target, never the launch site
    got = [r for r in records("Two missiles launched at Saudi Arabia were shot down.") if r[0] == "ASSAULT"]
    assert all("SAU" not in r[1] for r in got), got
