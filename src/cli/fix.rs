//! `fclint check --fix`, `--unsafe-fixes` and `--diff`: apply the rules' fixes to the files
//! (or show them as a unified diff), then report what is left.

use std::path::{Path, PathBuf};

use fclint::diag::Lang;
use fclint::fix::{FixMode, Fixable};
use fclint::inert::Medium;
use fclint::FatalError;

use super::output::{note, write_stdout};
use super::CheckArgs;

/// What a `--fix` or `--diff` pass did over all files.
#[derive(Debug, Default)]
pub(crate) struct FixTotals {
    /// Findings fixed (or, with `--diff`, that would be).
    pub fixed: usize,
    /// Files changed (or that would be).
    pub files: usize,
    /// The unified diffs, in file order (`--diff`).
    pub diff: String,
}

/// Fix each file in turn: with `write`, rewrite it in place (atomically, only a regular file
/// inside the project root); without, only collect the diff.
pub(crate) fn fix_files(
    args: &CheckArgs,
    files: &[PathBuf],
    overrides: &fclint::config::ConfigOverrides,
    resolve: &fclint::resolve::ResolveOptions,
    write: bool,
) -> Result<FixTotals, FatalError> {
    let mode = FixMode {
        unsafe_fixes: args.unsafe_fixes,
    };
    let cwd = std::env::current_dir().unwrap_or_default();
    // The project root of the working directory: the nearest `.git` above it, else itself.
    let root = fclint::resolve::confine::project_root(&cwd.join("s.yaml"));
    let mut totals = FixTotals::default();
    for path in files {
        if write {
            if let Err(why) =
                fclint::fix::check_writable(path, &root, args.config.allow_outside_root)
            {
                note(&format!(
                    "warning: --fix does not write {}: {}",
                    fclint::source::display_path(path),
                    why.reason()
                ));
                continue;
            }
        }
        let Ok(text) = fclint::resolve::confine::read_bounded(path, fclint::limits::MAX_FILE_BYTES)
        else {
            // `check` reports why it cannot be read.
            continue;
        };
        let (config, _) = fclint::config::load_config(path, overrides)?;
        let fixed = fix_one(path, text.clone(), &config, resolve, mode);
        if fixed.text == text {
            continue;
        }
        totals.fixed += fixed.fixed.len();
        totals.files += 1;
        if write {
            fclint::fix::write_atomic(path, &fixed.text).map_err(|e| {
                FatalError(format!("cannot write {}: {e}", fclint::inert::path(path)))
            })?;
        } else {
            let shown = fclint::source::display_path(path);
            totals
                .diff
                .push_str(&fclint::fix::unified(&shown, &text, &fixed.text));
        }
    }
    Ok(totals)
}

/// Fix one text; say so when a round had to be undone (a fix that would break the file).
fn fix_one(
    path: &Path,
    text: String,
    config: &fclint::config::Config,
    resolve: &fclint::resolve::ResolveOptions,
    mode: FixMode,
) -> fclint::fix::Fixed {
    let fixed = fclint::fix::fix_text(path, text, config, &config.resolve_options(resolve), mode);
    if !fixed.left_out.is_empty() {
        let mut codes: Vec<&str> = fixed.left_out.iter().map(|c| c.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        note(&format!(
            "{}: {} fix(es) not applied because the result would have a new error ({})",
            fclint::source::display_path(path),
            fixed.left_out.len(),
            codes.join(", ")
        ));
    }
    if fixed.unparsable {
        note(&format!(
            "warning: a fix for {} would have made it unparsable and was not applied; please report it",
            fclint::source::display_path(path)
        ));
    }
    fixed
}

/// `--diff` of standard input (`-`, named by `--stdin-filename`).
pub(crate) fn diff_stdin(
    args: &CheckArgs,
    name: &Path,
    text: String,
    overrides: &fclint::config::ConfigOverrides,
    resolve: &fclint::resolve::ResolveOptions,
) -> Result<FixTotals, FatalError> {
    let (config, _) = fclint::config::load_config(name, overrides)?;
    let mode = FixMode {
        unsafe_fixes: args.unsafe_fixes,
    };
    let fixed = fix_one(name, text.clone(), &config, resolve, mode);
    let shown = fclint::source::display_path(name);
    Ok(FixTotals {
        fixed: fixed.fixed.len(),
        files: usize::from(fixed.text != text),
        diff: fclint::fix::unified(&shown, &text, &fixed.text),
    })
}

/// Print the diff of `--diff` and say how much it would fix; exit code 1 when there is one.
pub(crate) fn report_diff(totals: &FixTotals, lang: Lang) -> std::process::ExitCode {
    write_stdout(&totals.diff, Medium::Text);
    let n = totals.fixed;
    let line = match lang {
        Lang::En if n == 0 => "no fixes available".to_string(),
        Lang::En => format!(
            "would fix {n} finding{} in {} file{}",
            plural(n),
            totals.files,
            plural(totals.files)
        ),
        Lang::Zh if n == 0 => "没有可用的修复".to_string(),
        Lang::Zh => format!("将在 {} 个文件中修复 {n} 个问题", totals.files),
    };
    note(&line);
    if totals.diff.is_empty() {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::from(1)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The summary lines about fixes under a human report: what `--fix` fixed, and what is still
/// fixable and with which option.
pub(crate) fn summary_lines(
    fixed: Option<&FixTotals>,
    diagnostics: &[fclint::diag::Diagnostic],
    unsafe_fixes: bool,
    lang: Lang,
) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(t) = fixed.filter(|t| t.fixed > 0) {
        out.push(match lang {
            Lang::En => format!(
                "fixed {} finding{} in {} file{}",
                t.fixed,
                plural(t.fixed),
                t.files,
                plural(t.files)
            ),
            Lang::Zh => format!("已在 {} 个文件中修复 {} 个问题", t.files, t.fixed),
        });
    }
    let left = Fixable::count(diagnostics, FixMode { unsafe_fixes });
    if left.safe > 0 {
        let how = if unsafe_fixes {
            "fclint check --fix --unsafe-fixes"
        } else {
            "fclint check --fix"
        };
        out.push(match lang {
            Lang::En => format!("{} fixable with `{how}`", left.safe),
            Lang::Zh => format!("{} 个可用 `{how}` 自动修复", left.safe),
        });
    }
    if left.unsafe_only > 0 {
        let more = if left.safe > 0 { "more " } else { "" };
        out.push(match lang {
            Lang::En => format!(
                "{} {more}fixable with `fclint check --fix --unsafe-fixes` (they may change what deploys; review them)",
                left.unsafe_only
            ),
            Lang::Zh => format!(
                "{}{} 个可用 `fclint check --fix --unsafe-fixes` 修复（可能改变部署内容，请检查）",
                if left.safe > 0 { "另有 " } else { "" },
                left.unsafe_only
            ),
        });
    }
    out
}
