"""MinHash signatures and an LSH index over them, for near-duplicate removal (:mod:`mcrgen.rundir.dataset`).

The textbook scheme (Broder 1997; Leskovec, Rajaraman and Ullman, *Mining of Massive Datasets*, ch. 3):

* a shingle is hashed to 32 bits (the first four bytes of its SHA-1, little-endian) and mixed once with the
  MurmurHash3 finaliser (a fixed bijection that spreads structured inputs); then ``num_perm`` affine maps
  ``a * h + b`` modulo 2**32, each with an odd ``a`` so that it is a bijection (a map cannot make two shingles
  collide); a signature is the minimum of each map over the shingles;
* two signatures agree in a given slot with (about) the Jaccard similarity of the shingle sets as probability,
  so the share of equal slots estimates it;
* the index cuts a signature into ``bands`` of ``rows`` slots: two texts become candidates when any band is
  equal. ``bands`` and ``rows`` minimise the (equally weighted) areas of false positives below the threshold
  and of false negatives above it.

The maps are drawn from ``numpy.random.RandomState(seed)`` (all the ``a`` first, then all the ``b``), and hash,
mixing, maps and band choice are those of the ``datasketch`` package (MIT; its default since 2.0.0), which mcrgen
used before: a recipe finds the same near duplicates with the same similarities as with datasketch 2.0
(``tests/unit/test_minhash.py`` pins values computed with it). This module exists because importing
``datasketch`` also imports ``scipy.integrate``: about a second on every ``mcrgen generate`` that writes a dataset.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache

import numpy as np

SEED = 1
EMPTY = np.uint32(0xFFFFFFFF)
"""Every slot of the signature of no shingles (the largest uint32)."""


@cache
def _maps(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``a`` (odd) and ``b`` of each map, uint32."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def hash32(shingle: bytes) -> int:
    return int.from_bytes(hashlib.sha1(shingle).digest()[:4], "little")


def _mix(h: np.ndarray) -> np.ndarray:
    """The MurmurHash3 32-bit finaliser, on uint32 (multiplication wraps: that is the modulo)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return np.asarray(h ^ (h >> np.uint32(16)))


def signature(shingles: Iterable[bytes], num_perm: int, seed: int = SEED) -> np.ndarray:
    """The MinHash signature (uint32) of a set of shingles; every slot is :data:`EMPTY` for an empty set."""
    hashes = np.array([hash32(s) for s in shingles], dtype=np.uint32)
    if not len(hashes):
        return np.full(num_perm, EMPTY, dtype=np.uint32)
    a, b = _maps(num_perm, seed)
    mapped = _mix(hashes)[:, None] * a + b  # uint32 throughout: wrap-around is the modulo 2**32
    return np.asarray(mapped.min(axis=0), dtype=np.uint32)


def similarity(x: np.ndarray, y: np.ndarray) -> float:
    """Estimated Jaccard similarity: the share of slots where two signatures agree."""
    return float(np.count_nonzero(x == y)) / len(x)


_NODES, _WEIGHTS = np.polynomial.legendre.leggauss(64)
_PIECES = 16
_BLOCK = 256
"""Shapes whose error is computed at once: bounds the arrays to ~2 MB each whatever ``num_perm`` is."""


def _points(lo: float, hi: float) -> tuple[np.ndarray, np.ndarray]:
    """Gauss-Legendre points and weights on :data:`_PIECES` equal parts of [lo, hi] (64 points each)."""
    edges = np.linspace(lo, hi, _PIECES + 1)
    half = (edges[1:] - edges[:-1]) / 2
    s = ((edges[:-1] + edges[1:]) / 2)[:, None] + half[:, None] * _NODES
    return s.ravel(), (half[:, None] * _WEIGHTS).ravel()


@cache
def band_shape(threshold: float, num_perm: int) -> tuple[int, int]:
    """``(bands, rows)`` with ``bands * rows <= num_perm`` that minimise the area of false positives (candidate
    probability ``1 - (1 - s**rows)**bands`` below the threshold) plus that of false negatives above it, equally
    weighted; the first minimum in order of ``bands``, then ``rows``. The areas are integrated numerically; the
    choice agrees with adaptive quadrature's on every pair tested (``tests/unit/test_minhash.py``)."""
    shapes = np.array([(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)], dtype=float)
    below, below_w = _points(0.0, threshold)
    above, above_w = _points(threshold, 1.0)
    error = np.empty(len(shapes))
    for k in range(0, len(shapes), _BLOCK):
        bands, rows = shapes[k : k + _BLOCK, :1], shapes[k : k + _BLOCK, 1:]
        false_pos = (1 - (1 - below**rows) ** bands) @ below_w
        false_neg = (1 - above**rows) ** bands @ above_w
        error[k : k + _BLOCK] = 0.5 * false_pos + 0.5 * false_neg
    best = int(np.argmin(error))  # the first of equal minima, as a loop with a strict '<' finds
    return int(shapes[best, 0]), int(shapes[best, 1])


class LSHIndex:
    """Signatures by key, bucketed by band: :meth:`candidates` are the keys sharing at least one band."""

    def __init__(self, threshold: float, num_perm: int) -> None:
        self.bands, self.rows = band_shape(threshold, num_perm)
        self._buckets: list[dict[bytes, list[str]]] = [{} for _ in range(self.bands)]

    def _keys(self, sig: np.ndarray) -> list[bytes]:
        r = self.rows
        return [sig[i * r : (i + 1) * r].tobytes() for i in range(self.bands)]

    def candidates(self, sig: np.ndarray) -> set[str]:
        found: set[str] = set()
        for bucket, key in zip(self._buckets, self._keys(sig), strict=True):
            found.update(bucket.get(key, ()))
        return found

    def insert(self, key: str, sig: np.ndarray) -> None:
        for bucket, band in zip(self._buckets, self._keys(sig), strict=True):
            bucket.setdefault(band, []).append(key)
