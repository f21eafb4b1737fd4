"""The NLP layer: one pipeline per language, offsets into the text, long texts in chunks."""

import pytest

from detente import nlp
from detente.errors import ConfigError


def test_english_sentences_and_entities():
    text = "Russian President Vladimir Putin met Xi Jinping in Moscow. The talks went well."
    [p] = nlp.parse([text], "en")
    assert [text[s:e] for s, e in p.sentences] == [
        "Russian President Vladimir Putin met Xi Jinping in Moscow.",
        "The talks went well.",
    ]
    found = {(text[e.start : e.end], e.label) for e in p.entities}
    assert {("Vladimir Putin", "PER"), ("Moscow", "GPE")} <= found


def test_russian_entities_have_dictionary_forms():
    text = "Владимир Путин встретился в Пекине с Си Цзиньпином."
    [p] = nlp.parse([text], "ru")
    normal = {text[e.start : e.end]: (e.label, e.normal) for e in p.entities}
    assert normal["Пекине"] == ("LOC", "Пекин")
    assert normal["Си Цзиньпином"] == ("PER", "Си Цзиньпин")
    assert all(text[t.start : t.end] == t.text for t in p.tokens)


def test_chinese_words_keep_registry_names_whole():
    text = "外交部发言人汪文斌表示，中方愿同俄方加强合作。普京在北京会见习近平。"
    [p] = nlp.parse([text], "zh")
    words = [t.text for t in p.tokens]
    assert {"汪文斌", "普京", "习近平", "中方"} <= set(words)
    assert [text[s:e] for s, e in p.sentences][1] == "普京在北京会见习近平。"
    people = {text[e.start : e.end] for e in p.entities if e.label == "PER"}
    assert {"普京", "习近平"} <= people


def test_long_single_line_is_parsed_in_chunks_with_right_offsets():
    sentence = (
        "Russian President Vladimir Putin met officials in Moscow on Tuesday to discuss gas. "
    )
    text = sentence * 2000  # ~170k characters, one line
    assert len(nlp.chunks(text)) > 1
    [p] = nlp.parse([text], "en", parser=False)
    putin = [e for e in p.entities if text[e.start : e.end] == "Vladimir Putin"]
    assert len(putin) > 1900  # found all along the line, offsets right in every chunk
    assert all(e.end <= len(text) for e in p.entities)


@pytest.mark.parametrize("text", ["", "x", "  \n ", "中", "!!!"])
def test_tiny_texts(text):
    for lang in ("en", "ru", "zh"):
        [p] = nlp.parse([text], lang)
        assert p.entities == [] or all(e.end <= len(text) for e in p.entities)


def test_missing_spacy_model_is_a_clear_error():
    old = nlp.spacy_model()
    nlp.configure(spacy_model="no_such_model_xyz")
    try:
        with pytest.raises(ConfigError, match=r"no_such_model_xyz.*not installed"):
            nlp.parse(["Hello there."], "en")
    finally:
        nlp.configure(spacy_model=old)
