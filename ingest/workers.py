"""Worker processes for ingest: started tied to their parent, stopped at once on Ctrl-C.

In: a number of workers and an optional initializer. Out: a
`ProcessPoolExecutor` (as a context manager) whose workers

* exit when the parent process dies, however it dies (issue 18, defect 12:
  after SIGKILL of `kallkoll ingest` its workers lived on, 124 MB each);
  on Linux through prctl(PR_SET_PDEATHSIG), elsewhere not;
* ignore SIGINT: Ctrl-C reaches the whole process group, and it is the
  parent's to handle (a worker's KeyboardInterrupt printed a traceback);
* are stopped, not waited for, when the block ends by an exception (Ctrl-C):
  queued work is cancelled and running work ended, so "the rest untouched"
  holds at once.

And `default_workers()`: the worker count that both the cores and the
available memory allow (issue 18, defect 7).
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

# Linux's prctl option: the signal this process gets when its parent dies.
PR_SET_PDEATHSIG = 1
# What one worker may take at its peak: spaCy's Swedish pipeline (about
# 125 MB), a long PDF's layout and the document being extracted. A default
# worker count that would need more than the memory available is lowered.
WORKER_MEMORY_BYTES = 600 * 1024 * 1024


def _tie_to_parent(parent_pid: int) -> None:
    """Die with the parent; leave Ctrl-C to it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - no prctl: the pool's own checks remain
            pass
    if os.getppid() != parent_pid:  # the parent died before the signal was asked for
        os._exit(1)


def _start(parent_pid: int, initializer: Callable[..., None] | None, initargs: tuple) -> None:
    _tie_to_parent(parent_pid)
    if initializer is not None:
        initializer(*initargs)


@contextmanager
def worker_pool(
    max_workers: int, initializer: Callable[..., None] | None = None, initargs: tuple = ()
) -> Iterator[ProcessPoolExecutor]:
    pool = ProcessPoolExecutor(max_workers=max_workers, initializer=_start, initargs=(os.getpid(), initializer, initargs))
    try:
        yield pool
    except BaseException:
        stop(pool)
        raise
    else:
        pool.shutdown(wait=True)


def stop(pool: ProcessPoolExecutor) -> None:
    """Cancel what is queued and end the workers now (a worker that writes
    to a database has its open transaction rolled back by the server)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.kill()
    for process in processes:
        process.join(5)


def available_memory() -> int | None:
    """MemAvailable from /proc/meminfo (bytes), None where there is none."""
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def default_workers() -> int:
    """One worker per core, as many as the available memory holds (at least one)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    memory = available_memory()
    if memory is None:
        return max(1, cores)
    return max(1, min(cores, memory // WORKER_MEMORY_BYTES))
