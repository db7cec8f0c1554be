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
}

/// The number of labellings [`LabelCache`] keeps: more than the images of any one state
/// times the ways of labelling, so that the images of a state stay cached while a
/// transform runs over its arguments.
const CACHED_LABELLINGS: usize = 24;

/// Labellings of recent images, so that the transforms that label the same image with
/// different arguments (or the several transforms that label it alike) label it once.
/// Entries are found by key and replaced oldest first.
#[derive(Default)]
struct LabelCache {
    entries: Vec<Labelling>,
    /// The entry replaced next.
    next: usize,
    /// The labelling's work stack.
    stack: Vec<u32>,
}

/// One cached result of [`with_components`]: the image it labelled (key, shape and cells),
/// how, and its labels and pieces.
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

impl Labelling {
    fn holds(&self, key: u64, src: View<'_>, diag: bool, single: bool) -> bool {
        self.key == key
            && self.shape == src.shape()
            && self.diag == diag
            && self.single == single
            && self.cells == src.cells
    }
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
    static LABELS: RefCell<LabelCache> = RefCell::new(LabelCache::default());
}

/// Runs `f` with this thread's scratch buffers (not re-entrant: `f` must not call it again).
pub fn with_scratch<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
    SCRATCH.with(|s| match s.try_borrow_mut() {
        Ok(mut s) => f(&mut s),
        Err(_) => f(&mut Scratch::default()),
    })
}

/// Runs `f` with the connected components of the non-zero cells of `src` (4- or
/// 8-connected; of one colour when `single`, else of any non-zero colours): the label of
/// each cell (`0`: none, else component index + 1), one [`Piece`] per component in the
/// order of their first cell (row-major), and this thread's scratch buffers. Labellings
/// are cached per thread, so an image labelled alike a moment before is not labelled again.
pub fn with_components<R>(
    src: View<'_>,
    diag: bool,
    single: bool,
    f: impl FnOnce(&[u32], &[Piece], &mut Scratch) -> R,
) -> R {
    LABELS.with(|cache| match cache.try_borrow_mut() {
        Ok(mut cache) => {
            let cache = &mut *cache;
            let i = cache.find_or_label(src, diag, single);
            let e = &cache.entries[i];
            with_scratch(|s| f(&e.labels, &e.pieces, s))
        }
        Err(_) => {
            let mut cache = LabelCache::default();
            let i = cache.find_or_label(src, diag, single);
            let e = &cache.entries[i];
            with_scratch(|s| f(&e.labels, &e.pieces, s))
        }
    })
}

impl LabelCache {
    /// The entry holding `src` labelled as asked, labelling it into the oldest entry first
    /// where none does.
    fn find_or_label(&mut self, src: View<'_>, diag: bool, single: bool) -> usize {
        let mut hasher = rustc_hash::FxHasher::default();
        hasher.write_usize((src.height << 10) | (src.width << 2) | (usize::from(diag) << 1));
        hasher.write_u8(u8::from(single));
        hasher.write(src.cells);
        let key = hasher.finish();
        if self.entries.is_empty() {
            self.entries.resize_with(CACHED_LABELLINGS, Labelling::default);
        }
        if let Some(i) = self.entries.iter().position(|e| e.holds(key, src, diag, single)) {
            return i;
        }
        let i = self.next;
        self.next = (i + 1) % CACHED_LABELLINGS;
        let e = &mut self.entries[i];
        e.key = key;
        e.shape = src.shape();
        e.diag = diag;
        e.single = single;
        e.cells.clear();
        e.cells.extend_from_slice(src.cells);
        label_components(src, diag, single, &mut e.labels, &mut e.pieces, &mut self.stack);
        i
    }
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
        let (left, right) = (self.rect.left, self.rect.right);
        for r in self.rect.top..=self.rect.bottom {
            let row = &src.row(r)[left..=right];
            match self.member {
                Member::All => out.extend_from_slice(row),
                Member::Label(l) => {
                    let own = &labels[r * src.width + left..=r * src.width + right];
                    out.extend(row.iter().zip(own).map(|(&v, &m)| if m == l { v } else { 0 }));
                }
                Member::Color(k) => out.extend(row.iter().map(|&v| if v == k { v } else { 0 })),
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

/// Labels the components of `src` as [`with_components`] describes into `labels` and
/// `pieces`, with `stack` as the work stack.
fn label_components(
    src: View<'_>,
    diag: bool,
    single: bool,
    labels: &mut Vec<u32>,
    pieces: &mut Vec<Piece>,
    stack: &mut Vec<u32>,
) {
    match (diag, single) {
        (false, false) => label::<false, false>(src, labels, pieces, stack),
        (false, true) => label::<false, true>(src, labels, pieces, stack),
        (true, false) => label::<true, false>(src, labels, pieces, stack),
        (true, true) => label::<true, true>(src, labels, pieces, stack),
    }
}

/// [`label_components`] for one way of connecting cells.
fn label<const DIAG: bool, const SINGLE: bool>(
    src: View<'_>,
    labels: &mut Vec<u32>,
    pieces: &mut Vec<Piece>,
    stack: &mut Vec<u32>,
) {
    let (h, w) = src.shape();
    let n = h * w;
    labels.clear();
    labels.resize(n, 0);
    pieces.clear();
    stack.clear();
    let cells = src.cells;
    for start in 0..n {
        let color = cells[start];
        if color == 0 || labels[start] != 0 {
            continue;
        }
        let label = pieces.len() as u32 + 1;
        let mut piece =
            Piece { rect: Rect::EMPTY, member: Member::Label(label), cells: 0, colors: 0 };
        labels[start] = label;
        // Stack entries pack a cell as `row << 8 | column` (sides are at most 255), so that
        // no division finds them.
        stack.push((((start / w) << 8) | (start % w)) as u32);
        while let Some(rc) = stack.pop() {
            let (r, c) = ((rc >> 8) as usize, (rc & 0xff) as usize);
            let i = r * w + c;
            piece.rect.add(r, c);
            piece.cells += 1;
            piece.colors |= 1 << (cells[i] & 15);
            // `d` is the neighbour's offset in the packed form.
            let mut visit = |j: usize, d: u32, up: bool| {
                let u = cells[j];
                if u != 0 && labels[j] == 0 && (!SINGLE || u == color) {
                    labels[j] = label;
                    stack.push(if up { rc - d } else { rc + d });
                }
            };
            let (up, down, left, right) = (r > 0, r + 1 < h, c > 0, c + 1 < w);
            if up {
                visit(i - w, 256, true);
            }
            if down {
                visit(i + w, 256, false);
            }
            if left {
                visit(i - 1, 1, true);
            }
            if right {
                visit(i + 1, 1, false);
            }
            if DIAG {
                if up && left {
                    visit(i - w - 1, 257, true);
                }
                if up && right {
                    visit(i - w + 1, 255, true);
                }
                if down && left {
                    visit(i + w - 1, 255, false);
                }
                if down && right {
                    visit(i + w + 1, 257, false);
                }
            }
        }
        pieces.push(piece);
    }
}
