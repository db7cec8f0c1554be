#!/usr/bin/env bash
# CI for the GPU backend, on a machine without CUDA (no GPU, no toolkit, no driver).
#
#   1. Regenerates the PTX of kernels/src/*.cu with NVRTC 12.0 (pip-installed) and fails
#      when a committed .ptx differs.
#   2. Builds a stub libcuda.so.1 from the driver functions cust_raw declares (each returns
#      CUDA_ERROR_NO_DEVICE).
#   3. Builds, lints and tests the whole workspace with --features cuda against the stub:
#      the "driver present, no device" case, where every result must come from the fallback.
#
# Environment: CARGO_TARGET_DIR (default target), BATT_NVRTC (a libnvrtc.so.12 to use
# instead of pip-installing one), SKIP_PTX_CHECK=1 (when pip cannot reach its index).
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"

echo "== PTX matches its CUDA sources"
if [ -z "${SKIP_PTX_CHECK:-}" ]; then
    if [ -z "${BATT_NVRTC:-}" ]; then
        nvrtc_dir="$target/nvrtc-12.0"
        if [ ! -d "$nvrtc_dir/nvidia/cuda_nvrtc" ]; then
            python3 -m pip install --quiet --disable-pip-version-check --no-deps \
                --target "$nvrtc_dir" nvidia-cuda-nvrtc-cu12==12.0.140
        fi
        export PYTHONPATH="$nvrtc_dir${PYTHONPATH:+:$PYTHONPATH}"
    fi
    python3 scripts/cuda/gen-ptx.py --check
else
    echo "skipped (SKIP_PTX_CHECK)"
fi

echo "== stub libcuda.so.1"
stub="$(scripts/cuda/make-stub-libcuda.sh "$target/cuda-stub" | tail -n 1)"
export CUDA_LIBRARY_PATH="$stub"
export LD_LIBRARY_PATH="$stub/lib64${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

echo "== build, lint and test with --features cuda against the stub"
cargo build --workspace --all-targets --features cuda
cargo clippy --workspace --all-targets --features cuda -- -D warnings
cargo test --workspace --features cuda
