// Plain C++ for the CUDA built-ins the search's kernels use, so that the same sources run
// on the CPU (the `emulate` feature of batt-kernels; emulate.cpp). One launch runs its
// threads one after another: kernels that never wait for one another (search.h says so)
// give the results they give on a GPU.
#ifndef BATT_EMULATE_H
#define BATT_EMULATE_H

#define __global__
#define BATT_KERNEL
#define __device__
#define __forceinline__ inline
#define __restrict__ __restrict

struct batt_dim3 {
    unsigned x, y, z;
};

extern thread_local batt_dim3 threadIdx;
extern thread_local batt_dim3 blockIdx;
extern thread_local batt_dim3 blockDim;
extern thread_local batt_dim3 gridDim;

// Threads run one at a time: atomics are plain reads and writes.
inline unsigned long long atomicCAS(unsigned long long* a, unsigned long long cmp,
                                    unsigned long long val) {
    unsigned long long old = *a;
    if (old == cmp) *a = val;
    return old;
}
inline unsigned atomicMin(unsigned* a, unsigned v) {
    unsigned old = *a;
    if (v < old) *a = v;
    return old;
}
inline unsigned atomicAdd(unsigned* a, unsigned v) {
    unsigned old = *a;
    *a = old + v;
    return old;
}

#endif
