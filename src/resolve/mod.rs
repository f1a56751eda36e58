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

mod calls;
pub mod confine;
pub(crate) mod dotenv;
pub mod expr;
mod files;
pub mod merge;
pub mod preview;
pub mod rules;
pub mod scf;
mod values;

use std::collections::{BTreeMap, HashMap};
use std::path::{Component, Path, PathBuf};

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

    /// `key` refers back to the value at `stack[pos]`: report the cycle (VR002), and the value
    /// is unknown.
    fn cycle(&mut self, raw: &'a Node, s: &str, key: String, pos: usize) -> Node {
        self.cycles += 1;
        let chain: Vec<String> = self.stack[pos..]
            .iter()
            .chain(std::iter::once(&key))
            .map(|k| k.trim_start_matches('/').replace('/', "."))
            .collect();
        let chain = chain.join(" → ");
        self.report(vr002_reference_cycle::cycle(raw.span, s, &chain));
        let n = Self::unknown(raw, s.to_string());
        self.memo.insert(key, (n.clone(), 1, 0));
        n
    }

    fn eval_string(&mut self, raw: &'a Node, s: &str, path: &[String]) -> Node {
        let key = path_key(path);
        if let Some((n, size, bytes)) = self.memo.get(&key) {
            // A copy costs what it copies: the budgets bound the whole document.
            let (n, size, bytes) = (n.clone(), *size, *bytes);
            if !self.spend(size, bytes, raw.span) {
                return Self::unknown(raw, s.to_string());
            }
            return n;
        }
        if let Some(pos) = self.stack.iter().position(|k| *k == key) {
            return self.cycle(raw, s, key, pos);
        }
        self.stack.push(key.clone());
        let this = self.this_of(path);
        let parts = expr::split(s);
        let whole = parts.len() == 1;
        let mut text = String::new();
        let mut unknown = false;
        // A part came from the environment or an included file: so does the whole string.
        let mut sensitive = false;
        let mut single: Option<Node> = None;
        let mut origins = Vec::new();
        for part in &parts {
            let piece: std::borrow::Cow<'_, str> = match part {
                Part::Text(t) => std::borrow::Cow::Borrowed(t),
                Part::Expr(e) => {
                    let out = self.eval_text(e, raw, this.as_deref());
                    match out {
                        // A looked-up value that is itself unknown: keep its text.
                        Out::Val(
                            n @ Node {
                                kind: Kind::Unknown(_),
                                ..
                            },
                        ) if !whole => {
                            unknown = true;
                            sensitive |= n.contains_sensitive();
                            match n.kind {
                                Kind::Unknown(t) => std::borrow::Cow::Owned(t),
                                _ => std::borrow::Cow::Borrowed(""),
                            }
                        }
                        Out::Val(n) => {
                            if let Some(o) = definition_of(&n, raw.span) {
                                origins.push(o);
                            }
                            if whole {
                                single = Some(n);
                                continue;
                            }
                            sensitive |= n.contains_sensitive();
                            match js_string(&n) {
                                Some(t) => std::borrow::Cow::Owned(t),
                                None => {
                                    unknown = true;
                                    std::borrow::Cow::Owned(format!("${{{e}}}"))
                                }
                            }
                        }
                        Out::Unknown => {
                            unknown = true;
                            std::borrow::Cow::Owned(format!("${{{e}}}"))
                        }
                    }
                }
            };
            // Interpolation builds new text: it costs its bytes (string doubling stops here).
            if !self.spend(0, piece.len(), raw.span) {
                self.stack.pop();
                let n = Self::unknown(raw, s.to_string());
                self.memo.insert(key, (n.clone(), 1, 0));
                return n;
            }
            text.push_str(&piece);
        }
        self.stack.pop();
        let node = match single {
            Some(n) => relocate(n, raw.span),
            // The text of an unknown value is printed: never with a sensitive part in it.
            None if unknown && sensitive => {
                let mut n = Self::unknown(raw, s.to_string());
                n.mark_sensitive(s);
                n
            }
            None if unknown => Self::unknown(raw, text),
            None => {
                let mut n = Node {
                    kind: Kind::Str(text),
                    span: raw.span,
                    origin: match origins.as_slice() {
                        [one] => Some(Box::new(*one)),
                        _ => raw.origin.clone(),
                    },
                    pointer: String::new(),
                    shown: None,
                };
                if sensitive {
                    n.mark_sensitive(s);
                }
                n
            }
        };
        let (size, bytes) = cost(&node);
        self.memo.insert(key, (node.clone(), size, bytes));
        node
    }

    fn eval(&mut self, e: &Expr, raw: &'a Node, this: Option<&str>, text: &str) -> Out {
        match e {
            // A call holding a quoted string is compiled as JavaScript, as written: an
            // unquoted argument is a JavaScript expression (`true`, an undefined variable …).
            Expr::Bare(s) if self.edition == Edition::V3 => match expr::bare_js(s) {
                expr::BareJs::Bool(b) => Out::Val(Node::new(Kind::Bool(b), raw.span)),
                expr::BareJs::Invalid => {
                    self.report(vr006_edition_1_variable_syntax::unquoted_argument(
                        raw.span, text, s,
                    ));
                    Out::Unknown
                }
                expr::BareJs::Nil | expr::BareJs::Undefined | expr::BareJs::NotANumber => {
                    Out::Unknown
                }
            },
            Expr::Str(s) | Expr::Bare(s) => Out::Val(Node::new(Kind::Str(s.clone()), raw.span)),
            Expr::Num(n) => Out::Val(Node::new(number_kind(*n), raw.span)),
            Expr::Path(tokens) => self.eval_path(tokens, raw, this, text),
            Expr::Call(name, args) => self.eval_call(name, args, raw, this, text),
        }
    }

    fn eval_path(&mut self, t: &[String], raw: &'a Node, this: Option<&str>, text: &str) -> Out {
        let first = t[0].as_str();
        match (self.edition, first) {
            (_, "vars") => self.lookup(t.to_vec(), raw, text),
            (Edition::V1, "env" | "Env") if t.len() == 2 => {
                self.env_value(&t[1], None, raw, this, text)
            }
            (Edition::V3, "env") if t.len() == 2 => {
                self.report(vr006_edition_1_variable_syntax::env_dot(
                    raw.span, text, &t[1],
                ));
                Out::Unknown
            }
            (_, "this") => {
                let Some(res) = this else { return Out::Unknown };
                match t.get(1).map(String::as_str) {
                    Some("name") if t.len() == 2 => {
                        Out::Val(Node::new(Kind::Str(res.to_string()), raw.span))
                    }
                    Some("props") => {
                        let section = match self.edition {
                            Edition::V3 => "resources",
                            Edition::V1 => "services",
                        };
                        let mut p = vec![section.to_string(), res.to_string()];
                        p.extend(t[1..].iter().cloned());
                        self.lookup(p, raw, text)
                    }
                    Some("access") if t.len() == 2 => {
                        let section = match self.edition {
                            Edition::V3 => "resources",
                            Edition::V1 => "services",
                        };
                        let own = self.merged.at(&[section, res, "access"]);
                        match own.or_else(|| self.merged.get("access")) {
                            Some(a) => {
                                let v = self.resolve_node(a, &[]);
                                Out::Val(v)
                            }
                            None => Out::Unknown,
                        }
                    }
                    _ => Out::Unknown,
                }
            }
            (Edition::V3, "resources") => {
                let Some(name) = t.get(1) else {
                    return Out::Unknown;
                };
                let exists = self
                    .merged
                    .get("resources")
                    .and_then(|r| r.get(name))
                    .is_some();
                if !exists {
                    return self.lookup(t[..2].to_vec(), raw, text);
                }
                if t.get(2).map(String::as_str) == Some("props") {
                    self.lookup(t.to_vec(), raw, text)
                } else {
                    // `.output.*` exists only after deploy.
                    Out::Unknown
                }
            }
            (Edition::V1, svc) => {
                let exists = self
                    .merged
                    .get("services")
                    .and_then(|s| s.get(svc))
                    .is_some();
                match (exists, t.get(1).map(String::as_str)) {
                    (true, Some("props")) => {
                        let mut p = vec!["services".to_string()];
                        p.extend(t.iter().cloned());
                        self.lookup(p, raw, text)
                    }
                    // `.output.*` exists only after deploy.
                    (true, _) => Out::Unknown,
                    // 1.x leaves what it does not know verbatim in the value.
                    (false, _) => Out::Val(Node::new(Kind::Str(format!("${{{text}}}")), raw.span)),
                }
            }
            // `components.<name>.output` exists only after deploy.
            (Edition::V3, "components") => Out::Unknown,
            (Edition::V3, _) => {
                self.report(vr001_unresolvable_reference::unknown_root(
                    raw.span, text, first,
                ));
                Out::Unknown
            }
        }
    }

    /// Find the value at `tokens` in the merged document, resolving what lies on the way.
    fn lookup(&mut self, tokens: Vec<String>, raw: &'a Node, text: &str) -> Out {
        if let Some(n) = self.lookups.get(&tokens) {
            let n = n.clone();
            let (size, bytes) = cost(&n);
            if !self.spend(size, bytes, raw.span) {
                return Out::Unknown;
            }
            return Out::Val(n);
        }
        let mut cur: &'a Node = self.merged;
        for i in 0..tokens.len() {
            if let Kind::Str(s) = &cur.kind {
                if expr::has_expr(s) {
                    self.copying += 1;
                    let resolved = self.resolve_node(cur, &tokens[..i]);
                    self.copying -= 1;
                    return self.navigate(resolved, &tokens, i, raw, text);
                }
            }
            let next = match &cur.kind {
                Kind::Map(_) | Kind::Seq(_) => self.child(cur, &tokens[i]),
                Kind::Unknown(_) => return Out::Unknown,
                _ => None,
            };
            match next {
                Some(n) => cur = n,
                None => return self.missing(&tokens, i, cur, raw, text),
            }
        }
        let cycles = self.cycles;
        self.copying += 1;
        let n = self.resolve_node(cur, &tokens);
        self.copying -= 1;
        if self.exhausted_at.is_none() && self.cycles == cycles {
            self.lookups.insert(tokens, n.clone());
        }
        Out::Val(n)
    }

    /// Continue a lookup inside an already resolved value.
    fn navigate(
        &mut self,
        mut node: Node,
        tokens: &[String],
        from: usize,
        raw: &Node,
        text: &str,
    ) -> Out {
        for i in from..tokens.len() {
            let next = match node.kind {
                Kind::Map(entries) => entries
                    .into_iter()
                    .find(|e| e.key == tokens[i])
                    .map(|e| e.value),
                Kind::Seq(items) => tokens[i]
                    .parse::<usize>()
                    .ok()
                    .and_then(|k| items.into_iter().nth(k)),
                Kind::Unknown(_) => return Out::Unknown,
                _ => None,
            };
            match next {
                Some(n) => node = n,
                None => {
                    let container = Node::new(Kind::Null, raw.span);
                    return self.missing(tokens, i, &container, raw, text);
                }
            }
        }
        Out::Val(node)
    }

    fn missing(
        &mut self,
        tokens: &[String],
        i: usize,
        container: &Node,
        raw: &Node,
        text: &str,
    ) -> Out {
        // Past the bound of a file the finding is counted, not written.
        if self.diags.len() > limits::MAX_FINDINGS_PER_FILE {
            let severity = match self.edition {
                Edition::V3 => Code::VR001.severity(),
                Edition::V1 => Code::VR001.edition1_severity(),
            };
            self.unshown.add_with(Code::VR001, severity, 1);
            return Out::Unknown;
        }
        let keys: Vec<&str> = container.entries().iter().map(|e| e.key.as_str()).collect();
        let within = (i > 0).then(|| dotted(&tokens[..i]));
        let defined_at =
            (container.is_map() && container.span != raw.span).then_some(container.span);
        let d = vr001_unresolvable_reference::missing_key(
            self.edition,
            raw.span,
            text,
            &tokens[i],
            &keys,
            within.as_deref().map(|w| (w, defined_at)),
        );
        self.push(d);
        Out::Unknown
    }
}
