//! `fclint check --show-settings`: the effective configuration of each file and where each
//! value came from (fclint.toml, a command-line flag, or fclint's default). Only the
//! configuration is shown: never the environment, never the s.yaml's values.

use std::path::{Path, PathBuf};

use crate::config::{self, Config, ConfigOverrides};
use crate::present::Lines;
use crate::FatalError;

/// The settings for `files`, one block per distinct configuration file.
pub fn show(files: &[PathBuf], overrides: &ConfigOverrides) -> Result<String, FatalError> {
    let mut out = Lines::new();
    let mut done: Vec<Option<PathBuf>> = Vec::new();
    for f in files {
        let (effective, path) = config::load_config(f, overrides)?;
        if done.contains(&path) {
            continue;
        }
        let from_file = match &path {
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .map_err(|e| FatalError(format!("cannot read {}: {e}", p.display())))?;
                config::parse_config_text(&text, p)?
            }
            None => Config::default(),
        };
        if !out.is_empty() {
            out.blank();
        }
        let users: Vec<String> = files
            .iter()
            .filter(|g| {
                config::load_config(g, overrides)
                    .map(|(_, p)| p == path)
                    .unwrap_or(false)
            })
            .map(|g| g.display().to_string())
            .collect();
        out.line(&format!("Settings for {}", users.join(", ")));
        block(&mut out, path.as_deref(), &from_file, &effective, overrides);
        done.push(path);
    }
    Ok(out.finish())
}

fn block(out: &mut Lines, path: Option<&Path>, file: &Config, eff: &Config, o: &ConfigOverrides) {
    let cwd = std::env::current_dir().unwrap_or_default();
    let file_name = match path {
        // Relative to the working directory, as every path fclint prints.
        Some(p) => p.strip_prefix(&cwd).unwrap_or(p).display().to_string(),
        None => format!("(no {} found)", config::CONFIG_FILE_NAME),
    };
    let origin = |from_flag: Option<&str>, in_file: bool| -> String {
        match (from_flag, in_file) {
            (Some(flag), _) => flag.to_string(),
            (None, true) => file_name.clone(),
            (None, false) => "default".to_string(),
        }
    };
    out.line(&format!("  config file: {file_name}"));
    let list = |v: &[String]| {
        if v.is_empty() {
            "[]".to_string()
        } else {
            format!("[{}]", v.join(", "))
        }
    };
    out.line(&format!(
        "  select = {}  # {}",
        if eff.rules.select.is_empty() {
            "ALL".to_string()
        } else {
            list(&eff.rules.select)
        },
        origin(
            (!o.select.is_empty()).then_some("--select"),
            !file.rules.select.is_empty()
        )
    ));
    let ignore_from = match (!o.ignore.is_empty(), !file.rules.ignore.is_empty()) {
        (true, true) => format!("{file_name} + --ignore"),
        (true, false) => "--ignore".into(),
        (false, true) => file_name.clone(),
        (false, false) => "default".into(),
    };
    out.line(&format!(
        "  ignore = {}  # {ignore_from}",
        list(&eff.rules.ignore)
    ));
    for (k, v) in &eff.rules.severity {
        out.line(&format!("  severity.{k} = {}  # {file_name}", v.as_str()));
    }
    out.line(&format!(
        "  deny_warnings = {}  # {}",
        eff.rules.deny_warnings,
        origin(o.deny_warnings.then_some("--deny-warnings"), false)
    ));
    out.line(&format!(
        "  region_quota = {}  # {}",
        eff.inventory.region_quota(),
        origin(None, eff.inventory.region_quota.is_some())
    ));
    out.line(&format!(
        "  include = {}  # {}",
        list(&eff.files.include),
        origin(None, !eff.files.include.is_empty())
    ));
    out.line(&format!(
        "  exclude = {}  # {}",
        list(&eff.files.exclude),
        origin(None, !eff.files.exclude.is_empty())
    ));
    topic_lines(out, &file_name, file, eff, o);
    function_lines(out, &file_name, eff);
}

/// The topic facts of the inventory, each with where it came from.
fn topic_lines(out: &mut Lines, file_name: &str, file: &Config, eff: &Config, o: &ConfigOverrides) {
    for t in &eff.inventory.topics {
        let in_file = file
            .inventory
            .topics
            .iter()
            .find(|f| f.topic == t.topic && f.instance_id == t.instance_id);
        let name = match &t.instance_id {
            Some(i) => format!("{i}/{}", t.topic),
            None => t.topic.clone(),
        };
        let mut fact = |key: &str, value: Option<String>, from_file: Option<String>, flag: &str| {
            if let Some(v) = value {
                let from = if from_file.as_deref() == Some(v.as_str()) {
                    file_name.to_string()
                } else {
                    flag.to_string()
                };
                out.line(&format!("  topic {name}: {key} = {v}  # {from}"));
            }
        };
        let partitions_flag = if o.topics_json.is_some() && o.partitions.is_empty() {
            "--topics-json"
        } else if o.topics_json.is_some() {
            "--partitions or --topics-json"
        } else {
            "--partitions"
        };
        fact(
            "partitions",
            t.partitions.map(|p| p.to_string()),
            in_file.and_then(|f| f.partitions).map(|p| p.to_string()),
            partitions_flag,
        );
        fact(
            "message_size",
            t.message_size.map(config::format_size),
            in_file
                .and_then(|f| f.message_size)
                .map(config::format_size),
            "--message-size",
        );
        fact(
            "max_message_size",
            t.max_message_size.map(config::format_size),
            in_file
                .and_then(|f| f.max_message_size)
                .map(config::format_size),
            "--message-size",
        );
        fact(
            "rate",
            t.rate.map(crate::present::num),
            in_file.and_then(|f| f.rate).map(crate::present::num),
            "",
        );
    }
}

/// The function facts of the inventory (only `fclint.toml` sets them).
fn function_lines(out: &mut Lines, file_name: &str, eff: &Config) {
    for f in &eff.inventory.functions {
        for (key, v) in [
            ("seconds_per_message", f.seconds_per_message),
            ("seconds_per_batch", f.seconds_per_batch),
        ] {
            if let Some(v) = v {
                out.line(&format!(
                    "  function {}: {key} = {}  # {file_name}",
                    f.name,
                    crate::present::num(v)
                ));
            }
        }
    }
}
