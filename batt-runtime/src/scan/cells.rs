//! Scans of cell buffers: colour histograms, counts, the cells of one colour, runs of one
//! colour. Sixteen cells at a time with SSE2 on x86-64, else eight at a time in a word.

use super::palette::palette_mask;
use crate::grid::{Color, NUM_CELL_CODES};

/// Colour histogram of a grid: the number of cells of each cell code (colour `0..=9`, and
/// [`NEG_ONE_CELL`](crate::grid::NEG_ONE_CELL) for -1), indexed by code.
///
/// Only the codes present are counted (their mask from the SIMD palette), each but the last
/// 16 cells at a time on x86-64; the last present code's count is what the others leave.
/// A grid of two colours takes one counting pass.
pub(crate) fn histogram(cells: &[Color]) -> [usize; NUM_CELL_CODES] {
    let mut out = [0usize; NUM_CELL_CODES];
    if cells.len() < 32 {
        return histogram_scalar(cells);
    }
    let mut mask = palette_mask(cells) & ((1 << NUM_CELL_CODES) - 1);
    let mut rest = cells.len();
    while mask != 0 {
        let c = mask.trailing_zeros() as usize;
        mask &= mask - 1;
        out[c] = if mask == 0 { rest } else { count_code(cells, c as Color) };
        rest -= out[c];
    }
    out
}

/// [`histogram`] one cell at a time: four partial histograms, so that runs of one colour (the
/// background) do not make each increment wait for the previous one; u32 counts suffice for
/// MAX_SIDE x MAX_SIDE. Tables of 16 indexed by `code & 15` (the code itself): no bounds
/// checks.
fn histogram_scalar(cells: &[Color]) -> [usize; NUM_CELL_CODES] {
    let mut parts = [[0u32; 16]; 4];
    let mut chunks = cells.chunks_exact(4);
    for c in &mut chunks {
        parts[0][usize::from(c[0] & 15)] += 1;
        parts[1][usize::from(c[1] & 15)] += 1;
        parts[2][usize::from(c[2] & 15)] += 1;
        parts[3][usize::from(c[3] & 15)] += 1;
    }
    for &c in chunks.remainder() {
        parts[0][usize::from(c & 15)] += 1;
    }
    std::array::from_fn(|c| parts.iter().map(|p| p[c] as usize).sum())
}

/// The number of cells of code `c`: 16 at a time on x86-64, else eight at a time in a word.
pub(crate) fn count_code(cells: &[Color], c: Color) -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: SSE2 is part of x86-64: every x86-64 CPU has it.
        unsafe { count_code_sse2(cells, c) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    count_color(cells, c)
}

/// [`count_code`] with SSE2: byte counters (a matching byte compares as -1, and subtracting
/// it counts it), summed every 255 steps, before a byte overflows.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn count_code_sse2(cells: &[Color], c: Color) -> usize {
    use std::arch::x86_64::*;
    let n = cells.len();
    let whole = n - n % 16;
    let splat = _mm_set1_epi8(c as i8);
    let mut total = 0usize;
    let mut i = 0;
    while i < whole {
        let block_end = whole.min(i + 255 * 16);
        let mut acc = _mm_setzero_si128();
        while i < block_end {
            // SAFETY: `i + 16 <= whole <= n`: the 16 bytes read are inside `cells`; `loadu`
            // needs no alignment.
            let v = unsafe { _mm_loadu_si128(cells.as_ptr().add(i).cast()) };
            acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(v, splat));
            i += 16;
        }
        let sums = _mm_sad_epu8(acc, _mm_setzero_si128());
        total +=
            (_mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums))) as usize;
    }
    total + count_color(&cells[whole..], c)
}

/// The high bit of each byte of `x` that is zero (exactly: no carry crosses bytes).
#[inline]
fn zero_bytes(x: u64) -> u64 {
    const LOWS: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    !(((x & LOWS) + LOWS) | x) & !LOWS
}

/// The number of cells of colour `c`, eight at a time.
fn count_color(cells: &[Color], c: Color) -> usize {
    let pattern = 0x0101_0101_0101_0101 * u64::from(c);
    let mut words = cells.chunks_exact(8);
    let mut n: usize = (&mut words)
        .map(|w| zero_bytes(u64::from_le_bytes(w.try_into().expect("eight cells")) ^ pattern))
        .map(|m| m.count_ones() as usize)
        .sum();
    n += words.remainder().iter().filter(|&&x| x == c).count();
    n
}

/// Calls `f(k)` for the index `k` of each cell of code `c`, ascending: the whole buffer at
/// once (not row by row, so that narrow grids scan as fast as wide ones), 16 cells at a time
/// on x86-64, else eight.
pub(crate) fn for_each_cell_of(cells: &[Color], c: Color, mut f: impl FnMut(usize)) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: SSE2 is part of x86-64: every x86-64 CPU has it.
    let done = unsafe { cells_of_sse2(cells, c, &mut f) };
    #[cfg(not(target_arch = "x86_64"))]
    let done = 0;
    let pattern = 0x0101_0101_0101_0101 * u64::from(c);
    let mut words = cells[done..].chunks_exact(8);
    for (k, word) in (&mut words).enumerate() {
        let x = u64::from_le_bytes(word.try_into().expect("eight cells")) ^ pattern;
        let mut hits = zero_bytes(x);
        while hits != 0 {
            f(done + 8 * k + hits.trailing_zeros() as usize / 8);
            hits &= hits - 1;
        }
    }
    let tail = cells.len() - words.remainder().len();
    for (j, &x) in words.remainder().iter().enumerate() {
        if x == c {
            f(tail + j);
        }
    }
}

/// [`for_each_cell_of`] over the whole groups of 16 cells, with SSE2: each group's matches
/// as a 16-bit mask. Gives the number of cells done.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn cells_of_sse2(cells: &[Color], c: Color, f: &mut impl FnMut(usize)) -> usize {
    use std::arch::x86_64::*;
    let whole = cells.len() - cells.len() % 16;
    let splat = _mm_set1_epi8(c as i8);
    let mut k = 0;
    while k < whole {
        // SAFETY: `k + 16 <= whole <= cells.len()`: the 16 bytes read are inside `cells`;
        // `loadu` needs no alignment.
        let v = unsafe { _mm_loadu_si128(cells.as_ptr().add(k).cast()) };
        let mut hits = _mm_movemask_epi8(_mm_cmpeq_epi8(v, splat)) as u32;
        while hits != 0 {
            f(k + hits.trailing_zeros() as usize);
            hits &= hits - 1;
        }
        k += 16;
    }
    whole
}

/// The first index from `j` on where `row` holds (`equal`) or does not hold a cell of colour
/// `c`, or the row's length. Eight cells at a time: the bytes of a word are compared with
/// `c` at once (a byte of `word ^ c...c` is zero where the cell is `c`).
pub(crate) fn scan(row: &[Color], mut j: usize, c: Color, equal: bool) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let pattern = ONES * u64::from(c);
    // The high bit of each byte of the kind looked for: zero bytes of `word ^ c...c` (cells of
    // colour `c`), or the others.
    let hits = |word: &[Color]| {
        let zero = zero_bytes(u64::from_le_bytes(word.try_into().expect("eight cells")) ^ pattern);
        if equal { zero } else { !zero & HIGHS }
    };
    let n = row.len();
    while j + 8 <= n {
        let found = hits(&row[j..j + 8]);
        if found != 0 {
            return j + found.trailing_zeros() as usize / 8;
        }
        j += 8;
    }
    if j >= n {
        return n;
    }
    if n >= 8 {
        // The last eight cells, without the `8 - (n - j)` (at most 7) before `j`.
        let seen = 8 - (n - j);
        let found = hits(&row[n - 8..]) & (!0u64 << (8 * seen));
        return if found != 0 { n - 8 + found.trailing_zeros() as usize / 8 } else { n };
    }
    while j < n && (row[j] == c) != equal {
        j += 1;
    }
    j
}

/// Calls `f(start, end)` for each run of one colour of `row`, left to right: the columns
/// `start..end`. Eight cells at a time: the bytes of a word that differ from the byte before
/// them (one word loaded one cell to the left) start runs.
pub(crate) fn for_each_run(row: &[Color], mut f: impl FnMut(usize, usize)) {
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    if row.is_empty() {
        return;
    }
    let mut start = 0;
    let mut p = 1;
    while let (Some(here), Some(before)) = (row.get(p..p + 8), row.get(p - 1..p + 7)) {
        let word = |w: &[Color]| u64::from_le_bytes(w.try_into().expect("eight cells"));
        let mut starts = !zero_bytes(word(here) ^ word(before)) & HIGHS;
        while starts != 0 {
            let j = p + starts.trailing_zeros() as usize / 8;
            f(start, j);
            start = j;
            starts &= starts - 1;
        }
        p += 8;
    }
    let mut last = row[p - 1];
    for (j, &c) in row.iter().enumerate().skip(p) {
        if c != last {
            f(start, j);
            start = j;
            last = c;
        }
    }
    f(start, row.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histograms_of_long_buffers_count_past_a_byte() {
        // Byte counters are summed every 255 steps of 16 cells: buffers past that, of one to
        // all eleven codes, with ragged ends.
        let mut x: u32 = 7;
        for codes in [1u8, 2, 3, 11] {
            for n in [31, 32, 33, 255 * 16 - 1, 255 * 16, 255 * 16 + 17, 3 * 255 * 16 + 5] {
                let cells: Vec<Color> = (0..n)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        (x % u32::from(codes)) as Color
                    })
                    .collect();
                let mut want = [0usize; NUM_CELL_CODES];
                cells.iter().for_each(|&c| want[usize::from(c)] += 1);
                assert_eq!(histogram(&cells), want, "{codes} codes, {n} cells");
                assert_eq!(histogram_scalar(&cells), want, "{codes} codes, {n} cells");
            }
        }
    }

    #[test]
    fn runs_of_rows_match_a_cell_by_cell_split() {
        let mut x = 0x9e37_79b9_u32;
        for w in 0..40 {
            for colours in [1, 2, 5] {
                let row: Vec<Color> = (0..w)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        (x % colours) as Color
                    })
                    .collect();
                let mut runs = Vec::new();
                for_each_run(&row, |a, b| runs.push((a, b)));
                let mut want = Vec::new();
                let mut start = 0;
                for j in 1..=row.len() {
                    if j == row.len() || row[j] != row[j - 1] {
                        want.push((start, j));
                        start = j;
                    }
                }
                assert_eq!(runs, want, "{row:?}");
            }
        }
    }
}
