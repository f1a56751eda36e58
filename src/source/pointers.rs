//! JSON Pointers for findings made before the tree had them: a load-stage diagnostic (a
//! syntax or resolve finding) knows its span; its pointer is that of the node at (or around)
//! that span in the resolved tree.

use std::collections::HashMap;

use super::{FileId, Kind, Node, Pos, Span};
use crate::diag::Diagnostic;

/// Fill the empty pointer of every diagnostic from its span: the deepest node (or key) that
/// starts there, else the deepest node that contains it. One walk per finding while they are
/// few, one index of the tree once they are many.
pub fn fill_pointers(root: &Node, diagnostics: &mut [Diagnostic]) {
    let unpointed = diagnostics.iter().filter(|d| d.pointer.is_empty()).count();
    if unpointed > 0 {
        let index = (unpointed > 8).then(|| pointer_index(root));
        for d in diagnostics.iter_mut().filter(|d| d.pointer.is_empty()) {
            let at = match &index {
                Some(ix) => ix.get(&(d.span.file, d.span.start)).map(|p| p.to_string()),
                None => pointer_at(root, d.span),
            };
            if let Some(p) = at.or_else(|| containing_pointer(root, d.span)) {
                d.pointer = p;
            }
        }
    }
}

/// The pointer of the deepest node (or key) whose span starts at `span`'s start.
fn pointer_at(root: &Node, span: Span) -> Option<String> {
    fn walk(n: &Node, span: Span, best: &mut Option<String>) {
        if n.span.file == span.file && n.span.start == span.start {
            *best = Some(n.pointer.clone());
        }
        match &n.kind {
            Kind::Map(entries) => {
                for e in entries {
                    if e.key_span.file == span.file && e.key_span.start == span.start {
                        *best = Some(e.value.pointer.clone());
                    }
                    walk(&e.value, span, best);
                }
            }
            Kind::Seq(items) => items.iter().for_each(|i| walk(i, span, best)),
            _ => {}
        }
    }
    let mut best = None;
    walk(root, span, &mut best);
    best
}

/// The pointer of the deepest node (or key) starting at each position, in one walk.
fn pointer_index(root: &Node) -> HashMap<(FileId, Pos), &str> {
    fn walk<'a>(n: &'a Node, out: &mut HashMap<(FileId, Pos), &'a str>) {
        out.insert((n.span.file, n.span.start), n.pointer.as_str());
        match &n.kind {
            Kind::Map(entries) => {
                for e in entries {
                    out.insert(
                        (e.key_span.file, e.key_span.start),
                        e.value.pointer.as_str(),
                    );
                    walk(&e.value, out);
                }
            }
            Kind::Seq(items) => items.iter().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let mut out = HashMap::new();
    walk(root, &mut out);
    out
}

/// The pointer of the deepest node whose span contains `span`.
fn containing_pointer(root: &Node, span: Span) -> Option<String> {
    let contains =
        |n: &Node| n.span.file == span.file && n.span.start <= span.start && span.end <= n.span.end;
    if !contains(root) {
        return None;
    }
    let mut cur = root;
    'outer: loop {
        match &cur.kind {
            Kind::Map(entries) => {
                for e in entries {
                    if contains(&e.value) {
                        cur = &e.value;
                        continue 'outer;
                    }
                }
            }
            Kind::Seq(items) => {
                for i in items {
                    if contains(i) {
                        cur = i;
                        continue 'outer;
                    }
                }
            }
            _ => {}
        }
        return Some(cur.pointer.clone());
    }
}
