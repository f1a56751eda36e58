//! Output formats for `check`. One file per format; all take the same sorted input. `rules`
//! renders the rule list and one rule's documentation (`fclint rules`, `fclint explain CODE`).

pub mod checkstyle;
pub mod concise;
pub mod fixes;
pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod junit;
pub mod rdjson;
pub mod rules;
pub mod sarif;
pub mod statistics;

use crate::diag::{Diagnostic, Lang, Severity};
use crate::source::{FileId, SourceMap};

/// What a report shows: the files looked at and every finding, already sorted.
pub struct Report<'a> {
    pub sources: &'a SourceMap,
    pub files: &'a [FileId],
    pub diagnostics: &'a [Diagnostic],
    pub lang: Lang,
    pub color: bool,
    /// Columns to wrap human output to ([`human::output_width`]).
    pub width: usize,
}

/// Counts by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Report<'_> {
    pub fn summary(&self) -> Summary {
        let mut s = Summary {
            files: self.files.len(),
            ..Summary::default()
        };
        for d in self.diagnostics {
            match d.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
        }
        s
    }

    pub fn path(&self, file: FileId) -> &str {
        &self.sources.get(file).display
    }
}

/// How a help line starts in the plain-text formats.
pub(crate) fn help_prefix(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "help: ",
        Lang::Zh => "建议：",
    }
}

/// The message with its help on a second line (github and sarif messages).
pub(crate) fn message_with_help(d: &Diagnostic, lang: Lang) -> String {
    let msg = d.message.get(lang);
    match &d.help {
        Some(h) => format!("{msg}\n{}{}", help_prefix(lang), h.get(lang)),
        None => msg.to_string(),
    }
}
