#!/usr/bin/python3
"""Hierarchical word clusters from word vectors (scripts/make-clusters).

usage: kmeans-clusters.py VECTORS.vec N [K1 K2] > clusters-xx.tsv

Reads the first N words of a word2vec/fastText text file (most frequent
first), scales each vector to unit length and clusters them in two levels
with spherical k-means (cosine similarity, fixed seed): K1 coarse clusters
(default 16), then K2 (default 16) clusters inside each. A word's value is
1 + coarse * K2 + fine, so that (value - 1) // K2 is the coarse cluster: the
tagger reads both granularities from one byte (values 1..255; 0 = no
cluster). Output: C<value><TAB>word, words in file order; a word that occurs
twice (case variants) keeps its first (most frequent) line.
"""
import sys

import numpy as np


def read_vectors(path, limit):
    words, rows, seen = [], [], set()
    with open(path, encoding="utf-8", errors="replace") as f:
        first = f.readline().split()
        if len(first) != 2:  # no header line
            f.seek(0)
        for line in f:
            parts = line.rstrip("\n").rstrip(" ").split(" ")
            w = parts[0].lower()
            if w in seen or w == "</s>" or not w or "\t" in w:
                continue
            seen.add(w)
            words.append(w)
            rows.append(np.array(parts[1:], dtype=np.float32))
            if len(words) >= limit:
                break
    x = np.vstack(rows)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-8)
    return words, x


def spherical_kmeans(x, k, rng, iterations=25):
    """Cluster ids 0..k-1 of the unit rows of x (k-means++ seeding)."""
    n = x.shape[0]
    if n <= k:
        return np.arange(n)
    centres = [x[rng.randint(n)]]
    dist = 1.0 - x @ centres[0]
    for _ in range(1, k):
        p = np.maximum(dist, 0) ** 2
        c = x[rng.choice(n, p=p / p.sum())] if p.sum() > 0 else x[rng.randint(n)]
        centres.append(c)
        dist = np.minimum(dist, 1.0 - x @ c)
    centres = np.vstack(centres)
    assign = None
    for _ in range(iterations):
        new = np.argmax(x @ centres.T, axis=1)
        if assign is not None and np.array_equal(new, assign):
            break
        assign = new
        for j in range(k):
            members = x[assign == j]
            if len(members):
                s = members.sum(axis=0)
                centres[j] = s / max(np.linalg.norm(s), 1e-8)
    return assign


def main():
    path, limit = sys.argv[1], int(sys.argv[2])
    k1 = int(sys.argv[3]) if len(sys.argv) > 3 else 16
    k2 = int(sys.argv[4]) if len(sys.argv) > 4 else 16
    assert k1 * k2 <= 256
    rng = np.random.RandomState(1)
    words, x = read_vectors(path, limit)
    coarse = spherical_kmeans(x, k1, rng)
    value = np.zeros(len(words), dtype=np.int64)
    for c in range(k1):
        idx = np.nonzero(coarse == c)[0]
        fine = spherical_kmeans(x[idx], k2, rng)
        value[idx] = 1 + c * k2 + fine
    value = np.minimum(value, 255)  # with 16 x 16 the last two leaves share 255
    out = sys.stdout
    for w, v in zip(words, value):
        out.write(f"C{v}\t{w}\n")
    print(f"{len(words)} words, {k1} x {k2} clusters", file=sys.stderr)


if __name__ == "__main__":
    main()
