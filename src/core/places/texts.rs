//! The texts only a card shows (summary, facts, address, where the position comes from), by place id. The built-in data ships them apart from
//! what the first view needs (`build.rs`); they are filled in when they arrive.

use super::model::{Fact, Localized, Place, Source};
use std::collections::HashMap;

/// One place's card texts.
#[derive(Clone, Debug, Default, PartialEq)]
struct CardTexts {
    summary: Option<Localized>,
    facts: Vec<Fact>,
    address: Option<Localized>,
    /// The position's source.
    source: Option<Source>,
}

/// Card texts by place id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlaceTexts(HashMap<String, CardTexts>);

impl PlaceTexts {
    /// The card texts of these places (the full data file, loaded).
    pub fn of(places: Vec<Place>) -> Self {
        let texts = places.into_iter().map(|p| {
            let texts = CardTexts { summary: p.summary, facts: p.facts, address: p.address, source: p.position.source };
            (p.id, texts)
        });
        PlaceTexts(texts.collect())
    }

    /// Where a place's position comes from, as its file says.
    pub fn position_source(&self, id: &str) -> Option<&Source> {
        self.0.get(id)?.source.as_ref()
    }

    /// Fills in each place's texts where it has none of its own (a text written here before they arrived stays);
    /// whether anything was filled in.
    pub fn fill(&self, places: &mut [Place]) -> bool {
        let mut filled = false;
        for place in places {
            let Some(texts) = self.0.get(&place.id) else { continue };
            if place.summary.is_none() && texts.summary.is_some() {
                place.summary = texts.summary.clone();
                filled = true;
            }
            if place.facts.is_empty() && !texts.facts.is_empty() {
                place.facts = texts.facts.clone();
                filled = true;
            }
            if place.address.is_none() && texts.address.is_some() {
                place.address = texts.address.clone();
                filled = true;
            }
            if place.position.source.is_none() && texts.source.is_some() {
                place.position.source = texts.source.clone();
                filled = true;
            }
        }
        filled
    }
}
