use super::{escape_pointer_token, Span};

/// A YAML value with its location.
///
/// `span` is where the value is *used* (as written in the file being checked);
/// `origin` is where it *came from* when resolution copied it from elsewhere
/// (a `${vars.x}` definition, a template, a base file).
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub kind: Kind,
    pub span: Span,
    pub origin: Option<Box<Span>>,
    /// JSON Pointer of this node as written in the document (filled by [`Node::assign_pointers`]).
    pub pointer: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
    /// A value that cannot be known offline (e.g. `${config('AccountID')}`); the text is the expression.
    Unknown(String),
}

/// One `key: value` pair of a mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    pub key_span: Span,
    pub value: Node,
}

impl Node {
    pub fn new(kind: Kind, span: Span) -> Node {
        Node {
            kind,
            span,
            origin: None,
            pointer: String::new(),
        }
    }

    /// Look up a key of a mapping.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|e| &e.value)
    }

    pub fn entry(&self, key: &str) -> Option<&Entry> {
        match &self.kind {
            Kind::Map(entries) => entries.iter().find(|e| e.key == key),
            _ => None,
        }
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Node> {
        match &mut self.kind {
            Kind::Map(entries) => entries
                .iter_mut()
                .find(|e| e.key == key)
                .map(|e| &mut e.value),
            _ => None,
        }
    }

    /// Follow a path of mapping keys.
    pub fn at(&self, path: &[&str]) -> Option<&Node> {
        let mut cur = self;
        for key in path {
            cur = cur.get(key)?;
        }
        Some(cur)
    }

    pub fn entries(&self) -> &[Entry] {
        match &self.kind {
            Kind::Map(entries) => entries,
            _ => &[],
        }
    }

    pub fn items(&self) -> &[Node] {
        match &self.kind {
            Kind::Seq(items) => items,
            _ => &[],
        }
    }

    pub fn is_map(&self) -> bool {
        matches!(self.kind, Kind::Map(_))
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self.kind, Kind::Unknown(_))
    }

    pub fn is_null(&self) -> bool {
        matches!(self.kind, Kind::Null)
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            Kind::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match &self.kind {
            Kind::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// An integer, also from a float with no fractional part.
    pub fn as_i64(&self) -> Option<i64> {
        match &self.kind {
            Kind::Int(i) => Some(*i),
            Kind::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Some(*f as i64),
            _ => None,
        }
    }

    /// A number, also from a numeric string (the docs type some numeric fields as String).
    pub fn as_f64(&self) -> Option<f64> {
        match &self.kind {
            Kind::Int(i) => Some(*i as f64),
            Kind::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// A number, lenient: numeric strings count (`"3"`), used by planning, never by type checks.
    pub fn as_number_lenient(&self) -> Option<f64> {
        match &self.kind {
            Kind::Str(s) => s.trim().parse::<f64>().ok().filter(|f| f.is_finite()),
            _ => self.as_f64(),
        }
    }

    /// A name for the type of this value, as users know it from YAML/JSON.
    pub fn type_name(&self) -> &'static str {
        match &self.kind {
            Kind::Null => "null",
            Kind::Bool(_) => "boolean",
            Kind::Int(_) => "integer",
            Kind::Float(_) => "number",
            Kind::Str(_) => "string",
            Kind::Seq(_) => "list",
            Kind::Map(_) => "mapping",
            Kind::Unknown(_) => "unknown",
        }
    }

    /// What a value is, for "found …" in messages: `string "cn-hangzhou"`, `integer 400`,
    /// `a mapping`, `a list`, `null`.
    pub fn describe(&self) -> String {
        match &self.kind {
            Kind::Seq(_) | Kind::Map(_) | Kind::Null => self.display_value(),
            _ => format!("{} {}", self.type_name(), self.display_value()),
        }
    }

    /// [`Node::describe`] in Chinese.
    pub fn describe_zh(&self) -> String {
        match &self.kind {
            Kind::Seq(_) => "列表".into(),
            Kind::Map(_) => "映射".into(),
            _ => self.describe(),
        }
    }

    /// A short rendering of a scalar for messages (`400`, `"lastest"`, `true`).
    pub fn display_value(&self) -> String {
        match &self.kind {
            Kind::Null => "null".into(),
            Kind::Bool(b) => b.to_string(),
            Kind::Int(i) => i.to_string(),
            Kind::Float(f) => format_float(*f),
            Kind::Str(s) => format!("{s:?}"),
            Kind::Seq(_) => "a list".into(),
            Kind::Map(_) => "a mapping".into(),
            Kind::Unknown(e) => e.clone(),
        }
    }

    /// Convert to JSON. Unknown values become `null`; callers that care use [`Node::find_pointer`]
    /// to tell them apart.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value;
        match &self.kind {
            Kind::Null | Kind::Unknown(_) => Value::Null,
            Kind::Bool(b) => Value::Bool(*b),
            Kind::Int(i) => Value::from(*i),
            Kind::Float(f) => serde_json::Number::from_f64(*f)
                .map(Value::Number)
                .unwrap_or(Value::Null),
            Kind::Str(s) => Value::String(s.clone()),
            Kind::Seq(items) => Value::Array(items.iter().map(Node::to_json).collect()),
            Kind::Map(entries) => Value::Object(
                entries
                    .iter()
                    .map(|e| (e.key.clone(), e.value.to_json()))
                    .collect(),
            ),
        }
    }

    /// Fill `pointer` of this node and all below it, this node being at `base`.
    pub fn assign_pointers(&mut self, base: &str) {
        let mut buf = String::with_capacity(128);
        buf.push_str(base);
        self.assign_pointers_in(&mut buf);
    }

    /// One growing buffer for the whole walk: each node copies it once.
    fn assign_pointers_in(&mut self, buf: &mut String) {
        use std::fmt::Write;
        self.pointer.clear();
        self.pointer.push_str(buf);
        let len = buf.len();
        match &mut self.kind {
            Kind::Seq(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    let _ = write!(buf, "/{i}");
                    item.assign_pointers_in(buf);
                    buf.truncate(len);
                }
            }
            Kind::Map(entries) => {
                for e in entries.iter_mut() {
                    buf.push('/');
                    if e.key.contains(['~', '/']) {
                        buf.push_str(&escape_pointer_token(&e.key));
                    } else {
                        buf.push_str(&e.key);
                    }
                    e.value.assign_pointers_in(buf);
                    buf.truncate(len);
                }
            }
            _ => {}
        }
    }

    /// Walk a JSON Pointer relative to this node. Returns the node and, when the last
    /// step was a mapping key, that entry's key span.
    pub fn find_pointer(&self, pointer: &str) -> Option<(&Node, Option<&Entry>)> {
        if pointer.is_empty() {
            return Some((self, None));
        }
        let mut cur = self;
        let mut last_entry = None;
        for raw in pointer.strip_prefix('/')?.split('/') {
            let token = unescape_pointer_token(raw);
            match &cur.kind {
                Kind::Map(entries) => {
                    let e = entries.iter().find(|e| e.key == *token)?;
                    last_entry = Some(e);
                    cur = &e.value;
                }
                Kind::Seq(items) => {
                    let i: usize = token.parse().ok()?;
                    cur = items.get(i)?;
                    last_entry = None;
                }
                _ => return None,
            }
        }
        Some((cur, last_entry))
    }

    /// Whether this node or any node on the way to `pointer` is unknown.
    pub fn pointer_touches_unknown(&self, pointer: &str) -> bool {
        let mut cur = self;
        if cur.is_unknown() {
            return true;
        }
        let Some(rest) = pointer.strip_prefix('/') else {
            return false;
        };
        for raw in rest.split('/') {
            let token = unescape_pointer_token(raw);
            let next = match &cur.kind {
                Kind::Map(entries) => entries.iter().find(|e| e.key == *token).map(|e| &e.value),
                Kind::Seq(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
                _ => None,
            };
            match next {
                Some(n) if n.is_unknown() => return true,
                Some(n) => cur = n,
                None => return false,
            }
        }
        false
    }

    /// Whether any value inside is unknown.
    pub fn contains_unknown(&self) -> bool {
        match &self.kind {
            Kind::Unknown(_) => true,
            Kind::Seq(items) => items.iter().any(Node::contains_unknown),
            Kind::Map(entries) => entries.iter().any(|e| e.value.contains_unknown()),
            _ => false,
        }
    }
}

/// Render a float without noise (`0.35`, `16`, `1e21`).
pub fn format_float(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        let s = format!("{f}");
        s
    }
}

/// A JSON Pointer token as the key it names (`~1` → `/`, `~0` → `~`); no copy when there is
/// nothing to unescape, which is nearly always.
fn unescape_pointer_token(raw: &str) -> std::borrow::Cow<'_, str> {
    if raw.contains('~') {
        std::borrow::Cow::Owned(raw.replace("~1", "/").replace("~0", "~"))
    } else {
        std::borrow::Cow::Borrowed(raw)
    }
}
