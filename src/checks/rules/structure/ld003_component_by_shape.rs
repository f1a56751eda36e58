//! LD003: a component given by an expression or a path, recognized as FC by its props.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// Resources whose `component` is an expression (`${env('fc_component_version', path('../..'))}`) or a local path. fclint cannot know which component that is offline, so it looks at `props`: `functionName`, `runtime` with `region`, or triggers with `triggerType` (edition 3); a `function` or `service` mapping (edition 1).
    ///
    /// ## Why it matters
    /// Component authors test their own checkouts this way (fc3's end-to-end tests: https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/__tests__/e2e/trigger/eb/s.yaml#L10); their s.yaml files deserve the same checks.
    ///
    /// ## Example
    /// ```yaml
    /// resources:
    ///   fn:
    ///     component: ${env('fc_component_version', path('../..'))}
    ///     props:
    ///       functionName: demo
    /// ```
    /// ## Fix
    /// Nothing to fix.
    LD003,
    summary: "The component is an expression or a path; recognized as FC by the shape of its props",
    summary_zh: "组件是表达式或路径；根据 props 的结构识别为函数计算",
    doc_zh: include_str!("ld003_component_by_shape.zh.md"),
}

/// Resource `key` with component `component` (an expression or a path) is checked as FC.
pub fn by_shape(span: Span, pointer: &str, key: &str, component: &str) -> Diagnostic {
    let message = if std::path::Path::new(component).is_absolute() {
        // A resolved `${path(..)}`: the machine's path says nothing to the reader.
        Text::new(
            format!("component is a local path; `{key}` is checked as an FC function because of its props"),
            format!("组件是本地路径；根据其 props，`{key}` 按函数计算函数检查"),
        )
    } else {
        Text::new(
            format!("component `{component}` is an expression or a path; `{key}` is checked as an FC function because of its props"),
            format!("组件 `{component}` 是表达式或路径；根据其 props，`{key}` 按函数计算函数检查"),
        )
    };
    Diagnostic::new(Code::LD003, span, pointer, message)
}
