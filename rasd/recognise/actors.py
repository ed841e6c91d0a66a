"""Find the organised actors an article names.

Three kinds of evidence, from the lexicons in `rasd/lexicons/`:

* the actor registry (`actors.yaml`): every alias of every known actor,
  looked up with proclitics handled (لداعش, وتنظيم القاعدة);
* force heads and nationality (`forces.yaml`, `countries.tsv`): "الجيش
  البوركيني", "قوات الأمن التونسية", "جيش النيجر", "الشرطة" build ACLED
  names such as "Military Forces of Burkina Faso"; a bare head ("الجيش")
  takes the article's country later, in `rasd.resolve.actors`;
* organisation patterns (`actor_patterns.yaml`): "كتيبة X", 'جماعة "X"'
  yield actors that no list knows, kept unlinked.

Anaphoric words (التنظيم, الحركة) are marked `generic` and tied to a named
actor by the resolver.
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from rasd.lexicons import LEXICON_DIR, load_tsv, load_yaml, split_list
from rasd.model import ActorMention, Span, Token
from rasd.recognise.roles import AgencyLexicon, agent_verb, force_verb, in_agent_slot, past_verb, present_verb
from rasd.recognise.vetoes import Vetoes, VetoLexicon, token_range
from rasd.text.clitics import Reading, raw_cut, readings
from rasd.text.matcher import PhraseMatch, PhraseMatcher, WordTest, name_tokens
from rasd.text.morphology import nisba_forms
from rasd.text.normalise import norm
from rasd.text.segment import CLOSING_QUOTES, OPENING_QUOTES, QUOTES, Segmented
from rasd.text.vocabulary import Vocabulary

UNLINKED_NAME_MAX_ZIPF = 4.0  # an unquoted unknown group name must start with a word rarer than this
UNLINKED_COMMON_HEAD_MAX_ZIPF = 3.5  # ... and rarer still after a head that is also an everyday noun
TAKEN_UP_REACH = 80  # tokens before a definite weak alias searched for the thing of its everyday sense it takes up
                     # ("قاعدة إنجرليك ... لكنه يستخدم القاعدة": kwic.py, 23 such on the feed within about 300 characters)


@dataclass(frozen=True)
class RegistryEntry:
    id: str
    canonical: str
    kind: str
    country: str | None
    parent: str | None
    aliases_ar: tuple[str, ...]
    aliases_en: tuple[str, ...]
    generic: tuple[str, ...]
    needs_context: frozenset[tuple[str, ...]] = frozenset()   # aliases that are also everyday words
    theatres: tuple[str, ...] = ()   # countries where its `generic` words mean it even unnamed (قوات التحالف in Yemen)
    seats: frozenset[tuple[str, ...]] = frozenset()   # capitals standing for it: an actor only as a verb's subject
    # countries where its parent's own names mean this branch ("تنظيم القاعدة" in a report from Yemen is AQAP)
    parent_means_it_in: tuple[str, ...] = ()
    # the actor its words meant in reports published before / from a date (ISO), as (date, id)
    before: tuple[str, str] | None = None
    after: tuple[str, str] | None = None
    # its nisba adjective, masculine singular without ال ("حوثي"): on a weapon or an attack it names the doer
    adjectives: tuple[str, ...] = ()
    # the countries (ISO2) whose lead names this coalition: "التحالف الذي تقوده السعودية" (doers25)
    led_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Role:
    name: str          # military, police, government, civilians, ...
    template: str      # "Military Forces of {country}"
    kind: str = ""     # actor kind of the result (state force, government body, civilians ...)


@dataclass
class ActorLexicon:
    entries: dict[str, RegistryEntry]
    by_alias: PhraseMatcher[str]                 # Arabic/English alias -> entry id
    generic: PhraseMatcher[str]                  # anaphoric word -> entry id
    heads: PhraseMatcher[Role]                   # الجيش، قوات الأمن ...
    construct_heads: PhraseMatcher[Role]         # جيش، قوات ...
    adjectives: dict[str, str]                   # every nisba form -> ISO2
    country_names: PhraseMatcher[str]            # country name -> ISO2
    country_en: dict[str, str]                   # ISO2 -> English name
    org_heads: PhraseMatcher[str]
    weak_heads: frozenset[str]
    not_alone: frozenset[tuple[str, ...]]        # heads that name no actor without a nationality
    descriptors: frozenset[str]
    common_heads: frozenset[str] = frozenset()
    name_stops: frozenset[str] = frozenset()
    object_endings: tuple[str, ...] = ()        # "تنظيم الندوات": the verbal noun's object, not a name
    possessive_suffixes: tuple[str, ...] = ()   # "نشاطاتها": no name carries them
    title_nouns: frozenset[str] = frozenset()   # "لرئيس مجلس الوزراء": a bare head after them is a title
    name_openers: frozenset[str] = frozenset()  # everyday words that open group names: "كتيبة شهداء ..."
    unit_heads: PhraseMatcher[str] = field(default_factory=PhraseMatcher)   # اللواء، الفرقة + a number
    unit_ordinals: frozenset[str] = frozenset()
    unit_of: frozenset[str] = frozenset()       # "التابع لـ": the unit is part of the actor named next
    armed_nouns: frozenset[str] = frozenset()   # "قوات نظام الأسد": a government's armed forces
    place_nouns: frozenset[str] = frozenset()   # "دوار مجلس التعاون": a name after them names a place
    # "شرطة منطقة عسير", "لشرطة نينوى": a force head before a province's or town's name (forces.yaml)
    place_heads: PhraseMatcher[Role] = field(default_factory=PhraseMatcher)
    admin_nouns: frozenset[str] = frozenset()   # منطقة، محافظة: between such a head and the place's name
    front_heads: frozenset[str] = frozenset()   # "جبهة الجفينة": with a one-word name, a front
    # registry names that other states' news also uses for its own body ("مجلس النواب"): forces.yaml
    # `bare_means_registry`
    shared_names: frozenset[tuple[str, ...]] = frozenset()
    member_nouns: PhraseMatcher[str] = field(default_factory=PhraseMatcher)
    exceptions: dict[tuple[tuple[str, ...], str], Role] = field(default_factory=dict)  # (head, ISO2) -> role
    # indefinite heads, which name a force only with an indefinite nationality: "طائرات أمريكية", "قوات فرنسية"
    indefinite_heads: PhraseMatcher[Role] = field(default_factory=PhraseMatcher)
    by_canonical: dict[str, str] = field(default_factory=dict)  # lower-cased English name/alias -> id
    # "قوات X" built from a fighters' noun and a group's name X -> the noun's length in tokens: the
    # mention is the name, the noun only lets it beat a force head ("قوات الجيش" of "قوات الجيش الحر")
    fighter_forms: dict[tuple[str, ...], int] = field(default_factory=dict)
    # (parent id, ISO2) -> the branch its names mean in a report from that country (`parent_means_it_in`)
    local_branches: dict[tuple[str, str], str] = field(default_factory=dict)
    # "بقيادة", "(الذي|التي) تقوده": a coalition's leader follows (`leading_words`, `leading_relatives`)
    leading_words: frozenset[str] = frozenset()
    leading_relatives: frozenset[str] = frozenset()
    coalition_led_by: dict[str, str] = field(default_factory=dict)   # ISO2 -> the coalition it leads
    # forces29: "قوات موالية لهادي", "مسلحين تابعين لداعش": a force noun, a loyal (or belonging) word, and a side
    allegiant_heads: PhraseMatcher[str] = field(default_factory=PhraseMatcher)
    leader_force_heads: PhraseMatcher[str] = field(default_factory=PhraseMatcher)   # "جيش المخلوع صالح"
    loyal_words: frozenset[str] = frozenset()
    allegiant_between: frozenset[str] = frozenset()
    belonging_words: frozenset[str] = frozenset()
    # hostile41: "القوات المناهضة للحوثيين": a word of opposing (event_roles.yaml `opposing`), and the side the
    # force is against -> its opponent
    hostile_words: frozenset[str] = frozenset()
    opposed_sides: dict[str, str] = field(default_factory=dict)   # a side's id -> its opponent's id (or absent)
    loyal_to: PhraseMatcher[str] = field(default_factory=PhraseMatcher)   # "هادي", "المخلوع صالح" -> entry id
    fighter_kinds: frozenset[str] = frozenset()   # `fighter_prefix_kinds`
    # forces30: "لها" -> the agreement classes of a side it may stand for (`allegiance_pronouns`)
    allegiance_pronouns: dict[str, frozenset[str]] = field(default_factory=dict)
    agreement_endings: tuple[tuple[str, str], ...] = ()   # (ending, class), longest ending first
    human_plural_words: frozenset[str] = frozenset()
    force_nouns: frozenset[str] = frozenset()   # `allegiant_heads` and `leader_force_heads` as words

    def group_adjectives(self) -> dict[str, RegistryEntry]:
        """A group's nisba adjective in the singular, masculine and feminine, with ال and without ("الحوثية",
        "حوثي"), normalised -> its registry entry (groupadj24: "قذائف الغدر الحوثية" are the Houthis' shells)."""
        out: dict[str, RegistryEntry] = {}
        for e in self.entries.values():
            for adj in e.adjectives:
                base = norm(adj)
                for form in (base, base + "ه"):
                    out.setdefault(form, e)
                    out.setdefault("ال" + form, e)
        return out

    def entry_for_canonical(self, name: str) -> RegistryEntry | None:
        key = name.lower().replace(" the ", " ").strip()
        ident = self.by_canonical.get(key)
        return self.entries.get(ident) if ident else None


def _registry_entry(raw: dict) -> RegistryEntry:
    return RegistryEntry(
        id=str(raw["id"]), canonical=str(raw["canonical"]), kind=str(raw.get("kind") or ""),
        country=raw.get("country") or None, parent=raw.get("parent") or None,
        aliases_ar=tuple(raw.get("ar") or ()), aliases_en=tuple(raw.get("en") or ()),
        generic=tuple(raw.get("generic") or ()),
        needs_context=frozenset(name_tokens(w) for w in raw.get("needs_context") or ()),
        theatres=tuple(str(c).upper() for c in raw.get("theatres") or ()),
        seats=frozenset(name_tokens(w) for w in raw.get("seats") or ()),
        parent_means_it_in=tuple(str(c).upper() for c in raw.get("parent_means_it_in") or ()),
        before=_era(raw.get("before")), after=_era(raw.get("after")),
        adjectives=tuple(raw.get("adjectives") or ()),
        led_by=tuple(str(c).upper() for c in raw.get("led_by") or ()),
    )


def _era(raw: dict | None) -> tuple[str, str] | None:
    return (str(raw["date"]), str(raw["means"])) if raw else None


def _load_registry(patterns: dict) -> tuple[dict, PhraseMatcher[str], PhraseMatcher[str], dict[str, str], dict]:
    """actors.yaml: entries, alias and anaphor matchers, English names -> id, fighter forms."""
    entries: dict[str, RegistryEntry] = {}
    by_alias: PhraseMatcher[str] = PhraseMatcher()
    generic: PhraseMatcher[str] = PhraseMatcher()
    by_canonical: dict[str, str] = {}
    misspelt = _misspellings(patterns)
    restating = _restating_adjectives(patterns)
    for raw in load_yaml("actors.yaml") or []:
        e = _registry_entry(raw)
        entries[e.id] = e
        arabic = _with_restating_adjective(_also_misspelt(e.aliases_ar, misspelt), restating)
        for alias in arabic + e.aliases_en + (e.canonical,):
            by_alias.add(alias, e.id)
        for word in _also_misspelt(e.generic, misspelt):
            generic.add(word, e.id)
        for name in (e.canonical,) + e.aliases_en:
            by_canonical.setdefault(name.lower().replace(" the ", " ").strip(), e.id)
    fighter_forms = _add_fighter_forms(entries, by_alias, patterns)
    return entries, by_alias, generic, by_canonical, fighter_forms


def _misspellings(patterns: dict) -> list[tuple[str, str]]:
    """(a spelling in a listed name, the misspelling news also writes for it), from actor_patterns.yaml
    `misspellings` (the misspelling -> the spellings it stands for), normalised."""
    return [(norm(right), norm(wrong)) for wrong, rights in (patterns.get("misspellings") or {}).items()
            for right in rights]


def _also_misspelt(names, misspelt: list[tuple[str, str]]) -> tuple[str, ...]:
    """`names` and, after each, its forms with a commonly misspelt letter sequence ("ميليشيات الحوثي" ->
    "ميلشيات الحوثي"), each once."""
    out: dict[str, None] = {}
    for name in names:
        out[name] = None
        key = norm(name)
        for right, wrong in misspelt:
            if right in key:
                out[key.replace(right, wrong)] = None
    return tuple(out)


def _restating_adjectives(patterns: dict) -> dict[str, tuple[str, ...]]:
    """actor_patterns.yaml `restating_adjectives`, normalised: a force noun -> the adjectives that only restate it."""
    return {norm(noun): tuple(norm(a) for a in adjs)
            for noun, adjs in (patterns.get("restating_adjectives") or {}).items()}


def _with_restating_adjective(names, restating: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """`names` and, after each that opens with a force noun of `restating`, its form with an adjective that
    only restates that noun put after it ("القوات الموالية لهادي" -> "القوات العسكرية الموالية لهادي")."""
    out: dict[str, None] = {}
    for name in names:
        out[name] = None
        toks = name_tokens(name)
        adjs = restating.get(toks[0], ()) if toks else ()
        if set(toks[1:2]) & set(adjs):
            continue
        for adj in adjs:
            out[" ".join((toks[0], adj) + toks[1:])] = None
    return tuple(out)


def _add_fighter_forms(entries: dict[str, RegistryEntry], by_alias: PhraseMatcher[str],
                       patterns: dict) -> dict[tuple[str, ...], int]:
    """"قوات X", "مسلحي X", "ميليشيات X" for every Arabic name X of a group (actor_patterns.yaml
    `fighter_prefixes`), unless the form is already some entry's own name."""
    prefixes = [name_tokens(p) for p in _also_misspelt(patterns.get("fighter_prefixes") or [], _misspellings(patterns))]
    kinds = set(patterns.get("fighter_prefix_kinds") or [])
    firsts = {p[0] for p in prefixes}
    derived: list[tuple[tuple[str, ...], str]] = []
    for e in entries.values():
        if e.kind not in kinds:
            continue
        for alias in e.aliases_ar:
            toks = name_tokens(alias)
            if not toks or toks[0] in firsts or toks in e.needs_context:
                continue
            derived.extend((p, toks, e.id) for p in prefixes)
    added: dict[tuple[str, ...], int] = {}
    for prefix, name, ident in derived:
        phrase = prefix + name
        if not by_alias.get(phrase):
            by_alias.add(phrase, ident)
            added[phrase] = len(prefix)
    return added


def _add_role_heads(role: Role, spec: dict, heads, construct, indefinite) -> None:
    no_construct = {name_tokens(h) for h in spec.get("no_construct") or []}
    for h in spec.get("heads") or []:
        heads.add(h, role)
        # construct state: الجيش -> جيش (جيش النيجر)
        toks = name_tokens(h)
        if toks and toks[0].startswith("ال") and len(toks[0]) > 3 and toks not in no_construct:
            construct.add((toks[0][2:],) + toks[1:], role)
        # indefinite: الطائرات الحربية -> طائرات حربية (used only before an indefinite nationality)
        if toks and all(t.startswith("ال") and len(t) > 3 for t in toks):
            indefinite.add(tuple(t[2:] for t in toks), role)
    for h in spec.get("construct_heads") or []:
        construct.add(h, role)
    for h in spec.get("indefinite_heads") or []:
        indefinite.add(h, role)


def _load_forces(restating: dict[str, tuple[str, ...]]):
    """forces.yaml: heads, construct and indefinite heads, heads never alone, per-country exceptions; a head
    opening with a force noun is also read with an adjective that only restates that noun (`restating`)."""
    heads: PhraseMatcher[Role] = PhraseMatcher()
    construct: PhraseMatcher[Role] = PhraseMatcher()
    indefinite: PhraseMatcher[Role] = PhraseMatcher()
    not_alone: set[tuple[str, ...]] = set()
    forces = load_yaml("forces.yaml") or {}
    for role_name, spec in (forces.get("roles") or {}).items():
        spec = dict(spec, heads=list(_with_restating_adjective(spec.get("heads") or [], restating)))
        _add_role_heads(Role(role_name, spec["canonical"], spec.get("kind") or ""), spec, heads, construct, indefinite)
        not_alone.update(name_tokens(h) for h in _with_restating_adjective(spec.get("not_alone") or [], restating))
    roles_by_name = {r.name: r for p in heads.phrases() for r in heads.get(p)}
    exceptions: dict[tuple[tuple[str, ...], str], Role] = {}
    for ex in forces.get("exceptions") or []:
        role = roles_by_name.get(ex.get("role"))
        for cc in (ex.get("countries") or []) if role is not None else []:
            exceptions[(name_tokens(ex["head"]), str(cc).upper())] = role
    return heads, construct, indefinite, not_alone, exceptions


def _load_countries() -> tuple[dict[str, str], PhraseMatcher[str], dict[str, str]]:
    """countries.tsv: nisba forms -> ISO2, country names -> ISO2, ISO2 -> English name."""
    adjectives: dict[str, str] = {}
    country_names: PhraseMatcher[str] = PhraseMatcher()
    country_en: dict[str, str] = {}
    if (LEXICON_DIR / "countries.tsv").exists():
        for row in load_tsv("countries.tsv"):
            iso = row["iso2"].upper()
            country_en[iso] = row["name_en"]
            for name in split_list(row.get("names_ar", "")):
                country_names.add(name, iso)
            for adj in split_list(row.get("adjectives_ar", "")):
                for form in nisba_forms(adj) if " " not in adj.strip() else _two_word_nisba_forms(adj):
                    adjectives.setdefault(form, iso)
    return adjectives, country_names, country_en


_NISBA_ENDINGS = ("", "ه", "ون", "ين", "تين", "ان", "تان")   # as rasd.text.morphology.nisba_forms inflects one word


def _two_word_nisba_forms(adjective: str) -> set[str]:
    """The forms of a nationality adjective of two words ("كوري جنوبي": الكورية الجنوبية, الكوريين الجنوبيين,
    "جنوب أفريقي": الجنوب أفريقية), both words agreeing, each with ال or neither; keyed with a space, as
    `ActorRecognizer._nationality_at` reads two tokens."""
    words = [norm(w) for w in adjective.split()]
    out: set[str] = set()
    for ending in _NISBA_ENDINGS:
        inflected = [w + ending if w.endswith("ي") else w for w in words]
        out.add(" ".join(inflected))
        out.add(" ".join("ال" + w for w in inflected))
        out.add(" ".join(["ال" + inflected[0], *inflected[1:]]))
    return out


def load_actor_lexicon() -> ActorLexicon:
    pat = load_yaml("actor_patterns.yaml") or {}
    entries, by_alias, generic, by_canonical, fighter_forms = _load_registry(pat)
    heads, construct, indefinite, not_alone, exceptions = _load_forces(_restating_adjectives(pat))
    forces = load_yaml("forces.yaml") or {}
    shared_names = frozenset(name_tokens(h) for h in forces.get("bare_means_registry") or [])
    place_heads: PhraseMatcher[Role] = PhraseMatcher()
    for role_name, spec in (forces.get("roles") or {}).items():
        for h in spec.get("place_heads") or []:
            place_heads.add(h, Role(role_name, spec["canonical"], spec.get("kind") or ""))
    adjectives, country_names, country_en = _load_countries()

    def words(key: str) -> frozenset[str]:
        return frozenset(norm(w) for w in pat.get(key) or [])

    org_heads: PhraseMatcher[str] = PhraseMatcher()
    for h in _also_misspelt(pat.get("org_heads") or [], _misspellings(pat)):
        org_heads.add(h, norm(h))
    return ActorLexicon(
        entries=entries, by_alias=by_alias, generic=generic, heads=heads, construct_heads=construct,
        adjectives=adjectives, country_names=country_names, country_en=country_en, org_heads=org_heads,
        weak_heads=words("weak_heads"), not_alone=frozenset(not_alone), exceptions=exceptions,
        descriptors=words("descriptors"), common_heads=words("common_heads"), name_stops=words("name_stops"),
        object_endings=tuple(pat.get("object_endings") or ()),
        possessive_suffixes=tuple(pat.get("possessive_suffixes") or ()), title_nouns=words("title_nouns"),
        name_openers=words("name_openers"), unit_heads=_matcher(pat.get("unit_heads") or []),
        unit_ordinals=words("unit_ordinals"), unit_of=words("unit_of"), armed_nouns=words("armed_nouns"),
        place_nouns=words("place_nouns"), place_heads=place_heads, admin_nouns=words("admin_nouns"),
        front_heads=words("front_heads"),
        member_nouns=_matcher(pat.get("member_nouns") or []), by_canonical=by_canonical,
        indefinite_heads=indefinite, fighter_forms=fighter_forms, shared_names=shared_names,
        local_branches={(e.parent, c): e.id for e in entries.values() if e.parent for c in e.parent_means_it_in},
        leading_words=words("leading_words"), leading_relatives=words("leading_relatives"),
        coalition_led_by=_coalitions_by_leader(entries),
        **_allegiance(pat, entries),
    )


def _allegiance(pat: dict, entries: dict[str, RegistryEntry]) -> dict:
    """The lists of a force named by its allegiance (actor_patterns.yaml, forces29), as ActorLexicon fields."""
    def words(key: str) -> frozenset[str]:
        return frozenset(norm(w) for w in pat.get(key) or [])

    return dict(allegiant_heads=_matcher(pat.get("allegiant_heads") or []), loyal_words=words("loyal_words"),
                leader_force_heads=_matcher(pat.get("leader_force_heads") or []),
                allegiant_between=words("allegiant_between"), belonging_words=words("belonging_words"),
                hostile_words=frozenset(norm(w) for w in load_yaml("event_roles.yaml").get("opposing") or []),
                opposed_sides=dict(pat.get("opposed_sides") or {}),
                fighter_kinds=frozenset(pat.get("fighter_prefix_kinds") or []),
                loyal_to=_loyal_to(entries, words("allegiant_heads"), words("loyal_words")),
                allegiance_pronouns={norm(p): frozenset(c) for p, c in (pat.get("allegiance_pronouns") or {}).items()},
                agreement_endings=tuple(sorted(((norm(e), c) for c, es in (pat.get("agreement_endings") or {}).items()
                                                for e in es), key=lambda ec: -len(ec[0]))),
                human_plural_words=words("human_plural_words"),
                force_nouns=words("allegiant_heads") | words("leader_force_heads"))


def _loyal_to(entries: dict[str, RegistryEntry], heads: frozenset[str], loyal: frozenset[str]) -> PhraseMatcher[str]:
    """The sides a registry name ties to a faction: X of every Arabic name "force noun ... loyal word + لX"
    ("القوات الموالية للرئيس هادي" -> "الرئيس هادي" -> Pro-Hadi), each X with the ل taken off; an X that two
    entries' names tie to different factions is left out (forces29)."""
    found: dict[tuple[str, ...], set[str]] = {}
    for e in entries.values():
        for alias in e.aliases_ar:
            toks = name_tokens(alias)
            if not toks or toks[0] not in heads:
                continue
            k = next((k for k in range(1, len(toks) - 1) if toks[k] in loyal and toks[k + 1].startswith("ل")), None)
            if k is None:
                continue
            side = toks[k + 1]
            side = "ال" + side[2:] if side.startswith("لل") else side[1:]
            found.setdefault((side,) + toks[k + 2:], set()).add(e.id)
    factions = {i for ids in found.values() for i in ids}
    for ident in factions:  # the same factions' "قوات X" names: "قوات علي عبدالله صالح" -> "علي عبدالله صالح"
        for alias in entries[ident].aliases_ar:
            toks = name_tokens(alias)
            if len(toks) > 1 and toks[0] in heads and not toks[0].startswith("ال") and (toks[1:],) not in found:
                found.setdefault(toks[1:], set()).add(ident)
    out: PhraseMatcher[str] = PhraseMatcher()
    for side, ids in found.items():
        if len(ids) == 1:
            out.add(side, next(iter(ids)))
    return out


def _coalitions_by_leader(entries: dict[str, RegistryEntry]) -> dict[str, str]:
    """ISO2 of a leading state -> the id of the coalition it leads (`led_by`)."""
    return {c: e.id for e in entries.values() for c in e.led_by}


def _matcher(words: list[str]) -> PhraseMatcher[str]:
    m: PhraseMatcher[str] = PhraseMatcher()
    for w in words:
        m.add(w, norm(w))
    return m


# a key read in C (no Python frame per step of a bisection over the tokens)
_start = attrgetter("start")


def _definite_nisba(tok: Token) -> bool:
    """A definite masculine nisba adjective ("الدولي", "العربي", "العسكري")."""
    return tok.is_word and tok.norm.startswith("ال") and tok.norm.endswith("ي") and len(tok.norm) > 4


def country_actor_name(template: str, country_en: str) -> str:
    return template.format(country=country_en)


class _Begins:
    """The tokens of an article where a name of each of the lists `_scan` tries may start (the article's shared
    answers, `PhraseMatcher.positions`): at any other token that list's test finds nothing, so it is not called."""

    __slots__ = ("alias", "allegiant", "country", "force", "generic", "leader_force", "org", "unit")

    def __init__(self, lex: ActorLexicon, words: Sequence[str]) -> None:
        # each set made from its lists' positions directly, no generator: six generators an article cost
        # ~2.5k instructions each to start (speed39's measure); only membership is asked of the sets
        self.alias = frozenset(lex.by_alias.positions(words))
        # a force's head: definite, in the construct state, indefinite, or before a place (`_force`)
        self.force = frozenset().union(lex.heads.positions(words), lex.construct_heads.positions(words),
                                       lex.indefinite_heads.positions(words), lex.place_heads.positions(words))
        # `_country_at`: a reading's stem begins a country's name
        self.country = frozenset(lex.country_names.positions(words))
        self.unit = frozenset(lex.unit_heads.positions(words))
        self.org = frozenset(lex.org_heads.positions(words))
        self.generic = frozenset(lex.generic.positions(words))
        # speed42: the heads of `_loyal_force` and `_leader_s_force`, asked at every start (~32 calls an article
        # on the feed, nearly all at words that begin no such head)
        self.allegiant = frozenset(lex.allegiant_heads.positions(words))
        self.leader_force = frozenset(lex.leader_force_heads.positions(words))


class ActorRecogniser:
    def __init__(self, lex: ActorLexicon, vocabulary: Vocabulary | None = None,
                 locative: frozenset[str] = frozenset(), agency: AgencyLexicon | None = None,
                 ambiguous: frozenset[str] = frozenset(), vetoes: VetoLexicon | None = None):
        self.lex = lex
        self.vetoes = vetoes or VetoLexicon.empty()
        self.ambiguous = frozenset(name_tokens(w) for w in ambiguous)  # place names that are everyday words
        self.vocabulary = vocabulary or Vocabulary.empty()
        self.locative = locative
        self.agency = agency or AgencyLexicon.empty()
        roles = {r.name: r for p in lex.heads.phrases() for r in lex.heads.get(p)}
        self._government = roles.get("government")
        self._military = roles.get("military")
        self._country_firsts = frozenset(p[0] for p in lex.country_names.phrases())
        # the first word of an alias, a force head (definite, construct or indefinite), a country's
        # name, an organisation's head or an anaphor: the only words where `_scan` may find something
        self._first_words = frozenset().union(*(
            m.first_words() for m in (lex.by_alias, lex.heads, lex.construct_heads, lex.indefinite_heads,
                                      lex.country_names, lex.org_heads, lex.generic, lex.unit_heads,
                                      lex.allegiant_heads, lex.leader_force_heads)))
        self._starts = WordTest(self._may_start)

    def _may_start(self, word: str) -> bool:
        """Whether some reading of `word` begins a name of one of the matchers `_scan` consults (what
        any of their `begins` would say, in one look-up per reading)."""
        firsts = self._first_words
        for r in readings(word):     # a loop, not any(generator): asked once for every new word
            if r.stem in firsts:
                return True
        return False

    def _span(self, seg: Segmented, first: int, last: int, cut: int, restored_al: bool = False) -> tuple[Span, str]:
        toks = seg.tokens
        start, end = raw_cut(toks[first], cut), toks[last - 1].end
        text = seg.text.raw[start:end]
        name = ("ا" + text) if restored_al else text  # للقيادة -> القيادة
        return Span(start, end, text), " ".join(name.split())

    def _registry_span(self, seg: Segmented, i: int, reg: PhraseMatch[str]) -> tuple[Span, str]:
        """The span of a registry name at i; of a fighters' noun and a name ("مسلحي الحوثي" built from
        `fighter_prefixes`), the name's alone."""
        skip = self.lex.fighter_forms.get(reg.phrase, 0)
        if skip:
            return self._span(seg, i + skip, reg.last, 0)
        return self._span(seg, i, reg.last, reg.reading.cut, reg.reading.restored_al)

    def _adjective_at(self, toks: Sequence[Token], k: int) -> str | None:
        if k < len(toks) and toks[k].is_word:
            return self.lex.adjectives.get(toks[k].norm)
        return None

    def _nationality_at(self, toks: Sequence[Token], k: int) -> tuple[str, int] | None:
        """The country of the nationality adjective at token k and the token after it: one word ("الليبي") or
        two ("الكورية الجنوبية", which outweighs its first word alone)."""
        if k + 1 < len(toks) and toks[k].is_word and toks[k + 1].is_word:
            iso = self.lex.adjectives.get(toks[k].norm + " " + toks[k + 1].norm)
            if iso is not None:
                return iso, k + 2
        iso = self._adjective_at(toks, k)
        return (iso, k + 1) if iso is not None else None

    def _force(self, seg: Segmented, i: int, may: _Begins) -> tuple[ActorMention, int] | None:
        """A force head with its nationality: الجيش الليبي، قوات الأمن التونسية، جيش النيجر."""
        if i not in may.force:
            return None
        head = self._longest_head(seg.tokens, i)
        named = self._construct_with_country(seg, i)
        if named is not None:
            return named
        if head is None:
            return self._indefinite_with_nationality(seg, i) or self._head_before_place(seg, i)
        return (self._head_with_nationality(seg, i, head) or self._head_in_country(seg, i, head)
                or self._coordinated_heads(seg, i, head) or self._bare_head(seg, i, head))

    def _longest_head(self, toks: Sequence[Token], i: int) -> PhraseMatch[Role] | None:
        """The force head at i, running on where its second word starts a longer head: "قوات الجيش" +
        "الجيش الوطني" is "قوات الجيش الوطني" (the national army's forces), not "قوات الجيش" and a word."""
        head = self.lex.heads.match_at(toks, i)
        if head is None or len(head.phrase) < 2:
            return head
        inner = self.lex.heads.match_at(toks, i + 1)
        if inner is None or inner.last <= head.last or inner.reading.cut:
            return head
        return PhraseMatch(i, inner.last, head.reading, head.phrase[:1] + inner.phrase, inner.payloads)

    def _construct_with_country(self, seg: Segmented, i: int) -> tuple[ActorMention, int] | None:
        """A head in the construct state and a country's name: جيش النيجر، قوات الأمن الصومالية."""
        toks = seg.tokens
        construct = self.lex.construct_heads.match_at(toks, i)
        if construct is None or construct.last >= len(toks):
            return None
        cn = self.lex.country_names.match_at(toks, construct.last)
        if cn is None or cn.reading.cut != 0:
            return None
        span, name = self._span(seg, i, cn.last, construct.reading.cut, construct.reading.restored_al)
        role = construct.payloads[0]
        return self._force_mention(seg, i, span, name, role, cn.payloads[0], construct.phrase), cn.last

    def _indefinite_with_nationality(self, seg: Segmented, i: int) -> tuple[ActorMention, int] | None:
        """An indefinite head agreeing with a nationality: "طائرات أمريكية", "قوات فرنسية",
        "جنود فرنسيون"."""
        toks = seg.tokens
        ind = self.lex.indefinite_heads.match_at(toks, i)
        if ind is None or ind.last >= len(toks) or toks[ind.last].norm.startswith("ال"):
            return None
        nationality = self._nationality_at(toks, ind.last)
        if nationality is None:
            return None
        iso, end = nationality
        span, name = self._span(seg, i, end, ind.reading.cut, ind.reading.restored_al)
        m = self._force_mention(seg, i, span, name, ind.payloads[0], iso, ind.phrase)
        m.descriptive = True
        return m, end

    def _head_before_place(self, seg: Segmented, i: int) -> tuple[ActorMention, int] | None:
        """A head in the construct state before a province's or town's name ("شرطة منطقة عسير", "لشرطة
        نينوى"): that country's force, left bare for the resolver to place by the town, as "الشرطة" is."""
        toks = seg.tokens
        head = self.lex.place_heads.match_at(toks, i)
        if head is None or self._in_title(toks, i):
            return None  # "نائب رئيس شرطة دبي" is a person's title, as for a bare head
        j = head.last
        if j + 1 < len(toks) and toks[j].is_word and toks[j].norm in self.lex.admin_nouns:
            j += 1
        if (j >= len(toks) or not toks[j].is_word or toks[j].norm in self.lex.name_stops | self.lex.descriptors
                or self.lex.by_alias.match_at(toks, j) is not None):
            return None  # "شرطة حماس" is the group's police, found by its name
        span, name = self._span(seg, i, j + 1, head.reading.cut, head.reading.restored_al)
        m = self._force_mention(seg, i, span, name, head.payloads[0], None)
        m.generic = True
        return m, j + 1

    def _head_with_nationality(self, seg: Segmented, i: int,
                               head: PhraseMatch[Role]) -> tuple[ActorMention, int] | None:
        """A head and a nationality adjective right after it: الجيش الليبي."""
        nationality = self._nationality_at(seg.tokens, head.last)
        if nationality is None:
            return None
        iso, end = nationality
        span, name = self._span(seg, i, end, head.reading.cut, head.reading.restored_al)
        return self._force_mention(seg, i, span, name, head.payloads[0], iso, head.phrase), end

    def _head_in_country(self, seg: Segmented, i: int,
                         head: PhraseMatch[Role]) -> tuple[ActorMention, int] | None:
        """A head, في and a country's name: "قوات الأمن في النيجر" ("القوات الأمريكية في إفريقيا"
        is left to the registry)."""
        toks = seg.tokens
        j = head.last
        if j + 1 >= len(toks) or toks[j].norm != "في":
            return None
        cn = self.lex.country_names.match_at(toks, j + 1)
        if cn is None or cn.reading.cut != 0:
            return None
        span, name = self._span(seg, i, cn.last, head.reading.cut, head.reading.restored_al)
        role = head.payloads[0]
        return self._force_mention(seg, i, span, name, role, cn.payloads[0], head.phrase), cn.last

    def _coordinated_heads(self, seg: Segmented, i: int,
                           head: PhraseMatch[Role]) -> tuple[ActorMention, int] | None:
        """The first of two coordinated heads sharing a plural adjective: الجيش والأمن التونسيين."""
        toks = seg.tokens
        j = head.last
        if j + 1 >= len(toks) or not toks[j].is_word or not toks[j].norm.startswith("و"):
            return None
        second = self.lex.heads.match_at(toks, j)
        if second is None:
            return None
        iso = self._adjective_at(toks, second.last)
        if iso is None:
            return None
        span, name = self._span(seg, i, head.last, head.reading.cut, head.reading.restored_al)
        return self._force_mention(seg, i, span, name, head.payloads[0], iso, head.phrase), head.last

    def _bare_head(self, seg: Segmented, i: int,
                   head: PhraseMatch[Role]) -> tuple[ActorMention, int] | None:
        """A head without a nationality, left for the resolver to give the article's country."""
        if head.phrase in self.lex.not_alone or (head.reading.stem[2:],) + head.phrase[1:] in self.lex.not_alone:
            return None  # "القوات", "الرئيس", "الطيران" alone name nobody in particular
        if self._in_title(seg.tokens, i):
            return None
        span, name = self._span(seg, i, head.last, head.reading.cut, head.reading.restored_al)
        m = self._force_mention(seg, i, span, name, head.payloads[0], None)
        m.generic = True
        return m, head.last

    def _in_title(self, toks: Sequence[Token], i: int) -> bool:
        """Whether the bare head at i is part of a person's title: right after an office noun
        ("لرئيس مجلس الوزراء") or after a head that is ("لرئيس مجلس الوزراء وزير الدفاع")."""
        def office(k: int) -> bool:  # a deputy's or member's noun among the three words before k + 1
            return any(n >= 0 and toks[n].is_word and any(r.stem.removeprefix("ال") in self.lex.title_nouns
                                                          for r in readings(toks[n].norm))
                       for n in range(k - 2, k + 1))

        if office(i - 1):
            return True
        for n in (1, 2, 3):
            before = self.lex.heads.match_at(toks, i - n) if i - n >= 1 else None
            if before is not None and before.last == i and before.reading.cut == 0 and office(i - n - 1):
                return True
        return False

    def _force_mention(self, seg: Segmented, i: int, span: Span, name: str, role: Role,
                       iso: str | None, head: tuple[str, ...] = ()) -> ActorMention:
        if iso is not None:
            role = self.lex.exceptions.get((head, iso), role)  # الحرس الوطني is an army in Saudi Arabia
        m = ActorMention(span=span, name=name, sentence=seg.sentence_of(i), kind=role.kind or role.name,
                         country=iso)
        if iso is not None:
            country = self.lex.country_en.get(iso, iso)
            m.canonical = country_actor_name(role.template, country)
            entry = self.lex.entry_for_canonical(m.canonical)
            if entry is not None:
                m.actor_id, m.canonical, m.kind = entry.id, entry.canonical, entry.kind
        return m

    def _unlinked(self, seg: Segmented, i: int, may: _Begins) -> tuple[ActorMention, int] | None:
        """'جماعة "X"', "كتيبة X": an organisation no registry names."""
        if i not in may.org:
            return None
        toks = seg.tokens
        head = self.lex.org_heads.match_at(toks, i)
        if head is None:
            return None
        j = head.last
        whole = self._quoted_with_head(seg, i, head)
        if whole is not None:
            return whole
        # a closing mark right after the head closes a quotation the head was in ("«الرد بقوة» مطالبة")
        quoted = j < len(toks) and not toks[j].is_word and toks[j].norm in QUOTES - CLOSING_QUOTES
        if quoted:
            k = j + 1
            while k < len(toks) and toks[k].is_word and k - j <= 6:
                k += 1
            if k >= len(toks) or toks[k].norm not in QUOTES - OPENING_QUOTES or k == j + 1:
                return None
            name_first, name_last = j + 1, k
            end = k + 1
        else:
            k = self._unquoted_name(seg, j, head.payloads[0])
            if k is None:
                return None
            name_first, name_last, end = j, k, k
        # the registry may know the name without its head: جماعة "بوكو حرام"
        known = self.lex.by_alias.match_at(toks, name_first)
        if known is not None and known.last >= name_last:
            return None
        # 'حركة «الشباب»': a name the registry knows only with its head (never a front)
        linked = self._known_with_its_head(seg, i, head, (name_first, name_last, quoted))
        if linked is not None:
            return linked, end
        if self._a_front(head.payloads[0], name_last - name_first):
            return None
        span, name = self._span(seg, i, name_last, head.reading.cut, head.reading.restored_al)
        if quoted:
            name = " ".join(seg.text.raw[raw_cut(toks[i], head.reading.cut):toks[j].start].split() +
                            seg.text.raw[toks[name_first].start:toks[name_last - 1].end].split())
        return ActorMention(span=span, name=name, sentence=seg.sentence_of(i)), end

    def _known_with_its_head(self, seg: Segmented, i: int, head: PhraseMatch[str], name: tuple[int, int, bool]):
        """A registry name the head at i and the quoted name (its first and end token, and whether it is quoted)
        make together ('حركة «الشباب»', 'جبهة "النصرة"', where the bare "الشباب" or "النصرة" is only a word the
        article's context decides, and "جبهة" + one word is more often a battle front): that actor's mention,
        else None."""
        toks = seg.tokens
        if not name[2]:
            return None
        words = list(toks[i:head.last]) + list(toks[name[0]:name[1]])
        reg = self.lex.by_alias.match_at(words, 0)
        if reg is None or reg.last != len(words):
            return None
        entry = self.lex.entries[reg.payloads[0]]
        span, _ = self._span(seg, i, name[1], head.reading.cut, head.reading.restored_al)
        text = " ".join(seg.text.raw[raw_cut(toks[i], head.reading.cut):toks[head.last].start].split() +
                        seg.text.raw[toks[name[0]].start:toks[name[1] - 1].end].split())
        return ActorMention(span=span, name=text, sentence=seg.sentence_of(i), actor_id=entry.id,
                            canonical=entry.canonical, kind=entry.kind, country=entry.country)

    def _a_front(self, head: str, name_words: int) -> bool:
        """A front head with a one-word name no list knows ("جبهة الجفينة", 'جبهة "عكد"'): a battle front
        named after its place, not a group."""
        return name_words == 1 and head in self.lex.front_heads

    def _numbered_unit(self, seg: Segmented, i: int, may: _Begins) -> tuple[ActorMention, int] | None:
        """An army unit named by its number: "اللواء 55", "اللواء الخامس عشر", "الفرقة 30"."""
        if i not in may.unit:
            return None
        toks = seg.tokens
        head = self.lex.unit_heads.match_at(toks, i)
        if head is None or head.last >= len(toks):
            return None
        k = head.last
        if toks[k].norm.isdigit():
            k += 1
        elif toks[k].norm in self.lex.unit_ordinals:
            k += 1
            if k < len(toks) and toks[k].norm == "عشر":   # الخامس عشر
                k += 1
        else:
            return None
        if any(t.norm in self.lex.unit_of for t in toks[k:k + 3]):
            return None  # "اللواء الأول مشاة التابع للجيش الليبي": a unit of the actor named next
        span, name = self._span(seg, i, k, head.reading.cut, head.reading.restored_al)
        return ActorMention(span=span, name=name, sentence=seg.sentence_of(i)), k

    def _quoted_with_head(self, seg: Segmented, i: int, head: PhraseMatch[str]) -> tuple[ActorMention, int] | None:
        """An organisation quoted with its head ("أصدرت «غرفة عمليات حلب» بيانا"): the quotation marks
        say where the name ends, even where it ends in a place's name or an everyday word."""
        toks = seg.tokens
        if i == 0 or toks[i - 1].is_word or toks[i - 1].norm not in OPENING_QUOTES or head.reading.cut:
            return None
        k = head.last
        while k < len(toks) and toks[k].is_word and k - head.last < 5:
            k += 1
        if k == head.last or k >= len(toks) or toks[k].norm not in CLOSING_QUOTES:
            return None
        first = toks[head.last].norm
        if head.payloads[0] in self.lex.common_heads and first not in self.lex.name_openers and (
                self.vocabulary.zipf(first) > UNLINKED_COMMON_HEAD_MAX_ZIPF or first.endswith(self.lex.object_endings)):
            return None  # «حركة المرور» is traffic, quoted or not
        known = self.lex.by_alias.match_at(toks, i)
        if known is not None and known.last >= k or self._a_front(head.payloads[0], k - head.last):
            return None
        span, name = self._span(seg, i, k, 0)
        return ActorMention(span=span, name=name, sentence=seg.sentence_of(i)), k + 1

    def _unquoted_name(self, seg: Segmented, j: int, head: str) -> int | None:
        """End of the unquoted name after an organisation head ("كتيبة عقبة بن نافع"), None where the
        words read as a description or as the object of the head's verbal noun."""
        toks = seg.tokens
        if head in self.lex.weak_heads:
            return None
        k = self._unquoted_name_end(toks, j)
        if k == j:
            return None
        first = toks[j].norm
        if first in self.lex.name_openers:
            return self._before_possessive(seg, j, k) if k > j + 1 else None  # "كتيبة شهداء أبو سليم"
        if not first.startswith("ال") and self.vocabulary.zipf(first) > UNLINKED_NAME_MAX_ZIPF:
            return None
        if present_verb(first, self.agency):
            return None  # "ميليشيات تقاتل إلى جانب": the head is the subject of a verb
        if head in self.lex.common_heads and (self.vocabulary.zipf(first) > UNLINKED_COMMON_HEAD_MAX_ZIPF
                                              or first.endswith(self.lex.object_endings)):
            return None  # "حركة المرور" is traffic, "تنظيم تظاهرات" organising protests
        k = self._before_possessive(seg, j, k)
        return None if k == j else k

    def _before_possessive(self, seg: Segmented, j: int, k: int) -> int:
        """The name on tokens [j, k) cut before its first word with a possessive pronoun written on it
        ("تنظيم نشاطاتها", "حركة تطوره"); "الله" (جند الله) ends in ه as a name."""
        suffixes = self.lex.possessive_suffixes
        for n in range(j, k):
            raw = seg.text.raw[seg.tokens[n].start:seg.tokens[n].end]
            if len(raw) >= 4 and raw.endswith(suffixes) and not raw.endswith("الله"):
                return n
        return k

    def _unquoted_name_end(self, toks: Sequence[Token], j: int) -> int:
        """End of an organisation's unquoted name starting at token j (j when there is none)."""
        k = j
        while k < len(toks) and toks[k].is_word and k - j < 4:
            w = toks[k].norm
            if w in self.lex.descriptors or w in self.lex.adjectives or w in self.locative \
                    or w in self.lex.name_stops or (k > j and w.startswith("و")) or w[0].isdigit():
                break
            if k > j and (w[:1] in "يتن" and not w.startswith("ال") and len(w) >= 4
                          or past_verb(w, self.agency) or (w[:1] in "بل" and not w.startswith("ال") and len(w) > 4)):
                break  # a verb ("سرايا الصحراء تتنقل") or a prepositional word ("بدورها") ends the name
            k += 1
        return k

    def find(self, seg: Segmented) -> list[ActorMention]:
        v = Vetoes(self.vetoes, seg)
        found = [m for m in self._scan(seg) if not self._vetoed(seg, m, v)]
        # an alias that is also an everyday word ("القاعدة" = the base) counts only when the
        # article names the same actor otherwise too, and not before an adjective ("القاعدة العسكرية")
        toks = seg.tokens
        sure = {m.actor_id for m in found if m.actor_id and not m.weak}
        out = []
        for i, m in enumerate(found):
            if m.weak:
                k = self._token_after(seg, m)
                # "القاعدة العسكرية", "حماس المقاتلين": a definite word after a bare weak alias makes
                # it the everyday noun (the base, the fighters' enthusiasm)
                bare = len(m.name.split()) == 1
                adjective = k < len(toks) and toks[k].norm.startswith("ال") and (
                    toks[k].norm.endswith(("يه", "ي")) or bare)
                if adjective or self._everyday_reading(seg, m):
                    continue
                if m.actor_id not in sure and self._weak_alias_doubtful(seg, m, found, i, bare):
                    continue
            out.append(m)
        return out

    def _weak_alias_doubtful(self, seg: Segmented, m: ActorMention, found: list[ActorMention], i: int,
                             bare: bool) -> bool:
        """A weak alias the article names no other way: a bare word (حماس، فتح) needs its own evidence (the agent
        slot, a list of actors); and where the article uses its word in the everyday sense too ("قاعدة إنجرليك ...
        لكنه يستخدم القاعدة"), it is that sense even in the agent slot, since the reader takes it back to the base
        named before (kwic.py: 23 "قاعدة X" followed within a few lines by a bare "القاعدة" on the feed, each the
        base)."""
        definite = norm(m.name).startswith("ال")
        if definite and self._everyday_sense_named(seg, m) and not self._subject_of_a_past_verb(seg, m):
            rng = token_range(seg.tokens, m.span.start, m.span.end)
            return rng is None or not self._named_after_its_head(seg.tokens, rng[0])
        if self._acts_or_is_listed(seg, m, found, i):
            return False
        return bare and not definite or self._other_sense_present(seg, m)

    def _named_after_its_head(self, toks: Sequence[Token], first: int) -> bool:
        """"لحركة (حماس)", "بتنظيم “القاعدة”": an organisation's head word with the name in brackets or quotes."""
        k = first - 1
        while k >= 0 and not toks[k].is_word and toks[k].norm in QUOTES | {"(", ")"}:
            k -= 1
        return k < first - 1 and k >= 0 and self.lex.org_heads.match_at(toks, k) is not None

    def _subject_of_a_past_verb(self, seg: Segmented, m: ActorMention) -> bool:
        """"وقالت القاعدة", "تبنت القاعدة": the subject of a past verb beside it (a base neither speaks nor
        claims); a present verb before it ("لكنه يستخدم القاعدة") is as often the object's verb."""
        toks = seg.tokens
        rng = token_range(toks, m.span.start, m.span.end)
        if rng is None:
            return False
        verb = agent_verb(toks, rng[0], rng[1], self.agency, norm(seg.text.raw[toks[rng[0]].start:m.span.start]))
        return verb is not None and past_verb(verb, self.agency)

    @staticmethod
    def _everyday_sense_named(seg: Segmented, m: ActorMention) -> bool:
        """A thing of the definite alias's everyday sense named shortly before it, which the bare alias takes up
        again: its word without the article ("قاعدة إنجرليك", "بقاعدة عسكرية") or with the article and an
        adjective ("القاعدة الجوية")."""
        from rasd.text.clitics import readings

        bare = norm(m.name.split()[0])[2:]
        toks = seg.tokens
        here = bisect.bisect_left(toks, m.span.start, key=_start)
        for i in range(max(0, here - TAKEN_UP_REACH), here):
            t = toks[i]
            if not t.is_word or bare not in t.norm:
                continue
            rs = [r for r in readings(t.norm) if r.stem in (bare, "ال" + bare)]
            if any(r.stem == bare and "ال" + bare not in t.norm for r in rs):
                return True
            nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
            if rs and nxt.startswith("ال") and nxt.endswith(("يه", "ي")):
                return True
        return False

    def _everyday_reading(self, seg: Segmented, m: ActorMention) -> bool:
        """A bare weak alias with ب or ك written on it (بحماس "with enthusiasm", كفتح "like opening");
        لحماس (of Hamas) and بالقاعدة (in al-Qaeda) are left to the other tests."""
        rng = token_range(seg.tokens, m.span.start, m.span.end)
        if rng is None or norm(m.name).startswith("ال"):
            return False
        cut = seg.text.raw[seg.tokens[rng[0]].start:m.span.start]
        return any(ch in "بك" for ch in norm(cut))

    def _acts_or_is_listed(self, seg: Segmented, m: ActorMention, found: list[ActorMention], i: int) -> bool:
        """A weak alias in the agent slot (قالت حماس) or coordinated with another actor (حماس وفتح)."""
        toks = seg.tokens
        rng = token_range(toks, m.span.start, m.span.end)
        if rng is None:
            return False
        cut = norm(seg.text.raw[toks[rng[0]].start:m.span.start])
        if in_agent_slot(toks, rng[0], rng[1], self.agency, cut):
            return True
        for span in (2, 1):  # "وفد حماس", "المكتب السياسي لحماس", "عضو في فتح"
            if rng[0] - span >= 0:
                mem = self.lex.member_nouns.match_at(toks, rng[0] - span)
                if mem is not None and mem.last == rng[0]:
                    return True
        if self._named_after_its_head(toks, rng[0]):
            return True
        for other in found[max(0, i - 1):i] + found[i + 1:i + 2]:
            if other is m or other.weak and other.actor_id == m.actor_id:
                continue
            gap = seg.text.raw[min(m.span.end, other.span.end):max(m.span.start, other.span.start)].strip()
            # an actor right after it with nothing between is the subject of its verb sense, not a list:
            # "فتح رجال الشرطة النار" (kwic.py: 7 "فتح + armed men's noun" on the feed, all "opened fire")
            if len(gap) <= 2 and (gap or other.span.start < m.span.start) and (
                    other.span.start > m.span.end or gap in ("", "و", ",", "،")):
                return True
        return False

    # kinds whose names are also the names of national teams and clubs (فرنسا، الجيش، الشرطة)
    _TEAM_KINDS = frozenset({"foreign state", "state force", "government body"})

    def _vetoed(self, seg: Segmented, m: ActorMention, v: Vetoes) -> bool:
        """Names in context (rasd/lexicons/name_vetoes.yaml): "كأس الاتحاد الإفريقي" is a cup,
        "هذه القاعدة" a rule, "الشباب" in a sentence about football a club; "is" in English text
        is a verb (a short Latin alias counts only in capitals: IS, ISIS)."""
        rng = token_range(seg.tokens, m.span.start, m.span.end)
        if rng is None:
            return False
        first, last = rng
        if m.name.isascii() and len(m.name) <= 4 and not m.name.isupper():
            return True
        if v.context(first, last) in ("team", "national_team", "organisation", "media", "person", "idiom"):
            return True  # an idiom too: "السياسة الخارجية المصرية" is a policy, not the ministry
        if m.weak and v.after_demonstrative(first):
            return True
        if not v.sporty(m.sentence):
            return False
        return m.kind in self._TEAM_KINDS or name_tokens(m.name) in self.vetoes.club_homonyms

    @staticmethod
    def _other_sense_present(seg: Segmented, m: ActorMention) -> bool:
        """Does the article use the weak alias's word in its everyday sense elsewhere ("قاعدة عسكرية")?"""
        from rasd.text.clitics import readings

        word = norm(m.name.split()[0])
        bare = word[2:] if word.startswith("ال") else word
        forms = {bare, "ال" + bare}
        for i, t in enumerate(seg.tokens):
            if not t.is_word or m.span.start <= t.start < m.span.end:
                continue
            stems = {r.stem for r in readings(t.norm)}
            if stems & {bare}:
                return True  # the indefinite form is the everyday word: "قاعدة عسكرية"
            if stems & forms and i + 1 < len(seg.tokens):
                nxt = seg.tokens[i + 1].norm
                if nxt.startswith("ال") and nxt.endswith(("يه", "ي")):
                    return True  # "القاعدة العسكرية"
        return False

    @staticmethod
    def _token_after(seg: Segmented, m: ActorMention) -> int:
        """Index of the first token starting at or after the mention's end (bisection: tokens are sorted)."""
        return bisect.bisect_left(seg.tokens, m.span.end, key=_start)

    def _scan(self, seg: Segmented) -> list[ActorMention]:
        toks = seg.tokens
        out: list[ActorMention] = []
        i = 0
        may = _Begins(self.lex, seg.words)
        for c in self._starts.positions(seg.words):  # at any other word every test below fails
            if c < i:
                continue
            i = c
            alias, reg = self._registry_at(toks, i, may)
            led = self._described_force(seg, i, may, reg, alias, out)
            if led is not None:
                out.append(led[0])
                i = led[1]
                continue
            force = self._force(seg, i, may)
            skip = self._place_name_end(toks, i, reg, force)
            if skip is not None:
                i = skip
                continue  # "دوار مجلس التعاون", "شارع الجيش": a place's name
            if reg is not None and (force is None or reg.last >= force[1] or force[0].generic):
                entry = self.lex.entries[reg.payloads[0]]
                if not self._country_as_place(seg, i, reg, entry):
                    taken = out[-1].span.end if out else 0
                    out.append(self._forces_of_government(seg, i, reg, entry, taken)
                               or self._registry_mention(seg, i, reg, entry))
                i = reg.last
                continue
            if force is not None:
                out.append(force[0])
                i = force[1]
                continue
            state = self._acting_state(seg, i, may)
            if state is not None:
                out.extend(state[0])
                i = state[1]
                continue
            unl = self._numbered_unit(seg, i, may) or self._unlinked(seg, i, may)
            if unl is not None:
                out.append(unl[0])
                i = unl[1]
                continue
            gen = self.lex.generic.match_at(toks, i) if i in may.generic else None
            if gen is not None and (gen.reading.stem.startswith("ال") or len(gen.phrase) > 1):
                span, name = self._span(seg, i, gen.last, gen.reading.cut, gen.reading.restored_al)
                out.append(ActorMention(span=span, name=name, sentence=seg.sentence_of(i), generic=True,
                                        actor_id=None, kind="anaphor:" + "|".join(gen.payloads)))
                i = gen.last
                continue
            i += 1
        return out

    def _described_force(self, seg: Segmented, i: int, may: _Begins, reg: PhraseMatch[str] | None,
                         alias: PhraseMatch[str] | None,
                         before: Sequence[ActorMention] = ()) -> tuple[ActorMention, int] | None:
        """A force named by the words after its noun: its coalition's leader, its allegiance or the side it is
        against (`before`: the mentions found so far, where a pronoun's side is looked for)."""
        return (self._led_coalition(seg, i, may, alias)
                or (self._loyal_force(seg, i, reg, before) if i in may.allegiant else None)
                or (self._leader_s_force(seg, i, reg) if i in may.leader_force else None))

    def _leader_s_force(self, seg: Segmented, i: int, reg: PhraseMatch[str] | None) -> tuple[ActorMention, int] | None:
        """A force noun in the construct state before a side of `loyal_to` ("جيش المخلوع صالح", "قوات الشرعية"):
        that faction, unless a registry name at i runs as far (forces29)."""
        lex, toks = self.lex, seg.tokens
        head = lex.leader_force_heads.match_at(toks, i)
        if head is None or head.last >= len(toks) or not toks[head.last].is_word:
            return None
        side = lex.loyal_to.match_at(toks, head.last)
        if side is None or side.reading.cut or (reg is not None and reg.last >= side.last):
            return None
        entry = lex.entries[side.payloads[0]]
        span, name = self._span(seg, i, side.last, head.reading.cut, head.reading.restored_al)
        return ActorMention(span=span, name=name, sentence=seg.sentence_of(i), actor_id=entry.id,
                            canonical=entry.canonical, kind=entry.kind, country=entry.country), side.last

    def _loyal_force(self, seg: Segmented, i: int, reg: PhraseMatch[str] | None,
                     before: Sequence[ActorMention] = ()) -> tuple[ActorMention, int] | None:
        """A force named by its allegiance (actor_patterns.yaml `allegiant_heads`, `loyal_words`): a force noun,
        up to two words, a loyal or belonging word and the side after its ل or مع ("قوات عسكرية موالية للمخلوع
        صالح", "مسلحين موالين لهادي", "عناصر تابعة لجبهة النصرة"): the side's force, unless a registry name at i
        runs as far (forces29)."""
        lex, toks = self.lex, seg.tokens
        head = lex.allegiant_heads.match_at(toks, i)
        if head is None:
            return None
        for k in range(head.last, min(head.last + 3, len(toks) - 1)):
            word = toks[k].norm
            if word in lex.hostile_words:
                return self._opposed_force(seg, i, k + 1, head.reading)
            if word in lex.loyal_words or word in lex.belonging_words:
                side = (self._loyal_side(toks, k + 1, word in lex.loyal_words)
                        or self._pronoun_side(seg, i, k + 1, word in lex.loyal_words, before))
                if side is None or (reg is not None and reg.last >= side[1]):
                    return None
                entry = lex.entries[side[0]]
                span, name = self._span(seg, i, side[1], head.reading.cut, head.reading.restored_al)
                return ActorMention(span=span, name=name, sentence=seg.sentence_of(i), actor_id=entry.id,
                                    canonical=entry.canonical, kind=entry.kind, country=entry.country), side[1]
            if not toks[k].is_word or (word not in lex.allegiant_between and word not in lex.adjectives):
                return None  # "قوات المقاومة الشعبية الموالية لهادي": the resistance, named before its allegiance
        return None

    def _opposed_force(self, seg: Segmented, i: int, j: int, head: Reading) -> tuple[ActorMention, int] | None:
        """A force noun at i described by a word of opposing and the side at token j it is against ("القوات المحلية
        المناهضة للحوثيين"): the side's opponent of `opposed_sides`, named by the words up to j, so that the side
        is read next as its own mention (the one opposed, extract's `opposing`); None where no side follows or
        none is listed for it (hostile41)."""
        lex = self.lex
        side = self._loyal_side(seg.tokens, j, True, any_kind=True)
        opponent = lex.entries.get(lex.opposed_sides.get(side[0], "")) if side is not None else None
        if opponent is None:
            return None
        span, name = self._span(seg, i, j, head.cut, head.restored_al)
        return ActorMention(span=span, name=name, sentence=seg.sentence_of(i), actor_id=opponent.id,
                            canonical=opponent.canonical, kind=opponent.kind, country=opponent.country), j

    def _loyal_side(self, toks: Sequence[Token], j: int, loyal: bool, any_kind: bool = False) -> tuple[str, int] | None:
        """The registry entry of the side at token j, after its glued ل or a separate مع, and where it ends: a
        leader or a name that a registry name ties to a faction (`loyal_to`, after a loyal word only), or a
        group's own name of a kind in `fighter_prefix_kinds` (of any kind with `any_kind`: the side a force is
        against may be a state's)."""
        lex = self.lex
        glued = True
        if toks[j].norm == "مع" and j + 1 < len(toks):
            j, glued = j + 1, False
        found = []
        for matcher in ((lex.loyal_to, lex.by_alias) if loyal else (lex.by_alias,)):
            m = matcher.match_at(toks, j)
            if m is None or glued != (m.reading.cut > 0 and toks[j].norm[m.reading.cut - 1] == "ل"):
                continue
            ids = [p for p in m.payloads
                   if any_kind or matcher is lex.loyal_to or lex.entries[p].kind in lex.fighter_kinds]
            if ids:
                found.append((ids[0], m.last))
        return max(found, key=lambda f: f[1]) if found else None

    def _pronoun_side(self, seg: Segmented, i: int, j: int, loyal: bool,
                      before: Sequence[ActorMention]) -> tuple[str, int] | None:
        """The side a pronoun at token j stands for ("والقوات الموالية لها", "المتحالفون معهم"), and j: the nearest
        mention before token i in its sentence whose first word agrees with the pronoun (`allegiance_pronouns`,
        `agreement_endings`), read as a `loyal_to` side where it is one ("الرئيس هادي" -> Pro-Hadi), else as its
        own registry entry; none when that mention is a state, a generic noun, or (after a belonging word) no
        group of a kind in `fighter_prefix_kinds` ("الوزارة والقوات التابعة لها") (forces30)."""
        lex, toks = self.lex, seg.tokens
        takes = lex.allegiance_pronouns.get(toks[j].norm)
        if not takes:
            return None
        sentence = seg.sentence_of(i)
        for m in reversed(before):
            if m.sentence != sentence or m.span.end > toks[i].start:
                break
            first = bisect.bisect_right(toks, m.span.start, key=_start) - 1   # the token the mention starts in
            agrees = bool(self._agreement(m.name) & takes)
            for t in range(first, bisect.bisect_left(toks, m.span.end, key=_start)) if loyal else ():
                # "قوات الرئيس هادي والقوات الموالية له": the leader; "الحكومة الشرعية": a side the mention starts
                side = lex.loyal_to.match_at(toks, t)
                if side is not None and side.last <= i and (
                        agrees or self._agreement(toks[t].norm) & takes):
                    return side.payloads[0], j + 1
            if not agrees:
                continue
            entry = lex.entries.get(m.actor_id) if m.actor_id and not m.generic else None
            if entry is None or entry.kind == "state" or (not loyal and entry.kind not in lex.fighter_kinds):
                return None
            return entry.id, j + 1
        return None

    def _agreement(self, name: str) -> set[str]:
        """The agreement classes of a name: its first word's (a listed human plural, else by its ending), and
        after a force noun in the construct state ("قوات النظام", not "حزب الله") its second word's too."""
        words = [norm(w) for w in name.split()]
        out = set()
        for w in words[:1] + words[1:2] * (bool(words) and words[0] in self.lex.force_nouns
                                            and not words[0].startswith("ال")):
            if w in self.lex.human_plural_words:
                out.add("human plural")
                continue
            stem = w[2:] if w.startswith("ال") and len(w) > 4 else w
            out.add(next((c for e, c in self.lex.agreement_endings if stem.endswith(e)), "masculine"))
        return out

    def _led_coalition(self, seg: Segmented, i: int, may: _Begins,
                       alias: PhraseMatch[str] | None) -> tuple[ActorMention, int] | None:
        """A coalition's name or anaphor followed by its leader ("التحالف العربي الذي تقوده المملكة", "قوات
        التحالف التي تقودها السعودية", "التحالف الدولي بقيادة الولايات المتحدة"): the coalition that state
        leads (actors.yaml `led_by`), named through the leader's name; the state is no actor of its own, and
        so never the doer of the coalition's strikes (doers25)."""
        lex, toks = self.lex, seg.tokens
        head = self._coalition_head(toks, i, may, alias)
        if head is None:
            return None
        k = head.last
        if k + 1 < len(toks) and _definite_nisba(toks[k]) and toks[k].norm not in lex.leading_relatives:
            k += 1  # "مقاتلات التحالف الدولي الذي ...": an adjective the anaphor's list does not hold
        if k + 1 < len(toks) and toks[k].norm in lex.leading_relatives:
            k += 1
        if k + 1 >= len(toks) or toks[k].norm not in lex.leading_words:
            return None
        leader = self._leader_at(toks, k + 1)
        coalition = lex.entries.get(lex.coalition_led_by.get(leader[0], "")) if leader else None
        if leader is None or coalition is None:
            return None
        span, name = self._span(seg, i, leader[1], head.reading.cut, head.reading.restored_al)
        return ActorMention(span=span, name=name, sentence=seg.sentence_of(i), actor_id=coalition.id,
                            canonical=coalition.canonical, kind=coalition.kind, country=coalition.country), leader[1]

    def _coalition_head(self, toks: Sequence[Token], i: int, may: _Begins,
                        alias: PhraseMatch[str] | None) -> PhraseMatch[str] | None:
        """The longest registry name or anaphor at i that may mean a coalition with a leader (`led_by`); `alias`:
        the registry's name at i (`_registry_at`)."""
        lex = self.lex
        head = alias
        gen = lex.generic.match_at(toks, i) if i in may.generic else None
        if gen is not None and (head is None or gen.last > head.last):
            head = gen
        if head is None or not any(lex.entries[p].led_by for p in head.payloads if p in lex.entries):
            return None
        return head

    def _leader_at(self, toks: Sequence[Token], j: int) -> tuple[str, int] | None:
        """The country (ISO2) whose name, or whose government's name or seat, stands at token j, and where the
        name ends ("السعودية", "المملكة", "واشنطن", "الولايات المتحدة")."""
        cn = self.lex.country_names.match_at(toks, j)
        if cn is not None:
            return str(cn.payloads[0]), cn.last
        reg = self.lex.by_alias.match_at(toks, j)
        if reg is None:
            return None
        country = next((self.lex.entries[p].country for p in reg.payloads
                        if p in self.lex.entries and self.lex.entries[p].country), None)
        return (str(country), reg.last) if country else None

    def _registry_mention(self, seg: Segmented, i: int, reg: PhraseMatch[str], entry: RegistryEntry) -> ActorMention:
        entry = self._in_role(seg, i, reg, entry)
        span, name = self._registry_span(seg, i, reg)
        m = ActorMention(span=span, name=name, sentence=seg.sentence_of(i), actor_id=entry.id,
                         canonical=entry.canonical, kind=entry.kind, country=entry.country)
        m.weak = reg.phrase in entry.needs_context  # decided once the whole article is read
        return m

    def _forces_of_government(self, seg: Segmented, i: int, reg: PhraseMatch[str],
                              entry: RegistryEntry, taken: int) -> ActorMention | None:
        """A state's government named after a noun of armed men or arms ("قوات نظام الأسد", "لطائرات نظام بشار
        الأسد"): its country's armed forces, named from the noun on (unless the noun ends a mention found
        before, up to the character `taken`)."""
        toks = seg.tokens
        if (entry.kind != "government body" or entry.country is None or self._military is None or i == 0
                or reg.reading.cut or not toks[i - 1].is_word or not self._the_states_government(entry)):
            return None
        noun = next((r for r in readings(toks[i - 1].norm) if r.stem in self.lex.armed_nouns), None)
        if noun is None or taken > toks[i - 1].start:
            return None
        span, name = self._span(seg, i - 1, reg.last, noun.cut, noun.restored_al)
        return self._force_mention(seg, i - 1, span, name, self._military, entry.country)

    def _the_states_government(self, entry: RegistryEntry) -> bool:
        """Whether the entry is its country's government itself ("Government of Syria"), not one side's
        government (the GNA, whose forces the gold names after it)."""
        if self._government is None or entry.country is None:
            return False
        name = country_actor_name(self._government.template, self.lex.country_en.get(entry.country, entry.country))
        found = self.lex.entry_for_canonical(name)
        return found is not None and found.id == entry.id

    def _acting_state(self, seg: Segmented, i: int, may: _Begins) -> tuple[list[ActorMention], int] | None:
        """A country's bare name in the agent slot is the state acting (SCHEMA.md: the bare name is an
        alias of its government and of its forces): its armed forces where the verb is one of striking
        or fighting ("قصفت تركيا", "الولايات المتحدة تشن"), else its government ("قالت السعودية",
        "مصر تدين"); with the countries joined to it by و ("وقعت روسيا وتركيا")."""
        toks = seg.tokens
        cn = self._country_at(toks, i) if i in may.country else None
        if cn is None or self._government is None:
            return None
        verb = agent_verb(toks, i, cn.last, self.agency, toks[i].norm[:cn.reading.cut])
        if verb is None:
            return None
        role = self._military if self._military is not None and force_verb(verb, self.agency) else self._government
        found, end = [], i
        while cn is not None:
            span, name = self._span(seg, cn.first, cn.last, cn.reading.cut, cn.reading.restored_al)
            found.append(self._force_mention(seg, cn.first, span, name, role, cn.payloads[0]))
            end = cn.last
            nxt = self._country_at(toks, end) if end < len(toks) else None
            cn = nxt if nxt is not None and toks[end].norm[:nxt.reading.cut] == "و" else None
        return found, end

    def _registry_at(self, toks: Sequence[Token], i: int,
                     may: _Begins) -> tuple[PhraseMatch[str] | None, PhraseMatch[str] | None]:
        """The registry's name at i, and the same unless it is a seat that begins a longer country's name.
        (speed42: the first is also a coalition's head, `_coalition_head`, which asked the matcher again at
        the same token, ~12 times an article on the feed.)"""
        reg = self.lex.by_alias.match_at(toks, i) if i in may.alias else None
        return reg, None if reg is not None and self._seat_begins_a_country(toks, i, reg) else reg

    def _place_name_end(self, toks: Sequence[Token], i: int, reg: PhraseMatch[str] | None,
                        force: tuple[ActorMention, int] | None) -> int | None:
        """Where a name found at i ends when the word before it is a street's, square's or podium's noun
        ("دوار مجلس التعاون", "من منصة البيت الأبيض"): the name is part of a place's name; None otherwise."""
        before = toks[i - 1] if i > 0 else None
        if (reg is None and force is None or before is None or not before.is_word
                or not any(r.stem in self.lex.place_nouns for r in readings(before.norm))):
            return None
        return max(reg.last if reg is not None else 0, force[1] if force is not None else 0)

    def _seat_begins_a_country(self, toks: Sequence[Token], i: int, reg: PhraseMatch[str]) -> bool:
        """A seat that is the first word of a longer country name or takes a nationality ("المملكة
        المغربية", "المملكة الأردنية"): that country, not the seat's."""
        if not any(reg.phrase in self.lex.entries[p].seats for p in reg.payloads):
            return False
        cn = self.lex.country_names.match_at(toks, i)
        return cn is not None and cn.last > reg.last or self._adjective_at(toks, reg.last) is not None

    def _country_at(self, toks: Sequence[Token], i: int):
        """A country's name at token i, unless it is as often an everyday word ("مالي" = financial)."""
        if not any(r.stem in self._country_firsts for r in readings(toks[i].norm)):
            return None
        cn = self.lex.country_names.match_at(toks, i)
        return None if cn is None or cn.phrase in self.ambiguous else cn

    def _country_as_place(self, seg: Segmented, i: int, reg, entry: RegistryEntry) -> bool:
        """A state's bare name or seat is an actor only where it acts (قالت روسيا، واشنطن تدين); in any
        other role (في روسيا، حدود إيران، دعم واشنطن) it is a place (SCHEMA.md)."""
        if reg.phrase not in entry.seats and not self.lex.country_names.get(reg.phrase):
            return False
        toks = seg.tokens
        return not in_agent_slot(toks, i, reg.last, self.agency, toks[i].norm[:reg.reading.cut])

    def _in_role(self, seg: Segmented, i: int, reg, entry: RegistryEntry) -> RegistryEntry:
        """A government's seat as the subject of a verb of striking ("قصفت واشنطن") is its armed forces."""
        if reg.phrase not in entry.seats or self._military is None or entry.country is None:
            return entry
        toks = seg.tokens
        verb = agent_verb(toks, i, reg.last, self.agency, toks[i].norm[:reg.reading.cut])
        if verb is None or not force_verb(verb, self.agency):
            return entry
        name = country_actor_name(self._military.template, self.lex.country_en.get(entry.country, entry.country))
        return self.lex.entry_for_canonical(name) or entry
