//! The `fclint` command line. Parsing arguments and mapping exit codes only; the
//! work happens in the library.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use fclint::diag::{Lang, Severity};
use fclint::inert::Medium;
use fclint::report::{self, Report};
use fclint::source::{display_path, SourceMap};
use fclint::FatalError;

/// fclint builds and drops many small trees (YAML nodes, resolved values, JSON for the
/// schema check); mimalloc makes those allocations about half as costly as glibc's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod cli;
use cli::*;

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

/// One line to stderr as `fclint: …` (made inert, like everything fclint prints).
fn note(text: &str) {
    let mut l = fclint::present::Lines::new();
    l.line(&format!("fclint: {text}"));
    write_stderr(&l.into_string());
}

fn no_files_error(paths: &[PathBuf]) -> FatalError {
    FatalError(format!(
        "{} {}",
        fclint::discover::NOTHING_FOUND,
        paths
            .iter()
            .map(|p| fclint::inert::path(p))
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

/// The files `check` looks at: each path's fclint.toml (or `--config`) gives its globs.
fn check_discovery(
    args: &CheckArgs,
    paths: &[PathBuf],
    overrides: &fclint::config::ConfigOverrides,
) -> Result<Vec<PathBuf>, FatalError> {
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut all = Vec::new();
    for p in paths {
        let (config, config_path) = fclint::config::load_config(p, overrides)?;
        let mut filters = fclint::discover::Filters::new(
            config_path
                .as_deref()
                .map(|cp| (cp, &config.files.include[..], &config.files.exclude[..])),
            &args.exclude,
            &args.extend_exclude,
            &cwd,
        )?;
        filters.to_explicit_files = args.discovered_only;
        filters.isolated = args.config.isolated;
        let found = fclint::discover::discover_with(std::slice::from_ref(p), &filters)?;
        for s in &found.skipped {
            note(&format!("warning: skipped {s}"));
        }
        all.extend(found.files);
    }
    // Across paths too: `check . sub/s.yaml` checks sub/s.yaml once.
    let mut seen = std::collections::HashSet::new();
    all.retain(|p| seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| cwd.join(p))));
    Ok(all)
}

/// "5 rules did not run for lack of facts (partitions, message_size): …", or nothing.
fn not_run_line(missing: &[fclint::checks::MissingFact], lang: Lang) -> Option<String> {
    let mut codes: Vec<fclint::codes::Code> =
        missing.iter().flat_map(|m| m.codes.clone()).collect();
    codes.sort();
    codes.dedup();
    if codes.is_empty() {
        return None;
    }
    let mut facts: Vec<&str> = missing.iter().map(|m| m.fact.as_str()).collect();
    facts.sort();
    facts.dedup();
    let list = codes
        .iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let n = codes.len();
    Some(match lang {
        Lang::En => format!(
            "{n} {} did not run for lack of facts ({}): {list}; run `fclint init` or see `fclint check -v`",
            if n == 1 { "rule" } else { "rules" },
            facts.join(", ")
        ),
        Lang::Zh => format!(
            "{n} 条规则因缺少事实（{}）未运行：{list}；请运行 `fclint init` 或参见 `fclint check -v`",
            facts.join("、")
        ),
    })
}

/// `-v`: which fclint.toml each file uses, and every rule that did not run for want of a fact.
fn verbose_notes(
    args: &CheckArgs,
    files: &[PathBuf],
    configs: &[Option<PathBuf>],
    missing: &[fclint::checks::MissingFact],
    sources: &SourceMap,
    lang: Lang,
) {
    let mut configs_seen: Vec<&Option<PathBuf>> = Vec::new();
    for (f, config_path) in files.iter().zip(configs) {
        if configs_seen.contains(&config_path) {
            continue;
        }
        match config_path {
            Some(p) => note(&format!("using {}", display_path(p))),
            None if args.config.isolated => note(&format!(
                "--isolated: no {} read for {}",
                fclint::config::CONFIG_FILE_NAME,
                display_path(f)
            )),
            None => note(&format!(
                "no {} found above {}",
                fclint::config::CONFIG_FILE_NAME,
                display_path(f)
            )),
        }
        configs_seen.push(config_path);
    }
    for m in missing {
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
        note(&line);
    }
}

/// The report in the chosen format, and how to make it inert.
fn render_report(args: &CheckArgs, rep: &Report<'_>, colored: Medium) -> (String, Medium) {
    if args.statistics {
        match args.format {
            CheckFormat::Json => (report::statistics::json(rep), Medium::Json),
            _ => (report::statistics::text(rep), Medium::Text),
        }
    } else {
        match args.format {
            CheckFormat::Human => (report::human::render(rep), colored),
            CheckFormat::Json => (report::json::render(rep), Medium::Json),
            CheckFormat::Concise => (report::concise::render(rep), colored),
            CheckFormat::Github => (report::github::render(rep), Medium::Github),
            CheckFormat::Sarif => (report::sarif::render(rep), Medium::Json),
            CheckFormat::Junit => (report::junit::render(rep), Medium::Xml),
            CheckFormat::Gitlab => (report::gitlab::render(rep), Medium::Json),
            CheckFormat::Checkstyle => (report::checkstyle::render(rep), Medium::Xml),
        }
    }
}

/// Read the files (or standard input) and check them; `None` when there is nothing more to do:
/// `--show-settings` printed the settings, or pre-commit passed no s.yaml.
fn read_and_check(
    args: &CheckArgs,
    stdin: bool,
    paths: &[PathBuf],
    overrides: &fclint::config::ConfigOverrides,
    resolve: &fclint::resolve::ResolveOptions,
) -> Result<Option<(Vec<PathBuf>, fclint::CheckRun)>, FatalError> {
    Ok(Some(if stdin {
        let name = args
            .stdin_filename
            .clone()
            .unwrap_or_else(|| PathBuf::from("-"));
        if args.show_settings {
            write_stdout(&fclint::settings::show(&[name], overrides)?, Medium::Text);
            return Ok(None);
        }
        let mut text = String::new();
        use std::io::Read;
        std::io::stdin()
            .lock()
            .take(fclint::limits::MAX_FILE_BYTES + 1)
            .read_to_string(&mut text)
            .map_err(|e| FatalError(format!("cannot read standard input: {e}")))?;
        let run = fclint::check_text(&name, text, overrides, resolve)?;
        (vec![name], run)
    } else {
        let files = check_discovery(args, paths, overrides)?;
        if files.is_empty() {
            // pre-commit passed only files that are not s.yaml: nothing to check is fine.
            if args.discovered_only && paths.iter().all(|p| p.is_file()) {
                return Ok(None);
            }
            return Err(no_files_error(paths));
        }
        if args.show_settings {
            write_stdout(&fclint::settings::show(&files, overrides)?, Medium::Text);
            return Ok(None);
        }
        let run = fclint::check_files(&files, overrides, resolve)?;
        (files, run)
    }))
}

fn run_check(args: &CheckArgs) -> Result<ExitCode, FatalError> {
    let lang = lang_of(&args.common);
    let paths: Vec<PathBuf> = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let stdin = paths.iter().any(|p| p.as_os_str() == "-");
    if stdin && paths.len() > 1 {
        return Err(FatalError(
            "`-` (standard input) cannot be combined with other paths".into(),
        ));
    }
    if !stdin && args.stdin_filename.is_some() {
        return Err(FatalError(
            "--stdin-filename names the text read from `-`; give `-` as the path".into(),
        ));
    }
    let resolve = fclint::resolve::ResolveOptions {
        env: parse_env(&args.env)?,
        use_process_env: true,
        allow_outside_root: args.config.allow_outside_root,
    };
    let mut overrides = args.config.overrides();
    args.rules.apply(&mut overrides);
    let Some((files, run)) = read_and_check(args, stdin, &paths, &overrides, &resolve)? else {
        // --show-settings printed them, or pre-commit passed no s.yaml.
        return Ok(ExitCode::SUCCESS);
    };
    let fclint::CheckRun {
        sources,
        files: ids,
        diagnostics: mut diags,
        missing,
        configs,
        deny_warnings,
    } = run;
    if args.verbose {
        verbose_notes(args, &files, &configs, &missing, &sources, lang);
    }
    fclint::sort_diagnostics(&sources, &mut diags);
    let rep = Report {
        sources: &sources,
        files: &ids,
        diagnostics: &diags,
        lang,
        color: args.output_file.is_none() && color_of(&args.common),
        width: if args.output_file.is_some() {
            80
        } else {
            report::human::output_width()
        },
    };
    let colored = if rep.color {
        Medium::ColoredText
    } else {
        Medium::Text
    };
    let (mut text, medium) = render_report(args, &rep, colored);
    // The summary says which rules stayed silent; `-v` already listed them one by one.
    if args.format == CheckFormat::Human && !args.statistics && !args.quiet && !args.verbose {
        if let Some(line) = not_run_line(&missing, lang) {
            let mut l = fclint::present::Lines::new();
            l.line(&line);
            text.push_str(&l.into_string());
        }
    }
    match &args.output_file {
        // The report file (a CI artifact) is made inert and masked like stdout.
        Some(out) => std::fs::write(out, inert_text(&text, medium))
            .map_err(|e| FatalError(format!("cannot write {}: {e}", fclint::inert::path(out))))?,
        None => write_stdout(&text, medium),
    }
    let failing = diags.iter().any(|d| {
        d.severity == Severity::Error || (deny_warnings && d.severity == Severity::Warning)
    });
    Ok(if failing && !args.exit_zero {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The files under `paths`; `isolated` (`--isolated`) reads no ignore file.
fn discover_files(paths: &[PathBuf], isolated: bool) -> Result<Vec<PathBuf>, FatalError> {
    let mut filters = fclint::discover::Filters::default();
    filters.isolated = isolated;
    let found = fclint::discover::discover_with(paths, &filters)?;
    for s in &found.skipped {
        note(&format!("warning: skipped {s}"));
    }
    if found.files.is_empty() {
        return Err(no_files_error(paths));
    }
    Ok(found.files)
}

fn run_init(args: &InitArgs) -> Result<ExitCode, FatalError> {
    let lang = lang_of(&args.common);
    let target = args.path.clone().unwrap_or_else(|| PathBuf::from("."));
    let dir = if target.is_file() {
        target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("."))
    } else {
        target.clone()
    };
    let files = discover_files(std::slice::from_ref(&target), false)?;
    let resolve = fclint::resolve::ResolveOptions {
        env: parse_env(&args.env)?,
        use_process_env: true,
        allow_outside_root: false,
    };
    let w = fclint::init::init(&dir, &files, &resolve, args.force, lang)?;
    let mut l = fclint::present::Lines::new();
    l.line(&match lang {
        Lang::En => format!(
            "wrote {}: {} topic(s) or queue(s), {} function(s), {} trigger(s); fill in the facts you know",
            fclint::inert::path(&w.path),
            w.topics,
            w.functions,
            w.triggers
        ),
        Lang::Zh => format!(
            "已写入 {}：{} 个 topic 或队列，{} 个函数，{} 个触发器；请填写已知的事实",
            fclint::inert::path(&w.path),
            w.topics,
            w.functions,
            w.triggers
        ),
    });
    write_stdout(&l.into_string(), Medium::Text);
    Ok(ExitCode::SUCCESS)
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
    let isolated = args.config.isolated;
    if let Some(pair) = &args.compare {
        use fclint::plan::compare::{compare_files, Format};
        let format = match args.format {
            PlanFormat::Human => Format::Human,
            PlanFormat::Markdown => Format::Markdown,
            PlanFormat::Json => Format::Json,
        };
        let medium = match args.format {
            PlanFormat::Json => Medium::Json,
            _ => Medium::Text,
        };
        write_stdout(
            &compare_files(
                &discover_files(pair, isolated)?,
                &overrides,
                &resolve,
                format,
                lang,
            )?,
            medium,
        );
        return Ok(ExitCode::SUCCESS);
    }
    let (before, after) = match (&args.diff, &args.diff_git) {
        (Some(pair), _) => {
            let old = discover_files(&pair[..1], isolated)?;
            let new = discover_files(&pair[1..], isolated)?;
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
            let files = discover_files(&args.paths, isolated)?;
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
            let files = discover_files(&args.paths, isolated)?;
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
        let (text, unreadable) = fclint::explain::explain_files_status(
            &files,
            &args.config.overrides(),
            &resolve,
            lang,
            format,
        )?;
        write_stdout(&text, Medium::Text);
        // As `plan`: a file that cannot be read as YAML is exit 2 (here after its findings).
        return Ok(if unreadable {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        });
    }
    let Some(rule) = fclint::checks::registry::find(&args.target) else {
        let hint = match fclint::codes::Code::closest(&args.target) {
            Some(c) => format!("; did you mean `{c}` ({})?", c.name()),
            None => " (see `fclint rules`)".to_string(),
        };
        return Err(FatalError(format!(
            "`{}` is neither a rule code, a rule name nor an existing file or directory{hint}",
            fclint::inert::escape(&args.target)
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

/// `text` made inert for its medium (no control characters, no line that starts a CI
/// workflow command) and masked for every value read from the environment.
fn inert_text(text: &str, medium: Medium) -> String {
    fclint::inert::guard(&fclint::inert::scrub(text), medium).into_owned()
}

/// Everything fclint prints on stdout from what it read goes through here (see
/// [`inert_text`]).
fn write_stdout(text: &str, medium: Medium) {
    write_raw(&inert_text(text, medium), &mut std::io::stdout().lock());
}

/// The same for stderr (always plain text).
fn write_stderr(text: &str) {
    write_raw(
        &inert_text(text, Medium::Text),
        &mut std::io::stderr().lock(),
    );
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
        Command::Init(a) => run_init(a),
        Command::Completions(a) => {
            let mut out = Vec::new();
            clap_complete::generate(a.shell, &mut Cli::command(), "fclint", &mut out);
            // fclint's own text, from no input: written as it is (a script may start a line
            // with `::`).
            write_raw(
                &String::from_utf8_lossy(&out),
                &mut std::io::stdout().lock(),
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Manpage => {
            let mut out = Vec::new();
            match clap_mangen::Man::new(Cli::command()).render(&mut out) {
                Ok(()) => {
                    write_raw(
                        &String::from_utf8_lossy(&out),
                        &mut std::io::stdout().lock(),
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => Err(FatalError(format!("cannot render the man page: {e}"))),
            }
        }
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
            write_stdout(&a.platform.schema_json(lang), Medium::Json);
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
