//! fclint positions (1-based line, 1-based column in characters, byte offset) to LSP positions
//! (0-based line, 0-based column in the negotiated unit: UTF-16 code units unless the client
//! offers UTF-8 or UTF-32) and back.

use lsp_types::{Position, PositionEncodingKind, Range};

use crate::source::{Pos, SourceFile, Span};

/// The unit of an LSP column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    Utf8,
    #[default]
    Utf16,
    Utf32,
}

impl Encoding {
    /// The client's preferred encoding among those it offers: UTF-32 and UTF-8 are exact for
    /// us (characters and bytes), UTF-16 is the protocol's default.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        let offered = offered.unwrap_or_default();
        if offered.contains(&PositionEncodingKind::UTF32) {
            Encoding::Utf32
        } else if offered.contains(&PositionEncodingKind::UTF8) {
            Encoding::Utf8
        } else {
            Encoding::Utf16
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
            Encoding::Utf32 => PositionEncodingKind::UTF32,
        }
    }

    fn units(self, c: char) -> u32 {
        match self {
            Encoding::Utf8 => c.len_utf8() as u32,
            Encoding::Utf16 => c.len_utf16() as u32,
            Encoding::Utf32 => 1,
        }
    }
}

/// The LSP position of a fclint position in `file`.
pub fn to_lsp(file: &SourceFile, pos: Pos, enc: Encoding) -> Position {
    let line0 = pos.line.saturating_sub(1);
    let chars = pos.col.saturating_sub(1) as usize;
    let character = match file.line(pos.line) {
        Some(text) => text.chars().take(chars).map(|c| enc.units(c)).sum(),
        None => 0,
    };
    Position {
        line: line0,
        character,
    }
}

pub fn range(file: &SourceFile, span: Span, enc: Encoding) -> Range {
    Range {
        start: to_lsp(file, span.start, enc),
        end: to_lsp(file, span.end, enc),
    }
}

/// The fclint position (with its byte offset) of an LSP position, clamped to the text: a
/// column past the end of its line is the end of the line, a line past the end is the end.
pub fn from_lsp(file: &SourceFile, p: Position, enc: Encoding) -> Pos {
    let line = p.line as usize + 1;
    if line > file.line_count() {
        return file.pos_at_byte(file.text.len());
    }
    let text = file.line(line as u32).unwrap_or("");
    let mut units = 0u32;
    let mut chars = 0usize;
    for c in text.chars() {
        if units >= p.character {
            break;
        }
        units += enc.units(c);
        chars += 1;
    }
    file.pos_at_line_col0(line, chars)
}

/// The end of a 1-based line, as an LSP position.
pub fn line_end(file: &SourceFile, line: u32, enc: Encoding) -> Position {
    let text = file.line(line).unwrap_or("");
    Position {
        line: line.saturating_sub(1),
        character: text.chars().map(|c| enc.units(c)).sum(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn columns_in_each_unit() {
        let f = SourceFile::new(
            PathBuf::from("s.yaml"),
            "s.yaml".into(),
            "name: 函数😀x\nb: 1\n".into(),
        );
        // `x` is the 10th character: 6 + 函 数 + 😀.
        let x = f.pos_at_byte("name: 函数😀".len());
        assert_eq!(x.col, 10);
        assert_eq!(to_lsp(&f, x, Encoding::Utf16).character, 10);
        assert_eq!(to_lsp(&f, x, Encoding::Utf32).character, 9);
        assert_eq!(to_lsp(&f, x, Encoding::Utf8).character, 16);
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            let back = from_lsp(&f, to_lsp(&f, x, enc), enc);
            assert_eq!(back.byte, x.byte, "{enc:?}");
        }
        // Past the end of a line or of the file: clamped.
        let p = from_lsp(
            &f,
            Position {
                line: 1,
                character: 99,
            },
            Encoding::Utf16,
        );
        assert_eq!((p.line, p.col), (2, 5));
        let p = from_lsp(
            &f,
            Position {
                line: 9,
                character: 0,
            },
            Encoding::Utf16,
        );
        assert_eq!(p.byte as usize, f.text.len());
    }
}
