//! The bytes that go to a GPU: colours packed 4 bits a cell, and plans that split the work.
//!
//! Pure host code, free of any driver call, so that it is tested everywhere.
//!
//! A grid of `n` cells takes `ceil(n / 32)` chunks of 16 bytes (four `u32` words); cell `k`
//! is nibble `k % 8` (low nibble first) of word `k / 8`. Each grid starts on a chunk, so that
//! the kernel reads it with 16-byte loads, and the nibbles after its last cell repeat that
//! cell, so padding never changes a palette. A batch is described by `starts`, the chunk
//! offset of each grid plus one past the last.

use std::ops::Range;

use crate::backend::cpu::{ColorMask, palette_mask};
use crate::grid::Grid;

/// Cells in one packed word.
pub(crate) const CELLS_PER_WORD: usize = 8;
/// Words in one chunk, the unit of a grid's start and of the kernel's loads.
pub(crate) const WORDS_PER_CHUNK: usize = 4;
/// Cells in one chunk.
pub(crate) const CELLS_PER_CHUNK: usize = CELLS_PER_WORD * WORDS_PER_CHUNK;

/// Grids above this many are packed in parallel halves.
const PACK_SPLIT_GRIDS: usize = 256;

/// Chunks taken by a grid of `cells` cells.
#[inline]
pub(crate) fn chunks_for(cells: usize) -> usize {
    cells.div_ceil(CELLS_PER_CHUNK)
}

/// Packs one 8-cell group (colours `< 16`) into a word, cell `k` in nibble `k`.
#[inline]
fn pack8(group: &[u8; 8]) -> u32 {
    // Every byte holds at most 4 bits: fold neighbouring bytes together three times.
    let mut x = u64::from_le_bytes(*group);
    x = (x | (x >> 4)) & 0x00FF_00FF_00FF_00FF;
    x = (x | (x >> 8)) & 0x0000_FFFF_0000_FFFF;
    x = (x | (x >> 16)) & 0x0000_0000_FFFF_FFFF;
    x as u32
}

/// Packs whole 8-cell groups, portably.
fn pack_groups(cells: &[u8], out: &mut [u32]) {
    debug_assert_eq!(cells.len(), out.len() * CELLS_PER_WORD);
    for (w, c) in out.iter_mut().zip(cells.chunks_exact(CELLS_PER_WORD)) {
        *w = pack8(c.try_into().expect("8 cells"));
    }
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use std::arch::x86_64::*;

    /// Packs one grid: its whole 32-cell chunks, then `tail` (its last cells padded to a
    /// chunk) if any, with ordinary stores.
    ///
    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn pack_avx2(cells: &[u8], tail: Option<&[u8; 32]>, out: &mut [u32]) {
        debug_assert_eq!(cells.len() % 32, 0);
        debug_assert_eq!(out.len(), (cells.len() / 32 + usize::from(tail.is_some())) * 4);
        let chunks = cells.chunks_exact(32).chain(tail.map(|t| &t[..]));
        // SAFETY: each step loads 32 bytes from a 32-byte chunk of `cells` (or the tail
        // array) and stores 16 bytes into the matching 4 words of `out` (both unaligned
        // accesses), in bounds by the lengths checked above; the rest are register
        // operations.
        unsafe {
            // Byte pairs (c0, c1) -> c0 + 16 c1 as 16-bit lanes (at most 153, no saturation).
            let weights = _mm256_set1_epi16(0x1001);
            for (src, dst) in chunks.zip(out.chunks_exact_mut(4)) {
                let v = _mm256_loadu_si256(src.as_ptr().cast());
                let pairs = _mm256_maddubs_epi16(v, weights);
                // Narrow to bytes per 128-bit lane, then bring both lanes' 8 bytes together.
                let packed = _mm256_packus_epi16(pairs, pairs);
                let joined = _mm256_castsi256_si128(_mm256_permute4x64_epi64::<0b1000>(packed));
                _mm_storeu_si128(dst.as_mut_ptr().cast(), joined);
            }
        }
    }
}

/// Whether the AVX2 packer can run here.
#[inline]
fn has_avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Packs one grid's cells into exactly `WORDS_PER_CHUNK * chunks_for(cells.len())` words,
/// with AVX2 where `avx2` says the CPU has it.
fn pack_cells(cells: &[u8], out: &mut [u32], avx2: bool) {
    debug_assert_eq!(out.len(), WORDS_PER_CHUNK * chunks_for(cells.len()));
    let whole = cells.len() / CELLS_PER_CHUNK * CELLS_PER_CHUNK;
    let (head, rest) = cells.split_at(whole);
    let tail = rest.last().map(|&last| {
        let mut tail = [last; CELLS_PER_CHUNK];
        tail[..rest.len()].copy_from_slice(rest);
        tail
    });
    #[cfg(target_arch = "x86_64")]
    if avx2 {
        // SAFETY: `avx2` is only true where the CPU supports AVX2 (see `has_avx2`).
        unsafe { x86::pack_avx2(head, tail.as_ref(), out) };
        return;
    }
    let _ = avx2;
    let (out_head, out_tail) = out.split_at_mut(whole / CELLS_PER_WORD);
    pack_groups(head, out_head);
    if let Some(tail) = &tail {
        pack_groups(tail, out_tail);
    }
}

/// Packs `grids` into `out`, whose length is `4 * (starts[n] - starts[0])` words, in
/// parallel. `starts` are the grids' chunk offsets (`grids.len() + 1` of them), relative to
/// any base.
pub(crate) fn pack_grids(grids: &[&Grid], starts: &[u32], out: &mut [u32]) {
    debug_assert_eq!(starts.len(), grids.len() + 1);
    debug_assert_eq!(out.len(), WORDS_PER_CHUNK * (starts[grids.len()] - starts[0]) as usize);
    if grids.len() <= PACK_SPLIT_GRIDS {
        let base = starts[0];
        let avx2 = has_avx2();
        for (i, g) in grids.iter().enumerate() {
            let lo = WORDS_PER_CHUNK * (starts[i] - base) as usize;
            let hi = WORDS_PER_CHUNK * (starts[i + 1] - base) as usize;
            pack_cells(g.cells(), &mut out[lo..hi], avx2);
        }
        return;
    }
    let mid = grids.len() / 2;
    let (out_lo, out_hi) = out.split_at_mut(WORDS_PER_CHUNK * (starts[mid] - starts[0]) as usize);
    ::rayon::join(
        || pack_grids(&grids[..mid], &starts[..=mid], out_lo),
        || pack_grids(&grids[mid..], &starts[mid..], out_hi),
    );
}

/// Splits `0..n` (where `prefix` has `n + 1` cumulative weights) into `parts` contiguous
/// ranges of about equal weight. Always `parts` ranges, in order, covering `0..n`; some may
/// be empty when there are few items.
pub(crate) fn plan_shards(prefix: &[u64], parts: usize) -> Vec<Range<usize>> {
    assert!(parts > 0 && !prefix.is_empty());
    let n = prefix.len() - 1;
    let total = prefix[n] - prefix[0];
    let mut cuts = Vec::with_capacity(parts + 1);
    cuts.push(0);
    for k in 1..parts {
        let target = prefix[0] + (total as u128 * k as u128 / parts as u128) as u64;
        // The first item whose start is at or past the target begins the next shard.
        let cut = prefix[..n].partition_point(|&p| p < target);
        cuts.push(cut.max(*cuts.last().expect("non-empty")));
    }
    cuts.push(n);
    cuts.windows(2).map(|w| w[0]..w[1]).collect()
}

/// Splits `0..n` into passes of at most `max_chunks` chunks and `max_grids` grids each
/// (a single grid larger than `max_chunks` gets a pass of its own), `prefix` holding the
/// `n + 1` cumulative chunk counts.
pub(crate) fn plan_passes(prefix: &[u64], max_chunks: u64, max_grids: usize) -> Vec<Range<usize>> {
    let n = prefix.len() - 1;
    let mut passes = Vec::new();
    let mut lo = 0;
    while lo < n {
        let limit = prefix[lo] + max_chunks;
        let mut hi = lo + prefix[lo + 1..=n].partition_point(|&p| p <= limit);
        hi = hi.clamp(lo + 1, (lo + max_grids).min(n));
        passes.push(lo..hi);
        lo = hi;
    }
    passes
}

/// Chunk offsets relative to `prefix[0]` as 32-bit values, or `None` when they overflow.
pub(crate) fn relative_starts(prefix: &[u64]) -> Option<Vec<u32>> {
    let base = prefix[0];
    prefix.iter().map(|&p| u32::try_from(p - base).ok()).collect()
}

/// Cumulative chunk counts of `grids`, from 0 (`grids.len() + 1` entries), in parallel:
/// reading each grid's size is a cache miss, and there may be millions.
pub(crate) fn chunk_prefix(grids: &[&Grid]) -> Vec<u64> {
    use ::rayon::prelude::*;
    const BLOCK: usize = 1 << 14;
    let mut prefix = vec![0u64; grids.len() + 1];
    // Sums within blocks, then each block shifted by the total of the blocks before it.
    prefix[1..].par_chunks_mut(BLOCK).zip(grids.par_chunks(BLOCK)).for_each(|(out, gs)| {
        let mut at = 0;
        for (o, g) in out.iter_mut().zip(gs) {
            at += chunks_for(g.len()) as u64;
            *o = at;
        }
    });
    let mut shift = Vec::with_capacity(grids.len().div_ceil(BLOCK));
    let mut at = 0;
    for block in prefix[1..].chunks(BLOCK) {
        shift.push(at);
        at += block.last().copied().unwrap_or(0);
    }
    prefix[1..].par_chunks_mut(BLOCK).zip(shift).for_each(|(block, by)| {
        if by > 0 {
            block.iter_mut().for_each(|p| *p += by);
        }
    });
    prefix
}

/// The masks of `grids` on the CPU, in parallel: the fallback of every GPU step.
pub(crate) fn cpu_masks(grids: &[&Grid], out: &mut [ColorMask]) {
    use ::rayon::prelude::*;
    out.par_iter_mut()
        .zip(grids.par_iter())
        .with_min_len(1024)
        .for_each(|(m, g)| *m = palette_mask(g.cells()));
}

/// The palette of packed words, the way the kernel computes it.
#[cfg(test)]
pub(crate) fn mask_of_words(words: &[u32]) -> ColorMask {
    let mut m = 0u32;
    for &w in words {
        for k in 0..CELLS_PER_WORD {
            m |= 1 << ((w >> (4 * k)) & 15);
        }
    }
    (m & 0x3ff) as ColorMask
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(h: usize, w: usize, seed: u64) -> Grid {
        let mut rng = fastrand::Rng::with_seed(seed);
        Grid::from_cells(h, w, (0..h * w).map(|_| rng.u8(0..10)).collect()).unwrap()
    }

    #[test]
    fn packing_round_trips_and_pads_with_the_last_cell() {
        for n in (1..100).chain([900, 901, 65025]) {
            let cells: Vec<u8> = (0..n).map(|i| ((i * 7 + i / 5 + 3) % 10) as u8).collect();
            for avx2 in [false, has_avx2()] {
                // Aligned and unaligned destinations.
                let mut buf = vec![0xDEAD_BEEF; WORDS_PER_CHUNK * chunks_for(n) + 3];
                let to_aligned = (4 - (buf.as_ptr() as usize / 4) % 4) % 4;
                let skip = if n % 2 == 0 { (to_aligned + 1) % 4 } else { to_aligned };
                let out = &mut buf[skip..skip + WORDS_PER_CHUNK * chunks_for(n)];
                pack_cells(&cells, out, avx2);
                for k in 0..out.len() * CELLS_PER_WORD {
                    let nib = ((out[k / 8] >> (4 * (k % 8))) & 15) as u8;
                    let want = if k < n { cells[k] } else { cells[n - 1] };
                    assert_eq!(nib, want, "n {n} nibble {k} avx2 {avx2}");
                }
                assert_eq!(mask_of_words(out), palette_mask(&cells));
            }
        }
    }

    #[test]
    fn batches_pack_every_grid_at_its_start() {
        let grids: Vec<Grid> =
            (0..1000).map(|i| grid(1 + i % 30, 1 + (i * 7) % 30, i as u64)).collect();
        let refs: Vec<&Grid> = grids.iter().collect();
        let prefix = chunk_prefix(&refs);
        let mut sequential = vec![0u64];
        for g in &refs {
            sequential.push(sequential.last().unwrap() + chunks_for(g.len()) as u64);
        }
        assert_eq!(prefix, sequential);
        let starts = relative_starts(&prefix).unwrap();
        assert_eq!(relative_starts(&[5, 5 + (1 << 32)]), None);
        let w = |c: u32| c as usize * WORDS_PER_CHUNK;
        let mut words = vec![u32::MAX; w(*starts.last().unwrap())];
        pack_grids(&refs, &starts, &mut words);
        for (i, g) in grids.iter().enumerate() {
            let words = &words[w(starts[i])..w(starts[i + 1])];
            assert_eq!(mask_of_words(words), palette_mask(g.cells()), "grid {i}");
        }
        // A sub-batch packs the same with offsets relative to any base.
        let mut sub = vec![0; w(starts[700] - starts[300])];
        pack_grids(&refs[300..700], &starts[300..=700], &mut sub);
        assert_eq!(sub, words[w(starts[300])..w(starts[700])]);
    }

    #[test]
    fn shards_cover_everything_in_order_and_balance_weight() {
        for (weights, parts) in [
            (vec![5u64; 10], 3),
            (vec![1, 1, 1, 100, 1, 1], 2),
            (vec![], 4),
            (vec![7], 4),
            (vec![3, 1, 4, 1, 5, 9, 2, 6], 8),
            ((1..=100).collect(), 5),
        ] {
            let mut prefix = vec![0u64];
            for w in &weights {
                prefix.push(prefix.last().unwrap() + w);
            }
            let plan = plan_shards(&prefix, parts);
            assert_eq!(plan.len(), parts);
            assert_eq!(plan.first().unwrap().start, 0);
            assert_eq!(plan.last().unwrap().end, weights.len());
            for w in plan.windows(2) {
                assert_eq!(w[0].end, w[1].start, "{plan:?}");
            }
            // No shard exceeds its fair share by more than its largest item.
            let total: u64 = weights.iter().sum();
            let max_item = weights.iter().copied().max().unwrap_or(0);
            for r in &plan {
                let w = prefix[r.end] - prefix[r.start];
                assert!(w <= total.div_ceil(parts as u64) + max_item, "{weights:?} {plan:?}");
            }
        }
    }

    #[test]
    fn uneven_split_gives_equal_cells_not_equal_grids() {
        // 100 1x1 grids then 10 30x30 grids (29 chunks each): two devices split by cells.
        let mut prefix = vec![0u64];
        for i in 0..110 {
            prefix.push(prefix.last().unwrap() + if i < 100 { 1 } else { 29 });
        }
        let plan = plan_shards(&prefix, 2);
        assert_eq!(plan, vec![0..104, 104..110]);
    }

    #[test]
    fn passes_respect_both_limits() {
        let mut prefix = vec![0u64];
        for i in 0..50u64 {
            prefix.push(prefix.last().unwrap() + 1 + i % 5);
        }
        for (max_chunks, max_grids) in [(10, 100), (1000, 7), (1, 3), (u64::MAX / 2, usize::MAX)] {
            let passes = plan_passes(&prefix, max_chunks, max_grids);
            assert_eq!(passes.first().unwrap().start, 0);
            assert_eq!(passes.last().unwrap().end, 50);
            for w in passes.windows(2) {
                assert_eq!(w[0].end, w[1].start);
            }
            for p in &passes {
                assert!(!p.is_empty() && p.len() <= max_grids);
                let chunks = prefix[p.end] - prefix[p.start];
                assert!(chunks <= max_chunks || p.len() == 1, "{p:?} has {chunks} chunks");
                // The next grid would not have fitted.
                if p.end < 50 && p.len() < max_grids {
                    assert!(prefix[p.end + 1] - prefix[p.start] > max_chunks);
                }
            }
        }
        assert!(plan_passes(&[0], 10, 10).is_empty());
    }
}
