//! The names of arc-dsl, in one table: its 160 primitives (the functions of its `dsl.py`)
//! with their parameter counts and Rust names, the primitives of batt functions that arc-dsl
//! lacks, and its 28 constants (its `constants.py`) with their values.
//!
//! `include_solvers!` (in `batt-macros`) reads it to tell primitives, constants and variables
//! apart and to name each primitive in Rust; the tests check the runtime's `dsl` module
//! against it. It has no dependencies, so that the proc-macro crate can use it.
#![warn(missing_docs)]
#![no_std]

/// One primitive: a function of the DSL that solvers call by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Primitive {
    /// Its name, as Python solvers call it.
    pub name: &'static str,
    /// How many parameters it takes.
    pub params: usize,
    /// Its path in the runtime's `dsl` module: the name, or the raw identifier (`r#box`)
    /// where the name is a Rust keyword.
    pub rust: &'static str,
}

impl Primitive {
    /// The identifier of [`rust`](Self::rust) without its `r#` and whether it is raw:
    /// `("box", true)` for `r#box`, `("rot90", false)` for `rot90`.
    pub fn ident(&self) -> (&'static str, bool) {
        match self.rust.strip_prefix("r#") {
            Some(ident) => (ident, true),
            None => (self.rust, false),
        }
    }
}

/// A primitive whose Rust name is its name.
const fn p(name: &'static str, params: usize) -> Primitive {
    Primitive { name, params, rust: name }
}

/// arc-dsl's primitives, in `dsl.py` order.
pub const ARC_DSL_PRIMITIVES: &[Primitive] = &[
    p("identity", 1),
    p("add", 2),
    p("subtract", 2),
    p("multiply", 2),
    p("divide", 2),
    p("invert", 1),
    p("even", 1),
    p("double", 1),
    p("halve", 1),
    p("flip", 1),
    p("equality", 2),
    p("contained", 2),
    p("combine", 2),
    p("intersection", 2),
    p("difference", 2),
    p("dedupe", 1),
    p("order", 2),
    p("repeat", 2),
    p("greater", 2),
    p("size", 1),
    p("merge", 1),
    p("maximum", 1),
    p("minimum", 1),
    p("valmax", 2),
    p("valmin", 2),
    p("argmax", 2),
    p("argmin", 2),
    p("mostcommon", 1),
    p("leastcommon", 1),
    p("initset", 1),
    p("both", 2),
    p("either", 2),
    p("increment", 1),
    p("decrement", 1),
    p("crement", 1),
    p("sign", 1),
    p("positive", 1),
    p("toivec", 1),
    p("tojvec", 1),
    p("sfilter", 2),
    p("mfilter", 2),
    p("extract", 2),
    p("totuple", 1),
    p("first", 1),
    p("last", 1),
    p("insert", 2),
    p("remove", 2),
    p("other", 2),
    p("interval", 3),
    p("astuple", 2),
    p("product", 2),
    p("pair", 2),
    p("branch", 3),
    p("compose", 2),
    p("chain", 3),
    p("matcher", 2),
    p("rbind", 2),
    p("lbind", 2),
    p("power", 2),
    p("fork", 3),
    p("apply", 2),
    p("rapply", 2),
    p("mapply", 2),
    p("papply", 3),
    p("mpapply", 3),
    p("prapply", 3),
    p("mostcolor", 1),
    p("leastcolor", 1),
    p("height", 1),
    p("width", 1),
    p("shape", 1),
    p("portrait", 1),
    p("colorcount", 2),
    p("colorfilter", 2),
    p("sizefilter", 2),
    p("asindices", 1),
    p("ofcolor", 2),
    p("ulcorner", 1),
    p("urcorner", 1),
    p("llcorner", 1),
    p("lrcorner", 1),
    p("crop", 3),
    p("toindices", 1),
    p("recolor", 2),
    p("shift", 2),
    p("normalize", 1),
    p("dneighbors", 1),
    p("ineighbors", 1),
    p("neighbors", 1),
    p("objects", 4),
    p("partition", 1),
    p("fgpartition", 1),
    p("uppermost", 1),
    p("lowermost", 1),
    p("leftmost", 1),
    p("rightmost", 1),
    p("square", 1),
    p("vline", 1),
    p("hline", 1),
    p("hmatching", 2),
    p("vmatching", 2),
    p("manhattan", 2),
    p("adjacent", 2),
    p("bordering", 2),
    p("centerofmass", 1),
    p("palette", 1),
    p("numcolors", 1),
    p("color", 1),
    p("toobject", 2),
    p("asobject", 1),
    p("rot90", 1),
    p("rot180", 1),
    p("rot270", 1),
    p("hmirror", 1),
    p("vmirror", 1),
    p("dmirror", 1),
    p("cmirror", 1),
    p("fill", 3),
    p("paint", 2),
    p("underfill", 3),
    p("underpaint", 2),
    p("hupscale", 2),
    p("vupscale", 2),
    p("upscale", 2),
    p("downscale", 2),
    p("hconcat", 2),
    p("vconcat", 2),
    p("subgrid", 2),
    p("hsplit", 2),
    p("vsplit", 2),
    p("cellwise", 3),
    p("replace", 3),
    p("switch", 3),
    p("center", 1),
    p("position", 2),
    p("index", 2),
    p("canvas", 2),
    p("corners", 1),
    p("connect", 2),
    p("cover", 2),
    p("trim", 1),
    Primitive { name: "move", params: 3, rust: "r#move" },
    p("tophalf", 1),
    p("bottomhalf", 1),
    p("lefthalf", 1),
    p("righthalf", 1),
    p("vfrontier", 1),
    p("hfrontier", 1),
    p("backdrop", 1),
    p("delta", 1),
    p("gravitate", 2),
    p("inbox", 1),
    p("outbox", 1),
    Primitive { name: "box", params: 1, rust: "r#box" },
    p("shoot", 2),
    p("occurrences", 2),
    p("frontiers", 1),
    p("compress", 1),
    p("hperiod", 1),
    p("vperiod", 1),
];

/// The primitives of generated batt functions that arc-dsl lacks (arc-dsl's `dedupe` is in
/// [`ARC_DSL_PRIMITIVES`]): the runtime has them under these names. `second` is the sample
/// pattern's (a pair's second item, a sample's output); `p_g` a grid's palette as a tuple;
/// `difference_tuple` a tuple less the items of another; `get_nth_t` and `get_nth_f` the
/// `n`th item of a tuple and of a set (negative `n` counts from the end).
pub const BATT_PRIMITIVES: &[Primitive] =
    &[p("second", 1), p("p_g", 1), p("difference_tuple", 2), p("get_nth_t", 2), p("get_nth_f", 2)];

/// The value of a constant, in arc-dsl's types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// A `Boolean`.
    Boolean(bool),
    /// An `Integer`.
    Integer(i32),
    /// An `IntegerTuple`: a pair of integers, such as a direction or a shape.
    IntegerTuple(i32, i32),
}

/// One constant of the DSL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Constant {
    /// Its name, as solvers use it (and as the runtime's `dsl` module has it).
    pub name: &'static str,
    /// Its value.
    pub value: Value,
}

/// arc-dsl's constants, in `constants.py` order.
pub const CONSTANTS: &[Constant] = &[
    Constant { name: "F", value: Value::Boolean(false) },
    Constant { name: "T", value: Value::Boolean(true) },
    Constant { name: "ZERO", value: Value::Integer(0) },
    Constant { name: "ONE", value: Value::Integer(1) },
    Constant { name: "TWO", value: Value::Integer(2) },
    Constant { name: "THREE", value: Value::Integer(3) },
    Constant { name: "FOUR", value: Value::Integer(4) },
    Constant { name: "FIVE", value: Value::Integer(5) },
    Constant { name: "SIX", value: Value::Integer(6) },
    Constant { name: "SEVEN", value: Value::Integer(7) },
    Constant { name: "EIGHT", value: Value::Integer(8) },
    Constant { name: "NINE", value: Value::Integer(9) },
    Constant { name: "TEN", value: Value::Integer(10) },
    Constant { name: "NEG_ONE", value: Value::Integer(-1) },
    Constant { name: "NEG_TWO", value: Value::Integer(-2) },
    Constant { name: "DOWN", value: Value::IntegerTuple(1, 0) },
    Constant { name: "RIGHT", value: Value::IntegerTuple(0, 1) },
    Constant { name: "UP", value: Value::IntegerTuple(-1, 0) },
    Constant { name: "LEFT", value: Value::IntegerTuple(0, -1) },
    Constant { name: "ORIGIN", value: Value::IntegerTuple(0, 0) },
    Constant { name: "UNITY", value: Value::IntegerTuple(1, 1) },
    Constant { name: "NEG_UNITY", value: Value::IntegerTuple(-1, -1) },
    Constant { name: "UP_RIGHT", value: Value::IntegerTuple(-1, 1) },
    Constant { name: "DOWN_LEFT", value: Value::IntegerTuple(1, -1) },
    Constant { name: "ZERO_BY_TWO", value: Value::IntegerTuple(0, 2) },
    Constant { name: "TWO_BY_ZERO", value: Value::IntegerTuple(2, 0) },
    Constant { name: "TWO_BY_TWO", value: Value::IntegerTuple(2, 2) },
    Constant { name: "THREE_BY_THREE", value: Value::IntegerTuple(3, 3) },
];

/// The primitive named `name`: one of [`ARC_DSL_PRIMITIVES`] or [`BATT_PRIMITIVES`].
pub fn primitive(name: &str) -> Option<&'static Primitive> {
    ARC_DSL_PRIMITIVES.iter().chain(BATT_PRIMITIVES).find(|p| p.name == name)
}

/// The constant named `name`, one of [`CONSTANTS`].
pub fn constant(name: &str) -> Option<&'static Constant> {
    CONSTANTS.iter().find(|c| c.name == name)
}

mod signatures;
pub use signatures::{SIGNATURES, Signature, Type, signature};

#[cfg(test)]
mod tests;
