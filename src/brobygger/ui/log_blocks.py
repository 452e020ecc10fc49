"""The Logbog's listing and its blocks (no Qt): what :class:`brobygger.ui.models.LogTableModel`
shows, and the database read of one block – by offset, by keyset from a neighbouring block,
or by id."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from brobygger.services import LogFilter, Services, dto


@dataclass(frozen=True)
class LogListing:
    """What :class:`LogTableModel` shows: read off the UI thread by
    :meth:`LogTableModel.fetch`, then handed to :meth:`LogTableModel.set_listing`.

    Either a filter paged by offset (``ids`` is None: only the row count and a few blocks
    are held) or a fixed list of ids (the ranked hits of a search, an initiative's log).
    ``background``: a block can take long to read (an offset into a filter that the
    database cannot page from an index), so the model reads blocks in the background."""

    flt: LogFilter | None = None
    total: int = 0
    ids: tuple[uuid.UUID, ...] | None = None
    background: bool = False
    blocks: Mapping[int, tuple[dto.LogEntry | None, ...]] = field(default_factory=dict)
    around: uuid.UUID | None = None   # the entry fetch() was asked to find …
    around_row: int = -1              # … and its row, -1 when it is not in the listing
    # A text search's first block is shown before its hits are counted: ``total`` is then
    # the rows read so far, and the count (count_hits) makes the listing grow when it comes.
    counting: bool = False

    @property
    def paged(self) -> bool:
        return self.ids is None


def read_block(svc: Services, listing: LogListing, block: int, size: int,
               after: uuid.UUID | None = None, before: uuid.UUID | None = None
               ) -> tuple[dto.LogEntry | None, ...]:
    """The entries of rows ``block * size …`` (None for one deleted meanwhile). Database
    work: call it off the UI thread where it may take long. ``after`` / ``before``: the
    entry on the row above / below the block (a neighbouring block read), so a paged
    filter reads the block from there (keyset) instead of stepping over the rows before."""
    start = block * size
    if listing.ids is not None:
        ids = list(listing.ids[start:start + size])
        found = {e.id: e for e in svc.log.get_many(ids)}
        return tuple(found.get(i) for i in ids)
    n = max(0, min(size, listing.total - start))
    if n == 0:
        return ()
    got: list[dto.LogEntry | None] = list(svc.log.page(
        listing.flt, offset=start, limit=n, total=listing.total, after=after, before=before))
    return tuple(got[:n] + [None] * (n - len(got)))


def first_hits(svc: Services, flt: LogFilter, size: int) -> LogListing:
    """A text search's listing with its first block, before the hits are counted: counting
    every hit grows with the log (~50 ms for a common word in 1,000,000 entries) while the
    first block is ranked from a window of recent hits. Fewer than a block of hits: that
    is all of them, and nothing is left to count."""
    first = tuple(svc.log.page(flt, offset=0, limit=size))
    return LogListing(flt, len(first), background=True, blocks={0: first} if first else {},
                      counting=len(first) == size)


def count_hits(svc: Services, listing: LogListing) -> int:
    """The number of rows of a listing shown while ``counting`` (database work)."""
    return svc.log.count(listing.flt)
