"""The Chinese event coder (detente.events.chinese) through the real pipeline: jieba's words in
clause order, the clause's subject, coverbs (与/同, 对/向), 被 passives, 中俄-style
abbreviations, 两国元首, negation and modality, dates. The sentences are our own, about real
events (the joint statement of 4 February 2022, Xi in Moscow in March 2023, sanctions, the UN
votes of 2022)."""

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
    "2022年2月4日，中俄两国签署联合声明。国家主席习近平2023年3月20日抵达莫斯科，对俄罗斯进行"
    "国事访问。习近平在北京同俄罗斯总统普京举行会谈。中美双方举行会谈。习近平同普京举行会谈，两国"
    "元首签署了联合声明。普京将访问中国。中方向欧方提出严正交涉。中国外交部召见美国驻华大使。"
)
CONFLICT = (
    "美国对中国实施制裁。俄罗斯被美国制裁。中方坚决反对美方的单边制裁。欧盟通过第十四轮对俄制裁。"
    "俄罗斯于2022年2月24日入侵乌克兰。中国和印度投了弃权票。俄罗斯在安理会否决了决议草案。"
)
MODAL = (
    "中方呼吁美方撤销制裁。俄方否认向朝鲜提供武器。美国威胁对中国加征关税。中国没有向俄罗斯提供"
    "武器。据报道，朝鲜向俄罗斯提供了炮弹。美国是否会对中国实施制裁？俄罗斯被美国指责支持朝鲜。"
    "中方谴责对平民的袭击。美国计划对中国加征关税。王毅表示，中方愿同俄方深化合作。德国总理朔尔茨"
    "访华。美国对华实施出口管制。"
)
TEXTS = {"summit": SUMMIT, "conflict": CONFLICT, "modal": MODAL}


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    out = {
        k: Document(
            text=t, origin="t", format="text", language="zh", published=PUBLISHED, kind="news"
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
    return out


def one(doc: Document, sentence: str, category: str) -> EventMention:
    found = [e for e in events(doc, sentence) if e.category == category]
    assert len(found) == 1, found
    return found[0]


def test_the_lexicon_covers_every_plover_category_with_known_codes():
    lex = lexicon("zh")
    assert {p.category for p in lex.predicates} == set(CATEGORIES)
    assert 100 <= len(lex.predicates) <= 400
    for p in lex.predicates:
        assert codes.lookup(p.cameo).category == p.category


def test_zhong_e_is_two_signatories_of_one_symmetric_event(docs):
    ev = one(docs["summit"], "中俄两国签署", "SUPPORT")
    assert ev.cameo == "057" and (ev.source, ev.target) == ("CHN", "RUS")
    assert ev.date == "2022-02-04" and ev.date_precision == "day"
    assert docs["summit"].text[ev.source_start : ev.source_end] == "中"
    assert docs["summit"].text[ev.start : ev.end] == "签署联合声明"


def test_a_state_visit_takes_the_subject_of_the_clause_before(docs):
    ev = one(docs["summit"], "国事访问", "CONSULT")
    assert ev.cameo == "042" and ev.mode == "visit"
    assert (ev.source, ev.target) == ("person:xi-jinping", "RUS")
    assert ev.date == "2023-03-20" and ev.date_precision == "day"
    assert ev.confidence < 1


def test_talks_with_a_coverb_partner_and_no_place_as_actor(docs):
    ev = one(docs["summit"], "在北京同", "CONSULT")
    assert ev.cameo == "040"
    assert (ev.source, ev.target) == ("person:xi-jinping", "person:vladimir-putin")
    assert ev.date == PUBLISHED and ev.date_precision == "reported"
    for doc in docs.values():
        for s in doc.layer("events"):
            assert doc.text[s.data.get("target_start", 0) : s.data.get("target_end", 0)] not in (
                "北京",
                "安理会",
            )


def test_zhong_mei_both_sides_and_liangguo_yuanshou(docs):
    ev = one(docs["summit"], "中美双方", "CONSULT")
    assert (ev.source, ev.target) == ("CHN", "USA")
    signed = one(docs["summit"], "两国元首", "SUPPORT")
    assert (signed.source, signed.target) == ("person:xi-jinping", "person:vladimir-putin")
    assert docs["summit"].text[signed.source_start : signed.source_end] == "两国元首"


def test_a_planned_visit(docs):
    ev = one(docs["summit"], "普京将访问", "CONSULT")
    assert ev.modality == "planned" and (ev.source, ev.target) == ("person:vladimir-putin", "CHN")
    assert not ev.done


def test_representations_and_a_summoned_ambassador(docs):
    ev = one(docs["summit"], "严正交涉", "ACCUSE")
    assert ev.cameo == "114" and (ev.source, ev.target) == ("CHN", "IGO:EU")
    summoned = one(docs["summit"], "召见", "ACCUSE")
    assert summoned.cameo == "114" and summoned.target == "USA"
    assert summoned.source_country == "CHN"


def test_sanctions_active_passive_and_possessed(docs):
    doc = docs["conflict"]
    active = one(doc, "美国对中国实施制裁", "COERCE")
    assert active.cameo == "163" and (active.source, active.target) == ("USA", "CHN")
    passive = one(doc, "俄罗斯被美国制裁", "COERCE")
    assert (passive.source, passive.target) == ("USA", "RUS")
    opposed = one(doc, "单边制裁", "REJECT")
    assert (opposed.source, opposed.target) == ("CHN", "USA")
    possessed = one(doc, "单边制裁", "COERCE")
    assert possessed.source == "USA" and possessed.target is None
    eu = one(doc, "对俄制裁", "COERCE")
    assert (eu.source, eu.target) == ("IGO:EU", "RUS")


def test_invasion_abstentions_and_veto(docs):
    doc = docs["conflict"]
    ev = one(doc, "入侵", "ASSAULT")
    assert (ev.source, ev.target) == ("RUS", "UKR") and ev.date == "2022-02-24"
    abstained = [e for e in events(doc, "弃权票") if e.category == "REJECT"]
    assert sorted(e.source for e in abstained) == ["CHN", "IND"]
    veto = one(doc, "否决", "REJECT")
    assert veto.cameo == "129" and veto.source == "RUS" and veto.target is None


def test_a_call_on_the_us_to_lift_sanctions(docs):
    request = one(docs["modal"], "呼吁", "REQUEST")
    assert (request.source, request.target) == ("CHN", "USA")
    lift = one(docs["modal"], "呼吁", "RETREAT")
    assert lift.cameo == "085" and lift.source == "USA" and lift.modality == "called_for"


def test_denied_supplies(docs):
    ev = one(docs["modal"], "否认", "AID")
    assert ev.cameo == "072" and (ev.source, ev.target) == ("RUS", "PRK")
    assert ev.modality == "denied"


def test_a_threat_of_tariffs(docs):
    threat = one(docs["modal"], "威胁", "THREATEN")
    assert threat.cameo == "1312" and (threat.source, threat.target) == ("USA", "CHN")
    tariffs = one(docs["modal"], "威胁", "COERCE")
    assert tariffs.modality == "threatened" and (tariffs.source, tariffs.target) == ("USA", "CHN")


def test_negated_reported_and_questioned_acts(docs):
    negated = one(docs["modal"], "没有", "AID")
    assert negated.negated and (negated.source, negated.target) == ("CHN", "RUS")
    reported = one(docs["modal"], "据报道", "AID")
    assert reported.modality == "reported" and (reported.source, reported.target) == (
        "PRK",
        "RUS",
    )
    asked = one(docs["modal"], "是否", "COERCE")
    assert asked.modality == "question" and (asked.source, asked.target) == ("USA", "CHN")


def test_bei_passive_of_an_accusation(docs):
    accuse = one(docs["modal"], "指责", "ACCUSE")
    assert (accuse.source, accuse.target) == ("USA", "RUS") and accuse.cameo == "112"
    support = one(docs["modal"], "指责", "SUPPORT")
    assert (support.source, support.target) == ("RUS", "PRK")
    assert support.modality == "reported"


def test_a_condemned_attack_is_not_the_condemners(docs):
    found = events(docs["modal"], "谴责")
    assert [e.category for e in found] == ["ACCUSE"]
    assert found[0].source == "CHN"


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


def test_plans_and_offers(docs):
    planned = one(docs["modal"], "计划", "COERCE")
    assert planned.modality == "planned" and (planned.source, planned.target) == ("USA", "CHN")
    offered = one(docs["modal"], "愿同", "COOPERATE")
    assert offered.modality == "proposed" and (offered.source, offered.target) == ("CHN", "RUS")


def test_a_word_that_names_its_target_and_a_split_coverb(docs):
    visit = one(docs["modal"], "访华", "CONSULT")
    assert (visit.source, visit.target) == ("person:olaf-scholz", "CHN")
    assert docs["modal"].text[visit.target_start : visit.target_end] == "访华"
    controls = one(docs["modal"], "对华", "COERCE")
    assert (controls.source, controls.target) == ("USA", "CHN")
    assert docs["modal"].text[controls.target_start : controls.target_end] == "华"
