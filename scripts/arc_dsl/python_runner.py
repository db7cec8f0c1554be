#!/usr/bin/env python3
"""The Python side of `compare.py`, run by it as a child process: arc-dsl's own solvers.

Usage: python3 python_runner.py ARC_DSL_DIR DATA_DIR REPS MIN_BATCH_SECONDS

Imports arc-dsl's `solvers.py` (which imports its `dsl.py` and `constants.py`) from
ARC_DSL_DIR, runs every `solve_<id>` on every train and test input of `DATA_DIR/<id>.json`,
in file order, and prints one JSON object per line:

    {"solver": name, "train": [bool], "test": [bool], "errors": [message], "seconds": s}

whether each output equals the expected grid (an exception is wrong), and the median over
REPS measurements of the time to run the task's inputs once, measured as `runner.rs` does:
each measurement times a loop of n runs (timeit, garbage collection off) and divides by n,
n being the first of 1, 2, 4, ... whose loop lasts at least MIN_BATCH_SECONDS.
"""

import json
import os
import statistics
import sys
import timeit


def as_grid(rows):
    """A JSON grid (lists) as arc-dsl's `Grid` (a tuple of tuples)."""
    return tuple(tuple(row) for row in rows)


def call(solver, grid):
    """`(solver(grid), None)`, or `(None, "Type: message")` if it raises."""
    try:
        return solver(grid), None
    except Exception as e:  # any failure of a solver counts as a wrong output
        return None, f"{type(e).__name__}: {e}"


def median_seconds(batch, reps, min_batch):
    """The median seconds one `batch()` takes, as in the module's docstring."""
    timer = timeit.Timer(batch)
    n = 1
    while timer.timeit(n) < min_batch:
        n *= 2
    return statistics.median(timer.timeit(n) / n for _ in range(reps))


def run_task(name, solver, data, reps, min_batch):
    with open(os.path.join(data, name.removeprefix("solve_") + ".json")) as f:
        task = json.load(f)
    pairs = [(as_grid(p["input"]), as_grid(p["output"])) for p in task["train"] + task["test"]]
    right, errors = [], []
    for grid, want in pairs:
        got, error = call(solver, grid)
        right.append(error is None and got == want)
        if error is not None:
            errors.append(error)

    def batch():
        for grid, _ in pairs:
            call(solver, grid)

    seconds = median_seconds(batch, reps, min_batch)
    n_train = len(task["train"])
    return {"solver": name, "train": right[:n_train], "test": right[n_train:],
            "errors": errors, "seconds": seconds}


def main():
    arc_dsl, data, reps, min_batch = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    sys.dont_write_bytecode = True  # leave the arc-dsl checkout as it is
    sys.path.insert(0, arc_dsl)
    import solvers

    for name, solver in vars(solvers).items():
        if name.startswith("solve_") and callable(solver):
            print(json.dumps(run_task(name, solver, data, reps, min_batch)), flush=True)


if __name__ == "__main__":
    main()
