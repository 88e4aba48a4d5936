//! What a user's places are called on the map: the first of the usual name fields (`name`, `title`, `NAME`,
//! `Name`, `名称`, `名稱`), else the feature's first filled field, else its id; or a field the user chooses
//! (`?label=<field>`). A chosen naming field is a way of looking: corrections and downloads work on the file's own
//! names, and a place renamed in the editor keeps its new name whatever the naming field.

use super::fields::{fields_of, Field};
use super::places::{Localized, Place, MAX_NAME_CHARS};

/// Whether a user's place has a value for `field`.
pub fn has_field(place: &Place, field: &str) -> bool {
    place.own_fields.as_deref().and_then(fields_of).is_some_and(|f| f.shown.iter().any(|f| f.key == field && !f.blank))
}

/// A user's place's possible names: its usual name and its fields' values (its feature read once).
struct Names {
    usual: Localized,
    fields: Vec<Field>,
}

impl Names {
    fn of(place: &Place) -> Option<Names> {
        let feature = place.own_fields.as_deref()?;
        let usual = super::places::usual_name(feature, &place.id)?;
        Some(Names { usual, fields: fields_of(feature).map(|f| f.shown).unwrap_or_default() })
    }

    /// The name by `field` (`None`: the usual name); the usual name where the place lacks the field.
    fn by(&self, field: Option<&str>) -> Localized {
        let value = field.and_then(|field| self.fields.iter().find(|f| f.key == field && !f.blank));
        value.map_or_else(|| self.usual.clone(), |f| Localized::same(&short(f.value.trim())))
    }
}

/// What a place is called when named by `field` (`None`: the usual name): the field's value, or the usual
/// name where the place lacks it. `None` for a place that is not a user's.
pub fn name_by_field(place: &Place, field: Option<&str>) -> Option<Localized> {
    Names::of(place).map(|names| names.by(field))
}

/// Names a user's places by `to` (`None`: the usual name), where they are still called by `from` (a place
/// renamed in the editor keeps its name).
pub fn rename_all(places: &mut [Place], from: Option<&str>, to: Option<&str>) {
    for place in places.iter_mut() {
        rename_one(place, from, to);
    }
}

/// [`rename_all`] for one place.
pub fn rename_one(place: &mut Place, from: Option<&str>, to: Option<&str>) {
    let Some(names) = Names::of(place) else { return };
    if names.by(from) == place.name {
        place.name = names.by(to);
    }
}

/// A name cut to the longest a name may be (with "…", as the loader cuts names).
fn short(text: &str) -> String {
    super::places::cut(text.to_string(), MAX_NAME_CHARS)
}
