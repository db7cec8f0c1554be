// The seven rotations and mirrors (family 1): each output cell reads one input cell.
#include "search.h"

#define RIGID_FAMILY 1

// ops: 0 rot90, 1 rot180, 2 rot270, 3 hmirror, 4 vmirror, 5 dmirror, 6 cmirror.
BATT_KERNEL void rigid_shape(TransformParams p) {
    for (u32 jk = p.lo + blockIdx.x * blockDim.x + threadIdx.x; jk < p.hi;
         jk += gridDim.x * blockDim.x) {
        const u32 i = batt_job_at(p, jk);
        const Job j = p.jobs[i];
        if (j.family != p.family) continue;
        const u16 s = p.shapes[j.src];
        const u32 h = batt_height(s), w = batt_width(s);
        const bool turn = j.op == 0 || j.op == 2 || j.op == 5 || j.op == 6;
        p.out_shapes[i] = j.op <= 6 ? (turn ? batt_shape(w, h) : s) : 0;
    }
}

// One block a job, its threads striding over the output cells.
BATT_KERNEL void rigid_cells(TransformParams p) {
    for (u32 jk = p.lo + blockIdx.x; jk < p.hi; jk += gridDim.x) {
        const u32 i = batt_job_at(p, jk);
        const Job j = p.jobs[i];
        if (j.family != p.family || p.out_shapes[i] == 0) continue;
        const u32 h = batt_height(p.shapes[j.src]), w = batt_width(p.shapes[j.src]);
        const u32 oh = batt_height(p.out_shapes[i]), ow = batt_width(p.out_shapes[i]);
        const u8* src = p.cells + p.starts[j.src];
        u8* out = p.out_cells + p.out_starts[i];
        for (u32 k = threadIdx.x; k < oh * ow; k += blockDim.x) {
            const u32 r = k / ow, c = k % ow;
            u32 a, b;
            switch (j.op) {
            case 0: a = h - 1 - c; b = r; break;
            case 1: a = h - 1 - r; b = w - 1 - c; break;
            case 2: a = c; b = w - 1 - r; break;
            case 3: a = h - 1 - r; b = c; break;
            case 4: a = r; b = w - 1 - c; break;
            case 5: a = c; b = r; break;
            default: a = h - 1 - c; b = w - 1 - r; break;
            }
            out[k] = src[a * w + b];
        }
    }
}
