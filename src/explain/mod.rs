//! `fclint explain s.yaml`: a plain-language story of a configuration, per function and
//! trigger — where events come from, how they are batched and delivered, how many instances
//! FC may start and why, what happens when the handler fails, and which findings of `check`
//! concern it. Facts and where they were written come from [`crate::semantics`], numbers
//! from the plan ([`crate::plan`]), never recomputed here; every number points back at the
//! YAML line it came from (`s.yaml:42`).
//!
//! [`story`](mod@story) holds the types. Builders: `build` (the file), `function`, `trigger`
//! (dispatching by family to `eventbridge` and `services`). Renderers: `text`, `markdown` and
//! `mermaid`.

mod build;
mod eventbridge;
mod function;
mod markdown;
mod mermaid;
mod mermaid_scf;
mod scf;
mod scf_parts;
mod services;
pub mod story;
mod text;
mod trigger;

pub use build::story;
pub use markdown::markdown;
pub use mermaid::mermaid;
pub use story::{Finding, FunctionStory, Story, TriggerStory};
pub use text::text;

use crate::diag::Lang;
use crate::source::SourceMap;

/// Output format of `explain FILE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Mermaid,
}

/// Explain files (already discovered): each with its own fclint.toml and the overrides.
pub fn explain_files(
    files: &[std::path::PathBuf],
    overrides: &crate::config::ConfigOverrides,
    resolve: &crate::resolve::ResolveOptions,
    lang: Lang,
    format: Format,
) -> Result<String, crate::FatalError> {
    Ok(explain_files_status(files, overrides, resolve, lang, format)?.0)
}

/// [`explain_files`], and whether a file could not be read as YAML (nothing to explain in
/// it but its findings): `fclint explain` then exits 2, as `fclint plan` does.
pub fn explain_files_status(
    files: &[std::path::PathBuf],
    overrides: &crate::config::ConfigOverrides,
    resolve: &crate::resolve::ResolveOptions,
    lang: Lang,
    format: Format,
) -> Result<(String, bool), crate::FatalError> {
    let mut sources = SourceMap::new();
    let mut stories = Vec::new();
    let mut unreadable = false;
    for f in files {
        let (config, _) = crate::config::load_config(f, overrides)?;
        let doc = crate::load(&mut sources, f, &config.resolve_options(resolve))?;
        unreadable |= doc.root.is_none();
        stories.push(story(&sources, &doc, &config, lang));
    }
    let text = match format {
        Format::Text => stories
            .iter()
            .map(|s| text(s, lang))
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Markdown => stories
            .iter()
            .map(|s| markdown(s, lang))
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Mermaid => mermaid(&stories, lang),
    };
    Ok((text, unreadable))
}
