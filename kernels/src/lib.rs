//! CUDA kernels of `batt`.
//!
//! Each kernel family lives in one `.cu` file beside this crate's sources, with its PTX
//! generated ahead of time and committed, so that building the workspace never needs a CUDA
//! toolkit. The PTX is exposed as `&'static str` constants for the runtime to load.
