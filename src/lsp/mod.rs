//! `fclint lsp`: the language server over stdio.
//!
//! It has no logic of its own. Diagnostics are exactly `fclint check`'s for the unsaved buffer
//! ([`crate::check_buffer`]); hover and inlay numbers are `fclint plan`'s
//! ([`crate::plan::plan_document`], rendered with [`crate::plan::render`]); documentation comes
//! from the rule registry and the editor schema (`fclint schema`); code actions are the fixes
//! the rules attach to their findings, and "fix all" is `fclint check --fix`'s engine
//! ([`crate::fix::fix_text`]) run on the buffer.
//!
//! One thread answers every message in order. A change only marks its document dirty; the
//! check runs once no message is waiting (so a burst of keystrokes is checked once), or at once
//! when a request needs the document. Each request and each check runs under `catch_unwind`:
//! a panic is logged and answered with an error, and the server goes on.

mod actions;
mod analysis;
mod completion;
mod diagnostics;
mod documents;
mod fixes;
mod hover;
mod knobs;
mod navigate;
mod outline;
mod position;
mod schema_nav;
mod server;
mod uri;

pub use server::run;
