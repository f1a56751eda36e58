//! `fclint check` findings as LSP diagnostics: the same code, range, message and related
//! locations; severity mapped; `codeDescription` the page the rule's documentation cites.

use crate::codes::Code;
use std::path::PathBuf;
use std::str::FromStr;

use lsp_types::{
    CodeDescription, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
    Uri,
};

use crate::diag::{Diagnostic, Lang, Severity};

use super::analysis::Analysis;
use super::position::{self, Encoding};
use super::uri;

pub const SOURCE: &str = "fclint";

pub fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// The rule's documentation link (the platform page its "why it matters" cites).
fn code_description(code: Code) -> Option<CodeDescription> {
    let rule = crate::checks::registry::find(code.as_str())?;
    let href = crate::report::sarif::help_uri(rule)?;
    Some(CodeDescription {
        href: Uri::from_str(href).ok()?,
    })
}

/// One finding, with the file it is in (normalized path).
pub fn convert(
    a: &Analysis,
    d: &Diagnostic,
    lang: Lang,
    enc: Encoding,
) -> (PathBuf, lsp_types::Diagnostic) {
    let file = a.sources.get(d.span.file);
    let related: Vec<DiagnosticRelatedInformation> = d
        .notes
        .iter()
        .filter_map(|n| {
            let f = a.sources.get(n.span.file);
            Some(DiagnosticRelatedInformation {
                location: Location {
                    uri: uri::from_path(&absolute(&f.path))?,
                    range: position::range(f, n.span, enc),
                },
                message: n.message.get(lang).to_string(),
            })
        })
        .collect();
    (
        uri::normalize(&absolute(&file.path)),
        lsp_types::Diagnostic {
            range: position::range(file, d.span, enc),
            severity: Some(severity(d.severity)),
            code: Some(NumberOrString::String(d.code.to_string())),
            code_description: code_description(d.code),
            source: Some(SOURCE.to_string()),
            message: d.message.get(lang).to_string(),
            related_information: (!related.is_empty()).then_some(related),
            tags: None,
            data: None,
        },
    )
}

/// A path made absolute against the working directory (paths the resolver built from the
/// document's absolute path already are).
pub fn absolute(p: &std::path::Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(p))
            .unwrap_or_else(|_| p.to_path_buf())
    }
}
