//! fclint: validate, lint, plan and explain Serverless Devs `s.yaml` files for
//! Alibaba Cloud Function Compute, offline.
//!
//! Pipeline: [`source`] (spanned YAML) → [`resolve`] (magic variables, extend,
//! template) → [`model`] (both editions, one shape) → [`checks`] → [`report`].

pub mod diag;
pub mod limits;
pub mod source;
