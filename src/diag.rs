//! Diagnostics: what fclint reports, where, and how severe.

use crate::codes::Code;
pub use crate::codes::Severity;
use crate::span::{FileId, Span};

/// A text in both languages fclint speaks. `zh` falls back to `en` when empty.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    pub en: String,
    pub zh: String,
}

impl Text {
    pub fn new(en: impl Into<String>, zh: impl Into<String>) -> Text {
        Text {
            en: en.into(),
            zh: zh.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh if !self.zh.is_empty() => &self.zh,
            _ => &self.en,
        }
    }
}

/// Output language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    /// `LC_ALL`, then `LC_MESSAGES`, then `LANG`: a value starting with `zh` selects Chinese.
    pub fn from_env() -> Lang {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Ok(v) = std::env::var(var) {
                if v.is_empty() {
                    continue;
                }
                return if v.to_ascii_lowercase().starts_with("zh") {
                    Lang::Zh
                } else {
                    Lang::En
                };
            }
        }
        Lang::En
    }
}

/// A secondary location with a short label (e.g. where a `${vars.x}` value was defined).
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub span: Span,
    pub message: Text,
}

/// One finding.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub code: Code,
    /// The rule's declared severity (see [`crate::codes`]), until the selection stage applies
    /// `fclint.toml` and command-line overrides.
    pub severity: Severity,
    /// Where: the exact key or value.
    pub span: Span,
    /// JSON Pointer of the node as written in the file.
    pub pointer: String,
    pub message: Text,
    pub help: Option<Text>,
    pub notes: Vec<Note>,
    /// How to fix it automatically, when the rule knows (`fclint check --fix`).
    pub fix: Option<Fix>,
}

pub use crate::codes::Applicability;

/// Replace the bytes of `span` (in the file the diagnostic is in) with `replacement`. An
/// empty span inserts; an empty replacement deletes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextEdit {
    pub span: Span,
    pub replacement: String,
}

/// An automatic fix: byte-span edits on the original text, applied together or not at all.
/// Everything outside the edited spans (comments, quoting, key order, blank lines,
/// indentation) stays byte-identical.
#[derive(Debug, Clone, PartialEq)]
pub struct Fix {
    /// Safe: keeps what the author evidently meant and changes nothing else that deploys.
    /// Unsafe: may change what deploys (`--unsafe-fixes`).
    pub applicability: Applicability,
    /// What the fix does, in both languages ("set `maximumTasks: 12`").
    pub message: Text,
    pub edits: Vec<TextEdit>,
}

impl Fix {
    pub fn safe(message: Text, edits: Vec<TextEdit>) -> Fix {
        Fix {
            applicability: Applicability::Safe,
            message,
            edits,
        }
    }

    pub fn unsafe_(message: Text, edits: Vec<TextEdit>) -> Fix {
        Fix {
            applicability: Applicability::Unsafe,
            message,
            edits,
        }
    }

    /// Whether `--fix` applies it (`unsafe_fixes`: `--unsafe-fixes` was given).
    pub fn applies(&self, unsafe_fixes: bool) -> bool {
        unsafe_fixes || self.applicability == Applicability::Safe
    }
}

impl Diagnostic {
    /// A finding of `code` at `span` (`pointer`: the JSON Pointer of the node, or empty for the
    /// loader to fill in), with the rule's declared severity.
    pub fn new(code: Code, span: Span, pointer: impl Into<String>, message: Text) -> Diagnostic {
        Diagnostic {
            code,
            severity: code.severity(),
            span,
            pointer: pointer.into(),
            message,
            help: None,
            notes: Vec::new(),
            fix: None,
        }
    }

    /// Attach a fix. A fix with no edit, or with an edit in another file than the finding's,
    /// is dropped: `--fix` only rewrites the file the finding is in.
    pub fn with_fix(mut self, fix: Option<Fix>) -> Diagnostic {
        self.fix = fix.filter(|f| {
            !f.edits.is_empty() && f.edits.iter().all(|e| e.span.file == self.span.file)
        });
        self
    }

    /// In an edition 1 file: the severity the registry declares for edition 1.
    pub fn in_edition_1(mut self) -> Diagnostic {
        self.severity = self.code.edition1_severity();
        self
    }

    pub fn with_help(mut self, help: Text) -> Diagnostic {
        self.help = Some(help);
        self
    }

    /// Point the diagnostic at other file ids (after [`crate::source::SourceMap::absorb`]):
    /// `map[old] = new`.
    pub fn remap_files(&mut self, map: &[FileId]) {
        let remap = |span: &mut Span| {
            if let Some(id) = map.get(span.file.0 as usize) {
                span.file = *id;
            }
        };
        remap(&mut self.span);
        for n in &mut self.notes {
            remap(&mut n.span);
        }
        if let Some(fix) = &mut self.fix {
            for e in &mut fix.edits {
                remap(&mut e.span);
            }
        }
    }

    pub fn with_note(mut self, span: Span, message: Text) -> Diagnostic {
        self.notes.push(Note { span, message });
        self
    }
}

/// Findings one file does not show: past [`crate::limits::MAX_FINDINGS_PER_FILE`], a stage
/// counts its findings by code instead of building them, so that a small hostile file cannot
/// make fclint hold or print hundreds of thousands of messages. SY006 reports the count.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Unshown {
    counts: Vec<(Code, Severity, usize)>,
}

impl Unshown {
    /// Count one more finding of `code` with its declared severity.
    pub fn add(&mut self, code: Code) {
        self.add_with(code, code.severity(), 1);
    }

    /// Count `n` more findings of `code` at `severity` (an edition 1 severity, say).
    pub fn add_with(&mut self, code: Code, severity: Severity, n: usize) {
        match self
            .counts
            .iter_mut()
            .find(|(c, s, _)| *c == code && *s == severity)
        {
            Some(e) => e.2 += n,
            None => self.counts.push((code, severity, n)),
        }
    }

    /// Add the counts of `other`.
    pub fn absorb(&mut self, other: &Unshown) {
        for &(code, severity, n) in &other.counts {
            self.add_with(code, severity, n);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// `(code, severity, count)` of each code.
    pub fn iter(&self) -> impl Iterator<Item = (Code, Severity, usize)> + '_ {
        self.counts.iter().copied()
    }
}
