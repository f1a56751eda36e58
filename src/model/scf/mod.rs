//! Tencent Cloud SCF: the three `serverless.yml` forms that deploy SCF functions and their
//! triggers, read into one model beside the FC one.
//!
//! | form | recognised by | functions | triggers |
//! |---|---|---|---|
//! | [`ScfForm::Component`] | `component: scf` | `inputs` (one function) | `inputs.events[].<type>` |
//! | [`ScfForm::Multi`] | `component: multi-scf` | `inputs.functions.<key>` | `inputs.triggers[]` (`type`, `function`) |
//! | [`ScfForm::FrameworkV1`] | `provider.name: tencent` or the `serverless-tencent-scf` plugin | `functions.<key>` | `functions.<key>.events[].<type>` |
//!
//! Like the FC model, it borrows the resolved node tree: every field is the node as written,
//! with its span and JSON Pointer. What the platform makes of the values is
//! [`crate::semantics::scf`]'s business; the keys each form knows are in [`schema`].

pub mod export;
pub mod schema;

use crate::source::{FileId, Kind, Node, Span};

/// Which `serverless.yml` form a file uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScfForm {
    /// Serverless Components `component: scf`: one function in `inputs`.
    Component,
    /// Serverless Components `component: multi-scf`: `inputs.functions` and `inputs.triggers`.
    Multi,
    /// Serverless Framework v1 with the `serverless-tencent-scf` provider plugin.
    FrameworkV1,
}

impl ScfForm {
    /// How users name the form: `scf`, `multi-scf`, `serverless-tencent-scf`.
    pub fn as_str(self) -> &'static str {
        match self {
            ScfForm::Component => "scf",
            ScfForm::Multi => "multi-scf",
            ScfForm::FrameworkV1 => "serverless-tencent-scf",
        }
    }

    /// A phrase for messages: `component scf`, `the Framework v1 plugin`.
    pub fn describe(self) -> (&'static str, &'static str) {
        match self {
            ScfForm::Component => ("the `scf` component", "`scf` 组件"),
            ScfForm::Multi => ("the `multi-scf` component", "`multi-scf` 组件"),
            ScfForm::FrameworkV1 => (
                "the Serverless Framework v1 plugin serverless-tencent-scf",
                "Serverless Framework v1 插件 serverless-tencent-scf",
            ),
        }
    }

    /// The event types this form deploys (`limits::SCF_TRIGGER_TYPES`, `_V1`).
    pub fn trigger_types(self) -> &'static [&'static str] {
        match self {
            ScfForm::Component | ScfForm::Multi => crate::limits::SCF_TRIGGER_TYPES,
            ScfForm::FrameworkV1 => crate::limits::SCF_TRIGGER_TYPES_V1,
        }
    }
}

/// The SCF trigger types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ScfTriggerType {
    Apigw,
    Cos,
    Timer,
    Cmq,
    Ckafka,
    Cls,
    Mps,
    Clb,
}

impl ScfTriggerType {
    pub const ALL: [ScfTriggerType; 8] = [
        ScfTriggerType::Apigw,
        ScfTriggerType::Cos,
        ScfTriggerType::Timer,
        ScfTriggerType::Cmq,
        ScfTriggerType::Ckafka,
        ScfTriggerType::Cls,
        ScfTriggerType::Mps,
        ScfTriggerType::Clb,
    ];

    pub fn parse(s: &str) -> Option<ScfTriggerType> {
        ScfTriggerType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ScfTriggerType::Apigw => "apigw",
            ScfTriggerType::Cos => "cos",
            ScfTriggerType::Timer => "timer",
            ScfTriggerType::Cmq => "cmq",
            ScfTriggerType::Ckafka => "ckafka",
            ScfTriggerType::Cls => "cls",
            ScfTriggerType::Mps => "mps",
            ScfTriggerType::Clb => "clb",
        }
    }
}

/// The form of a parsed document, when it is an SCF `serverless.yml`: `component: scf` /
/// `multi-scf` (optionally `@version`), or a `provider` named `tencent`, or the
/// `serverless-tencent-scf` plugin. `None` for anything else (an s.yaml, an AWS
/// `serverless.yml`, any other YAML).
pub fn form_of(root: &Node) -> Option<ScfForm> {
    if let Some(c) = root.get("component").and_then(Node::as_str) {
        return match component_base(c) {
            "scf" => Some(ScfForm::Component),
            "multi-scf" => Some(ScfForm::Multi),
            _ => None,
        };
    }
    let tencent_provider = root
        .at(&["provider", "name"])
        .and_then(Node::as_str)
        .is_some_and(|n| n == "tencent");
    let plugin = root.get("plugins").is_some_and(|p| {
        p.items()
            .iter()
            .chain(p.get("modules").map(Node::items).unwrap_or_default())
            .any(|i| i.as_str() == Some(V1_PLUGIN))
    });
    (tencent_provider || plugin).then_some(ScfForm::FrameworkV1)
}

/// The npm name of the Framework v1 provider plugin.
pub const V1_PLUGIN: &str = "serverless-tencent-scf";

/// `scf@0.9.7` → `scf`.
fn component_base(c: &str) -> &str {
    c.split('@').next().unwrap_or("").trim()
}

/// The same decision as [`form_of`] on the text of a file, line by line, for directory
/// discovery (a `serverless.yml` is picked up only when it is an SCF one): a top-level
/// `component: scf` / `multi-scf`, a top-level `provider:` block with `name: tencent`, or the
/// plugin's name in a top-level `plugins:` block.
pub fn looks_like_scf(text: &str) -> bool {
    let mut block = "";
    for line in text.lines() {
        let trimmed = line.trim_end();
        if trimmed.is_empty() || trimmed.trim_start().starts_with('#') {
            continue;
        }
        let top = !line.starts_with([' ', '\t', '-']);
        if top {
            let (key, value) = match trimmed.split_once(':') {
                Some((k, v)) => (k.trim().trim_matches(['"', '\'']), scalar(v)),
                None => ("", ""),
            };
            if key == "component" {
                return matches!(component_base(value), "scf" | "multi-scf");
            }
            block = match key {
                "provider" => "provider",
                "plugins" => "plugins",
                _ => "",
            };
            continue;
        }
        let item = trimmed.trim_start();
        match block {
            "provider" => {
                if let Some(v) = item.strip_prefix("name:") {
                    if scalar(v) == "tencent" {
                        return true;
                    }
                }
            }
            "plugins" => {
                let v = item.strip_prefix('-').map(scalar).unwrap_or("");
                if v == V1_PLUGIN {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// A plain YAML scalar as written after `key:` (quotes and a trailing comment dropped).
fn scalar(v: &str) -> &str {
    let v = v.split(" #").next().unwrap_or("").trim();
    v.trim_matches(['"', '\''])
}

/// A whole SCF `serverless.yml` after resolution.
#[derive(Debug)]
pub struct ScfModel<'a> {
    pub file: FileId,
    pub form: ScfForm,
    pub root: &'a Node,
    /// What every function inherits: `inputs` (multi-scf) or `provider` (Framework v1).
    pub defaults: Option<&'a Node>,
    pub functions: Vec<ScfFunction<'a>>,
    /// `multi-scf` triggers whose `function` names no function of `inputs.functions` (or
    /// names none): the component stops with "Function X not in deploy list".
    pub unattached: Vec<ScfTrigger<'a>>,
}

impl<'a> ScfModel<'a> {
    /// Every trigger: those of each function, then the `multi-scf` ones attached to none.
    pub fn triggers(&self) -> impl Iterator<Item = &ScfTrigger<'a>> {
        self.functions
            .iter()
            .flat_map(|f| f.triggers.iter())
            .chain(self.unattached.iter())
    }

    /// Every mapping whose keys a table of [`schema`] lists, with that table: the top level,
    /// what functions inherit, each function, each trigger and its `parameters`.
    pub fn sections(&self) -> Vec<Section<'a>> {
        use schema::{defaults_keys, event_keys, function_keys, params, top_keys};
        let mut out = Vec::new();
        let mut push = |map: Option<&'a Node>, keys, strict, what| {
            if let Some(map) = map.filter(|m| m.is_map()) {
                out.push(Section {
                    map,
                    keys,
                    strict,
                    what,
                    trigger: None,
                });
            }
        };
        push(
            Some(self.root),
            top_keys(self.form),
            false,
            SectionKind::Top,
        );
        push(
            self.defaults,
            defaults_keys(self.form),
            false,
            SectionKind::Defaults,
        );
        for f in &self.functions {
            push(
                Some(f.node),
                function_keys(self.form),
                false,
                SectionKind::Function,
            );
        }
        for t in self.triggers().filter(|t| !t.foreign) {
            if let Some(body) = t.body.filter(|b| b.is_map()) {
                out.push(Section {
                    map: body,
                    keys: event_keys(self.form),
                    strict: true,
                    what: SectionKind::Event,
                    trigger: Some(t.clone()),
                });
            }
            let p = t.kind.and_then(|k| params(self.form, k));
            if let (Some(p), Some(map)) = (p, t.params.filter(|p| p.is_map())) {
                out.push(Section {
                    map,
                    keys: p.keys,
                    strict: true,
                    what: SectionKind::Parameters(p.later),
                    trigger: Some(t.clone()),
                });
            }
        }
        out
    }
}

/// What a [`Section`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    Top,
    /// `multi-scf` `inputs`, Framework v1 `provider`.
    Defaults,
    Function,
    /// An event (`- ckafka: {name, parameters}`) or a `multi-scf` trigger entry.
    Event,
    /// A trigger's `parameters`, with the keys only the toolkit's unreleased master reads.
    Parameters(&'static [&'static str]),
}

/// A mapping and the keys it may hold.
#[derive(Debug, Clone)]
pub struct Section<'a> {
    pub map: &'a Node,
    pub keys: &'static [schema::Key],
    /// Every key the deploying code reads is listed: any other is ignored. Otherwise only a
    /// likely typo of a listed key is worth a finding.
    pub strict: bool,
    pub what: SectionKind,
    /// The trigger a section of an event or its parameters belongs to.
    pub trigger: Option<ScfTrigger<'a>>,
}

/// One SCF function.
#[derive(Debug)]
pub struct ScfFunction<'a> {
    pub form: ScfForm,
    /// `inputs` (scf), the key under `inputs.functions` (multi-scf) or `functions` (v1).
    pub key: String,
    /// Where the key is written (`None` for the `scf` component's `inputs`).
    pub key_span: Option<Span>,
    /// The mapping of the function's own settings.
    pub node: &'a Node,
    /// Settings it inherits when it does not set them (multi-scf `inputs`, v1 `provider`).
    pub inherited: Option<&'a Node>,
    pub triggers: Vec<ScfTrigger<'a>>,
}

impl<'a> ScfFunction<'a> {
    /// A setting of the function, or the one it inherits: `(node, inherited?)`.
    pub fn setting(&self, key: &str) -> Option<(&'a Node, bool)> {
        match self.node.get(key) {
            Some(n) if !n.is_null() => Some((n, false)),
            _ => self
                .inherited
                .and_then(|i| i.get(key))
                .filter(|n| !n.is_null())
                .map(|n| (n, true)),
        }
    }

    /// The mapping that holds `key` for this function, and the entry (for key spans).
    pub fn setting_entry(&self, key: &str) -> Option<&'a crate::source::Entry> {
        match self.node.entry(key) {
            Some(e) if !e.value.is_null() => Some(e),
            _ => self
                .inherited
                .and_then(|i| i.entry(key))
                .filter(|e| !e.value.is_null()),
        }
    }
}

/// One trigger: an entry of `events` (scf, v1) or of `inputs.triggers` (multi-scf).
#[derive(Debug, Clone)]
pub struct ScfTrigger<'a> {
    pub form: ScfForm,
    /// Position in its list.
    pub index: usize,
    /// The list item as written.
    pub node: &'a Node,
    /// The type as written (`ckafka`), and where: the event's key, or the `type` value.
    pub type_text: Option<String>,
    pub type_span: Span,
    /// The type, when fclint knows it.
    pub kind: Option<ScfTriggerType>,
    /// The trigger's own mapping: the value of `ckafka:` (scf, v1), or the item (multi-scf).
    pub body: Option<&'a Node>,
    /// `parameters`.
    pub params: Option<&'a Node>,
    /// The event-level `name` (scf, v1).
    pub name: Option<&'a Node>,
    /// `function` (multi-scf).
    pub function: Option<&'a Node>,
    /// A v1 event in the shape of a different plugin of the same name (tencentyun's:
    /// `ckafka: {instance, topic, batchSize}`, no `parameters`): not checked.
    pub foreign: bool,
}

impl ScfTrigger<'_> {
    /// A label for messages: `ckafka#0` — the type and the position in its list.
    pub fn label(&self) -> String {
        let ty = self.type_text.clone().unwrap_or_else(|| "?".into());
        match self
            .params
            .and_then(|p| p.get("topic"))
            .and_then(Node::as_str)
        {
            Some(topic) if self.kind == Some(ScfTriggerType::Ckafka) => format!("{ty}:{topic}"),
            _ => format!("{ty}#{}", self.index),
        }
    }
}

/// Read an SCF document into the model.
pub fn build<'a>(file: FileId, root: &'a Node, form: ScfForm) -> ScfModel<'a> {
    let mut m = ScfModel {
        file,
        form,
        root,
        defaults: None,
        functions: Vec::new(),
        unattached: Vec::new(),
    };
    match form {
        ScfForm::Component => {
            if let Some(inputs) = root.get("inputs").filter(|n| n.is_map()) {
                m.functions.push(ScfFunction {
                    form,
                    key: "inputs".into(),
                    key_span: None,
                    node: inputs,
                    inherited: None,
                    triggers: events(form, inputs.get("events")),
                });
            }
        }
        ScfForm::Multi => multi(&mut m, root),
        ScfForm::FrameworkV1 => {
            m.defaults = root.get("provider").filter(|n| n.is_map());
            for e in root.get("functions").map(Node::entries).unwrap_or_default() {
                if !e.value.is_map() {
                    continue;
                }
                m.functions.push(ScfFunction {
                    form,
                    key: e.key.clone(),
                    key_span: Some(e.key_span),
                    node: &e.value,
                    inherited: m.defaults,
                    triggers: events(form, e.value.get("events")),
                });
            }
        }
    }
    m
}

/// `events: [{<type>: {name, parameters}}]` (scf component and Framework v1).
pub(crate) fn events<'a>(form: ScfForm, list: Option<&'a Node>) -> Vec<ScfTrigger<'a>> {
    let mut out = Vec::new();
    for (index, item) in list.map(Node::items).unwrap_or_default().iter().enumerate() {
        // The component and the plugin read the first key of each event.
        let Some(first) = item.entries().first() else {
            continue;
        };
        let body = Some(&first.value).filter(|b| b.is_map());
        let params = body.and_then(|b| b.get("parameters"));
        let foreign = form == ScfForm::FrameworkV1
            && params.is_none()
            && body.is_some_and(|b| b.get("instance").is_some() || b.get("batchSize").is_some());
        out.push(ScfTrigger {
            form,
            index,
            node: item,
            type_text: Some(first.key.clone()),
            type_span: first.key_span,
            kind: ScfTriggerType::parse(&first.key),
            body,
            params,
            name: body.and_then(|b| b.get("name")),
            function: None,
            foreign,
        });
    }
    out
}

/// The entries of a `multi-scf` `inputs.triggers` list.
pub(crate) fn multi_triggers(list: Option<&Node>) -> Vec<ScfTrigger<'_>> {
    let items = list.map(Node::items).unwrap_or_default();
    let mut out = Vec::new();
    for (index, item) in items.iter().enumerate() {
        if !item.is_map() {
            continue;
        }
        let type_node = item.get("type");
        let type_text = type_node.and_then(Node::as_str).map(str::to_string);
        out.push(ScfTrigger {
            form: ScfForm::Multi,
            index,
            node: item,
            kind: type_text.as_deref().and_then(ScfTriggerType::parse),
            type_text,
            type_span: type_node.map(|n| n.span).unwrap_or(item.span),
            body: Some(item),
            params: item.get("parameters"),
            name: None,
            function: item.get("function"),
            foreign: false,
        });
    }
    out
}

/// `inputs.functions` (a mapping by key, or a list) and `inputs.triggers` attached by
/// `function`.
fn multi<'a>(m: &mut ScfModel<'a>, root: &'a Node) {
    let form = ScfForm::Multi;
    let Some(inputs) = root.get("inputs").filter(|n| n.is_map()) else {
        return;
    };
    m.defaults = Some(inputs);
    match inputs.get("functions").map(|f| &f.kind) {
        Some(Kind::Map(entries)) => {
            for e in entries.iter().filter(|e| e.value.is_map()) {
                m.functions.push(ScfFunction {
                    form,
                    key: e.key.clone(),
                    key_span: Some(e.key_span),
                    node: &e.value,
                    inherited: Some(inputs),
                    triggers: Vec::new(),
                });
            }
        }
        Some(Kind::Seq(items)) => {
            // A list: the component keys each function by its `key`, else its `name`.
            for item in items.iter().filter(|i| i.is_map()) {
                let key = item
                    .get("key")
                    .or_else(|| item.get("name"))
                    .and_then(Node::as_str);
                let Some(key) = key else { continue };
                m.functions.push(ScfFunction {
                    form,
                    key: key.to_string(),
                    key_span: None,
                    node: item,
                    inherited: Some(inputs),
                    triggers: Vec::new(),
                });
            }
        }
        _ => {}
    }
    for t in multi_triggers(inputs.get("triggers")) {
        // An API gateway trigger names its functions per API (`parameters.apis[].function`):
        // it belongs to the first one.
        let target = match t.kind {
            Some(ScfTriggerType::Apigw) => t
                .params
                .and_then(|p| p.get("apis"))
                .and_then(|a| a.items().first())
                .and_then(|a| a.get("function")),
            _ => t.function,
        };
        let fi = target
            .and_then(Node::as_str)
            .and_then(|k| m.functions.iter().position(|f| f.key == k));
        match fi {
            Some(i) => m.functions[i].triggers.push(t),
            None => m.unattached.push(t),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_detection_follows_the_tree_rules() {
        assert!(looks_like_scf("component: scf\nname: a\n"));
        assert!(looks_like_scf("# x\ncomponent: 'multi-scf@0.3.14'\n"));
        assert!(!looks_like_scf("component: express\n"));
        assert!(looks_like_scf(
            "service: s\nprovider:\n  name: tencent\n  runtime: Nodejs8.9\n"
        ));
        assert!(looks_like_scf(
            "service: s\nprovider:\n  name: aws\nplugins:\n  - serverless-tencent-scf\n"
        ));
        assert!(!looks_like_scf("service: s\nprovider:\n  name: aws\n"));
        assert!(!looks_like_scf("edition: 3.0.0\nresources: {}\n"));
        // `name: tencent` outside `provider` is not the provider.
        assert!(!looks_like_scf("custom:\n  name: tencent\n"));
    }
}
