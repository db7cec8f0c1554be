// Edges and insides of shapes, boxes around the content and around each colour, diagonal
// rays and joins, and counts of same-colour neighbours (family 7).
#include "search.h"

// ops: 0 outline, 1 inner, 2 box_content, 3 fill_box, 4 fill_color_boxes,
// 5 paint_neighbours, 6 erase_lonely, 7 rays_diag, 8 connect_diag, and the moves of the
// cells of colour `arg` as one block: 9 step_toward, 10 center_on_rest, 11 move_to_contact;
// 12 recolor_lattice.

// Whether lattice `arg` selects cell (r, c) (the search's LATTICE_NAMES).
__device__ inline bool shapes_lattice(u32 arg, u32 r, u32 c) {
    switch (arg) {
    case 0: return c % 2 == 1;
    case 1: return r % 2 == 1;
    case 2: return (r + c) % 2 == 1;
    case 3: return c % 3 == 0;
    case 4: return r % 3 == 0;
    case 5: return c % 2 == 0;
    default: return r % 2 == 0;
    }
}

// The smallest colour 1..9 the image does not hold, or BATT_NONE.
__device__ inline u32 shapes_absent(const Features& f) {
    for (u32 k = 1; k <= 9; k++)
        if (f.count[k] == 0) return k;
    return BATT_NONE;
}

// The move (dr, dc) of the cells of colour `k` (box `g`) that op 9..11 makes, with `rest`
// the box of the other non-zero cells; false where there is none.
__device__ inline bool shapes_move(const u8* src, u32 h, u32 w, const Features& f, u32 op,
                                   u32 k, int* mr, int* mc) {
    if (k == 0 || k > 9 || f.count[k] == 0) return false;
    const u8* g = f.box[k];
    int rt = -1, rl = 0, rb = 0, rr = 0;
    for (u32 c = 1; c <= 9; c++) {
        if (c == k || f.count[c] == 0) continue;
        const u8* b = f.box[c];
        if (rt < 0) {
            rt = b[0];
            rl = b[1];
            rb = b[2];
            rr = b[3];
        } else {
            if (b[0] < rt) rt = b[0];
            if (b[1] < rl) rl = b[1];
            if (b[2] > rb) rb = b[2];
            if (b[3] > rr) rr = b[3];
        }
    }
    if (op == 9 || op == 10) {
        if (rt < 0) return false;
        const int dr2 = (rt + rb) - (g[0] + g[2]), dc2 = (rl + rr) - (g[1] + g[3]);
        int dr, dc;
        if (op == 9) {
            dr = (dr2 > 0) - (dr2 < 0);
            dc = (dc2 > 0) - (dc2 < 0);
        } else {
            if (dr2 % 2 != 0 || dc2 % 2 != 0) return false;
            dr = dr2 / 2;
            dc = dc2 / 2;
        }
        if (dr == 0 && dc == 0) return false;
        if ((int)g[0] + dr < 0 || (int)g[1] + dc < 0 || (int)g[2] + dr >= (int)h ||
            (int)g[3] + dc >= (int)w)
            return false;
        *mr = dr;
        *mc = dc;
        return true;
    }
    // Towards the nearest other non-zero cell, as a block: the direction (down, up, left,
    // right; ties: the first) in which it meets one after the fewest steps.
    const int dirs[4][2] = {{1, 0}, {-1, 0}, {0, -1}, {0, 1}};
    int best = -1, bd = 0;
    for (int d = 0; d < 4; d++) {
        const int dr = dirs[d][0], dc = dirs[d][1];
        int room = dr == 1 ? (int)h - 1 - g[2] : dr == -1 ? g[0] : dc == -1 ? g[1] : (int)w - 1 - g[3];
        if (best >= 0 && best - 1 < room) room = best - 1;
        for (int st = 1; st <= room; st++) {
            bool meets = false;
            for (u32 r = g[0]; r <= g[2] && !meets; r++)
                for (u32 c = g[1]; c <= g[3] && !meets; c++) {
                    if (src[r * w + c] != k) continue;
                    const u32 v = src[(r + dr * st) * w + c + dc * st];
                    meets = v != 0 && v != k;
                }
            if (meets) {
                best = st;
                bd = d;
                break;
            }
        }
    }
    if (best <= 1) return false;
    *mr = dirs[bd][0] * (best - 1);
    *mc = dirs[bd][1] * (best - 1);
    return true;
}

// The number of the four edge neighbours of (r, c) holding its colour.
__device__ inline u32 shapes_same4(const u8* src, u32 h, u32 w, u32 r, u32 c) {
    const u32 v = src[r * w + c];
    return (r > 0 && src[(r - 1) * w + c] == v) + (r + 1 < h && src[(r + 1) * w + c] == v) +
           (c > 0 && src[r * w + c - 1] == v) + (c + 1 < w && src[r * w + c + 1] == v);
}

// Whether a non-zero (r, c) is on the edge of its shape: a 4-neighbour is 0 or off the image.
__device__ inline bool shapes_on_edge(const u8* src, u32 h, u32 w, u32 r, u32 c) {
    return r == 0 || c == 0 || r + 1 == h || c + 1 == w || src[(r - 1) * w + c] == 0 ||
           src[(r + 1) * w + c] == 0 || src[r * w + c - 1] == 0 || src[r * w + c + 1] == 0;
}

// The first non-zero cell from (r, c) (excluded) in direction (dr, dc): its index and colour
// in `at` and the return value, or BATT_NONE where the walk leaves the image.
__device__ inline u32 shapes_walk(const u8* src, u32 h, u32 w, int r, int c, int dr, int dc,
                                   int* at) {
    for (;;) {
        r += dr;
        c += dc;
        if (r < 0 || c < 0 || r >= (int)h || c >= (int)w) return BATT_NONE;
        const u32 v = src[r * w + c];
        if (v != 0) {
            *at = r * (int)w + c;
            return v;
        }
    }
}

BATT_KERNEL void shapes_shape(TransformParams p) {
    for (u32 jk = p.lo + blockIdx.x * blockDim.x + threadIdx.x; jk < p.hi;
         jk += gridDim.x * blockDim.x) {
        const u32 i = batt_job_at(p, jk);
        const Job j = p.jobs[i];
        if (j.family != p.family) continue;
        const u16 s = p.shapes[j.src];
        const u32 h = batt_height(s), w = batt_width(s);
        const Features& f = p.feats[j.src];
        const u8* src = p.cells + p.starts[j.src];
        u16 out = s;
        if ((j.op == 2 || j.op == 3 || j.op == 7) && j.arg > 9) out = 0;
        if ((j.op == 2 || j.op == 3) && f.nz[0] == BATT_NONE) out = 0;
        if (j.op == 5 && f.count[0] == h * w) out = 0;
        if (j.op == 12) {
            bool any = false;
            if (j.arg <= 6 && shapes_absent(f) != BATT_NONE)
                for (u32 r = 0; r < h && !any; r++)
                    for (u32 c = 0; c < w && !any; c++)
                        any = src[r * w + c] != 0 && shapes_lattice(j.arg, r, c);
            if (!any) out = 0;
        } else if (j.op >= 9) {
            int mr, mc;
            if (j.op > 11 || !shapes_move(src, h, w, f, j.op, j.arg, &mr, &mc)) out = 0;
        }
        if (j.op == 6) {
            bool any = false;
            for (u32 r = 0; r < h && !any; r++)
                for (u32 c = 0; c < w && !any; c++)
                    any = src[r * w + c] != 0 && shapes_same4(src, h, w, r, c) <= j.arg;
            if (!any) out = 0;
        }
        p.out_shapes[i] = out;
    }
}

BATT_KERNEL void shapes_cells(TransformParams p) {
    for (u32 jk = p.lo + blockIdx.x; jk < p.hi; jk += gridDim.x) {
        const u32 i = batt_job_at(p, jk);
        const Job j = p.jobs[i];
        if (j.family != p.family || p.out_shapes[i] == 0) continue;
        const u32 h = batt_height(p.shapes[j.src]), w = batt_width(p.shapes[j.src]);
        const u8* src = p.cells + p.starts[j.src];
        const Features& f = p.feats[j.src];
        u8* out = p.out_cells + p.out_starts[i];
        int mr = 0, mc = 0;
        if (j.op >= 9 && j.op <= 11) shapes_move(src, h, w, f, j.op, j.arg, &mr, &mc);
        const u32 code = shapes_absent(f);
        for (u32 x = threadIdx.x; x < h * w; x += blockDim.x) {
            const u32 r = x / w, c = x % w;
            const u32 v = src[x];
            u32 o = v;
            if (j.op == 12) {
                out[x] = (v != 0 && shapes_lattice(j.arg, r, c)) ? (u8)code : (u8)v;
                continue;
            }
            if (j.op >= 9) {
                // The cells of colour arg moved by (mr, mc) over the others; 0 behind.
                const int sr = (int)r - mr, sc = (int)c - mc;
                const bool from = sr >= 0 && sc >= 0 && sr < (int)h && sc < (int)w &&
                                  src[sr * w + sc] == j.arg;
                out[x] = from ? j.arg : (v == j.arg ? 0 : (u8)v);
                continue;
            }
            switch (j.op) {
            case 0:
            case 1: {
                const bool edge = v != 0 && shapes_on_edge(src, h, w, r, c);
                o = (v != 0 && edge == (j.op == 0)) ? v : 0;
                break;
            }
            case 2: {
                const bool inside = r >= f.nz[0] && r <= f.nz[2] && c >= f.nz[1] && c <= f.nz[3];
                const bool ring =
                    inside && (r == f.nz[0] || r == f.nz[2] || c == f.nz[1] || c == f.nz[3]);
                o = ring ? j.arg : v;
                break;
            }
            case 3: {
                const bool inside = r >= f.nz[0] && r <= f.nz[2] && c >= f.nz[1] && c <= f.nz[3];
                o = (v == 0 && inside) ? j.arg : v;
                break;
            }
            case 4:
                if (v == 0) {
                    for (u32 k = 1; k <= 9; k++) {
                        const u8* b = f.box[k];
                        if (b[0] != BATT_NONE && r >= b[0] && r <= b[2] && c >= b[1] && c <= b[3]) {
                            o = k;
                            break;
                        }
                    }
                }
                break;
            case 5:
                o = v == 0 ? 0 : 1 + shapes_same4(src, h, w, r, c);
                break;
            case 6:
                o = (v != 0 && shapes_same4(src, h, w, r, c) <= j.arg) ? 0 : v;
                break;
            case 7:
                if (v == 0) {
                    int at = 0;
                    const int dirs[4][2] = {{-1, -1}, {-1, 1}, {1, -1}, {1, 1}};
                    for (int d = 0; d < 4; d++)
                        if (shapes_walk(src, h, w, r, c, dirs[d][0], dirs[d][1], &at) == j.arg)
                            o = j.arg;
                }
                break;
            default:
                // A zero cell between two cells of one colour on a diagonal takes that colour;
                // of two such diagonals, the one whose upper cell comes later in reading order
                // (the later write of the plain version).
                if (v == 0) {
                    int best = -1;
                    const int dcs[2] = {1, -1};
                    for (int d = 0; d < 2; d++) {
                        int up = 0, down = 0;
                        const u32 a = shapes_walk(src, h, w, r, c, -1, dcs[d], &up);
                        const u32 b = shapes_walk(src, h, w, r, c, 1, -dcs[d], &down);
                        if (a != BATT_NONE && a == b && up > best) {
                            best = up;
                            o = a;
                        }
                    }
                }
                break;
            }
            out[x] = (u8)o;
        }
    }
}
