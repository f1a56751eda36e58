//! The keys each SCF `serverless.yml` form knows, with their type and meaning: one table,
//! read by the unknown-key rule (TC009) and by the JSON Schema `fclint schema --platform scf`
//! prints ([`super::export`]).
//!
//! Trigger parameters are the keys the deploying code reads — the toolkit's trigger modules
//! for the components (`limits::SRC_SCF_TOOLKIT_CKAFKA` and its siblings), the provider's
//! `getXEvent` for the Framework v1 plugin (`limits::SRC_SCF_V1_PROVIDER`) — so any other key is
//! certainly ignored. Function keys are the documented ones; the components hand `inputs` on
//! to the toolkit, which reads more than the docs list, so an unlisted function key is only
//! reported when it is a likely typo of a listed one.

mod function;
mod triggers;

pub use function::{defaults_keys, function_keys, top_keys};
use triggers::*;

use super::{ScfForm, ScfTriggerType};
use crate::limits::{self, IntRange};

/// The JSON type of a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    Str,
    /// A number (the components pass numbers; the API types some as strings).
    Num,
    Bool,
    /// A string or a list of strings.
    StrOrList,
    List,
    Obj,
    /// Anything (a value the deploying code passes through).
    Any,
    /// A number or a numeric string (`maxMsgNum: "100"` is sent as written).
    NumOrStr,
}

/// One key.
#[derive(Debug, Clone, Copy)]
pub struct Key {
    pub name: &'static str,
    pub ty: Ty,
    pub en: &'static str,
    pub zh: &'static str,
    pub required: bool,
    /// An inclusive integer range from `limits.rs`.
    pub range: Option<IntRange>,
    /// The allowed values, when the vocabulary is closed.
    pub values: &'static [&'static str],
    /// What the deploying code uses when the key is absent.
    pub default: Option<Dv>,
}

/// A default value, from `limits.rs`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Dv {
    Int(u64),
    Str(&'static str),
}

pub(crate) const fn k(name: &'static str, ty: Ty, en: &'static str, zh: &'static str) -> Key {
    Key {
        name,
        ty,
        en,
        zh,
        required: false,
        range: None,
        values: &[],
        default: None,
    }
}

pub(crate) const fn dflt(mut key: Key, d: Dv) -> Key {
    key.default = Some(d);
    key
}

pub(crate) const fn req(mut key: Key) -> Key {
    key.required = true;
    key
}

pub(crate) const fn ranged(mut key: Key, range: IntRange) -> Key {
    key.range = Some(range);
    key
}

pub(crate) const fn one_of(mut key: Key, values: &'static [&'static str]) -> Key {
    key.values = values;
    key
}

/// The parameters of one trigger type in one form.
#[derive(Debug)]
pub struct Params {
    pub keys: &'static [Key],
    /// Where the list of keys comes from.
    pub source: &'static str,
    /// Keys only the toolkit's unreleased master reads (after v2.27.2).
    pub later: &'static [&'static str],
}

/// The parameters of trigger type `t` in `form`; `None` when the form does not deploy it.
pub fn params(form: ScfForm, t: ScfTriggerType) -> Option<Params> {
    use ScfTriggerType as T;
    const TK: &str = "https://github.com/serverless-tencent/tencent-component-toolkit/tree/v2.27.2/src/modules/triggers";
    let (keys, source, later): (&'static [Key], &'static str, &'static [&'static str]) =
        match (form, t) {
            (ScfForm::FrameworkV1, T::Ckafka) => (CKAFKA_V1, limits::SRC_SCF_V1_PROVIDER, &[]),
            (ScfForm::FrameworkV1, T::Timer) => (TIMER_V1, limits::SRC_SCF_V1_PROVIDER, &[]),
            (ScfForm::FrameworkV1, T::Cos) => (COS_V1, limits::SRC_SCF_V1_PROVIDER, &[]),
            (ScfForm::FrameworkV1, T::Cmq) => (CMQ_V1, limits::SRC_SCF_V1_PROVIDER, &[]),
            (ScfForm::FrameworkV1, T::Apigw) => (APIGW_V1, limits::SRC_SCF_V1_PROVIDER, &[]),
            (ScfForm::FrameworkV1, _) => return None,
            (_, T::Ckafka) => (
                CKAFKA,
                limits::SRC_SCF_TOOLKIT_CKAFKA,
                &["instanceId", "consumerGroupName"],
            ),
            (_, T::Timer) => (TIMER, TK, &[]),
            (_, T::Cos) => (COS, TK, &[]),
            (_, T::Cmq) => (CMQ, TK, &[]),
            (_, T::Cls) => (CLS, TK, &[]),
            (_, T::Mps) => (MPS, TK, &[]),
            (_, T::Clb) => (CLB, TK, &[]),
            (ScfForm::Multi, T::Apigw) => (APIGW_MULTI, limits::SRC_SCF_MULTI, &[]),
            (_, T::Apigw) => (APIGW, TK, &[]),
        };
    Some(Params {
        keys,
        source,
        later,
    })
}

/// The keys of one event (scf, v1: the value of `<type>:`) or trigger entry (multi-scf).
pub fn event_keys(form: ScfForm) -> &'static [Key] {
    const EVENT: &[Key] = &[
        k(
            "name",
            Ty::Str,
            "Trigger name; default `<type>-<name>-<stage>`.",
            "触发器名称；默认 `<类型>-<name>-<stage>`。",
        ),
        req(k(
            "parameters",
            Ty::Obj,
            "The trigger's settings, by trigger type.",
            "触发器参数，因类型而异。",
        )),
    ];
    const EVENT_V1: &[Key] = &[
        req(k(
            "name",
            Ty::Str,
            "Trigger name. For ckafka, cmq and cos it must equal `parameters.name` (`bucket` for cos), or the plugin skips the trigger.",
            "触发器名称。ckafka、cmq 和 cos 触发器必须与 `parameters.name`（cos 为 `bucket`）相同，否则插件跳过该触发器。",
        )),
        req(k(
            "parameters",
            Ty::Obj,
            "The trigger's settings, by trigger type; the plugin reads them without checking they are there.",
            "触发器参数，因类型而异；插件读取时不检查是否存在。",
        )),
    ];
    const TRIGGER: &[Key] = &[
        req(one_of(
            k("type", Ty::Str, "Trigger type.", "触发器类型。"),
            limits::SCF_TRIGGER_TYPES,
        )),
        k(
            "function",
            Ty::Str,
            "The key of `inputs.functions` the trigger invokes (API gateway triggers name it per API instead).",
            "触发器调用的函数：`inputs.functions` 中的键（API 网关触发器在每个 API 中指定）。",
        ),
        req(k(
            "parameters",
            Ty::Obj,
            "The trigger's settings, by trigger type.",
            "触发器参数，因类型而异。",
        )),
        k("namespace", Ty::Str, "Namespace of the function.", "函数的命名空间。"),
    ];
    match form {
        ScfForm::Component => EVENT,
        ScfForm::Multi => TRIGGER,
        ScfForm::FrameworkV1 => EVENT_V1,
    }
}

/// The names of `keys`.
pub fn names(keys: &[Key]) -> impl Iterator<Item = &'static str> + '_ {
    keys.iter().map(|k| k.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The toolkit's CKafka mapping reads exactly these parameters (v2.27.2, ckafka.ts
    /// `formatInputs`), and the v1 plugin's `getCkafkaEvent` these.
    #[test]
    fn ckafka_keys_are_what_the_deploying_code_reads() {
        let p = params(ScfForm::Component, ScfTriggerType::Ckafka).unwrap();
        let got: Vec<&str> = names(p.keys).collect();
        assert_eq!(
            got,
            [
                "qualifier",
                "name",
                "topic",
                "maxMsgNum",
                "offset",
                "retry",
                "timeout",
                "enable"
            ]
        );
        let v1 = params(ScfForm::FrameworkV1, ScfTriggerType::Ckafka).unwrap();
        let got: Vec<&str> = names(v1.keys).collect();
        assert_eq!(got, ["name", "topic", "maxMsgNum", "offset", "enable"]);
        assert!(params(ScfForm::FrameworkV1, ScfTriggerType::Cls).is_none());
    }

    #[test]
    fn every_trigger_type_has_parameters_in_the_components() {
        for t in ScfTriggerType::ALL {
            for form in [ScfForm::Component, ScfForm::Multi] {
                assert!(params(form, t).is_some(), "{form:?} {t:?}");
            }
            assert!(limits::SCF_TRIGGER_TYPES.contains(&t.as_str()));
        }
    }
}
