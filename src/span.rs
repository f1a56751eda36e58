//! Where something is: a file of the run, a position in it, a range. A leaf module, so that
//! diagnostics (`diag`) and the parser (`source`) can both name locations without importing
//! each other.

/// Index of a file in a [`crate::source::SourceMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct FileId(pub u32);

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
