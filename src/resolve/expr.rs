//! The expression language inside `${…}`: what Serverless Devs evaluates offline.
//!
//! Both CLIs find expressions with a non-greedy `${(.*?)}` (1.x: `core` `parse.ts`; 3.x:
//! the toolkit's art-template rule), so an expression ends at the first `}`. Inside, we
//! understand member paths (`vars.a.b`, `this.props.x`, `resources.r.props.x`,
//! `env.X`, `vars['k']`, `list[0]`) and calls (`env('X', 'default')`, `env(X)`,
//! `file('./f')`, `json(file('./f'))`, `path('..')`, `config('AccountID')`, …).
//! Anything else (operators, ternaries, method calls) is not supported offline and
//! the value becomes unknown.

/// A parsed expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// `vars.a.b`, `this.props['x']`, `list[0]`.
    Path(Vec<String>),
    /// `name(arg, …)`.
    Call(String, Vec<Expr>),
    /// `'text'` or `"text"`.
    Str(String),
    /// An unquoted call argument: `env(NAME)`, `config(AccountID)`, `file(./p)`.
    Bare(String),
    /// A number literal argument: `env('MEM', 512)`.
    Num(f64),
}

/// One piece of a scalar string: literal text or an expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Part<'a> {
    Text(&'a str),
    /// The expression text between `${` and `}` (untrimmed).
    Expr(&'a str),
}

/// Split a scalar into text and `${…}` pieces. An unterminated `${` is text.
pub fn split(s: &str) -> Vec<Part<'_>> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find("${") {
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else { break };
        if start > 0 {
            out.push(Part::Text(&rest[..start]));
        }
        out.push(Part::Expr(&after[..end]));
        rest = &after[end + 1..];
    }
    if !rest.is_empty() {
        out.push(Part::Text(rest));
    }
    out
}

/// Does this scalar hold at least one complete `${…}`?
pub fn has_expr(s: &str) -> bool {
    split(s).iter().any(|p| matches!(p, Part::Expr(_)))
}

/// Is `s` a plain identifier (what JavaScript reads as a variable name)?
pub fn is_identifier(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty() && ident_start(b[0]) && b.iter().all(|&c| ident_start(c) || c.is_ascii_digit())
}

/// How Serverless Devs 3.x compiles the text of one `${…}`: `getCode` in
/// `@serverless-devs/art-template` (`lib/compile/compiler.js`, 4.13.16-beta.39). A call
/// (`f(…)`) that holds no non-empty quoted string has its whole argument list wrapped in one
/// pair of quotes, `code.replace(/\((.+)\)/, "('$1')")`: `path(../dist/)` becomes
/// `path('../dist/')`, and `env(X, 128)` becomes `env('X, 128')`. Anything else is compiled
/// as JavaScript, as written.
#[derive(Debug, Clone, PartialEq)]
pub enum Compiled<'a> {
    /// Compiled as written.
    AsWritten,
    /// `name(inner)` with nothing quoted, compiled as `rewritten` (`name('inner')`).
    Wrapped {
        name: &'a str,
        inner: &'a str,
        /// Text after the last `)`.
        rest: &'a str,
        rewritten: String,
    },
}

/// [`Compiled`] for the text between `${` and `}`.
pub fn devs_compile(code: &str) -> Compiled<'_> {
    // The CLI's regular expressions work line by line (`.` is no line break); a multi-line
    // expression is left to the parser.
    if code.contains(['\n', '\r']) {
        return Compiled::AsWritten;
    }
    // `/\'(.+)\'/` or `/\"(.+)\"/`: two quotes with something between them.
    let quoted = |q: char| match (code.find(q), code.rfind(q)) {
        (Some(a), Some(b)) => b > a + 1,
        _ => false,
    };
    if quoted('\'') || quoted('"') {
        return Compiled::AsWritten;
    }
    // `/\((.+)\)/`: from the first `(` to the last `)`, with something between.
    let (Some(open), Some(close)) = (code.find('('), code.rfind(')')) else {
        return Compiled::AsWritten;
    };
    if close <= open + 1 {
        return Compiled::AsWritten;
    }
    let (name, inner, rest) = (&code[..open], &code[open + 1..close], &code[close + 1..]);
    Compiled::Wrapped {
        name,
        inner,
        rest,
        rewritten: format!("{name}('{inner}'){rest}"),
    }
}

/// What JavaScript makes of an unquoted argument in a call that is compiled as written.
#[derive(Debug, Clone, PartialEq)]
pub enum BareJs {
    /// `true`, `false`.
    Bool(bool),
    /// `null`, `undefined`: no value.
    Nil,
    /// A plain name: a variable the template does not define, so `undefined`.
    Undefined,
    /// Names joined by `-` (`cn-hangzhou`): a subtraction of undefined variables, `NaN`.
    NotANumber,
    /// Anything else (`../a`): not valid JavaScript there; the CLI stops with a CompileError.
    Invalid,
}

/// [`BareJs`] for an unquoted argument (numbers are [`Expr::Num`]).
pub fn bare_js(s: &str) -> BareJs {
    match s {
        "true" => BareJs::Bool(true),
        "false" => BareJs::Bool(false),
        "null" | "undefined" => BareJs::Nil,
        _ if is_js_name(s) => BareJs::Undefined,
        _ if s.split('-').all(is_js_name) => BareJs::NotANumber,
        _ => BareJs::Invalid,
    }
}

/// A JavaScript identifier (ASCII letters, digits, `_` and `$`; not starting with a digit).
fn is_js_name(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && !b[0].is_ascii_digit()
        && b.iter()
            .all(|&c| c.is_ascii_alphanumeric() || c == b'_' || c == b'$')
}

/// Parse the text between `${` and `}`. `None`: a form fclint does not evaluate.
pub fn parse(text: &str) -> Option<Expr> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
        src: text,
    };
    p.ws();
    let e = p.expr()?;
    p.ws();
    (p.i == p.s.len()).then_some(e)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    src: &'a str,
}

fn ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c >= 0x80
}

fn ident_char(c: u8) -> bool {
    ident_start(c) || c.is_ascii_digit() || c == b'-'
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while self.peek().is_some_and(|c| c == b' ' || c == b'\t') {
            self.i += 1;
        }
    }

    fn expr(&mut self) -> Option<Expr> {
        match self.peek()? {
            b'\'' | b'"' => self.string().map(Expr::Str),
            c if ident_start(c) => {
                let name = self.ident()?;
                self.ws();
                if self.peek() == Some(b'(') {
                    self.i += 1;
                    let args = self.args()?;
                    Some(Expr::Call(name, args))
                } else {
                    self.path(name)
                }
            }
            _ => None,
        }
    }

    fn ident(&mut self) -> Option<String> {
        let start = self.i;
        if !self.peek().is_some_and(ident_start) {
            return None;
        }
        while self.peek().is_some_and(ident_char) {
            self.i += 1;
        }
        self.src.get(start..self.i).map(str::to_string)
    }

    fn string(&mut self) -> Option<String> {
        let q = self.peek()?;
        self.i += 1;
        let mut out = String::new();
        loop {
            let c = self.peek()?;
            self.i += 1;
            if c == q {
                return Some(out);
            }
            if c == b'\\' {
                let n = self.peek()?;
                self.i += 1;
                out.push(match n {
                    b'n' => '\n',
                    b't' => '\t',
                    other => other as char,
                });
                continue;
            }
            // Multi-byte characters: copy the whole UTF-8 sequence.
            let start = self.i - 1;
            let mut end = self.i;
            while end < self.s.len() && !self.src.is_char_boundary(end) {
                end += 1;
            }
            out.push_str(self.src.get(start..end)?);
            self.i = end;
        }
    }

    fn path(&mut self, first: String) -> Option<Expr> {
        let mut tokens = vec![first];
        loop {
            match self.peek() {
                Some(b'.') => {
                    self.i += 1;
                    // `a.0` is how lodash-style paths index lists; accept digits too.
                    let start = self.i;
                    while self.peek().is_some_and(ident_char) {
                        self.i += 1;
                    }
                    if start == self.i {
                        return None;
                    }
                    tokens.push(self.src.get(start..self.i)?.to_string());
                }
                Some(b'[') => {
                    self.i += 1;
                    self.ws();
                    let tok = match self.peek()? {
                        b'\'' | b'"' => self.string()?,
                        c if c.is_ascii_digit() => {
                            let start = self.i;
                            while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                                self.i += 1;
                            }
                            self.src.get(start..self.i)?.to_string()
                        }
                        _ => return None,
                    };
                    self.ws();
                    if self.peek()? != b']' {
                        return None;
                    }
                    self.i += 1;
                    tokens.push(tok);
                }
                _ => return Some(Expr::Path(tokens)),
            }
        }
    }

    fn args(&mut self) -> Option<Vec<Expr>> {
        let mut args = Vec::new();
        self.ws();
        if self.peek()? == b')' {
            self.i += 1;
            return Some(args);
        }
        loop {
            self.ws();
            args.push(self.arg()?);
            self.ws();
            match self.peek()? {
                b',' => self.i += 1,
                b')' => {
                    self.i += 1;
                    return Some(args);
                }
                _ => return None,
            }
        }
    }

    fn arg(&mut self) -> Option<Expr> {
        let c = self.peek()?;
        if c == b'\'' || c == b'"' {
            return self.string().map(Expr::Str);
        }
        // A nested call (`path('..')`, `file('./a.json')`)?
        if ident_start(c) {
            let save = self.i;
            if let Some(name) = self.ident() {
                self.ws();
                if self.peek() == Some(b'(') {
                    self.i += 1;
                    return Some(Expr::Call(name, self.args()?));
                }
            }
            self.i = save;
        }
        // Otherwise the raw text up to `,` or `)`: `env(NAME)`, `file(./p)`, `512`.
        let start = self.i;
        let mut depth = 0usize;
        while let Some(c) = self.peek() {
            match c {
                b'(' => depth += 1,
                b')' if depth == 0 => break,
                b')' => depth -= 1,
                b',' if depth == 0 => break,
                _ => {}
            }
            self.i += 1;
        }
        let raw = self.src.get(start..self.i)?.trim();
        if raw.is_empty() {
            return None;
        }
        if let Ok(n) = raw.parse::<f64>() {
            if raw
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
            {
                return Some(Expr::Num(n));
            }
        }
        Some(Expr::Bare(raw.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(p: &[&str]) -> Expr {
        Expr::Path(p.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn splits_text_and_expressions() {
        assert_eq!(
            split("a-${vars.x}-${env('Y')}"),
            vec![
                Part::Text("a-"),
                Part::Expr("vars.x"),
                Part::Text("-"),
                Part::Expr("env('Y')")
            ]
        );
        assert_eq!(split("${x"), vec![Part::Text("${x")]);
        assert!(!has_expr("plain"));
        assert!(has_expr("${vars.a}"));
    }

    #[test]
    fn parses_paths_and_calls() {
        assert_eq!(parse("vars.a.b"), Some(path(&["vars", "a", "b"])));
        assert_eq!(parse(" vars.x "), Some(path(&["vars", "x"])));
        assert_eq!(parse("vars['a-b'][0]"), Some(path(&["vars", "a-b", "0"])));
        assert_eq!(
            parse("fc-svc.props.x"),
            Some(path(&["fc-svc", "props", "x"]))
        );
        assert_eq!(
            parse("env('X', 'd')"),
            Some(Expr::Call(
                "env".into(),
                vec![Expr::Str("X".into()), Expr::Str("d".into())]
            ))
        );
        assert_eq!(
            parse("env(NAME)"),
            Some(Expr::Call("env".into(), vec![Expr::Bare("NAME".into())]))
        );
        assert_eq!(
            parse("env('fc_component_version', path('../..'))"),
            Some(Expr::Call(
                "env".into(),
                vec![
                    Expr::Str("fc_component_version".into()),
                    Expr::Call("path".into(), vec![Expr::Str("../..".into())])
                ]
            ))
        );
        assert_eq!(
            parse("json(file('./a.json'))"),
            Some(Expr::Call(
                "json".into(),
                vec![Expr::Call(
                    "file".into(),
                    vec![Expr::Str("./a.json".into())]
                )]
            ))
        );
        assert_eq!(
            parse("file(./p.yaml)"),
            Some(Expr::Call(
                "file".into(),
                vec![Expr::Bare("./p.yaml".into())]
            ))
        );
        assert_eq!(
            parse("env('M', 512)"),
            Some(Expr::Call(
                "env".into(),
                vec![Expr::Str("M".into()), Expr::Num(512.0)]
            ))
        );
    }

    #[test]
    fn compiles_like_devs_compile() {
        assert_eq!(devs_compile("vars.a"), Compiled::AsWritten);
        assert_eq!(devs_compile("env('X', 128)"), Compiled::AsWritten);
        assert_eq!(devs_compile("env(A, 'x')"), Compiled::AsWritten);
        assert_eq!(devs_compile("config(\"AccountID\")"), Compiled::AsWritten);
        assert_eq!(devs_compile("env()"), Compiled::AsWritten);
        let w = |c| match devs_compile(c) {
            Compiled::Wrapped { rewritten, .. } => rewritten,
            Compiled::AsWritten => String::new(),
        };
        assert_eq!(w("path(../../dist/)"), "path('../../dist/')");
        assert_eq!(w("env(X, 128)"), "env('X, 128')");
        assert_eq!(w("env(X, '')"), "env('X, ''')");
        assert_eq!(w("json(file(./a.json))"), "json('file(./a.json)')");
        assert_eq!(w("env( X )"), "env(' X ')");
    }

    #[test]
    fn reads_bare_arguments_as_javascript() {
        assert_eq!(bare_js("true"), BareJs::Bool(true));
        assert_eq!(bare_js("undefined"), BareJs::Nil);
        assert_eq!(bare_js("foo"), BareJs::Undefined);
        assert_eq!(bare_js("cn-hangzhou"), BareJs::NotANumber);
        assert_eq!(bare_js("../a"), BareJs::Invalid);
        assert_eq!(bare_js("a-"), BareJs::Invalid);
    }

    #[test]
    fn rejects_what_it_cannot_evaluate() {
        assert_eq!(parse("vars.mem * 2"), None);
        assert_eq!(parse("a ? 'b' : 'c'"), None);
        assert_eq!(parse(""), None);
        assert_eq!(parse("vars."), None);
        assert_eq!(parse("'unterminated"), None);
    }
}
