//! Function and trigger checks a JSON Schema cannot express, run with the schema validation
//! of each function: what a runtime needs, the cpu step and cpu:memory ratio, soft enums,
//! cron syntax, OSS filter casing and the source-parameter block of EventBridge triggers.
//! Each is a rule in a file of its own; this is the order they report in.

use super::typos::Typo;
use crate::checks::rules::schema::{sc009_unlisted_value, sc011_region_from_command_line};
use crate::checks::rules::{function, triggers};
use crate::diag::Diagnostic;
use crate::model::Function;
use crate::source::SourceMap;

pub fn check_function(
    f: &Function<'_>,
    sources: &SourceMap,
    typos: &[Typo],
    out: &mut Vec<Diagnostic>,
) {
    function::fn005_edition_1_default_runtime::check(f, out);
    function::fn001_missing_code_or_handler::check(f, typos, out);
    function::fn002_cpu_step::check(f, out);
    function::fn003_cpu_memory_ratio::check(f, out);
    sc009_unlisted_value::check(f, out);
    sc011_region_from_command_line::check(f, out);
    function::fn004_memory_outside_edition_1_list::check(f, out);
    for t in &f.triggers {
        triggers::check_one(f, t, sources, out);
    }
}
