#!/usr/bin/env python3
"""Times the four lines of the sample pattern in Python, with arc-dsl's definitions.

    x1 = apply(first, S); x2 = apply(second, S); x3 = mapply(p_g, x1); x4 = mapply(p_g, x2)

on the sizes of `benches/pattern.rs` (3, 10, 50 and 200 samples of 30x30 grids) and on
every ARC-AGI-1 training task, and prints the median time per call, so that
BENCHMARKS.md can state the ratio against the Rust backends measured on the same machine.

Usage: python3 scripts/python_reference.py [--data ../shared/arc/arc-agi-1/training]
"""

import argparse
import json
import os
import random
import statistics
import sys
import timeit


# arc-dsl's definitions (dsl.py), with the tuple-based p_g of generated batt code.
def first(container):
    return next(iter(container))


def second(container):
    iterator = iter(container)
    next(iterator)
    return next(iterator, None)


def apply(function, container):
    return type(container)(function(e) for e in container)


def merge(containers):
    return type(containers)(e for c in containers for e in c)


def mapply(function, container):
    return merge(apply(function, container))


def p_g(grid):
    return tuple({cell for row in grid for cell in row})


def pattern(S):
    x1 = apply(first, S)
    x2 = apply(second, S)
    x3 = mapply(p_g, x1)
    x4 = mapply(p_g, x2)
    return x1, x2, x3, x4


def random_grid(rng, h, w):
    return tuple(tuple(rng.randrange(10) for _ in range(w)) for _ in range(h))


def median_seconds(fn, min_time=0.2, repeats=15):
    number = 1
    while timeit.timeit(fn, number=number) < min_time / repeats:
        number *= 2
    runs = timeit.repeat(fn, number=number, repeat=repeats)
    return statistics.median(runs) / number


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_data = os.path.join(here, "..", "..", "shared", "arc", "arc-agi-1", "training")
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=default_data, help="directory of ARC task files")
    args = ap.parse_args()

    print(f"python {sys.version.split()[0]}")
    print(f"{'case':<32} {'median':>14}")
    rng = random.Random(42)
    for n in (3, 10, 50, 200):
        S = tuple((random_grid(rng, 30, 30), random_grid(rng, 30, 30)) for _ in range(n))
        t = median_seconds(lambda: pattern(S))
        print(f"{'30x30 samples=' + str(n):<32} {t * 1e6:>11.1f} us")

    if os.path.isdir(args.data):
        tasks = []
        for name in sorted(os.listdir(args.data)):
            if name.endswith(".json"):
                with open(os.path.join(args.data, name)) as f:
                    task = json.load(f)
                tasks.append(tuple(
                    (tuple(map(tuple, p["input"])), tuple(map(tuple, p["output"])))
                    for p in task["train"]))
        t = median_seconds(lambda: [pattern(S) for S in tasks], min_time=1.0, repeats=7)
        print(f"{'arc-agi-1 training (' + str(len(tasks)) + ' tasks)':<32} {t * 1e3:>11.2f} ms")
    else:
        print(f"skipped the ARC tasks: no directory {args.data}")


if __name__ == "__main__":
    main()
