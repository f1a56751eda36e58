//! The story's types, and how it cites the YAML: `(s.yaml:42)`, or `(s.yaml:42, value from
//! s.yaml:9)` for a resolved value defined elsewhere.

use crate::diag::{Diagnostic, Lang, Severity};
use crate::plan::scf::{ScfFunctionPlan, ScfTriggerPlan};
use crate::plan::{FunctionPlan, TriggerPlan};
use crate::semantics::{Fact, Site};
use crate::source::{Node, Span};

/// One finding of `check`, as the story shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub line: u32,
    pub col: u32,
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
}

impl Finding {
    pub fn of(d: &Diagnostic, lang: Lang) -> Finding {
        Finding {
            line: d.span.start.line,
            col: d.span.start.col,
            severity: d.severity,
            code: d.code.as_str(),
            message: d.message.get(lang).to_string(),
        }
    }
}

/// The story of one trigger.
#[derive(Debug, Clone)]
pub struct TriggerStory {
    pub title: String,
    /// `(aspect, sentence)`: source, batching, delivery, instances, failures.
    pub parts: Vec<(String, String)>,
    pub findings: Vec<Finding>,
    pub plan: TriggerPlan,
    /// The SCF plan row, for a trigger of a Tencent Cloud SCF `serverless.yml` (then `plan`
    /// is empty).
    pub scf: Option<ScfTriggerPlan>,
}

/// The story of one function.
#[derive(Debug, Clone)]
pub struct FunctionStory {
    pub title: String,
    pub lines: Vec<String>,
    pub findings: Vec<Finding>,
    pub triggers: Vec<TriggerStory>,
    pub plan: FunctionPlan,
    /// The SCF plan row, for a function of an SCF `serverless.yml` (then `plan` is empty).
    pub scf: Option<ScfFunctionPlan>,
}

/// The story of one file.
#[derive(Debug, Clone)]
pub struct Story {
    pub path: String,
    pub header: String,
    pub file_findings: Vec<Finding>,
    pub functions: Vec<FunctionStory>,
}

/// The English or the Chinese text.
pub(crate) fn l(lang: Lang, en: String, zh: String) -> String {
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

/// The name of one aspect of a trigger's story.
pub(crate) fn aspect(lang: Lang, en: &str, zh: &str) -> String {
    l(lang, en.into(), zh.into())
}

/// ` (s.yaml:42)` → `, s.yaml:42` for use inside parentheses.
pub(crate) fn inline(at: &str, sep: &str) -> String {
    match at
        .trim()
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
    {
        Some(inner) => format!("{sep}{inner}"),
        None => String::new(),
    }
}

/// `1 instance`, `2 instances`: the English plural `s`.
pub(crate) fn s(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Where a number came from.
pub(crate) struct Refs {
    /// The file's base name.
    pub file: String,
    /// File names by `FileId`, for origins in other files.
    pub names: Vec<String>,
    pub lang: Lang,
}

impl Refs {
    fn with_origin(&self, line: Option<u32>, origin: Option<Span>) -> String {
        let Some(n) = line else {
            return String::new();
        };
        match origin {
            Some(o) => {
                let name = self
                    .names
                    .get(o.file.0 as usize)
                    .cloned()
                    .unwrap_or_else(|| self.file.clone());
                match self.lang {
                    Lang::En => format!(" ({}:{n}, value from {name}:{})", self.file, o.start.line),
                    Lang::Zh => format!(" ({}:{n}，值来自 {name}:{})", self.file, o.start.line),
                }
            }
            None => format!(" ({}:{n})", self.file),
        }
    }

    /// Where a node is (a trigger, a resource).
    pub fn node(&self, n: Option<&Node>) -> String {
        self.with_origin(
            n.map(|n| n.span.start.line),
            n.and_then(|n| n.origin.as_deref().copied().filter(|o| *o != n.span)),
        )
    }

    /// Where a setting was written.
    pub fn site(&self, s: Option<Site<'_>>) -> String {
        self.with_origin(s.map(|s| s.line()), s.and_then(|s| s.origin()))
    }

    /// Where a fact was written.
    pub fn fact<T>(&self, f: &Fact<'_, T>) -> String {
        self.site(f.at)
    }

    /// Where a setting was written, without the origin of its value.
    pub fn line(&self, s: Option<Site<'_>>) -> String {
        self.with_origin(s.map(|s| s.line()), None)
    }

    /// `file:line` of a site, for `(instanceConcurrency, s.yaml:12)`.
    pub fn line_of(&self, s: Site<'_>) -> String {
        format!("{}:{}", self.file, s.line())
    }
}

/// `s.yaml:12:5: warning[EB007] …`, or `none` when there is nothing.
pub(crate) fn findings_lines(fs: &[Finding], file: &str, lang: Lang) -> Vec<String> {
    fs.iter()
        .map(|f| {
            format!(
                "{file}:{}:{}: {}[{}] {}",
                f.line,
                f.col,
                f.severity.as_str(),
                f.code,
                f.message
            )
        })
        .chain(fs.is_empty().then(|| l(lang, "none".into(), "无".into())))
        .collect()
}

/// The findings for Markdown: the location as code, the message as text (a message holds
/// backticks of its own, which a code span around the whole line would garble).
pub(crate) fn findings_markdown(fs: &[Finding], file: &str, lang: Lang) -> Vec<String> {
    fs.iter()
        .map(|f| {
            format!(
                "`{file}:{}:{}` {}[{}] {}",
                f.line,
                f.col,
                f.severity.as_str(),
                f.code,
                f.message
            )
        })
        .chain(fs.is_empty().then(|| l(lang, "none".into(), "无".into())))
        .collect()
}

pub(crate) fn findings_title(lang: Lang) -> (String, String) {
    (
        l(
            lang,
            "Findings of `fclint check`".into(),
            "`fclint check` 的检查结果".into(),
        ),
        l(
            lang,
            "Findings about the file".into(),
            "关于整个文件的检查结果".into(),
        ),
    )
}
