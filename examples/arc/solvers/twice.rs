//! `twice!`: defines solver functions twice from one body, `fused::NAME` with `#[batt]` and
//! `plain::NAME` without, so that tests can compare them and the benchmark can time the
//! same code with and without the attribute (as `tests/macro_common/generated.rs` does).

/// Defines each function in `fused` with `#[batt]` (`#[batt(<args>)]` when preceded by
/// `@batt(<args>)`) and in `plain` as written. With a leading `solvers;`, each module also
/// gets `SOLVERS`, the functions by name (they must then all be [`Solver`](super::Solver)s).
macro_rules! twice {
    (solvers; $($rest:tt)*) => {
        twice!(@emit [solvers] $($rest)*);
    };
    (@emit [$($list:ident)?] $(
        $(#[$attr:meta])*
        $(@batt($($args:tt)*))?
        fn $name:ident($($params:tt)*) -> $ret:ty { $($body:tt)* }
    )*) => {
        /// The functions with `#[batt]`.
        pub mod fused {
            #[allow(unused_imports)]
            use super::*;
            #[allow(unused_imports)]
            use batt::prelude::*;
            /// Whether this module's functions are the `#[batt]` ones.
            #[allow(dead_code, reason = "read by some users of the macro")]
            pub const FUSED: bool = true;
            $(
                $(#[$attr])*
                #[batt::batt $(($($args)*))?]
                #[allow(non_snake_case, reason = "arc-dsl's names: S, I, O")]
                pub fn $name($($params)*) -> $ret { $($body)* }
            )*
            twice!(@list [$($list)?] $($name)*);
        }

        /// The same functions without `#[batt]`.
        #[allow(dead_code, reason = "the benchmark's and tests' baseline")]
        pub mod plain {
            #[allow(unused_imports)]
            use super::*;
            #[allow(unused_imports)]
            use batt::prelude::*;
            /// Whether this module's functions are the `#[batt]` ones.
            #[allow(dead_code, reason = "read by some users of the macro")]
            pub const FUSED: bool = false;
            $(
                $(#[$attr])*
                #[allow(non_snake_case, reason = "arc-dsl's names: S, I, O")]
                pub fn $name($($params)*) -> $ret { $($body)* }
            )*
            twice!(@list [$($list)?] $($name)*);
        }
    };
    (@list [solvers] $($name:ident)*) => {
        /// Every solver of this module, by name, in the order written.
        pub const SOLVERS: &[(&str, $crate::solvers::Solver)] = &[$((stringify!($name), $name)),*];
    };
    (@list [] $($name:ident)*) => {};
    ($($rest:tt)*) => {
        twice!(@emit [] $($rest)*);
    };
}
