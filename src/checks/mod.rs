//! Checks over the model: JSON-Schema validation of every FC resource and the rules, one
//! file per rule under `rules/`. `registry` lists every rule's documentation.

pub mod registry;
pub mod rules;
pub mod schema;

use crate::codes::{Code, Fact};
use crate::config::Config;
use crate::diag::{Diagnostic, Text};
use crate::model::Model;
use crate::source::{Node, SourceMap};

/// What a check can see.
pub struct Ctx<'a> {
    pub model: &'a Model<'a>,
    pub sources: &'a SourceMap,
    pub config: &'a Config,
    /// Rules that did not run for want of an inventory fact (reported by `--verbose`).
    pub missing: std::cell::RefCell<Vec<MissingFact>>,
    /// Findings past the bound of a file, counted instead of built.
    pub unshown: std::cell::RefCell<crate::diag::Unshown>,
}

impl<'a> Ctx<'a> {
    pub fn new(model: &'a Model<'a>, sources: &'a SourceMap, config: &'a Config) -> Ctx<'a> {
        Ctx {
            model,
            sources,
            config,
            missing: std::cell::RefCell::new(Vec::new()),
            unshown: std::cell::RefCell::new(crate::diag::Unshown::default()),
        }
    }

    /// Is this rule selected? Rules check this before doing any work.
    pub fn enabled(&self, code: Code) -> bool {
        self.config.rules.enabled(code)
    }
}

/// A rule that did not run on one trigger or function because a fact is not known.
#[derive(Debug, Clone, PartialEq)]
pub struct MissingFact {
    /// Where the rule would have reported (the trigger or function).
    pub span: crate::source::Span,
    /// The rules that did not run.
    pub codes: Vec<Code>,
    /// The fact that is not known.
    pub fact: Fact,
    /// What it is about: `topic `orders``, `function `orders``.
    pub subject: String,
    /// How to provide it.
    pub how: crate::diag::Text,
}

/// Run the schema checks and all rules over one model.
pub fn run(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    schema::check_bounded(ctx.model, out, &mut ctx.unshown.borrow_mut());
    rules::run(ctx, out);
}

/// A finding at a node (its value), with a note where a `${…}` value was defined.
pub(crate) fn at(code: Code, node: &Node, message: Text) -> Diagnostic {
    let mut d = Diagnostic::new(code, node.span, node.pointer.clone(), message);
    if let Some(n) = crate::resolve::origin_note(node) {
        d.notes.push(n);
    }
    d
}

/// A finding at the key `key` of the mapping `map`; `None` when the key is absent.
pub(crate) fn at_key(code: Code, map: &Node, key: &str, message: Text) -> Option<Diagnostic> {
    let e = map.entry(key)?;
    Some(Diagnostic::new(
        code,
        e.key_span,
        e.value.pointer.clone(),
        message,
    ))
}
