//! The commands other than `check`: `init`, `plan`, `rules`, `explain` and `preview`. Each
//! parses its arguments, calls the library and prints through [`super::output`].

use std::path::PathBuf;
use std::process::ExitCode;

use fclint::diag::Lang;
use fclint::inert::Medium;
use fclint::source::SourceMap;
use fclint::FatalError;

use super::output::{discover_files, write_raw, write_stderr, write_stdout};
use super::{
    lang_of, ExplainArgs, ExplainFormat, InitArgs, ListFormat, PlanArgs, PlanFormat, PreviewArgs,
    PreviewFormat, RulesArgs,
};

pub(crate) fn run_init(args: &InitArgs) -> Result<ExitCode, FatalError> {
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
    let resolve = args.resolve.options(false)?;
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

pub(crate) fn run_plan(args: &PlanArgs) -> Result<ExitCode, FatalError> {
    use fclint::plan::{self, render, Revision};
    let lang = lang_of(&args.common);
    let resolve = args.resolve.options(args.config.allow_outside_root)?;
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

pub(crate) fn run_rules(args: &RulesArgs) -> Result<ExitCode, FatalError> {
    let lang = lang_of(&args.common);
    let text = match args.format {
        ListFormat::Json => fclint::report::rules::list_json(lang),
        ListFormat::Human => fclint::report::rules::list_human(lang),
    };
    let medium = match args.format {
        ListFormat::Json => Medium::Json,
        ListFormat::Human => Medium::Text,
    };
    write_stdout(&text, medium);
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn run_explain(args: &ExplainArgs) -> Result<ExitCode, FatalError> {
    let lang = lang_of(&args.common);
    let path = PathBuf::from(&args.target);
    if path.exists() {
        let files = discover_files(std::slice::from_ref(&path), args.config.isolated)?;
        let resolve = args.resolve.options(args.config.allow_outside_root)?;
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
    let rule = fclint::report::rules::find(&args.target)?;
    if args.format == ExplainFormat::Mermaid {
        return Err(FatalError(
            "--format mermaid draws a configuration; give an s.yaml instead of a rule".into(),
        ));
    }
    let text = fclint::report::rules::explain(rule, lang);
    write_stdout(&text, Medium::Text);
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn run_preview(args: &PreviewArgs) -> Result<ExitCode, FatalError> {
    if !args.file.is_file() {
        return Err(FatalError(format!(
            "{} is not a file",
            fclint::inert::path(&args.file)
        )));
    }
    let opts = args.resolve.options(args.allow_outside_root)?;
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
