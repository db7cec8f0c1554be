//! The backends that compute the fused pattern: one module each.
//!
//! Data flows one way: samples → [`crate::dispatch`] picks a backend by the amount of work
//! → the backend computes palette masks and assembles [`crate::Pattern`]s.

pub mod cpu;
#[cfg(feature = "cuda")]
pub mod cuda;
pub(crate) mod rayon;
