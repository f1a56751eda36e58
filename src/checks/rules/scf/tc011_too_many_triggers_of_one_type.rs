//! TC011: more triggers of one type on one function than SCF allows.

use super::{type_of, ScfCtx};
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::semantics::scf::ScfFunctionSemantics;

crate::codes::declare_rule! {
    /// ## What it checks
    /// The triggers of each function, counted by type: at most {limits::SCF_TRIGGERS_PER_TYPE_MAX} of one type.
    ///
    /// ## Why it matters
    /// SCF allows {limits::SCF_TRIGGERS_PER_TYPE_MAX} triggers of the same type on one function ("单个函数的同类型触发器数量", https://www.tencentcloud.com/zh/document/product/583/11637). Creating one more fails, after the triggers before it were created: the deploy ends half done. Several CKafka topics for one function are a common way to get there.
    ///
    /// ## Example
    /// Eleven `ckafka` events on one function.
    ///
    /// ## Fix
    /// Split the topics over two functions, or merge topics.
    TC011,
    summary: "More than {limits::SCF_TRIGGERS_PER_TYPE_MAX} triggers of one type on one function",
    summary_zh: "同一函数上同类型触发器超过 {limits::SCF_TRIGGERS_PER_TYPE_MAX} 个",
    doc_zh: include_str!("tc011_too_many_triggers_of_one_type.zh.md"),
}

pub(super) fn check(
    ctx: &ScfCtx<'_, '_>,
    f: &ScfFunctionSemantics<'_, '_>,
    out: &mut Vec<Diagnostic>,
) {
    if !ctx.enabled(Code::TC011) {
        return;
    }
    let max = limits::SCF_TRIGGERS_PER_TYPE_MAX;
    let mut seen: Vec<(String, usize)> = Vec::new();
    for t in &f.triggers {
        let tr = &t.trigger;
        if tr.kind.is_none() {
            continue;
        }
        let ty = type_of(tr);
        let n = match seen.iter_mut().find(|(k, _)| *k == ty) {
            Some(e) => {
                e.1 += 1;
                e.1
            }
            None => {
                seen.push((ty.clone(), 1));
                1
            }
        };
        if n <= max {
            continue;
        }
        let label = &f.facts.label;
        out.push(
            Diagnostic::new(
                Code::TC011,
                tr.type_span,
                tr.node.pointer.clone(),
                Text::new(
                    format!("trigger {n} of type {ty} on function `{label}`: SCF allows {max} of one type per function, so creating it fails"),
                    format!("这是函数 `{label}` 上第 {n} 个 {ty} 触发器：SCF 每个函数同类型最多 {max} 个，创建会失败"),
                ),
            )
            .with_help(Text::new(
                "spread these triggers over more functions",
                "请把这些触发器分到多个函数上",
            )),
        );
    }
}
