"""The agreement follow-up brief (PDF, issue 17) in the house style of the briefs: for one
agreement or all agreements of a forum – status, the version in force on the brief's end
date, every version, deviations grouped by theme, task transfers (a missing medical
responsible flagged), linked indicators and the questions for the yearly revision.

Data in, PDF out: the caller gathers an
:class:`~brobygger.dto.agreements.AgreementBriefData` (``services.agreement_brief``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from brobygger.domain.agreements import AGREEMENT_KINDS, AGREEMENT_STATUSES
from brobygger.domain.i18n import _
from brobygger.dto.agreements import AgreementBriefData, BriefAgreement
from brobygger.reports.document import PageInfo, check_target, render, write_atomically
from brobygger.reports.sections import Cell, Sections
from brobygger.reports.typography import date_da, esc

DEFAULT_CONFIDENTIALITY = "Fortroligt – kun til aftalens parter"
FLAG = "#b42318"  # the flag for a missing medical responsible (contrast ≥ 4.5:1 on white)


@dataclass(frozen=True)
class AgreementPdfOptions:
    author: str = ""
    confidentiality: str = DEFAULT_CONFIDENTIALITY
    today: date | None = None


def _label(catalogue: object, code: str) -> str:
    from brobygger.domain.codelist import Catalogue

    assert isinstance(catalogue, Catalogue)
    return catalogue.label(code) if code in catalogue else code


def _period(a_from: date | None, a_to: date | None) -> str:
    if a_from is None and a_to is None:
        return "–"
    end = date_da(a_to) if a_to else _("(ingen slutdato)")
    return f"{date_da(a_from) if a_from else '…'} – {end}"


def _title_block(sec: Sections, data: AgreementBriefData, options: AgreementPdfOptions
                 ) -> list[Flowable]:
    rows: list[tuple[str, Cell]] = [
        (_("Gælder"), data.subject),
        (_("Periode"), f"{date_da(data.start)} – {date_da(data.end)}"),
        (_("Aftaler"), str(len(data.agreements))),
    ]
    if options.author:
        rows.append((_("Udarbejdet af"), options.author))
    rows.append((_("Dato"), date_da(options.today or date.today())))
    out: list[Flowable] = [Paragraph(esc(_("Opfølgning på aftaler").upper()), sec.st.kicker),
                           Paragraph(esc(data.subject), sec.st.title), sec.kv_table(rows)]
    if options.confidentiality:
        out += [Spacer(1, 4), sec.banner(options.confidentiality)]
    return out


def _overview(sec: Sections, data: AgreementBriefData) -> list[Flowable]:
    out: list[Flowable] = sec.h1(_("Overblik"))
    rows: list[list[Cell]] = []
    for b in data.agreements:
        devs = sum(len(d) for _t, d in b.deviations_by_theme)
        flagged = sum(1 for t in b.transfers if t.flagged)
        rows.append([b.shown.title, _label(AGREEMENT_KINDS, b.shown.kind),
                     f"{b.shown.version_label} · {_label(AGREEMENT_STATUSES, b.shown.status)}",
                     date_da(b.shown.review_on), str(devs),
                     str(flagged) if flagged else "–"])
    out.append(sec.table([_("Aftale"), _("Type"), _("Version og status"), _("Revision"),
                          _("Afvigelser"), _("Uden lægeligt ansvar")], rows,
                         [50, 28, 32, 24, 20, 22]))
    return out


def _agreement(sec: Sections, b: BriefAgreement, end: date) -> list[Flowable]:
    a = b.shown
    out: list[Flowable] = sec.h1(a.title)
    state = (_("Version {version} var i kraft {day}.", version=a.version_label,
               day=date_da(end)) if b.in_force_on_end else
             _("Ingen version var i kraft {day}; den nyeste vises.", day=date_da(end)))
    out.append(sec.note(state))
    rows: list[tuple[str, Cell]] = [
        (_("Type"), _label(AGREEMENT_KINDS, a.kind)),
        (_("Status"), _label(AGREEMENT_STATUSES, a.status)),
        (_("Version"), a.version_label),
        (_("I kraft"), _period(a.in_force_from, a.in_force_to)),
        (_("Revideres senest"), date_da(a.review_on)),
        (_("Parter"), ", ".join(b.parties) or "–"),
        (_("Godkendt af"), b.forum or "–"),
        (_("Ejer"), b.owner or "–"),
        (_("Initiativer"), ", ".join(b.initiatives) or "–"),
        (_("Dokument"), a.document_ref or "–"),
    ]
    out.append(sec.kv_table(rows, label_mm=34))
    if a.summary:
        out += sec.text(a.summary)
    out += _versions(sec, b)
    out += _deviations(sec, b)
    out += _transfers(sec, b)
    if b.indicators:
        out.append(sec.h2(_("Indikatorer")))
        out.append(sec.table([_("Indikator"), _("Seneste måling"), _("Mål")],
                             [[n, v, t] for n, _u, v, t in b.indicators], [90, 50, 36]))
    out.append(sec.h2(_("Spørgsmål til den årlige revision")))
    out += [Paragraph(esc(q), sec.st.bullet, bulletText="•") for q in b.questions]
    return out


def _versions(sec: Sections, b: BriefAgreement) -> list[Flowable]:
    out: list[Flowable] = [sec.h2(_("Versioner"))]
    rows: list[list[Cell]] = []
    for v in reversed(b.versions):
        mark = " ◂" if v.id == b.shown.id else ""
        rows.append([v.version_label + mark, _label(AGREEMENT_STATUSES, v.status),
                     _period(v.in_force_from, v.in_force_to), v.document_ref or "–"])
    out.append(sec.table([_("Version"), _("Status"), _("I kraft"), _("Dokument")], rows,
                         [24, 26, 64, 62]))
    return out


def _deviations(sec: Sections, b: BriefAgreement) -> list[Flowable]:
    out: list[Flowable] = [sec.h2(_("Afvigelser i perioden efter tema"))]
    if not b.deviations_by_theme:
        out.append(sec.empty(_("Ingen afvigelser registreret i perioden.")))
        return out
    for theme, devs in b.deviations_by_theme:
        block: list[Flowable] = [sec.h3(f"{theme} ({len(devs)})")]
        block.append(sec.table(
            [_("Dato"), _("Afvigelse og hvorfor"), _("Kostede / sparede"), _("Bør ændres")],
            [[date_da(d.observed_on), d.title + (f": {d.reason}" if d.reason else ""),
              d.effect or "–", d.proposal or "–"] for d in devs], [24, 66, 40, 46]))
        out.append(KeepTogether(block))
    return out


def _transfers(sec: Sections, b: BriefAgreement) -> list[Flowable]:
    if not b.transfers:
        return []
    out: list[Flowable] = []
    for n, t in enumerate(b.transfers):
        tr = t.transfer
        flag = esc(_("⚠ INGEN LÆGELIGT ANSVARLIG – gråzone i opgaver og ansvar"))
        medical: Cell = t.medical if t.medical else Paragraph(
            f"<font color='{FLAG}'><b>{flag}</b></font>", sec.st.value)
        rows: list[tuple[str, Cell]] = [
            (_("Fra"), t.from_party or "–"), (_("Til"), t.to_party or "–"),
            (_("Lægeligt ansvar"), medical),
            (_("Kompetencer"), tr.competencies or "–"),
            (_("Sådan sikres de"), tr.assurance or "–"),
            (_("Monitorering"), ", ".join(x for x in (t.indicator, tr.monitoring) if x) or "–"),
        ]
        head: list[Flowable] = [sec.h2(_("Opgaveoverdragelser"))] if n == 0 else []
        out.append(KeepTogether([*head, sec.h3(tr.task), sec.kv_table(rows, label_mm=34)]))
    return out


def flowables(data: AgreementBriefData, options: AgreementPdfOptions) -> list[Flowable]:
    sec = Sections()
    out = _title_block(sec, data, options)
    if not data.agreements:
        out.append(sec.empty(_("Ingen aftaler at vise.")))
        return out
    if len(data.agreements) > 1:
        out += _overview(sec, data)
    for n, b in enumerate(data.agreements):
        if n:
            out.append(PageBreak())
        out += _agreement(sec, b, data.end)
    return out


def agreement_brief_pdf(data: AgreementBriefData, out: Path,
                        options: AgreementPdfOptions = AgreementPdfOptions()) -> Path:
    """Write the follow-up brief to ``out`` (PDF, atomically)."""
    target = check_target(Path(out))
    if target.suffix.lower() != ".pdf":
        from brobygger.domain.errors import InputError
        raise InputError(_("'{name}' er ikke en PDF-fil. Giv filen endelsen .pdf.",
                           name=target.name))
    kind = _("Opfølgning på aftaler")
    info = PageInfo(kind, data.subject, options.confidentiality,
                    date_da(options.today or date.today()), options.author, data.example)
    story = flowables(data, options)
    return write_atomically(target, lambda: render(story, info, f"{kind}: {data.subject}"))
