"""Exchange bundles: round trip, merge by id, conflicts and their resolutions, and bad files
that must change nothing."""

from __future__ import annotations

import json
import struct
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from brobygger.domain.errors import InputError
from brobygger.exchange import (
    BundleError,
    BundleTooNewError,
    BundleTruncatedError,
    Choice,
    NotABundleError,
    StalePlanError,
    UnresolvedConflictsError,
    WrongPassphraseError,
    apply_import,
    export_bundle,
    merge,
    plan_import,
    read_bundle,
    records,
)
from brobygger.exchange import bundle as bundle_mod
from brobygger.exchange.bundle import KdfCost
from brobygger.services import Services
from brobygger.store import backup
from brobygger.store.workspace import Workspace
from tests.conftest import PASS, settled_hash
from tests.conftest import run_cli as run

FAST = KdfCost(n=2**8)  # tests only: the real default is 2**17
AKUT = "Akutsamarbejde, Viborg"


def export(svc: Services, path: Path, *names: str) -> Path:
    ids = [svc.initiatives.find(n).id for n in (names or (AKUT,))]
    return export_bundle(svc, ids, path, PASS, kdf_cost=FAST).path


def import_all(svc: Services, path: Path, choice: Choice | str | None = None
               ) -> merge.ImportResult:
    plan = plan_import(svc, read_bundle(path, PASS))
    return apply_import(svc, plan, choice)


def content(svc: Services) -> dict[uuid.UUID, str]:
    """Every exchanged record of the workspace: id -> content hash."""
    with svc.ws.read() as s:
        return {rid: rec.hash for t in records.tables()
                for rid, rec in records.load(s, t.name).items()}


def db_of(svc: Services) -> Path:
    assert svc.ws.path is not None
    return svc.ws.path


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Services]:
    """Workspace B: the counterpart's laptop, empty."""
    ws = Workspace.open(tmp_path / "b")
    yield Services(ws, user="modpart")
    ws.close()


@pytest.fixture
def synced(demo_svc: Services, other: Services, tmp_path: Path) -> tuple[Services, Services]:
    """A (the example) has sent the acute collaboration to B, which imported it."""
    import_all(other, export(demo_svc, tmp_path / "first.brobygger"))
    return demo_svc, other


def an_entry(svc: Services) -> Any:
    akut = svc.initiatives.find(AKUT)
    # not a decision an action follows from (the action would carry it into a bundle)
    sources = {a.source_entry_id for a in svc.actions.all()}
    return next(e for e in svc.log.list() if e.initiative_id == akut.id and e.participants
                and e.id not in sources)


# -- round trip --------------------------------------------------------------------------------
def test_round_trip_into_an_empty_workspace(demo_svc: Services, other: Services,
                                            tmp_path: Path) -> None:
    path = export(demo_svc, tmp_path / "akut.brobygger")
    preview = read_bundle(path, PASS)
    m = preview.manifest
    assert m.format_version == bundle_mod.FORMAT_VERSION and m.created_by == "tester"
    assert [i.name for i in m.initiatives] == [AKUT]
    assert m.counts["log_entry"] > 0 and m.counts["person"] > 0 and m.counts["measurement"] > 0
    assert m.counts == {k: len(v) for k, v in preview.records.items()}
    assert AKUT in m.summary_da()

    plan = plan_import(other, preview)
    assert not plan.conflicts and not plan.updated and not plan.identical
    assert len(plan.new) == preview.count()
    result = apply_import(other, plan)
    assert result.added == preview.count()

    # B holds exactly what A sent, field for field (the content hash covers every column
    # but id/version/updated_at – and the ids are the keys), and A is unchanged.
    mine = content(demo_svc)
    theirs = content(other)
    sent = {rid: rec.hash for rows in preview.records.values() for rid, rec in rows.items()}
    assert theirs == sent
    assert all(mine[rid] == h for rid, h in sent.items())
    akut_a = demo_svc.initiatives.find(AKUT)
    akut_b = other.initiatives.get(akut_a.id)
    assert akut_b == akut_a
    entries_a = [e for e in demo_svc.log.list() if e.initiative_id == akut_a.id]
    assert other.log.list() == entries_a  # the DTOs, links and all
    # the full-text index follows the imported rows
    word = entries_a[0].title.split()[0]
    assert other.log.search(word)
    # an import never invents other initiatives
    assert {i.name for i in other.initiatives.all()} == {AKUT}

    # Reading the same file again: everything is identical, nothing to do.
    again = plan_import(other, read_bundle(path, PASS))
    assert len(again.identical) == preview.count() and not again.has_changes


def test_export_includes_referenced_records_and_leaves_the_trash_out(
        demo_svc: Services, tmp_path: Path) -> None:
    akut = demo_svc.initiatives.find(AKUT)
    entry = an_entry(demo_svc)
    demo_svc.log.delete(entry.id)  # never exchanged: stays at home
    preview = read_bundle(export(demo_svc, tmp_path / "x.brobygger"), PASS)
    assert entry.id not in preview.records["log_entry"]
    everything = {rid for rows in preview.records.values() for rid in rows}
    for rows in preview.records.values():
        for rec in rows.values():
            for _target, rid in rec.refs():
                assert rid in everything
    assert all(r.values["initiative_id"] == akut.id
               for r in preview.records["log_entry"].values())


def test_passphrase_rules(demo_svc: Services, tmp_path: Path) -> None:
    akut = demo_svc.initiatives.find(AKUT)
    with pytest.raises(InputError, match="mindst 8 tegn"):
        export_bundle(demo_svc, [akut.id], tmp_path / "x.brobygger", "kort", kdf_cost=FAST)
    assert not (tmp_path / "x.brobygger").exists()
    path = export(demo_svc, tmp_path / "y.brobygger")
    assert b"Akutsamarbejde" not in path.read_bytes()  # the manifest is encrypted too
    header = _read_header(path.read_bytes())
    assert header["kdf"]["name"] == "scrypt" and header["format"] == bundle_mod.FORMAT_VERSION
    assert bundle_mod.KdfCost().n >= 2**17  # the default stays slow


# -- merge -------------------------------------------------------------------------------------
def test_changed_only_over_there_is_updated_and_back_again(synced: tuple[Services, Services],
                                                           tmp_path: Path) -> None:
    a, b = synced
    entry = an_entry(a)
    b.log.update(entry.id, title="Nyt fra kommunen")
    plan = plan_import(a, read_bundle(export(b, tmp_path / "b.brobygger"), PASS))
    assert [r.record_id for r in plan.updated] == [entry.id] and not plan.conflicts
    apply_import(a, plan)
    assert a.log.get(entry.id).title == "Nyt fra kommunen"
    # A's copy now equals B's: going back to B there is nothing to do.
    back = plan_import(b, read_bundle(export(a, tmp_path / "a.brobygger"), PASS))
    assert not back.has_changes


def test_changed_only_here_is_kept(synced: tuple[Services, Services], tmp_path: Path) -> None:
    a, b = synced
    entry = an_entry(a)
    a.log.update(entry.id, title="Min nyere titel")
    plan = plan_import(a, read_bundle(export(b, tmp_path / "b.brobygger"), PASS))
    assert [r.record_id for r in plan.mine_newer] == [entry.id]
    assert not plan.conflicts and not plan.updated
    apply_import(a, plan)
    assert a.log.get(entry.id).title == "Min nyere titel"


def test_deletion_over_there_reaches_here(synced: tuple[Services, Services],
                                          tmp_path: Path) -> None:
    a, b = synced
    entry = an_entry(a)
    b.log.delete(entry.id)
    import_all(a, export(b, tmp_path / "b.brobygger"))
    assert entry.id in {e.id for e in a.log.trash()}


def both_edit(a: Services, b: Services, tmp_path: Path) -> tuple[Any, merge.ImportPlan]:
    """A and B each edit the same entry; B's bundle is read into A."""
    entry = an_entry(a)
    a.log.update(entry.id, title="Hospitalets udgave")
    b.log.update(entry.id, title="Kommunens udgave", body="Kommunen skrev dette.")
    plan = plan_import(a, read_bundle(export(b, tmp_path / "b.brobygger"), PASS))
    return entry, plan


def test_edited_on_both_sides_is_exactly_one_conflict(synced: tuple[Services, Services],
                                                      tmp_path: Path) -> None:
    a, b = synced
    entry, plan = both_edit(a, b, tmp_path)
    assert [c.record_id for c in plan.conflicts] == [entry.id]
    assert not plan.new and not plan.updated and not plan.mine_newer
    conflict = plan.conflicts[0]
    assert conflict.entity == "log_entry" and conflict.entity_label == "logindførsel"
    fields = {f.field: f for f in conflict.fields}
    assert set(fields) == {"title", "body"}
    assert fields["title"].mine == "Hospitalets udgave"
    assert fields["title"].theirs == "Kommunens udgave"
    assert fields["title"].label == "Titel"
    assert "ændret begge steder" in conflict.describe_da()


def test_unresolved_conflicts_change_nothing(synced: tuple[Services, Services],
                                            tmp_path: Path) -> None:
    a, b = synced
    _entry, plan = both_edit(a, b, tmp_path)
    before = settled_hash(db_of(a))
    with pytest.raises(UnresolvedConflictsError, match="Intet er ændret"):
        apply_import(a, plan)
    choices = plan.resolutions()
    assert choices.unresolved() == list(plan.conflicts)
    with pytest.raises(UnresolvedConflictsError):
        apply_import(a, plan, choices)
    assert settled_hash(db_of(a)) == before


@pytest.mark.parametrize("choice", list(Choice))
def test_each_resolution_does_what_it_says(synced: tuple[Services, Services], tmp_path: Path,
                                           choice: Choice) -> None:
    a, b = synced
    entry, plan = both_edit(a, b, tmp_path)
    before_ids = {e.id for e in a.log.list()}
    choices = plan.resolutions()
    choices.resolve(entry.id, choice)
    assert choices.unresolved() == []
    result = apply_import(a, plan, choices)
    assert result.backup is not None and result.backup.exists()
    mine = a.log.get(entry.id)
    new_ids = {e.id for e in a.log.list()} - before_ids
    if choice == Choice.MINE:
        assert result.kept_mine == 1
        assert mine.title == "Hospitalets udgave" and not new_ids
    elif choice == Choice.THEIRS:
        assert result.took_theirs == 1
        assert mine.title == "Kommunens udgave" and mine.body == "Kommunen skrev dette."
        assert not new_ids
    else:
        assert result.kept_both == 1
        assert mine.title == "Hospitalets udgave" and len(new_ids) == 1
        copy = a.log.get(new_ids.pop())
        assert copy.title == "Kommunens udgave" + merge.BOTH_SUFFIX
        assert "Modpartens version" in copy.body and "Kommunen skrev dette." in copy.body
        assert str(entry.id) in copy.body
        assert copy.participants == entry.participants
        assert copy.entry_date == entry.entry_date and copy.type == entry.type
    # The same file again: the choice is remembered, no conflict comes back.
    again = plan_import(a, read_bundle(tmp_path / "b.brobygger", PASS))
    assert not again.conflicts and not again.updated and not again.new


def test_keep_mine_then_mine_wins_at_the_counterpart(synced: tuple[Services, Services],
                                                     tmp_path: Path) -> None:
    a, b = synced
    entry, plan = both_edit(a, b, tmp_path)
    apply_import(a, plan, Choice.MINE)
    # A decided; when A's version reaches B it replaces B's without a new conflict.
    back = plan_import(b, read_bundle(export(a, tmp_path / "a.brobygger"), PASS))
    assert [r.record_id for r in back.updated] == [entry.id] and not back.conflicts
    apply_import(b, back)
    assert b.log.get(entry.id).title == "Hospitalets udgave"


def test_backup_before_import_and_audit_trail(synced: tuple[Services, Services]) -> None:
    _a, b = synced
    reasons = [x.reason for x in backup.list_backups(b.ws.directory)]
    assert backup.PRE_IMPORT in reasons
    entry = an_entry(b)
    events = b.audit.history(entry.id)
    assert [e.action for e in events] == ["create"] and events[0].changes["title"][1]


def test_failed_import_changes_nothing(synced: tuple[Services, Services], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = synced
    entry = an_entry(a)
    b.log.update(entry.id, title="Ændret hos modparten")
    b.organisations.create(name="Ny organisation", sector="kommune")
    akut = b.initiatives.find(AKUT)
    b.log.create(initiative_id=akut.id, entry_date="2026-11-21", type="observation",
                 title="Ny observation")
    plan = plan_import(a, read_bundle(export(b, tmp_path / "b.brobygger"), PASS))
    assert plan.new and plan.updated
    before = settled_hash(db_of(a))

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disken forsvandt")

    monkeypatch.setattr(merge, "_update", boom)
    with pytest.raises(RuntimeError):
        apply_import(a, plan)
    assert settled_hash(db_of(a)) == before


def test_a_stale_plan_is_refused(synced: tuple[Services, Services], tmp_path: Path) -> None:
    a, b = synced
    entry = an_entry(a)
    b.log.update(entry.id, title="Fra modparten")
    plan = plan_import(a, read_bundle(export(b, tmp_path / "b.brobygger"), PASS))
    a.log.update(entry.id, title="Imens ændret her")
    before = settled_hash(db_of(a))
    with pytest.raises(StalePlanError, match="Læs filen ind igen"):
        apply_import(a, plan)
    assert settled_hash(db_of(a)) == before


def test_cpr_numbers_in_a_bundle_are_refused_or_masked(synced: tuple[Services, Services],
                                                       tmp_path: Path) -> None:
    a, b = synced
    entry = an_entry(a)
    b.allow_cpr = True
    b.log.update(entry.id, body="Borgeren 010190-1234 blev genindlagt.")
    plan = plan_import(a, read_bundle(export(b, tmp_path / "b.brobygger"), PASS))
    assert [f.masked for f in plan.cpr_findings] == ["010190-****"]
    before = settled_hash(db_of(a))
    with pytest.raises(InputError, match="CPR"):
        apply_import(a, plan)
    assert settled_hash(db_of(a)) == before
    result = apply_import(a, plan, mask_cpr_numbers=True)
    assert result.cpr_masked == 1
    assert a.log.get(entry.id).body == "Borgeren 010190-**** blev genindlagt."


def test_people_and_assessments_travel_along(synced: tuple[Services, Services],
                                             tmp_path: Path) -> None:
    a, b = synced
    akut = a.initiatives.find(AKUT)
    people = [m.person_id for m in a.members.list(initiative_id=akut.id)][:2]
    rel = b.relationships.create(initiative_id=akut.id, person_a_id=people[0],
                                 person_b_id=people[1], assessed_on="2026-11-21", kendskab=8,
                                 respekt=7, tillid=6, note="Bedre efter fælles vagt – ærligt")
    b.people.update(people[0], phone="12 34 56 78")
    import_all(a, export(b, tmp_path / "b.brobygger"))
    assert a.relationships.get(rel.id).note == "Bedre efter fælles vagt – ærligt"
    assert a.people.get(people[0]).phone == "12 34 56 78"


# -- bad files ---------------------------------------------------------------------------------
def _full_import(svc: Services, path: Path, passphrase: str = PASS) -> None:
    apply_import(svc, plan_import(svc, read_bundle(path, passphrase)), Choice.THEIRS)


def _assert_refused(svc: Services, path: Path, passphrase: str = PASS,
                    kind: type[BundleError] = BundleError) -> BundleError:
    before = settled_hash(db_of(svc))
    with pytest.raises(kind) as info:
        _full_import(svc, path, passphrase)
    assert "dvekslingsfil" in info.value.message.lower()  # Danish, names the file's kind
    assert settled_hash(db_of(svc)) == before
    return info.value


@pytest.fixture
def good_bundle(demo_svc: Services, tmp_path: Path) -> bytes:
    return export(demo_svc, tmp_path / "good.brobygger").read_bytes()


_FUZZ = settings(max_examples=40, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture,
                                        HealthCheck.too_slow])


@_FUZZ
@given(data=st.binary(max_size=4096))
def test_arbitrary_bytes_are_refused(other: Services, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "junk.brobygger"
    path.write_bytes(data)
    _assert_refused(other, path)


@_FUZZ
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes_after_the_magic_are_refused(other: Services, tmp_path: Path,
                                                     data: bytes) -> None:
    path = tmp_path / "junk.brobygger"
    path.write_bytes(bundle_mod.MAGIC + data)
    _assert_refused(other, path)


@_FUZZ
@given(cut=st.floats(min_value=0.0, max_value=0.9999))
def test_truncated_bundles_are_refused(other: Services, good_bundle: bytes, tmp_path: Path,
                                       cut: float) -> None:
    path = tmp_path / "cut.brobygger"
    path.write_bytes(good_bundle[:int(len(good_bundle) * cut)])
    error = _assert_refused(other, path)
    if len(good_bundle) * cut > len(bundle_mod.MAGIC) + 200:
        assert isinstance(error, BundleTruncatedError) and "afkortet" in error.message


@_FUZZ
@given(passphrase=st.text(min_size=1, max_size=40).filter(lambda p: p != PASS))
def test_a_wrong_passphrase_is_refused(other: Services, good_bundle: bytes, tmp_path: Path,
                                       passphrase: str) -> None:
    path = tmp_path / "good.brobygger"
    path.write_bytes(good_bundle)
    error = _assert_refused(other, path, passphrase, WrongPassphraseError)
    assert "adgangsfrasen er forkert" in error.message


@_FUZZ
@given(position=st.integers(min_value=0), flip=st.integers(min_value=1, max_value=255))
def test_a_changed_byte_is_refused(other: Services, good_bundle: bytes, tmp_path: Path,
                                   position: int, flip: int) -> None:
    data = bytearray(good_bundle)
    data[position % len(data)] ^= flip
    path = tmp_path / "changed.brobygger"
    path.write_bytes(bytes(data))
    _assert_refused(other, path)


def _read_header(data: bytes) -> dict[str, Any]:
    start = len(bundle_mod.MAGIC)
    (size,) = struct.unpack(">I", data[start:start + 4])
    header: dict[str, Any] = json.loads(data[start + 4:start + 4 + size])
    return header


def _rewrite_header(data: bytes, **changes: Any) -> bytes:
    start = len(bundle_mod.MAGIC)
    (size,) = struct.unpack(">I", data[start:start + 4])
    header = _read_header(data)
    header.update(changes)
    raw = json.dumps(header).encode()
    return bundle_mod.MAGIC + struct.pack(">I", len(raw)) + raw + data[start + 4 + size:]


@_FUZZ
@given(version=st.integers(min_value=bundle_mod.FORMAT_VERSION + 1, max_value=2**40))
def test_a_bundle_from_a_future_version_is_refused(other: Services, good_bundle: bytes,
                                                   tmp_path: Path, version: int) -> None:
    path = tmp_path / "future.brobygger"
    path.write_bytes(_rewrite_header(good_bundle, format=version))
    error = _assert_refused(other, path, kind=BundleTooNewError)
    assert "nyere version af Brobygger" in error.message and "Opdater" in error.message


def test_a_future_payload_inside_a_current_envelope_is_refused(other: Services,
                                                               tmp_path: Path) -> None:
    payload = json.dumps({"format": bundle_mod.FORMAT_VERSION + 1, "manifest": {},
                          "records": {}}).encode()
    path = tmp_path / "future.brobygger"
    path.write_bytes(bundle_mod.seal(payload, PASS, FAST))
    _assert_refused(other, path, kind=BundleTooNewError)


def test_absurd_kdf_parameters_are_refused_before_any_work(other: Services, good_bundle: bytes,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "greedy.brobygger"
    path.write_bytes(_rewrite_header(good_bundle, kdf={"name": "scrypt", "n": 2**30, "r": 8,
                                                       "p": 1, "salt": "AAAAAAAAAAAAAAAAAAAAAA=="}))
    _assert_refused(other, path, kind=NotABundleError)


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12)


@pytest.fixture
def good_doc(demo_svc: Services, tmp_path: Path) -> str:
    """A bundle's decrypted payload as JSON text."""
    preview = read_bundle(export(demo_svc, tmp_path / "src.brobygger"), PASS)
    return json.dumps({
        "format": bundle_mod.FORMAT_VERSION,
        "manifest": bundle_mod._manifest_json(preview.manifest),
        "records": {name: [records.to_json(r) for r in rows.values()]
                    for name, rows in preview.records.items()},
        "known": {str(k): list(v) for k, v in preview.known.items()},
    })


@_FUZZ
@given(data=st.data())
def test_tampered_content_is_refused_or_sound(other: Services, good_doc: str, tmp_path: Path,
                                              data: st.DataObject) -> None:
    """A correctly encrypted file with one value replaced by anything: either it is
    refused with a Danish message and nothing changes, or it imports cleanly."""
    doc = json.loads(good_doc)
    table = data.draw(st.sampled_from(sorted(n for n, rows in doc["records"].items() if rows)))
    row = data.draw(st.sampled_from(doc["records"][table]))
    key = data.draw(st.sampled_from(sorted(row)))
    row[key] = data.draw(_json_values)
    path = tmp_path / "tampered.brobygger"
    path.write_bytes(bundle_mod.seal(json.dumps(doc).encode(), PASS, FAST))
    before = settled_hash(db_of(other))
    try:
        _full_import(other, path)
    except InputError as exc:
        assert exc.message and settled_hash(db_of(other)) == before


# -- CLI ---------------------------------------------------------------------------------------


def test_cli_exchange_with_conflicts(capsys: pytest.CaptureFixture[str], demo_svc: Services,
                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROBYGGER_BUNDLE_PASSPHRASE", PASS)
    a_dir, b_dir = str(demo_svc.ws.directory), str(tmp_path / "b")
    out_a = str(tmp_path / "a.brobygger")
    code, out, err = run(capsys, "export-bundle", "--data-dir", a_dir, "-i", AKUT,
                         "--out", out_a)
    assert code == 0, err
    assert "Gemt" in out and AKUT in out
    assert run(capsys, "init", "--data-dir", b_dir)[0] == 0
    code, out, err = run(capsys, "import-bundle", out_a, "--data-dir", b_dir)
    assert code == 0, err
    assert "nye" in out

    with Workspace.open(Path(b_dir)) as ws_b:
        b = Services(ws_b, user="modpart")
        entry = an_entry(b)
        b.log.update(entry.id, title="Kommunens titel")
    demo_svc.log.update(entry.id, title="Hospitalets titel")
    out_b = tmp_path / "b.brobygger"
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASS + "\n", encoding="utf-8")
    monkeypatch.delenv("BROBYGGER_BUNDLE_PASSPHRASE")
    code, _, err = run(capsys, "export-bundle", "--data-dir", b_dir, "-i", AKUT, "--out",
                       str(out_b), "--bundle-passphrase-file", str(passfile))
    assert code == 0, err

    before = settled_hash(db_of(demo_svc))
    code, out, err = run(capsys, "import-bundle", str(out_b), "--data-dir", a_dir,
                         "--bundle-passphrase-file", str(passfile))
    assert code == 2
    assert "1 konflikt" in out and "Kommunens titel" in out and "Hospitalets titel" in out
    assert "--resolve" in err and "intet er ændret" in err
    assert settled_hash(db_of(demo_svc)) == before

    code, out, err = run(capsys, "import-bundle", str(out_b), "--data-dir", a_dir,
                         "--bundle-passphrase-file", str(passfile), "--resolve", "theirs")
    assert code == 0, err
    assert "1 tog modpartens" in out
    assert demo_svc.log.get(entry.id).title == "Kommunens titel"


def test_cli_bad_bundle_exit_code(capsys: pytest.CaptureFixture[str], other: Services,
                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROBYGGER_BUNDLE_PASSPHRASE", PASS)
    junk = tmp_path / "junk.brobygger"
    junk.write_bytes(b"PK\x03\x04 not a bundle")
    code, _, err = run(capsys, "import-bundle", str(junk), "--data-dir",
                       str(other.ws.directory))
    assert code == 2 and "ikke en Brobygger-udvekslingsfil" in err
    monkeypatch.delenv("BROBYGGER_BUNDLE_PASSPHRASE")
    code, _, err = run(capsys, "import-bundle", str(junk), "--data-dir",
                       str(other.ws.directory))
    assert code == 2 and "BROBYGGER_BUNDLE_PASSPHRASE" in err


def test_table_order_puts_referenced_tables_first() -> None:
    seen: set[str] = set()
    for tbl in records.tables():
        for target in records.references(tbl).values():
            assert target in seen or target == tbl.name
        if tbl.name == records.LINK_OWNER:
            assert "person" in seen  # participants are written with the entry
        seen.add(tbl.name)


def test_exchange_with_a_shared_workspace(demo_svc: Services, pg_ws: Workspace,
                                          tmp_path: Path) -> None:
    """A laptop sends to a shared (PostgreSQL) workspace and back: same merge rules."""
    shared = Services(pg_ws, user="styregruppe")
    path = export(demo_svc, tmp_path / "til-server.brobygger")
    result = import_all(shared, path)
    assert result.backup is None  # the server is backed up by IT (pg_dump)
    assert content(shared) == {rid: rec.hash for rows in read_bundle(path, PASS)
                               .records.values() for rid, rec in rows.items()}
    entry = an_entry(shared)
    shared.log.update(entry.id, title="Rettet på serveren")
    plan = plan_import(demo_svc, read_bundle(export(shared, tmp_path / "x.brobygger"), PASS))
    assert [r.record_id for r in plan.updated] == [entry.id] and not plan.conflicts


def test_an_anonymised_person_never_gets_the_old_data_back(synced: tuple[Services, Services],
                                                          tmp_path: Path) -> None:
    a, b = synced
    akut = a.initiatives.find(AKUT)
    person = a.members.list(initiative_id=akut.id)[0].person_id
    old_name = a.people.get(person).name
    a.gdpr.anonymise_person(person)
    b.people.update(person, phone="87 65 43 21")  # changed over there too
    plan = plan_import(a, read_bundle(export(b, tmp_path / "b.brobygger"), PASS))
    assert person in {r.record_id for r in plan.mine_newer}
    assert person not in {c.record_id for c in plan.conflicts}
    apply_import(a, plan, Choice.THEIRS)
    assert a.people.get(person).name != old_name


# -- bulk writes (issue 8): many updates, links, self-references, audit, both dialects ---------
def _bulk_round(changer: Services, importer: Services, tmp_path: Path) -> None:
    """``changer`` edits several records that ``importer`` holds from an earlier exchange
    and adds organisations that refer to each other; ``importer`` reads the bundle."""
    akut = changer.initiatives.find(AKUT)
    entries = [e for e in changer.log.list() if e.initiative_id == akut.id
               and len(e.participants) >= 2][:3]
    assert len(entries) == 3
    untouched = next(e for e in changer.log.list()
                     if e.initiative_id == akut.id and e.id not in {x.id for x in entries})
    changer.log.update(entries[0].id, title="Første ændring")
    changer.log.update(entries[1].id, participants=[entries[1].participants[0]])
    plague = next(c for c in ("graazoner", "usynlige_resultater")
                  if c not in entries[2].plagues)
    changer.log.update(entries[2].id, body="En ny tekst", plagues=[plague])
    parent = changer.organisations.create(name="Region Test", sector="region_hospital")
    child = changer.organisations.create(name="Afdeling Test", sector="region_hospital",
                                         parent_id=parent.id)
    changer.parties.create(initiative_id=akut.id, organisation_id=child.id)
    plan = plan_import(importer, read_bundle(export(changer, tmp_path / "x.brobygger"), PASS))
    assert {r.record_id for r in plan.updated} == {e.id for e in entries}
    assert {parent.id, child.id} <= {r.record_id for r in plan.new}
    result = apply_import(importer, plan)
    assert result.updated == 3 and not plan.conflicts

    got = {e.id: importer.log.get(e.id) for e in entries}
    assert got[entries[0].id].title == "Første ændring"
    assert got[entries[1].id].participants == (entries[1].participants[0],)
    assert got[entries[2].id].body == "En ny tekst"
    assert got[entries[2].id].plagues == (plague,)
    assert importer.organisations.get(child.id).parent_id == parent.id
    assert importer.log.get(untouched.id) == changer.log.get(untouched.id)
    # one audit event per written record, field by field; none for the identical ones
    first = importer.audit.history(entries[0].id)[0]
    assert first.action == "update" and first.user == importer.user
    assert set(first.changes) == {"title"} and first.changes["title"][1] == "Første ændring"
    second = importer.audit.history(entries[1].id)[0]
    assert set(second.changes) == {"participants"}
    assert second.changes["participants"][1] == [str(entries[1].participants[0])]
    assert {"body", "plagues"} <= set(importer.audit.history(entries[2].id)[0].changes)
    assert [e.action for e in importer.audit.history(child.id)] == ["create"]
    assert importer.audit.history(child.id)[0].changes["parent_id"] == (None, str(parent.id))
    assert all(e.action == "create" for e in importer.audit.history(untouched.id))
    # and the exchange history now knows the new versions: nothing to do either way
    assert not plan_import(importer, read_bundle(tmp_path / "x.brobygger", PASS)).has_changes
    back = plan_import(changer, read_bundle(export(importer, tmp_path / "y.brobygger"), PASS))
    assert not back.has_changes


def test_bulk_updates_links_and_audit(synced: tuple[Services, Services],
                                      tmp_path: Path) -> None:
    a, b = synced
    _bulk_round(b, a, tmp_path)


def test_bulk_updates_links_and_audit_in_a_shared_workspace(demo_svc: Services,
                                                            pg_ws: Workspace,
                                                            tmp_path: Path) -> None:
    shared = Services(pg_ws, user="styregruppe")
    import_all(shared, export(demo_svc, tmp_path / "til-server.brobygger"))
    _bulk_round(demo_svc, shared, tmp_path)


def _reference_changes(rec: records.Record, before: records.Record | None) -> dict[str, Any]:
    """The audit changes as the import computed them before the bulk rewrite, value by
    value: the new code must give the same trail."""
    from brobygger.domain.cpr import mask_cpr

    def jsonable(value: Any) -> Any:
        encoded = records._encode_value(value)
        if isinstance(encoded, str):
            return mask_cpr(encoded)
        if isinstance(encoded, list):
            return [mask_cpr(v) if isinstance(v, str) else v for v in encoded]
        return encoded

    changes: dict[str, list[Any]] = {}
    old_values = before.values if before is not None else {}
    for name, value in rec.values.items():
        if name in ("id", "version", "updated_at", "created_at"):
            continue
        old = old_values.get(name)
        if before is None and (value is None or value in ("", {}, [])):
            continue
        if jsonable(old) != jsonable(value):
            changes[name] = [jsonable(old), jsonable(value)]
    for key, value in rec.links.items():
        old_links = before.links.get(key, ()) if before is not None else ()
        if tuple(old_links) != tuple(value):
            changes[key] = [jsonable(list(old_links)), jsonable(list(value))]
    return changes


def test_audit_changes_are_those_of_the_record_by_record_import(demo_svc: Services,
                                                                tmp_path: Path) -> None:
    preview = read_bundle(export(demo_svc, tmp_path / "a.brobygger"), PASS)
    recs = [r for rows in preview.records.values() for r in rows.values()]
    for rec in recs:
        row = merge._audit("u", rec, None)
        assert row is not None and row["action"] == "create"
        assert row["changes"] == _reference_changes(rec, None)
    # updates, with CPR-like numbers (in text, and one hidden in an id) masked in the trail
    entry = next(r for r in recs if r.entity == "log_entry" and r.links["participants"])
    odd_id = uuid.UUID("00000000-0000-4000-8000-a0101901234b")
    changed = records.make_record("log_entry", {
        **entry.values, "title": "Borger 010190-1234", "body": "ny 0201911234 tekst",
        "tags": None, "version": 7}, {**entry.links, "participants": [odd_id]})
    for mine, theirs in ((entry, changed), (changed, entry), (entry, entry)):
        row = merge._audit("u", theirs, mine)
        expected = _reference_changes(theirs, mine)
        assert (row["changes"] if row else {}) == expected
    masked = merge._audit("u", changed, entry)
    assert masked is not None and masked["action"] == "update"
    assert masked["changes"]["title"][1] == "Borger 010190-****"
    assert "1234" not in json.dumps(masked["changes"]["participants"])


_CPR_ALPHABET = "0123456789-–  \u00a0ab\x00"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=_CPR_ALPHABET, max_size=30), max_size=5))
@example(["borger 010190-1234"])
@example(["010190", "1234"])  # two texts never make one number
@example(["010190-", "1234"])
@example(["x", "0101901234", ""])
@example(["1234-0101901234"])
def test_the_quick_cpr_test_agrees_with_find_cpr(texts: list[str]) -> None:
    """records.has_cpr scans all texts at once, with a quick test first: it must say
    exactly what find_cpr says text by text."""
    from brobygger.domain.cpr import find_cpr

    assert records.has_cpr(texts) == any(find_cpr(t) for t in texts)


def test_gc_pause_is_scoped_and_restores_the_collector() -> None:
    import gc

    from brobygger.exchange.bulk import gc_paused

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested (e.g. read_bundle inside another step)
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("fejl")
    assert gc.isenabled()
    gc.disable()  # a caller that had switched it off keeps it off
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
