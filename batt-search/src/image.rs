//! Images as the search holds them: borrowed views of row-major cells, and many images in
//! one flat buffer.

use batt_runtime::Grid;

/// The largest side of an image the search makes (as [`batt_runtime::MAX_SIDE`]).
pub const MAX_SIDE: usize = batt_runtime::MAX_SIDE;

/// One image: `height` rows of `width` cells, row-major, colours `0..=9`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct View<'a> {
    /// Rows, at least 1.
    pub height: usize,
    /// Columns, at least 1.
    pub width: usize,
    /// `height * width` cells, row by row.
    pub cells: &'a [u8],
}

impl<'a> View<'a> {
    /// A view of `cells` as `height` rows of `width`; `None` when the sizes disagree or a
    /// side is 0.
    pub fn new(height: usize, width: usize, cells: &'a [u8]) -> Option<View<'a>> {
        (height > 0 && width > 0 && height * width == cells.len()).then_some(View {
            height,
            width,
            cells,
        })
    }

    /// A view of a grid's cells.
    pub fn of_grid(grid: &'a Grid) -> View<'a> {
        View { height: grid.height(), width: grid.width(), cells: grid.cells() }
    }

    /// The cell at `row`, `column` (both in range).
    #[inline]
    pub fn at(&self, row: usize, column: usize) -> u8 {
        self.cells[row * self.width + column]
    }

    /// Row `row` (in range).
    #[inline]
    pub fn row(&self, row: usize) -> &'a [u8] {
        &self.cells[row * self.width..(row + 1) * self.width]
    }

    /// `(height, width)`.
    #[inline]
    pub fn shape(&self) -> (usize, usize) {
        (self.height, self.width)
    }

    /// The grid of these cells.
    pub fn to_grid(&self) -> Grid {
        Grid::from_cells(self.height, self.width, self.cells.to_vec())
            .expect("a view holds colours within the grid limits")
    }
}

/// Many images in flat buffers: cells back to back, and per image its start and shape.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Images {
    cells: Vec<u8>,
    starts: Vec<u32>,
    shapes: Vec<(u8, u8)>,
}

impl Images {
    /// No images.
    pub fn new() -> Images {
        Images::default()
    }

    /// The number of images.
    pub fn len(&self) -> usize {
        self.shapes.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.shapes.is_empty()
    }

    /// All cells, image after image.
    pub fn cells(&self) -> &[u8] {
        &self.cells
    }

    /// Each image's first cell in [`Images::cells`].
    pub fn starts(&self) -> &[u32] {
        &self.starts
    }

    /// Each image's `(height, width)`.
    pub fn shapes(&self) -> &[(u8, u8)] {
        &self.shapes
    }

    /// Images from their parts: every image `i` is `shapes[i]` at `starts[i]` in `cells`.
    /// `None` when the parts disagree (lengths, an image beyond the cells, a side of 0).
    pub fn from_parts(cells: Vec<u8>, starts: Vec<u32>, shapes: Vec<(u8, u8)>) -> Option<Images> {
        let fits = starts.len() == shapes.len()
            && starts.iter().zip(&shapes).all(|(&s, &(h, w))| {
                h > 0 && w > 0 && s as usize + usize::from(h) * usize::from(w) <= cells.len()
            });
        fits.then_some(Images { cells, starts, shapes })
    }

    /// Image `i`.
    #[inline]
    pub fn view(&self, i: usize) -> View<'_> {
        let (h, w) = self.shapes[i];
        let (h, w) = (usize::from(h), usize::from(w));
        let start = self.starts[i] as usize;
        View { height: h, width: w, cells: &self.cells[start..start + h * w] }
    }

    /// Appends the place of an image held elsewhere: an image of no cells (0x0), which
    /// equals no image of a grid.
    pub(crate) fn push_absent(&mut self) {
        self.starts.push(self.cells.len() as u32);
        self.shapes.push((0, 0));
    }

    /// Appends a copy of `view`.
    pub fn push(&mut self, view: View<'_>) {
        self.push_with(|out| {
            out.extend_from_slice(view.cells);
            Some(view.shape())
        });
    }

    /// Appends the image that `make` writes: `make` appends `height * width` cells to the
    /// buffer it is given and returns `Some((height, width))`, or returns `None` (whatever it
    /// appended is dropped). Returns whether an image was added; shapes outside
    /// `1..=MAX_SIDE` or disagreeing with the cells written are refused (dropped, `false`).
    pub fn push_with(&mut self, make: impl FnOnce(&mut Vec<u8>) -> Option<(usize, usize)>) -> bool {
        let start = self.cells.len();
        match make(&mut self.cells) {
            Some((h, w))
                if (1..=MAX_SIDE).contains(&h)
                    && (1..=MAX_SIDE).contains(&w)
                    && self.cells.len() - start == h * w =>
            {
                self.starts.push(start as u32);
                self.shapes.push((h as u8, w as u8));
                true
            }
            _ => {
                self.cells.truncate(start);
                false
            }
        }
    }

    /// Drops the last image, if any.
    pub fn pop(&mut self) {
        if let Some(start) = self.starts.pop() {
            self.shapes.pop();
            self.cells.truncate(start as usize);
        }
    }

    /// Drops every image, keeping the buffers' room.
    pub fn clear(&mut self) {
        self.cells.clear();
        self.starts.clear();
        self.shapes.clear();
    }

    /// The images one by one.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = View<'_>> + '_ {
        (0..self.len()).map(|i| self.view(i))
    }
}
