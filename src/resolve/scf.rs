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
//! A value read from an environment variable whose name looks secret is marked at its use site
//! (`masked`), as for s.yaml: `fclint preview` prints it as `******`.

use std::collections::HashMap;
use std::path::Path;

use super::expr::{self, Part};
use super::{dotenv, ResolveOptions, Resolved};
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
    let dotenv = read_dotenv(sources, &dir);
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
        masked: Vec::new(),
        budget: limits::RESOLVE_NODE_BUDGET,
    };
    let out = r.node(&root, 0);
    Resolved {
        root: out,
        diagnostics: Vec::new(),
        masked: r.masked,
        edition: Edition::V1,
    }
}

/// `.env` beside the file, as the CLI's dotenv reads it from its working directory.
fn read_dotenv(sources: &mut SourceMap, dir: &Path) -> HashMap<String, (String, Span)> {
    let mut env = HashMap::new();
    let path = dir.join(".env");
    let id = match sources.find(&path) {
        Some(id) => id,
        None => {
            let Ok(meta) = std::fs::metadata(&path) else {
                return env;
            };
            if !meta.is_file() || meta.len() > limits::MAX_FILE_BYTES {
                return env;
            }
            let Ok(text) = std::fs::read_to_string(&path) else {
                return env;
            };
            sources.add(path, text)
        }
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
    masked: Vec<Span>,
    budget: usize,
}

/// The deepest `${self:…}` chain followed.
const MAX_SELF_DEPTH: usize = 32;

impl<'a> ScfResolver<'a> {
    fn node(&mut self, raw: &Node, depth: usize) -> Node {
        if self.budget == 0 {
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
        let mut origin = None;
        for part in &parts {
            match part {
                Part::Text(t) => text.push_str(t),
                Part::Expr(e) => match self.eval(e.trim(), raw, depth) {
                    Val::Node(n) if whole => return relocate(n, raw.span),
                    Val::Node(n) => match scalar_text(&n) {
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
                    },
                    Val::Unknown => {
                        unknown = true;
                        text.push_str(&format!("${{{e}}}"));
                    }
                },
            }
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
                match (self.env(var, raw), fallback) {
                    (Val::Unknown, Some(f)) if !components => literal(f, raw.span),
                    (v, _) => v,
                }
            }
            (_, None) if components => {
                if let Some(var) = e.strip_prefix("env.") {
                    return self.env(var.trim(), raw);
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

    /// An environment variable: `--env`, the process environment, then `.env`.
    fn env(&mut self, name: &str, raw: &Node) -> Val {
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
                if super::secret_name(name) {
                    self.masked.push(raw.span);
                }
                let mut n = Node::new(Kind::Str(value), raw.span);
                n.origin = origin.map(Box::new);
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

    fn resolved(form: ScfForm, text: &str, env: &[(&str, &str)]) -> (Node, Vec<Span>) {
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
        };
        let r = resolve(&mut sources, file, form, root, &opts);
        (r.root, r.masked)
    }

    fn at<'n>(n: &'n Node, path: &[&str]) -> &'n Node {
        n.at(path).unwrap()
    }

    #[test]
    fn components_variables() {
        let (n, masked) = resolved(
            ScfForm::Component,
            "component: scf\nname: api\napp: shop\ninputs:\n  name: ${name}-${stage}-${app}\n  region: ${env:REGION}\n  topic: ${env.TOPIC}\n  org: ${org}\n  out: ${output:dev:shop:db.name}\n  n: ${env:N}\n  pw: ${env.DB_PASSWORD}\n",
            &[("REGION", "ap-shanghai"), ("N", "12"), ("DB_PASSWORD", "hunter2")],
        );
        assert_eq!(at(&n, &["inputs", "name"]).as_str(), Some("api-dev-shop"));
        assert_eq!(at(&n, &["inputs", "region"]).as_str(), Some("ap-shanghai"));
        // Unset: unknown, never the CLI's literal `undefined`.
        assert!(at(&n, &["inputs", "topic"]).is_unknown());
        assert!(at(&n, &["inputs", "org"]).is_unknown());
        assert!(at(&n, &["inputs", "out"]).is_unknown());
        // Values from the environment stay strings, as in the CLI.
        assert_eq!(at(&n, &["inputs", "n"]).as_str(), Some("12"));
        // Only the secret-looking name is masked, at its use site.
        assert_eq!(masked, vec![at(&n, &["inputs", "pw"]).span]);
    }

    #[test]
    fn app_defaults_to_name_and_stage_to_dev() {
        let (n, _) = resolved(
            ScfForm::Multi,
            "component: multi-scf\nname: demo\nstage: ${env:STAGE}\ninputs:\n  a: ${app}\n  s: ${stage}\n",
            &[("STAGE", "prod")],
        );
        assert_eq!(at(&n, &["inputs", "a"]).as_str(), Some("demo"));
        assert_eq!(at(&n, &["inputs", "s"]).as_str(), Some("prod"));
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
}
