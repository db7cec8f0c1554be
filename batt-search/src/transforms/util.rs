//! Helpers the transforms share: colour histograms, bounding boxes, connected components and
//! the per-thread scratch buffers that keep the hot loop free of per-image allocation.

use std::cell::RefCell;
use std::hash::Hasher;

use crate::image::{MAX_SIDE, View};

/// The result of a transform: the shape of the image appended, or `None`.
pub type Shape = Option<(usize, usize)>;

/// Whether `(h, w)` is a shape a transform may return.
#[inline]
pub fn fits(h: usize, w: usize) -> bool {
    (1..=MAX_SIDE).contains(&h) && (1..=MAX_SIDE).contains(&w)
}

/// `Some((h, w))` where the shape fits, else `None`.
#[inline]
pub fn shape(h: usize, w: usize) -> Shape {
    fits(h, w).then_some((h, w))
}

/// The colour argument as a colour, `None` outside `0..=9`.
#[inline]
pub fn color_arg(arg: u8) -> Option<u8> {
    (arg <= 9).then_some(arg)
}

/// How many cells of each colour (colours above 15 are counted as `c & 15`).
#[inline]
pub fn histogram(cells: &[u8]) -> [u32; 16] {
    let mut h = [0u32; 16];
    for &c in cells {
        h[usize::from(c & 15)] += 1;
    }
    h
}

/// The most frequent colour of `hist` among `from..16` (ties: the smallest colour); `None`
/// where none of those colours occurs.
#[inline]
pub fn most_frequent(hist: &[u32; 16], from: usize) -> Option<u8> {
    let mut best: Option<(u32, usize)> = None;
    for (c, &n) in hist.iter().enumerate().skip(from) {
        if n > 0 && best.is_none_or(|(m, _)| n > m) {
            best = Some((n, c));
        }
    }
    best.map(|(_, c)| c as u8)
}

/// The least frequent colour of `hist` among `from..16` that occurs (ties: the smallest).
#[inline]
pub fn least_frequent(hist: &[u32; 16], from: usize) -> Option<u8> {
    let mut best: Option<(u32, usize)> = None;
    for (c, &n) in hist.iter().enumerate().skip(from) {
        if n > 0 && best.is_none_or(|(m, _)| n < m) {
            best = Some((n, c));
        }
    }
    best.map(|(_, c)| c as u8)
}

/// A rectangle of cells: rows `top..=bottom`, columns `left..=right`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rect {
    /// First row.
    pub top: usize,
    /// First column.
    pub left: usize,
    /// Last row.
    pub bottom: usize,
    /// Last column.
    pub right: usize,
}

impl Rect {
    /// An empty box that [`Rect::add`] grows.
    pub const EMPTY: Rect = Rect { top: usize::MAX, left: usize::MAX, bottom: 0, right: 0 };

    /// Grows the box to hold `(r, c)`.
    #[inline]
    pub fn add(&mut self, r: usize, c: usize) {
        self.top = self.top.min(r);
        self.left = self.left.min(c);
        self.bottom = self.bottom.max(r);
        self.right = self.right.max(c);
    }

    /// Whether the box holds no cell.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.top > self.bottom
    }

    /// Rows.
    #[inline]
    pub fn height(&self) -> usize {
        self.bottom + 1 - self.top
    }

    /// Columns.
    #[inline]
    pub fn width(&self) -> usize {
        self.right + 1 - self.left
    }
}

/// The bounding box of the cells for which `keep` holds; `None` where there are none.
#[inline]
pub fn bbox(src: View<'_>, keep: impl Fn(u8) -> bool) -> Option<Rect> {
    let mut b = Rect::EMPTY;
    for r in 0..src.height {
        let row = src.row(r);
        if let Some(first) = row.iter().position(|&c| keep(c)) {
            let last = row.iter().rposition(|&c| keep(c)).unwrap_or(first);
            b.add(r, first);
            b.add(r, last);
        }
    }
    (!b.is_empty()).then_some(b)
}

/// Appends the cells of `rect` of `src`.
#[inline]
pub fn push_rect(src: View<'_>, rect: Rect, out: &mut Vec<u8>) -> Shape {
    for r in rect.top..=rect.bottom {
        out.extend_from_slice(&src.row(r)[rect.left..=rect.right]);
    }
    Some((rect.height(), rect.width()))
}

/// Buffers reused from image to image on one thread.
#[derive(Default)]
pub struct Scratch {
    /// Component label per cell (`0`: none, else component index + 1).
    pub labels: Vec<u32>,
    /// A work stack of cell indices.
    pub stack: Vec<u32>,
    /// A byte per cell.
    pub bytes: Vec<u8>,
    /// Pieces found in an image.
    pub pieces: Vec<Piece>,
    /// Colour histograms, one per piece.
    pub hists: Vec<[u32; 16]>,
    /// Bands of rows (start, end exclusive).
    pub rows: Vec<(usize, usize)>,
    /// Bands of columns (start, end exclusive).
    pub cols: Vec<(usize, usize)>,
    /// Sort keys with piece indices.
    pub keys: Vec<(u64, u32)>,
    /// A second byte per cell.
    pub marks: Vec<u8>,
    /// A code per piece.
    pub codes: Vec<u8>,
    /// Labellings of recent images, so that the transforms that label the same image with
    /// different arguments (or the several transforms that label it alike) label it once.
    cache: Vec<Labelling>,
}

/// The number of labellings [`Scratch`] keeps: more than the images of any one state, so
/// that the images of a state stay cached while a transform runs over its arguments.
const CACHED_LABELLINGS: usize = 64;

/// One cached result of [`components`]: the image it labelled (key, shape and cells), how,
/// and its labels and pieces.
#[derive(Default)]
struct Labelling {
    key: u64,
    shape: (usize, usize),
    diag: bool,
    single: bool,
    cells: Vec<u8>,
    labels: Vec<u32>,
    pieces: Vec<Piece>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Runs `f` with this thread's scratch buffers (not re-entrant: `f` must not call it again).
pub fn with_scratch<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
    SCRATCH.with(|s| match s.try_borrow_mut() {
        Ok(mut s) => f(&mut s),
        Err(_) => f(&mut Scratch::default()),
    })
}

/// Which cells of its box belong to a piece.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Member {
    /// Every cell of the box.
    All,
    /// Cells with this component label.
    Label(u32),
    /// Cells of this colour.
    Color(u8),
}

/// A part of an image: its box, which cells of the box are its own, and what it holds.
#[derive(Clone, Copy, Debug)]
pub struct Piece {
    /// Its bounding box.
    pub rect: Rect,
    /// Which cells of the box are its own.
    pub member: Member,
    /// Its own non-zero cells.
    pub cells: u32,
    /// Bit `c` set: it holds a non-zero cell of colour `c`.
    pub colors: u16,
}

impl Piece {
    /// The cell at `(r, c)` of the image as the piece shows it: its own cells as they are,
    /// the others 0.
    #[inline]
    pub fn cell(&self, src: View<'_>, labels: &[u32], r: usize, c: usize) -> u8 {
        let v = src.at(r, c);
        let own = match self.member {
            Member::All => true,
            Member::Label(l) => labels[r * src.width + c] == l,
            Member::Color(k) => v == k,
        };
        if own { v } else { 0 }
    }

    /// Appends the piece cropped to its box.
    pub fn push(&self, src: View<'_>, labels: &[u32], out: &mut Vec<u8>) -> Shape {
        for r in self.rect.top..=self.rect.bottom {
            for c in self.rect.left..=self.rect.right {
                out.push(self.cell(src, labels, r, c));
            }
        }
        Some((self.rect.height(), self.rect.width()))
    }

    /// Whether two pieces show the same cropped image.
    pub fn same_image(&self, other: &Piece, src: View<'_>, labels: &[u32]) -> bool {
        self.same_cells(other, src, labels, |a, b| a == b)
    }

    /// Whether two pieces have the same shape: their boxes agree on which cells are non-zero.
    pub fn same_shape(&self, other: &Piece, src: View<'_>, labels: &[u32]) -> bool {
        self.same_cells(other, src, labels, |a, b| (a != 0) == (b != 0))
    }

    /// Whether two pieces' boxes have one size and `eq` holds cell by cell.
    fn same_cells(
        &self,
        other: &Piece,
        src: View<'_>,
        labels: &[u32],
        eq: impl Fn(u8, u8) -> bool,
    ) -> bool {
        let (a, b) = (self.rect, other.rect);
        if a.height() != b.height() || a.width() != b.width() {
            return false;
        }
        (0..a.height()).all(|i| {
            (0..a.width()).all(|j| {
                eq(
                    self.cell(src, labels, a.top + i, a.left + j),
                    other.cell(src, labels, b.top + i, b.left + j),
                )
            })
        })
    }
}

/// Labels the connected components of the non-zero cells of `src` into `s.labels` (4- or
/// 8-connected; of one colour when `single`, else of any non-zero colours) and pushes one
/// [`Piece`] per component into `s.pieces`, in the order of their first cell (row-major).
pub fn components(src: View<'_>, diag: bool, single: bool, s: &mut Scratch) {
    let mut hasher = rustc_hash::FxHasher::default();
    hasher.write_usize((src.height << 10) | (src.width << 2) | (usize::from(diag) << 1));
    hasher.write_u8(u8::from(single));
    hasher.write(src.cells);
    let key = hasher.finish();
    if s.cache.is_empty() {
        s.cache.resize_with(CACHED_LABELLINGS, Labelling::default);
    }
    let slot = &mut s.cache[(key % CACHED_LABELLINGS as u64) as usize];
    if slot.key == key
        && slot.shape == src.shape()
        && slot.diag == diag
        && slot.single == single
        && slot.cells == src.cells
    {
        s.labels.clear();
        s.labels.extend_from_slice(&slot.labels);
        s.pieces.clear();
        s.pieces.extend_from_slice(&slot.pieces);
        return;
    }
    label_components(src, diag, single, s);
    let slot = &mut s.cache[(key % CACHED_LABELLINGS as u64) as usize];
    slot.key = key;
    slot.shape = src.shape();
    slot.diag = diag;
    slot.single = single;
    slot.cells.clear();
    slot.cells.extend_from_slice(src.cells);
    slot.labels.clear();
    slot.labels.extend_from_slice(&s.labels);
    slot.pieces.clear();
    slot.pieces.extend_from_slice(&s.pieces);
}

/// [`components`] without the cache.
fn label_components(src: View<'_>, diag: bool, single: bool, s: &mut Scratch) {
    let (h, w) = src.shape();
    let n = h * w;
    s.labels.clear();
    s.labels.resize(n, 0);
    s.pieces.clear();
    s.stack.clear();
    let cells = src.cells;
    for start in 0..n {
        let color = cells[start];
        if color == 0 || s.labels[start] != 0 {
            continue;
        }
        let label = s.pieces.len() as u32 + 1;
        let mut piece =
            Piece { rect: Rect::EMPTY, member: Member::Label(label), cells: 0, colors: 0 };
        s.labels[start] = label;
        // Stack entries pack a cell as `row << 8 | column` (sides are at most 255).
        s.stack.push((((start / w) << 8) | (start % w)) as u32);
        while let Some(rc) = s.stack.pop() {
            let (r, c) = ((rc >> 8) as usize, (rc & 0xff) as usize);
            piece.rect.add(r, c);
            piece.cells += 1;
            piece.colors |= 1 << (cells[r * w + c] & 15);
            let (r0, r1) = (r.saturating_sub(1), (r + 1).min(h - 1));
            let (c0, c1) = (c.saturating_sub(1), (c + 1).min(w - 1));
            for nr in r0..=r1 {
                let base = nr * w;
                for nc in c0..=c1 {
                    if !diag && nr != r && nc != c {
                        continue;
                    }
                    let j = base + nc;
                    let u = cells[j];
                    if u != 0 && s.labels[j] == 0 && (!single || u == color) {
                        s.labels[j] = label;
                        s.stack.push(((nr << 8) | nc) as u32);
                    }
                }
            }
        }
        s.pieces.push(piece);
    }
}
