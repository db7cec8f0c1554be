//! The `#[batt]` attribute of `batt`: fuses the arc-dsl sample pattern at compile time.
//!
//! Use it through the `batt` crate (`batt::batt`), which documents it in full. This crate
//! is a thin entry point: `args` reads the attribute's options, `model` reads each
//! statement of the function into a small model, `analyse` decides which instances of the
//! pattern are safe to fuse (and why the others are not), and `emit` writes the new
//! statements; `expand` ties them together.
#![warn(missing_docs)]

use proc_macro::TokenStream;

mod analyse;
mod args;
mod emit;
mod expand;
mod model;
mod solvers;

#[cfg(test)]
mod tests;

/// Fuses the arc-dsl sample pattern in a function into one call into the batt runtime.
///
/// Generated ARC solvers repeat four lines, often several times in one body:
///
/// ```text
/// let x1 = apply(first, S);
/// let x2 = apply(second, S);
/// let x3 = mapply(p_g, &x1);
/// let x4 = mapply(p_g, &x2);
/// ```
///
/// `#[batt]` replaces each such instance with one call that computes `(x1, x2, x3, x4)` at
/// once, on one core, all cores or the GPUs, and returns exactly the same values:
///
/// ```
/// # mod batt { pub use batt_macros::batt; pub use batt_rt::prelude; }
/// use batt::{batt, prelude::*};
///
/// #[batt]
/// fn new_colors(S: &Samples) -> Vec<Color> {
///     let x1 = apply(first, S);
///     let x2 = apply(second, S);
///     let x3 = mapply(p_g, &x1);
///     let x4 = mapply(p_g, &x2);
///     difference_tuple(dedupe(&x4), dedupe(&x3))
/// }
///
/// let task = Task::from_json_str(r#"{"train": [{"input": [[1, 0]], "output": [[2, 0]]}]}"#)
///     .unwrap();
/// assert_eq!(new_colors(&task.train), vec![2]);
/// ```
///
/// # What is recognised
///
/// - Any binding names, with or without `mut` or a type; any samples place (`S`, `&S`,
///   `samples`, `&task.train`, `&self.train`); the DSL functions under any path
///   (`dsl::apply`, `batt::prelude::p_g`); `mapply(p_g, &x1)` or `mapply(p_g, x1)`.
/// - The lines in any order that respects their data flow, with other statements between
///   them, in the body and in nested blocks (`if`, `match` arms, loops, closures' blocks).
/// - Halves: `apply(first, S)` with its `mapply(p_g, ..)` alone (or the `second` half).
/// - Several instances: those over the same samples, with nothing between them that could
///   change the samples, compute the pattern once and share it.
///
/// # What is left alone
///
/// An instance is fused only when that provably changes nothing: not when a statement
/// between its lines mentions one of its names before the line that defines it (a `{x3}`
/// in a format string or a macro's tokens included), binds `x1` again before `x3` reads it,
/// uses a mutable `x1` before `x3` reads it, or may change the samples (anything that
/// mentions their root, unless it is a `&` parameter never bound again); nor when the
/// samples are not a plain place, a line has attributes or is a `let .. else`, or the
/// function binds one of the DSL's names itself. Samples of another type than `Samples`
/// (say `&Vec<(Grid, Grid)>`) are computed with the DSL functions as before.
///
/// The fused code also checks, at compile time, that the names written are the runtime's
/// DSL functions: a function of your own named `first` makes it fail to compile rather
/// than change meaning.
///
/// # Options
///
/// - `#[batt(strict)]`: every near miss, and finding nothing, is a compile error that
///   points at the statement and says why. Without it, those are silently left as written.
/// - `#[batt(backend = "cpu" | "rayon" | "cuda" | "auto")]`: the backend of this function's
///   fused calls; by default the process-wide one (`BATT_BACKEND`).
/// - `#[batt(crate = "path::to::runtime")]`: where the runtime is, when neither `batt` nor
///   `batt-runtime` (under any name) is a dependency, or it is re-exported elsewhere.
///
/// Any other option, or `#[batt]` on anything but a function with a body, is a compile
/// error; the function is then kept unchanged beside it.
#[proc_macro_attribute]
pub fn batt(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::batt(args.into(), item.into()).into()
}

/// Converts the arc-dsl solvers of a Python file into Rust functions, at compile time.
///
/// `include_solvers!("path/to/solvers.py")` reads the file (the path is relative to the
/// calling package's manifest directory, as with `include_str!`, and the crate is rebuilt
/// when the file changes), parses it with a real Python parser, and expands, for each
/// top-level `def` in arc-dsl's straight-line form:
///
/// ```text
/// def solve_25ff71a9(I):
///     x1 = objects(I, T, T, T)
///     x2 = first(x1)
///     O = move(I, x2, DOWN)
///     return O
/// ```
///
/// to `pub fn solve_25ff71a9(I: &Grid) -> Option<Grid>`, whose lines are
/// `let x1 = try_dsl!(objects(I, T, T, T));` and so on: a variable is passed borrowed
/// (`&x1`), the DSL's names are the runtime's (`move` is `r#move`; `rbind`/`lbind` of a
/// three-parameter primitive are `rbind3`/`lbind3`), a function held in a variable is
/// called with clones of its arguments, any failure makes the solver return `None`, and
/// `return O` is `Some(O)`.
///
/// # Parameters: `S`, `I`, `C`
///
/// Functions generated by program search (batt functions) take other parameters than `I`.
/// A parameter's Rust type is given by its name, and the function keeps them in the order
/// written:
///
/// | name | type | meaning |
/// | --- | --- | --- |
/// | `S` | `&Samples` | the task's demonstration pairs (Python's tuple of `(input, output)`) |
/// | `I` | `&Grid` | the grid to solve |
/// | `C` | `&Grid` | a candidate output grid for `I` (the known output, or a prediction) |
///
/// so `def batt(S, I, C):` becomes
/// `pub fn batt(S: &Samples, I: &Grid, C: &Grid) -> Option<Grid>` and `def f(C, I):`
/// `pub fn f(C: &Grid, I: &Grid) -> Option<Grid>`. Any other name, a default value, an
/// annotation, `*args`, `**kwargs`, a keyword-only parameter or no parameter at all makes the
/// function skipped (positional-only parameters are plain ones). Besides arc-dsl's 160
/// primitives and its constants, the file may use the runtime's primitives of the sample
/// pattern: `second`, `p_g`, `dedupe`, `difference_tuple`, `get_nth_t` and `get_nth_f`.
///
/// # The sample pattern is fused
///
/// Every converted function is put through the expansion of [`batt`](macro@batt) (default
/// options): the lines `x1 = apply(first, S)`, `x2 = apply(second, S)`,
/// `x3 = mapply(p_g, x1)`, `x4 = mapply(p_g, x2)` (over the parameter `S`, not bound again)
/// are written as plain calls, which `#[batt]` fuses into one call into the runtime wherever
/// that provably changes nothing. `include_solvers!("path.py", unfused)` leaves them as
/// written (the same functions, for comparisons and benchmarks).
///
/// # Tables
///
/// It also expands to
///
/// - `pub static SOLVERS: &[(&str, fn(&Grid) -> Option<Grid>)]`: every converted function
///   whose parameters are exactly `(I)`, `(name, function)`, in file order;
/// - `pub static BATTS: &[(&str, fn(&Samples, &Grid, &Grid) -> Option<Grid>)]`: every other
///   converted function, in file order, each called as `f(S, I, C)` whatever parameters it
///   declares: those it lacks are not passed on, the others in its order;
/// - `pub static LISTS`: every converted function that returns lists (below);
/// - `pub static SKIPPED: &[(&str, &str)]`: every `def` outside the form, `(name, reason)`:
///   parameters other than the above, a statement other than `name = f(args)` /
///   `name = value` / a final `return`, a nested call, an unknown name or primitive;
/// - `pub static DYNAMIC: &[(&str, &str)]`: the converted functions that run over dynamic
///   values (below), `(name, reason)`.
///
/// With `include_solvers!("path.py", strict)`, every skipped `def` is a compile error that
/// names the file, the line and the function (the options may be combined:
/// `"path.py", strict, unfused`). A Python syntax error, or a file that cannot be read, is
/// always a compile error (with the file, line and column). Other top-level statements
/// (`from dsl import *`, ...) are ignored.
///
/// # What static types cannot express: dynamic functions
///
/// Before writing a function, the macro infers its values' types from arc-dsl's annotations
/// of its primitives (`batt_dsl_names::SIGNATURES`) and rules for the polymorphic ones
/// (`apply`, `first`, `branch`, ...), following function values through their partial
/// applications, compositions and forks. A function is *dynamic* when one function variable
/// is called with values of two types, `branch` picks between values (or functions giving
/// values) of two types, a tuple or a set holds functions (or a tuple holds functions that
/// hold a function variable), a function variable takes a function made of a later line's, or
/// `apply` over a pair is used as a pair. A dynamic function's lines run over the runtime's
/// `dynamic::Value`s (Python's tuples, frozensets and function values, each primitive
/// converting its arguments to its typed function's types by their shape), with the same
/// signature and failures (`None`) as the others; it is listed in
/// `pub static DYNAMIC: &[(&str, &str)]` with its reason. A dynamic function must return a
/// grid, take only grids (`I`, `C`) and hold plain lines (no `try`, lists or names of
/// `primitives`); otherwise it is skipped with both reasons.
///
/// A converted function that still does not type-check is a compile error of the crate;
/// `skip = ["solve_x", ...]` leaves such functions out (listed in `SKIPPED` as "left out by
/// `skip`", never an error under `strict`; a name the file does not define is an error).
///
/// # The generated form: `try`, lists, `task_id`, `log_path`
///
/// Functions written by program search, `def batt(task_id, S, I, C, log_path):`, take two
/// strings besides (`task_id: &str`, which only an `append` may take, and `log_path: &str`,
/// unused), and may hold:
///
/// - `try:` one assignment `except ...:` one assignment to the same name: where the DSL fails
///   in the `try` (any failure, whatever classes the `except` names), the variable takes the
///   `except`'s value: a constant or literal, `None` (a failure: the lines that use it fail),
///   `()` (`Default::default()` of its type) or a call of a primitive (whose failure fails the
///   function). Such a variable is an `Option` in Rust.
/// - `s = []` and `s.append((field, ...))`: a list of the runtime's `lists::Record`s, whose
///   fields are integer, boolean, string and `None` literals and values of any DSL type
///   (`lists::DslValue`, through `lists::ToDslValue`).
/// - `return o, s` (or `return o`): the function returns the runtime's `lists::Lists`, the
///   lists in that order, and `failed_at: Some(line)` where a line outside a `try` failed:
///   the function stops there and hands back the records appended before it (Python's raises).
///
/// Such functions are listed in `pub static LISTS: &[(&str, fn(&str, &Samples, &Grid,
/// &Grid, &str) -> Lists)]`, each called as `f(task_id, S, I, C, log_path)`.
///
/// # A fork's own primitives: `primitives = path`
///
/// `include_solvers!("path.py", primitives = path::to::module)` takes a name that is neither a
/// DSL primitive nor a constant nor a variable from `module`: functions and constants written
/// in Rust against the DSL's types, called and passed as the DSL's own are (variables
/// borrowed, constants and literals by value; a function passed to `apply` or `argmax` gets
/// the values those give) and inferred with them. The DSL's names come first. A name found in
/// neither is a compile error, whatever the other options, that names the Python file, the
/// line of its first use and the name. Without `primitives`, such a name skips its function
/// (an error under `strict`). Each function that uses such names glob-imports the module in
/// its body; `rbind`/`lbind` of the module's functions bind the second of two parameters.
///
/// The expansion names the runtime as `batt::runtime` or `batt_runtime`, whichever is a
/// dependency.
#[proc_macro]
pub fn include_solvers(input: TokenStream) -> TokenStream {
    solvers::include_solvers(input.into()).into()
}
