"""The sections only the handover brief has: about, timeline, people, agreements and the
escalation history."""

from __future__ import annotations

from datetime import timedelta

from reportlab.platypus import Flowable

from brobygger import dto
from brobygger.domain.catalogue import (
    ASK_LEVELS,
    ASK_STATUSES,
    CORNERSTONES,
    FORMALISATION,
    LEVELS,
    MEANINGS,
    MEMBER_ROLES,
)
from brobygger.dto.briefs import InitiativeData
from brobygger.reports.blocks import Cell, _label
from brobygger.reports.status_sections import StatusSections
from brobygger.reports.typography import count_da, date_da, esc, number_da


class HandoverSections(StatusSections):
    """Sections of the handover brief for a new leader."""

    def about(self, data: InitiativeData) -> list[Flowable]:
        i = data.initiative
        out = self.h1("Kort om initiativet")
        out.append(self.h2("Formål"))
        out += self.text(i.purpose) or [self.empty("Formålet er ikke beskrevet endnu.")]
        out.append(self.h2("Den brændende platform"))
        out += self.text(i.trigger) or [self.empty("Baggrunden er ikke beskrevet endnu.")]
        rows: list[tuple[str, Cell]] = []
        if i.meaning:
            rows.append(("Fælles mening", " · ".join(
                f"{_label(MEANINGS, k, self.lang)} {v}/3" for k, v in i.meaning.items())))
        if i.cornerstones:
            rows.append(("Hjørnesten", " · ".join(
                f"{_label(CORNERSTONES, k, self.lang)} {v}/3"
                for k, v in i.cornerstones.items())))
        if i.formalisation:
            avg = sum(i.formalisation.values()) / len(i.formalisation)
            pole = ("tæt på samordning (bindende)" if avg >= 3.5 else
                    "tæt på samarbejde (frivilligt)" if avg <= 2.5 else "midt imellem")
            rows.append(("Samarbejde ↔ samordning", f"{number_da(round(avg, 1))} af 5 – {pole} ("
                         + ", ".join(f"{_label(FORMALISATION, k, self.lang).lower()} {v}"
                                     for k, v in i.formalisation.items()) + ")"))
        if rows:
            out.append(self.h2("Fundamentet"))
            out.append(self.kv_table(rows, label_mm=42))
        return out

    def timeline(self, data: InitiativeData) -> list[Flowable]:
        entries = sorted(data.entries, key=lambda e: (e.entry_date, e.created_at))
        return self.section("Tidslinje", entries, lambda: self._timeline(data, entries),
                            empty="Ingen data endnu: loggen er tom.")

    def _timeline(self, data: InitiativeData, entries: list[dto.LogEntry]) -> list[Flowable]:
        out: list[Flowable] = [self.note(
            f"Alle {count_da(len(entries), 'logindførsel', 'logindførsler')}, ældste først.")]
        year = None
        for e in entries:
            if e.entry_date.year != year:
                year = e.entry_date.year
                out.append(self.h2(str(year)))
            out += self.entry(data, e)
        return out

    def people(self, data: InitiativeData) -> list[Flowable]:
        return self.section("Personer", data.members, lambda: self._people(data),
                            empty="Ingen personer er knyttet til initiativet endnu.")

    def _people(self, data: InitiativeData) -> list[Flowable]:
        out: list[Flowable] = []
        rows = []
        for m, info in data.members:
            name: list[Flowable] = [self.p(f"<b>{esc(info.name)}</b>", self.st.cell)]
            if info.is_champion:
                name.append(self.p("★ Ildsjæl", self.st.cell_muted))
            if info.active_to is not None and info.active_to <= data.today:
                name.append(self.p(f"<b>Har forladt samarbejdet {date_da(info.active_to)}</b>",
                                   self.st.cell_muted))
            who = [x for x in (info.title, info.organisation) if x]
            contact: list[Flowable] = [self.p(esc(x), self.st.cell_muted if "@" in x
                                              else self.st.cell)
                                       for x in (info.phone, info.email) if x]
            rows.append([name, _label(MEMBER_ROLES, m.role, self.lang),
                         [self.p(esc(", ".join(who) or "–"), self.st.cell),
                          self.p(esc(_label(LEVELS, info.level, self.lang)),
                                 self.st.cell_muted)],
                         contact or "–"])
        out.append(self.table(["Navn", "Rolle", "Titel og organisation", "Kontakt"], rows,
                              [36, 30, 52, 52]))
        left = sum(1 for _m, info in data.members
                   if info.active_to is not None and info.active_to <= data.today)
        champions = sum(1 for _m, info in data.members if info.is_champion)
        out.append(self.note(f"{count_da(champions, 'ildsjæl', 'ildsjæle')} (★); "
                             f"{count_da(left, 'person har', 'personer har')} forladt "
                             "samarbejdet. Et samarbejde båret af ildsjæle alene visner, når "
                             "de brænder ud eller skifter job."))
        out += self.shared_reviews(data)
        return out

    def shared_reviews(self, data: InitiativeData) -> list[Flowable]:
        """Leaders' own notes on the three chief tasks and competencies – only those they
        chose to share with a successor."""
        from brobygger.domain.catalogue import CHIEF_TASKS, COMPETENCIES

        reviews = {pid: r for pid, r in (data.shared_reviews or {}).items() if r}
        if not reviews:
            return []
        names = {m.person_id: info.name for m, info in data.members}
        out: list[Flowable] = [self.h2("Lederens egen evaluering (delt til efterfølgeren)")]
        for pid, items in reviews.items():
            out.append(self.p(f"<b>{esc(names.get(pid, ''))}</b>", self.st.body))
            for r in items:
                topic = (CHIEF_TASKS.label(r.topic) if r.topic in CHIEF_TASKS
                         else COMPETENCIES.label(r.topic))
                out.append(self.p(f"{esc(topic)} ({date_da(r.reviewed_on)}): {esc(r.note)}",
                                  self.st.bullet))
        return out

    def agreements(self, data: InitiativeData) -> list[Flowable]:
        items = sorted(data.decisions, key=lambda e: (e.entry_date, e.created_at), reverse=True)
        return self.section(
            "Aftaler og beslutninger i kraft", items,
            lambda: [self.note("Nyeste først. Den fulde tekst står i tidslinjen."),
                     self.decision_table(items)],
            empty="Ingen aftaler eller beslutninger er registreret endnu.")

    def escalation_history(self, data: InitiativeData, *, since_days: int = 365
                           ) -> list[Flowable]:
        """Every ask raised in the last year or still open, with its status (a settled
        escalation is an answered ask, not an open one)."""
        since = data.today - timedelta(days=since_days)
        items = sorted((a for a in data.asks if a.raised_on >= since or a.is_open),
                       key=lambda a: a.raised_on, reverse=True)
        out: list[Flowable] = [self.h2("Anmodninger og eskaleringer")]
        if not items:
            out.append(self.empty("Ingen anmodninger det seneste år og ingen åbne."))
            return out
        rows = [[date_da(a.raised_on), self.p(f"<b>{esc(a.title)}</b>", self.st.cell),
                 a.addressee_text(data.org_names, data.forum_names)
                 if a.addressee or a.addressee_forum_id or a.addressee_org_id
                 else _label(ASK_LEVELS, a.level, self.lang),
                 [self.p(esc(_label(ASK_STATUSES, a.status, self.lang)), self.st.cell_bold),
                  self.p(esc(date_da(a.settled_on, "")), self.st.cell_muted)]]
                for a in items]
        out.append(self.table(["Rejst", "Anmodning", "Til", "Status"], rows,
                              [24, 74, 46, 26]))
        return out

