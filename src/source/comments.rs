//! Comments in the text of YAML lines, without parsing the document: where a `#` comment
//! starts on a line (outside quotes, after whitespace), whether a line opens a block scalar
//! (whose lines hold no comments) and a line's indentation, for inline suppressions
//! (`# fclint-ignore`); and a plain scalar's text before a trailing comment, for the parser.
//! The LSP's outline has a looser scanner of its own for text being typed (`lsp/outline.rs`).

/// Byte offset of the `#` that starts a comment on this line, if any.
pub fn comment_start(line: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    let mut prev: Option<char> = None;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match quote {
            Some('\'') => {
                if c == '\'' {
                    if chars.peek().map(|(_, n)| *n) == Some('\'') {
                        chars.next();
                    } else {
                        quote = None;
                    }
                }
            }
            Some(_) => {
                if c == '\\' {
                    chars.next();
                } else if c == '"' {
                    quote = None;
                }
            }
            None => {
                let at_token_start = prev
                    .map(|p| p.is_whitespace() || "[{,:-?".contains(p))
                    .unwrap_or(true);
                if (c == '"' || c == '\'') && at_token_start {
                    quote = Some(c);
                } else if c == '#' && prev.map(char::is_whitespace).unwrap_or(true) {
                    return Some(i);
                }
            }
        }
        prev = Some(c);
    }
    None
}

/// Does this content end with a block scalar header (`|`, `>-`, `|2+` …)?
pub fn opens_block_scalar(content: &str) -> bool {
    let Some(last) = content.split_whitespace().last() else {
        return false;
    };
    let mut cs = last.chars();
    matches!(cs.next(), Some('|') | Some('>'))
        && cs.all(|c| c == '-' || c == '+' || c.is_ascii_digit())
}

/// Columns of leading spaces.
pub fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// `text` up to a YAML comment (`#` after a space, a tab or a line break), without the blanks
/// before it.
pub fn before_comment(text: &str) -> &str {
    let b = text.as_bytes();
    let cut = (1..b.len())
        .find(|&i| b[i] == b'#' && matches!(b[i - 1], b' ' | b'\t' | b'\n' | b'\r'))
        .unwrap_or(b.len());
    text[..cut].trim_end()
}
