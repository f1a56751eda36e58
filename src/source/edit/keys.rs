//! Renaming a key and replacing or quoting a scalar where they are written, in the quoting
//! style the file already uses: a plain value stays plain when YAML reads the new text back
//! as the same string, a single-quoted one stays single-quoted (`'` doubled), a double-quoted
//! one stays double-quoted (escaped). Everything outside the edited span is untouched.

use super::{replace, text_of, written_here};
use crate::diag::TextEdit;
use crate::source::scalar::scalar_kind;
use crate::source::{FileId, Kind, Node, SourceFile};

/// How a scalar is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quote {
    Plain,
    Single,
    Double,
}

impl Quote {
    /// The style of the scalar written as `text` (its whole span, quotes included).
    pub fn of(text: &str) -> Quote {
        match text.as_bytes().first() {
            Some(b'\'') => Quote::Single,
            Some(b'"') => Quote::Double,
            _ => Quote::Plain,
        }
    }
}

/// The quotes the strings written in `src` use most: single quotes when more of them are
/// single-quoted than double-quoted, double quotes otherwise. One walk over `root`, counting
/// only values written at their span in `src`.
pub fn preferred_quote(root: &Node, src: &SourceFile, file: FileId) -> Quote {
    let (mut single, mut double) = (0usize, 0usize);
    let mut stack = vec![root];
    while let Some(n) = stack.pop() {
        match &n.kind {
            Kind::Map(entries) => stack.extend(entries.iter().map(|e| &e.value)),
            Kind::Seq(items) => stack.extend(items.iter()),
            Kind::Str(_) if n.origin.is_none() && n.span.file == file => {
                match text_of(src, n.span).map(Quote::of) {
                    Some(Quote::Single) => single += 1,
                    Some(Quote::Double) => double += 1,
                    _ => {}
                }
            }
            _ => {}
        }
    }
    if single > double {
        Quote::Single
    } else {
        Quote::Double
    }
}

/// `value` written as a YAML scalar in the style `quote`. A plain scalar that YAML would read
/// as something else (a number, a boolean, a mapping) or not at all is double-quoted instead,
/// and so is a single-quoted one holding a character single quotes cannot carry.
pub fn render(value: &str, quote: Quote) -> String {
    match quote {
        Quote::Plain if plain_safe(value) => value.to_string(),
        Quote::Single if !value.chars().any(char::is_control) => {
            format!("'{}'", value.replace('\'', "''"))
        }
        _ => double_quoted(value),
    }
}

/// Whether `value` can be written unquoted, in block and in flow style, and read back as the
/// same string: letters, digits and `_ . / : * @ + -`, not starting with an indicator, not
/// ending with `:`, and not a null, boolean or number.
pub fn plain_safe(value: &str) -> bool {
    let Some(first) = value.chars().next() else {
        return false;
    };
    first.is_ascii_alphanumeric()
        && !value.ends_with(':')
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_./:*@+-".contains(c))
        && scalar_kind(value, true, None) == Kind::Str(value.to_string())
}

fn double_quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The string a scalar written as `text` reads as, for the forms this module writes: plain,
/// single-quoted, and double-quoted without escapes. `None` for anything else (an escape, a
/// tag, an alias, text over several lines).
fn decoded(text: &str) -> Option<String> {
    if text.contains('\n') {
        return None;
    }
    match Quote::of(text) {
        Quote::Plain => (!text.starts_with(['!', '&', '*', '?'])).then(|| text.to_string()),
        Quote::Single => {
            let inner = text.strip_prefix('\'')?.strip_suffix('\'')?;
            Some(inner.replace("''", "'"))
        }
        Quote::Double => {
            let inner = text.strip_prefix('"')?.strip_suffix('"')?;
            (!inner.contains('\\')).then(|| inner.to_string())
        }
    }
}

/// Rename the key `key` of the mapping `map` to `new`, in the key's quoting style. `None`
/// when `new` is already a key of the mapping (a rename must not make a duplicate), when the
/// key is not written inside the mapping as it reads (merged in with `<<`, from a template or
/// another file), or when its text is not one this module can read back.
pub fn rename_key(src: &SourceFile, map: &Node, key: &str, new: &str) -> Option<TextEdit> {
    let entries = match &map.kind {
        Kind::Map(entries) => entries,
        _ => return None,
    };
    if key == new || entries.iter().any(|e| e.key == new) {
        return None;
    }
    let entry = entries.iter().find(|e| e.key == key)?;
    let span = entry.key_span;
    let inside = span.file == map.span.file
        && span.start.byte >= map.span.start.byte
        && span.end.byte <= map.span.end.byte;
    if map.origin.is_some() || !inside {
        return None;
    }
    let text = text_of(src, span)?;
    if decoded(text).as_deref() != Some(key) {
        return None;
    }
    Some(replace(span, render(new, Quote::of(text))))
}

/// Replace the string scalar `node` with the string `new`, in the style it is written in.
/// `None` when the value is not written at its span (see [`written_here`]) or its text is not
/// one this module can read back.
pub fn replace_scalar(src: &SourceFile, node: &Node, new: &str) -> Option<TextEdit> {
    let Kind::Str(old) = &node.kind else {
        return None;
    };
    if !written_here(node, src) {
        return None;
    }
    let text = text_of(src, node.span)?;
    if decoded(text).as_deref() != Some(old.as_str()) {
        return None;
    }
    Some(replace(node.span, render(new, Quote::of(text))))
}

/// Write the plain scalar `node` (a number or a boolean) as a string in `quote`, keeping its
/// text: `3000` → `"3000"`. `None` when it is not written plainly at its span.
pub fn quote_scalar(src: &SourceFile, node: &Node, quote: Quote) -> Option<TextEdit> {
    if !written_here(node, src) {
        return None;
    }
    let text = text_of(src, node.span)?;
    if Quote::of(text) != Quote::Plain || decoded(text).is_none() {
        return None;
    }
    let quote = if quote == Quote::Plain {
        Quote::Double
    } else {
        quote
    };
    Some(replace(node.span, render(text, quote)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{parse, ParseLimits};

    fn load(text: &str) -> (SourceFile, Node) {
        let src = SourceFile::new("s.yaml".into(), "s.yaml".into(), text.to_string());
        let out = parse(FileId(0), &src, ParseLimits::default());
        let root = out.root.expect("parses");
        (src, root)
    }

    fn apply(src: &SourceFile, edit: &TextEdit) -> String {
        crate::source::edit::applied(&src.text, vec![edit.clone()])
    }

    #[test]
    fn render_keeps_or_upgrades_the_style() {
        assert_eq!(render("latest", Quote::Plain), "latest");
        assert_eq!(render("latest", Quote::Single), "'latest'");
        assert_eq!(render("latest", Quote::Double), "\"latest\"");
        assert_eq!(render("it's", Quote::Single), "'it''s'");
        assert_eq!(render("a\"b\\c", Quote::Double), "\"a\\\"b\\\\c\"");
        assert_eq!(render("a\nb", Quote::Single), "\"a\\nb\"");
        // Plain text YAML reads as something else is quoted.
        for v in [
            "true", "3000", "null", "a: b", "a #b", "", "*x", "x:", "{a}", "1.5",
        ] {
            assert!(render(v, Quote::Plain).starts_with('"'), "{v}");
        }
        assert_eq!(
            render("oss:ObjectCreated:*", Quote::Plain),
            "oss:ObjectCreated:*"
        );
    }

    #[test]
    fn rename_key_keeps_quotes_and_refuses_duplicates() {
        let (src, root) = load("a:\n  maximumTask: 1 # c\n  'b': 2\n  \"it''s\": 3\n");
        let map = root.get("a").unwrap();
        let e = rename_key(&src, map, "maximumTask", "maximumTasks").unwrap();
        assert_eq!(
            apply(&src, &e),
            "a:\n  maximumTasks: 1 # c\n  'b': 2\n  \"it''s\": 3\n"
        );
        let e = rename_key(&src, map, "b", "c").unwrap();
        assert_eq!(e.replacement, "'c'");
        assert!(rename_key(&src, map, "b", "maximumTask").is_none());
        assert!(rename_key(&src, map, "nothing", "x").is_none());
    }

    #[test]
    fn rename_key_in_flow_style() {
        let (src, root) = load("a: {Key: {Prefix: x/, \"Suffix\": .png}} # c\n");
        let key = root.get("a").unwrap();
        let inner = key.get("Key").unwrap();
        let mut edits = vec![
            rename_key(&src, key, "Key", "key").unwrap(),
            rename_key(&src, inner, "Prefix", "prefix").unwrap(),
            rename_key(&src, inner, "Suffix", "suffix").unwrap(),
        ];
        edits.sort_by_key(|e| std::cmp::Reverse(e.span.start.byte));
        let mut text = src.text.clone();
        for e in edits {
            let (s, end) = (e.span.start.byte as usize, e.span.end.byte as usize);
            text.replace_range(s..end, &e.replacement);
        }
        assert_eq!(text, "a: {key: {prefix: x/, \"suffix\": .png}} # c\n");
    }

    #[test]
    fn merged_keys_are_not_renamed() {
        let (src, root) = load("base: &b\n  Key: 1\nuse:\n  <<: *b\n  x: 2\n");
        let map = root.get("use").unwrap();
        assert!(rename_key(&src, map, "Key", "key").is_none());
        assert!(rename_key(&src, map, "x", "y").is_some());
    }

    #[test]
    fn replace_scalar_keeps_the_quoting() {
        let (src, root) = load("a: lastest # c\nb: 'lastest'\nc: \"lastest\"\nd: [lastest]\n");
        for (k, want) in [("a", "latest"), ("b", "'latest'"), ("c", "\"latest\"")] {
            let e = replace_scalar(&src, root.get(k).unwrap(), "latest").unwrap();
            assert_eq!(e.replacement, want);
            assert_eq!(
                text_of(&src, e.span).map(|t| t.trim_matches(['\'', '"'])),
                Some("lastest")
            );
        }
        let item = &root.get("d").unwrap().items()[0];
        assert_eq!(
            replace_scalar(&src, item, "true").unwrap().replacement,
            "\"true\""
        );
        let (src, root) = load("a: \"last\\test\"\nb: 3\n");
        assert!(replace_scalar(&src, root.get("a").unwrap(), "x").is_none());
        assert!(replace_scalar(&src, root.get("b").unwrap(), "x").is_none());
    }

    #[test]
    fn quote_scalar_keeps_the_text_and_the_comment() {
        let (src, root) = load("PORT: 3000 # port\nDEBUG: true\nS: '1'\n");
        let e = quote_scalar(&src, root.get("PORT").unwrap(), Quote::Single).unwrap();
        assert_eq!(
            apply(&src, &e),
            "PORT: '3000' # port\nDEBUG: true\nS: '1'\n"
        );
        let e = quote_scalar(&src, root.get("DEBUG").unwrap(), Quote::Double).unwrap();
        assert_eq!(e.replacement, "\"true\"");
        assert!(quote_scalar(&src, root.get("S").unwrap(), Quote::Double).is_none());
    }

    #[test]
    fn preferred_quote_counts_the_file() {
        let (src, root) = load("a: 'x'\nb: 'y'\nc: \"z\"\nd: w\n");
        assert_eq!(preferred_quote(&root, &src, FileId(0)), Quote::Single);
        let (src, root) = load("a: 'x'\nc: \"z\"\n");
        assert_eq!(preferred_quote(&root, &src, FileId(0)), Quote::Double);
        let (src, root) = load("a: x\n");
        assert_eq!(preferred_quote(&root, &src, FileId(0)), Quote::Double);
    }
}
