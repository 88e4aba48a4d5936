//! What a link (or Back and Forward) asks the map to show, merged with the data: which place opens, which
//! categories are ticked, the language, the view and the base map, and what in the link could not be used.

use super::atlas::Atlas;
use super::filter::CategorySet;
use super::i18n::Lang;
use super::ids::PlaceId;
use super::problems::LinkProblem;
use super::url_state::{BaseKind, UrlState, ViewParam};

/// The state a link asks for, checked against the data.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub lang: Lang,
    pub cats: CategorySet,
    /// The view the link names, if it names one (it wins over everything else).
    pub view: Option<ViewParam>,
    pub base: BaseKind,
    /// The place to open.
    pub place: Option<PlaceId>,
    /// Whether to zoom in until the place has a marker of its own: a link to a place with no view of its own.
    pub zoom_to_place: bool,
    /// What in the link could not be used.
    pub problems: Vec<LinkProblem>,
}

/// Merges a link into the data: a link's missing language is the browser's, missing categories are all of
/// them, a missing base map is the schematic; an unknown place is a problem, and a known one is shown whatever
/// categories the link names (its category is ticked).
pub fn merge(url: &UrlState, atlas: &Atlas, browser_lang: Lang) -> Merged {
    let mut problems = Vec::new();
    let place = url.place.as_ref().and_then(|id| {
        let found = atlas.find(id);
        if found.is_none() {
            problems.push(LinkProblem::UnknownPlace(id.clone()));
        }
        found
    });
    let mut cats = url.cats.unwrap_or(CategorySet::ALL);
    if let Some(p) = place.and_then(|p| atlas.place(p)) {
        cats = cats.with(p.category, true);
    }
    Merged {
        lang: url.lang.unwrap_or(browser_lang),
        cats,
        view: url.view,
        base: url.base.unwrap_or_default(),
        place,
        zoom_to_place: place.is_some() && url.view.is_none(),
        problems,
    }
}
