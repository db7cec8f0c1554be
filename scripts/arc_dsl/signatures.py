#!/usr/bin/env python3
"""Prints `dsl-names/src/signatures.rs`'s table: arc-dsl's type annotations of its primitives.

Usage: `scripts/arc_dsl/signatures.py [--arc-dsl DIR] > table.txt`, then paste the
`SIGNATURES` entries. Each primitive of `dsl.py`, in file order, becomes
`s("name", &[param types], return type)`; the types are arc-dsl's names (`arc_types.py`'s
aliases and `typing`'s `Any`, `Callable`, `Container`, `FrozenSet`, `Tuple`); a parameter
without an annotation is `Any`, as Python takes it.
"""

import argparse
import ast
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--arc-dsl", type=Path,
                        default=Path(os.environ.get("ARC_DSL_DIR", REPO.parent / "arc-dsl")))
    args = parser.parse_args()
    source = (args.arc_dsl / "dsl.py").read_text()
    for node in ast.parse(source).body:
        if not isinstance(node, ast.FunctionDef):
            continue
        params = ", ".join(
            f"T::{ast.unparse(a.annotation) if a.annotation else 'Any'}" for a in node.args.args)
        ret = ast.unparse(node.returns) if node.returns else "Any"
        print(f'    s("{node.name}", &[{params}], T::{ret}),')


if __name__ == "__main__":
    main()
