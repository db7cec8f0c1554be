#!/usr/bin/env bash
# The search on a GPU machine (no Rust toolchain or CUDA toolkit needed there).
#
#   scripts/search/gpu-run.sh build   # here: stub libcuda, the release GPU test binaries and
#                                     # the search_gpu example, ARC-AGI-1 beside them, under
#                                     # .device/gpu/
#   scripts/search/gpu-run.sh run     # there, from the repo root with .device/ carried:
#                                     # tests, then the measurements; logs to $OUT
#
# `run` takes ONLY="step ..." to run some steps (tests-cuda, tests-device, kernels,
# eval-both, eval-raised-gpu, eval-raised-cpu, crossover-4, crossover-16, crossover-64) and STEP_SECONDS (default 280) as each step's limit.
set -euo pipefail
cd "$(dirname "$0")/../.."
dev=.device/gpu

build() {
    local stub
    stub="$(scripts/cuda/make-stub-libcuda.sh | tail -n 1)"
    export CUDA_LIBRARY_PATH="$stub"
    rm -rf "$dev"
    mkdir -p "$dev/bin"
    cargo test --release -p batt-search --features cuda --no-run \
        --message-format=json-render-diagnostics |
        python3 -c '
import json, shutil, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["profile"]["test"]:
        name = m["target"]["name"]
        if name in ("cuda_search", "device"):
            shutil.copy(m["executable"], sys.argv[1] + "/test-" + name)
' "$dev/bin"
    cargo build --release -p batt-search --features cuda --example search_gpu
    cp target/release/examples/search_gpu "$dev/bin/"
    local arc="${BATT_ARC_DIR:-../shared/arc/arc-agi-1}"
    mkdir -p "$dev/arc"
    cp -r "$arc/training" "$arc/evaluation" "$dev/arc/"
    ls -la "$dev/bin"
    du -sh "$dev"
}

step() {
    local name="$1"
    shift
    if [ -n "${ONLY:-}" ] && [[ " $ONLY " != *" $name "* ]]; then
        return
    fi
    echo "== $name: $*" | tee -a "$out/summary.txt"
    local rc=0
    timeout "${STEP_SECONDS:-280}" "$@" >"$out/$name.log" 2>&1 || rc=$?
    [ $rc -eq 0 ] || echo "exit $rc" | tee -a "$out/summary.txt"
    grep -E "^(cpu|gpu|device|same|DIFFERENT|end to end|devices|test result|FAILED|[0-9]+ tasks|\| )|panicked" \
        "$out/$name.log" | tee -a "$out/summary.txt" || true
}

run() {
    out="${OUT:-.device/out}"
    mkdir -p "$out"
    export BATT_ARC_DIR="$PWD/$dev/arc" RUST_LOG="${RUST_LOG:-warn}"
    local bin="$dev/bin/search_gpu" eval="$dev/arc/evaluation"
    { nvidia-smi --query-gpu=index,name,driver_version,memory.total --format=csv; nproc; } |
        tee "$out/machine.txt" || true
    step tests-cuda "$dev/bin/test-cuda_search" --include-ignored --test-threads=1
    step tests-device "$dev/bin/test-device"
    step kernels "$bin" "$dev/arc/training" --kernel-bench
    step eval-both "$bin" "$eval" --engine both
    step eval-raised-gpu "$bin" "$eval" --raised --submission "$out/submission.json"
    step eval-raised-cpu "$bin" "$eval" --raised --engine cpu
    # The crossover: the first N evaluation tasks on each engine.
    for n in 4 16 64; do
        mkdir -p "/tmp/first-$n"
        for f in $(ls "$eval" | head -n "$n"); do cp "$eval/$f" "/tmp/first-$n/"; done
        step "crossover-$n" "$bin" "/tmp/first-$n" --engine both
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
