//! The facts of one function that triggers and capacity depend on.

use super::async_invoke::AsyncInvokeFacts;
use super::calc;
use super::fact::{self, Fact, Site};
use crate::config::{FunctionFacts as HandlerTime, Inventory};
use crate::limits;
use crate::model::{Edition, Function};
use crate::source::Node;

/// The facts of one function.
#[derive(Debug, Clone)]
pub struct FunctionFacts<'a, 'i> {
    pub edition: Edition,
    /// The resource (edition 3) or service (edition 1) key.
    pub resource: String,
    /// The resource's node (its line, its JSON Pointer).
    pub node: &'a Node,
    /// The function name as FC knows it (`service$function` for edition 1).
    pub name: Option<String>,
    /// The function name, else the resource key: how messages name the function.
    pub label: String,
    /// The function's own name as written (`functionName`; edition 1 `function.name`).
    pub function_name: Option<&'a str>,
    /// Edition 1 `service.name`.
    pub service_name: Option<&'a str>,
    /// `region`; `Unknown` when not resolved offline. No default.
    pub region: Fact<'a, String>,
    /// `runtime`. No default here (edition 1's deploy default is the schema's business).
    pub runtime: Fact<'a, String>,
    /// `timeout` in seconds as written (any integer); default `limits::TIMEOUT_DEFAULT_S`.
    /// See [`FunctionFacts::timeout_s`] for the value FC uses.
    pub timeout: Fact<'a, i64>,
    /// `instanceConcurrency` as written (a whole number ≥ 0); default
    /// `limits::INSTANCE_CONCURRENCY_DEFAULT`. See [`FunctionFacts::effective_instance_concurrency`].
    pub instance_concurrency: Fact<'a, u64>,
    /// `concurrencyConfig.reservedConcurrency` (edition 3 only): requests the function may
    /// run at once. No default (absent: no cap).
    pub reserved_concurrency: Fact<'a, u64>,
    /// The async invoke configuration: retries, event age, destinations.
    pub async_invoke: AsyncInvokeFacts<'a>,
    /// Handler time from the inventory (`[[function]]` of fclint.toml).
    pub handler_time: Option<&'i HandlerTime>,
}

impl<'a, 'i> FunctionFacts<'a, 'i> {
    pub fn read(f: &Function<'a>, inventory: &'i Inventory) -> FunctionFacts<'a, 'i> {
        let name = f.name();
        let handler_time = inventory.function(name.as_deref(), &f.resource);
        let reserved = match f.edition {
            Edition::V3 => Site::at(f.props, &["concurrencyConfig", "reservedConcurrency"]),
            Edition::V1 => None,
        };
        FunctionFacts {
            edition: f.edition,
            resource: f.resource.clone(),
            node: f.resource_node,
            label: f.label(),
            name,
            function_name: f.name_node().and_then(Node::as_str),
            service_name: f.service.and_then(|s| s.get("name")).and_then(Node::as_str),
            region: Fact::read(Site::of(f.props, "region"), None, fact::string),
            runtime: Fact::read(Site::within(f.function, &["runtime"]), None, fact::string),
            timeout: Fact::read(
                Site::within(f.function, &["timeout"]),
                Some(limits::TIMEOUT_DEFAULT_S),
                Node::as_i64,
            ),
            instance_concurrency: Fact::read(
                Site::within(f.function, &["instanceConcurrency"]),
                Some(limits::INSTANCE_CONCURRENCY_DEFAULT as u64),
                fact::count,
            ),
            reserved_concurrency: Fact::read(reserved, None, fact::count),
            async_invoke: AsyncInvokeFacts::read(f),
            handler_time,
        }
    }

    /// The instanceConcurrency FC uses: the written value when it is at least 1, the default
    /// when absent; `None` when unknown or invalid.
    pub fn effective_instance_concurrency(&self) -> Option<u64> {
        self.instance_concurrency.value().filter(|v| *v >= 1)
    }

    /// The timeout FC uses, in seconds: the written value when it is at least 1, the default
    /// when absent; `None` when unknown or invalid.
    pub fn timeout_s(&self) -> Option<i64> {
        self.timeout.value().filter(|v| *v >= 1)
    }

    /// The region, when known offline.
    pub fn region(&self) -> Option<&str> {
        self.region.known().map(String::as_str)
    }

    /// The region as written when it is a string (also an expression left unresolved: the
    /// same expression is the same region).
    pub fn region_text(&self) -> Option<&'a str> {
        self.region.at.and_then(|s| s.text())
    }

    /// Whether a function ARN's `(service, function)` names this function. Edition 3 names a
    /// function migrated from edition 1 `service$function`; an ARN without a service names an
    /// edition 1 function by its name alone.
    pub fn is_named(&self, service: Option<&str>, function: &str) -> bool {
        let own = self.function_name;
        match (self.edition, service) {
            (_, None) => own == Some(function),
            (Edition::V3, Some(s)) => {
                own.and_then(|o| o.strip_prefix(s))
                    .and_then(|rest| rest.strip_prefix('$'))
                    == Some(function)
            }
            (Edition::V1, Some(s)) => self.service_name == Some(s) && own == Some(function),
        }
    }

    /// The runtime as written (also an expression left unresolved), for display.
    pub fn runtime_text(&self) -> Option<&'a str> {
        self.runtime.at.and_then(|s| s.text())
    }

    /// Instances `reservedConcurrency` allows: ⌈reservedConcurrency / instanceConcurrency⌉.
    pub fn instance_cap(&self) -> Option<u64> {
        let r = self.reserved_concurrency.known().copied()?;
        Some(calc::instances_for(
            r,
            self.effective_instance_concurrency()?,
        ))
    }

    /// Seconds the handler takes for one invocation of `messages` messages:
    /// `seconds_per_batch + seconds_per_message × messages` (inventory); `None` when neither
    /// is known.
    pub fn handler_seconds(&self, messages: f64) -> Option<f64> {
        let f = self.handler_time?;
        match (f.seconds_per_message, f.seconds_per_batch) {
            (None, None) => None,
            (a, b) => Some(b.unwrap_or(0.0) + a.unwrap_or(0.0) * messages),
        }
    }
}
