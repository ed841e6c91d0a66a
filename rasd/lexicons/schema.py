"""Which fields each lexicon file has, and of what type: the one place that says so.

`FILES` maps every file of this folder to the shape its data must have; `load_yaml` and `load_tsv`
check the packaged file merged with any RASD_LEXICONS overlay against it, so a misspelt field or a
word list written as a single string is refused with the file and the path of the value, before any
loader reads it.  What a field means is said in the comment block at the top of each file; what the
loaders further require of a value (a known event type, a [low, high] pair) they check themselves.

Shapes:
    WORDS            a list of strings (words or phrases, as an analyst writes them)
    STR, INT, NUMBER, BOOL
    ANY              not checked here (nested grammar data the text stage reads itself)
    record(a=..., b=...)   a mapping with these fields, each optional; any other field is an error
    list_of(shape)   a list whose items have `shape`
    map_of(shape, keys=STR|INT)   a mapping from names an analyst may add to values of `shape`
    columns(a=..., b=...)  a tab-separated file with exactly these header columns; cells are text,
                     NUMBER cells a decimal number, FLAG cells empty, 0 or 1
    LINES            one entry per line, `#` comments (place_stopwords.txt)
A null value is accepted anywhere and means "not given".
"""
from __future__ import annotations

from typing import Any, Union

WORDS, STR, INT, NUMBER, BOOL, ANY, FLAG, LINES = "words", "str", "int", "number", "bool", "any", "flag", "lines"
Spec = Union[str, dict]


def record(**fields: Spec) -> dict:
    return {"fields": fields}


def list_of(item: Spec) -> dict:
    return {"list": item}


def map_of(value: Spec, keys: str = STR) -> dict:
    return {"map": value, "keys": keys}


def columns(**types: str) -> dict:
    return {"columns": types}


FILES: dict[str, Spec] = {
    "actor_patterns.yaml": record(
        org_heads=WORDS,
        weak_heads=WORDS,
        common_heads=WORDS,
        member_nouns=WORDS,
        fighter_prefixes=WORDS,
        fighter_prefix_kinds=WORDS,
        name_stops=WORDS,
        descriptors=WORDS,
        generic_people=WORDS,
        object_endings=WORDS,
        possessive_suffixes=WORDS,
        title_nouns=WORDS,
        name_openers=WORDS,
        unit_heads=WORDS,
        unit_ordinals=WORDS,
        unit_of=WORDS,
        armed_nouns=WORDS,
        front_heads=WORDS,
    ),
    "actors.yaml": list_of(record(
        id=STR,
        canonical=STR,
        kind=STR,
        country=STR,
        parent=STR,
        ar=WORDS,
        en=WORDS,
        generic=WORDS,
        needs_context=WORDS,
        theatres=WORDS,
        seats=WORDS,
        before=record(date=STR, means=STR),
        after=record(date=STR, means=STR),
    )),
    "agency.yaml": record(verbs=WORDS, not_verbs=WORDS, clause_openers=WORDS, force_verbs=WORDS,
                          place_verbs=WORDS, agent_markers=WORDS,
                          relative_pronouns=record(masculine=WORDS, feminine=WORDS), object_pronouns=WORDS,
                          resumptive_prepositions=WORDS,
                          resumptive_pronouns=record(masculine=WORDS, feminine=WORDS), speech_verbs=WORDS),
    "calendar.yaml": record(
        year_range=record(gregorian=list_of(INT), hijri=list_of(INT)),
        months=list_of(record(month=INT, names=WORDS, strength=STR, calendar=STR)),
        month_epithets=WORDS,
        month_nouns=WORDS,
        weekdays=map_of(WORDS, keys=INT),
        weekday_not_after=WORDS,
        weekday_not_before=WORDS,
        relative_days=record(
            today=WORDS,
            yesterday=WORDS,
            day_before_yesterday=WORDS,
            tomorrow=WORDS,
            day_after_tomorrow=WORDS,
        ),
        relative_days_after_prefix=record(tomorrow=WORDS),
        relative_days_before_weekday=record(tomorrow=WORDS),
        today_not_after=WORDS,
        today_not_before=WORDS,
        today_relatives=map_of(WORDS),
        day_prefixes=WORDS,
        period_nouns=record(week=WORDS, month=WORDS, year=WORDS),
        period_after=map_of(WORDS, keys=INT),
        period_before=map_of(WORDS, keys=INT),
        current_month_alone=WORDS,
        parts=record(early=WORDS, mid=WORDS, late=WORDS),
        seasons=WORDS,
        ordinal_days=map_of(WORDS, keys=INT),
        first_day_words=WORDS,
        hijri_markers=WORDS,
        gregorian_markers=WORDS,
        year_nouns=WORDS,
        context_cues=WORDS,
        counted_nouns=WORDS,
        name_prefixes=WORDS,
        ago_words=WORDS,
        ago_hedges=WORDS,
        event_offsets=record(before=WORDS, after=WORDS, links=WORDS, hours=WORDS),
        time_units=record(
            day=record(singular=WORDS, dual=WORDS, plural=WORDS),
            week=record(singular=WORDS, dual=WORDS, plural=WORDS),
            month=record(singular=WORDS, dual=WORDS, plural=WORDS),
            year=record(singular=WORDS, dual=WORDS, plural=WORDS),
        ),
        number_words=map_of(WORDS, keys=INT),
        vague_quantities=WORDS,
        vague_after=WORDS,
        vague_periods=map_of(WORDS),
        feasts=list_of(record(names=WORDS, month=INT, day=INT)),
        day_of_feast=map_of(INT),
    ),
    "casualties.yaml": record(
        people=record(armed=WORDS, militant=WORDS, civilian=WORDS, people=WORDS),
        killed=record(before=WORDS, after=WORDS, self_counting=WORDS),
        wounded=record(before=WORDS, after=WORDS, self_counting=WORDS),
        no_deaths=WORDS,
        killed_or_wounded=WORDS,
        killed_or_wounded_before=WORDS,
        killed_or_wounded_verbs=WORDS,
        unit_names=WORDS,
        other_fates=WORDS,
        inclusion=WORDS,
        no_harm=record(negations=WORDS, outcome_words=WORDS, harm_words=WORDS, reach=INT),
        tally=WORDS,
        superseded=WORDS,
        belonging=WORDS,
        duals=WORDS,
        dual_construct=record(heads=WORDS, complements=WORDS),
        named_person=record(heads=WORDS, rank_words=WORDS, given_names=WORDS),
        relatives=WORDS,
        singulars=WORDS,
        partitive=WORDS,
        armed_bodies=WORDS,
        tally_spans=WORDS,
        tally_periods=WORDS,
        superlatives=WORDS,
        topic_shifts=WORDS,
        another=WORDS,
        accused=WORDS,
        not_people=WORDS,
        vague_counts=WORDS,
        wounded_told=WORDS,
        killing_triggers=WORDS,
        clause_openers=WORDS,
        singular_adjective_after=WORDS,
        numeral_adjective_after=WORDS,
    ),
    "claims.yaml": record(
        fighters=WORDS,
        soldier_nouns=WORDS,
        ambiguous_fighters=WORDS,
        fighter_context=WORDS,
        generic_people=WORDS,
        count_words=WORDS,
        captured=WORDS,
        captured_cues=WORDS,
        displaced=WORDS,
        displaced_cues=WORDS,
        displacement_nouns=WORDS,
        weapons_cues=WORDS,
        weapons=WORDS,
        not_people=WORDS,
        vague_counts=WORDS,
        not_people_before=WORDS,
        span_openers=WORDS,
        span_words=WORDS,
        since=WORDS,
        since_words=WORDS,
        since_ongoing=WORDS,
        recalled_when=WORDS,
        since_durations=WORDS,
        first_count=WORDS,
        date_links=WORDS,
        several_places=WORDS,
        series=WORDS,
        dual_places=WORDS,
        dual_places_again=WORDS,
        others=WORDS,
        victims_of=WORDS,
        subset=WORDS,
        subset_after=WORDS,
        among_dead=WORDS,
        revision=WORDS,
        partisan_kinds=WORDS,
        partisan_sources=WORDS,
        speech=WORDS,
        speech_before_that=WORDS,
        speech_continuation=WORDS,
        speech_nested=WORDS,
        verbal_noun_after=WORDS,
        speech_relayed=WORDS,
        relay_from=WORDS,
        statement_openers=WORDS,
        statement_continues=WORDS,
        topic=WORDS,
        role_links=WORDS,
        spokesman_words=WORDS,
        affiliation_words=WORDS,
        according_to=WORDS,
        described_sources=map_of(STR),
        source_heads=WORDS,
        person_heads=WORDS,
        source_phrase_ends=WORDS,
        outlet_heads=WORDS,
        named=WORDS,
        source_adjectives=map_of(STR),
        ordinals=WORDS,
        same_before=WORDS,
        same_after=WORDS,
        titles=WORDS,
        not_in_names=WORDS,
        ongoing_fighting=record(adjectives=WORDS, nouns=WORDS),
    ),
    "page.yaml": record(tag_markers=WORDS, tag_list_max_words=INT),
    "genre.yaml": record(first_person=WORDS, rhetoric=WORDS, marks=WORDS, reporting=WORDS, min_words=INT, min_voice=INT,
                         voice_per_report=NUMBER, speech_openers=WORDS, speech_reach=INT,
                         interview_questions=INT, question_line_max_words=INT, quote_max_words=INT),
    "domains.yaml": record(
        chronology=record(dashes=WORDS, years=list_of(INT)),
        thresholds=record(article_min=INT, article_ratio=NUMBER, sentence_min=INT),
        domains=map_of(WORDS),
        conflict=WORDS,
    ),
    "event_roles.yaml": record(
        light_verbs=WORDS,
        going_on=WORDS,
        agent_markers=WORDS,
        hands=WORDS,
        before_it=WORDS,
        target_markers=WORDS,
        against=WORDS,
        party_with=WORDS,
        affiliation=WORDS,
        responsibility=WORDS,
        between_sides=WORDS,
        side_parts=WORDS,
        source_preposition=WORDS,
        partitive_preposition=WORDS,
        partitive_heads=WORDS,
        relatives=WORDS,
        bare_complementisers=WORDS,
        noun_governors=WORDS,
        locative=WORDS,
        place_origin=WORDS,
        border=WORDS,
        border_nouns=WORDS,
        allegiance=WORDS,
        allegiance_links=WORDS,
        superlatives=WORDS,
        span_openers=WORDS,
        long_span_units=WORDS,
        long_span_unit_after_number=WORDS,
        place_description=WORDS,
        near_adjectives=WORDS,
        violence_in_general=WORDS,
        relative_after_place=WORDS,
        resumptive=WORDS,
        weak_place_before=WORDS,
        general_prepositions=WORDS,
        toll_words=WORDS,
        ranks=WORDS,
        losses=WORDS,
        count_hedges=WORDS,
        venturing_nouns=WORDS,
        venture_preposition=WORDS,
        place_list_links=WORDS,
        since=WORDS,
        relative_before_present=WORDS,
        background_after=WORDS,
        accusation=WORDS,
        field_sources=WORDS,
        also=WORDS,
        relative_after_trigger=WORDS,
        specifying_verbs=WORDS,
        another_incident=WORDS,
        assassinating=WORDS,
        another_of_the_same=WORDS,
        aircraft_nouns=WORDS,
        starting_verbs=WORDS,
        still_going_on=WORDS,
        separate_openers=WORDS,
        fronted_topics=WORDS,
        separate_nouns=WORDS,
        separate_words=WORDS,
        story_links=WORDS,
        recent_span_units=WORDS,
        recent_span_past=WORDS,
        night_spans=WORDS,
        night_nouns=WORDS,
        then_adverbs=WORDS,
        same_day_nouns=WORDS,
        until=WORDS,
        witness_verbs=WORDS,
        saying_verbs=WORDS,
        announcing_verbs=WORDS,
        doing_verbs=WORDS,
        doing_nouns=WORDS,
        operation_nouns=WORDS,
        suffering_verbs=WORDS,
        carrying_out_verbs=WORDS,
        control_verbs=WORDS,
        eve_and_morrow=WORDS,
        outbreak_verbs=WORDS,
        outcome_links=WORDS,
        as_reported=WORDS,
        according_to=WORDS,
        same_place_nouns=WORDS,
        sameness_words=WORDS,
        departure_verbs=WORDS,
        heading_words=WORDS,
        heading_to=WORDS,
        continuing=WORDS,
        seat_nouns=WORDS,
        venue_nouns=WORDS,
        territory_nouns=WORDS,
        background_links=WORDS,
        time_approximators=WORDS,
        time_lengths=WORDS,
        lengths_of_a_past=WORDS,
        phrase_links=WORDS,
        phrase_conjuncts=WORDS,
        answering=WORDS,
        nationwide_quantifiers=WORDS,
        nationwide_areas=WORDS,
        demonstratives=WORDS,
        verbal_noun_heads=WORDS,
        approximate_place=WORDS,
        distance_units=WORDS,
        owned_things=WORDS,
        holding_verbs=WORDS,
        subject_suffixes=WORDS,
        verb_preludes=WORDS,
        unit_nouns=WORDS,
        holding_nouns=WORDS,
        holding_prepositions=WORDS,
        repelling_verbs=WORDS,
        repelled_nouns=WORDS,
        foiling_verbs=WORDS,
        set_off_by=WORDS,
        cause_of_death=WORDS,
        helper_verbs=WORDS,
        helper_prepositions=WORDS,
        support_markers=WORDS,
        air_support=WORDS,
        unnamed_ground=WORDS,
        condemning_words=WORDS,
        doer_nouns=WORDS,
        incident_prepositions=WORDS,
        member_nouns=WORDS,
        befalling_nouns=WORDS,
        own_members=WORDS,
        possessive_suffixes=WORDS,
        reciprocal_verbs=WORDS,
    ),
    "event_senses.yaml": record(
        families=map_of(WORDS),
        plain=WORDS,
        armed_actor_kinds=WORDS,
        classes=map_of(WORDS),
        abstract_objects=WORDS,
        vetoes=map_of(record(words=WORDS, families=WORDS, unless=ANY)),
    ),
    "events.yaml": record(
        families=map_of(record(
            type=STR,
            sub_type=STR,
            priority=INT,
            nouns=WORDS,
            forms=WORDS,
            gapped=list_of(WORDS),
            one_per_place=BOOL,
            standing=BOOL,
            lemmas=list_of(record(lemma=STR, pos=STR, masdar=ANY, not_forms=WORDS)),
            needs_for=map_of(WORDS),
            outcome=BOOL,
            with_deaths=STR,
            not_with=WORDS,
            not_after=WORDS,
            territory=WORDS,
            nominal_object=BOOL,
            ground_marker=map_of(WORDS),
        )),
        later=WORDS,
        unnamed_militants=WORDS,
        speaker_side=WORDS,
        speaker_against=WORDS,
        charge_spares=WORDS,
        detaining_families=WORDS,
        campaign_families=WORDS,
        one_incident=list_of(WORDS),
        one_incident_in_sentence=list_of(WORDS),
        retold_as=map_of(WORDS),
        naming_any_violence=WORDS,
        outcomes_of_results=WORDS,
        bare_names_also=map_of(WORDS),
        passive=record(past=WORDS, present=WORDS, future=WORDS),
        qualifiers=map_of(record(words=WORDS, applies_to=WORDS, sets=STR, alone=BOOL, as_subject=BOOL)),
        targets=record(armed=WORDS, militant=WORDS, civilian=WORDS, property=WORDS),
        modality=record(
            negation=WORDS,
            speculation=WORDS,
            hedge_before_present=WORDS,
            intention=WORDS,
            future=WORDS,
            generic=WORDS,
            backing=WORDS,
            topic_heads=WORDS,
            weighed=WORDS,
            plural_triggers=WORDS,
            aggregate=WORDS,
            habitual=WORDS,
            trend_past=WORDS,
            exposure=WORDS,
            purpose_carriers=WORDS,
            purpose_links=WORDS,
            any_of=WORDS,
            examples=WORDS,
            starting=WORDS,
            doer_homographs=WORDS,
            figurative_objects=WORDS,
            governing_prepositions=WORDS,
            ruin=WORDS,
            ruin_links=WORDS,
            usually=WORDS,
            frequency=WORDS,
            prevention=WORDS,
            incitement=WORDS,
            role=WORDS,
            ordering=WORDS,
            nearing=WORDS,
            to_come=WORDS,
            ranks=WORDS,
            year_parts=WORDS,
            recent_span_openers=WORDS,
            recent_span_adjectives=WORDS,
            aimed_fights=WORDS,
            completion=WORDS,
            stopping=WORDS,
            stopping_between=WORDS,
            holder_after=WORDS,
            sounds=WORDS,
            resulting=WORDS,
            resumptive=WORDS,
            raids=WORDS,
            people_pronouns=WORDS,
            conditional=WORDS,
            carried_on=WORDS,
            place_heads=WORDS,
            dead_after=WORDS,
            fighting_a_side=WORDS,
            whether=WORDS,
            apodosis=WORDS,
        ),
    ),
    "forces.yaml": record(
        roles=map_of(record(
            canonical=STR,
            kind=STR,
            inter=INT,
            standalone_country=BOOL,
            heads=WORDS,
            construct_heads=WORDS,
            indefinite_heads=WORDS,
            not_alone=WORDS,
            no_construct=WORDS,
        )),
        country_by_name=record(joiners=WORDS),
        exceptions=list_of(record(head=STR, role=STR, countries=WORDS)),
        bare_means_registry=WORDS,
    ),
    "morphology.yaml": record(
        proclitics=record(
            conjunctions=WORDS,
            prepositions=WORDS,
            future=WORDS,
            article=STR,
            elides_article=WORDS,
            before_subjunctive=WORDS,
            min_stem=INT,
        ),
        future_particles=WORDS,
        enclitics=record(object=WORDS, possessive=WORDS),
        letters=record(
            ta_marbuta=STR,
            accusative_alif=STR,
            weak=WORDS,
            hollow_default=STR,
            defective_final=map_of(STR),
        ),
        verb_templates=list_of(record(**{"form": STR, "class": STR, "past": STR, "fixed": record(F=STR), "dictionary": BOOL})),
        placeholders=record(consonant=STR, T=STR),
        passive_past_as_active=WORDS,
        verb_bound_endings=list_of(record(ending=STR, bound=STR, number=STR, person=INT)),
        conjugator=record(
            tenses=map_of(record(tense=STR, voice=STR, mood=STR)),
            pronouns=map_of(list_of(ANY)),
            transitivity=map_of(BOOL),
            default_vowel=STR,
        ),
        intransitive_forms=WORDS,
        masdar_patterns=map_of(ANY),
        masdar_plural_suffix=STR,
        masdar_plural_forms=WORDS,
        derived_participle_prefix=STR,
        form1_participles=map_of(record(active=STR, passive=STR, active_declension=STR)),
        spelling=list_of(WORDS),
        declensions=record(
            sound=list_of(record(ending=STR, number=STR, gender=STR, case=WORDS, slot=STR, indefinite=BOOL)),
            defective=list_of(record(ending=STR, number=STR, gender=STR, case=WORDS, slot=STR, indefinite=BOOL)),
            defective_passive=list_of(record(ending=STR, number=STR, gender=STR, case=WORDS, slot=STR)),
            noun=list_of(record(ending=STR, number=STR, case=WORDS, slot=STR, indefinite=BOOL, accusative_alif=BOOL)),
            noun_ta_marbuta=list_of(record(ending=STR, number=STR, case=WORDS, slot=STR)),
            plural=list_of(record(ending=STR, number=STR, case=WORDS, slot=STR)),
            plural_ta_marbuta=list_of(record(ending=STR, number=STR, case=WORDS, slot=STR)),
        ),
        accusative_alif_not_after=WORDS,
        feminine_plural_suffix=STR,
        collisions=record(
            common_zipf=NUMBER,
            above_lemma_by=NUMBER,
            rare_reading_within=NUMBER,
            clitic_shadow_by=NUMBER,
            clitic_shadow_min_zipf=NUMBER,
            rare_readings=record(person=list_of(INT), number=WORDS, mood_only=WORDS),
        ),
        homographs=list_of(record(lemma=STR, pos=STR, gloss=STR, plural=ANY)),
    ),
    "movements.yaml": record(
        provenance=WORDS,
        extent=WORDS,
        taken_before=WORDS,
        taken_back_references=WORDS,
        additional_destination=WORDS,
        later=WORDS,
        regular_forces=WORDS,
        conditionals=WORDS,
        dignitaries=WORDS,
        motion=record(
            go=list_of(record(lemma=STR, pos=STR, transitive=BOOL, masdar=ANY, not_forms=WORDS, present=STR)),
            send=list_of(record(lemma=STR, pos=STR, masdar=WORDS)),
            nouns=list_of(record(lemma=STR, pos=STR, plural=WORDS)),
            forms=WORDS,
        ),
        object_roles=record(origin=WORDS, destination=WORDS, via=WORDS),
        sortie=record(lemmas=WORDS, purpose=WORDS),
        mover_kinds=WORDS,
        not_subjects=WORDS,
        movers=WORDS,
        not_movers=WORDS,
        quantifiers=WORDS,
        markers=record(
            origin=WORDS,
            via=WORDS,
            location=WORDS,
            destination=WORDS,
            continuation=WORDS,
            between=WORDS,
        ),
        destination_after_motion=WORDS,
        fillers=WORDS,
        marker_punctuation=WORDS,
        area_before_between=WORDS,
        modality=WORDS,
        weighed=WORDS,
        hedge_before_present=WORDS,
        head_gender=record(f=WORDS, m=WORDS),
        not_motion_before=WORDS,
        not_mover_after=WORDS,
        partitive=WORDS,
        complementizers=WORDS,
    ),
    "name_vetoes.yaml": record(
        team_before=WORDS,
        national_team_before=WORDS,
        organisation_before=WORDS,
        media_before=WORDS,
        person_before=WORDS,
        not_given_names=WORDS,
        titles_before_adjective=WORDS,
        team_after=WORDS,
        organisation_after=WORDS,
        idioms=WORDS,
        sports_words=WORDS,
        demonstratives=WORDS,
        place_words_before=WORDS,
        quoted_media=WORDS,
        club_homonyms=WORDS,
    ),
    "numbers.yaml": record(
        units=map_of(WORDS, keys=INT),
        teen_heads=map_of(WORDS, keys=INT),
        teen_tens=WORDS,
        tens=map_of(WORDS, keys=INT),
        hundreds=map_of(WORDS, keys=INT),
        hundred_words=WORDS,
        scales=list_of(record(value=INT, singular=WORDS, dual=WORDS, plural=WORDS, plural_alone=list_of(INT))),
        fractions=map_of(NUMBER),
        no_article=WORDS,
        not_alone=WORDS,
        not_numbers=WORDS,
        ordinals=WORDS,
        not_after=WORDS,
        vague_plurals=list_of(record(unit=INT, forms=WORDS, alone=list_of(INT))),
        vague_heads=list_of(record(forms=WORDS, range=list_of(INT), alone=BOOL)),
        hedges=list_of(record(hedge=STR, approx=BOOL, before=WORDS, after=WORDS)),
        ranges=list_of(record(open=ANY, join=WORDS)),
        percent=record(after=WORDS, before=WORDS, hint=STR),
        dates=record(
            months_from=STR,
            year_range=list_of(INT),
            hijri_year_range=list_of(INT),
            year_cues=WORDS,
            era_markers=WORDS,
            hijri_markers=WORDS,
            day_followers=WORDS,
            day_of=WORDS,
            time_cues=WORDS,
            date_separators=WORDS,
            time_separators=WORDS,
        ),
    ),
    "place_cues.yaml": record(
        cues=list_of(record(words=WORDS, kind=STR, keep=BOOL, plural=BOOL, needs_known=BOOL, name_zipf=NUMBER,
                                  definite_name_zipf=NUMBER, list_name_zipf=NUMBER)),
        not_names=WORDS,
        locative=WORDS,
        directions=map_of(INT),
        compass_parts=WORDS,
        distance_units=map_of(NUMBER),
        name_particles=WORDS,
        ordinals=WORDS,
        ambiguous=WORDS,
        raid_verbs=WORDS,
        name_endings_not_pronouns=WORDS,
        facility_epithets=WORDS,
        name_classifiers=WORDS,
        office_domains=WORDS,
        honorific_epithets=WORDS,
        joining_words=WORDS,
        local_cues=WORDS,
        locating_words=WORDS,
        resumptive_pronouns=WORDS,
        vowelled=map_of(STR),
        descriptive=map_of(WORDS),
        cue_homographs=WORDS,
        verbal_noun_forms=WORDS,
    ),
    "countries.tsv": columns(iso2=STR, name_en=STR, names_ar=STR, adjectives_ar=STR, lat=NUMBER, lon=NUMBER),
    "geography.tsv": columns(
        name_ar=STR,
        variants_ar=STR,
        name_en=STR,
        kind=STR,
        country=STR,
        admin1=STR,
        lat=NUMBER,
        lon=NUMBER,
        approx=FLAG,
        parent=STR,
    ),
    "physical.tsv": columns(
        name_ar=STR,
        variants_ar=STR,
        name_en=STR,
        kind=STR,
        country=STR,
        admin1=STR,
        lat=NUMBER,
        lon=NUMBER,
        approx=FLAG,
        parent=STR,
    ),
    "place_stopwords.txt": LINES,
    "places.tsv": columns(
        name_ar=STR,
        variants_ar=STR,
        name_en=STR,
        kind=STR,
        country=STR,
        admin1=STR,
        lat=NUMBER,
        lon=NUMBER,
        approx=FLAG,
        parent=STR,
    ),
}


_SCALARS: dict[str, tuple[type, ...]] = {STR: (str,), INT: (int,), NUMBER: (int, float), BOOL: (bool,)}
_NAMES = {STR: "a string", INT: "a whole number", NUMBER: "a number", BOOL: "true or false",
          WORDS: "a list of words", "list": "a list", "map": "a mapping", "fields": "a mapping"}
MAX_PROBLEMS = 20


def check(name: str, data: Any) -> list[str]:
    """Where the parsed lexicon `data` of file `name` departs from its shape (empty when it fits)."""
    spec = FILES.get(name)
    if spec is None:
        return [f"{name}: no such lexicon file (rasd/lexicons/schema.py names each file and its fields)"]
    problems: list[str] = []
    _check(spec, data, name, problems)
    return problems[:MAX_PROBLEMS]


def _check(spec: Spec, value: Any, where: str, problems: list[str]) -> None:
    if value is None or spec == ANY:
        return
    if isinstance(spec, str):
        _check_scalar(spec, value, where, problems)
        return
    kind = next(iter(spec))
    expected = dict if kind in ("fields", "map") else list
    # bool is an int to Python, never a number here
    if not isinstance(value, expected):
        problems.append(f"{where}: expected {_NAMES[kind]}, found {_found(value)}")
        return
    if kind == "list":
        for i, item in enumerate(value):
            _check(spec["list"], item, f"{where}[{i}]", problems)
    elif kind == "map":
        key_type = int if spec["keys"] == INT else str
        for k, v in value.items():
            if not isinstance(k, key_type) or isinstance(k, bool):
                problems.append(f"{where}: key {k!r} should be {_NAMES[spec['keys']]}")
            _check(spec["map"], v, f"{where}.{k}", problems)
    else:
        for k, v in value.items():
            if k not in spec["fields"]:
                problems.append(f"{where}: unknown field {k!r} (known: {', '.join(spec['fields'])})")
                continue
            _check(spec["fields"][k], v, f"{where}.{k}", problems)


def _check_scalar(spec: str, value: Any, where: str, problems: list[str]) -> None:
    if spec == WORDS:
        if not isinstance(value, list):
            problems.append(f"{where}: expected a list of words, found {_found(value)}")
            return
        for i, w in enumerate(value):
            if w is not None and not isinstance(w, str):
                problems.append(f"{where}[{i}]: expected a word or phrase, found {_found(w)}")
        return
    if isinstance(value, bool) and spec != BOOL or not isinstance(value, _SCALARS[spec]):
        problems.append(f"{where}: expected {_NAMES[spec]}, found {_found(value)}")


def _found(value: Any) -> str:
    kind = {bool: "true/false", int: "a number", float: "a number", str: "a string", list: "a list",
            dict: "a mapping"}.get(type(value), type(value).__name__)
    text = repr(value)
    return f"{kind} {text[:40]}{'...' if len(text) > 40 else ''}"


def check_columns(name: str, header: list[str]) -> list[str]:
    """Whether a TSV file's header has exactly the columns its shape names."""
    spec = FILES.get(name)
    if not isinstance(spec, dict) or "columns" not in spec:
        return [f"{name}: no such tab-separated lexicon file (rasd/lexicons/schema.py)"]
    want = list(spec["columns"])
    if header != want:
        return [f"{name}: header columns {header}, expected {want}"]
    return []


def check_cell(name: str, column: str, cell: str) -> str | None:
    """What is wrong with one cell of a TSV lexicon, or None."""
    kind = FILES[name]["columns"].get(column)  # type: ignore[index]
    if kind == NUMBER and cell:
        try:
            float(cell)
        except ValueError:
            return f"column {column}: {cell!r} is not a number"
    if kind == FLAG and cell not in ("", "0", "1"):
        return f"column {column}: {cell!r} should be empty, 0 or 1"
    return None
