//! VR009: a file the document makes fclint read lies outside the project root. Reported by the
//! resolver, where it reads files (`resolve::confine`).

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That every file fclint reads because of the document lies inside the *project root*: the nearest directory at or above the s.yaml that holds `.git`, otherwise the s.yaml's own directory. That covers the base file of `extend:`, `${file(…)}`, `${json(file(…))}`, the `.env` files read for `${env(…)}`, and an s.yaml named on the command line that is a link. A path is inside when it is inside as written (`..` folded) and, when it exists, once every link is followed. A file outside is not read, not even looked at: the finding names the path as written, and the value is unknown (its checks are skipped).
    ///
    /// `--allow-outside-root`, or `allow_outside_root = true` in fclint.toml, lifts this for local use; even then the text of such a file is never shown in a snippet.
    ///
    /// ## Why it matters
    /// fclint's first job is checking pull requests in CI, where the s.yaml is written by a stranger and the machine holds secrets. Without this, `runtime: ${file('/proc/self/environ')}` would put the CI environment into a message, and `${file('/etc/passwd')}`, `extend: /home/runner/.aws/config` or an s.yaml that links to `~/.aws/credentials` would print any file the runner can read. The Serverless Devs CLI does read such paths (`${file()}` resolves its argument against the s.yaml's directory and reads whatever is there: https://github.com/Serverless-Devs/Serverless-Devs/blob/d781476ef825cd0cbb7908c044da123d92fc9bf7/docs/zh/variables.md#L56), so a deployment from the same file is not affected by this finding; the file is simply not one fclint will open.
    ///
    /// ## Example
    /// ```yaml
    /// edition: 3.0.0
    /// resources:
    ///   fn:
    ///     component: fc3
    ///     props:
    ///       description: ${file('../../shared/description.txt')}
    /// ```
    /// ## Fix
    /// Keep the files a project reads inside it (inside the git repository); for a local run over a layout that shares files from outside, pass `--allow-outside-root`.
    VR009,
    summary: "A file the document makes fclint read lies outside the project root",
    summary_zh: "文档要求 fclint 读取的文件位于项目根目录之外",
    doc_zh: include_str!("vr009_read_outside_project_root.zh.md"),
}

/// A read outside the project root. `what` names the read as written
/// (`` `${file('/etc/passwd')}` reads `/etc/passwd` ``).
pub fn outside_root(span: Span, what_en: String, what_zh: String) -> Diagnostic {
    Diagnostic::new(
        Code::VR009,
        span,
        "",
        Text::new(
            format!("{what_en}, outside the project root; fclint does not read it"),
            format!("{what_zh}，位于项目根目录之外；fclint 不读取它"),
        ),
    )
    .with_help(Text::new(
        "fclint reads only files inside the project: the nearest directory holding `.git`, else the s.yaml's directory; for local use, `--allow-outside-root` (or `allow_outside_root = true` in fclint.toml) lifts this",
        "fclint 只读取项目内的文件：最近的包含 `.git` 的目录，否则为 s.yaml 所在目录；本地使用时可加 `--allow-outside-root`（或在 fclint.toml 中设置 `allow_outside_root = true`）",
    ))
}
