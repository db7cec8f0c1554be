// The search's frontier on the device: per-image features, state hashes, deduplication
// within a batch, and the gathering of the states kept.
#include "search.h"

// Per parent image: colour counts, boxes, most and least frequent colours. One thread an
// image, striding over the images.
BATT_KERNEL void features(FeatureParams p) {
    for (u32 i = blockIdx.x * blockDim.x + threadIdx.x; i < p.n_images;
         i += gridDim.x * blockDim.x) {
        Features f;
        for (int c = 0; c < 10; c++) {
            f.count[c] = 0;
            f.box[c][0] = BATT_NONE;
            f.box[c][1] = BATT_NONE;
            f.box[c][2] = 0;
            f.box[c][3] = 0;
        }
        f.nz[0] = BATT_NONE;
        f.nz[1] = BATT_NONE;
        f.nz[2] = 0;
        f.nz[3] = 0;
        const u32 h = batt_height(p.shapes[i]), w = batt_width(p.shapes[i]);
        const u8* cells = p.cells + p.starts[i];
        for (u32 r = 0; r < h; r++) {
            for (u32 c = 0; c < w; c++) {
                const u32 k = cells[r * w + c];
                if (k > 9) continue;
                f.count[k]++;
                u8* b = f.box[k];
                if (b[0] == BATT_NONE) {
                    b[0] = (u8)r;
                    b[1] = (u8)c;
                    b[2] = (u8)r;
                    b[3] = (u8)c;
                } else {
                    if (c < b[1]) b[1] = (u8)c;
                    b[2] = (u8)r;
                    if (c > b[3]) b[3] = (u8)c;
                }
            }
        }
        f.major = BATT_NONE;
        f.minor = BATT_NONE;
        f.major_all = 0;
        f.colors = 0;
        for (int k = 0; k < 10; k++) {
            if (f.count[k] == 0) continue;
            if (f.count[k] > f.count[f.major_all]) f.major_all = (u8)k;
            if (k == 0) continue;
            f.colors++;
            if (f.major == BATT_NONE || f.count[k] > f.count[f.major]) f.major = (u8)k;
            if (f.minor == BATT_NONE || f.count[k] < f.count[f.minor]) f.minor = (u8)k;
            const u8* b = f.box[k];
            if (f.nz[0] == BATT_NONE) {
                f.nz[0] = b[0];
                f.nz[1] = b[1];
                f.nz[2] = b[2];
                f.nz[3] = b[3];
            } else {
                if (b[0] < f.nz[0]) f.nz[0] = b[0];
                if (b[1] < f.nz[1]) f.nz[1] = b[1];
                if (b[2] > f.nz[2]) f.nz[2] = b[2];
                if (b[3] > f.nz[3]) f.nz[3] = b[3];
            }
        }
        p.feats[i] = f;
    }
}

// rustc-hash 1.1's FxHasher on 64-bit targets, word by word as its `write` reads bytes.
#define FX_K 0x517cc1b727220a95ULL

__device__ inline u64 fx_add(u64 h, u64 word) {
    return (((h << 5) | (h >> 59)) ^ word) * FX_K;
}

// Little-endian load of `n` bytes (1 to 8) from any address.
__device__ inline u64 load_le(const u8* b, u32 n) {
    u64 v = 0;
    for (u32 k = 0; k < n; k++) v |= (u64)b[k] << (8 * k);
    return v;
}

// The hash of each made item: FxHasher over its images, each as `write_u32(h << 16 | w)`
// then `write(cells)`: equal to the host's `hash_images`. One thread an item.
BATT_KERNEL void hash_items(ItemParams p) {
    for (u32 i = blockIdx.x * blockDim.x + threadIdx.x; i < p.n_items;
         i += gridDim.x * blockDim.x) {
        const u32 lo = p.first[i], hi = p.first[i + 1];
        if (lo == hi || p.shapes[lo] == 0) {
            p.hash[i] = 0;
            continue;
        }
        u64 h = 0;
        for (u32 j = lo; j < hi; j++) {
            const u32 ht = batt_height(p.shapes[j]), wd = batt_width(p.shapes[j]);
            h = fx_add(h, (u64)((ht << 16) | wd));
            const u8* b = p.cells + p.starts[j];
            u32 n = ht * wd;
            while (n >= 8) {
                h = fx_add(h, load_le(b, 8));
                b += 8;
                n -= 8;
            }
            if (n >= 4) {
                h = fx_add(h, load_le(b, 4));
                b += 4;
                n -= 4;
            }
            if (n >= 2) {
                h = fx_add(h, load_le(b, 2));
                b += 2;
                n -= 2;
            }
            if (n >= 1) h = fx_add(h, b[0]);
        }
        p.hash[i] = h;
    }
}

// The table key of an item: its hash mixed with its task, never 0 (0 marks an empty slot).
__device__ inline u64 item_key(u64 hash, u32 tag) {
    u64 k = (hash ^ ((u64)tag * 0x9e3779b97f4a7c15ULL)) * 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return k == 0 ? 1 : k;
}

// The slot of `key`: linear probing from its top bits; the table is never full (the host
// sizes it to at least twice the items).
__device__ inline u32 find_slot(u64* keys, u32 bits, u64 key, bool insert) {
    const u32 mask = (1u << bits) - 1;
    u32 s = (u32)(key >> (64 - bits)) & mask;
    for (;;) {
        u64 k = keys[s];
        if (k == key) return s;
        if (k == 0) {
            if (!insert) return 0xffffffffu;
            u64 old = atomicCAS(&keys[s], 0ULL, key);
            if (old == 0 || old == key) return s;
        }
        s = (s + 1) & mask;
    }
}

// Every made item claims its key's slot; the slot's owner is the least item of that key
// (whatever the order of the threads). `owner` starts all ones.
BATT_KERNEL void dedup_insert(ItemParams p) {
    for (u32 i = blockIdx.x * blockDim.x + threadIdx.x; i < p.n_items;
         i += gridDim.x * blockDim.x) {
        const u32 lo = p.first[i];
        if (p.first[i + 1] == lo || p.shapes[lo] == 0) continue;
        const u32 s = find_slot(p.keys, p.table_bits, item_key(p.hash[i], p.tag[i]), true);
        atomicMin(&p.owner[s], i);
    }
}

// Whether items `a` and `b` hold equal images.
__device__ inline bool same_items(const ItemParams& p, u32 a, u32 b) {
    const u32 na = p.first[a + 1] - p.first[a], nb = p.first[b + 1] - p.first[b];
    if (na != nb) return false;
    for (u32 j = 0; j < na; j++) {
        const u32 ja = p.first[a] + j, jb = p.first[b] + j;
        if (p.shapes[ja] != p.shapes[jb]) return false;
        const u32 n = batt_height(p.shapes[ja]) * batt_width(p.shapes[ja]);
        const u8* ca = p.cells + p.starts[ja];
        const u8* cb = p.cells + p.starts[jb];
        for (u32 k = 0; k < n; k++)
            if (ca[k] != cb[k]) return false;
    }
    return true;
}

// An item is kept unless it was not made or an earlier item of its task holds the same
// images. An item that shares its key with a different state is kept (the host's own
// deduplication, which compares cells on equal hashes, then judges it).
BATT_KERNEL void dedup_verify(ItemParams p) {
    for (u32 i = blockIdx.x * blockDim.x + threadIdx.x; i < p.n_items;
         i += gridDim.x * blockDim.x) {
        const u32 lo = p.first[i];
        if (p.first[i + 1] == lo || p.shapes[lo] == 0) {
            p.keep[i] = 0;
            continue;
        }
        const u32 s = find_slot(p.keys, p.table_bits, item_key(p.hash[i], p.tag[i]), false);
        const u32 w = p.owner[s];
        p.keep[i] = (w == i || p.tag[w] != p.tag[i] || p.hash[w] != p.hash[i] ||
                     !same_items(p, w, i))
                        ? 1
                        : 0;
    }
}

// Copies the images `index[k]` to `dst + dst_starts[k]`. One block an image, its threads
// striding over the cells.
BATT_KERNEL void gather_images(GatherParams p) {
    for (u32 k = blockIdx.x; k < p.n; k += gridDim.x) {
        const u32 i = p.index[k];
        const u32 n = batt_height(p.shapes[i]) * batt_width(p.shapes[i]);
        const u8* src = p.cells + p.starts[i];
        u8* dst = p.dst + p.dst_starts[k];
        for (u32 c = threadIdx.x; c < n; c += blockDim.x) dst[c] = src[c];
    }
}

// Whether item `i` of the chunk holds the images of the resident state `value`.
__device__ inline bool resident_same(const ResidentParams& p, u32 i, u64 value) {
    const u32 b = (u32)(value >> 32), first = (u32)value;
    const u8* bcells = (const u8*)p.block_cells[b];
    const u32* bstarts = (const u32*)p.block_starts[b];
    const u16* bshapes = (const u16*)p.block_shapes[b];
    const u32 lo = p.first[i], n = p.first[i + 1] - lo;
    for (u32 j = 0; j < n; j++) {
        const u16 sh = p.shapes[lo + j];
        if (bshapes[first + j] != sh) return false;
        const u32 cells = batt_height(sh) * batt_width(sh);
        const u8* a = p.cells + p.starts[lo + j];
        const u8* b2 = bcells + bstarts[first + j];
        for (u32 k = 0; k < cells; k++)
            if (a[k] != b2[k]) return false;
    }
    return true;
}

// Each kept item equal to a state the batch kept on the device before is dropped. One
// thread an item.
BATT_KERNEL void resident_probe(ResidentParams p) {
    for (u32 i = blockIdx.x * blockDim.x + threadIdx.x; i < p.n_items;
         i += gridDim.x * blockDim.x) {
        if (p.keep[i] == 0) continue;
        const u64 key = item_key(p.hash[i], p.tag[i]);
        const u32 mask = (1u << p.table_bits) - 1;
        for (u32 s = (u32)(key >> (64 - p.table_bits)) & mask;; s = (s + 1) & mask) {
            const u64 k = p.keys[s];
            if (k == 0) break;
            if (k == key && p.value_tags[s] == p.tag[i] && resident_same(p, i, p.values[s])) {
                p.keep[i] = 0;
                break;
            }
        }
    }
}

// Each item with an image in this chunk's block (`image[i]` not ~0) enters the table.
BATT_KERNEL void resident_insert(ResidentParams p) {
    for (u32 i = blockIdx.x * blockDim.x + threadIdx.x; i < p.n_items;
         i += gridDim.x * blockDim.x) {
        if (p.image[i] == 0xffffffffu) continue;
        const u64 key = item_key(p.hash[i], p.tag[i]);
        const u32 mask = (1u << p.table_bits) - 1;
        for (u32 s = (u32)(key >> (64 - p.table_bits)) & mask;; s = (s + 1) & mask) {
            if (atomicCAS(&p.keys[s], 0ULL, key) == 0) {
                p.values[s] = ((u64)p.block << 32) | p.image[i];
                p.value_tags[s] = p.tag[i];
                break;
            }
        }
    }
}

// Per kept item, how its train images stand against its task's train outputs
// (BATT_JUDGE_*): what the host needs to know to tell whether the item's images can matter
// beyond its deduplication. One thread an item.
BATT_KERNEL void judge_items(JudgeParams p) {
    for (u32 i = blockIdx.x * blockDim.x + threadIdx.x; i < p.n_items;
         i += gridDim.x * blockDim.x) {
        u8 flags = 0;
        if (p.keep[i] != 0) {
            const u32 lo = p.first[i], t = p.tag[i];
            const u32 o0 = p.out_first[t], train = p.out_first[t + 1] - o0;
            bool shaped = true;
            for (u32 j = 0; j < train; j++)
                if (p.shapes[lo + j] != p.out_shapes[o0 + j]) shaped = false;
            if (shaped) {
                u8 map[10];
                for (u32 c = 0; c < 10; c++) map[c] = 0xff;
                bool mappable = true, piece = true;
                for (u32 j = 0; j < train && (mappable || piece); j++) {
                    const u16 sh = p.out_shapes[o0 + j];
                    const u32 n = batt_height(sh) * batt_width(sh);
                    const u8* a = p.cells + p.starts[lo + j];
                    const u8* b = p.out_cells + p.out_starts[o0 + j];
                    for (u32 k = 0; k < n; k++) {
                        const u8 x = a[k], y = b[k];
                        if (x != 0 && x != y) piece = false;
                        if (x > 9) {
                            mappable = false;
                        } else if (map[x] == 0xff) {
                            map[x] = y;
                        } else if (map[x] != y) {
                            mappable = false;
                        }
                    }
                }
                flags = BATT_JUDGE_SHAPED;
                if (mappable) flags |= BATT_JUDGE_MAPPABLE;
                if (piece) flags |= BATT_JUDGE_PIECE;
            }
        }
        p.flags[i] = flags;
    }
}
