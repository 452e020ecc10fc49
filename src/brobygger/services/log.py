"""The collaboration log: entries with links to people, plagues and barriers, and search."""

from __future__ import annotations

import builtins
import uuid
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any, ClassVar

from sqlalchemy import (
    String,
    and_,
    cast,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    tuple_,
    type_coerce,
    union_all,
)
from sqlmodel import Session, col

from brobygger.domain import rules
from brobygger.domain.catalogue import (
    BARRIERS,
    DECISION_STATUSES,
    ENTRY_TYPES,
    ESCALATION_LEVELS,
    PLAGUES,
)
from brobygger.domain.errors import ValidationError
from brobygger.domain.i18n import _
from brobygger.domain.text import clean_text
from brobygger.services import dto, inputs
from brobygger.services.base import Clean, EntityService, chunked, unique_strings
from brobygger.services.unit_of_work import current as current_uow
from brobygger.services.values import code, optional_date, optional_text, required_date
from brobygger.store import dialect, log_counts, models
from brobygger.store.types import uuids_from_db

MAX_BODY = 100_000
# A search's position() looks for an entry among this many of its first hits.
POSITION_HITS = 1_000
# A link filter (person, plague, barrier) linked to n entries is paged by walking the
# display order when n² ≥ PROBE_RATIO × entries, else from the link table (see
# LogEntries._paging_where). Walking finds a page of 100 in ~100 × entries / n probes;
# the link table plan reads the n rows. Once the link table outgrows the page cache a
# probe costs about what a row read does (scale 10, busiest person: 1,893 of 1,000,000
# entries – walking 5.1 s CPU, from the link table 0.23 s), so the break-even is n² ≈
# 100 × entries. Scale 1 chooses as before (a person's 321 entries from the link table,
# a plague's 6,481 by walking).
PROBE_RATIO = 100


def walks_display_order(linked: int, entries: int) -> bool:
    """Whether a link filter with ``linked`` entries of ``entries`` is paged by walking
    the display order and probing the link table (else: from the link table)."""
    return linked * linked >= PROBE_RATIO * entries
# The id column as the database holds it (32 hex digits on SQLite): listing 100,000 ids
# through the ORM's UUID type cost ~3× the query itself; uuids_from_db converts them.
_RAW_ID = type_coerce(models.LogEntry.id, String)


def _key(value: Any) -> Any:
    """A raw id comparable with other raw ids (PostgreSQL hands out UUIDs)."""
    return value.hex if isinstance(value, uuid.UUID) else value


@dataclass(frozen=True, slots=True)
class LogFilter:
    initiative_id: uuid.UUID | None = None
    type: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    plague: str | None = None
    barrier: str | None = None
    person_id: uuid.UUID | None = None
    text: str | None = None


def split_tags(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        parts: list[object] = list(value.split(","))
    else:
        parts = list(value)  # type: ignore[call-overload]
    return unique_strings(str(p).strip().lstrip("#") for p in parts)


def _entry_dto(r: Any, participants: tuple[Any, ...], plagues: tuple[Any, ...],
               barriers: tuple[Any, ...]) -> dto.LogEntry:
    """A log entry's DTO from its row (ORM object or column row) and its links."""
    return dto.LogEntry(
        id=r.id, created_at=r.created_at, updated_at=r.updated_at,
        deleted_at=r.deleted_at, version=r.version, initiative_id=r.initiative_id,
        entry_date=r.entry_date, type=r.type, title=r.title, body=r.body,
        tags=split_tags(r.tags), decision_status=r.decision_status,
        escalation_level=r.escalation_level, escalated_to=r.escalated_to,
        author=r.author, participants=participants, plagues=plagues, barriers=barriers)


class LogEntries(EntityService[models.LogEntry, dto.LogEntry, inputs.LogEntryFields]):
    noun_da = "logindførslen"
    order_by: ClassVar[tuple[str, ...]] = ("-entry_date", "-created_at")

    def clean(self, s: Session, data: Clean, existing: models.LogEntry | None) -> Clean:
        entry_type = code(ENTRY_TYPES, data.get("type") or "", "type")
        decision_status = data.get("decision_status") or None
        if rules.takes_decision(entry_type):
            decision_status = code(DECISION_STATUSES,
                                   decision_status or DECISION_STATUSES.default,
                                   "decision_status")
        elif decision_status is not None:
            decision_status = None
        escalation = data.get("escalation_level") or None
        if rules.takes_escalation(entry_type):
            if escalation is None:
                raise ValidationError("escalation_level",
                                      _("En eskalering skal have det niveau, den eskaleres til."))
            escalation = code(ESCALATION_LEVELS, escalation, "escalation_level")
        else:
            escalation = None
        participants = self.refs(s, models.Person,
                                 unique_strings(data.get("participants") or ()),
                                 "participants", "deltager")
        return {
            "initiative_id": self.ref(s, models.Initiative, data.get("initiative_id"),
                                      "initiative_id", "initiativ", required=False),
            "entry_date": required_date(data.get("entry_date") or "", "entry_date"),
            "type": entry_type,
            "title": rules.require_text(data.get("title"), "title", "Titel", 300),
            "body": optional_text(data.get("body"), MAX_BODY),
            "tags": ", ".join(split_tags(data.get("tags"))),
            "decision_status": decision_status,
            "escalation_level": escalation,
            "escalated_to": optional_text(data.get("escalated_to"), 300),
            "author": optional_text(data.get("author") or self.services.author, 300),
            "participants": participants,
            "plagues": tuple(code(PLAGUES, p, "plagues")
                             for p in unique_strings(data.get("plagues"))),
            "barriers": tuple(code(BARRIERS, b, "barriers")
                              for b in unique_strings(data.get("barriers"))),
        }

    def after_write(self, s: Session, row: models.LogEntry, data: Clean) -> None:
        new = self.is_new(row)
        uow = current_uow()
        before = uow.memo.pop(("log_links", row.id), None) if uow is not None else None
        for link, column, name in ((models.LogEntryPerson, "person_id", "participants"),
                                   (models.LogEntryPlague, "plague", "plagues"),
                                   (models.LogEntryBarrier, "barrier", "barriers")):
            table = link.__table__  # type: ignore[union-attr]
            values = data[name]
            if before is not None and {str(v) for v in before[name]} == {
                    str(v) for v in values}:
                continue  # unchanged (an edit of the text): no round trips for the links
            if not new:
                s.execute(delete(table).where(table.c.entry_id == row.id))
            if values:  # one executemany per link table
                s.execute(insert(table), [{"entry_id": row.id, column: v} for v in values])
        self.services.asks.sync_entry(s, row, data["barriers"], data["plagues"])

    def written_dto(self, s: Session, row: models.LogEntry, data: Clean) -> dto.LogEntry:
        """The saved entry from what was written (its links need no reading back)."""
        return _entry_dto(row, tuple(sorted(data["participants"], key=str)),
                          tuple(sorted(data["plagues"])), tuple(sorted(data["barriers"])))

    def current_extra(self, s: Session, row: models.LogEntry) -> Clean:
        links = self._links(s, [row.id])
        extra = {"participants": links[0].get(row.id, ()),
                 "plagues": links[1].get(row.id, ()),
                 "barriers": links[2].get(row.id, ())}
        uow = current_uow()
        if uow is not None:  # what after_write compares with
            uow.memo[("log_links", row.id)] = extra
        return extra

    def _links(self, s: Session, ids: list[uuid.UUID]) -> tuple[
            dict[uuid.UUID, tuple[Any, ...]], dict[uuid.UUID, tuple[Any, ...]],
            dict[uuid.UUID, tuple[Any, ...]]]:
        """Participants, plagues and barriers of the entries – one query for all three."""
        people_l, plague_l, barrier_l = (models.LogEntryPerson, models.LogEntryPlague,
                                         models.LogEntryBarrier)
        found: tuple[dict[uuid.UUID, list[Any]], ...] = ({}, {}, {})
        for chunk in chunked(ids, 300):
            stmt = union_all(
                select(literal(0), col(people_l.entry_id),
                       cast(col(people_l.person_id), String)).where(
                    col(people_l.entry_id).in_(chunk)),
                select(literal(1), col(plague_l.entry_id), col(plague_l.plague)).where(
                    col(plague_l.entry_id).in_(chunk)),
                select(literal(2), col(barrier_l.entry_id), col(barrier_l.barrier)).where(
                    col(barrier_l.entry_id).in_(chunk)))
            for kind, entry_id, value in s.execute(stmt):
                found[kind].setdefault(entry_id, []).append(value)
        people = {k: tuple(sorted(uuids_from_db(v), key=str)) for k, v in found[0].items()}
        plagues = {k: tuple(sorted(v)) for k, v in found[1].items()}
        barriers = {k: tuple(sorted(v)) for k, v in found[2].items()}
        return people, plagues, barriers

    def to_dtos(self, s: Session, rows: Any) -> list[dto.LogEntry]:
        rows = list(rows)
        people, plagues, barriers = self._links(s, [r.id for r in rows])
        return [_entry_dto(r, people.get(r.id, ()), plagues.get(r.id, ()),
                           barriers.get(r.id, ())) for r in rows]

    def to_dto(self, s: Session, row: models.LogEntry) -> dto.LogEntry:
        return self.to_dtos(s, [row])[0]

    # -- queries -------------------------------------------------------------------------
    def _where(self, f: LogFilter, *, probe: bool = False) -> list[Any]:
        m = models.LogEntry
        where: list[Any] = []
        if f.initiative_id:
            where.append(m.initiative_id == f.initiative_id)
        if f.type:
            where.append(m.type == code(ENTRY_TYPES, f.type, "type"))
        if f.date_from:
            where.append(m.entry_date >= f.date_from)
        if f.date_to:
            where.append(m.entry_date <= f.date_to)
        if f.date_from and f.date_to and f.date_to < f.date_from:
            raise ValidationError("date_to", _("Periodens slutdato ligger før startdatoen."))
        for link, cond in self._link_conditions(f):
            if probe:
                # walk the display order and look each entry up in the link table's
                # primary key: a few probes per row shown when the filter is common
                where.append(exists().where(col(link.entry_id) == col(m.id), cond))
            else:
                # IN (subquery) lets SQLite start from the link table's index; EXISTS made
                # it walk every entry (a person's 50 latest entries: ~1 s over 100,000)
                where.append(col(m.id).in_(select(col(link.entry_id)).where(cond)))
        return where

    def _link_conditions(self, f: LogFilter) -> builtins.list[tuple[Any, Any]]:
        """(link table, condition on it) of the person, plague and barrier filters."""
        found: builtins.list[tuple[Any, Any]] = []
        if f.plague:
            p = code(PLAGUES, f.plague, "plague")
            found.append((models.LogEntryPlague, col(models.LogEntryPlague.plague) == p))
        if f.barrier:
            b = code(BARRIERS, f.barrier, "barrier")
            found.append((models.LogEntryBarrier, col(models.LogEntryBarrier.barrier) == b))
        if f.person_id:
            found.append((models.LogEntryPerson,
                          col(models.LogEntryPerson.person_id) == f.person_id))
        return found

    def list(self, flt: LogFilter | None = None, *, limit: int | None = None,
             offset: int = 0) -> builtins.list[dto.LogEntry]:
        """Entries, newest first; with ``flt.text`` the best matches first."""
        f = flt or LogFilter()
        if f.text and f.text.strip():
            return self.search(f.text, flt=f, limit=limit or 200)
        return self._query(*self._where(f), limit=limit, offset=offset)

    def ids(self, flt: LogFilter | None = None) -> builtins.list[uuid.UUID]:
        """Ids of the matching entries in display order (for lazily loading views)."""
        f = flt or LogFilter()
        with self.ws.read() as s:
            if f.text and f.text.strip():
                raw = self._search_raw(s, f, 100_000)
            else:
                raw = list(s.scalars(self._select(*self._where(f)).with_only_columns(_RAW_ID)))
        return uuids_from_db(raw)

    def get_many(self, ids: builtins.list[uuid.UUID]) -> builtins.list[dto.LogEntry]:
        """Entries for the given ids, in the given order (deleted ones left out)."""
        m = models.LogEntry
        with self.ws.read() as s:
            by_id: dict[uuid.UUID, Any] = {}
            for chunk in chunked(ids):
                # deleted_at is checked here, not in SQL: "deleted_at IS NULL" lured SQLite
                # onto the covering index of all live entries instead of the primary key
                # (40 ms instead of 1 ms for a page of 100)
                for r in s.execute(select(*self._columns()).where(col(m.id).in_(chunk))):
                    if r.deleted_at is None:
                        by_id[r.id] = r
            ordered = [by_id[i] for i in ids if i in by_id]
            return self.to_dtos(s, ordered)

    def _search_raw(self, s: Session, f: LogFilter, limit: int) -> builtins.list[Any]:
        """Raw ids of the best matches (see :data:`_RAW_ID`), best first."""
        hits = dialect.search_log_entry_ids(s.connection(), f.text or "", limit)
        where = self._where(replace(f, text=None))
        if not hits or not where:
            return hits
        stmt = select(_RAW_ID).where(col(models.LogEntry.deleted_at).is_(None), *where)
        keep = {_key(r) for r in s.scalars(stmt)}
        return [h for h in hits if _key(h) in keep]

    def _search_ids(self, s: Session, f: LogFilter, limit: int) -> builtins.list[uuid.UUID]:
        return uuids_from_db(self._search_raw(s, f, limit))

    def search(self, text: str, *, flt: LogFilter | None = None,
               limit: int = 200) -> builtins.list[dto.LogEntry]:
        """Full-text search over title, body and tags. Any input is safe."""
        f = replace(flt or LogFilter(), text=clean_text(text))
        with self.ws.read() as s:
            if not _text_only(f):
                ids = self._search_ids(s, f, limit)
            else:
                return self._hits(s, f.text or "", 0, limit)
        return self.get_many(ids)

    def _hits(self, s: Session, text: str, offset: int, limit: int,
              total: int | None = None) -> builtins.list[dto.LogEntry]:
        """A page of a text search's hits as entries: their rows and links are read with
        the hits (no lookup by id afterwards, no ORM objects)."""
        rows = dialect.search_log_entry_page(s.connection(), text, offset, limit, total,
                                             columns=_hit_columns())
        return [_hit_dto(r) for r in rows]

    def decisions(self, initiative_id: uuid.UUID, since: date | None = None,
                  until: date | None = None) -> builtins.list[dto.LogEntry]:
        """Decisions and agreements, newest first."""
        return [e for e in self.list(LogFilter(initiative_id=initiative_id, date_from=since,
                                               date_to=until))
                if rules.takes_decision(e.type)]

    def count(self, flt: LogFilter | None = None) -> int:
        f = flt or LogFilter()
        if _text_only(f):  # from the full-text index alone
            with self.ws.read() as s:
                return dialect.count_log_entry_hits(s.connection(), clean_text(f.text or ""))
        if f.text and f.text.strip():
            return len(self.ids(f))
        kept = _kept_count(f)
        with self.ws.read() as s:
            if kept is not None:  # one row of the counts the triggers keep
                return log_counts.read(s.connection(), *kept)
            stmt = select(func.count()).select_from(models.LogEntry).where(
                col(models.LogEntry.deleted_at).is_(None), *self._where(f))
            return int(s.execute(stmt).scalar_one())

    # -- paging (views that show one block of a long listing at a time) --------------------
    # The display order made total: newest first, then the id. It is the order of the
    # covering indexes ix_log_entry_live_order / ix_log_entry_initiative_order, so SQLite
    # walks an index; the id makes pages and positions agree on entries with equal dates.
    def _page_order(self, newest_first: bool = True) -> builtins.list[Any]:
        m = models.LogEntry
        keys = [col(m.entry_date), col(m.created_at), col(m.id)]
        return [k.desc() if newest_first else k.asc() for k in keys]

    def page(self, flt: LogFilter | None = None, *, offset: int = 0, limit: int = 100,
             total: int | None = None, after: uuid.UUID | None = None,
             before: uuid.UUID | None = None) -> builtins.list[dto.LogEntry]:
        """Entries ``offset … offset + limit - 1`` of the listing, in display order (newest
        first; entries of the same date and time by id). Rows ``0 … count(flt) - 1``.
        ``total``, the listing's :meth:`count` when the caller knows it, lets a page in the
        second half be read from the oldest end (OFFSET steps over fewer entries).

        Keyset paging: ``after``, the id of the entry on row ``offset - 1`` (or ``before``,
        the entry on row ``offset + limit``), when the caller has it at hand (the block
        above or below), reads the page from that entry on in the index, stepping over no
        rows however deep the page lies. An anchor no longer in the database falls back to
        the offset. Not for text searches (their order is a ranking).

        With ``flt.text`` the listing is the ranked hits of :meth:`ids`; a search alone
        ranks only as many hits as the page needs (a search while typing), a search with
        other filters lists every hit first."""
        f = flt or LogFilter()
        offset, limit = max(0, offset), max(0, limit)
        if _text_only(f):
            with self.ws.read() as s:
                return self._hits(s, clean_text(f.text or ""), offset, limit, total)
        if f.text and f.text.strip():
            return self.get_many(self.ids(f)[offset:offset + limit])
        m = models.LogEntry
        with self.ws.read() as s:
            where = self._paging_where(s, f)
            anchor = self._anchor(s, after if after is not None else before)
            if anchor is not None:
                newest_first, offset = after is not None, 0
                keys = tuple_(col(m.entry_date), col(m.created_at), col(m.id))
                where.append(keys < anchor if newest_first else keys > anchor)
            else:
                newest_first = total is None or offset + limit // 2 <= total // 2
                if not newest_first and total is not None:
                    limit = max(0, min(limit, total - offset))
                    offset = total - offset - limit
            # The ids of the page from the index first, then the rows: OFFSET steps over
            # the skipped entries in the covering index instead of reading their rows.
            stmt = (select(_RAW_ID).where(*where)
                    .order_by(*self._page_order(newest_first)).limit(limit).offset(offset))
            raw = list(s.scalars(stmt))
        if not newest_first:
            raw.reverse()
        return self.get_many(uuids_from_db(raw))

    def _anchor(self, s: Session, entry_id: uuid.UUID | None) -> Any:
        """The display-order key (date, time, id) of an entry as the database holds it –
        compared raw with raw, so no value is re-encoded on the way – or None."""
        if entry_id is None:
            return None
        m = models.LogEntry
        found = s.execute(select(type_coerce(col(m.entry_date), String),
                                 type_coerce(col(m.created_at), String), _RAW_ID)
                          .where(col(m.id) == entry_id)).first()
        return None if found is None else tuple_(*(literal(v) for v in found))

    def _paging_where(self, s: Session, f: LogFilter) -> builtins.list[Any]:
        """The conditions of a page of ``f``: with a person, plague or barrier filter on
        SQLite, the plan is chosen by how many entries are linked. A common one (a plague
        in 6 % of the entries) walks the display order and probes the link table: ~1,500
        probes for a page of 100; a rare one (a person's 300 entries) starts from the link
        table and sorts its few entries. Either reads a bounded number of rows."""
        m = models.LogEntry
        links = self._link_conditions(f)
        rows = dialect.log_entry_rows(s.connection()) if links else None
        if rows is None:
            return [col(m.deleted_at).is_(None), *self._where(f)]
        conn = s.connection()
        fewest = min(log_counts.read(conn, kind, value) for kind, value in _link_keys(f))
        if walks_display_order(fewest, rows):
            return [col(m.deleted_at).is_(None), *self._where(f, probe=True)]
        return [dialect.not_for_order(col(m.deleted_at)).is_(None), *self._where(f)]

    def pages_from_index(self, flt: LogFilter | None = None) -> bool:
        """Whether :meth:`page` reads any page of the listing from an index alone: all
        entries, or an initiative's, over any period. Then a page costs milliseconds
        wherever it is; other filters (type, plague, barrier, person) read the rows they
        skip, and a page in the middle of a long listing can take a second."""
        f = flt or LogFilter()
        return not (f.type or f.plague or f.barrier or f.person_id
                    or (f.text and f.text.strip()))

    def pages_by_search(self, flt: LogFilter | None = None) -> bool:
        """Whether ``flt`` is a text search that :meth:`page` and :meth:`count` answer
        from the full-text index page by page (a search with no other filter)."""
        return _text_only(flt or LogFilter())

    def position(self, entry_id: uuid.UUID, flt: LogFilter | None = None) -> int | None:
        """The row of the entry in :meth:`page`'s order (0 is the newest), or None when it
        is deleted, unknown or not in the listing of ``flt``."""
        f = flt or LogFilter()
        if _text_only(f):  # looked for among the first hits only (a search while typing)
            with self.ws.read() as s:
                raw = dialect.search_log_entry_page(s.connection(), clean_text(f.text or ""),
                                                    0, POSITION_HITS)
            try:
                return uuids_from_db(raw).index(entry_id)
            except ValueError:
                return None
        if f.text and f.text.strip():
            try:
                return self.ids(f).index(entry_id)
            except ValueError:
                return None
        m = models.LogEntry
        where = [col(m.deleted_at).is_(None), *self._where(f)]
        with self.ws.read() as s:
            found = s.execute(select(col(m.entry_date), col(m.created_at)).where(
                col(m.id) == entry_id, *where)).first()
            if found is None:
                return None
            day, created = found
            before = or_(col(m.entry_date) > day, and_(
                col(m.entry_date) == day,
                or_(col(m.created_at) > created,
                    and_(col(m.created_at) == created, col(m.id) > entry_id))))
            # counted with the plan of a page (a person's few entries from the link table)
            stmt = select(func.count()).select_from(m).where(*self._paging_where(s, f), before)
            return int(s.execute(stmt).scalar_one())


# A hit's columns in the order of dto.LogEntry's fields (its links follow: HIT_LINKS).
_HIT_FIELDS = ("id", "created_at", "updated_at", "deleted_at", "version", "initiative_id",
               "entry_date", "type", "title", "body", "tags", "decision_status",
               "escalation_level", "escalated_to", "author")


def _hit_columns() -> builtins.list[Any]:
    table = models.LogEntry.__table__  # type: ignore[attr-defined]
    return [table.c[name] for name in _HIT_FIELDS]


def _hit_dto(r: Any) -> dto.LogEntry:
    """A search hit's entry from its row: the columns of :data:`_HIT_FIELDS`, typed, then
    its people, plagues and barriers comma-joined (no ORM object, no lookup by name)."""
    return dto.LogEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                        _tags(r[10]), r[11], r[12], r[13], r[14], _people(r[15]),
                        _codes(r[16]), _codes(r[17]))


@lru_cache(maxsize=4096)
def _tags(value: str | None) -> tuple[str, ...]:
    """split_tags of a stored value (the same few tag lists recur across many entries)."""
    return split_tags(value)


def _people(joined: str | None) -> tuple[uuid.UUID, ...]:
    """Participants from their comma-joined ids (dialect.HIT_LINKS), in _links' order."""
    # sorted as text first: the order of str(uuid) is that of its hex digits (the hyphens
    # stand at the same places), and no UUID is turned into text to be sorted
    return tuple(uuids_from_db(sorted(i.lower() for i in joined.split(",")))) if joined else ()


def _codes(joined: str | None) -> tuple[str, ...]:
    return tuple(sorted(joined.split(","))) if joined else ()


def _link_keys(f: LogFilter) -> builtins.list[tuple[str, object]]:
    """The kept counts (store/log_counts.py) of the person, plague and barrier filters."""
    keys: builtins.list[tuple[str, object]] = []
    if f.plague:
        keys.append(("plague", code(PLAGUES, f.plague, "plague")))
    if f.barrier:
        keys.append(("barrier", code(BARRIERS, f.barrier, "barrier")))
    if f.person_id:
        keys.append(("person", f.person_id))
    return keys


def _kept_count(f: LogFilter) -> tuple[str, object] | None:
    """The kept count that answers ``f`` (no filter, a type alone, a person, plague or
    barrier alone), or None when it must be counted."""
    if f == LogFilter():
        return "live", ""
    if f.type and f == LogFilter(type=f.type):
        return "type", code(ENTRY_TYPES, f.type, "type")
    links = _link_keys(f)
    if len(links) == 1 and replace(f, plague=None, barrier=None,
                                   person_id=None) == LogFilter():
        return links[0]
    return None


def _text_only(f: LogFilter) -> bool:
    """A text search and no other filter: paged and counted from the full-text index."""
    return bool(f.text and f.text.strip()) and replace(f, text=None) == LogFilter()


def parse_period(date_from: str | None, date_to: str | None) -> tuple[date | None, date | None]:
    start = optional_date(date_from, "date_from")
    end = optional_date(date_to, "date_to")
    if start and end and end < start:
        raise ValidationError("date_to", _("Periodens slutdato ligger før startdatoen."))
    return start, end
