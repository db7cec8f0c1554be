//! Enumerative program search over grid transforms, over many ARC tasks at once.
#![warn(missing_docs)]

pub mod image;
pub mod transforms;
