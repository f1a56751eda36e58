//! `fclint.toml` and the command line: the configuration of one run — rule selection
//! ([`selection`]), the inventory of facts s.yaml does not hold ([`inventory`]), sizes
//! ([`units`]) — and where it is loaded from.

mod file;
mod inventory;
mod selection;
mod topics_json;
mod units;
pub use file::parse_config_text;
pub use inventory::{split_topic_spec, FunctionFacts, Inventory, TopicFacts};
pub(crate) use selection::check_selectors;
pub use selection::{selector_is_known, RuleSelection};
pub use topics_json::parse_topics_json;
pub use units::{format_size, parse_size};

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
        config.inventory.merge_topics(parse_topics_json(&text, p)?);
    }
    config
        .inventory
        .apply_overrides(&overrides.partitions, &overrides.message_sizes);
    Ok(())
}

#[cfg(test)]
mod tests;
