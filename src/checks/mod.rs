//! Checks over the model: JSON-Schema validation of every FC resource and the rules, one
//! file per rule under `rules/`. `registry` lists every rule's documentation.

pub mod registry;
pub mod rules;
pub mod schema;

use crate::codes::{Code, Fact};
use crate::config::Config;
use crate::diag::{Diagnostic, Text};
use crate::model::Model;
use crate::semantics::{self, FunctionSemantics, Site, TriggerSemantics};
use crate::source::{Node, SourceMap};

/// What a check can see.
pub struct Ctx<'a> {
    pub model: &'a Model<'a>,
    /// The platform semantics of the model, computed once per document: one entry per
    /// function of `model.functions`, in the same order. Rules read trigger and function
    /// facts here, never from the model's nodes.
    pub semantics: Vec<FunctionSemantics<'a, 'a>>,
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
            semantics: semantics::analyze(model, &config.inventory),
            sources,
            config,
            missing: std::cell::RefCell::new(Vec::new()),
            unshown: std::cell::RefCell::new(crate::diag::Unshown::default()),
        }
    }

    /// Every trigger with its function: `(function, trigger)` in the model's order.
    pub fn triggers(
        &self,
    ) -> impl Iterator<Item = (&FunctionSemantics<'a, 'a>, &TriggerSemantics<'a, 'a>)> {
        self.semantics
            .iter()
            .flat_map(|f| f.triggers.iter().map(move |t| (f, t)))
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
    schema::check_bounded(
        ctx.model,
        ctx.sources,
        &ctx.config.inventory,
        out,
        &mut ctx.unshown.borrow_mut(),
    );
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

/// A finding at the key of a setting (`maximumTasks:`), pointing at its value.
pub(crate) fn at_site(code: Code, site: Site<'_>, message: Text) -> Diagnostic {
    Diagnostic::new(code, site.key, site.node.pointer.clone(), message)
}
