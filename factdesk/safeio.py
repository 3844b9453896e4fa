"""Reading a file the user named, safely: only regular files, and never more than a limit.

A FIFO would block ``open()`` until a writer comes (a hang), ``/dev/zero`` never ends, and
``st_size`` is 0 for ``/proc`` files and can change after ``stat``: so the kind of file is
checked on the open descriptor (opened with ``O_NONBLOCK``, which a FIFO needs not to wait)
and the read stops one byte past the limit whatever ``st_size`` said. Every failure is the
given error class with a one-line message starting with the path. Standard library only:
this runs on ``factdesk check``'s start-up path.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from factdesk.errors import FactdeskError, InputError

_KINDS = [
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
]


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _refuse(path: Path, mode: int, noun: str, error: type[FactdeskError]) -> FactdeskError:
    if stat.S_ISDIR(mode):
        return error(f"{path}: is a directory, not a {noun}")
    return error(f"{path}: is {_kind(mode)}, not a regular file")


def _os_error(path: Path, exc: OSError, error: type[FactdeskError]) -> FactdeskError:
    if exc.errno == errno.ENOENT:
        return error(f"{path}: no such file")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return error(f"{path}: permission denied")
    if exc.errno == errno.ELOOP:
        return error(f"{path}: symbolic link loop")
    if exc.errno == errno.ENOTDIR:
        return error(f"{path}: no such file (a parent is not a directory)")
    return error(f"{path}: cannot read ({exc.strerror or exc})")


def read_regular(path: Path, limit: int, *, noun: str = "regular file",
                 error: type[FactdeskError] = InputError) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes, else ``error``."""
    try:
        mode = os.stat(path).st_mode  # classify first: opening a socket fails with ENXIO
        if not stat.S_ISREG(mode):
            raise _refuse(path, mode, noun, error)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _os_error(path, exc, error) from None
    try:
        st = os.fstat(fd)  # the file actually opened (it may have been swapped since the stat)
        if not stat.S_ISREG(st.st_mode):
            raise _refuse(path, st.st_mode, noun, error)
        if st.st_size > limit:
            raise error(f"{path}: file is {st.st_size} bytes; the limit is {limit}")
        os.set_blocking(fd, True)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise _os_error(path, exc, error) from None
    finally:
        os.close(fd)
    if size > limit:
        raise error(f"{path}: file is more than {limit} bytes (it grew while read); the limit is {limit}")
    return b"".join(chunks)


def symlink_loop(path: Path) -> bool:
    """Whether resolving ``path`` runs into a symbolic link loop."""
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False
