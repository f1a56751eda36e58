//! Command-line flags shared by `fclint check`, `plan` and `explain`: where the configuration
//! comes from and inventory facts given on the command line ([`ConfigArgs`]), and rule
//! selection, which only `check` offers ([`RuleArgs`]), and `--env`, which every command that
//! resolves a file offers ([`ResolveArgs`]). Subcommands embed them with `#[command(flatten)]`.

use std::path::PathBuf;

use crate::config::{parse_size, ConfigOverrides};

/// Which platform's file `fclint schema --platform` describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PlatformArg {
    /// Alibaba Cloud Function Compute: s.yaml.
    Fc,
    /// Tencent Cloud SCF: serverless.yml (component scf, multi-scf, Framework v1).
    Scf,
}

impl PlatformArg {
    /// `fclint schema --platform …` output.
    pub fn schema_json(self, lang: crate::diag::Lang) -> String {
        match self {
            PlatformArg::Fc => crate::checks::schema::document_schema_json_in(lang),
            PlatformArg::Scf => crate::model::scf::export::scf_schema_json(lang),
        }
    }
}

/// Configuration and inventory flags.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ConfigArgs {
    /// Read this fclint.toml instead of searching upwards from each s.yaml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Partition count of a topic: `TOPIC=N` or `INSTANCE_ID/TOPIC=N` (repeatable).
    #[arg(long = "partitions", value_name = "TOPIC=N", value_parser = parse_partitions_arg)]
    pub partitions: Vec<(String, u32)>,
    /// Typical message size of a topic: `TOPIC=SIZE` such as `orders=2KB` (KB = 1024 bytes; repeatable).
    #[arg(long = "message-size", value_name = "TOPIC=SIZE", value_parser = parse_message_size_arg)]
    pub message_sizes: Vec<(String, u64)>,
    /// Partition counts from the JSON `aliyun alikafka GetTopicList` prints.
    #[arg(long, value_name = "FILE")]
    pub topics_json: Option<PathBuf>,
    /// For untrusted pull requests: read no fclint.toml, .gitignore or .ignore (only the
    /// flags and `--config FILE`, e.g. taken from the base branch).
    #[arg(long)]
    pub isolated: bool,
    /// For local use: read the files outside the project root (nearest directory holding `.git`,
    /// else the s.yaml's) that `extend`, `${file()}`, `${json(file())}` or `.env` name, and let
    /// `--fix` write there; no snippet of such a file is shown and `${file()}`/`.env` values stay masked.
    #[arg(long)]
    pub allow_outside_root: bool,
}

/// Rule selection: `fclint check` only (`plan` and `explain` run no rules).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct RuleArgs {
    /// Run only these rules: codes (EB001), names (consumer-tasks-exceed-partitions),
    /// code prefixes (EB, FN1) or ALL; comma-separated or repeated. Replaces `select` of fclint.toml.
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub select: Vec<String>,
    /// Skip these rules (codes, names or prefixes); adds to `ignore` of fclint.toml.
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Exit 1 on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
}

/// How a file is resolved: `--env` values for `${env(..)}`. `check`, `plan`, `explain`, `init` and
/// `preview` embed it.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ResolveArgs {
    /// Set a variable for `${env(..)}` for this run only (repeatable).
    #[arg(long = "env", value_name = "NAME=VALUE")]
    pub env: Vec<String>,
}

impl ResolveArgs {
    /// The resolve options: the `--env` values over the process environment; files outside the
    /// project root only with `allow_outside_root`.
    pub fn options(
        &self,
        allow_outside_root: bool,
    ) -> Result<crate::resolve::ResolveOptions, crate::FatalError> {
        let mut env = std::collections::BTreeMap::new();
        for p in &self.env {
            let Some((k, v)) = p.split_once('=') else {
                return Err(crate::FatalError(format!(
                    "--env expects NAME=VALUE, got `{p}`"
                )));
            };
            if k.is_empty() {
                return Err(crate::FatalError(format!(
                    "--env expects NAME=VALUE, got `{p}`"
                )));
            }
            env.insert(k.to_string(), v.to_string());
        }
        Ok(crate::resolve::ResolveOptions {
            env,
            use_process_env: true,
            allow_outside_root,
        })
    }
}

impl ConfigArgs {
    /// The overrides these flags make on top of fclint.toml (no rule selection).
    pub fn overrides(&self) -> ConfigOverrides {
        ConfigOverrides {
            config_file: self.config.clone(),
            partitions: self.partitions.clone(),
            message_sizes: self.message_sizes.clone(),
            topics_json: self.topics_json.clone(),
            isolated: self.isolated,
            ..ConfigOverrides::default()
        }
    }
}

impl RuleArgs {
    /// Add the rule selection to `overrides`.
    pub fn apply(&self, overrides: &mut ConfigOverrides) {
        overrides.select = clean(&self.select);
        overrides.ignore = clean(&self.ignore);
        overrides.deny_warnings = self.deny_warnings;
    }
}

fn clean(list: &[String]) -> Vec<String> {
    list.iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn split_pair(s: &str, what: &str) -> Result<(String, String), String> {
    let (k, v) = match s.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() && !v.trim().is_empty() => {
            (k.trim().to_string(), v.trim().to_string())
        }
        _ => return Err(format!("expected TOPIC={what}, got `{s}`")),
    };
    // `INSTANCE_ID/TOPIC`: one slash at most, with something on both sides (a Kafka topic
    // name cannot hold `/`).
    let parts: Vec<&str> = k.split('/').collect();
    if parts.len() > 2 || parts.iter().any(|p| p.trim().is_empty()) {
        return Err(format!(
            "`{k}` is not TOPIC or INSTANCE_ID/TOPIC (a topic name cannot contain `/`)"
        ));
    }
    Ok((k, v))
}

/// `TOPIC=N` with N ≥ 1.
pub fn parse_partitions_arg(s: &str) -> Result<(String, u32), String> {
    let (k, v) = split_pair(s, "N")?;
    match v.parse::<u32>() {
        Ok(n) if n >= 1 => Ok((k, n)),
        _ => Err(format!(
            "`{v}` is not a partition count (a whole number, at least 1)"
        )),
    }
}

/// `TOPIC=SIZE` such as `orders=2KB`.
pub fn parse_message_size_arg(s: &str) -> Result<(String, u64), String> {
    let (k, v) = split_pair(s, "SIZE")?;
    Ok((k, parse_size(&v)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs() {
        assert_eq!(parse_partitions_arg("orders=12"), Ok(("orders".into(), 12)));
        assert!(parse_partitions_arg("orders=0").is_err());
        assert!(parse_partitions_arg("orders").is_err());
        assert_eq!(
            parse_message_size_arg("a/orders=2KB"),
            Ok(("a/orders".into(), 2048))
        );
        assert!(parse_message_size_arg("orders=2XB").is_err());
        assert_eq!(
            parse_partitions_arg("a/b/c=5"),
            Err(
                "`a/b/c` is not TOPIC or INSTANCE_ID/TOPIC (a topic name cannot contain `/`)"
                    .into()
            )
        );
        assert!(parse_partitions_arg("/orders=5").is_err());
        assert!(parse_partitions_arg("inst/=5").is_err());
    }
}
