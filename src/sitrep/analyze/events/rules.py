"""Precedence rules between ACLED sub-event types whose cue words overlap.

Each rule reads the cue scores of one text and moves score from one type to another; the
docstring of each rule says in words what it decides and why. They run in ``RULES`` order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sitrep.analyze.events.cues import Hit

PROTEST_OUTCOMES = ("Protest with intervention", "Excessive force against protesters")
EXPLOSIONS = ("Chemical weapon", "Suicide bomb", "Grenade", "Remote explosive/landmine/IED",
              "Air/drone strike", "Shelling/artillery/missile attack")
VIOLENCE_AGAINST_CIVILIANS = ("Sexual violence", "Abduction/forced disappearance", "Attack")
TERRITORY = ("Non-violent transfer of territory", "Government regains territory",
             "Non-state actor overtakes territory")


@dataclass(slots=True)
class Evidence:
    """What fired in one text: event cues by sub-event type, and context cues by name.

    ``scores`` starts as the summed cue weights per type and is what the rules change;
    ``notes`` records each rule that changed something, as words for the reason.
    """

    hits: Mapping[str, list[Hit]]
    context: Mapping[str, list[Hit]]
    scores: dict[str, float]
    notes: list[str] = field(default_factory=list)
    merged: dict[str, set[str]] = field(default_factory=dict)

    def has(self, name: str) -> bool:
        """Whether a context cue group fired."""
        return name in self.context

    def first(self, name: str) -> int:
        """Where the first cue of a sub-event type or context group fired (large if none)."""
        hits = self.hits.get(name) or self.context.get(name) or ()
        return min((h.start for h in hits), default=10**9)

    def move(self, source: str, target: str, note: str) -> None:
        """Give ``source``'s score to ``target`` and say why."""
        if self.scores.get(source, 0.0) > 0:
            self.scores[target] = self.scores.get(target, 0.0) + self.scores[source]
            self.scores[source] = 0.0
            self.merged.setdefault(target, set()).update({source, *self.merged.get(source, ())})
            self.note(note)

    def cues_of(self, name: str) -> list[Hit]:
        """The hits behind a type's final score: its own and those of types merged into it."""
        names = {name, *self.merged.get(name, ())}
        return sorted((h for n in names for h in self.hits.get(n, ())), key=lambda h: h.start)

    def note(self, note: str) -> None:
        """Record a rule's decision once."""
        if note not in self.notes:
            self.notes.append(note)


def _gather(ev: Evidence, members: tuple[str, ...], winner: str, note: str) -> None:
    """Let ``winner`` take its family's score: corroborating cues of kin types add up."""
    for name in members:
        if name != winner:
            ev.move(name, winner, note)


def agreement_must_be_made(ev: Evidence) -> None:
    """An agreement called for, proposed, rejected or violated is not an Agreement event.

    "The UN called for a ceasefire" is diplomacy; "violated the truce" reports the fighting,
    which the other cues already name.
    """
    if ev.scores.get("Agreement", 0.0) > 0 and ev.has("unrealised"):
        ev.scores["Agreement"] = 0.0
        ev.note("agreement only called for, refused or broken")


def agreement_names_its_terms(ev: Evidence) -> None:
    """An agreement says what the parties agreed to do (withdraw, hand over, surrender,
    deploy, release): with a clear agreement cue, those words are its terms, not events."""
    if ev.scores.get("Agreement", 0.0) >= 3:
        for name in ("Change to group/activity", "Non-violent transfer of territory"):
            ev.move(name, "Agreement", "the other words are the agreement's terms")


def unexplained_blast_is_an_accident(ev: Evidence) -> None:
    """A blast with no bomb, mine or attacker named is not yet remote violence: factory,
    gas and ammunition-depot accidents are told in the same words. It needs one weapon word."""
    hits = ev.hits.get("Remote explosive/landmine/IED", ())
    if hits and all(h.weight < 1 for h in hits):
        ev.scores["Remote explosive/landmine/IED"] = 0.0
        ev.note("a blast with no weapon named")


def protest_outcome(ev: Evidence) -> None:
    """A protest is one event whose sub-type is how it went (ACLED, Protests and Riots).

    Violence by the protesters makes it a Violent demonstration; else lethal or brutal force
    by the authorities (named as such, or people hurt while the protest was dispersed) makes
    it Excessive force against protesters; else dispersal or arrests make it Protest with
    intervention; else it is a Peaceful protest. A protest report names
    its grievance (a killing, a rape, an arrest), so those cues count half inside it.
    Without a protest the outcome words mean nothing by themselves.
    """
    protest = ev.scores.get("Peaceful protest", 0.0)
    if protest <= 0:
        for name in PROTEST_OUTCOMES:
            ev.scores[name] = 0.0
        return
    if ev.has("protest_violence") or ev.scores.get("Violent demonstration", 0.0) > 0 \
            or ev.scores.get("Mob violence", 0.0) > 0:
        outcome = "Violent demonstration"
    elif ev.scores.get("Excessive force against protesters", 0.0) > 0 or (
            ev.has("protester_harm") and ev.scores.get("Protest with intervention", 0.0) >= 2):
        outcome = "Excessive force against protesters"
    elif ev.scores.get("Protest with intervention", 0.0) > 0:
        outcome = "Protest with intervention"
    else:
        outcome = "Peaceful protest"
    family = ("Peaceful protest", *PROTEST_OUTCOMES, "Violent demonstration", "Mob violence",
              "Arrests")
    _gather(ev, family, outcome, f"protest, outcome: {outcome}")
    for name in VIOLENCE_AGAINST_CIVILIANS:
        ev.scores[name] = ev.scores.get(name, 0.0) / 2


def mob_takes_its_deeds(ev: Evidence) -> None:
    """Killing, beating or burning by a mob is Mob violence, not Attack or property damage."""
    if ev.scores.get("Mob violence", 0.0) > 0:
        for name in ("Attack", "Looting/property destruction"):
            ev.move(name, "Mob violence", "the violence is a mob's")


def disrupted_unless_it_went_off(ev: Evidence) -> None:
    """A weapon found, defused, seized or shot down is Disrupted weapons use if nothing came
    of it; if people were hurt or things hit, the attack itself is the event."""
    if ev.scores.get("Disrupted weapons use", 0.0) < 3:
        return
    if not ev.has("effect"):
        _gather(ev, (*EXPLOSIONS, "Disrupted weapons use"), "Disrupted weapons use",
                "weapon stopped before it did harm")


def explosion_by_weapon(ev: Evidence) -> None:
    """Name an explosion after its most specific weapon: chemical (whatever else happened,
    as ACLED codes it), then suicide bomber, then
    whichever of grenade, IED, aircraft/drone or artillery/missile scores most (earliest on
    a tie, the lead naming the main weapon). Its kin cues add up behind it."""
    present = [n for n in EXPLOSIONS if ev.scores.get(n, 0.0) > 0]
    if not present:
        return
    if ev.scores.get("Chemical weapon", 0.0) >= 3:
        _gather(ev, (*EXPLOSIONS, "Armed clash", "Attack"), "Chemical weapon",
                "a chemical weapon was used: that defines the event")
        return
    if ev.scores.get("Suicide bomb", 0.0) >= 3:
        _gather(ev, EXPLOSIONS, "Suicide bomb", "the weapon is a suicide bomb")
        return
    winner = max(present, key=lambda n: (ev.scores[n], -ev.first(n)))
    _gather(ev, EXPLOSIONS, winner, f"main weapon: {winner}")


def territory_by_actor(ev: Evidence) -> None:
    """Who took a place decides the sub-type: government forces regain territory; rebels or a
    foreign state's forces overtake it (ACLED Codebook). The actor named first speaks."""
    gov, rebel = ev.first("government"), ev.first("non_state")
    if ev.scores.get("Non-state actor overtakes territory", 0.0) > 0 and gov < rebel:
        ev.move("Non-state actor overtakes territory", "Government regains territory",
                "government forces took the place")
    elif ev.scores.get("Government regains territory", 0.0) > 0 and rebel < gov:
        ev.move("Government regains territory", "Non-state actor overtakes territory",
                "non-state or foreign forces took the place")


def attempt_is_a_battle(ev: Evidence) -> None:
    """Trying, failing or vowing to take a place is the fight for it: an Armed clash."""
    if ev.has("attempt"):
        for name in ("Government regains territory", "Non-state actor overtakes territory"):
            ev.move(name, "Armed clash", "only an attempt to take the place")


def battle_outcome(ev: Evidence) -> None:
    """A battle that changed who holds a place is coded by that outcome, not as Armed clash;
    a handover "without a fight" is a Non-violent transfer of territory."""
    present = [n for n in TERRITORY if ev.scores.get(n, 0.0) >= 3]
    if present:
        _gather(ev, (*TERRITORY, "Armed clash"), present[0], f"territory changed: {present[0]}")


def ground_fighting_is_a_battle(ev: Evidence) -> None:
    """Shelling is remote violence: the target cannot fight back at the scene (ACLED
    Codebook). When the report also names ground fighting in strong words ("heavy fighting",
    "clashes", "gunfight"), the artillery is part of that battle: an Armed clash."""
    strong = any(h.weight >= 3 for h in ev.hits.get("Armed clash", ()))
    if strong and ev.scores.get("Armed clash", 0.0) > 0:
        ev.move("Shelling/artillery/missile attack", "Armed clash",
                "ground fighting named: the shelling is part of the battle")


def attack_or_clash(ev: Evidence) -> None:
    """Violence against armed, organised people is a battle; only unarmed victims make an
    Attack. Sexual violence and abduction name the harm and outrank a bare attack."""
    for dominant in ("Sexual violence", "Abduction/forced disappearance"):
        if ev.scores.get(dominant, 0.0) >= 3:
            _gather(ev, VIOLENCE_AGAINST_CIVILIANS, dominant, f"the harm is named: {dominant}")
            return
    if ev.scores.get("Attack", 0.0) > 0 and ev.has("combatants") and not ev.has("civilians"):
        ev.move("Attack", "Armed clash", "the victims are combatants")
    elif ev.scores.get("Attack", 0.0) > 0 and ev.has("civilians"):
        ev.scores["Attack"] += 1.0
        ev.note("the victims are civilians")


RULES: tuple[Callable[[Evidence], None], ...] = (
    agreement_must_be_made,
    agreement_names_its_terms,
    unexplained_blast_is_an_accident,
    protest_outcome,
    mob_takes_its_deeds,
    disrupted_unless_it_went_off,
    explosion_by_weapon,
    territory_by_actor,
    attempt_is_a_battle,
    battle_outcome,
    ground_fighting_is_a_battle,
    attack_or_clash,
)


def apply_rules(ev: Evidence) -> Evidence:
    """Run every rule in order over ``ev`` (changing its scores and notes) and return it."""
    for rule in RULES:
        rule(ev)
    return ev
