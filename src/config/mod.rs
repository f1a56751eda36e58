//! `fclint.toml`: rule selection, severities, and the inventory — facts about the
//! world that s.yaml does not hold (topic partitions, message sizes, rates,
//! handler times, the region instance quota).

use std::collections::BTreeMap;

use crate::codes::{Code, Severity};

mod file;
mod topics_json;
pub use file::parse_config_text;
pub use topics_json::parse_topics_json;

/// Facts about one message topic (Kafka topic, RocketMQ topic, MNS queue…).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TopicFacts {
    /// Restrict to one source instance (`InstanceId`); `None` matches any instance.
    pub instance_id: Option<String>,
    pub topic: String,
    pub partitions: Option<u32>,
    /// Typical message size in bytes.
    pub message_size: Option<u64>,
    /// Largest message size in bytes.
    pub max_message_size: Option<u64>,
    /// Messages per second produced to the topic.
    pub rate: Option<f64>,
}

/// Facts about one function's handler (what an invocation of N messages takes is
/// [`crate::semantics::FunctionFacts::handler_seconds`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FunctionFacts {
    /// Function name as FC knows it (`functionName`, or `service$function` for edition 1),
    /// or the resource key.
    pub name: String,
    /// Handler time per message, seconds.
    pub seconds_per_message: Option<f64>,
    /// Fixed handler time per invocation (batch), seconds.
    pub seconds_per_batch: Option<f64>,
}

/// Everything fclint knows beyond the s.yaml.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inventory {
    pub topics: Vec<TopicFacts>,
    pub functions: Vec<FunctionFacts>,
    /// Instances per region per account; `None` = the documented default.
    pub region_quota: Option<u64>,
    /// The account's raised EventBridge quota for synchronous deliveries per trigger
    /// ("EventStreaming FC Sink 同步投递最大并发数"); `None` = the documented 1–300.
    pub delivery_concurrency_quota: Option<u64>,
    /// Tencent Cloud SCF: the region's concurrency quota in MB; `None` = the documented one.
    pub scf_region_quota_mb: Option<u64>,
}

impl Inventory {
    /// Facts for a topic: an entry with a matching instance wins over an instance-less one.
    pub fn topic(&self, instance_id: Option<&str>, topic: &str) -> Option<&TopicFacts> {
        let mut fallback = None;
        for t in &self.topics {
            if t.topic != topic {
                continue;
            }
            match (&t.instance_id, instance_id) {
                (Some(a), Some(b)) if a == b => return Some(t),
                (Some(_), _) => {}
                (None, _) => fallback = fallback.or(Some(t)),
            }
        }
        fallback
    }

    /// Facts for a function, by FC name or by resource key.
    pub fn function(&self, name: Option<&str>, resource: &str) -> Option<&FunctionFacts> {
        self.functions
            .iter()
            .find(|f| Some(f.name.as_str()) == name)
            .or_else(|| self.functions.iter().find(|f| f.name == resource))
    }

    /// The highest `deliveryOption.concurrency` the account allows: the raised quota, else
    /// the documented maximum.
    pub fn delivery_concurrency_max(&self) -> u64 {
        self.delivery_concurrency_quota
            .unwrap_or(crate::limits::DELIVERY_CONCURRENCY.max as u64)
    }

    pub fn region_quota(&self) -> u64 {
        self.region_quota
            .unwrap_or(crate::limits::REGION_INSTANCE_QUOTA_DEFAULT)
    }
}

/// Which rules run and how severe they are.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuleSelection {
    /// Codes, names or family prefixes to run; empty = all.
    pub select: Vec<String>,
    /// Codes, names or family prefixes to skip.
    pub ignore: Vec<String>,
    /// Severity overrides by code or name.
    pub severity: BTreeMap<String, Severity>,
    /// Treat warnings as errors for the exit code.
    pub deny_warnings: bool,
}

/// The whole configuration of one run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    pub rules: RuleSelection,
    pub inventory: Inventory,
    /// `allow_outside_root = true`: read files outside the project root (local use; see
    /// [`crate::resolve::confine`]).
    pub allow_outside_root: bool,
    /// Globs for the directory search (see [`crate::discover`]).
    pub files: FileGlobs,
}

impl Config {
    /// The resolve options of a run with this configuration.
    pub fn resolve_options(
        &self,
        base: &crate::resolve::ResolveOptions,
    ) -> crate::resolve::ResolveOptions {
        let mut o = base.clone();
        o.allow_outside_root |= self.allow_outside_root;
        o
    }
}

/// `include` and `exclude` of fclint.toml: globs relative to the file's directory (a glob
/// without `/` matches a name at any depth).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileGlobs {
    /// Files to check besides `s.yaml` and its variants.
    pub include: Vec<String>,
    /// Files and directories to leave out.
    pub exclude: Vec<String>,
}

/// Command-line inputs that shape the configuration (shared by `check`, `plan` and `explain`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConfigOverrides {
    /// `--config FILE`: use this file instead of searching for `fclint.toml`.
    pub config_file: Option<std::path::PathBuf>,
    /// `--select`, `--ignore` (codes, names or family prefixes).
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub deny_warnings: bool,
    /// `--partitions TOPIC=N`.
    pub partitions: Vec<(String, u32)>,
    /// `--message-size TOPIC=SIZE` (bytes).
    pub message_sizes: Vec<(String, u64)>,
    /// `--topics-json FILE` (output of `aliyun alikafka GetTopicList`).
    pub topics_json: Option<std::path::PathBuf>,
    /// `--isolated`: read no `fclint.toml` but `config_file` (for untrusted pull requests).
    pub isolated: bool,
}

// ---------------------------------------------------------------- rule selection

impl RuleSelection {
    /// Is the rule `code` (named `name`) selected to run?
    ///
    /// A selector matches a rule by its exact code or name (most specific) or by a code
    /// prefix such as `EB` or `EB0` (as specific as it is long); `ALL` matches every rule.
    /// The most specific `select` and `ignore` matches decide: the rule runs when it is
    /// selected (or `select` is empty) and no `ignore` match is at least as specific.
    pub fn enabled(&self, code: Code) -> bool {
        let best = |list: &[String]| -> Option<usize> {
            list.iter()
                .filter_map(|s| selector_specificity(s, code))
                .max()
        };
        let sel = if self.select.is_empty() {
            Some(0)
        } else {
            best(&self.select)
        };
        match (sel, best(&self.ignore)) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(s), Some(i)) => s > i,
        }
    }

    /// The severity of `code` after `[rules.severity]` overrides (exact code or name first,
    /// then the longest matching family prefix).
    pub fn severity_of(&self, code: Code, default: Severity) -> Severity {
        self.severity
            .iter()
            .filter_map(|(k, v)| selector_specificity(k, code).map(|s| (s, *v)))
            .max_by_key(|(s, _)| *s)
            .map(|(_, v)| v)
            .unwrap_or(default)
    }
}

/// How specifically `selector` names the rule (`None`: not at all).
fn selector_specificity(selector: &str, code: Code) -> Option<usize> {
    let s = selector.trim();
    if s.eq_ignore_ascii_case("ALL") {
        return Some(0);
    }
    if s.eq_ignore_ascii_case(code.as_str()) || s.eq_ignore_ascii_case(code.name()) {
        return Some(usize::MAX);
    }
    let up = s.to_ascii_uppercase();
    (!up.is_empty() && code.as_str().starts_with(&up)).then_some(up.len())
}

/// Does `selector` name at least one rule (by code, name, prefix or `ALL`)?
pub fn selector_is_known(selector: &str) -> bool {
    Code::ALL
        .iter()
        .any(|c| selector_specificity(selector, *c).is_some())
}

fn check_selectors(list: &[String], what: &str) -> Result<(), String> {
    for s in list {
        if !selector_is_known(s) {
            let hint =
                crate::text::did_you_mean(s, Code::ALL.iter().flat_map(|c| [c.as_str(), c.name()]))
                    .map(|h| format!(" (did you mean `{h}`?)"))
                    .unwrap_or_default();
            return Err(format!(
                "{what}: `{s}` is not a rule code, rule name or code prefix{hint}; see `fclint rules`"
            ));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------- sizes

/// Parse a size: a whole number of bytes (`2048`) or a number with a unit (`2KB`, `1.5 MiB`,
/// `512B`). `K`/`KB`/`KiB` all mean 1024 bytes, as the platform's "128 KB" async body limit does
/// (its split example fills exactly 64 × 2 KB = 128 KB; see [`crate::limits::KB`]); likewise
/// `M`/`MB`/`MiB` = 1024² and `G`/`GB`/`GiB` = 1024³. Units are case-insensitive.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let unit = unit.trim();
    let mult = match unit.to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => crate::limits::KB,
        "m" | "mb" | "mib" => crate::limits::MB,
        "g" | "gb" | "gib" => crate::limits::GB,
        _ => {
            return Err(format!(
            "`{text}` is not a size: unknown unit `{unit}` (use B, KB, MB or GB; KB = 1024 bytes)"
        ))
        }
    };
    let v: f64 = num
        .parse()
        .map_err(|_| format!("`{text}` is not a size (write e.g. `2KB`, `1MiB`, `512B`)"))?;
    let bytes = (v * mult as f64).round();
    if !bytes.is_finite() || !(1.0..=1e15).contains(&bytes) {
        return Err(format!(
            "`{text}` is not a usable message size (at least 1 byte)"
        ));
    }
    Ok(bytes as u64)
}

/// Render a byte count the way the docs write sizes (`2 KB`, `128 KB`, `32 MB`, `700 B`).
pub fn format_size(bytes: u64) -> String {
    use crate::limits::{GB, KB, MB};
    let fmt = |v: f64, u: &str| {
        if (v - v.round()).abs() < 1e-9 {
            format!("{} {u}", v.round() as u64)
        } else {
            format!("{v:.1} {u}")
        }
    };
    if bytes >= GB {
        fmt(bytes as f64 / GB as f64, "GB")
    } else if bytes >= MB {
        fmt(bytes as f64 / MB as f64, "MB")
    } else if bytes >= KB {
        fmt(bytes as f64 / KB as f64, "KB")
    } else {
        format!("{bytes} B")
    }
}

// ---------------------------------------------------------------- fclint.toml

/// The name fclint looks for, walking up from the s.yaml's directory.
pub const CONFIG_FILE_NAME: &str = "fclint.toml";

/// The nearest `fclint.toml` in the s.yaml's directory or above it.
pub fn find_config_file(s_yaml: &std::path::Path) -> Option<std::path::PathBuf> {
    let abs = if s_yaml.is_absolute() {
        s_yaml.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(s_yaml)
    };
    let mut dir = if abs.is_dir() {
        Some(abs.as_path())
    } else {
        abs.parent()
    };
    while let Some(d) = dir {
        let candidate = d.join(CONFIG_FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        dir = d.parent();
    }
    None
}

// ---------------------------------------------------------------- loading

/// The configuration for one s.yaml: `fclint.toml` found by walking up from the file
/// (or `overrides.config_file`), with command-line overrides applied. Returns the config
/// and the path of the file it was read from.
///
/// Precedence, lowest first: `fclint.toml`, `--topics-json`, `--partitions` /
/// `--message-size`. `--select` replaces the file's `select`; `--ignore` adds to its `ignore`.
pub fn load_config(
    s_yaml: &std::path::Path,
    overrides: &ConfigOverrides,
) -> Result<(Config, Option<std::path::PathBuf>), crate::FatalError> {
    let path = match &overrides.config_file {
        Some(p) => {
            if !p.is_file() {
                let shown = crate::inert::path(p);
                return Err(crate::FatalError(match std::fs::metadata(p) {
                    Ok(m) if m.is_dir() => format!(
                        "--config {shown}: is a directory; give the path of an {CONFIG_FILE_NAME}"
                    ),
                    Ok(_) => format!(
                        "--config {shown}: not a regular file; give the path of an {CONFIG_FILE_NAME}"
                    ),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        format!("--config {shown}: no such file")
                    }
                    Err(e) => format!("--config {shown}: cannot read: {e}"),
                }));
            }
            Some(p.clone())
        }
        // `--isolated`: the pull request's own fclint.toml files are not read.
        None if overrides.isolated => None,
        None => find_config_file(s_yaml),
    };
    let mut config = match &path {
        Some(p) => {
            if overrides.config_file.is_none() {
                check_confined(s_yaml, p)?;
            }
            let text = crate::resolve::confine::read_bounded(p, crate::limits::MAX_CONFIG_BYTES)
                .map_err(|e| {
                    crate::FatalError(format!("cannot read {}: {e}", crate::inert::path(p)))
                })?;
            parse_config_text(&text, p)?
        }
        None => Config::default(),
    };
    apply_overrides(&mut config, overrides)?;
    Ok((config, path))
}

/// A `fclint.toml` found inside the project root must not be a link to a file outside it
/// (whose text an error message would quote).
fn check_confined(
    s_yaml: &std::path::Path,
    config: &std::path::Path,
) -> Result<(), crate::FatalError> {
    use crate::resolve::confine;
    let root = confine::project_root(s_yaml);
    if !confine::absolute(config).starts_with(&root) {
        return Ok(());
    }
    let reader = confine::Reader::for_file(s_yaml, false);
    match reader.admit(config) {
        Err(confine::ReadError::Outside) => Err(crate::FatalError(format!(
            "{} is a link to a file outside the project root; fclint does not read it",
            crate::inert::path(config)
        ))),
        _ => Ok(()),
    }
}

/// Apply command-line overrides to a configuration.
pub fn apply_overrides(
    config: &mut Config,
    overrides: &ConfigOverrides,
) -> Result<(), crate::FatalError> {
    check_selectors(&overrides.select, "--select").map_err(crate::FatalError)?;
    check_selectors(&overrides.ignore, "--ignore").map_err(crate::FatalError)?;
    if !overrides.select.is_empty() {
        config.rules.select = overrides.select.clone();
    }
    config.rules.ignore.extend(overrides.ignore.iter().cloned());
    config.rules.deny_warnings |= overrides.deny_warnings;
    if let Some(p) = &overrides.topics_json {
        // A regular file of bounded size: never a FIFO or a device that blocks.
        let text = crate::resolve::confine::read_bounded(p, crate::limits::MAX_TOPICS_JSON_BYTES)
            .map_err(|e| {
            crate::FatalError(format!(
                "--topics-json: cannot read {}: {e}",
                crate::inert::path(p)
            ))
        })?;
        // One index of the entries, so that 50 000 topics cost what 50 000 lines do.
        let mut index: std::collections::HashMap<(String, Option<String>), usize> = config
            .inventory
            .topics
            .iter()
            .enumerate()
            .map(|(i, t)| ((t.topic.clone(), t.instance_id.clone()), i))
            .collect();
        for t in parse_topics_json(&text, p)? {
            let key = (t.topic.clone(), t.instance_id.clone());
            let i = match index.get(&key) {
                Some(i) => *i,
                None => {
                    config.inventory.topics.push(TopicFacts {
                        instance_id: t.instance_id.clone(),
                        topic: t.topic.clone(),
                        ..TopicFacts::default()
                    });
                    index.insert(key, config.inventory.topics.len() - 1);
                    config.inventory.topics.len() - 1
                }
            };
            if t.partitions.is_some() {
                config.inventory.topics[i].partitions = t.partitions;
            }
        }
    }
    for (spec, n) in &overrides.partitions {
        let (inst, topic) = split_topic_spec(spec);
        set_on_topics(&mut config.inventory, inst, topic, |t| {
            t.partitions = Some(*n)
        });
    }
    for (spec, n) in &overrides.message_sizes {
        let (inst, topic) = split_topic_spec(spec);
        set_on_topics(&mut config.inventory, inst, topic, |t| {
            t.message_size = Some(*n);
            if t.max_message_size.map(|m| m < *n).unwrap_or(false) {
                t.max_message_size = Some(*n);
            }
        });
    }
    Ok(())
}

/// `INSTANCE/TOPIC` or `TOPIC` (Kafka topic names cannot contain `/`).
pub fn split_topic_spec(spec: &str) -> (Option<&str>, &str) {
    match spec.split_once('/') {
        Some((i, t)) => (Some(i), t),
        None => (None, spec),
    }
}

fn topic_entry<'a>(
    inv: &'a mut Inventory,
    instance: Option<&str>,
    topic: &str,
) -> &'a mut TopicFacts {
    let pos = inv
        .topics
        .iter()
        .position(|t| t.topic == topic && t.instance_id.as_deref() == instance);
    match pos {
        Some(i) => &mut inv.topics[i],
        None => {
            inv.topics.push(TopicFacts {
                instance_id: instance.map(str::to_string),
                topic: topic.to_string(),
                ..TopicFacts::default()
            });
            let last = inv.topics.len() - 1;
            &mut inv.topics[last]
        }
    }
}

/// Set a fact on every entry of `topic` (of `instance`, when given); create an entry when none.
fn set_on_topics(
    inv: &mut Inventory,
    instance: Option<&str>,
    topic: &str,
    mut set: impl FnMut(&mut TopicFacts),
) {
    let mut any = false;
    for t in inv.topics.iter_mut() {
        if t.topic == topic && (instance.is_none() || t.instance_id.as_deref() == instance) {
            set(t);
            any = true;
        }
    }
    if !any {
        set(topic_entry(inv, instance, topic));
    }
}

#[cfg(test)]
mod tests;
