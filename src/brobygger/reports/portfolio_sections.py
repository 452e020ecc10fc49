"""The portfolio brief's parts: one page per initiative and the overview table's rows."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph, Spacer

from brobygger.domain import rules
from brobygger.dto.briefs import TOP_LEVELS, InitiativeData
from brobygger.reports.blocks import SEVERITY, Blocks, Cell
from brobygger.reports.typography import date_da, esc, number_da


class PortfolioSections(Blocks):
    """One initiative on (about) one page of the portfolio brief."""

    def portfolio_page(self, data: InitiativeData, number: int, total: int,
                       children: Sequence[InitiativeData] = ()) -> list[Flowable]:
        """One initiative on (about) one page: the essentials, without charts; its
        sub-initiatives listed with status and sponsors."""
        out = self.title_block(f"Initiativ {number} af {total}", data, author="",
                               confidentiality="", show_period=False, compact=True)
        out += [Spacer(1, 6), self.key_figures(data)]
        if data.is_empty:
            out.append(Spacer(1, 4))
            out.append(self.empty("Ingen data endnu: ingen logindførsler, vurderinger, "
                                  "indikatorer eller handlinger."))
        out += self._portfolio_barriers(data)
        out += self._portfolio_plagues(data)
        out += self._portfolio_relations(data)
        out += self._portfolio_decisions(data)
        out += self._portfolio_results(data)
        out += self._portfolio_actions(data)
        out += self.portfolio_children(children)
        return out

    def portfolio_children(self, children: Sequence[InitiativeData]) -> list[Flowable]:
        if not children:
            return []
        out: list[Flowable] = [self.h2("Delinitiativer")]
        rows = []
        for c in children:
            sponsors = [info.name for m, info in c.members if m.role == "sponsor"]
            leaders = sum(1 for m, _info in c.members if m.role in ("leder", "medlem"))
            rows.append([self.p(f"<b>{esc(c.initiative.name)}</b>", self.st.cell),
                         self.code("initiative", "status", c.initiative.status),
                         ", ".join(sponsors) or "–", str(leaders),
                         str(len(c.open_asks))])
        out.append(self.table(["Delinitiativ", "Status", "Sponsorer", "Ledere", "Åbne anm."],
                              rows, [56, 22, 58, 15, 19]))
        return out

    def _bullets(self, title: str, empty: str, items: Sequence[str]) -> list[Flowable]:
        """A heading and one bullet per item (markup) – or the ``empty`` note."""
        out: list[Flowable] = [self.h2(title)]
        if not items:
            out.append(self.empty(empty))
        out += [Paragraph(item, self.st.bullet, bulletText="•") for item in items]
        return out

    def _portfolio_barriers(self, data: InitiativeData) -> list[Flowable]:
        items = []
        ordered = sorted((*data.open_barriers, *data.stale_barriers),
                         key=lambda b: (b.escalation_level not in TOP_LEVELS, -b.impact,
                                        b.barrier))
        for b in ordered:
            level = self.code("barrier_assessment", "escalation_level", b.escalation_level).lower()
            status = self.code("barrier_assessment", "status", b.status).lower()
            head = (f"<b>{esc(self.code('barrier_assessment', 'barrier', b.barrier))}</b> "
                    f"<font color='#5A6270'>({esc(level)}, {esc(status)})</font>")
            ask = f": {esc(b.ask)}" if b.ask else ": <i>anmodningen er ikke formuleret</i>"
            to = f" – til {esc(b.ask_to)}" if b.ask_to else ""
            items.append(head + ask + to)
        out = self._bullets("Strukturelle barrierer og anmodninger",
                            "Ingen åbne strukturelle barrierer.", items)
        if data.open_asks:
            out.append(self.h3("Åbne anmodninger"))
        for a in data.open_asks:
            who = a.addressee_text(data.org_names, data.forum_names)
            to = f" til {esc(who)}" if a.addressee or a.addressee_forum_id else ""
            out.append(Paragraph(f"<b>{esc(a.title)}</b> <font color='#5A6270'>– rejst "
                                 f"{date_da(a.raised_on)}{to}</font>", self.st.bullet,
                                 bulletText="•"))
        return out

    def _portfolio_plagues(self, data: InitiativeData) -> list[Flowable]:
        items = []
        for pl in (*data.active_plagues, *data.stale_plagues):
            mitigation = (f": {esc(pl.mitigation)}" if pl.mitigation
                          else ": <i>ingen afhjælpning beskrevet</i>")
            level = (f"ikke vurderet siden {date_da(pl.assessed_on)}"
                     if pl in data.stale_plagues else SEVERITY.get(pl.severity, '').lower())
            name = self.code("plague_assessment", "plague", pl.plague)
            items.append(f"<b>{esc(name)}</b> ({esc(level)}){mitigation}")
        return self._bullets("Aktive plager", "Ingen aktive plager.", items)

    def _portfolio_relations(self, data: InitiativeData) -> list[Flowable]:
        items = []
        for pair in data.org_pairs:
            r = pair.latest
            nxt = rules.next_step(r.kendskab, r.respekt, r.tillid)
            step = (f"næste trin: {rules.stage_label(nxt, self.lang).lower()}" if nxt
                    else "alle tre trin er nået")
            items.append(
                f"<b>{esc(pair.label)}</b>: {esc(rules.stage_label(pair.stage, self.lang))}, "
                f"{esc(rules.trend_label(pair.trend, self.lang).lower())} – {esc(step)}.")
        return self._bullets("Relationer", "Ikke vurderet endnu.", items)

    def _portfolio_decisions(self, data: InitiativeData) -> list[Flowable]:
        items = []
        for e in data.decisions:
            status = self.code("log_entry", "decision_status", e.decision_status).lower()
            items.append(
                f"{date_da(e.entry_date)}: <b>{esc(e.title)}</b> "
                f"<font color='#5A6270'>({esc(self.code('log_entry', 'type', e.type).lower())}"
                f"{', ' + esc(status) if status else ''})</font>")
        return self._bullets("Beslutninger og aftaler i perioden", "Ingen i perioden.", items)

    def _portfolio_results(self, data: InitiativeData) -> list[Flowable]:
        out: list[Flowable] = [self.h2("Resultater")]
        if not data.indicators:
            out.append(self.empty("Ingen indikatorer endnu."))
        else:
            rows: list[list[Cell]] = []
            for ind in data.indicators:
                i, latest = ind.indicator, ind.latest
                dec = ind.decimals
                rows.append([i.name, number_da(i.baseline, i.unit, dec),
                             number_da(i.target, i.unit, dec),
                             number_da(latest.value, i.unit, dec) if latest else "–",
                             ind.status])
            out.append(self.table(["Indikator", "Udgangspunkt", "Mål", "Seneste", "Status"],
                                  rows, [66, 26, 20, 22, 36]))
        return out

    def _portfolio_actions(self, data: InitiativeData) -> list[Flowable]:
        soon = [a for a in data.upcoming_actions
                if a.due_date is not None and (a.due_date - data.today).days <= 30]
        items = [f"<font color='#8A3B12'><b>Overskredet</b></font> {date_da(a.due_date)}: "
                 f"{esc(a.title)} <font color='#5A6270'>({esc(self.person(data, a.owner_id))})"
                 "</font>" for a in data.overdue_actions]
        items += [f"{date_da(a.due_date)}: {esc(a.title)} "
                  f"<font color='#5A6270'>({esc(self.person(data, a.owner_id))})</font>"
                  for a in soon]
        return self._bullets("Handlinger", "Ingen forfaldne handlinger og ingen med frist "
                             "inden for 30 dage.", items)

def has_news(d: InitiativeData) -> bool:
    """Something to report: open asks, active plagues, overdue actions, or log entries or
    settled asks in the period. An initiative without gets one line in the table only."""
    return bool(d.open_asks or d.active_plagues or d.overdue_actions or d.entries
                or d.settled_asks)


def portfolio_rows(sec: Blocks, items: Sequence[InitiativeData]) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for d in items:
        i = d.initiative
        name: list[Flowable] = [sec.p(f"<b>{esc(i.name)}</b>", sec.st.cell)]
        if d.parent_name:
            name.append(sec.p(f"Del af {esc(d.parent_name)}", sec.st.cell_muted))
        if d.parties:
            name.append(sec.p(esc(", ".join(p.organisation_name for p in d.parties)),
                              sec.st.cell_muted))
        if d.is_empty:
            name.append(sec.p(esc("Ingen data endnu"), sec.st.cell_muted))
        relations = (f"{rules.stage_label(d.stage, sec.lang)}\n"
                     f"{rules.trend_label(d.trend, sec.lang).lower()}" if d.org_pairs
                     else "Ikke vurderet")
        on_track = sum(1 for ind in d.indicators if ind.on_track)
        results = (f"{on_track} af {len(d.indicators)} på vej" if d.indicators
                   else "Ingen indikatorer")
        plagues: Cell = (sec.p(esc(", ".join(sec.code("plague_assessment", "plague", p.plague)
                                             for p in d.active_plagues)), sec.st.cell_muted)
                         if d.active_plagues else "Ingen")
        asks = len(d.open_asks)
        open_n = len(d.overdue_actions) + len(d.upcoming_actions)
        actions = f"{open_n} åbne"
        if d.overdue_actions:
            actions += f"\n{len(d.overdue_actions)} over frist"
        rows.append([name, sec.code("initiative", "status", i.status), relations, results,
                     plagues, str(asks), actions])
    return rows

