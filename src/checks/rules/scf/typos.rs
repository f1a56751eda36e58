//! A typo in a trigger's structure — `function: consumr`, `type: ckafak`, `paramters:` — stops
//! or empties the deploy and is reported once, where it is written (TC104, TC008, TC010). The
//! trigger's parameters are still checked as they were meant (TC001–TC006), so that fixing the
//! typo does not reveal a second round of errors. So are the triggers of a misspelt list
//! (`trigers:`, `event:`), which TC009 reports.

use crate::model::scf::{events, multi_triggers, ScfForm, ScfModel, ScfTrigger, ScfTriggerType};
use crate::source::{Entry, Kind, Node};

/// `parameters` written misspelt in the trigger's body: the one mapping key close to it, when
/// there is no `parameters`.
pub(crate) fn params_typo<'a>(t: &ScfTrigger<'a>) -> Option<&'a Entry> {
    if t.params.is_some() || t.foreign {
        return None;
    }
    let body = t.body.filter(|b| b.is_map())?;
    let mut close = body.entries().iter().filter(|e| {
        e.value.is_map() && crate::text::did_you_mean(&e.key, ["parameters"]).is_some()
    });
    let first = close.next()?;
    close.next().is_none().then_some(first)
}

/// The trigger as it was meant, when a typo hides what it is: a type close to `ckafka` read as
/// `ckafka`, a misspelt `parameters` read as its parameters. `None` when nothing is guessed.
pub(crate) fn as_meant<'a>(t: &ScfTrigger<'a>) -> Option<ScfTrigger<'a>> {
    let mut meant = t.clone();
    let mut guessed = false;
    if t.kind.is_none() {
        let ty = t.type_text.as_deref().unwrap_or_default();
        let types = t.form.trigger_types().iter().copied();
        if crate::text::did_you_mean(ty, types) == Some(ScfTriggerType::Ckafka.as_str()) {
            meant.kind = Some(ScfTriggerType::Ckafka);
            // Messages about the trigger as meant name the type it was meant to be.
            meant.type_text = Some(ScfTriggerType::Ckafka.as_str().to_string());
            guessed = true;
        }
    }
    if let Some(e) = params_typo(t) {
        meant.params = Some(&e.value);
        guessed = true;
    }
    guessed.then_some(meant)
}

/// Triggers written under a misspelt list key — `trigers:` in `multi-scf` `inputs`, `event:`
/// of an `scf` component or a Framework v1 function — which the deploying code never reads
/// (TC009 says so once): what they would be, for their parameters to be checked.
pub(crate) fn under_misspelt_list<'a>(model: &ScfModel<'a>) -> Vec<ScfTrigger<'a>> {
    let misspelt = |holder: &'a Node, key: &str| -> Option<&'a Node> {
        if !holder.is_map() || holder.get(key).is_some() {
            return None;
        }
        let mut close = holder.entries().iter().filter(|e| {
            matches!(e.value.kind, Kind::Seq(_))
                && crate::text::did_you_mean(&e.key, [key]).is_some()
        });
        let first = close.next()?;
        close.next().is_none().then_some(&first.value)
    };
    match model.form {
        ScfForm::Multi => model
            .defaults
            .and_then(|inputs| misspelt(inputs, "triggers"))
            .map(|list| multi_triggers(Some(list)))
            .unwrap_or_default(),
        ScfForm::Component | ScfForm::FrameworkV1 => model
            .functions
            .iter()
            .filter_map(|f| misspelt(f.node, "events"))
            .flat_map(|list| events(model.form, Some(list)))
            .collect(),
    }
}
