//! The story of a Tencent Cloud SCF `serverless.yml`: the same shape as FC's — a header, each
//! function with its triggers and the findings of `check` placed under what they concern —
//! from [`crate::semantics::scf`] and the SCF plan rows ([`crate::plan::scf`]).

use super::build::take_under;
use super::scf_parts;
use super::story::{inline, l, Finding, FunctionStory, Refs, Story, TriggerStory};
use crate::config::Config;
use crate::diag::{Diagnostic, Lang};
use crate::limits;
use crate::model::scf::{ScfForm, ScfModel};
use crate::plan::scf::{plan_semantics, ScfFunctionPlan, ScfPlan, ScfRegionPlan};
use crate::present::percent;
use crate::semantics::scf::{self as sem, ScfFunctionSemantics};
use crate::source::{FileId, Node};

/// Tell the story of one SCF document; `diags` are its sorted findings.
pub(super) fn story(
    path: String,
    root: &Node,
    form: ScfForm,
    file: FileId,
    diags: &[Diagnostic],
    config: &Config,
    refs: &Refs,
) -> Story {
    let lang = refs.lang;
    let model = crate::model::scf::build(file, root, form);
    let sems = sem::analyze(&model, &config.inventory);
    let (tplans, fplans) = plan_semantics(&path, &sems);
    let whole = ScfPlan::assemble(tplans.clone(), fplans.clone(), &config.inventory);
    let mut used = vec![false; diags.len()];
    let mut functions = Vec::new();
    let mut tplans = tplans.into_iter();
    for (f, fp) in sems.iter().zip(fplans) {
        let mut triggers = Vec::new();
        for t in &f.triggers {
            let Some(tp) = tplans.next() else { break };
            let findings = take_under(diags, &mut used, &t.trigger.node.pointer, lang);
            let kind = t.trigger.type_text.clone().unwrap_or_else(|| "?".into());
            let at = refs.node(Some(t.trigger.node));
            triggers.push(TriggerStory {
                title: l(
                    lang,
                    format!("Trigger {} ({kind}{})", tp.trigger, inline(&at, ", ")),
                    format!("触发器 {}（{kind}{}）", tp.trigger, inline(&at, "，")),
                ),
                parts: scf_parts::parts(f, t, &tp, refs),
                findings,
                plan: Default::default(),
                scf: Some(tp),
            });
        }
        let findings = take_under(diags, &mut used, &f.facts.node.pointer, lang);
        functions.push(FunctionStory {
            title: title(f, &model, refs),
            lines: lines(f, &fp, refs),
            findings,
            triggers,
            plan: Default::default(),
            scf: Some(fp),
        });
    }
    let file_findings = diags
        .iter()
        .enumerate()
        .filter(|(i, _)| !used[*i])
        .map(|(_, d)| Finding::of(d, lang))
        .collect();
    let mut header = header(&path, form, functions.len(), lang);
    for r in &whole.regions {
        header.push_str(&quota_sentence(r, lang));
    }
    Story {
        path,
        header,
        file_findings,
        functions,
    }
}

/// `serverless.yml: Tencent Cloud SCF, the `scf` component, 1 SCF function.`
fn header(path: &str, form: ScfForm, n: usize, lang: Lang) -> String {
    let (en, zh) = form.describe();
    l(
        lang,
        format!(
            "{path}: Tencent Cloud SCF, {en}, {n} SCF function{}.",
            if n == 1 { "" } else { "s" }
        ),
        format!("{path}：腾讯云 SCF，{zh}，{n} 个 SCF 函数。"),
    )
}

/// ` In ap-guangzhou its CKafka triggers can hold 6144 of the 128000 MB …`.
fn quota_sentence(r: &ScfRegionPlan, lang: Lang) -> String {
    let region = r.region.clone().unwrap_or_else(|| {
        l(
            lang,
            "a region not known offline".into(),
            "离线未知的地域".into(),
        )
    });
    let bound = if r.lower_bound {
        l(lang, "at least ".into(), "至少 ".into())
    } else {
        String::new()
    };
    let used = r.used_mb;
    match (r.quota_mb, lang) {
        (Some(q), Lang::En) => format!(" In {region} its CKafka triggers can hold {bound}{used} of the {q} MB concurrency quota ({}; memory × instances, shared by every function of the account in the region){}.", percent(used, q), if used > q { ": more than the quota, so SCF answers 432 and the partitions back off" } else { "" }),
        (Some(q), Lang::Zh) => format!("在 {region}，其 CKafka 触发器可占用 {bound}{used} MB 并发配额，配额为 {q} MB（{}；内存 × 实例数，由账号在该地域的所有函数共享）{}。", percent(used, q), if used > q { "：超过配额，SCF 返回 432，分区退避重试" } else { "" }),
        (None, Lang::En) => format!(" In {region} its CKafka triggers can hold {bound}{used} MB of concurrency; the region's quota is not documented (set scf_region_quota_mb in fclint.toml)."),
        (None, Lang::Zh) => format!("在 {region}，其 CKafka 触发器可占用 {bound}{used} MB 并发；该地域的配额未见文档（请在 fclint.toml 中设置 scf_region_quota_mb）。"),
    }
}

/// `Function orders-dev-orders (inputs, serverless.yml:3)`.
fn title(f: &ScfFunctionSemantics<'_, '_>, model: &ScfModel<'_>, refs: &Refs) -> String {
    let at = refs.node(Some(f.facts.node));
    let name = &f.facts.label;
    let key = &f.facts.key;
    let (en, zh) = match model.form {
        ScfForm::Component => (
            format!("Function {name} (`inputs`{})", inline(&at, ", ")),
            format!("函数 {name}（`inputs`{}）", inline(&at, "，")),
        ),
        _ => (
            format!("Function {name} (key {key}{})", inline(&at, ", ")),
            format!("函数 {name}（键 {key}{}）", inline(&at, "，")),
        ),
    };
    l(refs.lang, en, zh)
}

/// Where and how the function runs; what its CKafka triggers hold of the quota.
fn lines(f: &ScfFunctionSemantics<'_, '_>, fp: &ScfFunctionPlan, refs: &Refs) -> Vec<String> {
    let lang = refs.lang;
    let facts = &f.facts;
    let region = fp.region.clone().unwrap_or_else(|| {
        l(
            lang,
            "a region not known offline".into(),
            "离线未知的地域".into(),
        )
    });
    let default = |is: bool, en: &str, zh: &str| {
        if is {
            l(lang, format!(" ({en})"), format!("（{zh}）"))
        } else {
            String::new()
        }
    };
    let at_r =
        refs.fact(&facts.region) + &default(facts.region.is_default(), "the default", "默认值");
    let mem = fp
        .memory_mb
        .map(|m| format!("{m} MB"))
        .unwrap_or_else(|| "?".into());
    let at_m = refs.fact(&facts.memory_mb)
        + &default(facts.memory_mb.is_default(), "the default", "默认值");
    let t = fp
        .timeout_s
        .map(|t| t.to_string())
        .unwrap_or_else(|| "?".into());
    let at_t =
        refs.fact(&facts.timeout) + &default(facts.timeout.is_default(), "the default", "默认值");
    let runs = l(
        lang,
        format!("Runs in {region}{at_r} with {mem}{at_m}; an invocation may run {t} s{at_t}. An event function's instance handles {} event at a time.", limits::SCF_EVENT_INSTANCE_CONCURRENCY),
        format!("运行在 {region}{at_r}，内存 {mem}{at_m}；单次调用最长运行 {t} 秒{at_t}。事件函数的每个实例一次处理 {} 个事件。", limits::SCF_EVENT_INSTANCE_CONCURRENCY),
    );
    let n = f.triggers.len();
    let unknown = if fp.unknown.is_empty() {
        String::new()
    } else {
        l(
            lang,
            format!(
                ", more for {} whose partitions are not known",
                fp.unknown.join(", ")
            ),
            format!("，{} 的分区数未知，需要更多", fp.unknown.join("、")),
        )
    };
    let hold = match fp.quota_mb {
        Some(mb) => l(
            lang,
            format!(
                "{} × {mem} = {mb} MB of the region's concurrency quota",
                fp.in_flight
            ),
            format!("{} × {mem} = {mb} MB 地域并发配额", fp.in_flight),
        ),
        None => l(
            lang,
            "a share of the region's concurrency quota not known offline".into(),
            "离线无法得知的地域并发配额".into(),
        ),
    };
    let load = l(
        lang,
        format!("It has {n} trigger{}. Its CKafka triggers can keep {} invocations running at once (one per partition){unknown}: {hold}.", if n == 1 { "" } else { "s" }, fp.in_flight),
        format!("它有 {n} 个触发器。其 CKafka 触发器最多同时运行 {} 个调用（每分区一个）{unknown}：{hold}。", fp.in_flight),
    );
    vec![runs, load]
}
