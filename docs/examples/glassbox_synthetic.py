#!/usr/bin/env python3
"""Writes the two synthetic data sets of docs/glassbox.md's figures (fixed seeds, 2000 rows each).

additive.arff: log-odds 2 sin(x1) + (x2^2 - 4/3) + 0.8 x3, x4 and x5 noise; x uniform on [-2, 2].
regions.arff: where x1 < 0 the log-odds are 4 x2, elsewhere -4 x3; x1 uniform on [-3, 3], the
others standard normal, x4 noise. No single linear model follows both rules.
Usage: python3 glassbox_synthetic.py DIR
"""
import math
import os
import random
import sys


def write(path, names, rows):
    with open(path, "w") as f:
        f.write("@relation %s\n\n" % os.path.basename(path)[:-5])
        for n in names:
            f.write("@attribute %s numeric\n" % n)
        f.write("@attribute class {no,yes}\n\n@data\n")
        for r in rows:
            f.write(",".join("%.6f" % v for v in r[:-1]) + "," + r[-1] + "\n")


def label(rng, eta):
    return "yes" if rng.random() < 1 / (1 + math.exp(-eta)) else "no"


def main(out):
    rng = random.Random(23)
    rows = []
    for _ in range(2000):
        x = [rng.uniform(-2, 2) for _ in range(5)]
        eta = 2 * math.sin(x[0]) + (x[1] ** 2 - 4 / 3) + 0.8 * x[2]
        rows.append(x + [label(rng, eta)])
    write(os.path.join(out, "additive.arff"), ["x1", "x2", "x3", "x4", "x5"], rows)
    rng = random.Random(24)
    rows = []
    for _ in range(2000):
        x = [rng.uniform(-3, 3)] + [rng.gauss(0, 1) for _ in range(3)]
        eta = 4 * x[1] if x[0] < 0 else -4 * x[2]
        rows.append(x + [label(rng, eta)])
    write(os.path.join(out, "regions.arff"), ["x1", "x2", "x3", "x4"], rows)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
