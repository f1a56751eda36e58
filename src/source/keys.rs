//! Mapping keys while a document is read: a key as the property name js-yaml makes of it,
//! the list keys js-yaml refuses, and the index that finds a repeated key in linear time.

use std::collections::HashMap;

use super::{Entry, Kind, Node};

/// The keys of a mapping being read: scanned while few, indexed once many, so that a mapping
/// of 200 000 keys is read in linear time and a mapping of 5 costs no hashing.
#[derive(Default)]
pub(super) struct Keys(Option<HashMap<String, usize>>);

impl Keys {
    const INDEX_FROM: usize = 16;

    /// The position of `key` in `entries`.
    pub(super) fn find(&self, entries: &[Entry], key: &str) -> Option<usize> {
        match &self.0 {
            Some(index) => index.get(key).copied(),
            None => entries.iter().position(|e| e.key == key),
        }
    }

    /// Record that `key` is about to be pushed at the end of `entries`.
    pub(super) fn add(&mut self, entries: &[Entry], key: &str) {
        match &mut self.0 {
            Some(index) => {
                index.insert(key.to_string(), entries.len());
            }
            None if entries.len() >= Self::INDEX_FROM => {
                let mut index: HashMap<String, usize> = entries
                    .iter()
                    .enumerate()
                    .map(|(i, e)| (e.key.clone(), i))
                    .collect();
                index.insert(key.to_string(), entries.len());
                self.0 = Some(index);
            }
            None => {}
        }
    }
}

/// A key as js-yaml turns it into a property name (`String(key)`).
pub(super) fn key_text(key: &Node) -> String {
    match &key.kind {
        Kind::Str(s) => s.clone(),
        Kind::Null => String::new(),
        Kind::Int(i) => i.to_string(),
        Kind::Float(f) => super::node::format_float(*f),
        Kind::Bool(b) => b.to_string(),
        // js-yaml's `storeMappingPair`: `String(key)`, a mapping as `[object Object]`.
        Kind::Map(_) => String::from("[object Object]"),
        Kind::Seq(items) => items
            .iter()
            .map(|i| match i.kind {
                Kind::Null => String::new(),
                _ => key_text(i),
            })
            .collect::<Vec<_>>()
            .join(","),
        Kind::Unknown(t) => t.clone(),
    }
}

/// A list key with a list in it, which js-yaml refuses ("nested arrays are not supported
/// inside keys").
pub(super) fn has_nested_list(key: &Node) -> bool {
    match &key.kind {
        Kind::Seq(items) => items.iter().any(|i| matches!(i.kind, Kind::Seq(_))),
        _ => false,
    }
}
