#!/usr/bin/env python3
"""Merges the submission files of `--shard K/N` runs of the main example into one.

Usage: python3 scripts/merge_submissions.py OUTPUT SHARD.json [SHARD.json ...]

Each input is an ARC Prize submission object ({"<task id>": [{"attempt_1": grid,
"attempt_2": grid}, ...]}). A task id found in two inputs is an error (exit status 1, and no
output is written): shards of one run never overlap, so an overlap means files of different
runs, or one file given twice. The output has its keys sorted, as the example writes them.
"""
import json
import sys


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    output, inputs = argv[1], argv[2:]
    merged = {}
    seen_in = {}
    for path in inputs:
        with open(path) as f:
            part = json.load(f)
        if not isinstance(part, dict):
            print(f"error: {path} is not a submission object", file=sys.stderr)
            return 1
        for task_id, entries in part.items():
            if task_id in merged:
                print(
                    f"error: task {task_id} is in both {seen_in[task_id]} and {path}",
                    file=sys.stderr,
                )
                return 1
            merged[task_id] = entries
            seen_in[task_id] = path
    with open(output, "w") as f:
        json.dump(merged, f, sort_keys=True, separators=(",", ":"))
    print(f"merged {len(inputs)} files, {len(merged)} tasks, into {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
