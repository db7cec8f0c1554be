// Crops and cut-outs (family 3): boxes of colours, lines kept by a rule, halves, the inside
// of the largest one-colour frame.
#include "search.h"

#define CROP_FAMILY 3

// ops: 0 crop_nonzero, 1 crop_non_major, 2 crop_color, 3 crop_not_color,
// 4 crop_inside_color, 5 compress, 6 drop_zero_lines, 7 dedup_lines, 8 trim, 9 top_half,
// 10 bottom_half, 11 left_half, 12 right_half, 13 crop_frame.
#define CROP_OPS 14

// A box of cells: rows top..=bottom, columns left..=right.
struct CropRect {
    u32 top, left, bottom, right;
};

// The union of the boxes of the colours present other than `except`; false where there is
// no such colour.
__device__ inline bool crop_union_except(const Features& f, u32 except, CropRect* r) {
    bool any = false;
    for (u32 c = 0; c < 10; c++) {
        if (c == except || f.count[c] == 0) continue;
        const u8* b = f.box[c];
        if (!any) {
            r->top = b[0];
            r->left = b[1];
            r->bottom = b[2];
            r->right = b[3];
            any = true;
        } else {
            if (b[0] < r->top) r->top = b[0];
            if (b[1] < r->left) r->left = b[1];
            if (b[2] > r->bottom) r->bottom = b[2];
            if (b[3] > r->right) r->right = b[3];
        }
    }
    return any;
}

// The box that ops 0 to 4 and 8 to 12 cut out of an `h` x `w` image; false where the op
// gives no image.
__device__ inline bool crop_rect(const Job& j, const Features& f, u32 h, u32 w, CropRect* r) {
    const u32 k = j.arg;
    switch (j.op) {
    case 0:
        if (f.nz[0] == BATT_NONE) return false;
        r->top = f.nz[0];
        r->left = f.nz[1];
        r->bottom = f.nz[2];
        r->right = f.nz[3];
        return true;
    case 1:
        return crop_union_except(f, f.major_all, r);
    case 2:
        if (k > 9 || f.count[k] == 0) return false;
        r->top = f.box[k][0];
        r->left = f.box[k][1];
        r->bottom = f.box[k][2];
        r->right = f.box[k][3];
        return true;
    case 3:
        if (k > 9) return false;
        return crop_union_except(f, k, r);
    case 4: {
        if (k > 9 || f.count[k] == 0) return false;
        const u8* b = f.box[k];
        if (b[2] < b[0] + 2u || b[3] < b[1] + 2u) return false;
        r->top = b[0] + 1u;
        r->left = b[1] + 1u;
        r->bottom = b[2] - 1u;
        r->right = b[3] - 1u;
        return true;
    }
    case 8:
        if (h < 3 || w < 3) return false;
        r->top = 1;
        r->left = 1;
        r->bottom = h - 2;
        r->right = w - 2;
        return true;
    case 9:
    case 10:
        if (h < 2) return false;
        r->top = j.op == 9 ? 0 : h - h / 2;
        r->bottom = j.op == 9 ? h / 2 - 1 : h - 1;
        r->left = 0;
        r->right = w - 1;
        return true;
    case 11:
    case 12:
        if (w < 2) return false;
        r->top = 0;
        r->bottom = h - 1;
        r->left = j.op == 11 ? 0 : w - w / 2;
        r->right = j.op == 11 ? w / 2 - 1 : w - 1;
        return true;
    default:
        return false;
    }
}

// Whether row `r` is kept by line op `op` (5 compress: not one colour; 6 drop_zero_lines:
// some cell not 0; 7 dedup_lines: the first row or unlike the row before).
__device__ inline bool crop_row_kept(u32 op, const u8* src, u32 w, u32 r) {
    const u8* row = src + r * w;
    if (op == 5) {
        for (u32 c = 1; c < w; c++)
            if (row[c] != row[0]) return true;
        return false;
    }
    if (op == 6) {
        for (u32 c = 0; c < w; c++)
            if (row[c] != 0) return true;
        return false;
    }
    if (r == 0) return true;
    const u8* above = row - w;
    for (u32 c = 0; c < w; c++)
        if (row[c] != above[c]) return true;
    return false;
}

// Whether column `c` is kept by line op `op`, as crop_row_kept for rows.
__device__ inline bool crop_col_kept(u32 op, const u8* src, u32 h, u32 w, u32 c) {
    if (op == 5) {
        for (u32 r = 1; r < h; r++)
            if (src[r * w + c] != src[c]) return true;
        return false;
    }
    if (op == 6) {
        for (u32 r = 0; r < h; r++)
            if (src[r * w + c] != 0) return true;
        return false;
    }
    if (c == 0) return true;
    for (u32 r = 0; r < h; r++)
        if (src[r * w + c] != src[r * w + c - 1]) return true;
    return false;
}

// The largest frame: a rectangle at least 3 x 3 whose border is one non-zero colour `v`,
// its top-left corner's runs of `v` rightward and downward giving its width and height, its
// bottom row and right column running as far, and a cell of another colour inside. The
// first corner in reading order among those of the largest area. With `fh`/`fw` given (not
// 0), the first such corner of that height and width (the largest frame's, known from the
// output's shape). False where there is none.
__device__ inline bool crop_find_frame(const u8* src, u32 h, u32 w, u32 fh, u32 fw,
                                       CropRect* out) {
    u32 best = 0;
    for (u32 t = 0; t + 2 < h; t++) {
        for (u32 l = 0; l + 2 < w; l++) {
            const u8 v = src[t * w + l];
            if (v == 0) continue;
            u32 rw = 1;
            while (l + rw < w && src[t * w + l + rw] == v) rw++;
            if (rw < 3 || (fw != 0 && rw != fw)) continue;
            u32 rh = 1;
            while (t + rh < h && src[(t + rh) * w + l] == v) rh++;
            if (rh < 3 || (fh != 0 && rh != fh) || best >= rw * rh) continue;
            const u32 b = t + rh - 1, rr = l + rw - 1;
            bool ring = true;
            for (u32 c = l; c <= rr && ring; c++) ring = src[b * w + c] == v;
            for (u32 r = t; r <= b && ring; r++) ring = src[r * w + rr] == v;
            if (!ring) continue;
            bool mixed = false;
            for (u32 r = t + 1; r < b && !mixed; r++)
                for (u32 c = l + 1; c < rr && !mixed; c++) mixed = src[r * w + c] != v;
            if (!mixed) continue;
            best = rw * rh;
            out->top = t;
            out->left = l;
            out->bottom = b;
            out->right = rr;
            if (fh != 0) return true;
        }
    }
    return best != 0;
}

BATT_KERNEL void crop_shape(TransformParams p) {
    for (u32 jk = p.lo + blockIdx.x * blockDim.x + threadIdx.x; jk < p.hi;
         jk += gridDim.x * blockDim.x) {
        const u32 i = batt_job_at(p, jk);
        const Job j = p.jobs[i];
        if (j.family != p.family) continue;
        const u32 h = batt_height(p.shapes[j.src]), w = batt_width(p.shapes[j.src]);
        const u8* src = p.cells + p.starts[j.src];
        u16 shape = 0;
        CropRect r;
        if (j.op >= 5 && j.op <= 7) {
            u32 nh = 0, nw = 0;
            for (u32 y = 0; y < h; y++) nh += crop_row_kept(j.op, src, w, y) ? 1 : 0;
            for (u32 x = 0; x < w; x++) nw += crop_col_kept(j.op, src, h, w, x) ? 1 : 0;
            shape = batt_shape(nh, nw);
        } else if (j.op == 13) {
            if (j.arg <= 1 && crop_find_frame(src, h, w, 0, 0, &r)) {
                const u32 in = j.arg == 0 ? 1 : 0;
                shape = batt_shape(r.bottom - r.top + 1 - 2 * in, r.right - r.left + 1 - 2 * in);
            }
        } else if (crop_rect(j, p.feats[j.src], h, w, &r)) {
            shape = batt_shape(r.bottom - r.top + 1, r.right - r.left + 1);
        }
        p.out_shapes[i] = shape;
    }
}

// One block a job. Boxes: the threads stride over the output cells. Lines kept: over the
// output rows, each finding its input row and the kept columns.
BATT_KERNEL void crop_cells(TransformParams p) {
    for (u32 jk = p.lo + blockIdx.x; jk < p.hi; jk += gridDim.x) {
        const u32 i = batt_job_at(p, jk);
        const Job j = p.jobs[i];
        if (j.family != p.family || p.out_shapes[i] == 0) continue;
        const u32 h = batt_height(p.shapes[j.src]), w = batt_width(p.shapes[j.src]);
        const u32 oh = batt_height(p.out_shapes[i]), ow = batt_width(p.out_shapes[i]);
        const u8* src = p.cells + p.starts[j.src];
        u8* out = p.out_cells + p.out_starts[i];
        if (j.op >= 5 && j.op <= 7) {
            for (u32 orow = threadIdx.x; orow < oh; orow += blockDim.x) {
                u32 y = 0, seen = 0;
                for (; y < h; y++) {
                    if (!crop_row_kept(j.op, src, w, y)) continue;
                    if (seen == orow) break;
                    seen++;
                }
                u8* o = out + orow * ow;
                for (u32 x = 0; x < w; x++)
                    if (crop_col_kept(j.op, src, h, w, x)) *o++ = src[y * w + x];
            }
            continue;
        }
        CropRect r;
        if (j.op == 13) {
            const u32 in = j.arg == 0 ? 1 : 0;
            crop_find_frame(src, h, w, oh + 2 * in, ow + 2 * in, &r);
            r.top += in;
            r.left += in;
        } else {
            crop_rect(j, p.feats[j.src], h, w, &r);
        }
        for (u32 k = threadIdx.x; k < oh * ow; k += blockDim.x) {
            const u32 y = k / ow, x = k % ow;
            out[k] = src[(r.top + y) * w + r.left + x];
        }
    }
}
