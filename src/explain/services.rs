//! The story of triggers a service invokes directly: HTTP, timer, OSS, an EventBridge rule
//! on the default bus, and the rest.

use super::story::{aspect, inline, l, s, Refs};
use crate::config::format_size;
use crate::diag::Lang;
use crate::limits;
use crate::model::{SourceType, TriggerType};
use crate::plan::TriggerPlan;
use crate::semantics::{Family, FunctionSemantics, Invocation, Site, SourceKind, TriggerSemantics};

type Parts = Vec<(String, String)>;

/// Failure handling of triggers FC invokes directly (not through an event stream).
fn async_failure(f: &FunctionSemantics<'_, '_>, refs: &Refs) -> String {
    let fact = &f.facts.async_invoke.retry_attempts;
    let (n, at) = match fact.known() {
        Some(n) => (*n, refs.fact(fact)),
        None => (limits::ASYNC_RETRY_ATTEMPTS_DEFAULT, String::new()),
    };
    let default = if fact.is_present() {
        String::new()
    } else {
        l(refs.lang, " (the default)".into(), "（默认值）".into())
    };
    l(
        refs.lang,
        format!("When the invocation is asynchronous, FC retries a failed invocation {n} time{}{default}{at} (maxAsyncRetryAttempts); throttling and system errors are retried with backoff for up to {} h ({}).", if n == 1 { "" } else { "s" }, limits::ASYNC_SYSTEM_RETRY_HOURS, limits::SRC_ASYNC_RETRY_POLICY),
        format!("异步调用时，函数计算会对失败的调用重试 {n} 次{default}{at}（maxAsyncRetryAttempts）；限流和系统错误按退避重试最长 {} 小时（{}）。", limits::ASYNC_SYSTEM_RETRY_HOURS, limits::SRC_ASYNC_RETRY_POLICY),
    )
}

/// What bounds the instances of a trigger without a delivery bound.
pub(super) fn instances_unbounded(tp: &TriggerPlan, lang: Lang) -> String {
    if tp.max_unknown {
        return l(
            lang,
            "The most instances this trigger can need is not known offline (a value it depends on is not resolved).".into(),
            "该触发器最多需要多少实例离线无法得知（其依赖的值未能解析）。".into(),
        );
    }
    let ic = tp.instance_concurrency.unwrap_or(1);
    l(
        lang,
        format!("Nothing in s.yaml bounds this trigger's instances: FC starts one instance per {ic} concurrent invocation{} (instances = invocations/s × duration ÷ instanceConcurrency), up to the function's cap and the region quota.", s(ic)),
        format!("s.yaml 中没有限制该触发器实例数的设置：函数计算每 {ic} 个并发调用启动一个实例（实例数 = 每秒调用数 × 时长 ÷ instanceConcurrency），直到函数上限和地域配额。"),
    )
}

fn plain(site: Option<Site<'_>>) -> Option<String> {
    site.map(|s| s.plain())
}

/// The parts of a trigger of type `tt` that a service invokes directly.
pub fn parts(
    f: &FunctionSemantics<'_, '_>,
    t: &TriggerSemantics<'_, '_>,
    tt: TriggerType,
    tp: &TriggerPlan,
    refs: &Refs,
    parts: &mut Parts,
) {
    let lang = refs.lang;
    let src = aspect(lang, "Source", "事件来源");
    let inst = aspect(lang, "Instances", "实例");
    let fail = aspect(lang, "Failures", "失败处理");
    match (&t.facts.family, tt) {
        (Family::Http { methods, auth_type }, _) => http(*methods, *auth_type, tp, refs, parts),
        (Family::Timer { cron, enable }, _) => {
            let state = match (enable.known(), lang) {
                (Some(false), Lang::En) => " It is disabled (enable: false).",
                (Some(false), Lang::Zh) => " 该触发器已停用（enable: false）。",
                _ => "",
            };
            let (c, at) = (plain(*cron).unwrap_or_else(|| "?".into()), refs.site(*cron));
            parts.push((
                src,
                l(
                    lang,
                    format!("A timer: `{c}`{at}.{state}"),
                    format!("定时器：`{c}`{at}。{state}"),
                ),
            ));
            parts.push((aspect(lang, "Delivery", "投递"), l(
                lang,
                "One invocation per tick; the handler receives the timer event with its `payload`.".into(),
                "每次触发一次调用；处理函数收到带 `payload` 的定时事件。".into(),
            )));
            parts.push((inst, l(
                lang,
                "Usually one instance: runs only overlap when an invocation outlasts the interval.".into(),
                "通常只需一个实例：只有单次执行超过触发间隔时才会重叠。".into(),
            )));
            parts.push((fail, async_failure(f, refs)));
        }
        (
            Family::Oss {
                events,
                prefix,
                suffix,
                bucket,
            },
            _,
        ) => {
            let bucket = plain(*bucket).unwrap_or_else(|| "?".into());
            let ev = events.and_then(|e| e.list()).unwrap_or_else(|| "?".into());
            let (at_ev, at_p) = (refs.site(*events), refs.site(*prefix));
            let (p, x) = (
                plain(*prefix).unwrap_or_default(),
                plain(*suffix).unwrap_or_default(),
            );
            parts.push((src, l(
                lang,
                format!("OSS bucket {bucket}: events {ev}{at_ev}, objects with prefix `{p}` and suffix `{x}`{at_p}."),
                format!("OSS 存储桶 {bucket}：事件 {ev}{at_ev}，前缀 `{p}`、后缀 `{x}` 的对象{at_p}。"),
            )));
            parts.push((aspect(lang, "Delivery", "投递"), l(
                lang,
                "OSS invokes the function once per matching object event; the handler receives the OSS event (`events[]` with bucket and object).".into(),
                "OSS 对每个匹配的对象事件调用一次函数；处理函数收到 OSS 事件（`events[]`，含存储桶和对象）。".into(),
            )));
            parts.push((inst, instances_unbounded(tp, lang)));
            parts.push((fail, async_failure(f, refs)));
        }
        (_, TriggerType::EventBridge) => event_rule(t, tp, refs, parts),
        (_, other) => {
            let at = refs.site(t.facts.config);
            parts.push((src, l(
                lang,
                format!("The {} service invokes the function as configured in its trigger config{at}.", other.as_str()),
                format!("{} 服务按触发器配置{at}调用函数。", other.as_str()),
            )));
            parts.push((inst, instances_unbounded(tp, lang)));
            parts.push((fail, async_failure(f, refs)));
        }
    }
}

fn http(
    methods: Option<Site<'_>>,
    auth: Option<Site<'_>>,
    tp: &TriggerPlan,
    refs: &Refs,
    parts: &mut Parts,
) {
    let lang = refs.lang;
    let m = methods.and_then(|m| m.list()).unwrap_or_else(|| "?".into());
    let a = auth.and_then(|a| a.text()).unwrap_or("?");
    let (at_m, at_a) = (refs.site(methods), refs.site(auth));
    parts.push((
        aspect(lang, "Source", "事件来源"),
        l(
            lang,
            format!(
                "HTTP requests ({m}{}) to the function's endpoint, authentication `{a}`{at_a}.",
                inline(&at_m, "; ")
            ),
            format!(
                "发往函数端点的 HTTP 请求（{m}{}），认证方式 `{a}`{at_a}。",
                inline(&at_m, "；")
            ),
        ),
    ));
    let (sync, async_) = (
        format_size(limits::SYNC_BODY_LIMIT_BYTES),
        format_size(limits::ASYNC_BODY_LIMIT_BYTES),
    );
    parts.push((aspect(lang, "Delivery", "投递"), l(
        lang,
        format!("One synchronous invocation per request; the handler receives the HTTP request (body up to {sync}; {async_} with the header `X-Fc-Invocation-Type: Async`)."),
        format!("每个请求一次同步调用；处理函数收到 HTTP 请求（请求体最大 {sync}；带 `X-Fc-Invocation-Type: Async` 请求头时为异步，最大 {async_}）。"),
    )));
    parts.push((
        aspect(lang, "Instances", "实例"),
        instances_unbounded(tp, lang),
    ));
    parts.push((
        aspect(lang, "Failures", "失败处理"),
        l(
            lang,
            "The caller receives the error; FC does not retry a synchronous request.".into(),
            "调用方收到错误；函数计算不会重试同步请求。".into(),
        ),
    ));
}

/// An EventBridge trigger whose source is the default bus (an event rule) or not known.
fn event_rule(t: &TriggerSemantics<'_, '_>, tp: &TriggerPlan, refs: &Refs, parts: &mut Parts) {
    let lang = refs.lang;
    let src = aspect(lang, "Source", "事件来源");
    let eb = t.facts.eventbridge.as_ref();
    if t.facts.kind != SourceKind::EventBridge(Some(SourceType::Default)) {
        let at = refs.site(eb.and_then(|eb| eb.source_type.at));
        parts.push((src, l(
            lang,
            format!("An EventBridge trigger whose event source type{at} is not known offline (or not one of {}), so fclint cannot say how it delivers.", limits::EVENT_SOURCE_TYPES.join(", ")),
            format!("EventBridge 触发器的事件源类型{at}离线未知（或不在 {} 之中），fclint 无法说明其投递方式。", limits::EVENT_SOURCE_TYPES.join("、")),
        )));
        parts.push((
            aspect(lang, "Instances", "实例"),
            instances_unbounded(tp, lang),
        ));
        return;
    }
    let pattern = eb.and_then(|eb| eb.rule_pattern);
    let (p, at_p) = (
        plain(pattern).unwrap_or_else(|| "?".into()),
        refs.site(pattern),
    );
    parts.push((src, l(
        lang,
        format!("An EventBridge rule on the default bus: Alibaba Cloud service events matching `{p}`{at_p}."),
        format!("默认事件总线上的 EventBridge 规则：匹配 `{p}` 的阿里云服务事件{at_p}。"),
    )));
    let at_i = refs.site(eb.and_then(|eb| eb.invocation.at));
    let (en, zh) = match tp.invocation {
        Some(Invocation::Sync) => ("synchronously", "同步"),
        Some(Invocation::Async) => ("asynchronously", "异步"),
        None => ("?", "?"),
    };
    parts.push((
        aspect(lang, "Delivery", "投递"),
        l(
            lang,
            format!("One event per invocation, {en}{at_i}, as a CloudEvent."),
            format!("每次调用一个事件，{zh}{at_i}，格式为 CloudEvent。"),
        ),
    ));
    parts.push((
        aspect(lang, "Instances", "实例"),
        instances_unbounded(tp, lang),
    ));
}
