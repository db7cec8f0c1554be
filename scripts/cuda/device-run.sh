#!/usr/bin/env bash
# Builds the GPU test and bench binaries here (no CUDA needed), and runs them on a GPU machine.
#
#   scripts/cuda/device-run.sh build   # here: stub libcuda, release test + bench binaries,
#                                      # ARC-AGI-1 copied beside them, all under .device/
#   scripts/cuda/device-run.sh run     # there, from the repo root with .device/ carried:
#                                      # every test binary, then the bench; logs to $OUT (default .device/out)
#
# On the GPU machine: copy the repository with .device/ (no toolchain needed there), then run it.
# The binaries link to libcuda.so.1 (the stub here, the real driver there). `run` also takes
# BATT_BENCH_SIZES to shorten the bench, and SKIP_BENCH=1 / SKIP_TESTS=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
dev=.device

build() {
    local stub
    stub="$(scripts/cuda/make-stub-libcuda.sh | tail -n 1)"
    export CUDA_LIBRARY_PATH="$stub"
    rm -rf "$dev/bin" "$dev/arc"
    mkdir -p "$dev/bin"
    # Test binaries of the packages that hold GPU code and tests.
    cargo test --release --features cuda -p batt -p batt-runtime -p batt-kernels --no-run \
        --message-format=json-render-diagnostics |
        python3 -c '
import json, shutil, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["profile"]["test"]:
        name = m["target"]["name"]
        if m["target"]["kind"] == ["lib"]:
            name = "unit-" + name
        # The GPU tests and the unit tests of the crates with GPU code; nothing that needs cargo.
        if name.startswith("cuda_") or name in ("unit-batt_runtime", "unit-batt_kernels"):
            shutil.copy(m["executable"], sys.argv[1] + "/test-" + name)
' "$dev/bin"
    cargo bench --features cuda --bench cuda --no-run --message-format=json-render-diagnostics |
        python3 -c '
import json, shutil, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable"):
        shutil.copy(m["executable"], sys.argv[1] + "/bench-cuda")
' "$dev/bin"
    local arc="${BATT_ARC_DIR:-../shared/arc/arc-agi-1}"
    if [ -d "$arc" ]; then
        mkdir -p "$dev/arc"
        cp -r "$arc/training" "$arc/evaluation" "$dev/arc/"
    else
        echo "warning: no ARC-AGI-1 at $arc; the ARC test and bench rows will skip" >&2
    fi
    ls -la "$dev/bin"
    du -sh "$dev"
}

run() {
    local out="${OUT:-$dev/out}"
    mkdir -p "$out"
    export BATT_ARC_DIR="$PWD/$dev/arc" RUST_LOG="${RUST_LOG:-warn}"
    nvidia-smi --query-gpu=index,name,driver_version,memory.total --format=csv | tee "$out/gpu.txt" || true
    local failed=0
    if [ -z "${SKIP_TESTS:-}" ]; then
        for t in "$dev"/bin/test-*; do
            echo "=== $t"
            if ! "$t" --test-threads=4 >"$out/$(basename "$t").log" 2>&1; then
                echo "FAILED: $t"; failed=1
            fi
            grep -E "^test result|skipped|no usable|device [0-9]+:|FAILED|panicked" "$out/$(basename "$t").log" || true
        done
    fi
    if [ -z "${SKIP_BENCH:-}" ]; then
        echo "=== bench"
        BATT_BENCH_OUT="$out/bench.md" "$dev/bin/bench-cuda" --bench 2>"$out/bench.err" || { echo "FAILED: bench"; failed=1; }
        tail -n 5 "$out/bench.err" || true
    fi
    return $failed
}

case "${1:-}" in
    build) build ;;
    run) run ;;
    *) echo "usage: $0 build|run" >&2; exit 2 ;;
esac
