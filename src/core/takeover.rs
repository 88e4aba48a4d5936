//! What a reader did in the prerendered first view before the program took over, read from its elements' ids
//! (examples/prerender writes them): the categories switched off (`show-<category>`, the narrow copy's ids end
//! in `-narrow`) and the element that had the keyboard's focus. The live app starts from it.

use super::filter::CategorySet;
use super::places::Category;

/// The map element's size in the windows the first view is drawn for: a 390×844 phone (the map under the
/// header, search and chips) and a 1280×800 desktop (beside the 250 px sidebar). CSS: assets/style.css. In
/// other windows the first view shows the same view around the map's centre, and so does the live app at first.
pub const NARROW_MAP: (f64, f64) = (390.0, 684.0);
pub const WIDE_MAP: (f64, f64) = (1030.0, 745.0);

/// The suffix of the narrow copy's ids (examples/prerender).
const NARROW: &str = "-narrow";
/// The prefix of a category checkbox's id in the first view.
const SHOW: &str = "show-";
/// The prefix of a place's brief card's id in the first view (examples/prerender/brief.rs).
const CARD: &str = "card-";

/// What the first view leaves to the live app.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Takeover {
    /// Categories whose checkbox was unticked.
    pub off: Vec<Category>,
    /// The id of the element that had the keyboard's focus (the live app's has the same id: the category
    /// checkboxes are `show-<category>` in both).
    pub focus: Option<String>,
    /// The map the reader saw: the size it was drawn for (`NARROW_MAP` or `WIDE_MAP`) and its size on screen
    /// (CSS px). The live app starts from the same view, so that nothing moves.
    pub map: Option<FirstMap>,
    /// The place whose brief card the reader opened (the address's `#card-<id>`).
    pub card: Option<String>,
}

/// The first view's map as the reader saw it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FirstMap {
    /// The size its view was fitted to at build time.
    pub drawn_for: (f64, f64),
    /// Its size in this window.
    pub on_screen: (f64, f64),
}

impl FirstMap {
    /// The map shown, from its element's id (`map`, or the narrow copy's `map-narrow`) and size; none if hidden.
    pub fn read(id: &str, (width, height): (f64, f64)) -> Option<FirstMap> {
        let drawn_for = if id.ends_with(NARROW) { NARROW_MAP } else { WIDE_MAP };
        (width > 0.0 && height > 0.0).then_some(FirstMap { drawn_for, on_screen: (width, height) })
    }
}

impl Takeover {
    /// From the ids of the unticked category checkboxes and of the focused element (if it was in the first view
    /// and had an id). Unknown categories are left out.
    pub fn read(unticked: &[String], focused: Option<&str>) -> Takeover {
        let off = unticked.iter().filter_map(|id| category(id)).collect();
        let focus =
            focused.map(|id| id.strip_suffix(NARROW).unwrap_or(id)).filter(|id| !id.is_empty()).map(String::from);
        Takeover { off, focus, map: None, card: None }
    }

    /// The categories to show: the link's (or all), less those switched off in the first view, which the reader
    /// chose after the link was opened.
    pub fn categories(&self, from_link: Option<CategorySet>) -> Option<CategorySet> {
        if self.off.is_empty() {
            return from_link;
        }
        Some(self.off.iter().fold(from_link.unwrap_or(CategorySet::ALL), |set, c| set.with(*c, false)))
    }
}

/// The id of a place's brief card in the first view, which links to it as `#card-<id>`.
pub fn card_anchor(place: &str) -> String {
    format!("{CARD}{place}")
}

/// The place whose brief card an address's fragment names (`#card-<id>`, as `location.hash` gives it).
pub fn card(hash: &str) -> Option<String> {
    let id = hash.strip_prefix('#')?.strip_prefix(CARD)?;
    (!id.is_empty()).then(|| id.to_string())
}

/// The category of a first-view checkbox's id.
fn category(id: &str) -> Option<Category> {
    let key = id.strip_prefix(SHOW)?;
    Category::from_key(key.strip_suffix(NARROW).unwrap_or(key))
}
