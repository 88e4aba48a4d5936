//! A user's places grouped by one of their fields (`core::groups`): the map's categories standing for the
//! field's values; and named by one (`core::naming`).

use super::Atlas;
use crate::core::i18n::Lang;
use crate::core::places::{Category, Place};
use crate::core::{groups, naming};
use std::collections::HashMap;

impl Atlas {
    /// The places grouped by one of their own fields (`None`: not grouped), as the next generation (every
    /// marker takes its new colour); `None` when no place has the field.
    pub fn regrouped(&self, field: Option<&str>) -> Option<Atlas> {
        let mut places = self.places.clone();
        let own = |p: &Place| p.own_fields.is_some();
        let groups = match field {
            Some(field) => {
                let (categories, groups) = groups::from_field(&places, field)?;
                for (p, c) in places.iter_mut().zip(categories).filter(|(p, _)| own(p)) {
                    p.category = c;
                }
                Some(groups)
            }
            None => {
                for p in places.iter_mut().filter(|p| own(p)) {
                    p.category = Category::Other;
                }
                None
            }
        };
        let mut next = Atlas { groups: None, ..self.clone() }.with_places(places);
        next.groups = groups;
        next.generation = self.generation.next();
        next.survey = self.survey.clone();
        Some(next)
    }

    /// The places named by one of their own fields (`None`: by their usual name), as the next generation (every
    /// marker and the search take the new names); `None` when no place has the field.
    pub fn renamed(&self, field: Option<&str>) -> Option<Atlas> {
        if let Some(field) = field {
            if !self.places.iter().any(|p| naming::has_field(p, field)) {
                return None;
            }
        }
        let mut places = self.places.clone();
        naming::rename_all(&mut places, self.naming_field.as_deref(), field);
        let mut next = Atlas { naming_field: None, ..self.clone() }.with_places(places);
        next.naming_field = field.map(str::to_string);
        next.generation = self.generation.next();
        next.survey = self.survey.clone();
        Some(next)
    }

    /// What a user's file's fields look like (for the choices of a field to group or name by); `None` for data
    /// with no user's places.
    pub fn field_survey(&self) -> Option<std::sync::Arc<crate::core::fields::Survey>> {
        let survey = self.survey.get_or_init(|| {
            let mut features = self.places.iter().filter_map(|p| p.own_fields.as_deref()).peekable();
            features.peek()?;
            Some(std::sync::Arc::new(crate::core::fields::survey(features, self.places.len())))
        });
        survey.clone()
    }

    /// The place as its file names it (see [`Atlas::places_as_named`]): what a correction starts from.
    pub fn place_as_named(&self, place: crate::core::ids::PlaceId) -> Option<Place> {
        let mut p = self.place(place)?.clone();
        if self.naming_field.is_some() {
            naming::rename_one(&mut p, self.naming_field.as_deref(), None);
        }
        Some(p)
    }

    /// The places as their file names them (a chosen label is a way of looking, as a grouping is): what a
    /// download writes and what corrections apply to (saved changes are to the file's names, so they apply
    /// whatever the label). A place renamed in the editor keeps its new name.
    pub fn places_as_named(&self) -> std::borrow::Cow<'_, [Place]> {
        match &self.naming_field {
            None => std::borrow::Cow::Borrowed(&self.places),
            Some(label) => {
                let mut places = self.places.clone();
                naming::rename_all(&mut places, Some(label), None);
                std::borrow::Cow::Owned(places)
            }
        }
    }

    /// Places changed by a correction come as their file names them (`places_as_named`, or the places as
    /// loaded): they take the chosen label again, unless the correction renamed them. Places already named as
    /// shown (a position draft) are not read again.
    pub(super) fn keep_label(&self, mut places: Vec<Place>) -> Vec<Place> {
        if let Some(label) = self.naming_field.as_deref() {
            // Only the places whose name is not the one shown are read again (an edit changes a few).
            let shown: HashMap<&str, &crate::core::places::Localized> =
                self.places.iter().map(|p| (p.id.as_str(), &p.name)).collect();
            for place in places.iter_mut().filter(|p| shown.get(p.id.as_str()) != Some(&&p.name)) {
                naming::rename_one(place, None, Some(label));
            }
        }
        places
    }

    /// Places changed by an edit come from the places as loaded (ungrouped): they keep the group they had.
    pub(super) fn keep_groups(&self, mut places: Vec<Place>) -> Vec<Place> {
        if self.groups.is_some() {
            let had: HashMap<&str, Category> = self.places.iter().map(|p| (p.id.as_str(), p.category)).collect();
            for p in places.iter_mut().filter(|p| p.own_fields.is_some()) {
                p.category = had.get(p.id.as_str()).copied().unwrap_or(Category::Other);
            }
        }
        places
    }

    /// What a category is called on this map: a group's value when grouped, else the category's name.
    pub fn category_label(&self, category: Category, lang: Lang) -> String {
        match &self.groups {
            Some(groups) => groups.label(category, lang),
            None => category.label(lang).to_string(),
        }
    }

    /// The icon a category's markers show: its own glyph, or, while grouped, a plain shape of its own for each
    /// group (a group is a value of the file's, not a kind of place) and the pin for the rest.
    pub fn icon_of(&self, category: Category) -> Icon {
        if self.groups.is_some() && category != Category::Other {
            Icon::Shape(category.index())
        } else {
            Icon::Kind(category)
        }
    }
}

/// What a marker, a filter or a list entry draws beside a place or a category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icon {
    /// A kind of place's glyph (a tree for parks, a cross for hospitals…).
    Kind(Category),
    /// The n-th of the shapes that tell a user's groups apart (circle, square, triangle…).
    Shape(usize),
}

impl From<Category> for Icon {
    fn from(category: Category) -> Self {
        Icon::Kind(category)
    }
}
