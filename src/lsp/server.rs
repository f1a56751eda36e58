//! The message loop, the open documents and what has been published for each file.

use std::collections::{HashMap, HashSet, VecDeque};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types as lt;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::diag::Lang;
use crate::source::SourceFile;
use crate::FatalError;

use super::analysis::Analysis;
use super::documents::Doc;
use super::position::{self, Encoding};
use super::{actions, completion, diagnostics, fixes, hover, navigate, uri};

/// What a request handler reads: one document, checked at its current version.
pub struct Ctx<'a> {
    pub analysis: &'a Analysis,
    /// The buffer's current text (the text `analysis` checked).
    pub text: &'a SourceFile,
    pub uri: &'a lt::Uri,
    /// The document's path (normalized), as the check read it.
    pub path: &'a std::path::Path,
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

pub(super) struct Server {
    pub(super) sender: crossbeam_sender::Sender,
    pub(super) lang: Lang,
    pub(super) enc: Encoding,
    pub(super) all_yaml: bool,
    pub(super) watch_files: bool,
    pub(super) docs: HashMap<PathBuf, Doc>,
    /// Documents to check, the most recently changed last.
    pub(super) dirty: Vec<PathBuf>,
    /// What each document's check found, by the file it is in.
    pub(super) contributions: HashMap<PathBuf, Vec<(PathBuf, lt::Diagnostic)>>,
    /// What was last published for each file.
    pub(super) published: HashMap<PathBuf, Vec<lt::Diagnostic>>,
    pub(super) next_id: i32,
    /// Something ran since the server last went idle.
    pub(super) worked: bool,
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
                    code_action_kinds: Some(vec![lt::CodeActionKind::QUICKFIX, fixes::FIX_ALL]),
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

    pub(super) fn notify<N: lt::notification::Notification>(&self, params: N::Params) {
        self.send(Message::Notification(Notification::new(
            N::METHOD.to_string(),
            params,
        )));
    }

    pub(super) fn log(&self, typ: lt::MessageType, message: String) {
        self.notify::<lt::notification::LogMessage>(lt::LogMessageParams { typ, message });
    }

    fn main_loop(&mut self, conn: &Connection) -> Result<(), FatalError> {
        let mut queue: VecDeque<Message> = VecDeque::new();
        // Requests cancelled while they wait in the queue.
        let mut cancels: HashSet<RequestId> = HashSet::new();
        loop {
            while let Ok(m) = conn.receiver.try_recv() {
                if let Some(id) = cancel_of(&m) {
                    cancels.insert(id);
                }
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
                    Ok(m) => {
                        if let Some(id) = cancel_of(&m) {
                            cancels.insert(id);
                        }
                        queue.push_back(m)
                    }
                    Err(_) => return Ok(()),
                }
                continue;
            };
            self.worked = true;
            match msg {
                Message::Request(req) => {
                    if cancels.remove(&req.id) {
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
                            path: &path,
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
                // The completions come from the s.yaml schema: none in an SCF serverless.yml.
                let Some(doc) = self
                    .docs
                    .get(&path)
                    .filter(|d| d.ours && !crate::model::scf::looks_like_scf(&d.text.text))
                else {
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
                let (range, context) = (p.range, p.context);
                with_doc!(p.text_document.uri, |ctx| actions::code_actions(
                    &ctx, range, &context
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

/// The request a `$/cancelRequest` cancels.
fn cancel_of(m: &Message) -> Option<RequestId> {
    let Message::Notification(n) = m else {
        return None;
    };
    if n.method != "$/cancelRequest" {
        return None;
    }
    let c: lt::CancelParams = serde_json::from_value(n.params.clone()).ok()?;
    Some(match c.id {
        lt::NumberOrString::Number(i) => RequestId::from(i),
        lt::NumberOrString::String(s) => RequestId::from(s),
    })
}

/// What a caught panic said (its message only: never a value from a file).
pub(super) fn panic_text(p: &Box<dyn std::any::Any + Send>) -> String {
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

    #[test]
    fn cancellations_name_their_request() {
        let n = |params: Value| {
            Message::Notification(Notification::new("$/cancelRequest".into(), params))
        };
        assert_eq!(
            cancel_of(&n(serde_json::json!({"id": 4}))),
            Some(RequestId::from(4))
        );
        assert_eq!(
            cancel_of(&n(serde_json::json!({"id": "a"}))),
            Some(RequestId::from("a".to_string()))
        );
        assert_eq!(cancel_of(&n(serde_json::json!({}))), None);
        let other = Message::Notification(Notification::new("exit".into(), Value::Null));
        assert_eq!(cancel_of(&other), None);
    }
}
