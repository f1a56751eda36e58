//! The calls of `${…}`: `env()`, `file()`, `json()`, `path()`, `config()` and the rest, as the
//! Serverless Devs CLIs evaluate them.

use super::*;

impl<'a> Resolver<'a> {
    /// Evaluate the text between `${` and `}`: in edition 3 compiled first the way
    /// Serverless Devs 3.x compiles it ([`expr::devs_compile`]).
    pub(super) fn eval_text(&mut self, e: &str, raw: &'a Node, this: Option<&str>) -> Out {
        let compiled = match self.edition {
            Edition::V3 => expr::devs_compile(e),
            Edition::V1 => expr::Compiled::AsWritten,
        };
        let code = match compiled {
            expr::Compiled::AsWritten => std::borrow::Cow::Borrowed(e),
            expr::Compiled::Wrapped {
                name,
                inner,
                rest,
                rewritten,
            } => {
                let name = name.trim();
                // What the CLI stops with, when it does.
                let error = if inner.contains('\'') {
                    // `env(X, '')` → `env('X, '')')`.
                    Some("CompileError: missing ) after argument list".to_string())
                } else if name == "env" && (inner.contains(',') || inner.trim() != inner) {
                    // `env(X, 128)` → `env('X, 128')`: no variable has that name.
                    Some(format!("env('{inner}') not found"))
                } else if name == "json" && inner.contains('(') {
                    // `json(file(./a.json))` → `json('file(./a.json)')`: not JSON.
                    Some(format!("json('{inner}') parse error"))
                } else {
                    None
                };
                if let Some(error) = error {
                    let fix = vr006_edition_1_variable_syntax::fix_wrapped(
                        self.sources.get(raw.span.file),
                        raw.span,
                        e,
                        name,
                        inner,
                        rest,
                    );
                    self.report(
                        vr006_edition_1_variable_syntax::wrapped_arguments(
                            raw.span, e, &rewritten, &error,
                        )
                        .with_fix(fix),
                    );
                    return Out::Unknown;
                }
                std::borrow::Cow::Owned(rewritten)
            }
        };
        match expr::parse(&code) {
            Some(x) => self.eval(&x, raw, this, e),
            None => Out::Unknown,
        }
    }

    pub(super) fn env_value(
        &mut self,
        name: &str,
        default: Option<&Expr>,
        raw: &'a Node,
        this: Option<&str>,
        text: &str,
    ) -> Out {
        let found = self
            .opts
            .env
            .get(name)
            .map(|v| (v.clone(), None))
            .or_else(|| {
                if self.opts.use_process_env {
                    std::env::var(name).ok().map(|v| (v, None))
                } else {
                    None
                }
            });
        let found = found.or_else(|| self.dotenv.get(name).map(|(v, s)| (v.clone(), Some(*s))));
        match (found, default) {
            (Some((value, origin)), _) => {
                if !self.spend(0, value.len(), raw.span) {
                    return Out::Unknown;
                }
                // Whatever its name, a value from the environment is never shown.
                crate::inert::remember_secret(&value);
                let mut n = Node::new(Kind::Str(value), raw.span);
                n.origin = origin.map(Box::new);
                n.mark_sensitive(&format!("${{{text}}}"));
                Out::Val(n)
            }
            (None, Some(d)) => self.eval(d, raw, this, text),
            // Set at deploy time, perhaps: unknown, not wrong.
            (None, None) => Out::Unknown,
        }
    }

    /// Edition 3 `env(name, default)` compiled as JavaScript, as written (the call holds a
    /// quoted string; see [`expr::devs_compile`]): an unquoted argument is a JavaScript
    /// expression, not text.
    fn env_call_v3(&mut self, args: &[Expr], raw: &'a Node, this: Option<&str>, text: &str) -> Out {
        let Some(first) = args.first() else {
            return Out::Unknown;
        };
        let default = args.get(1);
        if let Expr::Bare(b) = first {
            if expr::bare_js(b) == expr::BareJs::Invalid {
                return self.eval(first, raw, this, text);
            }
            // `env(NAME, 'd')`: `NAME` is an undefined variable, so the default is taken.
            self.report(vr011_unquoted_env_argument::name_unquoted(
                raw.span, text, b,
            ));
            return match default {
                Some(d) => self.eval(d, raw, this, text),
                None => Out::Unknown,
            };
        }
        let Some((var, sensitive)) = self.arg_string(first, raw, this, text) else {
            return Out::Unknown;
        };
        let Some(Expr::Bare(b)) = default else {
            return self.env_value(&var, default, raw, this, text);
        };
        // A name taken from the environment is never shown, not even in a warning.
        if sensitive {
            return self.env_value(&var, default, raw, this, text);
        };
        match expr::bare_js(b) {
            expr::BareJs::Bool(_) => self.env_value(&var, default, raw, this, text),
            expr::BareJs::Nil => self.env_value(&var, None, raw, this, text),
            expr::BareJs::Undefined => {
                self.report(vr011_unquoted_env_argument::default_undefined(
                    raw.span, text, &var, b,
                ));
                self.env_value(&var, None, raw, this, text)
            }
            expr::BareJs::NotANumber => {
                self.report(vr011_unquoted_env_argument::default_not_a_number(
                    raw.span, text, &var, b,
                ));
                // Unset, the value is `NaN`, written as null: not a value to check.
                self.env_value(&var, None, raw, this, text)
            }
            expr::BareJs::Invalid => self.eval(default.unwrap_or(first), raw, this, text),
        }
    }

    /// The string value of a call argument, and whether it is sensitive.
    pub(super) fn arg_string(
        &mut self,
        e: &Expr,
        raw: &'a Node,
        this: Option<&str>,
        text: &str,
    ) -> Option<(String, bool)> {
        match self.eval(e, raw, this, text) {
            Out::Val(n) => {
                let sensitive = n.contains_sensitive();
                match n.kind {
                    Kind::Str(s) => Some(s),
                    _ => js_string(&n),
                }
                .map(|s| (s, sensitive))
            }
            Out::Unknown => None,
        }
    }

    pub(super) fn eval_call(
        &mut self,
        name: &str,
        args: &[Expr],
        raw: &'a Node,
        this: Option<&str>,
        text: &str,
    ) -> Out {
        match name {
            "env" | "Env" if self.edition == Edition::V3 => self.env_call_v3(args, raw, this, text),
            "env" | "Env" => {
                let Some((var, _)) = args
                    .first()
                    .and_then(|a| self.arg_string(a, raw, this, text))
                else {
                    return Out::Unknown;
                };
                self.env_value(&var, args.get(1), raw, this, text)
            }
            "path" => {
                let Some((p, sensitive)) = args
                    .first()
                    .and_then(|a| self.arg_string(a, raw, this, text))
                else {
                    return Out::Unknown;
                };
                let mut abs = normalize(&self.dir.join(&p));
                // Node's `path.join` keeps a trailing separator: `path('../')` is `/a/`.
                if (p.ends_with('/') || p.ends_with('\\')) && abs.parent().is_some() {
                    abs.push("");
                }
                // The CLI fails on a path that does not exist, but a build step may create it.
                if abs.exists() {
                    let mut n = Node::new(Kind::Str(abs.to_string_lossy().into_owned()), raw.span);
                    if sensitive {
                        n.mark_sensitive(&format!("${{{text}}}"));
                    }
                    Out::Val(n)
                } else {
                    Out::Unknown
                }
            }
            "file" => {
                let Some(arg) = args
                    .first()
                    .and_then(|a| self.arg_string(a, raw, this, text))
                else {
                    return Out::Unknown;
                };
                match self.edition {
                    // 3.x `file()` gives the text; `json(file())` parses it.
                    Edition::V3 => self.read_file_text(&arg, raw, text),
                    // 1.x `file()` parses YAML or JSON.
                    Edition::V1 => self.read_file_parsed(&arg, raw, text, false),
                }
            }
            "json" => match args.first() {
                Some(Expr::Call(f, inner)) if f == "file" => {
                    let Some(arg) = inner
                        .first()
                        .and_then(|a| self.arg_string(a, raw, this, text))
                    else {
                        return Out::Unknown;
                    };
                    self.read_file_parsed(&arg, raw, text, true)
                }
                Some(a) => match self.eval(a, raw, this, text) {
                    Out::Val(
                        n @ Node {
                            kind: Kind::Str(_), ..
                        },
                    ) => {
                        let sensitive = n.is_sensitive();
                        let Kind::Str(s) = &n.kind else {
                            return Out::Unknown;
                        };
                        match serde_json::from_str::<serde_json::Value>(s) {
                            Ok(v) => {
                                let mut out = from_json(&v, raw.span);
                                if sensitive {
                                    out.mark_sensitive(&format!("${{{text}}}"));
                                }
                                let (size, bytes) = cost(&out);
                                if !self.spend(size, bytes, raw.span) {
                                    return Out::Unknown;
                                }
                                Out::Val(out)
                            }
                            Err(e) => {
                                self.bad_json(raw, text, &e.to_string());
                                Out::Unknown
                            }
                        }
                    }
                    Out::Val(n) => Out::Val(n),
                    Out::Unknown => Out::Unknown,
                },
                None => Out::Unknown,
            },
            // `config(...)` reads local credentials; `secret(...)` a secret store;
            // `regex(...)` only means something in action keys.
            _ => Out::Unknown,
        }
    }
}
