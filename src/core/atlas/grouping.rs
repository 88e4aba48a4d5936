//! A user's places grouped by one of their fields (`core::groups`): the map's categories standing for the
//! field's values.

use super::Atlas;
use crate::core::groups;
use crate::core::i18n::Lang;
use crate::core::places::{Category, Place};
use std::collections::HashMap;

impl Atlas {
    /// The places grouped by one of their own fields (`None`: not grouped), as the next generation (every
    /// marker takes its new colour); `None` when no place has the field.
    pub fn grouped_by(&self, field: Option<&str>) -> Option<Atlas> {
        let mut places = self.places.clone();
        let own = |p: &Place| p.own_fields.is_some();
        let groups = match field {
            Some(field) => {
                let (categories, groups) = groups::group_by(&places, field)?;
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
        Some(next)
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

    /// The icon a category's markers show: its own, or one pin for every group (a group is a value, not a kind
    /// of place).
    pub fn icon_of(&self, category: Category) -> Category {
        if self.groups.is_some() {
            Category::Other
        } else {
            category
        }
    }
}
