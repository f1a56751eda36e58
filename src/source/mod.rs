//! YAML bytes -> spanned node tree.
//!
//! We drive `saphyr-parser`'s event stream ourselves instead of using a ready-made
//! document type so that every node keeps its exact span, anchors/aliases and merge
//! keys (`<<`) are handled like the Serverless Devs CLI (js-yaml) does, and hostile
//! input (alias bombs, absurd nesting) is stopped with a diagnostic.

pub mod comments;
pub mod edit;
mod files;
mod keys;
mod node;
mod parse;
mod pointers;
pub mod rules;
mod scalar;

pub use crate::span::{FileId, Pos, Span};
pub use files::{display_path, relative_to, SourceFile, SourceMap};
pub use node::{format_float as format_float_pub, looks_numeric, Entry, Kind, Node, Shown};
pub use parse::{parse, ParseLimits, ParseOutput};
pub use pointers::fill_pointers;

/// Escape one JSON Pointer reference token (RFC 6901).
pub fn escape_pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}
