"""The sections of the status brief for the steering group: summary, decisions needed,
results, relationships, plagues, barriers, decisions, actions and the reflections. The
handover brief reuses several of them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
)

from brobygger import dto
from brobygger.domain import rules
from brobygger.domain.catalogue import (
    LadderStep,
)
from brobygger.dto import PairSeries
from brobygger.dto.briefs import TOP_LEVELS, InitiativeData
from brobygger.reports import charts
from brobygger.reports.blocks import SEVERITY, Blocks, Cell, _severity
from brobygger.reports.director import party_summary
from brobygger.reports.typography import (
    count_da,
    date_da,
    esc,
    join_da,
    number_da,
)

FULL_ENTRIES = 10
"""A status brief shows this many decisions with their full text; older ones in the period
are listed in a table, so the brief stays a brief."""
FULL_ESCALATIONS = 3
"""Escalations under "decisions needed": the newest this many with their text, the rest by
title, date and addressee."""

NEXT_STEP_HINT = {
    LadderStep.KENDSKAB: "Skab kendskab: faste møder, besøg hos hinanden og fælles "
                         "undervisning, så ansigter og hverdag bliver kendte.",
    LadderStep.RESPEKT: "Styrk respekten: synliggør hinandens faglighed og bidrag, fx i "
                        "fælles sagsgennemgange.",
    LadderStep.TILLID: "Byg tillid: del også svagheder og fejl, og løb små risici sammen.",
}
PAIR_WIDTHS = (40, 22, 22, 17, 17, 52)


def pair_headers(who: str) -> list[str]:
    return [who, "Seneste vurdering", "Kendskab · respekt · tillid", "Trin", "Udvikling",
            "Næste skridt"]


TOP_HINT = "Hold fast: alle tre trin er nået – bevar den løbende kontakt, også ved udskiftning."


class StatusSections(Blocks):
    """Sections of the status brief (and those the handover brief shares)."""

    def summary_points(self, data: InitiativeData) -> list[str]:
        """Short Danish sentences (markup) that sum the initiative up."""
        i = data.initiative
        points = []
        status = self.code("initiative", "status", i.status).lower()
        line = f"Initiativet har status <b>{esc(status)}</b>"
        if i.start_date:
            line += f" og startede {date_da(i.start_date)}"
        points.append(line + ".")
        if data.entries:
            counts = Counter(e.type for e in data.entries)
            parts = [f"{n} × {self.code('log_entry', 'type', t).lower()}"
                     for t, n in counts.most_common()]
            points.append(f"Loggen har {count_da(len(data.entries), 'indførsel', 'indførsler')} "
                          f"i perioden ({esc(', '.join(parts))}).")
        else:
            points.append("Ingen logindførsler i perioden.")
        if data.org_pairs:
            stage = rules.stage_label(data.stage, self.lang)
            trend = rules.trend_label(data.trend, self.lang).lower()
            points.append(
                f"Relationerne er vurderet for {count_da(len(data.org_pairs), 'par', 'par')} af "
                f"parter. Den svageste relation står på trinnet <b>{esc(stage)}</b>; "
                f"udviklingen er {esc(trend)}.")
        else:
            points.append("Relationerne mellem parterne er ikke vurderet endnu.")
        if data.indicators:
            reached = sum(1 for ind in data.indicators if ind.reached)
            moving = sum(1 for ind in data.indicators if ind.on_track and not ind.reached)
            points.append(f"Af {count_da(len(data.indicators), 'indikator', 'indikatorer')} har "
                          f"{reached} nået målet, og {moving} er på vej.")
        else:
            points.append("Der er ingen indikatorer med udgangspunkt og mål endnu – så "
                          "risikerer resultaterne at forblive usynlige.")
        if data.active_plagues:
            names = [f"{self.code('plague_assessment', 'plague', p.plague)} "
                     f"({SEVERITY.get(p.severity, '').lower()})" for p in data.active_plagues]
            points.append(f"Aktive plager: {esc(join_da(names))}.")
        else:
            points.append("Ingen af samarbejdets plager er vurderet som aktive.")
        asks = len(data.open_asks)
        if asks:
            points.append(f"<b>{count_da(asks, 'anmodning venter', 'anmodninger venter')} på "
                          "svar</b> – se »Beslutninger, der er brug for« på side 1.")
        if data.agreements_line:
            points.append(f"Aftaler: {esc(data.agreements_line)}.")
        open_n = len(data.overdue_actions) + len(data.upcoming_actions)
        if open_n:
            late = len(data.overdue_actions)
            points.append(f"{count_da(open_n, 'handling er åben', 'handlinger er åbne')}, "
                          f"heraf {late} {'forfalden' if late == 1 else 'forfaldne'}.")
        else:
            points.append("Der er ingen åbne handlinger.")
        return points

    def summary(self, data: InitiativeData, title: str = "Sammenfatning") -> list[Flowable]:
        out: list[Flowable] = [*self.h1(title), self.key_figures(data), Spacer(1, 6)]
        out += [Paragraph(pt, self.st.bullet, bulletText="•") for pt in self.summary_points(data)]
        purpose = data.initiative.purpose
        if purpose:
            out.append(self.h2("Formål"))
            out += self.text(purpose)
        return out

    # -- decisions needed ----------------------------------------------------------------
    def results(self, data: InitiativeData, *, with_charts: bool = True) -> list[Flowable]:
        return self.section("Resultater", data.indicators,
                            lambda: self._results(data, with_charts),
                            empty="Ingen data endnu: der er ingen indikatorer for initiativet. "
                                  "Tilføj en indikator med udgangspunkt og mål under "
                                  "»Resultater«, så resultaterne bliver synlige.")

    def _results(self, data: InitiativeData, with_charts: bool) -> list[Flowable]:
        out: list[Flowable] = []
        rows = []
        for ind in data.indicators:
            i = ind.indicator
            latest = ind.latest
            dec = ind.decimals  # one indicator's values line up: "16,0" beside "16,5"
            latest_text = (f"{number_da(latest.value, i.unit, dec)}\n"
                           f"{date_da(latest.measured_on)}"
                           if latest else "Ingen målinger endnu")
            name: list[Flowable] = [self.p(f"<b>{esc(i.name)}</b>", self.st.cell)]
            direction = "lavere er bedre" if i.direction == "ned" else "højere er bedre"
            name.append(self.p(esc(direction), self.st.cell_muted))
            if ind.parts:  # broken down by party: each party's latest value and status
                name.append(self.p(esc(party_summary(ind)).replace("\n", "<br/>"),
                                   self.st.cell_muted))
            rows.append([name, number_da(i.baseline, i.unit, dec),
                         number_da(i.target, i.unit, dec), latest_text, ind.status])
        out.append(self.table(["Indikator", "Udgangspunkt", "Mål", "Seneste måling", "Status"],
                              rows, [56, 26, 22, 30, 36]))
        if with_charts:
            out.append(Spacer(1, 6))
            out += self.chart_grid([
                (ind.indicator.name, charts.indicator_chart(
                    [(m.measured_on, m.value) for m in ind.measurements],
                    baseline=ind.indicator.baseline, target=ind.indicator.target,
                    unit=ind.indicator.unit, width=self.chart_w, height=46 * mm,
                    series=ind.series_points if ind.parts else ()))
                for ind in data.indicators])
        return out

    # -- relationships -------------------------------------------------------------------
    def pair_rows(self, pairs: Sequence[PairSeries]) -> list[list[Cell]]:
        rows: list[list[Cell]] = []
        for pair in pairs:
            r = pair.latest
            nxt = rules.next_step(r.kendskab, r.respekt, r.tillid)
            hint = NEXT_STEP_HINT[nxt] if nxt is not None else TOP_HINT
            rows.append([pair.label, date_da(r.assessed_on),
                         f"{r.kendskab} · {r.respekt} · {r.tillid}",
                         rules.stage_label(pair.stage, self.lang),
                         rules.trend_label(pair.trend, self.lang), hint])
        return rows

    def relationships(self, data: InitiativeData, *, with_charts: bool = True,
                      with_people: bool = False, with_notes: bool = True) -> list[Flowable]:
        out = self.h1("Relationernes modenhed")
        out.append(self.note(
            "Relationstrappen: kendskab → respekt → tillid, hver vurderet 1–10. Et trin regnes "
            f"for nået fra {rules.STEP_REACHED}. Vurderingerne er et styringsredskab for "
            "samarbejdet – de viser udviklingen og det næste skridt, ikke en rangliste."))
        if not data.org_pairs:
            out.append(self.empty("Ingen data endnu: relationerne mellem parterne er ikke "
                                  "vurderet. Lav en første vurdering af kendskab, respekt og "
                                  "tillid for hvert par af parter."))
        else:
            out.append(self.table(
                pair_headers("Parter"), self.pair_rows(data.org_pairs), PAIR_WIDTHS))
            if with_notes:
                notes = [(p, p.latest) for p in data.org_pairs if p.latest.note]
                if notes:
                    out.append(self.h2("Noter fra seneste vurdering"))
                    for p, r in notes:
                        out.append(self.p(f"<b>{esc(p.label)}</b> ({date_da(r.assessed_on)}): "
                                          f"{esc(r.note)}", self.st.body))
            if with_charts:
                out.append(Spacer(1, 4))
                out += self.chart_grid([
                    (p.label, charts.relationship_chart(
                        [(r.assessed_on, r.kendskab, r.respekt, r.tillid) for r in p.assessments],
                        width=self.chart_w, height=46 * mm))
                    for p in data.org_pairs])
        if with_people:
            out.append(self.h2("Relationer mellem personer"))
            if data.person_pairs:
                out.append(self.table(
                    pair_headers("Personer"), self.pair_rows(data.person_pairs), PAIR_WIDTHS))
            else:
                out.append(self.empty("Ingen vurderinger af relationer mellem enkeltpersoner."))
        elif data.person_pairs:
            out.append(Paragraph(
                "Der er også "
                f"{count_da(len(data.person_pairs), 'vurderet relation', 'vurderede relationer')} "
                "mellem enkeltpersoner. Af hensyn til de personer, det drejer sig om, vises de "
                "ikke i dette notat.", self.st.footnote))
        return out

    def plagues(self, data: InitiativeData, *, sub: bool = False) -> list[Flowable]:
        return self.section("Aktive plager", data.active_plagues or data.stale_plagues,
                            lambda: self._plagues(data),
                            empty="Ingen af samarbejdets syv plager er vurderet som aktive "
                                  "(alvor middel eller høj) pr. periodens slutning.", sub=sub)

    def _plagues(self, data: InitiativeData) -> list[Flowable]:
        rows = []
        for pl in (*data.active_plagues, *data.stale_plagues):
            stale = pl in data.stale_plagues
            mitigation: list[Flowable] = self.text(pl.mitigation, self.st.cell) or [
                self.p(esc("Ingen afhjælpning beskrevet endnu."), self.st.cell_muted)]
            if pl.owner_id:
                mitigation.append(self.p(f"Ansvarlig: {esc(self.person(data, pl.owner_id))}",
                                         self.st.cell_muted))
            name = self.code("plague_assessment", "plague", pl.plague)
            rows.append([
                [self.p(f"<b>{esc(name)}</b>", self.st.cell),
                 self.p(f"Vurderet {date_da(pl.assessed_on)}", self.st.cell_muted)],
                f"Ikke vurderet siden {date_da(pl.assessed_on)}" if stale
                else _severity(pl.severity),
                self.text(pl.note, self.st.cell) or "–",
                mitigation])
        return [self.table(["Plage", "Alvor", "Hvad vi ser", "Afhjælpning"], rows,
                           [36, 21, 56, 57])]

    def barriers(self, data: InitiativeData, *, sub: bool = False) -> list[Flowable]:
        out = self.heading("Strukturelle barrierer", sub)
        out.append(self.note(
            "Forhold, som cheferne ikke kan ændre alene. Barrierer på niveauet topledelse, "
            "politisk eller nationalt kræver handling dér – med den konkrete anmodning nedenfor."))
        if not data.open_barriers and not data.stale_barriers:
            out.append(self.empty("Ingen åbne strukturelle barrierer er registreret."))
            return out
        ordered = sorted(data.open_barriers,
                         key=lambda b: (b.escalation_level not in TOP_LEVELS, -b.impact,
                                        b.barrier))
        ordered += list(data.stale_barriers)
        rows = []
        highlight = []
        for n, b in enumerate(ordered):
            seen = (f"Ikke vurderet siden {date_da(b.assessed_on)}"
                    if b in data.stale_barriers else f"Vurderet {date_da(b.assessed_on)}")
            if b.escalation_level in TOP_LEVELS:
                highlight.append(n)
            ask: list[Flowable] = ([self.p(f"<b>{esc(b.ask)}</b>", self.st.cell)] if b.ask
                                   else [self.p(esc("Ikke formuleret endnu."),
                                                self.st.cell_muted)])
            name = self.code("barrier_assessment", "barrier", b.barrier)
            level = self.code("barrier_assessment", "escalation_level", b.escalation_level)
            rows.append([
                [self.p(f"<b>{esc(name)}</b>", self.st.cell),
                 self.p(esc(seen), self.st.cell_muted)],
                _severity(b.impact),
                [self.p(esc(level), self.st.cell_bold),
                 self.p(esc(self.code("barrier_assessment", "status", b.status)), self.st.cell)],
                ask,
                b.ask_to or "–"])
        out.append(self.table(["Barriere", "Betydning", "Niveau og status", "Anmodning",
                               "Rettet til"], rows, [34, 21, 24, 53, 38], highlight=highlight))
        if highlight:
            out.append(Paragraph("Farvede rækker kræver handling fra topledelse, politisk eller "
                                 "nationalt niveau.", self.st.footnote))
        return out

    # -- log entries ---------------------------------------------------------------------
    def entry(self, data: InitiativeData, e: dto.LogEntry, *, with_body: bool = True,
              with_type: bool = True) -> list[Flowable]:
        meta = [date_da(e.entry_date)]
        if with_type:
            meta.append(self.code("log_entry", "type", e.type))
        if e.decision_status:
            meta.append("status: " + self.code("log_entry", "decision_status",
                                               e.decision_status).lower())
        if e.type == "eskalering" and e.escalation_level:
            level = self.code("log_entry", "escalation_level", e.escalation_level).lower()
            meta.append(f"eskaleret til {level}" + (f": {e.escalated_to}" if e.escalated_to
                                                     else ""))
        if e.participants:
            names = [data.person_names[p] for p in e.participants if p in data.person_names]
            if names:
                meta.append("deltagere: " + ", ".join(names))
        out: list[Flowable] = [Paragraph(esc(e.title), self.st.entry_head),
                               Paragraph(esc(" · ".join(meta)), self.st.entry_meta)]
        if with_body:
            out += self.text(e.body, self.st.entry_body)
        return out

    def recent_decisions(self, data: InitiativeData) -> list[Flowable]:
        return self.section("Beslutninger og aftaler i perioden", data.decisions,
                            lambda: self._recent_decisions(data),
                            empty="Ingen beslutninger eller aftaler er registreret i perioden.")

    def _recent_decisions(self, data: InitiativeData) -> list[Flowable]:
        out: list[Flowable] = []
        decisions = data.decisions
        if len(decisions) > FULL_ENTRIES:
            out.append(self.note(f"De {FULL_ENTRIES} nyeste med den fulde tekst; de øvrige "
                                 f"{len(decisions) - FULL_ENTRIES} står i tabellen nedenfor."))
        for e in decisions[:FULL_ENTRIES]:
            out += self.entry(data, e)
        older = decisions[FULL_ENTRIES:]
        if older:
            out.append(self.h2(f"Øvrige beslutninger og aftaler i perioden ({len(older)})"))
            out.append(self.decision_table(older))
        return out

    def decision_table(self, entries: Sequence[dto.LogEntry]) -> Flowable:
        """Decisions and agreements, one row each: date, type, title and status."""
        rows = [[date_da(e.entry_date), self.code("log_entry", "type", e.type),
                 self.p(f"<b>{esc(e.title)}</b>", self.st.cell),
                 self.code("log_entry", "decision_status", e.decision_status) or "–"]
                for e in entries]
        return self.table(["Dato", "Type", "Titel", "Status"], rows, [28, 21, 94, 27])

    # -- actions -------------------------------------------------------------------------
    def _action_rows(self, data: InitiativeData, actions: Sequence[dto.Action],
                     overdue: bool) -> list[list[Cell]]:
        rows: list[list[Cell]] = []
        for a in actions:
            title: list[Flowable] = [self.p(esc(a.title), self.st.cell)]
            if a.notes:
                title += self.text(a.notes, self.st.cell_muted)
            due = date_da(a.due_date, "Ingen frist")
            if overdue and a.due_date is not None:
                days = (data.today - a.due_date).days
                due += f"\n({count_da(days, 'dag', 'dage')} over)"
            status = "Forfalden" if overdue else self.code("action", "status", a.status)
            rows.append([title, self.person(data, a.owner_id), due, status])
        return rows

    def actions(self, data: InitiativeData, title: str = "Handlinger", *,
                sub: bool = False) -> list[Flowable]:
        out = self.heading(title, sub)
        out.append(self.note(f"Som de står {date_da(data.today)}."))
        if not data.overdue_actions and not data.upcoming_actions:
            out.append(self.empty("Ingen åbne handlinger."))
            return out
        headers = ["Handling", "Ansvarlig", "Frist", "Status"]
        widths = [92, 38, 26, 16]
        sub_heading = self.h3 if sub else self.h2
        if data.overdue_actions:
            out.append(sub_heading(f"Forfaldne ({len(data.overdue_actions)})"))
            rows = self._action_rows(data, data.overdue_actions, True)
            out.append(self.table(headers, rows, widths, highlight=range(len(rows))))
        if data.upcoming_actions:
            out.append(sub_heading(f"Kommende og igangværende ({len(data.upcoming_actions)})"))
            out.append(self.table(headers, self._action_rows(data, data.upcoming_actions,
                                                             False), widths))
        return out
