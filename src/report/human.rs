//! Default output: miette snippets with the span underlined, notes and help.

use std::fmt::Write as _;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};

use super::Report;
use crate::diag::{Diagnostic, Lang, Severity};
use crate::source::{FileId, SourceMap};

#[derive(Debug)]
struct Rendered {
    code: String,
    severity: miette::Severity,
    message: String,
    help: Option<String>,
    src: NamedSource<std::sync::Arc<str>>,
    labels: Vec<LabeledSpan>,
}

impl std::fmt::Display for Rendered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Rendered {}

impl miette::Diagnostic for Rendered {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn std::fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.src)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
}

fn source_span(sources: &SourceMap, span: crate::source::Span) -> SourceSpan {
    let text_len = sources.get(span.file).text.len();
    let start = (span.start.byte as usize).min(text_len);
    let len = span.byte_len().min(text_len - start);
    SourceSpan::new(start.into(), len)
}

fn to_miette(
    sources: &SourceMap,
    d: &Diagnostic,
    lang: Lang,
    text: std::sync::Arc<str>,
    first_of_code: bool,
) -> Rendered {
    let file = sources.get(d.span.file);
    let mut labels = vec![LabeledSpan::new_primary_with_span(
        Some(label_for(d, lang)),
        source_span(sources, d.span),
    )];
    let mut help = d.help.as_ref().map(|h| h.get(lang).to_string());
    for n in &d.notes {
        if n.span.file == d.span.file {
            labels.push(LabeledSpan::new_with_span(
                Some(n.message.get(lang).to_string()),
                source_span(sources, n.span),
            ));
        } else {
            let other = sources.get(n.span.file);
            let line = format!(
                "{}: {}:{}:{}",
                n.message.get(lang),
                other.display,
                n.span.start.line,
                n.span.start.col
            );
            help = Some(match help {
                Some(h) => format!("{h}\n{line}"),
                None => line,
            });
        }
    }
    if first_of_code {
        let see = match lang {
            Lang::En => format!("see `fclint explain {}`", d.code),
            Lang::Zh => format!("参见 `fclint explain {}`", d.code),
        };
        help = Some(match help {
            Some(h) => format!("{h}\n{see}"),
            None => see,
        });
    }
    Rendered {
        // `error[SC005] out-of-range`: the code and the rule's name, as `fclint rules` lists it.
        code: format!("{}[{}] {}", d.severity.as_str(), d.code, d.code.name()),
        severity: match d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        },
        message: d.message.get(lang).to_string(),
        help,
        src: NamedSource::new(file.display.clone(), text),
        labels,
    }
}

/// The label under the span: what is wrong there, in a few words (the rule's summary).
fn label_for(d: &Diagnostic, lang: Lang) -> String {
    crate::checks::registry::get(d.code)
        .summary_in(lang)
        .to_string()
}

/// The width to wrap to: the terminal's, else `COLUMNS`, else 80.
pub fn output_width() -> usize {
    if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
        return usize::from(w).max(40);
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|w| *w >= 20)
        .map(|w| w.min(1000))
        .unwrap_or(80)
}

pub fn render(r: &Report<'_>) -> String {
    let theme = if r.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    // Words are never broken, nor split at hyphens: a URL stays whole and clickable.
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(r.width)
        .with_break_words(false)
        .with_word_separator(textwrap::WordSeparator::AsciiSpace)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
        .with_context_lines(1);
    // The first finding of each code ends with a pointer to the rule's documentation.
    let mut seen = std::collections::HashSet::new();
    let first: Vec<bool> = r.diagnostics.iter().map(|d| seen.insert(d.code)).collect();
    // Snippets are independent: render them on every core, then join in order.
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(r.diagnostics.len() / 16)
        .max(1);
    let chunk = r.diagnostics.len().div_ceil(workers).max(1);
    let render_chunk = |(start, ds): (usize, &[Diagnostic])| {
        // One shared copy of each file's text per chunk, not one per finding.
        let mut texts: std::collections::HashMap<FileId, std::sync::Arc<str>> =
            std::collections::HashMap::new();
        let mut out = String::new();
        for (i, d) in ds.iter().enumerate() {
            let text = texts
                .entry(d.span.file)
                .or_insert_with(|| std::sync::Arc::from(r.sources.get(d.span.file).text.as_str()))
                .clone();
            let m = to_miette(r.sources, d, r.lang, text, first[start + i]);
            let _ = handler.render_report(&mut out, &m);
            out.push('\n');
        }
        out
    };
    let mut out = if workers == 1 {
        render_chunk((0, r.diagnostics))
    } else {
        std::thread::scope(|s| {
            let parts: Vec<_> = r
                .diagnostics
                .chunks(chunk)
                .enumerate()
                .map(|(n, ds)| s.spawn(move || render_chunk((n * chunk, ds))))
                .collect();
            parts
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect::<String>()
        })
    };
    let s = r.summary();
    let files = if s.files == 1 { "file" } else { "files" };
    match r.lang {
        Lang::En => {
            let _ = writeln!(
                out,
                "{} {files} checked: {} error(s), {} warning(s), {} info",
                s.files, s.errors, s.warnings, s.infos
            );
        }
        Lang::Zh => {
            let _ = writeln!(
                out,
                "已检查 {} 个文件：{} 个错误，{} 个警告，{} 条提示",
                s.files, s.errors, s.warnings, s.infos
            );
        }
    }
    out
}
