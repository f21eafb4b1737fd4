"""HTML pages: main text and honest metadata with trafilatura, plus our own reading of the markup.

trafilatura finds the main text (``favor_precision``, comments left out: that scored best on the
article-extraction benchmark, see ``benchmarks/extraction_aeb.py``) and most metadata. We read the
things it does not keep or gets wrong ourselves from the parsed tree: JSON-LD (``NewsArticle``,
``ScholarlyArticle``, authors that are people rather than organizations, publisher), schema.org
microdata (``itemprop="author"``: the name, not the whole byline block with its place and times),
OpenGraph, ``article:published_time`` and Highwire ``citation_*`` tags (journal, DOI, volume,
pages).

Dates are honest: a date stated in metadata or in a byline element is kept, a copyright year is
not (htmldate runs without its opportunistic text search, and a bare ``YYYY-01-01`` that only
matches a ``© YYYY`` notice is dropped). htmldate's date parser fills in a day the page does not
give (the 1st, or today's day for ``<time datetime="2021-10">``): such a day is kept only if the
page writes the full date out somewhere, else the date stays a month.

The title is the headline without the site name glued to it (``"Headline | Site"``), the full
``<h1>`` when the ``og:title`` is only its start; it is metadata, so a text that starts with the
headline (and a kicker above it) loses them. Trailing lines that :mod:`detente.clean` names as
chrome (copyright footers, photo credits, "Reporting by ...; editing by ..." credits) leave the
text; people credited there go to ``extra["contributors"]``.

Authors come from metadata (JSON-LD, microdata, author meta tags); without a person there, from
the visible byline (``<span class="createdby">By X, Staff Writer</span>``). The publisher is the
outlet's name: ``og:site_name``, else the site part of the ``<title>``, ``<meta name="source">``
or ``application-name``, or the owner in the footer's copyright line; a host name is the last
resort (it would make one outlet count as two).
"""

from __future__ import annotations

import calendar
import codecs
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from typing import Any

from lxml.html import HtmlElement

from detente.clean import (
    _BYLINE_RES,
    _CONTRIB_RES,
    _FOOTER_RES,
    _JOB,
    ORG_WORDS,
    WIDGETS,
    _is_org,
    clean_lines,
    person_name,
)
from detente.clean import _COPYRIGHT as _COPYRIGHT_OWNER
from detente.clean import _split_names as split_names
from detente.document import Document, Venue
from detente.errors import InputError
from detente.sources.decode import decode

# Main-text extraction settings (chosen on the AEB benchmark, see the module docstring).
EXTRACT_OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
}
# htmldate: metadata, <time> and date-classed elements only; no free-text search (copyright lines).
DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}
# A precision-mode text shorter than this is retried in trafilatura's balanced mode ...
MIN_PRECISE_CHARS = 1000
# ... and the balanced text replaces it if it is this many times longer.
RETRY_RATIO = 2.0

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.-]+)""", re.I)
_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "x-sjis": "shift_jis",
    "x-user-defined": "cp1252",
}

NEWS_TYPES = {
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "LiveBlogPosting",
}
SCHOLARLY_TYPES = {"ScholarlyArticle", "MedicalScholarlyArticle", "Thesis"}
ARTICLE_TYPES = (
    NEWS_TYPES | SCHOLARLY_TYPES | {"Article", "BlogPosting", "Report", "SocialMediaPosting"}
)
ORG_TYPES = {"Organization", "NewsMediaOrganization", "GovernmentOrganization", "Corporation"}

# Words that make a byline an organization, not a person.
_ORG_WORDS = re.compile(
    r"\b(staff|desk|wire|news|agency|agencies|editorial|editors?|team|newsroom|bureau|press|service|"
    r"media|online|reporters|correspondents?|contributors?|ministry|office|department|government|"
    r"embassy|reuters|afp|ap|xinhua|tass|interfax|ria|dpa|efe|ansa|kyodo|yonhap|bbc|cnn|"
    r"редакция|корреспондент|新华社|记者|编辑|本报)\b",
    re.I,
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\|| and | & | und | et | y | и |、|，)\s*", re.I)
_BY_PREFIX = re.compile(
    r"^\s*(?:(?:by|von|par|por|от|автор[ы]?:?|written by)\s+|(?:作者|撰文|文)\s*[:：]\s*)", re.I
)
_SUFFIXES = re.compile(r"^(jr\.?|sr\.?|ii|iii|iv|phd|md)$", re.I)

_GOV_SITE = re.compile(
    r"\b(ministry|ministère|ministerio|ministerium|министерство|мид|外交部|foreign office|"
    r"department of state|state department|embassy|consulate|permanent mission|government of|"
    r"prime minister'?s office|president of the|presidential|kremlin|white house|élysée|"
    r"bundesregierung|auswärtiges amt|federal foreign office|gov\.[a-z]{2}\b|\.gov\b)",
    re.I,
)
_STATEMENT_WORDS = re.compile(
    r"\b(press[- ]release|pressrelease|press statement|joint statement|communiqu[ée]|readout)\b"
    r"|заявление|сообщение для печати|声明|新闻稿",
    re.I,
)
# "VIENNA — ...", "MOSCOW, March 3 (Eastline) - ...": a news dateline at the start of the text.
_DATELINE = re.compile(
    r"^\s*[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .'’/-]{2,40}(?:,\s*[\w .]{2,30})?\s*(?:\([^)]{1,40}\)\s*)?[—–-]{1,2}\s",
)
_COPYRIGHT = r"(?:©|&copy;|\(c\)|copyright)\s*(?:\d{{4}}\s*[-–]\s*)?{year}"
_ISO_DATE = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:$|[T\s])")
_DOI = re.compile(r"10\.\d{4,9}/[^\s\"<>]+")


def read_html(
    data: bytes, origin: str, url: str | None = None, *, charset: str | None = None
) -> Iterator[Document | InputError]:
    """Read one HTML page into one :class:`Document` (or an :class:`InputError`).

    ``url`` is where the page was fetched from (a WARC target URI), ``charset`` the encoding
    an HTTP header declared. Raises :class:`InputError` if the bytes are not text.
    """
    text, encoding = decode_html(data, origin, charset)
    tree = _parse(text)
    if tree is None:
        yield InputError(origin, "cannot parse the HTML page")
        return
    result = _extract(tree, url)
    if result is None:
        yield InputError(origin, "no main text found in the HTML page")
        return
    body, method, traf = result
    doc = _build(tree, body, method, traf, origin, url)
    doc.extra["encoding"] = encoding
    if method in ("baseline", "html2txt"):
        doc.note(f"main text found by the {method} fallback: boilerplate may remain")
    yield doc


# --------------------------------------------------------------------------- decoding, parsing


def decode_html(data: bytes, origin: str, declared: str | None = None) -> tuple[str, str]:
    """Decode an HTML page: a declared charset is trusted if the bytes really are in it."""
    head = data[:8192]
    if not declared:
        match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
        declared = match.group(1).decode("ascii", "ignore") if match else None
    enc = _charset(declared)
    if enc and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                return data.decode(enc), enc
            except (UnicodeDecodeError, LookupError):
                pass  # the declaration is wrong: let the statistics decide
    return decode(data, origin)


def _charset(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _parse(text: str) -> HtmlElement | None:
    from trafilatura.utils import load_html

    text = text.replace("\x00", "")
    try:
        tree = load_html(text)
        if tree is None:  # a fragment without <html>/<body>
            tree = load_html(f"<html><body><div>{text}</div></body></html>")
    except (ValueError, TypeError):
        return None
    return tree


# --------------------------------------------------------------------------- main text


def _extract(tree: HtmlElement, url: str | None) -> tuple[str, str, Any] | None:
    """Main text, the method that found it, and trafilatura's document (metadata)."""
    import trafilatura
    from trafilatura.metadata import extract_metadata

    common = {"url": url, "with_metadata": True, "date_extraction_params": dict(DATE_PARAMS)}
    traf = None
    method = "trafilatura"
    try:
        traf = trafilatura.bare_extraction(tree, **EXTRACT_OPTIONS, **common)
        if traf is None or len(traf.text or "") < MIN_PRECISE_CHARS:
            balanced = {**EXTRACT_OPTIONS, "favor_precision": False}
            second = trafilatura.bare_extraction(tree, **balanced, **common)
            if second is not None and len(second.text or "") > RETRY_RATIO * len(
                (traf and traf.text) or ""
            ):
                traf, method = second, "trafilatura-balanced"
    except Exception:  # trafilatura on broken markup: fall back below
        traf = None
    body = _clean_text(traf.text if traf is not None else "")
    if not body:
        if traf is None:
            try:
                traf = extract_metadata(tree, url, dict(DATE_PARAMS))
            except Exception:
                traf = None
        body, method = _fallback_text(tree)
    if not body:
        return None
    return body, method, traf


def _fallback_text(tree: HtmlElement) -> tuple[str, str]:
    from trafilatura import baseline, html2txt

    try:
        _, text, _ = baseline(tree)
        if _clean_text(text):
            return _clean_text(text), "baseline"
        return _clean_text(html2txt(tree)), "html2txt"
    except Exception:
        return "", "none"


def _clean_text(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


# --------------------------------------------------------------------------- metadata


def _build(
    tree: HtmlElement, body: str, method: str, traf: Any, origin: str, url: str | None
) -> Document:
    meta = _meta_tags(tree)
    ld = _jsonld_article(tree)
    ld_types = set(_as_list(ld.get("@type"))) if ld else set()
    got = lambda attr: getattr(traf, attr, None) if traf is not None else None  # noqa: E731

    scholarly = bool(meta.get("citation_title") or meta.get("citation_doi")) or bool(
        ld_types & SCHOLARLY_TYPES
    )
    canonical = _canonical(tree) or _first(meta.get("og:url")) or got("url")
    heading = _first_heading(tree)
    headlines = [
        heading,
        _itemprop_headline(tree),
        _ld_text(ld.get("headline")),
        _first(meta.get("og:title")),
        _first(meta.get("twitter:title")),
    ]
    sitename = _outlet(meta, tree, headlines, got("sitename"), url or canonical)
    publisher = (
        _first(meta.get("citation_publisher"))
        or _ld_name(ld.get("publisher"))
        or _first(meta.get("dc.publisher"))
        or sitename
    )
    sites = {sitename, publisher}
    title = _first(meta.get("citation_title")) or _page_title(
        [
            _ld_text(ld.get("headline")),
            got("title"),
            _first(meta.get("og:title")),
            _title_tag(tree),
        ],
        sites,
        heading,
    )
    if title and not meta.get("citation_title"):
        names = {n.casefold() for n in map(_clean_title, sites) if n}
        tag = _clean_title(_title_tag(tree))
        title = _fuller_title(title, [*headlines, tag and _strip_site(tag, names)])
    body = _strip_headline(body, [title, *headlines])
    body, contributors = _strip_trailing_chrome(body)

    orgs = {n.casefold() for n in (sitename, publisher) if n}
    if meta.get("citation_author"):
        authors = [_invert(a) for a in meta["citation_author"]]
    else:
        ld_people, ld_orgs = _ld_authors(ld.get("author"))
        md_people, md_orgs = _microdata_authors(tree)
        orgs |= {o.casefold() for o in (*ld_orgs, *md_orgs)}
        authors = _people(ld_people or md_people, orgs) or _meta_authors(meta, orgs)
        # no person in the metadata: the visible byline, then trafilatura's guess from the markup
        if not authors:
            visible, bylines = _visible_bylines(tree)
            authors = _people(visible, orgs)
            if not bylines:  # trafilatura's guess only where the page has no byline markup
                authors = authors or _people(_split_authors(got("author")), orgs)
    authors = _people(authors, orgs)

    published, date_source = _published(meta, ld, got("date"), tree, url or canonical)
    description = _first(meta.get("description")) or _first(meta.get("og:description"))
    description = description or got("description")
    tags = _dedupe(
        _keywords(
            [
                *(got("categories") or []),
                *(got("tags") or []),
                *meta.get("article:tag", []),
                *_as_list(ld.get("keywords")),
            ]
        )
    )
    doc = Document(
        text=body,
        origin=origin,
        format="html",
        kind=_kind(
            scholarly,
            ld_types | _microdata_types(tree),
            meta,
            (sitename, publisher, title, canonical or url),
            body,
            authors if published else [],
        ),
        title=title,
        authors=authors,
        published=published,
        publisher=publisher,
        language=_language(tree, meta, ld),
        url=url or canonical,
        abstract=_first(meta.get("citation_abstract")) or _ld_text(ld.get("abstract")),
    )
    if scholarly:
        doc.venue = _venue(meta)
        doc.doi = _doi(meta, ld)
    extra = {
        "sitename": sitename,
        "contributors": [c for c in _people(contributors, orgs) if c not in authors],
        "description": description,
        "tags": tags,
        "image": _first(meta.get("og:image")) or got("image"),
        "canonical_url": canonical,
        "extraction": method,
        "date_source": date_source,
        "jsonld_type": sorted(ld_types) or None,
        "og_type": _first(meta.get("og:type")),
    }
    doc.extra.update({k: v for k, v in extra.items() if v})
    return doc


def _meta_tags(tree: HtmlElement) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        key = el.get("name") or el.get("property") or el.get("itemprop") or el.get("http-equiv")
        value = (el.get("content") or "").strip()
        if key and value:
            out.setdefault(key.strip().lower(), []).append(value)
    return out


def _jsonld_all(tree: HtmlElement) -> list[dict[str, Any]]:
    """Every typed JSON-LD object of the page (``@graph`` members included)."""
    found: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$", "", raw)
        try:
            found.extend(_ld_objects(json.loads(raw, strict=False)))
        except (ValueError, RecursionError):
            continue
    return found


def _jsonld_article(tree: HtmlElement) -> dict[str, Any]:
    """The most specific article-like JSON-LD object of the page ({} if none), its author
    references (``{"@id": ...}``, as Yoast's ``@graph`` writes them) resolved."""
    found = _jsonld_all(tree)
    by_id = {o["@id"]: o for o in found if isinstance(o.get("@id"), str)}
    best: dict[str, Any] = {}
    best_rank = 0
    for obj in found:
        types = set(_as_list(obj.get("@type")))
        rank = 3 if types & (NEWS_TYPES | SCHOLARLY_TYPES) else 2 if types & ARTICLE_TYPES else 0
        if rank > best_rank:
            best, best_rank = obj, rank
    if best.get("author"):
        best = {**best, "author": [_ld_resolve(a, by_id) for a in _as_list(best["author"])]}
    return best


def _ld_resolve(item: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    """``{"@id": "#person-1"}`` -> the object with that ``@id`` (a Person with a name)."""
    if isinstance(item, dict) and not item.get("name") and isinstance(item.get("@id"), str):
        return by_id.get(item["@id"], item)
    return item


def _ld_objects(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 5:
        return
    if isinstance(node, list):
        for item in node:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(node, dict):
        if "@type" in node:
            yield node
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(node.get(key), (list, dict)):
                yield from _ld_objects(node[key], depth + 1)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _ld_text(value: Any) -> str | None:
    value = _as_list(value)[0] if _as_list(value) else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return value.strip() or None if isinstance(value, str) else None


def _ld_name(value: Any) -> str | None:
    for item in _as_list(value):
        name = _ld_text(item)
        if name:
            return name
    return None


def _ld_authors(value: Any) -> tuple[list[str], list[str]]:
    people: list[str] = []
    orgs: list[str] = []
    for item in _as_list(value):
        name = _ld_text(item)
        if not name:
            continue
        types = set(_as_list(item.get("@type"))) if isinstance(item, dict) else set()
        if types & ORG_TYPES:
            orgs.append(name)
        else:
            people.extend(_split_authors(name))
    return people, orgs


_KEYWORD_SPLIT = re.compile(r"[,;，；、]")


def _keywords(value: Any) -> list[str]:
    out: list[str] = []
    for item in _as_list(value):
        if isinstance(item, str):
            out.extend(k.strip() for k in _KEYWORD_SPLIT.split(item) if k.strip())
    return out


def _split_authors(value: str | None) -> list[str]:
    if not value:
        return []
    parts = _AUTHOR_SPLIT.split(_BY_PREFIX.sub("", value))
    out: list[str] = []
    for part in parts:
        pieces = [p.strip() for p in part.split(",")]
        # "A B, C D" is two people; "Last, First" is one
        if len(pieces) > 1 and all(" " in p for p in pieces):
            out.extend(pieces)
        else:
            out.append(part)
    return [_BY_PREFIX.sub("", p).strip(" ,.") for p in out if p.strip(" ,.")]


def _invert(name: str) -> str:
    """``"Okonkwo, Adaeze"`` -> ``"Adaeze Okonkwo"`` (citation_author style)."""
    parts = [p.strip() for p in name.split(",")]
    if len(parts) == 2 and all(parts) and not _SUFFIXES.match(parts[1]):
        return f"{parts[1]} {parts[0]}"
    return name.strip()


def _people(names: Iterable[str], orgs: set[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        name = re.sub(r"\s+", " ", name).strip()
        low = name.casefold()
        if not name or len(name) > 80 or low in orgs or any(o and o in low for o in orgs):
            continue
        if _ORG_WORDS.search(name) or _NOT_NAME.search(name):
            continue
        # one word in a script that spaces its names ("Staff", "Пекин") is not a person's name
        if len(name.split()) > 6 or (" " not in name and _SPACED_SCRIPT.search(name)):
            continue
        out.append(name)
    return _dedupe(out)


# meta tags (name or property) that name a page's author
_AUTHOR_META = (
    "author",
    "authors",
    "article:author",
    "byl",
    "creator",
    "dc.creator",
    "dc:creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
)


def _meta_authors(meta: dict[str, list[str]], orgs: set[str]) -> list[str]:
    """People named by the first author meta tag that names any (``DC.creator`` is ``"Last,
    First"``)."""
    for key in _AUTHOR_META:
        names = []
        for value in meta.get(key, []):
            pieces = [p.strip() for p in value.split(",")]
            if len(pieces) > 1 and person_name(_BY_PREFIX.sub("", pieces[0])):
                # "Lena Hart, Joel Amber", "Victor Tangermann, Futurism": the people
                names += [n for p in pieces for n in _split_authors(p) if person_name(n)]
            else:  # "Priya Ramaswamy and Oleg Varnakov"; DC.creator "Ramaswamy, Priya"
                names += [_invert(n) if "creator" in key else n for n in _split_authors(value)]
        if people := _people(names, orgs):
            return people
    return []


_NOT_NAME = re.compile(
    r"\d|@|https?:|www\.|\s[-–—]\s|\b(?:updated|published|posted|modified|min read|обновлено)\b",
    re.I,
)
_SPACED_SCRIPT = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")


def _microdata_types(tree: HtmlElement) -> set[str]:
    """schema.org types named in microdata (``itemtype="https://schema.org/NewsArticle"``)."""
    return {
        t.rstrip("/").rsplit("/", 1)[-1]
        for el in tree.iter()
        if isinstance(el.tag, str) and el.get("itemtype")
        for t in el.get("itemtype").split()
    }


def _microdata_authors(tree: HtmlElement) -> tuple[list[str], list[str]]:
    """schema.org microdata: ``itemprop="author"`` (a Person's ``itemprop="name"``)."""
    people: list[str] = []
    orgs: list[str] = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or "author" not in (el.get("itemprop") or "").split():
            continue
        names = [n for n in el.iter() if "name" in (n.get("itemprop") or "").split()]
        name = (names[0].get("content") or names[0].text_content()) if names else None
        name = name or el.get("content") or el.text_content()
        name = re.sub(r"\s+", " ", name or "").strip()
        if not name:
            continue
        if re.search(r"Organization|Corporation", el.get("itemtype") or ""):
            orgs.append(name)
        else:
            people.extend(_split_authors(name))
    return people, orgs


def _dedupe(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        item = item.strip()
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return out


def _first(values: list[str] | None) -> str | None:
    return values[0] if values else None


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = re.sub(r"\s+", " ", re.sub(r"<[^>]*>", "", title)).strip()
    return title or None


# " | ", " - ", " – ", " — ", " : ", " :: ", " · ", " » ", "_", "｜": what sites put between a
# headline and their name ("Headline_World_Site" on Chinese sites).
_TITLE_SEP = re.compile(r"\s+(?:[|\-–—·»/:]|::)\s+|\s*[_｜]\s*")


def _page_title(
    candidates: list[str | None], sites: set[str | None], heading: str | None
) -> str | None:
    """The headline: the first candidate that is not just the site name, with the site name
    (``"Headline | Site"``, ``"Site - Headline"``) cut off. Without a known site name, a title that
    is the page's ``<h1>`` followed by a separator and something shorter (a site name, not the
    rest of a headline) is cut back to the ``<h1>``."""
    names = {n.casefold() for n in map(_clean_title, sites) if n}
    heading = _clean_title(heading)
    for candidate in candidates:
        title = _clean_title(candidate)
        if not title or title.casefold() in names:
            continue
        title = _strip_site(title, names)
        if heading and title.casefold().startswith(heading.casefold()):
            rest = title[len(heading) :]
            sep = _TITLE_SEP.match(rest)
            if sep and len(rest[sep.end() :]) < len(heading):
                title = heading
        return title
    return None


def _strip_site(title: str, names: set[str]) -> str:
    """``"Headline | Site"`` -> ``"Headline"`` for a site name in ``names`` (casefolded)."""
    segments, pos = [], 0
    for sep in _TITLE_SEP.finditer(title):
        segments.append((pos, sep.start()))
        pos = sep.end()
    segments.append((pos, len(title)))
    part = lambda seg: title[seg[0] : seg[1]].strip().casefold()  # noqa: E731
    while len(segments) > 1 and part(segments[-1]) in names:
        segments.pop()
    while len(segments) > 1 and part(segments[0]) in names:
        segments.pop(0)
    return title[segments[0][0] : segments[-1][1]].strip()


def _title_tag(tree: HtmlElement) -> str | None:
    for el in tree.iter("title"):
        return el.text_content()
    return None


def _first_heading(tree: HtmlElement) -> str | None:
    for el in tree.iter("h1"):
        text = _clean_title(el.text_content())
        if text:
            return text
    return None


def _itemprop_headline(tree: HtmlElement) -> str | None:
    """The visible ``itemprop="headline"`` element (an ``<h2>`` on some CMSs)."""
    for el in tree.iter():
        if isinstance(el.tag, str) and "headline" in (el.get("itemprop") or "").split():
            text = _clean_title(el.get("content") or el.text_content())
            if text:
                return text
    return None


def _key(text: str | None) -> str:
    """Case-, space- and punctuation-insensitive form of a line, for comparing headlines."""
    return re.sub(r"[\W_]+", " ", (text or "").casefold()).strip()


def _fuller_title(title: str, headlines: list[str | None]) -> str:
    """The full headline when ``title`` (an ``og:title``, say) is only its start: ``"Putin
    acknowledges concerns"`` -> ``"Putin acknowledges concerns at Samarkand talks"`` (the
    ``<h1>``). An extension that starts with a separator (``" | Site"``) is not the headline's."""
    best = title
    for headline in map(_clean_title, headlines):
        if not headline or len(headline) <= len(best):
            continue
        if headline[: len(title)].casefold() != title.casefold():
            continue
        rest = headline[len(title) :]
        if re.match(r"\s+\w", rest) and not _TITLE_SEP.search(rest):
            best = headline
    return best


# Headline-like lines above the headline that a text may start with: a kicker or section label
# ("Explainer · China and Russia"), not a sentence.
_KICKER_MAX_WORDS = 10


def _strip_headline(body: str, headlines: list[str | None]) -> str:
    """The text without its headline: the title is metadata. A line equal to a headline
    (case/space-insensitive) among the first three goes, with the short kicker or section
    label lines above it; the standfirst after it stays."""
    keys = {_key(h) for h in headlines if _key(h)}
    lines = body.split("\n")
    for i, line in enumerate(lines[:3]):
        if _key(line) in keys:
            above = lines[:i]
            if all(
                len(x.split()) <= _KICKER_MAX_WORDS and not x.endswith((".", "!", "?", "。"))
                for x in above
            ):
                rest = "\n".join(lines[i + 1 :])
                return rest if rest.strip() else body
            break
    return body


_TRAILING_LABELS = {"footer", "credit", "contributor", "meta"}


def _strip_trailing_chrome(body: str) -> tuple[str, list[str]]:
    """Drop the lines at the end of the text that :mod:`detente.clean` names as chrome: a
    copyright or disclaimer footer, a photo credit, a contributor credit ("Reporting by ...;
    editing by ..."), a source/editor line. Returns the text and the contributors who are
    people (as the text reader keeps them)."""
    lines = body.split("\n")
    contributors: list[str] = []
    while len(lines) > 1:
        last = lines[-1]
        res = clean_lines([last])
        label = res.lines[0].label if res.lines else "body"
        if label not in _TRAILING_LABELS and not _desk_credit(last):
            break
        contributors = res.contributors + contributors
        lines.pop()
    return "\n".join(lines), _dedupe(contributors)


_CREDIT_PART = re.compile(
    r"^(?:additional\s+)?(?:reporting|research|writing|editing)\s+by\s+(?P<names>.+)$", re.I
)
_FUNCTION_WORDS = {"the", "and", "of", "in", "from", "with", "at", "for", "&"}


def _desk_credit(line: str) -> bool:
    """A credit that names no person: ``"Reporting by the wire desk."``, ``"Reporting by the
    Northstar Dispatch world desk; editing by the Europe and Asia team."``. Each part names a
    desk or team (or only capitalized names), so ``"Research by the institute shows ..."``,
    a sentence, is not one."""
    bare = line.strip("()（） ").rstrip(".")
    parts = re.split(r"\s*;\s*", bare)
    if len(bare.split()) > 30 or not any(rx.match(bare) for rx in _CONTRIB_RES):
        return False
    for part in parts:
        m = _CREDIT_PART.match(part)
        if not m:
            return False
        words = m["names"].split()
        last = re.sub(r"['’]s$", "", words[-1].lower().strip(".,"))
        if len(words) > 8 or not (
            last in ORG_WORDS or all(w[0].isupper() or w.lower() in _FUNCTION_WORDS for w in words)
        ):
            return False
    return True


# --------------------------------------------------------------------------- outlet (publisher)

_HOSTLIKE = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$", re.I)
_MAX_OWNER_WORDS = 6  # a copyright owner
_MAX_SITE_WORDS = 10  # a site name after the headline in the <title>


def _site_name(value: str | None) -> str | None:
    """``value`` if it can be an outlet's name: words, not a URL, host name or @handle."""
    value = _clean_title(value)
    if (
        not value
        or (_HOSTLIKE.match(value) and (value == value.lower() or "/" in value))
        or value.startswith("@")
        or len(value) > 120
        or not re.search(r"[^\W\d_]", value)
    ):
        return None
    return value


def _outlet(
    meta: dict[str, list[str]],
    tree: HtmlElement,
    headlines: list[str | None],
    found: str | None,
    url: str | None,
) -> str | None:
    """The outlet's name: ``og:site_name``; else the site part of the ``<title>`` (``"Headline |
    World | Site"``), ``<meta name="source">``/``application-name``, the owner in the footer's
    copyright line (``"© 2024 «Северный вестник»"``), trafilatura's site name if it is a name;
    a host name (``eastline.example``) only as the last resort."""
    candidates = (
        lambda: _first(meta.get("og:site_name")),
        lambda: _title_site(_title_tag(tree), headlines),
        lambda: _not_headline(_first(meta.get("source")), meta, tree),
        lambda: _not_headline(_first(meta.get("application-name")), meta, tree),
        lambda: _copyright_owner(_first(meta.get("copyright"))),
        lambda: _footer_owner(tree),
        lambda: None if _in_title(found, tree) else found,
    )
    for candidate in candidates:
        if name := _site_name(candidate()):
            return name
    match = re.match(r"https?://(?:www\.)?([^/:?#]+)", url or "")
    return match.group(1) if match else found


def _not_headline(name: str | None, meta: dict[str, list[str]], tree: HtmlElement) -> str | None:
    """``name`` unless it is the page's title (some pages put the headline in their
    ``application-name``)."""
    titles = (_title_tag(tree), _first(meta.get("og:title")), _first(meta.get("twitter:title")))
    return None if _key(name) in {_key(t) for t in titles} else name


def _in_title(name: str | None, tree: HtmlElement) -> bool:
    """Is ``name`` one of the parts of the ``<title>`` (trafilatura's guess of a site name from
    the title, which :func:`_title_site` did not confirm)?"""
    title = _clean_title(_title_tag(tree))
    if not name or not title:
        return False
    return _key(name) in {_key(part) for part in _TITLE_SEP.split(title)} | {_key(title)}


def _title_site(title: str | None, headlines: list[str | None]) -> str | None:
    """``"Headline | World | Site"`` -> ``"Site"`` (``"Site | Headline"`` -> ``"Site"``) when the
    headline part is one of the page's ``headlines`` (its ``<h1>``, ``og:title`` ...)."""
    title = _clean_title(title)
    keys = {_key(h) for h in headlines if _key(h)}
    if not title or not keys:
        return None
    seps = list(_TITLE_SEP.finditer(title))
    if not seps:
        return None

    def named(head: str, tail: str) -> bool:
        # a site name is a few words or shorter than the headline (an <h1> may be the logo)
        return _key(head) in keys and (
            len(tail.split()) <= _MAX_OWNER_WORDS or len(tail) < len(head)
        )

    site = None
    for sep in seps:  # "Headline <sep> ... <sep> Site"
        if named(title[: sep.start()], title[seps[-1].end() :].strip()):
            site = title[seps[-1].end() :].strip()
            break
    else:
        for sep in reversed(seps):  # "Site <sep> ... <sep> Headline"
            if named(title[sep.end() :], title[: seps[0].start()].strip()):
                site = title[: seps[0].start()].strip()
                break
    if not site or len(site.split()) > _MAX_SITE_WORDS or _key(site) in keys:
        return None
    return site


_OWNER_TRAIL = re.compile(
    r"(?:[\s,]+(?:(?:19|20)\d\d|ltd\.?|limited|inc\.?|llc|plc|gmbh|s\.a\.|co\.|pvt\.?|pty\.?))+$",
    re.I,
)
_COPYRIGHT_MARK = re.compile(
    r"©|&copy;|\(c\)\s*(?:19|20)\d\d|copyright\s*[©@]?\s*(?:19|20)\d\d|版权所有", re.I
)


def _copyright_owner(line: str | None) -> str | None:
    """The owner a copyright line names: ``"© 2022 Granite Coast Herald, a division of ..."`` ->
    ``"Granite Coast Herald"``; ``"版权所有 © 2024 东方时报"``, ``"东方时报 版权所有"`` -> 东方时报."""
    if not line or not _COPYRIGHT_MARK.search(line):
        return None
    line = re.sub(r"\s+", " ", line.replace("&copy;", "©")).strip()
    owners = []
    if "版权所有" in line:  # the owner follows "版权所有 ©" or precedes "版权所有"
        before, _, after = line.partition("版权所有")
        mark = r"(?:copyright|©|\(c\)|[\s:：,，\-–]|(?:19|20)\d\d)+"
        after = re.split(r"[\s,，。;；|]", re.sub(rf"^{mark}", "", after, flags=re.I))[0]
        before = re.split(r"[|｜。]", re.sub(rf"^{mark}|{mark}$", "", before, flags=re.I))[-1]
        owners = [after, before]
    elif m := _COPYRIGHT_OWNER.search(line):
        owner = re.split(r"\s+(?:all rights|все права)", m["owner"], flags=re.I)[0]
        if domain := re.match(r"[\w-]+(?:\.[a-z]{2,})+\b", line[m.start("owner") :], re.I):
            owner = domain.group(0)  # "© example.com", not "example"
        owners = [re.sub(r"^(?:by|von|par|от)\s+", "", owner.strip(), flags=re.I)]
    for owner in owners:
        owner = _OWNER_TRAIL.sub("", owner.strip(' -–—«»"“”')).strip(' -–—«»",“”')
        if (
            owner
            and owner[0].isalpha()
            and len(owner.split()) <= _MAX_OWNER_WORDS
            and not any(rx.search(owner) for rx in _FOOTER_RES)
        ):
            return owner
    return None


_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "meta", "link", "title"}


# a site's copyright notice, not a photo credit ("© Reuters"), outside a footer
_SITE_NOTICE = re.compile(r"(?:19|20)\d\d|all rights reserved|все права|版权所有", re.I)


def _footer_owner(tree: HtmlElement) -> str | None:
    """The owner named by the page footer's copyright line (the last one on the page). A page
    without footer markup: the last copyright notice with a year or "all rights reserved"."""
    scopes = [
        el
        for el in tree.iter()
        if isinstance(el.tag, str)
        and (el.tag == "footer" or re.search(r"footer|copyright", _attrs(el, "class", "id"), re.I))
    ]
    anywhere = not scopes
    if anywhere:
        body = tree.find("body")
        scopes = [body if body is not None else tree]
    owner = None
    for scope in scopes:
        for el in scope.iter():
            if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
                continue
            own = (el.text or "") + " ".join(child.tail or "" for child in el)
            if not _COPYRIGHT_MARK.search(own):  # the element that holds the notice ...
                continue
            text = re.sub(r"\s+", " ", el.text_content()).strip()  # ... with its links
            if len(text) <= 300 and (not anywhere or _SITE_NOTICE.search(text)):
                owner = _copyright_owner(text) or owner
    return owner


def _attrs(el: HtmlElement, *names: str) -> str:
    return " ".join(el.get(name) or "" for name in names)


# --------------------------------------------------------------------------- visible bylines

# class/itemprop/rel/id names of byline elements ("byline", "article__author", "createdby")
_BYLINE_ATTR = re.compile(r"by-?line|author|created-?by|writer|reporter|journalist", re.I)
# containers whose names are not the article's: comments, related stories, sidebars
_NOT_ARTICLE = re.compile(
    r"comment|related|recommend|popular|sidebar|teaser|promo|most-read|trending", re.I
)
_NOT_ARTICLE_TAGS = {"nav", "aside", "footer", "blockquote", "q", "figure", "figcaption"}


def _visible_bylines(tree: HtmlElement) -> tuple[list[str], bool]:
    """People named by the page's visible byline (``<span class="createdby">By Samuel
    Achterberg, Staff Writer</span>``, ``<a rel="author">``): the first byline element that
    names someone, and the byline elements next to it (``By <span class="author">A</span> and
    <span class="author">B</span>``). Also: does the page have byline markup with text at all
    (then what it names, or does not, is the answer)."""
    body = tree.find("body")
    marked = [
        el
        for el in (body if body is not None else tree).iter()
        if isinstance(el.tag, str)
        and el.tag not in _SKIP_TAGS
        and _BYLINE_ATTR.search(_attrs(el, "class", "itemprop", "rel", "id"))
        and el.text_content().strip()
    ]
    hits = [el for el in marked if not _outside_article(el) and not _hidden(el)]
    for el in hits:
        names = _byline_names(el)
        if not names:
            continue
        scope = el.getparent() if el.getparent() is not None else el
        for other in hits:
            if other is not el and _contains(scope, other):
                names += _byline_names(other)
        return _dedupe(names), True
    return [], bool(marked)


def _outside_article(el: HtmlElement) -> bool:
    for node in (el, *el.iterancestors()):
        if node.tag in ("body", "html"):  # "one-sidebar" there describes the layout
            break
        if node.tag in _NOT_ARTICLE_TAGS or _NOT_ARTICLE.search(_attrs(node, "class", "id")):
            return True
    return False


_HIDDEN = re.compile(r"(?:^|\s)(?:d-none|hidden|is-hidden|visually-hidden|sr-only)(?:$|\s)")


def _hidden(el: HtmlElement) -> bool:
    for node in (el, *el.iterancestors()):
        style = (node.get("style") or "").replace(" ", "").lower()
        if (
            node.get("hidden") is not None
            or node.get("aria-hidden") == "true"
            or "display:none" in style
            or _HIDDEN.search(node.get("class") or "")
        ):
            return True
    return False


def _contains(scope: HtmlElement, el: HtmlElement) -> bool:
    return any(node is scope for node in el.iterancestors())


# where a byline's names end: a date, a time, a handle ("By X @x Nov 18, 2019 • 2 min read")
_BYLINE_END = re.compile(
    r"\s*(?:\d|@|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.I,
)


def _byline_names(el: HtmlElement) -> list[str]:
    """People in one byline element's text: ``"By X, Staff Writer"`` -> X, ``"By X and Y"``.
    Every other part must be an outlet, a role or one word (a place: ``"Анна Верещагина,
    Пекин"``), else the element is not a byline (``"The Russian and Syrian ministries"``)."""
    text = re.sub(r"\s+", " ", " ".join(el.itertext())).strip()
    if not text or len(text) > 150:
        return []
    for rx in _BYLINE_RES:
        if m := rx.match(text):
            text = m["names"]
            break
    text = _BY_PREFIX.sub("", text)
    text = re.split(r"\s+[|·•]\s+|\s+(?:updated|published|posted)\b", text, flags=re.I)[0]
    text = _BYLINE_END.split(text, maxsplit=1)[0]
    names = []
    for piece in split_names(text):
        words = piece.split()
        while words and words[-1].casefold() in WIDGETS:  # "Anna Menin Share"
            words.pop()
        piece = " ".join(words)
        if re.fullmatch(r"[^\W\d_]+(?:[\s.'’-]+[^\W\d_]+)+", piece) and piece.isupper():
            piece = piece.title()  # "By LENA HARTWIG"
        name = person_name(piece)
        if name and name.split()[0].casefold() not in _ARTICLES:
            names.append(name)
        elif piece and len(words) > 1 and not _is_org(piece) and not _JOB.search(piece):
            return []
    return names


_ARTICLES = {"the", "a", "an"}


def _canonical(tree: HtmlElement) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href").strip()
    return None


def iso_date(value: str | None) -> str | None:
    """``YYYY-MM-DD``/``YYYY-MM``/``YYYY`` from the start of a stated date; None if not a date."""
    match = _ISO_DATE.match(value or "")
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        stated = date(year, month or 1, day or 1)
    except ValueError:
        return None
    if stated.year < 1000 or stated > date.today() + timedelta(days=1):
        return None
    return stated.isoformat()[: 10 if day else 7 if month else 4]


_DATE_META = (
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "sailthru.date",
    "parsely-pub-date",
)


def _published(
    meta: dict[str, list[str]],
    ld: dict[str, Any],
    found: str | None,
    tree: HtmlElement,
    url: str | None = None,
) -> tuple[str | None, str | None]:
    """Publication date and where it was stated; never a copyright year."""
    for key in _DATE_META[:3]:
        if iso := iso_date(_first(meta.get(key))):
            return iso, f"meta:{key}"
    for key in ("datePublished", "dateCreated"):
        if iso := iso_date(_ld_text(ld.get(key))):
            return iso, f"json-ld:{key}"
    for key in _DATE_META[3:]:
        if iso := iso_date(_first(meta.get(key))):
            return iso, f"meta:{key}"
    iso = iso_date(found)
    if iso and len(iso) == 10 and not _states_full_date(tree, iso, url):
        # htmldate (dateparser) fills a day the page does not give: the 1st, or today's day.
        year, month, day = map(int, iso.split("-"))
        filled = {1, min(date.today().day, calendar.monthrange(year, month)[1])}
        if iso.endswith("-01-01"):
            page = tree.text_content() if tree is not None else ""
            if re.search(_COPYRIGHT.format(year=iso[:4]), page, re.I):
                return None, None  # the year of a copyright notice
        if day in filled:
            iso = iso[:7]
    return (iso, "htmldate") if iso else (None, None)


_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip


def _states_full_date(tree: HtmlElement | None, iso: str, url: str | None = None) -> bool:
    """Does the page (an attribute such as ``<time datetime>``, its text, its URL) state the
    full date ``iso``, day included? A copyright notice only ever gives a year, and a date
    parser fills in a day nobody stated; a day written out is a real one."""
    if tree is None:
        return False
    y, m, d = iso.split("-")
    mi, di = int(m), int(d)
    name = _MONTHS[mi - 1]
    names = f"{name}|{name[:3]}" + ("|sept" if mi == 9 else "")
    forms = re.compile(
        rf"(?<!\d){y}[-/.]0?{mi}[-/.]0?{di}(?!\d)"  # 2024-01-01, 2024/1/1
        rf"|(?<!\d)0?{di}[./-]0?{mi}[./-]{y}(?!\d)"  # 01.01.2024
        rf"|(?<!\d)0?{mi}/0?{di}/{y}(?!\d)"  # 1/1/2024
        rf"|(?<!\d)0?{di}(?:st|nd|rd|th)?\.?\s+(?:{names})\.?,?\s+{y}(?!\d)"  # 1 January 2024
        rf"|\b(?:{names})\.?\s+0?{di}(?:st|nd|rd|th)?,?\s+{y}(?!\d)"  # January 1, 2024
        rf"|{y}\s*年\s*0?{mi}\s*月\s*0?{di}\s*日"  # 2024年1月1日
        rf"|/{y}/0?{mi}/0?{di}/",  # a URL path
        re.I,
    )
    attributes = "\n".join(
        value
        for el in tree.iter()
        if isinstance(el.tag, str)
        for value in el.attrib.values()
        if any(ch.isdigit() for ch in value)
    )
    text = " ".join(tree.itertext())  # " ": "World" and "October 1" are separate elements
    return any(forms.search(where) for where in (attributes, text, url or ""))


def _language(tree: HtmlElement, meta: dict[str, list[str]], ld: dict[str, Any]) -> str | None:
    candidates = [
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        _first(meta.get("content-language")),
        _first(meta.get("citation_language")),
        _first(meta.get("dc.language")),
        _ld_text(ld.get("inLanguage")),
        _first(meta.get("og:locale")),
    ]
    for value in candidates:
        match = re.match(r"\s*([A-Za-z]{2,3})(?:$|[-_,;\s])", value or "")
        if match:
            return match.group(1).lower()
    return None


def _venue(meta: dict[str, list[str]]) -> Venue | None:
    first, last = _first(meta.get("citation_firstpage")), _first(meta.get("citation_lastpage"))
    venue = Venue(
        name=_first(meta.get("citation_journal_title"))
        or _first(meta.get("citation_conference_title"))
        or _first(meta.get("citation_inbook_title")),
        volume=_first(meta.get("citation_volume")),
        issue=_first(meta.get("citation_issue")),
        pages=f"{first}-{last}" if first and last else first,
        issn=_first(meta.get("citation_issn")) or _first(meta.get("prism.issn")),
    )
    return None if venue.is_empty() else venue


def _doi(meta: dict[str, list[str]], ld: dict[str, Any]) -> str | None:
    values = [
        *meta.get("citation_doi", []),
        *meta.get("dc.identifier", []),
        *meta.get("prism.doi", []),
        *[
            v
            for v in _as_list(ld.get("identifier")) + _as_list(ld.get("sameAs"))
            if isinstance(v, str)
        ],
    ]
    for value in values:
        if match := _DOI.search(value):
            return match.group(0).rstrip(".,;").lower()
    return None


# "本报莫斯科3月22日电", "新华社北京5月16日电": a Chinese news dateline.
_DATELINE_ZH = re.compile(r"^\s*\S{0,16}?\d{1,2}月\d{1,2}日(?:\d{1,2}时)?电")


def _kind(
    scholarly: bool,
    ld_types: set[str],
    meta: dict[str, list[str]],
    where: tuple[str | None, str | None, str | None, str | None],
    body: str,
    authors: list[str],
) -> str:
    """``scholarly``, ``statement``, ``news`` or ``other``; ``where`` is (site name, publisher,
    title, URL), ``authors`` the people who signed a dated page. A headline about a joint
    statement with a reporter's byline is news, not a statement."""
    sitename, publisher, title, url = where
    if scholarly:
        return "scholarly"
    if any(_GOV_SITE.search(s or "") for s in (sitename, publisher, url)):
        return "statement"
    if (
        not ld_types & NEWS_TYPES
        and not authors
        and any(_STATEMENT_WORDS.search(s or "") for s in (title, url))
    ):
        return "statement"
    og_type = (_first(meta.get("og:type")) or "").lower()
    if ld_types & (NEWS_TYPES | {"Article"}) or og_type == "article":
        return "news"
    if meta.get("article:published_time"):
        return "news"
    lines = body.split("\n", 2)
    if any(_DATELINE.match(line) or _DATELINE_ZH.match(line) for line in lines[:2]):
        return "news"
    return "news" if authors else "other"


__all__ = ["DATE_PARAMS", "EXTRACT_OPTIONS", "decode_html", "iso_date", "read_html"]
