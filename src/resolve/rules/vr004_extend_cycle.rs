//! VR004: file-level `extend` chains that form a cycle or run too deep. Reported by the
//! resolver (`merge.rs`).

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That following `extend:` from file to file ends: `a.yaml` extends `b.yaml`, which must not extend `a.yaml` again, directly or through others. Chains deeper than {limits::EXTEND_MAX_DEPTH} files are reported the same way.
    ///
    /// ## Why it matters
    /// Serverless Devs reads one level of `extend`: it merges the base file but does not follow the base file's own `extend` (3.x: https://github.com/Serverless-Devs/toolkit/blob/f8e037cf30cdbe6edf2eabc25a32d61363366381/packages/parse-spec/src/index.ts#L73-L92; 1.x: https://github.com/Serverless-Devs/core/blob/949b83e6991c8259172c3aefa6e70df6b125196c/src/common/execCommand/getTemplatePath.ts#L73-L103). A chain that comes back to its start has no consistent meaning, and the CLI inherits less than the chain says.
    ///
    /// ## Example
    /// ```yaml
    /// # s.yaml
    /// extend: ./base.yaml
    /// # base.yaml
    /// extend: ./s.yaml
    /// ```
    /// ## Fix
    /// Remove the `extend` from the base file.
    VR004,
    summary: "File-level `extend` chains form a cycle (or are too deep)",
    summary_zh: "文件级 `extend` 链形成循环（或层级过深）",
    doc_zh: include_str!("vr004_extend_cycle.zh.md"),
}

/// Following `extend` comes back (or goes too deep): `chain` names the files (`a.yaml → b.yaml → a.yaml`).
pub fn extend_cycle(span: Span, chain: &str) -> Diagnostic {
    Diagnostic::new(
        Code::VR004,
        span,
        "",
        Text::new(
            format!("`extend` forms a cycle: {chain}"),
            format!("`extend` 形成循环：{chain}"),
        ),
    )
    .with_help(Text::new(
        "a base file must not extend the file that extends it",
        "基础文件不能再继承继承它的文件",
    ))
}

/// The `extend` chain is longer than fclint follows (`depth` files): not a cycle.
pub fn too_deep(span: Span, chain: &str, depth: usize) -> Diagnostic {
    Diagnostic::new(
        Code::VR004,
        span,
        "",
        Text::new(
            format!("`extend` chain is too deep: more than {depth} files ({chain})"),
            format!("`extend` 链过深：超过 {depth} 个文件（{chain}）"),
        ),
    )
    .with_help(Text::new(
        format!(
            "fclint follows at most {depth} nested `extend` files; merge some of the base files"
        ),
        format!("fclint 最多跟随 {depth} 层嵌套的 `extend` 文件；请合并部分基础文件"),
    ))
}
