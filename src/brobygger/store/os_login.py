"""Asking the operating system whether a password is the logged-in user's login password.

Used to re-authenticate before a new recovery key is shown for a workspace whose key lives
in the OS keyring (the keyring hands the key to anyone logged in as the user, so the login
password is the proof that it is the user at the keyboard):

* Linux and other Unix systems: PAM (``libpam``, service ``login``) – the same check as the
  login screen, including network accounts (SSSD, LDAP) that PAM knows;
* macOS: PAM (OpenPAM, service ``checkpw``, which asks Open Directory);
* Windows: ``LogonUserW`` (a local or Microsoft account's password).

:func:`available` says whether this machine has such a check; the password is never stored
or logged.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import getpass
import os
import sys
from typing import Any

_PAM_SERVICE = "checkpw" if sys.platform == "darwin" else "login"
_PAM_PROMPT_ECHO_OFF, _PAM_PROMPT_ECHO_ON = 1, 2
_PAM_SUCCESS = 0


def login_name() -> str:
    """The logged-in user's account name (from the process's user id, not the environment,
    where the system allows)."""
    if os.name != "nt":
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    return getpass.getuser()  # pragma: no cover - Windows


def _libpam() -> Any | None:
    name = ctypes.util.find_library("pam")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name)
    except OSError:
        return None


def available() -> bool:
    """True when this machine can check a login password (PAM or Windows' LogonUser)."""
    if os.name == "nt":  # pragma: no cover - Windows
        return True
    return _libpam() is not None


def verify(password: str) -> bool:
    """True when ``password`` is the logged-in user's login password (the OS decides)."""
    if not password or "\x00" in password:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        return _verify_windows(login_name(), password)
    return _verify_pam(login_name(), password)


class _PamMessage(ctypes.Structure):
    _fields_ = [("msg_style", ctypes.c_int), ("msg", ctypes.c_char_p)]


class _PamResponse(ctypes.Structure):
    _fields_ = [("resp", ctypes.c_char_p), ("resp_retcode", ctypes.c_int)]


_CONV = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int,
                         ctypes.POINTER(ctypes.POINTER(_PamMessage)),
                         ctypes.POINTER(ctypes.POINTER(_PamResponse)), ctypes.c_void_p)


class _PamConv(ctypes.Structure):
    _fields_ = [("conv", _CONV), ("appdata_ptr", ctypes.c_void_p)]


def _verify_pam(user: str, password: str) -> bool:
    pam = _libpam()
    if pam is None:
        return False
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.calloc.restype = ctypes.c_void_p
    libc.calloc.argtypes = [ctypes.c_size_t, ctypes.c_size_t]
    libc.strdup.restype = ctypes.c_void_p
    libc.strdup.argtypes = [ctypes.c_char_p]
    secret = password.encode("utf-8")

    def answer(n: int, messages: Any, responses: Any, _data: Any) -> int:
        # PAM frees the answers: they are allocated with the C library's allocator
        address = libc.calloc(n, ctypes.sizeof(_PamResponse))
        answers = ctypes.cast(address, ctypes.POINTER(_PamResponse))
        for i in range(n):
            if messages[i].contents.msg_style in (_PAM_PROMPT_ECHO_OFF, _PAM_PROMPT_ECHO_ON):
                answers[i].resp = ctypes.cast(libc.strdup(secret), ctypes.c_char_p)
                answers[i].resp_retcode = 0
        responses[0] = answers
        return _PAM_SUCCESS

    conversation = _CONV(answer)
    handle = ctypes.c_void_p()
    pam.pam_start.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(_PamConv),
                              ctypes.POINTER(ctypes.c_void_p)]
    pam.pam_authenticate.argtypes = [ctypes.c_void_p, ctypes.c_int]
    pam.pam_end.argtypes = [ctypes.c_void_p, ctypes.c_int]
    conv = _PamConv(conversation, None)
    status = pam.pam_start(_PAM_SERVICE.encode(), user.encode("utf-8"), ctypes.byref(conv),
                           ctypes.byref(handle))
    if status != _PAM_SUCCESS:
        return False
    try:
        status = pam.pam_authenticate(handle, 0)
    finally:
        pam.pam_end(handle, status)
    return bool(status == _PAM_SUCCESS)


def _verify_windows(user: str, password: str) -> bool:  # pragma: no cover - Windows
    from ctypes import wintypes

    advapi = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]
    kernel = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    token = wintypes.HANDLE()
    ok = advapi.LogonUserW(user, os.environ.get("USERDOMAIN", "."), password,
                           2, 0, ctypes.byref(token))  # interactive, default provider
    if ok:
        kernel.CloseHandle(token)
    return bool(ok)
