#!/usr/bin/env python3
"""Writes `tests/solvers/generated.py`: functions in the shape that program-search tools
write, for `include_solvers!`'s tests.

Usage: python3 scripts/arc_dsl/generate_batt.py [--out FILE] [--functions N] [--lines N]

Each function is `def batt_NN(task_id, S, I, C, log_path):` with `s = []`, `o = []`, the
sample pattern (`apply(first, S)`, `apply(second, S)`, `mapply(p_g, ..)`), then lines
`tK = primitive(...)` of arc-dsl's primitives over earlier values of the right types, each
that may fail inside `try:` / `except (...):` with a fallback (a constant, `None`, `()` or a
call of a primitive), values appended to `s` and candidate grids to `o` as tuples
`(K, bool, 'name', tK)`, a few lines outside `try` that may fail (which stop the function),
and `return o, s`.

Deterministic: the same arguments write the same file (a fixed seed, no dates). Standard
library only; arc-dsl is not needed. `scripts/arc_dsl/lists_golden.py` runs the file with
arc-dsl and writes the lists each function returns on each training task.
"""

import argparse
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = REPO / "tests" / "solvers" / "generated.py"

EXCEPT = "(TypeError, AttributeError, ValueError, IndexError, StopIteration, ZeroDivisionError)"

COLOURS = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"]
SMALL = ["ONE", "TWO", "THREE", "FOUR"]
BOOLS = ["T", "F"]

# (primitive, argument types, result type, may fail). Types: G grid, OS objects, O object,
# P indices, N integer, C colour (an integer 0 to 9), C8 colour of a tuple of colours (another
# Rust type than C's, only appended), IS set of integers, B boolean, TC tuple of colours. A
# value that may be `None` goes only where arc-dsl raises on `None` (as the Rust DSL fails). Lower-case types are constants: `colour`, `small`, `bool`, `size`
# (the function `size`). An argument of type O or P whose value may be `None` makes the line
# one that may fail.
TEMPLATES = [
    ("rot90", ["G"], "G", False),
    ("rot180", ["G"], "G", False),
    ("rot270", ["G"], "G", False),
    ("hmirror", ["G"], "G", False),
    ("vmirror", ["G"], "G", False),
    ("dmirror", ["G"], "G", False),
    ("cmirror", ["G"], "G", False),
    ("replace", ["G", "C", "C"], "G", False),
    ("replace", ["G", "C", "colour"], "G", False),
    ("switch", ["G", "C", "C"], "G", False),
    ("fill", ["G", "colour", "P"], "G", False),
    ("fill", ["G", "C", "P"], "G", False),
    ("underfill", ["G", "colour", "P"], "G", False),
    ("paint", ["G", "O"], "G", False),
    ("cover", ["G", "O"], "G", False),
    ("underpaint", ["G", "O"], "G", False),
    ("mostcolor", ["G"], "C", False),
    ("leastcolor", ["G"], "C", False),
    ("height", ["G"], "N", False),
    ("width", ["G"], "N", False),
    ("numcolors", ["G"], "N", False),
    ("palette", ["G"], "IS", False),
    ("objects", ["G", "bool", "bool", "bool"], "OS", False),
    ("objects", ["G", "B", "bool", "B"], "OS", False),
    ("partition", ["G"], "OS", False),
    ("fgpartition", ["G"], "OS", False),
    ("argmax", ["OS", "size"], "O", True),
    ("argmin", ["OS", "size"], "O", True),
    ("first", ["OS"], "O", True),
    ("sizefilter", ["OS", "N"], "OS", False),
    ("sizefilter", ["OS", "small"], "OS", False),
    ("colorfilter", ["OS", "C"], "OS", False),
    ("size", ["OS"], "N", False),
    ("size", ["O"], "N", False),
    ("height", ["O"], "N", False),
    ("width", ["O"], "N", False),
    ("uppermost", ["O"], "N", False),
    ("leftmost", ["O"], "N", False),
    ("lowermost", ["O"], "N", False),
    ("rightmost", ["O"], "N", False),
    ("color", ["O"], "C", False),
    ("toindices", ["O"], "P", False),
    ("backdrop", ["O"], "P", False),
    ("delta", ["O"], "P", False),
    ("box", ["O"], "P", False),
    ("inbox", ["O"], "P", False),
    ("outbox", ["O"], "P", False),
    ("increment", ["N"], "N", False),
    ("decrement", ["N"], "N", False),
    ("double", ["N"], "N", False),
    ("invert", ["N"], "N", False),
    ("add", ["N", "N"], "N", False),
    ("subtract", ["N", "N"], "N", False),
    ("maximum", ["IS"], "C", True),
    ("minimum", ["IS"], "C", True),
    ("size", ["IS"], "N", False),
    ("equality", ["G", "G"], "B", False),
    ("equality", ["N", "N"], "B", False),
    ("greater", ["N", "N"], "B", False),
    ("flip", ["B"], "B", False),
    ("get_nth_t", ["TC", "small"], "C8", True),
    ("difference_tuple", ["TC", "TC"], "TC", False),
    ("dedupe", ["TC"], "TC", False),
]

# What an `except` assigns, by type: a constant, `None`, `()`, or a call of a primitive.
FALLBACKS = {
    "G": ["rot90(I)", "hmirror(C)"],
    "O": ["None"],
    "P": ["None"],
    "OS": ["None", "objects(I, T, F, T)"],
    "N": ["ZERO", "ONE", "NEG_ONE"],
    "C": ["ZERO", "mostcolor(I)"],
    "C8": ["None"],
    "IS": ["palette(I)"],
    "B": ["F", "T"],
    "TC": ["()"],
}


class Function:
    """One generated function: its lines and the variables of each type."""

    def __init__(self, rng, index, lines):
        self.rng = rng
        self.name = f"batt_{index:02d}"
        self.target = lines
        self.out = []
        self.k = 0
        # Variables by type; `maybe` holds those that may be `None`.
        self.vars = {t: [] for t in FALLBACKS}
        self.vars["G"] = ["I", "C"]
        self.maybe = set()

    def emit(self, text, depth=1):
        self.out.append("    " * depth + text)

    def fresh(self):
        self.k += 1
        return f"t{self.k}"

    def pick(self, t):
        """A recent variable of type `t`, or `None` where there is none."""
        pool = self.vars[t]
        if not pool:
            return None
        return pool[-1 - min(int(self.rng.expovariate(0.4)), len(pool) - 1)]

    def constant(self, t):
        return self.rng.choice({"colour": COLOURS, "small": SMALL, "bool": BOOLS,
                                "size": ["size"]}[t])

    def line(self, risky_ok):
        """One assignment (in a `try` where it may fail), and its appends."""
        for _ in range(50):
            prim, types, result, fails = self.rng.choice(TEMPLATES)
            args = []
            for t in types:
                a = self.constant(t) if t.islower() else self.pick(t)
                if a is None:
                    break
                args.append(a)
            else:
                break
        else:
            return
        uses_maybe = any(a in self.maybe for a in args)
        name = self.fresh()
        call = f"{prim}({', '.join(args)})"
        if fails or uses_maybe:
            if uses_maybe and risky_ok and self.rng.random() < 0.1:
                # Outside a `try`: a failure here stops the function.
                self.emit(f"{name} = {call}")
                maybe = False
            else:
                fallback = self.rng.choice(FALLBACKS[result])
                self.emit("try:")
                self.emit(f"{name} = {call}", 2)
                self.emit(f"except {EXCEPT}:")
                self.emit(f"{name} = {fallback}", 2)
                maybe = fallback == "None"
        else:
            self.emit(f"{name} = {call}")
            maybe = False
        self.vars[result].append(name)
        if maybe:
            self.maybe.add(name)
        else:
            self.maybe.discard(name)
        if result == "G" and self.rng.random() < 0.5:
            flag = self.rng.choice(["True", "False"])
            tag = self.rng.choice(["task_id", f"'cand_{self.k:03d}'"])
            self.emit(f"o.append(({self.k}, {flag}, {tag}, {name}))")
        elif result != "G" and self.rng.random() < 0.4:
            tag = self.rng.choice(["'None'", f"'{prim}_{self.k:03d}'"])
            self.emit(f"s.append(({self.k}, {tag}, {name}))")

    def write(self):
        self.emit(f"def {self.name}(task_id, S, I, C, log_path):", 0)
        self.emit("s = []")
        self.emit("o = []")
        t1, t2, t3, t4 = (self.fresh() for _ in range(4))
        self.emit(f"{t1} = apply(first, S)")
        self.emit(f"{t2} = apply(second, S)")
        self.emit(f"{t3} = mapply(p_g, {t1})")
        self.emit(f"{t4} = mapply(p_g, {t2})")
        self.vars["TC"] += [t3, t4]
        self.emit(f"s.append(({self.k}, 'None', 'pattern', {t4}))")
        while self.k < self.target:
            # Lines that may stop the function come only in its last quarter.
            self.line(risky_ok=self.k > self.target * 3 // 4)
        self.emit("return o, s")
        return "\n".join(self.out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--functions", type=int, default=6)
    parser.add_argument("--lines", type=int, default=180,
                        help="assignments per function")
    parser.add_argument("--seed", type=int, default=20241)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    header = (
        '"""Functions in the shape program search writes, for batt\'s `include_solvers!` tests.\n\n'
        "Written by scripts/arc_dsl/generate_batt.py "
        f"(--functions {args.functions} --lines {args.lines} --seed {args.seed}); "
        "do not edit.\n"
        "tests/solvers/generated.golden holds what arc-dsl's Python returns for each.\n"
        '"""\n'
        "from dsl import *\n"
        "from constants import *\n"
    )
    functions = [Function(rng, k, args.lines).write() for k in range(args.functions)]
    text = header + "\n\n" + "\n\n\n".join(functions) + "\n"
    args.out.write_text(text)
    statements = sum(
        1 for line in text.splitlines()
        if line.startswith("    ") and not line.strip().startswith(("except", "try"))
    )
    print(f"{args.functions} functions, {statements} statements: {args.out}")


if __name__ == "__main__":
    main()
