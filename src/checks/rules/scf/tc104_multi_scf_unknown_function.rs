//! TC104: a `multi-scf` trigger whose `function` is not a key of `inputs.functions`.

use super::{type_of, ScfCtx};
use crate::checks::at;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::model::scf::{ScfForm, ScfTrigger, ScfTriggerType};
use crate::semantics::fact::unresolved;
use crate::source::Node;

crate::codes::declare_rule! {
    /// ## What it checks
    /// In a `component: multi-scf` file: the `function` of each trigger — and of each API of an `apigw` trigger (`parameters.apis[].function`) — must be a key of `inputs.functions` (or the `key` of a function in list form). The trigger's parameters are still checked (TC001–TC006), so that fixing the name does not reveal a second round of errors.
    ///
    /// ## Why it matters
    /// The component looks every trigger's function up among the functions it deploys and stops the whole deploy with "Function X not in deploy list" when it is not there, or when `function` is missing (https://github.com/serverless-components/tencent-multi-scf/blob/02cf5633/src/formatter.ts). The key is the name under `inputs.functions`, not the deployed function name.
    ///
    /// ## Example
    /// ```yaml
    /// inputs:
    ///   functions:
    ///     consumer:
    ///       handler: index.main
    ///   triggers:
    ///     - type: ckafka
    ///       function: consumers
    /// ```
    /// ## Fix
    /// ```yaml
    ///       function: consumer
    /// ```
    TC104,
    summary: "`multi-scf` trigger whose `function` is not a key of `inputs.functions`: the deploy stops",
    summary_zh: "`multi-scf` 触发器的 `function` 不是 `inputs.functions` 的键：部署会中止",
    doc_zh: include_str!("tc104_multi_scf_unknown_function.zh.md"),
}

pub(super) fn check(ctx: &ScfCtx<'_, '_>, t: &ScfTrigger<'_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::TC104) || t.form != ScfForm::Multi || t.kind.is_none() {
        return;
    }
    let keys: Vec<&str> = ctx.model.functions.iter().map(|f| f.key.as_str()).collect();
    if t.kind == Some(ScfTriggerType::Apigw) {
        let apis = t
            .params
            .and_then(|p| p.get("apis"))
            .map(Node::items)
            .unwrap_or_default();
        for api in apis.iter().filter(|a| a.is_map()) {
            one(&keys, t, api.get("function"), api, out);
        }
        return;
    }
    one(&keys, t, t.function, t.node, out);
}

/// One `function` reference (`None`: the key is missing from `holder`).
fn one(
    keys: &[&str],
    t: &ScfTrigger<'_>,
    f: Option<&Node>,
    holder: &Node,
    out: &mut Vec<Diagnostic>,
) {
    let ty = type_of(t);
    let list = if keys.is_empty() {
        "none".to_string()
    } else {
        keys.join(", ")
    };
    let list_zh = if keys.is_empty() {
        "无".to_string()
    } else {
        keys.join("、")
    };
    let Some(f) = f.filter(|f| !f.is_null()) else {
        let span = if std::ptr::eq(holder, t.node) {
            t.type_span
        } else {
            holder.span
        };
        out.push(
            Diagnostic::new(
                Code::TC104,
                span,
                holder.pointer.clone(),
                Text::new(
                    format!("this {ty} trigger names no `function`: the component stops with \"Function undefined not in deploy list\""),
                    format!("该 {ty} 触发器没有写 `function`：组件会以 \"Function undefined not in deploy list\" 中止"),
                ),
            )
            .with_help(Text::new(
                format!("add `function:` with a key of `inputs.functions` ({list})"),
                format!("请添加 `function:`，取值为 `inputs.functions` 的键（{list_zh}）"),
            )),
        );
        return;
    };
    if unresolved(f).is_some() {
        return;
    }
    let name = f
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| f.display_value());
    if keys.contains(&name.as_str()) {
        return;
    }
    let help = match crate::text::did_you_mean(&name, keys.iter().copied()) {
        Some(h) => Text::new(format!("did you mean `{h}`?"), format!("是否想写 `{h}`？")),
        None => Text::new(
            format!("use a key of `inputs.functions`: {list}"),
            format!("请使用 `inputs.functions` 的键：{list_zh}"),
        ),
    };
    let shown = f.display_value();
    out.push(
        at(
            Code::TC104,
            f,
            Text::new(
                format!("`function` {shown} is not a key of `inputs.functions`: the component stops with \"Function {name} not in deploy list\""),
                format!("`function` {shown} 不是 `inputs.functions` 的键：组件会以 \"Function {name} not in deploy list\" 中止"),
            ),
        )
        .with_help(help),
    );
}
