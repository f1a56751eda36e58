//! YAML bytes -> spanned node tree.
//!
//! We drive `saphyr-parser`'s event stream ourselves instead of using a ready-made
//! document type so that every node keeps its exact span, anchors/aliases and merge
//! keys (`<<`) are handled like the Serverless Devs CLI (js-yaml) does, and hostile
//! input (alias bombs, absurd nesting) is stopped with a diagnostic.

mod files;
mod node;
mod parse;
mod scalar;

pub use files::{display_path, relative_to, FileId, SourceFile, SourceMap};
pub use node::{format_float as format_float_pub, looks_numeric, Entry, Kind, Node, Shown};
pub use parse::{parse, ParseLimits, ParseOutput};

/// A 1-based line/column position (column counted in characters) plus its byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
    pub byte: u32,
}

/// A range in one file: `start` inclusive, `end` exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub file: FileId,
    pub start: Pos,
    pub end: Pos,
}

impl Span {
    pub fn byte_len(&self) -> usize {
        self.end.byte.saturating_sub(self.start.byte) as usize
    }
}

/// Escape one JSON Pointer reference token (RFC 6901).
pub fn escape_pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}
