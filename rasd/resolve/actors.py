"""Tie actor mentions to canonical actors using the article's context.

* A bare force head ("الجيش", "قوات الأمن", "السلطات") takes the country the
  article is about: the country its places point to most.
* An anaphor ("التنظيم", "الحركة") takes the nearest actor named before it
  whose registry entry lists that word.
* Mentions of one actor are merged into one `Actor` per article.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

from rasd.model import Actor, ActorMention, PlaceMention
from rasd.recognise.actors import ActorLexicon, country_actor_name
from rasd.text.normalise import norm

# Kinds that describe victims or bystanders, never an organised actor of
# the article's actor list (ACLED codes them as actor2 of events only).
NOT_ORGANISED = {"civilians", "protesters", "rioters"}
# Kinds that SCHEMA.md lists as no actor at all (courts and prosecutors): never in the actor list.
NOT_ACTORS = NOT_ORGANISED | {"court"}


def article_country(places: list[PlaceMention]) -> str | None:
    """The country an article is mostly about, from its resolved place mentions."""
    votes: Counter = Counter()
    for m in places:
        c = m.resolved
        if c is None or not c.country:
            continue
        votes[c.country] += 1.0 if c.kind != "country" else 1.5
    if not votes:
        return None
    (top, n), *rest = votes.most_common(2) + [(None, 0)]
    return top


def _sentence_country(m: ActorMention, places: list[PlaceMention], specific_only: bool = False) -> str | None:
    """The country a bare force head's own sentence places it in ("وحدات الدرك ... بولاية تبسة"); with
    `specific_only`, only from a town, district or the like, not from a country's or region's name."""
    near = [p for p in places if p.sentence == m.sentence and p.resolved is not None and p.resolved.country]
    here = [p.resolved for p in near]
    specific = [c for c in here if c.kind not in ("country", "continent", "region")]
    pick = specific if specific_only else specific or here
    if not pick:
        return None
    countries = {c.country for c in pick}
    if len(countries) == 1:
        return pick[0].country
    # a sentence about several countries: the place nearest the force ("وفي تونس قالت وزارة الداخلية")
    nearest = min(near, key=lambda p: abs(p.span.start - m.span.start))
    return nearest.resolved.country


class ActorResolver:
    def __init__(self, lexicon: ActorLexicon):
        self.lex = lexicon

    def resolve(self, mentions: list[ActorMention], places: list[PlaceMention],
                published: dt.date | None = None) -> list[ActorMention]:
        out = self._resolve(mentions, places)
        if published is not None:
            for m in out:
                self._in_its_time(m, published.isoformat())
        return out

    def _in_its_time(self, m: ActorMention, day: str) -> None:
        """The actor the words meant when the report was published (actors.yaml `before`/`after`):
        "الحكومة المعترف بها دوليا" in Libya is the GNA only from its founding, "الجيش اليمني" Hadi's
        side once the army split."""
        entry = self.lex.entries.get(m.actor_id or "")
        if entry is None:
            return
        then = None
        if entry.before is not None and day < entry.before[0]:
            then = entry.before[1]
        elif entry.after is not None and day >= entry.after[0]:
            then = entry.after[1]
        other = self.lex.entries.get(then or "")
        if other is not None:
            m.actor_id, m.canonical, m.kind, m.country = other.id, other.canonical, other.kind, other.country

    def _resolve(self, mentions: list[ActorMention], places: list[PlaceMention]) -> list[ActorMention]:
        home = article_country(places)
        out: list[ActorMention] = []
        # the named mentions so far, by actor: how many, and the latest (an anaphor's candidates are
        # looked up per actor, not by a scan of every earlier mention, so a long article stays linear)
        named_count: Counter = Counter()
        latest: dict[str, tuple[int, ActorMention]] = {}
        named_forces: dict[str, str] = {}   # a state force's name with its nationality -> its country
        in_sentence: dict[int, list[PlaceMention]] = {}
        acting = {(a.span.start, a.span.end) for a in mentions}
        for p in places:
            if (p.span.start, p.span.end) not in acting or p.resolved is None or p.resolved.kind == "country":
                # a capital acting ("والتي ترفض واشنطن التنسيق معها") is a government, not where a force is; a
                # country both acts and places (SCHEMA.md)
                in_sentence.setdefault(p.sentence, []).append(p)
        headline: list[ActorMention] = []   # the title's short forms, named in full only below it
        for m in mentions:
            if m.kind and m.kind.startswith("anaphor:"):
                if self._anaphor(m, named_count, latest, home):
                    out.append(m)
                elif m.sentence == 0:
                    headline.append(m)
                continue
            if self._another_states_namesake(m, home):
                continue
            if m.generic and m.canonical is None and not self._resolve_generic(m, in_sentence, home, named_count,
                                                                                 named_forces):
                continue
            self._local_branch(m, home, in_sentence.get(m.sentence, []))
            out.append(m)
            _remember_named_force(m, named_forces)
            if not m.generic and m.actor_id:
                named_count[m.actor_id] += 1
                latest[m.actor_id] = (len(out), m)
        return self._cataphora(out, headline, named_count, latest, home)

    def _cataphora(self, out: list[ActorMention], headline: list[ActorMention], named_count: Counter,
                   latest: dict, home: str | None) -> list[ActorMention]:
        """names32: a headline shortens a name that its body spells out below ("قصف مواقع حزب العمال" over
        "حزب العمال الكردستاني", "للإخوان" over "جماعة الإخوان المسلمين"): an anaphor of the first sentence that
        no earlier name explains takes the actor the whole article names, as one after the full name does."""
        taken = [m for m in headline if self._anaphor(m, named_count, latest, home)]
        if not taken:
            return out
        return sorted(out + taken, key=lambda m: (m.span.start, m.span.end))

    def _local_branch(self, m: ActorMention, home: str | None, here: list[PlaceMention]) -> None:
        """The parent organisation named in a report from a country where its branch is the one that acts
        (actors.yaml `parent_means_it_in`): "تنظيم القاعدة" in a report from Yemen is AQAP, as ACLED codes it;
        not where its own sentence names a place in another country ("انتقل من اليمن إلى الصومال")."""
        branch = self.lex.entries.get(self.lex.local_branches.get((m.actor_id or "", home or ""), ""))
        if branch is not None and all(p.resolved.country == home for p in here
                                      if p.resolved is not None and p.resolved.country):
            m.actor_id, m.canonical, m.kind, m.country = branch.id, branch.canonical, branch.kind, branch.country

    def _another_states_namesake(self, m: ActorMention, home: str | None) -> bool:
        """A registry name that other states' news uses for its own body (forces.yaml `bare_means_registry`:
        "مجلس النواب" is Libya's House in Libya, Egypt's, Iraq's or the US House elsewhere) in an article about
        another country: not that actor (kwic.py: of 25 "مجلس النواب" read on the 2015 feed, 2 were Libya's)."""
        from rasd.text.matcher import name_tokens

        entry = self.lex.entries.get(m.actor_id or "")
        return (entry is not None and home is not None and entry.country is not None and entry.country != home
                and name_tokens(m.name) in self.lex.shared_names)

    def _anaphor(self, m: ActorMention, named_count: Counter, latest: dict, home: str | None) -> bool:
        """Tie an anaphor ("التنظيم") to the most talked-about actor it may mean (the latest on a tie), or
        else to the one actor its words mean in the article's theatre, one word ("شن التحالف غارات" from
        Yemen) as well as two; False where it means none."""
        ids = m.kind.split(":", 1)[1].split("|")
        fits = [i for i in named_count if i in ids or self.lex.entries[i].parent in ids]
        best = max(fits, key=lambda i: (named_count[i], latest[i][0])) if fits else None
        if best is None:
            entry = self._by_theatre(ids, home)
            if entry is None:
                return False
            m.actor_id, m.canonical, m.kind, m.country = entry.id, entry.canonical, entry.kind, entry.country
            return True
        antecedent = latest[best][1]
        m.actor_id, m.canonical = antecedent.actor_id, antecedent.canonical
        m.kind, m.country = antecedent.kind, antecedent.country
        named_count[best] += 1   # "التنظيم" again is talked about again: it weighs for the next anaphor
        return True

    def _resolve_generic(self, m: ActorMention, in_sentence: dict[int, list[PlaceMention]],
                         home: str | None, named_count: Counter, named_forces: dict[str, str]) -> bool:
        """Name a bare force head ("الجيش") after the town its sentence names; else after the same head named
        last with its nationality, which it takes up again ("الشرطة التشادية ... مصدر في الشرطة"); else after a
        country its sentence names, else the article's country. False when none is known or the head has no
        role template."""
        template = self._template_for(m)
        here = in_sentence.get(m.sentence, [])
        if self._before_a_place(m):
            # "شرطة منطقة عسير": the police of the place named in it, and no actor where no place is
            country = _place_inside(m, here)
        else:
            country = (_sentence_country(m, here, specific_only=True) or _taken_up(m, named_forces)
                       or _sentence_country(m, here) or home)
        if country is None or template is None:
            return False
        m.country = country
        entry = self._namesake(m, country, named_count)
        if entry is not None:
            m.actor_id, m.canonical, m.kind = entry.id, entry.canonical, entry.kind
            return True
        template = self._exception_template(m, country) or template
        m.canonical = country_actor_name(template, self.lex.country_en.get(country, country))
        entry = self.lex.entry_for_canonical(m.canonical)
        if entry is not None:
            m.actor_id, m.canonical, m.kind = entry.id, entry.canonical, entry.kind
        return True

    def _namesake(self, m: ActorMention, country: str, named_count: Counter):
        """A bare head that is also a registry entry's own word for itself ("الجيش الوطني" = the army loyal
        to Hadi in Yemen's war): that entry where the article names it or reports from its theatre."""
        from rasd.text.matcher import name_tokens

        toks = name_tokens(m.name)
        # "قوات الجيش الوطني" is the namesake's forces as "الجيش الوطني" is
        ids = self.lex.generic.get(toks) or (self.lex.generic.get(toks[1:]) if len(toks) > 2 else None) or []
        named = [i for i in ids if named_count[i]]
        if named:
            return self.lex.entries[max(named, key=lambda i: named_count[i])]
        return self._by_theatre(ids, country)

    def _by_theatre(self, ids: list[str], home: str | None):
        """The one actor a descriptive phrase means, unnamed, in the article's country ("قوات التحالف"
        in a report from Yemen is the Saudi-led coalition; from Syria or Iraq, the global one)."""
        if home is None:
            return None
        fits = [self.lex.entries[i] for i in ids if i in self.lex.entries and home in self.lex.entries[i].theatres]
        return fits[0] if len(fits) == 1 else None

    def _exception_template(self, m: ActorMention, country: str) -> str | None:
        """The role a bare head has in its country where that force is organised otherwise (forces.yaml
        `exceptions`): a bare "الحرس الوطني" in a Saudi report is its army, as "الحرس الوطني السعودي" is."""
        from rasd.text.matcher import name_tokens

        role = self.lex.exceptions.get((name_tokens(m.name), country))
        return role.template if role is not None else None

    def _template_for(self, m: ActorMention) -> str | None:
        """The role template of a bare force head ("الجيش" -> "Military Forces of {country}")."""
        from rasd.text.matcher import name_tokens

        toks = name_tokens(m.name)
        roles = self.lex.heads.get(toks) or self.lex.heads.get(toks[1:])  # "قوات الجيش الوطني"
        # a head before a province's name ("شرطة منطقة عسير", "مديرية شرطة محافظة العاصمة")
        roles = roles or self.lex.place_heads.get(toks[:2]) or self.lex.place_heads.get(toks[:1])
        return roles[0].template if roles else None

    def _before_a_place(self, m: ActorMention) -> bool:
        """Whether a bare mention is a head before a place's name ("شرطة نينوى"), not a head alone."""
        from rasd.text.matcher import name_tokens

        toks = name_tokens(m.name)
        return (len(toks) > 1 and not self.lex.heads.get(toks) and not self.lex.heads.get(toks[1:])
                and bool(self.lex.place_heads.get(toks[:2]) or self.lex.place_heads.get(toks[:1])))


def _place_inside(m: ActorMention, here: list[PlaceMention]) -> str | None:
    """The country of the place named inside a mention ("نينوى" of "شرطة محافظة نينوى")."""
    inside = [p for p in here if m.span.start <= p.span.start and p.span.end <= m.span.end
              and p.resolved is not None and p.resolved.country]
    return inside[-1].resolved.country if inside else None


def _remember_named_force(m: ActorMention, named_forces: dict[str, str]) -> None:
    """A state force or government body named with its country ("الشرطة التشادية", "وزارة الدفاع الأميركية",
    "الحكومة الألمانية"): the country the same head alone takes up after it. Bare heads themselves name no
    country for the next."""
    if m.generic or m.descriptive or not m.country or m.kind not in ("state force", "government body"):
        return
    named_forces.pop(norm(m.name), None)   # the latest naming last in the order
    named_forces[norm(m.name)] = m.country


def _taken_up(m: ActorMention, named_forces: dict[str, str]) -> str | None:
    """The country of the last force named as this bare head and a nationality ("الشرطة" after "الشرطة
    التشادية"); not another head of the same kind ("وزارة الداخلية" after "الشرطة الإسرائيلية": in a report
    of two sides, the other side's ministry is as likely)."""
    words = norm(m.name).split()
    # the head, or its last words without a members' noun before them ("رجال الشرطة" takes up "الشرطة
    # الإسرائيلية" as "الشرطة" does)
    heads = {" ".join(words[k:]) + " " for k in range(len(words)) if k == 0 or words[k].startswith("ال")}
    found = [country for name, country in named_forces.items() if any(name.startswith(h) for h in heads)]
    return found[-1] if found else None


def distinct_actors(mentions: list[ActorMention]) -> list[Actor]:
    """One Actor per canonical actor (or per unlinked name), in order of first mention."""
    actors: dict[str, Actor] = {}
    forms: dict[str, Counter] = {}
    for m in mentions:
        if m.kind in NOT_ACTORS:
            continue
        # an unlinked name written with and without a space ("أبو سليم", "أبوسليم") is one name
        key = m.actor_id or (m.canonical or "").lower() or "ar:" + norm(m.name).replace(" ", "")
        a = actors.get(key)
        if a is None:
            a = actors[key] = Actor(name=m.name, canonical=m.canonical, actor_id=m.actor_id,
                                    kind=m.kind, country=m.country)
            forms[key] = Counter()
        a.mentions.append(m.span)
        # anaphors and bare heads do not name the actor, descriptions ("جنود ليبيين") less than names do
        forms[key][m.name] += 0.1 if m.generic else 0.5 if m.descriptive else 1.0
    for key, a in actors.items():
        ranked = [f for f, _ in forms[key].most_common()]
        a.name, a.aliases = ranked[0], ranked[1:]
    return list(actors.values())
