#!/usr/bin/env python3
"""The lists that arc-dsl's Python returns for each function of `tests/solvers/generated.py`
on each ARC-AGI-1 training task, written compactly for `tests/include_generated.rs`.

Usage: python3 scripts/arc_dsl/lists_golden.py [--arc-dsl DIR] [--data DIR] [--out FILE]

Each function `f(task_id, S, I, C, log_path)` of the file runs on every training task with
`S` its demonstration pairs, `I` and `C` its first test input and output, and `log_path`
"". arc-dsl's sets iterate in ascending order there (`golden.py`'s `load_dsl`), as the Rust
DSL's do, so that ties break alike; the primitives that batt adds to arc-dsl (`second`,
`p_g`, `difference_tuple`, `get_nth_t`, `get_nth_f`) are written below as the runtime defines them.
Where a function raises, the lists are those its frame held then, and the line is the
function's line that raised (what the Rust function reports as `Lists::failed_at`).

Each line of the output is

    <task> <function> <line that raised, or -> <length>:<hash> <length>:<hash>

one `<length>:<hash>` per returned list, in the `return`'s order: its number of records and
the 64-bit FNV-1a hash (hex) of its `repr`, written with the items of each set in ascending
order (as the runtime's `lists::list_repr` writes it).

Standard library only. arc-dsl: `--arc-dsl DIR`, else `$ARC_DSL_DIR`, else `../arc-dsl` beside
the repository; the tasks: `--data DIR`, else `../shared/arc/arc-agi-1/training` beside it.
Without either it prints "skipping: ... absent" and exits 0.
"""

import argparse
import ast
import importlib.util
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SOURCE = REPO / "tests" / "solvers" / "generated.py"
OUT = REPO / "tests" / "solvers" / "generated.golden"


def load_golden_module():
    """`golden.py` of this folder, for its `load_dsl` and `sort_key`."""
    spec = importlib.util.spec_from_file_location("arc_dsl_golden", HERE / "golden.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def add_batt_primitives(dsl):
    """The primitives of batt functions that arc-dsl lacks, as batt's runtime defines them."""

    def second(container):
        items = iter(container)
        next(items)
        return next(items)

    def p_g(grid):
        return tuple(sorted({v for row in grid for v in row}))

    def difference_tuple(a, b):
        return tuple(e for e in a if e not in b)

    def get_nth_t(container, rank):
        return tuple(container)[rank]

    def get_nth_f(container, rank):
        return tuple(sorted(container))[rank]

    for f in (second, p_g, difference_tuple, get_nth_t, get_nth_f):
        setattr(dsl, f.__name__, f)


def canon(value, sort_key):
    """Python's repr, with the items of sets in ascending order."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, (int, str)):
        return repr(value)
    if isinstance(value, tuple):
        items = [canon(v, sort_key) for v in value]
        if len(items) == 1:
            return f"({items[0]},)"
        return "(" + ", ".join(items) + ")"
    if isinstance(value, list):
        return "[" + ", ".join(canon(v, sort_key) for v in value) + "]"
    if isinstance(value, (frozenset, set)):
        if not value:
            return "frozenset()"
        items = sorted(frozenset.__iter__(frozenset(value)), key=sort_key)
        return "frozenset({" + ", ".join(canon(v, sort_key) for v in items) + "})"
    raise TypeError(f"no canonical form for {type(value).__name__}: {value!r}")


def fnv1a(text):
    h = 0xcbf29ce484222325
    for b in text.encode():
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def returned_lists(source):
    """Each function's returned list names, from its final `return`."""
    out = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef):
            ret = node.body[-1]
            elts = ret.value.elts if isinstance(ret.value, ast.Tuple) else [ret.value]
            out[node.name] = [e.id for e in elts]
    return out


def run(function, names, args):
    """(lists, line that raised or None)."""
    try:
        return list(function(*args)), None
    except Exception as e:  # a failure is a result: the lists so far and the line
        tb = e.__traceback__
        frame_tb = None
        while tb is not None:
            if tb.tb_frame.f_code is function.__code__:
                frame_tb = tb
            tb = tb.tb_next
        if frame_tb is None:
            raise
        lists = [frame_tb.tb_frame.f_locals.get(n, []) for n in names]
        return lists, frame_tb.tb_lineno


def grid(rows):
    return tuple(tuple(r) for r in rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--arc-dsl", type=Path,
        default=Path(os.environ.get("ARC_DSL_DIR") or REPO.parent / "arc-dsl"))
    parser.add_argument(
        "--data", type=Path, default=REPO.parent / "shared" / "arc" / "arc-agi-1" / "training")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--show", nargs=2, metavar=("TASK", "FUNCTION"),
        help="print that function's records on that task, one a line, and write nothing")
    args = parser.parse_args()
    for what in ("dsl.py", "constants.py", "arc_types.py"):
        if not (args.arc_dsl / what).exists():
            print(f"skipping: arc-dsl ({args.arc_dsl / what}) absent")
            return 0
    if not args.data.is_dir():
        print(f"skipping: the training tasks ({args.data}) absent")
        return 0
    sys.path.insert(0, str(args.arc_dsl))
    sys.setrecursionlimit(3000)
    golden = load_golden_module()
    dsl = golden.load_dsl(args.arc_dsl, "ascending")
    add_batt_primitives(dsl)
    sys.modules["dsl"] = dsl
    source = SOURCE.read_text()
    scope = {"__name__": "generated"}
    exec(compile(source, str(SOURCE), "exec"), scope)
    names = returned_lists(source)

    out = []
    failed = 0
    tasks = sorted(args.data.glob("*.json"))
    if args.show:
        tasks = [args.data / f"{args.show[0]}.json"]
        names = {args.show[1]: names[args.show[1]]}
    for path in tasks:
        task = json.loads(path.read_text())
        samples = tuple((grid(p["input"]), grid(p["output"])) for p in task["train"])
        test = task["test"][0]
        inputs = (path.stem, samples, grid(test["input"]), grid(test["output"]), "")
        for name, lists in names.items():
            result, line = run(scope[name], lists, inputs)
            if args.show:
                print(f"failed at {line}")
                for list_name, lst in zip(lists, result):
                    for record in lst:
                        print(list_name, canon(record, golden.sort_key))
                return 0
            failed += line is not None
            fields = " ".join(
                f"{len(lst)}:{fnv1a(canon(list(lst), golden.sort_key))}" for lst in result)
            out.append(f"{path.stem} {name} {line if line is not None else '-'} {fields}")
    args.out.write_text("\n".join(out) + "\n")
    print(f"{len(tasks)} tasks x {len(names)} functions ({failed} raised): {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
