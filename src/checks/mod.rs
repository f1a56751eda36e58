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
}

/// Run the schema checks and all rules over one model.
pub fn run(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    schema::check(ctx.model, out);
    rules::run(ctx, out);
}
