//! The facts of one trigger: its type and source kind, and what each trigger family says
//! about where events come from.

use super::eventbridge::EventBridgeFacts;
use super::fact::{Fact, Site};
use super::source::SourceKind;
use crate::config::Inventory;
use crate::model::{Trigger, TriggerType};
use crate::source::{Node, Span};

/// What a trigger family says about its source, for triggers FC's services invoke
/// directly (EventBridge triggers have [`EventBridgeFacts`]).
#[derive(Debug, Clone)]
pub enum Family<'a> {
    /// `methods`, `authType`.
    Http {
        methods: Option<Site<'a>>,
        auth_type: Option<Site<'a>>,
    },
    /// `cronExpression`; `enable` (default true).
    Timer {
        cron: Option<Site<'a>>,
        enable: Fact<'a, bool>,
    },
    /// `events`, the key filter, and the bucket (`bucketName`, else `sourceArn`).
    Oss {
        events: Option<Site<'a>>,
        prefix: Option<Site<'a>>,
        suffix: Option<Site<'a>>,
        bucket: Option<Site<'a>>,
    },
    /// Any other trigger (EventBridge included: see [`TriggerFacts::eventbridge`]).
    Other,
}

/// The facts of one trigger.
#[derive(Debug, Clone)]
pub struct TriggerFacts<'a, 'i> {
    /// Position in `triggers`.
    pub index: usize,
    /// The trigger's node (its line, its JSON Pointer).
    pub node: &'a Node,
    /// The trigger name, else `triggers[i]`.
    pub label: String,
    /// `triggerName` (`name` in edition 1) as written.
    pub name: Option<Site<'a>>,
    /// `sourceArn` as written: the event rule or stream (EventBridge), the bucket (OSS).
    pub source_arn: Option<Site<'a>>,
    /// `triggerType` (`type` in edition 1).
    pub trigger_type: Fact<'a, TriggerType>,
    /// `triggerConfig` (`config` in edition 1) as written.
    pub config: Option<Site<'a>>,
    /// The source kind as one enum.
    pub kind: SourceKind,
    /// EventBridge facts, for an `eventbridge` trigger whose config is a mapping.
    pub eventbridge: Option<EventBridgeFacts<'a, 'i>>,
    pub family: Family<'a>,
}

impl<'a, 'i> TriggerFacts<'a, 'i> {
    pub fn read(t: &Trigger<'a>, inventory: &'i Inventory) -> TriggerFacts<'a, 'i> {
        let (k_name, k_type, k_config, _) = t.edition.trigger_keys();
        let source_arn = Site::of(t.node, "sourceArn");
        let trigger_type = Fact::read(Site::of(t.node, k_type), None, |n| {
            n.as_str().and_then(TriggerType::parse)
        });
        let eventbridge = t
            .eventbridge()
            .map(|eb| EventBridgeFacts::read(eb.config, inventory));
        let kind = SourceKind::of(
            trigger_type.known().copied(),
            eventbridge.as_ref().and_then(EventBridgeFacts::source),
        );
        let config = Site::of(t.node, k_config);
        let cfg = |path: &[&str]| Site::within(t.config, path);
        let family = match trigger_type.known() {
            Some(TriggerType::Http) => Family::Http {
                methods: cfg(&["methods"]),
                auth_type: cfg(&["authType"]),
            },
            Some(TriggerType::Timer) => Family::Timer {
                cron: cfg(&["cronExpression"]),
                enable: Fact::read(cfg(&["enable"]), Some(true), Node::as_bool),
            },
            Some(TriggerType::Oss) => Family::Oss {
                events: cfg(&["events"]),
                prefix: cfg(&["filter", "key", "prefix"]).or(cfg(&["filter", "Key", "Prefix"])),
                suffix: cfg(&["filter", "key", "suffix"]).or(cfg(&["filter", "Key", "Suffix"])),
                bucket: cfg(&["bucketName"]).or(source_arn),
            },
            _ => Family::Other,
        };
        TriggerFacts {
            index: t.index,
            node: t.node,
            label: t.label(),
            name: Site::of(t.node, k_name),
            source_arn,
            trigger_type,
            config,
            kind,
            eventbridge,
            family,
        }
    }

    /// Where findings about the whole trigger point: its name, else the trigger.
    pub fn span(&self) -> Span {
        self.name.map(|n| n.node.span).unwrap_or(self.node.span)
    }

    /// The trigger type as written (a string), for display.
    pub fn type_text(&self) -> Option<&'a str> {
        self.trigger_type.at.and_then(|s| s.text())
    }
}
