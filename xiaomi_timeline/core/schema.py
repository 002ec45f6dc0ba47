"""The document format: pydantic v2 models, frozen, strict about unknown fields.

These models are the single definition of the JSON format. The JSON Schema in
``resources/schema/`` is generated from them (``xiaomi-timeline schema``) and a test keeps it
current. Field-level checks stay declarative (patterns, literals) so pydantic-core validates
100k events without calling back into Python; cross-references and calendar checks run once
afterwards in :mod:`xiaomi_timeline.core.loading.checks`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from xiaomi_timeline.core.dates import PARTIAL_DATE_PATTERN, PartialDate

SCHEMA_ID = "https://xiaomi-ai-timeline.github.io/schema/timeline-v1.json"

Id = Annotated[
    str,
    Field(
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$",
        max_length=128,
        description="Identifier: letters, digits, '.', '_', ':' or '-', starting with a letter "
        "or digit. Unique within its list.",
    ),
]
LanguageCode = Annotated[
    str,
    Field(
        pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
        description="BCP 47 language tag, e.g. en, id, zh-Hans, zh-Hant.",
    ),
]
PartialDateText = Annotated[
    str,
    Field(
        pattern=PARTIAL_DATE_PATTERN,
        description="A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD "
        "(proleptic Gregorian). Years before 1 use astronomical numbering with a minus sign "
        "and four to twelve digits: -0043 is 44 BC (0000 is 1 BC), -13700000000 is 13.7 "
        "billion years ago. Precision is how much is known, not how long something lasted.",
        examples=["2019", "2023-04", "2024-12-20", "-0043-03-15", "-13700000000"],
    ),
]
NonEmptyText = Annotated[str, Field(min_length=1)]
TextsByLanguage = Annotated[
    dict[LanguageCode, NonEmptyText],
    Field(min_length=1, json_schema_extra={"additionalProperties": False}),
]
LocalizedText = Annotated[
    NonEmptyText | TextsByLanguage,
    Field(
        union_mode="left_to_right",  # a plain string is the common case: try it first
        description="Plain text (taken as the document's default language) or an object of "
        'texts by language, e.g. {"en": "...", "id": "..."}.',
    ),
]
Color = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$", description="#RRGGBB")]
Url = Annotated[
    str,
    Field(
        # Schemes are case-insensitive; spelled out so editors' (ECMA) regexes agree.
        pattern=r"^[Hh][Tt][Tt][Pp][Ss]?://\S+$",
        max_length=2048,
        description="A web address: http:// or https:// (in any letter case).",
    ),
]

ClaimStatus = Literal["confirmed", "reported", "disputed"]
Reliability = Literal["high", "medium", "low"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Category(_Frozen):
    """A kind of event; sets the colour and the default lane."""

    id: Id
    label: LocalizedText
    color: Color | None = Field(
        default=None,
        description="Marker and lane colour; omitted, the app picks one of a fixed set in order.",
    )
    description: LocalizedText | None = None


class Affiliation(_Frozen):
    """Who was where, when: a person's role at an organization over a (partial) period."""

    organization: Id
    role: LocalizedText | None = None
    start: PartialDateText | None = None
    end: PartialDateText | None = None
    note: LocalizedText | None = None
    sources: tuple[Id, ...] = ()


class Person(_Frozen):
    """A person, with names in several scripts and aliases that all find them."""

    id: Id
    name: LocalizedText
    aliases: tuple[NonEmptyText, ...] = Field(
        default=(), description="Other names and spellings, in any script."
    )
    born: PartialDateText | None = None
    description: LocalizedText | None = None
    affiliations: tuple[Affiliation, ...] = ()
    sources: tuple[Id, ...] = ()


class Organization(_Frozen):
    """A company, unit, university, publisher or other body."""

    id: Id
    name: LocalizedText
    aliases: tuple[NonEmptyText, ...] = ()
    kind: NonEmptyText | None = Field(default=None, examples=["company", "university", "media"])
    parent: Id | None = None
    founded: PartialDateText | None = None
    description: LocalizedText | None = None
    sources: tuple[Id, ...] = ()


class Source(_Frozen):
    """Where a claim comes from. Events cite sources by id."""

    id: Id
    title: LocalizedText
    publisher: NonEmptyText | None = None
    date: PartialDateText | None = None
    url: Url | None = None
    language: LanguageCode | None = None
    reliability: Reliability | None = None
    """How far the document trusts this source; None when it does not say (the app then says
    nothing of the source's reliability: that judgement is the document's)."""
    note: LocalizedText | None = None


class Claim(_Frozen):
    """One side of a disagreement, with the sources that say it."""

    text: LocalizedText
    sources: tuple[Id, ...] = ()


class Conflict(_Frozen):
    """A point on which sources disagree: what is at stake and each side's claim."""

    topic: LocalizedText
    claims: tuple[Claim, ...] = Field(default=(), description="The competing claims.")
    note: LocalizedText | None = None


class Event(_Frozen):
    """Something that happened, when, to whom, how sure we are and who says so."""

    id: Id
    title: LocalizedText
    description: LocalizedText | None = None
    start: PartialDateText
    end: PartialDateText | None = Field(
        default=None, description="Set only for things that lasted; omit for a moment."
    )
    date_note: LocalizedText | None = Field(
        default=None, description="Why the date is uncertain, or how sources date it otherwise."
    )
    category: Id
    status: ClaimStatus = Field(
        default="reported",
        description="How sure the event is. Omitted means reported: the app never shows a "
        "claim as confirmed unless the file says so.",
    )
    status_note: LocalizedText | None = None
    people: tuple[Id, ...] = ()
    organizations: tuple[Id, ...] = ()
    sources: tuple[Id, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    notes: tuple[LocalizedText, ...] = Field(
        default=(), description="Editorial notes, e.g. corrections of a mistranslated source."
    )
    tags: tuple[NonEmptyText, ...] = ()
    related: tuple[Id, ...] = Field(default=(), description="Ids of related events.")

    @property
    def claim_only_sources(self) -> tuple[str, ...]:
        """Sources cited only by the claims of its conflicts, in order of first citation."""
        listed = set(self.sources)
        cited = (s for c in self.conflicts for claim in c.claims for s in claim.sources)
        return tuple(dict.fromkeys(s for s in cited if s not in listed))

    @property
    def cites_no_source(self) -> bool:
        """Neither the event nor any claim of its conflicts cites a source: nothing to check."""
        return not self.sources and not self.claim_only_sources

    @property
    def start_date(self) -> PartialDate:
        return PartialDate.parse(self.start)

    @property
    def end_date(self) -> PartialDate | None:
        return PartialDate.parse(self.end) if self.end is not None else None


class Era(_Frozen):
    """A labelled period drawn behind the events ("Tang dynasty", "Lei Jun's AI push")."""

    id: Id
    title: LocalizedText
    start: PartialDateText
    end: PartialDateText = Field(description="When the era ends; after its start.")
    description: LocalizedText | None = None
    color: Color | None = Field(
        default=None, description="Band colour; omitted means a neutral grey."
    )

    @property
    def start_date(self) -> PartialDate:
        return PartialDate.parse(self.start)

    @property
    def end_date(self) -> PartialDate:
        return PartialDate.parse(self.end)


class Document(_Frozen):
    """A timeline file: metadata, the entities events refer to, and the events."""

    schema_ref: str | None = Field(
        default=None,
        alias="$schema",
        description="Optional URL or path of this JSON Schema, for editor validation.",
    )
    schema_version: Literal[1] = Field(description="Format version; this is version 1.")
    title: LocalizedText
    description: LocalizedText | None = None
    default_language: LanguageCode = "en"
    languages: tuple[LanguageCode, ...] = Field(
        default=(), description='Content languages the texts are given in, e.g. ["en", "id"].'
    )
    notes: tuple[LocalizedText, ...] = ()
    status_meanings: dict[ClaimStatus, LocalizedText] = Field(
        default_factory=dict,
        description="What each claim status means in this document, shown beside it, e.g. "
        '{"reported": {"en": "Stated by one source, not confirmed"}}. A status without a '
        "meaning here is shown by its name alone.",
    )
    reliability_meanings: dict[Reliability, LocalizedText] = Field(
        default_factory=dict,
        description="What each source reliability level means in this document, shown beside "
        "it. A level without a meaning here is shown by its name alone.",
    )
    categories: tuple[Category, ...] = ()
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    sources: tuple[Source, ...] = ()
    eras: tuple[Era, ...] = Field(
        default=(), description="Labelled periods drawn as bands behind the events."
    )
    events: tuple[Event, ...] = ()


def text_in(value: Any, language: str, fallback: str = "en") -> str:
    """Pick the text for ``language`` from a LocalizedText, falling back sensibly."""
    return text_and_language(value, language, fallback)[0]


def one_line(text: str) -> str:
    """``text`` with its line breaks as spaces, for places that show a single line (a label
    on the timeline, a table cell): a cell of a spreadsheet may hold several lines."""
    lines = text.splitlines()
    return text if len(lines) <= 1 else " ".join(line.strip() for line in lines if line.strip())


def declared_language(document: Document) -> str | None:
    """The language the document says its plain texts are in; None where it does not say
    (its ``default_language`` then only picks among texts given in several languages)."""
    return document.default_language if "default_language" in document.model_fields_set else None


def text_and_language(value: Any, language: str, fallback: str = "en") -> tuple[str, str | None]:
    """The text for ``language`` and the language it is really in, so a caller can say when
    it shows another one: a plain string counts as ``fallback`` (the document's default
    language); None for no text at all."""
    if value is None:
        return "", None
    if isinstance(value, str):
        return value, fallback
    for lang in (language, fallback):
        if lang in value:
            return str(value[lang]), lang
    base = language.split("-", maxsplit=1)[0]
    for key, text in value.items():
        if key.split("-")[0] == base:
            return str(text), key
    for key, text in value.items():
        return str(text), key
    return "", None


def status_meaning(document: Document, status: str, language: str) -> str | None:
    """What ``status`` means, in the document's own words, or None where it says nothing."""
    meaning = document.status_meanings.get(status)  # type: ignore[call-overload]
    return text_in(meaning, language, document.default_language) if meaning else None


def reliability_meaning(document: Document, level: str, language: str) -> str | None:
    """What reliability ``level`` means, in the document's own words, or None."""
    meaning = document.reliability_meanings.get(level)  # type: ignore[call-overload]
    return text_in(meaning, language, document.default_language) if meaning else None


def all_texts(value: Any) -> tuple[str, ...]:
    """Every language's text of a LocalizedText (for search)."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value.values())


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the document format (draft 2020-12)."""
    schema = Document.model_json_schema(by_alias=True)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
    }
