//! VR: the rules the resolver reports, one file each (documentation, messages). The
//! resolver (`mod.rs`, `merge.rs`) detects them and calls these constructors.

pub mod vr001_unresolvable_reference;
pub mod vr002_reference_cycle;
pub mod vr003_missing_file;
pub mod vr004_extend_cycle;
pub mod vr005_unknown_template;
pub mod vr006_edition_1_variable_syntax;
pub mod vr007_unparsable_included_file;
pub mod vr008_variable_expansion_too_large;
pub mod vr009_read_outside_project_root;
pub mod vr010_missing_extend_base;
pub mod vr011_unquoted_env_argument;
