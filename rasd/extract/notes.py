"""An English note for each event, written from its fields (no translation).

    Islamic State militants attacked Military Forces of Libya 100 km S of
    Al Jufrah; 12 killed.

The wording follows ACLED's notes: who did what to whom, where, when, and
the toll, in one sentence an analyst who reads no Arabic can use.
"""
from __future__ import annotations

from rasd.model import ActorRef, Event

_VERBS = {
    "Armed clash": "clashed with",
    "Attack": "attacked",
    "Air/drone strike": "carried out an air/drone strike on",
    "Suicide bomb": "carried out a suicide bombing against",
    "Remote explosive/landmine/IED": "detonated an explosive device against",
    "Shelling/artillery/missile attack": "shelled",
    "Abduction/forced disappearance": "abducted",
    "Arrests": "arrested",
    "Disrupted weapons use": "seized weapons or foiled an attack by",
    "Headquarters or base established": "established a base",
    "Looting/property destruction": "destroyed or looted property of",
    "Non-state actor overtakes territory": "took control of",
    "Government regains territory": "regained control of",
    "Non-violent transfer of territory": "withdrew from",
    "Peaceful protest": "protested",
    "Violent demonstration": "rioted",
    "Agreement": "reached an agreement with",
    "Other": "were active",
}
_TERRITORIAL = {"Non-state actor overtakes territory", "Government regains territory",
                "Non-violent transfer of territory", "Headquarters or base established", "Other"}
_DATE_WORDS = {"day": "on {d}", "week": "in the week of {d}", "month": "in {d}", "year": "in {d}"}


def _who(a: ActorRef | None, default: str) -> str:
    if a is None:
        return default
    return a.canonical or f"«{a.name}»"


def _where(e: Event) -> str:
    p = e.place
    if p is None:
        return ""
    label = p.name_en or f"«{p.name}»"
    if p.relation:
        return f" {p.relation}"
    if p.country and p.kind != "country" and p.name_en:
        return f" in {label} ({p.country})"
    return f" in {label}"


def event_note(e: Event) -> str:
    verb = _VERBS.get(e.sub_type, "were involved in an incident with")
    actor1 = _who(e.actor1, "Unidentified armed group")
    where = _where(e)
    if e.sub_type in _TERRITORIAL:
        if e.sub_type in ("Headquarters or base established", "Other"):
            text = f"{actor1} {verb}{where}"
        else:
            # the place is what changed hands: "took control of Sirte (LY)"
            text = f"{actor1} {verb} {where[4:] if where.startswith(' in ') else (where.strip() or 'the area')}"
    elif e.sub_type in ("Peaceful protest", "Violent demonstration"):
        text = f"{actor1 if e.actor1 else 'Protesters'} {verb}{where}"
    else:
        target = _who(e.actor2, "")
        if not target:
            verb = verb.replace(" against", "").replace(" on", "").replace(" of", "").replace(" with", "")
            if e.sub_type == "Shelling/artillery/missile attack":
                verb = "carried out shelling"
            if e.sub_type == "Attack":
                verb = "carried out an attack"
            if e.sub_type == "Armed clash":
                verb = "fought"
        text = f"{actor1} {verb}{(' ' + target) if target else ''}{where}"
    if e.date:
        text += " " + _DATE_WORDS.get(e.date_precision, "on {d}").format(d=e.date)
    if e.fatalities is not None:
        text += f"; {e.fatalities} killed" if e.fatalities else "; no fatalities reported"
    return text + "."
