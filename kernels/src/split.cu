// Splits joined: the cells of the grid that separator lines draw, or the left and right (top
// and bottom) halves, combined as masks or laid over each other (family 8).
#include "search.h"

// ops: 6 * mode + join, mode 0 grid, 1 left-right, 2 top-bottom; join 0 and, 1 or, 2 xor,
// 3 nor, 4 overlay (later pieces on top), 5 underlay (earlier on top). Then the picks:
// 18 + mode, the piece a criterion (the argument) picks, cropped, with mode 3 the layers
// of the non-zero colours (each cropped to its box, its own colour alone); 22 the grid cell
// with the most cells of colour `arg` (ties: the first), cropped.

#define SPLIT_MAX 128

// The pieces of one image: `nr` row bands times `nc` column bands (reading order), each
// band as [start, end); all of one shape where `same`.
struct SplitPieces {
    u8 r0[SPLIT_MAX], r1[SPLIT_MAX], c0[SPLIT_MAX], c1[SPLIT_MAX];
    u32 nr, nc;
};

// The colour of row `r` (or column `r` when `col`) where it holds one colour, else BATT_NONE.
__device__ inline u32 split_line_color(const u8* src, u32 h, u32 w, u32 r, bool col) {
    const u32 v = col ? src[r] : src[r * w];
    const u32 n = col ? h : w;
    for (u32 k = 1; k < n; k++)
        if ((col ? src[k * w + r] : src[r * w + k]) != v) return BATT_NONE;
    return v;
}

// The maximal runs of lines (rows, or columns when `col`) that are not separators of colour
// `sep` into `a`/`b`; false where there are too many.
__device__ inline bool split_bands(const u8* src, u32 h, u32 w, bool col, u32 sep, u8* a,
                                   u8* b, u32* n) {
    const u32 lines = col ? w : h;
    *n = 0;
    int start = -1;
    for (u32 i = 0; i <= lines; i++) {
        const bool is_sep = i == lines || split_line_color(src, h, w, i, col) == sep;
        if (!is_sep && start < 0) start = (int)i;
        if (is_sep && start >= 0) {
            if (*n == SPLIT_MAX) return false;
            a[*n] = (u8)start;
            b[*n] = (u8)i;
            (*n)++;
            start = -1;
        }
    }
    return true;
}

// Splits the image as `mode` says; false where it does not split into two pieces or more.
__device__ inline bool split_pieces(const u8* src, u32 h, u32 w, u32 mode, SplitPieces* p) {
    if (mode == 1 || mode == 2) {
        const u32 half = mode == 1 ? w / 2 : h / 2;
        if (half < 1) return false;
        p->nr = mode == 2 ? 2 : 1;
        p->nc = mode == 1 ? 2 : 1;
        if (mode == 1) {
            p->r0[0] = 0; p->r1[0] = (u8)h;
            p->c0[0] = 0; p->c1[0] = (u8)half;
            p->c0[1] = (u8)(w - half); p->c1[1] = (u8)w;
        } else {
            p->c0[0] = 0; p->c1[0] = (u8)w;
            p->r0[0] = 0; p->r1[0] = (u8)half;
            p->r0[1] = (u8)(h - half); p->r1[1] = (u8)h;
        }
        return true;
    }
    // The separator colour: the non-zero colour of the most one-colour lines (ties: the
    // smallest).
    u32 lines[16];
    for (int k = 0; k < 16; k++) lines[k] = 0;
    for (u32 r = 0; r < h; r++) {
        const u32 v = split_line_color(src, h, w, r, false);
        if (v != BATT_NONE) lines[v & 15]++;
    }
    for (u32 c = 0; c < w; c++) {
        const u32 v = split_line_color(src, h, w, c, true);
        if (v != BATT_NONE) lines[v & 15]++;
    }
    u32 sep = BATT_NONE;
    for (u32 k = 1; k < 16; k++)
        if (lines[k] > 0 && (sep == BATT_NONE || lines[k] > lines[sep])) sep = k;
    if (sep == BATT_NONE) return false;
    if (!split_bands(src, h, w, false, sep, p->r0, p->r1, &p->nr)) return false;
    if (!split_bands(src, h, w, true, sep, p->c0, p->c1, &p->nc)) return false;
    return p->nr * p->nc >= 2;
}

// Whether every piece has the first's shape.
__device__ inline bool split_same(const SplitPieces* p) {
    for (u32 i = 1; i < p->nr; i++)
        if (p->r1[i] - p->r0[i] != p->r1[0] - p->r0[0]) return false;
    for (u32 i = 1; i < p->nc; i++)
        if (p->c1[i] - p->c0[i] != p->c1[0] - p->c0[0]) return false;
    return true;
}

#define SPLIT_NO_PIECE 0xffffffffu

// Piece `k` of the split `sp` (mode 0..2), or the layer of the `k`-th present colour
// (mode 3): its box, own cells, colours, and its colour (0: every cell is its own).
struct SplitPiece {
    u32 top, left, bottom, right, cells, colors, color;
};

__device__ inline u32 split_count(const SplitPieces* sp, const Features& f, u32 mode) {
    if (mode < 3) return sp->nr * sp->nc;
    u32 n = 0;
    for (u32 k = 1; k <= 9; k++) n += f.count[k] > 0;
    return n;
}

__device__ inline SplitPiece split_piece(const SplitPieces* sp, const Features& f,
                                         const u8* src, u32 w, u32 mode, u32 k) {
    SplitPiece q;
    if (mode == 3) {
        u32 c = 1;
        for (u32 seen = 0; c <= 9; c++) {
            if (f.count[c] == 0) continue;
            if (seen == k) break;
            seen++;
        }
        q.top = f.box[c][0];
        q.left = f.box[c][1];
        q.bottom = f.box[c][2];
        q.right = f.box[c][3];
        q.cells = f.count[c];
        q.colors = 1u << c;
        q.color = c;
        return q;
    }
    const u32 a = k / sp->nc, b = k % sp->nc;
    q.top = sp->r0[a];
    q.bottom = sp->r1[a] - 1u;
    q.left = sp->c0[b];
    q.right = sp->c1[b] - 1u;
    q.cells = 0;
    q.colors = 0;
    q.color = 0;
    for (u32 r = q.top; r <= q.bottom; r++) {
        for (u32 c = q.left; c <= q.right; c++) {
            const u32 v = src[r * w + c];
            if (v != 0) {
                q.cells++;
                q.colors |= 1u << (v & 15);
            }
        }
    }
    return q;
}

// Cell (r, c) of piece `q`'s box as the piece shows it: its own cells, the others 0.
__device__ inline u32 split_own(const SplitPiece& q, const u8* src, u32 w, u32 r, u32 c) {
    const u32 v = src[(q.top + r) * w + q.left + c];
    return (q.color == 0 || v == q.color) ? v : 0;
}

// Whether pieces `a` and `b` have boxes of one size that agree cell by cell (on which
// cells are non-zero where `shape`).
__device__ inline bool split_same_piece(const SplitPiece& a, const SplitPiece& b,
                                        const u8* src, u32 w, bool shape) {
    const u32 ph = a.bottom + 1 - a.top, pw = a.right + 1 - a.left;
    if (ph != b.bottom + 1 - b.top || pw != b.right + 1 - b.left) return false;
    for (u32 r = 0; r < ph; r++) {
        for (u32 c = 0; c < pw; c++) {
            const u32 x = split_own(a, src, w, r, c), y = split_own(b, src, w, r, c);
            if (shape ? ((x != 0) != (y != 0)) : (x != y)) return false;
        }
    }
    return true;
}

// The piece criterion `crit` picks (as the search's `pick`): the first of the highest
// score, or the only piece whose colour set (14), cropped image (15) or shape (16) no
// other piece has; SPLIT_NO_PIECE where there is none or the image does not split.
__device__ inline u32 split_pick(const u8* src, u32 h, u32 w, const Features& f, u32 mode,
                                 u32 crit, SplitPieces* sp) {
    if (mode < 3 && !split_pieces(src, h, w, mode, sp)) return SPLIT_NO_PIECE;
    const u32 n = split_count(sp, f, mode);
    if (n < (mode == 3 ? 2u : 1u) || crit > 16) return SPLIT_NO_PIECE;
    if (crit <= 13) {
        u32 best = 0;
        SplitPiece q = split_piece(sp, f, src, w, mode, 0);
        int s = batt_piece_score(q.top, q.left, q.bottom, q.right, q.cells, q.colors, crit);
        for (u32 i = 1; i < n; i++) {
            q = split_piece(sp, f, src, w, mode, i);
            const int t =
                batt_piece_score(q.top, q.left, q.bottom, q.right, q.cells, q.colors, crit);
            if (t > s) {
                s = t;
                best = i;
            }
        }
        return best;
    }
    u32 found = SPLIT_NO_PIECE;
    for (u32 i = 0; i < n; i++) {
        const SplitPiece a = split_piece(sp, f, src, w, mode, i);
        bool alone = true;
        for (u32 j = 0; j < n && alone; j++) {
            if (j == i) continue;
            const SplitPiece b = split_piece(sp, f, src, w, mode, j);
            if (crit == 14) alone = a.colors != b.colors;
            else alone = !split_same_piece(a, b, src, w, crit == 16);
        }
        if (!alone) continue;
        if (found != SPLIT_NO_PIECE) return SPLIT_NO_PIECE;
        found = i;
    }
    return found;
}

// The grid cell with the most cells of colour `k` (ties: the first; none where no cell has
// one), or SPLIT_NO_PIECE.
__device__ inline u32 split_most_color(const u8* src, u32 h, u32 w, u32 k, SplitPieces* sp) {
    if (k > 9 || !split_pieces(src, h, w, 0, sp)) return SPLIT_NO_PIECE;
    u32 best = SPLIT_NO_PIECE, top = 0;
    for (u32 a = 0; a < sp->nr; a++)
        for (u32 b = 0; b < sp->nc; b++) {
            u32 n = 0;
            for (u32 r = sp->r0[a]; r < sp->r1[a]; r++)
                for (u32 c = sp->c0[b]; c < sp->c1[b]; c++) n += src[r * w + c] == k;
            if (n > top) {
                top = n;
                best = a * sp->nc + b;
            }
        }
    return best;
}

BATT_KERNEL void split_shape(TransformParams p) {
    for (u32 jk = p.lo + blockIdx.x * blockDim.x + threadIdx.x; jk < p.hi;
         jk += gridDim.x * blockDim.x) {
        const u32 i = batt_job_at(p, jk);
        const Job j = p.jobs[i];
        if (j.family != p.family) continue;
        const u32 h = batt_height(p.shapes[j.src]), w = batt_width(p.shapes[j.src]);
        const u8* src = p.cells + p.starts[j.src];
        SplitPieces sp;
        u16 out = 0;
        if (j.op == 22) {
            const u32 k = split_most_color(src, h, w, j.arg, &sp);
            if (k != SPLIT_NO_PIECE) {
                const SplitPiece q = split_piece(&sp, p.feats[j.src], src, w, 0, k);
                out = batt_shape(q.bottom + 1 - q.top, q.right + 1 - q.left);
            }
        } else if (j.op >= 18) {
            const Features& f = p.feats[j.src];
            const u32 k = split_pick(src, h, w, f, j.op - 18, j.arg, &sp);
            if (k != SPLIT_NO_PIECE) {
                const SplitPiece q = split_piece(&sp, f, src, w, j.op - 18, k);
                out = batt_shape(q.bottom + 1 - q.top, q.right + 1 - q.left);
            }
        } else {
            const u32 join = j.op % 6;
            if ((join >= 4 || j.arg <= 9) && split_pieces(src, h, w, j.op / 6, &sp) &&
                split_same(&sp))
                out = batt_shape(sp.r1[0] - sp.r0[0], sp.c1[0] - sp.c0[0]);
        }
        p.out_shapes[i] = out;
    }
}

// One block a job; the grid's bands are found by the block's first thread, which writes
// every cell (a thread a cell for the halves).
BATT_KERNEL void split_cells(TransformParams p) {
    for (u32 jk = p.lo + blockIdx.x; jk < p.hi; jk += gridDim.x) {
        const u32 i = batt_job_at(p, jk);
        const Job j = p.jobs[i];
        if (j.family != p.family || p.out_shapes[i] == 0) continue;
        const u32 h = batt_height(p.shapes[j.src]), w = batt_width(p.shapes[j.src]);
        const u8* src = p.cells + p.starts[j.src];
        SplitPieces sp;
        if (j.op >= 18) {
            // The pick, on the block's first thread, which writes every cell.
            if (threadIdx.x != 0) continue;
            const Features& f = p.feats[j.src];
            const u32 mode = j.op == 22 ? 0 : j.op - 18;
            const u32 k = j.op == 22 ? split_most_color(src, h, w, j.arg, &sp)
                                     : split_pick(src, h, w, f, mode, j.arg, &sp);
            const SplitPiece q = split_piece(&sp, f, src, w, mode, k);
            const u32 ph = q.bottom + 1 - q.top, pw = q.right + 1 - q.left;
            u8* out = p.out_cells + p.out_starts[i];
            for (u32 r = 0; r < ph; r++)
                for (u32 c = 0; c < pw; c++) out[r * pw + c] = (u8)split_own(q, src, w, r, c);
            continue;
        }
        const u32 mode = j.op / 6, join = j.op % 6;
        if (mode == 0 && threadIdx.x != 0) continue;
        split_pieces(src, h, w, mode, &sp);
        const u32 oh = batt_height(p.out_shapes[i]), ow = batt_width(p.out_shapes[i]);
        u8* out = p.out_cells + p.out_starts[i];
        const u32 total = sp.nr * sp.nc;
        const u32 first = mode == 0 ? 0 : threadIdx.x;
        const u32 step = mode == 0 ? 1 : blockDim.x;
        for (u32 x = first; x < oh * ow; x += step) {
            const u32 r = x / ow, c = x % ow;
            u32 n = 0, over = 0, under = 0;
            for (u32 a = 0; a < sp.nr; a++) {
                for (u32 b = 0; b < sp.nc; b++) {
                    const u32 v = src[(sp.r0[a] + r) * w + sp.c0[b] + c];
                    if (v == 0) continue;
                    n++;
                    over = v;
                    if (under == 0) under = v;
                }
            }
            u32 o = 0;
            switch (join) {
            case 0: o = n == total ? j.arg : 0; break;
            case 1: o = n > 0 ? j.arg : 0; break;
            case 2: o = n == 1 ? j.arg : 0; break;
            case 3: o = n == 0 ? j.arg : 0; break;
            case 4: o = over; break;
            default: o = under; break;
            }
            out[x] = (u8)o;
        }
    }
}
