"""Page 1 of the status brief tells a director the truth (issue 15): exactly the open
asks, each once, none of the settled ones; counts equal the Overblik's; indicators by
direction and trend; stale assessments never shown as current."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from brobygger.services import Services
from brobygger.services.asks import AskFilter
from brobygger.services.briefs import BriefOptions, status_brief
from tests.conftest import DEMO_TODAY

OPTIONS = BriefOptions(today=DEMO_TODAY)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _pages(path: Path) -> list[str]:
    return [_flat(p.extract_text()) for p in PdfReader(path).pages]


@pytest.mark.parametrize("name", ["Akutsamarbejde, Viborg", "Psykiatriens Hus, Silkeborg"])
def test_page_one_lists_exactly_the_open_asks(demo_svc: Services, tmp_path: Path,
                                              name: str) -> None:
    ini = demo_svc.initiatives.find(name)
    pdf = status_brief(demo_svc, ini.id, None, None, tmp_path / "s.pdf", OPTIONS)
    first = _pages(pdf)[0]
    asks = demo_svc.asks.list(AskFilter(initiative_id=ini.id))
    open_asks = [a for a in asks if a.is_open]
    settled = [a for a in asks if not a.is_open and a.status != "besvaret"]
    answered = [a for a in asks if a.status == "besvaret"]  # awaiting the steering group
    decisions = first.split("Beslutninger, der er brug for", 1)[1].split("Afklaret siden")[0]
    for a in open_asks:
        assert decisions.count(_flat(a.title)) == 1, a.title
    for a in settled:  # settled long ago: never under "decisions needed"
        assert _flat(a.title) not in decisions, a.title
    for a in answered:
        assert decisions.count(_flat(a.title)) == 1
        assert "venter på styregruppens stillingtagen" in decisions
    summary = demo_svc.overview.summary(ini.id, today=DEMO_TODAY)
    assert len(summary.open_escalations) == len(open_asks)
    if open_asks:
        assert f"{len(open_asks)} åbne anmodninger venter på svar" in first or \
            f"{len(open_asks)} åben anmodning venter på svar" in first
    else:
        assert "Ingen åbne anmodninger" in decisions
    assert "Virker det?" in first and "Løst på laveste niveau" in first


def test_psykiatriens_hus_settled_asks_are_not_decisions(demo_svc: Services,
                                                        tmp_path: Path) -> None:
    """Permanent operation (decided March 2026) and shared financing (January 2025) were
    page 1's two "decisions needed"; they are settled asks now."""
    ini = demo_svc.initiatives.find("Psykiatriens Hus, Silkeborg")
    pdf = status_brief(demo_svc, ini.id, date(2026, 1, 1), None, tmp_path / "s.pdf", OPTIONS)
    first = _pages(pdf)[0]
    assert "Permanent drift af huset" not in first.split("Afklaret siden sidst")[0]
    settled = first.split("Afklaret siden sidst", 1)[1]
    assert "Imødekommet" in settled and "Permanent drift af huset" in settled
    assert "finansieringsmodel" not in settled  # settled in 2025: before this period


def test_recipient_first_and_falling_indicator(demo_svc: Services, tmp_path: Path) -> None:
    ini = demo_svc.initiatives.find("Akutsamarbejde, Viborg")
    options = BriefOptions(today=DEMO_TODAY, recipient="Regionsrådet i Region Midtjylland")
    first = _pages(status_brief(demo_svc, ini.id, None, None, tmp_path / "v.pdf", options))[0]
    decisions = first.split("Beslutninger, der er brug for", 1)[1]
    assert decisions.index("Regionsrådet i Region Midtjylland") < decisions.index(
        "Sundhedsrådet")
    assert "til notatets modtager" in decisions
    # the bed occupancy fell from 88 % to 84 % (higher is better): not on track
    row = first.split("Belægning på akutpladser", 1)[1][:200]
    assert "Går den forkerte vej" in row
    sambo = demo_svc.initiatives.find("SAM:BO")
    first = _pages(status_brief(demo_svc, sambo.id, None, None, tmp_path / "s.pdf",
                                OPTIONS))[0]
    row = first.split("Aktive nøglepersoner", 1)[1][:200]
    assert "Går den forkerte vej" in row and "På vej" not in row


def test_stale_assessments_and_period_since_last_brief(demo_svc: Services,
                                                      tmp_path: Path) -> None:
    ini = demo_svc.initiatives.find("Akutsamarbejde, Viborg")
    pdf = status_brief(demo_svc, ini.id, None, None, tmp_path / "v.pdf", OPTIONS)
    text = " ".join(_pages(pdf))
    # konfliktende styring was last assessed 24 November 2025, over six months ago
    assert "Ikke vurderet siden 24. november 2025" in text
    assert "Respekt" in text and "respekt 3 → 9" in text.replace("Respekt", "respekt")
    assert demo_svc.brief_settings.last_brief(ini.id) == DEMO_TODAY
    assert demo_svc.brief_settings.default_period_start(ini) == DEMO_TODAY
    demo_svc.brief_settings.set_stale_months(24)
    text = " ".join(_pages(status_brief(demo_svc, ini.id, None, None, tmp_path / "w.pdf",
                                        OPTIONS)))
    assert "Ikke vurderet siden" not in text


def test_handover_results_people_status_and_shared_self_review(demo_svc: Services,
                                                              tmp_path: Path) -> None:
    from brobygger.exchange import records
    from brobygger.services.briefs import handover_brief

    viborg = demo_svc.initiatives.find("Akutsamarbejde, Viborg")
    text = " ".join(_pages(handover_brief(demo_svc, viborg.id, tmp_path / "h.pdf", OPTIONS)))
    assert "Resultater" in text and "Andel akutteamforløb der forebygger indlæggelse" in text
    assert "★ Ildsjæl" in text and "ildsjæle (★)" in text
    # the shared notes are there for the successor; the private one is not
    assert "Lederens egen evaluering" in text and "Fælles morgenmøde" in text
    assert "Privat note" not in text
    silkeborg = demo_svc.initiatives.find("Psykiatriens Hus, Silkeborg")
    text = " ".join(_pages(handover_brief(demo_svc, silkeborg.id, tmp_path / "s.pdf",
                                          OPTIONS)))
    assert "Har forladt samarbejdet 31. juli 2026" in text  # Hanne Bisgaard
    assert "self_review" not in records.ENTITY_LABELS  # never in a bundle


def test_gdpr_export_holds_the_persons_self_reviews(demo_svc: Services) -> None:
    marianne = demo_svc.people.find("Marianne Toft")
    data = demo_svc.gdpr.export_person(marianne.id)
    topics = sorted(r["topic"] for r in data["self_reviews"])
    assert topics == ["faelles_vi", "forandringsmod", "forbinde"]  # private ones too
