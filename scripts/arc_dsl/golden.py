#!/usr/bin/env python3
"""The expected results of `tests/solvers/primitives.py`, computed by arc-dsl itself.

Usage: python3 scripts/arc_dsl/golden.py [--arc-dsl DIR] [--out FILE]

Runs every function of `tests/solvers/primitives.py` with arc-dsl's own `dsl.py` and
`constants.py` on the input grids listed below for it (`CASES`), and writes

    {"<function>": [{"input": grid, "output": grid or null}, ...], ...}

to `tests/solvers/primitives.json` (`--out`), in the file's order: `output` is the grid
arc-dsl returns, or null where it raises. `tests/include_primitives.rs` checks the Rust
conversion of the file (`include_solvers!`) against it.

Every case must be one where arc-dsl's result is a grid of colours 0 to 9 (or an exception)
and does not depend on the order in which Python iterates over sets (arc-dsl's tie-breaks
follow Python's hashing; the Rust DSL's sets iterate in ascending order). The script checks
both: it runs each case again with arc-dsl's sets iterating in ascending and in descending
order, and reports, without writing anything, the cases whose result changes, the cases
whose result is not such a grid, and functions without cases (or cases without functions).

Standard library only. arc-dsl (Michael Hodel's `dsl.py`, `constants.py`, `arc_types.py`),
never copied into this repository: `--arc-dsl DIR`, else `$ARC_DSL_DIR`, else `../arc-dsl`
beside the repository. Without it, prints "skipping: ... absent" and exits 0.
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
SOLVERS = REPO / "tests" / "solvers" / "primitives.py"
OUT = REPO / "tests" / "solvers" / "primitives.json"

# Grids written as rows of digits separated by spaces.
R1 = "123 456 789"
R2 = "01234 56789"
R3 = "12 34 56 78"
R4 = "1"
# Objects on a background of 0: a line of 2 (3 cells), of 3 (2 cells), a 1, a square of 4.
S1 = "000000 022200 000003 104403 004400"
# On 5: an L of 6 (3 cells) and a 7.
S2 = "5555 5655 5665 7555"
# On 1: two 8s touching at a corner, a line of 2 (3 cells), a 3.
S3 = "11111 18111 11812 11112 31112 11111"
# On 0: 1s and 2s touching (5 cells), a 3, an L of 4 (4 cells), a block of 5 (6 cells).
S6 = "0000000 0112000 0120030 0000000 4400000 4000555 4000555"
# On 0: objects of 2, 3 and 1 cells (colours 2, 1 and 3).
S7 = "1100 0022 0002 3000"
# On 0: a 3 of 5 cells and a 5 of 2.
S8 = "0000 0330 0333 0000 5500"
# Many-coloured objects.
M1 = "00000 01220 01112 00000"
M2 = "77777 71817 77777"
Q1 = "1234 5678 9012 3456"

CASES = {
    "p_int_arith": [R1, R2, "000000 000000 000000 000000", "1234"],
    "p_tuple_arith": [R1, R2, "1 2 3 4 5 6 7 8 9", "123456789"],
    "p_floor_division": [R4, R3, R1, R2],
    "p_halve_crement": [R4, R1, "1234", S1],
    "p_sign_tuples": ["1234 5678", R1, "1 2 3 4 5", "123456"],
    "p_vectors": ["00000 01100 00000 00000 00000", "1001 0000 0000 0110", "0000 0000",
                  "10101 01010 00000"],
    "p_division_by_zero": [R3, "1 2 3 4 5", R1, "1 2 3 4 5 6 7 8 9"],
    "p_booleans": [R3, R1, R2, "1 2 3 4 5"],
    "p_positive_contained": [S1, S2, S3, "888 878 888"],
    "p_interval_rows": [R4, R1, R2, "123456789"],
    "p_palette_extremes": [S1, S2, R1, "5"],
    "p_empty_extremes": [R1, S3, S1, "9 0"],
    "p_set_algebra": ["1002 0220 2010 0000", "12 21", S1, "000 000"],
    "p_product_pair": [R1, S6, R2, "0000 0000 0000 0000 0000"],
    "p_order_by_size": [S1, S2, S7],
    "p_arg_val": [S6, S1, S2, "5"],
    "p_common_rows": ["123 123 123 456 456 789", "00 11 00 22 00 11", "5 5 6", "12 34 12"],
    "p_common_values": ["1121 0000 3343", "55 67 66", "7787 1111 2922", R4],
    "p_size_colour_filters": [S1, S6, S2, "00220 20002 00220"],
    "p_sfilter_matcher": [S1, S6, S2, "1110 0000 0222"],
    "p_mfilter_extract": [S1, S6, S2, "0400 0400 0000 0033"],
    "p_other_colour": ["0010 0110", "555 575", "3", "22 29 22"],
    "p_compose_call": [R4, R1, R3, S6],
    "p_chain": [R1, R2, R3, S2],
    "p_fork": [R1, R2, R3, R4],
    "p_power": [R1, R2, R3, S2],
    "p_power_count": [S2, R4, "12 21", "12 30"],
    "p_branch_functions": [R3, R2, R1, "1 2 3"],
    "p_ternary_binds": [S1, R1, R2, "000 070 010"],
    "p_papply_branch": [R1, "1231 0000 1331", "55 55", "12 34 12"],
    "p_mpapply": [R1, R2, R3, R4],
    "p_prapply_connect": ["8000 0000 0080 8000", "0808 0000 0000 8008", "0000 0000"],
    "p_rapply_adders": [R4, R1, R3, "1 2 3 4 5 6"],
    "p_mapply_corners": [S1, S6, S2, "0000 0110 0110 0000"],
    "p_colour_counts": [S1, S2, S3, S6],
    "p_object_colours": [M1, M2, "3333 3453 3553 3333", S6],
    "p_foreground": [S1, S6, S2, "0220 0000 1111"],
    "p_corner_lines": [S1, S2, S6, R4],
    "p_object_counts": [S1, S2, S6, S3],
    "p_partitions": [S1, S2, S3, S6],
    "p_toobject": [S1, S2, S3, S6],
    "p_crop": [Q1, R1, "12 34", R2],
    "p_subgrid_upscale": [S1, S6, S2, S3],
    "p_normalize_shift": [S8, "0000 0000 0011 0022 2222", "000 000 003",
                          "0000 0440 0400 0000 0077 0077"],
    "p_neighbourhoods": [S1, S2, S3, "00000 00000 00500 00000"],
    "p_neighbors_mapply": [S1, S2, "0000 0550 0000 0000", S6],
    "p_bbox_product": ["0000 0200 0002 0000", S1, "2002 0000 2002", S2],
    "p_shape_predicates": [S1, S6, S2, "11011 00000 22202 00002"],
    "p_grid_predicates": [R1, R3, R2, R4],
    "p_matching": ["1002 0000 0000", "1 0 2", "12", "10 02"],
    "p_distance": ["1002 0000", "12", "100 000 002", "11 00"],
    "p_bordering": [S1, S6, S2, "000 010 000"],
    "p_centres": [S6, S1, S3, "00000 01110 01010 01110 00000"],
    "p_position": ["1002 0000", "2001", "1 0 2", "100 000 002", "002 000 100"],
    "p_index": [R1, S1, S2, R2],
    "p_frontier_lines": [S1, S2, S3, S6],
    "p_shoot": [S1, "00000 00000 00300 00000", S6, R1],
    "p_connect": ["1002 0000", "1000 0000 0020", "100 002", "0001 0000 0200"],
    "p_boxes": [S1, S6, "0000000 0111110 0111110 0111110 0111110 0000000 0000022", S2],
    "p_delta": [S6, S1, "000000 011100 010100 011100 000000", S2],
    "p_underfill_backdrop": ["0000 0200 0002 0000", S1, "2000 0000 0002", S2],
    "p_gravitate": ["1000020", "1 0 0 0 2", "0100 0000 0000 0022", "1000"],
    "p_cover_move": [S1, S2, S7],
    "p_occurrences": ["12120 21210 00000", "00100 00000 00100", "55 55", "12000 45000 00120 00450"],
    "p_rotations": [R1, R2, R3, R4],
    "p_mirror_grid_hv": [R1, R2, R3, S2],
    "p_mirror_grid_dc": [R1, R2, R3, R4],
    "p_mirror_object": ["00000 03400 00400 00500", M1, "77777 71827 77777", "0000 0340 0300 0000"],
    "p_mirror_indices": ["0000 0220 0200 0000", S1, "2000 0000 0002", "2200 0000 0020"],
    "p_underpaint": [S2, S1, "000 010 000", S6],
    "p_scale_up": [R1, R2, R4, R3],
    "p_downscale": [Q1, R1, R2, R4],
    "p_upscale_object": [S1, S2, S7, S8],
    "p_hsplit_cellwise": ["1201 1202", R1, "12312 45645", "1111 2323"],
    "p_vsplit_merge": [R1, "12 12 34 34 12 12", "1 2 3 4 5 6 7"],
    "p_replace": [S1, S2, S3, S6],
    "p_halves_tb": [R3, R1, S2, "1 2"],
    "p_halves_lr": [R2, R1, S2, "12"],
    "p_trim": [R1, S1, S6, Q1],
    "p_frontiers": ["111 234 111", "1212 1313 1414", "55 55", R1],
    "p_compress": ["111 234 111", "1212 1313 1414", S1, R1],
    "p_periods": ["1212 3434 1212 3434", "123123 456456", "11 11 11", R1],
}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--arc-dsl", type=Path,
        default=Path(os.environ.get("ARC_DSL_DIR") or REPO.parent / "arc-dsl"),
        help="arc-dsl's checkout (dsl.py, constants.py, ...); default $ARC_DSL_DIR, else "
             "../arc-dsl beside the repository")
    parser.add_argument(
        "--out", type=Path, default=OUT,
        help="the JSON file written; default tests/solvers/primitives.json")
    return parser.parse_args()


def grid(text):
    """A grid written as rows of digits separated by spaces, as arc-dsl's tuple of tuples."""
    return tuple(tuple(int(c) for c in row) for row in text.split())


def is_grid(value):
    """Whether `value` is a grid the Rust side can hold: a non-empty tuple of non-empty
    tuples of one length, of colours 0 to 9 (not booleans)."""
    return (
        isinstance(value, tuple) and len(value) > 0
        and all(isinstance(r, tuple) and len(r) == len(value[0]) > 0 for r in value)
        and all(type(v) is int and 0 <= v <= 9 for r in value for v in r)
    )


# ---------------------------------------------------------------------------------------------
# arc-dsl, as it is and with its sets in a fixed order


def sort_key(x):
    """A total order on the values arc-dsl puts in sets (integers, tuples, sets of them)."""
    if isinstance(x, (frozenset, set)):
        return (1, sorted(sort_key(e) for e in list_items(x)))
    if isinstance(x, tuple):
        return (2, tuple(sort_key(e) for e in x))
    return (0, x)


def list_items(s):
    """The items of a set or frozenset (subclass or not) in Python's own order."""
    return list(frozenset.__iter__(s) if isinstance(s, frozenset) else set.__iter__(s))


def ordered_classes(descending):
    """`frozenset` and `set` subclasses that iterate in ascending (or descending) order."""

    def ordered(self):
        return iter(sorted(list_items(self), key=sort_key, reverse=descending))

    return (type("OrderedFrozenset", (frozenset,), {"__iter__": ordered}),
            type("OrderedSet", (set,), {"__iter__": ordered}))


def load_dsl(arc_dsl, order=None):
    """A fresh import of arc-dsl's `dsl.py`. With `order` ("ascending" or "descending"),
    the sets it builds iterate in that order: `frozenset` and `set` are replaced in the
    module, and every primitive turns a plain frozenset it returns (from `|`, `&`, `-` or
    `union`) into the ordered kind. The wrappers keep each primitive's parameters, which
    `rbind` and `lbind` count."""
    spec = importlib.util.spec_from_file_location("dsl", arc_dsl / "dsl.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if order is None:
        return module
    frozen, mutable = ordered_classes(order == "descending")
    module.frozenset, module.set = frozen, mutable

    def fix(value):
        return frozen(value) if type(value) is frozenset else value

    for name, function in list(vars(module).items()):
        if not (callable(function) and getattr(function, "__module__", None) == "dsl"):
            continue
        if not hasattr(function, "__code__"):
            continue
        code = function.__code__
        params = ", ".join(code.co_varnames[:code.co_argcount])
        scope = {"_fix": fix, "_original": function}
        exec(f"def {name}({params}):\n    return _fix(_original({params}))\n", scope)
        setattr(module, name, scope[name])
    return module


def load_functions(dsl_module, source):
    """The functions of primitives.py, `{name: function}` in file order, run against
    `dsl_module` (its `from dsl import *` finds it)."""
    sys.modules["dsl"] = dsl_module
    scope = {"__name__": "primitives"}
    exec(compile(source, str(SOLVERS), "exec"), scope)
    names = [node.name for node in ast.parse(source).body if isinstance(node, ast.FunctionDef)]
    return {name: scope[name] for name in names}


def call(function, value):
    """`(True, function(value))`, or `(False, "Type: message")` when it raises."""
    try:
        return True, function(value)
    except Exception as e:  # arc-dsl raising is a result: null in the JSON
        return False, f"{type(e).__name__}: {e}"


# ---------------------------------------------------------------------------------------------


def main():
    args = parse_args()
    for what in ("dsl.py", "constants.py", "arc_types.py"):
        path = args.arc_dsl / what
        if not path.exists():
            print(f"skipping: arc-dsl ({path}) absent")
            return 0
    sys.path.insert(0, str(args.arc_dsl))
    sys.setrecursionlimit(3000)
    source = SOLVERS.read_text()
    plain = load_functions(load_dsl(args.arc_dsl), source)
    ordered = [load_functions(load_dsl(args.arc_dsl, order), source)
               for order in ("ascending", "descending")]

    problems = []
    for name in plain:
        if name not in CASES:
            problems.append(f"{name}: no input grids in CASES")
    for name in CASES:
        if name not in plain:
            problems.append(f"{name}: in CASES but not a function of {SOLVERS.name}")
    golden = {}
    for name, function in plain.items():
        cases = []
        for text in CASES.get(name, []):
            ok, result = call(function, grid(text))
            if ok and not is_grid(result):
                problems.append(f"{name}({text!r}): not a grid of colours: {result!r}")
            for variant in ordered:
                other_ok, other = call(variant[name], grid(text))
                if (ok, result if ok else None) != (other_ok, other if other_ok else None):
                    problems.append(
                        f"{name}({text!r}): depends on the order of sets: "
                        f"{result if ok else 'an exception'!r} or "
                        f"{other if other_ok else 'an exception'!r}")
                    break
            output = [list(row) for row in result] if ok and is_grid(result) else None
            cases.append({"input": [list(row) for row in grid(text)], "output": output})
        golden[name] = cases

    if problems:
        print(f"{len(problems)} problems; {args.out} not written:", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    lines = []
    for name, cases in golden.items():
        body = ",\n".join(
            "  " + json.dumps(c, separators=(", ", ": ")) for c in cases)
        lines.append(f"{json.dumps(name)}: [\n{body}\n ]")
    args.out.write_text("{\n " + ",\n ".join(lines) + "\n}\n")
    total = sum(len(c) for c in golden.values())
    nulls = sum(c["output"] is None for cs in golden.values() for c in cs)
    print(f"{len(golden)} functions, {total} cases ({nulls} where arc-dsl raises): {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
