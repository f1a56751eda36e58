//! The command line's arguments (clap): every command, its options and their help; the
//! commands themselves in [`check`] and [`commands`], printing in [`output`]. Argument groups
//! shared with the library (configuration, rule selection, `--env`) are in `fclint::cli_args`.

pub(crate) mod check;
pub(crate) mod commands;
pub(crate) mod fix;
pub(crate) mod output;

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use fclint::cli_args::{ConfigArgs, ResolveArgs, RuleArgs};
use fclint::diag::Lang;

#[derive(Parser)]
#[command(
    name = "fclint",
    version = fclint::version_text(),
    about = "Validate, lint, plan and explain Serverless Devs s.yaml files for Alibaba Cloud Function Compute — offline."
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Check s.yaml files and Tencent Cloud SCF serverless.yml files (or directories searched
    /// for s.yaml, s.yml, their variants and SCF serverless.yml).
    Check(CheckArgs),
    /// Write a commented fclint.toml listing the topics, queues, functions and triggers found,
    /// with the facts to fill in.
    Init(InitArgs),
    /// List every rule with code, name, severity and summary.
    Rules(RulesArgs),
    /// What the configuration will do: consumers, batches, concurrency, instances, retries, quota.
    Plan(PlanArgs),
    /// Explain a configuration (s.yaml or directory) in plain words, or print a rule's documentation.
    Explain(ExplainArgs),
    /// Print the JSON Schema of s.yaml, or of an SCF serverless.yml with `--platform scf`, for
    /// editors (English unless `--lang zh`).
    Schema(SchemaArgs),
    /// Run the language server on stdin/stdout (for editors: diagnostics, hover, completion,
    /// inlay hints, go to definition, document symbols, code actions).
    Lsp,
    /// Print the resolved document (magic variables, extend, template applied), like
    /// `s preview -o json`; problems found while resolving go to stderr.
    Preview(PreviewArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(CompletionsArgs),
    /// Print fclint's man page (roff), for `man -l -` or a `man1` directory.
    Manpage,
}

#[derive(Args)]
pub(crate) struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub(crate) shell: clap_complete::Shell,
}

#[derive(Args)]
pub(crate) struct InitArgs {
    /// The s.yaml, or the directory whose s.yaml files to describe (default: the current
    /// directory); fclint.toml is written into that directory.
    pub(crate) path: Option<PathBuf>,
    /// Replace an fclint.toml that is already there.
    #[arg(long)]
    pub(crate) force: bool,
    #[command(flatten)]
    pub(crate) resolve: ResolveArgs,
    #[command(flatten)]
    pub(crate) common: CommonArgs,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum PreviewFormat {
    /// JSON, as `s preview -o json` prints it.
    Json,
    /// YAML.
    Yaml,
}

#[derive(Args)]
pub(crate) struct PreviewArgs {
    /// The s.yaml file.
    pub(crate) file: PathBuf,
    /// Output format of the resolved document.
    #[arg(long, short = 'f', value_enum, default_value = "json")]
    pub(crate) format: PreviewFormat,
    #[command(flatten)]
    pub(crate) resolve: ResolveArgs,
    /// Print the values that come from the environment, `.env` files and included files
    /// (masked as `******` by default). For local debugging only.
    #[arg(long)]
    pub(crate) reveal: bool,
    /// For local use: read the files outside the project root (nearest directory holding `.git`,
    /// else the s.yaml's) that `extend`, `${file()}`, `${json(file())}` or `.env` name;
    /// `${file()}`/`.env` values stay masked unless `--reveal`.
    #[arg(long)]
    pub(crate) allow_outside_root: bool,
    #[command(flatten)]
    pub(crate) common: CommonArgs,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum CheckFormat {
    /// Snippets with the span underlined, notes and help.
    Human,
    /// `{"version": 1, "diagnostics": [...], "summary": {...}}`.
    Json,
    /// One line per finding: `path:line:col: severity[CODE] message`.
    Concise,
    /// GitHub Actions workflow commands (annotations on the pull request).
    Github,
    /// SARIF 2.1.0 (GitHub code scanning and other tools).
    Sarif,
    /// JUnit XML: one test case per file and rule.
    Junit,
    /// GitLab Code Quality JSON (`artifacts: reports: codequality`).
    Gitlab,
    /// Checkstyle XML (Jenkins, reviewdog).
    Checkstyle,
    /// reviewdog's Diagnostic Format (`reviewdog -f=rdjson`), fixes as suggested changes.
    Rdjson,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum PlanFormat {
    /// Tables for the terminal.
    Human,
    /// Every number, for scripts.
    Json,
    /// Tables for a pull request comment.
    Markdown,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum ListFormat {
    /// One rule a line.
    Human,
    /// An array of rules.
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum LangArg {
    En,
    Zh,
}

#[derive(Args)]
pub(crate) struct CommonArgs {
    /// Output language (default: from LC_ALL / LC_MESSAGES / LANG).
    #[arg(long, value_enum, global = true)]
    pub(crate) lang: Option<LangArg>,
    /// When to use colour (auto: only on a terminal and when NO_COLOR is unset).
    #[arg(long, value_enum, default_value = "auto", global = true)]
    pub(crate) color: ColorChoice,
}

#[derive(Args)]
pub(crate) struct CheckArgs {
    /// Files or directories (default: `.`); `-` reads one s.yaml from standard input.
    pub(crate) paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value = "human")]
    pub(crate) format: CheckFormat,
    /// With `-`: the path the text stands for (its name in the output; its directory's
    /// fclint.toml and .env apply).
    #[arg(long, value_name = "PATH")]
    pub(crate) stdin_filename: Option<PathBuf>,
    /// Write the output to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub(crate) output_file: Option<PathBuf>,
    /// Count the findings of each rule instead of listing them.
    #[arg(long)]
    pub(crate) statistics: bool,
    /// Exit 0 even when there are errors (2 still means fclint could not run).
    #[arg(long)]
    pub(crate) exit_zero: bool,
    /// Print the effective configuration and where each value came from, then exit.
    #[arg(long)]
    pub(crate) show_settings: bool,
    /// Leave out files and directories matching these globs (replaces `exclude` of
    /// fclint.toml); comma-separated or repeated.
    #[arg(long, value_name = "GLOBS", value_delimiter = ',')]
    pub(crate) exclude: Vec<String>,
    /// Leave out these globs too (adds to `exclude` of fclint.toml).
    #[arg(long, value_name = "GLOBS", value_delimiter = ',')]
    pub(crate) extend_exclude: Vec<String>,
    /// Check a file named on the command line only when a directory search would take it
    /// (its name, its `edition` key, the exclude globs): for pre-commit, which passes every
    /// changed file.
    #[arg(long)]
    pub(crate) discovered_only: bool,
    #[command(flatten)]
    pub(crate) resolve: ResolveArgs,
    /// Apply the safe fixes in place (each file atomically; not a link, not outside the
    /// project root), then report what is left.
    #[arg(long, conflicts_with_all = ["show_settings", "statistics"])]
    pub(crate) fix: bool,
    /// With `--fix` or `--diff`: apply the unsafe fixes too (they may change what deploys).
    #[arg(long)]
    pub(crate) unsafe_fixes: bool,
    /// Print a unified diff of what `--fix` would change, write nothing; exit 1 when there is
    /// a diff.
    #[arg(long, conflicts_with_all = ["show_settings", "statistics"])]
    pub(crate) diff: bool,
    /// Say which rules did not run and which facts would enable them.
    #[arg(long, short = 'v', conflicts_with = "quiet")]
    pub(crate) verbose: bool,
    /// Leave out the line about rules that did not run for lack of facts.
    #[arg(long, short = 'q')]
    pub(crate) quiet: bool,
    #[command(flatten)]
    pub(crate) rules: RuleArgs,
    #[command(flatten)]
    pub(crate) config: ConfigArgs,
    #[command(flatten)]
    pub(crate) common: CommonArgs,
}

#[derive(Args)]
pub(crate) struct PlanArgs {
    /// Files or directories (searched for s.yaml / s.yml and SCF serverless.yml).
    #[arg(required_unless_present_any = ["diff", "compare"], conflicts_with_all = ["diff", "compare"])]
    pub(crate) paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value = "human")]
    pub(crate) format: PlanFormat,
    /// Compare two files: the plan of OLD, then NEW, changed values as `before → after`.
    #[arg(long, num_args = 2, value_names = ["OLD", "NEW"], conflicts_with = "diff_git")]
    pub(crate) diff: Option<Vec<PathBuf>>,
    /// Compare the files with the same paths at a git revision (`git show REV:path`).
    #[arg(long, value_name = "REV")]
    pub(crate) diff_git: Option<String>,
    /// An FC Kafka trigger and an SCF CKafka trigger reading the same topic, side by side:
    /// consumers, invocations in flight, batch, body limit, wait, retry, throughput.
    #[arg(long, num_args = 2, value_names = ["A", "B"], conflicts_with_all = ["diff", "diff_git"])]
    pub(crate) compare: Option<Vec<PathBuf>>,
    #[command(flatten)]
    pub(crate) resolve: ResolveArgs,
    #[command(flatten)]
    pub(crate) config: ConfigArgs,
    #[command(flatten)]
    pub(crate) common: CommonArgs,
}

#[derive(Args)]
pub(crate) struct SchemaArgs {
    /// Which file's schema: s.yaml (`fc`, the default) or an SCF serverless.yml (`scf`).
    #[arg(long, value_enum, default_value = "fc")]
    pub(crate) platform: fclint::cli_args::PlatformArg,
    /// Language of the descriptions (default: English, whatever the locale, so that the
    /// schema checked into a repository does not depend on who generated it).
    #[arg(long, value_enum)]
    pub(crate) lang: Option<LangArg>,
}

#[derive(Args)]
pub(crate) struct RulesArgs {
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value = "human")]
    pub(crate) format: ListFormat,
    #[command(flatten)]
    pub(crate) common: CommonArgs,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum ExplainFormat {
    /// Plain text.
    Text,
    /// Markdown, for docs and pull requests.
    Markdown,
    /// A mermaid flowchart of a configuration.
    Mermaid,
}

#[derive(Args)]
pub(crate) struct ExplainArgs {
    /// A rule code (EB001) or name, or an s.yaml / SCF serverless.yml (or a directory) to explain in plain words.
    pub(crate) target: String,
    /// For a file: text (default), markdown, or a mermaid flowchart.
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    pub(crate) format: ExplainFormat,
    #[command(flatten)]
    pub(crate) resolve: ResolveArgs,
    #[command(flatten)]
    pub(crate) config: ConfigArgs,
    #[command(flatten)]
    pub(crate) common: CommonArgs,
}

pub(crate) fn lang_of(c: &CommonArgs) -> Lang {
    match c.lang {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Zh) => Lang::Zh,
        None => Lang::from_env(),
    }
}

pub(crate) fn color_of(c: &CommonArgs) -> bool {
    match c.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR")
                .map(|v| v.is_empty())
                .unwrap_or(true)
                && std::io::stdout().is_terminal()
        }
    }
}
