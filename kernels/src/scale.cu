// Scaling, tiling, canvases and mirrors (family 4): each output cell reads at most one input
// cell, except `downscale_to_target`, whose cells each count the colours of one block.
#include "search.h"

#define SCALE_FAMILY 4

// ops: 0 upscale, 1 downscale, 2 upscale_to_target, 3 upscale_by_colors, 4 tile,
// 5 tile_to_target, 6 mirror_tile_to_target, 7 embed_to_target, 8 center_to_target,
// 9 canvas_target, 10 major_canvas_target, 11 major_canvas, 12 mirror_right, 13 mirror_down,
// 14 mirror_four, 15 self_kron, 16 self_kron_inverse, 17 downscale_to_target.

// The output shape of job `j` on an `h` x `w` image with features `f`, or 0 for no image.
__device__ inline u16 scale_out_shape(const Job& j, u32 h, u32 w, const Features& f) {
    const u32 th = j.th, tw = j.tw;
    const bool target = th != 0 && tw != 0;
    if (h == 0 || w == 0) return 0;
    switch (j.op) {
    case 0:
    case 4: {
        const u32 n = (u32)j.arg + 2;
        return batt_shape(h * n, w * n);
    }
    case 1: {
        const u32 n = (u32)j.arg + 2;
        return batt_shape((h + n - 1) / n, (w + n - 1) / n);
    }
    case 2:
        if (!target || th % h != 0 || tw % w != 0 || (th == h && tw == w)) return 0;
        return batt_shape(th, tw);
    case 3:
        if (f.colors < 2) return 0;
        return batt_shape(h * f.colors, w * f.colors);
    case 5:
    case 6:
    case 7:
    case 8:
    case 10:
        return target ? batt_shape(th, tw) : 0;
    case 9:
        return target && j.arg <= 9 ? batt_shape(th, tw) : 0;
    case 11:
        return f.major == BATT_NONE ? 0 : batt_shape(h, w);
    case 12:
        return batt_shape(h, 2 * w);
    case 13:
        return batt_shape(2 * h, w);
    case 14:
        return batt_shape(2 * h, 2 * w);
    case 15:
    case 16:
        return batt_shape(h * h, w * w);
    case 17:
        if (!target || h % th != 0 || w % tw != 0 || (th == h && tw == w)) return 0;
        return batt_shape(th, tw);
    default:
        return 0;
    }
}

BATT_KERNEL void scale_shape(TransformParams p) {
    for (u32 jk = p.lo + blockIdx.x * blockDim.x + threadIdx.x; jk < p.hi;
         jk += gridDim.x * blockDim.x) {
        const u32 i = batt_job_at(p, jk);
        const Job j = p.jobs[i];
        if (j.family != p.family) continue;
        const u16 s = p.shapes[j.src];
        p.out_shapes[i] = scale_out_shape(j, batt_height(s), batt_width(s), p.feats[j.src]);
    }
}

// `x` folded into `0..n`: copies alternate between straight and mirrored.
__device__ inline u32 scale_fold(u32 x, u32 n) {
    return (x / n) % 2 == 0 ? x % n : n - 1 - x % n;
}

// The most frequent colour of the `fh` x `fw` block at block row `bi`, block column `bj`
// (ties: the smallest colour).
__device__ inline u8 scale_block_major(const u8* src, u32 w, u32 bi, u32 bj, u32 fh, u32 fw) {
    u32 hist[16];
    for (u32 k = 0; k < 16; k++) hist[k] = 0;
    for (u32 r = bi * fh; r < (bi + 1) * fh; r++) {
        for (u32 c = bj * fw; c < (bj + 1) * fw; c++) hist[src[r * w + c] & 15]++;
    }
    u32 best = 0;
    for (u32 k = 1; k < 16; k++) {
        if (hist[k] > hist[best]) best = k;
    }
    return (u8)best;
}

// One block a job, its threads striding over the output cells.
BATT_KERNEL void scale_cells(TransformParams p) {
    for (u32 jk = p.lo + blockIdx.x; jk < p.hi; jk += gridDim.x) {
        const u32 i = batt_job_at(p, jk);
        const Job j = p.jobs[i];
        if (j.family != p.family || p.out_shapes[i] == 0) continue;
        const u32 h = batt_height(p.shapes[j.src]), w = batt_width(p.shapes[j.src]);
        const u32 oh = batt_height(p.out_shapes[i]), ow = batt_width(p.out_shapes[i]);
        const Features& f = p.feats[j.src];
        const u8* src = p.cells + p.starts[j.src];
        u8* out = p.out_cells + p.out_starts[i];
        // center_to_target's offsets, floored: odd margins put the extra cell after.
        const int dr = (int)oh - (int)h, dc = (int)ow - (int)w;
        const int orow = dr >= 0 ? dr / 2 : (dr - 1) / 2;
        const int ocol = dc >= 0 ? dc / 2 : (dc - 1) / 2;
        for (u32 k = threadIdx.x; k < oh * ow; k += blockDim.x) {
            const u32 r = k / ow, c = k % ow;
            u8 v;
            switch (j.op) {
            case 0:
            case 2:
            case 3:
                v = src[(r / (oh / h)) * w + c / (ow / w)];
                break;
            case 1: {
                const u32 n = (u32)j.arg + 2;
                v = src[(r * n) * w + c * n];
                break;
            }
            case 4:
            case 5:
                v = src[(r % h) * w + c % w];
                break;
            case 6:
                v = src[scale_fold(r, h) * w + scale_fold(c, w)];
                break;
            case 7:
                v = r < h && c < w ? src[r * w + c] : 0;
                break;
            case 8: {
                const int a = (int)r - orow, b = (int)c - ocol;
                v = a >= 0 && b >= 0 && a < (int)h && b < (int)w ? src[a * (int)w + b] : 0;
                break;
            }
            case 9:
                v = j.arg;
                break;
            case 10:
                v = f.major_all;
                break;
            case 11:
                v = f.major;
                break;
            case 12:
            case 13:
            case 14: {
                const u32 a = r < h ? r : 2 * h - 1 - r;
                const u32 b = c < w ? c : 2 * w - 1 - c;
                v = src[a * w + b];
                break;
            }
            case 15:
            case 16: {
                const bool zero = src[(r / h) * w + c / w] == 0;
                v = zero == (j.op == 16) ? src[(r % h) * w + c % w] : 0;
                break;
            }
            default:
                v = scale_block_major(src, w, r, c, h / oh, w / ow);
                break;
            }
            out[k] = v;
        }
    }
}
