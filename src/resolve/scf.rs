//! Variables of a Tencent Cloud SCF `serverless.yml`, resolved the way its deploying tool
//! does, or left unknown — never guessed.
//!
//! Serverless Components (`component: scf` / `multi-scf`, `limits::SRC_SLS_COMPONENTS_VARS`):
//! `${env:X}` (the CLI's own resolver, `limits::SRC_SLS_COMPONENTS_CLI`) and `${env.X}` (the
//! form the `scf` component's docs recommend) read the environment — `--env NAME=VALUE`, the
//! process environment, then the `.env` beside the file; `${name}`, `${stage}`, `${app}` and
//! `${org}` read the file's top-level keys, with the CLI's defaults (`stage` is
//! `limits::SCF_STAGE_DEFAULT`, `app` is `name`). `${output:…}` exists only after a deploy, and
//! `org` without a value, or `app`/`stage`/`org` when a parent directory holds a
//! `serverless.yml` (whose values the CLI prefers), are not known offline.
//!
//! Serverless Framework v1 (`serverless-tencent-scf`): `${env:X}` and `${self:a.b}` (with an
//! optional `, 'fallback'`); `${opt:…}` depends on the command line and is unknown, like
//! every other source (`${file(…)}`, `${ssm:…}`, `${cf:…}`).
//!
//! A value read from the environment or a `.env` file is *sensitive*, as for s.yaml (see
//! [`crate::source::Shown::Sensitive`]): it keeps the expression it came from through `${self:…}`
//! and interpolation, every output shows that expression instead of the value, and `fclint
//! preview` prints it as `******`. The `.env` is read through the confined reader (inside the
//! project root, a bounded regular file), and the text interpolation builds is bounded (VR008).

use std::collections::HashMap;
use std::path::Path;

use super::confine::{ReadError, Reader};
use super::expr::{self, Part};
use super::rules::{vr008_variable_expansion_too_large, vr009_read_outside_project_root};
use super::{dotenv, ResolveOptions, Resolved};
use crate::diag::Diagnostic;
use crate::limits;
use crate::model::scf::ScfForm;
use crate::model::Edition;
use crate::source::{Entry, FileId, Kind, Node, SourceMap, Span};

/// Resolve the variables of an SCF document `root` parsed from `file`.
pub fn resolve(
    sources: &mut SourceMap,
    file: FileId,
    form: ScfForm,
    root: Node,
    opts: &ResolveOptions,
) -> Resolved {
    let path = sources.get(file).path.clone();
    let dir = path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| std::path::PathBuf::from("."));
    let mut diagnostics = Vec::new();
    let mut reader = Reader::for_file(&path, opts.allow_outside_root);
    let dotenv = read_dotenv(sources, &mut reader, &dir, &root, &mut diagnostics);
    let parent_config = [
        "serverless.yml",
        "serverless.yaml",
        "serverless.json",
        "serverless.js",
    ]
    .iter()
    .any(|n| dir.join("..").join(n).is_file());
    let mut r = ScfResolver {
        raw: &root,
        form,
        opts,
        dotenv,
        parent_config,
        meta: HashMap::new(),
        stack: Vec::new(),
        budget: limits::RESOLVE_NODE_BUDGET,
        bytes: limits::RESOLVE_BYTE_BUDGET,
        exhausted_at: None,
    };
    let out = r.node(&root, 0);
    if let Some(span) = r.exhausted_at {
        diagnostics.push(vr008_variable_expansion_too_large::too_large(
            span,
            limits::RESOLVE_NODE_BUDGET,
            limits::RESOLVE_BYTE_BUDGET,
        ));
    }
    Resolved {
        root: out,
        diagnostics,
        unshown: Default::default(),
        edition: Edition::V1,
    }
}

/// `.env` beside the file, as the CLI's dotenv reads it from its working directory: a bounded
/// regular file inside the project root, whose values are sensitive (VR009 when it links out).
fn read_dotenv(
    sources: &mut SourceMap,
    reader: &mut Reader,
    dir: &Path,
    root: &Node,
    diags: &mut Vec<Diagnostic>,
) -> HashMap<String, (String, Span)> {
    let mut env = HashMap::new();
    let path = dir.join(".env");
    if !path.is_file() {
        return env;
    }
    let id = match reader.read(sources, &path, limits::MAX_INCLUDED_FILE_BYTES, true) {
        Ok(id) => id,
        Err(ReadError::Outside) => {
            diags.push(vr009_read_outside_project_root::outside_root(
                root.span,
                "`.env` (read for `${env:…}`)".to_string(),
                "`.env`（供 `${env:…}` 读取）".to_string(),
            ));
            return env;
        }
        Err(ReadError::Unreadable(_)) => return env,
    };
    for v in dotenv::parse(id, sources.get(id)) {
        env.entry(v.key).or_insert((v.value, v.span));
    }
    env
}

/// What one `${…}` gave.
enum Val {
    Node(Node),
    Unknown,
}

struct ScfResolver<'a> {
    raw: &'a Node,
    form: ScfForm,
    opts: &'a ResolveOptions,
    dotenv: HashMap<String, (String, Span)>,
    /// A `serverless.*` in the parent directory overrides `app`, `stage` and `org`.
    parent_config: bool,
    /// `name`, `stage`, `app`, `org`, resolved once.
    meta: HashMap<&'static str, Option<Node>>,
    /// `${self:…}` paths being resolved, to stop cycles.
    stack: Vec<String>,
    /// Values still allowed to be built.
    budget: usize,
    /// Bytes of interpolated text still allowed to be built (string doubling through
    /// `${self:…}` stops here).
    bytes: usize,
    exhausted_at: Option<Span>,
}

/// The deepest `${self:…}` chain followed.
const MAX_SELF_DEPTH: usize = 32;

impl<'a> ScfResolver<'a> {
    fn node(&mut self, raw: &Node, depth: usize) -> Node {
        if self.budget == 0 {
            // Reported once (VR008); what lies beyond is unknown.
            self.exhausted_at.get_or_insert(raw.span);
            return unknown_at(raw, raw.display_value());
        }
        self.budget -= 1;
        match &raw.kind {
            Kind::Str(s) if expr::has_expr(s) => self.string(raw, s, depth),
            Kind::Map(entries) => {
                let mut out = Vec::with_capacity(entries.len());
                for e in entries {
                    out.push(Entry {
                        key: e.key.clone(),
                        key_span: e.key_span,
                        value: self.node(&e.value, depth),
                    });
                }
                with_kind(raw, Kind::Map(out))
            }
            Kind::Seq(items) => {
                let out = items.iter().map(|i| self.node(i, depth)).collect();
                with_kind(raw, Kind::Seq(out))
            }
            _ => raw.clone(),
        }
    }

    /// A string with `${…}` parts: one whole expression takes the value's type; several are
    /// joined as text; any unknown part makes the whole unknown.
    fn string(&mut self, raw: &Node, s: &str, depth: usize) -> Node {
        let parts = expr::split(s);
        let whole = parts.len() == 1;
        let mut text = String::new();
        let mut unknown = false;
        let mut sensitive = false;
        let mut origin = None;
        for part in &parts {
            match part {
                Part::Text(t) => text.push_str(t),
                Part::Expr(e) => match self.eval(e.trim(), raw, depth) {
                    Val::Node(n) if whole => return relocate(n, raw.span),
                    Val::Node(n) => {
                        sensitive |= n.is_sensitive();
                        match scalar_text(&n) {
                            Some(t) => {
                                if let Some(o) = n.origin.as_deref() {
                                    origin = Some(*o);
                                } else if n.span != raw.span {
                                    origin = Some(n.span);
                                }
                                text.push_str(&t);
                            }
                            None => {
                                unknown = true;
                                text.push_str(&format!("${{{e}}}"));
                            }
                        }
                    }
                    Val::Unknown => {
                        unknown = true;
                        text.push_str(&format!("${{{e}}}"));
                    }
                },
            }
            // Interpolation builds new text: it costs its bytes.
            if text.len() > self.bytes {
                self.bytes = 0;
                self.budget = 0;
                self.exhausted_at.get_or_insert(raw.span);
                return unknown_at(raw, s.to_string());
            }
        }
        self.bytes -= text.len();
        // The text of an unknown value is printed: never with a sensitive part in it.
        if unknown && sensitive {
            let mut n = unknown_at(raw, s.to_string());
            n.mark_sensitive(s);
            return n;
        }
        if unknown {
            return unknown_at(raw, text);
        }
        let mut n = with_kind(raw, Kind::Str(text));
        if parts.len() > 1 {
            if let Some(o) = origin {
                n.origin = Some(Box::new(o));
            }
        }
        if sensitive {
            n.mark_sensitive(s);
        }
        n
    }

    fn eval(&mut self, e: &str, raw: &Node, depth: usize) -> Val {
        let (head, rest) = match e.split_once(':') {
            Some((h, r)) => (h.trim(), Some(r.trim())),
            None => (e, None),
        };
        let components = self.form != ScfForm::FrameworkV1;
        match (head, rest) {
            ("env", Some(var)) => {
                let (var, fallback) = split_fallback(var);
                match (self.env(var, e, raw), fallback) {
                    (Val::Unknown, Some(f)) if !components => literal(f, raw.span),
                    (v, _) => v,
                }
            }
            (_, None) if components => {
                if let Some(var) = e.strip_prefix("env.") {
                    return self.env(var.trim(), e, raw);
                }
                match e {
                    "name" => self.meta("name", depth),
                    "stage" => self.meta("stage", depth),
                    "app" => self.meta("app", depth),
                    "org" => self.meta("org", depth),
                    _ => Val::Unknown,
                }
            }
            ("self", Some(path)) if !components => {
                let (path, fallback) = split_fallback(path);
                match (self.self_ref(path, depth), fallback) {
                    (Val::Unknown, Some(f)) => literal(f, raw.span),
                    (v, _) => v,
                }
            }
            _ => Val::Unknown,
        }
    }

    /// An environment variable: `--env`, the process environment, then `.env`; sensitive,
    /// shown as `${expr}`.
    fn env(&mut self, name: &str, expr: &str, raw: &Node) -> Val {
        if name.is_empty() {
            return Val::Unknown;
        }
        let found = self
            .opts
            .env
            .get(name)
            .map(|v| (v.clone(), None))
            .or_else(|| {
                self.opts
                    .use_process_env
                    .then(|| std::env::var(name).ok())
                    .flatten()
                    .map(|v| (v, None))
            });
        let found = found.or_else(|| self.dotenv.get(name).map(|(v, s)| (v.clone(), Some(*s))));
        match found {
            Some((value, origin)) => {
                let mut n = Node::new(Kind::Str(value), raw.span);
                n.origin = origin.map(Box::new);
                n.mark_sensitive(&format!("${{{expr}}}"));
                Val::Node(n)
            }
            None => Val::Unknown,
        }
    }

    /// `${name}`, `${stage}`, `${app}`, `${org}` of the Components CLI.
    fn meta(&mut self, key: &'static str, depth: usize) -> Val {
        if let Some(v) = self.meta.get(key) {
            return v.clone().map(Val::Node).unwrap_or(Val::Unknown);
        }
        // A cycle (`name: ${app}` with no `app`) reads as unknown.
        self.meta.insert(key, None);
        let overridden = self.parent_config && key != "name";
        let written = self
            .raw
            .get(key)
            .filter(|n| !n.is_null() && n.as_str() != Some(""));
        let v = if overridden || depth > MAX_SELF_DEPTH {
            None
        } else {
            match (key, written) {
                (_, Some(n)) => {
                    let n = self.node(n, depth + 1);
                    (!n.is_unknown()).then_some(n)
                }
                ("stage", None) => Some(Node::new(
                    Kind::Str(limits::SCF_STAGE_DEFAULT.into()),
                    self.raw.span,
                )),
                ("app", None) => match self.meta("name", depth + 1) {
                    Val::Node(n) => Some(n),
                    Val::Unknown => None,
                },
                _ => None,
            }
        };
        self.meta.insert(key, v.clone());
        v.map(Val::Node).unwrap_or(Val::Unknown)
    }

    /// `${self:a.b.c}` of Framework v1: the value at that path, resolved.
    fn self_ref(&mut self, path: &str, depth: usize) -> Val {
        if depth > MAX_SELF_DEPTH || self.stack.iter().any(|p| p == path) {
            return Val::Unknown;
        }
        let mut cur = self.raw;
        for token in path.split('.').filter(|t| !t.is_empty()) {
            let next = match &cur.kind {
                Kind::Map(_) => cur.get(token),
                Kind::Seq(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
                _ => None,
            };
            match next {
                Some(n) => cur = n,
                None => return Val::Unknown,
            }
        }
        self.stack.push(path.to_string());
        let n = self.node(cur, depth + 1);
        self.stack.pop();
        if n.contains_unknown() && !n.is_map() && !matches!(n.kind, Kind::Seq(_)) {
            return Val::Unknown;
        }
        Val::Node(n)
    }
}

/// `X, 'fallback'` → (`X`, `Some("fallback")`).
fn split_fallback(s: &str) -> (&str, Option<&str>) {
    match s.split_once(',') {
        Some((v, f)) => (v.trim(), Some(f.trim())),
        None => (s.trim(), None),
    }
}

/// A fallback literal: `'dev'`, `"dev"` or a number; anything else is not evaluated.
fn literal(f: &str, span: Span) -> Val {
    let quoted = f
        .strip_prefix('\'')
        .and_then(|x| x.strip_suffix('\''))
        .or_else(|| f.strip_prefix('"').and_then(|x| x.strip_suffix('"')));
    if let Some(q) = quoted {
        return Val::Node(Node::new(Kind::Str(q.to_string()), span));
    }
    match f.parse::<i64>() {
        Ok(i) => Val::Node(Node::new(Kind::Int(i), span)),
        Err(_) => Val::Unknown,
    }
}

fn scalar_text(n: &Node) -> Option<String> {
    match &n.kind {
        Kind::Str(s) => Some(s.clone()),
        Kind::Int(i) => Some(i.to_string()),
        Kind::Float(f) => Some(crate::source::format_float_pub(*f)),
        Kind::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn with_kind(raw: &Node, kind: Kind) -> Node {
    Node {
        kind,
        span: raw.span,
        origin: raw.origin.clone(),
        pointer: String::new(),
        shown: raw.shown.clone(),
    }
}

fn unknown_at(raw: &Node, text: String) -> Node {
    with_kind(raw, Kind::Unknown(text))
}

/// A value looked up elsewhere, moved to where it is used (remembering where it was written).
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{parse, ParseLimits};

    fn resolved(form: ScfForm, text: &str, env: &[(&str, &str)]) -> (Node, Vec<Diagnostic>) {
        let mut sources = SourceMap::new();
        let file = sources.add("/nonexistent-fclint-scf/serverless.yml".into(), text.into());
        let root = parse(file, sources.get(file), ParseLimits::default())
            .root
            .unwrap();
        let opts = ResolveOptions {
            env: env
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            use_process_env: false,
            allow_outside_root: false,
        };
        let r = resolve(&mut sources, file, form, root, &opts);
        (r.root, r.diagnostics)
    }

    /// The string a node holds, sensitive or not (the typed accessors do not hand out a
    /// sensitive one).
    fn text(n: &Node) -> Option<&str> {
        match &n.kind {
            Kind::Str(s) => Some(s),
            _ => None,
        }
    }

    fn at<'n>(n: &'n Node, path: &[&str]) -> &'n Node {
        n.at(path).unwrap()
    }

    #[test]
    fn components_variables() {
        let (n, _) = resolved(
            ScfForm::Component,
            "component: scf\nname: api\napp: shop\ninputs:\n  name: ${name}-${stage}-${app}\n  region: ${env:REGION}\n  topic: ${env.TOPIC}\n  org: ${org}\n  out: ${output:dev:shop:db.name}\n  n: ${env:N}\n  pw: ${env.DB_PASSWORD}\n",
            &[("REGION", "ap-shanghai"), ("N", "12"), ("DB_PASSWORD", "hunter2")],
        );
        assert_eq!(at(&n, &["inputs", "name"]).as_str(), Some("api-dev-shop"));
        // From the environment: the value, checked, but sensitive (never shown).
        let region = at(&n, &["inputs", "region"]);
        assert_eq!(text(region), Some("ap-shanghai"));
        assert_eq!(region.as_str(), None);
        assert_eq!(region.sensitive(), Some("${env:REGION}"));
        // Unset: unknown, never the CLI's literal `undefined`.
        assert!(at(&n, &["inputs", "topic"]).is_unknown());
        assert!(at(&n, &["inputs", "org"]).is_unknown());
        assert!(at(&n, &["inputs", "out"]).is_unknown());
        // Values from the environment stay strings, as in the CLI.
        assert_eq!(text(at(&n, &["inputs", "n"])), Some("12"));
        // Every value from the environment is sensitive, not only secret-looking names.
        assert_eq!(
            at(&n, &["inputs", "pw"]).sensitive(),
            Some("${env.DB_PASSWORD}")
        );
    }

    #[test]
    fn app_defaults_to_name_and_stage_to_dev() {
        let (n, _) = resolved(
            ScfForm::Multi,
            "component: multi-scf\nname: demo\nstage: ${env:STAGE}\ninputs:\n  a: ${app}\n  s: ${stage}\n",
            &[("STAGE", "prod")],
        );
        assert_eq!(at(&n, &["inputs", "a"]).as_str(), Some("demo"));
        assert_eq!(text(at(&n, &["inputs", "s"])), Some("prod"));
        assert_eq!(at(&n, &["inputs", "s"]).sensitive(), Some("${env:STAGE}"));
    }

    #[test]
    fn framework_v1_self_and_env() {
        let (n, _) = resolved(
            ScfForm::FrameworkV1,
            "service: s\nprovider:\n  name: tencent\n  stage: ${opt:stage, 'dev'}\ncustom:\n  topic: orders\n  loop: ${self:custom.loop}\nfunctions:\n  f:\n    t: ${self:custom.topic}\n    s: ${self:provider.stage}\n    e: ${env:NOPE, 'x'}\n    l: ${self:custom.loop}\n    c: ${name}\n",
            &[],
        );
        assert_eq!(at(&n, &["functions", "f", "t"]).as_str(), Some("orders"));
        assert!(at(&n, &["functions", "f", "s"]).is_unknown());
        assert_eq!(at(&n, &["functions", "f", "e"]).as_str(), Some("x"));
        assert!(at(&n, &["functions", "f", "l"]).is_unknown());
        // `${name}` is a Components variable, not one of v1.
        assert!(at(&n, &["functions", "f", "c"]).is_unknown());
        // The looked-up value points back at its definition.
        let t = at(&n, &["functions", "f", "t"]);
        assert_eq!(t.origin.as_deref().map(|o| o.start.line), Some(6));
    }

    #[test]
    fn interpolated_environment_values_stay_sensitive_and_doubling_stops() {
        let (n, _) = resolved(
            ScfForm::Component,
            "component: scf\nname: api\ninputs:\n  a: pre-${env:X}-post\n  b: ${env:X}-${output:dev:a:b}\n",
            &[("X", "cnry")],
        );
        let a = at(&n, &["inputs", "a"]);
        assert_eq!(a.sensitive(), Some("pre-${env:X}-post"));
        // Unknown with a sensitive part: its text is the expression, never the value.
        let b = at(&n, &["inputs", "b"]);
        assert!(b.is_unknown() && b.sensitive().is_some());
        assert!(!b.display_value().contains("cnry"));
        let mut doubling =
            String::from("service: s\nprovider:\n  name: tencent\ncustom:\n  s0: ab\n");
        for i in 1..32 {
            doubling.push_str(&format!(
                "  s{i}: ${{self:custom.s{p}}}${{self:custom.s{p}}}\n",
                p = i - 1
            ));
        }
        doubling.push_str("functions:\n  f:\n    d: ${self:custom.s31}\n");
        let (_, diags) = resolved(ScfForm::FrameworkV1, &doubling, &[]);
        assert!(
            diags.iter().any(|d| d.code == crate::codes::Code::VR008),
            "{diags:?}"
        );
    }
}
