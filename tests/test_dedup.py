from detente.dedup import band_keys, signature, similarity

STORY = " ".join(
    f"Paragraph {i}: the delegations met in Beijing to discuss gas supplies, pipeline routes and "
    f"payment in national currencies, officials from both sides said on day {i}."
    for i in range(12)
)


def test_near_duplicate_with_extra_paragraph_and_chrome():
    other = (
        "Listen Live. Donate. " + STORY + " An extra closing paragraph about the weather in Moscow."
    )
    sim = similarity(STORY, other)
    assert sim.is_duplicate
    shared = set(band_keys(signature(STORY))) & set(band_keys(signature(other)))
    assert shared, "LSH must propose the republished story as a candidate"


def test_different_stories_are_not_duplicates():
    other = " ".join(
        f"Section {i}: the trade ministers reviewed soybean tariffs and port fees in Vladivostok, "
        f"and no agreement was reached in round {i}."
        for i in range(12)
    )
    assert not similarity(STORY, other).is_duplicate


def test_short_texts_are_never_called_duplicates():
    assert not similarity("Xi met Putin.", "Xi met Putin today.").is_duplicate


def test_chinese_text_shingles_by_character():
    a = "中国和俄罗斯在北京签署了联合声明，双方表示两国友谊没有止境，合作没有禁区。" * 3
    assert similarity(a, a + "外交部发言人表示欢迎。").is_duplicate
