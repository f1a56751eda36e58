//! fclint: validate, lint, plan and explain Serverless Devs `s.yaml` files for
//! Alibaba Cloud Function Compute, offline.
//!
//! Pipeline: [`source`] (spanned YAML) → [`resolve`] (magic variables, extend,
//! template) → [`model`] (both editions, one shape) → [`semantics`] (typed platform facts
//! per function and trigger) → [`checks`] → [`report`]; [`plan`] and [`explain`] read
//! [`semantics`].

pub mod checks;
pub mod cli_args;
pub mod codes;
pub mod config;
pub mod diag;
pub mod discover;
pub mod explain;
mod findings;
#[doc(hidden)]
pub mod fix;
pub mod fuzzing;
pub mod inert;
pub mod init;
pub mod limits;
pub mod lsp;
pub mod model;
pub mod plan;
pub mod present;
pub mod report;
pub mod resolve;
pub mod semantics;
pub mod settings;
pub mod source;
pub mod span;
pub mod text;

use std::path::Path;

use config::Config;
use diag::Diagnostic;
use findings::cap_findings;
pub use findings::finish_diagnostics;
use model::Edition;
use resolve::ResolveOptions;
use source::{FileId, Node, ParseLimits, SourceMap, Span};

/// An error that stops fclint from doing its job (exit code 2).
#[derive(Debug)]
pub struct FatalError(pub String);

impl std::fmt::Display for FatalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for FatalError {}

/// One s.yaml after loading and resolution.
#[derive(Debug)]
pub struct Document {
    pub file: FileId,
    /// Alibaba Cloud FC (an s.yaml) or Tencent Cloud SCF (a `serverless.yml`).
    pub platform: model::Platform,
    /// The s.yaml edition (FC only; an SCF document reads as edition 1 and has none).
    pub edition: Edition,
    /// The resolved tree; `None` when the YAML could not be read.
    pub root: Option<Node>,
    pub diagnostics: Vec<Diagnostic>,
    /// Findings past the bound of a file, counted by code (SY006 reports them).
    pub unshown: diag::Unshown,
}

/// Read a file into the source map. Errors only for I/O problems (missing, unreadable).
pub fn read_source(
    sources: &mut SourceMap,
    path: &Path,
) -> Result<(FileId, Option<Diagnostic>), FatalError> {
    let meta = std::fs::metadata(path)
        .map_err(|e| FatalError(format!("cannot read {}: {e}", inert::path(path))))?;
    if meta.len() > limits::MAX_FILE_BYTES {
        return Ok(too_large(sources, path, meta.len()));
    }
    // Read at most one byte more than allowed, whatever the metadata said (`/proc` files say 0).
    let mut bytes = Vec::new();
    {
        use std::io::Read;
        std::fs::File::open(path)
            .and_then(|f| f.take(limits::MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|e| FatalError(format!("cannot read {}: {e}", inert::path(path))))?;
    }
    if bytes.len() as u64 > limits::MAX_FILE_BYTES {
        // The metadata said less (a `/proc` file, a file still growing).
        let id = sources.add(path.to_path_buf(), String::new());
        let span = Span {
            file: id,
            ..Span::default()
        };
        let d = source::rules::sy005_unreadable_file::larger_than(span, limits::MAX_FILE_BYTES);
        return Ok((id, Some(d)));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((sources.add(path.to_path_buf(), text), None)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let id = sources.add(path.to_path_buf(), text);
            let pos = sources.get(id).pos_at_byte(valid);
            let d = source::rules::sy005_unreadable_file::not_utf8(Span {
                file: id,
                start: pos,
                end: pos,
            });
            Ok((id, Some(d)))
        }
    }
}

/// SY005 for a file of `len` bytes, above what fclint reads; the file enters the map empty.
fn too_large(sources: &mut SourceMap, path: &Path, len: u64) -> (FileId, Option<Diagnostic>) {
    let id = sources.add(path.to_path_buf(), String::new());
    let span = Span {
        file: id,
        ..Span::default()
    };
    let d = source::rules::sy005_unreadable_file::too_large(span, len, limits::MAX_FILE_BYTES);
    (id, Some(d))
}

/// Load one s.yaml: read, parse, resolve. A file named on the command line that is a link to
/// a file outside its project root is not read (VR009), unless `opts` allows it.
pub fn load(
    sources: &mut SourceMap,
    path: &Path,
    opts: &ResolveOptions,
) -> Result<Document, FatalError> {
    let reader = resolve::confine::Reader::for_file(path, opts.allow_outside_root);
    if let Err(resolve::confine::ReadError::Outside) = reader.admit(path) {
        let file = sources.add(path.to_path_buf(), String::new());
        let shown = sources.get(file).display.clone();
        let d = resolve::rules::vr009_read_outside_project_root::outside_root(
            Span {
                file,
                ..Span::default()
            },
            format!("`{shown}` is a link to a file"),
            format!("`{shown}` 是指向另一个文件的链接，该文件"),
        );
        return Ok(Document {
            file,
            edition: Edition::V1,
            root: None,
            diagnostics: vec![d],
            unshown: Default::default(),
            platform: model::Platform::Fc,
        });
    }
    let (file, read_diag) = read_source(sources, path)?;
    if let Some(d) = read_diag {
        return Ok(Document {
            file,
            platform: model::Platform::Fc,
            edition: Edition::V1,
            root: None,
            diagnostics: vec![d],
            unshown: Default::default(),
        });
    }
    Ok(load_text(sources, file, opts))
}

/// The resolved document as `fclint preview` prints it (unknown values as their text, every
/// value from the environment or an included file masked); `None` when the YAML could not
/// be read.
pub fn preview_value(doc: &Document) -> Option<serde_json::Value> {
    doc.root
        .as_ref()
        .map(|r| resolve::preview::to_json(r, false))
}

/// [`preview_value`] with the values from the environment and included files shown
/// (`fclint preview --reveal`, for local debugging).
pub fn preview_value_revealed(doc: &Document) -> Option<serde_json::Value> {
    doc.root
        .as_ref()
        .map(|r| resolve::preview::to_json(r, true))
}

/// Parse and resolve a file already in the source map.
pub fn load_text(sources: &mut SourceMap, file: FileId, opts: &ResolveOptions) -> Document {
    let parsed = source::parse(file, sources.get(file), ParseLimits::default());
    let mut diagnostics = parsed.diagnostics;
    let mut unshown = parsed.unshown;
    let Some(root) = parsed.root else {
        if diagnostics.is_empty() {
            let src = sources.get(file);
            let end = src.pos_at_byte(src.text.len());
            diagnostics.push(checks::rules::structure::ld006_not_an_s_yaml::empty_file(
                Span {
                    file,
                    start: source::Pos {
                        line: 1,
                        col: 1,
                        byte: 0,
                    },
                    end,
                },
            ));
        }
        return Document {
            file,
            platform: model::Platform::Fc,
            edition: Edition::V1,
            root: None,
            diagnostics,
            unshown,
        };
    };
    let platform = model::Platform::of(&root);
    let mut resolved = match platform {
        model::Platform::Scf(form) => resolve::scf::resolve(sources, file, form, root, opts),
        model::Platform::Fc => {
            resolve::resolve(sources, file, model::edition_of(&root), root, opts)
        }
    };
    // A file without `edition` takes it from the base file it extends.
    let edition = resolved.edition;
    diagnostics.append(&mut resolved.diagnostics);
    unshown.absorb(&resolved.unshown);
    let mut root = resolved.root;
    root.assign_pointers("");
    // Pointers of load-stage diagnostics are filled from the spans now that the tree has them.
    source::fill_pointers(&root, &mut diagnostics);
    Document {
        file,
        platform,
        edition,
        root: Some(root),
        diagnostics,
        unshown,
    }
}

/// Options of a `check` run for one file.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    pub resolve: ResolveOptions,
    pub config: Config,
}

/// What checking one document produced.
#[derive(Debug, Clone, Default)]
pub struct CheckOutput {
    /// Every finding, after rule selection, severity overrides and inline suppressions.
    pub diagnostics: Vec<Diagnostic>,
    /// Rules that did not run because an inventory fact is missing (for `--verbose`).
    pub missing: Vec<checks::MissingFact>,
}

/// Check one document already loaded: structure, schema, rules.
pub fn check_document(sources: &SourceMap, doc: &Document, config: &Config) -> Vec<Diagnostic> {
    check_document_full(sources, doc, config).diagnostics
}

/// Check one document and also report which rules did not run for want of a fact.
pub fn check_document_full(sources: &SourceMap, doc: &Document, config: &Config) -> CheckOutput {
    check_parts(sources, doc, doc.diagnostics.clone(), config)
}

/// [`check_document_full`] of a document that is not needed afterwards: its load-stage
/// findings are moved, not copied.
pub fn check_document_owned(
    sources: &SourceMap,
    mut doc: Document,
    config: &Config,
) -> CheckOutput {
    let diags = std::mem::take(&mut doc.diagnostics);
    check_parts(sources, &doc, diags, config)
}

fn check_parts(
    sources: &SourceMap,
    doc: &Document,
    mut out: Vec<Diagnostic>,
    config: &Config,
) -> CheckOutput {
    let mut missing = Vec::new();
    let mut unshown = doc.unshown.clone();
    match (&doc.root, doc.platform) {
        (Some(root), model::Platform::Fc) => {
            checks::rules::structure::check(root, doc.edition, sources, &mut out);
            let model = model::build(doc.file, root, doc.edition);
            let ctx = checks::Ctx::new(&model, sources, config);
            checks::run(&ctx, &mut out);
            missing = ctx.missing.into_inner();
            unshown.absorb(&ctx.unshown.into_inner());
        }
        (Some(root), model::Platform::Scf(form)) => {
            let model = model::scf::build(doc.file, root, form);
            missing = checks::rules::scf::run(&model, config, &mut out);
        }
        (None, _) => {}
    }
    apply_config(sources, doc.file, config, &mut out);
    cap_findings(sources, config, &unshown, &mut out);
    finish_diagnostics(&mut out);
    CheckOutput {
        diagnostics: out,
        missing,
    }
}

/// The one place where the configuration shapes findings, for every code (SY, LD, SC, FN,
/// TR, EB, …): inline `# fclint-ignore` suppressions in `file`, then rule selection
/// (`select`/`ignore`), then severity overrides.
pub fn apply_config(
    sources: &SourceMap,
    file: FileId,
    config: &Config,
    diags: &mut Vec<Diagnostic>,
) {
    checks::rules::suppress::apply(file, sources.get(file), &config.rules, diags);
    diags.retain(|d| config.rules.enabled(d.code));
    for d in diags.iter_mut() {
        d.severity = config.rules.severity_of(d.code, d.severity);
    }
}

/// Load and check one file.
pub fn check_file(
    sources: &mut SourceMap,
    path: &Path,
    opts: &CheckOptions,
) -> Result<Vec<Diagnostic>, FatalError> {
    Ok(check_file_full(sources, path, opts)?.diagnostics)
}

/// Load and check one file, with the rules that did not run for want of a fact.
pub fn check_file_full(
    sources: &mut SourceMap,
    path: &Path,
    opts: &CheckOptions,
) -> Result<CheckOutput, FatalError> {
    let doc = load(sources, path, &opts.resolve)?;
    Ok(check_document_owned(sources, doc, &opts.config))
}

/// Sort diagnostics the way every output shows them: file, line, column, code.
pub fn sort_diagnostics(sources: &SourceMap, diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        let pa = &sources.get(a.span.file).display;
        let pb = &sources.get(b.span.file).display;
        pa.cmp(pb)
            .then(a.span.start.line.cmp(&b.span.start.line))
            .then(a.span.start.col.cmp(&b.span.start.col))
            .then(a.code.cmp(&b.code))
            .then(a.message.en.cmp(&b.message.en))
    });
}

/// What `check` found over many files.
#[derive(Debug, Default)]
pub struct CheckRun {
    /// Every file read (checked files and the files they extend).
    pub sources: SourceMap,
    /// The checked files, in the order given.
    pub files: Vec<FileId>,
    /// Every finding, unsorted.
    pub diagnostics: Vec<Diagnostic>,
    /// Rules that did not run for want of a fact.
    pub missing: Vec<checks::MissingFact>,
    /// The fclint.toml of each checked file (`None`: none found), in file order.
    pub configs: Vec<Option<std::path::PathBuf>>,
    /// Whether any file's configuration (or the command line) turns warnings into failures.
    pub deny_warnings: bool,
}

/// One file's part of a [`CheckRun`], with its own source map.
struct FileCheck {
    sources: SourceMap,
    file: Option<FileId>,
    out: CheckOutput,
    config: Option<std::path::PathBuf>,
    deny_warnings: bool,
}

fn check_one(
    path: &Path,
    overrides: &config::ConfigOverrides,
    resolve: &ResolveOptions,
) -> Result<FileCheck, FatalError> {
    let (config, config_path) = config::load_config(path, overrides)?;
    let deny_warnings = config.rules.deny_warnings;
    let opts = CheckOptions {
        resolve: config.resolve_options(resolve),
        config,
    };
    let mut sources = SourceMap::new();
    let out = check_file_full(&mut sources, path, &opts)?;
    Ok(FileCheck {
        file: sources.find(path),
        sources,
        out,
        config: config_path,
        deny_warnings,
    })
}

/// Check many files, in parallel on every available core; the result is the same as checking
/// them one after another (files in the given order, the first error in that order wins).
pub fn check_files(
    paths: &[std::path::PathBuf],
    overrides: &config::ConfigOverrides,
    resolve: &ResolveOptions,
) -> Result<CheckRun, FatalError> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;

    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(paths.len())
        .max(1);
    let results: Vec<Mutex<Option<Result<FileCheck, FatalError>>>> =
        paths.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let work = || loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        let Some(path) = paths.get(i) else { break };
        let r = check_one(path, overrides, resolve);
        if let Ok(mut slot) = results[i].lock() {
            *slot = Some(r);
        }
    };
    if workers == 1 {
        work();
    } else {
        std::thread::scope(|s| {
            for _ in 0..workers {
                s.spawn(work);
            }
        });
    }

    let mut run = CheckRun {
        deny_warnings: overrides.deny_warnings,
        ..CheckRun::default()
    };
    for (slot, path) in results.into_iter().zip(paths) {
        let r = slot.into_inner().ok().flatten().ok_or_else(|| {
            FatalError(format!(
                "fclint stopped while checking {}",
                inert::path(path)
            ))
        })?;
        let mut fc = r?;
        let map = run.sources.absorb(fc.sources);
        if let Some(id) = fc.file.and_then(|id| map.get(id.0 as usize).copied()) {
            run.files.push(id);
        }
        for d in &mut fc.out.diagnostics {
            d.remap_files(&map);
        }
        for m in &mut fc.out.missing {
            if let Some(id) = map.get(m.span.file.0 as usize) {
                m.span.file = *id;
            }
        }
        run.diagnostics.append(&mut fc.out.diagnostics);
        run.missing.append(&mut fc.out.missing);
        run.configs.push(fc.config);
        run.deny_warnings |= fc.deny_warnings;
    }
    Ok(run)
}

/// Check `text` (read from standard input) as the file at `path`: `path` decides the
/// fclint.toml, the `.env` and the files `extend` names, as for `fclint check PATH`.
pub fn check_text(
    path: &Path,
    text: String,
    overrides: &config::ConfigOverrides,
    resolve: &ResolveOptions,
) -> Result<CheckRun, FatalError> {
    let (config, config_path) = config::load_config(path, overrides)?;
    let mut sources = SourceMap::new();
    let document = if text.len() as u64 > limits::MAX_FILE_BYTES {
        let (file, d) = too_large(&mut sources, path, text.len() as u64);
        Document {
            file,
            edition: Edition::V1,
            root: None,
            diagnostics: d.into_iter().collect(),
            unshown: Default::default(),
            platform: model::Platform::Fc,
        }
    } else {
        let file = sources.add(path.to_path_buf(), text);
        load_text(&mut sources, file, &config.resolve_options(resolve))
    };
    let out = check_document_full(&sources, &document, &config);
    Ok(CheckRun {
        files: vec![document.file],
        sources,
        diagnostics: out.diagnostics,
        missing: out.missing,
        configs: vec![config_path],
        deny_warnings: config.rules.deny_warnings || overrides.deny_warnings,
    })
}

/// `fclint --version`: the version, the commit it was built from and the date of the
/// platform facts its limits come from.
pub fn version_text() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| {
        format!(
            "{} (commit {}, platform facts of {})",
            env!("CARGO_PKG_VERSION"),
            env!("FCLINT_COMMIT"),
            limits::FACTS_DATE
        )
    })
}

/// What checking an editor's buffer produced: the document, its findings and the facts the
/// language server reads.
#[derive(Debug)]
pub struct BufferCheck {
    /// The buffer and every file resolution read (base files, `${file()}` targets, `.env`).
    pub sources: SourceMap,
    pub document: Document,
    /// Exactly what `fclint check` reports for the file with this text, sorted.
    pub diagnostics: Vec<Diagnostic>,
}

/// Check `text` as if it were the content of the file at `path`: an editor's unsaved buffer.
/// The path decides everything else the way it does for `fclint check PATH`: the `.env` beside
/// it and the files `extend` and `${file()}` name, read from the disk. `config` is the one
/// [`config::load_config`] finds for the path (or the default when it cannot be read).
pub fn check_buffer(
    path: &Path,
    text: String,
    config: &Config,
    resolve: &ResolveOptions,
) -> BufferCheck {
    let mut sources = SourceMap::new();
    let document = if text.len() as u64 > limits::MAX_FILE_BYTES {
        let (file, d) = too_large(&mut sources, path, text.len() as u64);
        Document {
            file,
            platform: model::Platform::Fc,
            edition: Edition::V1,
            root: None,
            diagnostics: d.into_iter().collect(),
            unshown: Default::default(),
        }
    } else {
        let file = sources.add(path.to_path_buf(), text);
        load_text(&mut sources, file, &config.resolve_options(resolve))
    };
    let mut diagnostics = check_document(&sources, &document, config);
    sort_diagnostics(&sources, &mut diagnostics);
    BufferCheck {
        sources,
        document,
        diagnostics,
    }
}
