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
    /// A fix was left out because its result would not parse (a bug in a fix; reported so it
    /// can be filed).
    pub unparsable: bool,
    /// Fixes left out because they would have added an error-level finding (an unsafe fix
    /// whose new value another rule rejects), by code.
    pub left_out: Vec<crate::codes::Code>,
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
///
/// A round applies every applicable fix that does not overlap another; when the result would
/// not parse, or would have an error-level finding of some code more than before, the round
/// instead tries the fixes one by one (at most [`crate::limits::MAX_FIX_TRIES`]) and keeps
/// each that leaves the file sound. A fix left out that way is not offered again.
pub fn fix_text(
    path: &Path,
    text: String,
    config: &Config,
    resolve: &ResolveOptions,
    mode: FixMode,
) -> Fixed {
    let mut current = crate::check_buffer(path, text, config, resolve);
    let mut text_now = current.sources.get(current.document.file).text.clone();
    let mut out = Progress::default();
    while out.history.len() < crate::limits::MAX_FIX_ROUNDS {
        let file = current.document.file;
        let chosen: Vec<(&Diagnostic, &Fix)> = current
            .diagnostics
            .iter()
            .filter_map(|d| Some((d, d.fix.as_ref()?)))
            .filter(|(d, f)| d.span.file == file && f.applies(mode.unsafe_fixes))
            .filter(|(d, f)| !out.refused.contains(&fix_key(d, f)))
            .collect();
        let step = Step {
            path,
            config,
            resolve,
            text: &text_now,
            errors: error_counts(&current.diagnostics),
        };
        let Some((next, applied, check)) = step.round(&chosen, &mut out) else {
            break;
        };
        out.fixed.extend(applied.iter().map(|&i| chosen[i].0.code));
        out.history.push(Round {
            before: std::mem::replace(&mut text_now, next),
            edits: applied
                .iter()
                .flat_map(|&i| chosen[i].1.edits.iter().cloned())
                .collect(),
        });
        current = check;
    }
    Fixed {
        text: text_now,
        fixed: out.fixed,
        rounds: out.history.len(),
        unparsable: out.unparsable,
        left_out: out.left_out,
        history: out.history,
        file: current.document.file,
        diagnostics: current.diagnostics,
        sources: current.sources,
    }
}

/// What the rounds so far did.
#[derive(Default)]
struct Progress {
    fixed: Vec<crate::codes::Code>,
    history: Vec<Round>,
    unparsable: bool,
    left_out: Vec<crate::codes::Code>,
    /// Fixes left out (see [`fix_key`]): not offered again.
    refused: std::collections::HashSet<(crate::codes::Code, String, String)>,
}

/// A fix as it stays recognisable from round to round (its spans move as the text changes).
fn fix_key(d: &Diagnostic, f: &Fix) -> (crate::codes::Code, String, String) {
    (d.code, d.pointer.clone(), f.message.en.clone())
}

/// The error-level findings of a check, counted per code.
fn error_counts(diags: &[Diagnostic]) -> std::collections::HashMap<crate::codes::Code, usize> {
    let mut n = std::collections::HashMap::new();
    for d in diags.iter().filter(|d| d.severity == Severity::Error) {
        *n.entry(d.code).or_insert(0) += 1;
    }
    n
}

/// One round of [`fix_text`] on `text`, whose findings have `errors`.
struct Step<'a> {
    path: &'a Path,
    config: &'a Config,
    resolve: &'a ResolveOptions,
    text: &'a str,
    errors: std::collections::HashMap<crate::codes::Code, usize>,
}

impl Step<'_> {
    /// The text after the round, the indexes of the fixes it holds and its check; `None`
    /// when nothing could be applied.
    fn round(
        &self,
        chosen: &[(&Diagnostic, &Fix)],
        out: &mut Progress,
    ) -> Option<(String, Vec<usize>, crate::BufferCheck)> {
        let fixes: Vec<&Fix> = chosen.iter().map(|(_, f)| *f).collect();
        let all = apply(self.text, &fixes);
        if all.applied.is_empty() || all.text == self.text {
            return None;
        }
        if let Ok(check) = self.sound(&all.text) {
            return Some((all.text, all.applied, check));
        }
        // Something in the set breaks the file: keep the fixes that do not, one at a time.
        let mut kept: Vec<usize> = Vec::new();
        let mut best = None;
        for &i in all.applied.iter().take(crate::limits::MAX_FIX_TRIES) {
            let mut trial: Vec<&Fix> = kept.iter().map(|&k| fixes[k]).collect();
            trial.push(fixes[i]);
            let next = apply(self.text, &trial);
            match self.sound(&next.text) {
                Ok(check) => {
                    kept.push(i);
                    best = Some((next.text, check));
                }
                // Two fixes that only break the file together (a rename into the key another
                // inserts): this one waits for the next round, which checks the text again.
                Err(Unsound::Unparsable) if !kept.is_empty() && self.parses_alone(fixes[i]) => {}
                Err(why) => {
                    // A fix that breaks the file on its own is a bug in that fix: reported.
                    out.unparsable |= why == Unsound::Unparsable;
                    out.left_out.push(chosen[i].0.code);
                    out.refused.insert(fix_key(chosen[i].0, chosen[i].1));
                }
            }
        }
        let (text, check) = best?;
        Some((text, kept, check))
    }

    /// Whether the text with `fix` alone applied parses as well as the text did.
    fn parses_alone(&self, fix: &Fix) -> bool {
        parses_as_well(self.text, &apply(self.text, &[fix]).text)
    }

    /// The check of `next` when it parses as well as the text did and has no error-level
    /// finding of any code more than it.
    fn sound(&self, next: &str) -> Result<crate::BufferCheck, Unsound> {
        if !parses_as_well(self.text, next) {
            return Err(Unsound::Unparsable);
        }
        let check = crate::check_buffer(self.path, next.to_string(), self.config, self.resolve);
        let worse = error_counts(&check.diagnostics)
            .iter()
            .any(|(code, n)| *n > self.errors.get(code).copied().unwrap_or(0));
        if worse {
            return Err(Unsound::NewError);
        }
        Ok(check)
    }
}

/// Why the result of a set of fixes is not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unsound {
    /// It would not parse (as well as the text before it did).
    Unparsable,
    /// It would have an error-level finding more than the text before it.
    NewError,
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
