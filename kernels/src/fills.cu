// Symmetry completion, hole fills, majority fills, counts drawn as images, and the joining of
// same-colour cells along lines (family 6).
#include "search.h"

// ops: 0 symmetry_h, 1 symmetry_v, 2 symmetry_hv, 3 symmetry_rot180, 4 symmetry_diag,
// 5 symmetry_rot90, 6 symmetry_all, 7 fill_holes, 8 holes, 9 fill_holes_major,
// 10 fill_zero_major, 11 count_cells, 12 count_colors, 13 count_color, 14 connect_h,
// 15 connect_v, 16 connect_hv, 17 connect_h_color, 18 connect_v_color, 19 connect_hv_color.

// The colour that joining along a row (`down` false) or a column fills cell (r, c) with,
// or BATT_NONE: the nearest non-zero cells on both sides hold the same colour.
__device__ inline u32 fills_join(const u8* src, u32 h, u32 w, u32 r, u32 c, bool down) {
    if (src[r * w + c] != 0) return BATT_NONE;
    u32 a = BATT_NONE, b = BATT_NONE;
    if (!down) {
        for (int j = (int)c - 1; j >= 0; j--)
            if (src[r * w + j] != 0) { a = src[r * w + j]; break; }
        for (u32 j = c + 1; j < w; j++)
            if (src[r * w + j] != 0) { b = src[r * w + j]; break; }
    } else {
        for (int i = (int)r - 1; i >= 0; i--)
            if (src[i * w + c] != 0) { a = src[i * w + c]; break; }
        for (u32 i = r + 1; i < h; i++)
            if (src[i * w + c] != 0) { b = src[i * w + c]; break; }
    }
    return (a != BATT_NONE && a == b) ? a : BATT_NONE;
}

// Whether joining along rows (`down` false) or columns fills any cell.
__device__ inline bool fills_any_join(const u8* src, u32 h, u32 w, bool down) {
    const u32 lines = down ? w : h, n = down ? h : w;
    for (u32 i = 0; i < lines; i++) {
        u32 last = BATT_NONE, at = 0;
        for (u32 j = 0; j < n; j++) {
            const u32 v = down ? src[j * w + i] : src[i * w + j];
            if (v == 0) continue;
            if (last == v && j > at + 1) return true;
            last = v;
            at = j;
        }
    }
    return false;
}

// The colour symmetry op `op` completes cell (r, c) with: the first of its images under the
// op's group, in the order of the search's transform, whose colour is not `hole`.
__device__ inline u32 fills_symmetry(const u8* src, u32 h, u32 w, u32 r, u32 c, u32 op, u32 hole) {
    const u32 v = src[r * w + c];
    if (v != hole) return v;
    const u32 mr = h - 1 - r, mc = w - 1 - c;
    u32 rr[7], cc[7];
    u32 n = 0;
    switch (op) {
    case 0: rr[0] = mr; cc[0] = c; n = 1; break;
    case 1: rr[0] = r; cc[0] = mc; n = 1; break;
    case 2: rr[0] = mr; cc[0] = c; rr[1] = r; cc[1] = mc; rr[2] = mr; cc[2] = mc; n = 3; break;
    case 3: rr[0] = mr; cc[0] = mc; n = 1; break;
    case 4: rr[0] = c; cc[0] = r; n = 1; break;
    case 5: rr[0] = c; cc[0] = mr; rr[1] = mr; cc[1] = mc; rr[2] = mc; cc[2] = r; n = 3; break;
    default:
        rr[0] = mr; cc[0] = c; rr[1] = r; cc[1] = mc; rr[2] = mr; cc[2] = mc;
        rr[3] = c; cc[3] = r; rr[4] = c; cc[4] = mr; rr[5] = mc; cc[5] = r;
        rr[6] = mc; cc[6] = mr; n = 7; break;
    }
    for (u32 k = 0; k < n; k++) {
        const u32 u = src[rr[k] * w + cc[k]];
        if (u != hole) return u;
    }
    return v;
}

// The colour of the count ops (11, 12) and the fills by majority (9, 10): the most frequent
// non-zero colour; the hole colour of ops 7, 8; the counted colour of op 13.
__device__ inline u32 fills_color(const Job& j, const Features& f) {
    if (j.op == 7 || j.op == 8 || j.op == 13 || (j.op <= 6) || (j.op >= 17))
        return j.arg <= 9 ? j.arg : BATT_NONE;
    if (j.op >= 14) return 0;
    return f.major;
}

BATT_KERNEL void fills_shape(TransformParams p) {
    for (u32 i = blockIdx.x * blockDim.x + threadIdx.x; i < p.n_jobs;
         i += gridDim.x * blockDim.x) {
        const Job j = p.jobs[i];
        if (j.family != p.family) continue;
        const u16 s = p.shapes[j.src];
        const u32 h = batt_height(s), w = batt_width(s);
        const Features& f = p.feats[j.src];
        const u32 k = fills_color(j, f);
        u16 out = 0;
        if (j.op <= 6) {
            const bool square = j.op == 4 || j.op == 5 || j.op == 6;
            out = (k != BATT_NONE && (!square || h == w)) ? s : 0;
        } else if (j.op <= 10) {
            out = k != BATT_NONE ? s : 0;
        } else if (j.op <= 13) {
            u32 n = 0, kind = j.arg;
            if (j.op == 11) n = h * w - f.count[0];
            if (j.op == 12) n = f.colors;
            if (j.op == 13) {
                kind = 0;
                n = k != BATT_NONE ? f.count[k] : 0;
            }
            if (k == BATT_NONE) out = 0;
            else if (kind == 0) out = batt_shape(1, n);
            else if (kind == 1) out = batt_shape(n, 1);
            else if (kind == 2) out = batt_shape(n, n);
        } else if (j.op <= 16) {
            out = s;
        } else {
            const u8* src = p.cells + p.starts[j.src];
            bool any = false;
            // Filling with 0 changes nothing: no image, as where no cell is filled.
            if (k != BATT_NONE && k != 0) {
                if (j.op == 17 || j.op == 19) any = any || fills_any_join(src, h, w, false);
                if (j.op == 18 || j.op == 19) any = any || fills_any_join(src, h, w, true);
            }
            out = any ? s : 0;
        }
        p.out_shapes[i] = out;
    }
}

// Marks in `out` (a copy of the image) the zero cells a 4-connected path of zero cells joins
// to the border, as 10; sweeps until nothing changes.
__device__ inline void fills_mark_outside(u8* out, u32 h, u32 w) {
    for (u32 r = 0; r < h; r++)
        for (u32 c = 0; c < w; c++)
            if ((r == 0 || c == 0 || r == h - 1 || c == w - 1) && out[r * w + c] == 0)
                out[r * w + c] = 10;
    bool changed = true;
    while (changed) {
        changed = false;
        for (u32 k = 0; k < h * w; k++) {
            if (out[k] != 0) continue;
            const u32 r = k / w, c = k % w;
            if ((r > 0 && out[k - w] == 10) || (c > 0 && out[k - 1] == 10) ||
                (r + 1 < h && out[k + w] == 10) || (c + 1 < w && out[k + 1] == 10)) {
                out[k] = 10;
                changed = true;
            }
        }
        for (int k = (int)(h * w) - 1; k >= 0; k--) {
            if (out[k] != 0) continue;
            const u32 r = k / w, c = k % w;
            if ((r > 0 && out[k - w] == 10) || (c > 0 && out[k - 1] == 10) ||
                (r + 1 < h && out[k + w] == 10) || (c + 1 < w && out[k + 1] == 10)) {
                out[k] = 10;
                changed = true;
            }
        }
    }
}

// One block a job; the hole fills run on the block's first thread alone (a flood needs
// the whole image), the others a thread a cell.
BATT_KERNEL void fills_cells(TransformParams p) {
    for (u32 i = blockIdx.x; i < p.n_jobs; i += gridDim.x) {
        const Job j = p.jobs[i];
        if (j.family != p.family || p.out_shapes[i] == 0) continue;
        const u32 h = batt_height(p.shapes[j.src]), w = batt_width(p.shapes[j.src]);
        const u32 oh = batt_height(p.out_shapes[i]), ow = batt_width(p.out_shapes[i]);
        const u8* src = p.cells + p.starts[j.src];
        u8* out = p.out_cells + p.out_starts[i];
        const u32 k = fills_color(j, p.feats[j.src]);
        if (j.op == 7 || j.op == 8 || j.op == 9) {
            if (threadIdx.x != 0) continue;
            for (u32 x = 0; x < h * w; x++) out[x] = src[x];
            fills_mark_outside(out, h, w);
            for (u32 x = 0; x < h * w; x++) {
                const u32 v = out[x];
                if (v == 10) out[x] = 0;
                else if (v == 0) out[x] = (u8)k;
                else out[x] = j.op == 8 ? 0 : (u8)v;
            }
            continue;
        }
        for (u32 x = threadIdx.x; x < oh * ow; x += blockDim.x) {
            const u32 r = x / ow, c = x % ow;
            u32 v;
            if (j.op <= 6) {
                v = fills_symmetry(src, h, w, r, c, j.op, k);
            } else if (j.op == 10) {
                v = src[x] == 0 ? k : src[x];
            } else if (j.op <= 13) {
                v = k;
            } else {
                v = src[x];
                const u32 m = j.op >= 17 ? j.op - 3 : j.op;  // 14 rows, 15 columns, 16 both
                if (m == 14 || m == 16) {
                    const u32 f = fills_join(src, h, w, r, c, false);
                    if (f != BATT_NONE) v = j.op >= 17 ? k : f;
                }
                if (m == 15 || m == 16) {
                    const u32 f = fills_join(src, h, w, r, c, true);
                    if (f != BATT_NONE) v = j.op >= 17 ? k : f;
                }
            }
            out[x] = (u8)v;
        }
    }
}
