"""Chinese event coder over jieba's words in clause order (Chinese has no parse here).

A predicate is a lexicon word found in a clause (between ，；：。 and quotation marks): a whole
word, several words (``导弹`` + ``袭击``), or the end of a longer one (``国事访问``, ``单边制裁``,
``举行会谈``). An entry with ``object`` needs one of its objects later in the clause (``签署``
… ``联合声明``).

Actors come from the clause around the predicate, read right to left from it:

- the subject: the first noun phrase naming an actor that no coverb introduces (``习近平在北京
  同普京举行会谈``: 习近平); its head is its last name (``俄罗斯总统普京``: 普京); ``中俄``,
  ``中美``, ``对华``, ``对俄`` are split into their countries; ``A和B`` is coordination;
- coverb phrases: ``与``/``同``/``和``/``跟`` X (meet, talk, sign), ``对``/``向``/``给`` X
  (sanction, accuse, aid), ``将``/``把`` X (the object), ``被`` X (the agent of a passive, whose
  subject is then the target; also ``遭到X的制裁``); ``在``/``于``/``从`` X is a place, never an
  actor;
- ``X的`` before the predicate (``美方的单边制裁``: the possessor, role ``poss``);
- the object: the first actor after the predicate in the clause (``访问俄罗斯``);
- a clause with no subject takes the subject of the clause before it in the sentence
  (``习近平抵达莫斯科，对俄罗斯进行国事访问``; ``中方表示，将继续……``); a verb between an
  actor and the predicate makes that actor the predicate's subject (``呼吁美方撤销制裁``),
  another verb keeps its subject to itself (``中方谴责袭击``: not China's attack); a relative
  clause is its head's act (``同来华访问的普京会谈``); 他/她 is the last person named, 双方 and
  两国元首 the parties of the last bilateral event.

Polarity and modality come from the words between the subject and the predicate: 不/没有/未
(negated), 将/计划/拟/准备 (planned), 可能 (possible), 愿 (proposed), and the verb above it:
呼吁/敦促/要求 (called_for), 威胁 (threatened), 否认 (denied), 指责/指控 (reported), 拒绝
(negated); 据报道/据称 (reported), 是否/吗/？ (question). The date is a temporal expression of
the clause, else of an earlier clause of the sentence, else the publication date.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from detente.document import Document
from detente.events import common
from detente.events.common import (
    ACTING,
    MISSING,
    NEEDS_TARGET,
    Actor,
    Actors,
    Dates,
    Pair,
    Weighted,
    absorb,
    embedded,
    inherited_targets,
    pairs,
    solo,
    threat,
)
from detente.events.lexicon import Lexicon, Predicate
from detente.events.model import EventMention

CLAUSE = frozenset("，,；;：:。！？!?“”「」『』\n")
COVERBS = frozenset({"对", "向", "与", "同", "和", "跟", "给", "被", "由", "在", "于", "从", "自",
                     "将", "把", "针对", "对于", "就", "为", "替", "经", "赴", "到", "至", "离",
                     "朝", "来"})  # fmt: skip
LOCATIVE = frozenset({"在", "于", "从", "自", "赴", "到", "至", "离", "经"})
COORD = frozenset({"和", "与", "及", "以及", "、"})
PARTNER = frozenset({"同", "与", "和", "跟", "对", "向", "给", "将", "把"})
PASSIVE_V = frozenset({"遭到", "受到", "遭受", "遭"})
NEG = frozenset({"不", "没", "没有", "未", "并未", "尚未", "从未", "绝不", "决不", "不会", "无意",
                 "不再", "未能", "拒不", "并不", "从不", "不能", "无法", "不得", "不要", "勿",
                 "切勿", "别", "不应", "不该"})  # fmt: skip
NEG_PREFIX = frozenset({"不", "未", "没", "没有", "并未", "尚未"})
PLANNED = frozenset({"将", "将要", "将会", "即将", "计划", "拟", "准备", "打算", "预计", "定于",
                     "有望", "会", "要", "决定", "同意", "承诺", "商定", "约定", "预定", "不会",
                     "计划于", "将于", "拟于"})  # fmt: skip
POSSIBLE = frozenset({"可能", "或将", "也许", "或许", "可", "可以", "能", "能够", "考虑", "或",
                      "恐将", "可望"})  # fmt: skip
PROPOSED = frozenset({"愿", "愿意", "提议", "建议", "主张", "愿同"})
CALLED = frozenset({"呼吁", "敦促", "要求", "促请", "请求", "吁请", "督促", "劝说", "希望",
                    "要"})  # fmt: skip
THREAT = frozenset({"威胁", "扬言", "警告", "威胁要", "恐吓"})
DENY = frozenset({"否认", "驳斥"})
ALLEGE = frozenset({"指责", "指控", "控告", "怀疑", "声称", "诬称"})
REFUSE = frozenset({"拒绝", "拒不"})
QUESTION = ("是否", "能否", "会否")
# verbs between a subject and a predicate that leave the subject the predicate's own: light
# verbs (实施制裁, 举行会谈), aspect and intent (继续, 宣布, 决定), and the modal verbs above;
# any other verb (谴责袭击, 反对制裁) has the subject to itself
TRANSPARENT = frozenset({
    "实施", "进行", "举行", "发动", "采取", "开展", "展开", "发起", "作出", "做出", "发表", "施加",
    "实行", "推出", "出台", "宣布", "决定", "继续", "开始", "准备", "计划", "打算", "同意", "承诺",
    "表示", "愿意", "希望", "试图", "企图", "考虑", "举办", "主持", "参加", "参与", "前往", "抵达",
    "到达", "出席", "通过", "联合", "共同", "扩大", "加强", "深化", "延长", "升级", "加大", "强化",
    "恢复", "启动", "重启", "持续", "不断", "正式", "再次", "再度", "坚持", "着手", "有意", "同步",
    "率先", "首次", "一同", "一道", "分别", "均", "已", "已经", "曾", "正在", "仍", "依然", "决心",
    "拟", "将", "会", "要", "能", "能够", "可以", "可能", "应", "应该", "必须", "需要", "敢", "想",
    "签署", "对", "向", "发出", "提出", "给予", "予以", "加以", "遭到", "受到", "遭受", "被",
    "投", "投下", "投出", "表明", "重申", "作", "做", "搞", "批准", "允许", "授权",
}) | NEG | PLANNED | POSSIBLE | PROPOSED | frozenset(QUESTION)  # fmt: skip
REPORTED = ("据报道", "据称", "据悉", "据报", "据传", "传闻", "据说", "涉嫌", "疑似", "所谓")
# words that name both parties of the last bilateral event: 两国元首签署了联合声明
BOTH = ("双方", "两国", "两国元首", "两国领导人", "两位领导人", "两国外长", "两军", "两国政府",
        "两国防长", "两国总理", "两国代表团")  # fmt: skip
PARTICLES = frozenset({"了", "过", "着"})
NOT_NP_FLAGS = frozenset({"t", "tg", "f", "m", "q", "mq", "r", "d", "ad", "p", "c", "u", "uj",
                          "ul", "x", "y", "e", "o"})  # fmt: skip

# one-character names of countries, as in 中俄, 中美关系, 对华, 访俄 (with the coverb)
ABBR = {"中": "CHN", "华": "CHN", "俄": "RUS", "美": "USA", "日": "JPN", "韩": "KOR", "朝": "PRK",
        "英": "GBR", "法": "FRA", "德": "DEU", "乌": "UKR", "印": "IND", "台": "TWN", "越": "VNM",
        "蒙": "MNG", "澳": "AUS", "欧": "IGO:EU", "哈": "KAZ", "白": "BLR", "叙": "SYR",
        "菲": "PHL"}  # fmt: skip
ABBR_COVERB = frozenset("对向与同和跟访赴驻援反抗侵来离涉在亲")
AT_PLACE = frozenset("在驻来赴访离")  # 在华, 驻华: where, not who
# characters that name a country only after some coverbs (同日 is "the same day")
SENSITIVE = {"日": frozenset("对访赴驻反抗侵援涉"), "法": frozenset("访赴驻"),
             "中": frozenset("对访赴驻反涉援"), "白": frozenset("访赴驻"),
             "台": frozenset("对向访赴驻反涉援与同")}  # fmt: skip


@dataclass(slots=True)
class _Unit:
    start: int
    end: int
    text: str
    pos: str
    flag: str


@dataclass(slots=True)
class _Match:
    entry: Predicate
    head: int  # first unit
    last: int  # last unit
    start: int  # characters of the predicate
    end: int
    objects: tuple[int, int] | None = None  # units of the required object
    object_before: bool = False
    neg_prefix: bool = False

    @property
    def tokens(self) -> list[int]:
        return list(range(self.head, self.last + 1))


@dataclass(slots=True)
class _Context:
    """What the clause around a predicate says."""

    subject: list[Weighted] = field(default_factory=list)
    coverbs: dict[str, list[Weighted]] = field(default_factory=dict)
    poss: list[Weighted] = field(default_factory=list)
    obj: list[Weighted] = field(default_factory=list)
    agent: list[Weighted] = field(default_factory=list)
    passive: bool = False
    stopped: bool = False  # the subject is named, but is no actor (双方, 两国元首)
    words: list[str] = field(default_factory=list)  # between the subject and the predicate
    heads: list[int] = field(default_factory=list)  # verbs between them (units)
    pivot: str | None = None  # the verb right before the subject (呼吁美方撤销)
    inherited: list[Weighted] = field(default_factory=list)  # the target of what it governs
    relative: list[Weighted] = field(default_factory=list)  # 来华访问的普京: 普京


def find(doc: Document, lexicon: Lexicon, actors: Actors, dates: Dates) -> list[EventMention]:
    """The event mentions of a Chinese document (``doc.parsed`` from jieba)."""
    if doc.parsed is None or not doc.parsed.tokens:
        return []
    return _Coder(doc, lexicon, actors, dates).run()


class _Coder:
    def __init__(self, doc: Document, lexicon: Lexicon, actors: Actors, dates: Dates) -> None:
        self.doc, self.text, self.dates = doc, doc.text, dates
        self.phrases: dict[str, list[Predicate]] = defaultdict(list)
        for p in lexicon.predicates:
            self.phrases["".join(p.words)].append(p)
        self.longest = max((len(k) for k in self.phrases), default=0)
        places = [a for a in Actors(doc, (*ACTING, "place")).all if a.kind == "place"]
        self.units: list[_Unit] = []
        self.acting: dict[int, list[Actor]] = defaultdict(list)
        self.places: dict[int, list[Actor]] = defaultdict(list)
        self._starts: list[int] = []
        self.pair, self.sentence = Pair(), 0
        self._build(doc.parsed.tokens, actors.all, places)
        self.timed = set()
        for s in doc.layer("timexes"):
            self.timed.update(self._overlapping(s.start, s.end))
        self.titled, depth = set(), 0  # inside 《》: a title's words are no events
        for i, u in enumerate(self.units):
            depth += (u.text == "《") - (u.text == "》")
            if depth > 0:
                self.titled.add(i)
            depth = max(depth, 0)
        self.people = [a for a in actors.all if a.kind in ("person", "surname", "role")]

    # -- units: jieba's words, with 中俄 and 对华 split into their parts ----------------------
    def _build(self, tokens: list[Any], acting: list[Actor], places: list[Actor]) -> None:
        covered = bytearray(len(self.text) + 1)  # characters inside an actor's name
        for a in (*acting, *places):
            covered[a.start : a.end] = b"\x01" * (a.end - a.start)

        def named(t: Any) -> bool:
            return any(covered[t.start : t.end])

        k = 0
        while k < len(tokens):
            t = tokens[k]
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if (len(t.text) == 1 and t.text in ABBR and nxt is not None and nxt.text == "方向"
                    and nxt.start == t.end and not named(t)):  # fmt: skip
                # jieba reads 中方向美方 as 中/方向/美方: it is 中方/向/美方
                self._add(t.start, nxt.start + 1, "PROPN", "abbr", ABBR[t.text], "side")
                self._add(nxt.start + 1, nxt.end, "ADP", "p")
                k += 2
                continue
            if named(t):
                self._add(t.start, t.end, t.pos, t.dep)
                k += 1
                continue
            both = next((n for n in (3, 2, 1) if "".join(x.text for x in tokens[k : k + n])
                         in BOTH), 0)  # fmt: skip
            if both:  # 两/国/元首: one unit, named by the last pair
                self._add(t.start, tokens[k + both - 1].end, "PROPN", "both")
                k += both
                continue
            # 中/俄 as separate one-character words
            run = k
            while (run < len(tokens) and len(tokens[run].text) == 1
                   and tokens[run].text in ABBR and not named(tokens[run])):  # fmt: skip
                run += 1
            chars = "".join(x.text for x in tokens[k:run])
            if run - k >= 2 and self._abbr_run(chars, k, tokens):
                for x in tokens[k:run]:
                    self._add(x.start, x.end, "PROPN", "abbr", ABBR[x.text], "country")
                k = run
                continue
            self._split(t, tokens[k - 1] if k else None)
            k += 1
        self._starts = [u.start for u in self.units]
        for a in acting:
            for i in self._overlapping(a.start, a.end):
                if a not in self.acting[i]:
                    self.acting[i].append(a)
        for a in places:
            for i in self._overlapping(a.start, a.end):
                self.places[i].append(a)

    def _abbr_run(self, chars: str, k: int, tokens: list[Any]) -> bool:
        isos = [ABBR[c] for c in chars]
        prev = tokens[k - 1] if k else None
        after_number = prev is not None and (prev.pos == "NUM" or prev.text[-1:].isdigit())
        return len(set(isos)) == len(isos) and not after_number and "中华" not in chars

    def _split(self, t: Any, prev: Any) -> None:
        w = t.text
        n = 0
        while n < len(w) and w[n] in ABBR:
            n += 1
        after_number = prev is not None and (prev.pos == "NUM" or prev.text[-1:].isdigit())
        if n >= 2 and self._abbr_run(w[:n], 0, []) and not after_number and w[n : n + 1] != "洲":
            for c in range(n):  # 中美关系, 中俄两国
                self._add(t.start + c, t.start + c + 1, "PROPN", "abbr", ABBR[w[c]], "country")
            if n < len(w):
                self._add(t.start + n, t.end, t.pos, t.dep)
            return
        if len(w) >= 2 and w[1] in ABBR and w[0] in SENSITIVE.get(w[1], ABBR_COVERB):  # 对华
            kind = "place" if w[0] in AT_PLACE else "country"
            self._add(t.start, t.start + 1, "ADP", "p")
            self._add(t.start + 1, t.start + 2, "PROPN", "abbr", ABBR[w[1]], kind)
            if len(w) > 2:
                self._add(t.start + 2, t.end, t.pos, t.dep)
            return
        if len(w) == 2 and w[1] == "方" and w[0] in ABBR:  # 欧方, 乌方: the government
            self._add(t.start, t.end, "PROPN", "abbr", ABBR[w[0]], "side")
            return
        if len(w) == 2 and w[0] in "愿将要并也还已均都又再" and w[1] in "同与和跟对向":
            self._add(t.start, t.start + 1, "ADV", "d")  # 愿同俄方: 愿 + 同
            self._add(t.start + 1, t.end, "ADP", "p")
            return
        if len(w) == 1 and w in ABBR and prev and prev.text in SENSITIVE.get(w, ABBR_COVERB):
            kind = "place" if prev.text in AT_PLACE else "country"
            self._add(t.start, t.end, "PROPN", "abbr", ABBR[w], kind)
            return
        self._add(t.start, t.end, t.pos, t.dep)

    def _add(self, start: int, end: int, pos: str, flag: str, iso: str | None = None,
             kind: str = "country") -> None:  # fmt: skip
        self.units.append(_Unit(start, end, self.text[start:end], pos, flag))
        if iso is not None:
            country = None if iso.startswith("IGO:") else iso
            sector = "IGO" if iso.startswith("IGO:") else None
            if kind == "side":
                sector = sector or "GOV"
            a = Actor(iso, start, end, self.text[start:end], country, sector, kind)
            (self.places if kind == "place" else self.acting)[len(self.units) - 1].append(a)

    def _overlapping(self, start: int, end: int) -> list[int]:
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        out = []
        while i < len(self.units) and self.units[i].start < end:
            if self.units[i].end > start:
                out.append(i)
            i += 1
        return out

    def _pronoun(self, i: int) -> list[Actor]:
        """他, 她: the last person named before, in this sentence or the two before it (an
        actor of the unit, made once)."""
        if i in self.acting:
            return self.acting[i]
        u = self.units[i]
        sentences = self.doc.parsed.sentences
        k = max(0, bisect.bisect_right([s for s, _ in sentences], u.start) - 1)
        since = sentences[max(0, k - 2)][0] if sentences else 0
        people = [a for a in self.people if since <= a.start and a.end <= u.start]
        if not people:
            return []
        a = people[-1]
        self.acting[i] = [Actor(a.id, u.start, u.end, u.text, a.country, a.sector, "pronoun")]
        return self.acting[i]

    # -- what a unit is -------------------------------------------------------------------
    def _is_np(self, i: int) -> bool:
        u = self.units[i]
        if i in self.acting or i in self.places:
            return True
        if u.text in ("他", "她") and self._pronoun(i):
            return True
        if i in self.timed or u.flag in NOT_NP_FLAGS or u.text in COVERBS or u.text in COORD:
            return False
        return u.pos in ("NOUN", "PROPN", "X") and u.text not in CLAUSE

    def _is_verb(self, i: int) -> bool:
        return self.units[i].flag.startswith("v") and self.units[i].text not in COVERBS

    def _np_left(self, j: int, a: int) -> int:
        """The first unit of the noun phrase that ends at ``j`` (``A和B`` included when both
        name actors and no coverb of place stands before A)."""
        s = j
        while s - 1 >= a and (self._is_np(s - 1) or (self._glue(s - 1) and s - 2 >= a
                                                       and self._is_np(s - 2))):  # fmt: skip
            s -= 1
        if s - 2 >= a and self.units[s - 1].text in COORD and self._names(s, j):
            left = s - 2
            if self._is_np(left) and self._names(self._np_left(left, a), left):
                s2 = self._np_left(left, a)
                if not (s2 - 1 >= a and self.units[s2 - 1].text in COVERBS):
                    return s2
        return s

    def _np_right(self, i: int, b: int) -> int:
        e = i
        while e + 1 < b and (self._is_np(e + 1) or (
            (self.units[e + 1].text in COORD or self._glue(e + 1)) and e + 2 < b
            and self._is_np(e + 2) and (e + 2) in self.acting
            and any(k in self.acting for k in range(i, e + 1))
        )):  # fmt: skip
            e += 1
        return e

    def _glue(self, i: int) -> bool:
        """A one-character adjective jieba cut off a title, inside a name: 俄罗斯国防部/长/别洛乌索夫."""
        u = self.units[i]
        return len(u.text) == 1 and u.pos == "ADJ" and u.text not in NEG

    def _names(self, s: int, e: int) -> bool:
        return any(k in self.acting for k in range(s, e + 1))

    def _np_actors(self, s: int, e: int, target: bool) -> list[Weighted]:
        """The actors a noun phrase names: the last name of each conjunct (Chinese heads come
        last: 俄罗斯总统普京), every country of 中俄."""
        out: list[Weighted] = []
        conj: list[int] = []
        for k in range(s, e + 2):
            if k <= e and self.units[k].text not in COORD:
                conj.append(k)
                continue
            named = [x for x in conj if x in self.acting]
            if named and all(self.units[x].flag == "abbr" for x in named):
                out += [(a, 0.9) for x in named for a in self.acting[x]]
            elif named:
                head = self.acting[named[-1]]
                country = [a for x in named[:-1] for a in self.acting[x] if a.kind == "country"]
                if country and head[0].kind == "org" and head[0].country != country[-1].id:
                    head = country[-1:]  # 乌克兰外交部 read as China's ministry: Ukraine
                out += [(a, 0.7 if a.kind == "pronoun" else 1.0) for a in head]
            elif target:
                placed = [x for x in conj if x in self.places]
                if placed:
                    out += [(a, 0.9) for a in self.places[placed[-1]]]
            conj = []
        both = [k for k in range(s, e + 1) if self.units[k].flag == "both"]
        if not out and both:  # 两国元首签署: the two parties of the last bilateral event
            u = self.units[both[0]]
            out = self.pair.named(u.start, u.end, u.text, self.sentence)
        return out

    # -- matching -------------------------------------------------------------------------
    def _candidates(self, i: int, b: int) -> list[tuple[str, int, int, bool]]:
        """(phrase, first character, last unit, negated by a prefix) of the predicates that
        start in unit ``i``, longest first."""
        w, start = self.units[i].text, self.units[i].start
        out = []
        for k in range(len(w)):
            suffix, prefix = w[k:], w[:k]
            if suffix in self.phrases and (k == 0 or k >= 2 or prefix in NEG_PREFIX):
                out.append((suffix, start + k, i, prefix in NEG_PREFIX))
            if (
                k
                and prefix in self.phrases
                and (suffix in PARTICLES or any(suffix in e.objects for e in self.phrases[prefix]))
            ):  # 达成协议: one word
                out.append((prefix, start, i, False))
        concat = w
        for j in range(i + 1, min(b, i + 4)):
            concat += self.units[j].text
            if len(concat) > self.longest:
                break
            if concat in self.phrases:
                out.append((concat, start, j, False))
        return sorted(out, key=lambda c: -len(c[0]))

    def _matches(self, a: int, b: int) -> list[_Match]:
        found: list[_Match] = []
        i = a
        while i < b:
            m = None
            if i in self.titled:
                i += 1
                continue
            for phrase, start, last, neg in self._candidates(i, b):
                m = self._entry(phrase, start, i, last, b, a)
                if m is not None:
                    m.neg_prefix = neg
                    break
            if m is None:
                i += 1
                continue
            found.append(m)
            i = m.last + 1
        # an entry's required object is not an event of its own (签署…联合声明)
        found.sort(key=lambda m: (m.objects is None, m.head))
        return absorb(
            found,
            lambda m: (*m.tokens, *(range(m.objects[0], m.objects[1] + 1) if m.objects else ())),
        )

    def _entry(self, phrase: str, start: int, i: int, last: int, b: int, a: int) -> _Match | None:
        end = start + len(phrase)
        best = None  # (rank, match)
        for e in self.phrases[phrase]:
            m = _Match(e, i, last, start, end)
            if not e.objects:
                rank: tuple = (1, 0, 0)
            else:
                hit = self._object(e, end, self.units[b - 1].end, after=True)
                before = False
                if hit is None:
                    hit = self._object(e, self.units[a].start, start, after=False)
                    before = True
                if hit is None:
                    continue
                rank = (0, hit[0] if not before else 10**9 - hit[0], -hit[1])
                m.objects, m.object_before = hit[2], before
            if best is None or rank < best[0]:
                best = (rank, m)
        return best[1] if best else None

    def _object(self, e: Predicate, lo: int, hi: int, after: bool) -> tuple | None:
        """(first character, length, units) of the object of ``e`` nearest the predicate."""
        best = None
        for o in e.objects:
            pos = self.text.find(o, lo, hi) if after else self.text.rfind(o, lo, hi)
            while pos >= 0:
                units = self._overlapping(pos, pos + len(o))
                if units and self.units[units[-1]].end == pos + len(o):
                    key = pos if after else -pos
                    if best is None or (key, -len(o)) < (best[0], -best[1]):
                        best = (key, len(o), (units[0], units[-1]))
                    break
                pos = self.text.find(o, pos + 1, hi) if after else self.text.rfind(o, lo, pos)
        if best is None:
            return None
        return (abs(best[0]), best[1], best[2])

    # -- the clause around a predicate ----------------------------------------------------
    def _context(self, m: _Match, a: int, b: int, starts: set[int]) -> _Context:
        ctx = _Context()
        opaque = False  # a verb crossed on the way has the subject to itself
        crossed: str | None = None  # the nearest verb crossed
        j = m.head - 1
        while j >= a:
            u = self.units[j]
            if j in self.timed or u.pos == "NUM" or u.text in PARTICLES:
                j -= 1
                continue
            if u.text in PLANNED | POSSIBLE | PROPOSED and j not in self.acting:
                ctx.words.append(u.text)  # 美国计划(n)对中国加征关税
                j -= 1
                continue
            if u.text == "的" and j - 1 >= a and self._is_np(j - 1):
                s = self._np_left(j - 1, a)
                prev = self.units[s - 1].text if s - 1 >= a else ""
                if prev in COVERBS:  # 对俄罗斯的制裁: a coverb phrase, not a possessor
                    if prev != "被":
                        ctx.coverbs.setdefault(prev, self._np_actors(s, j - 1, True))
                    j = s - 2
                    continue
                if self._names(s, j - 1):
                    ctx.poss = ctx.poss or self._np_actors(s, j - 1, False)
                j = s - 1
                continue
            if self._is_np(j) and j not in starts:
                s = self._np_left(j, a)
                acts = self._np_actors(s, j, False)
                while s - 1 > a and self.units[s - 1].flag in ("m", "mq", "q"):
                    s -= 1  # 将[多家]中国企业: numbers and measures belong to the phrase
                prev = self.units[s - 1].text if s - 1 >= a else ""
                if prev == "被" or prev in PASSIVE_V:
                    opaque = self._passive(ctx, crossed, acts, opaque)
                    j = s - 2
                    continue
                if prev in COVERBS:
                    role = "将" if prev == "把" else prev
                    if role in ctx.coverbs and role not in LOCATIVE and acts and not opaque:
                        ctx.subject = acts  # 对[美方对中国企业实施制裁]: 美方 acts
                        break
                    ctx.coverbs.setdefault(role, self._np_actors(s, j, True))
                    j = s - 2
                    continue
                if prev == "的" and acts:
                    # 同[来华进行国事访问的]普京: the coverb before the relative clause
                    k = next((k for k in range(s - 2, a - 1, -1) if self.units[k].text in PARTNER),
                             None)  # fmt: skip
                    if k is not None and not self._names(k + 1, s - 2):
                        ctx.coverbs.setdefault(self.units[k].text, self._np_actors(s, j, True))
                        j = k - 1
                        continue
                if acts:
                    ctx.subject = acts
                    if s - 1 >= a and self._is_verb(s - 1):
                        ctx.pivot = prev
                    elif opaque:  # 中方谴责袭击: whoever attacked, not 中方
                        ctx.subject, ctx.stopped = [], True
                    break
                if not any(self._is_np(k) or k in self.acting for k in range(a, s)):
                    ctx.stopped = True  # 双方签署: named, but not an actor
                    if s - 1 >= a and self._is_verb(s - 1):
                        ctx.pivot = prev  # 呼吁西方国家提供: still a call
                    break
                ctx.words += [x.text for x in self.units[s : j + 1]]  # 美国计划(n)对中国…
                j = s - 1
                continue
            if u.text == "被" or u.text in PASSIVE_V:
                opaque = self._passive(ctx, crossed, [], opaque)
            elif self._is_verb(j) or j in starts:
                ctx.heads.append(j)
                crossed = crossed or u.text
                if u.text in CALLED | ALLEGE:
                    opaque = True  # 呼吁撤销制裁: whoever is called on, not the caller
                elif u.text not in TRANSPARENT | THREAT | DENY | REFUSE:
                    opaque = True
            ctx.words.append(u.text)
            j -= 1
        if opaque and not ctx.subject:
            ctx.stopped = True
        skip = range(m.objects[0], m.objects[1] + 1) if m.objects else range(0)
        ctx.obj = self._forward(m.last + 1, b, starts, ctx, skip)
        if ctx.relative:  # 来华访问的普京: the relative clause is the head noun's act
            ctx.subject, ctx.stopped, ctx.pivot = ctx.relative, False, None
        if ctx.passive:
            ctx.subject, ctx.obj = ctx.agent, ctx.subject
        return ctx

    @staticmethod
    def _passive(ctx: _Context, crossed: str | None, agent: list[Weighted], opaque: bool) -> bool:
        """被 (X) or 遭到 (X) on the way back: the predicate's own passive when no verb was
        crossed; 俄罗斯被美国指责支持朝鲜: the accused is 支持's subject. Returns ``opaque``."""
        if crossed is None:
            ctx.passive, ctx.agent = True, ctx.agent or agent
            return opaque
        if crossed in CALLED | ALLEGE:
            ctx.pivot = crossed
            return False
        return opaque

    def _forward(
        self, j: int, b: int, starts: set[int], ctx: _Context, skip: range
    ) -> list[Weighted]:
        """The first actor after the predicate: its object (not one after 在, 于, 从); the
        coverb phrases on the way go to ``ctx`` (威胁对中国加征关税)."""
        while j < b:
            u = self.units[j]
            if j in starts:
                break
            if j in skip:
                j += 1
                continue
            if u.text == "《":  # a title names no party: 《中华人民共和国和俄罗斯联邦……联合声明》
                while j < b and self.units[j].text != "》":
                    j += 1
                j += 1
                continue
            if u.text in COVERBS and j + 1 < b and self._is_np(j + 1):
                e = self._np_right(j + 1, b)
                if u.text != "被":
                    ctx.coverbs.setdefault(u.text, self._np_actors(j + 1, e, True))
                j = e + 1
                continue
            if u.text == "的":  # 访问中国的普京: the predicate is a relative clause on 普京
                if j + 1 < b and self._is_np(j + 1):
                    ctx.relative = self._np_actors(j + 1, self._np_right(j + 1, b), False)
                break
            if self._is_np(j) and j not in self.timed:
                e = self._np_right(j, b)
                acts = self._np_actors(j, e, True)
                if acts:
                    return acts
                j = e + 1
                continue
            if self._is_verb(j) and not (j + 1 < b and self.units[j + 1].text == "的"):
                break
            j += 1
        return []

    def _clause_subject(self, a: int, b: int) -> tuple[list[Weighted], bool]:
        """The actor a clause opens with (skipping times, adverbs and places), and whether it
        opens with a subject that names no actor."""
        j = a
        while j < b:
            u = self.units[j]
            if j in self.timed or u.pos == "NUM" or u.flag in ("d", "ad", "c"):
                j += 1
                continue
            if u.text in LOCATIVE and j + 1 < b and self._is_np(j + 1):
                j = self._np_right(j + 1, b) + 1
                continue
            if self._is_np(j):
                e = self._np_right(j, b)
                acts = self._np_actors(j, e, False)
                return acts, not acts
            return [], False
        return [], False

    # -- events ---------------------------------------------------------------------------
    def run(self) -> list[EventMention]:
        out: list[EventMention] = []
        for k, sent in enumerate(self.doc.parsed.sentences):
            self.sentence = k
            lo = bisect.bisect_left(self._starts, sent[0])
            hi = bisect.bisect_left(self._starts, sent[1])
            clauses, a = [], lo
            for k in range(lo, hi + 1):
                if k == hi or self.units[k].text in CLAUSE:
                    if k > a:
                        clauses.append((a, k))
                    a = k + 1
            found: dict[tuple, EventMention] = {}
            opened: list[tuple[list[Weighted], bool]] = []
            for c, (a, b) in enumerate(clauses):
                opened.append(self._clause_subject(a, b))
                matches = self._matches(a, b)
                starts = {m.head for m in matches}
                ctxs = {id(m): self._context(m, a, b, starts) for m in matches}
                for m in matches:
                    threat(m, matches, ctxs)
                for m in matches:
                    ctx = ctxs[id(m)]
                    if not ctx.subject and not ctx.stopped and not ctx.passive:
                        for subj, stopped in reversed(opened[:-1]):
                            if subj or stopped:
                                ctx.subject = [(x, w * 0.85) for x, w in subj]
                                break
                    inner = embedded(m, matches, ctxs)
                    if inner is not None and not self._roles(m, m.entry.target, ctx):
                        ictx = ctxs[id(inner)]
                        ctx.inherited = inherited_targets(
                            m,
                            self._roles(inner, inner.entry.source, ictx),
                            self._roles(inner, inner.entry.target, ictx),
                        )
                    for ev in self._events(m, ctx, sent, clauses, c):
                        key = (ev.cameo, ev.source, ev.target, ev.negated, ev.modality)
                        if key not in found or found[key].confidence < ev.confidence:
                            found[key] = ev
                        self.pair.saw(ev, self.sentence)
            out += found.values()
        return out

    def _roles(self, m: _Match, roles: tuple[str, ...], ctx: _Context) -> list[Weighted]:
        for role in roles:
            name = role.rstrip("!")
            if name.startswith("="):
                iso = name[1:].upper()
                a = Actor(iso, m.start, m.end, self.text[m.start : m.end], iso, None, "country")
                return [(a, 0.9)]
            if name == "subject":
                found = ctx.subject
            elif name == "object":
                found = ctx.obj
            elif name == "poss":
                found = ctx.poss
            elif name == "compound":
                found = ctx.subject if m.entry.pos == "noun" else []
            else:
                found = ctx.coverbs.get(name, [])
            if found:
                seen: dict[tuple[str, int], Weighted] = {}
                for a, w in found:
                    seen.setdefault((a.id, a.start), (a, w))
                return list(seen.values())
        return []

    def _modality(self, m: _Match, ctx: _Context, sent: tuple[int, int]) -> tuple[bool, str | None]:
        words = set(ctx.words)
        verbs = {self.units[h].text for h in ctx.heads}
        negated = m.neg_prefix or bool(words & NEG) or bool(verbs & REFUSE - {"反对"})
        before = self.text[sent[0] : m.start]
        modality = None
        if ctx.pivot in CALLED:
            modality = "called_for"
        elif ctx.pivot in ALLEGE or verbs & ALLEGE:
            modality = "reported"
        elif verbs & THREAT or ctx.pivot in THREAT:
            modality = "threatened"
        elif verbs & DENY or ctx.pivot in DENY:
            modality = "denied"
        elif words & CALLED and not ctx.subject:
            modality = "called_for"
        elif words & PLANNED:
            modality = "planned"
        elif words & POSSIBLE:
            modality = "possible"
        elif words & PROPOSED:
            modality = "proposed"
        elif any(w in before for w in REPORTED):
            modality = "reported"
        sentence = self.text[sent[0] : sent[1]].rstrip()
        if modality in (None, "planned") and (
            sentence.endswith(("？", "?", "吗。", "吗")) or any(w in before for w in QUESTION)
        ):
            modality = "question"
        return negated, modality

    def _date(self, m: _Match, sent: tuple[int, int], clauses: list, c: int) -> dict[str, object]:
        spans = self.dates.in_sentence(*sent)
        a, b = clauses[c]
        lo, hi = self.units[a].start, self.units[b - 1].end
        here = [s for s in spans if s.start >= lo and s.end <= hi]
        if here:  # the first before the predicate (5月16日至17日: the 16th), else the nearest
            before = [s for s in here if s.start < m.start]
            best = before[0] if before else min(here, key=lambda s: s.start - m.start)
            return common.date_fields(best, self.dates.published)
        earlier = [s for s in spans if s.end <= lo]
        if earlier:
            return common.date_fields(earlier[-1], self.dates.published)
        return common.date_fields(None, self.dates.published)

    def _events(
        self, m: _Match, ctx: _Context, sent: tuple[int, int], clauses: list, c: int
    ) -> list[EventMention]:
        e = m.entry
        # 美方的单边制裁, 美方的无端指责: the possessor does it, whatever the subject does
        poss_first = ctx.poss and not ctx.passive
        sources = self._roles(m, ("poss",) if poss_first else e.source, ctx)
        targets = self._roles(m, e.target, ctx)
        if any(r.endswith("!") for r in e.target) and not targets:
            return []
        targets = targets or ctx.inherited
        if not targets and len({a.id for a, _ in sources}) < 2:
            e = solo(e)
        found = pairs(sources, targets, e.symmetric)
        if not found:
            return []
        negated, modality = self._modality(m, ctx, sent)
        start, end = m.start, m.end
        if m.objects and not m.object_before and m.objects[0] - m.last <= 3:
            end = self.units[m.objects[1]].end
        obj = None
        if m.objects:
            obj = self.text[self.units[m.objects[0]].start : self.units[m.objects[1]].end]
            obj = next((o for o in sorted(e.objects, key=len, reverse=True) if o in obj), obj)
        trigger = "".join(e.words) + (f"/{obj}" if obj else "")
        base = 0.8 if m.object_before else 1.0
        when = self._date(m, sent, clauses, c)
        out = []
        for s, t in found:
            if t is None and e.category in NEEDS_TARGET:
                continue
            conf = base * (s[1] if s else MISSING) * (t[1] if t else MISSING)
            out.append(common.mention(
                e, start, end, sent, s[0] if s else None, t[0] if t else None,
                negated=negated, modality=modality, confidence=round(conf, 2),
                trigger=trigger, **when,
            ))  # fmt: skip
        return out
