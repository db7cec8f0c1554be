// Object selection and per-object transforms (family 9): the connected components of the
// non-zero cells (4- or 8-connected, of one colour or of several), one picked by a criterion,
// then cut out, kept in place or erased (alone, or with every object that ties with it); the
// number of objects drawn as an image; each object in its majority colour; object boxes
// filled.
//
// Each job labels its image on one thread: a union-find over the cells, then one pass in
// row-major order that numbers the components by their first cell, as the search's labelling
// does. Images of more than OBJECTS_MAX_CELLS cells, or with more than OBJECTS_MAX_PIECES
// objects where the op needs each object's box, are left to the CPU (BATT_DECLINE).
#include "search.h"

// ops 0..19: object_{crop,keep,erase,keep_ties,erase_ties}_{4,8,4m,8m} (op / 4 the mode,
// op % 4 the connectivity: 0 one-colour 4-connected, 1 one-colour 8-connected,
// 2 multicolour 4-connected, 3 multicolour 8-connected); 20 count_objects,
// 21 count_objects_single, 22 majority_per_object, 23 fill_object_boxes; 24..33 each object
// painted with a code (argument 0: one-colour 4-connected objects, 1: multicolour
// 8-connected): 24 size rank, 25 largest, 26 extremes, 27 smallest, 28 size, 29 border,
// 30 shape class, 31 colours, 32 height, 33 width; 34 paint_color_rank; 35 object_most_color,
// 36 object_marked, 37 object_common_shape; 38..41 gravity_objects_{down,up,left,right}
// (multicolour 8-connected objects slid rigidly, the nearest the wall first); 42 paint_holes
// (each object painted with 1 + its number of holes, the objects as for ops 24..33).


#define OBJECTS_MAX_CELLS 1024
#define OBJECTS_MAX_PIECES 256
#define OBJECTS_NO_LABEL 0xffff
#define OBJECTS_NO_PIECE 0xffffffffu

#define OBJECTS_CROP 0
#define OBJECTS_KEEP 1
#define OBJECTS_ERASE 2
#define OBJECTS_KEEP_TIES 3
#define OBJECTS_ERASE_TIES 4

// The components of one image: per cell its label (0: no object, else piece index + 1), per
// piece (the first OBJECTS_MAX_PIECES) its box, number of cells and colour set.
struct ObjectsPieces {
    u16 label[OBJECTS_MAX_CELLS];
    u8 top[OBJECTS_MAX_PIECES];
    u8 left[OBJECTS_MAX_PIECES];
    u8 bottom[OBJECTS_MAX_PIECES];
    u8 right[OBJECTS_MAX_PIECES];
    u16 cells[OBJECTS_MAX_PIECES];
    u16 colors[OBJECTS_MAX_PIECES];
    u32 n;  // the number of pieces (may exceed OBJECTS_MAX_PIECES)
};

// Whether op `op` paints objects with a code (its argument then says which objects).
__device__ inline bool objects_paints(u32 op) { return (op >= 24 && op <= 33) || op == 42; }

// Floods `marks` (a bh x bw box, 0 free, 1 own or visited) from cell `start` through free
// cells, 4-connected: marks them 1. Sweeps until nothing changes.
__device__ inline void objects_flood(u8* marks, u32 bh, u32 bw, u32 start) {
    marks[start] = 2;
    bool changed = true;
    while (changed) {
        changed = false;
        for (int pass = 0; pass < 2; pass++) {
            for (u32 t = 0; t < bh * bw; t++) {
                const u32 x = pass == 0 ? t : bh * bw - 1 - t;
                if (marks[x] != 0) continue;
                const u32 r = x / bw, c = x % bw;
                if ((r > 0 && marks[x - bw] == 2) || (c > 0 && marks[x - 1] == 2) ||
                    (r + 1 < bh && marks[x + bw] == 2) || (c + 1 < bw && marks[x + 1] == 2)) {
                    marks[x] = 2;
                    changed = true;
                }
            }
        }
    }
    for (u32 x = 0; x < bh * bw; x++)
        if (marks[x] == 2) marks[x] = 1;
}

// The holes of piece `i`: 4-connected areas of the cells of its box that are not its own
// and that no path of such cells joins to the box's edge.
__device__ inline u32 objects_holes(const ObjectsPieces& o, u32 w, u32 i) {
    const u32 bh = o.bottom[i] + 1u - o.top[i], bw = o.right[i] + 1u - o.left[i];
    u8 marks[OBJECTS_MAX_CELLS];
    for (u32 x = 0; x < bh * bw; x++) {
        const u32 r = o.top[i] + x / bw, c = o.left[i] + x % bw;
        marks[x] = o.label[r * w + c] == i + 1 ? 1 : 0;
    }
    for (u32 x = 0; x < bh * bw; x++) {
        const u32 r = x / bw, c = x % bw;
        if ((r == 0 || c == 0 || r + 1 == bh || c + 1 == bw) && marks[x] == 0)
            objects_flood(marks, bh, bw, x);
    }
    u32 n = 0;
    for (u32 x = 0; x < bh * bw; x++)
        if (marks[x] == 0) {
            n++;
            objects_flood(marks, bh, bw, x);
        }
    return n;
}

// The root of cell `x` in the union-find `a` (every parent precedes its child).
__device__ inline u32 objects_find(u16* a, u32 x) {
    while (a[x] != x) {
        a[x] = a[a[x]];
        x = a[x];
    }
    return x;
}

// Joins the sets of cells `x` and `y`; the root stays the set's first cell.
__device__ inline void objects_union(u16* a, u32 x, u32 y) {
    const u32 rx = objects_find(a, x), ry = objects_find(a, y);
    if (rx < ry) a[ry] = (u16)rx;
    else if (ry < rx) a[rx] = (u16)ry;
}

// Labels the components of `src` (h * w <= OBJECTS_MAX_CELLS) into `o`.
__device__ inline void objects_label(const u8* src, u32 h, u32 w, bool diag, bool single,
                                     ObjectsPieces& o) {
    u16* a = o.label;
    const u32 n = h * w;
    for (u32 x = 0; x < n; x++) {
        const u32 v = src[x];
        if (v == 0) {
            a[x] = OBJECTS_NO_LABEL;
            continue;
        }
        a[x] = (u16)x;
        const u32 r = x / w, c = x % w;
        u32 nb[4];
        u32 k = 0;
        if (r > 0) nb[k++] = x - w;
        if (c > 0) nb[k++] = x - 1;
        if (diag && r > 0 && c > 0) nb[k++] = x - w - 1;
        if (diag && r > 0 && c + 1 < w) nb[k++] = x - w + 1;
        for (u32 t = 0; t < k; t++) {
            const u32 u = src[nb[t]];
            if (u != 0 && (!single || u == v)) objects_union(a, x, nb[t]);
        }
    }
    // Row-major: a root (its own parent) starts a new piece; any other cell's parent is an
    // earlier cell of its piece, already holding the piece's label.
    o.n = 0;
    for (u32 x = 0; x < n; x++) {
        if (a[x] == OBJECTS_NO_LABEL) {
            a[x] = 0;
            continue;
        }
        if (a[x] == x) {
            o.n++;
            a[x] = (u16)o.n;
        } else {
            a[x] = a[a[x]];
        }
    }
    const u32 m = o.n < OBJECTS_MAX_PIECES ? o.n : OBJECTS_MAX_PIECES;
    for (u32 i = 0; i < m; i++) {
        o.top[i] = 255;
        o.left[i] = 255;
        o.bottom[i] = 0;
        o.right[i] = 0;
        o.cells[i] = 0;
        o.colors[i] = 0;
    }
    for (u32 x = 0; x < n; x++) {
        const u32 l = a[x];
        if (l == 0 || l > OBJECTS_MAX_PIECES) continue;
        const u32 i = l - 1, r = x / w, c = x % w;
        if (r < o.top[i]) o.top[i] = (u8)r;
        if (c < o.left[i]) o.left[i] = (u8)c;
        if (r > o.bottom[i]) o.bottom[i] = (u8)r;
        if (c > o.right[i]) o.right[i] = (u8)c;
        o.cells[i]++;
        o.colors[i] |= (u16)(1u << (src[x] & 15));
    }
}

// Piece `i`'s score under criterion `crit` (<= 13; higher wins).
__device__ inline int objects_score(const ObjectsPieces& o, u32 i, u32 crit) {
    return batt_piece_score(o.top[i], o.left[i], o.bottom[i], o.right[i], o.cells[i],
                            o.colors[i], crit);
}

// Whether pieces `i` and `j` have boxes of one size that agree cell by cell: on the cells
// (own cells as they are, others 0), or on which cells are their own (`shape`).
__device__ inline bool objects_same(const ObjectsPieces& o, const u8* src, u32 w, u32 i, u32 j,
                                    bool shape) {
    const u32 ph = o.bottom[i] + 1 - o.top[i], pw = o.right[i] + 1 - o.left[i];
    if (ph != (u32)(o.bottom[j] + 1 - o.top[j]) || pw != (u32)(o.right[j] + 1 - o.left[j]))
        return false;
    for (u32 r = 0; r < ph; r++) {
        for (u32 c = 0; c < pw; c++) {
            const u32 x = (o.top[i] + r) * w + o.left[i] + c;
            const u32 y = (o.top[j] + r) * w + o.left[j] + c;
            const u32 a = o.label[x] == i + 1 ? src[x] : 0;
            const u32 b = o.label[y] == j + 1 ? src[y] : 0;
            if (shape ? ((a != 0) != (b != 0)) : (a != b)) return false;
        }
    }
    return true;
}

// The piece criterion `crit` picks: the first of the highest score (0..13), or the only
// piece whose colour set (14), cropped image (15) or shape (16) no other piece has;
// OBJECTS_NO_PIECE where there is none. `o.n` must be at most OBJECTS_MAX_PIECES.
__device__ inline u32 objects_pick(const ObjectsPieces& o, const u8* src, u32 w, u32 crit) {
    if (o.n == 0 || crit > 16) return OBJECTS_NO_PIECE;
    if (crit <= 13) {
        u32 best = 0;
        int s = objects_score(o, 0, crit);
        for (u32 i = 1; i < o.n; i++) {
            const int t = objects_score(o, i, crit);
            if (t > s) {
                s = t;
                best = i;
            }
        }
        return best;
    }
    u32 found = OBJECTS_NO_PIECE;
    for (u32 i = 0; i < o.n; i++) {
        bool alone = true;
        for (u32 j = 0; j < o.n && alone; j++) {
            if (j == i) continue;
            if (crit == 14) alone = o.colors[i] != o.colors[j];
            else alone = !objects_same(o, src, w, i, j, crit == 16);
        }
        if (!alone) continue;
        if (found != OBJECTS_NO_PIECE) return OBJECTS_NO_PIECE;
        found = i;
    }
    return found;
}

// Whether piece `i` ties with the picked piece `chosen`: the same score, or (uniqueness
// criteria) the piece itself.
__device__ inline bool objects_ties(const ObjectsPieces& o, u32 crit, u32 chosen, u32 i) {
    if (crit <= 13) return objects_score(o, chosen, crit) == objects_score(o, i, crit);
    return i == chosen;
}

// The code of piece `i` for paint op `op` (24..33), capped to 1..=9; `codes` holds the
// codes of the pieces before it (for the shape classes).
__device__ inline u32 objects_code(const ObjectsPieces& o, const u8* src, u32 h, u32 w, u32 op,
                                   u32 i, const u8* codes) {
    u32 most = 0, fewest = 0xffffffffu;
    for (u32 k = 0; k < o.n; k++) {
        if (o.cells[k] > most) most = o.cells[k];
        if (o.cells[k] < fewest) fewest = o.cells[k];
    }
    const u32 n = o.cells[i];
    u32 code = 0;
    switch (op) {
    case 24: {
        // 1 + the number of distinct sizes above this one.
        u32 larger = 0;
        for (u32 k = 0; k < o.n; k++) {
            if (o.cells[k] <= n) continue;
            bool first = true;
            for (u32 m = 0; m < k && first; m++) first = o.cells[m] != o.cells[k];
            larger += first;
        }
        code = larger + 1;
        break;
    }
    case 25: code = n == most ? 1 : 2; break;
    case 26: code = n == most ? 1 : (n == fewest ? 2 : 3); break;
    case 27: code = n == fewest ? 1 : 2; break;
    case 28: code = n; break;
    case 29:
        code = (o.top[i] == 0 || o.left[i] == 0 || o.bottom[i] + 1u == h || o.right[i] + 1u == w)
                   ? 1
                   : 2;
        break;
    case 30: {
        // The class of the first earlier piece of the same shape, else the next class.
        u32 next = 0;
        for (u32 k = 0; k < i; k++) {
            if (objects_same(o, src, w, k, i, true)) return codes[k];
            bool fresh = true;
            for (u32 m = 0; m < k && fresh; m++) fresh = !objects_same(o, src, w, m, k, true);
            next += fresh;
        }
        code = next + 1;
        break;
    }
    case 31:
        for (u32 b = 0; b < 16; b++) code += (o.colors[i] >> b) & 1;
        break;
    case 32: code = o.bottom[i] + 1u - o.top[i]; break;
    case 42: code = objects_holes(o, w, i) + 1; break;
    default: code = o.right[i] + 1u - o.left[i]; break;
    }
    return code < 9 ? code : 9;
}

// The piece ops 35..37 pick (colour `k` for 35 and 36), or OBJECTS_NO_PIECE: the object with
// the most cells of colour k (35), the one object a cell of colour k touches (36), the object
// whose shape recurs the most (37); ties: the first.
__device__ inline u32 objects_pick_by(const ObjectsPieces& o, const u8* src, u32 h, u32 w,
                                      u32 op, u32 k) {
    if (op == 36) {
        u32 found = 0;
        for (u32 r = 0; r < h; r++)
            for (u32 c = 0; c < w; c++) {
                if (src[r * w + c] != k) continue;
                for (u32 nr = r > 0 ? r - 1 : 0; nr <= r + 1 && nr < h; nr++)
                    for (u32 nc = c > 0 ? c - 1 : 0; nc <= c + 1 && nc < w; nc++) {
                        const u32 v = src[nr * w + nc];
                        if (v == 0 || v == k) continue;
                        const u32 l = o.label[nr * w + nc];
                        if (found == 0) found = l;
                        else if (found != l) return OBJECTS_NO_PIECE;
                    }
            }
        return found == 0 ? OBJECTS_NO_PIECE : found - 1;
    }
    u32 best = OBJECTS_NO_PIECE, top = 0;
    for (u32 i = 0; i < o.n; i++) {
        u32 n = 0;
        if (op == 35) {
            if ((o.colors[i] >> k & 1) == 0) continue;
            for (u32 r = o.top[i]; r <= o.bottom[i]; r++)
                for (u32 c = o.left[i]; c <= o.right[i]; c++)
                    n += o.label[r * w + c] == i + 1 && src[r * w + c] == k;
        } else {
            for (u32 j = 0; j < o.n; j++) n += objects_same(o, src, w, i, j, true);
            if (n < 2) n = 0;
        }
        if (n > top) {
            top = n;
            best = i;
        }
    }
    return best;
}

// The objects slid rigidly in direction `dir` (0 down, 1 up, 2 left, 3 right) as far as they
// go, the object whose leading edge is nearest the wall first (ties: the first object), each
// stopped by the border or by the cells already placed; written to `out`.
__device__ inline void objects_gravity(const ObjectsPieces& o, const u8* src, u32 h, u32 w,
                                       u32 dir, u8* out) {
    const int dr = dir == 0 ? 1 : (dir == 1 ? -1 : 0);
    const int dc = dir == 3 ? 1 : (dir == 2 ? -1 : 0);
    for (u32 x = 0; x < h * w; x++) out[x] = src[x];
    u8 done[OBJECTS_MAX_PIECES];
    for (u32 i = 0; i < o.n; i++) done[i] = 0;
    for (u32 step = 0; step < o.n; step++) {
        // The next object: the least distance of its leading edge to the wall.
        u32 p = OBJECTS_NO_PIECE, pd = 0;
        for (u32 i = 0; i < o.n; i++) {
            if (done[i]) continue;
            const u32 d = dir == 0 ? h - 1 - o.bottom[i]
                        : dir == 1 ? o.top[i]
                        : dir == 2 ? o.left[i]
                                   : w - 1 - o.right[i];
            if (p == OBJECTS_NO_PIECE || d < pd) {
                p = i;
                pd = d;
            }
        }
        done[p] = 1;
        for (u32 r = o.top[p]; r <= o.bottom[p]; r++)
            for (u32 c = o.left[p]; c <= o.right[p]; c++)
                if (o.label[r * w + c] == p + 1) out[r * w + c] = 0;
        int shift = 0;
        for (;;) {
            const int next = shift + 1;
            bool free = true;
            for (u32 r = o.top[p]; r <= o.bottom[p] && free; r++)
                for (u32 c = o.left[p]; c <= o.right[p] && free; c++) {
                    if (o.label[r * w + c] != p + 1) continue;
                    const int nr = (int)r + dr * next, nc = (int)c + dc * next;
                    free = nr >= 0 && nc >= 0 && nr < (int)h && nc < (int)w &&
                           out[nr * w + nc] == 0;
                }
            if (!free) break;
            shift = next;
        }
        for (u32 r = o.top[p]; r <= o.bottom[p]; r++)
            for (u32 c = o.left[p]; c <= o.right[p]; c++)
                if (o.label[r * w + c] == p + 1)
                    out[((int)r + dr * shift) * (int)w + (int)c + dc * shift] = src[r * w + c];
    }
}

// The labelling op `op` asks for.
__device__ inline void objects_connectivity(u32 op, bool& diag, bool& single) {
    if (op == 42) {
        // A paint op: set from the argument by the caller.
        diag = false;
        single = true;
    } else if (op >= 38) {
        diag = true;
        single = false;
    } else if (op >= 35) {
        diag = true;
        single = op != 35;
    } else if (op >= 24) {
        // The paint ops: set from the argument by the caller.
        diag = false;
        single = true;
    } else if (op < 20) {
        diag = (op % 4) == 1 || (op % 4) == 3;
        single = (op % 4) < 2;
    } else {
        diag = op != 21;
        single = op == 21;
    }
}

// The output shape of job `j` on image `src` of shape `s`, with `o` as the labelling's
// memory: 0 for no image, BATT_DECLINE for an image left to the CPU.
__device__ inline u16 objects_out_shape(const Job& j, const Features& f, const u8* src, u16 s,
                                        ObjectsPieces& o) {
    const u32 h = batt_height(s), w = batt_width(s);
    if (j.op > 42) return 0;
    if (j.op == 34) return f.colors > 0 ? s : 0;
    if ((j.op == 35 || j.op == 36) && (j.arg == 0 || j.arg > 9)) return 0;
    if (objects_paints(j.op) && j.arg > 1) return 0;
    if (j.op == 23 && j.arg > 9) return 0;
    if (j.op == 20 || j.op == 21) {
        if (f.major == BATT_NONE || j.arg > 2) return 0;
    }
    if (h * w > OBJECTS_MAX_CELLS) return BATT_DECLINE;
    bool diag, single;
    objects_connectivity(j.op, diag, single);
    if (objects_paints(j.op)) {
        diag = j.arg == 1;
        single = j.arg == 0;
    }
    objects_label(src, h, w, diag, single, o);
    if (objects_paints(j.op)) {
        if (o.n > OBJECTS_MAX_PIECES) return BATT_DECLINE;
        return o.n > 0 ? s : 0;
    }
    if (j.op >= 38) return o.n > OBJECTS_MAX_PIECES ? BATT_DECLINE : s;
    if (j.op >= 35) {
        if (o.n > OBJECTS_MAX_PIECES) return BATT_DECLINE;
        const u32 k = objects_pick_by(o, src, h, w, j.op, j.arg);
        if (k == OBJECTS_NO_PIECE) return 0;
        return batt_shape(o.bottom[k] + 1 - o.top[k], o.right[k] + 1 - o.left[k]);
    }
    if (j.op >= 24) {
        if (o.n > OBJECTS_MAX_PIECES) return BATT_DECLINE;
        return o.n > 0 ? s : 0;
    }
    if (j.op == 20 || j.op == 21) {
        if (j.arg == 0) return batt_shape(1, o.n);
        if (j.arg == 1) return batt_shape(o.n, 1);
        return batt_shape(o.n, o.n);
    }
    if (o.n > OBJECTS_MAX_PIECES) return BATT_DECLINE;
    if (j.op >= 22) return s;
    const u32 k = objects_pick(o, src, w, j.arg);
    if (k == OBJECTS_NO_PIECE) return 0;
    if (j.op / 4 == OBJECTS_CROP)
        return batt_shape(o.bottom[k] + 1 - o.top[k], o.right[k] + 1 - o.left[k]);
    return s;
}

BATT_KERNEL void objects_shape(TransformParams p) {
    for (u32 jk = p.lo + blockIdx.x * blockDim.x + threadIdx.x; jk < p.hi;
         jk += gridDim.x * blockDim.x) {
        const u32 i = batt_job_at(p, jk);
        const Job j = p.jobs[i];
        if (j.family != p.family) continue;
        ObjectsPieces o;
        p.out_shapes[i] =
            objects_out_shape(j, p.feats[j.src], p.cells + p.starts[j.src], p.shapes[j.src], o);
    }
}

// Writes job `j`'s cells to `out` (the shape kernel gave it an image).
__device__ inline void objects_write(const Job& j, const Features& f, const u8* src, u32 h,
                                     u32 w, u32 on, u8* out, ObjectsPieces& o) {
    const u32 n = h * w;
    if (j.op == 20 || j.op == 21) {
        for (u32 x = 0; x < on; x++) out[x] = f.major;
        return;
    }
    if (j.op == 34) {
        // Each non-zero colour painted with its rank by count (more first; ties: the
        // smaller colour first).
        u8 code[16];
        for (u32 k = 0; k < 16; k++) code[k] = 0;
        for (u32 k = 1; k <= 9; k++) {
            if (f.count[k] == 0) continue;
            u32 rank = 1;
            for (u32 m = 1; m <= 9; m++)
                if (f.count[m] > f.count[k] || (f.count[m] == f.count[k] && m < k)) rank++;
            code[k] = (u8)(rank < 9 ? rank : 9);
        }
        for (u32 x = 0; x < n; x++) out[x] = code[src[x] & 15];
        return;
    }
    bool diag, single;
    objects_connectivity(j.op, diag, single);
    if (objects_paints(j.op)) {
        diag = j.arg == 1;
        single = j.arg == 0;
    }
    objects_label(src, h, w, diag, single, o);
    if (o.n > OBJECTS_MAX_PIECES) return;
    if (objects_paints(j.op)) {
        u8 codes[OBJECTS_MAX_PIECES];
        for (u32 i = 0; i < o.n; i++) codes[i] = (u8)objects_code(o, src, h, w, j.op, i, codes);
        for (u32 x = 0; x < n; x++) out[x] = o.label[x] == 0 ? 0 : codes[o.label[x] - 1];
        return;
    }
    if (j.op >= 38) {
        objects_gravity(o, src, h, w, j.op - 38, out);
        return;
    }
    if (j.op >= 35) {
        const u32 k = objects_pick_by(o, src, h, w, j.op, j.arg);
        if (k == OBJECTS_NO_PIECE) return;
        const u32 pw = o.right[k] + 1 - o.left[k];
        for (u32 r = o.top[k]; r <= o.bottom[k]; r++)
            for (u32 c = o.left[k]; c <= o.right[k]; c++) {
                const u32 x = r * w + c;
                out[(r - o.top[k]) * pw + (c - o.left[k])] = o.label[x] == k + 1 ? src[x] : 0;
            }
        return;
    }
    if (j.op >= 24) {
        u8 codes[OBJECTS_MAX_PIECES];
        for (u32 i = 0; i < o.n; i++) codes[i] = (u8)objects_code(o, src, h, w, j.op, i, codes);
        for (u32 x = 0; x < n; x++) out[x] = o.label[x] == 0 ? 0 : codes[o.label[x] - 1];
        return;
    }
    if (j.op == 22) {
        // Each piece in its most frequent colour (ties: the smallest).
        for (u32 x = 0; x < n; x++) out[x] = src[x];
        for (u32 i = 0; i < o.n; i++) {
            u32 hist[10] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
            for (u32 r = o.top[i]; r <= o.bottom[i]; r++)
                for (u32 c = o.left[i]; c <= o.right[i]; c++)
                    if (o.label[r * w + c] == i + 1) hist[src[r * w + c]]++;
            u32 best = 1;
            for (u32 c = 2; c < 10; c++)
                if (hist[c] > hist[best]) best = c;
            for (u32 r = o.top[i]; r <= o.bottom[i]; r++)
                for (u32 c = o.left[i]; c <= o.right[i]; c++)
                    if (o.label[r * w + c] == i + 1) out[r * w + c] = (u8)best;
        }
        return;
    }
    if (j.op == 23) {
        for (u32 x = 0; x < n; x++) out[x] = src[x];
        for (u32 i = 0; i < o.n; i++)
            for (u32 r = o.top[i]; r <= o.bottom[i]; r++)
                for (u32 c = o.left[i]; c <= o.right[i]; c++)
                    if (out[r * w + c] == 0) out[r * w + c] = j.arg;
        return;
    }
    const u32 k = objects_pick(o, src, w, j.arg);
    if (k == OBJECTS_NO_PIECE) return;
    const u32 mode = j.op / 4;
    if (mode == OBJECTS_CROP) {
        const u32 pw = o.right[k] + 1 - o.left[k];
        for (u32 r = o.top[k]; r <= o.bottom[k]; r++)
            for (u32 c = o.left[k]; c <= o.right[k]; c++) {
                const u32 x = r * w + c;
                out[(r - o.top[k]) * pw + (c - o.left[k])] = o.label[x] == k + 1 ? src[x] : 0;
            }
        return;
    }
    for (u32 x = 0; x < n; x++) {
        const u32 l = o.label[x];
        bool keep;
        if (l == 0) keep = false;
        else if (mode == OBJECTS_KEEP || mode == OBJECTS_ERASE) keep = l == k + 1;
        else keep = objects_ties(o, j.arg, k, l - 1);
        if (mode == OBJECTS_ERASE || mode == OBJECTS_ERASE_TIES) keep = !keep;
        out[x] = keep ? src[x] : 0;
    }
}

// One block a job; its first thread labels the image and writes every cell.
BATT_KERNEL void objects_cells(TransformParams p) {
    for (u32 jk = p.lo + blockIdx.x; jk < p.hi; jk += gridDim.x) {
        const u32 i = batt_job_at(p, jk);
        const Job j = p.jobs[i];
        const u16 os = p.out_shapes[i];
        if (j.family != p.family || os == 0 || os == BATT_DECLINE) continue;
        if (threadIdx.x != 0) continue;
        const u16 s = p.shapes[j.src];
        const u32 h = batt_height(s), w = batt_width(s);
        if (j.op != 34 && h * w > OBJECTS_MAX_CELLS) continue;
        ObjectsPieces o;
        objects_write(j, p.feats[j.src], p.cells + p.starts[j.src], h, w,
                      batt_height(os) * batt_width(os), p.out_cells + p.out_starts[i], o);
    }
}
