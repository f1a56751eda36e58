//! One normalized model for edition 1 (`fc` / `devsapp/fc`) and edition 3 (`fc3`).
//!
//! The model borrows the resolved node tree: every field is the node as written, so
//! checks can report its exact location and JSON Pointer. Typed accessors return
//! `None` for absent, unknown or wrongly typed values (type errors are the schema
//! check's business). Tencent Cloud SCF `serverless.yml` files have their own model
//! ([`scf`]); [`Platform`] tells which a document is.

mod platform;
pub mod scf;
pub mod schema;
pub mod schema_docs;

pub use platform::Platform;

use crate::source::{FileId, Kind, Node};

/// Which Serverless Devs YAML edition a file uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Edition {
    /// `edition: 1.0.0` (anything but `3.0.0`), components `fc` / `devsapp/fc`.
    V1,
    /// `edition: 3.0.0`, component `fc3`.
    V3,
}

impl Edition {
    pub fn as_str(self) -> &'static str {
        match self {
            Edition::V1 => "1.0.0",
            Edition::V3 => "3.0.0",
        }
    }

    /// The key that holds components: `services` (1) or `resources` (3).
    pub fn section(self) -> &'static str {
        match self {
            Edition::V1 => "services",
            Edition::V3 => "resources",
        }
    }

    /// The keys of a trigger entry: `(name, type, config, role)`.
    pub fn trigger_keys(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            Edition::V3 => (
                "triggerName",
                "triggerType",
                "triggerConfig",
                "invocationRole",
            ),
            Edition::V1 => ("name", "type", "config", "role"),
        }
    }

    /// Where the async config names a destination: `destinationConfig.<which>.destination`
    /// (3) or `destination.<which>` (1).
    pub fn async_destination_path(self, d: Destination) -> &'static [&'static str] {
        match (self, d) {
            (Edition::V3, Destination::OnSuccess) => {
                &["destinationConfig", "onSuccess", "destination"]
            }
            (Edition::V3, Destination::OnFailure) => {
                &["destinationConfig", "onFailure", "destination"]
            }
            (Edition::V1, Destination::OnSuccess) => &["destination", "onSuccess"],
            (Edition::V1, Destination::OnFailure) => &["destination", "onFailure"],
        }
    }

    /// The function key of the async invoke configuration: `asyncInvokeConfig` (3) or
    /// `asyncConfiguration` (1).
    pub fn async_config_key(self) -> &'static str {
        match self {
            Edition::V3 => "asyncInvokeConfig",
            Edition::V1 => "asyncConfiguration",
        }
    }
}

/// A destination of the async invoke configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Destination {
    OnSuccess,
    OnFailure,
}

impl Destination {
    pub const ALL: [Destination; 2] = [Destination::OnSuccess, Destination::OnFailure];

    /// The key as written: `onSuccess`, `onFailure`.
    pub fn key(self) -> &'static str {
        match self {
            Destination::OnSuccess => "onSuccess",
            Destination::OnFailure => "onFailure",
        }
    }
}

/// How a resource was recognized as an FC function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recognized {
    /// By its `component` name.
    Component,
    /// By the shape of its `props` (the component is an expression or a local path).
    Shape,
}

/// A whole s.yaml file after resolution.
#[derive(Debug)]
pub struct Model<'a> {
    pub file: FileId,
    pub edition: Edition,
    pub root: &'a Node,
    pub functions: Vec<Function<'a>>,
}

/// One FC function: an edition-3 resource or an edition-1 service entry.
#[derive(Debug)]
pub struct Function<'a> {
    pub edition: Edition,
    /// The resource (ed3) or service (ed1) key.
    pub resource: String,
    /// Where that key is written (the line a reader looks for).
    pub resource_key: crate::source::Span,
    pub resource_node: &'a Node,
    pub recognized: Recognized,
    pub props: &'a Node,
    /// Where function fields live: `props` (ed3) or `props.function` (ed1).
    pub function: Option<&'a Node>,
    /// Edition 1 `props.service`.
    pub service: Option<&'a Node>,
    pub triggers: Vec<Trigger<'a>>,
}

/// The trigger types FC knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TriggerType {
    Http,
    Timer,
    Oss,
    Log,
    MnsTopic,
    CdnEvents,
    Tablestore,
    EventBridge,
}

impl TriggerType {
    pub fn parse(s: &str) -> Option<TriggerType> {
        Some(match s {
            "http" => TriggerType::Http,
            "timer" => TriggerType::Timer,
            "oss" => TriggerType::Oss,
            "log" => TriggerType::Log,
            "mns_topic" => TriggerType::MnsTopic,
            "cdn_events" => TriggerType::CdnEvents,
            "tablestore" => TriggerType::Tablestore,
            "eventbridge" => TriggerType::EventBridge,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            TriggerType::Http => "http",
            TriggerType::Timer => "timer",
            TriggerType::Oss => "oss",
            TriggerType::Log => "log",
            TriggerType::MnsTopic => "mns_topic",
            TriggerType::CdnEvents => "cdn_events",
            TriggerType::Tablestore => "tablestore",
            TriggerType::EventBridge => "eventbridge",
        }
    }
}

/// One entry of `triggers`.
#[derive(Debug)]
pub struct Trigger<'a> {
    pub edition: Edition,
    pub index: usize,
    pub node: &'a Node,
    /// `triggerName` (ed3) / `name` (ed1).
    pub name: Option<&'a Node>,
    /// `triggerType` (ed3) / `type` (ed1).
    pub kind_node: Option<&'a Node>,
    /// `triggerConfig` (ed3) / `config` (ed1).
    pub config: Option<&'a Node>,
    pub source_arn: Option<&'a Node>,
    /// `invocationRole` (ed3) / `role` (ed1).
    pub role: Option<&'a Node>,
    pub qualifier: Option<&'a Node>,
}

/// EventBridge event source types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceType {
    Default,
    Mns,
    RocketMq,
    RabbitMq,
    Kafka,
    Dts,
    Mqtt,
}

impl SourceType {
    pub fn parse(s: &str) -> Option<SourceType> {
        Some(match s {
            "Default" => SourceType::Default,
            "MNS" => SourceType::Mns,
            "RocketMQ" => SourceType::RocketMq,
            "RabbitMQ" => SourceType::RabbitMq,
            "Kafka" => SourceType::Kafka,
            "DTS" => SourceType::Dts,
            "MQTT" => SourceType::Mqtt,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SourceType::Default => "Default",
            SourceType::Mns => "MNS",
            SourceType::RocketMq => "RocketMQ",
            SourceType::RabbitMq => "RabbitMQ",
            SourceType::Kafka => "Kafka",
            SourceType::Dts => "DTS",
            SourceType::Mqtt => "MQTT",
        }
    }

    /// The `eventSourceParameters` key that configures this source.
    pub fn params_key(self) -> Option<&'static str> {
        Some(match self {
            SourceType::Default => return None,
            SourceType::Mns => "sourceMNSParameters",
            SourceType::RocketMq => "sourceRocketMQParameters",
            SourceType::RabbitMq => "sourceRabbitMQParameters",
            SourceType::Kafka => "sourceKafkaParameters",
            SourceType::Dts => "sourceDTSParameters",
            SourceType::Mqtt => "sourceMQTTParameters",
        })
    }

    /// Custom sources (everything but `Default`) run through an EventBridge event stream
    /// or rule and deliver with the 5-minute timeout and batching.
    pub fn is_custom(self) -> bool {
        self != SourceType::Default
    }

    /// Kafka and DTS support only `event-streaming`.
    pub fn streaming_only(self) -> bool {
        matches!(self, SourceType::Kafka | SourceType::Dts)
    }
}

/// Run mode of an EventBridge trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunMode {
    EventDriven,
    EventStreaming,
}

/// The EventBridge-specific view of a trigger's config: where its source type is written.
/// What the config means (invocation, run mode, windows, retries …) is read once, by
/// [`crate::semantics::EventBridgeFacts`].
#[derive(Debug, Clone, Copy)]
pub struct EventBridge<'a> {
    pub config: &'a Node,
}

impl<'a> EventBridge<'a> {
    pub fn source_type_node(&self) -> Option<&'a Node> {
        self.config.at(&["eventSourceConfig", "eventSourceType"])
    }

    pub fn source_type(&self) -> Option<SourceType> {
        self.source_type_node()?
            .as_str()
            .and_then(SourceType::parse)
    }
}

impl<'a> Trigger<'a> {
    pub fn name_str(&self) -> Option<&'a str> {
        self.name?.as_str()
    }

    /// A label for messages: the trigger name, or `triggers[i]`.
    pub fn label(&self) -> String {
        match self.name_str() {
            Some(n) => crate::inert::escape(n).into_owned(),
            None => format!("triggers[{}]", self.index),
        }
    }

    pub fn trigger_type(&self) -> Option<TriggerType> {
        self.kind_node?.as_str().and_then(TriggerType::parse)
    }

    pub fn eventbridge(&self) -> Option<EventBridge<'a>> {
        if self.trigger_type()? != TriggerType::EventBridge {
            return None;
        }
        let config = self.config?;
        config.is_map().then_some(EventBridge { config })
    }
}

impl<'a> Function<'a> {
    fn field(&self, key: &str) -> Option<&'a Node> {
        self.function?.get(key)
    }

    pub fn region(&self) -> Option<&'a Node> {
        self.props.get("region")
    }

    /// The function name as FC knows it (`service$function` for edition 1, like `s cli fc3 s2tos3`).
    pub fn name(&self) -> Option<String> {
        match self.edition {
            Edition::V3 => self.field("functionName")?.as_str().map(str::to_string),
            Edition::V1 => {
                let f = self.field("name")?.as_str()?;
                match self
                    .service
                    .and_then(|s| s.get("name"))
                    .and_then(Node::as_str)
                {
                    Some(s) => Some(format!("{s}${f}")),
                    None => Some(f.to_string()),
                }
            }
        }
    }

    pub fn name_node(&self) -> Option<&'a Node> {
        match self.edition {
            Edition::V3 => self.field("functionName"),
            Edition::V1 => self.field("name"),
        }
    }

    /// A label for messages: the function name, else the resource key.
    pub fn label(&self) -> String {
        self.name()
            .map(|n| crate::inert::escape(&n).into_owned())
            .unwrap_or_else(|| self.resource.clone())
    }

    pub fn runtime(&self) -> Option<&'a Node> {
        self.field("runtime")
    }
    pub fn memory_size(&self) -> Option<&'a Node> {
        self.field("memorySize")
    }
    pub fn cpu(&self) -> Option<&'a Node> {
        self.field("cpu")
    }
    pub fn disk_size(&self) -> Option<&'a Node> {
        self.field("diskSize")
    }
}

/// Edition from the `edition` key: exactly `3.0.0` is edition 3, anything else edition 1
/// (the CLI's own rule: `String(edition) === '3.0.0'`).
pub fn edition_of(root: &Node) -> Edition {
    match root.get("edition").map(|n| &n.kind) {
        Some(Kind::Str(s)) if s == "3.0.0" => Edition::V3,
        _ => Edition::V1,
    }
}

/// Is `component` the FC component of this edition (with an optional `@version`)?
pub fn is_fc_component(edition: Edition, component: &str) -> bool {
    let base = component.split('@').next().unwrap_or("").trim();
    let base = base.strip_prefix("devsapp/").unwrap_or(base);
    match edition {
        Edition::V3 => base == "fc3",
        Edition::V1 => base == "fc",
    }
}

/// Does a component value look like an expression or a local path rather than a registry name?
pub fn is_indirect_component(component: &str) -> bool {
    component.contains("${")
        || component.starts_with('.')
        || component.starts_with('/')
        || component.contains('\\')
        || component.matches('/').count() > 1
}

/// Do these props look like an FC function of this edition?
pub fn looks_like_fc(edition: Edition, props: &Node) -> bool {
    match edition {
        Edition::V3 => {
            props.get("functionName").is_some()
                || (props.get("runtime").is_some() && props.get("region").is_some())
                || props
                    .get("triggers")
                    .map(|t| t.items().iter().any(|i| i.get("triggerType").is_some()))
                    .unwrap_or(false)
        }
        Edition::V1 => {
            // `service` alone is shared by other components (midway-hooks has `service`
            // + `provider` + `aggregation`): only with nothing but devsapp/fc keys.
            const FC1_KEYS: &[&str] =
                &["region", "service", "function", "triggers", "customDomains"];
            props.get("function").map(Node::is_map).unwrap_or(false)
                || (props.get("service").map(Node::is_map).unwrap_or(false)
                    && props
                        .entries()
                        .iter()
                        .all(|e| FC1_KEYS.contains(&e.key.as_str())))
        }
    }
}

/// Build the model: which resources are FC functions (the load stage already reported skipped ones).
pub fn build<'a>(file: FileId, root: &'a Node, edition: Edition) -> Model<'a> {
    let mut functions = Vec::new();
    if let Some(section) = root.get(edition.section()) {
        for entry in section.entries() {
            let res = &entry.value;
            let Some(props) = res.get("props") else {
                continue;
            };
            if !props.is_map() {
                continue;
            }
            let recognized = match res.get("component").and_then(Node::as_str) {
                Some(c) if is_fc_component(edition, c) => Recognized::Component,
                Some(c) if is_indirect_component(c) && looks_like_fc(edition, props) => {
                    Recognized::Shape
                }
                Some(_) => continue,
                // Unknown offline, or from the environment (never read): judged by its props.
                None if res
                    .get("component")
                    .is_some_and(|c| c.is_unknown() || c.is_sensitive())
                    && looks_like_fc(edition, props) =>
                {
                    Recognized::Shape
                }
                None => continue,
            };
            functions.push(function_of(edition, entry, props, recognized));
        }
    }
    Model {
        file,
        edition,
        root,
        functions,
    }
}

fn function_of<'a>(
    edition: Edition,
    entry: &'a crate::source::Entry,
    props: &'a Node,
    recognized: Recognized,
) -> Function<'a> {
    let (key, res) = (entry.key.as_str(), &entry.value);
    let (function, service) = match edition {
        Edition::V3 => (Some(props), None),
        Edition::V1 => (
            props.get("function").filter(|n| n.is_map()),
            props.get("service").filter(|n| n.is_map()),
        ),
    };
    let (k_name, k_type, k_config, k_role) = edition.trigger_keys();
    let triggers = props
        .get("triggers")
        .map(|t| {
            t.items()
                .iter()
                .enumerate()
                .filter(|(_, n)| n.is_map())
                .map(|(index, node)| Trigger {
                    edition,
                    index,
                    node,
                    name: node.get(k_name),
                    kind_node: node.get(k_type),
                    config: node.get(k_config),
                    source_arn: node.get("sourceArn"),
                    role: node.get(k_role),
                    qualifier: node.get("qualifier"),
                })
                .collect()
        })
        .unwrap_or_default();
    Function {
        edition,
        // A key of the checked file: shown in plans and stories, so made inert.
        resource: crate::inert::escape(key).into_owned(),
        resource_key: entry.key_span,
        resource_node: res,
        recognized,
        props,
        function,
        service,
        triggers,
    }
}
