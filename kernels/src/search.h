// The interface shared by the search's kernel families: the structs passed to every kernel
// (by value, one parameter each), the per-image features, and small helpers.
//
// Every kernel of the search is written so that it also runs as plain C++ (see emulate.h):
// no shared memory, no __syncthreads, no warp intrinsics; a thread's work depends only on
// its indices and on data no other thread of the same launch writes. Atomics are used only
// where the order of the threads cannot change the result (dedup.cu).
#ifndef BATT_SEARCH_H
#define BATT_SEARCH_H

// A kernel's declaration: an entry of the PTX; emulate.h makes it a plain C++ function.
#ifndef BATT_KERNEL
#define BATT_KERNEL extern "C" __global__
#endif

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;

// No colour, no row: the value of an absent feature.
#define BATT_NONE 255

// The shape a `_shape` kernel writes for an image it leaves to the CPU (one beyond the
// sizes it handles): the engine then computes that item with the Rust transform.
#define BATT_DECLINE 0xffff

// What the transforms of a level need to know of each parent image, computed once per
// level by `features` (frontier.cu).
struct Features {
    u16 count[10];   // cells of each colour
    u8 box[10][4];   // per colour: top, left, bottom, right (inclusive); top = BATT_NONE if absent
    u8 nz[4];        // the same for the non-zero cells
    u8 major;        // the most frequent non-zero colour (ties: the smallest), BATT_NONE if none
    u8 minor;        // the least frequent non-zero colour (ties: the smallest), BATT_NONE if none
    u8 major_all;    // the most frequent colour, 0 counted (ties: the smallest)
    u8 colors;       // the number of non-zero colours present
};

// One output image to make: transform `op` of `family` with argument `arg` on parent image
// `src`, for an input whose output is expected to be `th` x `tw` (0 x 0 when unknown).
struct Job {
    u32 src;
    u8 arg;
    u8 th;
    u8 tw;
    u8 family;
    u16 op;
    u16 unused;
};

// The parameters of every transform kernel (`<family>_shape`, `<family>_cells`).
struct TransformParams {
    const u8* cells;         // the parent images' cells, back to back
    const u32* starts;       // per parent image, its first cell
    const u16* shapes;       // per parent image, height << 8 | width
    const Features* feats;   // per parent image
    const Job* jobs;         // the jobs, every family's
    u32 n_jobs;
    u32 family;              // the family this launch serves: other jobs are skipped
    u16* out_shapes;         // written by `_shape`: height << 8 | width, 0 for no image
    const u32* out_starts;   // read by `_cells`: where each job's cells go
    u8* out_cells;           // written by `_cells` for jobs whose out_shapes is not 0
    // The jobs this launch serves are places lo..hi of an order of the jobs given in
    // segments: segment `s` holds places seg_place[s].. (ascending) and starts at job
    // seg_job[s], its jobs consecutive. With no segments, place k is job k.
    const u32* seg_place;
    const u32* seg_job;
    u32 n_segs;
    u32 lo;
    u32 hi;
    u32 unused;
};

// The job at place `k` of a launch's order (TransformParams::seg_place).
__device__ inline u32 batt_job_at(const TransformParams& p, u32 k) {
    if (p.n_segs == 0) return k;
    u32 a = 0, b = p.n_segs;  // the segment is the last whose first place is at most k
    while (b - a > 1) {
        const u32 m = (a + b) / 2;
        if (p.seg_place[m] <= k) a = m; else b = m;
    }
    return p.seg_job[a] + (k - p.seg_place[a]);
}

// The parameters of `features`.
struct FeatureParams {
    const u8* cells;
    const u32* starts;
    const u16* shapes;
    u32 n_images;
    Features* feats;
};

// The parameters of `hash_items`, `dedup_insert`, `dedup_verify` (dedup.cu): items are runs
// of consecutive jobs (a state: one image per input of its task), item `i` owning jobs
// `first[i]..first[i + 1]`; an item is made when its first job's shape is not 0 (the host
// zeroes every job of an item that failed).
struct ItemParams {
    const u8* cells;         // the jobs' cells (TransformParams::out_cells)
    const u32* starts;       // the jobs' starts
    const u16* shapes;       // the jobs' shapes
    const u32* first;        // n_items + 1 job offsets
    const u32* tag;          // per item, its task: items of different tasks never merge
    u32 n_items;
    u64* hash;               // per item, written by hash_items
    u64* keys;               // the table's keys (0: empty), 2^table_bits of them
    u32* owner;              // the table's owners: the least item of that key
    u32 table_bits;
    u8* keep;                // per item, written by dedup_verify: 1 new in this batch, 0 not
};

// The parameters of `resident_probe` and `resident_insert` (frontier.cu): the states a batch
// kept on the device so far, in blocks (one a chunk), each state's images back to back in
// its block; a table maps each state's key to `block << 32 | first image`. The chunk's items
// are those of ItemParams.
struct ResidentParams {
    const u8* cells;         // the chunk's jobs' cells, starts and shapes
    const u32* starts;
    const u16* shapes;
    const u32* first;        // n_items + 1 job offsets
    const u32* tag;          // per item, its task
    const u64* hash;         // per item
    u8* keep;                // per item: probe clears it for a state kept before
    u32 n_items;
    u32 table_bits;
    u64* keys;               // the table (0: empty)
    u64* values;             // block << 32 | first image of the state in its block
    u32* value_tags;         // per slot, the state's task
    const u64* block_cells;  // per block, the address of its cells
    const u64* block_starts; // per block, the address of its images' starts (u32)
    const u64* block_shapes; // per block, the address of its images' shapes (u16)
    const u32* image;        // insert: per item, its first image in block `block` (or ~0)
    u32 block;
    u32 unused;
};

// The parameters of `gather_images`: copies image `index[k]` of (cells, starts, shapes)
// to `dst + dst_starts[k]`, for `k < n`.
struct GatherParams {
    const u8* cells;
    const u32* starts;
    const u16* shapes;
    const u32* index;
    const u32* dst_starts;
    u32 n;
    u8* dst;
};

// The parameters of `judge_items` (frontier.cu): how each kept item's train images stand
// against its task's train outputs. The items are those of ItemParams; the outputs of every
// task of the batch lie back to back, task `t` owning outputs `out_first[t]..out_first[t + 1]`
// (its train outputs, in the order of its train inputs).
struct JudgeParams {
    const u8* cells;         // the chunk's jobs' cells, starts and shapes
    const u32* starts;
    const u16* shapes;
    const u32* first;        // n_items + 1 job offsets
    const u32* tag;          // per item, its task
    const u8* keep;          // per item: judged when not 0
    u32 n_items;
    u32 unused;
    const u8* out_cells;     // the train outputs' cells, starts and shapes
    const u32* out_starts;
    const u16* out_shapes;
    const u32* out_first;    // per task, its first train output; one more at the end
    u8* flags;               // per item, written: BATT_JUDGE_* bits, 0 for an item not kept
};

// Every train image has its output's shape.
#define BATT_JUDGE_SHAPED 1
// Shaped, and one map of colours takes every train image's cells to its output's.
#define BATT_JUDGE_MAPPABLE 2
// Shaped, and every non-zero cell of the train images equals its output's.
#define BATT_JUDGE_PIECE 4

// A piece's score under pick criterion `crit` (0..=13; higher wins): the piece's box
// (top, left, bottom, right, inclusive), its own cells and its colour set (bit k: colour k).
__device__ inline int batt_piece_score(u32 top, u32 left, u32 bottom, u32 right, u32 cells,
                                       u32 colors, u32 crit) {
    const int ph = (int)bottom + 1 - (int)top, pw = (int)right + 1 - (int)left;
    const int area = ph * pw, n = (int)cells;
    int k = 0;
    for (u32 b = 0; b < 16; b++) k += (int)((colors >> b) & 1);
    switch (crit) {
    case 0: return n;
    case 1: return -n;
    case 2: return area;
    case 3: return -area;
    case 4: return k;
    case 5: return -k;
    case 6: return -(int)top;
    case 7: return (int)bottom;
    case 8: return -(int)left;
    case 9: return (int)right;
    case 10: return area - n;
    case 11: return n - area;
    case 12: return ph;
    default: return pw;
    }
}

__device__ inline u32 batt_height(u16 shape) { return shape >> 8; }
__device__ inline u32 batt_width(u16 shape) { return shape & 0xff; }
__device__ inline u16 batt_shape(u32 h, u32 w) {
    return (h >= 1 && h <= 255 && w >= 1 && w <= 255) ? (u16)((h << 8) | w) : (u16)0;
}

#endif
