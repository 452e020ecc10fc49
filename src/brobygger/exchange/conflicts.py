"""What an exchange import shows before anything is written: the plan's records and
conflicts (with each differing field ready to show), the user's choices and the result's
summary – in the UI's language. :mod:`brobygger.exchange.merge` classifies and writes."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from brobygger.domain import display, rules
from brobygger.domain.errors import InputError
from brobygger.domain.fields import FIELD_LABELS_DA, field_label
from brobygger.domain.i18n import _, ngettext
from brobygger.exchange import records
from brobygger.exchange.bundle import BundlePreview
from brobygger.exchange.records import Record


class Choice(StrEnum):
    """How to resolve a conflict."""

    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"


CHOICE_LABELS_DA: dict[Choice, str] = {
    Choice.MINE: "Behold min version",
    Choice.THEIRS: "Tag modpartens version",
    Choice.BOTH: "Behold begge",
}

NEW, IDENTICAL, UPDATED, MINE_NEWER, CONFLICT = (
    "new", "identical", "updated", "mine_newer", "conflict")

FIELD_LABELS = FIELD_LABELS_DA  # the one list (domain.fields)



# -- the plan --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RecordRef:
    """One incoming record, for lists in the preview."""

    entity: str
    record_id: uuid.UUID
    title: str

    @property
    def entity_label(self) -> str:
        return records.entity_label(self.entity)


@dataclass(frozen=True, slots=True)
class FieldChange:
    """A field that differs: its label (in the UI's language) and both values to show."""

    field: str
    label: str
    mine: str
    theirs: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """A record changed both here and over there since the last exchange."""

    entity: str
    record_id: uuid.UUID
    title: str
    mine_updated_at: datetime
    theirs_updated_at: datetime
    mine_deleted: bool
    theirs_deleted: bool
    fields: tuple[FieldChange, ...]

    @property
    def entity_label(self) -> str:
        return records.entity_label(self.entity)

    def describe_da(self) -> str:
        head = _("{kind} »{title}« er ændret begge steder", kind=self.entity_label.capitalize(),
                 title=self.title)
        lines = [head + ":"]
        for f in self.fields:
            lines.append("  " + _("{field}: her »{mine}« – hos modparten »{theirs}«",
                                  field=f.label, mine=f.mine, theirs=f.theirs))
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class CprInBundle:
    """A CPR-like number in a text the import would write (shown masked only)."""

    entity: str
    record_id: uuid.UUID
    title: str
    field: str
    masked: str


class Resolutions:
    """The user's choice for each conflict of a plan (``plan.resolutions()``)."""

    def __init__(self, conflicts: Iterable[Conflict]) -> None:
        self._conflicts = {c.record_id: c for c in conflicts}
        self._choices: dict[uuid.UUID, Choice] = {}

    def resolve(self, record_id: uuid.UUID | str, choice: Choice | str) -> None:
        key = record_id if isinstance(record_id, uuid.UUID) else uuid.UUID(str(record_id))
        if key not in self._conflicts:
            raise InputError(_("Der er ingen konflikt om {key}.", key=key))
        self._choices[key] = parse_choice(choice)

    def resolve_all(self, choice: Choice | str) -> None:
        value = parse_choice(choice)
        for key in self._conflicts:
            self._choices[key] = value

    def choice(self, record_id: uuid.UUID) -> Choice | None:
        return self._choices.get(record_id)

    def unresolved(self) -> list[Conflict]:
        return [c for k, c in self._conflicts.items() if k not in self._choices]

    def as_dict(self) -> dict[uuid.UUID, Choice]:
        return dict(self._choices)


def parse_choice(choice: Choice | str) -> Choice:
    try:
        return Choice(str(choice).lower())
    except ValueError:
        raise InputError(_("Ukendt valg '{choice}'. Vælg mine (behold min), theirs (tag "
                           "modpartens) eller both (behold begge).", choice=choice)) from None


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import would do. Computing it changes nothing."""

    preview: BundlePreview
    new: tuple[RecordRef, ...]
    identical: tuple[RecordRef, ...]
    updated: tuple[RecordRef, ...]
    mine_newer: tuple[RecordRef, ...]
    conflicts: tuple[Conflict, ...]
    cpr_findings: tuple[CprInBundle, ...] = ()
    signature: tuple[tuple[str, str, str], ...] = field(default=(), repr=False)

    def resolutions(self) -> Resolutions:
        return Resolutions(self.conflicts)

    @property
    def has_changes(self) -> bool:
        return bool(self.new or self.updated or self.conflicts)

    def summary_da(self) -> str:
        return ngettext("{new} nye, {updated} opdateres, {same} er ens, {newer} er nyere her, "
                        "{n} konflikt.",
                        "{new} nye, {updated} opdateres, {same} er ens, {newer} er nyere her, "
                        "{n} konflikter.", len(self.conflicts), new=len(self.new),
                        updated=len(self.updated), same=len(self.identical),
                        newer=len(self.mine_newer))


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int
    updated: int
    identical: int
    mine_newer: int
    kept_mine: int
    took_theirs: int
    kept_both: int
    cpr_masked: int
    backup: Path | None

    def summary_da(self) -> str:
        text = _("Indlæst: {added} nye, {updated} opdateret, {same} uændrede, {newer} var "
                 "nyere her.", added=self.added, updated=self.updated, same=self.identical,
                 newer=self.mine_newer)
        if self.kept_mine or self.took_theirs or self.kept_both:
            text += " " + _("Konflikter: {mine} beholdt min, {theirs} tog modpartens, {both} "
                            "beholdt begge.", mine=self.kept_mine, theirs=self.took_theirs,
                            both=self.kept_both)
        if self.cpr_masked:
            text += " " + _("{n} CPR-lignende numre er maskeret.", n=self.cpr_masked)
        if self.backup is not None:
            text += " " + _("Sikkerhedskopi fra før importen: {path}", path=self.backup)
        return text


# -- names for display -----------------------------------------------------------------------
class _Names:
    """Display names of referenced records: from the bundle first, then the workspace."""

    def __init__(self, s: Session, preview: BundlePreview) -> None:
        self.s = s
        self.preview = preview
        self.cache: dict[uuid.UUID, str] = {}

    def get(self, entity: str, rid: uuid.UUID) -> str:
        if rid in self.cache:
            return self.cache[rid]
        rec = self.preview.records.get(entity, {}).get(rid)
        if rec is None:
            rec = records.load(self.s, entity, [rid]).get(rid)
        name = title_of(rec, self) if rec is not None else str(rid)[:8]
        self.cache[rid] = name
        return name


# Records whose own field names them (the rest are described in :func:`title_of`).
_NAMED_BY = {"organisation": "name", "person": "name", "initiative": "name",
             "indicator": "name", "forum": "name", "action": "title", "agenda_item": "title",
             "task_transfer": "task"}


def title_of(rec: Record, names: _Names | None = None) -> str:
    v = rec.values
    if rec.entity in _NAMED_BY:
        return str(v[_NAMED_BY[rec.entity]])

    def ref(entity: str, key: str) -> str:
        rid = v.get(key)
        if rid is None:
            return "–"
        return names.get(entity, rid) if names is not None else str(rid)[:8]

    match rec.entity:
        case "log_entry":
            return f"{rules.format_date_short(v['entry_date'])} {v['title']}"
        case "initiative_party":
            org = ref("organisation", "organisation_id")
            return _("{who} i {initiative}", who=org, initiative=ref("initiative",
                                                                   "initiative_id"))
        case "initiative_member":
            return _("{who} i {initiative}", who=ref("person", "person_id"),
                     initiative=ref("initiative", "initiative_id"))
        case "relationship_assessment":
            if v.get("org_a_id"):
                pair = f"{ref('organisation', 'org_a_id')} ↔ {ref('organisation', 'org_b_id')}"
            else:
                pair = f"{ref('person', 'person_a_id')} ↔ {ref('person', 'person_b_id')}"
            return f"{pair} ({rules.format_date_short(v['assessed_on'])})"
        case "plague_assessment":
            return (f"{records.CODES[('plague_assessment', 'plague')].label(v['plague'])} "
                    f"({rules.format_date_short(v['assessed_on'])})")
        case "barrier_assessment":
            return (f"{records.CODES[('barrier_assessment', 'barrier')].label(v['barrier'])} "
                    f"({rules.format_date_short(v['assessed_on'])})")
        case "measurement":
            return (f"{ref('indicator', 'indicator_id')} "
                    f"{rules.format_date_short(v['measured_on'])}: {v['value']:g}")
        case "meeting":
            return f"{ref('forum', 'forum_id')} {rules.format_date_short(v['meeting_date'])}"
        case "agreement":
            return f"{v['title']} (version {v['version_label']})"
        case "deviation":
            return f"{v['title']} ({rules.format_date_short(v['observed_on'])})"
        case "forum_initiative" | "forum_member" | "meeting_attendee" | "agenda_item_link" \
                | "agreement_party" | "agreement_initiative" | "agreement_entry" \
                | "ask_link":
            return f"{records.entity_label(rec.entity).capitalize()} ({str(rec.id)[:8]})"
    return str(rec.id)  # pragma: no cover


def _shown(entity: str, column: str, value: Any, names: _Names) -> str:
    """A value as the user reads it (:func:`brobygger.domain.display.value_text`); an id as
    the name of the record it points to."""
    if column == "deleted_at" and value is not None:
        return display.yes_no(True)
    target = records.references(records.table(entity)).get(column)
    if target is not None and isinstance(value, uuid.UUID):
        return names.get(target, value)
    return display.field_value_text(entity, column, value, limit=200)


def _shown_link(key: str, values: tuple[Any, ...], names: _Names) -> str:
    if key == "participants":
        return ", ".join(sorted(names.get("person", p) for p in values)) or display.EMPTY
    return display.value_text(list(values), catalogue=records.LINK_CODES[key])


def _field_changes(mine: Record, theirs: Record, names: _Names) -> tuple[FieldChange, ...]:
    out: list[FieldChange] = []
    for column in records.table(mine.entity).columns:
        name = column.name
        if name in records.NOT_CONTENT or mine.encoded[name] == theirs.encoded[name]:
            continue
        out.append(FieldChange(name, field_label(name),
                               _shown(mine.entity, name, mine.values[name], names),
                               _shown(theirs.entity, name, theirs.values[name], names)))
    for key in mine.links:
        if mine.links[key] != theirs.links.get(key, ()):
            out.append(FieldChange(key, field_label(key),
                                   _shown_link(key, mine.links[key], names),
                                   _shown_link(key, theirs.links.get(key, ()), names)))
    return tuple(out)


