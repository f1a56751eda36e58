//! Go to definition (`${vars.x}`, `${resources.r.props.y}`, `${this.props.y}`, `${file()}`,
//! `extend`, and any resolved value to where it was written) and document symbols (resources,
//! functions, triggers).

use std::path::{Path, PathBuf};

use lsp_types as lt;

use crate::model;
use crate::resolve::expr::{self, Expr};
use crate::source::{Entry, Kind, Node, Pos, Span};

use super::outline::{comment_start, Outline, Place};
use super::position;
use super::schema_nav::Token;
use super::server::Ctx;
use super::uri;

/// The `${…}` of `line` under byte column `col`: its text between the braces.
fn expression_at(line: &str, col: usize) -> Option<&str> {
    let mut from = 0;
    while let Some(i) = line[from..].find("${") {
        let start = from + i;
        let body = start + 2;
        let close = body + line[body..].find('}')?;
        if start <= col && col <= close {
            return Some(&line[body..close]);
        }
        from = close + 1;
    }
    None
}

/// The entry at the end of `keys` below `node`, or the deepest one that exists.
fn deepest<'a>(node: &'a Node, keys: &[String]) -> Option<&'a Entry> {
    let mut cur = node;
    let mut found = None;
    for k in keys {
        match &cur.kind {
            Kind::Map(_) => match cur.entry(k) {
                Some(e) => {
                    found = Some(e);
                    cur = &e.value;
                }
                None => break,
            },
            Kind::Seq(items) => match k.parse::<usize>().ok().and_then(|i| items.get(i)) {
                Some(n) => cur = n,
                None => break,
            },
            _ => break,
        }
    }
    found
}

/// The file a `${file('…')}` (also inside `json(…)`) names.
fn file_arg(e: &Expr) -> Option<&str> {
    match e {
        Expr::Call(name, args) if name == "file" => match args.first()? {
            Expr::Str(s) | Expr::Bare(s) => Some(s),
            _ => None,
        },
        Expr::Call(_, args) => args.iter().find_map(file_arg),
        _ => None,
    }
}

/// The resource (or service) whose block holds `pos`.
fn enclosing_resource<'a>(root: &'a Node, section: &str, pos: Pos) -> Option<&'a Entry> {
    root.get(section)?.entries().iter().find(|e| {
        e.key_span.start.byte <= pos.byte
            && pos.byte <= e.value.span.end.byte
            && e.key_span.file == e.value.span.file
    })
}

/// The resolved scalar whose use site (in the buffer) is under the cursor.
fn value_at(node: &Node, file: crate::source::FileId, pos: Pos) -> Option<&Node> {
    match &node.kind {
        Kind::Map(entries) => entries.iter().find_map(|e| value_at(&e.value, file, pos)),
        Kind::Seq(items) => items.iter().find_map(|i| value_at(i, file, pos)),
        _ => (node.span.file == file
            && node.span.start.byte <= pos.byte
            && pos.byte <= node.span.end.byte)
            .then_some(node),
    }
}

/// The file `rel` names, relative to `dir`, when it exists and lies inside the project root
/// of the document at `doc` (the confinement of `check`: an editor is never sent outside it,
/// to `${file('/etc/passwd')}` or an `extend` that leaves the repository).
fn file_location(doc: &Path, dir: &Path, rel: &str) -> Option<lt::Location> {
    let p: PathBuf = uri::normalize(&dir.join(rel));
    if !p.is_file() {
        return None;
    }
    crate::resolve::confine::Reader::for_file(doc, false)
        .admit(&p)
        .ok()??;
    Some(lt::Location {
        uri: uri::from_path(&super::diagnostics::absolute(&p))?,
        range: lt::Range::default(),
    })
}

pub fn definition(ctx: &Ctx<'_>, p: lt::Position) -> Option<Vec<lt::Location>> {
    let a = ctx.analysis;
    let root = a.root()?;
    let pos = position::from_lsp(ctx.text, p, ctx.enc);
    let line = ctx.text.line(pos.line)?;
    let line_start = ctx.text.pos_at_line_col0(pos.line as usize, 0).byte;
    let col = (pos.byte - line_start) as usize;
    let dir = a
        .sources
        .get(a.file)
        .path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let section = a.document.edition.section();
    if let Some(text) = expression_at(line, col) {
        if let Some(e) = expr::parse(text) {
            let target: Option<Span> = match &e {
                Expr::Path(keys) if keys.first().map(String::as_str) == Some("vars") => root
                    .get("vars")
                    .and_then(|v| deepest(v, &keys[1..]))
                    .map(|e| e.key_span),
                Expr::Path(keys)
                    if matches!(
                        keys.first().map(String::as_str),
                        Some("resources" | "services")
                    ) =>
                {
                    deepest(root, keys).map(|e| e.key_span)
                }
                Expr::Path(keys) if keys.first().map(String::as_str) == Some("this") => {
                    enclosing_resource(root, section, pos)
                        .and_then(|r| deepest(&r.value, &keys[1..]))
                        .map(|e| e.key_span)
                }
                _ => None,
            };
            if let Some(loc) = target.and_then(|s| ctx.location(s)) {
                return Some(vec![loc]);
            }
            if let Some(f) = file_arg(&e) {
                return file_location(&a.sources.get(a.file).path, &dir, f).map(|l| vec![l]);
            }
        }
    }
    // `extend: ./base.yaml` (edition 3) and `extends: [./base.yaml]` (edition 1), read from the
    // text: resolution has merged them away.
    let content = line[..comment_start(line).unwrap_or(line.len())].trim_end();
    let outline = Outline::new(&ctx.text.text);
    if let Some(c) = outline.cursor(&ctx.text.text, pos.line as usize - 1, content.len()) {
        let named = match (&c.path[..], &c.place) {
            ([Token::Key(k)], Place::Value { partial, .. }) if k == "extend" || k == "extends" => {
                Some(partial)
            }
            ([Token::Key(k), Token::Index(_)], Place::Key { partial, .. }) if k == "extends" => {
                Some(partial)
            }
            _ => None,
        };
        if let Some(rel) = named {
            let rel = rel.trim().trim_matches(['"', '\'']);
            if !rel.is_empty() && !rel.contains("${") {
                return file_location(&a.sources.get(a.file).path, &dir, rel).map(|l| vec![l]);
            }
        }
    }
    // Any other resolved value: where it was written (a `.env` line, a base file).
    let v = value_at(root, a.file, pos)?;
    let origin = v.origin.as_deref().filter(|o| **o != v.span)?;
    ctx.location(*origin).map(|l| vec![l])
}

/// A name or value of the buffer as a symbol shows it: control characters written visibly.
fn shown(s: &str) -> String {
    crate::inert::escape(s).into_owned()
}

fn span_range(ctx: &Ctx<'_>, start: Span, end: Span) -> lt::Range {
    let s = ctx.range(start);
    let e = ctx.range(end);
    lt::Range {
        start: s.start,
        end: e.end,
    }
}

fn contains(outer: &lt::Range, inner: &lt::Range) -> bool {
    (outer.start.line, outer.start.character) <= (inner.start.line, inner.start.character)
        && (inner.end.line, inner.end.character) <= (outer.end.line, outer.end.character)
}

#[allow(deprecated)]
fn symbol(
    name: String,
    detail: Option<String>,
    kind: lt::SymbolKind,
    range: lt::Range,
    selection: lt::Range,
    children: Vec<lt::DocumentSymbol>,
) -> lt::DocumentSymbol {
    lt::DocumentSymbol {
        name,
        detail,
        kind,
        tags: None,
        deprecated: None,
        range,
        selection_range: selection,
        children: (!children.is_empty()).then_some(children),
    }
}

/// Resources (edition 3) or services (edition 1), each FC one with its function and triggers.
pub fn symbols(ctx: &Ctx<'_>) -> Vec<lt::DocumentSymbol> {
    let a = ctx.analysis;
    let Some(root) = a.root() else {
        return Vec::new();
    };
    let edition = a.document.edition;
    let m = model::build(a.file, root, edition);
    let Some(section) = root.get(edition.section()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for res in section.entries() {
        if res.key_span.file != a.file || res.value.span.file != a.file {
            continue;
        }
        let range = span_range(ctx, res.key_span, res.value.span);
        let selection = ctx.range(res.key_span);
        let mut children = Vec::new();
        if let Some(f) = m.functions.iter().find(|f| f.resource == res.key) {
            let holder = f.function.unwrap_or(f.props);
            let name_entry = match edition {
                model::Edition::V3 => holder.entry("functionName"),
                model::Edition::V1 => holder.entry("name"),
            };
            // Edition 1 writes the function's triggers beside it, under `props`: the function
            // symbol spans `props` in both editions, so its triggers are its children.
            let fn_key = res.value.entry("props");
            let name_entry = match edition {
                model::Edition::V3 => name_entry,
                model::Edition::V1 => name_entry.or_else(|| f.props.entry("function")),
            };
            let mut triggers = Vec::new();
            for t in &f.triggers {
                if t.node.span.file != a.file {
                    continue;
                }
                let sel = t
                    .name
                    .filter(|n| n.span.file == a.file)
                    .map(|n| ctx.range(n.span))
                    .unwrap_or_else(|| ctx.range(t.node.span));
                triggers.push(symbol(
                    t.label(),
                    t.kind_node.and_then(Node::as_str).map(shown),
                    lt::SymbolKind::EVENT,
                    ctx.range(t.node.span),
                    sel,
                    Vec::new(),
                ));
            }
            if let Some(k) = fn_key.filter(|k| k.key_span.file == a.file) {
                let fr = span_range(ctx, k.key_span, k.value.span);
                let sel = name_entry
                    .filter(|e| e.key_span.file == a.file)
                    .map(|e| ctx.range(e.key_span))
                    .filter(|s| contains(&fr, s))
                    .unwrap_or_else(|| ctx.range(k.key_span));
                triggers.retain(|t| contains(&fr, &t.range));
                children.push(symbol(
                    f.label(),
                    f.runtime().and_then(Node::as_str).map(shown),
                    lt::SymbolKind::FUNCTION,
                    fr,
                    sel,
                    triggers,
                ));
            }
        }
        children.retain(|c| contains(&range, &c.range));
        out.push(symbol(
            shown(&res.key),
            res.value.get("component").and_then(Node::as_str).map(shown),
            lt::SymbolKind::MODULE,
            range,
            selection,
            children,
        ));
    }
    out
}
