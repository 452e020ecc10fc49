"""Use cases over a workspace, without Qt. Queries return frozen dataclasses (:mod:`.dto`).

    ws = Workspace.open(data_dir)
    svc = Services(ws)
    svc.initiatives.create(name="Akutsamarbejde", status="drift")
"""

from __future__ import annotations

import getpass
import json
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from brobygger.services.asks import Asks
from brobygger.services.audit import AuditTrail
from brobygger.services.entities import Initiatives, Members, Organisations, Parties, People
from brobygger.services.log import LogEntries, LogFilter
from brobygger.services.parts import Part
from brobygger.services.privacy import Privacy
from brobygger.services.unit_of_work import Changes, UnitOfWork, unit_of_work
from brobygger.store.workspace import Workspace

if TYPE_CHECKING:  # imported when first used: a CLI command loads only what it needs
    from brobygger.services.agreements import AgreementService
    from brobygger.services.gdpr import Gdpr
    from brobygger.services.meetings import MeetingService
    from brobygger.services.overview import Overview
    from brobygger.services.readiness import BriefSettings, ReadinessAnswers, SelfReviews
    from brobygger.services.tracking import (
        Actions,
        Barriers,
        Indicators,
        Measurements,
        Plagues,
        Relationships,
    )

EXAMPLE_INITIATIVES_KEY = "example_initiatives"

__all__ = ["EXAMPLE_INITIATIVES_KEY", "Changes", "LogFilter", "Services", "current_user"]


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment
        return ""


class Services:
    """All use cases of one open workspace, grouped by entity.

    ``allow_cpr``: when False (the default) every create/update refuses a CPR-like number
    in any text field with :class:`~brobygger.domain.errors.CprFoundError`."""

    def __init__(self, ws: Workspace, user: str | None = None, *,
                 allow_cpr: bool = False) -> None:
        self.ws = ws
        # On a shared database the audit trail names the login role (session_user).
        self.user = (ws.login_user() or current_user()) if user is None else user
        self.profile_name = ""  # the user's profile name (set by the app), see author
        self.allow_cpr = allow_cpr

    @property
    def svc(self) -> Services:
        """The services the parts report to: these (see :class:`~.parts.Part`)."""
        return self

    # Each part is made on first use; those named by "module:Class" import their module
    # only then: `brobygger-cli initiatives` or `log add` does not pay for meetings, GDPR,
    # tracking or the overview (issue 21).
    organisations: Part[Organisations] = Part(Organisations)
    people: Part[People] = Part(People)
    initiatives: Part[Initiatives] = Part(Initiatives)
    parties: Part[Parties] = Part(Parties)
    members: Part[Members] = Part(Members)
    log: Part[LogEntries] = Part(LogEntries)
    asks: Part[Asks] = Part(Asks)
    audit: Part[AuditTrail] = Part(AuditTrail)
    privacy: Part[Privacy] = Part(Privacy)
    actions: Part[Actions] = Part("brobygger.services.tracking:Actions")
    relationships: Part[Relationships] = Part("brobygger.services.tracking:Relationships")
    plagues: Part[Plagues] = Part("brobygger.services.tracking:Plagues")
    barriers: Part[Barriers] = Part("brobygger.services.tracking:Barriers")
    indicators: Part[Indicators] = Part("brobygger.services.tracking:Indicators")
    measurements: Part[Measurements] = Part("brobygger.services.tracking:Measurements")
    readiness: Part[ReadinessAnswers] = Part("brobygger.services.readiness:ReadinessAnswers")
    self_reviews: Part[SelfReviews] = Part("brobygger.services.readiness:SelfReviews")
    brief_settings: Part[BriefSettings] = Part("brobygger.services.readiness:BriefSettings",
                                               takes_ws=False)
    overview: Part[Overview] = Part("brobygger.services.overview:Overview", takes_ws=False)
    gdpr: Part[Gdpr] = Part("brobygger.services.gdpr:Gdpr")
    meetings: Part[MeetingService] = Part("brobygger.services.meetings:MeetingService",
                                          takes_ws=False)
    agreements: Part[AgreementService] = Part(
        "brobygger.services.agreements:AgreementService", takes_ws=False)

    @property
    def author(self) -> str:
        """Who writes: the profile's name, else the authenticated identity."""
        return self.profile_name or self.user

    def audit_user(self) -> str:
        """For the audit trail: the authenticated identity (OS user, PostgreSQL login) – a
        typed profile name never replaces it, it is added beside it: "anne (Anne Holm)"."""
        name = self.profile_name.strip()
        if not name or name == self.user:
            return self.user
        return f"{self.user} ({name})" if self.user else name

    def unit_of_work(self) -> AbstractContextManager[UnitOfWork]:
        """Open (or join) the one write path: every create, update and delete inside
        commits together and reports one :class:`~.unit_of_work.Changes`."""
        return unit_of_work(self.ws, user=self.audit_user(), allow_cpr=self.allow_cpr)

    def set_meta(self, key: str, value: str) -> None:
        """Set a workspace setting (``workspace_meta``) through the write path."""
        with self.unit_of_work() as uow:
            uow.set_meta(key, value)

    def is_example(self) -> bool:
        return self.ws.get_meta("is_example") == "1"

    def example_initiative_ids(self) -> set[str]:
        """The initiatives that are example data (the example loaded into a workspace that
        also holds real work is marked per initiative; migration 0007 marks old ones)."""
        raw = self.ws.get_meta(EXAMPLE_INITIATIVES_KEY, "")
        if not raw:  # not marked (yet): the whole workspace is the example, or none of it
            return {str(i.id) for i in self.initiatives.all(include_deleted=True)} \
                if self.is_example() else set()
        try:
            return {str(x) for x in json.loads(raw)}
        except ValueError:
            return set()

    def is_example_initiative(self, initiative_id: object) -> bool:
        """True only for example data: a real initiative never prints EKSEMPELDATA."""
        return str(initiative_id) in self.example_initiative_ids()

    def mark_example_initiatives(self) -> None:
        """After loading the example: every initiative now in the workspace is example."""
        ids = sorted(str(i.id) for i in self.initiatives.all(include_deleted=True))
        self.set_meta(EXAMPLE_INITIATIVES_KEY, json.dumps(ids))

    def is_empty(self) -> bool:
        return not self.initiatives.all() and not self.organisations.all()
