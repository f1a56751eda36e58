//! `fclint check`: read the files (or standard input), run the rules, print the report in the
//! chosen format and map the findings to the exit code.

use std::path::PathBuf;
use std::process::ExitCode;

use fclint::diag::{Lang, Severity};
use fclint::inert::Medium;
use fclint::report::{self, Report};
use fclint::source::{display_path, SourceMap};
use fclint::FatalError;

use super::fix::{self, FixTotals};
use super::output::{inert_text, no_files_error, note, write_stdout};
use super::{color_of, lang_of, CheckArgs, CheckFormat};

/// The files `check` looks at: each path's fclint.toml (or `--config`) gives its globs.
pub(crate) fn check_discovery(
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
pub(crate) fn not_run_line(missing: &[fclint::checks::MissingFact], lang: Lang) -> Option<String> {
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
pub(crate) fn verbose_notes(
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
pub(crate) fn render_report(
    args: &CheckArgs,
    rep: &Report<'_>,
    colored: Medium,
) -> (String, Medium) {
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
            CheckFormat::Rdjson => (report::rdjson::render(rep), Medium::Json),
        }
    }
}

/// Read the files (or standard input) and check them; `None` when there is nothing more to do:
/// `--show-settings` printed the settings, or pre-commit passed no s.yaml.
pub(crate) fn read_and_check(
    args: &CheckArgs,
    stdin: bool,
    paths: &[PathBuf],
    overrides: &fclint::config::ConfigOverrides,
    resolve: &fclint::resolve::ResolveOptions,
) -> Result<Option<(Vec<PathBuf>, fclint::CheckRun)>, FatalError> {
    Ok(Some(if stdin {
        let name = stdin_name(args);
        if args.show_settings {
            write_stdout(&fclint::settings::show(&[name], overrides)?, Medium::Text);
            return Ok(None);
        }
        let text = read_stdin()?;
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

/// Standard input, up to one byte past the largest file fclint reads.
fn read_stdin() -> Result<String, FatalError> {
    let mut text = String::new();
    use std::io::Read;
    std::io::stdin()
        .lock()
        .take(fclint::limits::MAX_FILE_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|e| FatalError(format!("cannot read standard input: {e}")))?;
    Ok(text)
}

/// The `--name` of standard input: `--stdin-filename`, or `-`.
fn stdin_name(args: &CheckArgs) -> PathBuf {
    args.stdin_filename
        .clone()
        .unwrap_or_else(|| PathBuf::from("-"))
}

/// `--diff` (prints the diff and ends the run: `Ok(Some(exit code))`) or `--fix` (rewrites
/// the files; the run goes on to report what is left: `Ok(None)` with what was fixed).
fn run_fixes(
    args: &CheckArgs,
    stdin: bool,
    paths: &[PathBuf],
    overrides: &fclint::config::ConfigOverrides,
    resolve: &fclint::resolve::ResolveOptions,
) -> Result<Result<ExitCode, FixTotals>, FatalError> {
    let lang = lang_of(&args.common);
    if stdin {
        if !args.diff {
            return Err(FatalError(
                "--fix rewrites files and cannot fix standard input; use --diff with `-`".into(),
            ));
        }
        let totals = fix::diff_stdin(args, &stdin_name(args), read_stdin()?, overrides, resolve)?;
        return Ok(Ok(fix::report_diff(&totals, lang)));
    }
    let files = check_discovery(args, paths, overrides)?;
    if files.is_empty() && !(args.discovered_only && paths.iter().all(|p| p.is_file())) {
        return Err(no_files_error(paths));
    }
    let totals = fix::fix_files(args, &files, overrides, resolve, !args.diff)?;
    if args.diff {
        return Ok(Ok(fix::report_diff(&totals, lang)));
    }
    Ok(Err(totals))
}

pub(crate) fn run_check(args: &CheckArgs) -> Result<ExitCode, FatalError> {
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
    let resolve = args.resolve.options(args.config.allow_outside_root)?;
    let mut overrides = args.config.overrides();
    args.rules.apply(&mut overrides);
    let mut fixed = None;
    if args.fix || args.diff {
        match run_fixes(args, stdin, &paths, &overrides, &resolve)? {
            Ok(code) => return Ok(code),
            Err(totals) => fixed = Some(totals),
        }
    }
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
    let human = args.format == CheckFormat::Human && !args.statistics;
    let mut lines = fix::summary_lines(fixed.as_ref(), &diags, args.unsafe_fixes, lang);
    if human && !args.quiet && !args.verbose {
        lines.extend(not_run_line(&missing, lang));
    }
    if human {
        // Wrapped to the report's width like the findings above; words (commands) stay whole.
        let wrap = textwrap::Options::new(rep.width)
            .break_words(false)
            .word_separator(textwrap::WordSeparator::AsciiSpace)
            .word_splitter(textwrap::WordSplitter::NoHyphenation)
            .subsequent_indent("  ");
        let mut l = fclint::present::Lines::new();
        for line in &lines {
            for part in textwrap::wrap(line, &wrap) {
                l.line(&part);
            }
        }
        text.push_str(&l.into_string());
    } else if let Some(t) = fixed.as_ref().filter(|t| t.fixed > 0) {
        // Machine formats stay as they are; the count of what was fixed goes to stderr.
        note(&format!(
            "fixed {} finding(s) in {} file(s)",
            t.fixed, t.files
        ));
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
