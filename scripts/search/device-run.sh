#!/usr/bin/env bash
# Measures the program search on a many-core machine (no Rust toolchain needed there).
#
#   scripts/search/device-run.sh build   # here: the release `search_dir` binary and the task
#                                        # folders, under .device/search/
#   scripts/search/device-run.sh run     # there, from the repo root with .device/ carried:
#                                        # every measurement, logs to $OUT (default .device/out)
#
# `build` copies ARC-AGI-1 (BATT_ARC_DIR, else ../shared/arc/arc-agi-1) and, where
# ARC_AGI_2_DIR names a checkout of ARC-AGI-2, its evaluation tasks and those of its training
# tasks that are not ARC-AGI-1 tasks. `run` takes ONLY="name ..." to run some steps.
set -euo pipefail
cd "$(dirname "$0")/../.."
dev=.device/search

build() {
    rm -rf "$dev"
    mkdir -p "$dev/bin" "$dev/tasks"
    cargo build --release -p batt-search --example search_dir
    cp target/release/examples/search_dir "$dev/bin/"
    local arc="${BATT_ARC_DIR:-../shared/arc/arc-agi-1}"
    cp -r "$arc/training" "$dev/tasks/arc1-training"
    cp -r "$arc/evaluation" "$dev/tasks/arc1-evaluation"
    if [ -n "${ARC_AGI_2_DIR:-}" ]; then
        cp -r "$ARC_AGI_2_DIR/data/evaluation" "$dev/tasks/arc2-evaluation"
        mkdir -p "$dev/tasks/arc2-training-new"
        for f in "$ARC_AGI_2_DIR"/data/training/*.json; do
            local name
            name="$(basename "$f")"
            if [ ! -e "$arc/training/$name" ] && [ ! -e "$arc/evaluation/$name" ]; then
                cp "$f" "$dev/tasks/arc2-training-new/"
            fi
        done
    fi
    du -sh "$dev"
}

step() {
    local name="$1"
    shift
    if [ -n "${ONLY:-}" ] && [[ " $ONLY " != *" $name "* ]]; then
        return
    fi
    echo "== $name: $*" | tee -a "$out/summary.txt"
    local start end
    start=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -v "$@" >"$out/$name.log" 2>"$out/$name.time" || echo "exit $?" >>"$out/summary.txt"
    else
        "$@" >"$out/$name.log" 2>"$out/$name.time" || echo "exit $?" >>"$out/summary.txt"
    fi
    end=$(date +%s.%N)
    grep -E "^(solved [0-9]+ of|states )" "$out/$name.log" | tee -a "$out/summary.txt"
    grep -E "Elapsed|Maximum resident|Percent of CPU" "$out/$name.time" | tee -a "$out/summary.txt" || true
    awk -v a="$start" -v b="$end" 'BEGIN { printf "wall %.2f s\n", b - a }' | tee -a "$out/summary.txt"
}

run() {
    out="${OUT:-.device/out}"
    mkdir -p "$out"
    local bin="$dev/bin/search_dir" t="$dev/tasks"
    { nproc; lscpu | grep -E "Model name|^CPU\(s\)"; } | tee "$out/machine.txt"
    step eval-default "$bin" "$t/arc1-evaluation"
    step train-default "$bin" "$t/arc1-training"
    step eval-raised "$bin" "$t/arc1-evaluation" raised
    step train-raised "$bin" "$t/arc1-training" raised
    if [ -d "$t/arc2-evaluation" ]; then
        step arc2-eval-default "$bin" "$t/arc2-evaluation"
        step arc2-eval-raised "$bin" "$t/arc2-evaluation" raised
        step arc2-new-training-default "$bin" "$t/arc2-training-new"
    fi
    # Threads: the 400 evaluation tasks, and one task alone at the raised budget.
    for n in 1 4 16; do
        step "threads-$n-eval-default" env RAYON_NUM_THREADS=$n "$bin" "$t/arc1-evaluation"
    done
    mkdir -p "$out/one"
    cp "$t/arc1-training/3c9b0459.json" "$out/one/"
    for n in 1 2 4 8 16; do
        step "threads-$n-one-task-raised" env RAYON_NUM_THREADS=$n "$bin" "$out/one" raised
    done
}

case "${1:-}" in
build) build ;;
run) run ;;
*)
    echo "usage: $0 build|run" >&2
    exit 2
    ;;
esac
