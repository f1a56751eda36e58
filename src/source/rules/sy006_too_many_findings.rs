//! SY006: a file has more findings than fclint reports for one file. Reported where the
//! findings of a document are finished (`cap_findings` in the library root), after every
//! stage counted what it did not build.

use crate::codes::{Code, Severity};
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// fclint reports at most {limits::MAX_FINDINGS_PER_FILE} findings per file (the first ones, in file order). When a file has more, the last finding is SY006, at the first one not shown, saying how many more there are. Its severity is the highest among the findings not shown, so the exit code is the one all findings would give.
    ///
    /// ## Why it matters
    /// A small hostile file (200 000 copies of one key in 1.4 MB) would otherwise print hundreds of megabytes of SARIF or annotations; fclint must stay fast and bounded on any pull request, like the billion-laughs defences of YAML readers (https://en.wikipedia.org/wiki/Billion_laughs_attack). No real s.yaml comes close: the most any file of the corpus of public s.yaml files has is 14.
    ///
    /// ## Example
    /// ```yaml
    /// vars:
    ///   k: 1
    ///   k: 2
    ///   k: 3
    ///   # … a thousand more copies of `k`
    /// ```
    /// ## Fix
    /// Fix the findings shown (usually one mistake repeated) and run fclint again.
    SY006,
    summary: "The file has more findings than fclint reports for one file",
    summary_zh: "文件中的问题超过 fclint 对单个文件报告的上限",
    doc_zh: include_str!("sy006_too_many_findings.zh.md"),
}

/// `more` findings from `span` on are not shown (`max` are); `worst` is the highest severity
/// among them, which this finding takes, so that the exit code does not change.
pub fn too_many(
    span: Span,
    pointer: String,
    max: usize,
    more: usize,
    worst: Severity,
) -> Diagnostic {
    let mut d = Diagnostic::new(
        Code::SY006,
        span,
        pointer,
        Text::new(
            format!(
                "fclint reports the first {max} findings of a file; {more} more from here on {} not shown",
                if more == 1 { "is" } else { "are" }
            ),
            format!("fclint 每个文件最多报告 {max} 条问题；从此处起还有 {more} 条未显示"),
        ),
    )
    .with_help(Text::new(
        "fix the findings above (often one mistake repeated) and run fclint again",
        "请先修复上面的问题（往往是同一个错误的重复），再运行 fclint",
    ));
    d.severity = worst;
    d
}
