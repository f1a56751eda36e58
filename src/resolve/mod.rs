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

pub(crate) mod dotenv;
pub mod expr;
pub mod merge;
pub mod preview;
pub mod rules;
pub mod scf;

use std::collections::{BTreeMap, HashMap};
use std::path::{Component, Path, PathBuf};

use crate::diag::{Diagnostic, Note, Severity, Text};
use crate::limits;
use crate::model::Edition;
use crate::source::{self, Entry, FileId, Kind, Node, ParseLimits, SourceMap, Span};
use expr::{Expr, Part};
use rules::{
    vr001_unresolvable_reference, vr002_reference_cycle, vr003_missing_file,
    vr006_edition_1_variable_syntax, vr007_unparsable_included_file,
    vr008_variable_expansion_too_large,
};

/// Inputs of resolution besides the document.
#[derive(Debug, Clone, Default)]
pub struct ResolveOptions {
    /// `--env NAME=VALUE` values; they win over the process environment.
    pub env: BTreeMap<String, String>,
    /// Read the process environment (off in tests for determinism).
    pub use_process_env: bool,
}

/// The resolved document and the problems found while resolving.
#[derive(Debug)]
pub struct Resolved {
    pub root: Node,
    pub diagnostics: Vec<Diagnostic>,
    /// Use sites of values that came from secret-looking environment variables;
    /// `fclint preview` masks them.
    pub masked: Vec<Span>,
    /// The edition of the resolved document: a file without `edition` takes the one of the
    /// base file it extends.
    pub edition: Edition,
}

/// Resolve `root` (parsed from `file`). Files read on the way are added to `sources`.
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
    let mut chain = vec![std::fs::canonicalize(&path).unwrap_or(path)];
    let own_edition = root.get("edition").is_some();
    let mut merged =
        merge::apply_file_extend(sources, &dir, edition, root, &mut chain, &mut diagnostics);
    let edition = if own_edition {
        edition
    } else {
        crate::model::edition_of(&merged)
    };
    if edition == Edition::V3 {
        merge::apply_templates(&mut merged, &mut diagnostics);
    }
    let dotenv = load_dotenv(sources, &dir, edition, &merged);
    let mut r = Resolver {
        merged: &merged,
        sources,
        edition,
        dir,
        opts,
        dotenv,
        memo: HashMap::new(),
        stack: Vec::new(),
        diags: Vec::new(),
        masked: Vec::new(),
        budget: limits::RESOLVE_NODE_BUDGET,
        exhausted_at: None,
    };
    let out = r.resolve_node(&merged, &[]);
    let mut diags = std::mem::take(&mut r.diags);
    if let Some(span) = r.exhausted_at {
        diags.push(vr008_variable_expansion_too_large::too_large(
            span,
            limits::RESOLVE_NODE_BUDGET,
        ));
    }
    let masked = std::mem::take(&mut r.masked);
    // One report per place and message, however often a value was looked up.
    let mut seen = std::collections::HashSet::new();
    diags.retain(|d| seen.insert((d.code, d.span, d.message.en.clone())));
    diagnostics.append(&mut diags);
    Resolved {
        root: out,
        diagnostics,
        masked,
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
    Ok(Node, Vec<Diagnostic>),
    Empty,
    Missing(String),
}

/// Read and parse another YAML (or JSON) file into the source map.
pub(crate) fn load_yaml(sources: &mut SourceMap, path: &Path) -> Loaded {
    let id = match read_text(sources, path) {
        Ok(id) => id,
        Err(e) => return Loaded::Missing(e),
    };
    let parsed = source::parse(id, sources.get(id), ParseLimits::default());
    match parsed.root {
        Some(n) => Loaded::Ok(n, parsed.diagnostics),
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

fn read_text(sources: &mut SourceMap, path: &Path) -> Result<FileId, String> {
    if let Some(id) = sources.find(path) {
        return Ok(id);
    }
    let meta = std::fs::metadata(path).map_err(|e| io_reason(&e))?;
    if !meta.is_file() {
        return Err("not a file".into());
    }
    if meta.len() > limits::MAX_FILE_BYTES {
        return Err(format!(
            "{} bytes is more than fclint reads ({} bytes)",
            meta.len(),
            limits::MAX_FILE_BYTES
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| io_reason(&e))?;
    let text = String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())?;
    Ok(sources.add(path.to_path_buf(), text))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// `.env` next to the s.yaml, then (edition 3) in each resource's `code` directory.
/// dotenv never overrides a variable that is already set, so the first file wins.
fn load_dotenv(
    sources: &mut SourceMap,
    dir: &Path,
    edition: Edition,
    root: &Node,
) -> HashMap<String, (String, Span)> {
    let mut dirs = vec![dir.to_path_buf()];
    if edition == Edition::V3 {
        for res in root.get("resources").map(Node::entries).unwrap_or_default() {
            let code = res.value.at(&["props", "code"]);
            let code = code
                .and_then(Node::as_str)
                .or_else(|| code.and_then(|c| c.get("src")).and_then(Node::as_str));
            if let Some(c) = code.filter(|c| !c.contains("${")) {
                let p = dir.join(c);
                if p.is_dir() && !dirs.contains(&p) {
                    dirs.push(p);
                }
            }
        }
    }
    let mut env = HashMap::new();
    for d in dirs {
        let path = d.join(".env");
        if !path.is_file() {
            continue;
        }
        let Ok(id) = read_text(sources, &path) else {
            continue;
        };
        for v in dotenv::parse(id, sources.get(id)) {
            env.entry(v.key).or_insert((v.value, v.span));
        }
    }
    env
}

/// Does an environment variable name look like it holds a secret?
fn secret_name(name: &str) -> bool {
    let n = name.to_ascii_uppercase();
    [
        "SECRET",
        "PASSWORD",
        "PASSWD",
        "TOKEN",
        "CREDENTIAL",
        "PRIVATE",
        "ACCESS_KEY",
        "ACCESSKEY",
    ]
    .iter()
    .any(|w| n.contains(w))
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
    edition: Edition,
    dir: PathBuf,
    opts: &'a ResolveOptions,
    dotenv: HashMap<String, (String, Span)>,
    /// Resolved value of every `${…}` scalar, by its path in the merged document.
    memo: HashMap<String, (Node, usize)>,
    /// Paths of the `${…}` scalars being evaluated, to find cycles.
    stack: Vec<String>,
    diags: Vec<Diagnostic>,
    masked: Vec<Span>,
    budget: usize,
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
        self.diags.push(d);
    }

    fn unknown(raw: &Node, text: String) -> Node {
        Node {
            kind: Kind::Unknown(text),
            span: raw.span,
            origin: raw.origin.clone(),
            pointer: String::new(),
        }
    }

    fn resolve_node(&mut self, raw: &'a Node, path: &[String]) -> Node {
        self.resolve_in(raw, &mut path.to_vec())
    }

    /// [`Self::resolve_node`] with one path buffer for the whole walk.
    fn resolve_in(&mut self, raw: &'a Node, path: &mut Vec<String>) -> Node {
        if self.budget == 0 {
            self.exhausted_at.get_or_insert(raw.span);
            return Self::unknown(raw, raw.display_value());
        }
        self.budget -= 1;
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
                }
            }
            _ => raw.clone(),
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
        if let Some((n, size)) = self.memo.get(&key) {
            // A copy costs what it copies: the budget bounds the whole document.
            if *size > self.budget {
                self.budget = 0;
                self.exhausted_at.get_or_insert(raw.span);
                return Self::unknown(raw, s.to_string());
            }
            self.budget -= size;
            return n.clone();
        }
        if let Some(pos) = self.stack.iter().position(|k| *k == key) {
            let chain: Vec<String> = self.stack[pos..]
                .iter()
                .chain(std::iter::once(&key))
                .map(|k| k.trim_start_matches('/').replace('/', "."))
                .collect();
            let chain = chain.join(" → ");
            self.report(vr002_reference_cycle::cycle(raw.span, s, &chain));
            let n = Self::unknown(raw, s.to_string());
            self.memo.insert(key, (n.clone(), 1));
            return n;
        }
        self.stack.push(key.clone());
        let this = self.this_of(path);
        let parts = expr::split(s);
        let whole = parts.len() == 1;
        let mut text = String::new();
        let mut unknown = false;
        let mut single: Option<Node> = None;
        let mut origins = Vec::new();
        for part in &parts {
            match part {
                Part::Text(t) => text.push_str(t),
                Part::Expr(e) => {
                    let out = match expr::parse(e) {
                        Some(x) => self.eval(&x, raw, this.as_deref(), e),
                        None => Out::Unknown,
                    };
                    match out {
                        // A looked-up value that is itself unknown: keep its text.
                        Out::Val(Node {
                            kind: Kind::Unknown(t),
                            ..
                        }) if !whole => {
                            unknown = true;
                            text.push_str(&t);
                        }
                        Out::Val(n) => {
                            if let Some(o) = definition_of(&n, raw.span) {
                                origins.push(o);
                            }
                            if whole {
                                single = Some(n);
                            } else {
                                match js_string(&n) {
                                    Some(t) => text.push_str(&t),
                                    None => {
                                        unknown = true;
                                        text.push_str(&format!("${{{e}}}"));
                                    }
                                }
                            }
                        }
                        Out::Unknown => {
                            unknown = true;
                            text.push_str(&format!("${{{e}}}"));
                        }
                    }
                }
            }
        }
        self.stack.pop();
        let node = match single {
            Some(n) => relocate(n, raw.span),
            None if unknown => Self::unknown(raw, text),
            None => Node {
                kind: Kind::Str(text),
                span: raw.span,
                origin: match origins.as_slice() {
                    [one] => Some(Box::new(*one)),
                    _ => raw.origin.clone(),
                },
                pointer: String::new(),
            },
        };
        self.memo.insert(key, (node.clone(), count_nodes(&node)));
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
        let mut cur: &'a Node = self.merged;
        for i in 0..tokens.len() {
            if let Kind::Str(s) = &cur.kind {
                if expr::has_expr(s) {
                    let resolved = self.resolve_node(cur, &tokens[..i]);
                    return self.navigate(resolved, &tokens, i, raw, text);
                }
            }
            let next = match &cur.kind {
                Kind::Map(_) => cur.get(&tokens[i]),
                Kind::Seq(items) => tokens[i].parse::<usize>().ok().and_then(|k| items.get(k)),
                Kind::Unknown(_) => return Out::Unknown,
                _ => None,
            };
            match next {
                Some(n) => cur = n,
                None => return self.missing(&tokens, i, cur, raw, text),
            }
        }
        Out::Val(self.resolve_node(cur, &tokens))
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
        self.diags.push(d);
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
                if secret_name(name) {
                    self.masked.push(raw.span);
                }
                let mut n = Node::new(Kind::Str(value), raw.span);
                n.origin = origin.map(Box::new);
                Out::Val(n)
            }
            (None, Some(d)) => self.eval(d, raw, this, text),
            // Set at deploy time, perhaps: unknown, not wrong.
            (None, None) => Out::Unknown,
        }
    }

    /// The string value of a call argument.
    fn arg_string(
        &mut self,
        e: &Expr,
        raw: &'a Node,
        this: Option<&str>,
        text: &str,
    ) -> Option<String> {
        match self.eval(e, raw, this, text) {
            Out::Val(n) => match n.kind {
                Kind::Str(s) => Some(s),
                _ => js_string(&n),
            },
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
                let Some(var) = args
                    .first()
                    .and_then(|a| self.arg_string(a, raw, this, text))
                else {
                    return Out::Unknown;
                };
                self.env_value(&var, args.get(1), raw, this, text)
            }
            "path" => {
                let Some(p) = args
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
                    Out::Val(Node::new(
                        Kind::Str(abs.to_string_lossy().into_owned()),
                        raw.span,
                    ))
                } else {
                    Out::Unknown
                }
            }
            "file" => {
                let Some(p) = args
                    .first()
                    .and_then(|a| self.arg_string(a, raw, this, text))
                else {
                    return Out::Unknown;
                };
                match self.edition {
                    // 3.x `file()` gives the text; `json(file())` parses it.
                    Edition::V3 => self.read_file_text(&p, raw, text),
                    // 1.x `file()` parses YAML or JSON.
                    Edition::V1 => self.read_file_parsed(&p, raw, text),
                }
            }
            "json" => match args.first() {
                Some(Expr::Call(f, inner)) if f == "file" => {
                    let Some(p) = inner
                        .first()
                        .and_then(|a| self.arg_string(a, raw, this, text))
                    else {
                        return Out::Unknown;
                    };
                    // JSON's own error message first; then read it again with spans.
                    if let Ok(id) = read_text(self.sources, &self.dir.join(&p)) {
                        if let Err(e) =
                            serde_json::from_str::<serde_json::Value>(&self.sources.get(id).text)
                        {
                            self.bad_json(raw, text, &e.to_string());
                            return Out::Unknown;
                        }
                    }
                    self.read_file_parsed(&p, raw, text)
                }
                Some(a) => match self.eval(a, raw, this, text) {
                    Out::Val(Node {
                        kind: Kind::Str(s), ..
                    }) => match serde_json::from_str::<serde_json::Value>(&s) {
                        Ok(v) => Out::Val(from_json(&v, raw.span)),
                        Err(e) => {
                            self.bad_json(raw, text, &e.to_string());
                            Out::Unknown
                        }
                    },
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

    fn file_missing(&mut self, raw: &Node, text: &str, rel: &str, reason: &str) -> Out {
        self.report(vr003_missing_file::unreadable_file(
            raw.span, text, rel, reason,
        ));
        Out::Unknown
    }

    fn bad_json(&mut self, raw: &Node, text: &str, reason: &str) {
        self.report(vr007_unparsable_included_file::unparsable(
            raw.span, text, reason,
        ));
    }

    fn read_file_text(&mut self, rel: &str, raw: &Node, text: &str) -> Out {
        let path = self.dir.join(rel);
        match read_text(self.sources, &path) {
            Ok(id) => {
                let src = self.sources.get(id);
                let mut n = Node::new(Kind::Str(src.text.clone()), raw.span);
                let end = src.pos_at_byte(src.text.len());
                n.origin = Some(Box::new(Span {
                    file: id,
                    start: src.pos_at_byte(0),
                    end,
                }));
                Out::Val(n)
            }
            Err(reason) => self.file_missing(raw, text, rel, &reason),
        }
    }

    fn read_file_parsed(&mut self, rel: &str, raw: &Node, text: &str) -> Out {
        let path = self.dir.join(rel);
        match load_yaml(self.sources, &path) {
            Loaded::Ok(n, parse_diags) => {
                if let Some(d) = parse_diags.iter().find(|d| d.severity == Severity::Error) {
                    let reason = d.message.en.clone();
                    self.bad_json(raw, text, &reason);
                    return Out::Unknown;
                }
                Out::Val(n)
            }
            Loaded::Empty => Out::Val(Node::new(Kind::Null, raw.span)),
            Loaded::Missing(reason) if path.is_file() => {
                self.bad_json(raw, text, &reason);
                Out::Unknown
            }
            Loaded::Missing(reason) => self.file_missing(raw, text, rel, &reason),
        }
    }
}

fn count_nodes(n: &Node) -> usize {
    1 + match &n.kind {
        Kind::Map(entries) => entries.iter().map(|e| count_nodes(&e.value)).sum(),
        Kind::Seq(items) => items.iter().map(count_nodes).sum(),
        _ => 0,
    }
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
