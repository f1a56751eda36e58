//! LD006: the document, its `resources`/`services` or a resource is not a mapping.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::source::Node;
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That the document is a mapping and that `resources` (edition 3) or `services` (edition 1) and each entry's `props` are mappings.
    ///
    /// ## Why it matters
    /// The CLI reads the components from the keys of that mapping (https://github.com/Serverless-Devs/toolkit/blob/f8e037cf30cdbe6edf2eabc25a32d61363366381/packages/parse-spec/src/index.ts#L52-L54). Anything else does not mean what it says: `s preview` (measured with `s preview`, @serverless-devs/s 3.1.10) turns `resources: [fn]` into a resource `0` with no component and no props, and takes a document that is not a mapping for an edition 1 template it does not support.
    ///
    /// ## Example
    /// ```yaml
    /// edition: 3.0.0
    /// resources:
    ///   - fn
    /// ```
    /// ## Fix
    /// ```yaml
    /// edition: 3.0.0
    /// resources:
    ///   fn:
    ///     component: fc3
    ///     props: {}
    /// ```
    LD006,
    summary: "The document or its `resources`/`services` section is not a mapping",
    summary_zh: "文档或其 `resources`/`services` 部分不是映射",
    doc_zh: include_str!("ld006_not_an_s_yaml.zh.md"),
}

/// The file holds no document at all.
pub fn empty_file(span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::LD006,
        span,
        "",
        Text::new("the file is empty", "文件为空"),
    )
}

/// The document itself is not a mapping.
pub fn document(root: &Node) -> Diagnostic {
    Diagnostic::new(
        Code::LD006,
        root.span,
        "",
        Text::new(
            format!("an s.yaml must be a mapping, found {}", root.type_name()),
            format!("s.yaml 必须是映射，实际为 {}", root.type_name()),
        ),
    )
}

/// `resources` / `services` (`section`) is not a mapping.
pub fn section(section: &str, value: &Node) -> Diagnostic {
    Diagnostic::new(
        Code::LD006,
        value.span,
        value.pointer.clone(),
        Text::new(
            format!(
                "`{section}` must be a mapping of names to components, found {}",
                value.type_name()
            ),
            format!(
                "`{section}` 必须是名称到组件的映射，实际为 {}",
                value.type_name()
            ),
        ),
    )
}

/// Resource `key` is not a mapping.
pub fn resource(key: &str, res: &Node) -> Diagnostic {
    Diagnostic::new(
        Code::LD006,
        res.span,
        res.pointer.clone(),
        Text::new(
            format!(
                "`{key}` must be a mapping with `component` and `props`, found {}",
                res.type_name()
            ),
            format!(
                "`{key}` 必须是包含 `component` 和 `props` 的映射，实际为 {}",
                res.type_name()
            ),
        ),
    )
}

/// The `props` of resource `key` are not a mapping.
pub fn props(key: &str, props: &Node) -> Diagnostic {
    Diagnostic::new(
        Code::LD006,
        props.span,
        props.pointer.clone(),
        Text::new(
            format!(
                "`props` of `{key}` must be a mapping, found {}",
                props.type_name()
            ),
            format!(
                "`{key}` 的 `props` 必须是映射，实际为 {}",
                props.type_name()
            ),
        ),
    )
}
