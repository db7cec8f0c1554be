#!/usr/bin/env python3
"""Scores an ARC Prize submission file against the test outputs of a directory of tasks.

    scripts/score_submission.py SUBMISSION DIR

A test input is right when attempt_1 or attempt_2 equals its output; a task is solved when
every one of its test inputs is right. Tasks of DIR missing from the submission count as
unsolved. Prints `solved N of M tasks` and exits 1 on a malformed file or directory.
"""

import json
import sys
from pathlib import Path


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    submission_path, task_dir = Path(argv[1]), Path(argv[2])
    try:
        submission = json.loads(submission_path.read_text())
    except (OSError, ValueError) as e:
        print(f"error: cannot read {submission_path}: {e}", file=sys.stderr)
        return 1
    if not isinstance(submission, dict):
        print(f"error: {submission_path}: a submission is a JSON object", file=sys.stderr)
        return 1
    files = sorted(task_dir.glob("*.json"))
    if not files:
        print(f"error: no task files in {task_dir}", file=sys.stderr)
        return 1
    solved = 0
    for f in files:
        task = json.loads(f.read_text())
        entries = submission.get(f.stem)
        tests = task.get("test", [])
        if not isinstance(entries, list) or len(entries) != len(tests) or not tests:
            continue
        right = True
        for entry, test in zip(entries, tests):
            if "output" not in test:
                print(f"error: {f}: a test input has no output to score", file=sys.stderr)
                return 1
            attempts = [entry.get("attempt_1"), entry.get("attempt_2")] if isinstance(entry, dict) else []
            right &= test["output"] in attempts
        solved += right
    print(f"solved {solved} of {len(files)} tasks")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
