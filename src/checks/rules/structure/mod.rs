//! LD: what the file is — edition, which resources are FC functions, which are skipped.
//! One file per rule; the walk over `resources` / `services` here reports LD002, LD003, LD005
//! and LD006 through their files' constructors.

pub mod ld001_missing_edition;
pub mod ld002_skipped_component;
pub mod ld003_component_by_shape;
pub mod ld004_services_in_edition_3;
pub mod ld005_no_functions;
pub mod ld006_not_an_s_yaml;
pub mod ld007_edition_1_layout_in_edition_3;

use crate::diag::Diagnostic;
use crate::model::{self, Edition};
use crate::source::{Kind, Node, SourceMap};

/// Check what the document is and report which resources are (not) checked.
pub fn check(root: &Node, edition: Edition, sources: &SourceMap, out: &mut Vec<Diagnostic>) {
    if !root.is_map() {
        out.push(ld006_not_an_s_yaml::document(root));
        return;
    }
    ld001_missing_edition::check(root, out);
    ld004_services_in_edition_3::check(root, edition, out);
    let section_key = edition.section();
    let Some(section) = root.entry(section_key) else {
        let first = root
            .entries()
            .first()
            .map(|e| e.key_span)
            .unwrap_or(root.span);
        out.push(ld005_no_functions::no_section(first, section_key));
        return;
    };
    if section.value.is_unknown() {
        return;
    }
    if !section.value.is_map() {
        out.push(ld006_not_an_s_yaml::section(section_key, &section.value));
        return;
    }
    let mut functions = 0;
    for e in section.value.entries() {
        let res = &e.value;
        if res.is_unknown() {
            continue;
        }
        if !res.is_map() {
            out.push(ld006_not_an_s_yaml::resource(&e.key, res));
            continue;
        }
        let props = res.get("props");
        if let Some(p) = props {
            if !p.is_map() && !p.is_unknown() && !p.is_null() {
                out.push(ld006_not_an_s_yaml::props(&e.key, p));
                continue;
            }
        }
        let comp = res.get("component");
        let comp_text = match comp.map(|c| &c.kind) {
            // From the environment: named by its expression, never its value.
            _ if comp.is_some_and(Node::is_sensitive) => comp.and_then(Node::sensitive),
            Some(Kind::Str(s)) => Some(s.as_str()),
            Some(Kind::Unknown(s)) => Some(s.as_str()),
            _ => None,
        };
        // A component given as an expression (`${path(..)}`) is named as written, never as
        // the path it resolved to on this machine.
        let written = comp.and_then(|c| as_written(sources, c));
        let comp_text = written.or(comp_text);
        let span = comp.map(|c| c.span).unwrap_or(e.key_span);
        let pointer = comp.map(|c| c.pointer.as_str()).unwrap_or(&res.pointer);
        match comp_text {
            Some(c)
                if comp.map(|n| !n.is_unknown()).unwrap_or(false)
                    && model::is_fc_component(edition, c) =>
            {
                functions += 1;
            }
            Some(c)
                if (comp.map(Node::is_unknown).unwrap_or(false)
                    || model::is_indirect_component(c))
                    && props
                        .map(|p| model::looks_like_fc(edition, p))
                        .unwrap_or(false) =>
            {
                functions += 1;
                out.push(ld003_component_by_shape::by_shape(span, pointer, &e.key, c));
            }
            Some(c) => out.push(ld002_skipped_component::other_component(
                span, pointer, &e.key, c,
            )),
            None => out.push(ld002_skipped_component::no_component(span, pointer, &e.key)),
        }
    }
    if functions == 0 && !section.value.entries().is_empty() {
        out.push(ld005_no_functions::no_functions(
            section.key_span,
            &section.value.pointer,
            section_key,
        ));
    }
}

/// The scalar as written in its file when it is an expression (`${…}`), without its quotes.
fn as_written<'s>(sources: &'s SourceMap, n: &Node) -> Option<&'s str> {
    if n.span.file.0 as usize >= sources.len() {
        return None;
    }
    let text = &sources.get(n.span.file).text;
    let raw = text.get(n.span.start.byte as usize..n.span.end.byte as usize)?;
    let raw = raw.trim().trim_matches(|c| c == '\'' || c == '"');
    raw.contains("${").then_some(raw)
}
