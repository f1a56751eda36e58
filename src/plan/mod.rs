//! `fclint plan`: what a configuration will do — consumers, batches, delivery concurrency,
//! instances, throughput, retry timelines and region quota use — as tables over the
//! semantics layer ([`crate::semantics`]) and the inventory ([`crate::config::Inventory`]).
//! Every formula and platform fact lives in `semantics`; this module names rows, words
//! assumptions ([`assume`]) and renders ([`render`]: human, Markdown, JSON; [`diff`]: before
//! → after; [`git`]: the files of a revision). Values that cannot be known offline stay
//! `None` and the plan says why in `assumptions`.

pub mod assume;
pub mod compare;
pub mod diff;
pub mod git;
pub mod model;
pub mod render;
pub mod scf;

pub use crate::semantics::{After, Batch, Invocation, Retry, RetryPolicy, Throughput};
pub use model::{FunctionPlan, Plan, RegionPlan, TriggerPlan};

use crate::config::Inventory;
use crate::model::{Model, Platform};
use crate::semantics::{self, FunctionSemantics};
use crate::source::SourceMap;

/// The rows of analysed functions, in the file shown as `path`.
pub fn plan_semantics(
    path: &str,
    functions: &[FunctionSemantics<'_, '_>],
) -> (Vec<TriggerPlan>, Vec<FunctionPlan>) {
    let mut triggers = Vec::new();
    let mut out = Vec::with_capacity(functions.len());
    for f in functions {
        triggers.extend(
            f.triggers
                .iter()
                .map(|t| inert_trigger(TriggerPlan::new(path, f, t))),
        );
        out.push(inert_function(FunctionPlan::new(path, f)));
    }
    (triggers, out)
}

/// Names and values come from the checked file: every text a plan prints is inert (control
/// characters written visibly, see [`crate::inert`]), so that a value holding a line break
/// cannot start a line of its own in any renderer.
fn inert(s: &mut String) {
    if let std::borrow::Cow::Owned(e) = crate::inert::escape(s) {
        *s = e;
    }
}

fn inert_trigger(mut t: TriggerPlan) -> TriggerPlan {
    for s in [
        &mut t.path,
        &mut t.resource,
        &mut t.function,
        &mut t.trigger,
    ] {
        inert(s);
    }
    for s in [
        &mut t.trigger_type,
        &mut t.region,
        &mut t.source,
        &mut t.source_instance,
        &mut t.topic,
        &mut t.offset,
        &mut t.event_schema,
        &mut t.throughput.topic,
    ]
    .into_iter()
    .flatten()
    {
        inert(s);
    }
    if let Some(q) = t.retry.as_mut().and_then(|r| r.dead_letter_queue.as_mut()) {
        inert(q);
    }
    for a in &mut t.assumptions {
        inert(&mut a.en);
        inert(&mut a.zh);
    }
    t
}

fn inert_function(mut f: FunctionPlan) -> FunctionPlan {
    for s in [&mut f.path, &mut f.resource, &mut f.function] {
        inert(s);
    }
    for s in [&mut f.region, &mut f.runtime].into_iter().flatten() {
        inert(s);
    }
    for s in f.unbounded.iter_mut().chain(f.unknown.iter_mut()) {
        inert(s);
    }
    f
}

/// Plan every trigger and function of one model.
pub fn plan_model(
    sources: &SourceMap,
    model: &Model<'_>,
    inventory: &Inventory,
) -> (Vec<TriggerPlan>, Vec<FunctionPlan>) {
    let path = sources.get(model.file).display.clone();
    plan_semantics(&path, &semantics::analyze(model, inventory))
}

/// Plan one loaded document. The inventory comes from `config` (fclint.toml and flags).
/// An SCF document has no FC rows (see [`plan_document_scf`]).
pub fn plan_document(
    sources: &SourceMap,
    doc: &crate::Document,
    inventory: &Inventory,
) -> (Vec<TriggerPlan>, Vec<FunctionPlan>) {
    let (Some(root), Platform::Fc) = (&doc.root, doc.platform) else {
        return (Vec::new(), Vec::new());
    };
    let model = crate::model::build(doc.file, root, doc.edition);
    plan_model(sources, &model, inventory)
}

/// Plan one loaded SCF document (none for an FC one).
pub fn plan_document_scf(
    sources: &SourceMap,
    doc: &crate::Document,
    inventory: &Inventory,
) -> (Vec<scf::ScfTriggerPlan>, Vec<scf::ScfFunctionPlan>) {
    let (Some(root), Platform::Scf(form)) = (&doc.root, doc.platform) else {
        return (Vec::new(), Vec::new());
    };
    let model = crate::model::scf::build(doc.file, root, form);
    scf::plan_model(&sources.get(doc.file).display, &model, inventory)
}

/// Where the files of a plan come from.
#[derive(Debug, Clone, Copy)]
pub enum Revision<'a> {
    /// The working tree.
    Worktree,
    /// The same path at a git revision (`git show REV:path`).
    Git(&'a str),
}

/// Load one file of a plan: from the working tree, or from a git revision (`None`: the
/// revision does not have it).
fn load(
    sources: &mut SourceMap,
    f: &std::path::Path,
    resolve: &crate::resolve::ResolveOptions,
    rev: Revision<'_>,
) -> Result<Option<crate::Document>, crate::FatalError> {
    match rev {
        Revision::Worktree => crate::load(sources, f, resolve).map(Some),
        Revision::Git(r) => {
            // A file the revision does not have yet plans as nothing: every row is new.
            let Some(text) = git::git_show(f, r)? else {
                return Ok(None);
            };
            let display = format!(
                "{r}:{}",
                f.display()
                    .to_string()
                    .replace('\\', "/")
                    .trim_start_matches("./")
            );
            // A path of its own, so the revision never shares an entry with the worktree file.
            let id = sources.add(std::path::PathBuf::from(display), text);
            Ok(Some(crate::load_text(sources, id, resolve)))
        }
    }
}

/// Plan files (already discovered), each with its own fclint.toml and the command-line
/// overrides. Errors (exit code 2): unreadable files, bad configuration, a file that is
/// not YAML at all, a git revision without the file.
pub fn plan_files(
    files: &[std::path::PathBuf],
    overrides: &crate::config::ConfigOverrides,
    resolve: &crate::resolve::ResolveOptions,
    rev: Revision<'_>,
) -> Result<Plan, crate::FatalError> {
    let mut sources = SourceMap::new();
    let mut triggers = Vec::new();
    let mut functions = Vec::new();
    let (mut scf_triggers, mut scf_functions) = (Vec::new(), Vec::new());
    let mut inventory: Option<Inventory> = None;
    for f in files {
        let (config, _) = crate::config::load_config(f, overrides)?;
        let resolve = &config.resolve_options(resolve);
        let Some(doc) = load(&mut sources, f, resolve, rev)? else {
            continue;
        };
        if doc.root.is_none() {
            let first = doc
                .diagnostics
                .first()
                .map(|d| format!(": {}", d.message.en))
                .unwrap_or_default();
            return Err(crate::FatalError(format!(
                "cannot plan {}{first}; run `fclint check` on it",
                sources.get(doc.file).display
            )));
        }
        let (mut t, mut fs) = plan_document(&sources, &doc, &config.inventory);
        let (mut st, mut sf) = plan_document_scf(&sources, &doc, &config.inventory);
        let given = crate::inert::path(f).replace('\\', "/");
        let given = given.strip_prefix("./").unwrap_or(&given).to_string();
        t.iter_mut().for_each(|t| t.file = given.clone());
        fs.iter_mut().for_each(|f| f.file = given.clone());
        st.iter_mut().for_each(|t| t.file = given.clone());
        sf.iter_mut().for_each(|f| f.file = given.clone());
        triggers.append(&mut t);
        functions.append(&mut fs);
        scf_triggers.append(&mut st);
        scf_functions.append(&mut sf);
        inventory.get_or_insert(config.inventory);
    }
    let inventory = inventory.unwrap_or_default();
    let mut plan = Plan::assemble(triggers, functions, &inventory);
    plan.scf = scf::ScfPlan::assemble(scf_triggers, scf_functions, &inventory);
    Ok(plan)
}
