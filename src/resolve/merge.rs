//! `extend` (a base file) and `template` + resource `extend: {name, ignore}`.
//!
//! Both use the toolkit's `extend2(true, …)` deep merge (a port of jQuery's deep
//! `extend`): mappings merge key by key, the later side wins, and anything that is not
//! a mapping on both sides — lists included — is replaced whole. Measured with
//! `s preview` 3.1.10: a template's `triggers` list is replaced, not merged by index,
//! by the resource's own `triggers`.

use std::path::{Path, PathBuf};

use super::rules::{vr003_missing_file, vr004_extend_cycle, vr005_unknown_template};
use super::{load_yaml, Loaded};
use crate::diag::Diagnostic;
use crate::model::Edition;
use crate::source::{Entry, Kind, Node, SourceMap};

/// Deep-merge `over` onto `base` (the `over` side wins).
pub fn deep_merge(base: Node, over: Node) -> Node {
    match (base.kind, over.kind) {
        (Kind::Map(mut entries), Kind::Map(over_entries)) => {
            for e in over_entries {
                match entries.iter_mut().find(|b| b.key == e.key) {
                    Some(b) => {
                        let old =
                            std::mem::replace(&mut b.value, Node::new(Kind::Null, e.key_span));
                        b.value = deep_merge(old, e.value);
                        b.key_span = e.key_span;
                    }
                    None => entries.push(e),
                }
            }
            Node {
                kind: Kind::Map(entries),
                span: over.span,
                origin: over.origin,
                pointer: over.pointer,
            }
        }
        (_, kind) => Node {
            kind,
            span: over.span,
            origin: over.origin,
            pointer: over.pointer,
        },
    }
}

fn remove_key(node: &mut Node, key: &str) -> Option<Entry> {
    if let Kind::Map(entries) = &mut node.kind {
        let i = entries.iter().position(|e| e.key == key)?;
        return Some(entries.remove(i));
    }
    None
}

/// Nesting bound of `extend` chains (a → b → c …); deeper is reported as too deep.
const MAX_EXTEND_DEPTH: usize = crate::limits::EXTEND_MAX_DEPTH;

/// Apply a file-level `extend: ./base.yaml` (both editions) or `extends: [./base.yaml]`
/// (edition 1; the first entry is used), recursively. `chain` holds the files being
/// extended, to stop cycles.
pub fn apply_file_extend(
    sources: &mut SourceMap,
    dir: &Path,
    edition: Edition,
    mut root: Node,
    chain: &mut Vec<PathBuf>,
    diags: &mut Vec<Diagnostic>,
) -> Node {
    let mut target: Option<(Node, String)> = None;
    if let Some(e) = root.get("extend") {
        if let Some(s) = e.as_str() {
            target = Some((e.clone(), s.to_string()));
        }
    }
    if target.is_some() {
        remove_key(&mut root, "extend");
    } else if edition == Edition::V1 {
        if let Some(e) = root.get("extends") {
            let first = match &e.kind {
                Kind::Str(s) => Some((e.clone(), s.clone())),
                Kind::Seq(items) => items
                    .first()
                    .and_then(|i| i.as_str().map(|s| (i.clone(), s.to_string()))),
                _ => None,
            };
            if first.is_some() {
                remove_key(&mut root, "extends");
                target = first;
            }
        }
    }
    let Some((at, rel)) = target else {
        return root;
    };
    if super::expr::has_expr(&rel) {
        // `extend: ${…}` is not something the CLI evaluates; nothing to merge offline.
        return root;
    }
    let path = dir.join(&rel);
    let canonical = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
    if chain.contains(&canonical) || chain.len() > MAX_EXTEND_DEPTH {
        let names: Vec<String> = chain
            .iter()
            .chain(std::iter::once(&canonical))
            .map(|p| {
                p.file_name()
                    .map(|f| f.to_string_lossy().into_owned())
                    .unwrap_or_default()
            })
            .collect();
        let chain_text = names.join(" → ");
        diags.push(if chain.contains(&canonical) {
            vr004_extend_cycle::extend_cycle(at.span, &chain_text)
        } else {
            vr004_extend_cycle::too_deep(at.span, &chain_text, MAX_EXTEND_DEPTH)
        });
        return root;
    }
    let base = match load_yaml(sources, &path) {
        Loaded::Ok(n, parse_diags) => {
            diags.extend(parse_diags);
            n
        }
        Loaded::Empty => return root,
        Loaded::Missing(reason) => {
            diags.push(vr003_missing_file::unreadable_base(at.span, &rel, &reason));
            return root;
        }
    };
    chain.push(canonical);
    let base_dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let base = apply_file_extend(sources, &base_dir, edition, base, chain, diags);
    chain.pop();
    deep_merge(base, root)
}

/// Edition 3: merge `template.<name>` under the `props` of each resource with
/// `extend: {name, ignore}`; `ignore` drops keys of the template first, props win.
pub fn apply_templates(root: &mut Node, diags: &mut Vec<Diagnostic>) {
    let templates = root.get("template").cloned();
    let Some(Node {
        kind: Kind::Map(resources),
        ..
    }) = root.get_mut("resources")
    else {
        return;
    };
    for res in resources.iter_mut() {
        let Some(ext) = res.value.get("extend").cloned() else {
            continue;
        };
        let Some(name_node) = ext.get("name") else {
            continue;
        };
        let Some(name) = name_node.as_str() else {
            continue;
        };
        let tpl = templates.as_ref().and_then(|t| t.get(name));
        let Some(tpl) = tpl else {
            let known: Vec<&str> = templates
                .as_ref()
                .map(|t| t.entries().iter().map(|e| e.key.as_str()).collect())
                .unwrap_or_default();
            diags.push(vr005_unknown_template::unknown_template(
                name_node.span,
                name,
                &known,
            ));
            continue;
        };
        let mut tpl = tpl.clone();
        if let Some(ignore) = ext.get("ignore") {
            for key in ignore.items().iter().filter_map(Node::as_str) {
                remove_key(&mut tpl, key);
            }
        }
        if !tpl.is_map() {
            continue;
        }
        let Kind::Map(entries) = &mut res.value.kind else {
            continue;
        };
        match entries.iter_mut().find(|e| e.key == "props") {
            Some(props) => {
                let own =
                    std::mem::replace(&mut props.value, Node::new(Kind::Null, props.key_span));
                props.value = if own.is_map() {
                    deep_merge(tpl, own)
                } else if own.is_null() {
                    tpl
                } else {
                    own
                };
            }
            None => {
                let key_span = name_node.span;
                entries.push(Entry {
                    key: "props".into(),
                    key_span,
                    value: tpl,
                });
            }
        }
    }
}
