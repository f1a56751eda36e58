//! A fact read from the document: its value, whether it was written, defaulted, unknown or
//! invalid, and where it was written.
//!
//! This is the only place that turns a resolved [`Node`] into a typed value. Everything
//! downstream (plan, explain, rules) asks a [`Fact`] for its value and a [`Site`] for where to
//! point, and shows values as written through [`Site::plain`] / [`Site::display`].

use crate::source::{Node, Span};

/// Where a fact was written: the key (`maximumTasks:`) and its value node.
#[derive(Debug, Clone, Copy)]
pub struct Site<'a> {
    /// The key as written, for findings that point at the setting.
    pub key: Span,
    /// The value as written: its span, JSON Pointer and origin.
    pub node: &'a Node,
}

impl<'a> Site<'a> {
    /// The site of `key` in the mapping `map`.
    pub fn of(map: &'a Node, key: &str) -> Option<Site<'a>> {
        map.entry(key).map(|e| Site {
            key: e.key_span,
            node: &e.value,
        })
    }

    /// The site at a path of mapping keys below `map`.
    pub fn at(map: &'a Node, path: &[&str]) -> Option<Site<'a>> {
        let (last, parents) = path.split_last()?;
        Site::of(map.at(parents)?, last)
    }

    /// The site at `path` below an optional parent.
    pub fn within(parent: Option<&'a Node>, path: &[&str]) -> Option<Site<'a>> {
        Site::at(parent?, path)
    }

    /// 1-based line of the value.
    pub fn line(&self) -> u32 {
        self.node.span.start.line
    }

    /// 1-based line of the key: where a reader looks for the setting (a block value starts
    /// on a later line). The value's line when the key has no position.
    pub fn key_line(&self) -> u32 {
        if self.key.start.line > 0 {
            self.key.start.line
        } else {
            self.line()
        }
    }

    /// Where a resolved value was defined (a `${vars.x}` definition, a base file), when that
    /// differs from where it is used.
    pub fn origin(&self) -> Option<Span> {
        self.node
            .origin
            .as_deref()
            .copied()
            .filter(|o| *o != self.node.span)
    }

    /// The value as YAML prints it (`400`, `"orders"`, `${env(X)}`).
    pub fn display(&self) -> String {
        self.node.display_value()
    }

    /// The value as people write it: a string without quotes, anything else as
    /// [`Site::display`].
    pub fn plain(&self) -> String {
        self.node
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| self.display())
    }

    /// The string as written, when the value is a string.
    pub fn text(&self) -> Option<&'a str> {
        self.node.as_str()
    }

    /// A list as people write it (`GET, POST`); a single string as itself.
    pub fn list(&self) -> Option<String> {
        let items: Vec<String> = self.node.items().iter().map(plain).collect();
        if items.is_empty() {
            self.node.as_str().map(str::to_string)
        } else {
            Some(items.join(", "))
        }
    }

    /// The value is `null` (written, but the same as not written).
    pub fn is_null(&self) -> bool {
        self.node.is_null()
    }

    /// Written with a value: not `null`, and not an empty or blank string.
    pub fn is_filled(&self) -> bool {
        match self.node.as_str() {
            Some(s) => !s.trim().is_empty(),
            None => !self.is_null(),
        }
    }
}

fn plain(n: &Node) -> String {
    n.as_str()
        .map(str::to_string)
        .unwrap_or_else(|| n.display_value())
}

/// A value that resolution could not know: an unknown node, or a string with `${…}` left as
/// is. The text is the expression as written.
pub fn unresolved(n: &Node) -> Option<String> {
    if n.is_unknown() {
        return Some(n.display_value());
    }
    n.as_str().filter(|s| s.contains("${")).map(str::to_string)
}

/// What a fact's value is.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<T> {
    /// Written, known offline and of the expected type (ranges are the reader's business:
    /// see each fact's documentation).
    Known(T),
    /// Not written (absent or `null`): the documented platform default applies.
    Default(T),
    /// Not written, and the platform documents no default.
    Absent,
    /// Written but not known offline (`${env(X)}` unset, `${config(..)}`): the expression.
    Unknown(String),
    /// Written and known, but not of the expected type or vocabulary: the value as YAML
    /// prints it. The schema check reports it; the fact has no value.
    Invalid(String),
}

/// One typed fact and where it was written.
#[derive(Debug, Clone)]
pub struct Fact<'a, T> {
    pub value: Value<T>,
    /// Where it was written; `None` when the key is absent. A `null` value has a site and a
    /// `Default` or `Absent` value.
    pub at: Option<Site<'a>>,
}

impl<'a, T> Fact<'a, T> {
    /// Read the value at `at`: absent or `null` gives `default` (or `Absent`), an unresolved
    /// value `Unknown`, a value `parse` accepts `Known`, anything else `Invalid`.
    pub fn read(
        at: Option<Site<'a>>,
        default: Option<T>,
        parse: impl FnOnce(&'a Node) -> Option<T>,
    ) -> Fact<'a, T> {
        let value = match at {
            None => not_written(default),
            Some(s) if s.is_null() => not_written(default),
            // From the environment or an included file: never read as a value (plans and
            // stories would print it), so unknown, named by its expression.
            Some(s) if s.node.is_sensitive() => {
                Value::Unknown(s.node.sensitive().unwrap_or_default().to_string())
            }
            Some(s) => match unresolved(s.node) {
                Some(expr) => Value::Unknown(expr),
                None => match parse(s.node) {
                    Some(v) => Value::Known(v),
                    None => Value::Invalid(s.display()),
                },
            },
        };
        Fact { value, at }
    }

    /// A fact that is not written anywhere and has no default.
    pub fn absent() -> Fact<'a, T> {
        Fact {
            value: Value::Absent,
            at: None,
        }
    }

    /// The value to compute with: the written value or the default.
    pub fn get(&self) -> Option<&T> {
        match &self.value {
            Value::Known(v) | Value::Default(v) => Some(v),
            _ => None,
        }
    }

    /// The written value only.
    pub fn known(&self) -> Option<&T> {
        match &self.value {
            Value::Known(v) => Some(v),
            _ => None,
        }
    }

    /// The default was taken (the key is absent or `null`).
    pub fn is_default(&self) -> bool {
        matches!(self.value, Value::Default(_))
    }

    /// The expression of a value not known offline.
    pub fn unknown(&self) -> Option<&str> {
        match &self.value {
            Value::Unknown(e) => Some(e),
            _ => None,
        }
    }

    /// The expression of an unknown value, or how an invalid one is written: why the fact has
    /// no value although something is written.
    pub fn unusable(&self) -> Option<&str> {
        match &self.value {
            Value::Unknown(e) | Value::Invalid(e) => Some(e),
            _ => None,
        }
    }

    /// The node as written (also `null`).
    pub fn node(&self) -> Option<&'a Node> {
        self.at.map(|s| s.node)
    }

    /// The key is present (with any value, `null` included).
    pub fn is_present(&self) -> bool {
        self.at.is_some()
    }

    /// The key is present with a value other than `null`.
    pub fn is_written(&self) -> bool {
        self.at.map(|s| !s.is_null()).unwrap_or(false)
    }

    /// Where it was written with a value other than `null`.
    pub fn written(&self) -> Option<Site<'a>> {
        self.at.filter(|s| !s.is_null())
    }
}

impl<T: Copy> Fact<'_, T> {
    /// [`Fact::get`], copied.
    pub fn value(&self) -> Option<T> {
        self.get().copied()
    }
}

fn not_written<T>(default: Option<T>) -> Value<T> {
    match default {
        Some(d) => Value::Default(d),
        None => Value::Absent,
    }
}

/// A whole number, also written as a quoted number (`"301"`): the schema check reports the
/// quotes (SC008) and checks the number inside like any other (SC005), so the facts use it.
pub fn int(n: &Node) -> Option<i64> {
    n.as_i64()
        .or_else(|| n.as_str().and_then(|s| s.trim().parse::<i64>().ok()))
}

/// A whole number of at least 0 (counts, sizes, seconds), also quoted ([`int`]). Negative
/// numbers are invalid.
pub fn count(n: &Node) -> Option<u64> {
    int(n).filter(|v| *v >= 0).map(|v| v as u64)
}

/// A string.
pub fn string(n: &Node) -> Option<String> {
    n.as_str().map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{Entry, Kind};

    fn map(entries: Vec<(&str, Kind)>) -> Node {
        Node::new(
            Kind::Map(
                entries
                    .into_iter()
                    .map(|(k, v)| Entry {
                        key: k.into(),
                        key_span: Span::default(),
                        value: Node::new(v, Span::default()),
                    })
                    .collect(),
            ),
            Span::default(),
        )
    }

    #[test]
    fn states_of_a_count() {
        let m = map(vec![
            ("n", Kind::Int(4)),
            ("neg", Kind::Int(-1)),
            ("null", Kind::Null),
            ("env", Kind::Unknown("${env(N)}".into())),
            ("left", Kind::Str("${vars.n}".into())),
            ("s", Kind::Str("four".into())),
            ("quoted", Kind::Str("301".into())),
        ]);
        let r = |k: &str| Fact::read(Site::of(&m, k), Some(1), count).value;
        assert_eq!(r("n"), Value::Known(4));
        assert_eq!(r("neg"), Value::Invalid("-1".into()));
        assert_eq!(r("null"), Value::Default(1));
        assert_eq!(r("none"), Value::Default(1));
        assert_eq!(r("env"), Value::Unknown("${env(N)}".into()));
        assert_eq!(r("left"), Value::Unknown("${vars.n}".into()));
        assert_eq!(r("s"), Value::Invalid("\"four\"".into()));
        assert_eq!(r("quoted"), Value::Known(301));
        let absent = Fact::read(Site::of(&m, "none"), None, count);
        assert_eq!(absent.value, Value::Absent);
        assert!(!absent.is_present());
        let null = Fact::read(Site::of(&m, "null"), None, count);
        assert!(null.is_present() && !null.is_written());
    }
}
