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

pub mod confine;
mod dotenv;
pub mod expr;
pub mod merge;
pub mod preview;
pub mod rules;

use std::collections::{BTreeMap, HashMap};
use std::path::{Component, Path, PathBuf};

use crate::codes::Code;
use crate::diag::{Diagnostic, Note, Text};
use crate::limits;
use crate::model::Edition;
use crate::source::{self, Entry, FileId, Kind, Node, ParseLimits, SourceMap, Span};
use confine::{ReadError, Reader};
use expr::{Expr, Part};
use rules::{
    vr001_unresolvable_reference, vr002_reference_cycle, vr003_missing_file,
    vr006_edition_1_variable_syntax, vr007_unparsable_included_file,
    vr008_variable_expansion_too_large, vr009_read_outside_project_root,
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

pub(crate) enum Loaded {
    Ok(Node, Vec<Diagnostic>, FileId),
    Empty,
    Missing(String),
    /// The file lies outside the project root and was not read.
    Outside,
}

/// Read and parse another YAML (or JSON) file into the source map.
pub(crate) fn load_yaml(
    sources: &mut SourceMap,
    reader: &mut Reader,
    path: &Path,
    max_bytes: u64,
    sensitive: bool,
) -> Loaded {
    let id = match reader.read(sources, path, max_bytes, sensitive) {
        Ok(id) => id,
        Err(ReadError::Outside) => return Loaded::Outside,
        Err(ReadError::Unreadable(e)) => return Loaded::Missing(e),
    };
    let parsed = source::parse(id, sources.get(id), ParseLimits::default());
    match parsed.root {
        Some(n) => Loaded::Ok(n, parsed.diagnostics, id),
        None if parsed.diagnostics.is_empty() => Loaded::Empty,
        None => Loaded::Missing(
            parsed
                .diagnostics
                .first()
                .map(|d| d.message.en.clone())
                .unwrap_or_default(),
        ),
    }
}

/// `.env` next to the s.yaml, then (edition 3) in each resource's `code` directory.
/// dotenv never overrides a variable that is already set, so the first file wins. A `.env`
/// outside the project root is not read (VR009 at the `code` that points there).
fn load_dotenv(
    sources: &mut SourceMap,
    reader: &mut Reader,
    dir: &Path,
    edition: Edition,
    root: &Node,
    diags: &mut Vec<Diagnostic>,
) -> HashMap<String, (String, Span)> {
    let mut dirs: Vec<(PathBuf, Option<(&Node, &str)>)> = vec![(dir.to_path_buf(), None)];
    if edition == Edition::V3 {
        for res in root.get("resources").map(Node::entries).unwrap_or_default() {
            let code = res.value.at(&["props", "code"]);
            let code = match code {
                Some(c) if c.as_str().is_some() => Some(c),
                Some(c) => c.get("src").filter(|s| s.as_str().is_some()),
                None => None,
            };
            let Some((node, c)) = code.and_then(|n| n.as_str().map(|s| (n, s))) else {
                continue;
            };
            if c.contains("${") {
                continue;
            }
            let p = dir.join(c);
            if p.is_dir() && !dirs.iter().any(|(d, _)| *d == p) {
                dirs.push((p, Some((node, c))));
            }
        }
    }
    let mut env = HashMap::new();
    for (d, code) in dirs {
        let path = d.join(".env");
        if !path.is_file() {
            continue;
        }
        let id = match reader.read(sources, &path, limits::MAX_INCLUDED_FILE_BYTES, true) {
            Ok(id) => id,
            Err(ReadError::Outside) => {
                let (span, shown) = match code {
                    Some((n, c)) => (n.span, format!("{}/.env", c.trim_end_matches('/'))),
                    None => (root.span, ".env".to_string()),
                };
                diags.push(vr009_read_outside_project_root::outside_root(
                    span,
                    format!("`{shown}` (read for `${{env(…)}}`)"),
                    format!("`{shown}`（供 `${{env(…)}}` 读取）"),
                ));
                continue;
            }
            Err(ReadError::Unreadable(_)) => continue,
        };
        for v in dotenv::parse(id, sources.get(id)) {
            env.entry(v.key).or_insert((v.value, v.span));
        }
    }
    env
}

/// A registry template placeholder (`{{ name }}`) left in a quoted string.
fn has_placeholder(s: &str) -> bool {
    let Some(start) = s.find("{{") else {
        return false;
    };
    s[start + 2..].contains("}}")
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
            return n;
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
                    let out = match expr::parse(e) {
                        Some(x) => self.eval(&x, raw, this.as_deref(), e),
                        None => Out::Unknown,
                    };
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
            Expr::Bare(s) if self.edition == Edition::V3 && !expr::is_identifier(s) => {
                // 3.x compiles `${…}` as JavaScript: `env(X, cn-hangzhou)` does not compile.
                self.report(vr006_edition_1_variable_syntax::unquoted_argument(
                    raw.span, text, s,
                ));
                Out::Unknown
            }
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

    fn env_value(
        &mut self,
        name: &str,
        default: Option<&Expr>,
        raw: &'a Node,
        this: Option<&str>,
        text: &str,
    ) -> Out {
        let found = self
            .opts
            .env
            .get(name)
            .map(|v| (v.clone(), None))
            .or_else(|| {
                if self.opts.use_process_env {
                    std::env::var(name).ok().map(|v| (v, None))
                } else {
                    None
                }
            });
        let found = found.or_else(|| self.dotenv.get(name).map(|(v, s)| (v.clone(), Some(*s))));
        match (found, default) {
            (Some((value, origin)), _) => {
                if !self.spend(0, value.len(), raw.span) {
                    return Out::Unknown;
                }
                // Whatever its name, a value from the environment is never shown.
                crate::inert::remember_secret(&value);
                let mut n = Node::new(Kind::Str(value), raw.span);
                n.origin = origin.map(Box::new);
                n.mark_sensitive(&format!("${{{text}}}"));
                Out::Val(n)
            }
            (None, Some(d)) => self.eval(d, raw, this, text),
            // Set at deploy time, perhaps: unknown, not wrong.
            (None, None) => Out::Unknown,
        }
    }

    /// The string value of a call argument, and whether it is sensitive.
    fn arg_string(
        &mut self,
        e: &Expr,
        raw: &'a Node,
        this: Option<&str>,
        text: &str,
    ) -> Option<(String, bool)> {
        match self.eval(e, raw, this, text) {
            Out::Val(n) => {
                let sensitive = n.contains_sensitive();
                match n.kind {
                    Kind::Str(s) => Some(s),
                    _ => js_string(&n),
                }
                .map(|s| (s, sensitive))
            }
            Out::Unknown => None,
        }
    }

    fn eval_call(
        &mut self,
        name: &str,
        args: &[Expr],
        raw: &'a Node,
        this: Option<&str>,
        text: &str,
    ) -> Out {
        match name {
            "env" | "Env" => {
                let Some((var, _)) = args
                    .first()
                    .and_then(|a| self.arg_string(a, raw, this, text))
                else {
                    return Out::Unknown;
                };
                self.env_value(&var, args.get(1), raw, this, text)
            }
            "path" => {
                let Some((p, sensitive)) = args
                    .first()
                    .and_then(|a| self.arg_string(a, raw, this, text))
                else {
                    return Out::Unknown;
                };
                let mut abs = normalize(&self.dir.join(&p));
                // Node's `path.join` keeps a trailing separator: `path('../')` is `/a/`.
                if (p.ends_with('/') || p.ends_with('\\')) && abs.parent().is_some() {
                    abs.push("");
                }
                // The CLI fails on a path that does not exist, but a build step may create it.
                if abs.exists() {
                    let mut n = Node::new(Kind::Str(abs.to_string_lossy().into_owned()), raw.span);
                    if sensitive {
                        n.mark_sensitive(&format!("${{{text}}}"));
                    }
                    Out::Val(n)
                } else {
                    Out::Unknown
                }
            }
            "file" => {
                let Some(arg) = args
                    .first()
                    .and_then(|a| self.arg_string(a, raw, this, text))
                else {
                    return Out::Unknown;
                };
                match self.edition {
                    // 3.x `file()` gives the text; `json(file())` parses it.
                    Edition::V3 => self.read_file_text(&arg, raw, text),
                    // 1.x `file()` parses YAML or JSON.
                    Edition::V1 => self.read_file_parsed(&arg, raw, text, false),
                }
            }
            "json" => match args.first() {
                Some(Expr::Call(f, inner)) if f == "file" => {
                    let Some(arg) = inner
                        .first()
                        .and_then(|a| self.arg_string(a, raw, this, text))
                    else {
                        return Out::Unknown;
                    };
                    self.read_file_parsed(&arg, raw, text, true)
                }
                Some(a) => match self.eval(a, raw, this, text) {
                    Out::Val(
                        n @ Node {
                            kind: Kind::Str(_), ..
                        },
                    ) => {
                        let sensitive = n.is_sensitive();
                        let Kind::Str(s) = &n.kind else {
                            return Out::Unknown;
                        };
                        match serde_json::from_str::<serde_json::Value>(s) {
                            Ok(v) => {
                                let mut out = from_json(&v, raw.span);
                                if sensitive {
                                    out.mark_sensitive(&format!("${{{text}}}"));
                                }
                                let (size, bytes) = cost(&out);
                                if !self.spend(size, bytes, raw.span) {
                                    return Out::Unknown;
                                }
                                Out::Val(out)
                            }
                            Err(e) => {
                                self.bad_json(raw, text, &e.to_string());
                                Out::Unknown
                            }
                        }
                    }
                    Out::Val(n) => Out::Val(n),
                    Out::Unknown => Out::Unknown,
                },
                None => Out::Unknown,
            },
            // `config(...)` reads local credentials; `secret(...)` a secret store;
            // `regex(...)` only means something in action keys.
            _ => Out::Unknown,
        }
    }

    /// How a path argument is named in messages: as written, unless it came from the
    /// environment.
    fn shown_path(arg: &(String, bool), text: &str) -> (String, String) {
        match arg {
            (_, true) => (
                format!("`${{{text}}}` reads a path taken from the environment"),
                format!("`${{{text}}}` 读取来自环境变量的路径"),
            ),
            (rel, false) => (
                format!("`${{{text}}}` reads `{rel}`"),
                format!("`${{{text}}}` 读取 `{rel}`"),
            ),
        }
    }

    fn file_missing(&mut self, raw: &Node, text: &str, arg: &(String, bool), reason: &str) -> Out {
        let rel = match arg {
            (_, true) => None,
            (rel, false) => Some(rel.as_str()),
        };
        self.report(vr003_missing_file::unreadable_file(
            raw.span, text, rel, reason,
        ));
        Out::Unknown
    }

    fn outside_root(&mut self, raw: &Node, text: &str, arg: &(String, bool)) -> Out {
        let (en, zh) = Self::shown_path(arg, text);
        self.report(vr009_read_outside_project_root::outside_root(
            raw.span, en, zh,
        ));
        Out::Unknown
    }

    fn bad_json(&mut self, raw: &Node, text: &str, reason: &str) {
        self.report(vr007_unparsable_included_file::unparsable(
            raw.span, text, reason,
        ));
    }

    /// `${file('./f')}` in edition 3: the text of the file, sensitive.
    fn read_file_text(&mut self, arg: &(String, bool), raw: &Node, text: &str) -> Out {
        let path = self.dir.join(&arg.0);
        let id = match self
            .reader
            .read(self.sources, &path, limits::MAX_INCLUDED_FILE_BYTES, true)
        {
            Ok(id) => id,
            Err(ReadError::Outside) => return self.outside_root(raw, text, arg),
            Err(ReadError::Unreadable(reason)) => {
                return self.file_missing(raw, text, arg, &reason)
            }
        };
        let len = self.sources.get(id).text.len();
        if !self.spend(1, len, raw.span) {
            return Out::Unknown;
        }
        let src = self.sources.get(id);
        let mut n = Node::new(Kind::Str(src.text.clone()), raw.span);
        let end = src.pos_at_byte(src.text.len());
        n.origin = Some(Box::new(Span {
            file: id,
            start: src.pos_at_byte(0),
            end,
        }));
        n.mark_sensitive(&format!("${{{text}}}"));
        Out::Val(n)
    }

    /// `${file('./f')}` in edition 1 (YAML or JSON) and `${json(file('./f.json'))}`: the
    /// parsed document, every value in it sensitive.
    fn read_file_parsed(
        &mut self,
        arg: &(String, bool),
        raw: &Node,
        text: &str,
        json: bool,
    ) -> Out {
        let path = self.dir.join(&arg.0);
        let loaded = load_yaml(
            self.sources,
            &mut self.reader,
            &path,
            limits::MAX_INCLUDED_FILE_BYTES,
            true,
        );
        match loaded {
            Loaded::Ok(mut n, parse_diags, id) => {
                // JSON's own error message: the file must be JSON, not only YAML.
                if json {
                    if let Err(e) =
                        serde_json::from_str::<serde_json::Value>(&self.sources.get(id).text)
                    {
                        self.bad_json(raw, text, &e.to_string());
                        return Out::Unknown;
                    }
                }
                if let Some(d) = parse_diags
                    .iter()
                    .find(|d| d.severity == crate::diag::Severity::Error)
                {
                    let reason = d.message.en.clone();
                    self.bad_json(raw, text, &reason);
                    return Out::Unknown;
                }
                let (size, bytes) = cost(&n);
                if !self.spend(size, bytes, raw.span) {
                    return Out::Unknown;
                }
                n.mark_sensitive(&format!("${{{text}}}"));
                Out::Val(n)
            }
            Loaded::Empty => Out::Val(Node::new(Kind::Null, raw.span)),
            Loaded::Outside => self.outside_root(raw, text, arg),
            Loaded::Missing(reason) if path.is_file() => {
                if json {
                    if let Some(id) = self.sources.find(&path) {
                        if let Err(e) =
                            serde_json::from_str::<serde_json::Value>(&self.sources.get(id).text)
                        {
                            self.bad_json(raw, text, &e.to_string());
                            return Out::Unknown;
                        }
                    }
                }
                self.bad_json(raw, text, &reason);
                Out::Unknown
            }
            Loaded::Missing(reason) => self.file_missing(raw, text, arg, &reason),
        }
    }
}

/// Values in `n`.
pub(crate) fn count_nodes(n: &Node) -> usize {
    1 + match &n.kind {
        Kind::Map(entries) => entries.iter().map(|e| count_nodes(&e.value)).sum(),
        Kind::Seq(items) => items.iter().map(count_nodes).sum(),
        _ => 0,
    }
}

/// What a copy of `n` costs: its values and the bytes of its strings.
fn cost(n: &Node) -> (usize, usize) {
    let own = match &n.kind {
        Kind::Str(s) | Kind::Unknown(s) => s.len(),
        _ => 0,
    };
    let (mut size, mut bytes) = (1, own);
    let mut add = |c: &Node| {
        let (s, b) = cost(c);
        size += s;
        bytes += b;
    };
    match &n.kind {
        Kind::Map(entries) => entries.iter().for_each(|e| add(&e.value)),
        Kind::Seq(items) => items.iter().for_each(&mut add),
        _ => {}
    }
    (size, bytes)
}

fn number_kind(n: f64) -> Kind {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        Kind::Int(n as i64)
    } else {
        Kind::Float(n)
    }
}

fn from_json(v: &serde_json::Value, span: Span) -> Node {
    use serde_json::Value;
    let kind = match v {
        Value::Null => Kind::Null,
        Value::Bool(b) => Kind::Bool(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Kind::Int(i),
            None => Kind::Float(n.as_f64().unwrap_or(0.0)),
        },
        Value::String(s) => Kind::Str(s.clone()),
        Value::Array(a) => Kind::Seq(a.iter().map(|i| from_json(i, span)).collect()),
        Value::Object(o) => Kind::Map(
            o.iter()
                .map(|(k, v)| Entry {
                    key: k.clone(),
                    key_span: span,
                    value: from_json(v, span),
                })
                .collect(),
        ),
    };
    Node::new(kind, span)
}

/// Where a value looked up elsewhere was written, if not at `use_span`.
fn definition_of(n: &Node, use_span: Span) -> Option<Span> {
    if let Some(o) = n.origin.as_deref() {
        return Some(*o);
    }
    (n.span != use_span).then_some(n.span)
}

/// Move a looked-up value to where it is used, remembering where it was written.
fn relocate(mut n: Node, at: Span) -> Node {
    if n.span != at {
        let def = n.origin.take().map(|b| *b).unwrap_or(n.span);
        n.origin = Some(Box::new(def));
        n.span = at;
    }
    match &mut n.kind {
        Kind::Map(entries) => {
            for e in entries.iter_mut() {
                e.key_span = at;
                let v = std::mem::replace(&mut e.value, Node::new(Kind::Null, at));
                e.value = relocate(v, at);
            }
        }
        Kind::Seq(items) => {
            for i in items.iter_mut() {
                let v = std::mem::replace(i, Node::new(Kind::Null, at));
                *i = relocate(v, at);
            }
        }
        _ => {}
    }
    n
}

/// How JavaScript turns a value into text inside a template string.
fn js_string(n: &Node) -> Option<String> {
    match &n.kind {
        Kind::Str(s) => Some(s.clone()),
        Kind::Int(i) => Some(i.to_string()),
        Kind::Float(f) => Some(if f.fract() == 0.0 && f.abs() < 1e21 {
            format!("{}", *f as i64)
        } else {
            format!("{f}")
        }),
        Kind::Bool(b) => Some(b.to_string()),
        Kind::Seq(items) => {
            let parts: Option<Vec<String>> = items
                .iter()
                .map(|i| match i.kind {
                    Kind::Null => Some(String::new()),
                    _ => js_string(i),
                })
                .collect();
            parts.map(|p| p.join(","))
        }
        Kind::Map(_) => Some("[object Object]".into()),
        Kind::Null | Kind::Unknown(_) => None,
    }
}

/// `path.resolve` without touching the file system: drop `.` and fold `..`.
fn normalize(p: &Path) -> PathBuf {
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(p))
            .unwrap_or_else(|_| p.to_path_buf())
    };
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}
