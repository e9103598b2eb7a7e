"""mcrgen's own MinHash and LSH (mcrgen.rundir.minhash) give what datasketch 2.0 gave, which it replaces.

The expected values were computed with datasketch 2.0.0 (``MinHash(num_perm, seed=1).update_batch(...)``,
``.jaccard``, ``datasketch.lsh._optimal_param(threshold, num_perm, 0.5, 0.5)``) before it was dropped. A whole
dedup of 1,680 GSM8K questions with near copies gave the same kept ids, duplicates and similarities under both for
24 settings (thresholds 0.5-0.95, n-grams 2-5, 32 and 128 permutations), and the band shapes agreed on all 780
(threshold, permutations) pairs of thresholds 0.05-0.80 by 0.01 (and 0.333, 0.777) and 16-1000 permutations.
"""

from __future__ import annotations

import numpy as np
import pytest

from mcrgen.rundir.minhash import EMPTY, LSHIndex, band_shape, signature, similarity

SHINGLES = [b"natalia sold clips", b"sold clips to", b"clips to 48", b"to 48 of"]


def test_signature_is_datasketch_s() -> None:
    assert signature(SHINGLES, 16).tolist() == [
        66797870, 985020571, 258306640, 322328827, 615384583, 160834746, 405130132, 295588191,
        1060201619, 395238986, 87278785, 2690714753, 960705749, 471816480, 73595533, 600518531,
    ]  # fmt: skip
    assert signature(SHINGLES, 128)[:4].tolist() == [2063028931, 254644351, 245763947, 1177176813]


def test_signature_ignores_order_and_repeats_and_has_an_empty_value() -> None:
    assert (signature(SHINGLES[::-1] + SHINGLES, 64) == signature(SHINGLES, 64)).all()
    empty = signature([], 32)
    assert empty.dtype == np.uint32 and (empty == EMPTY).all()


def test_similarity_is_datasketch_s_estimate() -> None:
    other = signature([*SHINGLES[:3], b"to 49 of"], 128)
    assert similarity(signature(SHINGLES, 128), other) == 0.5859375
    assert similarity(other, other) == 1.0


@pytest.mark.parametrize(
    ("threshold", "num_perm", "shape"),
    [
        (0.8, 128, (9, 13)),
        (0.5, 128, (25, 5)),
        (0.7, 16, (3, 5)),
        (0.3, 64, (21, 3)),
        (0.05, 256, (32, 1)),
        (0.8, 1024, (51, 20)),
        (0.5, 1024, (128, 8)),
    ],  # fmt: skip
)
def test_band_shape_is_datasketch_s(threshold: float, num_perm: int, shape: tuple[int, int]) -> None:
    assert band_shape(threshold, num_perm) == shape


def test_the_index_proposes_texts_that_share_a_band() -> None:
    index = LSHIndex(0.5, 128)
    near = signature([*SHINGLES[:3], b"to 49 of"], 128)
    far = signature([b"a completely", b"different text", b"about pears"], 128)
    index.insert("0", signature(SHINGLES, 128))
    index.insert("1", far)
    assert index.candidates(near) == {"0"}
    assert "1" in index.candidates(far)
    assert index.bands * index.rows <= 128
