"""Seeded mutators for fuzzing real files: flip, truncate and duplicate bytes and lines.

In: the bytes of a real file, a seed, and how many mutants to make. Out:
`Mutant` records (the mutated bytes and a name that says what was done), the
same for the same seed on every machine, so a failure found in CI can be
rebuilt locally from its test id. Used by tests/cli/test_fuzz_ingest.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Mutant:
    name: str  # mutator and what it touched, e.g. "flip_bits@1234x3"
    data: bytes


def flip_bits(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """Flip one random bit in each of 1..8 random bytes."""
    out = bytearray(data)
    count = rng.randint(1, 8)
    first = None
    for _ in range(count):
        i = rng.randrange(len(out))
        first = i if first is None else first
        out[i] ^= 1 << rng.randrange(8)
    return f"flip_bits@{first}x{count}", bytes(out)


def random_bytes(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """Overwrite a run of 1..64 bytes with random bytes (any value, NUL included)."""
    size = min(len(data), rng.randint(1, 64))
    i = rng.randrange(len(data) - size + 1)
    return f"random_bytes@{i}+{size}", data[:i] + rng.randbytes(size) + data[i + size :]


def truncate_bytes(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """Keep only a prefix (at least one byte), as an interrupted download leaves it."""
    n = rng.randrange(1, len(data)) if len(data) > 1 else 1
    return f"truncate_bytes@{n}", data[:n]


def duplicate_bytes(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """Copy a span of 1..4096 bytes and insert it somewhere else."""
    size = min(len(data), rng.randint(1, 4096))
    i = rng.randrange(len(data) - size + 1)
    j = rng.randrange(len(data) + 1)
    return f"duplicate_bytes@{i}+{size}->{j}", data[:j] + data[i : i + size] + data[j:]


def delete_bytes(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """Cut out a span of 1..4096 bytes from the middle."""
    size = min(len(data) - 1, rng.randint(1, 4096)) if len(data) > 1 else 0
    i = rng.randrange(len(data) - size + 1)
    return f"delete_bytes@{i}+{size}", data[:i] + data[i + size :]


def _lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True) or [data]


def duplicate_lines(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """Repeat a run of 1..20 lines right after itself (a page emitted twice)."""
    lines = _lines(data)
    size = min(len(lines), rng.randint(1, 20))
    i = rng.randrange(len(lines) - size + 1)
    return f"duplicate_lines@{i}+{size}", b"".join(lines[: i + size] + lines[i : i + size] + lines[i + size :])


def delete_lines(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """Drop a run of 1..20 lines (a lost page bottom, a missing footnote)."""
    lines = _lines(data)
    size = min(len(lines) - 1, rng.randint(1, 20)) if len(lines) > 1 else 0
    i = rng.randrange(len(lines) - size + 1)
    return f"delete_lines@{i}+{size}", b"".join(lines[:i] + lines[i + size :])


def swap_lines(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """Exchange two random lines (footnotes out of order, a heading moved)."""
    lines = _lines(data)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return f"swap_lines@{i}<->{j}", b"".join(lines)


def truncate_line(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """Cut one line short, inside a (possibly multi-byte) character."""
    lines = _lines(data)
    i = rng.randrange(len(lines))
    line = lines[i]
    cut = rng.randrange(len(line) + 1)
    lines[i] = line[:cut] + (b"\n" if line.endswith(b"\n") else b"")
    return f"truncate_line@{i}:{cut}", b"".join(lines)


def truncate_lines(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """Keep only the first N lines (N >= 1)."""
    lines = _lines(data)
    n = rng.randint(1, len(lines))
    return f"truncate_lines@{n}", b"".join(lines[:n])


Mutator = Callable[[bytes, random.Random], tuple[str, bytes]]

BYTE_MUTATORS: tuple[Mutator, ...] = (flip_bits, random_bytes, truncate_bytes, duplicate_bytes, delete_bytes)
LINE_MUTATORS: tuple[Mutator, ...] = (duplicate_lines, delete_lines, swap_lines, truncate_line, truncate_lines)
ALL_MUTATORS: tuple[Mutator, ...] = BYTE_MUTATORS + LINE_MUTATORS


def mutants(data: bytes, seed: str, count: int, mutators: tuple[Mutator, ...] = ALL_MUTATORS) -> Iterator[Mutant]:
    """`count` mutants of `data`, cycling through `mutators`; each mutant's
    randomness depends only on (seed, its index), so one can be rebuilt alone."""
    if not data:
        raise ValueError("cannot mutate an empty file")
    for index in range(count):
        yield mutant(data, seed, index, mutators)


def mutant(data: bytes, seed: str, index: int, mutators: tuple[Mutator, ...] = ALL_MUTATORS) -> Mutant:
    """The mutant `index` of `mutants(data, seed, ...)`, built alone."""
    if not data:
        raise ValueError("cannot mutate an empty file")
    rng = random.Random(f"{seed}:{index}")
    name, mutated = mutators[index % len(mutators)](data, rng)
    return Mutant(f"{index}-{name}", mutated)
