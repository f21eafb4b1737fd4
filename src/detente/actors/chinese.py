"""Chinese actor candidates from jieba's words and tags (with the registry as user dictionary).

Titles stand right before the name (``外交部发言人汪文斌``, ``俄罗斯总统普京``); a place after a
locative verb or preposition (``在北京``, ``抵达莫斯科``) is a place; ``中方``/``俄方`` mean the
government.
"""

from __future__ import annotations

from typing import Any

from detente.actors.candidates import Candidate, dedupe
from detente.actors.roles import sector_of

LOCATIVE = {"在", "于", "赴", "抵达", "到", "从", "前往", "飞抵", "来到", "访问", "途经", "返回"}
# the commonest Chinese surnames (a plausibility check on the names jieba tags)
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚"
    "娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘"
    "池查麻苑迟邝"
)
TOPIC_WORDS = {"问题", "局势", "危机", "方面", "冲突", "事务"}  # "在乌克兰问题上": a topic


def candidates(parsed: Any, text: str, registry: Any) -> list[Candidate]:
    toks = parsed.tokens
    ents = {(e.start, e.end): e for e in parsed.entities}
    out: list[Candidate] = []
    for i, t in enumerate(toks):
        sent = parsed.sentence_of(t.start)
        term = registry.country_term(t.text, "zh")
        people = [a for a in registry.lookup(t.text, "zh") if a.type == "person"]
        ent = ents.get((t.start, t.end))
        if term and not people:
            nxt = toks[i + 1].text if i + 1 < len(toks) else ""
            place = i > 0 and toks[i - 1].text in LOCATIVE and nxt not in TOPIC_WORDS
            # a dateline: "新华社北京2月4日电", "本报莫斯科3月22日讯"
            place = place or any(x.text.endswith(("电", "讯")) for x in toks[i + 1 : i + 6])
            head = toks[i + 1].text if i + 1 < len(toks) and toks[i + 1].pos == "NOUN" else None
            out.append(
                Candidate(
                    t.start,
                    t.end,
                    t.text,
                    "TERM",
                    t.text,
                    place=place,
                    head_noun=head,
                    sentence=sent,
                )
            )
            continue
        if people or (ent is not None and ent.label == "PER"):
            start, name = t.start, t.text
            prev = toks[i - 1].text if i > 0 else ""
            first = i
            if len(name) == 2 and not people and len(prev) == 1 and prev in SURNAMES:
                first, start, name = i - 1, toks[i - 1].start, prev + name  # "许|宁远"
            j = first
            while (
                j > 0
                and first - j < 3
                and (
                    registry.agent(toks[j - 1].text, "zh")
                    or registry.country_term(toks[j - 1].text, "zh")
                    or sector_of(toks[j - 1].text)  # "南亚研究所研究员": the employer
                    or (
                        toks[j - 1].pos in ("PROPN", "NOUN")
                        and registry.lookup(toks[j - 1].text, "zh")
                    )
                )
            ):
                j -= 1
            title = "".join(x.text for x in toks[j:first]) or None
            has_role = title and any(registry.agent(x.text, "zh") for x in toks[j:first])
            if (
                first == i
                and len(name) == 2
                and len(prev) > 1
                and registry.agent(prev[:-1], "zh")
                and not people
            ):
                # jieba cut "研究员许|宁远": the surname belongs to the name
                start, name, title, has_role = t.start - 1, prev[-1] + name, prev[:-1], True
            out.append(
                Candidate(
                    start,
                    t.end,
                    name,
                    "PER",
                    name,
                    title=title if has_role else None,
                    sentence=sent,
                    outer_start=min(toks[j].start, start) if has_role else None,
                )
            )
            continue
        if ent is not None or registry.lookup(t.text, "zh"):
            label = ent.label if ent is not None else "ORG"
            out.append(Candidate(t.start, t.end, t.text, label, t.text, sentence=sent))
    return dedupe(out)
