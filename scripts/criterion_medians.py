#!/usr/bin/env python3
"""Prints the median (point estimate) of every criterion benchmark under target/criterion.

Usage: python3 scripts/criterion_medians.py [FILTER]
"""
import json
import os
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "criterion")
if os.environ.get("CARGO_TARGET_DIR"):
    root = os.path.join(os.environ["CARGO_TARGET_DIR"], "criterion")
flt = sys.argv[1] if len(sys.argv) > 1 else ""
rows = []
for dirpath, _, files in os.walk(root):
    if "estimates.json" in files and os.path.basename(dirpath) == "new":
        bench = os.path.relpath(os.path.dirname(dirpath), root)
        if flt in bench:
            with open(os.path.join(dirpath, "estimates.json")) as f:
                est = json.load(f)
            rows.append((bench, est["median"]["point_estimate"]))
for bench, ns in sorted(rows):
    unit, div = ("ms", 1e6) if ns >= 1e6 else ("us", 1e3) if ns >= 1e3 else ("ns", 1)
    print(f"{bench:<44} {ns / div:>10.3f} {unit}")
