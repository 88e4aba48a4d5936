//! What a user's places are called on the map: the first of the usual name fields (`name`, `title`, `NAME`,
//! `Name`, `名称`, `名稱`), else the file's first field, else the feature's id; or a field the user chooses
//! (`?label=<field>`). A place renamed in the editor keeps its new name whatever the label.

use super::fields::fields_of;
use super::places::{Localized, Place, MAX_NAME_CHARS};
use std::collections::HashMap;

/// The fields a label can come from, in the order the first place gives them: those at least half the places
/// have.
pub fn label_fields(places: &[Place]) -> Vec<String> {
    let mut order: Vec<String> = Vec::new();
    let mut present: HashMap<String, usize> = HashMap::new();
    let own: Vec<&str> = places.iter().filter_map(|p| p.own_fields.as_deref()).collect();
    for feature in &own {
        for field in fields_of(feature).map(|f| f.shown).unwrap_or_default() {
            if field.value.trim().is_empty() {
                continue;
            }
            *present.entry(field.key.clone()).or_insert_with(|| {
                order.push(field.key);
                0
            }) += 1;
        }
    }
    order.into_iter().filter(|key| present[key] * 2 >= own.len()).collect()
}

/// Whether a user's place has a value for `field`.
pub fn has_field(place: &Place, field: &str) -> bool {
    place
        .own_fields
        .as_deref()
        .and_then(fields_of)
        .is_some_and(|f| f.shown.iter().any(|f| f.key == field && !f.value.trim().is_empty()))
}

/// A name from a feature's own fields when none of the usual name fields gives one: its first field with a
/// value, else its id.
pub fn fallback_name(feature: &str, id: &str) -> Localized {
    let first = fields_of(feature).and_then(|f| f.shown.into_iter().find(|f| !f.value.trim().is_empty()));
    Localized::same(&short(first.as_ref().map_or(id, |f| f.value.as_str()).trim()))
}

/// What a place is called when labelled by `field` (`None`: the usual name): the field's value, or the usual
/// name where the place lacks it. `None` for a place that is not a user's.
pub fn label_of(place: &Place, field: Option<&str>) -> Option<Localized> {
    let feature = place.own_fields.as_deref()?;
    let chosen = field.and_then(|field| {
        let fields = fields_of(feature)?;
        let value = fields.shown.into_iter().find(|f| f.key == field)?.value;
        (!value.trim().is_empty()).then(|| Localized::same(&short(value.trim())))
    });
    chosen.or_else(|| super::places::usual_name(feature, &place.id))
}

/// Names a user's places by `to` (`None`: the usual name), where they are still called by `from` (a place
/// renamed in the editor keeps its name).
pub fn relabel(places: &mut [Place], from: Option<&str>, to: Option<&str>) {
    for place in places.iter_mut().filter(|p| p.own_fields.is_some()) {
        if label_of(place, from).as_ref() == Some(&place.name) {
            if let Some(name) = label_of(place, to) {
                place.name = name;
            }
        }
    }
}

fn short(text: &str) -> String {
    text.chars().take(MAX_NAME_CHARS).collect()
}
