//! The message loop, the open documents and what has been published for each file.

use std::collections::{HashMap, HashSet, VecDeque};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types as lt;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::diag::Lang;
use crate::source::SourceFile;
use crate::FatalError;

use super::analysis::Analysis;
use super::position::{self, Encoding};
use super::{actions, completion, diagnostics, hover, navigate, uri};

/// What a request handler reads: one document, checked at its current version.
pub struct Ctx<'a> {
    pub analysis: &'a Analysis,
    /// The buffer's current text (the text `analysis` checked).
    pub text: &'a SourceFile,
    pub uri: &'a lt::Uri,
    pub lang: Lang,
    pub enc: Encoding,
}

impl Ctx<'_> {
    /// The LSP range of a span in any file the analysis read.
    pub fn range(&self, span: crate::source::Span) -> lt::Range {
        position::range(self.analysis.sources.get(span.file), span, self.enc)
    }

    /// The location of a span, in whatever file it is.
    pub fn location(&self, span: crate::source::Span) -> Option<lt::Location> {
        let file = self.analysis.sources.get(span.file);
        let uri = if span.file == self.analysis.file {
            self.uri.clone()
        } else {
            uri::from_path(&diagnostics::absolute(&file.path))?
        };
        Some(lt::Location {
            uri,
            range: self.range(span),
        })
    }
}

/// One open document.
struct Doc {
    uri: lt::Uri,
    version: i32,
    text: SourceFile,
    /// Checked by fclint: an s.yaml by its name or its content (or every YAML document with
    /// the `files: "all"` initialization option).
    ours: bool,
    /// The check of `version`; `None` while the document is dirty.
    analysis: Option<Arc<Analysis>>,
    /// The last check, of this version or an earlier one.
    last: Option<Arc<Analysis>>,
    /// The version whose check panicked: not retried until the text changes.
    failed: Option<i32>,
}

struct Server {
    sender: crossbeam_sender::Sender,
    lang: Lang,
    enc: Encoding,
    all_yaml: bool,
    watch_files: bool,
    docs: HashMap<PathBuf, Doc>,
    /// Documents to check, the most recently changed last.
    dirty: Vec<PathBuf>,
    /// What each document's check found, by the file it is in.
    contributions: HashMap<PathBuf, Vec<(PathBuf, lt::Diagnostic)>>,
    /// What was last published for each file.
    published: HashMap<PathBuf, Vec<lt::Diagnostic>>,
    next_id: i32,
    /// Something ran since the server last went idle.
    worked: bool,
}

/// The sending half of the connection (lsp-server's channel).
mod crossbeam_sender {
    pub type Sender = crossbeam_channel::Sender<lsp_server::Message>;
}

type HandlerResult = Result<Value, (i32, String)>;

fn params<P: DeserializeOwned>(v: Value) -> Result<P, (i32, String)> {
    serde_json::from_value(v).map_err(|e| {
        (
            ErrorCode::InvalidParams as i32,
            format!("invalid parameters: {e}"),
        )
    })
}

fn to_value<T: serde::Serialize>(v: T) -> HandlerResult {
    serde_json::to_value(v).map_err(|e| (ErrorCode::InternalError as i32, e.to_string()))
}

/// Serve the language server protocol on stdin/stdout until the client says `exit`.
pub fn run() -> Result<(), FatalError> {
    let (conn, io) = Connection::stdio();
    let served = serve(&conn);
    drop(conn);
    io.join()
        .map_err(|e| FatalError(format!("lsp: input/output: {e}")))?;
    served
}

fn serve(conn: &Connection) -> Result<(), FatalError> {
    let (id, init) = conn
        .initialize_start()
        .map_err(|e| FatalError(format!("lsp: {e}")))?;
    let mut server = Server::new(&init, conn.sender.clone());
    let result = lt::InitializeResult {
        capabilities: server.capabilities(),
        server_info: Some(lt::ServerInfo {
            name: "fclint".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        }),
    };
    let result = serde_json::to_value(result).map_err(|e| FatalError(e.to_string()))?;
    conn.initialize_finish(id, result)
        .map_err(|e| FatalError(format!("lsp: {e}")))?;
    // `initialize_finish` has read the client's `initialized`: the client may now be asked.
    server.register_watchers();
    server.main_loop(conn)
}

/// Is this document an s.yaml? By its name (`s.yaml`, `s.yml`, `s.dev.yaml`, `s-http.yaml`,
/// `s_en.yaml` …) or by its content (a top-level `edition:`, or `resources:` / `services:` with
/// a `component:`), so that other YAML files an editor sends (workflows, manifests) get no
/// s.yaml findings.
pub fn looks_like_s_yaml(path: &Path, text: &str) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let stem_ok = name
        .strip_suffix(".yaml")
        .or_else(|| name.strip_suffix(".yml"))
        .is_some_and(|stem| {
            stem == "s"
                || stem.starts_with("s.")
                || stem.starts_with("s-")
                || stem.starts_with("s_")
        });
    if stem_ok {
        return true;
    }
    let mut section = false;
    for line in text.lines() {
        if line.starts_with("edition:") {
            return true;
        }
        if line.starts_with("resources:") || line.starts_with("services:") {
            section = true;
        }
        if section && line.trim_start().starts_with("component:") {
            return true;
        }
    }
    false
}

impl Server {
    /// The server for the client's `initialize` parameters, read field by field so that a
    /// client that leaves out a field the protocol requires (or sends one in a newer shape)
    /// still gets a server.
    fn new(init: &Value, sender: crossbeam_sender::Sender) -> Server {
        let opts = init.get("initializationOptions");
        let lang = match opts.and_then(|o| o.get("lang")).and_then(Value::as_str) {
            Some(l) => l,
            None => init.get("locale").and_then(Value::as_str).unwrap_or("en"),
        };
        let lang = if lang.to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        };
        let caps = init.get("capabilities");
        let offered: Vec<lt::PositionEncodingKind> = caps
            .and_then(|c| c.pointer("/general/positionEncodings"))
            .and_then(|v| serde_json::from_value(v.clone()).ok())
            .unwrap_or_default();
        let enc = Encoding::negotiate(Some(&offered));
        let all_yaml = opts.and_then(|o| o.get("files")).and_then(Value::as_str) == Some("all");
        let watch_files = caps
            .and_then(|c| c.pointer("/workspace/didChangeWatchedFiles/dynamicRegistration"))
            .and_then(Value::as_bool)
            .unwrap_or(false);
        Server {
            sender,
            lang,
            enc,
            all_yaml,
            watch_files,
            docs: HashMap::new(),
            dirty: Vec::new(),
            contributions: HashMap::new(),
            published: HashMap::new(),
            next_id: 0,
            worked: false,
        }
    }

    fn capabilities(&self) -> lt::ServerCapabilities {
        lt::ServerCapabilities {
            position_encoding: Some(self.enc.kind()),
            text_document_sync: Some(lt::TextDocumentSyncCapability::Options(
                lt::TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(lt::TextDocumentSyncKind::INCREMENTAL),
                    save: Some(lt::TextDocumentSyncSaveOptions::Supported(true)),
                    ..Default::default()
                },
            )),
            hover_provider: Some(lt::HoverProviderCapability::Simple(true)),
            completion_provider: Some(lt::CompletionOptions {
                trigger_characters: Some(vec![":".into()]),
                ..Default::default()
            }),
            definition_provider: Some(lt::OneOf::Left(true)),
            document_symbol_provider: Some(lt::OneOf::Left(true)),
            inlay_hint_provider: Some(lt::OneOf::Left(true)),
            code_action_provider: Some(lt::CodeActionProviderCapability::Options(
                lt::CodeActionOptions {
                    code_action_kinds: Some(vec![lt::CodeActionKind::QUICKFIX]),
                    ..Default::default()
                },
            )),
            ..Default::default()
        }
    }

    fn send(&self, m: Message) {
        // The client went away: the loop ends when the receiver does.
        let _ = self.sender.send(m);
    }

    fn notify<N: lt::notification::Notification>(&self, params: N::Params) {
        self.send(Message::Notification(Notification::new(
            N::METHOD.to_string(),
            params,
        )));
    }

    fn log(&self, typ: lt::MessageType, message: String) {
        self.notify::<lt::notification::LogMessage>(lt::LogMessageParams { typ, message });
    }

    fn main_loop(&mut self, conn: &Connection) -> Result<(), FatalError> {
        let mut queue: VecDeque<Message> = VecDeque::new();
        loop {
            while let Ok(m) = conn.receiver.try_recv() {
                queue.push_back(m);
            }
            let Some(msg) = queue.pop_front() else {
                if let Some(path) = self.dirty.pop() {
                    self.analyze(&path);
                    continue;
                }
                if std::mem::take(&mut self.worked) {
                    release_free_memory();
                }
                match conn.receiver.recv() {
                    Ok(m) => queue.push_back(m),
                    Err(_) => return Ok(()),
                }
                continue;
            };
            self.worked = true;
            match msg {
                Message::Request(req) => {
                    if cancelled(&queue, &req.id) {
                        self.send(Message::Response(Response::new_err(
                            req.id,
                            ErrorCode::RequestCanceled as i32,
                            "cancelled".into(),
                        )));
                        continue;
                    }
                    if req.method == "shutdown" {
                        self.send(Message::Response(Response::new_ok(req.id, Value::Null)));
                        // Wait for `exit`; anything else after shutdown is answered with an error.
                        loop {
                            let next = match queue.pop_front() {
                                Some(m) => m,
                                None => match conn.receiver.recv() {
                                    Ok(m) => m,
                                    Err(_) => return Ok(()),
                                },
                            };
                            match next {
                                Message::Notification(n) if n.method == "exit" => return Ok(()),
                                Message::Request(r) => {
                                    self.send(Message::Response(Response::new_err(
                                        r.id,
                                        ErrorCode::InvalidRequest as i32,
                                        "the server is shutting down".into(),
                                    )))
                                }
                                _ => {}
                            }
                        }
                    }
                    self.request(req);
                }
                Message::Notification(n) => {
                    if n.method == "exit" {
                        return Ok(());
                    }
                    self.notification(n);
                }
                Message::Response(_) => {}
            }
        }
    }

    // ------------------------------------------------------------ documents

    fn open(&mut self, uri: lt::Uri, version: i32, text: String) {
        let Some(path) = uri::to_path(&uri) else {
            return;
        };
        let ours = self.all_yaml || looks_like_s_yaml(&path, &text);
        let display = path.display().to_string();
        let doc = Doc {
            uri,
            version,
            text: SourceFile::new(path.clone(), display, text),
            ours,
            analysis: None,
            last: None,
            failed: None,
        };
        self.docs.insert(path.clone(), doc);
        self.mark_dirty(path);
    }

    fn mark_dirty(&mut self, path: PathBuf) {
        self.dirty.retain(|p| *p != path);
        if let Some(d) = self.docs.get_mut(&path) {
            d.analysis = None;
        }
        self.dirty.push(path);
    }

    fn change(&mut self, p: lt::DidChangeTextDocumentParams) {
        let Some(path) = uri::to_path(&p.text_document.uri) else {
            return;
        };
        let enc = self.enc;
        let all_yaml = self.all_yaml;
        let Some(doc) = self.docs.get_mut(&path) else {
            return;
        };
        let mut text = std::mem::take(&mut doc.text.text);
        for c in p.content_changes {
            match c.range {
                None => text = c.text,
                Some(r) => {
                    let cur = SourceFile::new(path.clone(), String::new(), text);
                    let start = position::from_lsp(&cur, r.start, enc).byte as usize;
                    let end = position::from_lsp(&cur, r.end, enc).byte as usize;
                    text = cur.text;
                    let (start, end) = (start.min(end), end.max(start));
                    text.replace_range(start..end.min(text.len()), &c.text);
                }
            }
        }
        doc.version = p.text_document.version;
        doc.ours = all_yaml || looks_like_s_yaml(&path, &text);
        let display = std::mem::take(&mut doc.text.display);
        doc.text = SourceFile::new(path.clone(), display, text);
        doc.failed = None;
        self.mark_dirty(path);
    }

    fn close(&mut self, uri: &lt::Uri) {
        let Some(path) = uri::to_path(uri) else {
            return;
        };
        self.docs.remove(&path);
        self.dirty.retain(|p| *p != path);
        let targets: Vec<PathBuf> = self
            .contributions
            .remove(&path)
            .map(|c| c.into_iter().map(|(t, _)| t).collect())
            .unwrap_or_default();
        let mut seen = HashSet::new();
        for t in targets.into_iter().chain([path.clone()]) {
            if seen.insert(t.clone()) {
                self.publish(&t, Some(uri.clone()), true);
            }
        }
    }

    /// A file changed on disk (saved, created, deleted): check again the documents that read it.
    fn file_changed(&mut self, changed: &Path) {
        let changed = uri::normalize(changed);
        let dependents: Vec<PathBuf> = self
            .docs
            .iter()
            .filter(|(p, d)| {
                **p != changed
                    && d.ours
                    && d.last.as_ref().is_some_and(|a| a.depends_on(p, &changed))
            })
            .map(|(p, _)| p.clone())
            .collect();
        for p in dependents {
            // Behind the documents being edited: those are checked first.
            self.dirty.retain(|d| *d != p);
            if let Some(d) = self.docs.get_mut(&p) {
                d.analysis = None;
            }
            self.dirty.insert(0, p);
        }
    }

    /// Check a document now, catching a panic, and publish what changed.
    fn analyze(&mut self, path: &Path) {
        self.dirty.retain(|p| p != path);
        let Some(doc) = self.docs.get(path) else {
            return;
        };
        if !doc.ours {
            if self.contributions.contains_key(path) {
                self.set_contributions(path, Vec::new());
            }
            return;
        }
        if doc.failed == Some(doc.version) {
            return;
        }
        let text = doc.text.text.clone();
        let version = doc.version;
        let owned = path.to_path_buf();
        match catch_unwind(AssertUnwindSafe(|| Analysis::run(&owned, text))) {
            Ok(a) => {
                let a = Arc::new(a);
                let lang = self.lang;
                let enc = self.enc;
                let mut list: Vec<(PathBuf, lt::Diagnostic)> = a
                    .diagnostics
                    .iter()
                    .map(|d| diagnostics::convert(&a, d, lang, enc))
                    .collect();
                if let Some(e) = &a.config_error {
                    list.push((path.to_path_buf(), config_error(e)));
                }
                if let Some(d) = self.docs.get_mut(path) {
                    d.analysis = Some(a.clone());
                    d.last = Some(a);
                }
                self.set_contributions(path, list);
            }
            Err(panic) => {
                if let Some(d) = self.docs.get_mut(path) {
                    d.failed = Some(version);
                }
                self.log(
                    lt::MessageType::ERROR,
                    format!(
                        "fclint lsp: checking {} failed ({}); the server goes on",
                        path.display(),
                        panic_text(&panic)
                    ),
                );
            }
        }
    }

    fn set_contributions(&mut self, owner: &Path, list: Vec<(PathBuf, lt::Diagnostic)>) {
        let mut targets: Vec<PathBuf> = vec![owner.to_path_buf()];
        for (t, _) in self.contributions.get(owner).into_iter().flatten() {
            if !targets.contains(t) {
                targets.push(t.clone());
            }
        }
        for (t, _) in &list {
            if !targets.contains(t) {
                targets.push(t.clone());
            }
        }
        self.contributions.insert(owner.to_path_buf(), list);
        for t in targets {
            let own = t == owner;
            self.publish(&t, None, own);
        }
    }

    /// Publish the findings of every open document that fall in `target`; `force` publishes
    /// even when nothing changed (a document's own findings after each check, with its version).
    fn publish(&mut self, target: &Path, uri: Option<lt::Uri>, force: bool) {
        let mut list: Vec<lt::Diagnostic> = Vec::new();
        for entries in self.contributions.values() {
            for (t, d) in entries {
                if t == target && !list.contains(d) {
                    list.push(d.clone());
                }
            }
        }
        list.sort_by(|a, b| {
            (a.range.start.line, a.range.start.character)
                .cmp(&(b.range.start.line, b.range.start.character))
                .then_with(|| code_of(a).cmp(code_of(b)))
                .then_with(|| a.message.cmp(&b.message))
        });
        if !force && self.published.get(target) == Some(&list) {
            return;
        }
        if list.is_empty() && !force && !self.published.contains_key(target) {
            return;
        }
        let doc = self.docs.get(target);
        let Some(uri) = uri
            .or_else(|| doc.map(|d| d.uri.clone()))
            .or_else(|| uri::from_path(target))
        else {
            return;
        };
        let version = doc.filter(|d| d.analysis.is_some()).map(|d| d.version);
        self.notify::<lt::notification::PublishDiagnostics>(lt::PublishDiagnosticsParams {
            uri,
            diagnostics: list.clone(),
            version,
        });
        if list.is_empty() {
            self.published.remove(target);
        } else {
            self.published.insert(target.to_path_buf(), list);
        }
    }

    /// The document at `uri`, checked at its current version (checked now if it is dirty).
    fn fresh(&mut self, uri: &lt::Uri) -> Option<(Arc<Analysis>, PathBuf)> {
        let path = uri::to_path(uri)?;
        let doc = self.docs.get(&path)?;
        if !doc.ours {
            return None;
        }
        if doc.analysis.is_none() {
            self.analyze(&path);
        }
        let a = self.docs.get(&path)?.analysis.clone()?;
        Some((a, path))
    }

    // ------------------------------------------------------------ messages

    fn notification(&mut self, n: Notification) {
        let method = n.method.clone();
        let outcome = catch_unwind(AssertUnwindSafe(|| self.notification_inner(n)));
        if let Err(panic) = outcome {
            self.log(
                lt::MessageType::ERROR,
                format!(
                    "fclint lsp: {method} failed ({}); the server goes on",
                    panic_text(&panic)
                ),
            );
        }
    }

    fn notification_inner(&mut self, n: Notification) {
        use lt::notification::{self as ln, Notification as _};
        match n.method.as_str() {
            ln::DidOpenTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<lt::DidOpenTextDocumentParams>(n.params) {
                    let d = p.text_document;
                    self.open(d.uri, d.version, d.text);
                }
            }
            ln::DidChangeTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value(n.params) {
                    self.change(p);
                }
            }
            ln::DidSaveTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<lt::DidSaveTextDocumentParams>(n.params) {
                    if let Some(path) = uri::to_path(&p.text_document.uri) {
                        self.file_changed(&path);
                    }
                }
            }
            ln::DidCloseTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<lt::DidCloseTextDocumentParams>(n.params) {
                    self.close(&p.text_document.uri);
                }
            }
            ln::DidChangeWatchedFiles::METHOD => {
                if let Ok(p) = serde_json::from_value::<lt::DidChangeWatchedFilesParams>(n.params) {
                    for c in p.changes {
                        if let Some(path) = uri::to_path(&c.uri) {
                            self.file_changed(&path);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// Ask the client to tell us about changes to files on disk: base files, `.env`,
    /// `fclint.toml` and whatever `${file()}` reads.
    fn register_watchers(&mut self) {
        if !self.watch_files {
            return;
        }
        let opts = lt::DidChangeWatchedFilesRegistrationOptions {
            watchers: vec![lt::FileSystemWatcher {
                glob_pattern: lt::GlobPattern::String("**/*".into()),
                kind: None,
            }],
        };
        let params = lt::RegistrationParams {
            registrations: vec![lt::Registration {
                id: "fclint-watched-files".into(),
                method: "workspace/didChangeWatchedFiles".into(),
                register_options: serde_json::to_value(opts).ok(),
            }],
        };
        self.next_id += 1;
        self.send(Message::Request(Request::new(
            RequestId::from(format!("fclint-{}", self.next_id)),
            "client/registerCapability".into(),
            params,
        )));
    }

    fn request(&mut self, req: Request) {
        let id = req.id.clone();
        let method = req.method.clone();
        self.respond(id, &method, |s| s.dispatch(req));
    }

    /// Run a handler under `catch_unwind` and send its answer: the result, its error, or
    /// `InternalError` after logging a panic.
    fn respond(
        &mut self,
        id: RequestId,
        method: &str,
        handler: impl FnOnce(&mut Server) -> HandlerResult,
    ) {
        let outcome = catch_unwind(AssertUnwindSafe(|| handler(self)));
        let response = match outcome {
            Ok(Ok(v)) => Response::new_ok(id, v),
            Ok(Err((code, message))) => Response::new_err(id, code, message),
            Err(panic) => {
                self.log(
                    lt::MessageType::ERROR,
                    format!(
                        "fclint lsp: {method} failed ({}); the server goes on",
                        panic_text(&panic)
                    ),
                );
                Response::new_err(
                    id,
                    ErrorCode::InternalError as i32,
                    format!("fclint lsp: internal error in {method}"),
                )
            }
        };
        self.send(Message::Response(response));
    }

    fn dispatch(&mut self, req: Request) -> HandlerResult {
        use lt::request::{self as lr, Request as _};
        let lang = self.lang;
        let enc = self.enc;
        macro_rules! with_doc {
            ($uri:expr, |$ctx:ident| $body:expr) => {{
                let uri: lt::Uri = $uri;
                match self.fresh(&uri) {
                    None => Ok(Value::Null),
                    Some((analysis, path)) => {
                        let Some(doc) = self.docs.get(&path) else {
                            return Ok(Value::Null);
                        };
                        let $ctx = Ctx {
                            analysis: &analysis,
                            text: &doc.text,
                            uri: &doc.uri,
                            lang,
                            enc,
                        };
                        to_value($body)
                    }
                }
            }};
        }
        match req.method.as_str() {
            lr::HoverRequest::METHOD => {
                let p: lt::HoverParams = params(req.params)?;
                let tp = p.text_document_position_params;
                with_doc!(tp.text_document.uri, |ctx| hover::hover(&ctx, tp.position))
            }
            lr::Completion::METHOD => {
                let p: lt::CompletionParams = params(req.params)?;
                let tp = p.text_document_position;
                let uri = tp.text_document.uri;
                // Completion reads the text as typed; it needs no check of it.
                let Some(path) = uri::to_path(&uri) else {
                    return Ok(Value::Null);
                };
                let Some(doc) = self.docs.get(&path).filter(|d| d.ours) else {
                    return Ok(Value::Null);
                };
                to_value(completion::complete(&doc.text, tp.position, lang, enc))
            }
            lr::InlayHintRequest::METHOD => {
                let p: lt::InlayHintParams = params(req.params)?;
                let range = p.range;
                with_doc!(p.text_document.uri, |ctx| hover::inlay_hints(&ctx, range))
            }
            lr::GotoDefinition::METHOD => {
                let p: lt::GotoDefinitionParams = params(req.params)?;
                let tp = p.text_document_position_params;
                with_doc!(tp.text_document.uri, |ctx| navigate::definition(
                    &ctx,
                    tp.position
                )
                .map(lt::GotoDefinitionResponse::Array))
            }
            lr::DocumentSymbolRequest::METHOD => {
                let p: lt::DocumentSymbolParams = params(req.params)?;
                with_doc!(p.text_document.uri, |ctx| {
                    lt::DocumentSymbolResponse::Nested(navigate::symbols(&ctx))
                })
            }
            lr::CodeActionRequest::METHOD => {
                let p: lt::CodeActionParams = params(req.params)?;
                let range = p.range;
                with_doc!(p.text_document.uri, |ctx| actions::code_actions(
                    &ctx, range
                ))
            }
            m => Err((
                ErrorCode::MethodNotFound as i32,
                format!("fclint lsp does not handle {m}"),
            )),
        }
    }
}

/// Going idle: give the memory the last checks freed back to the system. The binary's
/// allocator is mimalloc, which keeps freed pages for reuse; a server that stays open all day
/// should not hold the peak of its busiest minute. (Where mimalloc is not the allocator, as in
/// the library's tests, its heap is empty and this does nothing.)
fn release_free_memory() {
    // SAFETY: `mi_collect` only walks mimalloc's own heaps; it takes no pointer from us.
    unsafe { libmimalloc_sys::mi_collect(true) }
}

/// Is a `$/cancelRequest` for `id` waiting in the queue?
fn cancelled(queue: &VecDeque<Message>, id: &RequestId) -> bool {
    queue.iter().any(|m| match m {
        Message::Notification(n) if n.method == "$/cancelRequest" => {
            serde_json::from_value::<lt::CancelParams>(n.params.clone())
                .map(|c| match c.id {
                    lt::NumberOrString::Number(i) => RequestId::from(i) == *id,
                    lt::NumberOrString::String(s) => RequestId::from(s) == *id,
                })
                .unwrap_or(false)
        }
        _ => false,
    })
}

fn code_of(d: &lt::Diagnostic) -> &str {
    match &d.code {
        Some(lt::NumberOrString::String(s)) => s,
        _ => "",
    }
}

/// A broken `fclint.toml`: `check` stops with this error (exit code 2); the editor shows it
/// at the top of the document.
fn config_error(e: &str) -> lt::Diagnostic {
    lt::Diagnostic {
        range: lt::Range::default(),
        severity: Some(lt::DiagnosticSeverity::ERROR),
        source: Some(diagnostics::SOURCE.into()),
        message: printable(e),
        ..Default::default()
    }
}

/// Control characters shown as `\u{…}` escapes (line breaks and tabs kept).
fn printable(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                format!("\\u{{{:x}}}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// What a caught panic said (its message only: never a value from a file).
fn panic_text(p: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn s_yaml_by_name_or_content() {
        for name in [
            "s.yaml",
            "s.yml",
            "s.dev.yaml",
            "s-http.yaml",
            "s_en.yaml",
            "S.YAML",
        ] {
            assert!(looks_like_s_yaml(Path::new(name), ""), "{name}");
        }
        for name in ["docker-compose.yml", "sam.yaml", "values.yaml"] {
            assert!(!looks_like_s_yaml(Path::new(name), "a: 1\n"), "{name}");
        }
        assert!(looks_like_s_yaml(
            Path::new("base.yaml"),
            "name: x\nedition: 3.0.0\n"
        ));
        assert!(looks_like_s_yaml(
            Path::new("prod.yaml"),
            "services:\n  fc:\n    component: fc\n"
        ));
        assert!(!looks_like_s_yaml(
            Path::new("ci.yml"),
            "jobs:\n  build:\n    component: x\n"
        ));
    }

    #[test]
    fn a_panic_in_a_request_is_answered_and_logged() {
        let (client, server_conn) = Connection::memory();
        let mut server = Server::new(&Value::Null, server_conn.sender.clone());
        server.respond(RequestId::from(7), "textDocument/hover", |_| panic!("boom"));
        let mut log = None;
        let mut response = None;
        while let Ok(m) = client.receiver.try_recv() {
            match m {
                Message::Notification(n) => log = Some(n),
                Message::Response(r) => response = Some(r),
                Message::Request(_) => {}
            }
        }
        let r = response.expect("the request is answered");
        assert_eq!(r.id, RequestId::from(7));
        assert_eq!(
            r.response_result.err().map(|e| e.code),
            Some(ErrorCode::InternalError as i32)
        );
        let log = log.expect("the panic is logged");
        assert_eq!(log.method, "window/logMessage");
        assert!(log.params["message"].as_str().unwrap().contains("boom"));
        // And the server goes on: the next request is answered normally.
        server.request(Request::new(
            RequestId::from(8),
            "textDocument/documentSymbol".into(),
            serde_json::json!({"textDocument": {"uri": "file:///nowhere/s.yaml"}}),
        ));
        match client.receiver.try_recv() {
            Ok(Message::Response(r)) => {
                assert_eq!(r.id, RequestId::from(8));
                assert_eq!(r.response_result.ok(), Some(Value::Null));
            }
            other => panic!("expected a response, got {other:?}"),
        }
    }
}
