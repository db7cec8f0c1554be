//! ARC grids: immutable rectangles of colours with shared storage.

use std::fmt;
use std::sync::Arc;

use serde::de::{self, DeserializeSeed, SeqAccess, Visitor};
use serde::ser::SerializeSeq;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A cell of a grid: an ARC colour `0..=9`, or (in grids the DSL builds) [`NEG_ONE_CELL`].
///
/// Cells are plain bytes; the DSL reads them as arc-dsl's integers
/// ([`cell_integer`]), [`NEG_ONE_CELL`] as -1.
pub type Color = u8;

/// The number of ARC colours (`0..=9`): what grids read from tasks hold.
pub const NUM_COLORS: usize = 10;

/// The cell code of arc-dsl's colour -1, one past the ARC colours.
///
/// arc-dsl's grids are tuples of integers, and a solver may write -1 into one as a temporary
/// colour (`underfill(I, NEG_ONE, x)`, later `replace(x, NEG_ONE, ZERO)`). Grids built by the
/// DSL hold it as this code; grids read or built from rows, cells or JSON never do.
pub const NEG_ONE_CELL: Color = 10;

/// The number of cell codes a grid built by the DSL may hold: the colours `0..=9` and
/// [`NEG_ONE_CELL`].
pub const NUM_CELL_CODES: usize = NUM_COLORS + 1;

/// The largest height and width a [`Grid`] may have.
///
/// ARC grids are at most 30x30; the limit leaves room for grids that DSL operations build
/// from them (upscaling, concatenation) while keeping every dimension within a byte.
pub const MAX_SIDE: usize = 255;

/// The cell codes in the order of the colours they stand for: [`NEG_ONE_CELL`] (arc-dsl's
/// colour -1) first, then the colours `0..=9`. Entry `k` is the code of colour `k - 1`.
///
/// Loops that build sorted sets or ordered results colour by colour go over this.
pub(crate) const CODES_IN_ORDER: [Color; NUM_CELL_CODES] =
    [NEG_ONE_CELL, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/// Counts by cell code (`counts[code]`) turned into where each code's items start when the
/// codes go in colour order ([`CODES_IN_ORDER`], -1's first), from `start` on; gives where
/// the last ends. The counting sorts that lay out cells in set order use it.
pub(crate) fn starts_in_colour_order<N>(counts: &mut [N], start: N) -> N
where
    N: Copy + std::ops::Add<Output = N>,
{
    let mut total = start;
    for &c in &CODES_IN_ORDER {
        let n = &mut counts[usize::from(c)];
        (*n, total) = (total, total + *n);
    }
    total
}

/// The cell code of an arc-dsl colour: `0..=9` itself, -1 [`NEG_ONE_CELL`] (10); `None` for
/// any other integer, which no grid holds.
#[inline]
pub(crate) fn as_cell_color(value: i32) -> Option<Color> {
    // `value + 1` indexes the codes in colour order; anything outside `-1..=9` misses (a
    // negative sum wraps to a large index).
    CODES_IN_ORDER.get(value.wrapping_add(1) as u32 as usize).copied()
}

/// The arc-dsl colour of a cell code: [`NEG_ONE_CELL`] (10) is -1, `0..=9` themselves.
/// Branch-free, so that loops over cells stay simple.
///
/// ```
/// use batt_runtime::dsl::cell_integer;
/// assert_eq!((cell_integer(0), cell_integer(9), cell_integer(10)), (0, 9, -1));
/// ```
#[inline]
pub fn cell_integer(cell: Color) -> i32 {
    i32::from(cell) - 11 * i32::from(cell == NEG_ONE_CELL)
}

/// What is wrong with the rows or cells offered as a grid, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GridError {
    /// The grid has no rows at all.
    #[error("grid has no rows")]
    Empty,
    /// A row has no cells.
    #[error("row {row} is empty")]
    EmptyRow {
        /// Index of the empty row.
        row: usize,
    },
    /// A row's length differs from the first row's.
    #[error("row {row} has {found} cells, but row 0 has {expected}")]
    Ragged {
        /// Index of the offending row.
        row: usize,
        /// Length of row 0.
        expected: usize,
        /// Length of the offending row.
        found: usize,
    },
    /// A cell holds a value that is not a colour.
    #[error("row {row}, column {column}: {value} is not a colour (0-9)")]
    BadColor {
        /// Row of the cell.
        row: usize,
        /// Column of the cell.
        column: usize,
        /// The value found there.
        value: i64,
    },
    /// The grid is taller than [`MAX_SIDE`] rows.
    #[error("row {row}: grid has more than {max} rows")]
    TooTall {
        /// Index of the first row over the limit.
        row: usize,
        /// The limit, [`MAX_SIDE`].
        max: usize,
    },
    /// A row is wider than [`MAX_SIDE`] cells.
    #[error("row {row}, column {column}: row has more than {max} cells")]
    TooWide {
        /// Row of the first cell over the limit.
        row: usize,
        /// Column of that cell.
        column: usize,
        /// The limit, [`MAX_SIDE`].
        max: usize,
    },
    /// A flat cell buffer does not have `height * width` cells.
    #[error("{len} cells do not make a {height}x{width} grid")]
    ShapeMismatch {
        /// Requested height.
        height: usize,
        /// Requested width.
        width: usize,
        /// Number of cells given.
        len: usize,
    },
}

/// An immutable rectangle of colours, stored row-major.
///
/// Cloning a grid is O(1): clones share their cells. Every grid is at most [`MAX_SIDE`] x
/// [`MAX_SIDE`]. Grids read or built from rows or cells are at least 1x1 and hold only colours
/// `0..=9`; the DSL gives an empty grid (no rows, or rows of no cells) where arc-dsl gives
/// one (`trim` of a 2x2, `canvas` of zero rows), as an intermediate value of a solver, and a
/// grid the DSL builds may also hold [`NEG_ONE_CELL`] (10) where arc-dsl's holds the colour
/// -1. The accessors ([`cells`](Grid::cells), [`get`](Grid::get), [`to_rows`](Grid::to_rows))
/// give cell codes as they are; JSON serialization and `Debug` write -1 for
/// [`NEG_ONE_CELL`]. Grids compare and order by their cell codes.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Grid {
    height: u16,
    width: u16,
    cells: Arc<[Color]>,
}

impl Grid {
    /// Builds a grid from its rows, checking shape, size and colours.
    ///
    /// ```
    /// use batt_runtime::{Grid, GridError};
    /// let g = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
    /// assert_eq!(g.shape(), (2, 2));
    /// assert_eq!(
    ///     Grid::from_rows(&[vec![1, 2], vec![3]]),
    ///     Err(GridError::Ragged { row: 1, expected: 2, found: 1 })
    /// );
    /// ```
    pub fn from_rows<R: AsRef<[Color]>>(rows: &[R]) -> Result<Grid, GridError> {
        let mut builder = GridBuilder::default();
        for (r, row) in rows.iter().enumerate() {
            builder.start_row(r)?;
            for (c, &value) in row.as_ref().iter().enumerate() {
                builder.push(r, c, i64::from(value))?;
            }
            builder.end_row(r)?;
        }
        builder.finish()
    }

    /// Builds a grid from a flat, row-major cell buffer.
    ///
    /// ```
    /// use batt_runtime::Grid;
    /// let g = Grid::from_cells(2, 3, vec![0, 1, 2, 3, 4, 5]).unwrap();
    /// assert_eq!(g.row(1), &[3, 4, 5]);
    /// assert!(Grid::from_cells(2, 2, vec![0, 1, 2]).is_err());
    /// ```
    pub fn from_cells(height: usize, width: usize, cells: Vec<Color>) -> Result<Grid, GridError> {
        if height == 0 {
            return Err(GridError::Empty);
        }
        if width == 0 {
            return Err(GridError::EmptyRow { row: 0 });
        }
        if height > MAX_SIDE {
            return Err(GridError::TooTall { row: MAX_SIDE, max: MAX_SIDE });
        }
        if width > MAX_SIDE {
            return Err(GridError::TooWide { row: 0, column: MAX_SIDE, max: MAX_SIDE });
        }
        if cells.len() != height * width {
            return Err(GridError::ShapeMismatch { height, width, len: cells.len() });
        }
        if let Some(i) = cells.iter().position(|&c| usize::from(c) >= NUM_COLORS) {
            return Err(GridError::BadColor {
                row: i / width,
                column: i % width,
                value: i64::from(cells[i]),
            });
        }
        Ok(Grid::new_unchecked(height, width, cells.into()))
    }

    /// A grid of one colour.
    ///
    /// ```
    /// use batt_runtime::Grid;
    /// let g = Grid::filled(2, 3, 7).unwrap();
    /// assert_eq!(g.cells(), &[7; 6]);
    /// ```
    pub fn filled(height: usize, width: usize, color: Color) -> Result<Grid, GridError> {
        Grid::from_cells(height, width, vec![color; height * width])
    }

    /// Wraps cells already known to be valid; callers uphold the invariants.
    #[inline]
    pub(crate) fn new_unchecked(height: usize, width: usize, cells: Arc<[Color]>) -> Grid {
        debug_assert!(height <= MAX_SIDE && width <= MAX_SIDE);
        debug_assert_eq!(cells.len(), height * width);
        debug_assert!(cells.iter().all(|&c| c <= NEG_ONE_CELL));
        Grid { height: height as u16, width: width as u16, cells }
    }

    /// Number of rows.
    #[inline]
    pub fn height(&self) -> usize {
        usize::from(self.height)
    }

    /// Number of columns.
    #[inline]
    pub fn width(&self) -> usize {
        usize::from(self.width)
    }

    /// `(height, width)`, arc-dsl's `shape`.
    #[inline]
    pub fn shape(&self) -> (usize, usize) {
        (self.height(), self.width())
    }

    /// Number of cells, `height * width`.
    #[inline]
    pub fn len(&self) -> usize {
        self.cells.len()
    }

    /// Always `false`: a grid has at least one cell. Present for API symmetry with `len`.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// All cells, row-major.
    #[inline]
    pub fn cells(&self) -> &[Color] {
        &self.cells
    }

    /// Row `r`. Panics if `r >= height`, as slice indexing does.
    #[inline]
    pub fn row(&self, r: usize) -> &[Color] {
        let w = self.width();
        &self.cells[r * w..(r + 1) * w]
    }

    /// The rows, top to bottom.
    pub fn rows(&self) -> impl ExactSizeIterator<Item = &[Color]> + '_ {
        (0..self.height()).map(move |r| self.row(r))
    }

    /// The colour at `(row, column)`, or `None` outside the grid.
    #[inline]
    pub fn get(&self, row: usize, column: usize) -> Option<Color> {
        (row < self.height() && column < self.width())
            .then(|| self.cells[row * self.width() + column])
    }

    /// The rows as nested vectors.
    pub fn to_rows(&self) -> Vec<Vec<Color>> {
        self.rows().map(<[Color]>::to_vec).collect()
    }

    /// Whether two grids share their storage (as clones of one grid do).
    pub fn shares_cells_with(&self, other: &Grid) -> bool {
        Arc::ptr_eq(&self.cells, &other.cells)
    }
}

/// The shape, then the rows, each a run of digits (`Grid 2x3 [123 456]`); a row holding
/// [`NEG_ONE_CELL`] has its cells apart, -1 written as such (`[-1,0,2]`).
impl fmt::Debug for Grid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Grid {}x{} [", self.height, self.width)?;
        for (i, row) in self.rows().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            let apart = row.contains(&NEG_ONE_CELL);
            for (j, &c) in row.iter().enumerate() {
                if apart && j > 0 {
                    f.write_str(",")?;
                }
                write!(f, "{}", cell_integer(c))?;
            }
        }
        f.write_str("]")
    }
}

impl TryFrom<Vec<Vec<Color>>> for Grid {
    type Error = GridError;

    fn try_from(rows: Vec<Vec<Color>>) -> Result<Grid, GridError> {
        Grid::from_rows(&rows)
    }
}

impl<const W: usize, const H: usize> TryFrom<[[Color; W]; H]> for Grid {
    type Error = GridError;

    fn try_from(rows: [[Color; W]; H]) -> Result<Grid, GridError> {
        Grid::from_rows(&rows)
    }
}

/// Incremental, validating construction shared by `from_rows` and deserialization.
#[derive(Default)]
struct GridBuilder {
    cells: Vec<Color>,
    width: Option<usize>,
    row_start: usize,
    rows: usize,
}

impl GridBuilder {
    fn start_row(&mut self, row: usize) -> Result<(), GridError> {
        if row >= MAX_SIDE {
            return Err(GridError::TooTall { row, max: MAX_SIDE });
        }
        self.row_start = self.cells.len();
        Ok(())
    }

    fn push(&mut self, row: usize, column: usize, value: i64) -> Result<(), GridError> {
        if column >= MAX_SIDE {
            return Err(GridError::TooWide { row, column, max: MAX_SIDE });
        }
        match u8::try_from(value) {
            Ok(c) if usize::from(c) < NUM_COLORS => {
                self.cells.push(c);
                Ok(())
            }
            _ => Err(GridError::BadColor { row, column, value }),
        }
    }

    fn end_row(&mut self, row: usize) -> Result<(), GridError> {
        let found = self.cells.len() - self.row_start;
        if found == 0 {
            return Err(GridError::EmptyRow { row });
        }
        match self.width {
            None => self.width = Some(found),
            Some(expected) if expected != found => {
                return Err(GridError::Ragged { row, expected, found });
            }
            Some(_) => {}
        }
        self.rows = row + 1;
        Ok(())
    }

    fn finish(self) -> Result<Grid, GridError> {
        match self.width {
            None => Err(GridError::Empty),
            Some(w) => Ok(Grid::new_unchecked(self.rows, w, self.cells.into())),
        }
    }
}

/// A grid as a list of rows of integers, [`NEG_ONE_CELL`] written as -1 (as arc-dsl would).
impl Serialize for Grid {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.height()))?;
        for row in self.rows() {
            seq.serialize_element(&RowOut(row))?;
        }
        seq.end()
    }
}

/// A row to serialize: colours as they are, [`NEG_ONE_CELL`] as -1.
struct RowOut<'a>(&'a [Color]);

impl Serialize for RowOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if !self.0.contains(&NEG_ONE_CELL) {
            // Colours only: the bytes themselves.
            return self.0.serialize(serializer);
        }
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for &c in self.0 {
            seq.serialize_element(&cell_integer(c))?;
        }
        seq.end()
    }
}

thread_local! {
    /// The grid error behind the most recent failed grid deserialization on this thread, so
    /// that loaders can return it typed next to the position the format reports.
    static LAST_GRID_ERROR: std::cell::Cell<Option<GridError>> = const { std::cell::Cell::new(None) };
}

/// Takes the grid error recorded by the last failed deserialization on this thread.
pub(crate) fn take_last_grid_error() -> Option<GridError> {
    LAST_GRID_ERROR.with(std::cell::Cell::take)
}

fn grid_failure<E: de::Error>(err: GridError) -> E {
    let e = E::custom(&err);
    LAST_GRID_ERROR.with(|c| c.set(Some(err)));
    e
}

impl<'de> Deserialize<'de> for Grid {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Grid, D::Error> {
        deserializer.deserialize_seq(GridVisitor)
    }
}

struct GridVisitor;

impl<'de> Visitor<'de> for GridVisitor {
    type Value = Grid;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a grid: a list of rows of colours 0-9")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Grid, A::Error> {
        let mut builder = GridBuilder::default();
        let mut row = 0;
        while seq.next_element_seed(RowSeed { builder: &mut builder, row })?.is_some() {
            row += 1;
        }
        builder.finish().map_err(grid_failure)
    }
}

struct RowSeed<'b> {
    builder: &'b mut GridBuilder,
    row: usize,
}

impl<'de> DeserializeSeed<'de> for RowSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for RowSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "row {} of a grid: a list of colours 0-9", self.row)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.builder.start_row(self.row).map_err(grid_failure)?;
        let mut column = 0;
        while let Some(value) = seq.next_element::<i64>()? {
            self.builder.push(self.row, column, value).map_err(grid_failure)?;
            column += 1;
        }
        self.builder.end_row(self.row).map_err(grid_failure)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clone_shares_storage() {
        let g = Grid::from_rows(&[[1, 2, 3]]).unwrap();
        let h = g.clone();
        assert!(g.shares_cells_with(&h));
        assert_eq!(g, h);
    }

    #[test]
    fn rejects_each_kind_of_bad_rows() {
        assert_eq!(Grid::from_rows::<[Color; 0]>(&[]), Err(GridError::Empty));
        assert_eq!(Grid::from_rows(&[vec![1], vec![]]), Err(GridError::EmptyRow { row: 1 }));
        assert_eq!(
            Grid::from_rows(&[vec![1, 2], vec![3, 4], vec![5, 6, 7]]),
            Err(GridError::Ragged { row: 2, expected: 2, found: 3 })
        );
        assert_eq!(
            Grid::from_rows(&[vec![1, 2], vec![3, 10]]),
            Err(GridError::BadColor { row: 1, column: 1, value: 10 })
        );
        let tall = vec![vec![0u8]; MAX_SIDE + 1];
        assert_eq!(
            Grid::from_rows(&tall),
            Err(GridError::TooTall { row: MAX_SIDE, max: MAX_SIDE })
        );
        let wide = vec![vec![0u8; MAX_SIDE + 1]];
        assert_eq!(
            Grid::from_rows(&wide),
            Err(GridError::TooWide { row: 0, column: MAX_SIDE, max: MAX_SIDE })
        );
        assert!(Grid::from_rows(&vec![vec![9u8; MAX_SIDE]; MAX_SIDE]).is_ok());
    }

    #[test]
    fn from_cells_checks_everything() {
        assert_eq!(Grid::from_cells(0, 3, vec![]), Err(GridError::Empty));
        assert_eq!(Grid::from_cells(1, 0, vec![]), Err(GridError::EmptyRow { row: 0 }));
        assert_eq!(
            Grid::from_cells(2, 2, vec![0, 1, 2, 11]),
            Err(GridError::BadColor { row: 1, column: 1, value: 11 })
        );
        assert_eq!(
            Grid::from_cells(2, 2, vec![0; 5]),
            Err(GridError::ShapeMismatch { height: 2, width: 2, len: 5 })
        );
        assert!(matches!(
            Grid::from_cells(MAX_SIDE + 1, 1, vec![0; MAX_SIDE + 1]),
            Err(GridError::TooTall { .. })
        ));
    }

    #[test]
    fn accessors_agree() {
        let g = Grid::from_rows(&[[1, 2, 3], [4, 5, 6]]).unwrap();
        assert_eq!(g.shape(), (2, 3));
        assert_eq!(g.len(), 6);
        assert_eq!(g.get(1, 2), Some(6));
        assert_eq!(g.get(2, 0), None);
        assert_eq!(g.get(0, 3), None);
        assert_eq!(g.to_rows(), vec![vec![1, 2, 3], vec![4, 5, 6]]);
        assert_eq!(format!("{g:?}"), "Grid 2x3 [123 456]");
    }

    #[test]
    fn neg_one_cells_are_written_as_neg_one_and_never_read() {
        // Only the DSL builds grids holding the code of -1.
        let g = Grid::new_unchecked(2, 2, vec![NEG_ONE_CELL, 0, 9, NEG_ONE_CELL].into());
        assert_eq!(serde_json::to_string(&g).unwrap(), "[[-1,0],[9,-1]]");
        assert_eq!(format!("{g:?}"), "Grid 2x2 [-1,0 9,-1]");
        assert_eq!(g.get(0, 0), Some(NEG_ONE_CELL));
        // Tasks, rows and cells hold colours 0-9 only.
        assert!(serde_json::from_str::<Grid>("[[-1,0],[9,-1]]").is_err());
        assert_eq!(
            take_last_grid_error(),
            Some(GridError::BadColor { row: 0, column: 0, value: -1 })
        );
        assert!(serde_json::from_str::<Grid>("[[10]]").is_err());
        assert_eq!(
            take_last_grid_error(),
            Some(GridError::BadColor { row: 0, column: 0, value: 10 })
        );
        assert_eq!(
            Grid::from_cells(1, 2, vec![0, NEG_ONE_CELL]),
            Err(GridError::BadColor { row: 0, column: 1, value: 10 })
        );
        assert_eq!(
            Grid::from_rows(&[[NEG_ONE_CELL]]),
            Err(GridError::BadColor { row: 0, column: 0, value: 10 })
        );
        assert!(Grid::filled(1, 1, NEG_ONE_CELL).is_err());
    }

    #[test]
    fn json_round_trip_and_errors() {
        let g: Grid = serde_json::from_str("[[1,2],[3,4]]").unwrap();
        assert_eq!(serde_json::to_string(&g).unwrap(), "[[1,2],[3,4]]");
        let err = serde_json::from_str::<Grid>("[[1,2],\n [3,-1]]").unwrap_err();
        assert!(err.to_string().contains("row 1, column 1: -1 is not a colour"), "{err}");
        assert_eq!(err.line(), 2);
        assert_eq!(
            take_last_grid_error(),
            Some(GridError::BadColor { row: 1, column: 1, value: -1 })
        );
        assert!(serde_json::from_str::<Grid>("[]").is_err());
        assert_eq!(take_last_grid_error(), Some(GridError::Empty));
        assert!(serde_json::from_str::<Grid>("[[1],[]]").is_err());
        assert_eq!(take_last_grid_error(), Some(GridError::EmptyRow { row: 1 }));
    }
}
