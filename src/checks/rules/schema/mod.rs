//! SC: what the JSON Schema of FC finds (types, required keys, unknown keys, enumerations,
//! ranges, steps, formats), one file per rule. `checks::schema` validates and hands each
//! error to the rule of its kind; SC009 is a check of its own.

pub mod sc001_invalid_type;
pub mod sc002_missing_required_key;
pub mod sc003_unknown_key;
pub mod sc004_invalid_value;
pub mod sc005_out_of_range;
pub mod sc006_not_a_multiple;
pub mod sc007_invalid_format;
pub mod sc008_number_as_string;
pub mod sc009_unlisted_value;
pub mod sc010_env_value_not_string;
pub mod sc011_region_from_command_line;
