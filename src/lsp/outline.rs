//! The block structure of a YAML buffer read from its indentation alone, for the places an
//! editor needs it while the text is being typed and may not parse: which key path a line is
//! at, which keys a mapping already has, which scalar values its siblings hold (to choose a
//! trigger's config by its `triggerType`). Linear in the text; never fails.
//!
//! It reads block mappings and sequences (`key:`, `- item`, `- key: v`), skips comments and
//! block scalar contents (`|`, `>`), and takes everything else as a scalar. Flow collections
//! (`{…}`, `[…]`) are scalars to it: completion inside them is not offered.

use serde_json::{Map, Value};

use super::schema_nav::Token;

/// One line with content.
#[derive(Debug, Clone)]
struct Shape {
    /// 0-based line number.
    line: usize,
    /// Byte columns of the `- ` that open sequence items on this line.
    dashes: Vec<usize>,
    /// `(column, key, text after the colon)` of the mapping key this line holds.
    key: Option<(usize, String, String)>,
    /// Column of the first content (a dash, the key or a scalar).
    first: usize,
}

/// A frame of the path to a line.
#[derive(Debug, Clone)]
struct Frame {
    col: usize,
    token: Token,
    /// The line that opened it.
    line: usize,
}

/// The shapes of a buffer's lines.
pub struct Outline {
    shapes: Vec<Shape>,
}

/// What the cursor is on.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    /// Writing a key of the mapping at `path` (`partial` typed so far, replacing bytes
    /// `start..end` of the line). `item` when the mapping is a sequence item opened on this
    /// line (`- par`): a scalar item value fits there too.
    Key {
        partial: String,
        start: usize,
        end: usize,
        /// Text after the word is `:` already: insert the key alone.
        has_colon: bool,
        item: bool,
    },
    /// Writing the value of the key at the end of `path`.
    Value {
        partial: String,
        start: usize,
        end: usize,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cursor {
    pub path: Vec<Token>,
    pub place: Place,
    /// The instance as far as the text shows it: the scalar siblings at every level of the
    /// path (for `if`/`then` in the schema) and the keys the mapping already has.
    pub instance: Value,
    /// Keys the mapping at `path` already has (for [`Place::Key`]), the cursor's own excepted.
    pub present: Vec<String>,
}

/// Byte column where a comment starts (`#` at the start or after whitespace, outside quotes).
pub fn comment_start(line: &str) -> Option<usize> {
    let mut quote: Option<u8> = None;
    let b = line.as_bytes();
    for i in 0..b.len() {
        match quote {
            Some(q) => {
                if b[i] == q {
                    quote = None;
                }
            }
            None => {
                let at_start = i == 0 || b[i - 1] == b' ' || b[i - 1] == b'\t';
                if (b[i] == b'"' || b[i] == b'\'') && (at_start || (i > 0 && b[i - 1] == b':')) {
                    quote = Some(b[i]);
                } else if b[i] == b'#' && at_start {
                    return Some(i);
                }
            }
        }
    }
    None
}

/// `(column after the dashes, dash columns)`.
fn dashes(line: &str, mut col: usize) -> (usize, Vec<usize>) {
    let b = line.as_bytes();
    let mut out = Vec::new();
    while col < b.len() && b[col] == b'-' && (col + 1 == b.len() || b[col + 1] == b' ') {
        out.push(col);
        col += 1;
        while col < b.len() && b[col] == b' ' {
            col += 1;
        }
    }
    (col, out)
}

/// A mapping key at `col`: `(key, byte column after the colon)`.
fn key_at(line: &str, col: usize) -> Option<(String, usize)> {
    let rest = line.get(col..)?;
    let first = rest.chars().next()?;
    if "{[&*!|>%@`#".contains(first) {
        return None;
    }
    if first == '"' || first == '\'' {
        let close = rest[1..].find(first)? + 1;
        let after = &rest[close + 1..];
        let trimmed = after.trim_start_matches(' ');
        if !trimmed.starts_with(':') {
            return None;
        }
        let colon = col + close + 1 + (after.len() - trimmed.len());
        let next = line.as_bytes().get(colon + 1);
        if next.is_some_and(|c| *c != b' ') {
            return None;
        }
        return Some((rest[1..close].to_string(), colon + 1));
    }
    let bytes = rest.as_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b':' && (i + 1 == bytes.len() || bytes[i + 1] == b' ') {
            let key = rest[..i].trim_end();
            if key.is_empty() {
                return None;
            }
            return Some((key.to_string(), col + i + 1));
        }
    }
    None
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn opens_block_scalar(value: &str) -> bool {
    let v = value.trim();
    let mut cs = v.chars();
    matches!(cs.next(), Some('|') | Some('>'))
        && cs.all(|c| c == '-' || c == '+' || c.is_ascii_digit())
}

impl Outline {
    pub fn new(text: &str) -> Outline {
        let mut shapes = Vec::new();
        let mut block: Option<usize> = None;
        for (n, raw) in text.split('\n').enumerate() {
            let line = raw.trim_end_matches('\r');
            let content = &line[..comment_start(line).unwrap_or(line.len())];
            if content.trim().is_empty() {
                continue;
            }
            let ind = indent(content);
            if let Some(parent) = block {
                if ind > parent {
                    continue;
                }
                block = None;
            }
            if content.starts_with("---") || content.starts_with("...") || content.starts_with('%')
            {
                continue;
            }
            let (col, ds) = dashes(content, ind);
            let key = key_at(content, col).map(|(k, after)| {
                let rest = content[after..].trim().to_string();
                (col, k, rest)
            });
            if let Some((kc, _, rest)) = &key {
                if opens_block_scalar(rest) {
                    block = Some(*kc);
                }
            } else if ds.is_empty() && opens_block_scalar(content) {
                block = Some(ind);
            }
            shapes.push(Shape {
                line: n,
                dashes: ds,
                key,
                first: ind,
            });
        }
        Outline { shapes }
    }

    /// Apply one line to the frame stack.
    fn step(frames: &mut Vec<Frame>, dashes: &[usize], key: Option<(usize, &str)>, line: usize) {
        for &d in dashes {
            while frames.last().is_some_and(|f| f.col > d) {
                frames.pop();
            }
            match frames.last_mut() {
                Some(Frame {
                    col,
                    token: Token::Index(i),
                    line: l,
                }) if *col == d => {
                    *i += 1;
                    *l = line;
                }
                _ => frames.push(Frame {
                    col: d,
                    token: Token::Index(0),
                    line,
                }),
            }
        }
        if let Some((kc, name)) = key {
            while frames.last().is_some_and(|f| f.col >= kc) {
                frames.pop();
            }
            frames.push(Frame {
                col: kc,
                token: Token::Key(name.to_string()),
                line,
            });
        }
    }

    /// The frames open before `line` (0-based), lines before it applied.
    fn frames_before(&self, line: usize) -> Vec<Frame> {
        let mut frames = Vec::new();
        for s in self.shapes.iter().take_while(|s| s.line < line) {
            Outline::step(
                &mut frames,
                &s.dashes,
                s.key.as_ref().map(|(c, k, _)| (*c, k.as_str())),
                s.line,
            );
        }
        frames
    }

    /// `(key, text after the colon)` of the mapping whose keys stand at `col`, in the block
    /// that starts at line `from` (the line of its parent key, or of the dash that opened it;
    /// `None`: the top of the file).
    fn block_keys(&self, from: Option<(usize, bool)>, col: usize) -> Vec<(String, String, usize)> {
        let mut out = Vec::new();
        let (start, inclusive) = from.unwrap_or((0, true));
        for s in self.shapes.iter().filter(|s| s.line >= start) {
            let own = s.line == start;
            if own && !inclusive {
                continue;
            }
            let first = s.dashes.first().copied().unwrap_or(s.first);
            if !own && first < col {
                break;
            }
            if let Some((kc, k, rest)) = &s.key {
                if *kc == col {
                    out.push((k.clone(), rest.clone(), s.line));
                }
            }
        }
        out
    }

    /// The cursor at byte column `col` of 0-based `line` of `text`.
    pub fn cursor(&self, text: &str, line: usize, col: usize) -> Option<Cursor> {
        let full = text.split('\n').nth(line)?.trim_end_matches('\r');
        let col = col.min(full.len());
        if !full.is_char_boundary(col) {
            return None;
        }
        let prefix = &full[..col];
        if comment_start(prefix).is_some() {
            return None;
        }
        let ind = indent(prefix);
        let (after_dashes, ds) = dashes(prefix, ind);
        let mut frames = self.frames_before(line);
        let word_end = |from: usize| {
            full[from..]
                .find([' ', ':', '#'])
                .map(|i| from + i)
                .unwrap_or(full.len())
                .max(col)
        };
        let (place, kc) = match key_at(prefix, after_dashes) {
            None => {
                let partial = &prefix[after_dashes..];
                if partial.contains(' ') && !partial.trim_start().starts_with(['"', '\'']) {
                    return None;
                }
                let end = word_end(col);
                let has_colon = full[end..].trim_start().starts_with(':');
                Outline::step(&mut frames, &ds, None, line);
                (
                    Place::Key {
                        partial: partial.to_string(),
                        start: after_dashes,
                        end,
                        has_colon,
                        item: !ds.is_empty(),
                    },
                    after_dashes,
                )
            }
            Some((key, after)) => {
                let value = &prefix[after..];
                let start = after + (value.len() - value.trim_start().len());
                let partial = &prefix[start..];
                if partial.starts_with(['|', '>', '{', '[', '&', '*']) {
                    return None;
                }
                Outline::step(&mut frames, &ds, Some((after_dashes, &key)), line);
                let end = full[..comment_start(full).unwrap_or(full.len())]
                    .trim_end()
                    .len()
                    .max(col);
                (
                    Place::Value {
                        partial: partial.to_string(),
                        start,
                        end,
                    },
                    after_dashes,
                )
            }
        };
        // The frames of the mapping the cursor's key belongs to.
        let parent: Vec<Frame> = match &place {
            Place::Key { .. } => {
                while frames.last().is_some_and(|f| f.col >= kc) {
                    frames.pop();
                }
                frames.clone()
            }
            Place::Value { .. } => frames[..frames.len().saturating_sub(1)].to_vec(),
        };
        let path: Vec<Token> = frames.iter().map(|f| f.token.clone()).collect();
        let instance = self.instance(&parent, kc, line);
        let present = match &place {
            Place::Key { .. } => self
                .block_keys(block_start(&parent), kc)
                .into_iter()
                .filter(|(_, _, l)| *l != line)
                .map(|(k, _, _)| k)
                .collect(),
            Place::Value { .. } => Vec::new(),
        };
        Some(Cursor {
            path,
            place,
            instance,
            present,
        })
    }

    /// The key path of the key on `line` (for hover on text that does not parse).
    pub fn path_of_line(&self, line: usize) -> Option<(Vec<Token>, usize, String)> {
        let s = self.shapes.iter().find(|s| s.line == line)?;
        let (kc, k, _) = s.key.as_ref()?;
        let mut frames = self.frames_before(line);
        Outline::step(&mut frames, &s.dashes, Some((*kc, k)), line);
        Some((
            frames.iter().map(|f| f.token.clone()).collect(),
            *kc,
            k.clone(),
        ))
    }

    /// The document as far as the text shows it along the frames: every level holds its scalar
    /// keys, and the next level below the key of the path.
    fn instance(&self, parent: &[Frame], kc: usize, cursor_line: usize) -> Value {
        // Column of the keys at each level: the next frame's column, and `kc` for the last.
        let mut levels: Vec<Value> = Vec::new();
        for i in 0..=parent.len() {
            let from = if i == 0 {
                None
            } else {
                block_start(&parent[..i])
            };
            let col = parent.get(i).map(|f| f.col).unwrap_or(kc);
            if i < parent.len() && matches!(parent[i].token, Token::Index(_)) {
                levels.push(Value::Array(Vec::new()));
                continue;
            }
            let mut m = Map::new();
            for (k, rest, l) in self.block_keys(from, col) {
                if l == cursor_line {
                    continue;
                }
                m.insert(k, scalar(&rest));
            }
            levels.push(Value::Object(m));
        }
        // Nest from the bottom up.
        let mut cur = levels.pop().unwrap_or(Value::Null);
        for (i, mut level) in levels.into_iter().enumerate().rev() {
            match (&mut level, &parent[i].token) {
                (Value::Object(m), Token::Key(k)) => {
                    m.insert(k.clone(), cur);
                }
                (Value::Array(a), Token::Index(n)) => {
                    a.resize(*n, Value::Null);
                    a.push(cur);
                }
                _ => {}
            }
            cur = level;
        }
        cur
    }
}

/// Where the block of the mapping below `frames` starts: the line of its last frame, the
/// line itself included when the frame is a sequence item (`- key: …` holds the first key).
fn block_start(frames: &[Frame]) -> Option<(usize, bool)> {
    frames
        .last()
        .map(|f| (f.line, matches!(f.token, Token::Index(_))))
}

/// A scalar as written after `key:`: quotes removed, booleans and integers typed; nothing
/// (a nested block follows) is an empty mapping.
fn scalar(rest: &str) -> Value {
    let r = rest.trim();
    if r.is_empty() {
        return Value::Object(Map::new());
    }
    if let Some(q) = r
        .strip_prefix('"')
        .and_then(|x| x.strip_suffix('"'))
        .or_else(|| r.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')))
    {
        return Value::String(q.to_string());
    }
    match r {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        "null" | "~" => Value::Null,
        _ => r
            .parse::<i64>()
            .map(Value::from)
            .unwrap_or_else(|_| Value::String(r.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn k(s: &str) -> Token {
        Token::Key(s.into())
    }

    const DOC: &str = "edition: 3.0.0
resources:
  fn:
    component: fc3
    props:
      region: cn-hangzhou # a comment
      description: |
        text: not a key
      triggers:
        - triggerName: a
          triggerType: http
        - triggerName: b
          triggerType: eventbridge
          triggerConfig:
            runOptions:
              mode: event-streaming
              
";

    #[test]
    fn key_place_with_siblings_and_instance() {
        let o = Outline::new(DOC);
        // The blank line 16 under runOptions, indented 14.
        let c = o.cursor(DOC, 16, 14).unwrap();
        assert_eq!(
            c.path,
            vec![
                k("resources"),
                k("fn"),
                k("props"),
                k("triggers"),
                Token::Index(1),
                k("triggerConfig"),
                k("runOptions")
            ]
        );
        assert_eq!(c.present, vec!["mode".to_string()]);
        assert_eq!(
            c.instance["resources"]["fn"]["props"]["triggers"][1]["triggerType"],
            json!("eventbridge")
        );
        assert_eq!(c.instance["resources"]["fn"]["component"], json!("fc3"));
        assert!(matches!(c.place, Place::Key { ref partial, .. } if partial.is_empty()));
    }

    #[test]
    fn value_place_and_block_scalars() {
        let text = DOC.replace("mode: event-streaming", "mode: event-");
        let o = Outline::new(&text);
        let c = o.cursor(&text, 15, 26).unwrap();
        assert_eq!(c.path.last(), Some(&k("mode")));
        assert!(matches!(c.place, Place::Value { ref partial, .. } if partial == "event-"));
        // `text: not a key` is block scalar content.
        let c = o.cursor(&text, 8, 4).unwrap();
        assert_eq!(c.path, vec![k("resources"), k("fn")]);
        assert!(c.present.contains(&"props".to_string()));
    }

    #[test]
    fn a_new_sequence_item() {
        let text = "resources:\n  fn:\n    props:\n      triggers:\n        - triggerName: a\n        - trig";
        let o = Outline::new(text);
        let c = o.cursor(text, 5, 14).unwrap();
        assert_eq!(
            c.path,
            vec![
                k("resources"),
                k("fn"),
                k("props"),
                k("triggers"),
                Token::Index(1)
            ]
        );
        assert!(c.present.is_empty(), "{:?}", c.present);
        assert!(matches!(c.place, Place::Key { item: true, .. }));
        let (p, _, key) = o.path_of_line(4).unwrap();
        assert_eq!(key, "triggerName");
        assert_eq!(p.len(), 6);
    }
}
