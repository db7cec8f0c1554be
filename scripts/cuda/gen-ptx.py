#!/usr/bin/env python3
"""Regenerates the committed PTX of batt-kernels from its CUDA C sources with NVRTC 12.0.

Usage: scripts/cuda/gen-ptx.py [--check] [--nvrtc PATH]

Every kernels/src/*.cu is compiled (with the headers beside it) with `--gpu-architecture=compute_60` into the .ptx beside
it: NVRTC 12.0 emits `.version 8.0` and `.target sm_60`, which load on drivers from CUDA 12.0
(R525) on and on every GPU from Pascal on. With --check nothing is written: the script fails
when a committed .ptx differs from what its .cu compiles to.

NVRTC comes from `pip install nvidia-cuda-nvrtc-cu12==12.0.140`; the script finds
libnvrtc.so.12 in that package, or takes --nvrtc / $BATT_NVRTC.
"""
import argparse
import ctypes
import glob
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KERNELS = os.path.join(ROOT, "kernels", "src")
OPTIONS = [b"--gpu-architecture=compute_60", b"--std=c++11", b"-default-device"]
WANT_VERSION = "12.0"


def find_nvrtc(explicit):
    if explicit:
        return explicit
    if os.environ.get("BATT_NVRTC"):
        return os.environ["BATT_NVRTC"]
    try:
        import nvidia.cuda_nvrtc  # the pip package's namespace

        for base in nvidia.cuda_nvrtc.__path__:
            for path in glob.glob(os.path.join(base, "lib", "libnvrtc.so.12")):
                return path
    except ImportError:
        pass
    sys.exit("libnvrtc.so.12 not found: pip install nvidia-cuda-nvrtc-cu12==12.0.140, "
             "or pass --nvrtc PATH")


def check(nvrtc, status, what):
    if status != 0:
        nvrtc.nvrtcGetErrorString.restype = ctypes.c_char_p
        sys.exit(f"{what}: {nvrtc.nvrtcGetErrorString(status).decode()}")


def compile_ptx(nvrtc, path):
    with open(path, "rb") as f:
        source = f.read()
    prog = ctypes.c_void_p()
    name = os.path.basename(path).encode()
    # Every header beside the sources, for `#include "search.h"`.
    headers = sorted(glob.glob(os.path.join(KERNELS, "*.h")))
    contents = []
    for h in headers:
        with open(h, "rb") as f:
            contents.append(f.read())
    names = [os.path.basename(h).encode() for h in headers]
    c_contents = (ctypes.c_char_p * len(headers))(*contents)
    c_names = (ctypes.c_char_p * len(headers))(*names)
    check(nvrtc, nvrtc.nvrtcCreateProgram(ctypes.byref(prog), source, name, len(headers),
                                          c_contents, c_names), f"{path}: create")
    opts = (ctypes.c_char_p * len(OPTIONS))(*OPTIONS)
    status = nvrtc.nvrtcCompileProgram(prog, len(OPTIONS), opts)
    log_size = ctypes.c_size_t()
    nvrtc.nvrtcGetProgramLogSize(prog, ctypes.byref(log_size))
    log = ctypes.create_string_buffer(log_size.value)
    nvrtc.nvrtcGetProgramLog(prog, log)
    if log.value.strip():
        print(f"{path}:\n{log.value.decode()}", file=sys.stderr)
    check(nvrtc, status, f"{path}: compile")
    size = ctypes.c_size_t()
    check(nvrtc, nvrtc.nvrtcGetPTXSize(prog, ctypes.byref(size)), f"{path}: ptx size")
    ptx = ctypes.create_string_buffer(size.value)
    check(nvrtc, nvrtc.nvrtcGetPTX(prog, ptx), f"{path}: ptx")
    nvrtc.nvrtcDestroyProgram(ctypes.byref(prog))
    return ptx.value.decode()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail on a stale .ptx, write nothing")
    ap.add_argument("--nvrtc", help="path of libnvrtc.so.12")
    args = ap.parse_args()
    nvrtc = ctypes.CDLL(find_nvrtc(args.nvrtc))
    major, minor = ctypes.c_int(), ctypes.c_int()
    nvrtc.nvrtcVersion(ctypes.byref(major), ctypes.byref(minor))
    version = f"{major.value}.{minor.value}"
    if version != WANT_VERSION:
        sys.exit(f"NVRTC {version} found; the committed PTX is made with NVRTC {WANT_VERSION}")
    stale = []
    for cu in sorted(glob.glob(os.path.join(KERNELS, "*.cu"))):
        ptx_path = cu[:-3] + ".ptx"
        ptx = compile_ptx(nvrtc, cu)
        if args.check:
            try:
                with open(ptx_path) as f:
                    same = f.read() == ptx
            except FileNotFoundError:
                same = False
            if not same:
                stale.append(os.path.relpath(ptx_path, ROOT))
        else:
            with open(ptx_path, "w") as f:
                f.write(ptx)
            print(f"wrote {os.path.relpath(ptx_path, ROOT)}")
    if stale:
        sys.exit("stale PTX (run scripts/cuda/gen-ptx.py): " + ", ".join(stale))
    if args.check:
        print("PTX matches its CUDA sources")


if __name__ == "__main__":
    main()
