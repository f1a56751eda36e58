//! One document checked and planned: everything the server shows for one version of one
//! buffer. It is computed by the library ([`crate::check_buffer`], [`crate::plan::plan_document`])
//! and only read here: the server has no logic of its own.

use crate::codes::Code;
use std::path::{Path, PathBuf};

use crate::config::{Config, ConfigOverrides};
use crate::diag::Diagnostic;
use crate::plan::{FunctionPlan, TriggerPlan};
use crate::resolve::ResolveOptions;
use crate::source::{FileId, Node, SourceMap};
use crate::Document;

/// What a check of the file at a path reads besides its text: its `fclint.toml` and how
/// `${env()}`, `extend` and `${file()}` resolve. The same for the diagnostics and for
/// "fix all" ([`super::fixes`]), so that both see what `fclint check` would.
pub struct Inputs {
    pub config: Config,
    pub config_path: Option<PathBuf>,
    /// `fclint.toml` could not be used (`check` stops with this message): `config` is then
    /// the default configuration.
    pub config_error: Option<String>,
    pub resolve: ResolveOptions,
}

impl Inputs {
    pub fn load(path: &Path) -> Inputs {
        let resolve = ResolveOptions {
            env: Default::default(),
            use_process_env: true,
            allow_outside_root: false,
        };
        // A broken fclint.toml stops `check` (exit code 2); the editor still gets the findings
        // of the file itself under the default configuration, and the error beside them.
        let (config, config_path, config_error) =
            match crate::config::load_config(path, &ConfigOverrides::default()) {
                Ok((c, p)) => (c, p, None),
                Err(e) => (
                    Config::default(),
                    crate::config::find_config_file(path),
                    Some(e.0),
                ),
            };
        Inputs {
            config,
            config_path,
            config_error,
            resolve,
        }
    }
}

/// The result of checking one version of a buffer.
#[derive(Debug)]
pub struct Analysis {
    /// The buffer (its id is [`Analysis::file`]) and every file resolution read.
    pub sources: SourceMap,
    pub file: FileId,
    pub document: Document,
    /// Exactly what `fclint check` reports for this text, sorted.
    pub diagnostics: Vec<Diagnostic>,
    pub triggers: Vec<TriggerPlan>,
    pub functions: Vec<FunctionPlan>,
    /// Files whose change changes this analysis (see [`Analysis::depends_on`]).
    pub deps: Vec<PathBuf>,
    /// `fclint.toml` could not be used: `check` stops with this message (exit code 2).
    pub config_error: Option<String>,
}

impl Analysis {
    /// Check and plan `text` as the file at `path`.
    pub fn run(path: &Path, text: String) -> Analysis {
        let Inputs {
            config,
            config_path,
            config_error,
            resolve,
        } = Inputs::load(path);
        let check = crate::check_buffer(path, text, &config, &resolve);
        let (triggers, functions) =
            crate::plan::plan_document(&check.sources, &check.document, &config.inventory);
        let mut deps: Vec<PathBuf> = Vec::new();
        for i in 0..check.sources.len() {
            let id = FileId(i as u32);
            if id != check.document.file {
                deps.push(super::uri::normalize(&check.sources.get(id).path));
            }
        }
        if let Some(p) = &config_path {
            deps.push(super::uri::normalize(p));
        }
        Analysis {
            file: check.document.file,
            sources: check.sources,
            document: check.document,
            diagnostics: check.diagnostics,
            triggers,
            functions,
            deps,
            config_error,
        }
    }

    /// The resolved s.yaml the navigation features (outline, hover, inlay hints, go to
    /// definition) read; `None` for a Tencent Cloud SCF `serverless.yml`, which gets its
    /// diagnostics only.
    pub fn root(&self) -> Option<&Node> {
        match self.document.platform {
            crate::model::Platform::Fc => self.document.root.as_ref(),
            crate::model::Platform::Scf(_) => None,
        }
    }

    /// Does a change to the file at `changed` (normalized) change this analysis? Every file
    /// the resolver read; any `fclint.toml` or `.env` in the document's directory or above it
    /// (one may appear where there was none); and any file at all while a file named by
    /// `extend` or `${file()}` could not be read (it may just have been created).
    pub fn depends_on(&self, own: &Path, changed: &Path) -> bool {
        if self.deps.iter().any(|d| d == changed) {
            return true;
        }
        let name = changed.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if matches!(name, "fclint.toml" | ".env") {
            if let (Some(dir), Some(own_dir)) = (changed.parent(), own.parent()) {
                if own_dir.starts_with(dir) {
                    return true;
                }
            }
        }
        self.diagnostics
            .iter()
            .any(|d| matches!(d.code, Code::VR003 | Code::VR007))
    }

    /// Does `node` hold a value from the environment, a `.env` file or an included file
    /// (sensitive: never shown, see [`crate::source::Shown::Sensitive`])?
    pub fn holds_sensitive(node: &Node) -> bool {
        node.is_sensitive()
            || node.items().iter().any(Analysis::holds_sensitive)
            || node
                .entries()
                .iter()
                .any(|e| Analysis::holds_sensitive(&e.value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An SCF `serverless.yml` in the editor: `check`'s TC findings, no s.yaml navigation.
    #[test]
    fn an_scf_buffer_gets_its_findings_and_no_fc_navigation() {
        let text = "component: scf\nname: a\ninputs:\n  src: ./\n  events:\n    - ckafka:\n        parameters:\n          name: ckafka-1\n          topic: t\n          maxMsgNum: 20000\n          enable: true\n";
        let a = Analysis::run(
            Path::new("/nonexistent-fclint-lsp/serverless.yml"),
            text.into(),
        );
        let codes: Vec<Code> = a.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::TC001]);
        assert!(a.root().is_none() && a.triggers.is_empty());
        assert!(super::super::knobs::knobs(&a).is_empty());
    }
}
