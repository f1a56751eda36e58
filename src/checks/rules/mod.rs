//! Cross-field rules, one file per family.

use super::registry::RuleMeta;
use super::Ctx;
use crate::diag::Diagnostic;

/// Every rule family's declarations.
pub static RULES: &[&[RuleMeta]] = &[];

/// Run every rule family.
pub fn run(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let _ = (ctx, out);
}
