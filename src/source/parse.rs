use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, ScanError};

use super::comments::before_comment;
use super::keys::{has_nested_list, key_text, Keys};
use super::rules::{
    sy001_yaml_syntax, sy002_duplicate_key, sy003_yaml_too_complex, sy004_multiple_documents,
    sy007_registry_template_source,
};
use super::scalar::{is_integer_literal, scalar_kind};
use super::{Entry, FileId, Kind, Node, Pos, SourceFile, Span};
use crate::codes::Code;
use crate::diag::Diagnostic;
use crate::limits;

/// Bounds that keep hostile input cheap.
#[derive(Debug, Clone, Copy)]
pub struct ParseLimits {
    /// Total nodes that alias expansion may copy.
    pub alias_budget: usize,
    /// Deepest nesting of mappings and sequences.
    pub max_depth: usize,
}

impl Default for ParseLimits {
    fn default() -> Self {
        ParseLimits {
            alias_budget: limits::YAML_ALIAS_NODE_BUDGET,
            max_depth: limits::YAML_MAX_DEPTH,
        }
    }
}

/// The parsed document (if the YAML could be read) and every problem met on the way.
#[derive(Debug, Default)]
pub struct ParseOutput {
    pub root: Option<Node>,
    pub diagnostics: Vec<Diagnostic>,
    /// Duplicate keys past the findings bound of a file: counted, not built.
    pub unshown: crate::diag::Unshown,
}

enum Frame {
    Seq {
        anchor: usize,
        start: Span,
        items: Vec<Node>,
    },
    Map {
        anchor: usize,
        start: Span,
        entries: Vec<Entry>,
        /// Index of each key in `entries` once the mapping is large: duplicate keys are found
        /// in constant time (small mappings are scanned).
        keys: Keys,
        merges: Vec<Node>,
        /// The furthest end of anything read into this mapping (duplicates included).
        end: Pos,
        /// An unquoted `{{ placeholder }}` made this a mapping with a mapping as key.
        placeholder: bool,
        /// A key waiting for its value.
        pending_key: Option<(Node, bool)>,
    },
}

struct Builder<'a> {
    file: FileId,
    src: &'a SourceFile,
    char_to_byte: Option<Vec<u32>>,
    anchors: HashMap<usize, Node>,
    anchor_names: HashMap<usize, Span>,
    budget_left: usize,
    limits: ParseLimits,
    diags: Vec<Diagnostic>,
    unshown: crate::diag::Unshown,
    fatal: bool,
}

/// Parse one YAML document. Never panics; problems become diagnostics with locations.
pub fn parse(file: FileId, src: &SourceFile, limits: ParseLimits) -> ParseOutput {
    let char_to_byte = if src.text.is_ascii() {
        None
    } else {
        let mut v: Vec<u32> = src.text.char_indices().map(|(i, _)| i as u32).collect();
        v.push(src.text.len() as u32);
        Some(v)
    };
    let mut b = Builder {
        file,
        src,
        char_to_byte,
        anchors: HashMap::new(),
        anchor_names: HashMap::new(),
        budget_left: limits.alias_budget,
        limits,
        diags: Vec::new(),
        unshown: crate::diag::Unshown::default(),
        fatal: false,
    };
    let root = b.run();
    ParseOutput {
        root,
        diagnostics: b.diags,
        unshown: b.unshown,
    }
}

impl Builder<'_> {
    fn pos(&self, m: &saphyr_parser::Marker) -> Pos {
        let byte = match &self.char_to_byte {
            None => m.index().min(self.src.text.len()) as u32,
            Some(v) => v
                .get(m.index())
                .copied()
                .unwrap_or(self.src.text.len() as u32),
        };
        Pos {
            line: m.line() as u32,
            col: (m.col() + 1) as u32,
            byte,
        }
    }

    fn span(&self, s: &saphyr_parser::Span) -> Span {
        Span {
            file: self.file,
            start: self.pos(&s.start),
            end: self.pos(&s.end),
        }
    }

    fn error(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    fn scan_error(&mut self, e: &ScanError) {
        let mut p = self.pos(e.marker());
        // "while scanning a plain scalar, found a tab" is placed at the start of the scalar,
        // often on the line before the tab: point at the tab itself (on that line or the next).
        // "tabs disallowed within this context" is placed after the tabs: point at the first.
        let text = &self.src.text;
        let from = (p.byte as usize).min(text.len());
        if e.info().contains("found a tab") {
            let tab = text[from..]
                .find('\t')
                .map(|i| from + i)
                .filter(|&i| text[from..i].matches('\n').count() <= 1);
            if let Some(i) = tab {
                p = self.src.pos_at_byte(i);
            }
        } else if e.info().contains("tab") && text[..from].ends_with('\t') {
            let start = text[..from].trim_end_matches('\t').len();
            p = self.src.pos_at_byte(start);
        }
        let span = Span {
            file: self.file,
            start: p,
            end: p,
        };
        let info = e.info().to_string();
        if info.contains("recursion limit") {
            self.depth_error(span);
            return;
        }
        self.fatal = true;
        // A registry template source is not YAML until `s init` renders it: say so once.
        if let Some((start, end)) = control_block(&self.src.text) {
            let span = Span {
                file: self.file,
                start: self.src.pos_at_byte(start),
                end: self.src.pos_at_byte(end),
            };
            let block = self.src.text.get(start..end).unwrap_or("{{if}}");
            self.error(sy007_registry_template_source::template_source(span, block));
            return;
        }
        self.error(sy001_yaml_syntax::invalid_yaml(span, &info, self.src, p));
    }

    /// The span of a quoted scalar ends at its closing quote: the parser's own end runs on
    /// over the spaces and the comment after it, which a fix must not replace.
    fn quoted_end(&self, span: Span, style: ScalarStyle) -> Span {
        let quote = match style {
            ScalarStyle::SingleQuoted => b'\'',
            ScalarStyle::DoubleQuoted => b'"',
            _ => return span,
        };
        let text = self.src.text.as_bytes();
        let start = span.start.byte as usize;
        let limit = (span.end.byte as usize).min(text.len());
        if text.get(start) != Some(&quote) {
            return span;
        }
        let mut i = start + 1;
        while i < limit {
            match text[i] {
                b'\\' if quote == b'"' => i += 2,
                b'\'' if quote == b'\'' && text.get(i + 1) == Some(&b'\'') => i += 2,
                b if b == quote => {
                    return Span {
                        end: self.src.pos_at_byte(i + 1),
                        ..span
                    };
                }
                _ => i += 1,
            }
        }
        span
    }

    fn run(&mut self) -> Option<Node> {
        let mut parser = Parser::new_from_str(&self.src.text);
        let mut stack: Vec<Frame> = Vec::new();
        let mut root: Option<Node> = None;
        let mut documents = 0usize;
        loop {
            let (event, span) = match parser.next() {
                None => break,
                Some(Err(e)) => {
                    self.scan_error(&e);
                    return None;
                }
                Some(Ok(ev)) => ev,
            };
            let span = self.span(&span);
            match event {
                Event::StreamStart | Event::Nothing | Event::DocumentEnd => {}
                Event::StreamEnd => break,
                Event::DocumentStart(_) => {
                    documents += 1;
                    if documents == 2 {
                        self.error(sy004_multiple_documents::multiple_documents(span));
                    }
                }
                Event::Alias(id) => {
                    let node = self.alias(id, span);
                    if self.fatal {
                        return None;
                    }
                    self.push_value(&mut stack, &mut root, node, documents, false);
                }
                Event::Scalar(value, style, anchor, tag) => {
                    let tag_suffix = tag.as_ref().map(|t| t.suffix.clone());
                    let plain = matches!(style, ScalarStyle::Plain);
                    let kind = scalar_kind(&value, plain, tag_suffix.as_deref());
                    let span = self.quoted_end(span, style);
                    let mut node = Node::new(kind, span);
                    // `99999999999999999999999`, `.inf`, `1e400`: shown as written.
                    if let Kind::Float(f) = node.kind {
                        if !f.is_finite() || is_integer_literal(&value) {
                            node.shown = Some(Box::new(super::Shown::Written(value.to_string())));
                        }
                    }
                    if anchor != 0 {
                        self.anchors.insert(anchor, node.clone());
                    }
                    let is_merge_key = plain && value == "<<";
                    self.push_value(&mut stack, &mut root, node, documents, is_merge_key);
                }
                Event::SequenceStart(anchor, _) => {
                    if stack.len() >= self.limits.max_depth {
                        self.depth_error(span);
                        return None;
                    }
                    stack.push(Frame::Seq {
                        anchor,
                        start: span,
                        items: Vec::new(),
                    });
                }
                Event::MappingStart(anchor, _) => {
                    if stack.len() >= self.limits.max_depth {
                        self.depth_error(span);
                        return None;
                    }
                    stack.push(Frame::Map {
                        anchor,
                        start: span,
                        entries: Vec::new(),
                        keys: Keys::default(),
                        merges: Vec::new(),
                        end: span.end,
                        placeholder: false,
                        pending_key: None,
                    });
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    let Some(frame) = stack.pop() else {
                        continue;
                    };
                    let (node, anchor) = self.finish(frame, span);
                    if anchor != 0 {
                        self.anchors.insert(anchor, node.clone());
                    }
                    self.push_value(&mut stack, &mut root, node, documents, false);
                }
            }
            if self.fatal {
                return None;
            }
        }
        root
    }

    fn depth_error(&mut self, span: Span) {
        self.error(sy003_yaml_too_complex::too_deep(
            span,
            self.limits.max_depth,
        ));
        self.fatal = true;
    }

    fn alias(&mut self, id: usize, span: Span) -> Node {
        let Some(target) = self.anchors.get(&id) else {
            self.error(sy001_yaml_syntax::unknown_anchor(span));
            return Node::new(Kind::Null, span);
        };
        let size = count_nodes(target);
        if size > self.budget_left {
            self.error(sy003_yaml_too_complex::alias_bomb(
                span,
                self.limits.alias_budget,
            ));
            self.fatal = true;
            return Node::new(Kind::Null, span);
        }
        self.budget_left -= size;
        let mut node = target.clone();
        node.origin = Some(Box::new(target.span));
        node.span = span;
        let _ = &self.anchor_names;
        node
    }

    fn finish(&mut self, frame: Frame, end: Span) -> (Node, usize) {
        match frame {
            Frame::Seq {
                anchor,
                start,
                items,
                ..
            } => {
                let end_pos = items.last().map(|n| n.span.end).unwrap_or(end.end);
                let span = Span {
                    file: self.file,
                    start: start.start,
                    end: end_pos.max(start.end),
                };
                (Node::new(Kind::Seq(items), span), anchor)
            }
            Frame::Map {
                anchor,
                start,
                mut entries,
                mut keys,
                merges,
                end: seen_end,
                placeholder,
                pending_key,
                ..
            } => {
                if let Some((key, _)) = pending_key {
                    // A key without value cannot happen with a well-formed event stream,
                    // but keep the key with a null value rather than lose it.
                    let span = key.span;
                    entries.push(Entry {
                        key: key_text(&key),
                        key_span: span,
                        value: Node::new(Kind::Null, span),
                    });
                }
                for m in merges {
                    self.apply_merge(&mut entries, &mut keys, m);
                }
                let end_pos = entries
                    .iter()
                    .map(|e| e.value.span.end.max(e.key_span.end))
                    .max()
                    .unwrap_or(end.end)
                    .max(seen_end)
                    .max(end.end);
                if placeholder {
                    // `{{ name }}` read as `{ {name: null}: null }`: the value is a placeholder,
                    // unknown until the registry fills it in.
                    let mut span = Span {
                        file: self.file,
                        start: start.start,
                        end: end_pos,
                    };
                    let full = self
                        .src
                        .text
                        .get(span.start.byte as usize..span.end.byte as usize)
                        .unwrap_or("{{ }}");
                    // The events may reach past a comment after the placeholder; YAML ends
                    // the value where ` #` starts a comment.
                    let text = before_comment(full);
                    span.end = end_of(span.start, text);
                    return (Node::new(Kind::Unknown(text.to_string()), span), anchor);
                }
                let span = Span {
                    file: self.file,
                    start: start.start,
                    end: end_pos.max(start.end),
                };
                (Node::new(Kind::Map(entries), span), anchor)
            }
        }
    }

    /// `<<: *base` or `<<: [*a, *b]`: keys already present win; earlier sources win over later ones.
    fn apply_merge(&mut self, entries: &mut Vec<Entry>, keys: &mut Keys, merge: Node) {
        let sources: Vec<Node> = match merge.kind {
            Kind::Map(_) => vec![merge],
            Kind::Seq(items) => items,
            _ => {
                self.error(sy001_yaml_syntax::bad_merge(merge.span));
                return;
            }
        };
        for src in sources {
            let src_span = src.span;
            match src.kind {
                Kind::Map(src_entries) => {
                    for e in src_entries {
                        if keys.find(entries, &e.key).is_none() {
                            keys.add(entries, &e.key);
                            entries.push(e);
                        }
                    }
                }
                _ => self.error(sy001_yaml_syntax::bad_merge(src_span)),
            }
        }
    }

    fn push_value(
        &mut self,
        stack: &mut [Frame],
        root: &mut Option<Node>,
        node: Node,
        documents: usize,
        is_merge_key: bool,
    ) {
        let Some((top, outer)) = stack.split_last_mut() else {
            if documents <= 1 && root.is_none() {
                *root = Some(node);
            }
            return;
        };
        match top {
            Frame::Seq { items, .. } => items.push(node),
            Frame::Map {
                entries,
                keys,
                merges,
                pending_key,
                end,
                placeholder,
                ..
            } => {
                *end = (*end).max(node.span.end);
                match pending_key.take() {
                    None => {
                        if !matches!(
                            node.kind,
                            Kind::Str(_)
                                | Kind::Int(_)
                                | Kind::Bool(_)
                                | Kind::Null
                                | Kind::Float(_)
                        ) {
                            let span = node.span;
                            let line = self.src.line(span.start.line).unwrap_or("");
                            let is_placeholder = line.contains("{{");
                            *placeholder |= is_placeholder;
                            // `key: {{ name }}` in a registry template is valid YAML (a
                            // mapping keyed by a mapping) and is filled in before the CLI
                            // parses it: an unknown value, not a problem of the file. Any
                            // other mapping or list as a key is valid YAML too, which js-yaml
                            // turns into text (`{ { x } }` is `{"[object Object]": null}`);
                            // only a list inside a list key stops it.
                            if !is_placeholder && has_nested_list(&node) {
                                self.error(sy001_yaml_syntax::complex_key(span));
                            }
                        }
                        *pending_key = Some((node, is_merge_key));
                    }
                    Some((key, true)) => {
                        let _ = key;
                        merges.push(node);
                    }
                    Some((key, false)) => {
                        let text = key_text(&key);
                        let dup = keys.find(entries, &text);
                        if dup.is_some() && self.diags.len() > limits::MAX_FINDINGS_PER_FILE {
                            self.unshown.add(Code::SY002);
                            return;
                        }
                        if let Some(first) = dup.and_then(|i| entries.get(i)) {
                            let first_span = first.key_span;
                            self.error(sy002_duplicate_key::duplicate_key(
                                key.span,
                                format!(
                                    "{}/{}",
                                    pointer_of(outer),
                                    super::escape_pointer_token(&text)
                                ),
                                &text,
                                first_span,
                            ));
                            return;
                        }
                        keys.add(entries, &text);
                        entries.push(Entry {
                            key: text,
                            key_span: key.span,
                            value: node,
                        });
                    }
                }
            }
        }
    }
}

/// The JSON Pointer of the collection being read below `outer` (the frames that hold it):
/// per level, the index a sequence is at or the key a mapping waits a value for. Built only
/// for a finding, never per collection.
fn pointer_of(outer: &[Frame]) -> String {
    let mut out = String::new();
    for f in outer {
        match f {
            Frame::Seq { items, .. } => {
                out.push('/');
                out.push_str(&items.len().to_string());
            }
            Frame::Map { pending_key, .. } => {
                // A merge source or a complex key is not a place of its own in the document.
                if let Some((key, false)) = pending_key {
                    out.push('/');
                    out.push_str(&super::escape_pointer_token(&key_text(key)));
                }
            }
        }
    }
    out
}

/// The byte range of the first art-template control block (`{{if …}}`, `{{/each}}` …) of
/// `text`, at most a line long. One pass over the text.
fn control_block(text: &str) -> Option<(usize, usize)> {
    const KEYWORDS: [&str; 9] = [
        "if", "else", "/if", "each", "/each", "set", "include", "block", "/block",
    ];
    let (mut from, mut seen, mut line_start) = (0, 0, 0);
    while let Some(i) = text[from..].find("{{").map(|i| i + from) {
        from = i + 2;
        let rest = text[from..].trim_start_matches([' ', '\t']);
        let word_end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '/'))
            .unwrap_or(rest.len());
        if !KEYWORDS.contains(&&rest[..word_end]) {
            continue;
        }
        // In a comment line it is a mention, not a block.
        // (The line start moves forward only: one pass, whatever the file.)
        if let Some(n) = text[seen..i].rfind('\n') {
            line_start = seen + n + 1;
        }
        seen = i;
        if text[line_start..i].trim_start().starts_with('#') {
            continue;
        }
        let line_end = text[i..].find('\n').map_or(text.len(), |n| i + n);
        let end = text[i..line_end].find("}}").map_or(line_end, |e| i + e + 2);
        return Some((i, end));
    }
    None
}

/// The position after `text`, which starts at `start`.
fn end_of(start: Pos, text: &str) -> Pos {
    let byte = start.byte + text.len() as u32;
    match text.rfind('\n') {
        Some(nl) => Pos {
            line: start.line + text.matches('\n').count() as u32,
            col: text[nl + 1..].chars().count() as u32 + 1,
            byte,
        },
        None => Pos {
            line: start.line,
            col: start.col + text.chars().count() as u32,
            byte,
        },
    }
}

fn count_nodes(n: &Node) -> usize {
    1 + match &n.kind {
        Kind::Seq(items) => items.iter().map(count_nodes).sum(),
        Kind::Map(entries) => entries.iter().map(|e| count_nodes(&e.value) + 1).sum(),
        _ => 0,
    }
}
