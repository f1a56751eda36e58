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
    /// How the value is shown when its own rendering must not be used (see [`Shown`]).
    pub shown: Option<Box<Shown>>,
}

/// Why and how a value is shown other than as itself.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    /// The value comes from the process environment, a `.env` file or a file included with
    /// `${file()}` (directly or through `vars`, `this`, `resources`, whole objects and
    /// interpolation). The schema still checks it, but every output shows this expression,
    /// as written, instead of the value, and the typed accessors ([`Node::as_str`],
    /// [`Node::as_i64`] …) do not give it out: to rules, plans and stories it is unknown.
    Sensitive(String),
    /// A number that is not what was written: an integer too large for 64 bits, or a value
    /// that is not finite (`.inf`, `.nan`, `1e400`). Shown as written.
    Written(String),
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
            shown: None,
        }
    }

    /// The expression a sensitive value came from (see [`Shown::Sensitive`]).
    pub fn sensitive(&self) -> Option<&str> {
        match self.shown.as_deref() {
            Some(Shown::Sensitive(e)) => Some(e),
            _ => None,
        }
    }

    pub fn is_sensitive(&self) -> bool {
        self.sensitive().is_some()
    }

    /// Mark this node and everything inside it sensitive, shown as `expr`. A node already
    /// marked keeps its own, more precise expression.
    pub fn mark_sensitive(&mut self, expr: &str) {
        if !self.is_sensitive() {
            self.shown = Some(Box::new(Shown::Sensitive(expr.to_string())));
        }
        match &mut self.kind {
            Kind::Seq(items) => items.iter_mut().for_each(|i| i.mark_sensitive(expr)),
            Kind::Map(entries) => entries
                .iter_mut()
                .for_each(|e| e.value.mark_sensitive(expr)),
            _ => {}
        }
    }

    /// Whether this value, or any value inside it, is sensitive.
    pub fn contains_sensitive(&self) -> bool {
        self.is_sensitive()
            || match &self.kind {
                Kind::Seq(items) => items.iter().any(Node::contains_sensitive),
                Kind::Map(entries) => entries.iter().any(|e| e.value.contains_sensitive()),
                _ => false,
            }
    }

    /// The number as written, when it is not what its value prints as (see [`Shown::Written`]).
    pub fn written(&self) -> Option<&str> {
        match self.shown.as_deref() {
            Some(Shown::Written(t)) => Some(t),
            _ => None,
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

    /// The string value; `None` for other kinds and for sensitive values.
    pub fn as_str(&self) -> Option<&str> {
        if self.is_sensitive() {
            return None;
        }
        match &self.kind {
            Kind::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        if self.is_sensitive() {
            return None;
        }
        match &self.kind {
            Kind::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// An integer, also from a float with no fractional part.
    pub fn as_i64(&self) -> Option<i64> {
        if self.is_sensitive() {
            return None;
        }
        match &self.kind {
            Kind::Int(i) => Some(*i),
            Kind::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Some(*f as i64),
            _ => None,
        }
    }

    /// A number, also from a numeric string (the docs type some numeric fields as String).
    pub fn as_f64(&self) -> Option<f64> {
        if self.is_sensitive() {
            return None;
        }
        match &self.kind {
            Kind::Int(i) => Some(*i as f64),
            Kind::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// A number, lenient: numeric strings count (`"3"`), used by planning, never by type checks.
    pub fn as_number_lenient(&self) -> Option<f64> {
        if self.is_sensitive() {
            return None;
        }
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
        if let Some(e) = self.sensitive() {
            return match &self.kind {
                Kind::Unknown(_) => e.to_string(),
                _ => format!("a {} from `{e}`", self.type_name()),
            };
        }
        if let (Some(t), Kind::Float(f)) = (self.written(), &self.kind) {
            if !f.is_finite() && !looks_numeric(t) {
                return format!("{t}, which is not a finite number");
            }
        }
        match &self.kind {
            Kind::Seq(_) | Kind::Map(_) | Kind::Null => self.display_value(),
            _ => format!("{} {}", self.type_name(), self.display_value()),
        }
    }

    /// [`Node::describe`] in Chinese.
    pub fn describe_zh(&self) -> String {
        if let Some(e) = self.sensitive() {
            return match &self.kind {
                Kind::Unknown(_) => e.to_string(),
                _ => format!("来自 `{e}` 的{}", type_name_zh(self.type_name())),
            };
        }
        if let (Some(t), Kind::Float(f)) = (self.written(), &self.kind) {
            if !f.is_finite() && !looks_numeric(t) {
                return format!("{t}（不是有限的数）");
            }
        }
        match &self.kind {
            Kind::Seq(_) => "列表".into(),
            Kind::Map(_) => "映射".into(),
            _ => self.describe(),
        }
    }

    /// A short rendering of a scalar for messages (`400`, `"lastest"`, `true`).
    ///
    /// A sensitive value shows as the expression it came from; a number that is not what
    /// was written (`99999999999999999999999`, `.inf`) shows as written.
    pub fn display_value(&self) -> String {
        if let Some(shown) = self.shown.as_deref() {
            let (Shown::Sensitive(t) | Shown::Written(t)) = shown;
            return t.clone();
        }
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

    /// Convert to JSON, for schema validation: sensitive values are converted too (the
    /// schema checks them; its messages show them through [`Node::display_value`]). Unknown
    /// values become `null`; callers that care use [`Node::find_pointer`] to tell them apart.
    /// A number written too large to be finite (`1e400`) becomes the largest finite number of
    /// its sign, so that range checks report it; `.inf` and `.nan` become their text, so that
    /// type checks do.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value;
        match &self.kind {
            Kind::Null | Kind::Unknown(_) => Value::Null,
            Kind::Bool(b) => Value::Bool(*b),
            Kind::Int(i) => Value::from(*i),
            Kind::Float(f) if !f.is_finite() => match self.written() {
                Some(t) if looks_numeric(t) && !f.is_nan() => {
                    let big = if *f > 0.0 { f64::MAX } else { f64::MIN };
                    serde_json::Number::from_f64(big)
                        .map(Value::Number)
                        .unwrap_or(Value::Null)
                }
                Some(t) => Value::String(t.to_string()),
                None => Value::String(format_float(*f)),
            },
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

/// Is `t` a number literal (`1e400`, `-12`), not a YAML special (`.inf`, `.nan`)?
pub fn looks_numeric(t: &str) -> bool {
    let body = t.strip_prefix(['-', '+']).unwrap_or(t);
    body.bytes().next().is_some_and(|b| b.is_ascii_digit())
}

fn type_name_zh(t: &str) -> &'static str {
    match t {
        "null" => "空值",
        "boolean" => "布尔值",
        "integer" => "整数",
        "number" => "数字",
        "string" => "字符串",
        "list" => "列表",
        "mapping" => "映射",
        _ => "值",
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
