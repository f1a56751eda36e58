//! Checks over the model: JSON-Schema validation of every FC resource and the
//! cross-field rules. Each family declares its codes in a `RULES` table.

pub mod registry;
pub mod rules;
pub mod schema;
pub mod structure;
pub mod syntax;

use crate::config::Config;
use crate::diag::Diagnostic;
use crate::model::Model;
use crate::source::SourceMap;

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
    pub fn enabled(&self, code: &str) -> bool {
        self.config.rules.enabled(code)
    }
}

/// A rule that did not run on one trigger or function because a fact is not known.
#[derive(Debug, Clone, PartialEq)]
pub struct MissingFact {
    /// Where the rule would have reported (the trigger or function).
    pub span: crate::source::Span,
    /// The rules that did not run.
    pub codes: Vec<&'static str>,
    /// The fact (`partitions`, `message_size`, `handler_time`).
    pub fact: &'static str,
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
