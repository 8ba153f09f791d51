"""Writing the file a user names (`export -o FILE`, `report --html FILE`).

In: a path from the command line and the text to write. Out: the text at
exactly that path, or an OSError whose `strerror` says why not.

Issue 8: a regular file (or a missing path) is written atomically, a temporary
file beside it renamed over it, so a reader never sees half a file; a symbolic
link there is replaced, not written through. Issue 18: a rename replaces a
directory entry, so renaming over `/dev/null` or a FIFO would turn it into a
regular file. `-` is standard output, a character device or FIFO (also behind
a link: `/dev/stdout`) is written directly, a directory or anything else is
refused; nothing but a regular file, a link or nothing is ever renamed over.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import TextIO

# The path that means standard output, as in most Unix tools.
STDOUT = "-"


def write_output(path: Path, text: str, stdout: TextIO) -> bool:
    """Write `text` to `path` (`-`: `stdout`). True when it was streamed
    (standard output, a character device or a FIFO), False when a file was
    written atomically."""
    if str(path) == STDOUT:
        stdout.write(text)
        stdout.flush()
        return True
    try:
        target = os.stat(path)  # follows a link: /dev/stdout → /proc/self/fd/1
    except FileNotFoundError:
        target = None  # a missing path or a broken link: a new file
    if target is None or stat.S_ISREG(target.st_mode):
        _replace(path, text)
        return False
    if stat.S_ISCHR(target.st_mode) or stat.S_ISFIFO(target.st_mode):
        _stream(path, text.encode("utf-8"))
        return True
    if stat.S_ISDIR(target.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a directory; give a file name", str(path))
    raise OSError(errno.EINVAL, "not a regular file, character device or FIFO; give a file name", str(path))


def _stream(path: Path, data: bytes) -> None:
    """Write `data` into the device or FIFO at `path` as it is: no O_CREAT (a
    node that vanished is not made a file), no controlling terminal taken."""
    fd = os.open(path, os.O_WRONLY | os.O_NOCTTY | os.O_CLOEXEC)
    mode = os.fstat(fd).st_mode
    if not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):  # replaced between the stat and the open
        os.close(fd)
        raise OSError(errno.EAGAIN, "changed while being opened; try again", str(path))
    with open(fd, "wb") as handle:  # closing flushes: /dev/full's ENOSPC is raised here
        handle.write(data)


def _replace(path: Path, text: str) -> None:
    """A temporary file in the same directory, then a rename over `path`: a
    failed write leaves no stray file and the old file whole."""
    umask = os.umask(0)
    os.umask(umask)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 is not what a plain write gives
        # Looked at again just before the rename: a device node or FIFO made
        # at the path meanwhile is not replaced.
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            mode = None
        if mode is not None and not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
            raise OSError(errno.EAGAIN, "changed while being written; try again", str(path))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
