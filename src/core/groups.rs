//! Grouping a user's places by one of their own fields: the field's most common values turned into the map's
//! categories (up to eight, each with its own colour and shape; every other value, and places without the
//! field, under "other"). Which fields look categorical is `fields::Survey::categorical`.

use super::fields::fields_of;
use super::i18n::Lang;
use super::order::{arrange, order};
use super::places::{Category, Place};
use std::collections::HashMap;

/// How many values get a category of their own: the map's categories less "other".
pub const GROUPS: usize = 8;

/// A grouping: the field, and the value each category stands for (in `Category::ALL` order, "other" last).
#[derive(Clone, Debug, PartialEq)]
pub struct Groups {
    pub field: String,
    pub values: Vec<String>,
}

impl Groups {
    /// What a category stands for: its field's value, or "other" (in the reader's language).
    pub fn label(&self, category: Category, lang: Lang) -> String {
        match self.values.get(category.index()) {
            Some(value) if category != Category::Other => value.clone(),
            _ => Category::Other.label(lang).to_string(),
        }
    }
}

/// Each place's own fields as key and value (none for a place in this project's schema).
fn values(place: &Place) -> Vec<(String, String)> {
    let Some(feature) = place.own_fields.as_deref() else { return Vec::new() };
    fields_of(feature).map(|f| f.shown.into_iter().map(|f| (f.key, f.value)).collect()).unwrap_or_default()
}

/// The category each place takes when grouped by `field`: its value's among the eight most common (ties in
/// the order the values first appear), or "other". `None` when no place has the field.
pub fn from_field(places: &[Place], field: &str) -> Option<(Vec<Category>, Groups)> {
    let of: Vec<Option<String>> =
        places.iter().map(|p| values(p).into_iter().find(|(k, _)| k == field).map(|(_, v)| v)).collect();
    let mut counts: Vec<(String, usize)> = Vec::new();
    let mut at: HashMap<&str, usize> = HashMap::new();
    for value in of.iter().flatten() {
        match at.get(value.as_str()) {
            Some(&i) => counts[i].1 += 1,
            None => {
                at.insert(value, counts.len());
                counts.push((value.clone(), 1));
            }
        }
    }
    if counts.is_empty() {
        return None;
    }
    // Most common first; ties in the order they first appear.
    let common = order(counts.iter().map(|c| (u64::MAX - c.1 as u64, 0)));
    let values: Vec<String> = arrange(counts, &common).into_iter().take(GROUPS).map(|(v, _)| v).collect();
    let categories = of
        .iter()
        .map(|v| {
            v.as_ref().and_then(|v| values.iter().position(|g| g == v)).map_or(Category::Other, |i| Category::ALL[i])
        })
        .collect();
    Some((categories, Groups { field: field.to_string(), values }))
}
