//! `.env` files, read the way the `dotenv` package the CLI uses reads them.
//!
//! `KEY=VALUE` per line; `export ` prefix allowed; `#` starts a comment (also after an
//! unquoted value, when preceded by whitespace); values in single, double or back quotes
//! keep inner spaces, and double-quoted values expand `\n`. Lines that do not match are
//! ignored, as dotenv does.

use crate::source::{FileId, SourceFile, Span};

/// One variable read from a `.env` file, with the span of its value.
#[derive(Debug, Clone, PartialEq)]
pub struct DotenvVar {
    pub key: String,
    pub value: String,
    pub span: Span,
}

pub fn parse(file: FileId, src: &SourceFile) -> Vec<DotenvVar> {
    let mut out = Vec::new();
    let mut offset = 0usize;
    for raw_line in src.text.split_inclusive('\n') {
        let line_start = offset;
        offset += raw_line.len();
        let line = raw_line.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let body = trimmed.strip_prefix("export ").unwrap_or(trimmed);
        let Some(eq) = body.find('=') else { continue };
        let key = body[..eq].trim();
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-')
        {
            continue;
        }
        let value_raw = &body[eq + 1..];
        let lead = value_raw.len() - value_raw.trim_start().len();
        let v = value_raw.trim_start();
        let value_start = line_start + (line.len() - body.len()) + eq + 1 + lead;
        let (value, len) = match v.chars().next() {
            Some(q @ ('\'' | '"' | '`')) => match v[1..].find(q) {
                Some(end) => {
                    let inner = &v[1..1 + end];
                    let value = if q == '"' {
                        inner.replace("\\n", "\n").replace("\\r", "\r")
                    } else {
                        inner.to_string()
                    };
                    (value, end + 2)
                }
                None => (v.trim_end().to_string(), v.trim_end().len()),
            },
            _ => {
                let cut = v.find(" #").or_else(|| v.find("\t#")).unwrap_or(v.len());
                let value = v[..cut].trim_end();
                (value.to_string(), value.len())
            }
        };
        out.push(DotenvVar {
            key: key.to_string(),
            value,
            span: Span {
                file,
                start: src.pos_at_byte(value_start),
                end: src.pos_at_byte(value_start + len),
            },
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn reads_like_dotenv() {
        let text = "# comment\nFOO=bar\nexport Z=zz\nQ=\"quoted val\"\nS='a #b'\nC=x # note\nbad line\nEMPTY=\n";
        let src = SourceFile::new(PathBuf::from(".env"), ".env".into(), text.into());
        let vars = parse(FileId(0), &src);
        let got: Vec<(&str, &str)> = vars
            .iter()
            .map(|v| (v.key.as_str(), v.value.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("FOO", "bar"),
                ("Z", "zz"),
                ("Q", "quoted val"),
                ("S", "a #b"),
                ("C", "x"),
                ("EMPTY", "")
            ]
        );
        assert_eq!((vars[0].span.start.line, vars[0].span.start.col), (2, 5));
        assert_eq!((vars[2].span.start.line, vars[2].span.start.col), (4, 3));
        assert_eq!(vars[2].span.end.col, 15);
    }
}
