//! LD002: a resource of another component, not checked.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// Which resources fclint checks: edition 3 resources with `component: fc3` (optionally `fc3@version`) and edition 1 services with `component: fc` or `devsapp/fc` (optionally `@version`). Other components (`fc3-domain`, `oss`, `ram`, …) are listed at info level so you can see they were not checked.
    ///
    /// ## Why it matters
    /// A silent skip would look like a pass. The names are the ones the official converter `s cli fc3 s2tos3` takes for the FC component (https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/src/subCommands/2to3/index.ts#L203-L208), plus `fc3`.
    ///
    /// ## Example
    /// ```yaml
    /// resources:
    ///   site:
    ///     component: oss
    /// ```
    /// ## Fix
    /// Nothing to fix; `--ignore LD002` hides the note.
    LD002,
    summary: "A resource of another component is not checked",
    summary_zh: "其他组件的资源不做检查",
    doc_zh: include_str!("ld002_skipped_component.zh.md"),
}

/// Resource `key` uses component `component`, which fclint does not check.
pub fn other_component(span: Span, pointer: &str, key: &str, component: &str) -> Diagnostic {
    Diagnostic::new(
        Code::LD002,
        span,
        pointer,
        Text::new(
            format!("`{key}` uses component `{component}`, which fclint does not check"),
            format!("`{key}` 使用组件 `{component}`，fclint 不检查该组件"),
        ),
    )
}

/// Resource `key` names no component fclint can read.
pub fn no_component(span: Span, pointer: &str, key: &str) -> Diagnostic {
    Diagnostic::new(
        Code::LD002,
        span,
        pointer,
        Text::new(
            format!("`{key}` has no component name fclint can read; it is not checked"),
            format!("`{key}` 没有可识别的组件名，未做检查"),
        ),
    )
}
