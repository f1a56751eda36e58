//! Which cloud a document deploys to.

use super::scf;
use crate::source::Node;

/// Which cloud a document deploys to: Alibaba Cloud FC (an s.yaml) or Tencent Cloud SCF (a
/// `serverless.yml` in one of its [`scf::ScfForm`]s).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Platform {
    #[default]
    Fc,
    Scf(scf::ScfForm),
}

impl Platform {
    /// What a document is, from its parsed (or resolved) root.
    pub fn of(root: &Node) -> Platform {
        match scf::form_of(root) {
            Some(form) => Platform::Scf(form),
            None => Platform::Fc,
        }
    }

    /// `fc` or `scf`, as the plan's JSON writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Fc => "fc",
            Platform::Scf(_) => "scf",
        }
    }
}
