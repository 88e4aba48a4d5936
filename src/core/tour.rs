//! Guided tours of the article (`assets/data/tours.json`, fetched when a tour starts, kept for offline use by
//! the service worker). A tour walks one of the article's themes in steps: step 1 shows all its stops with the
//! tour's introduction; each later step is one stop, its place brought into view with its card open and a short
//! text written for the tour. A link keeps the step: `?tour=heritage&step=3`.

use super::i18n::Lang;
use super::ids::PlaceId;
use super::places::{is_slug, Category, Localized, Section};
use super::reading::Reading;
use serde::Deserialize;

/// Every tour, in the order they are offered.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tours(Vec<Tour>);

/// One theme of the article, walked stop by stop.
#[derive(Clone, Debug, PartialEq)]
pub struct Tour {
    /// The key links use (`tour=<key>`).
    pub key: String,
    /// The article section the tour follows.
    pub section: Option<Section>,
    pub title: Localized,
    /// What step 1 says, while the map shows every stop.
    pub intro: Localized,
    pub stops: Vec<Stop>,
}

/// A stop: a place (by id) and what the tour says there.
#[derive(Clone, Debug, PartialEq)]
pub struct Stop {
    pub place: String,
    pub text: Localized,
}

/// What a step shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Step<'a> {
    /// Step 1: the whole tour.
    Overview,
    Stop(&'a Stop),
}

/// Where a tour is: which tour, and which step (from 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TourAt {
    pub key: String,
    pub step: usize,
}

impl TourAt {
    /// The first step of a tour.
    pub fn start(key: &str) -> TourAt {
        TourAt { key: key.to_string(), step: 1 }
    }
}

/// Why a tours file could not be used.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ToursError {
    #[error("the tours file is not the expected JSON: {0}")]
    Json(String),
    #[error("tour `{0}`: {1}")]
    Tour(String, &'static str),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTours {
    tours: Vec<RawTour>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTour {
    key: String,
    section: String,
    title: RawText,
    intro: RawText,
    stops: Vec<RawStop>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStop {
    place: String,
    text: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText {
    #[serde(rename = "zh-Hans")]
    hans: String,
    #[serde(rename = "zh-Hant")]
    hant: String,
    en: String,
}

impl RawText {
    fn localized(self) -> Option<Localized> {
        let text = Localized { zh_hans: self.hans, zh_hant: self.hant, en: self.en };
        text.is_complete().then_some(text)
    }
}

impl Tours {
    /// Reads a tours file: every tour needs a key fit for a link, a known section, complete texts in three
    /// languages and at least one stop.
    pub fn parse(json: &str) -> Result<Tours, ToursError> {
        let raw: RawTours = serde_json::from_str(json).map_err(|e| ToursError::Json(e.to_string()))?;
        let mut tours: Vec<Tour> = Vec::with_capacity(raw.tours.len());
        for t in raw.tours {
            let bad = |why| Err(ToursError::Tour(t.key.clone(), why));
            if !is_slug(&t.key) || tours.iter().any(|o| o.key == t.key) {
                return bad("the key is not a unique slug");
            }
            let Some(section) = Section::from_key(&t.section) else { return bad("unknown section") };
            let (Some(title), Some(intro)) = (t.title.localized(), t.intro.localized()) else {
                return bad("a title or introduction lacks a language");
            };
            if t.stops.is_empty() {
                return bad("no stops");
            }
            let mut stops = Vec::with_capacity(t.stops.len());
            for s in t.stops {
                let Some(text) = s.text.localized() else { return bad("a stop's text lacks a language") };
                stops.push(Stop { place: s.place, text });
            }
            tours.push(Tour { key: t.key.clone(), section: Some(section), title, intro, stops });
        }
        Ok(Tours(tours))
    }

    pub fn all(&self) -> &[Tour] {
        &self.0
    }

    /// The tour with this key.
    pub fn get(&self, key: &str) -> Option<&Tour> {
        self.0.iter().find(|t| t.key == key)
    }

    /// The tour that follows an article section.
    pub fn of_section(&self, section: Section) -> Option<&Tour> {
        self.0.iter().find(|t| t.section == Some(section))
    }
}

impl Tour {
    /// The tour with only the stops whose place `has` knows (the data shown may lack some).
    pub fn within(&self, has: impl Fn(&str) -> bool) -> Tour {
        Tour { stops: self.stops.iter().filter(|s| has(&s.place)).cloned().collect(), ..self.clone() }
    }

    /// How many steps: the overview and one per stop.
    pub fn steps(&self) -> usize {
        self.stops.len() + 1
    }

    /// A step number brought into the tour's range.
    pub fn clamp(&self, step: usize) -> usize {
        step.clamp(1, self.steps())
    }

    /// What a step shows (its number brought into range first).
    pub fn step(&self, step: usize) -> Step<'_> {
        match self.clamp(step) {
            1 => Step::Overview,
            n => Step::Stop(&self.stops[n - 2]),
        }
    }

    /// The step `delta` steps from `step`, kept within the tour.
    pub fn moved(&self, step: usize, delta: isize) -> usize {
        self.clamp(self.clamp(step).saturating_add_signed(delta))
    }

    /// The places of every stop, in order.
    pub fn places(&self) -> impl Iterator<Item = &str> {
        self.stops.iter().map(|s| s.place.as_str())
    }

    /// What the reader looks at once a step is shown: every category the tour visits is ticked (so each stop
    /// stays on the map), step 1 closes any card and a stop opens its place's. `find` gives a place's id and
    /// category in the data shown, by the place's id in the tours file.
    pub fn reading_at(
        &self,
        step: usize,
        reading: Reading,
        find: impl Fn(&str) -> Option<(PlaceId, Category)>,
    ) -> Reading {
        let reading = reading.include(self.places().filter_map(&find).map(|(_, category)| category));
        match self.step(step) {
            Step::Overview => reading.close(),
            Step::Stop(stop) => match find(&stop.place) {
                Some((place, _)) => reading.open(place),
                None => reading,
            },
        }
    }
}

/// "Step 2 of 7", worded for a language.
pub fn step_count(lang: Lang, step: usize, steps: usize) -> String {
    lang.pick([
        format!("第 {step} 步，共 {steps} 步"),
        format!("第 {step} 步，共 {steps} 步"),
        format!("Step {step} of {steps}"),
    ])
}
