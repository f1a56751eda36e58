//! `fclint check --fix`: apply the fixes the rules attach to their findings, round by round,
//! the way ruff does. Each round checks the text, takes the applicable fixes of the checked
//! file, applies those that do not overlap an earlier one (in the order of their position),
//! and checks again; it stops when no fix applies, or after
//! [`crate::limits::MAX_FIX_ROUNDS`]. A round whose result would not parse is undone.
//!
//! `apply` works on text only; `write` puts a result on disk safely; `diff` shows it.

mod apply;
mod diff;
mod write;

use std::path::Path;

pub use apply::{apply, Applied};
pub use diff::unified;
pub use write::{check_writable, write_atomic, WriteRefusal};

use crate::config::Config;
use crate::diag::{Applicability, Diagnostic, Fix, Severity};
use crate::resolve::ResolveOptions;

/// Which fixes to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FixMode {
    /// Also apply unsafe fixes (`--unsafe-fixes`).
    pub unsafe_fixes: bool,
}

/// The outcome of fixing one text.
#[derive(Debug, Clone)]
pub struct Fixed {
    /// The text after every round.
    pub text: String,
    /// Findings fixed, by code, in the order they were fixed.
    pub fixed: Vec<crate::codes::Code>,
    /// Rounds that applied something.
    pub rounds: usize,
    /// A round was undone because its result would not parse (a bug in a fix; reported so it
    /// can be filed).
    pub undone: bool,
    /// Each round that applied something: the text before it and the edits it applied.
    pub history: Vec<Round>,
    /// The findings of the final text (what `fclint check` reports after the fix).
    pub diagnostics: Vec<Diagnostic>,
    /// The source map of the final check (for rendering its findings).
    pub sources: crate::source::SourceMap,
    /// The file's id in `sources`.
    pub file: crate::source::FileId,
}

/// One round of [`fix_text`].
#[derive(Debug, Clone)]
pub struct Round {
    /// The text the round started from.
    pub before: String,
    /// The edits it applied (on `before`).
    pub edits: Vec<crate::diag::TextEdit>,
}

/// Fix `text` as the content of the file at `path` (`path` decides the `.env`, the files
/// `extend` names, and the project root, as for `fclint check PATH`).
pub fn fix_text(
    path: &Path,
    text: String,
    config: &Config,
    resolve: &ResolveOptions,
    mode: FixMode,
) -> Fixed {
    let mut current = crate::check_buffer(path, text, config, resolve);
    let mut text_now = current.sources.get(current.document.file).text.clone();
    let mut fixed = Vec::new();
    let mut rounds = 0;
    let mut undone = false;
    let mut history = Vec::new();
    while rounds < crate::limits::MAX_FIX_ROUNDS {
        let file = current.document.file;
        let chosen: Vec<(&Diagnostic, &Fix)> = current
            .diagnostics
            .iter()
            .filter_map(|d| Some((d, d.fix.as_ref()?)))
            .filter(|(d, f)| d.span.file == file && f.applies(mode.unsafe_fixes))
            .collect();
        if chosen.is_empty() {
            break;
        }
        let fixes: Vec<&Fix> = chosen.iter().map(|(_, f)| *f).collect();
        let Applied {
            text: next,
            applied,
        } = apply(&text_now, &fixes);
        if applied.is_empty() || next == text_now {
            break;
        }
        if !parses_as_well(&text_now, &next) {
            undone = true;
            break;
        }
        fixed.extend(applied.iter().map(|&i| chosen[i].0.code));
        rounds += 1;
        history.push(Round {
            before: std::mem::replace(&mut text_now, next),
            edits: applied
                .iter()
                .flat_map(|&i| chosen[i].1.edits.iter().cloned())
                .collect(),
        });
        current = crate::check_buffer(path, text_now.clone(), config, resolve);
    }
    Fixed {
        text: text_now,
        fixed,
        rounds,
        undone,
        history,
        file: current.document.file,
        diagnostics: current.diagnostics,
        sources: current.sources,
    }
}

/// Whether `after` parses with no more syntax errors than `before` had.
fn parses_as_well(before: &str, after: &str) -> bool {
    syntax_errors(after).is_some_and(|a| syntax_errors(before).map_or(true, |b| a <= b))
}

/// The number of error-level syntax findings of `text`, or `None` when it has no document.
fn syntax_errors(text: &str) -> Option<usize> {
    let src = crate::source::SourceFile::new(Default::default(), String::new(), text.into());
    let parsed = crate::source::parse(
        crate::source::FileId(0),
        &src,
        crate::source::ParseLimits::default(),
    );
    parsed.root.as_ref()?;
    Some(
        parsed
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count(),
    )
}

/// How many findings carry a fix `--fix` applies, and how many more `--unsafe-fixes` would.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Fixable {
    pub safe: usize,
    pub unsafe_only: usize,
}

impl Fixable {
    pub fn count(diagnostics: &[Diagnostic], mode: FixMode) -> Fixable {
        let mut n = Fixable::default();
        for f in diagnostics.iter().filter_map(|d| d.fix.as_ref()) {
            if f.applies(mode.unsafe_fixes) {
                n.safe += 1;
            } else if f.applicability == Applicability::Unsafe {
                n.unsafe_only += 1;
            }
        }
        n
    }
}
