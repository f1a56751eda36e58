//! The open documents: their text as the client edits it, their checks, and what has been
//! published for each file (a document's findings may fall in other files, such as a base file).

use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use lsp_types as lt;

use crate::source::SourceFile;

use super::analysis::Analysis;
use super::server::{panic_text, Server};
use super::{diagnostics, position, uri};

/// One open document.
pub(super) struct Doc {
    pub(super) uri: lt::Uri,
    pub(super) version: i32,
    pub(super) text: SourceFile,
    /// Checked by fclint: an s.yaml by its name or its content (or every YAML document with
    /// the `files: "all"` initialization option).
    pub(super) ours: bool,
    /// The check of `version`; `None` while the document is dirty.
    pub(super) analysis: Option<Arc<Analysis>>,
    /// The last check, of this version or an earlier one.
    pub(super) last: Option<Arc<Analysis>>,
    /// The version whose check panicked: not retried until the text changes.
    pub(super) failed: Option<i32>,
}

/// Is this document an s.yaml? By its name (`s.yaml`, `s.yml`, `s.dev.yaml`, `s-http.yaml`,
/// `s_en.yaml` …) or by its content (a top-level `edition:`, or `resources:` / `services:` with
/// a `component:`), so that other YAML files an editor sends (workflows, manifests) get no
/// s.yaml findings. A Tencent Cloud SCF `serverless.yml` is taken by its content too
/// ([`crate::model::scf::looks_like_scf`]), whatever its name.
pub fn looks_like_s_yaml(path: &Path, text: &str) -> bool {
    if crate::model::scf::looks_like_scf(text) {
        return true;
    }
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let stem_ok = name
        .strip_suffix(".yaml")
        .or_else(|| name.strip_suffix(".yml"))
        .is_some_and(|stem| {
            stem == "s"
                || stem.starts_with("s.")
                || stem.starts_with("s-")
                || stem.starts_with("s_")
        });
    if stem_ok {
        return true;
    }
    let mut section = false;
    for line in text.lines() {
        if line.starts_with("edition:") {
            return true;
        }
        if line.starts_with("resources:") || line.starts_with("services:") {
            section = true;
        }
        if section && line.trim_start().starts_with("component:") {
            return true;
        }
    }
    false
}

impl Server {
    pub(super) fn open(&mut self, uri: lt::Uri, version: i32, text: String) {
        let Some(path) = uri::to_path(&uri) else {
            return;
        };
        let ours = self.all_yaml || looks_like_s_yaml(&path, &text);
        let display = path.display().to_string();
        let doc = Doc {
            uri,
            version,
            text: SourceFile::new(path.clone(), display, text),
            ours,
            analysis: None,
            last: None,
            failed: None,
        };
        self.docs.insert(path.clone(), doc);
        self.mark_dirty(path);
    }

    pub(super) fn mark_dirty(&mut self, path: PathBuf) {
        self.dirty.retain(|p| *p != path);
        if let Some(d) = self.docs.get_mut(&path) {
            d.analysis = None;
        }
        self.dirty.push(path);
    }

    pub(super) fn change(&mut self, p: lt::DidChangeTextDocumentParams) {
        let Some(path) = uri::to_path(&p.text_document.uri) else {
            return;
        };
        let enc = self.enc;
        let all_yaml = self.all_yaml;
        let Some(doc) = self.docs.get_mut(&path) else {
            return;
        };
        let mut text = std::mem::take(&mut doc.text.text);
        for c in p.content_changes {
            match c.range {
                None => text = c.text,
                Some(r) => {
                    let cur = SourceFile::new(path.clone(), String::new(), text);
                    let start = position::from_lsp(&cur, r.start, enc).byte as usize;
                    let end = position::from_lsp(&cur, r.end, enc).byte as usize;
                    text = cur.text;
                    let (start, end) = (start.min(end), end.max(start));
                    text.replace_range(start..end.min(text.len()), &c.text);
                }
            }
        }
        doc.version = p.text_document.version;
        doc.ours = all_yaml || looks_like_s_yaml(&path, &text);
        let display = std::mem::take(&mut doc.text.display);
        doc.text = SourceFile::new(path.clone(), display, text);
        doc.failed = None;
        self.mark_dirty(path);
    }

    pub(super) fn close(&mut self, uri: &lt::Uri) {
        let Some(path) = uri::to_path(uri) else {
            return;
        };
        self.docs.remove(&path);
        self.dirty.retain(|p| *p != path);
        let targets: Vec<PathBuf> = self
            .contributions
            .remove(&path)
            .map(|c| c.into_iter().map(|(t, _)| t).collect())
            .unwrap_or_default();
        let mut seen = HashSet::new();
        for t in targets.into_iter().chain([path.clone()]) {
            if seen.insert(t.clone()) {
                self.publish(&t, Some(uri.clone()), true);
            }
        }
    }

    /// A file changed on disk (saved, created, deleted): check again the documents that read it.
    pub(super) fn file_changed(&mut self, changed: &Path) {
        let changed = uri::normalize(changed);
        let dependents: Vec<PathBuf> = self
            .docs
            .iter()
            .filter(|(p, d)| {
                **p != changed
                    && d.ours
                    && d.last.as_ref().is_some_and(|a| a.depends_on(p, &changed))
            })
            .map(|(p, _)| p.clone())
            .collect();
        for p in dependents {
            // Behind the documents being edited: those are checked first.
            self.dirty.retain(|d| *d != p);
            if let Some(d) = self.docs.get_mut(&p) {
                d.analysis = None;
            }
            self.dirty.insert(0, p);
        }
    }

    /// Check a document now, catching a panic, and publish what changed.
    pub(super) fn analyze(&mut self, path: &Path) {
        self.dirty.retain(|p| p != path);
        let Some(doc) = self.docs.get(path) else {
            return;
        };
        if !doc.ours {
            if self.contributions.contains_key(path) {
                self.set_contributions(path, Vec::new());
            }
            return;
        }
        if doc.failed == Some(doc.version) {
            return;
        }
        let text = doc.text.text.clone();
        let version = doc.version;
        let owned = path.to_path_buf();
        match catch_unwind(AssertUnwindSafe(|| Analysis::run(&owned, text))) {
            Ok(a) => {
                let a = Arc::new(a);
                let lang = self.lang;
                let enc = self.enc;
                let mut list: Vec<(PathBuf, lt::Diagnostic)> = a
                    .diagnostics
                    .iter()
                    .map(|d| diagnostics::convert(&a, d, lang, enc))
                    .collect();
                if let Some(e) = &a.config_error {
                    list.push((path.to_path_buf(), config_error(e)));
                }
                if let Some(d) = self.docs.get_mut(path) {
                    d.analysis = Some(a.clone());
                    d.last = Some(a);
                }
                self.set_contributions(path, list);
            }
            Err(panic) => {
                if let Some(d) = self.docs.get_mut(path) {
                    d.failed = Some(version);
                }
                self.log(
                    lt::MessageType::ERROR,
                    format!(
                        "fclint lsp: checking {} failed ({}); the server goes on",
                        path.display(),
                        panic_text(&panic)
                    ),
                );
            }
        }
    }

    pub(super) fn set_contributions(&mut self, owner: &Path, list: Vec<(PathBuf, lt::Diagnostic)>) {
        let mut targets: Vec<PathBuf> = vec![owner.to_path_buf()];
        for (t, _) in self.contributions.get(owner).into_iter().flatten() {
            if !targets.contains(t) {
                targets.push(t.clone());
            }
        }
        for (t, _) in &list {
            if !targets.contains(t) {
                targets.push(t.clone());
            }
        }
        self.contributions.insert(owner.to_path_buf(), list);
        for t in targets {
            let own = t == owner;
            self.publish(&t, None, own);
        }
    }

    /// Publish the findings of every open document that fall in `target`; `force` publishes
    /// even when nothing changed (a document's own findings after each check, with its version).
    pub(super) fn publish(&mut self, target: &Path, uri: Option<lt::Uri>, force: bool) {
        let mut list: Vec<lt::Diagnostic> = Vec::new();
        for entries in self.contributions.values() {
            for (t, d) in entries {
                if t == target && !list.contains(d) {
                    list.push(d.clone());
                }
            }
        }
        list.sort_by(|a, b| {
            (a.range.start.line, a.range.start.character)
                .cmp(&(b.range.start.line, b.range.start.character))
                .then_with(|| code_of(a).cmp(code_of(b)))
                .then_with(|| a.message.cmp(&b.message))
        });
        if !force && self.published.get(target) == Some(&list) {
            return;
        }
        if list.is_empty() && !force && !self.published.contains_key(target) {
            return;
        }
        let doc = self.docs.get(target);
        let Some(uri) = uri
            .or_else(|| doc.map(|d| d.uri.clone()))
            .or_else(|| uri::from_path(target))
        else {
            return;
        };
        let version = doc.filter(|d| d.analysis.is_some()).map(|d| d.version);
        self.notify::<lt::notification::PublishDiagnostics>(lt::PublishDiagnosticsParams {
            uri,
            diagnostics: list.clone(),
            version,
        });
        if list.is_empty() {
            self.published.remove(target);
        } else {
            self.published.insert(target.to_path_buf(), list);
        }
    }

    /// The document at `uri`, checked at its current version (checked now if it is dirty).
    pub(super) fn fresh(&mut self, uri: &lt::Uri) -> Option<(Arc<Analysis>, PathBuf)> {
        let path = uri::to_path(uri)?;
        let doc = self.docs.get(&path)?;
        if !doc.ours {
            return None;
        }
        if doc.analysis.is_none() {
            self.analyze(&path);
        }
        let a = self.docs.get(&path)?.analysis.clone()?;
        Some((a, path))
    }
}

fn code_of(d: &lt::Diagnostic) -> &str {
    match &d.code {
        Some(lt::NumberOrString::String(s)) => s,
        _ => "",
    }
}

/// A broken `fclint.toml`: `check` stops with this error (exit code 2); the editor shows it
/// at the top of the document.
fn config_error(e: &str) -> lt::Diagnostic {
    lt::Diagnostic {
        range: lt::Range::default(),
        severity: Some(lt::DiagnosticSeverity::ERROR),
        source: Some(diagnostics::SOURCE.into()),
        message: printable(e),
        ..Default::default()
    }
}

/// Control characters shown as `\u{…}` escapes (line breaks and tabs kept).
fn printable(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                format!("\\u{{{:x}}}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn s_yaml_by_name_or_content() {
        for name in [
            "s.yaml",
            "s.yml",
            "s.dev.yaml",
            "s-http.yaml",
            "s_en.yaml",
            "S.YAML",
        ] {
            assert!(looks_like_s_yaml(Path::new(name), ""), "{name}");
        }
        for name in ["docker-compose.yml", "sam.yaml", "values.yaml"] {
            assert!(!looks_like_s_yaml(Path::new(name), "a: 1\n"), "{name}");
        }
        assert!(looks_like_s_yaml(
            Path::new("base.yaml"),
            "name: x\nedition: 3.0.0\n"
        ));
        assert!(looks_like_s_yaml(
            Path::new("prod.yaml"),
            "services:\n  fc:\n    component: fc\n"
        ));
        assert!(!looks_like_s_yaml(
            Path::new("ci.yml"),
            "jobs:\n  build:\n    component: x\n"
        ));
        assert!(looks_like_s_yaml(
            Path::new("serverless.yml"),
            "component: scf\nname: a\ninputs: {}\n"
        ));
        assert!(!looks_like_s_yaml(
            Path::new("serverless.yml"),
            "service: a\nprovider:\n  name: aws\n"
        ));
    }
}
