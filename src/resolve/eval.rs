//! Evaluating a `${…}` scalar: interpolation, memoised per path, cycles (VR002), look-ups of
//! `vars`, `this`, `resources` and the rest (VR001), within the expansion budgets (VR008). The
//! calls (`env()`, `file()`, …) are in [`super::calls`].

use super::*;

impl<'a> Resolver<'a> {
    /// `key` refers back to the value at `stack[pos]`: report the cycle (VR002), and the value
    /// is unknown.
    pub(super) fn cycle(&mut self, raw: &'a Node, s: &str, key: String, pos: usize) -> Node {
        self.cycles += 1;
        let chain: Vec<String> = self.stack[pos..]
            .iter()
            .chain(std::iter::once(&key))
            .map(|k| k.trim_start_matches('/').replace('/', "."))
            .collect();
        let chain = chain.join(" → ");
        self.report(vr002_reference_cycle::cycle(raw.span, s, &chain));
        let n = Self::unknown(raw, s.to_string());
        self.memo.insert(key, (n.clone(), 1, 0));
        n
    }

    /// The value already computed for `key`, if any: a copy, which costs what it copies (the
    /// budgets bound the whole document); unknown once they are spent.
    fn memoised(&mut self, raw: &'a Node, s: &str, key: &str) -> Option<Node> {
        let (n, size, bytes) = self.memo.get(key)?;
        let (n, size, bytes) = (n.clone(), *size, *bytes);
        if !self.spend(size, bytes, raw.span) {
            return Some(Self::unknown(raw, s.to_string()));
        }
        Some(n)
    }

    pub(super) fn eval_string(&mut self, raw: &'a Node, s: &str, path: &[String]) -> Node {
        let key = path_key(path);
        if let Some(n) = self.memoised(raw, s, &key) {
            return n;
        }
        if let Some(pos) = self.stack.iter().position(|k| *k == key) {
            return self.cycle(raw, s, key, pos);
        }
        self.stack.push(key.clone());
        let this = self.this_of(path);
        let parts = expr::split(s);
        let whole = parts.len() == 1;
        let mut text = String::new();
        let mut unknown = false;
        // A part came from the environment or an included file: so does the whole string.
        let mut sensitive = false;
        let mut single: Option<Node> = None;
        let mut origins = Vec::new();
        for part in &parts {
            let piece: std::borrow::Cow<'_, str> = match part {
                Part::Text(t) => std::borrow::Cow::Borrowed(t),
                Part::Expr(e) => {
                    let out = self.eval_text(e, raw, this.as_deref());
                    match out {
                        // A looked-up value that is itself unknown: keep its text.
                        Out::Val(
                            n @ Node {
                                kind: Kind::Unknown(_),
                                ..
                            },
                        ) if !whole => {
                            unknown = true;
                            sensitive |= n.contains_sensitive();
                            match n.kind {
                                Kind::Unknown(t) => std::borrow::Cow::Owned(t),
                                _ => std::borrow::Cow::Borrowed(""),
                            }
                        }
                        Out::Val(n) => {
                            if let Some(o) = definition_of(&n, raw.span) {
                                origins.push(o);
                            }
                            if whole {
                                single = Some(n);
                                continue;
                            }
                            sensitive |= n.contains_sensitive();
                            match js_string(&n) {
                                Some(t) => std::borrow::Cow::Owned(t),
                                None => {
                                    unknown = true;
                                    std::borrow::Cow::Owned(format!("${{{e}}}"))
                                }
                            }
                        }
                        Out::Unknown => {
                            unknown = true;
                            std::borrow::Cow::Owned(format!("${{{e}}}"))
                        }
                    }
                }
            };
            // Interpolation builds new text: it costs its bytes (string doubling stops here).
            if !self.spend(0, piece.len(), raw.span) {
                self.stack.pop();
                let n = Self::unknown(raw, s.to_string());
                self.memo.insert(key, (n.clone(), 1, 0));
                return n;
            }
            text.push_str(&piece);
        }
        self.stack.pop();
        let node = match single {
            Some(n) => relocate(n, raw.span),
            // The text of an unknown value is printed: never with a sensitive part in it.
            None if unknown && sensitive => {
                let mut n = Self::unknown(raw, s.to_string());
                n.mark_sensitive(s);
                n
            }
            None if unknown => Self::unknown(raw, text),
            None => {
                let mut n = Node {
                    kind: Kind::Str(text),
                    span: raw.span,
                    origin: match origins.as_slice() {
                        [one] => Some(Box::new(*one)),
                        _ => raw.origin.clone(),
                    },
                    pointer: String::new(),
                    shown: None,
                };
                if sensitive {
                    n.mark_sensitive(s);
                }
                n
            }
        };
        let (size, bytes) = cost(&node);
        self.memo.insert(key, (node.clone(), size, bytes));
        node
    }

    pub(super) fn eval(&mut self, e: &Expr, raw: &'a Node, this: Option<&str>, text: &str) -> Out {
        match e {
            // A call holding a quoted string is compiled as JavaScript, as written: an
            // unquoted argument is a JavaScript expression (`true`, an undefined variable …).
            Expr::Bare(s) if self.edition == Edition::V3 => match expr::bare_js(s) {
                expr::BareJs::Bool(b) => Out::Val(Node::new(Kind::Bool(b), raw.span)),
                expr::BareJs::Invalid => {
                    self.report(vr006_edition_1_variable_syntax::unquoted_argument(
                        raw.span, text, s,
                    ));
                    Out::Unknown
                }
                expr::BareJs::Nil | expr::BareJs::Undefined | expr::BareJs::NotANumber => {
                    Out::Unknown
                }
            },
            Expr::Str(s) | Expr::Bare(s) => Out::Val(Node::new(Kind::Str(s.clone()), raw.span)),
            Expr::Num(n) => Out::Val(Node::new(number_kind(*n), raw.span)),
            Expr::Path(tokens) => self.eval_path(tokens, raw, this, text),
            Expr::Call(name, args) => self.eval_call(name, args, raw, this, text),
        }
    }

    pub(super) fn eval_path(
        &mut self,
        t: &[String],
        raw: &'a Node,
        this: Option<&str>,
        text: &str,
    ) -> Out {
        let first = t[0].as_str();
        match (self.edition, first) {
            (_, "vars") => self.lookup(t.to_vec(), raw, text),
            (Edition::V1, "env" | "Env") if t.len() == 2 => {
                self.env_value(&t[1], None, raw, this, text)
            }
            (Edition::V3, "env") if t.len() == 2 => {
                let fix = vr006_edition_1_variable_syntax::fix_env_dot(
                    self.sources.get(raw.span.file),
                    raw.span,
                    text,
                    &t[1],
                );
                self.report(
                    vr006_edition_1_variable_syntax::env_dot(raw.span, text, &t[1]).with_fix(fix),
                );
                Out::Unknown
            }
            (_, "this") => {
                let Some(res) = this else { return Out::Unknown };
                match t.get(1).map(String::as_str) {
                    Some("name") if t.len() == 2 => {
                        Out::Val(Node::new(Kind::Str(res.to_string()), raw.span))
                    }
                    Some("props") => {
                        let section = match self.edition {
                            Edition::V3 => "resources",
                            Edition::V1 => "services",
                        };
                        let mut p = vec![section.to_string(), res.to_string()];
                        p.extend(t[1..].iter().cloned());
                        self.lookup(p, raw, text)
                    }
                    Some("access") if t.len() == 2 => {
                        let section = match self.edition {
                            Edition::V3 => "resources",
                            Edition::V1 => "services",
                        };
                        let own = self.merged.at(&[section, res, "access"]);
                        match own.or_else(|| self.merged.get("access")) {
                            Some(a) => {
                                let v = self.resolve_node(a, &[]);
                                Out::Val(v)
                            }
                            None => Out::Unknown,
                        }
                    }
                    _ => Out::Unknown,
                }
            }
            (Edition::V3, "resources") => {
                let Some(name) = t.get(1) else {
                    return Out::Unknown;
                };
                let exists = self
                    .merged
                    .get("resources")
                    .and_then(|r| r.get(name))
                    .is_some();
                if !exists {
                    return self.lookup(t[..2].to_vec(), raw, text);
                }
                if t.get(2).map(String::as_str) == Some("props") {
                    self.lookup(t.to_vec(), raw, text)
                } else {
                    // `.output.*` exists only after deploy.
                    Out::Unknown
                }
            }
            (Edition::V1, svc) => {
                let exists = self
                    .merged
                    .get("services")
                    .and_then(|s| s.get(svc))
                    .is_some();
                match (exists, t.get(1).map(String::as_str)) {
                    (true, Some("props")) => {
                        let mut p = vec!["services".to_string()];
                        p.extend(t.iter().cloned());
                        self.lookup(p, raw, text)
                    }
                    // `.output.*` exists only after deploy.
                    (true, _) => Out::Unknown,
                    // 1.x leaves what it does not know verbatim in the value.
                    (false, _) => Out::Val(Node::new(Kind::Str(format!("${{{text}}}")), raw.span)),
                }
            }
            // `components.<name>.output` exists only after deploy.
            (Edition::V3, "components") => Out::Unknown,
            (Edition::V3, _) => {
                self.report(vr001_unresolvable_reference::unknown_root(
                    raw.span, text, first,
                ));
                Out::Unknown
            }
        }
    }

    /// Find the value at `tokens` in the merged document, resolving what lies on the way.
    pub(super) fn lookup(&mut self, tokens: Vec<String>, raw: &'a Node, text: &str) -> Out {
        if let Some(n) = self.lookups.get(&tokens) {
            let n = n.clone();
            let (size, bytes) = cost(&n);
            if !self.spend(size, bytes, raw.span) {
                return Out::Unknown;
            }
            return Out::Val(n);
        }
        let mut cur: &'a Node = self.merged;
        for i in 0..tokens.len() {
            if let Kind::Str(s) = &cur.kind {
                if expr::has_expr(s) {
                    self.copying += 1;
                    let resolved = self.resolve_node(cur, &tokens[..i]);
                    self.copying -= 1;
                    return self.navigate(resolved, &tokens, i, raw, text);
                }
            }
            let next = match &cur.kind {
                Kind::Map(_) | Kind::Seq(_) => self.child(cur, &tokens[i]),
                Kind::Unknown(_) => return Out::Unknown,
                _ => None,
            };
            match next {
                Some(n) => cur = n,
                None => return self.missing(&tokens, i, cur, raw, text),
            }
        }
        let cycles = self.cycles;
        self.copying += 1;
        let n = self.resolve_node(cur, &tokens);
        self.copying -= 1;
        if self.exhausted_at.is_none() && self.cycles == cycles {
            self.lookups.insert(tokens, n.clone());
        }
        Out::Val(n)
    }

    /// Continue a lookup inside an already resolved value.
    pub(super) fn navigate(
        &mut self,
        mut node: Node,
        tokens: &[String],
        from: usize,
        raw: &Node,
        text: &str,
    ) -> Out {
        for i in from..tokens.len() {
            let next = match node.kind {
                Kind::Map(entries) => entries
                    .into_iter()
                    .find(|e| e.key == tokens[i])
                    .map(|e| e.value),
                Kind::Seq(items) => tokens[i]
                    .parse::<usize>()
                    .ok()
                    .and_then(|k| items.into_iter().nth(k)),
                Kind::Unknown(_) => return Out::Unknown,
                _ => None,
            };
            match next {
                Some(n) => node = n,
                None => {
                    let container = Node::new(Kind::Null, raw.span);
                    return self.missing(tokens, i, &container, raw, text);
                }
            }
        }
        Out::Val(node)
    }

    pub(super) fn missing(
        &mut self,
        tokens: &[String],
        i: usize,
        container: &Node,
        raw: &Node,
        text: &str,
    ) -> Out {
        // Past the bound of a file the finding is counted, not written.
        if self.diags.len() > limits::MAX_FINDINGS_PER_FILE {
            let severity = match self.edition {
                Edition::V3 => Code::VR001.severity(),
                Edition::V1 => Code::VR001.edition1_severity(),
            };
            self.unshown.add_with(Code::VR001, severity, 1);
            return Out::Unknown;
        }
        let keys: Vec<&str> = container.entries().iter().map(|e| e.key.as_str()).collect();
        let within = (i > 0).then(|| dotted(&tokens[..i]));
        let defined_at =
            (container.is_map() && container.span != raw.span).then_some(container.span);
        let d = vr001_unresolvable_reference::missing_key(
            self.edition,
            raw.span,
            text,
            &tokens[i],
            &keys,
            within.as_deref().map(|w| (w, defined_at)),
        );
        self.push(d);
        Out::Unknown
    }
}
