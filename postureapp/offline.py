"""Keeps the whole process off the network: internet sockets are refused by the kernel.

postureapp needs no network, but MediaPipe after 0.10.21 sends "clearcut" telemetry from a
C++ thread about a minute after a model loads (a DNS query for play.googleapis.com, then a
connection to Google), and offers no switch to turn it off. A Python-level block cannot reach
C++ code, so a seccomp filter (through libseccomp, present on every Linux desktop) makes
`socket(AF_INET | AF_INET6, ...)` fail with EACCES in every thread of the process, now and
later, and in any child it starts (io_uring, which could open sockets another way, is refused
too). Local sockets keep working: AF_UNIX for D-Bus, the display server and the single-instance
socket; AF_NETLINK, which Qt and glibc use to list interfaces.

The filter cannot be removed once installed, so it is installed once, at the start of the
`postureapp` command (the tray app, `analyze`, `bench` and `summary` alike).
"""

from __future__ import annotations

import ctypes
import errno
import logging
import socket
import sys
from dataclasses import dataclass
from typing import Final

_log = logging.getLogger(__name__)

_LIBSECCOMP: Final = "libseccomp.so.2"
# From libseccomp's seccomp.h (stable since 2.2).
_SCMP_ACT_ALLOW: Final = 0x7FFF0000
_SCMP_ACT_ERRNO: Final = 0x00050000
_SCMP_FLTATR_CTL_TSYNC: Final = 4  # apply to every thread, not only the calling one
_SCMP_CMP_MASKED_EQ: Final = 7
_INT_MASK: Final = 0xFFFFFFFF  # the kernel reads the domain as an int: compare its low 32 bits
REFUSED_DOMAINS: Final = (socket.AF_INET, socket.AF_INET6)
"""Socket families the process may not create."""


@dataclass(frozen=True, slots=True)
class OfflineGuard:
    """Whether the network block is in force.

    Attributes:
        is_enforced: True when the kernel refuses internet sockets to this process.
        reason: Why it is not enforced (empty when it is).
    """

    is_enforced: bool
    reason: str = ""


class _ArgComparison(ctypes.Structure):
    """libseccomp's `struct scmp_arg_cmp`."""

    _fields_ = (
        ("arg", ctypes.c_uint),
        ("op", ctypes.c_int),
        ("datum_a", ctypes.c_uint64),
        ("datum_b", ctypes.c_uint64),
    )


_guard: OfflineGuard | None = None


def refuse_internet_sockets() -> OfflineGuard:
    """Install the filter (once per process; later calls return the first result).

    Never raises: where the filter cannot be installed (not Linux, no libseccomp, a kernel
    without seccomp) the result says why and a warning is logged.
    """
    global _guard
    if _guard is None:
        _guard = _install()
        if not _guard.is_enforced:
            _log.warning("network access is not blocked: %s", _guard.reason)
    return _guard


def _install() -> OfflineGuard:
    if not sys.platform.startswith("linux"):
        return OfflineGuard(False, f"seccomp is Linux only (this is {sys.platform})")
    try:
        lib = ctypes.CDLL(_LIBSECCOMP, use_errno=True)
    except OSError as error:
        return OfflineGuard(False, f"{_LIBSECCOMP} could not be loaded ({error})")
    lib.seccomp_init.restype = ctypes.c_void_p
    lib.seccomp_init.argtypes = (ctypes.c_uint32,)
    lib.seccomp_release.argtypes = (ctypes.c_void_p,)
    lib.seccomp_syscall_resolve_name.argtypes = (ctypes.c_char_p,)
    lib.seccomp_attr_set.argtypes = (ctypes.c_void_p, ctypes.c_int, ctypes.c_uint32)
    lib.seccomp_rule_add_array.argtypes = (
        ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int, ctypes.c_uint,
        ctypes.POINTER(_ArgComparison),
    )
    lib.seccomp_load.argtypes = (ctypes.c_void_p,)
    context = lib.seccomp_init(_SCMP_ACT_ALLOW)
    if not context:
        return OfflineGuard(False, "seccomp_init failed")
    try:
        _check("seccomp_attr_set", lib.seccomp_attr_set(context, _SCMP_FLTATR_CTL_TSYNC, 1))
        socket_syscall = lib.seccomp_syscall_resolve_name(b"socket")
        for domain in REFUSED_DOMAINS:
            comparison = _ArgComparison(0, _SCMP_CMP_MASKED_EQ, _INT_MASK, int(domain))
            _check("seccomp_rule_add_array", lib.seccomp_rule_add_array(
                context, _SCMP_ACT_ERRNO | errno.EACCES, socket_syscall, 1,
                ctypes.byref(comparison)))
        # io_uring can create sockets without the socket() call; nothing here needs it, and
        # programs that try it fall back to plain system calls on ENOSYS.
        _check("seccomp_rule_add_array", lib.seccomp_rule_add_array(
            context, _SCMP_ACT_ERRNO | errno.ENOSYS,
            lib.seccomp_syscall_resolve_name(b"io_uring_setup"), 0, None))
        _check("seccomp_load", lib.seccomp_load(context))
    except _SeccompError as error:
        return OfflineGuard(False, str(error))
    finally:
        lib.seccomp_release(context)
    return OfflineGuard(True)


class _SeccompError(Exception):
    """A libseccomp call failed."""


def _check(call: str, result: int) -> None:
    if result != 0:  # libseccomp returns -errno
        raise _SeccompError(f"{call} failed: {errno.errorcode.get(-result, str(result))}")
