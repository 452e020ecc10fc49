"""Re-authentication before a new recovery key (issue 13, item 3: "Workspaces created
before get *Vis/lav gendannelsesnøgle* after re-authentication").

A passphrase workspace asks for the passphrase again; a keyring workspace asks for the
computer's login password, which the operating system checks (PAM here); the current
recovery key is accepted in every mode; a machine that cannot check a password says so
plainly. The keyring's entry alone is never taken as proof."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from brobygger.cli import main
from brobygger.services import reauth
from brobygger.store import crypto, os_login, recovery
from brobygger.store.workspace import Workspace
from tests.conftest import MEMORY_KEYRING, file_hash

LOGIN_PASSWORD = "Kalvebod-Bro-2026"


@pytest.fixture(autouse=True)
def _keyring_restored() -> Iterator[None]:
    saved = dict(MEMORY_KEYRING.secrets)
    yield
    MEMORY_KEYRING.secrets.clear()
    MEMORY_KEYRING.secrets.update(saved)


@pytest.fixture
def login(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The OS's password check, standing in for PAM: the user's password is
    :data:`LOGIN_PASSWORD` (a real PAM check is in test_pam_turns_down_a_wrong_password)."""
    tried: list[str] = []

    def verify(password: str) -> bool:
        tried.append(password)
        return password == LOGIN_PASSWORD

    monkeypatch.setattr(os_login, "available", lambda: True)
    monkeypatch.setattr(os_login, "verify", verify)
    return tried


def _old_keyring_workspace(d: Path) -> None:
    """A keyring workspace as created before recovery keys: no recovery file."""
    Workspace.open(d).close()
    (d / recovery.RECOVERY_FILE).unlink()


def test_keyring_workspace_needs_the_login_password(tmp_path: Path, login: list[str]) -> None:
    d = tmp_path / "ws"
    _old_keyring_workspace(d)
    with Workspace.open(d, create=False) as ws:
        assert ws.key is not None and ws.settings is not None
        assert reauth.method(ws.key, ws.settings) == reauth.LOGIN
        # the keyring has the key – that alone proves nothing
        assert not reauth.confirm(d, ws.key, ws.settings, "")
        assert not reauth.confirm(d, ws.key, ws.settings, "gættet")
        assert reauth.confirm(d, ws.key, ws.settings, LOGIN_PASSWORD)
    assert login == ["gættet", LOGIN_PASSWORD]


def test_the_current_recovery_key_is_proof_too(tmp_path: Path, login: list[str]) -> None:
    d = tmp_path / "ws"
    with Workspace.open(d) as ws:
        rk = ws.new_recovery_key
        assert rk and ws.key is not None and ws.settings is not None
        assert reauth.confirm(d, ws.key, ws.settings, rk.lower().replace("-", " "))
        other = tmp_path / "other"
        with Workspace.open(other) as ws2:
            assert ws2.new_recovery_key
            assert not reauth.confirm(d, ws.key, ws.settings, ws2.new_recovery_key)


def test_passphrase_workspace_needs_the_passphrase(tmp_path: Path, login: list[str]) -> None:
    d = tmp_path / "ws"
    with Workspace.open(d, encryption=crypto.PASSPHRASE,
                        passphrase=lambda new, why: "en lang frase!") as ws:
        assert ws.key is not None and ws.settings is not None
        assert reauth.method(ws.key, ws.settings) == reauth.PASSPHRASE
        assert not reauth.confirm(d, ws.key, ws.settings, "en lang frase")
        assert not reauth.confirm(d, ws.key, ws.settings, LOGIN_PASSWORD)  # not the login
        assert reauth.confirm(d, ws.key, ws.settings, "en lang frase!")
    assert login == []  # the OS was not asked


def test_no_password_check_on_this_machine_is_said_plainly(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os_login, "available", lambda: False)
    d = tmp_path / "ws"
    with Workspace.open(d) as ws:
        assert ws.key is not None and ws.settings is not None
        assert reauth.method(ws.key, ws.settings) == reauth.CONFIRM
    assert "kun beskyttet af dit login" in reauth.CONFIRM_TEXT


def test_pam_turns_down_a_wrong_password() -> None:
    """The real check of this machine (PAM): a wrong password is refused."""
    if not os_login.available():
        pytest.skip("this machine has no PAM library")
    assert not os_login.verify("ikke-min-adgangskode-" + "x" * 8)
    assert not os_login.verify("")
    assert not os_login.verify("nul\x00tegn")


# -- the command line -----------------------------------------------------------------------------
def _recovery_file(d: Path) -> str:
    return file_hash(d / recovery.RECOVERY_FILE) if (d / recovery.RECOVERY_FILE).exists() \
        else ""


def test_cli_asks_for_the_login_password(tmp_path: Path, login: list[str],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "ws"
    _old_keyring_workspace(d)
    base = ["recovery-key", "--yes", "--data-dir", str(d)]
    # no terminal and no password: refused, nothing made
    assert main(base) == 2
    assert "adgangskode til computeren" in capsys.readouterr().err
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("gættet\n", encoding="utf-8")
    right.write_text(LOGIN_PASSWORD + "\n", encoding="utf-8")
    assert main([*base, "--login-password-file", str(wrong)]) == 2
    assert "passer ikke" in capsys.readouterr().err
    assert not (d / recovery.RECOVERY_FILE).exists()
    assert main([*base, "--login-password-file", str(right)]) == 0
    rk = capsys.readouterr().out.strip().splitlines()[-1].strip()
    MEMORY_KEYRING.secrets.clear()  # a new laptop: the new key opens it
    with Workspace.open(d, create=False, recovery_key=rk) as ws:
        assert ws.key is not None


def test_cli_says_when_no_password_can_be_checked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(os_login, "available", lambda: False)
    d = tmp_path / "ws"
    _old_keyring_workspace(d)
    assert main(["recovery-key", "--yes", "--data-dir", str(d)]) == 0
    captured = capsys.readouterr()
    assert "kan ikke bekræfte din adgangskode" in captured.err
    assert _recovery_file(d)
