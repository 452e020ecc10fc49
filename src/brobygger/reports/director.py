"""Page 1 of the status brief: the director's three questions – what is asked of whom,
what has been settled, and is it working – plus the sections that tell the truth about
old assessments, relationship maturity in numbers and the readiness checklist.

Every count of asks comes from :mod:`brobygger.services.asks` (via
:class:`~brobygger.dto.briefs.InitiativeData`), so the brief counts like the Overblik.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable, Paragraph, Spacer

from brobygger import dto
from brobygger.domain.catalogue import (
    ACTION_STATUSES,
    ASK_LEVELS,
    ASK_STATUSES,
    BARRIERS,
    PLAGUES,
    READINESS_ANSWERS,
    REFLECTIONS,
)
from brobygger.domain.indicators import CHANGE_LABELS
from brobygger.domain.rules import MONTHS_DA
from brobygger.dto.briefs import IndicatorData, InitiativeData
from brobygger.reports.blocks import Blocks as Sections
from brobygger.reports.typography import count_da, date_da, esc, number_da

MUTED = "#5A6270"
OVERDUE = "#A4262C"


def _age(raised: date, today: date) -> str:
    days = (today - raised).days
    if days < 45:
        return count_da(max(days, 0), "dag", "dage")
    months = round(days / 30.44)
    return count_da(months, "måned", "måneder")


def _addressee(a: dto.Ask, data: InitiativeData) -> str:
    return a.addressee_text(data.org_names, data.forum_names)


def _for_recipient(a: dto.Ask, recipient: str, data: InitiativeData) -> bool:
    """The ask is addressed to the brief's recipient (their words appear in either)."""
    whole = recipient.strip().casefold()
    if not whole:
        return False
    body = whole.split(",")[0].strip()  # "hospitalsledelsen" of "Hospitalsledelsen, …"
    target = _addressee(a, data).casefold()
    return whole in target or target in whole or (len(body) > 3 and body in target)


def decisions_needed(sec: Sections, data: InitiativeData) -> list[Flowable]:
    """Each open ask once, grouped by addressee, with age and answer due; the asks to the
    brief's recipient first."""
    out = sec.h1("Beslutninger, der er brug for")
    asks = data.open_asks
    answered = [a for a in data.asks if a.status == "besvaret" and not a.is_deleted]
    if not asks:
        out.append(sec.empty("Ingen åbne anmodninger: der venter ikke svar fra nogen."))
        out += _answered(sec, answered)
        return out
    groups: dict[str, list[dto.Ask]] = {}
    for a in sorted(asks, key=lambda a: (not _for_recipient(a, data.recipient, data),
                                         ASK_LEVELS.codes().index(a.level), a.raised_on)):
        level = ASK_LEVELS.label(a.level)
        groups.setdefault(f"{_addressee(a, data)} ({level.lower()})", []).append(a)
    out.append(sec.note(
        f"{count_da(len(asks), 'åben anmodning venter', 'åbne anmodninger venter')} på svar. "
        "Hver sag står én gang, også når den både er en barrieres anmodning og en "
        "eskalering i loggen."))
    number = 0
    for addressee, items in groups.items():
        mark = " – til notatets modtager" if _for_recipient(items[0], data.recipient, data) \
            else ""
        out.append(sec.p(f"<b>Til {esc(addressee)}</b>{esc(mark)}", sec.st.body))
        for a in items:
            number += 1
            facts = [f"rejst {date_da(a.raised_on)} ({_age(a.raised_on, data.today)} siden)"]
            if a.due_date is not None:
                due = f"svar ønsket senest {date_da(a.due_date)}"
                if a.due_date < data.today:
                    due = f"<font color='{OVERDUE}'><b>svarfrist overskredet "\
                          f"{date_da(a.due_date)}</b></font>"
                facts.append(due)
            if a.barrier:
                facts.append(f"barriere: {esc(BARRIERS.label(a.barrier).lower())}")
            text = (f"<b>{esc(a.title)}</b><br/><font color='{MUTED}'>"
                    f"{' · '.join(facts)}</font>{_links(a, data)}")
            out.append(Paragraph(text, sec.st.numbered, bulletText=f"{number}."))
    out += _answered(sec, answered)
    return out


def _links(a: dto.Ask, data: InitiativeData) -> str:
    """The log entries and actions the ask concerns: what is being done while it waits."""
    items = (data.ask_links or {}).get(a.id, ())
    lines = []
    for item in items:
        if item.kind == "action":
            facts = [f for f in (item.owner, f"frist {date_da(item.day)}" if item.day else "",
                                 ACTION_STATUSES.label(item.status).lower()
                                 if item.status in ACTION_STATUSES else "") if f]
            lines.append(f"Handling: {esc(item.title)}"
                         + (f" ({esc(', '.join(facts))})" if facts else ""))
        else:
            day = f"{date_da(item.day)} " if item.day else ""
            lines.append(f"I loggen: {day}{esc(item.title)}")
    return "".join(f"<br/><font size='8' color='{MUTED}'>{line}</font>" for line in lines)


def _answered(sec: Sections, answered: Sequence[dto.Ask]) -> list[Flowable]:
    """Answered, but not concluded: the steering group must take a position."""
    out: list[Flowable] = []
    for a in answered:
        out.append(Paragraph(
            f"<b>Besvaret {date_da(a.answered_on)}, venter på styregruppens stillingtagen:</b> "
            f"{esc(a.title)}", sec.st.bullet, bulletText="•"))
    return out


def settled_since(sec: Sections, data: InitiativeData) -> list[Flowable]:
    out = [sec.h2("Afklaret siden sidst")]
    settled = data.settled_asks
    if not settled:
        out.append(sec.empty("Ingen anmodninger er besvaret eller lukket i perioden."))
        return out
    for a in settled:
        outcome = ASK_STATUSES.label(a.status)
        answer = a.answer.strip().split("\n\n")[0]
        line = (f"<b>{esc(outcome)}</b> {date_da(a.settled_on)}: {esc(a.title)}"
                + (f"<br/><font color='{MUTED}'>{esc(answer)}</font>" if answer else ""))
        out.append(Paragraph(line, sec.st.bullet, bulletText="•"))
    return out


def is_it_working(sec: Sections, data: InitiativeData) -> list[Flowable]:
    out = [sec.h2("Virker det?")]
    if not data.indicators:
        out.append(sec.empty("Ingen indikatorer endnu – så kan ingen se, om det virker."))
    else:
        rows = []
        for ind in data.indicators:
            i = ind.indicator
            a = ind.assessment(data.today)
            latest = (f"{number_da(ind.latest.value, i.unit)} ({date_da(ind.latest.measured_on)})"
                      if ind.latest else "–")
            target = number_da(i.target, i.unit)
            if i.target_date is not None:
                target += f" senest {date_da(i.target_date)}"
            changes = []
            if a.since_previous is not None:
                changes.append(f"{CHANGE_LABELS['da'][a.since_previous]} siden sidste måling")
            if a.recent is not None and a.recent is not a.since_previous and len(
                    ind.measurements) >= 3:
                changes.append(f"{CHANGE_LABELS['da'][a.recent]} end for to målinger siden")
            if a.since_baseline is not None:
                changes.append(f"{CHANGE_LABELS['da'][a.since_baseline]} end udgangspunktet")
            status: list[Flowable] = [sec.p(f"<b>{esc(ind.status)}</b>", sec.st.cell)]
            if changes:
                status.append(sec.p(esc("; ".join(changes)), sec.st.cell_muted))
            name: list[Flowable] = [sec.p(esc(i.name), sec.st.cell)]
            if ind.parts:  # broken down by party: each party's latest value and status
                name.append(sec.p(esc(party_summary(ind)).replace("\n", "<br/>"),
                                  sec.st.cell_muted))
            rows.append([name, latest, number_da(i.baseline, i.unit), target, status])
        out.append(sec.table(["Indikator", "Seneste", "Udgangspunkt", "Mål", "Status"], rows,
                             [46, 28, 26, 28, 42]))
    out.append(Spacer(1, 3))
    out.append(sec.p(
        f"<b>Løst på laveste niveau:</b> {data.solved_locally} i perioden, mod "
        f"{count_da(data.escalated, 'sag', 'sager')} sendt videre. Samarbejdet virker, når "
        "kun få problemer bliver topledelsens hovedpine.", sec.st.body))
    return out


def party_summary(ind: IndicatorData) -> str:
    """"Viborg Kommune 21,7 %: På vej" and "Skive Kommune 16,5 %: Går den forkerte vej",
    one line each."""
    unit = ind.indicator.unit
    return "\n".join(
        f"{p.party} {number_da(p.latest.value, unit, ind.decimals)}: "
        f"{p.assessment(p.today).label('da', date_da)}" if p.latest is not None
        else f"{p.party}: ingen målinger" for p in ind.parts)


def _month(day: date) -> str:
    return f"{MONTHS_DA[day.month - 1]} {day.year}"


def maturity_numbers(sec: Sections, data: InitiativeData) -> list[Flowable]:
    """'Respekt 3 → 9 siden marts 2024' per pair of parties."""
    out: list[Flowable] = []
    for pair in data.org_pairs:
        first, last = pair.assessments[0], pair.latest
        if first is last:
            text = (f"kendskab {last.kendskab}, respekt {last.respekt}, tillid {last.tillid} "
                    f"({_month(last.assessed_on)})")
        else:
            text = (f"kendskab {first.kendskab} → {last.kendskab}, respekt {first.respekt} → "
                    f"{last.respekt}, tillid {first.tillid} → {last.tillid} siden "
                    f"{_month(first.assessed_on)}")
        out.append(Paragraph(f"<b>{esc(pair.label)}:</b> {esc(text)}", sec.st.bullet,
                             bulletText="•"))
    if out:
        out.append(sec.note("Skraveret på graferne: kildens reference – i de fire cases blev "
                            "den gensidige respekt vurderet under 4 før samarbejdet og "
                            "oftest over 8 efter."))
    return out


def stale_assessments(sec: Sections, data: InitiativeData) -> list[Flowable]:
    """Plagues and barriers whose newest assessment is older than the staleness setting."""
    items = [(PLAGUES.label(p.plague), p.assessed_on) for p in data.stale_plagues]
    items += [(BARRIERS.label(b.barrier), b.assessed_on) for b in data.stale_barriers]
    if not items:
        return []
    out: list[Flowable] = [sec.h2("Ikke vurderet for nylig")]
    out.append(sec.note("Vurderinger ældre end indstillingen for forældede vurderinger vises "
                        "ikke som aktuelle. Vurder dem igen."))
    for name, day in sorted(items, key=lambda x: x[1]):
        out.append(Paragraph(f"<b>{esc(name)}</b>: ikke vurderet siden {date_da(day)}",
                             sec.st.bullet, bulletText="•"))
    return out


def readiness(sec: Sections, data: InitiativeData) -> list[Flowable]:
    out = sec.h1("Eftertanker til topledelsen")
    summary = data.readiness
    if summary is None or not summary.answers:
        out.append(sec.empty("Ingen af de otte eftertanker er besvaret for initiativet. "
                             "Besvar dem under initiativets fane »Parathed«."))
        return out
    last = date_da(summary.last_reviewed)
    note = (f"{summary.reviewed} af {len(REFLECTIONS)} er gennemgået inden for det seneste år "
            f"(senest {last}).")
    if summary.stale:
        note += (f" {count_da(len(summary.stale), 'eftertanke', 'eftertanker')} er ikke "
                 "besvaret i over et år.")
    out.append(sec.note(note))
    rows = []
    for item in REFLECTIONS:
        a = summary.answers.get(item.code)
        if a is None or item.code in summary.stale:
            answer = "Ikke besvaret i over et år" if a is not None else "Ikke besvaret"
            detail = f"Senest {date_da(a.answered_on)}: " if a is not None else ""
        else:
            answer = READINESS_ANSWERS.label(a.answer)
            detail = f"{date_da(a.answered_on)}. "
        cell: list[Flowable] = [sec.p(f"<b>{esc(item.label('da'))}</b>", sec.st.cell)]
        if a is not None and a.note:
            cell.append(sec.p(esc(detail + a.note), sec.st.cell_muted))
        elif detail:
            cell.append(sec.p(esc(detail.rstrip(' .:')), sec.st.cell_muted))
        rows.append([cell, answer])
    out.append(sec.table(["Eftertanke", "Svar"], rows, [130, 40]))
    return out


def page_one(sec: Sections, data: InitiativeData) -> list[Flowable]:
    return [*decisions_needed(sec, data), *settled_since(sec, data), *is_it_working(sec, data)]


def ask_lines(asks: Sequence[dto.Ask]) -> list[str]:
    """Plain lines (title – addressee – status) for the portfolio and handover briefs."""
    return [f"{a.title} – {a.addressee or ASK_LEVELS.label(a.level)} – "
            f"{ASK_STATUSES.label(a.status).lower()}" for a in asks]
