//! The story of one function: where and how it runs, and how many instances its triggers
//! can keep busy.

use super::story::{inline, l, s, Refs};
use crate::diag::Lang;
use crate::limits;
use crate::plan::FunctionPlan;
use crate::semantics::FunctionSemantics;

/// `Function orders (resource orders, s.yaml:5)`.
pub fn title(f: &FunctionSemantics<'_, '_>, refs: &Refs) -> String {
    let (name, resource) = (&f.facts.label, &f.facts.resource);
    let at = refs.node(Some(f.facts.node));
    l(
        refs.lang,
        format!("Function {name} (resource {resource}{})", inline(&at, ", ")),
        format!("函数 {name}（资源 {resource}{}）", inline(&at, "，")),
    )
}

/// The function's two lines: runtime, region, concurrency and timeout; then its triggers'
/// instances and its cap.
pub fn lines(f: &FunctionSemantics<'_, '_>, fp: &FunctionPlan, refs: &Refs) -> Vec<String> {
    vec![runs(f, fp, refs), instances(f, fp, refs)]
}

/// `Runs python3 (s.yaml:8) in cn-hangzhou (s.yaml:4); each instance handles …; …`.
fn runs(f: &FunctionSemantics<'_, '_>, fp: &FunctionPlan, refs: &Refs) -> String {
    let (lang, facts) = (refs.lang, &f.facts);
    let region = fp.region.clone().unwrap_or_else(|| {
        l(
            lang,
            "a region not known offline".into(),
            "离线未知的地域".into(),
        )
    });
    let runtime = facts.runtime_text().unwrap_or(if lang == Lang::Zh {
        "未知运行时"
    } else {
        "an unknown runtime"
    });
    let ic_at = match facts.instance_concurrency.at {
        Some(site) => format!(", {}", refs.line_of(site)),
        None => l(
            lang,
            format!(
                ": not set, default {}",
                limits::INSTANCE_CONCURRENCY_DEFAULT
            ),
            format!("：未设置，默认 {}", limits::INSTANCE_CONCURRENCY_DEFAULT),
        ),
    };
    let at_ic = refs.fact(&facts.instance_concurrency);
    let ic = match fp.instance_concurrency {
        Some(ic) => l(
            lang,
            format!(
                "each instance handles up to {ic} request{} at once (instanceConcurrency{ic_at})",
                s(ic)
            ),
            format!(
                "每个实例同时处理最多 {ic} 个请求（instanceConcurrency{}）",
                ic_at.replace(", ", "，")
            ),
        ),
        None => l(
            lang,
            format!("its instanceConcurrency{at_ic} is not known"),
            format!("其 instanceConcurrency{at_ic} 未知"),
        ),
    };
    let at_t = refs.fact(&facts.timeout);
    let timeout = match facts.timeout.known() {
        Some(t) => l(
            lang,
            format!("; an invocation may run {t} s{at_t}"),
            format!("；单次调用最长运行 {t} 秒{at_t}"),
        ),
        None => l(
            lang,
            format!(
                "; the timeout is not set (default {} s)",
                limits::TIMEOUT_DEFAULT_S
            ),
            format!("；未设置超时（默认 {} 秒）", limits::TIMEOUT_DEFAULT_S),
        ),
    };
    let (at_rt, at_r) = (refs.fact(&facts.runtime), refs.fact(&facts.region));
    l(
        lang,
        format!("Runs {runtime}{at_rt} in {region}{at_r}; {ic}{timeout}."),
        format!("运行时 {runtime}{at_rt}，位于 {region}{at_r}；{ic}{timeout}。"),
    )
}

/// `It has 2 triggers. At full load its triggers can keep 6 instances busy.`
fn instances(f: &FunctionSemantics<'_, '_>, fp: &FunctionPlan, refs: &Refs) -> String {
    let lang = refs.lang;
    let nt = f.triggers.len();
    let cap = match (fp.instance_cap, fp.reserved_concurrency) {
        (Some(c), Some(r)) => {
            let at = refs.line(f.facts.reserved_concurrency.at);
            let ic = fp.instance_concurrency.unwrap_or(1);
            l(
                lang,
                format!(
                    " Its reservedConcurrency {r}{at} caps it at ⌈{r} / {ic}⌉ = {c} instances."
                ),
                format!("其 reservedConcurrency {r}{at} 把实例数限制在 ⌈{r} / {ic}⌉ = {c} 个。"),
            )
        }
        _ => String::new(),
    };
    let total = match (fp.max_instances, fp.complete()) {
        (Some(n), true) => l(
            lang,
            format!("At full load its triggers can keep {n} instance{} busy.", s(n)),
            format!("满负载时其触发器最多需要 {n} 个实例。"),
        ),
        (Some(n), false) => l(
            lang,
            format!("Some of its triggers have no bound of their own, so the function's cap decides: at most {n} instances."),
            format!("部分触发器自身没有上限，由函数上限决定：最多 {n} 个实例。"),
        ),
        (None, _) => partial_total(fp, lang),
    };
    l(
        lang,
        format!("It has {nt} trigger{}. {total}{cap}", s(nt as u64)),
        format!("它有 {nt} 个触发器。{total}{cap}"),
    )
}

/// The instances of a function some of whose triggers have no known bound.
fn partial_total(fp: &FunctionPlan, lang: Lang) -> String {
    let n = fp.triggers_max_instances;
    let mut out = l(
        lang,
        format!("Its triggers with a known bound need {n} instance{}.", s(n)),
        format!("有明确上限的触发器共需要 {n} 个实例。"),
    );
    if !fp.unbounded.is_empty() {
        out.push_str(&l(
            lang,
            format!(
                " Nothing in s.yaml bounds {}, so only the region quota limits the function.",
                fp.unbounded.join(", ")
            ),
            format!(
                "s.yaml 中没有限制 {} 的设置，函数只受地域配额限制。",
                fp.unbounded.join("、")
            ),
        ));
    }
    if !fp.unknown.is_empty() {
        out.push_str(&l(
            lang,
            format!(
                " The bound of {} depends on values not known offline.",
                fp.unknown.join(", ")
            ),
            format!("{} 的上限取决于离线无法得知的值。", fp.unknown.join("、")),
        ));
    }
    out
}
