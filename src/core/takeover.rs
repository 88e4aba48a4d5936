//! What a reader did in the prerendered first view before the program took over, read from its elements' ids
//! (examples/prerender writes them): the categories switched off (`show-<category>`, the narrow copy's ids end
//! in `-narrow`) and the element that had the keyboard's focus. The live app starts from it.

use super::filter::CategorySet;
use super::places::Category;

/// The suffix of the narrow copy's ids (examples/prerender).
const NARROW: &str = "-narrow";
/// The prefix of a category checkbox's id in the first view.
const SHOW: &str = "show-";

/// What the first view leaves to the live app.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Takeover {
    /// Categories whose checkbox was unticked.
    pub off: Vec<Category>,
    /// Where the keyboard's focus was.
    pub focus: Option<Focus>,
}

/// An element the live app draws again, found by what it is rather than by the first view's id.
#[derive(Clone, Debug, PartialEq)]
pub enum Focus {
    /// An element with this id in the live app too.
    Id(String),
    /// A category's checkbox (the live app's has no id).
    Category(Category),
}

impl Focus {
    /// The live app's element, as a CSS selector.
    pub fn selector(&self) -> String {
        match self {
            Focus::Id(id) => format!("#{id}"),
            Focus::Category(c) => format!(".filter--{} input", c.key()),
        }
    }
}

impl Takeover {
    /// From the ids of the unticked category checkboxes and of the focused element (if it was in the first view
    /// and had an id). Unknown categories are left out.
    pub fn read(unticked: &[String], focused: Option<&str>) -> Takeover {
        let off = unticked.iter().filter_map(|id| category(id)).collect();
        let focus =
            focused.map(|id| id.strip_suffix(NARROW).unwrap_or(id)).filter(|id| !id.is_empty()).map(
                |id| match category(id) {
                    Some(c) => Focus::Category(c),
                    None => Focus::Id(id.to_string()),
                },
            );
        Takeover { off, focus }
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

/// The category of a first-view checkbox's id.
fn category(id: &str) -> Option<Category> {
    let key = id.strip_prefix(SHOW)?;
    Category::from_key(key.strip_suffix(NARROW).unwrap_or(key))
}
