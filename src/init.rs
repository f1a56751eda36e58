//! `fclint init`: a commented `fclint.toml` listing every topic, queue, function and
//! trigger found in the s.yaml files, with the keys to fill in (partitions, message sizes,
//! rate, handler time) and the region quota. The file is valid as written: the entries name
//! what they describe and leave every fact commented out, so the rules that need a fact stay
//! silent until the user fills it in.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::config::{Inventory, CONFIG_FILE_NAME};
use crate::diag::Lang;
use crate::resolve::ResolveOptions;
use crate::source::SourceMap;
use crate::FatalError;

/// What `init` found and wrote.
#[derive(Debug)]
pub struct Written {
    pub path: PathBuf,
    pub topics: usize,
    pub functions: usize,
    pub triggers: usize,
}

#[derive(Debug, Default)]
struct Found {
    /// (instance, topic, what it is, where: `s.yaml:41`, trigger label)
    topics: Vec<(Option<String>, String, String, String, String)>,
    /// (name, where)
    functions: Vec<(String, String)>,
    /// (label, type, where)
    triggers: Vec<(String, String, String)>,
    regions: Vec<String>,
}

/// A value for a TOML comment: one line, control characters escaped.
fn comment_safe(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            if c.is_control() {
                c.escape_default().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect()
}

/// A TOML string literal (quoted and escaped by the TOML library).
fn toml_str(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn collect(files: &[PathBuf], resolve: &ResolveOptions) -> Result<Found, FatalError> {
    let mut found = Found::default();
    let empty = Inventory::default();
    for f in files {
        let mut sources = SourceMap::new();
        let doc = crate::load(&mut sources, f, resolve)?;
        let Some(root) = &doc.root else { continue };
        let model = crate::model::build(doc.file, root, doc.edition);
        let at = |line: u32| {
            let shown = f.file_name().map(|n| n.to_string_lossy().into_owned());
            format!("{}:{line}", shown.unwrap_or_default())
        };
        for func in crate::semantics::analyze(&model, &empty) {
            let name = func
                .facts
                .name
                .clone()
                .unwrap_or_else(|| func.facts.resource.clone());
            let fline = func.facts.node.span.start.line;
            if !found.functions.iter().any(|(n, _)| *n == name) {
                found.functions.push((name.clone(), at(fline)));
            }
            if let Some(r) = func.facts.region() {
                if !found.regions.iter().any(|x| x == r) {
                    found.regions.push(r.to_string());
                }
            }
            for t in &func.triggers {
                let kind = t.facts.type_text().unwrap_or("?").to_string();
                let eb = t.facts.eventbridge.as_ref();
                let source = eb
                    .and_then(|e| e.source())
                    .map(|s| format!("{s:?}"))
                    .unwrap_or_default();
                let what = if source.is_empty() {
                    kind.clone()
                } else {
                    format!("{kind}, {source}")
                };
                found.triggers.push((
                    t.facts.label.clone(),
                    what,
                    at(t.facts.node.span.start.line),
                ));
                let Some(e) = eb else { continue };
                let Some(topic) = &e.topic else { continue };
                let instance = e.instance.as_ref().map(|i| i.plain());
                let tname = topic.plain();
                if found
                    .topics
                    .iter()
                    .any(|(i, n, ..)| *i == instance && *n == tname)
                {
                    continue;
                }
                found.topics.push((
                    instance,
                    tname,
                    source,
                    at(topic.line()),
                    t.facts.label.clone(),
                ));
            }
        }
    }
    Ok(found)
}

/// `en` or its Chinese.
fn pick(zh: bool, en: &str, zh_text: &str) -> String {
    if zh {
        zh_text.to_string()
    } else {
        en.to_string()
    }
}

fn render(found: &Found, from: &[String], lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let t = |en: &str, zh_text: &str| pick(zh, en, zh_text);
    let mut s = String::new();
    render_header(&mut s, from, zh);
    render_region_quota(&mut s, &found.regions, zh);
    if !found.triggers.is_empty() {
        s.push('\n');
        let _ = writeln!(s, "# {}", t("Triggers found:", "找到的触发器："));
        for (label, what, at) in &found.triggers {
            let _ = writeln!(
                s,
                "#   {} ({}) {at}",
                comment_safe(label),
                comment_safe(what)
            );
        }
    }
    for (instance, topic, source, at, trigger) in &found.topics {
        render_topic(&mut s, instance.as_deref(), topic, source, at, trigger, zh);
    }
    for (name, at) in &found.functions {
        render_function(&mut s, name, at, zh);
    }
    s
}

/// What the file is and how to fill it in.
fn render_header(s: &mut String, from: &[String], zh: bool) {
    let t = |en: &str, zh_text: &str| pick(zh, en, zh_text);
    let _ = writeln!(
        s,
        "# {CONFIG_FILE_NAME}: {}",
        t(
            "facts about the world that s.yaml does not hold.",
            "s.yaml 之外的事实。"
        )
    );
    let from = comment_safe(&from.join(", "));
    let _ = writeln!(
        s,
        "# {}",
        if zh {
            format!("由 `fclint init` 根据 {from} 生成。")
        } else {
            format!("Written by `fclint init` from {from}.")
        }
    );
    let _ = writeln!(
        s,
        "# {}",
        t(
            "Fill in what you know and remove the `#` before it: the rules that need a fact",
            "填写已知的值并删除其前面的 `#`：需要某项事实的规则"
        )
    );
    let _ = writeln!(
        s,
        "# {}",
        t(
            "stay silent until it is known (`fclint check -v` lists them).",
            "在该事实已知之前不会运行（`fclint check -v` 会列出它们）。"
        )
    );
    s.push('\n');
}

/// The region's instance quota, commented out.
fn render_region_quota(s: &mut String, regions: &[String], zh: bool) {
    let regions = comment_safe(&regions.join(", "));
    let (default, old) = (
        crate::limits::REGION_INSTANCE_QUOTA_DEFAULT,
        crate::limits::REGION_INSTANCE_QUOTA_OLD,
    );
    if zh {
        let at = if regions.is_empty() {
            String::new()
        } else {
            format!("（{regions}）")
        };
        let _ = writeln!(s, "# 每个地域每个账号的实例配额，以配额中心为准{at}。");
        let _ = writeln!(
            s,
            "# 未设置时 fclint 假定为 {default}；文档给出 {default} 或 {old}。"
        );
    } else {
        let at = if regions.is_empty() {
            String::new()
        } else {
            format!(" ({regions})")
        };
        let _ = writeln!(
            s,
            "# Instances per region per account, as Quota Center shows it{at}."
        );
        let _ = writeln!(
            s,
            "# fclint assumes {default}; the documentation says {default} or {old}."
        );
    }
    let _ = writeln!(s, "# region_quota = {default}");
}

/// One `[[topic]]` entry with its facts commented out.
fn render_topic(
    s: &mut String,
    instance: Option<&str>,
    topic: &str,
    source: &str,
    at: &str,
    trigger: &str,
    zh: bool,
) {
    let t = |en: &str, zh_text: &str| pick(zh, en, zh_text);
    s.push('\n');
    let kind = if source.is_empty() {
        t("Topic", "Topic")
    } else {
        format!("{source} {}", t("topic or queue", "topic 或队列"))
    };
    let _ = writeln!(
        s,
        "# {kind} `{}` ({at}, {} {})",
        comment_safe(topic),
        t("trigger", "触发器"),
        comment_safe(trigger)
    );
    let offline = topic.contains("${") || instance.is_some_and(|i| i.contains("${"));
    let p = if offline { "# " } else { "" };
    if offline {
        let _ = writeln!(
            s,
            "# {}",
            t(
                "(its name is not known offline: write the real name and remove the `#`s)",
                "（名称离线不可知：写上真实名称并删除 `#`）"
            )
        );
    }
    let _ = writeln!(s, "{p}[[topic]]");
    let _ = writeln!(s, "{p}topic = {}", toml_str(topic));
    if let Some(i) = instance {
        let _ = writeln!(s, "{p}instance_id = {}", toml_str(i));
    }
    let _ = writeln!(
        s,
        "# partitions = 12          # {}",
        t(
            "partition count (`aliyun alikafka GetTopicList`: PartitionNum)",
            "分区数（`aliyun alikafka GetTopicList` 的 PartitionNum）"
        )
    );
    let _ = writeln!(
        s,
        "# message_size = \"2KB\"     # {}",
        t("typical message size", "典型消息大小")
    );
    let _ = writeln!(
        s,
        "# max_message_size = \"1MB\" # {}",
        t("largest message size", "最大消息大小")
    );
    let _ = writeln!(
        s,
        "# rate = 100               # {}",
        t("messages per second produced", "每秒产生的消息数")
    );
}

/// One `[[function]]` entry with its facts commented out.
fn render_function(s: &mut String, name: &str, at: &str, zh: bool) {
    let t = |en: &str, zh_text: &str| pick(zh, en, zh_text);
    s.push('\n');
    let _ = writeln!(
        s,
        "# {} `{}` ({at})",
        t("Function", "函数"),
        comment_safe(name)
    );
    let offline = name.contains("${");
    let p = if offline { "# " } else { "" };
    let _ = writeln!(s, "{p}[[function]]");
    let _ = writeln!(s, "{p}name = {}", toml_str(name));
    let _ = writeln!(
        s,
        "# seconds_per_message = 0.01 # {}",
        t("handler time per message", "每条消息的处理时间")
    );
    let _ = writeln!(
        s,
        "# seconds_per_batch = 0.5    # {}",
        t(
            "fixed handler time per invocation",
            "每次调用的固定处理时间"
        )
    );
}

/// Write `fclint.toml` into `dir` for `files`; refuse to replace one unless `force`.
pub fn init(
    dir: &Path,
    files: &[PathBuf],
    resolve: &ResolveOptions,
    force: bool,
    lang: Lang,
) -> Result<Written, FatalError> {
    let path = dir.join(CONFIG_FILE_NAME);
    if path.exists() && !force {
        return Err(FatalError(format!(
            "{} already exists; fclint init does not overwrite it (--force does)",
            path.display()
        )));
    }
    let found = collect(files, resolve)?;
    let from: Vec<String> = files
        .iter()
        .map(|f| {
            f.strip_prefix(dir)
                .unwrap_or(f)
                .display()
                .to_string()
                .replace('\\', "/")
        })
        .collect();
    let text = render(&found, &from, lang);
    // What is written must read back: a name that TOML cannot hold would be a bug here.
    crate::config::parse_config_text(&text, &path)?;
    std::fs::write(&path, &text)
        .map_err(|e| FatalError(format!("cannot write {}: {e}", path.display())))?;
    Ok(Written {
        path,
        topics: found.topics.len(),
        functions: found.functions.len(),
        triggers: found.triggers.len(),
    })
}
