"""Text normalization and line-level removal of page chrome from plain-text page dumps.

An analyst who selects a whole news page in a browser and pastes it into a file gets the article
*and* everything around it: menus, player widgets, share buttons, photo credits, captions twice,
copyright footers. :func:`clean_lines` labels every line (body or one kind of chrome), keeps the
body, and pulls out what the chrome tells: title, authors, contributors, publication date,
publisher, captions.

Why hand-written: trafilatura, readability and justext all work on the HTML tree (tags, link
density, DOM position); none removes chrome from lines of *text* whose markup is gone. We reuse
justext's stop-word lists for one feature (body prose is rich in function words, menus are not)
and dateparser for dates the regexes below do not cover; the rest is pattern tables (data) plus a
small, general score (line length, terminal punctuation, repetition, runs of short lines, position
relative to the prose) applied only once strong evidence shows the text *is* a page dump, so plain
prose passes through unchanged.

Contributors ("Ivan Petrov contributed reporting from Moscow.", "Reporting by ...; Editing by ...")
are kept apart from authors: ``Document.authors`` names who wrote the piece, while a contributor
only supplied part of it (the reader stores them in ``extra["contributors"]``). Responsible
editors of Chinese pages (责任编辑) are listed there too.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

# ---------------------------------------------------------------------------- normalize_text
_BREAKS = re.compile(r"[\x0b\x0c\x85\u2028\u2029]")
_CTRL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b\u2060\ufeff]")
_SPACES = re.compile(r"[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


def normalize_text(text: str) -> str:
    """NFC, ``\\n`` line ends, no control characters, single spaces, at most one blank line."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CTRL.sub("", _BREAKS.sub("\n", text).replace("\t", " "))
    text = "\n".join(line.strip() for line in _SPACES.sub(" ", text).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _norm_line(line: str) -> str:
    return _SPACES.sub(" ", _CTRL.sub("", line.replace("\t", " "))).strip()


# ---------------------------------------------------------------------------- pattern tables
# Whole lines that are widgets (compared case-folded, trailing ":", "›", "»", "→", "…" removed).
def _table(text: str) -> frozenset[str]:
    return frozenset(re.split(r"\s*\|\s*", text.strip()))


WIDGETS = _table(
    """skip to main content|skip to content|skip navigation|main menu|play live radio|listen live
    |live radio|next up|now playing|hide caption|toggle caption|enlarge this image|donate|sections
    |menu|search|home|newsletters|newsletter|sign in|log in|login|sign up|register|subscribe
    |subscribe now|share|share this|share this article|share this story|tweet|facebook|twitter|x
    |email|e-mail|print|whatsapp|linkedin|reddit|telegram|flipboard|pinterest|copy link
    |link copied|advertisement|ad|sponsored|sponsor message|related|related stories
    |related articles|related content|read more|more stories|more from|most popular|most read
    |trending|you may also like|recommended|comments|show comments|back to top|top|accept
    |accept cookies|accept all|cookie settings|manage cookies|privacy policy|terms of use
    |terms of service|contact us|about us|careers|podcasts|programs|schedule|shows
    |available on air stations|watch live|live|loading|close|open menu|advertise|load more
    |view all|continue reading|download the app|get the app|listen|transcript|embed|follow us
    |audio will be available later today|npr|more|back|next|previous|opinion|latest|video
    |поделиться|читайте также|читать также|подписаться|подпишитесь|реклама|главная|новости
    |войти|регистрация|поиск|меню|комментарии|комментировать|вконтакте|одноклассники|телеграм
    |в тренде|популярное|самое читаемое|ещё|еще|показать еще|показать ещё|загрузить еще
    |версия для печати|наверх|смотрите также|по теме|важное|все новости|лента новостей|дзен
    |分享|分享到|微信|微博|qq空间|朋友圈|扫一扫|返回顶部|首页|打印|关闭|相关新闻|相关阅读
    |相关报道|推荐阅读|热门推荐|点击排行|广告|评论|登录|注册|搜索|更多|收藏|举报|大 中 小
    |字号|纠错|打印本页|关闭窗口|正文|关于我们|联系我们|广告服务|网站地图|举报中心|隐私政策|版权声明
    |免责声明|加入我们|友情链接|о нас|о проекте|контакты|карта сайта|политика конфиденциальности
    |пользовательское соглашение|site map|sitemap|accessibility|corrections|rss|help|faq"""
)
_WIDGET_RES = [
    re.compile(p, re.I)
    for p in (
        r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*/?\s*\d{1,2}:\d{2}(?::\d{2})?)*$",  # player clock
        r"^listen\s*[·•|:-]?\s*\d{1,2}:\d{2}",
        r"^(?:next up|now playing|read more|read also|see also|related|more from|watch)\s*[:：]",
        r"^(?:читайте также|по теме|смотрите также|подробнее|реклама)\s*[:：]",
        r"^(?:相关新闻|相关阅读|推荐阅读|分享到|【?字号)\s*[:：]?",
        r"^\d+\s*min(?:ute)?s?\s+read$|^\d+ (?:comments?|shares?)$|^(?:image|photo) \d+ of \d+$",
        r"^listen to this (?:article|story|episode)\b|^\d+[- ]min(?:ute)?s? listen$|^heard on\b",
        r"^(?:topics|tags|filed under|categories|темы|теги|标签)\s*[:：]",
        r"\bcookies?\b.*\b(?:accept|consent|agree|we use|privacy)\b|\b(?:we use|accept)\b.*\bcookies?\b",
        r"^(?:sign up|subscribe|follow us|get) .{0,40}\b(?:newsletters?|updates|telegram|twitter"
        r"|facebook|briefings?|alerts|emails?|digest)\b",
        r"^нашли ошибку|^подпишитесь на|^мнение редакции может не совпадать",
        r"^(?:扫一扫|扫描二维码|关注我们|下载客户端)",
    )
]
# widgets that introduce a list of links to other stories (the headlines after them go too)
LIST_HEADERS = _table(
    """related|related stories|related articles|related content|read more|more stories|more from
    |most popular|most read|trending|you may also like|recommended|читайте также|по теме
    |смотрите также|в тренде|популярное|самое читаемое|相关新闻|相关阅读|相关报道|推荐阅读|热门推荐
    |点击排行|recent posts|popular posts|latest posts|latest news|top stories|more news|most viewed
    |editor's picks|editors' picks|also read|archives|categories|tags"""
)
# "More from The Meridian Wire", "Related Coverage", "Read next": a short header over a link list
_LIST_HEADER_RE = re.compile(
    r"^(?:related|more|most|read|see also|also|further|recommended|popular|trending|latest|top)"
    r"(?: (?:stories|news|articles|coverage|content|reading|videos|podcasts|publications|posts"
    r"|links|next|read|viewed|popular|shared|commented|analysis|reports))*"
    r"(?: (?:from|on|in|about) .{1,40})?$",
    re.I,
)
_WIDGET_SPLIT = re.compile(r"\s*[·•|/,]\s*|\s{2,}")

_AGENCY = (
    r"Getty Images|AP|AFP|Reuters|EPA(?:-EFE)?|Sputnik|TASS|Xinhua|Bloomberg|Shutterstock|Pool"
    r"|NurPhoto|Anadolu Agency|SOPA Images|LightRocket|Imaginechina|VCG|Kremlin|Kyodo|Yonhap"
    r"|AP Photo|Alamy|Redux|The New York Times|Corbis|ТАСС|РИА Новости|Коммерсантъ|新华社|视觉中国"
)
_CREDIT_RES = [
    re.compile(p, re.I)
    for p in (
        r"^(?:photo(?:graph)?s?|image|picture|credit|illustration|video|source)\s*(?:by|credit)?\s*[:：]\s*\S",
        r"^(?:pool )?(?:photo|image)s? (?:by|courtesy of)\s+\S",
        rf"^(?:{_AGENCY})(?:\s*/\s*(?:{_AGENCY}))*(?:\s+(?:via|for)\s+(?:{_AGENCY}))?$",
        rf"(?:/|\bvia |\bfor |\bcourtesy of )\s*(?:{_AGENCY})(?: Images| Photos?| News)?\s*\)?$",
        r"^(?:фото|фотография|иллюстрация|кадр|видео)\s*[:：]\s*\S",
        r"^(?:图片来源|图源|图片|摄影|图|视频来源)\s*[:：/]\s*\S|\S\s*摄\s*[)）]?$",
    )
]
_SLASH_CREDIT = re.compile(r"^[\w.'’-]+(?: [\w.'’-]+){0,4} ?/ ?[\w.'’ -]+$")

_FOOTER_RES = [
    re.compile(p, re.I)
    for p in (
        r"©|\(c\)\s*(?:19|20)\d\d|all rights reserved|to see more,? visit\s+\S|все права защищены",
        r"copyright\s*[©@]?\s*(?:19|20)\d\d|при (?:использовании|цитировании|перепечатке)",
        r"перепечатка .{0,40}запрещена|版权所有|未经.{0,12}(?:授权|许可|同意)|禁止转载|不得转载",
        # disclaimers and standards notes under the article
        r"^the views expressed (?:in|here|are)|^(?:our|editorial) standards\b|editorial code\b"
        r"|^transcripts? (?:on this site |of this \w+ )?(?:are|is|was|were) (?:produced|created|"
        r"generated|edited)|^мнение (?:автора|редакции) может не совпадать|^本文(?:仅)?代表作者",
    )
]
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright\b)\s*[©@]?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\s*,?\s*"
    r"(?P<owner>[^.|,;]*)",
    re.I,
)

# words that make a name an organisation ("By Eastline Wire Staff" names no person)
ORG_WORDS = _table(
    """staff wire news desk agency press radio team editors editorial reporters correspondents
    bureau service services media times post journal daily online network group report board
    associated reuters afp ap xinhua tass public broadcasting television tv magazine newsroom
    writers contributors foundation institute university council ministry
    редакция новости агентство служба пресс-служба риа тасс интерфакс""".replace(" ", "|")
)
_PARTICLES = _table("de|da|del|della|di|van|von|der|den|al|el|bin|ibn|la|le|du|dos|ter")
_BYLINE_RES = [
    re.compile(r"^(?:by|written by|reported by|story by|words by)\s+(?P<names>.+)$", re.I),
    re.compile(r"^(?:автор(?:ы)?|текст|корреспондент)\s*[:：]?\s+(?P<names>.+)$", re.I),
    re.compile(r"^(?:作者|记者|本报记者|撰文|文|编译)\s*[:：/|]\s*(?P<names>.+)$"),
]
_NAME_ORG = re.compile(r"^(?P<names>[^,|]+)\s*[,|]\s*(?P<org>[^,|]+)$")
_CONTRIB_RES = [
    re.compile(
        r"^(?P<names>.+?)\s+contributed\s+(?:reporting|research|to this (?:report|story|article))\b",
        re.I,
    ),
    re.compile(
        r"^(?:additional\s+)?(?:reporting|research|writing|editing)\s+by\s+(?P<names>.+)$", re.I
    ),
    re.compile(r"^при участии\s+(?P<names>.+?)\.?$", re.I),
    re.compile(
        r"^[（(]?(?:责任编辑|编辑|校对|审核|值班编辑|主编)\s*[:：]\s*(?P<names>[^)）]+)[)）]?$"
    ),
]
_ROLE_PREFIX = re.compile(
    r"^(?:(?:staff|senior|chief|foreign|special|contributing)\s+)?(?:writer|reporter|correspondent"
    r"|editor|photographer|researcher|producer)s?\s+",
    re.I,
)
_JOB = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|journalist|host|producer|columnist|bureau chief"
    r"|contributor|anchor|fellow|analyst|researcher|professor|lecturer|scholar|economist|historian"
    r"|director)\b|\bcovers\b|корреспондент|обозреватель|журналист|редактор|аналитик|научн",
    re.I,
)
_BIO = re.compile(
    r"^(?P<name>\S+(?:\s+\S+){1,3}?)\s+(?:is|was|has been|serves as|covers|[—–-])\s+(?P<rest>.+)$"
)
_OUTLET = re.compile(
    r"(?P<a>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})(?:'s|’s)\s"
    r"|\b(?:for|at|with)\s+(?:the\s+)?(?P<b>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})"
)
_ZH_META = re.compile(r"(?:来源|稿源|作者|记者|发布时间|发布日期|责任编辑)\s*[:：]")
_ZH_FIELD = re.compile(r"(?P<key>来源|稿源|作者|记者)\s*[:：]\s*(?P<val>[^\s|｜]+)")
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'-]{2,}(?:\s+[A-Z][A-Z.'-]+){0,3}(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2})?"
    r"\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s"
    r"|[А-ЯЁ]{3,}(?:[\s-][А-ЯЁ]{3,})*,\s*\d{1,2}\s+\w+\.?\s*[—–-]"
    r"|(?:新华社|中新社|中新网|本报|人民网)\S{0,14}(?:电|讯))"
)

# ---------------------------------------------------------------------------- dates
_EN_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_RU_MON = (
    r"(?P<mon>январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]"
    r"|октябр[яь]|ноябр[яь]|декабр[яь])"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"  # no \b after: browsers mash "20229:00 AM" together
_DATE_RES = [
    re.compile(rf"\b{_EN_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MON},?\s+{_YEAR}", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_RU_MON}\s+{_YEAR}", re.I),
    re.compile(rf"{_YEAR}\s*年\s*(?P<mon>\d{{1,2}})\s*月\s*(?P<day>\d{{1,2}})\s*日"),
    re.compile(rf"\b{_YEAR}[-/.](?P<mon>\d{{1,2}})[-/.](?P<day>\d{{1,2}})(?!\d)"),
    re.compile(rf"\b(?P<day>\d{{1,2}})\.(?P<mon>\d{{1,2}})\.{_YEAR}\b"),
]
_MONTHS = {
    m: i % 12 + 1
    for i, m in enumerate(
        re.findall(
            r"\w+",
            "jan feb mar apr may jun jul aug sep oct nov dec янв фев мар апр мая июн июл авг сен окт ноя дек",
        )
    )
}
_MONTHS["май"] = 5
_UPDATED = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|обновлено|更新时间|更新于)", re.I)
_DATE_NOISE = re.compile(
    r"\b[ap]\.m\.|\b(?:published|updated|posted|last|modified|on|at|date|time|am|pm|et|est|edt"
    r"|gmt|utc|bst|cet|cest|msk|pt|pst|pdt|ct|cst|jst|hkt|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?"
    r"|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|опубликовано|обновлено|дата|публикации"
    r"|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|года?|г|мск)\b"
    r"|\d{1,2}:\d{2}(?::\d{2})?|发布时间|发布日期|更新时间|发布于|时间|日期|[+-]\d{2}:?\d{2}",
    re.I,
)


def _ymd(y: str, m: str, d: str) -> str | None:
    mon = int(m) if m.isdigit() else _MONTHS.get(m.lower()[:3])
    try:
        return dt.date(int(y), mon or 0, int(d)).isoformat()
    except ValueError:
        return None


def parse_date_line(line: str) -> tuple[str, str] | None:
    """``(iso_date, "published" | "updated")`` if ``line`` is a date line, else ``None``.

    A date line says a date and little else (a prefix such as "Updated", a time, a zone); a
    sentence that mentions a date is not one, and neither is a copyright line.
    """
    if len(line) > 80 or any(p.search(line) for p in _FOOTER_RES):
        return None
    kind = "updated" if _UPDATED.search(line) else "published"
    for rx in _DATE_RES:
        m = rx.search(line)
        if m:
            rest = _DATE_NOISE.sub(" ", line[: m.start()] + " " + line[m.end() :])
            if len(re.findall(r"[^\W\d_]+", rest)) > 1:
                return None
            iso = _ymd(m["year"], m["mon"], m["day"])
            return (iso, kind) if iso else None
    if not re.search(r"(?:19|20)\d\d", line) or len(line.split()) > 8:
        return None
    rest = _DATE_NOISE.sub(" ", line)
    if not re.search(r"[^\W\d_]{3,}", rest):  # purely numeric forms are ambiguous (4/2 or 2/4?)
        return None
    import dateparser  # slow import, rarely needed

    found = dateparser.parse(
        re.sub(r"\d{1,2}:\d{2}\S*|[|·•]", " ", line),
        languages=["en", "ru", "zh"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return (found.date().isoformat(), kind) if found else None


# ---------------------------------------------------------------------------- names
_HAN = re.compile(r"[\u3400-\u9fff]")
_INITIALS = re.compile(r"^(?:[A-ZА-ЯЁ]\.)+$")


def _is_name_token(tok: str) -> bool:
    if tok.lower() in _PARTICLES or _INITIALS.match(tok):
        return True
    return (
        bool(re.fullmatch(r"[^\W\d_][\w'’.-]*", tok))
        and tok[0].isupper()
        and any(c.islower() for c in tok)
        and len(tok) <= 20
    )


def person_name(text: str) -> str | None:
    """``text`` cleaned if it looks like one person's name (2-4 name words, or 2-4 Han), else None."""
    text = re.sub(r"\s*\([^)]*\)|\s+(?:in|from|at)\s+[A-ZА-ЯЁ].*$", "", text).strip(" ,.;:-–—")
    if re.fullmatch(r"[\u3400-\u9fff]{2,4}", text):
        return None if text[-1] in "社网报台部局会" else text
    toks = text.split()
    if not 2 <= len(toks) <= 4 or toks[0].lower() in _PARTICLES:
        return None
    if any(_bare(t) in ORG_WORDS for t in toks):
        return None
    return text if all(_is_name_token(t) for t in toks) else None


def _bare(token: str) -> str:
    """A word as the ORG_WORDS table spells it: lower case, no punctuation, no possessive."""
    return re.sub(r"['’]s$", "", token.lower().strip(".,;:()"))


def _is_org(text: str) -> bool:
    toks = text.split()
    return 0 < len(toks) <= 6 and (
        any(_bare(t) in ORG_WORDS for t in toks) or bool(re.fullmatch(r"[A-Z]{2,6}", text))
    )


def _split_names(text: str) -> list[str]:
    return [p for p in re.split(r"\s*(?:,|;|&|\band\b|\bи\b|、|，|和)\s*", text) if p.strip()]


# ---------------------------------------------------------------------------- results
KEEP = ("body", "blank")


@dataclass(slots=True)
class Line:
    """One input line and what :func:`clean_lines` decided about it.

    ``label`` is ``body``, ``blank``, ``title``, ``nav`` (menus, widgets, banners), ``caption``
    (kept once in :attr:`CleanResult.captions`), ``credit`` (photo credits), ``footer``
    (copyright), ``byline``, ``date``, ``bio``, ``contributor``, ``meta`` or ``duplicate``.
    """

    text: str
    label: str = "body"
    reason: str = ""


@dataclass(slots=True)
class CleanResult:
    lines: list[Line]
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    published: str | None = None
    publisher: str | None = None
    captions: list[str] = field(default_factory=list)
    dateline: bool = False
    page_dump: bool = False
    dates: list[tuple[str, str]] = field(default_factory=list)  # (iso, "published"/"updated")

    @property
    def body(self) -> list[str]:
        """The kept lines (blank lines included, so paragraphs stay apart)."""
        keep = (*KEEP, "title") if self.title and not self.page_dump else KEEP
        return [ln.text for ln in self.lines if ln.label in keep]

    @property
    def text(self) -> str:
        return normalize_text("\n".join(self.body))

    @property
    def dropped(self) -> list[Line]:
        return [ln for ln in self.lines if ln.label not in (*KEEP, "title")]

    @property
    def looks_like_news(self) -> bool:
        return bool(self.authors or self.published or self.dateline)


# ---------------------------------------------------------------------------- features
_TERMINAL = tuple('.!?…"”»’)。！？」』）:')
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_LETTER = re.compile(r"[^\W\d_]")


def _nwords(text: str) -> int:
    han = len(_HAN.findall(text))
    return len(_WORD.findall(_HAN.sub(" ", text))) + (han + 1) // 2


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


@lru_cache(maxsize=4)
def _stoplist(script: str) -> frozenset[str]:
    import justext

    return frozenset(justext.get_stoplist("Russian" if script == "cyr" else "English"))


def stopword_density(text: str) -> float | None:
    """Share of justext stop words among the words (None for Han text or very short lines)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < 4 or _HAN.search(text):
        return None
    script = "cyr" if re.search(r"[а-яё]", text, re.I) else "lat"
    stop = _stoplist(script)
    return sum(w in stop for w in words) / len(words)


def _widget_key(text: str) -> str:
    # table-cell and bullet debris around a widget ("||Back to top ||", "• Share") is ignored
    return text.casefold().strip("|•·*>»›→←‹«… \t").rstrip(":：").strip()


def _is_list_header(text: str) -> bool:
    key = _widget_key(text)
    return key in LIST_HEADERS or (
        bool(_LIST_HEADER_RE.match(key)) and len(key.split()) <= 6 and not text.endswith(_TERMINAL)
    )


def _is_widget(text: str) -> bool:
    key = _widget_key(text)
    if key in WIDGETS or any(rx.search(text) for rx in _WIDGET_RES) or _is_list_header(text):
        return True
    parts = [p for p in _WIDGET_SPLIT.split(key) if p]
    if len(parts) < 2:
        parts = key.split()
    return len(parts) > 1 and all(p.strip(":：") in WIDGETS for p in parts)


_CRUMB_SPLIT = re.compile(r"\s+[>›»/|]\s+|\s*[｜]\s*")


def _is_link_row(text: str) -> bool:
    """``Site > World > Article`` or ``About us | Contact | Ads | Sitemap``: short labels in a row."""
    parts = [p for p in _CRUMB_SPLIT.split(text) if p]
    return len(parts) >= 3 and all(
        _nwords(p) <= 4 and not p.endswith(_TERMINAL) and not re.search(r"\d{3,}", p) for p in parts
    )


def _is_credit(text: str, words: int) -> bool:
    if words > 16 or (text.endswith((".", "。")) and not text.endswith(("Inc.", "Ltd."))):
        return False
    return any(rx.search(text) for rx in _CREDIT_RES)


def _is_good(text: str, words: int) -> bool:
    """Prose a reader would keep whatever else happens: a long sentence, or a very long line."""
    return words >= 25 or (words >= 12 and text.endswith(_TERMINAL))


def _is_headline(text: str, words: int, dump: bool) -> bool:
    if (
        text.endswith((".", ",", ";", ":", "：", "。"))
        or "|" in text
        or text.startswith(("-", "•"))
    ):
        return False
    lo = 4 if dump and not _HAN.search(text) else 3
    return lo <= words <= 30 and not _is_widget(text)


# ---------------------------------------------------------------------------- classification
def _authors_from(names: str) -> tuple[list[str], bool]:
    """People named in a byline's name part, and whether the whole part reads as a byline."""
    names = re.split(r"\s+[|·•]\s+|\s+(?:updated|published|posted)\b", names, flags=re.I)[0]
    people, ok = [], True
    for piece in _split_names(names):
        name = person_name(piece)
        if name:
            people.append(name)
        elif not _is_org(piece):
            ok = False
    return people, ok and len(names.split()) <= 14


def _strong(res: CleanResult, i: int, top: bool, words: int) -> None:
    """Label line ``i`` if a pattern table names it (independent of whether the text is a dump)."""
    ln = res.lines[i]
    text = ln.text
    if words <= 40 and any(rx.search(text) for rx in _FOOTER_RES):
        ln.label, ln.reason = "footer", "copyright/footer"
        m = _COPYRIGHT.search(text)
        owner = (
            re.split(r"\s+(?:all rights|все права|版权)", m["owner"], flags=re.I)[0] if m else ""
        )
        owner = re.sub(
            r"(?:[\s,]+(?:(?:19|20)\d\d|ltd\.?|limited|inc\.?|llc|plc|gmbh|s\.a\.|co\.))+$",
            "",
            owner.strip(' -–—«»"'),
            flags=re.I,
        ).strip(' -–—«»",')
        if owner and 0 < len(owner.split()) <= 6 and owner[0].isalpha() and not res.publisher:
            res.publisher = owner
        return
    if _is_widget(text):
        ln.label, ln.reason = "nav", "widget"
        return
    if _is_link_row(text):
        ln.label, ln.reason = "nav", "breadcrumb or link row"
        return
    if not _LETTER.search(text):  # "||", "_____", "* * *", "12": never prose
        ln.label, ln.reason = "nav", "no words"
        return
    if _is_credit(text, words):
        ln.label, ln.reason = "credit", "photo credit"
        return
    if _ZH_META.search(text) and len(text) <= 80:
        ln.label, ln.reason = "meta", "source/author/date line"
        for m in _ZH_FIELD.finditer(text):
            if m["key"] in ("作者", "记者"):
                res.authors += [n for n in map(person_name, _split_names(m["val"])) if n]
            elif not res.publisher:
                res.publisher = m["val"]
        for rx in _DATE_RES:
            if dm := rx.search(text):
                iso = _ymd(dm["year"], dm["mon"], dm["day"])
                res.dates += [(iso, "updated" if "更新" in text else "published")] if iso else []
                break
        for m in re.finditer(r"责任编辑\s*[:：]\s*([\u3400-\u9fff]{2,4})", text):
            res.contributors.append(m[1])
        return
    bare = text.strip("()（） ")
    for rx in _CONTRIB_RES:
        m = rx.match(bare)
        if m and words <= 30:
            names = []
            for part in re.split(r"\s*;\s*", bare):
                pm = re.search(r"\bby\s+(.+)$", part, re.I) if ";" in bare else None
                names += _split_names((pm[1] if pm else m["names"]).rstrip(". "))
                if not pm:
                    break
            people = [n for n in (person_name(_ROLE_PREFIX.sub("", x)) for x in names) if n]
            if people:
                ln.label, ln.reason = "contributor", "contributor credit"
                res.contributors += people
                return
    for rx in _BYLINE_RES:
        m = rx.match(text)
        if m and words <= 16:
            people, ok = _authors_from(m["names"])
            if ok:
                ln.label, ln.reason = "byline", "byline"
                res.authors += people
                _date(res, ln, m["names"], set_label=False)
                return
    m = _NAME_ORG.match(text)
    if top and m and words <= 10 and person_name(m["names"]) and _is_org(m["org"]):
        ln.label, ln.reason = "byline", "name, outlet"
        res.authors.append(person_name(m["names"]) or "")
        return
    if words <= 12:
        _date(res, ln, text, set_label=True)


def _date(res: CleanResult, ln: Line, text: str, *, set_label: bool) -> None:
    for part in [text, *re.split(r"\s+[|·•]\s+", text)[1:]]:
        found = parse_date_line(part)
        if found:
            if set_label:
                ln.label, ln.reason = "date", f"{found[1]} date"
            res.dates.append(found)
            return


def _captions(res: CleanResult, nb: list[int], words: dict[int, int], first_good: int) -> None:
    """A caption shown twice (photo widgets repeat it around "hide caption"): keep one copy.
    A short line right above a photo credit is that photo's caption too."""
    lines = res.lines
    for a, i in enumerate(nb[1:], 1):
        prev = nb[a - 1]
        if (
            lines[i].label == "credit"
            and lines[prev].label == "body"
            and prev + 1 == i
            and 3 <= words[prev] <= (30 if not lines[prev].text.endswith(_TERMINAL) else 25)
        ):
            lines[prev].label, lines[prev].reason = "caption", "caption above a photo credit"
            res.captions.append(lines[prev].text)
    for a, i in enumerate(nb[:-1]):  # credit first, then its caption as a paragraph of its own
        nxt = nb[a + 1]
        alone = nxt + 1 >= len(lines) or lines[nxt + 1].label == "blank"
        if (
            lines[i].label == "credit"
            and (i == 0 or lines[i - 1].label == "blank")
            and nxt == i + 1
            and alone
            and lines[nxt].label == "body"
            and 3 <= words[nxt] <= 16  # a paragraph of prose is longer
            and not _DATELINE.match(lines[nxt].text)
        ):
            lines[nxt].label, lines[nxt].reason = "caption", "caption below a photo credit"
            res.captions.append(lines[nxt].text)
    for a, i in enumerate(nb):
        if lines[i].label != "body" or words[i] < 3:
            continue
        between: list[str] = []
        for j in nb[a + 1 : a + 7]:
            if lines[j].label != "body":
                between.append(lines[j].label)
                continue
            if _key(lines[j].text) == _key(lines[i].text):
                lines[j].label, lines[j].reason = "duplicate", "repeated line"
                headline = _is_headline(lines[i].text, words[i], False)
                if "credit" in between or "nav" in between or not (headline and i < first_good):
                    lines[i].label, lines[i].reason = "caption", "caption shown twice"
                    res.captions.append(lines[i].text)
            break


def _bio(res: CleanResult, i: int) -> None:
    ln = res.lines[i]
    m = _BIO.match(ln.text)
    if not m or len(ln.text.split()) > 40 or not _JOB.search(m["rest"]):
        return
    name = person_name(m["name"])
    if not name:
        return
    ln.label, ln.reason = "bio", "author bio"
    res.authors.append(name)
    om = _OUTLET.search(m["rest"])
    if om:
        res.publisher = re.split(r"\.\s", om["a"] or om["b"])[0].strip().rstrip(".")


def _title(res: CleanResult, nb: list[int], words: dict[int, int], first_good: int) -> int | None:
    lines = res.lines
    if not res.page_dump:  # plain text: the first line, if it reads as a heading over prose
        i = nb[0] if nb else None
        if (
            i is None
            or lines[i].label != "body"
            or not _is_headline(lines[i].text, words[i], False)
        ):
            return None
        after = nb[1] if len(nb) > 1 else None
        ok = after is None or after > i + 1 or _is_good(lines[after].text, words[after])
        return i if ok else None
    cands = [
        i
        for i in nb
        if i < first_good
        and lines[i].label == "body"
        and _is_headline(lines[i].text, words[i], True)
    ]
    meta = [i for i in nb if lines[i].label in ("byline", "date")]
    if meta:
        pos = nb.index(meta[0])
        near = [i for i in cands if i in nb[max(0, pos - 3) : pos]]
        cands = near or cands

    def fit(i: int) -> int:
        # a headline is followed by its standfirst, byline or date, not by another menu item;
        # section labels ("Russia's war in Ukraine") are short
        nxt = next((j for j in nb if j > i), None)
        followed = nxt is not None and (
            lines[nxt].label in ("byline", "date")
            or words[nxt] >= 8
            or nxt >= first_good
            or person_name(lines[nxt].text) == lines[nxt].text  # the author's name alone
        )
        return 2 * followed + (words[i] >= 6)

    return max(cands, key=lambda i: (fit(i), -i)) if cands else None


def _score(res: CleanResult, nb: list[int], words: dict[int, int], bounds: tuple[int, int]) -> None:
    """Label the remaining lines of a page dump by a general chrome score (>= 3 drops the line)."""
    lines = res.lines
    first_good, last_good = bounds
    counts: dict[str, int] = {}
    for i in nb:
        counts[_key(lines[i].text)] = counts.get(_key(lines[i].text), 0) + 1

    def short(i: int) -> bool:
        return lines[i].label != "title" and words[i] <= 4 and not lines[i].text.endswith(_TERMINAL)

    in_run: set[int] = set()
    run: list[int] = []
    for i in [*nb, -1]:
        if i >= 0 and short(i):
            run.append(i)
            continue
        if len(run) >= 3:
            in_run.update(run)
        run = []
    seen: set[str] = set()
    in_list = False
    for i in nb:
        ln, w = lines[i], words[i]
        if ln.label == "nav" and _is_list_header(ln.text):
            in_list = True
            continue
        if in_list and ln.label == "body" and _is_headline(ln.text, w, False):
            ln.label, ln.reason = "nav", "link list"
            continue
        in_list = in_list and ln.label != "body"
        key = _key(ln.text)
        if ln.label == "body" and key in seen and w >= 4:
            ln.label, ln.reason = "duplicate", "repeated line"
        if ln.label != "body":
            if ln.label in ("title", "caption"):
                seen.add(key)
            continue
        seen.add(key)
        terminal = ln.text.endswith(_TERMINAL)
        score = 1.5 if w <= 3 else 0.5 if w <= 7 else 0.0
        score += 0.0 if terminal else 1.0
        density = stopword_density(ln.text)
        score += 0.5 if density is not None and density < 0.15 else 0.0
        score += 2.0 if counts[key] > 1 and w <= 6 else 0.0
        score += 1.0 if i < first_good or i > last_good else 0.0
        score += 1.5 if i in in_run else 0.0
        if _is_good(ln.text, w):
            score -= 3.0
        elif terminal and w >= 6:
            score -= 1.5
        if score >= 3.0:
            ln.label, ln.reason = "nav", f"chrome score {score:.1f}"


def clean_lines(lines: list[str], page_dump: bool | None = None) -> CleanResult:
    """Label each line of a plain-text page dump and gather what the chrome says.

    Lines named by the pattern tables (widgets, credits, footers, bylines, dates, contributor
    credits, bios, captions shown twice) always go; the general score applies only when at least
    two such lines (or one plus a byline or date line) show the text is a page dump.
    ``page_dump`` overrides that decision (True: score every line; False: never).
    """
    flat = [_norm_line(part) for line in lines for part in line.split("\n")]
    res = CleanResult([Line(t) if t else Line("", "blank") for t in flat])
    lines_ = res.lines
    nb = [i for i, ln in enumerate(lines_) if ln.label != "blank"]
    words = {i: _nwords(lines_[i].text) for i in nb}

    def bounds() -> tuple[int, int]:
        good = [i for i in nb if lines_[i].label == "body" and _is_good(lines_[i].text, words[i])]
        return (good[0], good[-1]) if good else (len(lines_), -1)

    first_good = bounds()[0]
    for i in nb:
        _strong(res, i, i < first_good, words[i])
    first_good = bounds()[0]
    _captions(res, nb, words, first_good)
    for i in [i for i in nb if lines_[i].label == "body"][-8:]:  # footers may follow the bio
        _bio(res, i)

    strong = sum(
        lines_[i].label in ("nav", "credit", "footer", "caption", "meta")
        and lines_[i].reason != "no words"  # separators are no evidence of a page dump
        for i in nb
    )
    meta = any(lines_[i].label in ("byline", "date") for i in nb)
    res.page_dump = (strong >= 2 or (strong >= 1 and meta)) if page_dump is None else page_dump
    first_good = bounds()[0]
    title = _title(res, nb, words, first_good)
    if title is not None:
        lines_[title].label, lines_[title].reason = "title", "headline"
        res.title = lines_[title].text
        if res.page_dump and not res.authors:  # a name alone under the headline is the byline
            for j in [j for j in nb if j > title][:3]:
                if j < first_good and lines_[j].label == "body":
                    name = person_name(lines_[j].text)
                    if name == lines_[j].text:
                        lines_[j].label, lines_[j].reason = "byline", "name under the headline"
                        res.authors.append(name)
                        break
    if res.page_dump:
        _score(res, nb, words, bounds())

    body = [ln.text for ln in lines_ if ln.label == "body"]
    res.dateline = any(_DATELINE.match(t) for t in body[:3])
    res.authors = list(dict.fromkeys(a for a in res.authors if a))
    res.contributors = [c for c in dict.fromkeys(res.contributors) if c not in res.authors]
    res.captions = list(dict.fromkeys(res.captions))
    published = [d for d, kind in res.dates if kind == "published"]
    updated = [d for d, kind in res.dates if kind == "updated"]
    res.published = (published or updated or [None])[0]
    return res


def clean_text(text: str) -> CleanResult:
    """:func:`clean_lines` on the lines of ``text`` (normalized first)."""
    return clean_lines(normalize_text(text).split("\n"))
