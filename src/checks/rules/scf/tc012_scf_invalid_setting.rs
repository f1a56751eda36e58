//! TC012: a setting of the wrong type, outside its range, or not one of its values.

use super::ScfCtx;
use crate::checks::at;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::model::scf::schema::{Key, Ty};
use crate::model::scf::{ScfTriggerType, Section, SectionKind};
use crate::semantics::fact::unresolved;
use crate::source::{Kind, Node};

crate::codes::declare_rule! {
    /// ## What it checks
    /// Every documented key of a `serverless.yml` for SCF — function settings, what functions inherit, triggers and their `parameters` — against its type (text, number, `true`/`false`, list, mapping), its range and its allowed values: `memorySize` is {limits::SCF_MEMORY_MB.min} MB or a multiple of {limits::SCF_MEMORY_MB_STEP} MB up to {limits::SCF_MEMORY_MB.max} MB, the function `timeout` is {limits::SCF_FUNCTION_TIMEOUT_S} s, `type` is `event` or `web`, an `mps` trigger's `type` is `WorkflowTask` or `EditMediaTask`. The CKafka parameters with rules of their own (`maxMsgNum`, `timeout`, `offset`, `retry`: TC001–TC005) are not checked here. Values not known offline are skipped.
    ///
    /// ## Why it matters
    /// The components pass values on as written and `CreateFunction` / `CreateTrigger` reject what they cannot take, after the code was uploaded (limits: https://www.tencentcloud.com/zh/document/product/583/11637). `true`/`false` written as text is worse: the deploying code tests `enable ? 'OPEN' : 'CLOSE'`, and the text `"false"` is true in JavaScript, so `enable: "false"` creates an open trigger.
    ///
    /// ## Example
    /// ```yaml
    /// inputs:
    ///   memorySize: 100
    ///   events:
    ///     - ckafka:
    ///         parameters:
    ///           enable: "false"
    /// ```
    /// ## Fix
    /// ```yaml
    ///   memorySize: 128
    ///           enable: false
    /// ```
    TC012,
    summary: "SCF setting of the wrong type, outside its range or not one of its values",
    summary_zh: "SCF 设置的类型错误、超出范围或不在允许的取值中",
    doc_zh: include_str!("tc012_scf_invalid_setting.zh.md"),
}

pub(super) fn check(ctx: &ScfCtx<'_, '_>, s: &Section<'_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::TC012) {
        return;
    }
    let ckafka = matches!(s.what, SectionKind::Parameters(_))
        && s.trigger.as_ref().and_then(|t| t.kind) == Some(ScfTriggerType::Ckafka);
    for e in s.map.entries() {
        let Some(key) = s.keys.iter().find(|k| k.name == e.key) else {
            continue;
        };
        if ckafka && ["maxMsgNum", "timeout", "offset", "retry"].contains(&key.name) {
            continue; // TC001–TC005
        }
        if s.what == SectionKind::Event && key.name == "type" {
            continue; // TC008
        }
        let v = &e.value;
        if v.is_null() || unresolved(v).is_some() || v.contains_unknown() {
            continue;
        }
        if let Some(text) = problem(key, v) {
            let d = at(Code::TC012, v, text.0);
            out.push(d.with_help(text.1));
        }
    }
}

/// What is wrong with `v` as the value of `key`: the message and the help.
fn problem(key: &Key, v: &Node) -> Option<(Text, Text)> {
    let name = key.name;
    let found = v.describe();
    if !type_ok(key.ty, v) {
        let (want_en, want_zh) = wanted(key.ty);
        let (extra_en, extra_zh) = match (key.ty, &v.kind) {
            (Ty::Bool, Kind::Str(_)) => (
                "; the deploying code tests it as JavaScript, where any non-empty text is true",
                "；部署代码按 JavaScript 判断，任何非空文本都为真",
            ),
            _ => ("", ""),
        };
        return Some((
            Text::new(
                format!("`{name}` must be {want_en}, found {found}{extra_en}"),
                format!(
                    "`{name}` 必须是{want_zh}，实际为 {}{extra_zh}",
                    v.describe_zh()
                ),
            ),
            Text::new(
                format!("write {want_en}: {}", key.en),
                format!("请写成{want_zh}：{}", key.zh),
            ),
        ));
    }
    if !key.values.is_empty() {
        let s = v.as_str()?;
        if key.values.contains(&s) {
            return None;
        }
        let list = key.values.join(", ");
        let hint = crate::text::did_you_mean(s, key.values.iter().copied())
            .map(|h| (format!("did you mean `{h}`? "), format!("是否想写 `{h}`？")))
            .unwrap_or_default();
        return Some((
            Text::new(
                format!("`{name}` {found} is not one of {list}"),
                format!("`{name}` 为 {found}，不是 {list} 之一"),
            ),
            Text::new(
                format!("{}{}", hint.0, key.en),
                format!("{}{}", hint.1, key.zh),
            ),
        ));
    }
    let r = key.range?;
    let n = v.as_number_lenient()?;
    let memory = r == limits::SCF_MEMORY_MB;
    let step = limits::SCF_MEMORY_MB_STEP;
    let ok = n.fract() == 0.0
        && r.contains(n as i64)
        && (!memory || n as i64 == r.min || (n as i64) % step == 0);
    if ok {
        return None;
    }
    let (rule_en, rule_zh) = if memory {
        (
            format!(
                "{} MB, or a multiple of {step} MB up to {} MB",
                r.min, r.max
            ),
            format!("{} MB，或不超过 {} MB 的 {step} MB 的倍数", r.min, r.max),
        )
    } else {
        (
            format!("a whole number from {} to {}", r.min, r.max),
            format!("{} 到 {} 之间的整数", r.min, r.max),
        )
    };
    Some((
        Text::new(
            format!("`{name}` {found} is not {rule_en}"),
            format!("`{name}` 为 {found}，不是{rule_zh}"),
        ),
        Text::new(key.en, key.zh),
    ))
}

fn type_ok(ty: Ty, v: &Node) -> bool {
    let scalar = matches!(
        v.kind,
        Kind::Str(_) | Kind::Int(_) | Kind::Float(_) | Kind::Bool(_)
    );
    match ty {
        Ty::Any => true,
        Ty::Str => scalar,
        Ty::Num => v.as_number_lenient().is_some(),
        Ty::Bool => matches!(v.kind, Kind::Bool(_) | Kind::Int(_)),
        Ty::StrOrList => scalar || matches!(v.kind, Kind::Seq(_)),
        Ty::List => matches!(v.kind, Kind::Seq(_)),
        Ty::Obj => v.is_map(),
        Ty::NumOrStr => matches!(v.kind, Kind::Str(_) | Kind::Int(_) | Kind::Float(_)),
    }
}

fn wanted(ty: Ty) -> (&'static str, &'static str) {
    match ty {
        Ty::Any | Ty::Str => ("text", "文本"),
        Ty::Num => ("a number", "数字"),
        Ty::Bool => ("`true` or `false`", " `true` 或 `false`"),
        Ty::StrOrList => ("text or a list", "文本或列表"),
        Ty::List => ("a list", "列表"),
        Ty::Obj => ("a mapping", "映射"),
        Ty::NumOrStr => ("a number or text", "数字或文本"),
    }
}
