// Gravity, shifts, smears, lines and borders (family 5): each output cell reads its own
// input cell and, where the transform needs it, scans its row or column or its neighbours.
#include "search.h"

#define LINES_FAMILY 5

// ops: 0 gravity_down, 1 gravity_up, 2 gravity_left, 3 gravity_right, 4 shift,
// 5 smear_right, 6 smear_left, 7 smear_down, 8 smear_up, 9 smear_h, 10 smear_v, 11 smear_all,
// 12 extend_right, 13 extend_left, 14 extend_down, 15 extend_up, 16 extend_h, 17 extend_v,
// 18 extend_cross, 19 lines_h, 20 lines_v, 21 lines_hv, 22 frame, 23 pad, 24 halo, 25 halo4.

// Direction bits of the smears and extensions, in the order their passes run.
#define LINES_RIGHT 1
#define LINES_LEFT 2
#define LINES_DOWN 4
#define LINES_UP 8

// The direction mask of a smear (ops 5..=11) or an extension (ops 12..=18).
__device__ inline u32 lines_mask(u32 op) {
    switch (op >= 12 ? op - 7 : op) {
    case 5: return LINES_RIGHT;
    case 6: return LINES_LEFT;
    case 7: return LINES_DOWN;
    case 8: return LINES_UP;
    case 9: return LINES_RIGHT | LINES_LEFT;
    case 10: return LINES_DOWN | LINES_UP;
    default: return LINES_RIGHT | LINES_LEFT | LINES_DOWN | LINES_UP;
    }
}

// The output shape of job `j` on an `h` x `w` image with features `f`, or 0 for no image.
__device__ inline u16 lines_out_shape(const Job& j, u32 h, u32 w, const Features& f) {
    if (h == 0 || w == 0) return 0;
    const u32 op = j.op, k = j.arg;
    if (op <= 3 || (op >= 5 && op <= 11)) return batt_shape(h, w);
    if (op == 4) return k <= 3 ? batt_shape(h, w) : 0;
    if (op >= 12 && op <= 18) return k >= 1 && k <= 9 ? batt_shape(h, w) : 0;
    if (op >= 19 && op <= 21) return k >= 1 && k <= 9 && f.count[k] > 0 ? batt_shape(h, w) : 0;
    if (op == 22 || op == 24 || op == 25) return k <= 9 ? batt_shape(h, w) : 0;
    if (op == 23) return k <= 9 ? batt_shape(h + 2, w + 2) : 0;
    return 0;
}

BATT_KERNEL void lines_shape(TransformParams p) {
    for (u32 jk = p.lo + blockIdx.x * blockDim.x + threadIdx.x; jk < p.hi;
         jk += gridDim.x * blockDim.x) {
        const u32 i = batt_job_at(p, jk);
        const Job j = p.jobs[i];
        if (j.family != p.family) continue;
        const u16 s = p.shapes[j.src];
        p.out_shapes[i] = lines_out_shape(j, batt_height(s), batt_width(s), p.feats[j.src]);
    }
}

// The `k`-th (from 0) non-zero cell of the `n` cells `src[at]`, `src[at + step]`, ..., or 0.
__device__ inline u8 lines_nth_nonzero(const u8* src, int at, int step, u32 n, u32 k) {
    for (u32 q = 0; q < n; q++, at += step) {
        const u8 v = src[at];
        if (v == 0) continue;
        if (k == 0) return v;
        k--;
    }
    return 0;
}

// The first non-zero cell of the `n` cells `src[at]`, `src[at - step]`, ..., or 0: the
// colour carried into cell `at` by a pass moving `step` a cell.
__device__ inline u8 lines_carried(const u8* src, int at, int step, u32 n) {
    for (u32 q = 0; q < n; q++, at -= step) {
        if (src[at] != 0) return src[at];
    }
    return 0;
}

// The colour carried into cell `(r, c)` by the pass in direction `dir`.
__device__ inline u8 lines_pass(const u8* src, u32 w, u32 r, u32 c, u32 h, u32 dir) {
    const int at = (int)(r * w + c);
    switch (dir) {
    case LINES_RIGHT: return lines_carried(src, at, 1, c + 1);
    case LINES_LEFT: return lines_carried(src, at, -1, w - c);
    case LINES_DOWN: return lines_carried(src, at, (int)w, r + 1);
    default: return lines_carried(src, at, -(int)w, h - r);
    }
}

// Whether a neighbour of `(r, c)` (8 around when `diag`, else 4) is non-zero.
__device__ inline bool lines_near_nonzero(const u8* src, u32 h, u32 w, u32 r, u32 c, bool diag) {
    for (int dr = -1; dr <= 1; dr++) {
        for (int dc = -1; dc <= 1; dc++) {
            if ((dr == 0 && dc == 0) || (!diag && dr != 0 && dc != 0)) continue;
            const int a = (int)r + dr, b = (int)c + dc;
            if (a < 0 || b < 0 || a >= (int)h || b >= (int)w) continue;
            if (src[a * (int)w + b] != 0) return true;
        }
    }
    return false;
}

// Whether row `r` (`row`) or column `r` (else) holds colour `k`.
__device__ inline bool lines_holds(const u8* src, u32 h, u32 w, u32 r, bool row, u8 k) {
    const u32 n = row ? w : h;
    for (u32 q = 0; q < n; q++) {
        if (src[row ? r * w + q : q * w + r] == k) return true;
    }
    return false;
}

// The output cell `(r, c)` of job `j` on an `h` x `w` image (the output's shape, except
// for `pad`, is the image's).
__device__ inline u8 lines_cell(const Job& j, const u8* src, u32 h, u32 w, u32 r, u32 c) {
    const u32 op = j.op;
    const u8 k = j.arg;
    switch (op) {
    case 0: return lines_nth_nonzero(src, (int)((h - 1) * w + c), -(int)w, h, h - 1 - r);
    case 1: return lines_nth_nonzero(src, (int)c, (int)w, h, r);
    case 2: return lines_nth_nonzero(src, (int)(r * w), 1, w, c);
    case 3: return lines_nth_nonzero(src, (int)(r * w + w - 1), -1, w, w - 1 - c);
    case 4: {
        // Arguments 0..=3: down, up, left, right.
        const int dr = k == 0 ? 1 : k == 1 ? -1 : 0;
        const int dc = k == 2 ? -1 : k == 3 ? 1 : 0;
        const int a = (int)r - dr, b = (int)c - dc;
        return a >= 0 && b >= 0 && a < (int)h && b < (int)w ? src[a * (int)w + b] : 0;
    }
    case 22:
        return r == 0 || c == 0 || r == h - 1 || c == w - 1 ? k : src[r * w + c];
    case 23:
        return r == 0 || c == 0 || r == h + 1 || c == w + 1 ? k : src[(r - 1) * w + c - 1];
    default:
        break;
    }
    const u8 v = src[r * w + c];
    if (v != 0) return v;
    if (op <= 11) {
        // Passes right, left, down, up: each later one writes over the earlier.
        const u32 m = lines_mask(op);
        u8 out = 0;
        for (u32 dir = LINES_RIGHT; dir <= LINES_UP; dir <<= 1) {
            if ((m & dir) == 0) continue;
            const u8 carry = lines_pass(src, w, r, c, h, dir);
            if (carry != 0) out = carry;
        }
        return out;
    }
    if (op <= 18) {
        const u32 m = lines_mask(op);
        for (u32 dir = LINES_RIGHT; dir <= LINES_UP; dir <<= 1) {
            if ((m & dir) != 0 && lines_pass(src, w, r, c, h, dir) == k) return k;
        }
        return 0;
    }
    if (op <= 21) {
        const bool rows = op != 20, cols = op != 19;
        const bool on = (rows && lines_holds(src, h, w, r, true, k)) ||
                        (cols && lines_holds(src, h, w, c, false, k));
        return on ? k : 0;
    }
    return lines_near_nonzero(src, h, w, r, c, op == 24) ? k : 0;
}

// One block a job, its threads striding over the output cells.
BATT_KERNEL void lines_cells(TransformParams p) {
    for (u32 jk = p.lo + blockIdx.x; jk < p.hi; jk += gridDim.x) {
        const u32 i = batt_job_at(p, jk);
        const Job j = p.jobs[i];
        if (j.family != p.family || p.out_shapes[i] == 0) continue;
        const u32 h = batt_height(p.shapes[j.src]), w = batt_width(p.shapes[j.src]);
        const u32 ow = batt_width(p.out_shapes[i]);
        const u32 n = batt_height(p.out_shapes[i]) * ow;
        const u8* src = p.cells + p.starts[j.src];
        u8* out = p.out_cells + p.out_starts[i];
        for (u32 q = threadIdx.x; q < n; q += blockDim.x) {
            out[q] = lines_cell(j, src, h, w, q / ow, q % ow);
        }
    }
}
