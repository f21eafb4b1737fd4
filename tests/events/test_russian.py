"""The Russian event coder (detente.events.russian) through the real pipeline: PLOVER categories
and CAMEO codes, sources and targets from natasha's parse (cases and prepositions), passives,
coordination, nominal events, negation and modality, dates. The sentences are our own, about
real events (the joint statement of 4 February 2022, Xi in Moscow in March 2023, Putin in
Beijing in May 2024, sanctions, the UN votes of 2022)."""

from __future__ import annotations

import pytest

from detente.document import Document
from detente.events import codes
from detente.events.codes import CATEGORIES
from detente.events.lexicon import lexicon
from detente.events.model import EventMention
from detente.pipeline import analyze

PUBLISHED = "2024-05-20"

SUMMIT = (
    "Президент России Владимир Путин 16 мая провел переговоры с председателем КНР Си "
    "Цзиньпином в Пекине. Россия и Китай подписали совместное заявление 4 февраля 2022 года. "
    "Российско-китайские переговоры прошли в Кремле. Визит Путина в Китай состоялся 16 мая. "
    "Министр иностранных дел России Сергей Лавров встретился с Ван И в Пекине. Стороны "
    "обсудили ситуацию вокруг Украины. Российская сторона передала Китаю гуманитарную помощь."
)
CONFLICT = (
    "США ввели санкции против России. Санкции против России были введены Евросоюзом. Россия "
    "вторглась в Украину 24 февраля 2022 года. Антироссийские санкции ЕС продлены. Российские "
    "войска нанесли ракетный удар по Киеву. 2 марта 2022 года Генеральная Ассамблея ООН "
    "осудила вторжение России в Украину, Китай и Индия воздержались при голосовании. Россия "
    "наложила вето на проект резолюции. Россия провела военные учения в Белоруссии. Евросоюз "
    "ввел новые санкции в отношении российских банков. Венгрия заблокировала выделение Украине "
    "военной помощи."
)
MODAL = (
    "Кремль не планирует высылать американских дипломатов. Китай отрицает поставки оружия "
    "России. Председатель КНР Си Цзиньпин призвал США отменить санкции. США пригрозили ввести "
    "санкции против Китая. Россия может ввести ответные санкции против Японии. Путин посетит "
    "Китай в октябре. Будет ли Россия атаковать Молдавию? Москва и Пекин договорились расширить "
    "сотрудничество. США обвинили Китай в поставках оружия России. Россия отказалась осудить "
    "Иран. Китай и Россия не подписали соглашение."
)
TEXTS = {"summit": SUMMIT, "conflict": CONFLICT, "modal": MODAL}


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    out = {
        k: Document(
            text=t, origin="t", format="text", language="ru", published=PUBLISHED, kind="news"
        )
        for k, t in TEXTS.items()
    }
    analyze(list(out.values()))
    return out


def events(doc: Document, sentence: str) -> list[EventMention]:
    """The event mentions of the sentence of ``doc`` that contains ``sentence``."""
    out = []
    for s in doc.layer("events"):
        ev = EventMention.from_span(s.start, s.end, s.label, s.data)
        if sentence in doc.text[ev.sentence_start : ev.sentence_end]:
            out.append(ev)
    assert out, f"no event in the sentence with {sentence!r}"
    return out


def one(doc: Document, sentence: str, category: str) -> EventMention:
    found = [e for e in events(doc, sentence) if e.category == category]
    assert len(found) == 1, found
    return found[0]


def test_the_lexicon_covers_every_plover_category_with_known_codes():
    lex = lexicon("ru")
    assert {p.category for p in lex.predicates} == set(CATEGORIES)
    assert 100 <= len(lex.predicates) <= 400
    for p in lex.predicates:
        assert codes.lookup(p.cameo).category == p.category
        assert all(r.rstrip("!") for r in (*p.source, *p.target))


def test_talks_with_a_person_in_the_instrumental_dated_by_the_clause(docs):
    ev = one(docs["summit"], "провел переговоры", "CONSULT")
    assert ev.cameo == "040" and ev.trigger == "провести/переговоры"
    assert ev.source == "person:vladimir-putin" and ev.target == "person:xi-jinping"
    assert (ev.source_country, ev.target_country) == ("RUS", "CHN")
    assert ev.date == "2024-05-16" and ev.date_precision == "day"
    text = docs["summit"].text
    assert text[ev.start : ev.end] == "провел переговоры"
    assert text[ev.target_start : ev.target_end] == "Си Цзиньпином"


def test_a_location_is_never_an_actor(docs):
    for doc in docs.values():
        for ev in doc.layer("events"):
            text = doc.text[ev.data.get("target_start", 0) : ev.data.get("target_end", 0)]
            assert text not in ("Пекине", "Кремле", "Белоруссии")
    drills = one(docs["conflict"], "военные учения", "MOBILIZE")
    assert drills.cameo == "150" and drills.source == "RUS" and drills.target is None


def test_coordinated_signatories_give_one_symmetric_event_dated_by_the_sentence(docs):
    ev = one(docs["summit"], "подписали совместное заявление", "SUPPORT")
    assert ev.cameo == "057" and (ev.source, ev.target) == ("RUS", "CHN")
    assert ev.date == "2022-02-04" and ev.date_precision == "day" and ev.done


def test_a_compound_adjective_names_both_parties_of_a_nominal_event(docs):
    ev = one(docs["summit"], "Российско-китайские", "CONSULT")
    assert (ev.source, ev.target) == ("RUS", "CHN")
    assert docs["summit"].text[ev.start : ev.end] == "переговоры"
    assert ev.date_precision == "reported" and ev.date == PUBLISHED


def test_a_nominal_visit_takes_its_genitive_and_destination_and_its_verbs_date(docs):
    ev = one(docs["summit"], "Визит Путина", "CONSULT")
    assert ev.cameo == "042" and ev.mode == "visit"
    assert (ev.source, ev.target) == ("person:vladimir-putin", "CHN")
    assert ev.date == "2024-05-16" and ev.done


def test_the_parties_are_named_again_by_storony(docs):
    met = one(docs["summit"], "встретился с Ван И", "CONSULT")
    assert (met.source, met.target) == ("person:sergei-lavrov", "person:wang-yi")
    ev = one(docs["summit"], "Стороны обсудили", "CONSULT")
    assert (ev.source, ev.target) == ("person:sergei-lavrov", "person:wang-yi")
    assert docs["summit"].text[ev.source_start : ev.source_end] == "Стороны"
    assert ev.confidence < met.confidence


def test_aid_to_a_dative_refined_by_the_noun(docs):
    ev = one(docs["summit"], "гуманитарную помощь", "AID")
    assert ev.cameo == "073" and (ev.source, ev.target) == ("RUS", "CHN")


def test_sanctions_against_a_country_active_and_passive(docs):
    active = one(docs["conflict"], "США ввели санкции", "COERCE")
    assert active.cameo == "163" and (active.source, active.target) == ("USA", "RUS")
    passive = one(docs["conflict"], "были введены Евросоюзом", "COERCE")
    assert (passive.source, passive.target) == ("IGO:EU", "RUS")
    anti = one(docs["conflict"], "Антироссийские", "COERCE")
    assert (anti.source, anti.target) == ("IGO:EU", "RUS")


def test_invasion_in_the_accusative_and_a_strike_on_a_city(docs):
    ev = one(docs["conflict"], "вторглась", "ASSAULT")
    assert ev.cameo == "190" and (ev.source, ev.target) == ("RUS", "UKR")
    assert ev.date == "2022-02-24" and ev.date_precision == "day"
    strike = one(docs["conflict"], "ракетный удар", "ASSAULT")
    assert strike.cameo == "195" and (strike.source, strike.target) == ("RUS", "UKR")


def test_un_votes_condemnation_abstentions_and_a_veto(docs):
    doc = docs["conflict"]
    condemned = one(doc, "Генеральная Ассамблея", "ACCUSE")
    assert (condemned.source, condemned.target) == ("IGO:UNGA", "RUS")
    assert condemned.date == "2022-03-02"
    invasion = one(doc, "Генеральная Ассамблея", "ASSAULT")
    assert (invasion.source, invasion.target) == ("RUS", "UKR")
    abstained = [e for e in events(doc, "воздержались") if e.category == "REJECT"]
    assert sorted(e.source for e in abstained) == ["CHN", "IND"]
    assert all(e.cameo == "120" and e.target is None for e in abstained)
    veto = one(doc, "наложила вето", "REJECT")
    assert veto.cameo == "129" and veto.source == "RUS"


def test_negated_and_planned_expulsion(docs):
    ev = one(docs["modal"], "высылать", "SANCTION")
    assert ev.cameo == "161" and (ev.source, ev.target) == ("RUS", "USA")
    assert ev.negated and ev.modality == "planned" and not ev.done


def test_denied_supplies(docs):
    ev = one(docs["modal"], "отрицает", "AID")
    assert ev.cameo == "072" and (ev.source, ev.target) == ("CHN", "RUS")
    assert ev.modality == "denied"


def test_a_call_on_the_us_to_lift_sanctions(docs):
    request = one(docs["modal"], "призвал", "REQUEST")
    assert (request.source, request.target) == ("person:xi-jinping", "USA")
    lift = one(docs["modal"], "призвал", "RETREAT")
    assert lift.cameo == "085" and lift.source == "USA" and lift.modality == "called_for"


def test_a_threat_of_sanctions_is_coded_with_what_is_threatened(docs):
    threat = one(docs["modal"], "пригрозили", "THREATEN")
    assert threat.cameo == "1312" and (threat.source, threat.target) == ("USA", "CHN")
    sanctions = one(docs["modal"], "пригрозили", "COERCE")
    assert sanctions.modality == "threatened" and (sanctions.source, sanctions.target) == (
        "USA",
        "CHN",
    )


def test_possible_planned_and_questioned_acts(docs):
    assert one(docs["modal"], "может ввести", "COERCE").modality == "possible"
    visit = one(docs["modal"], "посетит", "CONSULT")
    assert visit.modality == "planned" and visit.target == "CHN"
    assert visit.date == "2024-10" and visit.date_precision == "month"
    attack = one(docs["modal"], "атаковать", "ASSAULT")
    assert attack.modality == "question" and attack.target == "MDA"


def test_agreement_to_expand_cooperation(docs):
    agree = one(docs["modal"], "договорились", "AGREE")
    assert agree.cameo == "030" and (agree.source, agree.target) == ("RUS", "CHN") and agree.done
    coop = one(docs["modal"], "договорились", "COOPERATE")
    assert coop.modality == "planned" and (coop.source, coop.target) == ("RUS", "CHN")


def test_an_accusation_reports_the_accused_act(docs):
    accuse = one(docs["modal"], "обвинили", "ACCUSE")
    assert (accuse.source, accuse.target) == ("USA", "CHN") and accuse.cameo == "112"
    supply = one(docs["modal"], "обвинили", "AID")
    assert (supply.source, supply.target) == ("CHN", "RUS") and supply.modality == "reported"


def test_refusal_is_a_rejection_and_negates_what_it_governs(docs):
    reject = one(docs["modal"], "отказалась", "REJECT")
    assert reject.source == "RUS" and reject.target == "IRN" and reject.done
    condemn = one(docs["modal"], "отказалась", "ACCUSE")
    assert condemn.negated and (condemn.source, condemn.target) == ("RUS", "IRN")


def test_not_signed(docs):
    ev = one(docs["modal"], "не подписали", "SUPPORT")
    assert ev.negated and ev.cameo == "057" and {ev.source, ev.target} == {"CHN", "RUS"}


def test_events_carry_their_evidence_and_confidence(docs):
    for doc in docs.values():
        for s in doc.layer("events"):
            ev = EventMention.from_span(s.start, s.end, s.label, s.data)
            assert ev.sentence_start <= ev.start < ev.end <= ev.sentence_end
            assert ev.source or ev.target
            assert 0 < ev.confidence <= 1
            for side in ("source", "target"):
                start = getattr(ev, f"{side}_start")
                if start is not None:
                    assert doc.text[start : getattr(ev, f"{side}_end")] == getattr(
                        ev, f"{side}_text"
                    )


def test_sanctions_in_respect_of_banks_name_their_country(docs):
    ev = one(docs["conflict"], "в отношении российских банков", "COERCE")
    assert (ev.source, ev.target) == ("IGO:EU", "RUS") and ev.target_text == "российских"


def test_blocked_aid_did_not_happen(docs):
    blocked = one(docs["conflict"], "заблокировала", "REJECT")
    assert (blocked.source, blocked.target) == ("HUN", "UKR")
    aid = one(docs["conflict"], "заблокировала", "AID")
    assert aid.cameo == "072" and aid.negated and aid.source is None and aid.target == "UKR"


def test_a_users_lexicon_file_adds_and_replaces_entries(tmp_path):
    from detente.pipeline import AnalysisConfig

    path = tmp_path / "mine.events.ru.toml"
    path.write_text(
        '[[predicate]]\nverb = "пожурить"\ncameo = "111"\n\n'
        '[[predicate]]\nverb = "осудить"\ncameo = "1122"\nnote = "human rights, here"\n',
        encoding="utf-8",
    )
    doc = Document(
        text="Китай пожурил Японию. Китай осудил Японию.", origin="t", format="text",
        language="ru", published=PUBLISHED, kind="news",
    )  # fmt: skip
    analyze([doc], AnalysisConfig(event_files=(str(path),)))
    found = {(s.data["cameo"], s.data["source"], s.data["target"]) for s in doc.layer("events")}
    assert found == {("111", "CHN", "JPN"), ("1122", "CHN", "JPN")}
