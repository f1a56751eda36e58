//! Telling the story of one file: the semantics of each function and trigger, the plan's
//! numbers, and the findings of `check` placed under what they concern.

use super::story::{l, Finding, FunctionStory, Refs, Story};
use super::{function, trigger};
use crate::config::Config;
use crate::diag::{Diagnostic, Lang};
use crate::limits;
use crate::model::Edition;
use crate::plan::{self, RegionPlan};
use crate::semantics;
use crate::source::SourceMap;

fn base_name(display: &str) -> String {
    std::path::Path::new(display)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| display.to_string())
}

/// Is `pointer` the node at `base` or below it?
fn under(pointer: &str, base: &str) -> bool {
    !base.is_empty()
        && (pointer == base
            || pointer
                .strip_prefix(base)
                .map(|r| r.starts_with('/'))
                .unwrap_or(false))
}

/// The findings not yet placed that concern the node at `base`; they are placed now.
pub(crate) fn take_under(
    diags: &[Diagnostic],
    used: &mut [bool],
    base: &str,
    lang: Lang,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, d) in diags.iter().enumerate() {
        if !used[i] && under(&d.pointer, base) {
            used[i] = true;
            out.push(Finding::of(d, lang));
        }
    }
    out
}

/// Tell the story of one loaded document: the check's findings are run with `config`. Names
/// and values come from the checked file: every sentence is made inert (control characters
/// written visibly, see [`crate::inert`]), so that no renderer can print a line a value began.
pub fn story(sources: &SourceMap, doc: &crate::Document, config: &Config, lang: Lang) -> Story {
    let mut s = tell(sources, doc, config, lang);
    let inert = |t: &mut String| {
        if let std::borrow::Cow::Owned(e) = crate::inert::escape(t) {
            *t = e;
        }
    };
    inert(&mut s.path);
    inert(&mut s.header);
    let findings = s
        .file_findings
        .iter_mut()
        .chain(s.functions.iter_mut().flat_map(|f| {
            f.findings
                .iter_mut()
                .chain(f.triggers.iter_mut().flat_map(|t| t.findings.iter_mut()))
        }));
    for f in findings {
        inert(&mut f.message);
    }
    for f in &mut s.functions {
        inert(&mut f.title);
        f.lines.iter_mut().for_each(inert);
        for t in &mut f.triggers {
            inert(&mut t.title);
            for (a, b) in &mut t.parts {
                inert(a);
                inert(b);
            }
        }
    }
    s
}

fn tell(sources: &SourceMap, doc: &crate::Document, config: &Config, lang: Lang) -> Story {
    let path = sources.get(doc.file).display.clone();
    let refs = Refs {
        file: base_name(&path),
        names: (0..sources.len())
            .map(|i| base_name(&sources.get(crate::source::FileId(i as u32)).display))
            .collect(),
        lang,
    };
    let mut diags = crate::check_document(sources, doc, config);
    crate::sort_diagnostics(sources, &mut diags);
    let Some(root) = &doc.root else {
        return Story {
            header: l(
                lang,
                format!("{path}: the file could not be read as YAML, so there is nothing to explain yet; the findings below say why."),
                format!("{path}：文件无法按 YAML 读取，暂时无法解释；原因见下方的检查结果。"),
            ),
            path,
            file_findings: diags.iter().map(|d| Finding::of(d, lang)).collect(),
            functions: Vec::new(),
        };
    };
    if let crate::model::Platform::Scf(form) = doc.platform {
        return super::scf::story(path, root, form, doc.file, &diags, config, &refs);
    }
    let model = crate::model::build(doc.file, root, doc.edition);
    let sem = semantics::analyze(&model, &config.inventory);
    let (tplans, fplans) = plan::plan_semantics(&path, &sem);
    let whole = plan::Plan::assemble(tplans.clone(), fplans.clone(), &config.inventory);
    let mut used = vec![false; diags.len()];
    let mut functions = Vec::new();
    let mut tplans = tplans.into_iter();
    for (f, fp) in sem.iter().zip(fplans) {
        let mut triggers = Vec::new();
        for t in &f.triggers {
            let Some(tp) = tplans.next() else {
                break;
            };
            let findings = take_under(&diags, &mut used, &t.facts.node.pointer, lang);
            triggers.push(trigger::story(f, t, tp, findings, &refs));
        }
        let findings = take_under(&diags, &mut used, &f.facts.node.pointer, lang);
        functions.push(FunctionStory {
            title: function::title(f, &refs),
            lines: function::lines(f, &fp, &refs),
            findings,
            triggers,
            plan: fp,
            scf: None,
        });
    }
    let file_findings = diags
        .iter()
        .enumerate()
        .filter(|(i, _)| !used[*i])
        .map(|(_, d)| Finding::of(d, lang))
        .collect();
    let mut header = header(&path, doc.edition, functions.len(), lang);
    for r in &whole.regions {
        header.push_str(&quota_sentence(r, whole.quota_configured, lang));
    }
    Story {
        path,
        header,
        file_findings,
        functions,
    }
}

/// `s.yaml: edition 3.0.0 (fc3), 2 Function Compute functions.`
fn header(path: &str, edition: Edition, n: usize, lang: Lang) -> String {
    let edition = match edition {
        Edition::V3 => "3.0.0 (fc3)",
        Edition::V1 => "1.0.0 (devsapp/fc)",
    };
    l(
        lang,
        format!(
            "{path}: edition {edition}, {n} Function Compute function{}.",
            if n == 1 { "" } else { "s" }
        ),
        format!("{path}：edition {edition}，{n} 个函数计算函数。"),
    )
}

/// ` In cn-hangzhou its functions can need 6 of the 100 instances of the region quota (6%).`
fn quota_sentence(r: &RegionPlan, configured: bool, lang: Lang) -> String {
    let region = r.region.clone().unwrap_or_else(|| {
        l(
            lang,
            "a region not known offline".into(),
            "离线未知的地域".into(),
        )
    });
    let pct = crate::present::percent(r.max_instances, r.quota);
    let whose = if configured {
        l(
            lang,
            "region_quota in fclint.toml".into(),
            "fclint.toml 中的 region_quota".into(),
        )
    } else {
        l(
            lang,
            format!(
                "fclint's default; the docs say 100 or {}",
                limits::REGION_INSTANCE_QUOTA_OLD
            ),
            format!(
                "fclint 默认值；文档给出 100 或 {}",
                limits::REGION_INSTANCE_QUOTA_OLD
            ),
        )
    };
    let over = if r.max_instances > r.quota {
        l(
            lang,
            format!(
                ", more than the quota: FC throttles with {} beyond it ({})",
                limits::THROTTLE_HTTP_STATUS,
                limits::SRC_SCALING_LIMITS
            ),
            format!(
                "，超过配额：超出部分函数计算会以 {} 限流（{}）",
                limits::THROTTLE_HTTP_STATUS,
                limits::SRC_SCALING_LIMITS
            ),
        )
    } else {
        String::new()
    };
    let (n, q) = (r.max_instances, r.quota);
    match (r.lower_bound, lang) {
        (false, Lang::En) => format!(" In {region} its functions can need {n} of the {q} instances of the region quota ({pct}; {whose}){over}."),
        (false, Lang::Zh) => format!("在 {region}，其函数最多需要 {n} 个实例，地域配额为 {q}（{pct}；{whose}）{over}。"),
        (true, Lang::En) => format!(" In {region} the triggers with a bound need {n} of the {q} instances of the region quota ({pct}; {whose}); the unbounded ones need more as their load grows{over}."),
        (true, Lang::Zh) => format!("在 {region}，有上限的触发器需要 {n} 个实例，地域配额为 {q}（{pct}；{whose}）；无上限的触发器随负载增加需要更多{over}。"),
    }
}
