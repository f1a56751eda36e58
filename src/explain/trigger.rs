//! The story of one trigger: its title, then its parts by trigger family — event streams
//! ([`super::eventbridge`]) or services that invoke the function directly
//! ([`super::services`]).

use super::story::{aspect, inline, l, Finding, Refs, TriggerStory};
use super::{eventbridge, services};
use crate::plan::TriggerPlan;
use crate::semantics::{FunctionSemantics, TriggerSemantics};

/// Tell the story of trigger `t` of function `f`, with its plan row and findings.
pub fn story(
    f: &FunctionSemantics<'_, '_>,
    t: &TriggerSemantics<'_, '_>,
    tp: TriggerPlan,
    findings: Vec<Finding>,
    refs: &Refs,
) -> TriggerStory {
    let lang = refs.lang;
    let kind = tp.trigger_type.clone().unwrap_or_else(|| "?".into());
    let at = refs.node(Some(t.facts.node));
    let title = l(
        lang,
        format!("Trigger {} ({kind}{})", tp.trigger, inline(&at, ", ")),
        format!("触发器 {}（{kind}{}）", tp.trigger, inline(&at, "，")),
    );
    let mut parts = Vec::new();
    match (t.facts.trigger_type.known(), &t.facts.eventbridge) {
        (_, Some(eb)) if t.facts.kind.is_custom() => {
            eventbridge::parts(f, t, eb, &tp, refs, &mut parts)
        }
        (Some(tt), _) => services::parts(f, t, *tt, &tp, refs, &mut parts),
        (None, _) => {
            let at = refs.fact(&t.facts.trigger_type);
            parts.push((
                aspect(lang, "Source", "事件来源"),
                l(
                    lang,
                    format!("The trigger type{at} is not one fclint knows, so it cannot say what this trigger does."),
                    format!("触发器类型{at}不是 fclint 认识的类型，无法说明其行为。"),
                ),
            ))
        }
    }
    TriggerStory {
        title,
        parts,
        findings,
        plan: tp,
        scf: None,
    }
}
