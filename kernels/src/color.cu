// Colour filters, erasers and colour maps (family 2): each output cell is its input cell
// mapped by a colour map that depends on the op, the argument and the image's colour counts.
#include "search.h"

#define COLOR_FAMILY 2

// ops: 0 keep_color, 1 erase_color, 2 recolor_nonzero, 3 invert, 4 fill_zero,
// 5 recolor_major, 6 recolor_minor, 7 swap_with_major, 8 keep_major, 9 keep_minor,
// 10 erase_major, 11 swap_major_minor, 12 major_color_cell.
#define COLOR_OPS 13

// The most frequent non-zero colour other than `k` (ties: the smallest), BATT_NONE if none.
__device__ inline u32 color_major_except(const Features& f, u32 k) {
    u32 m = BATT_NONE;
    for (u32 c = 1; c < 10; c++) {
        if (c == k || f.count[c] == 0) continue;
        if (m == BATT_NONE || f.count[c] > f.count[m]) m = c;
    }
    return m;
}

// The job's colour map: `to[c]` is what colour `c` becomes. False where the op gives no
// image.
__device__ inline bool color_map(const Job& j, const Features& f, u8* to) {
    const u32 op = j.op, k = j.arg;
    for (u32 c = 0; c < 10; c++) to[c] = (u8)c;
    if (op >= COLOR_OPS) return false;
    if (op <= 7 && k > 9) return false;
    switch (op) {
    case 0:
        for (u32 c = 0; c < 10; c++) to[c] = c == k ? (u8)c : (u8)0;
        return true;
    case 1:
        to[k] = 0;
        return true;
    case 2:
        for (u32 c = 1; c < 10; c++) to[c] = (u8)k;
        return true;
    case 3:
        for (u32 c = 1; c < 10; c++) to[c] = 0;
        to[0] = (u8)k;
        return true;
    case 4:
        to[0] = (u8)k;
        return true;
    case 5:
        if (f.major == BATT_NONE) return false;
        to[f.major] = (u8)k;
        return true;
    case 6:
        if (f.minor == BATT_NONE) return false;
        to[f.minor] = (u8)k;
        return true;
    case 7: {
        const u32 m = color_major_except(f, k);
        if (m == BATT_NONE) return false;
        to[m] = (u8)k;
        to[k] = (u8)m;
        return true;
    }
    case 8:
        if (f.major == BATT_NONE) return false;
        for (u32 c = 0; c < 10; c++) to[c] = c == f.major ? (u8)c : (u8)0;
        return true;
    case 9:
        if (f.minor == BATT_NONE) return false;
        for (u32 c = 0; c < 10; c++) to[c] = c == f.minor ? (u8)c : (u8)0;
        return true;
    case 10:
        if (f.major == BATT_NONE) return false;
        to[f.major] = 0;
        return true;
    case 11:
        if (f.major == BATT_NONE || f.major == f.minor) return false;
        to[f.major] = f.minor;
        to[f.minor] = f.major;
        return true;
    default:
        return true;
    }
}

BATT_KERNEL void color_shape(TransformParams p) {
    for (u32 jk = p.lo + blockIdx.x * blockDim.x + threadIdx.x; jk < p.hi;
         jk += gridDim.x * blockDim.x) {
        const u32 i = batt_job_at(p, jk);
        const Job j = p.jobs[i];
        if (j.family != p.family) continue;
        u8 to[10];
        if (!color_map(j, p.feats[j.src], to)) {
            p.out_shapes[i] = 0;
        } else {
            p.out_shapes[i] = j.op == 12 ? batt_shape(1, 1) : p.shapes[j.src];
        }
    }
}

// One block a job, its threads striding over the output cells.
BATT_KERNEL void color_cells(TransformParams p) {
    for (u32 jk = p.lo + blockIdx.x; jk < p.hi; jk += gridDim.x) {
        const u32 i = batt_job_at(p, jk);
        const Job j = p.jobs[i];
        if (j.family != p.family || p.out_shapes[i] == 0) continue;
        const Features& f = p.feats[j.src];
        u8* out = p.out_cells + p.out_starts[i];
        if (j.op == 12) {
            if (threadIdx.x == 0) out[0] = f.major == BATT_NONE ? (u8)0 : f.major;
            continue;
        }
        u8 to[10];
        color_map(j, f, to);
        const u32 n = batt_height(p.shapes[j.src]) * batt_width(p.shapes[j.src]);
        const u8* src = p.cells + p.starts[j.src];
        for (u32 k = threadIdx.x; k < n; k += blockDim.x) {
            const u8 c = src[k];
            out[k] = c < 10 ? to[c] : c;
        }
    }
}
