"""Scholarly records: Semantic Scholar, OpenAlex and Crossref JSON, JSONL and aggregator exports.

There is no full text, so a document's body is its title and abstract (title, blank line,
abstract). Everything else the record states goes to metadata: venue, DOI, dates with the precision
the record gives, ids and metrics in ``extra`` (``extra["source_schema"]`` names the flavour). An
*aggregator export* is one JSON record followed by rendered sections with labels such as ``标题``,
``Abstract``, ``摘要``, ``期刊介绍`` or ``影响因子: 2.1``: the sections fill what the record lacks;
journal description, metrics and translations go to ``extra``, never into the body.

Record positions (``Document.record`` and the ``origin#N`` of an error) count from 0: the item of a
JSON list, or the line of a JSONL file (its line number is ``N + 1``).
"""

from __future__ import annotations

import calendar
import html
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from lxml import etree

from detente.document import Document, Venue
from detente.errors import InputError
from detente.sources.decode import decode

Record = dict[str, Any]
UNKNOWN = (
    "JSON is not a scholarly record detente knows (Semantic Scholar, OpenAlex or Crossref); "
    "expected keys such as paperId, authorships/abstract_inverted_index or DOI/container-title"
)

# --------------------------------------------------------------------------- small value helpers
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WS = re.compile(r"\s+")
_TAG = re.compile(r"<\s*/?\s*[A-Za-z][\w:.-]*[^<>]*>")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Ideographs, kana, CJK and full-width punctuation (、。「」《》（），：；): a wrapped line is joined
# to its neighbour without a space when either side of the join is one of these.
_CJK_JOIN = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
# ‘ ’ “ ”: CJK punctuation next to CJK, English quotes otherwise
_CURLY = "\u2018\u2019\u201c\u201d"


def _clean(value: str) -> str:
    value = value.encode("utf-8", "replace").decode("utf-8")  # lone surrogates -> "?"
    return unicodedata.normalize("NFC", _CONTROL.sub("", value))


def _str(value: Any) -> str | None:
    """A one-line string (white space collapsed), or ``None`` for anything that is not a string."""
    return (_WS.sub(" ", _clean(value)).strip() or None) if isinstance(value, str) else None


def _scalar(value: Any) -> str | None:
    """Like :func:`_str` but also takes whole numbers (volume ``12``, an id ``4711``)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 10**15:
        return str(value)
    return _str(value)


def _first(value: Any) -> str | None:
    """The first usable string of a list (Crossref's ``title: [...]``), or the string itself."""
    if isinstance(value, list):
        return next((s for s in map(_scalar, value) if s), None)
    return _scalar(value)


def _int(value: Any) -> int | None:
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        digits = re.sub(r"[,\s]", "", value)
        value = int(digits) if digits.isdigit() and len(digits) < 16 else None
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**15
    return value if ok else None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _strings(value: Any) -> list[str]:
    return [s for s in map(_str, _list(value)) if s]


def _prose(value: Any, heading: bool = False) -> str | None:
    """Title or abstract text: markup stripped, paragraphs kept; ``heading`` drops a leading
    *Abstract* (OpenAlex and Crossref abstracts often begin with that word)."""
    if not isinstance(value, str):
        return None
    if "<" in value and _TAG.search(value):
        text = strip_markup(value)
    else:
        paras = (_WS.sub(" ", p).strip() for p in re.split(r"\n\s*\n", _clean(value)))
        text = "\n\n".join(p for p in paras if p)
    if heading:
        text = re.sub(r"^(?:Abstract|ABSTRACT|Summary)(?:\s*[:.]\s*|\s+(?=[A-Z\"“]))", "", text)
    return text or None


# --------------------------------------------------------------------------------------- markup
_JATS_ROOT = (
    '<root xmlns:jats="http://www.ncbi.nlm.nih.gov/JATS1" xmlns:xlink="http://www.w3.org/1999/xlink"'
    ' xmlns:mml="http://www.w3.org/1998/Math/MathML">'
)
_ENTITY = re.compile(r"&(?!(?:amp|lt|gt|quot|apos);)[A-Za-z][A-Za-z0-9]*;")
_BLOCKS = {"p", "title", "list-item", "disp-quote", "div", "br", "li", "sec"}
_DROP = {"label", "object-id", "script", "style"}


def strip_markup(markup: str) -> str:
    """Plain text of JATS/HTML ``markup`` (Crossref abstracts, titles with ``<i>``): paragraphs
    (``<jats:p>``, section titles) are separated by a blank line; an ``Abstract`` heading is dropped.
    """
    markup = _ENTITY.sub(lambda m: html.unescape(m.group(0)), _clean(markup))  # &nbsp; etc.
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(f"{_JATS_ROOT}{markup}</root>".encode(), parser)
    except (etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:  # nothing an XML parser can recover: drop the tags with a regex
        return _WS.sub(" ", _TAG.sub(" ", markup)).strip()
    paras: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = _WS.sub(" ", "".join(current)).strip()
        if text and not re.fullmatch(r"(?i)abstract|summary|摘要", text):
            paras.append(text)
        current.clear()

    def walk(el: Any) -> None:
        name = etree.QName(el).localname if isinstance(el.tag, str) else None
        if name is not None and name not in _DROP:  # not a comment, PI or label
            if name in _BLOCKS:
                flush()
            current.append(el.text or "")
            for child in el:
                walk(child)
            if name in _BLOCKS:
                flush()
        current.append(el.tail or "")

    walk(root)
    flush()
    return "\n\n".join(paras)


# ------------------------------------------------------------------------- normalized identifiers
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*|info:doi/)", re.IGNORECASE)
_ISSN = re.compile(r"^(\d{4})-?(\d{3}[\dX])$")
_ORCID = re.compile(r"(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$")
_LANGS = {
    "eng": "en", "english": "en", "英文": "en", "英语": "en", "zho": "zh", "chi": "zh",
    "chinese": "zh", "中文": "zh", "rus": "ru", "russian": "ru", "俄文": "ru", "俄语": "ru",
    "fra": "fr", "fre": "fr", "deu": "de", "ger": "de", "spa": "es", "jpn": "ja", "kor": "ko",
}  # fmt: skip


def normalize_doi(value: Any) -> str | None:
    """``https://doi.org/10.1/ABC`` or ``doi:10.1/abc`` -> ``10.1/abc``; ``None`` if not a DOI."""
    doi = _DOI_PREFIX.sub("", _str(value) or "").strip().lower().replace("%2f", "/")
    return doi if re.fullmatch(r"10\.\d{3,9}/\S+", doi) else None


def _issn(value: Any) -> str | None:
    for item in value if isinstance(value, list) else [value]:
        if m := _ISSN.match((_str(item) or "").upper()):
            return f"{m.group(1)}-{m.group(2)}"
    return None


def _orcid(value: Any) -> str | None:
    m = _ORCID.search((_str(value) or "").upper())
    return m.group(1) if m else None


def _language(value: Any) -> str | None:
    """ISO 639-1 code of a stated language (``en``, ``en-US``, ``eng``, ``英文``)."""
    lang = (_str(value) or "").lower()
    return lang[:2] if re.fullmatch(r"[a-z]{2}(?:[-_][a-z0-9]+)*", lang) else _LANGS.get(lang)


def _pages(first: Any, last: Any = None) -> str | None:
    pages, end = _scalar(first), _scalar(last)
    if pages and last is None:  # "12 - 34", "12–34"
        return re.sub(r"\s*[-\u2010-\u2015]+\s*", "-", pages)
    return f"{pages}-{end}" if pages and end and end != pages else pages or end


def _tail_id(value: Any) -> str | None:
    """``https://openalex.org/W123`` -> ``W123``."""
    return (_str(value) or "").rsplit("/", 1)[-1] or None


# -------------------------------------------------------------------------------------- dates
def _date(year: Any, month: Any = None, day: Any = None) -> str | None:
    """ISO date with the precision given: a bad month drops the day too; nothing is invented."""
    y, m, d = _int(year), _int(month), _int(day)
    if y is None or not 1000 <= y <= 2999:
        return None
    if m is None or not 1 <= m <= 12:
        return f"{y:04d}"
    if d is None or not 1 <= d <= calendar.monthrange(y, m)[1]:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _date_text(value: Any) -> str | None:
    """``2023-05-01``, ``2023/5``, ``2023年5月`` or a year number."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _date(value)
    pattern = r"\s*(\d{4})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?)?(?!\d)"
    m = re.match(pattern, _str(value) or "")
    return _date(*m.groups()) if m else None


def _date_parts(value: Any) -> str | None:
    """Crossref ``{"date-parts": [[2023, 5]]}`` -> ``2023-05``; ``[[null]]`` -> ``None``."""
    parts = _list(_dict(value).get("date-parts"))
    parts = _list(parts[0])[:3] if parts else []
    while parts and _int(parts[-1]) is None:
        parts.pop()
    return _date(*parts) if parts else None


# ------------------------------------------------------------------------------------- authors
def _person(given: Any, family: Any) -> str | None:
    return " ".join(p for p in (_str(given), _str(family)) if p) or None


def _display_name(value: Any) -> str | None:
    """A name as given; ``Family, Given`` is turned round to ``Given Family``."""
    name = _str(value)
    if name and name.count(",") == 1 and not _CJK.search(name):
        family, given = (p.strip() for p in name.split(","))
        name = f"{given} {family}" if family and given else name
    return name


def _split_names(value: str) -> list[str]:
    """``A; B``, ``A, B`` or ``王伟、李娜`` -> names; ``Petrova, Anna`` is one inverted name."""
    parts = re.split(r"\s*(?:[;；、\n&]|\band\b)\s*", value)
    if len(parts) == 1:
        pieces = re.split(r"\s*[,，]\s*", value)
        if not (len(pieces) == 2 and "," in value and len(pieces[0].split()) == 1):
            parts = pieces
    return [n for n in map(_display_name, parts) if n]


def _institutions(value: Any) -> list[dict[str, str]]:
    """``["Name"]``, ``[{"name": ...}]`` or OpenAlex ``[{"display_name", "country_code"}]``."""
    found = []
    for item in _list(value):
        d = _dict(item)
        if name := _str(item) or _str(d.get("display_name")) or _str(d.get("name")):
            country = _str(d.get("country_code"))
            found.append({"name": name, **({"country_code": country} if country else {})})
    return found


def _set_authors(doc: Document, value: Any, field: str, person: Callable[[Record], Record]) -> None:
    """People only, as plain names; ids, ORCIDs and institutions go to ``extra["author_details"]``."""
    if value is not None and not isinstance(value, list):
        doc.note(f"{field} is not a list; authors ignored")
    details = [{k: v for k, v in person(_dict(a)).items() if v} for a in _list(value)]
    details = [d for d in details if d.get("name")]
    doc.authors = [d["name"] for d in details]
    if any(len(d) > 1 for d in details):
        doc.extra["author_details"] = details


def _keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        return [k for k in map(_str, re.split(r"[;；,，、\n]", value)) if k]
    return _strings(value) or [n for x in _list(value) if (n := _str(_dict(x).get("display_name")))]


# ------------------------------------------------------------------------------------ mappers
def _new(schema: str, origin: str) -> Document:
    return Document(text="", origin=origin, format="scholarly", kind="scholarly", extra={"source_schema": schema})  # fmt: skip


def _semantic_scholar(rec: Record, origin: str) -> Document:
    doc = _new("semantic_scholar", origin)
    journal, pvenue = _dict(rec.get("journal")), _dict(rec.get("publicationVenue"))
    ids = _dict(rec.get("externalIds"))
    doc.title = _prose(rec.get("title"))
    doc.abstract = _prose(rec.get("abstract"), heading=True)
    doc.published = _date_text(rec.get("publicationDate")) or _date(rec.get("year"))
    doc.venue = Venue(
        name=_str(journal.get("name")) or _str(pvenue.get("name")) or _str(rec.get("venue")),
        volume=_scalar(journal.get("volume")),
        pages=_pages(journal.get("pages")),
        issn=_issn(pvenue.get("issn")),
    )
    doc.publisher = _str(pvenue.get("publisher"))
    doc.doi = normalize_doi(ids.get("DOI"))
    doc.url = _str(rec.get("url"))
    _set_authors(doc, rec.get("authors"), "authors", lambda a: {
        "name": _str(a.get("name")),
        "s2_author_id": _scalar(a.get("authorId")),
        "institutions": _institutions(a.get("affiliations")),
    })  # fmt: skip
    fields = _strings(rec.get("fieldsOfStudy"))
    fields += [
        c for x in _list(rec.get("s2FieldsOfStudy")) if (c := _str(_dict(x).get("category")))
    ]
    tldr = rec.get("tldr")
    doc.extra.update({
        "s2_paper_id": _scalar(rec.get("paperId")),
        "corpus_id": _scalar(rec.get("corpusId")) or _scalar(ids.get("CorpusId")),
        "external_ids": {k: s for k, v in ids.items() if (s := _scalar(v))},
        "citation_count": _int(rec.get("citationCount")),
        "influential_citation_count": _int(rec.get("influentialCitationCount")),
        "reference_count": _int(rec.get("referenceCount")),
        "fields_of_study": list(dict.fromkeys(fields)),
        "publication_types": _strings(rec.get("publicationTypes")),
        "tldr": _str(_dict(tldr).get("text")) or _str(tldr),
        "open_access_pdf": _str(_dict(rec.get("openAccessPdf")).get("url")),
    })  # fmt: skip
    return doc


def _openalex(rec: Record, origin: str) -> Document:
    doc = _new("openalex", origin)
    loc = _dict(rec.get("primary_location"))
    source = _dict(loc.get("source")) or _dict(rec.get("host_venue"))
    biblio = _dict(rec.get("biblio"))
    doc.title = _prose(rec.get("title")) or _prose(rec.get("display_name"))
    doc.abstract = _prose(_inverted_index(rec.get("abstract_inverted_index")), heading=True)
    doc.published = _openalex_date(doc, rec.get("publication_date"), rec.get("publication_year"))
    doc.venue = Venue(
        name=_str(source.get("display_name")),
        volume=_scalar(biblio.get("volume")),
        issue=_scalar(biblio.get("issue")),
        pages=_pages(biblio.get("first_page"), biblio.get("last_page")),
        issn=_issn(source.get("issn_l")) or _issn(source.get("issn")),
    )
    doc.publisher = _str(source.get("host_organization_name")) or _str(source.get("publisher"))
    doc.doi = normalize_doi(rec.get("doi")) or normalize_doi(_dict(rec.get("ids")).get("doi"))
    doc.language = _language(rec.get("language"))
    doc.url = _str(loc.get("landing_page_url")) or _str(rec.get("doi")) or _str(rec.get("id"))
    _set_authors(doc, rec.get("authorships"), "authorships", lambda a: {
        "name": _str(_dict(a.get("author")).get("display_name")) or _display_name(a.get("raw_author_name")),
        "orcid": _orcid(_dict(a.get("author")).get("orcid")),
        "openalex_id": _tail_id(_dict(a.get("author")).get("id")),
        "institutions": _institutions(a.get("institutions")),
    })  # fmt: skip
    doc.extra.update({
        "openalex_id": _tail_id(rec.get("id")),
        "type": _str(rec.get("type")),
        "citation_count": _int(rec.get("cited_by_count")),
        "venue_type": _str(source.get("type")),
        "topics": _keywords(rec.get("topics")),
        "keywords": _keywords(rec.get("keywords")),
    })  # fmt: skip
    return doc


def _openalex_date(doc: Document, stated: Any, year: Any) -> str | None:
    """OpenAlex fills a date known only to the year in as 1 January (``2018-01-01`` with
    ``publication_year: 2018``): that is read as the year, not as a day nobody stated."""
    published = _date_text(stated)
    if published and published.endswith("-01-01") and published[:4] == _date(year):
        doc.extra["openalex_publication_date"] = published
        doc.note(f"OpenAlex date {published} read as the year {published[:4]} (1 January is "
                 "OpenAlex's filler for a date known only to the year)")  # fmt: skip
        return published[:4]
    return published or _date(year)


def _inverted_index(index: Any) -> str | None:
    """Rebuild OpenAlex's ``abstract_inverted_index`` (word -> positions) into text."""
    words: dict[int, str] = {}
    for word, places in _dict(index).items():
        for place in _list(places):
            if isinstance(place, int) and not isinstance(place, bool) and 0 <= place < 1_000_000:
                words[place] = word
    return " ".join(words[k] for k in sorted(words)) or None


def _crossref(rec: Record, origin: str) -> Document:
    doc = _new("crossref", origin)
    doc.title = _prose(_first(rec.get("title")))
    if subtitle := _prose(_first(rec.get("subtitle"))):
        doc.extra["subtitle"] = subtitle
        if doc.title and subtitle.casefold() not in doc.title.casefold():
            doc.title = f"{doc.title}{'' if doc.title[-1] in '?!:.' else ':'} {subtitle}"
    doc.abstract = _prose(rec.get("abstract"), heading=True)
    dates = ("published", "issued", "published-print", "published-online")
    doc.published = next((d for d in (_date_parts(rec.get(k)) for k in dates) if d), None)
    doc.venue = Venue(
        name=_first(rec.get("container-title")),
        volume=_scalar(rec.get("volume")),
        issue=_scalar(rec.get("issue")),
        pages=_pages(rec.get("page")),
        issn=_issn(rec.get("ISSN")),
    )
    doc.publisher = _str(rec.get("publisher"))
    doc.doi = normalize_doi(rec.get("DOI"))
    doc.language = _language(rec.get("language"))
    resource = _dict(_dict(rec.get("resource")).get("primary"))
    doc.url = _str(rec.get("URL")) or _str(resource.get("URL"))
    _set_authors(doc, rec.get("author"), "author", lambda a: {
        "name": _person(a.get("given"), a.get("family")),  # {"name": ...} alone is a group
        "orcid": _orcid(a.get("ORCID")),
        "institutions": _institutions(a.get("affiliation")),
    })  # fmt: skip
    authors = [_dict(a) for a in _list(rec.get("author"))]
    doc.extra.update({
        "type": _str(rec.get("type")),
        "citation_count": _int(rec.get("is-referenced-by-count")),
        "group_authors": [g for a in authors if not _person(a.get("given"), a.get("family"))
                          and (g := _str(a.get("name")))],
        "subjects": _strings(rec.get("subject")),
    })  # fmt: skip
    return doc


_CUSTOM_KEYS = {
    "title": ("title", "标题", "题名", "name"),
    "abstract": ("abstract", "summary", "abstract_en", "英文摘要"),
    "authors": ("authors", "author", "creators", "作者"),
    "date": ("publication_date", "publicationDate", "date", "published", "pub_date", "发表时间", "year", "年份"),
    "venue": ("journal", "venue", "source", "container", "publication", "期刊", "来源"),
    "citations": ("citations", "citation_count", "citationCount", "cited_by", "引用次数", "被引次数"),
}  # fmt: skip


def _custom(rec: Record, origin: str) -> Document:
    """A record in an aggregator's own shape (only read when sections follow it)."""
    doc = _new("custom", origin)
    pick = {f: next((rec[k] for k in keys if rec.get(k) not in (None, "", [])), None)
            for f, keys in _CUSTOM_KEYS.items()}  # fmt: skip
    doc.title = _prose(_first(pick["title"]))
    doc.abstract = _prose(pick["abstract"], heading=True)
    doc.published = _date_text(_first(pick["date"]))
    venue = _dict(pick["venue"])
    v = {**venue, **rec}
    doc.venue = Venue(
        name=_first(pick["venue"]) or _str(venue.get("name")) or _str(venue.get("title")),
        volume=_scalar(v.get("volume")),
        issue=_scalar(v.get("issue")),
        pages=_pages(v.get("pages") or v.get("page")),
        issn=_issn(v.get("issn") or v.get("ISSN")),
    )
    doc.publisher = _first(rec.get("publisher"))
    doc.doi = normalize_doi(_first(rec.get("doi") or rec.get("DOI")))
    doc.language = _language(rec.get("language"))
    doc.url = _str(rec.get("url")) or _str(rec.get("link"))
    if isinstance(authors := pick["authors"], str):
        doc.authors = _split_names(authors)
    else:
        _set_authors(doc, authors, "authors", lambda a: {
            "name": _str(a.get("name")) or _str(a.get("display_name")) or _person(a.get("given"), a.get("family")),
        })  # fmt: skip
        doc.authors += [n for n in map(_display_name, _list(authors)) if n]
    doc.extra["citation_count"] = _int(pick["citations"])
    doc.extra["keywords"] = _keywords(rec.get("keywords"))
    return doc


MAPPERS: dict[str, Callable[[Record, str], Document]] = {
    "semantic_scholar": _semantic_scholar,
    "openalex": _openalex,
    "crossref": _crossref,
    "custom": _custom,
}


def schema_of(rec: Any) -> str | None:
    """``semantic_scholar``, ``openalex``, ``crossref`` or ``None`` for a record (a JSON object)."""
    if not isinstance(rec, dict):
        return None
    has = rec.keys().__contains__
    if has("paperId") or has("corpusId"):
        return "semantic_scholar"
    openalex_id = re.match(r"(?:https://openalex\.org/)?W\d+$", _str(rec.get("id")) or "")
    if openalex_id or any(map(has, ("authorships", "abstract_inverted_index", "primary_location"))):
        return "openalex"
    dated = any(
        "date-parts" in _dict(rec.get(k)) for k in ("issued", "published", "published-print")
    )
    if dated or any(map(has, ("DOI", "container-title", "is-referenced-by-count"))):
        return "crossref"
    if has("externalIds") and (has("citationCount") or has("fieldsOfStudy")):
        return "semantic_scholar"
    return None


def _finish(doc: Document, where: str, record: str | None = None) -> Document | InputError:
    if doc.venue is not None and doc.venue.is_empty():
        doc.venue = None
    doc.extra = {k: v for k, v in doc.extra.items() if v not in (None, [], {})}
    if not doc.title and not doc.abstract:
        return InputError(where, f"{doc.extra['source_schema']} record has neither a title nor an abstract")  # fmt: skip
    doc.text = "\n\n".join(p for p in (doc.title, doc.abstract) if p)
    doc.record = record
    return doc


def _guarded(read: Callable[[], Document | InputError], where: str) -> Document | InputError:
    """Last line of defence: a record detente fails on becomes an error for that record only."""
    try:
        return read()
    except Exception as exc:  # pragma: no cover - a bug in this module, not in the input
        return InputError(where, f"detente failed on this record ({type(exc).__name__}: {exc}); please report it")  # fmt: skip


def _read_record(rec: Any, origin: str, record: str | None) -> Document | InputError:
    where = f"{origin}#{record}" if record is not None else origin
    if not isinstance(rec, dict):
        return InputError(where, f"record is a JSON {type(rec).__name__}, not an object")
    if (schema := schema_of(rec)) is None:
        return InputError(where, f"{UNKNOWN}; this record has keys: {', '.join(list(rec)[:8])}")
    return _guarded(lambda: _finish(MAPPERS[schema](rec, origin), where, record), where)


# ------------------------------------------------------------------------ containers and lines
def _records(value: Any) -> tuple[list[Any], bool]:
    """Unwrap the API envelopes: ``(records, is_list)``."""
    if isinstance(value, list):
        return value, True
    if isinstance(value, dict):
        message = value.get("message")
        if isinstance(message, dict) and ("message-type" in value or "status" in value):
            if value.get("message-type") == "work-list" or "items" in message:
                return _list(message.get("items")), True
            return [message], False
        for key, markers in (("data", ("total", "offset", "next")), ("results", ("meta",))):
            if isinstance(value.get(key), list) and any(m in value for m in markers):
                return value[key], True
    return [value], False


def _loads(text: str, origin: str, line: int | None = None) -> Any:
    """``json.loads`` with an :class:`InputError` a user can act on (line, column, truncation)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        reason = f"malformed JSON at line {line or exc.lineno} column {exc.colno}: {exc.msg}"
        # Cut off: the parser ran out of text, or a string never ends. (An error on the last
        # character, such as a trailing comma before the closing "]", is not a truncation.)
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            reason += (
                " (the JSON stops before it is complete: truncated? export or download it again)"
            )
        raise InputError(origin, reason) from None
    except RecursionError:
        raise InputError(origin, "JSON is nested too deeply to be a scholarly record") from None
    except ValueError as exc:  # e.g. an integer with more than 4300 digits
        raise InputError(origin, f"JSON holds a value detente cannot read ({exc})") from None


def _parses(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict | list)
    except (ValueError, RecursionError):
        return False


def read_scholarly(data: bytes, origin: str) -> Iterator[Document | InputError]:
    """Read Semantic Scholar, OpenAlex or Crossref JSON (one record, a list or an API response),
    JSONL (one record per line) or an aggregator export (one JSON record followed by sections)."""
    text = decode(data, origin)[0].lstrip("\ufeff")
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        yield from _read_not_one_value(text, origin)
        return
    records, is_list = _records(value)
    if not records:
        raise InputError(origin, "the JSON holds no records (an empty list or search result)")
    if not any(map(schema_of, records)):
        first = records[0]
        found = f"keys {', '.join(list(first)[:8])}" if isinstance(first, dict) else f"a JSON {type(first).__name__}"  # fmt: skip
        raise InputError(origin, f"{UNKNOWN}; found {found}{' in the first record' if is_list else ''}")  # fmt: skip
    for i, rec in enumerate(records):
        yield _read_record(rec, origin, str(i) if is_list else None)


def _read_not_one_value(text: str, origin: str) -> Iterator[Document | InputError]:
    """JSONL, an aggregator export (JSON, then text), or malformed JSON."""
    lines = text.splitlines()
    body = [ln for ln in lines if ln.strip()]
    try:
        value, end = json.JSONDecoder().raw_decode(text, len(text) - len(text.lstrip()))
    except (ValueError, RecursionError):
        value, end = None, len(text)
    rest = text[end:]
    # JSON followed by text that is not more JSON: an aggregator export (surely one with labels)
    export = isinstance(value, dict) and rest.strip() and not any(map(_parses, rest.splitlines()))
    if export and any(label in _LABELS for label, _ in parse_sections(rest)):
        yield _guarded(lambda: read_aggregator(value, rest, origin), origin)
    elif len(body) >= 2 and sum(map(_parses, body)) * 2 >= len(body):
        yield from _read_jsonl(lines, origin)
    elif export:
        yield _guarded(lambda: read_aggregator(value, rest, origin), origin)
    else:
        _loads(text, origin)  # raises the precise error


def _read_jsonl(lines: list[str], origin: str) -> Iterator[Document | InputError]:
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            records, is_list = _records(_loads(line, f"{origin}#{i}", line=i + 1))
        except InputError as exc:
            yield exc
            continue
        for j, rec in enumerate(records):
            yield _read_record(rec, origin, f"{i}.{j}" if is_list else str(i))


# --------------------------------------------------------------------------- aggregator exports
_LABELS = {
    "title": ("标题", "题目", "题名", "title", "英文标题", "english title"),
    "abstract": ("abstract", "英文摘要", "english abstract"),
    "zh_abstract": ("摘要", "中文摘要", "摘要翻译", "chinese abstract"),
    "zh_title": ("中文标题", "标题翻译", "中文题目", "chinese title"),
    "citations": ("引用次数", "被引次数", "被引", "引用", "citations", "cited by", "citation count"),
    "journal_description": ("期刊介绍", "期刊简介", "journal description", "about the journal"),
    "impact_factor": ("影响因子", "impact factor", "if", "jif"),
    "five_year_impact_factor": ("五年影响因子", "5年影响因子", "5-year impact factor", "five-year impact factor", "5-year if", "5-year jif"),
    "jcr_quartile": ("jcr分区", "jcr", "jcr quartile"),
    "cas_zone": ("中科院分区", "中科院", "cas分区"),
    "keywords": ("关键词", "关键字", "keywords"),
    "authors": ("作者", "authors", "author"),
    "doi": ("doi",),
    "journal": ("期刊", "期刊名", "来源", "journal", "source", "venue"),
    "published": ("发表时间", "发表日期", "出版时间", "发表年份", "年份", "日期", "year", "date", "published"),
    "publisher": ("出版社", "出版商", "publisher"),
    "language": ("语言", "语种", "language"),
    "url": ("链接", "网址", "url", "link"),
}  # fmt: skip
_LABEL_OF = {label: key for key, labels in _LABELS.items() for label in labels}
_DECOR = " \t#*【】[]■●▌|>"
_PROSE = {"abstract", "zh_abstract", "journal_description", "_preamble"}
# Sections that fill a Document field the record left empty, with the function reading the value.
_FILL: dict[str, tuple[str, Callable[[str], Any]]] = {
    "doi": ("doi", normalize_doi),
    "published": ("published", _date_text),
    "publisher": ("publisher", _str),
    "language": ("language", _language),
    "url": ("url", _str),
    "authors": ("authors", _split_names),
}


_BRACKETED = re.compile(r"^[【〖]\s*([^【】〖〗\n]{1,30}?)\s*[】〗]\s*[:：]?\s*(.*)$")
_SENTENCE = re.compile(r"[，。,.;；!?！？/“”\"]")


def _label(
    line: str, in_prose: bool = False, awaiting: bool = False, after_blank: bool = False
) -> tuple[str, str] | None:
    """``(label, inline value)`` if ``line`` starts a section; known labels map to their key.

    An unknown label starts a section only if it looks like one: short, with no sentence
    punctuation, either ``收录情况：SSCI`` or a heading alone on its line in brackets
    (``【五年影响因子】``). Unknown labels are not looked for where a value is expected: inside prose
    (``目的：`` in an abstract; only a bracketed heading after a blank line ends a prose section)
    or on the line under a heading whose value is still empty (``awaiting``: under ``【中文标题】``
    the line ``北极上的资本：从亚马尔到…`` is the title, not a section).
    """
    s = line.strip().strip(_DECOR)
    bare = s.rstrip(":： ").strip(_DECOR).casefold()
    if bare in _LABEL_OF:
        return _LABEL_OF[bare], ""
    if m := _BRACKETED.match(line.strip().lstrip(_DECOR.replace("【", ""))):
        name, value, bracketed = m.group(1).strip(_DECOR), m.group(2).strip(), True
    elif m := re.match(r"^([^:：]{1,30}?)\s*[:：]\s*(.*)$", s):
        name, value, bracketed = m.group(1).strip(_DECOR), m.group(2).strip(), False
    else:
        return None
    if name.casefold() in _LABEL_OF:
        return _LABEL_OF[name.casefold()], value
    if not name or _SENTENCE.search(name):
        return None
    if bracketed and not value:  # 【五年影响因子】 alone: a heading, even under an empty one
        return (name, "") if not in_prose or after_blank else None
    if awaiting:
        return None
    if not in_prose and ((_CJK.search(name) and len(name) <= 12) or not value):
        return name, value  # an unknown label, kept as it is
    return None


def _cjk_join(left: str, right: str) -> bool:
    """Whether two wrapped lines join without a space: either side of the join is CJK or CJK
    punctuation. Curly quotes take the side of what they quote (``和`` + ``“北极`` -> ``和“北极``,
    but ``the`` + ``“new era”`` keeps its space)."""
    left, right = left.rstrip(_CURLY) or left, right.lstrip(_CURLY) or right
    return bool(_CJK_JOIN.match(left[-1]) or _CJK_JOIN.match(right[0]))


def _join_lines(lines: list[str]) -> str:
    """Lines to text: blank lines separate paragraphs; no space is put at a CJK join."""
    paras, cur = [], ""
    for line in [*lines, ""]:
        line = _WS.sub(" ", _clean(line)).strip()
        if not line:
            paras, cur = [*paras, cur] if cur else paras, ""
        elif cur and not _cjk_join(cur, line):
            cur = f"{cur} {line}"
        else:
            cur += line
    return "\n\n".join(paras)


def parse_sections(rendered: str) -> list[tuple[str, str]]:
    """Split an aggregator's rendered text into ``(label, value)`` pairs, in order."""
    sections: list[tuple[str, list[str]]] = []
    previous = ""
    for line in rendered.splitlines():
        found = _label(
            line,
            in_prose=bool(sections) and sections[-1][0] in _PROSE,
            awaiting=bool(sections) and not any(v.strip() for v in sections[-1][1]),
            after_blank=not previous.strip(),
        )
        if found:
            sections.append((found[0], [found[1]]))
        elif sections:
            sections[-1][1].append(line)
        elif line.strip():
            sections.append(("_preamble", [line]))
        previous = line
    return [(label, _join_lines(lines)) for label, lines in sections]


def read_aggregator(value: Record, rendered: str, origin: str) -> Document | InputError:
    """One aggregator export: the JSON ``value`` and the ``rendered`` sections after it."""
    schema = schema_of(value) or "custom"
    doc = MAPPERS[schema](value, origin)
    doc.extra.update(source_schema="aggregator", record_schema=schema)
    journal: dict[str, Any] = {}
    zh: dict[str, str] = {}
    other: dict[str, str] = {}
    for label, text in parse_sections(rendered):
        number = re.search(r"\d[\d,]*(?:\.\d+)?", text)
        if not text:
            continue
        if label in _FILL and not getattr(doc, _FILL[label][0]):
            setattr(doc, _FILL[label][0], _FILL[label][1](text))
        elif label == "title" and _CJK.search(text) and doc.title and not _CJK.search(doc.title):
            zh.setdefault("title", text)  # a translated title under 标题
        elif label in ("title", "abstract"):
            setattr(doc, label, getattr(doc, label) or _prose(text, heading=label == "abstract"))
        elif label in ("zh_abstract", "zh_title") and _CJK.search(text):
            zh.setdefault(label[3:], text)
        elif label == "zh_abstract":  # 摘要 in English: the abstract itself
            doc.abstract = doc.abstract or text
        elif label == "citations" and number and (count := _int(number.group(0).split(".")[0])) is not None:  # fmt: skip
            doc.extra["citation_count"] = doc.extra.get("citation_count") or count
        elif label == "journal_description":
            journal["description"] = text
        elif label in ("impact_factor", "five_year_impact_factor") and number and len(number.group(0)) < 20:  # fmt: skip
            journal[label] = float(number.group(0).replace(",", ""))
        elif label in ("jcr_quartile", "cas_zone"):
            m = re.search(r"(?i)\bQ\s*([1-4])\b|^([1-4])\s*区?$|([1-4])\s*区", text)
            digit = next((g for g in m.groups() if g), None) if m else None
            journal[label] = (
                (f"Q{digit}" if label == "jcr_quartile" else f"{digit}区") if digit else text
            )
        elif label == "keywords":
            doc.extra["keywords"] = doc.extra.get("keywords") or _keywords(text)
        elif label == "journal":
            doc.venue = doc.venue or Venue()
            doc.venue.name = doc.venue.name or text
        elif label not in _LABELS:
            other[label] = text
    doc.extra.update(journal=journal, translations={"zh": zh} if zh else None, sections=other)
    return _finish(doc, origin)
