//! The facts of one SCF function: its name as SCF knows it, region, memory and timeout (its
//! own, else what it inherits, else the documented default), and its handler time.

use crate::config::{FunctionFacts as HandlerTime, Inventory};
use crate::limits;
use crate::model::scf::{ScfForm, ScfFunction, ScfModel};
use crate::semantics::fact::{self, Fact, Site};
use crate::source::Node;

/// The facts of one SCF function.
#[derive(Debug, Clone)]
pub struct ScfFunctionFacts<'a, 'i> {
    pub form: ScfForm,
    /// `inputs`, or the key under `functions`.
    pub key: String,
    /// The function's mapping (its line, its JSON Pointer).
    pub node: &'a Node,
    /// The name the function is deployed under, when known offline: `inputs.name`, else
    /// `<name>-<stage>-<app>` (scf), `<name>-<stage>-<app>-<key>` (multi-scf) or
    /// `<service>-<stage>-<key>` (v1).
    pub name: Option<String>,
    /// The name, else the key: how messages name the function.
    pub label: String,
    /// `region`; default `limits::SCF_REGION_DEFAULT`.
    pub region: Fact<'a, String>,
    /// `memorySize` in MB; default `limits::SCF_MEMORY_DEFAULT_MB`.
    pub memory_mb: Fact<'a, u64>,
    /// `timeout` in seconds; default `limits::SCF_FUNCTION_TIMEOUT_DEFAULT_S`.
    pub timeout: Fact<'a, i64>,
    /// The setting comes from `inputs` / `provider` rather than the function itself.
    pub memory_inherited: bool,
    pub timeout_inherited: bool,
    /// Handler time from the inventory (`[[function]]`, by name or key).
    pub handler_time: Option<&'i HandlerTime>,
}

impl<'a, 'i> ScfFunctionFacts<'a, 'i> {
    pub fn read(
        model: &ScfModel<'a>,
        f: &ScfFunction<'a>,
        inventory: &'i Inventory,
    ) -> ScfFunctionFacts<'a, 'i> {
        let site = |key: &str| {
            f.setting_entry(key).map(|e| Site {
                key: e.key_span,
                node: &e.value,
            })
        };
        let inherited = |key: &str| f.setting(key).is_some_and(|(_, inh)| inh);
        let name = deployed_name(model, f);
        let handler_time = inventory.function(name.as_deref(), &f.key);
        // The v1 plugin lets `--region` win over the file; the components read the file only.
        let region = Fact::read(
            site("region"),
            Some(limits::SCF_REGION_DEFAULT.to_string()),
            fact::string,
        );
        ScfFunctionFacts {
            form: f.form,
            key: f.key.clone(),
            node: f.node,
            label: name.clone().unwrap_or_else(|| f.key.clone()),
            name,
            region,
            memory_mb: Fact::read(
                site("memorySize"),
                Some(limits::SCF_MEMORY_DEFAULT_MB),
                fact::count,
            ),
            timeout: Fact::read(
                site("timeout"),
                Some(limits::SCF_FUNCTION_TIMEOUT_DEFAULT_S),
                Node::as_i64,
            ),
            memory_inherited: inherited("memorySize"),
            timeout_inherited: inherited("timeout"),
            handler_time,
        }
    }

    /// The region, written or default, when known offline.
    pub fn region(&self) -> Option<&str> {
        self.region.get().map(String::as_str)
    }

    /// Memory in MB, written or default, when a whole number of at least 1.
    pub fn memory(&self) -> Option<u64> {
        self.memory_mb.value().filter(|m| *m >= 1)
    }

    /// The timeout SCF uses, in seconds (≥ 1), written or default.
    pub fn timeout_s(&self) -> Option<i64> {
        self.timeout.value().filter(|v| *v >= 1)
    }

    /// Seconds the handler takes for one invocation of `messages` messages (inventory).
    pub fn handler_seconds(&self, messages: f64) -> Option<f64> {
        let h = self.handler_time?;
        match (h.seconds_per_message, h.seconds_per_batch) {
            (None, None) => None,
            (m, b) => Some(b.unwrap_or(0.0) + m.unwrap_or(0.0) * messages),
        }
    }
}

/// The function name SCF gets, when every part is known offline.
fn deployed_name(model: &ScfModel<'_>, f: &ScfFunction<'_>) -> Option<String> {
    if let Some(n) = f.node.get("name").and_then(Node::as_str) {
        if model.form != ScfForm::FrameworkV1 {
            return Some(n.to_string());
        }
    }
    let top = |k: &str| {
        model
            .root
            .get(k)
            .and_then(Node::as_str)
            .filter(|s| !s.is_empty())
    };
    let stage_of = |n: Option<&Node>| match n {
        None => Some(limits::SCF_STAGE_DEFAULT.to_string()),
        Some(n) if n.is_null() || n.as_str() == Some("") => {
            Some(limits::SCF_STAGE_DEFAULT.to_string())
        }
        Some(n) => n.as_str().map(str::to_string),
    };
    match model.form {
        ScfForm::Component | ScfForm::Multi => {
            let name = top("name")?;
            let stage = stage_of(model.root.get("stage"))?;
            let app = match model.root.get("app") {
                Some(a) if !a.is_null() && a.as_str() != Some("") => a.as_str()?,
                _ => name,
            };
            Some(match model.form {
                ScfForm::Multi => format!("{name}-{stage}-{app}-{}", f.key),
                _ => format!("{name}-{stage}-{app}"),
            })
        }
        ScfForm::FrameworkV1 => {
            let service = top("service")?;
            let stage = stage_of(model.root.at(&["provider", "stage"]))?;
            Some(format!("{service}-{stage}-{}", f.key))
        }
    }
}
