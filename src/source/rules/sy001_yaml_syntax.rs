//! SY001: the file is not valid YAML. Reported by the parser (`source::parse`).

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::source::{Pos, SourceFile};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That the file parses as YAML 1.2.
    ///
    /// ## Why it matters
    /// The Serverless Devs CLI parses s.yaml with js-yaml and stops at the first syntax error (https://github.com/Serverless-Devs/toolkit/blob/f8e037cf30cdbe6edf2eabc25a32d61363366381/packages/utils/src/get-yaml-content.ts#L36); nothing deploys. Two traps are common in s.yaml: `${vars.x}` inside a flow list (`[a, ${vars.x}]`) and unquoted registry placeholders followed by more text (`name: {{ name }}-v2`), both of which YAML reads as flow mappings. A placeholder that is the whole value (`name: {{ name }}`) is still valid YAML: registry templates are filled in before parsing, so fclint reads it as an unknown value and reports nothing. A template source with control blocks (`{{if …}}`, `{{each …}}`) is not YAML until `s init` renders it: that is SY007, not a syntax error.
    ///
    /// ## Example
    /// ```yaml
    /// methods: [GET, ${vars.method}]
    /// ```
    /// ## Fix
    /// ```yaml
    /// methods:
    ///   - GET
    ///   - ${vars.method}
    /// ```
    SY001,
    summary: "The file is not valid YAML",
    summary_zh: "文件不是合法的 YAML",
    doc_zh: include_str!("sy001_yaml_syntax.zh.md"),
}

/// The parser stopped: `info` is its own description.
pub fn invalid_yaml(span: Span, info: &str, src: &SourceFile, at: Pos) -> Diagnostic {
    let mut d = Diagnostic::new(
        Code::SY001,
        span,
        "",
        Text::new(
            format!("invalid YAML: {info}"),
            format!("YAML 语法错误：{info}"),
        ),
    );
    d.help = help(info, src, at);
    d
}

/// An alias (`*a`) without its anchor (`&a`).
pub fn unknown_anchor(span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::SY001,
        span,
        "",
        Text::new(
            "alias refers to an unknown anchor",
            "别名引用了不存在的锚点",
        ),
    )
}

/// A merge key `<<` whose value is not a mapping or a list of mappings.
pub fn bad_merge(span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::SY001,
        span,
        "",
        Text::new(
            "the merge key `<<` needs a mapping or a list of mappings",
            "合并键 `<<` 的值必须是映射或映射列表",
        ),
    )
}

/// A list key that holds a list, which js-yaml refuses.
pub fn complex_key(span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::SY001,
        span,
        "",
        Text::new(
            "a list used as a mapping key may not hold another list; Serverless Devs' YAML reader (js-yaml) stops with \"nested arrays are not supported inside keys\"",
            "用作映射键的列表中不能再包含列表；Serverless Devs 的 YAML 解析器（js-yaml）会报 \"nested arrays are not supported inside keys\" 并停止",
        ),
    )
}

/// The likely cause of a syntax error, from the line it is on and the one before.
fn help(info: &str, src: &SourceFile, at: Pos) -> Option<Text> {
    let line = src.line(at.line).unwrap_or("");
    let prev = if at.line > 1 {
        src.line(at.line - 1).unwrap_or("")
    } else {
        ""
    };
    if line.contains("{{") || prev.contains("{{") {
        return Some(Text::new(
            "a registry template placeholder like `{{ name }}` is read by YAML as a flow mapping; quote it: `key: '{{ name }}'`",
            "`{{ name }}` 这样的模板占位符会被 YAML 当作流式映射；请加引号：`key: '{{ name }}'`",
        ));
    }
    if (line.contains("[") || prev.contains("[")) && (line.contains("${") || prev.contains("${")) {
        return Some(Text::new(
            "`${...}` inside a flow list `[a, ${vars.x}]` is not valid YAML; write the list in block style (`- ${vars.x}`) or quote the item",
            "流式列表 `[a, ${vars.x}]` 中的 `${...}` 不是合法的 YAML；请改用块列表（`- ${vars.x}`）或给该项加引号",
        ));
    }
    if info.contains("mapping values are not allowed") {
        return Some(Text::new(
            "check the previous line: YAML reads this `key:` as part of the value above it (a key indented under a plain value, or a quote left open)",
            "请检查上一行：YAML 把这一行的 `key:` 当作上方值的一部分（键缩进在普通值之下，或引号未闭合）",
        ));
    }
    if info.contains("comment intercepting the multiline text") {
        return Some(Text::new(
            "check the next line: it is more indented than this one, so YAML reads it as a continuation of this plain value, which a comment cannot interrupt",
            "请检查下一行：它比这一行缩进更多，YAML 会把它当作这一行普通值的续行，而注释不能打断续行",
        ));
    }
    if line.starts_with('\t') || info.contains("tab") {
        return Some(Text::new(
            "YAML does not allow tabs for indentation; indent with spaces",
            "YAML 不允许用制表符缩进；请使用空格",
        ));
    }
    None
}
