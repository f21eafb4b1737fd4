"""Quotation marks in every script, nested, over paragraphs; apostrophes are not quotes."""

import pytest

from detente.quotes.marks import find_quotes


def quoted(text):
    return [(q.depth, text[q.start : q.end]) for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("“A marriage of convenience,” he said.", [(0, "A marriage of convenience,")]),
        ('Putin said: "We will not." It was 12" long.', [(0, "We will not.")]),
        ("«Это важный шаг», — сказал он.", [(0, "Это важный шаг")]),
        ("他说：“我们愿加强合作。”", [(0, "我们愿加强合作。")]),
        ("外交部称「这是‘新时代’的关系」。", [(0, "这是‘新时代’的关系"), (1, "新时代")]),
        ("„Ja“, sagte er.", [(0, "Ja")]),
        ("Russia’s stance doesn’t change; the countries’ leaders met.", []),
        ("“He said ‘never’ twice,” she noted.", [(0, "He said ‘never’ twice,"), (1, "never")]),
        ("''If you throw obstacles,'' he told me.", [(0, "If you throw obstacles,")]),
        ("``A treebank quote,'' she said.", [(0, "A treebank quote,")]),
    ],
)
def test_find_quotes(text, expected):
    assert quoted(text) == expected


def test_a_quote_over_paragraphs_is_one_quote():
    text = "“First part of a long quote.\n“Second part, still quoting,” she said.\nNext."
    [q] = find_quotes(text)
    assert [text[s:e] for s, e in q.parts] == [
        "First part of a long quote.",
        "Second part, still quoting,",
    ]


def test_an_unclosed_quote_ends_with_its_paragraph():
    text = "“Unclosed quote runs on\nA new paragraph with no quotes."
    assert quoted(text) == [(0, "Unclosed quote runs on")]
