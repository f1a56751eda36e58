//! `extend` (a base file) and `template` + resource `extend: {name, ignore}`.
//!
//! Both use the toolkit's `extend2(true, …)` deep merge (a port of jQuery's deep
//! `extend`): mappings merge key by key, the later side wins, and anything that is not
//! a mapping on both sides — lists included — is replaced whole. Measured with
//! `s preview` 3.1.10: a template's `triggers` list is replaced, not merged by index,
//! by the resource's own `triggers`.

use std::path::{Path, PathBuf};

use super::confine::{ReadError, Reader};
use super::rules::{
    vr003_missing_file, vr004_extend_cycle, vr005_unknown_template,
    vr008_variable_expansion_too_large, vr009_read_outside_project_root, vr010_missing_extend_base,
};
use super::{load_yaml, Loaded};
use crate::diag::Diagnostic;
use crate::model::Edition;
use crate::source::{Entry, Kind, Node, SourceMap};

/// Deep-merge `over` onto `base` (the `over` side wins). Linear in the two mappings: keys
/// are found through an index, not by scanning.
pub fn deep_merge(base: Node, over: Node) -> Node {
    match (base.kind, over.kind) {
        (Kind::Map(mut entries), Kind::Map(over_entries)) => {
            // Scanned when few keys are merged in; indexed when many are (the mapping grows).
            let mut index: Option<std::collections::HashMap<String, usize>> =
                (over_entries.len() > 16).then(|| {
                    entries
                        .iter()
                        .enumerate()
                        .map(|(i, e)| (e.key.clone(), i))
                        .collect()
                });
            for e in over_entries {
                let found = match &index {
                    Some(ix) => ix.get(&e.key).copied(),
                    None => entries.iter().position(|b| b.key == e.key),
                };
                match found {
                    Some(i) => {
                        let b = &mut entries[i];
                        let old =
                            std::mem::replace(&mut b.value, Node::new(Kind::Null, e.key_span));
                        b.value = deep_merge(old, e.value);
                        b.key_span = e.key_span;
                    }
                    None => {
                        if let Some(ix) = &mut index {
                            ix.insert(e.key.clone(), entries.len());
                        }
                        entries.push(e);
                    }
                }
            }
            Node {
                kind: Kind::Map(entries),
                span: over.span,
                origin: over.origin,
                pointer: over.pointer,
                shown: over.shown,
            }
        }
        (_, kind) => Node {
            kind,
            span: over.span,
            origin: over.origin,
            pointer: over.pointer,
            shown: over.shown,
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

/// lodash `omit` of one path: a key of `node` as written when it has one (`a.b` as a key),
/// otherwise the dotted path (`a.b` is `b` inside `a`).
fn omit_path(node: &mut Node, path: &str) {
    if remove_key(node, path).is_some() || !path.contains('.') {
        return;
    }
    let mut parts: Vec<&str> = path.split('.').collect();
    let Some(last) = parts.pop() else {
        return;
    };
    let mut cur = node;
    for p in parts {
        let Kind::Map(entries) = &mut cur.kind else {
            return;
        };
        let Some(e) = entries.iter_mut().find(|e| e.key == p) else {
            return;
        };
        cur = &mut e.value;
    }
    remove_key(cur, last);
}

/// Nesting bound of `extend` chains (a → b → c …); deeper is reported as too deep.
const MAX_EXTEND_DEPTH: usize = crate::limits::EXTEND_MAX_DEPTH;

/// Apply a file-level `extend: ./base.yaml` (both editions) or `extends: [./base.yaml]`
/// (edition 1; the first entry is used), recursively. `chain` holds the files being
/// extended, to stop cycles.
pub fn apply_file_extend(
    sources: &mut SourceMap,
    reader: &mut Reader,
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
    // Outside the project root: not read, not even looked at.
    let mut exists = true;
    let canonical = match reader.admit(&path) {
        Ok(Some(c)) => c,
        Ok(None) => {
            exists = false;
            path.clone()
        }
        Err(ReadError::Outside) => {
            diags.push(vr009_read_outside_project_root::outside_root(
                at.span,
                format!("the base file `{rel}`"),
                format!("基础文件 `{rel}`"),
            ));
            return root;
        }
        Err(ReadError::Unreadable(_)) => path.clone(),
    };
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
    let base = match load_yaml(sources, reader, &path, crate::limits::MAX_FILE_BYTES, false) {
        Loaded::Ok(n, parse_diags, _) => {
            diags.extend(parse_diags);
            n
        }
        Loaded::Empty | Loaded::Outside => return root,
        // Serverless Devs reads a missing `.yaml`/`.yml` base as `{}` and goes on.
        Loaded::Missing(_) if !exists && read_as_empty_when_missing(&path) => {
            diags.push(vr010_missing_extend_base::missing_base(at.span, &rel));
            return root;
        }
        Loaded::Missing(reason) => {
            let reason = if exists {
                reason
            } else if is_yaml_name(&path) {
                format!("{reason}, but another spelling of it exists, which Serverless Devs finds and then fails to read")
            } else {
                format!("{reason}, and Serverless Devs reads only a `.yaml` or `.yml` base")
            };
            diags.push(vr003_missing_file::unreadable_base(at.span, &rel, &reason));
            return root;
        }
    };
    chain.push(canonical);
    let base_dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let base = apply_file_extend(sources, reader, &base_dir, edition, base, chain, diags);
    chain.pop();
    deep_merge(base, root)
}

/// Does Serverless Devs read the missing base `path` as an empty document? Only when its
/// extension is `.yaml` or `.yml` (any other stops the CLI) and no other spelling of it
/// (`.yml`, `.YAML`, `.YML`) exists, which the CLI would find and then fail to read:
/// `getYamlPath` and `getYamlContent` in the toolkit's `utils/src/get-yaml-content.ts`.
fn read_as_empty_when_missing(path: &Path) -> bool {
    if !is_yaml_name(path) {
        return false;
    }
    !["yaml", "YAML", "YML", "yml"]
        .iter()
        .any(|ext| path.with_extension(ext).exists())
}

fn is_yaml_name(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    )
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
    // Each resource gets a copy of its template: bound the copies like alias expansion.
    let mut budget = crate::limits::RESOLVE_NODE_BUDGET;
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
        let size = super::count_nodes(tpl);
        if size > budget {
            diags.push(vr008_variable_expansion_too_large::templates_too_large(
                name_node.span,
                crate::limits::RESOLVE_NODE_BUDGET,
            ));
            break;
        }
        budget -= size;
        let mut tpl = tpl.clone();
        if let Some(ignore) = ext.get("ignore") {
            // lodash `omit(template, ignore)` (parse-spec `parse-content.ts`): one path or a
            // list of them, so `ignore: vpcConfig` works as well as `ignore: [vpcConfig]`.
            let paths: Vec<&str> = match &ignore.kind {
                Kind::Str(s) => vec![s.as_str()],
                _ => ignore.items().iter().filter_map(Node::as_str).collect(),
            };
            for p in paths {
                omit_path(&mut tpl, p);
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
