"""What the quote stage finds: :class:`Quote` s, and the words that introduce speech."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

KINDS = ("direct", "partial", "indirect", "scare", "title")

# verbs that report what someone said or wrote (lemmas); "call" and its kin only take partial
# quotes ("called the ties 'a marriage of convenience'")
SPEECH_VERBS = {
    "say", "tell", "add", "state", "declare", "note", "warn", "argue", "write", "explain",
    "insist", "claim", "ask", "reply", "respond", "answer", "comment", "stress", "emphasize",
    "emphasise", "observe", "recall", "suggest", "acknowledge", "admit", "announce", "conclude",
    "continue", "remark", "quip", "joke", "complain", "predict", "vow", "promise", "caution",
    "urge", "tweet", "post", "report", "confirm", "deny", "assert", "contend", "maintain",
    "allege", "accuse", "charge", "reiterate", "reaffirm", "pledge", "threaten", "demand",
    "concede", "counter", "retort", "mention", "told", "testify", "signal", "hint", "indicate",
    "believe", "think", "estimate", "point", "reckon", "put", "summarize", "quote",
    "describe", "call", "dub", "term", "label", "brand", "characterize", "characterise",
    "show", "find", "know", "learn", "reveal", "expect", "hope", "fear", "worry", "feel",
    "realize", "realise", "understand", "suspect", "doubt", "assume", "decide", "determine",
    "forecast", "project", "recognize", "recognise", "discover", "hear", "disclose", "cite",
    "agree", "guarantee", "assure", "inform", "advise", "recommend", "propose",
    "want", "plan", "intend", "refuse", "offer", "seek", "order", "instruct", "request",
}  # fmt: skip
# verbs whose content is an infinitive clause: "urged supporters to monitor polling places"
INTENT_VERBS = {
    "urge", "vow", "promise", "pledge", "threaten", "ask", "call", "want", "plan", "intend",
    "hope", "refuse", "agree", "offer", "demand", "propose", "recommend", "seek", "order",
    "instruct", "request", "warn", "advise", "decide",
}  # fmt: skip
NAMING_VERBS = {"call", "dub", "term", "label", "brand", "describe", "characterize", "characterise"}
# verbs that need their clause to be speech: "think", "believe" report views only with a ccomp
OPINION_VERBS = {"believe", "think", "estimate", "reckon", "suggest", "indicate"}

RU_SPEECH = {
    "сказать", "заявить", "отметить", "подчеркнуть", "добавить", "сообщить", "пояснить",
    "написать", "указать", "предупредить", "призвать", "говорить", "рассказать", "ответить",
    "признать", "заметить", "считать", "уточнить", "напомнить", "констатировать", "заверить",
    "выразить", "обвинить", "назвать", "утверждать", "объяснить", "подтвердить", "опровергнуть",
    "сообщать", "заявлять", "говорится", "полагать", "настаивать", "упрекнуть",
    "напоминать", "отмечать", "подчеркивать", "подчёркивать", "добавлять", "называть",
    "объяснять", "признавать", "предупреждать", "указывать", "уверять", "писать", "пояснять",
    "рассказывать", "отвечать", "подтверждать", "оценивать", "оценить",
}  # fmt: skip
ZH_SPEECH = {
    "说", "表示", "指出", "强调", "称", "认为", "介绍", "透露", "说道", "表明", "宣布", "声称", "提到", "提醒",
    "证实", "宣称", "承认", "看来",
    "回应", "回答", "警告", "呼吁", "重申", "坦言", "直言", "批评", "谴责", "称赞", "写道", "告诉",
    "评论", "补充", "补充道", "解释", "说明", "披露", "否认", "援引",
}  # fmt: skip


@dataclass(slots=True)
class Quote:
    """One quotation or report of speech, with offsets into the document's text."""

    start: int  # the content, without quotation marks
    end: int
    kind: str  # direct, partial, indirect, scare, title
    speaker: str | None = None  # the speaker's name as the actor is known (or as the text says)
    speaker_actor: str | None = None  # actor id
    speaker_description: str | None = None  # "a historian at American University"
    speaker_country: str | None = None  # ISO3 (or IGO) the speaker spoke for, at that date
    speaker_sector: str | None = None
    speaker_text: str | None = None  # the words that name the speaker here ("she", "Torigian")
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None  # "said", "told reporters", "according to", "wrote in a report"
    cue_start: int | None = None
    cue_end: int | None = None
    confidence: float = 1.0

    def data(self) -> dict[str, Any]:
        out = {
            "speaker": self.speaker,
            "speaker_actor": self.speaker_actor,
            "speaker_description": self.speaker_description,
            "speaker_country": self.speaker_country,
            "speaker_sector": self.speaker_sector,
            "speaker_text": self.speaker_text,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "cue": self.cue,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "confidence": round(self.confidence, 2),
        }
        return {k: v for k, v in out.items() if v is not None}
