//! LD: what the file is — edition, which resources are FC functions, which are skipped.

use super::registry::RuleMeta;
use crate::diag::{Diagnostic, Severity, Text};
use crate::model::{self, Edition};
use crate::source::{Kind, Node, Span};

pub static RULES: &[RuleMeta] = &[
    RuleMeta {
        code: "LD001",
        name: "missing-edition",
        severity: Severity::Warning,
        summary: "No `edition` key: the file is read as edition 1.0.0",
        summary_zh: "缺少 `edition`：文件按 1.0.0 版本读取",
        doc: "## What it checks\nThat the file states its edition.\n\n## Why it matters\nServerless Devs treats anything but exactly `3.0.0` as a 1.x file (`String(edition) === '3.0.0'` in the CLI's parser), so a file without `edition` (or with `edition: 3`) is run by the legacy engine, which does not know `resources`.\n\n## Example\n```yaml\nname: app\nresources: {}\n```\n## Fix\n```yaml\nedition: 3.0.0\nname: app\nresources: {}\n```\n",
        doc_zh: "## 检查内容\n文件是否声明了 edition。\n\n## 为什么重要\nServerless Devs 只把值恰为 `3.0.0` 的文件当作 3.x（CLI 解析器中为 `String(edition) === '3.0.0'`），没有 `edition`（或写成 `edition: 3`）的文件由旧引擎执行，而旧引擎不认识 `resources`。\n\n## 示例\n```yaml\nname: app\nresources: {}\n```\n## 修复\n```yaml\nedition: 3.0.0\nname: app\nresources: {}\n```\n",
        needs: &[],
    },
    RuleMeta {
        code: "LD002",
        name: "skipped-component",
        severity: Severity::Info,
        summary: "A resource of another component is not checked",
        summary_zh: "其他组件的资源不做检查",
        doc: "## What it checks\nWhich resources fclint checks: edition 3 resources with `component: fc3` (optionally `fc3@version`) and edition 1 services with `component: fc` or `devsapp/fc` (optionally `@version`). Other components (`fc3-domain`, `oss`, `ram`, …) are listed at info level so you can see they were not checked.\n\n## Why it matters\nA silent skip would look like a pass.\n\n## Example\n```yaml\nresources:\n  site:\n    component: oss\n```\n## Fix\nNothing to fix; `--ignore LD002` hides the note.\n",
        doc_zh: "## 检查内容\nfclint 检查哪些资源：3.x 中 `component: fc3`（可带 `@版本`）的资源，1.x 中 `component: fc` 或 `devsapp/fc`（可带 `@版本`）的服务。其他组件（`fc3-domain`、`oss`、`ram` 等）以 info 级别列出，表明未做检查。\n\n## 为什么重要\n静默跳过看起来就像检查通过。\n\n## 示例\n```yaml\nresources:\n  site:\n    component: oss\n```\n## 修复\n无需修复；`--ignore LD002` 可隐藏此提示。\n",
        needs: &[],
    },
    RuleMeta {
        code: "LD003",
        name: "component-by-shape",
        severity: Severity::Info,
        summary: "The component is an expression or a path; recognized as FC by the shape of its props",
        summary_zh: "组件是表达式或路径；根据 props 的结构识别为函数计算",
        doc: "## What it checks\nResources whose `component` is an expression (`${env('fc_component_version', path('../..'))}`) or a local path. fclint cannot know which component that is offline, so it looks at `props`: `functionName`, `runtime` with `region`, or triggers with `triggerType` (edition 3); a `function` or `service` mapping (edition 1).\n\n## Why it matters\nComponent authors test their own checkouts this way; their s.yaml files deserve the same checks.\n\n## Example\n```yaml\nresources:\n  fn:\n    component: ${env('fc_component_version', path('../..'))}\n    props:\n      functionName: demo\n```\n## Fix\nNothing to fix.\n",
        doc_zh: "## 检查内容\n`component` 为表达式（`${env('fc_component_version', path('../..'))}`）或本地路径的资源。fclint 离线无法知道是哪个组件，于是根据 `props` 判断：3.x 看 `functionName`、带 `region` 的 `runtime` 或含 `triggerType` 的触发器；1.x 看 `function` 或 `service` 映射。\n\n## 为什么重要\n组件作者就是这样测试本地组件的，他们的 s.yaml 同样需要检查。\n\n## 示例\n```yaml\nresources:\n  fn:\n    component: ${env('fc_component_version', path('../..'))}\n    props:\n      functionName: demo\n```\n## 修复\n无需修复。\n",
        needs: &[],
    },
    RuleMeta {
        code: "LD004",
        name: "services-in-edition-3",
        severity: Severity::Error,
        summary: "An edition 3.0.0 file uses `services` instead of `resources`",
        summary_zh: "3.0.0 版本的文件使用了 `services` 而非 `resources`",
        doc: "## What it checks\nThat an `edition: 3.0.0` file declares its components under `resources`.\n\n## Why it matters\nThe 3.x CLI stops with \"Keyword 'services' has been replaced by 'resources' in 3.0.0 YAML\".\n\n## Example\n```yaml\nedition: 3.0.0\nservices:\n  fn:\n    component: fc3\n```\n## Fix\nRename `services` to `resources`, or convert a legacy file with `s cli fc3 s2tos3`.\n",
        doc_zh: "## 检查内容\n`edition: 3.0.0` 的文件必须在 `resources` 下声明组件。\n\n## 为什么重要\n3.x CLI 会报错 \"Keyword 'services' has been replaced by 'resources' in 3.0.0 YAML\" 并停止。\n\n## 示例\n```yaml\nedition: 3.0.0\nservices:\n  fn:\n    component: fc3\n```\n## 修复\n把 `services` 改为 `resources`，或用 `s cli fc3 s2tos3` 转换旧文件。\n",
        needs: &[],
    },
    RuleMeta {
        code: "LD005",
        name: "no-functions",
        severity: Severity::Info,
        summary: "The file declares no Function Compute function",
        summary_zh: "文件中没有函数计算函数",
        doc: "## What it checks\nWhether the file declares at least one FC function (an `fc3` resource or an `fc`/`devsapp/fc` service).\n\n## Why it matters\nfclint only checks FC functions and their triggers; a file without any was read but not checked.\n\n## Example\n```yaml\nedition: 3.0.0\nresources:\n  bucket:\n    component: oss\n```\n## Fix\nNothing to fix.\n",
        doc_zh: "## 检查内容\n文件是否至少声明了一个函数计算函数（`fc3` 资源，或 `fc`/`devsapp/fc` 服务）。\n\n## 为什么重要\nfclint 只检查函数计算函数及其触发器；没有函数的文件被读取但未被检查。\n\n## 示例\n```yaml\nedition: 3.0.0\nresources:\n  bucket:\n    component: oss\n```\n## 修复\n无需修复。\n",
        needs: &[],
    },
    RuleMeta {
        code: "LD006",
        name: "not-an-s-yaml",
        severity: Severity::Error,
        summary: "The document or its `resources`/`services` section is not a mapping",
        summary_zh: "文档或其 `resources`/`services` 部分不是映射",
        doc: "## What it checks\nThat the document is a mapping and that `resources` (edition 3) or `services` (edition 1) and each entry's `props` are mappings.\n\n## Why it matters\nThe CLI cannot read components from anything else and fails before any command runs.\n\n## Example\n```yaml\nedition: 3.0.0\nresources:\n  - fn\n```\n## Fix\n```yaml\nedition: 3.0.0\nresources:\n  fn:\n    component: fc3\n    props: {}\n```\n",
        doc_zh: "## 检查内容\n文档必须是映射，`resources`（3.x）或 `services`（1.x）及其中每项的 `props` 也必须是映射。\n\n## 为什么重要\nCLI 无法从其他结构中读取组件，会在执行任何命令之前失败。\n\n## 示例\n```yaml\nedition: 3.0.0\nresources:\n  - fn\n```\n## 修复\n```yaml\nedition: 3.0.0\nresources:\n  fn:\n    component: fc3\n    props: {}\n```\n",
        needs: &[],
    },
];

fn diag(
    code: &'static str,
    sev: Severity,
    node_span: Span,
    pointer: &str,
    en: String,
    zh: String,
) -> Diagnostic {
    Diagnostic::new(code, sev, node_span, pointer, Text::new(en, zh))
}

/// Check what the document is and report which resources are (not) checked.
pub fn check(root: &Node, edition: Edition, out: &mut Vec<Diagnostic>) {
    if !root.is_map() {
        out.push(diag(
            "LD006",
            Severity::Error,
            root.span,
            "",
            format!("an s.yaml must be a mapping, found {}", root.type_name()),
            format!("s.yaml 必须是映射，实际为 {}", root.type_name()),
        ));
        return;
    }
    if root.get("edition").is_none() {
        let first = root
            .entries()
            .first()
            .map(|e| e.key_span)
            .unwrap_or(root.span);
        out.push(
            diag(
                "LD001",
                Severity::Warning,
                first,
                "",
                "no `edition` key; Serverless Devs reads this file as edition 1.0.0".into(),
                "缺少 `edition`；Serverless Devs 将按 1.0.0 版本读取此文件".into(),
            )
            .with_help(Text::new(
                "add `edition: 3.0.0` (component fc3) or `edition: 1.0.0` (component fc) at the top",
                "在文件开头加上 `edition: 3.0.0`（fc3 组件）或 `edition: 1.0.0`（fc 组件）",
            )),
        );
    }
    if edition == Edition::V3 {
        if let Some(e) = root.entry("services") {
            out.push(
                diag(
                    "LD004",
                    Severity::Error,
                    e.key_span,
                    &e.value.pointer,
                    "Keyword 'services' has been replaced by 'resources' in 3.0.0 YAML".into(),
                    "3.0.0 版本的 YAML 已用 'resources' 取代关键字 'services'".into(),
                )
                .with_help(Text::new(
                    "rename `services` to `resources`, or convert a legacy file with `s cli fc3 s2tos3`",
                    "把 `services` 改为 `resources`，或用 `s cli fc3 s2tos3` 转换旧文件",
                )),
            );
        }
    }
    let section_key = edition.section();
    let Some(section) = root.entry(section_key) else {
        out.push(diag(
            "LD005",
            Severity::Info,
            root.entries()
                .first()
                .map(|e| e.key_span)
                .unwrap_or(root.span),
            "",
            format!("no `{section_key}` section: nothing to check"),
            format!("没有 `{section_key}` 部分：无可检查内容"),
        ));
        return;
    };
    if section.value.is_unknown() {
        return;
    }
    if !section.value.is_map() {
        out.push(diag(
            "LD006",
            Severity::Error,
            section.value.span,
            &section.value.pointer,
            format!(
                "`{section_key}` must be a mapping of names to components, found {}",
                section.value.type_name()
            ),
            format!(
                "`{section_key}` 必须是名称到组件的映射，实际为 {}",
                section.value.type_name()
            ),
        ));
        return;
    }
    let mut functions = 0;
    for e in section.value.entries() {
        let res = &e.value;
        if res.is_unknown() {
            continue;
        }
        if !res.is_map() {
            out.push(diag(
                "LD006",
                Severity::Error,
                res.span,
                &res.pointer,
                format!(
                    "`{}` must be a mapping with `component` and `props`, found {}",
                    e.key,
                    res.type_name()
                ),
                format!(
                    "`{}` 必须是包含 `component` 和 `props` 的映射，实际为 {}",
                    e.key,
                    res.type_name()
                ),
            ));
            continue;
        }
        let props = res.get("props");
        if let Some(p) = props {
            if !p.is_map() && !p.is_unknown() && !p.is_null() {
                out.push(diag(
                    "LD006",
                    Severity::Error,
                    p.span,
                    &p.pointer,
                    format!(
                        "`props` of `{}` must be a mapping, found {}",
                        e.key,
                        p.type_name()
                    ),
                    format!(
                        "`{}` 的 `props` 必须是映射，实际为 {}",
                        e.key,
                        p.type_name()
                    ),
                ));
                continue;
            }
        }
        let comp = res.get("component");
        let comp_text = match comp.map(|c| &c.kind) {
            // From the environment: named by its expression, never its value.
            _ if comp.is_some_and(Node::is_sensitive) => comp.and_then(Node::sensitive),
            Some(Kind::Str(s)) => Some(s.as_str()),
            Some(Kind::Unknown(s)) => Some(s.as_str()),
            _ => None,
        };
        let span = comp.map(|c| c.span).unwrap_or(e.key_span);
        let pointer = comp.map(|c| c.pointer.as_str()).unwrap_or(&res.pointer);
        match comp_text {
            Some(c)
                if comp.map(|n| !n.is_unknown()).unwrap_or(false)
                    && model::is_fc_component(edition, c) =>
            {
                functions += 1;
            }
            Some(c)
                if (comp.map(Node::is_unknown).unwrap_or(false)
                    || model::is_indirect_component(c))
                    && props
                        .map(|p| model::looks_like_fc(edition, p))
                        .unwrap_or(false) =>
            {
                functions += 1;
                out.push(diag(
                    "LD003",
                    Severity::Info,
                    span,
                    pointer,
                    if std::path::Path::new(c).is_absolute() {
                        // A resolved `${path(..)}`: the machine's path says nothing to the reader.
                        format!("component is a local path; `{}` is checked as an FC function because of its props", e.key)
                    } else {
                        format!("component `{c}` is an expression or a path; `{}` is checked as an FC function because of its props", e.key)
                    },
                    if std::path::Path::new(c).is_absolute() {
                        format!("组件是本地路径；根据其 props，`{}` 按函数计算函数检查", e.key)
                    } else {
                        format!("组件 `{c}` 是表达式或路径；根据其 props，`{}` 按函数计算函数检查", e.key)
                    },
                ));
            }
            Some(c) => out.push(diag(
                "LD002",
                Severity::Info,
                span,
                pointer,
                format!(
                    "`{}` uses component `{c}`, which fclint does not check",
                    e.key
                ),
                format!("`{}` 使用组件 `{c}`，fclint 不检查该组件", e.key),
            )),
            None => out.push(diag(
                "LD002",
                Severity::Info,
                span,
                pointer,
                format!(
                    "`{}` has no component name fclint can read; it is not checked",
                    e.key
                ),
                format!("`{}` 没有可识别的组件名，未做检查", e.key),
            )),
        }
    }
    if functions == 0 && !section.value.entries().is_empty() {
        out.push(diag(
            "LD005",
            Severity::Info,
            section.key_span,
            &section.value.pointer,
            format!("no Function Compute function in `{section_key}`: nothing to check"),
            format!("`{section_key}` 中没有函数计算函数：无可检查内容"),
        ));
    }
}
