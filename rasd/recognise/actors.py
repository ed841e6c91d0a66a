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

from rasd.lexicons import LEXICON_DIR, load_tsv, load_yaml, split_list
from rasd.model import ActorMention, Span, Token
from rasd.text.clitics import raw_cut, readings
from rasd.text.matcher import PhraseMatcher, name_tokens
from rasd.text.morphology import nisba_forms
from rasd.text.normalise import norm
from rasd.text.segment import Segmented
from rasd.text.vocabulary import Vocabulary

_QUOTES = set('"\'«»“”„‟‘’')
UNLINKED_NAME_MAX_ZIPF = 4.0  # an unquoted unknown group name must start with a word rarer than this


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
    exceptions: dict[tuple[tuple[str, ...], str], Role] = field(default_factory=dict)  # (head, ISO2) -> role
    # indefinite heads, which name a force only with an indefinite nationality: "طائرات أمريكية", "قوات فرنسية"
    indefinite_heads: PhraseMatcher[Role] = field(default_factory=PhraseMatcher)
    by_canonical: dict[str, str] = field(default_factory=dict)  # lower-cased English name/alias -> id

    def entry_for_canonical(self, name: str) -> RegistryEntry | None:
        key = name.lower().replace(" the ", " ").strip()
        ident = self.by_canonical.get(key)
        return self.entries.get(ident) if ident else None


def load_actor_lexicon() -> ActorLexicon:
    entries: dict[str, RegistryEntry] = {}
    by_alias: PhraseMatcher[str] = PhraseMatcher()
    generic: PhraseMatcher[str] = PhraseMatcher()
    by_canonical: dict[str, str] = {}
    for raw in load_yaml("actors.yaml") or []:
        e = RegistryEntry(
            id=str(raw["id"]), canonical=str(raw["canonical"]), kind=str(raw.get("kind") or ""),
            country=raw.get("country") or None, parent=raw.get("parent") or None,
            aliases_ar=tuple(raw.get("ar") or ()), aliases_en=tuple(raw.get("en") or ()),
            generic=tuple(raw.get("generic") or ()),
            needs_context=frozenset(name_tokens(w) for w in raw.get("needs_context") or ()),
        )
        entries[e.id] = e
        for alias in e.aliases_ar + e.aliases_en + (e.canonical,):
            by_alias.add(alias, e.id)
        for word in e.generic:
            generic.add(word, e.id)
        for name in (e.canonical,) + e.aliases_en:
            by_canonical.setdefault(name.lower().replace(" the ", " ").strip(), e.id)

    heads: PhraseMatcher[Role] = PhraseMatcher()
    construct: PhraseMatcher[Role] = PhraseMatcher()
    indefinite: PhraseMatcher[Role] = PhraseMatcher()
    not_alone: set[tuple[str, ...]] = set()
    forces = load_yaml("forces.yaml") or {}
    for role_name, spec in (forces.get("roles") or {}).items():
        role = Role(role_name, spec["canonical"], spec.get("kind") or "")
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
        not_alone.update(name_tokens(h) for h in spec.get("not_alone") or [])

    roles_by_name = {r.name: r for p in heads.phrases() for r in heads.get(p)}
    exceptions: dict[tuple[tuple[str, ...], str], Role] = {}
    for ex in forces.get("exceptions") or []:
        role = roles_by_name.get(ex.get("role"))
        if role is not None:
            for cc in ex.get("countries") or []:
                exceptions[(name_tokens(ex["head"]), str(cc).upper())] = role

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
                for form in nisba_forms(adj):
                    adjectives.setdefault(form, iso)

    pat = load_yaml("actor_patterns.yaml") or {}
    org_heads: PhraseMatcher[str] = PhraseMatcher()
    for h in pat.get("org_heads") or []:
        org_heads.add(h, norm(h))
    return ActorLexicon(
        entries=entries, by_alias=by_alias, generic=generic, heads=heads, construct_heads=construct,
        adjectives=adjectives, country_names=country_names, country_en=country_en, org_heads=org_heads,
        weak_heads=frozenset(norm(w) for w in pat.get("weak_heads") or []),
        not_alone=frozenset(not_alone),
        exceptions=exceptions,
        descriptors=frozenset(norm(w) for w in pat.get("descriptors") or []),
        by_canonical=by_canonical,
        indefinite_heads=indefinite,
    )


def country_actor_name(template: str, country_en: str) -> str:
    return template.format(country=country_en)


class ActorRecogniser:
    def __init__(self, lex: ActorLexicon, vocabulary: Vocabulary | None = None,
                 locative: frozenset[str] = frozenset()):
        self.lex = lex
        self.vocabulary = vocabulary or Vocabulary.empty()
        self.locative = locative

    def _span(self, seg: Segmented, first: int, last: int, cut: int, restored_al: bool = False) -> tuple[Span, str]:
        toks = seg.tokens
        start, end = raw_cut(toks[first], cut), toks[last - 1].end
        text = seg.text.raw[start:end]
        name = ("ا" + text) if restored_al else text  # للقيادة -> القيادة
        return Span(start, end, text), " ".join(name.split())

    def _adjective_at(self, toks: Sequence[Token], k: int) -> str | None:
        if k < len(toks) and toks[k].is_word:
            return self.lex.adjectives.get(toks[k].norm)
        return None

    def _force(self, seg: Segmented, i: int) -> tuple[ActorMention, int] | None:
        """A force head with its nationality: الجيش الليبي، قوات الأمن التونسية، جيش النيجر."""
        toks = seg.tokens
        head = self.lex.heads.match_at(toks, i)
        construct = self.lex.construct_heads.match_at(toks, i)
        # construct state + country name: جيش النيجر، قوات الأمن الصومالية
        if construct is not None:
            cn = self.lex.country_names.match_at(toks, construct.last) if construct.last < len(toks) else None
            if cn is not None and cn.reading.cut == 0:
                role = construct.payloads[0]
                span, name = self._span(seg, i, cn.last, construct.reading.cut, construct.reading.restored_al)
                return self._force_mention(seg, i, span, name, role, cn.payloads[0], construct.phrase), cn.last
        if head is None:
            # "طائرات أمريكية", "قوات فرنسية", "جنود فرنسيون": an indefinite head and nationality agree
            ind = self.lex.indefinite_heads.match_at(toks, i)
            if ind is not None and ind.last < len(toks) and not toks[ind.last].norm.startswith("ال"):
                iso = self._adjective_at(toks, ind.last)
                if iso is not None:
                    span, name = self._span(seg, i, ind.last + 1, ind.reading.cut, ind.reading.restored_al)
                    m = self._force_mention(seg, i, span, name, ind.payloads[0], iso, ind.phrase)
                    m.descriptive = True
                    return m, ind.last + 1
            return None
        role = head.payloads[0]
        j = head.last
        iso = self._adjective_at(toks, j)
        if iso is not None:
            span, name = self._span(seg, i, j + 1, head.reading.cut, head.reading.restored_al)
            return self._force_mention(seg, i, span, name, role, iso, head.phrase), j + 1
        # "قوات الأمن في النيجر": a head, في, a country's name
        if j + 1 < len(toks) and toks[j].norm == "في":
            cn = self.lex.country_names.match_at(toks, j + 1)
            if cn is not None and cn.reading.cut == 0:
                span, name = self._span(seg, i, cn.last, head.reading.cut, head.reading.restored_al)
                return self._force_mention(seg, i, span, name, role, cn.payloads[0], head.phrase), cn.last
        # "القوات الأمريكية في إفريقيا" is left to the registry;
        # a coordinated head sharing a plural adjective: الجيش والأمن التونسيين
        if j + 1 < len(toks) and toks[j].is_word and toks[j].norm.startswith("و"):
            second = self.lex.heads.match_at(toks, j)
            if second is not None:
                iso = self._adjective_at(toks, second.last)
                if iso is not None:
                    span, name = self._span(seg, i, head.last, head.reading.cut, head.reading.restored_al)
                    return self._force_mention(seg, i, span, name, role, iso, head.phrase), head.last
        if head.phrase in self.lex.not_alone or (head.reading.stem[2:],) + head.phrase[1:] in self.lex.not_alone:
            return None  # "القوات", "الرئيس", "الطيران" alone name nobody in particular
        span, name = self._span(seg, i, j, head.reading.cut, head.reading.restored_al)
        m = self._force_mention(seg, i, span, name, role, None)
        m.generic = True
        return m, j

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

    def _unlinked(self, seg: Segmented, i: int) -> tuple[ActorMention, int] | None:
        """'جماعة "X"', "كتيبة X": an organisation no registry names."""
        toks = seg.tokens
        head = self.lex.org_heads.match_at(toks, i)
        if head is None:
            return None
        j = head.last
        quoted = j < len(toks) and not toks[j].is_word and toks[j].norm in _QUOTES
        if quoted:
            k = j + 1
            while k < len(toks) and toks[k].is_word and k - j <= 6:
                k += 1
            if k >= len(toks) or toks[k].norm not in _QUOTES or k == j + 1:
                return None
            name_first, name_last = j + 1, k
            end = k + 1
        else:
            if head.payloads[0] in self.lex.weak_heads:
                return None
            k = j
            while k < len(toks) and toks[k].is_word and k - j < 4:
                w = toks[k].norm
                if w in self.lex.descriptors or w in self.lex.adjectives or w in self.locative \
                        or (k > j and w.startswith("و")) or w[0].isdigit():
                    break
                if k > j and w[:1] in "يتن" and not w.startswith("ال") and len(w) >= 4:
                    break  # an imperfect verb ends the name: "سرايا الصحراء تتنقل"
                k += 1
            if k == j:
                return None
            first = toks[j].norm
            if not first.startswith("ال") and self.vocabulary.zipf(first) > UNLINKED_NAME_MAX_ZIPF:
                return None
            name_first, name_last, end = j, k, k
        # the registry may know the name without its head: جماعة "بوكو حرام"
        known = self.lex.by_alias.match_at(toks, name_first)
        if known is not None and known.last >= name_last:
            return None
        span, name = self._span(seg, i, name_last, head.reading.cut, head.reading.restored_al)
        if quoted:
            name = " ".join(seg.text.raw[raw_cut(toks[i], head.reading.cut):toks[j].start].split() +
                            seg.text.raw[toks[name_first].start:toks[name_last - 1].end].split())
        return ActorMention(span=span, name=name, sentence=seg.sentence_of(i)), end

    def find(self, seg: Segmented) -> list[ActorMention]:
        found = self._scan(seg)
        # an alias that is also an everyday word ("القاعدة" = the base) counts only when the
        # article names the same actor otherwise too, and not before an adjective ("القاعدة العسكرية")
        toks = seg.tokens
        sure = {m.actor_id for m in found if m.actor_id and not m.weak}
        out = []
        for m in found:
            if m.weak:
                k = self._token_after(seg, m)
                adjective = k < len(toks) and toks[k].norm.startswith("ال") and toks[k].norm.endswith(("يه", "ي"))
                if adjective or (m.actor_id not in sure and self._other_sense_present(seg, m)):
                    continue
            out.append(m)
        return out

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
        return bisect.bisect_left(seg.tokens, m.span.end, key=lambda t: t.start)

    def _scan(self, seg: Segmented) -> list[ActorMention]:
        toks = seg.tokens
        out: list[ActorMention] = []
        i = 0
        while i < len(toks):
            if not toks[i].is_word:
                i += 1
                continue
            reg = self.lex.by_alias.match_at(toks, i)
            force = self._force(seg, i)
            if reg is not None and (force is None or reg.last >= force[1] or force[0].generic):
                entry = self.lex.entries[reg.payloads[0]]
                if not self._country_as_place(seg, i, reg, entry):
                    span, name = self._span(seg, i, reg.last, reg.reading.cut, reg.reading.restored_al)
                    m = ActorMention(span=span, name=name, sentence=seg.sentence_of(i), actor_id=entry.id,
                                     canonical=entry.canonical, kind=entry.kind, country=entry.country)
                    m.weak = reg.phrase in entry.needs_context  # decided once the whole article is read
                    out.append(m)
                i = reg.last
                continue
            if force is not None:
                out.append(force[0])
                i = force[1]
                continue
            unl = self._unlinked(seg, i)
            if unl is not None:
                out.append(unl[0])
                i = unl[1]
                continue
            gen = self.lex.generic.match_at(toks, i)  # noqa: E501
            if gen is not None and gen.reading.stem.startswith("ال"):
                span, name = self._span(seg, i, gen.last, gen.reading.cut, gen.reading.restored_al)
                out.append(ActorMention(span=span, name=name, sentence=seg.sentence_of(i), generic=True,
                                        actor_id=None, kind="anaphor:" + "|".join(gen.payloads)))
                i = gen.last
                continue
            i += 1
        return out

    def _country_as_place(self, seg: Segmented, i: int, reg, entry: RegistryEntry) -> bool:
        """A foreign state's bare name after a preposition is a place (في روسيا), not an actor."""
        toks = seg.tokens
        if entry.kind != "foreign state" or self.lex.country_names.get(reg.phrase) == []:
            return False
        if reg.reading.cut > 0 and any(ch in "بل" for ch in toks[i].norm[:reg.reading.cut]):
            return True
        if i > 0 and toks[i - 1].is_word:
            return bool({r.stem for r in readings(toks[i - 1].norm)} & self.locative)
        return False
