//! The files a document makes the resolver read — `extend` bases, `.env`, `${file()}`,
//! `${json(file())}` — always through the confined [`Reader`], and how a read that failed is
//! reported (VR003, VR007, VR009).

use super::*;

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
pub(super) fn load_dotenv(
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

impl Resolver<'_> {
    /// How a path argument is named in messages: as written, unless it came from the
    /// environment.
    pub(super) fn shown_path(arg: &(String, bool), text: &str) -> (String, String) {
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

    pub(super) fn file_missing(
        &mut self,
        raw: &Node,
        text: &str,
        arg: &(String, bool),
        reason: &str,
    ) -> Out {
        let rel = match arg {
            (_, true) => None,
            (rel, false) => Some(rel.as_str()),
        };
        self.report(vr003_missing_file::unreadable_file(
            raw.span, text, rel, reason,
        ));
        Out::Unknown
    }

    pub(super) fn outside_root(&mut self, raw: &Node, text: &str, arg: &(String, bool)) -> Out {
        let (en, zh) = Self::shown_path(arg, text);
        self.report(vr009_read_outside_project_root::outside_root(
            raw.span, en, zh,
        ));
        Out::Unknown
    }

    pub(super) fn bad_json(&mut self, raw: &Node, text: &str, reason: &str) {
        self.report(vr007_unparsable_included_file::unparsable(
            raw.span, text, reason,
        ));
    }

    /// `${file('./f')}` in edition 3: the text of the file, sensitive.
    pub(super) fn read_file_text(&mut self, arg: &(String, bool), raw: &Node, text: &str) -> Out {
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
    pub(super) fn read_file_parsed(
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
