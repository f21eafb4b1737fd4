"""Line cleaning of plain-text page dumps (detente.clean)."""

import pytest

from detente.clean import clean_lines, clean_text, normalize_text, parse_date_line, person_name


def labels(text: str) -> dict[str, str]:
    return {ln.text: ln.label for ln in clean_text(text).lines if ln.text}


def test_normalize_text_unifies_white_space_and_removes_controls():
    raw = "Caf\u0065\u0301\r\nline\u00a0two\t\x07end\u200b\n\n\n\nlast  "
    assert normalize_text(raw) == "Café\nline two end\n\nlast"


@pytest.mark.parametrize(
    "line,expected",
    [
        ("February 4, 20229:00 AM ET", ("2022-02-04", "published")),  # glued as browsers copy it
        ("Published 21 May 2014", ("2014-05-21", "published")),
        ("Updated March 22, 2023 at 5:10 p.m. EDT", ("2023-03-22", "updated")),
        ("2024-05-17 08:30 GMT", ("2024-05-17", "published")),
        ("4 февраля 2022, 18:40", ("2022-02-04", "published")),
        ("2024年10月23日 21:15", ("2024-10-23", "published")),
        ("© 2023 Harbor Public Radio", None),  # a copyright year is never a date line
        ("Copyright 2022 Eastline Wire. All rights reserved.", None),
        ("The talks began on March 3, 2022 and ended two days later in Minsk.", None),
        ("4/2/2022", None),  # ambiguous day/month order: not guessed
    ],
)
def test_parse_date_line(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    "text,name",
    [
        ("Mara Lindqvist", "Mara Lindqvist"),
        ("Ivan Petrov in Moscow", "Ivan Petrov"),
        ("Eastline Wire Staff", None),
        ("Reuters", None),
        ("the news desk", None),
        ("李明", "李明"),
        ("新华社", None),
    ],
)
def test_person_name_accepts_people_only(text, name):
    assert person_name(text) == name


def test_plain_prose_passes_through_unchanged():
    prose = (
        "A short essay on patience\n\n"
        "Most agreements that lasted were prepared over years of meetings between officials "
        "whose names nobody remembers.\n\nSummits only signed what had already been agreed."
    )
    res = clean_text(prose)
    assert not res.page_dump
    assert res.title == "A short essay on patience"
    assert res.text == prose  # the title stays in the body of plain prose
    assert res.published is None and res.authors == []


def test_page_dump_chrome_goes_and_metadata_is_gathered():
    dump = "\n".join(
        [
            "Skip to main content",
            "Play Live Radio",
            "Next Up:",
            "0:00",
            "0:00 0:00",
            "Listen Live",
            "Donate",
            "World",
            "Gazprom and CNPC sign a thirty-year gas supply contract",
            "May 21, 20143:10 PM ET",
            "By Anna Keller and Li Wei",
            "Listen · 3:45",
            "Facebook",
            "Twitter",
            "Presidents Putin and Xi attend the signing ceremony in Shanghai on Wednesday.",
            "Dmitri Orlov / Pool via Getty Images",
            "hide caption",
            "toggle caption",
            "Presidents Putin and Xi attend the signing ceremony in Shanghai on Wednesday.",
            "Dmitri Orlov / Pool via Getty Images",
            "",
            "SHANGHAI — Russia and China signed a thirty-year agreement on Wednesday under which "
            "Gazprom will send natural gas to CNPC through a new pipeline, ending a decade of talks.",
            "",
            "Advertisement",
            "",
            '"This is the biggest contract in the history of our gas industry," Putin told '
            "reporters after the ceremony, without giving the price.",
            "",
            "Related stories",
            "Why the pipeline took ten years",
            "Europe watches the eastern route",
            "",
            "Analysts estimated the value of the deal at about four hundred billion dollars over "
            "its lifetime, a figure neither company confirmed.",
            "",
            "Olga Sidorova contributed reporting from Moscow.",
            "Anna Keller is Harbor Public Radio's Beijing correspondent.",
            "Copyright 2014 Harbor Public Radio. To see more, visit https://harbor.example.",
            "© 2024 Harbor Public Radio",
            "Terms of Use",
        ]
    )
    res = clean_text(dump)
    assert res.page_dump
    assert res.title == "Gazprom and CNPC sign a thirty-year gas supply contract"
    assert res.authors == ["Anna Keller", "Li Wei"]
    assert res.contributors == ["Olga Sidorova"]
    assert res.published == "2014-05-21"
    assert res.publisher == "Harbor Public Radio"
    assert res.captions == [
        "Presidents Putin and Xi attend the signing ceremony in Shanghai on Wednesday."
    ]
    body = res.text
    assert body.startswith("SHANGHAI — Russia and China signed")
    assert body.endswith("a figure neither company confirmed.")
    for chrome in (
        "0:00",
        "Listen",
        "Getty",
        "caption",
        "Advertisement",
        "Related",
        "Why the",
        "contributed",
        "correspondent",
        "Copyright",
        "Terms",
        "Facebook",
        "Donate",
    ):
        assert chrome not in body, chrome
    assert body.count("\n\n") == 2  # three paragraphs, still apart


def test_copyright_year_is_not_a_publication_date():
    dump = (
        "Home\nWorld\nSign in\nTalks resume in Valmora\nShare this article\n"
        "Negotiators returned to the table in Valmora on Tuesday, two weeks after the previous "
        "round collapsed over inspection rules for cargo ships.\n"
        "© 2023 Eastline Wire. All rights reserved.\n"
    )
    res = clean_text(dump)
    assert res.published is None
    assert res.publisher == "Eastline Wire"


def test_updated_line_is_used_only_when_no_published_line():
    base = (
        "Menu\nSearch\nSign in\nGrain deal collapses\n{dates}\n"
        "Russia said on Monday it would no longer take part in the arrangement that let "
        "Ukrainian grain leave Black Sea ports, a year after it was signed in Istanbul.\n"
        "© 2023 Continental Ledger\n"
    )
    assert clean_text(base.format(dates="Updated July 18, 2023")).published == "2023-07-18"
    both = "Published July 17, 2023\nUpdated July 18, 2023"
    assert clean_text(base.format(dates=both)).published == "2023-07-17"


def test_staff_and_outlet_bylines_name_no_author():
    dump = (
        "Home\nWorld\nSubscribe\nSanctions widen to more banks\nBy Continental Ledger Staff\n"
        "Washington added a dozen banks to its sanctions list on Friday, officials said, in a "
        "move aimed at payments that help Moscow buy machine tools abroad.\n© 2024 Continental Ledger\n"
    )
    res = clean_text(dump)
    assert res.authors == []
    assert "Staff" not in res.text


def test_separator_and_table_debris_lines_are_dropped():
    res = clean_lines(["||", "_________________", "* * *", "||Back to top ||", "Real text here."])
    got = [ln.label for ln in res.lines]
    assert got == ["nav", "nav", "nav", "nav", "body"]


def test_russian_and_chinese_chrome():
    ru = labels(
        "Главная\nНовости\nПоделиться\nЧитайте также:\nФото: Пётр Ковалёв/ТАСС\n"
        "МОСКВА, 4 февраля — Министры договорились провести новый раунд переговоров в марте, "
        "сообщили в министерстве в пятницу вечером.\n© 2022 Северный вестник. Все права защищены."
    )
    assert ru["Фото: Пётр Ковалёв/ТАСС"] == "credit"
    assert ru["© 2022 Северный вестник. Все права защищены."] == "footer"
    zh = clean_text(
        "首页\n分享到\n微信\n微博\n两国外长举行会谈\n2022年02月04日 10:20 来源：东方日报\n"
        "新华社北京2月4日电 两国外长4日在北京举行会谈，双方同意加强边境地区的合作。\n"
        "责任编辑：王芳\n版权所有 © 2024 东方日报"
    )
    assert zh.published == "2022-02-04"
    assert zh.publisher == "东方日报"
    assert zh.contributors == ["王芳"]
    assert zh.text.startswith("新华社北京2月4日电") and "首页" not in zh.text


@pytest.mark.parametrize("text", ["", "x", "a" * 1_000_000, "Ωmega 中文 кириллица ١٢٣\n" * 200])
def test_no_crash_on_odd_input(text):
    res = clean_text(text)
    assert isinstance(res.text, str)


def test_breadcrumbs_link_rows_and_single_caption_above_a_credit():
    res = clean_text(
        "首页\n国际\n登录 | 注册\n亚太视点网 > 国际 > 正文\n\n"
        "习近平会见印度总理莫迪\n2024年10月24日 08:15 来源：亚太视点网 作者：唐思远\n\n"
        "10月23日，国家主席习近平在喀山会见印度总理莫迪。\n图片来源：视觉中国\n\n"
        "亚太视点网喀山10月23日电 国家主席习近平23日在俄罗斯喀山出席金砖国家领导人会晤期间会见印度总理莫迪。\n\n"
        "关于我们 | 联系我们 | 广告服务 | 网站地图 | 举报中心\n"
    )
    assert res.title == "习近平会见印度总理莫迪"
    assert res.captions == ["10月23日，国家主席习近平在喀山会见印度总理莫迪。"]
    assert res.text.startswith("亚太视点网喀山10月23日电") and res.text.endswith(
        "会见印度总理莫迪。"
    )
    en = labels(
        "Home\nWorld\nNews > World > Asia\nXi meets Modi in Kazan for first formal talks in five years\n"
        "Xi Jinping and Narendra Modi shake hands in Kazan.\nPhoto: Anna Petrova/AP\n"
        "KAZAN — The leaders of China and India met on Wednesday for their first formal talks in "
        "five years, two days after the two countries settled a dispute over border patrols.\n"
    )
    assert en["News > World > Asia"] == "nav"
    assert en["Xi Jinping and Narendra Modi shake hands in Kazan."] == "caption"


def test_commentary_page_name_under_headline_bio_and_disclaimers():
    res = clean_text(
        "\n".join(
            [
                "EN",
                "RU",
                "Commentary",
                "Europe",
                "Twenty years on, Moscow and Beijing renew a treaty that asks little",
                "Ilze Kalnina",
                "Senior Fellow, Eurasia Programme",
                "28 June 2021",
                "Download PDF",
                "Share",
                "",
                "On Monday Vladimir Putin and Xi Jinping appeared together by video link to extend "
                "the treaty their predecessors signed in 2001 for another five years.",
                "",
                "The views expressed in this commentary are those of the author alone.",
                "Ilze Kalnina is a senior fellow at the Baltic Policy Forum. She was a diplomat.",
                "Related publications",
                "Russia, China and the Arctic: partners at arm's length",
                "Topics: China, Russia, Eurasia",
                "Sign up for our daily briefing",
                "© 2021 Baltic Policy Forum Ltd",
            ]
        )
    )
    assert res.title == "Twenty years on, Moscow and Beijing renew a treaty that asks little"
    assert res.authors == ["Ilze Kalnina"]
    assert res.publisher == "Baltic Policy Forum"
    assert res.text == (
        "On Monday Vladimir Putin and Xi Jinping appeared together by video link to extend the "
        "treaty their predecessors signed in 2001 for another five years."
    )


def test_section_label_is_not_the_title_and_credits_in_brackets_are_contributors():
    res = clean_text(
        "\n".join(
            [
                "Open menu",
                "World",
                "Russia's war in Ukraine",
                "Commodities",
                "Russia pulls out of Black Sea grain deal, says it will return only on its terms",
                "By Pieter van Dam",
                "Published July 17, 2023 at 8:03 a.m. EDT",
                "Listen to this article · 5 min",
                "",
                "Photo: Dana Whitcombe/AP",
                "A bulk carrier waits for inspection off Istanbul.",
                "",
                "MOSCOW, July 17 (The Meridian Wire) — Russia said on Monday it was quitting the deal "
                "that has let Ukraine export grain across the Black Sea for the past year.",
                "",
                "Staff writer Megan Cho contributed reporting from Washington.",
                "(Reporting by the Meridian Wire's Moscow bureau; editing by Sara Lindqvist)",
                "More from The Meridian Wire",
                "Wheat prices jump as traders weigh the end of the corridor",
                "© 2023 The Meridian Wire",
            ]
        )
    )
    assert res.title.startswith("Russia pulls out of Black Sea grain deal")
    assert res.published == "2023-07-17"
    assert res.captions == ["A bulk carrier waits for inspection off Istanbul."]
    assert res.contributors == ["Megan Cho", "Sara Lindqvist"]
    assert res.text.startswith("MOSCOW, July 17") and res.text.endswith("for the past year.")
