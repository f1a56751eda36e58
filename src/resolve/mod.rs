//! Resolve magic variables, `extend` and `template` the way Serverless Devs does.
//!
//! Order (as the CLIs do it): a file-level `extend` base is merged under the file, then
//! (edition 3) each resource's `extend: {name, ignore}` merges its template under
//! `props`, then every scalar holding `${…}` is evaluated. References are resolved
//! lazily, so `vars` may refer to later `vars`; a reference that comes back to itself
//! is a cycle (VR002), not a hang.
//!
//! A value that cannot be known offline (`${config('AccountID')}`, outputs of other
//! resources, an unset environment variable without default, any expression form we
//! do not evaluate) becomes [`Kind::Unknown`] holding the text with every part that
//! *could* be resolved substituted — exactly what `s preview` prints for it. Checks
//! skip unknown values. A reference that can never resolve (`${vars.missing}`) is a
//! diagnostic at the place it is used.
//!
//! Every resolved value keeps two locations: `span` is where it is used, `origin` where
//! its value was written (under `vars`, in a `.env` file, in a `file()`d document).
//!
//! This file walks the document ([`resolve`]); [`eval`] evaluates a `${…}` scalar and its
//! look-ups, `calls` the functions (`env()`, `file()`, …), `files` and `dotenv` read the other
//! files, `merge` does `extend` and `template`, `values` converts and prices values.

mod calls;
pub mod confine;
pub(crate) mod dotenv;
mod eval;
pub mod expr;
mod files;
pub mod merge;
pub mod preview;
pub mod rules;
pub mod scf;
mod values;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use crate::codes::Code;
use crate::diag::{Diagnostic, Note, Text};
use crate::limits;
use crate::model::Edition;
use crate::source::{self, Entry, FileId, Kind, Node, ParseLimits, SourceMap, Span};
use confine::{ReadError, Reader};
use expr::{Expr, Part};
use files::load_dotenv;
pub(crate) use files::{load_yaml, Loaded};
use rules::{
    vr001_unresolvable_reference, vr002_reference_cycle, vr003_missing_file,
    vr006_edition_1_variable_syntax, vr007_unparsable_included_file,
    vr008_variable_expansion_too_large, vr009_read_outside_project_root,
    vr011_unquoted_env_argument,
};
pub(crate) use values::count_nodes;
use values::{
    cost, definition_of, from_json, has_placeholder, js_string, normalize, number_kind, relocate,
};

/// Inputs of resolution besides the document.
#[derive(Debug, Clone, Default)]
pub struct ResolveOptions {
    /// `--env NAME=VALUE` values; they win over the process environment.
    pub env: BTreeMap<String, String>,
    /// Read the process environment (off in tests for determinism).
    pub use_process_env: bool,
    /// Read files outside the project root too (`--allow-outside-root`, or
    /// `allow_outside_root = true` in fclint.toml); see [`confine`].
    pub allow_outside_root: bool,
}

/// The resolved document and the problems found while resolving.
#[derive(Debug)]
pub struct Resolved {
    pub root: Node,
    pub diagnostics: Vec<Diagnostic>,
    /// Findings past the bound of a file: counted, not built.
    pub unshown: crate::diag::Unshown,
    /// The edition of the resolved document: a file without `edition` takes the one of the
    /// base file it extends.
    pub edition: Edition,
}

/// Resolve `root` (parsed from `file`). Files read on the way are added to `sources`, each at
/// most once and only from inside the project root (see [`confine`]).
pub fn resolve(
    sources: &mut SourceMap,
    file: FileId,
    edition: Edition,
    root: Node,
    opts: &ResolveOptions,
) -> Resolved {
    let mut diagnostics = Vec::new();
    let path = sources.get(file).path.clone();
    let dir = path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let mut reader = Reader::for_file(&path, opts.allow_outside_root);
    let mut chain = vec![std::fs::canonicalize(&path).unwrap_or(path)];
    let own_edition = root.get("edition").is_some();
    let mut merged = merge::apply_file_extend(
        sources,
        &mut reader,
        &dir,
        edition,
        root,
        &mut chain,
        &mut diagnostics,
    );
    let edition = if own_edition {
        edition
    } else {
        crate::model::edition_of(&merged)
    };
    if edition == Edition::V3 {
        merge::apply_templates(&mut merged, &mut diagnostics);
    }
    let dotenv = load_dotenv(
        sources,
        &mut reader,
        &dir,
        edition,
        &merged,
        &mut diagnostics,
    );
    let mut r = Resolver {
        merged: &merged,
        sources,
        reader,
        edition,
        dir,
        opts,
        dotenv,
        memo: HashMap::new(),
        lookups: HashMap::new(),
        index: HashMap::new(),
        stack: Vec::new(),
        cycles: 0,
        diags: Vec::new(),
        seen: std::collections::HashSet::new(),
        unshown: crate::diag::Unshown::default(),
        budget: limits::RESOLVE_NODE_BUDGET,
        bytes: limits::RESOLVE_BYTE_BUDGET,
        copying: 0,
        exhausted_at: None,
    };
    let out = r.resolve_node(&merged, &[]);
    let mut diags = std::mem::take(&mut r.diags);
    if let Some(span) = r.exhausted_at {
        diags.push(vr008_variable_expansion_too_large::too_large(
            span,
            limits::RESOLVE_NODE_BUDGET,
            limits::RESOLVE_BYTE_BUDGET,
        ));
    }
    let unshown = std::mem::take(&mut r.unshown);
    diagnostics.append(&mut diags);
    Resolved {
        root: out,
        diagnostics,
        unshown,
        edition,
    }
}

/// The secondary location of a resolved value: where it was defined, when that differs
/// from where it is used.
pub fn origin_note(node: &Node) -> Option<Note> {
    let origin = node.origin.as_deref()?;
    if *origin == node.span {
        return None;
    }
    Some(Note {
        span: *origin,
        message: Text::new("value defined here", "值定义于此"),
    })
}

/// What evaluating one expression gave.
enum Out {
    Val(Node),
    /// Not knowable offline (or already reported as an error).
    Unknown,
}

struct Resolver<'a> {
    merged: &'a Node,
    sources: &'a mut SourceMap,
    reader: Reader,
    edition: Edition,
    dir: PathBuf,
    opts: &'a ResolveOptions,
    dotenv: HashMap<String, (String, Span)>,
    /// Resolved value of every `${…}` scalar, by its path in the merged document, with the
    /// values and bytes a copy of it costs.
    memo: HashMap<String, (Node, usize, usize)>,
    /// Result of each looked-up path (`vars.r`): 100 000 `${vars.r}` walk the document once.
    lookups: HashMap<Vec<String>, Node>,
    /// Key index of each large mapping of the merged document, by address, built on first
    /// look-up: a look-up costs the same in a mapping of 200 000 keys as in one of 5.
    index: HashMap<*const Node, HashMap<&'a str, usize>>,
    /// Paths of the `${…}` scalars being evaluated, to find cycles.
    stack: Vec<String>,
    /// Cycles met so far: a look-up that met one has a partial value, not to be remembered.
    cycles: usize,
    diags: Vec<Diagnostic>,
    /// A hash of each finding kept: one report per place and message, however often a value
    /// is looked up.
    seen: std::collections::HashSet<u64>,
    unshown: crate::diag::Unshown,
    /// Values still allowed to be built.
    budget: usize,
    /// Bytes of text still allowed to be built.
    bytes: usize,
    /// Depth of look-ups under way: plain strings resolved inside one are copies and cost
    /// bytes; those of the document itself do not.
    copying: usize,
    exhausted_at: Option<Span>,
}

fn path_key(path: &[String]) -> String {
    let mut s = String::new();
    for p in path {
        s.push('/');
        s.push_str(&source::escape_pointer_token(p));
    }
    s
}

fn dotted(path: &[String]) -> String {
    path.join(".")
}

impl<'a> Resolver<'a> {
    fn report(&mut self, d: Diagnostic) {
        self.push(d);
    }

    /// Keep a finding once per place and message; past the bound of a file, count it.
    fn push(&mut self, d: Diagnostic) {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (d.code, d.span, &d.message.en).hash(&mut h);
        if !self.seen.insert(h.finish()) {
            return;
        }
        if self.diags.len() > limits::MAX_FINDINGS_PER_FILE {
            self.unshown.add_with(d.code, d.severity, 1);
        } else {
            self.diags.push(d);
        }
    }

    fn unknown(raw: &Node, text: String) -> Node {
        Node {
            kind: Kind::Unknown(text),
            span: raw.span,
            origin: raw.origin.clone(),
            pointer: String::new(),
            shown: None,
        }
    }

    /// Take `n` values and `b` bytes from the budgets; `false` (and VR008 at `at`) when they
    /// do not allow it.
    fn spend(&mut self, n: usize, b: usize, at: Span) -> bool {
        if n > self.budget || b > self.bytes {
            self.budget = 0;
            self.bytes = 0;
            self.exhausted_at.get_or_insert(at);
            return false;
        }
        self.budget -= n;
        self.bytes -= b;
        true
    }

    fn resolve_node(&mut self, raw: &'a Node, path: &[String]) -> Node {
        self.resolve_in(raw, &mut path.to_vec())
    }

    /// [`Self::resolve_node`] with one path buffer for the whole walk.
    fn resolve_in(&mut self, raw: &'a Node, path: &mut Vec<String>) -> Node {
        if self.budget == 0 || self.bytes == 0 {
            self.exhausted_at.get_or_insert(raw.span);
            return Self::unknown(raw, raw.display_value());
        }
        // The document's own values are free (the file size bounds them); copies made for a
        // look-up cost one value each.
        if self.copying > 0 {
            self.budget -= 1;
        }
        match &raw.kind {
            Kind::Str(s) if expr::has_expr(s) => self.eval_string(raw, s, path),
            Kind::Str(s) if has_placeholder(s) => Self::unknown(raw, s.clone()),
            Kind::Map(entries) => {
                let mut out = Vec::with_capacity(entries.len());
                for e in entries {
                    path.push(e.key.clone());
                    let value = self.resolve_in(&e.value, path);
                    path.pop();
                    out.push(Entry {
                        key: e.key.clone(),
                        key_span: e.key_span,
                        value,
                    });
                }
                Node {
                    kind: Kind::Map(out),
                    span: raw.span,
                    origin: raw.origin.clone(),
                    pointer: String::new(),
                    shown: raw.shown.clone(),
                }
            }
            Kind::Seq(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    path.push(i.to_string());
                    out.push(self.resolve_in(item, path));
                    path.pop();
                }
                Node {
                    kind: Kind::Seq(out),
                    span: raw.span,
                    origin: raw.origin.clone(),
                    pointer: String::new(),
                    shown: raw.shown.clone(),
                }
            }
            // A copy of a string for a look-up costs its bytes (the document's own do not).
            Kind::Str(s) if self.copying > 0 && !self.spend(0, s.len(), raw.span) => {
                Self::unknown(raw, raw.display_value())
            }
            _ => raw.clone(),
        }
    }

    /// The child `key` of a mapping (or index of a sequence) of the merged document, through
    /// an index for large mappings.
    fn child(&mut self, cur: &'a Node, key: &str) -> Option<&'a Node> {
        match &cur.kind {
            Kind::Map(entries) if entries.len() > 16 => {
                let idx = self.index.entry(cur as *const Node).or_insert_with(|| {
                    let mut m = HashMap::with_capacity(entries.len());
                    for (i, e) in entries.iter().enumerate() {
                        m.entry(e.key.as_str()).or_insert(i);
                    }
                    m
                });
                idx.get(key).and_then(|i| entries.get(*i)).map(|e| &e.value)
            }
            Kind::Map(_) => cur.get(key),
            Kind::Seq(items) => key.parse::<usize>().ok().and_then(|k| items.get(k)),
            _ => None,
        }
    }

    /// The resource (edition 3) or service (edition 1) a path lies in: what `this` means.
    fn this_of(&self, path: &[String]) -> Option<String> {
        let section = match self.edition {
            Edition::V3 => "resources",
            Edition::V1 => "services",
        };
        (path.len() >= 2 && path[0] == section).then(|| path[1].clone())
    }
}
