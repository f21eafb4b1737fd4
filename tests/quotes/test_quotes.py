"""The quote stage: direct, partial and indirect speech with their speakers (en, ru, zh)."""

import pytest

from detente.document import Document
from detente.pipeline import analyze

NEWS = """BEIJING — Chinese leader Xi Jinping and Russian President Vladimir Putin met on Friday.
“It is a marriage of convenience,” said Joseph Torigian, a historian at American University. “Neither side trusts the other.”
Torigian added that the statement was “a declaration of intent” rather than an alliance.
Chinese Foreign Ministry spokesperson Hua Chunying said: “China's position is objective and fair.”
“We will not be lectured,” she told reporters, “by countries that start wars.”
According to Irina Markova, an analyst at a Moscow consultancy, the gas deal is far from done.
Says Markova: “Price is everything.”
The “no limits” partnership was signed in the Great Hall, where Xi read from “The Governance of China.”
Lavrov warned that Moscow would respond to any new sanctions. Analysts said the move was symbolic.
“The Chinese side wants stability.
“It does not want a war in Europe,” Wang Wenbin said."""


def run(text, lang="en", **kw):
    doc = Document(
        text=text, origin="t", format="text", language=lang, published="2022-02-04", **kw
    )
    analyze([doc])
    return doc


def by_text(doc):
    return {doc.text[s.start : s.end]: (s.label, s.data) for s in doc.layer("quotes")}


@pytest.fixture(scope="module")
def news():
    return by_text(run(NEWS))


def test_direct_quote_with_inverted_attribution_and_description(news):
    kind, d = news["It is a marriage of convenience,"]
    assert kind == "direct" and d["speaker_actor"] == "person:joseph-torigian"
    assert d["speaker_description"] == "a historian at American University"
    assert d["cue"] == "said"


def test_the_next_quoted_sentence_keeps_its_speaker(news):
    assert news["Neither side trusts the other."][1]["speaker_actor"] == "person:joseph-torigian"


def test_partial_quote_under_a_speech_verb(news):
    kind, d = news["a declaration of intent"]
    assert kind == "partial" and d["speaker_actor"] == "person:joseph-torigian"


def test_colon_attribution_pronoun_and_split_quote(news):
    assert news["China's position is objective and fair."][1]["speaker_actor"] == (
        "person:hua-chunying"
    )
    for part in ("We will not be lectured,", "by countries that start wars."):
        kind, d = news[part]
        assert kind == "direct" and d["speaker_actor"] == "person:hua-chunying"
        assert d["speaker_text"] == "she" and d["cue"] == "told reporters"
        assert (d["speaker_country"], d["speaker_sector"]) == ("CHN", "GOV")


def test_according_to_and_says_x(news):
    kind, d = news["the gas deal is far from done"]
    assert kind == "indirect" and d["cue"] == "according to"
    assert d["speaker"] == "Irina Markova"
    assert news["Price is everything."][1]["speaker"] == "Irina Markova"


def test_scare_quotes_and_titles_have_no_speaker(news):
    assert news["no limits"] == ("scare", news["no limits"][1])
    assert "speaker" not in news["no limits"][1]
    assert news["The Governance of China."][0] in ("title", "scare")


def test_indirect_speech(news):
    kind, d = news["that Moscow would respond to any new sanctions"]
    assert kind == "indirect" and d["speaker_actor"] == "person:sergei-lavrov"
    kind, d = news["the move was symbolic"]
    assert kind == "indirect" and d["speaker"] == "Analysts" and "speaker_actor" not in d


def test_multi_paragraph_quote(news):
    text = "The Chinese side wants stability.\n“It does not want a war in Europe,"
    kind, d = news[text]
    assert kind == "direct" and d["speaker_actor"] == "person:wang-wenbin"


def test_scholarly_we_is_the_authors():
    doc = run(
        "We argue that secondary sanctions worked mainly through anticipatory compliance.",
        kind="scholarly",
        authors=["Ana Ruiz", "Li Ming"],
    )
    [(kind, d)] = by_text(doc).values()
    assert kind == "indirect" and d["speaker"] == "Ana Ruiz, Li Ming"


def test_russian():
    q = by_text(
        run(
            "«Это важный шаг», — сказал Песков. Министр иностранных дел России Сергей Лавров "
            "заявил: «Мы не позволим этого». Он назвал соглашение «дружбой без границ». Путин "
            "заявил, что Россия готова к переговорам. По словам Ирины Полозовой, доцента МГУ, "
            "сделка выгодна обеим сторонам.",
            "ru",
        )
    )
    assert q["Это важный шаг"][1]["speaker_actor"] == "person:dmitry-peskov"
    lavrov = q["Мы не позволим этого"][1]
    assert lavrov["speaker_actor"] == "person:sergei-lavrov"
    assert lavrov["speaker_description"] == "Министр иностранных дел России"
    assert q["дружбой без границ"] == ("partial", q["дружбой без границ"][1])
    assert q["что Россия готова к переговорам"][1]["speaker_actor"] == "person:vladimir-putin"
    assert q["сделка выгодна обеим сторонам"][1]["cue"] == "по словам"


def test_chinese():
    q = by_text(
        run(
            "外交部发言人汪文斌表示，中方愿同俄方加强合作。“我们反对任何单边制裁。”他说。"
            "普京说：“俄中关系处于历史最高水平。”据俄罗斯总统助理乌沙科夫介绍，双方签署了多项协议。"
            "中方称之为“新时代”。",
            "zh",
        )
    )
    assert q["中方愿同俄方加强合作"] == ("indirect", q["中方愿同俄方加强合作"][1])
    assert q["我们反对任何单边制裁。"][1]["speaker_actor"] == "person:wang-wenbin"  # 他
    assert q["俄中关系处于历史最高水平。"][1]["speaker_actor"] == "person:vladimir-putin"
    assert q["双方签署了多项协议"][1]["speaker_actor"] == "person:yuri-ushakov"
