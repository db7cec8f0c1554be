// Palette masks of many ARC grids at once.
//
// Layout (built by batt-runtime's cuda backend):
//   chunks  colours packed 4 bits a cell, 32 cells a 16-byte chunk (uint4): cell k of a grid
//           is nibble k % 8 (low nibble first) of 32-bit word (k / 8) % 4 of the grid's
//           chunk k / 32. Every grid starts on a chunk; the nibbles after its last cell repeat
//           that cell, so they never change a palette.
//   starts  n_grids + 1 chunk offsets: grid g owns chunks[starts[g] .. starts[g+1]).
//   index   optional (may be null): the grids to do, in the order their masks are wanted.
//           When null, item i is grid i.
//   masks   one 10-bit palette per item: bit c is set when colour c occurs in the grid.
//
// A warp takes 32 items at a time: each lane loads one item's bounds (one coalesced load),
// then the warp reads the items' chunks two grids at a time (a lane one 16-byte load per
// grid for grids up to 512 cells), ORs what it saw across its lanes with shuffles, and the
// 32 masks leave in one coalesced store.
//
// Per 32-bit word, colours 0-7 are found with two byte permutes (prmt) over a table of
// one-hot bytes, and colours 8 and 9 (nibbles with bit 3 set) from bits 3 and 0 of each
// nibble: about 8 integer operations a word.
//
// Only sm_30-era instructions are used (shfl.sync needs PTX ISA 6.0); the PTX is generated
// for compute_60 and loads on any driver that knows PTX ISA 8.0 (CUDA 12.0, R525) or newer.

typedef unsigned int u32;
typedef unsigned short u16;

// What a lane has seen: colours 0-7 as one-hot bytes ORed together, and words whose
// nibbles hold an 8 or a 9 (bit 3 of a nibble set, with bit 0 clear or set).
struct Seen {
    u32 low;
    u32 eight;
    u32 nine;
};

__device__ __forceinline__ u32 prmt(u32 a, u32 b, u32 sel) {
    u32 d;
    // Generic form: a selector nibble 0-7 copies that byte of {b, a}; with bit 3 set
    // (colours 8, 9) it replicates the selected byte's sign bit, which is 0 for bytes 0, 1.
    asm("prmt.b32 %0, %1, %2, %3;" : "=r"(d) : "r"(a), "r"(b), "r"(sel));
    return d;
}

__device__ __forceinline__ void see(Seen& s, u32 w) {
    const u32 ONE_HOT_0_3 = 0x08040201u;  // bytes 0..3: 1 << colour
    const u32 ONE_HOT_4_7 = 0x80402010u;  // bytes 4..7: 1 << colour
    s.low |= prmt(ONE_HOT_0_3, ONE_HOT_4_7, w) | prmt(ONE_HOT_0_3, ONE_HOT_4_7, w >> 16);
    const u32 high = w & 0x88888888u;  // bit 3 of each nibble: an 8 or a 9
    const u32 bit0 = w << 3;           // bit 0 of each nibble, moved under bit 3
    s.nine |= high & bit0;
    s.eight |= high & ~bit0;
}

__device__ __forceinline__ void see4(Seen& s, uint4 v) {
    see(s, v.x);
    see(s, v.y);
    see(s, v.z);
    see(s, v.w);
}

// The warp's OR of what its lanes saw, as a 10-bit mask (in every lane).
__device__ __forceinline__ u32 warp_mask(const Seen& s) {
    u32 low = s.low;
    low |= low >> 16;
    low |= low >> 8;
    u32 m = (low & 0xffu) | (s.eight ? 0x100u : 0u) | (s.nine ? 0x200u : 0u);
#pragma unroll
    for (int d = 16; d > 0; d >>= 1) {
        m |= __shfl_xor_sync(0xffffffffu, m, d);
    }
    return m;
}

extern "C" __global__ void palette_masks_u4(const uint4* __restrict__ chunks,
                                             const u32* __restrict__ starts,
                                             const u32* __restrict__ index,
                                             u32 n_items,
                                             u16* __restrict__ masks) {
    const u32 lane = threadIdx.x & 31u;
    const u32 warp = (blockIdx.x * blockDim.x + threadIdx.x) >> 5;
    const u32 n_warps = (gridDim.x * blockDim.x) >> 5;
    for (u32 base = warp * 32u; base < n_items; base += n_warps * 32u) {
        const u32 item = base + lane;
        u32 lo = 0, hi = 0;
        if (item < n_items) {
            const u32 g = index ? __ldg(index + item) : item;
            lo = __ldg(starts + g);
            hi = __ldg(starts + g + 1);
        }
        const u32 count = min(32u, n_items - base);
        u32 mine = 0;
        for (u32 j = 0; j < count; j += 2) {
            const u32 lo0 = __shfl_sync(0xffffffffu, lo, j);
            const u32 n0 = __shfl_sync(0xffffffffu, hi, j) - lo0;
            // j + 1 may be past `count` (odd count): its bounds are then 0..0, no chunks.
            const u32 lo1 = __shfl_sync(0xffffffffu, lo, (j + 1) & 31u);
            const u32 n1 = j + 1 < count ? __shfl_sync(0xffffffffu, hi, (j + 1) & 31u) - lo1 : 0u;
            Seen s0 = {0, 0, 0}, s1 = {0, 0, 0};
            const u32 n = max(n0, n1);
            for (u32 k = lane; k < n; k += 32u) {
                // Both grids' loads are issued before either is used.
                uint4 v0 = make_uint4(0, 0, 0, 0), v1 = make_uint4(0, 0, 0, 0);
                if (k < n0) v0 = __ldg(chunks + lo0 + k);
                if (k < n1) v1 = __ldg(chunks + lo1 + k);
                if (k < n0) see4(s0, v0);
                if (k < n1) see4(s1, v1);
            }
            const u32 m0 = warp_mask(s0);
            const u32 m1 = warp_mask(s1);
            if (lane == j) mine = m0;
            if (lane == j + 1) mine = m1;
        }
        if (item < n_items) {
            masks[item] = (u16)mine;
        }
    }
}
