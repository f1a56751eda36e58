//! SY007: the file is a registry template source with `{{if}}`/`{{each}}` blocks, which is not
//! YAML until `s init` renders it. Reported by the parser (`source::parse`) instead of SY001.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// Files that do not parse as YAML and hold art-template control blocks: `{{if …}}`, `{{else}}`, `{{/if}}`, `{{each …}}`, `{{/each}}`, `{{set …}}`. These are the sources of Serverless Devs registry (application center) templates, not s.yaml files yet. fclint says so once, at the first block, instead of reporting a syntax error; it does not check the file.
    ///
    /// A file without control blocks is parsed as usual: a whole-value placeholder (`name: {{ name }}`) is valid YAML and read as an unknown value, and a placeholder followed by text is SY001.
    ///
    /// ## Why it matters
    /// `s init` renders the whole file text with art-template before anything parses it as YAML (https://github.com/Serverless-Devs/toolkit/blob/f8e037cf30cdbe6edf2eabc25a32d61363366381/packages/load-application/src/v2.ts#L147-L156), so a `{{if}}` block never reaches a YAML parser and quoting it, as SY001's help would suggest, cannot work. What deploys is the rendered file: run `s init` (or render the template with the publish parameters) and check that.
    ///
    /// ## Example
    /// ```yaml
    /// vars:
    ///   environmentVariables:
    ///     ORIGIN: '{{ origin }}'
    ///     {{if warmupDomain !== ''}}
    ///     WARMUP_DOMAIN: '{{ warmupDomain }}'
    ///     {{/if}}
    /// ```
    /// ## Fix
    /// Nothing to fix in the template source; check the file `s init` renders from it.
    SY007,
    summary: "A registry template source (`{{if}}`, `{{each}}` blocks), rendered by `s init` before it is YAML",
    summary_zh: "应用中心模板源文件（含 `{{if}}`、`{{each}}` 块），由 `s init` 渲染后才是 YAML",
    doc_zh: include_str!("sy007_registry_template_source.zh.md"),
}

/// The file is a template source; `block` is its first control block as written.
pub fn template_source(span: Span, block: &str) -> Diagnostic {
    Diagnostic::new(
        Code::SY007,
        span,
        "",
        Text::new(
            format!("a registry template source (`{block}` …), rendered by `s init` before it is YAML; not checked until rendered"),
            format!("应用中心模板源文件（`{block}` …），由 `s init` 渲染后才是 YAML；渲染前不做检查"),
        ),
    )
    .with_help(Text::new(
        "check the s.yaml that `s init` renders from this template",
        "请检查 `s init` 用此模板渲染出的 s.yaml",
    ))
}
