//! The typed rule code and the one registry of rules. A leaf: it imports nothing else from
//! the crate, so every layer (source, resolve, checks, config, report) can name a rule.
//!
//! Every rule fclint reports is one line of the registry at the bottom: its code, its
//! kebab-case name, its default severity and the inventory facts it needs. The code is
//! written once, as an identifier: the code that reports a rule names `Code::EB001` and never
//! a string, so a mistyped code does not compile. Severity comes from this line only;
//! `fclint.toml` and the command line override it in the selection stage.
//!
//! Each rule's documentation, messages and check live in a file of their own, named after
//! the rule (`checks/rules/eventbridge/eb001_consumer_tasks_exceed_partitions.rs`), which
//! declares its documentation with [`declare_rule!`]; `checks::registry` lists those files.
//!
//! Adding a rule: one line here, one rule file (plus its `.zh.md`), its line in
//! `checks::registry`, and a failing and a passing fixture.

use serde::Serialize;

/// How bad a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s.to_ascii_lowercase().as_str() {
            "info" | "note" => Some(Severity::Info),
            "warning" | "warn" => Some(Severity::Warning),
            "error" | "deny" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// A fact about the deployed world that s.yaml does not hold; given in `fclint.toml` or on the
/// command line. A rule that needs one does not run where it is unknown (`--verbose` says so).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Fact {
    /// The partition count of a Kafka topic.
    Partitions,
    /// The (typical and largest) message size of a topic or queue.
    MessageSize,
    /// The handler time of a function, per message and per batch.
    HandlerTime,
}

impl Fact {
    /// The name users write: `partitions`, `message_size`, `handler_time`.
    pub fn as_str(self) -> &'static str {
        match self {
            Fact::Partitions => "partitions",
            Fact::MessageSize => "message_size",
            Fact::HandlerTime => "handler_time",
        }
    }
}

impl std::fmt::Display for Fact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

impl Serialize for Fact {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Declares [`Code`] from the registry lines: `CODE "name" Severity [Facts…] (edition1 Severity)?;`
macro_rules! registry {
    ($($code:ident $name:literal $severity:ident [$($fact:ident),*] $(edition1 $ed1:ident)?;)+) => {
        /// A rule code: family prefix and number (`EB001`). Variants are in code order, so
        /// ordering codes orders them as text.
        #[allow(clippy::upper_case_acronyms)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($code,)+
        }

        impl Code {
            /// Every rule, in code order.
            pub const ALL: &'static [Code] = &[$(Code::$code,)+];

            /// The code as text: `EB001`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Code::$code => stringify!($code),)+
                }
            }

            /// The stable kebab-case name: `consumer-tasks-exceed-partitions`.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Code::$code => $name,)+
                }
            }

            /// The default severity.
            pub const fn severity(self) -> Severity {
                match self {
                    $(Code::$code => Severity::$severity,)+
                }
            }

            /// The severity in an edition 1 file, where it differs from the default (VR001:
            /// Serverless Devs 1.x deploys an unresolved reference as text instead of stopping).
            pub const fn edition1_severity(self) -> Severity {
                match self {
                    $(Code::$code => registry!(@ed1 $severity $($ed1)?),)+
                }
            }

            /// The inventory facts the rule needs; empty when s.yaml is enough.
            pub const fn needs(self) -> &'static [Fact] {
                match self {
                    $(Code::$code => &[$(Fact::$fact),*],)+
                }
            }
        }
    };
    (@ed1 $severity:ident) => { Severity::$severity };
    (@ed1 $severity:ident $ed1:ident) => { Severity::$ed1 };
}

impl Code {
    /// The family: the letters before the number (`EB`).
    pub fn family(self) -> &'static str {
        let s = self.as_str();
        let end = s.find(|c: char| c.is_ascii_digit()).unwrap_or(s.len());
        &s[..end]
    }

    /// The rule named by its code or its name, case-insensitively (`eb001`, `EB001`,
    /// `consumer-tasks-exceed-partitions`).
    pub fn parse(code_or_name: &str) -> Option<Code> {
        let s = code_or_name.trim();
        Code::ALL
            .iter()
            .copied()
            .find(|c| c.as_str().eq_ignore_ascii_case(s) || c.name().eq_ignore_ascii_case(s))
    }

    /// The rule a mistyped code or name most likely means (`EB0O6` → EB006,
    /// `consumer-tasks-exceed` → EB001), as `--select` suggests it.
    pub fn closest(typed: &str) -> Option<Code> {
        let s = typed.trim();
        let pick =
            crate::text::did_you_mean(s, Code::ALL.iter().flat_map(|c| [c.as_str(), c.name()]))?;
        Code::parse(pick)
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A rule's documentation, as its own file declares it with [`declare_rule!`].
#[derive(Debug)]
pub struct RuleDoc {
    pub code: Code,
    /// One line: what it finds.
    pub summary: &'static str,
    pub summary_zh: &'static str,
    /// Markdown: what it checks, why it matters (with a source link), a failing and a fixed
    /// example. Numbers from `limits.rs` are written as `{limits::NAME}` and filled in when the
    /// documentation is shown (`checks::registry`).
    pub doc: &'static str,
    pub doc_zh: &'static str,
    /// The file that declares it (`file!()`), named after the rule.
    pub file: &'static str,
    /// Whether its findings can carry an automatic fix, and of which kind.
    pub fix: Option<Applicability>,
}

/// Whether a fix keeps what deploys (ruff's definitions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Applicability {
    /// Keeps what the author evidently meant and changes nothing else that deploys.
    Safe,
    /// May change what deploys: applied only with `--unsafe-fixes`.
    Unsafe,
}

impl Applicability {
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
        }
    }
}

/// Declares a rule's documentation in the rule's own file, as `pub static DOC`: the English
/// documentation is the doc comment (rustc keeps the space after `///`, which the registry
/// strips when it shows the text), the Chinese one a sibling `<file>.zh.md`.
///
/// ```text
/// declare_rule! {
///     /// ## What it checks
///     /// …
///     EB001,
///     summary: "Kafka `maximumTasks` is larger than the topic's partition count",
///     summary_zh: "Kafka 的 `maximumTasks` 大于 topic 分区数",
///     doc_zh: include_str!("eb001_consumer_tasks_exceed_partitions.zh.md"),
/// }
/// ```
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])+
        $code:ident,
        summary: $summary:literal,
        summary_zh: $summary_zh:literal,
        doc_zh: $doc_zh:expr
        $(, fix: $fix:ident)? $(,)?
    ) => {
        $(#[doc = $doc])+
        pub static DOC: $crate::codes::RuleDoc = $crate::codes::RuleDoc {
            code: $crate::codes::Code::$code,
            summary: $summary,
            summary_zh: $summary_zh,
            doc: concat!($($doc, "\n"),+),
            doc_zh: $doc_zh,
            file: file!(),
            fix: $crate::codes::fix_kind!($($fix)?),
        };
    };
}
pub(crate) use declare_rule;

/// `fix: Safe` / `fix: Unsafe` of [`declare_rule!`], or no fix.
macro_rules! fix_kind {
    () => {
        None
    };
    ($fix:ident) => {
        Some($crate::codes::Applicability::$fix)
    };
}
pub(crate) use fix_kind;

registry! {
    AS001 "invalid-async-destination"            Error   [];
    AS002 "async-destination-self"               Warning [];
    AS003 "async-event-age-above-api-max"        Warning [];
    CP001 "region-instance-quota"                Warning [];
    EB001 "consumer-tasks-exceed-partitions"     Warning [Partitions];
    EB002 "consumer-tasks-below-partitions"      Info    [Partitions];
    EB003 "kafka-only-option"                    Warning [];
    EB004 "delivery-concurrency-below-consumers" Warning [];
    EB005 "concurrency-with-async"               Warning [];
    EB006 "dlq-without-errors-tolerance-all"     Error   [];
    EB007 "errors-tolerance-none-blocks"         Warning [];
    EB008 "errors-tolerance-all-without-dlq"     Info    [];
    EB009 "batch-split-by-body-limit"            Warning [MessageSize];
    EB010 "message-exceeds-body-limit"           Error   [MessageSize];
    EB011 "time-window-zero-with-batch"          Warning [];
    EB012 "event-driven-not-supported"           Error   [];
    EB013 "run-options-ignored-event-driven"     Warning [];
    EB014 "kafka-public-network-incomplete"      Error   [];
    EB015 "rocketmq-timestamp-missing"           Error   [];
    EB016 "errors-tolerance-none-async"          Info    [];
    EB017 "source-in-other-region"               Error   [];
    EB018 "invalid-dead-letter-queue"            Error   [];
    EB019 "run-options-on-default-source"        Warning [];
    EB020 "rocketmq-null-tag"                    Info    [];
    EB021 "missing-filter-pattern"               Warning [];
    FN001 "missing-code-or-handler"              Error   [];
    FN002 "cpu-step"                             Error   [];
    FN003 "cpu-memory-ratio"                     Error   [];
    FN004 "memory-outside-edition-1-list"        Info    [];
    FN005 "edition-1-default-runtime"            Warning [];
    FN101 "timeout-exceeds-delivery-timeout"     Warning [];
    FN102 "batch-exceeds-timeout"                Error   [HandlerTime];
    LD001 "missing-edition"                      Warning [];
    LD002 "skipped-component"                    Info    [];
    LD003 "component-by-shape"                   Info    [];
    LD004 "services-in-edition-3"                Error   [];
    LD005 "no-functions"                         Info    [];
    LD006 "not-an-s-yaml"                        Error   [];
    LD007 "edition-1-layout-in-edition-3"        Error   [];
    SC001 "invalid-type"                         Error   [];
    SC002 "missing-required-key"                 Error   [];
    SC003 "unknown-key"                          Warning [];
    SC004 "invalid-value"                        Error   [];
    SC005 "out-of-range"                         Error   [];
    SC006 "not-a-multiple"                       Error   [];
    SC007 "invalid-format"                       Error   [];
    SC008 "number-as-string"                     Warning [];
    SC009 "unlisted-value"                       Warning [];
    SC010 "env-value-not-string"                 Warning [] edition1 Info;
    SC011 "region-from-command-line"             Warning [];
    SP001 "unused-suppression"                   Info    [];
    SP002 "malformed-suppression"                Warning [];
    SY001 "yaml-syntax"                          Error   [];
    SY002 "duplicate-key"                        Error   [];
    SY003 "yaml-too-complex"                     Error   [];
    SY004 "multiple-documents"                   Warning [];
    SY005 "unreadable-file"                      Error   [];
    SY006 "too-many-findings"                    Error   [];
    SY007 "registry-template-source"             Info    [];
    TC001 "ckafka-max-msg-num-out-of-range"      Error   [];
    TC002 "ckafka-timeout-out-of-range"          Error   [];
    TC003 "ckafka-invalid-offset"                Error   [];
    TC004 "ckafka-offset-timestamp-word"         Warning [];
    TC005 "ckafka-invalid-retry"                 Error   [];
    TC006 "trigger-created-closed"               Warning [];
    TC007 "v1-trigger-name-mismatch"             Error   [];
    TC008 "unknown-trigger-type"                 Error   [];
    TC009 "scf-unknown-key"                      Warning [];
    TC010 "missing-trigger-parameter"            Error   [];
    TC011 "too-many-triggers-of-one-type"        Error   [];
    TC012 "scf-invalid-setting"                  Error   [];
    TC101 "ckafka-batch-split-at-event-limit"    Warning [MessageSize];
    TC102 "ckafka-message-above-event-limit"     Warning [MessageSize];
    TC103 "ckafka-batch-exceeds-function-timeout" Error   [HandlerTime];
    TC104 "multi-scf-unknown-function"           Error   [];
    TC105 "scf-region-concurrency-quota"         Warning [Partitions];
    TR001 "invalid-cron"                         Error   [];
    TR002 "oss-filter-key-casing"                Error   [];
    TR003 "source-parameters-mismatch"           Error   [];
    TR101 "duplicate-trigger-name"               Error   [];
    TR102 "shared-eventbridge-source-arn"        Warning [];
    VR001 "unresolvable-reference"               Error   [] edition1 Warning;
    VR002 "reference-cycle"                      Error   [];
    VR003 "missing-file"                         Error   [];
    VR004 "extend-cycle"                         Error   [];
    VR005 "unknown-template"                     Error   [];
    VR006 "edition-1-variable-syntax"            Error   [];
    VR007 "unparsable-included-file"             Error   [];
    VR008 "variable-expansion-too-large"         Error   [];
    VR009 "read-outside-project-root"            Error   [];
    VR010 "missing-extend-base"                  Warning [];
    VR011 "unquoted-env-argument"                Warning [];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_in_order_and_well_formed() {
        for w in Code::ALL.windows(2) {
            assert!(w[0].as_str() < w[1].as_str(), "{} before {}", w[0], w[1]);
            assert!(w[0] < w[1]);
        }
        for c in Code::ALL {
            let s = c.as_str();
            assert!(
                s.len() == 5
                    && s[..2].bytes().all(|b| b.is_ascii_uppercase())
                    && s[2..].bytes().all(|b| b.is_ascii_digit()),
                "{s}"
            );
            assert_eq!(c.family(), &s[..2]);
            let n = c.name();
            assert!(
                !n.is_empty()
                    && n.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{s}: {n}"
            );
        }
    }

    #[test]
    fn parse_takes_code_or_name_in_any_case() {
        assert_eq!(Code::parse(" EB001 "), Some(Code::EB001));
        assert_eq!(Code::parse("eb001"), Some(Code::EB001));
        assert_eq!(
            Code::parse("Consumer-Tasks-Exceed-Partitions"),
            Some(Code::EB001)
        );
        assert_eq!(Code::parse("EB999"), None);
        assert_eq!(Code::parse("EB"), None);
        for c in Code::ALL {
            assert_eq!(Code::parse(c.as_str()), Some(*c));
            assert_eq!(Code::parse(c.name()), Some(*c));
        }
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<&str> = Code::ALL.iter().map(|c| c.name()).collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n);
    }

    #[test]
    fn severities_and_facts_as_declared() {
        assert_eq!(Code::EB001.severity(), Severity::Warning);
        assert_eq!(Code::EB001.needs(), &[Fact::Partitions]);
        assert_eq!(Code::VR001.severity(), Severity::Error);
        assert_eq!(Code::VR001.edition1_severity(), Severity::Warning);
        assert_eq!(Code::EB006.edition1_severity(), Severity::Error);
        assert_eq!(Code::SY001.needs(), &[] as &[Fact]);
    }
}
