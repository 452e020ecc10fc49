"""Code lists for forums and meetings (issue 16): the kinds of forum the cases run on, a
meeting's status, an agenda item's purpose and kind, and how a record is tied to an item."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from enum import StrEnum

from brobygger.domain.codelist import Catalogue, _item
from brobygger.domain.errors import ValidationError
from brobygger.domain.i18n import N_, _


class ForumKind(StrEnum):
    STYREGRUPPE = "styregruppe"
    LEDERGRUPPE = "ledergruppe"
    DRIFTSMOEDE = "driftsmoede"
    UDVIKLINGSMOEDE = "udviklingsmoede"
    ARBEJDSGRUPPE = "arbejdsgruppe"
    SEMINAR = "seminar"
    SUNDHEDSRAAD = "sundhedsraad"
    KLYNGESTYREGRUPPE = "klyngestyregruppe"
    ANDET = "andet"
    KAP_BESTYRELSE = "kap_bestyrelse"


FORUM_KINDS: Catalogue[ForumKind] = Catalogue("forum_kinds", ForumKind, [
    _item("styregruppe", "Styregruppe", "Steering group",
          "Træffer de overordnede beslutninger for samarbejdet."),
    _item("ledergruppe", "Ledergruppe", "Leadership group",
          "Den fælles ledelse på tværs af sektorerne."),
    _item("driftsmoede", "Driftsmøde", "Operations meeting",
          "Faste møder om den daglige drift på tværs."),
    _item("udviklingsmoede", "Udviklingsmøde", "Development meeting",
          "Faste møder om udvikling af fælles tilbud og retningslinjer."),
    _item("arbejdsgruppe", "Arbejdsgruppe", "Working group",
          "En gruppe, der løser en afgrænset opgave, fx med praksiskonsulenter."),
    _item("seminar", "Seminar", "Seminar",
          "Fx årlige tværsektorielle ledelsesseminarer."),
    _item("sundhedsraad", "Sundhedsråd", "Health council",
          "Leder den faglige udvikling i sundhedsrådsområdet og godkender "
          "forløbsbeskrivelser."),
    _item("klyngestyregruppe", "Sundhedsklynge (styregruppe)",
          "Health cluster (steering group)",
          "Sundhedsklyngens styregruppe: følger nøgletal og sætter mål for klyngens "
          "befolkning."),
    _item("andet", "Andet forum", "Other forum", "Et forum, brugeren selv har defineret."),
    _item("kap_bestyrelse", "KAP-enhedens bestyrelse", "KAP unit board",
          "Bestyrelsen for almen praksis' KAP-enhed med region, kommuner, PLO, DSAM og den "
          "almen medicinske overlæge; mødes fx fire gange om året."),
], title_da=N_("forumtype"))


class MeetingStatus(StrEnum):
    PLANLAGT = "planlagt"
    UDSENDT = "udsendt"
    AFHOLDT = "afholdt"
    GODKENDT = "godkendt"


MEETING_STATUSES: Catalogue[MeetingStatus] = Catalogue("meeting_statuses", MeetingStatus, [
    _item("planlagt", "Planlagt", "Planned", "Mødet er sat i kalenderen."),
    _item("udsendt", "Dagsorden udsendt", "Agenda sent", "Dagsordenen er sendt ud."),
    _item("afholdt", "Afholdt", "Held", "Mødet er holdt; referatet skrives eller er skrevet."),
    _item("godkendt", "Referat godkendt", "Minutes approved", "Referatet er godkendt."),
], title_da=N_("mødets status"))


class ItemPurpose(StrEnum):
    ORIENTERING = "orientering"
    DROEFTELSE = "droeftelse"
    BESLUTNING = "beslutning"


ITEM_PURPOSES: Catalogue[ItemPurpose] = Catalogue("item_purposes", ItemPurpose, [
    _item("orientering", "Orientering", "Information", "Deltagerne orienteres."),
    _item("droeftelse", "Drøftelse", "Discussion", "Punktet drøftes."),
    _item("beslutning", "Beslutning", "Decision", "Der skal træffes en beslutning."),
], title_da=N_("formål"))


class ItemKind(StrEnum):
    GODKENDELSE = "godkendelse"
    OPFOELGNING = "opfoelgning"
    ANMODNINGER = "anmodninger"
    SVAR = "svar"
    PLAGER = "plager"
    BARRIERER = "barrierer"
    INDIKATORER = "indikatorer"
    BESLUTNINGER = "beslutninger"
    AFTALER = "aftaler"
    RELATIONER = "relationer"
    ANDET = "andet"
    TIL_FORUM = "til_forum"


ITEM_KINDS: Catalogue[ItemKind] = Catalogue("item_kinds", ItemKind, [
    _item("godkendelse", "Godkendelse af referat", "Approval of the minutes",
          "Referatet fra sidste møde godkendes."),
    _item("opfoelgning", "Opfølgning fra sidst", "Follow-up from last time",
          "Handlinger fra tidligere møder: udført, forsinket eller åben."),
    _item("anmodninger", "Anmodninger uden svar", "Asks awaiting an answer",
          "Anmodninger, der venter på svar."),
    _item("svar", "Svar modtaget", "Answers received",
          "Anmodninger, der er besvaret siden sidste møde."),
    _item("plager", "Plager, der er forværret", "Plagues that worsened",
          "Plager med højere alvor end ved sidste møde."),
    _item("barrierer", "Barrierer, der er forværret", "Barriers that worsened",
          "Barrierer med større betydning end ved sidste møde."),
    _item("indikatorer", "Resultater", "Results",
          "Indikatorer, der går den forkerte vej eller har nye målinger."),
    _item("beslutninger", "Beslutninger til opfølgning", "Decisions due for follow-up",
          "Beslutninger og aftaler, der endnu ikke er fulgt op."),
    _item("aftaler", "Aftaler til revision", "Agreements due for review",
          "Aftaler, hvis revisionsdato er nået."),
    _item("relationer", "Samarbejdet", "The collaboration",
          "Relationsvurderinger, der er ældre end den valgte grænse."),
    _item("andet", "Øvrigt punkt", "Other item", "Et punkt, brugeren selv har skrevet."),
    _item("til_forum", "Anmodninger til forummet", "Asks to this forum",
          "Åbne anmodninger, der er rettet til netop dette forum, fx sundhedsrådet."),
], title_da=N_("punkttype"))


class LinkRole(StrEnum):
    KILDE = "kilde"
    OPRETTET = "oprettet"


LINK_ROLES: Catalogue[LinkRole] = Catalogue("link_roles", LinkRole, [
    _item("kilde", "Grundlag", "Basis", "Posten, punktet handler om."),
    _item("oprettet", "Oprettet på mødet", "Created at the meeting",
          "Posten blev oprettet fra punktet under mødet."),
], title_da=N_("tilknytning"))


# -- local time --------------------------------------------------------------------------
TZID = "Europe/Copenhagen"


def local_datetime(day: date, at: time, field: str = "start_time") -> datetime:
    """``day`` at ``at`` in Europe/Copenhagen. A wall-clock time that does not exist (the
    hour skipped when summer time begins) is refused with a Danish message – it is never
    moved silently or turned into a zero-length event."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(TZID)
    local = datetime.combine(day, at.replace(tzinfo=None), tzinfo=zone)
    back = local.astimezone(UTC).astimezone(zone)
    if back.replace(tzinfo=None) != local.replace(tzinfo=None):
        raise ValidationError(
            field, _("Klokken {at} findes ikke den {day}.{month}.{year}: uret stilles en time "
                     "frem til sommertid. Vælg et andet tidspunkt.",
                     at=format(at, "%H.%M"), day=day.day, month=day.month, year=day.year))
    return local
