#!/usr/bin/env python3
"""The Python side of `compare.py`, run by it as a child process: arc-dsl's own solvers.

Usage: python3 python_runner.py ARC_DSL_DIR DATA_DIR MIN_BATCH_SECONDS

Imports arc-dsl's `solvers.py` (which imports its `dsl.py` and `constants.py`) from
ARC_DSL_DIR, then answers the commands of `runner.rs` (the Rust side), one per line on
standard input, each with one JSON object on a line of standard output:

- `list`: `{"solvers": [name], "skipped": {}}`, every `solve_<id>` in file order;
- `check NAME`: runs `NAME` on every train and test input of `DATA_DIR/<id>.json`:
  `{"solver": name, "train": [bool], "test": [bool], "errors": [message]}`, whether each
  output equals the expected grid (an exception is wrong); it also picks the number of runs
  `n` of the task's inputs that `time` loops over (the first of 1, 2, 4, ... whose loop
  lasts at least MIN_BATCH_SECONDS);
- `time NAME` (after `check NAME`): `{"solver": name, "seconds": s}`, one measurement: a
  loop of `n` runs of the task's inputs (timeit, garbage collection off), divided by `n`.

An unknown command or solver is answered `{"error": message}`.
"""

import json
import os
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


def check(name, solver, data, min_batch):
    """The task's record and its timer `(timeit.Timer, n)`."""
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

    timer = timeit.Timer(batch)
    n = 1
    while timer.timeit(n) < min_batch:
        n *= 2
    n_train = len(task["train"])
    record = {"solver": name, "train": right[:n_train], "test": right[n_train:],
              "errors": errors}
    return record, (timer, n)


def answer(line, solvers, checked, data, min_batch):
    match line.split():
        case ["list"]:
            return {"solvers": list(solvers), "skipped": {}}
        case ["check", name] if name in solvers:
            record, checked[name] = check(name, solvers[name], data, min_batch)
            return record
        case ["time", name] if name in checked:
            timer, n = checked[name]
            return {"solver": name, "seconds": timer.timeit(n) / n}
    return {"error": f"cannot answer {line.strip()!r}"}


def main():
    arc_dsl, data, min_batch = sys.argv[1], sys.argv[2], float(sys.argv[3])
    sys.dont_write_bytecode = True  # leave the arc-dsl checkout as it is
    sys.path.insert(0, arc_dsl)
    import solvers as module

    solvers = {name: f for name, f in vars(module).items()
               if name.startswith("solve_") and callable(f)}
    checked = {}
    for line in sys.stdin:
        print(json.dumps(answer(line, solvers, checked, data, min_batch)), flush=True)


if __name__ == "__main__":
    main()
