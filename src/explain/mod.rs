//! `fclint explain s.yaml`: a plain-language story of a configuration, per function and
//! trigger — where events come from, how they are batched and delivered, how many instances
//! FC may start and why, what happens when the handler fails, and which findings of `check`
//! concern it. Every number comes from the plan ([`crate::plan`]), never recomputed here,
//! and points back at the YAML line it came from (`s.yaml:42`).

use crate::config::{format_size, Config};
use crate::diag::{Diagnostic, Lang, Severity};
use crate::limits;
use crate::model::{Edition, Function, Trigger, TriggerType};
use crate::plan::render::{retry_timeline, split_text};
use crate::plan::{self, After, FunctionPlan, Invocation, TriggerPlan};
use crate::source::{Node, SourceMap};

/// Output format of `explain FILE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Mermaid,
}

/// One finding of `check`, as the story shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub line: u32,
    pub col: u32,
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
}

/// The story of one trigger.
#[derive(Debug, Clone)]
pub struct TriggerStory {
    pub title: String,
    /// `(aspect, sentence)`: source, batching, delivery, instances, failures.
    pub parts: Vec<(String, String)>,
    pub findings: Vec<Finding>,
    pub plan: TriggerPlan,
}

/// The story of one function.
#[derive(Debug, Clone)]
pub struct FunctionStory {
    pub title: String,
    pub lines: Vec<String>,
    pub findings: Vec<Finding>,
    pub triggers: Vec<TriggerStory>,
    pub plan: FunctionPlan,
}

/// The story of one file.
#[derive(Debug, Clone)]
pub struct Story {
    pub path: String,
    pub header: String,
    pub file_findings: Vec<Finding>,
    pub functions: Vec<FunctionStory>,
}

fn l(lang: Lang, en: String, zh: String) -> String {
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

/// Where a number came from: ` (s.yaml:42)`, or ` (s.yaml:42, value from s.yaml:9)` for a
/// resolved value defined elsewhere.
struct Refs {
    file: String,
    /// File names by `FileId`, for origins in other files.
    names: Vec<String>,
    lang: Lang,
}

impl Refs {
    fn at(&self, line: Option<u32>) -> String {
        self.with_origin(line, None)
    }

    fn with_origin(&self, line: Option<u32>, origin: Option<crate::source::Span>) -> String {
        let Some(n) = line else {
            return String::new();
        };
        match origin {
            Some(o) => {
                let name = self
                    .names
                    .get(o.file.0 as usize)
                    .cloned()
                    .unwrap_or_else(|| self.file.clone());
                match self.lang {
                    Lang::En => format!(" ({}:{n}, value from {name}:{})", self.file, o.start.line),
                    Lang::Zh => format!(" ({}:{n}，值来自 {name}:{})", self.file, o.start.line),
                }
            }
            None => format!(" ({}:{n})", self.file),
        }
    }

    fn node(&self, n: Option<&Node>) -> String {
        self.with_origin(
            n.map(|n| n.span.start.line),
            n.and_then(|n| n.origin.as_deref().copied().filter(|o| *o != n.span)),
        )
    }

    /// The line (and origin) the plan recorded for the input `key`.
    fn key(&self, tp: &TriggerPlan, key: &str) -> String {
        self.with_origin(tp.lines.get(key).copied(), tp.origins.get(key).copied())
    }
}

fn base_name(display: &str) -> String {
    std::path::Path::new(display)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| display.to_string())
}

fn finding(d: &Diagnostic, lang: Lang) -> Finding {
    Finding {
        line: d.span.start.line,
        col: d.span.start.col,
        severity: d.severity,
        code: d.code,
        message: d.message.get(lang).to_string(),
    }
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

/// Tell the story of one loaded document: the check's findings are run with `config`. Names
/// and values come from the checked file: every sentence is made inert (control characters
/// written visibly, see [`crate::inert`]).
pub fn story(sources: &SourceMap, doc: &crate::Document, config: &Config, lang: Lang) -> Story {
    let mut s = tell(sources, doc, config, lang);
    let inert = |t: &mut String| {
        if let std::borrow::Cow::Owned(e) = crate::inert::escape(t) {
            *t = e;
        }
    };
    inert(&mut s.header);
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
    let src = sources.get(doc.file);
    let path = src.display.clone();
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
            file_findings: diags.iter().map(|d| finding(d, lang)).collect(),
            functions: Vec::new(),
        };
    };
    let model = crate::model::build(doc.file, root, doc.edition);
    let (tplans, fplans) = plan::plan_model(sources, &model, &config.inventory);
    let whole = plan::Plan::assemble(tplans.clone(), fplans.clone(), &config.inventory);
    let mut used = vec![false; diags.len()];
    let mut functions = Vec::new();
    let mut ti = 0;
    for (f, fp) in model.functions.iter().zip(fplans) {
        let mut triggers = Vec::new();
        for t in &f.triggers {
            let Some(tp) = tplans.get(ti).cloned() else {
                break;
            };
            ti += 1;
            let mut findings = Vec::new();
            for (i, d) in diags.iter().enumerate() {
                if !used[i] && under(&d.pointer, &t.node.pointer) {
                    used[i] = true;
                    findings.push(finding(d, lang));
                }
            }
            triggers.push(trigger_story(f, t, tp, findings, &refs, lang));
        }
        let mut findings = Vec::new();
        for (i, d) in diags.iter().enumerate() {
            if !used[i] && under(&d.pointer, &f.resource_node.pointer) {
                used[i] = true;
                findings.push(finding(d, lang));
            }
        }
        functions.push(function_story(f, fp, triggers, findings, &refs, lang));
    }
    let file_findings = diags
        .iter()
        .enumerate()
        .filter(|(i, _)| !used[*i])
        .map(|(_, d)| finding(d, lang))
        .collect();
    let edition = match doc.edition {
        Edition::V3 => "3.0.0 (fc3)",
        Edition::V1 => "1.0.0 (devsapp/fc)",
    };
    let n = functions.len();
    let mut header = l(
        lang,
        format!(
            "{path}: edition {edition}, {n} Function Compute function{}.",
            if n == 1 { "" } else { "s" }
        ),
        format!("{path}：edition {edition}，{n} 个函数计算函数。"),
    );
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

/// ` In cn-hangzhou its functions can need 6 of the 100 instances of the region quota (6%).`
fn quota_sentence(r: &plan::RegionPlan, configured: bool, lang: Lang) -> String {
    let region = r.region.clone().unwrap_or_else(|| {
        l(
            lang,
            "a region not known offline".into(),
            "离线未知的地域".into(),
        )
    });
    let pct = crate::plan::render::percent(r.max_instances, r.quota);
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

fn function_story(
    f: &Function<'_>,
    fp: FunctionPlan,
    triggers: Vec<TriggerStory>,
    findings: Vec<Finding>,
    refs: &Refs,
    lang: Lang,
) -> FunctionStory {
    let name = f.label();
    let title = l(
        lang,
        format!(
            "Function {name} (resource {}{})",
            f.resource,
            inline(&refs.node(Some(f.resource_node)), ", ")
        ),
        format!(
            "函数 {name}（资源 {}{}）",
            f.resource,
            inline(&refs.node(Some(f.resource_node)), "，")
        ),
    );
    let mut lines = Vec::new();
    let region = fp.region.clone().unwrap_or_else(|| {
        l(
            lang,
            "a region not known offline".into(),
            "离线未知的地域".into(),
        )
    });
    let runtime = f
        .runtime()
        .and_then(Node::as_str)
        .unwrap_or(if lang == Lang::Zh {
            "未知运行时"
        } else {
            "an unknown runtime"
        });
    let ic_at = match f.instance_concurrency() {
        Some(n) => format!(", {}:{}", refs.file, n.span.start.line),
        None => l(
            lang,
            format!(
                ": not set, default {}",
                limits::INSTANCE_CONCURRENCY_DEFAULT
            ),
            format!("：未设置，默认 {}", limits::INSTANCE_CONCURRENCY_DEFAULT),
        ),
    };
    let ic = match fp.instance_concurrency {
        Some(ic) => l(
            lang,
            format!(
                "each instance handles up to {ic} request{} at once (instanceConcurrency{ic_at})",
                if ic == 1 { "" } else { "s" }
            ),
            format!(
                "每个实例同时处理最多 {ic} 个请求（instanceConcurrency{}）",
                ic_at.replace(", ", "，")
            ),
        ),
        None => l(
            lang,
            format!(
                "its instanceConcurrency{} is not known",
                refs.node(f.instance_concurrency())
            ),
            format!(
                "其 instanceConcurrency{} 未知",
                refs.node(f.instance_concurrency())
            ),
        ),
    };
    let timeout = match f.timeout().and_then(Node::as_i64) {
        Some(t) => l(
            lang,
            format!("; an invocation may run {t} s{}", refs.node(f.timeout())),
            format!("；单次调用最长运行 {t} 秒{}", refs.node(f.timeout())),
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
    lines.push(l(
        lang,
        format!(
            "Runs {runtime}{} in {region}{}; {ic}{timeout}.",
            refs.node(f.runtime()),
            refs.node(f.region())
        ),
        format!(
            "运行时 {runtime}{}，位于 {region}{}；{ic}{timeout}。",
            refs.node(f.runtime()),
            refs.node(f.region())
        ),
    ));
    let nt = f.triggers.len();
    let cap = match (fp.instance_cap, fp.reserved_concurrency) {
        (Some(c), Some(r)) => l(
            lang,
            format!(
                " Its reservedConcurrency {r}{} caps it at ⌈{r} / {}⌉ = {c} instances.",
                refs.at(fp.lines.get("reservedConcurrency").copied()),
                fp.instance_concurrency.unwrap_or(1)
            ),
            format!(
                "其 reservedConcurrency {r}{} 把实例数限制在 ⌈{r} / {}⌉ = {c} 个。",
                refs.at(fp.lines.get("reservedConcurrency").copied()),
                fp.instance_concurrency.unwrap_or(1)
            ),
        ),
        _ => String::new(),
    };
    let total = match (fp.max_instances, fp.complete()) {
        (Some(n), true) => l(
            lang,
            format!("At full load its triggers can keep {n} instance{} busy.", if n == 1 { "" } else { "s" }),
            format!("满负载时其触发器最多需要 {n} 个实例。"),
        ),
        (Some(n), false) => l(
            lang,
            format!("Some of its triggers have no bound of their own, so the function's cap decides: at most {n} instances."),
            format!("部分触发器自身没有上限，由函数上限决定：最多 {n} 个实例。"),
        ),
        (None, _) => {
            let mut s = l(
                lang,
                format!(
                    "Its triggers with a known bound need {} instance{}.",
                    fp.triggers_max_instances,
                    if fp.triggers_max_instances == 1 { "" } else { "s" }
                ),
                format!("有明确上限的触发器共需要 {} 个实例。", fp.triggers_max_instances),
            );
            if !fp.unbounded.is_empty() {
                s.push_str(&l(
                    lang,
                    format!(" Nothing in s.yaml bounds {}, so only the region quota limits the function.", fp.unbounded.join(", ")),
                    format!("s.yaml 中没有限制 {} 的设置，函数只受地域配额限制。", fp.unbounded.join("、")),
                ));
            }
            if !fp.unknown.is_empty() {
                s.push_str(&l(
                    lang,
                    format!(" The bound of {} depends on values not known offline.", fp.unknown.join(", ")),
                    format!("{} 的上限取决于离线无法得知的值。", fp.unknown.join("、")),
                ));
            }
            s
        }
    };
    lines.push(l(
        lang,
        format!(
            "It has {nt} trigger{}. {total}{cap}",
            if nt == 1 { "" } else { "s" }
        ),
        format!("它有 {nt} 个触发器。{total}{cap}"),
    ));
    FunctionStory {
        title,
        lines,
        findings,
        triggers,
        plan: fp,
    }
}

fn aspect(lang: Lang, en: &str, zh: &str) -> String {
    l(lang, en.into(), zh.into())
}

fn trigger_story(
    f: &Function<'_>,
    t: &Trigger<'_>,
    tp: TriggerPlan,
    findings: Vec<Finding>,
    refs: &Refs,
    lang: Lang,
) -> TriggerStory {
    let kind = tp.trigger_type.clone().unwrap_or_else(|| "?".into());
    let title = l(
        lang,
        format!(
            "Trigger {} ({kind}{})",
            tp.trigger,
            inline(&refs.node(Some(t.node)), ", ")
        ),
        format!(
            "触发器 {}（{kind}{}）",
            tp.trigger,
            inline(&refs.node(Some(t.node)), "，")
        ),
    );
    let mut parts = Vec::new();
    match (t.trigger_type(), t.eventbridge()) {
        (Some(TriggerType::EventBridge), Some(eb)) if tp.source.as_deref() != Some("Default") && tp.source.as_deref() != Some("eventbridge") => {
            eventbridge_parts(&eb, &tp, refs, lang, &mut parts)
        }
        (Some(tt), _) => simple_parts(f, t, tt, &tp, refs, lang, &mut parts),
        (None, _) => parts.push((
            aspect(lang, "Source", "事件来源"),
            l(
                lang,
                format!("The trigger type{} is not one fclint knows, so it cannot say what this trigger does.", refs.node(t.kind_node)),
                format!("触发器类型{}不是 fclint 认识的类型，无法说明其行为。", refs.node(t.kind_node)),
            ),
        )),
    }
    TriggerStory {
        title,
        parts,
        findings,
        plan: tp,
    }
}

fn cfg_str<'a>(t: &Trigger<'a>, path: &[&str]) -> Option<&'a Node> {
    t.config?.at(path)
}

/// A value as a person writes it: strings without quotes.
fn plain(n: &Node) -> String {
    let s = n
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| n.display_value());
    crate::inert::escape(&s).into_owned()
}

fn list_of(n: Option<&Node>) -> Option<String> {
    let n = n?;
    let items: Vec<String> = n.items().iter().map(plain).collect();
    if items.is_empty() {
        n.as_str().map(|s| crate::inert::escape(s).into_owned())
    } else {
        Some(items.join(", "))
    }
}

/// Failure handling of triggers FC invokes directly (not through an event stream).
fn async_failure(f: &Function<'_>, refs: &Refs, lang: Lang) -> String {
    let node = f
        .async_config()
        .and_then(|c| c.get("maxAsyncRetryAttempts"));
    let (n, at) = match node.and_then(Node::as_i64) {
        Some(n) => (n, refs.node(node)),
        None => (limits::ASYNC_RETRY_ATTEMPTS_DEFAULT, String::new()),
    };
    let default = if node.is_none() {
        l(lang, " (the default)".into(), "（默认值）".into())
    } else {
        String::new()
    };
    l(
        lang,
        format!("When the invocation is asynchronous, FC retries a failed invocation {n} time{}{default}{at} (maxAsyncRetryAttempts); throttling and system errors are retried with backoff for up to {} h ({}).", if n == 1 { "" } else { "s" }, limits::ASYNC_SYSTEM_RETRY_HOURS, limits::SRC_ASYNC_RETRY_POLICY),
        format!("异步调用时，函数计算会对失败的调用重试 {n} 次{default}{at}（maxAsyncRetryAttempts）；限流和系统错误按退避重试最长 {} 小时（{}）。", limits::ASYNC_SYSTEM_RETRY_HOURS, limits::SRC_ASYNC_RETRY_POLICY),
    )
}

fn instances_unbounded(tp: &TriggerPlan, lang: Lang) -> String {
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
        format!("Nothing in s.yaml bounds this trigger's instances: FC starts one instance per {ic} concurrent invocation{} (instances = invocations/s × duration ÷ instanceConcurrency), up to the function's cap and the region quota.", if ic == 1 { "" } else { "s" }),
        format!("s.yaml 中没有限制该触发器实例数的设置：函数计算每 {ic} 个并发调用启动一个实例（实例数 = 每秒调用数 × 时长 ÷ instanceConcurrency），直到函数上限和地域配额。"),
    )
}

fn simple_parts(
    f: &Function<'_>,
    t: &Trigger<'_>,
    tt: TriggerType,
    tp: &TriggerPlan,
    refs: &Refs,
    lang: Lang,
    parts: &mut Vec<(String, String)>,
) {
    let src = aspect(lang, "Source", "事件来源");
    let deliver = aspect(lang, "Delivery", "投递");
    let inst = aspect(lang, "Instances", "实例");
    let fail = aspect(lang, "Failures", "失败处理");
    match tt {
        TriggerType::Http => {
            let methods = list_of(cfg_str(t, &["methods"])).unwrap_or_else(|| "?".into());
            let auth = cfg_str(t, &["authType"])
                .and_then(Node::as_str)
                .unwrap_or("?");
            parts.push((src.clone(), l(
                lang,
                format!("HTTP requests ({methods}{}) to the function's endpoint, authentication `{auth}`{}.", inline(&refs.node(cfg_str(t, &["methods"])), "; "), refs.node(cfg_str(t, &["authType"]))),
                format!("发往函数端点的 HTTP 请求（{methods}{}），认证方式 `{auth}`{}。", inline(&refs.node(cfg_str(t, &["methods"])), "；"), refs.node(cfg_str(t, &["authType"]))),
            )));
            parts.push((deliver.clone(), l(
                lang,
                format!("One synchronous invocation per request; the handler receives the HTTP request (body up to {}; {} with the header `X-Fc-Invocation-Type: Async`).", format_size(limits::SYNC_BODY_LIMIT_BYTES), format_size(limits::ASYNC_BODY_LIMIT_BYTES)),
                format!("每个请求一次同步调用；处理函数收到 HTTP 请求（请求体最大 {}；带 `X-Fc-Invocation-Type: Async` 请求头时为异步，最大 {}）。", format_size(limits::SYNC_BODY_LIMIT_BYTES), format_size(limits::ASYNC_BODY_LIMIT_BYTES)),
            )));
            parts.push((inst, instances_unbounded(tp, lang)));
            parts.push((
                fail,
                l(
                    lang,
                    "The caller receives the error; FC does not retry a synchronous request."
                        .into(),
                    "调用方收到错误；函数计算不会重试同步请求。".into(),
                ),
            ));
        }
        TriggerType::Timer => {
            let cron = cfg_str(t, &["cronExpression"]);
            let enable = cfg_str(t, &["enable"]).and_then(Node::as_bool);
            let state = match (enable, lang) {
                (Some(false), Lang::En) => " It is disabled (enable: false).",
                (Some(false), Lang::Zh) => " 该触发器已停用（enable: false）。",
                _ => "",
            };
            parts.push((
                src,
                l(
                    lang,
                    format!(
                        "A timer: `{}`{}.{state}",
                        cron.map(plain).unwrap_or_else(|| "?".into()),
                        refs.node(cron)
                    ),
                    format!(
                        "定时器：`{}`{}。{state}",
                        cron.map(plain).unwrap_or_else(|| "?".into()),
                        refs.node(cron)
                    ),
                ),
            ));
            parts.push((deliver, l(
                lang,
                "One invocation per tick; the handler receives the timer event with its `payload`.".into(),
                "每次触发一次调用；处理函数收到带 `payload` 的定时事件。".into(),
            )));
            parts.push((inst, l(
                lang,
                "Usually one instance: runs only overlap when an invocation outlasts the interval.".into(),
                "通常只需一个实例：只有单次执行超过触发间隔时才会重叠。".into(),
            )));
            parts.push((fail, async_failure(f, refs, lang)));
        }
        TriggerType::Oss => {
            let events = list_of(cfg_str(t, &["events"])).unwrap_or_else(|| "?".into());
            let prefix = cfg_str(t, &["filter", "key", "prefix"])
                .or(cfg_str(t, &["filter", "Key", "Prefix"]));
            let suffix = cfg_str(t, &["filter", "key", "suffix"])
                .or(cfg_str(t, &["filter", "Key", "Suffix"]));
            let bucket = cfg_str(t, &["bucketName"])
                .map(plain)
                .or_else(|| t.source_arn.map(plain))
                .unwrap_or_else(|| "?".into());
            parts.push((src, l(
                lang,
                format!("OSS bucket {bucket}: events {}{}, objects with prefix `{}` and suffix `{}`{}.", events, refs.node(cfg_str(t, &["events"])), prefix.map(plain).unwrap_or_default(), suffix.map(plain).unwrap_or_default(), refs.node(prefix)),
                format!("OSS 存储桶 {bucket}：事件 {}{}，前缀 `{}`、后缀 `{}` 的对象{}。", events, refs.node(cfg_str(t, &["events"])), prefix.map(plain).unwrap_or_default(), suffix.map(plain).unwrap_or_default(), refs.node(prefix)),
            )));
            parts.push((deliver, l(
                lang,
                "OSS invokes the function once per matching object event; the handler receives the OSS event (`events[]` with bucket and object).".into(),
                "OSS 对每个匹配的对象事件调用一次函数；处理函数收到 OSS 事件（`events[]`，含存储桶和对象）。".into(),
            )));
            parts.push((inst, instances_unbounded(tp, lang)));
            parts.push((fail, async_failure(f, refs, lang)));
        }
        TriggerType::EventBridge if tp.source.as_deref() != Some("Default") => {
            let node = t.eventbridge().and_then(|eb| eb.source_type_node());
            parts.push((src, l(
                lang,
                format!("An EventBridge trigger whose event source type{} is not known offline (or not one of {}), so fclint cannot say how it delivers.", refs.node(node), limits::EVENT_SOURCE_TYPES.join(", ")),
                format!("EventBridge 触发器的事件源类型{}离线未知（或不在 {} 之中），fclint 无法说明其投递方式。", refs.node(node), limits::EVENT_SOURCE_TYPES.join("、")),
            )));
            parts.push((inst, instances_unbounded(tp, lang)));
        }
        TriggerType::EventBridge => {
            let pattern = cfg_str(t, &["eventRuleFilterPattern"]);
            parts.push((src, l(
                lang,
                format!("An EventBridge rule on the default bus: Alibaba Cloud service events matching `{}`{}.", pattern.map(plain).unwrap_or_else(|| "?".into()), refs.node(pattern)),
                format!("默认事件总线上的 EventBridge 规则：匹配 `{}` 的阿里云服务事件{}。", pattern.map(plain).unwrap_or_else(|| "?".into()), refs.node(pattern)),
            )));
            parts.push((
                deliver,
                l(
                    lang,
                    format!(
                        "One event per invocation, {}{}, as a CloudEvent.",
                        tp.invocation
                            .map(|i| if i == Invocation::Sync {
                                "synchronously"
                            } else {
                                "asynchronously"
                            })
                            .unwrap_or("?"),
                        refs.key(tp, "asyncInvocationType")
                    ),
                    format!(
                        "每次调用一个事件，{}{}，格式为 CloudEvent。",
                        tp.invocation
                            .map(|i| if i == Invocation::Sync {
                                "同步"
                            } else {
                                "异步"
                            })
                            .unwrap_or("?"),
                        refs.key(tp, "asyncInvocationType")
                    ),
                ),
            ));
            parts.push((inst, instances_unbounded(tp, lang)));
        }
        other => {
            parts.push((src, l(
                lang,
                format!("The {} service invokes the function as configured in its trigger config{}.", other.as_str(), refs.node(t.config)),
                format!("{} 服务按触发器配置{}调用函数。", other.as_str(), refs.node(t.config)),
            )));
            parts.push((inst, instances_unbounded(tp, lang)));
            parts.push((fail, async_failure(f, refs, lang)));
        }
    }
}

fn eventbridge_parts(
    eb: &crate::model::EventBridge<'_>,
    tp: &TriggerPlan,
    refs: &Refs,
    lang: Lang,
    parts: &mut Vec<(String, String)>,
) {
    let at = |k: &str| refs.key(tp, k);
    let src = tp.source.clone().unwrap_or_else(|| "?".into());
    let zh = lang == Lang::Zh;
    // Where events come from.
    let what = match src.as_str() {
        "MNS" | "RabbitMQ" => l(lang, "queue".into(), "队列".into()),
        _ => "topic".into(),
    };
    let topic = tp.topic.clone().unwrap_or_else(|| "?".into());
    let mut s = l(
        lang,
        format!("{src} {what} `{topic}`{}", at("topic")),
        format!("{src} {what} `{topic}`{}", at("topic")),
    );
    if let Some(i) = &tp.source_instance {
        s.push_str(&l(
            lang,
            format!(" on instance {i}{}", at("instance")),
            format!("，实例 {i}{}", at("instance")),
        ));
    }
    let group = ["ConsumerGroup", "GroupID", "Sid"]
        .iter()
        .find_map(|k| eb.param(k));
    if let Some(g) = group {
        s.push_str(&l(
            lang,
            format!(", consumer group `{}`{}", plain(g), refs.node(Some(g))),
            format!("，消费组 `{}`{}", plain(g), refs.node(Some(g))),
        ));
    }
    if let Some(o) = &tp.offset {
        let meaning = match (o.as_str(), zh) {
            ("latest" | "CONSUME_FROM_LAST_OFFSET", false) => " (new messages only)",
            ("latest" | "CONSUME_FROM_LAST_OFFSET", true) => "（只读新消息）",
            ("earliest" | "CONSUME_FROM_FIRST_OFFSET", false) => {
                " (from the oldest retained message)"
            }
            ("earliest" | "CONSUME_FROM_FIRST_OFFSET", true) => "（从最早保留的消息开始）",
            _ => "",
        };
        s.push_str(&l(
            lang,
            format!(", starting at `{o}`{meaning}{}", at("offset")),
            format!("，起始位点 `{o}`{meaning}{}", at("offset")),
        ));
    }
    s.push_str(if zh { "。" } else { "." });
    if src == "Kafka" {
        let p = tp.throughput.partitions;
        match (tp.maximum_tasks, tp.consumers, p) {
            (Some(m), Some(c), Some(p)) => s.push_str(&l(
                lang,
                format!(" The topic has {p} partitions (inventory); maximumTasks {m}{} gives min({m}, {p}) = {c} consumers{}.", at("maximumTasks"), if m > p { format!(": the other {} would have no partition and stay idle", m - p) } else if m < p { ", each reading several partitions".to_string() } else { ", one per partition".to_string() }),
                format!("该 topic 有 {p} 个分区（清单）；maximumTasks {m}{} 得到 min({m}, {p}) = {c} 个消费者{}。", at("maximumTasks"), if m > p { format!("：其余 {} 个分不到分区，始终空闲", m - p) } else if m < p { "，每个读取多个分区".to_string() } else { "，每个分区一个".to_string() }),
            )),
            (None, _, Some(p)) => s.push_str(&l(
                lang,
                format!(" The topic has {p} partitions (inventory); maximumTasks is not set and its default is not documented, so the number of consumers is not known."),
                format!("该 topic 有 {p} 个分区（清单）；未设置 maximumTasks，其默认值未见文档，因此消费者数未知。"),
            )),
            (Some(m), _, None) => s.push_str(&l(
                lang,
                format!(" maximumTasks {m}{} sets up to {m} consumers; the partition count is not known (pass --partitions {topic}=N), and consumers beyond it would idle.", at("maximumTasks")),
                format!("maximumTasks {m}{} 最多 {m} 个消费者；分区数未知（可用 --partitions {topic}=N 提供），超过分区数的消费者会空闲。", at("maximumTasks")),
            )),
            _ => {}
        }
    }
    parts.push((aspect(lang, "Source", "事件来源"), s));
    // Batching.
    let b = &tp.batch;
    let batch = if tp.streaming {
        let mut s = match (b.max_messages, b.interval_s) {
            (Some(c), Some(0)) => l(
                lang,
                format!("EventBridge pushes up to {c} messages{} as soon as they are available (TimeBasedWindow 0{}).", at("CountBasedWindow"), at("TimeBasedWindow")),
                format!("EventBridge 一有消息就推送，每批最多 {c} 条{}（TimeBasedWindow 0{}）。", at("CountBasedWindow"), at("TimeBasedWindow")),
            ),
            (Some(c), Some(i)) => l(
                lang,
                format!("EventBridge collects up to {c} messages{} or waits at most {i} s{}, whichever comes first, so batching adds up to {i} s of latency.", at("CountBasedWindow"), at("TimeBasedWindow")),
                format!("EventBridge 攒够 {c} 条消息{}或最多等待 {i} 秒{}（先到为准）后推送，因此批量最多增加 {i} 秒延迟。", at("CountBasedWindow"), at("TimeBasedWindow")),
            ),
            _ => l(
                lang,
                "The batch window is not fully set; its defaults are not documented.".into(),
                "批量窗口未完整设置；其默认值未见文档。".into(),
            ),
        };
        if let Some(limit) = b.body_limit_bytes {
            let mode = match (tp.invocation, zh) {
                (Some(Invocation::Async), false) => "asynchronous",
                (Some(Invocation::Async), true) => "异步",
                (_, false) => "synchronous",
                (_, true) => "同步",
            };
            s.push_str(&l(
                lang,
                format!(
                    " A push is also cut at the {} body limit of {mode} invocation",
                    format_size(limit)
                ),
                format!("推送还受{mode}调用 {} 请求体上限的限制", format_size(limit)),
            ));
            match (b.message_size_bytes, b.max_messages, &b.split) {
                (Some(size), Some(c), Some(split)) if split.len() > 1 => s.push_str(&l(
                    lang,
                    format!(": {c} messages of {} ({}) exceed it, so a full window becomes {} pushes: {}.", format_size(size), format_size(c.saturating_mul(size)), split.len(), split_text(split, lang)),
                    format!("：{c} 条 {} 的消息（共 {}）超过上限，一个满窗口会拆成 {} 次推送：{}。", format_size(size), format_size(c.saturating_mul(size)), split.len(), split_text(split, lang)),
                )),
                (Some(size), Some(c), Some(_)) => s.push_str(&l(
                    lang,
                    format!(": {c} messages of {} ({}) fit in one push.", format_size(size), format_size(c.saturating_mul(size))),
                    format!("：{c} 条 {} 的消息（共 {}）一次推送即可送达。", format_size(size), format_size(c.saturating_mul(size))),
                )),
                (Some(size), _, None) if size > limit => s.push_str(&l(
                    lang,
                    format!(": a message of {} can never be delivered.", format_size(size)),
                    format!("：{} 的消息永远无法投递。", format_size(size)),
                )),
                _ => s.push_str(&l(
                    lang,
                    "; the message size is not known (pass --message-size), so whether a window splits cannot be said.".into(),
                    "；消息大小未知（可用 --message-size 提供），无法判断窗口是否会被拆分。".into(),
                )),
            }
        }
        s
    } else {
        l(
            lang,
            format!(
                "Event-driven mode{}: one event per invocation, no batching.",
                at("mode")
            ),
            format!("事件驱动模式{}：每次调用一个事件，不做批量。", at("mode")),
        )
    };
    parts.push((aspect(lang, "Batching", "批量"), batch));
    // Delivery.
    let mut d = match (tp.invocation, zh) {
        (Some(Invocation::Sync), false) => format!("Synchronously{}", at("asyncInvocationType")),
        (Some(Invocation::Sync), true) => format!("同步调用{}", at("asyncInvocationType")),
        (Some(Invocation::Async), false) => format!("Asynchronously{}", at("asyncInvocationType")),
        (Some(Invocation::Async), true) => format!("异步调用{}", at("asyncInvocationType")),
        (None, false) => "In a mode not known offline".to_string(),
        (None, true) => "调用方式离线未知".to_string(),
    };
    let schema = tp
        .event_schema
        .clone()
        .unwrap_or_else(|| "CloudEvents".into());
    let default_schema = !tp.lines.contains_key("eventSchema");
    let shape = match (schema.as_str(), tp.streaming, zh) {
        ("RawData", true, false) => "the handler receives a JSON array of the raw message payloads, without the CloudEvents envelope",
        ("RawData", true, true) => "处理函数收到原始消息负载组成的 JSON 数组，没有 CloudEvents 封装",
        ("RawData", false, false) => "the handler receives the raw message payload",
        ("RawData", false, true) => "处理函数收到原始消息负载",
        (_, true, false) => "the handler receives a JSON array of CloudEvents, one per message, the message itself in `data`",
        (_, true, true) => "处理函数收到 CloudEvents 组成的 JSON 数组，每条消息一个，消息内容在 `data` 中",
        (_, false, false) => "the handler receives one CloudEvent, the message in `data`",
        (_, false, true) => "处理函数收到一个 CloudEvent，消息内容在 `data` 中",
    };
    d.push_str(&l(
        lang,
        format!(
            ", as {schema}{}: {shape}.",
            if default_schema {
                " (the default)".to_string()
            } else {
                at("eventSchema")
            }
        ),
        format!(
            "，格式为 {schema}{}：{shape}。",
            if default_schema {
                "（默认）".to_string()
            } else {
                at("eventSchema")
            }
        ),
    ));
    let conc = match (tp.delivery_concurrency, tp.invocation, src.as_str()) {
        (Some(c), _, _) => l(
            lang,
            format!(" At most {c} deliveries are in flight at once (deliveryOption.concurrency{}).", inline(&at("concurrency"), ", ")),
            format!("同时最多 {c} 路投递（deliveryOption.concurrency{}）。", inline(&at("concurrency"), "，")),
        ),
        (None, Some(Invocation::Async), "Kafka") => l(
            lang,
            " Delivery concurrency applies to synchronous delivery only, so FC's async queue paces the invocations.".into(),
            "投递并发只对同步投递生效，调用节奏由函数计算的异步队列决定。".into(),
        ),
        (None, _, "Kafka") => l(
            lang,
            format!(" The delivery concurrency{} is not known offline.", at("concurrency")),
            format!("投递并发{}离线未知。", at("concurrency")),
        ),
        _ => l(
            lang,
            format!(" {src} has no delivery-concurrency setting (Kafka only)."),
            format!("{src} 没有投递并发设置（仅 Kafka 有）。"),
        ),
    };
    d.push_str(&conc);
    parts.push((aspect(lang, "Delivery", "投递"), d));
    // Instances.
    let ic = tp.instance_concurrency;
    let mut inst = match (tp.max_instances, tp.delivery_concurrency, ic) {
        (Some(n), Some(c), Some(ic)) => l(
            lang,
            format!("FC fills an instance up to instanceConcurrency {ic}{} before starting another, so {c} concurrent deliveries need at most ⌈{c} / {ic}⌉ = {n} instance{}.", at("instanceConcurrency"), if n == 1 { "" } else { "s" }),
            format!("函数计算先把一个实例用满 instanceConcurrency {ic}{} 再启动新实例，因此 {c} 路并发投递最多需要 ⌈{c} / {ic}⌉ = {n} 个实例。", at("instanceConcurrency")),
        ),
        _ => instances_unbounded(tp, lang),
    };
    let th = &tp.throughput;
    if let (Some(rate), Some(inv), Some(secs), Some(inf), Some(capped), Some(n)) = (
        th.rate,
        th.invocations_per_s,
        th.seconds_per_invocation,
        th.in_flight,
        th.in_flight_capped,
        th.expected_instances,
    ) {
        let num = plan::calc::num;
        inst.push_str(&l(
            lang,
            format!(" At {} msgs/s (inventory) that is {} invocation{}/s of {} s each: {} in flight by Little's law{}, so about {n} instance{} (⌈{} / {}⌉).", num(rate), num(inv), if num(inv) == "1" { "" } else { "s" }, num(secs), num(inf), if capped < inf { format!(", capped at {} by the delivery concurrency", num(capped)) } else { String::new() }, if n == 1 { "" } else { "s" }, num(capped), ic.unwrap_or(1)),
            format!("按每秒 {} 条消息（清单），即每秒 {} 次调用、每次 {} 秒：由利特尔定律得 {} 个并发调用{}，约需 {n} 个实例（⌈{} / {}⌉）。", num(rate), num(inv), num(secs), num(inf), if capped < inf { format!("，受投递并发限制为 {}", num(capped)) } else { String::new() }, num(capped), ic.unwrap_or(1)),
        ));
    }
    if let (Some(sus), Some(exceeds)) = (th.sustainable_rate, th.exceeds) {
        let num = plan::calc::num;
        let lag = th.lag_per_s.unwrap_or(0.0);
        inst.push_str(&match (exceeds, zh) {
            (true, false) => format!(" At full delivery concurrency it handles {} msgs/s, less than the topic's rate: the lag grows by {} msgs/s ({} per hour).", num(sus), num(lag), num(lag * 3600.0)),
            (true, true) => format!("满投递并发时每秒可处理 {} 条，低于 topic 的速率：积压每秒增加 {} 条（每小时 {} 条）。", num(sus), num(lag), num(lag * 3600.0)),
            (false, false) => format!(" At full delivery concurrency it handles up to {} msgs/s, enough for the topic.", num(sus)),
            (false, true) => format!("满投递并发时每秒最多处理 {} 条，足以跟上 topic。", num(sus)),
        });
    }
    for a in &tp.assumptions {
        if a.en.starts_with("instanceConcurrency > 1") {
            inst.push_str(&match lang {
                Lang::En => format!(" Note: {}.", a.en),
                Lang::Zh => format!("注意：{}。", a.zh),
            });
        }
    }
    parts.push((aspect(lang, "Instances", "实例"), inst));
    // Failures.
    let fail = match &tp.retry {
        Some(r) => {
            let policy_at = if r.policy_default {
                l(lang, " (retryStrategy not set: the default)".into(), "（未设置 retryStrategy：默认）".into())
            } else {
                at("retryStrategy")
            };
            let mut s = l(
                lang,
                format!("A failed delivery is retried{policy_at}: "),
                format!("失败的投递会被重试{policy_at}："),
            );
            s.push_str(&retry_timeline(r.policy, lang));
            s.push_str(if zh { "。" } else { ". " });
            let tol = if r.tolerance_default {
                l(lang, "errorsTolerance is not set (default NONE)".into(), "未设置 errorsTolerance（默认 NONE）".into())
            } else {
                l(
                    lang,
                    format!("errorsTolerance is {}{}", r.errors_tolerance, at("errorsTolerance")),
                    format!("errorsTolerance 为 {}{}", r.errors_tolerance, at("errorsTolerance")),
                )
            };
            let what = match (src.as_str(), zh) {
                ("Kafka", false) => "its partition",
                ("Kafka", true) => "其所在分区",
                (_, false) => "the source",
                (_, true) => "事件源",
            };
            s.push_str(&match (r.after, zh) {
                (After::DeadLetterQueue, false) => format!("Then, because {tol}, the event is skipped and sent to the dead-letter queue {}{}.", r.dead_letter_queue.as_deref().unwrap_or("?"), at("deadLetterQueue")),
                (After::DeadLetterQueue, true) => format!("之后，由于 {tol}，该事件被跳过并发送到死信队列 {}{}。", r.dead_letter_queue.as_deref().unwrap_or("?"), at("deadLetterQueue")),
                (After::Discard, false) => format!("Then, because {tol} and there is no deadLetterQueue, the event is dropped."),
                (After::Discard, true) => format!("之后，由于 {tol} 且没有 deadLetterQueue，该事件被丢弃。"),
                (After::Block, false) => format!("Then, because {tol}, the task stops and {what} stays blocked until the event stream is restarted: nothing behind the failing event is consumed."),
                (After::Block, true) => format!("之后，由于 {tol}，任务停止，{what}一直阻塞到事件流被重新启动：失败事件之后的消息都不会被消费。"),
            });
            s
        }
        None if tp.streaming => l(
            lang,
            "The retry settings are not known offline.".into(),
            "重试设置离线未知。".into(),
        ),
        None => l(
            lang,
            "Run options (retries, errorsTolerance, deadLetterQueue) apply to event streams only; in event-driven mode the rule's delivery defaults apply.".into(),
            "运行选项（重试、errorsTolerance、deadLetterQueue）只对事件流生效；事件驱动模式下使用规则的默认投递策略。".into(),
        ),
    };
    parts.push((aspect(lang, "Failures", "失败处理"), fail));
}

/// ` (s.yaml:42)` → `, s.yaml:42` for use inside parentheses.
fn inline(at: &str, sep: &str) -> String {
    match at
        .trim()
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
    {
        Some(inner) => format!("{sep}{inner}"),
        None => String::new(),
    }
}

// ---------------------------------------------------------------- rendering

fn findings_lines(fs: &[Finding], file: &str, lang: Lang) -> Vec<String> {
    fs.iter()
        .map(|f| {
            format!(
                "{file}:{}:{}: {}[{}] {}",
                f.line,
                f.col,
                f.severity.as_str(),
                f.code,
                f.message
            )
        })
        .chain(fs.is_empty().then(|| l(lang, "none".into(), "无".into())))
        .collect()
}

/// Plain text.
pub fn text(s: &Story, lang: Lang) -> String {
    let mut out = format!("{}\n", s.header);
    let colon = if lang == Lang::Zh { "：" } else { ": " };
    let find = l(
        lang,
        "Findings of `fclint check`".into(),
        "`fclint check` 的检查结果".into(),
    );
    if !s.file_findings.is_empty() {
        out.push_str(&format!(
            "\n{}:\n",
            l(
                lang,
                "Findings about the file".into(),
                "关于整个文件的检查结果".into()
            )
        ));
        for f in findings_lines(&s.file_findings, &s.path, lang) {
            out.push_str(&format!("  {f}\n"));
        }
    }
    for f in &s.functions {
        out.push_str(&format!("\n{}\n", f.title));
        for line in &f.lines {
            out.push_str(&format!("  {line}\n"));
        }
        if !f.findings.is_empty() {
            out.push_str(&format!("  {find}{}\n", colon.trim_end()));
            for x in findings_lines(&f.findings, &s.path, lang) {
                out.push_str(&format!("    {x}\n"));
            }
        }
        for t in &f.triggers {
            out.push_str(&format!("\n  {}\n", t.title));
            for (k, v) in &t.parts {
                out.push_str(&format!("    {k}{colon}{v}\n"));
            }
            out.push_str(&format!("    {find}{}", colon.trim_end()));
            let lines = findings_lines(&t.findings, &s.path, lang);
            if t.findings.is_empty() {
                out.push_str(&format!(
                    "{}{}\n",
                    if lang == Lang::Zh { "" } else { " " },
                    lines.join("")
                ));
            } else {
                out.push('\n');
                for x in lines {
                    out.push_str(&format!("      {x}\n"));
                }
            }
        }
    }
    out
}

/// Markdown for docs and pull requests.
pub fn markdown(s: &Story, lang: Lang) -> String {
    let mut out = format!("# {}\n\n{}\n", s.path, s.header);
    let colon = if lang == Lang::Zh { "：" } else { ": " };
    let find = l(
        lang,
        "Findings of `fclint check`".into(),
        "`fclint check` 的检查结果".into(),
    );
    if !s.file_findings.is_empty() {
        out.push_str(&format!(
            "\n**{}**\n\n",
            l(
                lang,
                "Findings about the file".into(),
                "关于整个文件的检查结果".into()
            )
        ));
        for f in findings_lines(&s.file_findings, &s.path, lang) {
            out.push_str(&format!("- `{f}`\n"));
        }
    }
    for f in &s.functions {
        out.push_str(&format!("\n## {}\n\n", f.title));
        for line in &f.lines {
            out.push_str(&format!("{line}\n\n"));
        }
        if !f.findings.is_empty() {
            out.push_str(&format!("**{find}**\n\n"));
            for x in findings_lines(&f.findings, &s.path, lang) {
                out.push_str(&format!("- `{x}`\n"));
            }
            out.push('\n');
        }
        for t in &f.triggers {
            out.push_str(&format!("### {}\n\n", t.title));
            for (k, v) in &t.parts {
                out.push_str(&format!("- **{k}**{colon}{v}\n"));
            }
            out.push_str(&format!("- **{find}**{}", colon.trim_end()));
            if t.findings.is_empty() {
                out.push_str(&format!("{}\n", l(lang, " none".into(), "无".into())));
            } else {
                out.push('\n');
                for x in findings_lines(&t.findings, &s.path, lang) {
                    out.push_str(&format!("  - `{x}`\n"));
                }
            }
            out.push('\n');
        }
    }
    out.trim_end().to_string() + "\n"
}

/// A Mermaid label: quoted, with characters Mermaid would misread escaped.
fn label(s: &str) -> String {
    let escaped = s
        .replace('&', "#amp;")
        .replace('"', "#quot;")
        .replace('<', "#lt;")
        .replace('>', "#gt;")
        .replace('\n', "<br/>");
    format!("\"{escaped}\"")
}

/// `flowchart LR`: source → EventBridge → function, the numbers on the edges.
pub fn mermaid(stories: &[Story], lang: Lang) -> String {
    let mut out = String::from("flowchart LR\n");
    let num = plan::calc::num;
    for (si, s) in stories.iter().enumerate() {
        for (fi, f) in s.functions.iter().enumerate() {
            let fid = format!("f{si}_{fi}");
            let fp = &f.plan;
            let mut flabel = fp.function.clone();
            if let Some(ic) = fp.instance_concurrency {
                flabel.push_str(&l(
                    lang,
                    format!("\n{ic} req/instance"),
                    format!("\n单实例并发 {ic}"),
                ));
            }
            match fp.max_instances {
                Some(n) => flabel.push_str(&l(
                    lang,
                    format!("\nmax {n} instance{}", if n == 1 { "" } else { "s" }),
                    format!("\n最多 {n} 个实例"),
                )),
                None => flabel.push_str(&l(
                    lang,
                    "\ninstances unbounded".into(),
                    "\n实例数无上限".into(),
                )),
            }
            out.push_str(&format!("  {fid}[{}]\n", label(&flabel)));
            for (ti, t) in f.triggers.iter().enumerate() {
                let tp = &t.plan;
                let id = format!("t{si}_{fi}_{ti}");
                let custom =
                    tp.topic.is_some() && tp.trigger_type.as_deref() == Some("eventbridge");
                if custom {
                    let mut slabel = format!(
                        "{} {}",
                        tp.source.clone().unwrap_or_default(),
                        tp.topic.clone().unwrap_or_default()
                    );
                    if let Some(p) = tp.throughput.partitions {
                        slabel.push_str(&l(
                            lang,
                            format!("\n{p} partitions"),
                            format!("\n{p} 个分区"),
                        ));
                    }
                    if let Some(r) = tp.throughput.rate {
                        slabel.push_str(&l(
                            lang,
                            format!("\n{} msgs/s", num(r)),
                            format!("\n每秒 {} 条", num(r)),
                        ));
                    }
                    let mut elabel = match tp.consumers {
                        Some(c) => l(lang, format!("{c} consumers"), format!("{c} 个消费者")),
                        None => l(lang, "pull".into(), "拉取".into()),
                    };
                    if tp.streaming {
                        if let (Some(c), Some(i)) = (tp.batch.max_messages, tp.batch.interval_s) {
                            elabel.push_str(&l(
                                lang,
                                format!("\nbatch {c} msgs / {i} s"),
                                format!("\n每批 {c} 条 / {i} 秒"),
                            ));
                        }
                    }
                    let mut eb = l(
                        lang,
                        format!("EventBridge\n{}", t.plan.trigger),
                        format!("事件总线\n{}", t.plan.trigger),
                    );
                    if let Some(split) = tp.batch.split.as_ref().filter(|s| s.len() > 1) {
                        eb.push_str(&l(
                            lang,
                            format!("\nsplit {}", split_text(split, lang)),
                            format!("\n拆分 {}", split_text(split, lang)),
                        ));
                    }
                    let mut dlabel = tp
                        .invocation
                        .map(|i| i.as_str().to_string())
                        .unwrap_or_else(|| "?".into());
                    if let Some(c) = tp.delivery_concurrency {
                        dlabel.push_str(&l(
                            lang,
                            format!(", {c} concurrent"),
                            format!("，{c} 路并发"),
                        ));
                    }
                    if let Some(s) = &tp.event_schema {
                        dlabel.push_str(&format!(", {s}"));
                    }
                    if let Some(n) = tp.max_instances {
                        dlabel.push_str(&l(
                            lang,
                            format!("\n≤ {n} instance{}", if n == 1 { "" } else { "s" }),
                            format!("\n≤ {n} 个实例"),
                        ));
                    }
                    out.push_str(&format!(
                        "  {id}_src[{}] -->|{}| {id}_eb[{}]\n",
                        label(&slabel),
                        label(&elabel),
                        label(&eb)
                    ));
                    out.push_str(&format!("  {id}_eb -->|{}| {fid}\n", label(&dlabel)));
                    if let Some(r) = &tp.retry {
                        let (lo, hi) = r.total();
                        let dur = if lo == hi {
                            plan::calc::human_duration(lo)
                        } else {
                            format!(
                                "{}–{}",
                                plan::calc::human_duration(lo),
                                plan::calc::human_duration(hi)
                            )
                        };
                        let elabel = l(
                            lang,
                            format!("after {} retries, {dur}", r.retries()),
                            format!("{} 次重试后，{dur}", r.retries()),
                        );
                        let target = match r.after {
                            After::DeadLetterQueue => l(
                                lang,
                                format!(
                                    "dead-letter queue\n{}",
                                    r.dead_letter_queue.clone().unwrap_or_default()
                                ),
                                format!(
                                    "死信队列\n{}",
                                    r.dead_letter_queue.clone().unwrap_or_default()
                                ),
                            ),
                            After::Discard => l(lang, "dropped".into(), "丢弃".into()),
                            After::Block if tp.source.as_deref() == Some("Kafka") => {
                                l(lang, "partition blocked".into(), "分区阻塞".into())
                            }
                            After::Block => l(lang, "source blocked".into(), "事件源阻塞".into()),
                        };
                        out.push_str(&format!(
                            "  {fid} -.->|{}| {id}_fail[{}]\n",
                            label(&elabel),
                            label(&target)
                        ));
                    }
                } else {
                    let slabel =
                        format!("{} {}", tp.source.clone().unwrap_or_default(), tp.trigger);
                    let elabel = tp
                        .invocation
                        .map(|i| i.as_str().to_string())
                        .unwrap_or_else(|| l(lang, "event".into(), "事件".into()));
                    out.push_str(&format!(
                        "  {id}[{}] -->|{}| {fid}\n",
                        label(&slabel),
                        label(&elabel)
                    ));
                }
            }
        }
    }
    out
}

/// Explain files (already discovered): each with its own fclint.toml and the overrides.
pub fn explain_files(
    files: &[std::path::PathBuf],
    overrides: &crate::config::ConfigOverrides,
    resolve: &crate::resolve::ResolveOptions,
    lang: Lang,
    format: Format,
) -> Result<String, crate::FatalError> {
    let mut sources = SourceMap::new();
    let mut stories = Vec::new();
    for f in files {
        let (config, _) = crate::config::load_config(f, overrides)?;
        let doc = crate::load(&mut sources, f, &config.resolve_options(resolve))?;
        stories.push(story(&sources, &doc, &config, lang));
    }
    Ok(match format {
        Format::Text => stories
            .iter()
            .map(|s| text(s, lang))
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Markdown => stories
            .iter()
            .map(|s| markdown(s, lang))
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Mermaid => mermaid(&stories, lang),
    })
}
