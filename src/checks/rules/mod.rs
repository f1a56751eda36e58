//! The rules, one file per rule, grouped by family: `<family>/<code>_<name>.rs` holds the
//! rule's documentation (English as its doc comment, Chinese in the sibling `.zh.md`), its
//! messages and its check. A family's `mod.rs` walks the model and computes what several of
//! its rules share. The codes are declared in [`crate::codes`]; SY and VR rules live in the
//! layers that detect them (`source/rules`, `resolve/rules`).
//!
//! | Prefix | Family | Directory |
//! |---|---|---|
//! | `LD` | what the file is: edition, components | `structure/` |
//! | `SC` | the JSON Schema of FC (types, keys, enums, ranges) | `schema/` |
//! | `FN` | a function alone (`FN0xx`) and against its triggers (`FN1xx`) | `function/` |
//! | `TR` | a trigger alone (`TR0xx`) and across triggers (`TR1xx`) | `triggers/` |
//! | `EB` | EventBridge triggers (consumers, delivery, retries, batching, sources) | `eventbridge/` |
//! | `AS` | async invoke configuration | `async_config/` |
//! | `CP` | capacity and quota | `capacity/` |
//! | `SP` | inline suppressions (`# fclint-ignore`) | `suppress/` |
//! | `TC` | Tencent Cloud SCF `serverless.yml`: CKafka triggers (`TC0xx` as written, `TC1xx` against the inventory, the file or the region), other trigger types' keys | `scf/` |

pub mod async_config;
pub mod capacity;
pub mod eventbridge;
pub mod function;
pub mod scf;
pub mod schema;
pub mod structure;
pub mod suppress;
pub mod triggers;

use super::{Ctx, MissingFact};
use crate::codes::{Code, Fact};
use crate::diag::{Diagnostic, Text};
use crate::source::Span;

/// Run every rule family (suppressions are applied later, over all findings).
pub fn run(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    eventbridge::check(ctx, out);
    triggers::check(ctx, out);
    function::check(ctx, out);
    async_config::check(ctx, out);
    capacity::check(ctx, out);
}

/// Record rules that did not run for want of a fact (only the selected ones).
fn missing(ctx: &Ctx<'_>, span: Span, codes: &[Code], fact: Fact, subject: String, how: Text) {
    let codes: Vec<Code> = codes.iter().copied().filter(|c| ctx.enabled(*c)).collect();
    if codes.is_empty() {
        return;
    }
    ctx.missing.borrow_mut().push(MissingFact {
        span,
        codes,
        fact,
        subject,
        how,
    });
}
