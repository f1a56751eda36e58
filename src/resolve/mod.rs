//! Resolve magic variables, `extend` and `template` the way Serverless Devs does.

use std::collections::BTreeMap;

use crate::diag::Diagnostic;
use crate::model::Edition;
use crate::source::{FileId, Node, SourceMap};

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
}

/// Resolve `root` (parsed from `file`). Files read on the way are added to `sources`.
pub fn resolve(
    sources: &mut SourceMap,
    file: FileId,
    edition: Edition,
    root: Node,
    opts: &ResolveOptions,
) -> Resolved {
    let _ = (sources, file, edition, opts);
    Resolved {
        root,
        diagnostics: Vec::new(),
    }
}

/// The secondary location of a resolved value: where it was defined, when that differs
/// from where it is used.
pub fn origin_note(node: &Node) -> Option<crate::diag::Note> {
    let origin = node.origin.as_deref()?;
    if *origin == node.span {
        return None;
    }
    Some(crate::diag::Note {
        span: *origin,
        message: crate::diag::Text::new("value defined here", "值定义于此"),
    })
}
