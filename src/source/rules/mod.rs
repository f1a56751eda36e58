//! SY: the rules the parser reports, one file each (documentation, messages). The parser
//! (`parse.rs`) detects them and calls these constructors.

pub mod sy001_yaml_syntax;
pub mod sy002_duplicate_key;
pub mod sy003_yaml_too_complex;
pub mod sy004_multiple_documents;
pub mod sy005_unreadable_file;
pub mod sy006_too_many_findings;
pub mod sy007_registry_template_source;
