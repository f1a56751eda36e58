//! AS003: `maxAsyncEventAgeInSeconds` above the current FC 3.0 API maximum.

use crate::checks::at;
use crate::checks::Ctx;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::semantics::FunctionFacts;

crate::codes::declare_rule! {
    /// ## What it checks
    /// `maxAsyncEventAgeInSeconds` between {limits::ASYNC_EVENT_AGE_API_MAX_S + 1} and {limits::ASYNC_EVENT_AGE_S.max} seconds.
    ///
    /// ## Why it matters
    /// The component schemas and older docs accept up to {limits::ASYNC_EVENT_AGE_S.max} s ({limits::ASYNC_EVENT_AGE_S.max in days} days), but the current PutAsyncInvokeConfigInput API page gives {limits::ASYNC_EVENT_AGE_S.min}–{limits::ASYNC_EVENT_AGE_API_MAX_S} s ({limits::ASYNC_EVENT_AGE_API_MAX_S in days} days), default {limits::ASYNC_EVENT_AGE_API_DEFAULT_S} (https://www.alibabacloud.com/help/en/functioncompute/api-fc-2023-03-30-struct-putasyncinvokeconfiginput). `s verify` passes the value; the API may reject or clamp it, so events may expire sooner than you planned. Values above {limits::ASYNC_EVENT_AGE_S.max} are reported by SC005.
    ///
    /// ## Example
    /// ```yaml
    /// asyncInvokeConfig:
    ///   maxAsyncEventAgeInSeconds: {limits::ASYNC_EVENT_AGE_S.max}
    /// ```
    /// ## Fix
    /// ```yaml
    /// asyncInvokeConfig:
    ///   maxAsyncEventAgeInSeconds: {limits::ASYNC_EVENT_AGE_API_MAX_S}
    /// ```
    AS003,
    summary: "`maxAsyncEventAgeInSeconds` above {limits::ASYNC_EVENT_AGE_API_MAX_S} s, the current FC 3.0 API maximum",
    summary_zh: "`maxAsyncEventAgeInSeconds` 超过当前函数计算 3.0 API 的上限 {limits::ASYNC_EVENT_AGE_API_MAX_S} 秒",
    doc_zh: include_str!("as003_async_event_age_above_api_max.zh.md"),
}

pub(super) fn check(ctx: &Ctx<'_>, f: &FunctionFacts<'_, '_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::AS003) {
        return;
    }
    let age = &f.async_invoke.event_age_s;
    let (Some(&v), Some(n)) = (age.known(), age.node()) else {
        return;
    };
    let (api, schema) = (
        limits::ASYNC_EVENT_AGE_API_MAX_S,
        limits::ASYNC_EVENT_AGE_S.max,
    );
    if v <= api || v > schema {
        return; // above the schema range is SC005's finding
    }
    let days = api / (24 * 3600);
    out.push(
        at(
            Code::AS003,
            n,
            Text::new(
                format!("maxAsyncEventAgeInSeconds {v} is above {api} s ({days} days), the maximum of the current FC 3.0 API"),
                format!("maxAsyncEventAgeInSeconds {v} 超过当前函数计算 3.0 API 的上限 {api} 秒（{days} 天）"),
            ),
        )
        .with_help(Text::new(
            format!("use at most {api}; the component schemas still accept {schema} but the API may reject or clamp it"),
            format!("请设置不超过 {api}；组件 schema 仍接受 {schema}，但 API 可能拒绝或截断"),
        )),
    );
}
