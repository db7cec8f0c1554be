// Symmetry completion, hole fills, majority fills, counts drawn as images, and the joining of
// same-colour cells along lines (family 6).
#include "search.h"

// ops: 0 symmetry_h, 1 symmetry_v, 2 symmetry_hv, 3 symmetry_rot180, 4 symmetry_diag,
// 5 symmetry_rot90, 6 symmetry_all, 7 fill_holes, 8 holes, 9 fill_holes_major,
// 10 fill_zero_major, 11 count_cells, 12 count_colors, 13 count_color, 14 connect_h,
// 15 connect_v, 16 connect_hv, 17 connect_h_color, 18 connect_v_color, 19 connect_hv_color,
// 20 periodic_fill, 21 period_crop.

// The largest image periodic_fill handles on the GPU (its tile has at most half the cells);
// larger ones are left to the CPU.
#define FILLS_MAX_CELLS 1024

// The class of cell (r, c) in the lattice spanned by (py, shift) and (0, px).
__device__ inline u32 fills_class(u32 r, u32 c, u32 py, u32 px, u32 shift) {
    const u32 k = r / py;
    const u32 col = (c + px - (k * shift) % px) % px;
    return (r % py) * px + col;
}

// Whether the cells not of colour `unknown` agree with those `dr` rows below and `dc`
// columns to the right.
__device__ inline bool fills_agrees(const u8* src, u32 h, u32 w, u32 unknown, u32 dr, u32 dc) {
    if (dr >= h || (dr == 0 && dc >= w)) return true;
    for (u32 r = 0; r + dr < h; r++)
        for (u32 c = 0; c + dc < w; c++) {
            const u32 x = src[r * w + c], y = src[(r + dr) * w + c + dc];
            if (x != unknown && y != unknown && x != y) return false;
        }
    return true;
}

// Fills `tile` from the known cells for the lattice (py, px, shift); false where two known
// cells of one class differ or an unknown cell's class has no known cell.
__device__ inline bool fills_learn(const u8* src, u32 h, u32 w, u32 unknown, u32 py, u32 px,
                                   u32 shift, u8* tile) {
    for (u32 k = 0; k < py * px; k++) tile[k] = 255;
    for (u32 r = 0; r < h; r++)
        for (u32 c = 0; c < w; c++) {
            const u32 v = src[r * w + c];
            if (v == unknown) continue;
            u8* t = &tile[fills_class(r, c, py, px, shift)];
            if (*t == 255) *t = (u8)v;
            else if (*t != v) return false;
        }
    for (u32 r = 0; r < h; r++)
        for (u32 c = 0; c < w; c++)
            if (src[r * w + c] == unknown && tile[fills_class(r, c, py, px, shift)] == 255)
                return false;
    return true;
}

// The smallest lattice (fewest tile cells, then fewest rows, then smallest shift) under
// which the known cells agree and every unknown cell has a known one in its class, its tile
// in `tile`: true where there is one.
__device__ inline bool fills_lattice(const u8* src, u32 h, u32 w, u32 unknown, u32 known,
                                     u32* opy, u32* opx, u32* oshift, u8* tile) {
    u32 limit = h * w / 2;
    if (known < limit) limit = known;
    u8 columns_ok[256];
    for (u32 k = 0; k <= w; k++) columns_ok[k] = 0;
    for (u32 area = 1; area <= limit; area++) {
        for (u32 py = 1; py <= h && py <= area; py++) {
            if (area % py != 0) continue;
            const u32 px = area / py;
            if (px > w) continue;
            if (columns_ok[px] == 0) columns_ok[px] = fills_agrees(src, h, w, unknown, 0, px) ? 1 : 2;
            if (columns_ok[px] == 2) continue;
            const u32 shifts = py < h ? px : 1;
            for (u32 shift = 0; shift < shifts; shift++) {
                if (!fills_agrees(src, h, w, unknown, py, shift)) continue;
                if (fills_learn(src, h, w, unknown, py, px, shift, tile)) {
                    *opy = py;
                    *opx = px;
                    *oshift = shift;
                    return true;
                }
            }
        }
    }
    return false;
}

// The smallest top-left block (fewest cells, then fewest rows) whose tiling is the image:
// false where only the image itself is.
__device__ inline bool fills_period(const u8* src, u32 h, u32 w, u32* opy, u32* opx) {
    u32 best = 0;
    for (u32 py = 1; py <= h; py++) {
        bool rows = true;
        for (u32 r = py; r < h && rows; r++)
            for (u32 c = 0; c < w && rows; c++) rows = src[r * w + c] == src[(r - py) * w + c];
        if (!rows) continue;
        for (u32 px = 1; px <= w; px++) {
            const u32 area = py * px;
            if (area >= h * w || (best != 0 && best <= area)) break;
            bool cols = true;
            for (u32 r = 0; r < h && cols; r++)
                for (u32 c = px; c < w && cols; c++) cols = src[r * w + c] == src[r * w + c - px];
            if (cols) {
                best = area;
                *opy = py;
                *opx = px;
                break;
            }
        }
    }
    return best != 0;
}

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
    if (j.op == 21) return 0;
    if (j.op == 7 || j.op == 8 || j.op == 13 || (j.op <= 6) || (j.op >= 17))
        return j.arg <= 9 ? j.arg : BATT_NONE;
    if (j.op >= 14) return 0;
    return f.major;
}

BATT_KERNEL void fills_shape(TransformParams p) {
    for (u32 jk = p.lo + blockIdx.x * blockDim.x + threadIdx.x; jk < p.hi;
         jk += gridDim.x * blockDim.x) {
        const u32 i = batt_job_at(p, jk);
        const Job j = p.jobs[i];
        if (j.family != p.family) continue;
        const u16 s = p.shapes[j.src];
        const u32 h = batt_height(s), w = batt_width(s);
        const Features& f = p.feats[j.src];
        const u32 k = fills_color(j, f);
        u16 out = 0;
        if (j.op == 20) {
            const u8* src = p.cells + p.starts[j.src];
            if (k == BATT_NONE || f.count[k] == 0) {
                out = 0;
            } else if (h * w > FILLS_MAX_CELLS) {
                out = BATT_DECLINE;
            } else {
                u8 tile[FILLS_MAX_CELLS / 2];
                u32 py, px, shift;
                out = fills_lattice(src, h, w, k, h * w - f.count[k], &py, &px, &shift, tile)
                          ? s
                          : 0;
            }
        } else if (j.op == 21) {
            u32 py, px;
            out = fills_period(p.cells + p.starts[j.src], h, w, &py, &px) ? batt_shape(py, px)
                                                                           : 0;
        } else if (j.op <= 6) {
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
    for (u32 jk = p.lo + blockIdx.x; jk < p.hi; jk += gridDim.x) {
        const u32 i = batt_job_at(p, jk);
        const Job j = p.jobs[i];
        if (j.family != p.family || p.out_shapes[i] == 0) continue;
        const u32 h = batt_height(p.shapes[j.src]), w = batt_width(p.shapes[j.src]);
        const u32 oh = batt_height(p.out_shapes[i]), ow = batt_width(p.out_shapes[i]);
        const u8* src = p.cells + p.starts[j.src];
        u8* out = p.out_cells + p.out_starts[i];
        const u32 k = fills_color(j, p.feats[j.src]);
        if (j.op == 20 || j.op == 21) {
            // The lattice search, on the block's first thread, which writes every cell.
            if (threadIdx.x != 0) continue;
            u32 py = 1, px = 1, shift = 0;
            if (j.op == 21) {
                fills_period(src, h, w, &py, &px);
                for (u32 r = 0; r < py; r++)
                    for (u32 c = 0; c < px; c++) out[r * px + c] = src[r * w + c];
                continue;
            }
            u8 tile[FILLS_MAX_CELLS / 2];
            if (!fills_lattice(src, h, w, k, h * w - p.feats[j.src].count[k], &py, &px, &shift,
                               tile))
                continue;
            for (u32 r = 0; r < h; r++)
                for (u32 c = 0; c < w; c++) {
                    const u32 v = src[r * w + c];
                    out[r * w + c] = v == k ? tile[fills_class(r, c, py, px, shift)] : (u8)v;
                }
            continue;
        }
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
