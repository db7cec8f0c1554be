//! Procedural macros of `batt`.
