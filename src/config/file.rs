//! `fclint.toml` as written, read into a [`Config`]: unknown keys are errors, sizes and
//! selectors are checked, topics and functions are collected without quadratic look-ups.

use super::*;
use crate::codes::Severity;
use std::collections::BTreeMap;

/// `fclint.toml` as written. Unknown keys are errors (a misspelt key would otherwise
/// silently drop a fact).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    #[serde(default)]
    include: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    rules: FileRules,
    /// Read files outside the project root (local use).
    allow_outside_root: Option<bool>,
    /// Instances per region per account (Quota Center value).
    region_quota: Option<u64>,
    /// A raised EventBridge delivery-concurrency quota (above the documented 300).
    delivery_concurrency_quota: Option<u64>,
    /// SCF concurrency quota of the region in MB (memory × concurrent instances).
    scf_region_quota_mb: Option<u64>,
    #[serde(default)]
    topic: Vec<FileTopic>,
    #[serde(default)]
    function: Vec<FileFunction>,
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FileRules {
    #[serde(default)]
    select: Vec<String>,
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    severity: BTreeMap<String, String>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FileTopic {
    topic: String,
    instance_id: Option<String>,
    partitions: Option<i64>,
    message_size: Option<FileSize>,
    max_message_size: Option<FileSize>,
    rate: Option<f64>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FileFunction {
    name: String,
    seconds_per_message: Option<f64>,
    seconds_per_batch: Option<f64>,
}

/// A size as written: `"2KB"` or a byte count.
#[derive(Debug)]
struct FileSize(u64);

impl<'de> serde::Deserialize<'de> for FileSize {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<FileSize, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Int(i64),
            Str(String),
        }
        let raw = Raw::deserialize(d).map_err(|_| {
            serde::de::Error::custom("a size is a string such as \"2KB\" or a number of bytes")
        })?;
        match raw {
            Raw::Int(n) if n >= 1 => Ok(FileSize(n as u64)),
            Raw::Int(n) => Err(serde::de::Error::custom(format!(
                "{n} is not a usable size (at least 1 byte)"
            ))),
            Raw::Str(s) => parse_size(&s)
                .map(FileSize)
                .map_err(serde::de::Error::custom),
        }
    }
}

/// The `[[topic]]` entries, checked: the message says which entry is wrong.
fn parse_topics(entries: &[FileTopic]) -> Result<Vec<TopicFacts>, String> {
    let mut topics: Vec<TopicFacts> = Vec::new();
    // Duplicates are found through a set: 200 000 entries cost what 200 000 lines do.
    let mut seen_topics = std::collections::HashSet::new();
    for (i, t) in entries.iter().enumerate() {
        let at = format!("[[topic]] #{} (topic = \"{}\")", i + 1, t.topic);
        if t.topic.trim().is_empty() {
            return Err(format!("[[topic]] #{}: `topic` is empty", i + 1));
        }
        let partitions = match t.partitions {
            None => None,
            Some(p) if (1..=i64::from(u32::MAX)).contains(&p) => Some(p as u32),
            Some(p) => {
                return Err(format!(
                    "{at}: partitions = {p}: a topic has at least 1 partition"
                ))
            }
        };
        if let Some(r) = t.rate {
            if !(r.is_finite() && r >= 0.0) {
                return Err(format!(
                    "{at}: rate = {r}: the rate is messages per second, 0 or more"
                ));
            }
        }
        let facts = TopicFacts {
            instance_id: t.instance_id.clone(),
            topic: t.topic.clone(),
            partitions,
            message_size: t.message_size.as_ref().map(|s| s.0),
            max_message_size: t.max_message_size.as_ref().map(|s| s.0),
            rate: t.rate,
        };
        if let (Some(typ), Some(max)) = (facts.message_size, facts.max_message_size) {
            if max < typ {
                return Err(format!(
                    "{at}: max_message_size ({}) is smaller than message_size ({})",
                    format_size(max),
                    format_size(typ)
                ));
            }
        }
        if !seen_topics.insert((facts.topic.clone(), facts.instance_id.clone())) {
            return Err(format!("{at}: this topic is described twice"));
        }
        topics.push(facts);
    }
    Ok(topics)
}

/// The `[[function]]` entries, checked.
fn parse_functions(entries: &[FileFunction]) -> Result<Vec<FunctionFacts>, String> {
    let mut functions: Vec<FunctionFacts> = Vec::new();
    let mut seen_functions = std::collections::HashSet::new();
    for (i, f) in entries.iter().enumerate() {
        let at = format!("[[function]] #{} (name = \"{}\")", i + 1, f.name);
        for (key, v) in [
            ("seconds_per_message", f.seconds_per_message),
            ("seconds_per_batch", f.seconds_per_batch),
        ] {
            if let Some(v) = v {
                if !(v.is_finite() && v >= 0.0) {
                    return Err(format!("{at}: {key} = {v}: seconds must be 0 or more"));
                }
            }
        }
        if !seen_functions.insert(f.name.clone()) {
            return Err(format!("{at}: this function is described twice"));
        }
        functions.push(FunctionFacts {
            name: f.name.clone(),
            seconds_per_message: f.seconds_per_message,
            seconds_per_batch: f.seconds_per_batch,
        });
    }
    Ok(functions)
}

/// Parse the text of an `fclint.toml`. `path` names the file in error messages.
pub fn parse_config_text(text: &str, path: &std::path::Path) -> Result<Config, crate::FatalError> {
    let shown = crate::inert::path(path);
    let file: FileConfig = toml::from_str(text)
        .map_err(|e| crate::FatalError(format!("{shown}: {}", e.to_string().trim_end())))?;
    let bad = |msg: String| crate::FatalError(format!("{shown}: {msg}"));
    check_selectors(&file.rules.select, "[rules] select").map_err(bad)?;
    check_selectors(&file.rules.ignore, "[rules] ignore").map_err(bad)?;
    let mut severity = BTreeMap::new();
    for (k, v) in &file.rules.severity {
        if !selector_is_known(k) {
            return Err(bad(format!(
                "[rules.severity]: `{k}` is not a rule code, rule name or code prefix; see `fclint rules`"
            )));
        }
        let Some(s) = Severity::parse(v) else {
            return Err(bad(format!(
                "[rules.severity] {k} = \"{v}\": the severity must be \"error\", \"warning\" or \"info\""
            )));
        };
        severity.insert(k.clone(), s);
    }
    if file.region_quota == Some(0) {
        return Err(bad(
            "region_quota = 0: the quota is the number of instances Quota Center allows in the region (at least 1)".into(),
        ));
    }
    if let Some(q) = file.delivery_concurrency_quota {
        if q < crate::limits::DELIVERY_CONCURRENCY.max as u64 {
            return Err(bad(format!(
                "delivery_concurrency_quota = {q}: it records a raised quota, so it is above the documented maximum {}",
                crate::limits::DELIVERY_CONCURRENCY.max
            )));
        }
    }
    if file.scf_region_quota_mb == Some(0) {
        return Err(bad("scf_region_quota_mb = 0: the quota is the memory (MB) the region's SCF functions may run at once (at least 1)".into()));
    }
    let topics = parse_topics(&file.topic).map_err(bad)?;
    let functions = parse_functions(&file.function).map_err(bad)?;
    Ok(Config {
        rules: RuleSelection {
            select: file.rules.select,
            ignore: file.rules.ignore,
            severity,
            deny_warnings: false,
        },
        inventory: Inventory {
            topics,
            functions,
            region_quota: file.region_quota,
            delivery_concurrency_quota: file.delivery_concurrency_quota,
            scf_region_quota_mb: file.scf_region_quota_mb,
        },
        files: FileGlobs {
            include: file.include,
            exclude: file.exclude,
        },
        allow_outside_root: file.allow_outside_root.unwrap_or(false),
    })
}
