//! The `fclint` command line. Parsing arguments and mapping exit codes only; the
//! work happens in the library.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use fclint::cli_args::ConfigArgs;
use fclint::diag::{Lang, Severity};
use fclint::inert::Medium;
use fclint::report::{self, Report};
use fclint::source::{display_path, SourceMap};
use fclint::FatalError;

/// fclint builds and drops many small trees (YAML nodes, resolved values, JSON for the
/// schema check); mimalloc makes those allocations about half as costly as glibc's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "fclint",
    version,
    about = "Validate, lint, plan and explain Serverless Devs s.yaml files for Alibaba Cloud Function Compute — offline."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check s.yaml files (or directories searched for s.yaml / s.yml).
    Check(CheckArgs),
    /// List every rule with code, name, severity and summary.
    Rules(RulesArgs),
    /// What the configuration will do: consumers, batches, concurrency, instances, retries, quota.
    Plan(PlanArgs),
    /// Explain a configuration (s.yaml or directory) in plain words, or print a rule's documentation.
    Explain(ExplainArgs),
    /// Print the JSON Schema of s.yaml, for editors (English unless `--lang zh`).
    Schema(SchemaArgs),
    /// Run the language server on stdin/stdout (for editors: diagnostics, hover, completion,
    /// inlay hints, go to definition, document symbols, code actions).
    Lsp,
    /// Print the resolved document (magic variables, extend, template applied), like
    /// `s preview -o json`; problems found while resolving go to stderr.
    Preview(PreviewArgs),
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum PreviewFormat {
    Json,
    Yaml,
}

#[derive(Args)]
struct PreviewArgs {
    /// The s.yaml file.
    file: PathBuf,
    #[arg(long, short = 'f', value_enum, default_value = "json")]
    format: PreviewFormat,
    /// Set a variable for `${env(..)}` for this run only (repeatable).
    #[arg(long = "env", value_name = "NAME=VALUE")]
    env: Vec<String>,
    /// Print the values that come from the environment, `.env` files and included files
    /// (masked as `******` by default). For local debugging only.
    #[arg(long)]
    reveal: bool,
    /// Also read files outside the project root (the nearest directory holding `.git`, else
    /// the s.yaml's directory). For local use.
    #[arg(long)]
    allow_outside_root: bool,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum CheckFormat {
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
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum PlanFormat {
    Human,
    Json,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ListFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum LangArg {
    En,
    Zh,
}

#[derive(Args)]
struct CommonArgs {
    /// Output language (default: from LC_ALL / LC_MESSAGES / LANG).
    #[arg(long, value_enum, global = true)]
    lang: Option<LangArg>,
    /// When to use colour (auto: only on a terminal and when NO_COLOR is unset).
    #[arg(long, value_enum, default_value = "auto", global = true)]
    color: ColorChoice,
}

#[derive(Args)]
struct CheckArgs {
    /// Files or directories.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[arg(long, short = 'f', value_enum, default_value = "human")]
    format: CheckFormat,
    /// Set a variable for `${env(..)}` for this run only (repeatable).
    #[arg(long = "env", value_name = "NAME=VALUE")]
    env: Vec<String>,
    /// Say which rules did not run and which facts would enable them.
    #[arg(long, short = 'v')]
    verbose: bool,
    #[command(flatten)]
    config: ConfigArgs,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Args)]
struct PlanArgs {
    /// Files or directories (searched for s.yaml / s.yml).
    #[arg(required_unless_present = "diff", conflicts_with = "diff")]
    paths: Vec<PathBuf>,
    #[arg(long, short = 'f', value_enum, default_value = "human")]
    format: PlanFormat,
    /// Compare two files: the plan of OLD, then NEW, changed values as `before → after`.
    #[arg(long, num_args = 2, value_names = ["OLD", "NEW"], conflicts_with = "diff_git")]
    diff: Option<Vec<PathBuf>>,
    /// Compare the files with the same paths at a git revision (`git show REV:path`).
    #[arg(long, value_name = "REV")]
    diff_git: Option<String>,
    /// Set a variable for `${env(..)}` for this run only (repeatable).
    #[arg(long = "env", value_name = "NAME=VALUE")]
    env: Vec<String>,
    #[command(flatten)]
    config: ConfigArgs,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Args)]
struct SchemaArgs {
    /// Language of the descriptions (default: English, whatever the locale, so that the
    /// schema checked into a repository does not depend on who generated it).
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
}

#[derive(Args)]
struct RulesArgs {
    #[arg(long, short = 'f', value_enum, default_value = "human")]
    format: ListFormat,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ExplainFormat {
    Text,
    Markdown,
    Mermaid,
}

#[derive(Args)]
struct ExplainArgs {
    /// A rule code (EB001) or name, or an s.yaml (or a directory) to explain in plain words.
    target: String,
    /// For a file: text (default), markdown, or a mermaid flowchart.
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    format: ExplainFormat,
    /// Set a variable for `${env(..)}` for this run only (repeatable).
    #[arg(long = "env", value_name = "NAME=VALUE")]
    env: Vec<String>,
    #[command(flatten)]
    config: ConfigArgs,
    #[command(flatten)]
    common: CommonArgs,
}

fn lang_of(c: &CommonArgs) -> Lang {
    match c.lang {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Zh) => Lang::Zh,
        None => Lang::from_env(),
    }
}

fn color_of(c: &CommonArgs) -> bool {
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

fn parse_env(pairs: &[String]) -> Result<std::collections::BTreeMap<String, String>, FatalError> {
    let mut out = std::collections::BTreeMap::new();
    for p in pairs {
        let Some((k, v)) = p.split_once('=') else {
            return Err(FatalError(format!("--env expects NAME=VALUE, got `{p}`")));
        };
        if k.is_empty() {
            return Err(FatalError(format!("--env expects NAME=VALUE, got `{p}`")));
        }
        out.insert(k.to_string(), v.to_string());
    }
    Ok(out)
}

fn run_check(args: &CheckArgs) -> Result<ExitCode, FatalError> {
    let files = fclint::discover::discover_with(&args.paths, args.config.isolated)?;
    if files.is_empty() {
        return Err(FatalError(format!(
            "no s.yaml or s.yml found in {}",
            args.paths
                .iter()
                .map(|p| fclint::inert::path(p))
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let resolve = fclint::resolve::ResolveOptions {
        env: parse_env(&args.env)?,
        use_process_env: true,
        allow_outside_root: args.config.allow_outside_root,
    };
    let overrides = args.config.overrides();
    let fclint::CheckRun {
        sources,
        files: ids,
        diagnostics: mut diags,
        missing,
        configs,
        deny_warnings,
    } = fclint::check_files(&files, &overrides, &resolve)?;
    if args.verbose {
        let mut configs_seen: Vec<&Option<PathBuf>> = Vec::new();
        for (f, config_path) in files.iter().zip(&configs) {
            if configs_seen.contains(&config_path) {
                continue;
            }
            match config_path {
                Some(p) => write_stderr(&format!("fclint: using {}\n", display_path(p))),
                None if args.config.isolated => write_stderr(&format!(
                    "fclint: --isolated: no {} read for {}\n",
                    fclint::config::CONFIG_FILE_NAME,
                    display_path(f)
                )),
                None => write_stderr(&format!(
                    "fclint: no {} found above {}\n",
                    fclint::config::CONFIG_FILE_NAME,
                    display_path(f)
                )),
            }
            configs_seen.push(config_path);
        }
    }
    if args.verbose {
        let lang = lang_of(&args.common);
        for m in &missing {
            let file = sources.get(m.span.file);
            let codes = m
                .codes
                .iter()
                .map(|c| format!("{c} ({})", c.name()))
                .collect::<Vec<_>>()
                .join(", ");
            let line = match lang {
                Lang::Zh => format!(
                    "{}:{}:{}: 未运行 {codes}：不知道 {} 的 `{}`；{}",
                    file.display,
                    m.span.start.line,
                    m.span.start.col,
                    m.subject,
                    m.fact,
                    m.how.get(lang)
                ),
                Lang::En => format!(
                    "{}:{}:{}: did not run {codes}: `{}` of {} is not known; {}",
                    file.display,
                    m.span.start.line,
                    m.span.start.col,
                    m.fact,
                    m.subject,
                    m.how.get(lang)
                ),
            };
            write_stderr(&format!("fclint: {line}\n"));
        }
    }
    fclint::sort_diagnostics(&sources, &mut diags);
    let lang = lang_of(&args.common);
    let rep = Report {
        sources: &sources,
        files: &ids,
        diagnostics: &diags,
        lang,
        color: color_of(&args.common),
    };
    let colored = if rep.color {
        Medium::ColoredText
    } else {
        Medium::Text
    };
    let (text, medium) = match args.format {
        CheckFormat::Human => (report::human::render(&rep), colored),
        CheckFormat::Json => (report::json::render(&rep), Medium::Json),
        CheckFormat::Concise => (report::concise::render(&rep), colored),
        CheckFormat::Github => (report::github::render(&rep), Medium::Github),
        CheckFormat::Sarif => (report::sarif::render(&rep), Medium::Json),
        CheckFormat::Junit => (report::junit::render(&rep), Medium::Xml),
    };
    write_stdout(&text, medium);
    let failing = diags.iter().any(|d| {
        d.severity == Severity::Error || (deny_warnings && d.severity == Severity::Warning)
    });
    Ok(if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn discover_files(paths: &[PathBuf], isolated: bool) -> Result<Vec<PathBuf>, FatalError> {
    let files = fclint::discover::discover_with(paths, isolated)?;
    if files.is_empty() {
        return Err(FatalError(format!(
            "no s.yaml or s.yml found in {}",
            paths
                .iter()
                .map(|p| fclint::inert::path(p))
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    Ok(files)
}

fn run_plan(args: &PlanArgs) -> Result<ExitCode, FatalError> {
    use fclint::plan::{self, render, Revision};
    let lang = lang_of(&args.common);
    let resolve = fclint::resolve::ResolveOptions {
        env: parse_env(&args.env)?,
        use_process_env: true,
        allow_outside_root: args.config.allow_outside_root,
    };
    let overrides = args.config.overrides();
    if overrides.deny_warnings || !overrides.select.is_empty() || !overrides.ignore.is_empty() {
        return Err(FatalError(
            "--select, --ignore and --deny-warnings choose rules for `fclint check`; `fclint plan` runs no rules".into(),
        ));
    }
    let (before, after) = match (&args.diff, &args.diff_git) {
        (Some(pair), _) => {
            let old = discover_files(&pair[..1], args.config.isolated)?;
            let new = discover_files(&pair[1..], args.config.isolated)?;
            (
                Some(plan::plan_files(
                    &old,
                    &overrides,
                    &resolve,
                    Revision::Worktree,
                )?),
                plan::plan_files(&new, &overrides, &resolve, Revision::Worktree)?,
            )
        }
        (None, Some(rev)) => {
            let files = discover_files(&args.paths, args.config.isolated)?;
            (
                Some(plan::plan_files(
                    &files,
                    &overrides,
                    &resolve,
                    Revision::Git(rev),
                )?),
                plan::plan_files(&files, &overrides, &resolve, Revision::Worktree)?,
            )
        }
        (None, None) => {
            let files = discover_files(&args.paths, args.config.isolated)?;
            (
                None,
                plan::plan_files(&files, &overrides, &resolve, Revision::Worktree)?,
            )
        }
    };
    let text = match (&before, args.format) {
        (None, PlanFormat::Human) => render::human(&after, lang),
        (None, PlanFormat::Markdown) => render::markdown(&after, lang),
        (None, PlanFormat::Json) => render::json(&after, lang),
        (Some(b), PlanFormat::Human) => render::human_diff(b, &after, lang),
        (Some(b), PlanFormat::Markdown) => render::markdown_diff(b, &after, lang),
        (Some(b), PlanFormat::Json) => render::json_diff(b, &after, lang),
    };
    let medium = match args.format {
        PlanFormat::Json => Medium::Json,
        _ => Medium::Text,
    };
    write_stdout(&text, medium);
    Ok(ExitCode::SUCCESS)
}

fn run_rules(args: &RulesArgs) -> Result<ExitCode, FatalError> {
    let lang = lang_of(&args.common);
    let rules = fclint::checks::registry::all();
    let text = match args.format {
        ListFormat::Json => {
            let v: Vec<serde_json::Value> = rules
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "code": r.code,
                        "name": r.name(),
                        "severity": r.severity().as_str(),
                        "family": r.family(),
                        "summary": r.summary_in(lang),
                        "needs": r.needs(),
                    })
                })
                .collect();
            let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
            s.push('\n');
            s
        }
        ListFormat::Human => {
            let mut s = String::new();
            for r in rules {
                s.push_str(&format!(
                    "{:<6} {:<8} {:<40} {}\n",
                    r.code,
                    r.severity().as_str(),
                    r.name(),
                    r.summary_in(lang)
                ));
            }
            s
        }
    };
    let medium = match args.format {
        ListFormat::Json => Medium::Json,
        ListFormat::Human => Medium::Text,
    };
    write_stdout(&text, medium);
    Ok(ExitCode::SUCCESS)
}

fn run_explain(args: &ExplainArgs) -> Result<ExitCode, FatalError> {
    let lang = lang_of(&args.common);
    let path = PathBuf::from(&args.target);
    if args.config.deny_warnings {
        return Err(FatalError(
            "--deny-warnings sets the exit code of `fclint check`; `fclint explain` always exits 0 when it can explain".into(),
        ));
    }
    if path.exists() {
        let files = discover_files(std::slice::from_ref(&path), args.config.isolated)?;
        let resolve = fclint::resolve::ResolveOptions {
            env: parse_env(&args.env)?,
            use_process_env: true,
            allow_outside_root: args.config.allow_outside_root,
        };
        let format = match args.format {
            ExplainFormat::Text => fclint::explain::Format::Text,
            ExplainFormat::Markdown => fclint::explain::Format::Markdown,
            ExplainFormat::Mermaid => fclint::explain::Format::Mermaid,
        };
        let text = fclint::explain::explain_files(
            &files,
            &args.config.overrides(),
            &resolve,
            lang,
            format,
        )?;
        write_stdout(&text, Medium::Text);
        return Ok(ExitCode::SUCCESS);
    }
    let Some(rule) = fclint::checks::registry::find(&args.target) else {
        return Err(FatalError(format!(
            "`{}` is neither a rule code, a rule name nor an existing file or directory (see `fclint rules`)",
            args.target
        )));
    };
    if args.format == ExplainFormat::Mermaid {
        return Err(FatalError(
            "--format mermaid draws a configuration; give an s.yaml instead of a rule".into(),
        ));
    }
    let text = format!(
        "# {} {} ({})\n\n{}\n\n{}",
        rule.code,
        rule.name(),
        rule.severity().as_str(),
        rule.summary_in(lang),
        rule.doc_in(lang)
    );
    write_stdout(&text, Medium::Text);
    Ok(ExitCode::SUCCESS)
}

fn run_preview(args: &PreviewArgs) -> Result<ExitCode, FatalError> {
    if !args.file.is_file() {
        return Err(FatalError(format!(
            "{} is not a file",
            fclint::inert::path(&args.file)
        )));
    }
    let opts = fclint::resolve::ResolveOptions {
        env: parse_env(&args.env)?,
        use_process_env: true,
        allow_outside_root: args.allow_outside_root,
    };
    let mut sources = SourceMap::new();
    let doc = fclint::load(&mut sources, &args.file, &opts)?;
    let lang = lang_of(&args.common);
    let mut diags = doc.diagnostics.clone();
    fclint::sort_diagnostics(&sources, &mut diags);
    fclint::finish_diagnostics(&mut diags);
    let mut errors = 0;
    for d in &diags {
        let file = sources.get(d.span.file);
        write_stderr(&format!(
            "{}:{}:{}: {}[{}] {}\n",
            file.display,
            d.span.start.line,
            d.span.start.col,
            d.severity.as_str(),
            d.code,
            d.message.get(lang)
        ));
        errors += usize::from(d.severity == fclint::diag::Severity::Error);
    }
    let value = if args.reveal {
        fclint::preview_value_revealed(&doc)
    } else {
        fclint::preview_value(&doc)
    };
    if let Some(value) = value {
        let (text, medium) = match args.format {
            PreviewFormat::Json => {
                let mut t = serde_json::to_string_pretty(&value)
                    .map_err(|e| FatalError(format!("cannot print JSON: {e}")))?;
                t.push('\n');
                (t, Medium::Json)
            }
            PreviewFormat::Yaml => (fclint::resolve::preview::to_yaml(&value), Medium::Yaml),
        };
        if args.reveal {
            // Asked for: the values are printed, still inert.
            write_raw(
                &fclint::inert::guard(&text, medium),
                &mut std::io::stdout().lock(),
            );
        } else {
            write_stdout(&text, medium);
        }
    }
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Everything fclint prints on stdout goes through here: made inert for its medium (no
/// control characters, no line that starts a CI workflow command) and masked for every value
/// read from the environment.
fn write_stdout(text: &str, medium: Medium) {
    let safe = fclint::inert::guard(&fclint::inert::scrub(text), medium).into_owned();
    write_raw(&safe, &mut std::io::stdout().lock());
}

/// The same for stderr (always plain text).
fn write_stderr(text: &str) {
    let safe = fclint::inert::guard(&fclint::inert::scrub(text), Medium::Text).into_owned();
    write_raw(&safe, &mut std::io::stderr().lock());
}

fn write_raw(text: &str, out: &mut impl Write) {
    // A closed pipe (`fclint … | head`) is not an error worth a panic.
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Check(a) => run_check(a),
        Command::Rules(a) => run_rules(a),
        Command::Plan(a) => run_plan(a),
        Command::Explain(a) => run_explain(a),
        Command::Preview(a) => run_preview(a),
        Command::Lsp => fclint::lsp::run().map(|()| ExitCode::SUCCESS),
        Command::Schema(a) => {
            let lang = match a.lang {
                Some(LangArg::Zh) => Lang::Zh,
                _ => Lang::En,
            };
            write_stdout(
                &fclint::checks::schema::document_schema_json_in(lang),
                Medium::Json,
            );
            Ok(ExitCode::SUCCESS)
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            write_stderr(&format!("fclint: error: {e}\n"));
            ExitCode::from(2)
        }
    }
}
