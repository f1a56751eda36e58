//! Default output: miette snippets with the span underlined, notes and help.

use std::fmt::Write as _;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceSpan};

use super::Report;
use crate::diag::{Diagnostic, Lang, Severity};
use crate::source::SourceMap;

#[derive(Debug)]
struct Rendered {
    code: String,
    severity: miette::Severity,
    message: String,
    help: Option<String>,
    src: Window,
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

/// The lines of a file one finding shows, with their line numbers: miette reads spans by
/// scanning from the start of its source, so giving it only these lines keeps a file with
/// many findings linear. Control characters and bidi overrides in the lines are written
/// visibly (`\u{1b}`), so a snippet never passes an escape sequence to the terminal.
#[derive(Debug)]
struct Window {
    name: String,
    text: String,
    /// 0-based line number of the window's first line.
    first_line: usize,
}

impl miette::SourceCode for Window {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let inner =
            self.text
                .as_str()
                .read_span(span, context_lines_before, context_lines_after)?;
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line() + self.first_line,
            inner.column(),
            // miette counts the line breaks from the start of its source (and decides from it
            // whether two snippets merge): count those before the window too.
            inner.line_count() + self.first_line,
        )))
    }
}

/// Byte ranges of a window and the labels in it.
struct Cut {
    window: Window,
    /// `(start, len)` of each span, in window coordinates.
    spans: Vec<(usize, usize)>,
}

/// The window of `file` around `spans` (plus two lines of context either side), sanitised.
fn cut(file: &crate::source::SourceFile, spans: &[crate::source::Span]) -> Cut {
    if spans.is_empty() {
        return Cut {
            window: Window {
                name: file.display.clone(),
                text: String::new(),
                first_line: 0,
            },
            spans: Vec::new(),
        };
    }
    let text = file.text.as_str();
    let first = spans.iter().map(|s| s.start.line).min().unwrap_or(1).max(1);
    let last = spans
        .iter()
        .map(|s| s.end.line.max(s.start.line))
        .max()
        .unwrap_or(1)
        .max(1);
    let from_line = first.saturating_sub(2).max(1);
    let start = if from_line <= 1 {
        0
    } else {
        file.pos_at_line_col0(from_line as usize, 0).byte as usize
    };
    let end = match last.checked_add(3) {
        Some(l) if (l as usize) <= file.line_count() => {
            file.pos_at_line_col0(l as usize, 0).byte as usize
        }
        _ => text.len(),
    };
    let start = start.min(text.len());
    let end = end.clamp(start, text.len());
    let raw = text.get(start..end).unwrap_or("");
    // Escapes make the text longer: `shift` maps a window offset to the sanitised one.
    let mut sanitised = String::with_capacity(raw.len());
    let mut growth: Vec<(usize, usize)> = Vec::new();
    let mut chars = raw.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let keep = !crate::inert::is_dangerous(c)
            || c == '\n'
            || c == '\t'
            || (c == '\r' && matches!(chars.peek(), Some((_, '\n'))));
        if keep {
            sanitised.push(c);
        } else {
            let before = sanitised.len();
            sanitised.push_str(&crate::inert::escape(c.encode_utf8(&mut [0; 4])));
            let extra = sanitised.len() - before - c.len_utf8();
            let total = growth.last().map(|g| g.1).unwrap_or(0) + extra;
            growth.push((i + c.len_utf8(), total));
        }
    }
    let shift = |off: usize| -> usize {
        let k = growth.partition_point(|g| g.0 <= off);
        off + if k == 0 { 0 } else { growth[k - 1].1 }
    };
    let spans = spans
        .iter()
        .map(|s| {
            let a = (s.start.byte as usize).clamp(start, end) - start;
            let b = (s.end.byte as usize).clamp(start, end).max(start + a) - start;
            let (a2, b2) = (shift(a), shift(b));
            (a2, b2 - a2)
        })
        .collect();
    Cut {
        window: Window {
            name: file.display.clone(),
            text: sanitised,
            first_line: from_line as usize - 1,
        },
        spans,
    }
}

fn to_miette(sources: &SourceMap, d: &Diagnostic, lang: Lang, first_of_code: bool) -> Rendered {
    let file = sources.get(d.span.file);
    let mut help = d.help.as_ref().map(|h| h.get(lang).to_string());
    let push_help = |help: &mut Option<String>, line: String| {
        *help = Some(match help.take() {
            Some(h) => format!("{h}\n{line}"),
            None => line,
        });
    };
    // Spans shown as snippets: the finding's, and its notes in the same file. A file that
    // holds values never shown (a `.env`, an included file) gets its location only.
    let mut spans = Vec::new();
    let mut texts = Vec::new();
    if file.sensitive {
        push_help(
            &mut help,
            format!(
                "{}:{}:{}",
                file.display, d.span.start.line, d.span.start.col
            ),
        );
    } else {
        spans.push(d.span);
        texts.push(label_for(d, lang));
    }
    for n in &d.notes {
        if n.span.file == d.span.file && !file.sensitive {
            spans.push(n.span);
            texts.push(n.message.get(lang).to_string());
        } else {
            let other = sources.get(n.span.file);
            let line = format!(
                "{}: {}:{}:{}",
                n.message.get(lang),
                other.display,
                n.span.start.line,
                n.span.start.col
            );
            push_help(&mut help, line);
        }
    }
    if first_of_code {
        let see = match lang {
            Lang::En => format!("see `fclint explain {}`", d.code),
            Lang::Zh => format!("参见 `fclint explain {}`", d.code),
        };
        push_help(&mut help, see);
    }
    let Cut {
        window,
        spans: cuts,
    } = cut(file, &spans);
    let labels = cuts
        .into_iter()
        .zip(texts)
        .enumerate()
        .map(|(i, ((start, len), text))| {
            let at = SourceSpan::new(start.into(), len);
            if i == 0 && !file.sensitive {
                LabeledSpan::new_primary_with_span(Some(text), at)
            } else {
                LabeledSpan::new_with_span(Some(text), at)
            }
        })
        .collect();
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
        src: window,
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
        let mut out = String::new();
        for (i, d) in ds.iter().enumerate() {
            let m = to_miette(r.sources, d, r.lang, first[start + i]);
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
