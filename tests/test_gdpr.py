"""GDPR tools: export everything about a person; anonymise a person everywhere."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from brobygger import paths
from brobygger.cli import main
from brobygger.domain.errors import InputError, NotFoundError
from brobygger.services import Services
from brobygger.services.audit import REDACTED
from brobygger.services.gdpr import mention_pattern, write_person_json, write_person_pdf
from brobygger.store.workspace import Workspace

NAME = "Anne Marie Kjær"
SECRETS = ("Anne Marie Kjær", "Anne Kjær", "Kjær", "kjær", "KJÆR", "anne.kjaer@viborg.example",
           "22 33 44 55", "hemmelig note om Anne", "Sundhedschef Viborg")


@pytest.fixture
def plain(tmp_path: Path) -> Iterator[Services]:
    """Unencrypted, so the file's bytes can be searched for the name."""
    ws = Workspace.open(tmp_path / "plain", encryption="none")
    yield Services(ws, user="tester")
    ws.close()


@pytest.fixture
def world(plain: Services) -> dict[str, uuid.UUID]:
    svc = plain
    kom = svc.organisations.create(name="Viborg Kommune", sector="kommune",
                                   notes=f"Kontakt: {NAME}.")
    hosp = svc.organisations.create(name="Regionshospitalet", sector="region_hospital")
    anne = svc.people.create(name=NAME, title="Sundhedschef Viborg", organisation_id=kom.id,
                             email="anne.kjaer@viborg.example", phone="22 33 44 55",
                             notes="hemmelig note om Anne")
    bo = svc.people.create(name="Bo Hansen", title="Ledende overlæge", organisation_id=hosp.id)
    ini = svc.initiatives.create(name="Akutsamarbejde", purpose=f"Drevet af {NAME}.")
    svc.members.create(initiative_id=ini.id, person_id=anne.id, role="leder")
    e1 = svc.log.create(initiative_id=ini.id, entry_date="2026-03-05", type="moede",
                        title="Styregruppemøde", body="Aftale om akutpladser.",
                        participants=[anne.id, bo.id])
    e2 = svc.log.create(entry_date="2026-03-06", type="observation",
                        title="Anne Kjærs forslag", body="anne   kjær vil gerne udvide.",
                        tags="akut")
    e3 = svc.log.create(entry_date="2026-03-07", type="observation", title="Andet",
                        body="Intet om hende.")
    e4 = svc.log.create(entry_date="2026-03-08", type="haendelse", title="Slettet",
                        body=f"{NAME.upper()} ringede.")
    svc.log.delete(e4.id)
    act = svc.actions.create(initiative_id=ini.id, title="Udkast til aftale", owner_id=anne.id,
                             notes="Følg op med Anne Kjær")
    for score in (3, 6, 8):
        svc.relationships.create(initiative_id=ini.id, person_a_id=anne.id, person_b_id=bo.id,
                                 assessed_on=f"2026-0{score}-01", kendskab=score,
                                 respekt=score, tillid=score, note=f"Anne Kjær og Bo: {score}")
    svc.relationships.create(org_a_id=kom.id, org_b_id=hosp.id, kendskab=5, respekt=5,
                             tillid=5)
    pl = svc.plagues.create(initiative_id=ini.id, plague="konfliktende_styring", severity=2,
                            owner_id=anne.id, mitigation="Anne Kjær tager det op")
    svc.people.update(anne.id, title="Sundhedschef Viborg", notes="hemmelig note om Anne!")
    return {"kom": kom.id, "anne": anne.id, "bo": bo.id, "ini": ini.id, "e1": e1.id,
            "e2": e2.id, "e3": e3.id, "e4": e4.id, "act": act.id, "pl": pl.id}


def test_mention_pattern() -> None:
    p = mention_pattern("Anne Marie Kjær")
    assert p is not None
    for hit in ("Anne Marie Kjær", "anne kjær", "ANNE  MARIE\nKJÆR", "Anne Kjærs bil"):
        assert p.search(hit), hit
    for miss in ("Anne", "Kjær", "Anne Kjærsgaard", "Marianne Kjær", "Anne Marie"):
        assert not p.search(miss), miss
    assert mention_pattern("  ") is None


def test_export_person(plain: Services, world: dict[str, uuid.UUID], tmp_path: Path) -> None:
    data = plain.gdpr.export_person(world["anne"])
    assert data["format"] == "brobygger.person-export"
    assert data["person"]["name"] == NAME and data["person"]["email"].startswith("anne")
    assert data["organisation"]["name"] == "Viborg Kommune"
    assert [m["initiative_name"] for m in data["memberships"]] == ["Akutsamarbejde"]
    entries = {e["id"]: e["reasons"] for e in data["log_entries"]}
    assert entries == {str(world["e1"]): ["deltager"], str(world["e2"]): ["nævnt"],
                       str(world["e4"]): ["nævnt"]}  # trash included, e3 not
    assert [a["id"] for a in data["actions"]] == [str(world["act"])]
    assert [r["kendskab"] for r in data["relationship_assessments"]] == [3, 6, 8]
    assert {r["other_party"] for r in data["relationship_assessments"]} == {"Bo Hansen"}
    assert [p["id"] for p in data["plague_assessments"]] == [str(world["pl"])]
    assert {(m["entity"], m["field"]) for m in data["mentions"]} == {
        ("organisation", "notes"), ("initiative", "purpose")}
    assert [ev["action"] for ev in data["audit_events"]] == ["create", "update"]
    json.dumps(data)  # JSON-ready as it is

    out = write_person_json(data, tmp_path / "ud" / "anne.json")
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["name"] == NAME
    pdf = write_person_pdf(data, tmp_path / "anne.pdf")
    reader = PdfReader(pdf)
    content = "\n".join(page.extract_text() for page in reader.pages)
    assert NAME in content and "Styregruppemøde" in content and "Side 1 af" in content
    assert "Bo Hansen" in content


def test_export_masks_cpr(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "w", encryption="none") as ws:
        svc = Services(ws, user="tester", allow_cpr=True)
        p = svc.people.create(name="Bo Ib")
        svc.log.create(entry_date="2026-01-01", type="moede", title="Bo Ib om 010190-1234",
                       participants=[p.id])
        data = svc.gdpr.export_person(p.id)
        assert data["log_entries"][0]["title"] == "Bo Ib om 010190-****"
        assert "1234" not in json.dumps(data["log_entries"])
        with pytest.raises(NotFoundError):
            svc.gdpr.export_person(uuid.uuid4())


def _relationship_counts(svc: Services) -> tuple[int, list[tuple[int, int, int]]]:
    rows = svc.relationships.list()
    return len(rows), sorted((r.kendskab, r.respekt, r.tillid) for r in rows)


def test_anonymise_person(plain: Services, world: dict[str, uuid.UUID]) -> None:
    svc = plain
    assert svc.ws.path is not None
    files = list(svc.ws.path.parent.glob(paths.DB_FILENAME + "*"))
    assert any(b"Kj\xc3\xa6r" in f.read_bytes() for f in files)  # the search below can see
    counts_before = _relationship_counts(svc)
    result = svc.gdpr.anonymise_person(world["anne"])
    assert result.label == "Anonym person 1" and result.compacted
    anne = svc.people.get(world["anne"])
    assert (anne.name, anne.title, anne.phone, anne.email, anne.notes) == (
        "Anonym person 1", "", "", "", "")
    assert anne.organisation_id == world["kom"]  # statistics stay
    assert _relationship_counts(svc) == counts_before
    assert [r.person_a_id for r in svc.relationships.list(party_id=world["anne"])] == \
        [world["anne"]] * 3
    assert svc.log.get(world["e2"]).title == "Anonym person 1's forslag"
    assert svc.log.get(world["e2"]).body == "Anonym person 1 vil gerne udvide."
    assert svc.log.get(world["e4"], include_deleted=True).body == "Anonym person 1 ringede."
    assert svc.log.get(world["e3"]).body == "Intet om hende."
    assert svc.organisations.get(world["kom"]).notes == "Kontakt: Anonym person 1."
    assert svc.actions.get(world["act"]).notes == "Følg op med Anonym person 1"
    assert svc.log.get(world["e1"]).participants == tuple(
        sorted((world["anne"], world["bo"]), key=str))
    assert svc.log.search("Kjær") == [] and svc.log.search("Anonym")

    history = svc.audit.history(world["anne"])
    assert [ev.action for ev in history] == ["anonymise", "update", "create"]
    assert history[0].changes["name"] == (REDACTED, "Anonym person 1")
    assert history[2].changes["name"] == (None, REDACTED)
    assert history[1].changes["notes"] == (REDACTED, REDACTED)
    assert svc.audit.history(world["e2"])[0].action == "anonymise"
    assert svc.people.find("Bo Hansen").name == "Bo Hansen"

    # nothing of the old person left anywhere in the file
    with svc.ws.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = svc.ws.engine.raw_connection()
    try:
        raw.driver_connection.execute("VACUUM")
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    for f in svc.ws.path.parent.glob(paths.DB_FILENAME + "*"):
        content = f.read_bytes()
        for secret in SECRETS:
            assert secret.encode("utf-8") not in content, (f.name, secret)
        assert b"kjaer" not in content

    # a second anonymisation takes the next number
    bo = svc.gdpr.anonymise_person(world["bo"])
    assert bo.label == "Anonym person 2"
    with svc.ws.read() as s:
        n = s.execute(text("SELECT count(*) FROM relationship_assessment")).scalar_one()
    assert n == counts_before[0]


def test_anonymise_is_one_transaction(plain: Services, world: dict[str, uuid.UUID],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from brobygger.store import scrub

    def fail(conn: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(scrub, "rebuild_search_index", fail)
    with pytest.raises(RuntimeError):
        plain.gdpr.anonymise_person(world["anne"])
    assert plain.people.get(world["anne"]).name == NAME
    assert plain.log.get(world["e2"]).title == "Anne Kjærs forslag"
    assert [ev.action for ev in plain.audit.history(world["anne"])] == ["update", "create"]


def test_anonymise_refuses_bad_label(plain: Services, world: dict[str, uuid.UUID]) -> None:
    with pytest.raises(InputError):
        plain.gdpr.anonymise_person(world["anne"], label="  ")
    with pytest.raises(InputError):
        plain.gdpr.anonymise_person(world["anne"], label="010190-1234")
    assert plain.people.get(world["anne"]).name == NAME


def test_cli_person_export_and_anonymise(capsys: pytest.CaptureFixture[str],
                                         plain: Services, world: dict[str, uuid.UUID],
                                         tmp_path: Path) -> None:
    assert plain.ws.path is not None
    d = str(plain.ws.path.parent)
    out_json, out_pdf = tmp_path / "a.json", tmp_path / "a.pdf"
    assert main(["person-export", NAME, "--out", str(out_json), "--data-dir", d]) == 0
    assert json.loads(out_json.read_text(encoding="utf-8"))["person"]["name"] == NAME
    assert main(["person-export", str(world["anne"]), "-o", str(out_pdf),
                 "--data-dir", d]) == 0
    assert out_pdf.read_bytes().startswith(b"%PDF")
    assert main(["person-export", NAME, "--out", str(tmp_path / "a.txt"),
                 "--data-dir", d]) == 2
    capsys.readouterr()
    assert main(["anonymise", NAME, "--data-dir", d]) == 2
    assert "--yes" in capsys.readouterr().err
    assert plain.people.get(world["anne"]).name == NAME
    assert main(["anonymise", NAME, "--yes", "--data-dir", d]) == 0
    assert "Anonym person 1" in capsys.readouterr().out
    assert plain.people.get(world["anne"]).name == "Anonym person 1"


def test_person_export_pdf_holds_self_reviews_and_asks(plain: Services,
                                                       world: dict[str, uuid.UUID],
                                                       tmp_path: Path) -> None:
    """Right of access: the readable PDF holds everything the JSON holds about the person –
    their private self-reviews, asks addressed to them and their meetings too."""
    svc = plain
    svc.self_reviews.create(person_id=world["anne"], topic="faelles_vi",
                            reviewed_on="2026-04-02", note="Vi taler mere om 'vi' end før.")
    svc.self_reviews.create(person_id=world["anne"], topic="forandringsmod",
                            reviewed_on="2026-04-03", note="Tålmod med implementeringen.")
    svc.asks.create(initiative_id=world["ini"], title="Afklar lægeansvaret i akutteamet",
                    raised_on="2026-04-05", level="chef", addressee_person_id=world["anne"])
    data = svc.gdpr.export_person(world["anne"])
    assert len(data["self_reviews"]) == 2 and len(data["asks_addressed"]) == 1
    reader = PdfReader(write_person_pdf(data, tmp_path / "anne.pdf"))
    content = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Egne selvevalueringer" in content
    assert "Vi taler mere om 'vi' end før." in content
    assert "Tålmod med implementeringen." in content
    assert "At opbygge et fælles vi" in content and "Forandringsmod" in content
    assert "Anmodninger rettet til personen" in content
    assert "Afklar lægeansvaret i akutteamet" in content
