//! What the prerendered first view leaves to the live app: categories switched off and the focused element.

#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use zhonglou_map::core::filter::CategorySet;
use zhonglou_map::core::places::Category;
use zhonglou_map::core::takeover::{Focus, Takeover};

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn unticked_checkboxes_of_either_copy_switch_their_categories_off() {
    let left = Takeover::read(&ids(&["show-park", "show-heritage-narrow", "show-nonsense", "search-input"]), None);
    assert_eq!(left.off, vec![Category::Park, Category::Heritage]);
    let shown = left.categories(None).unwrap();
    assert!(!shown.contains(Category::Park) && !shown.contains(Category::Heritage));
    assert!(shown.contains(Category::School) && shown.contains(Category::Transport));
}

#[test]
fn nothing_unticked_leaves_the_links_categories_as_they_were() {
    let left = Takeover::read(&[], None);
    assert_eq!(left.categories(None), None);
    let only_schools = CategorySet::only(Category::School);
    assert_eq!(left.categories(Some(only_schools)), Some(only_schools));
}

#[test]
fn a_category_switched_off_before_the_takeover_narrows_the_links_choice() {
    let link = CategorySet::only(Category::School).with(Category::Park, true);
    let shown = Takeover::read(&ids(&["show-park"]), None).categories(Some(link)).unwrap();
    assert_eq!(shown, CategorySet::only(Category::School));
}

#[test]
fn focus_goes_to_the_same_element_in_the_live_app() {
    let on_search = Takeover::read(&[], Some("search-input-narrow")).focus.unwrap();
    assert_eq!(on_search, Focus::Id("search-input".into()));
    assert_eq!(on_search.selector(), "#search-input");
    let on_checkbox = Takeover::read(&[], Some("show-market")).focus.unwrap();
    assert_eq!(on_checkbox, Focus::Category(Category::Market));
    assert_eq!(on_checkbox.selector(), ".filter--market input");
    assert_eq!(Takeover::read(&[], Some("")).focus, None);
    assert_eq!(Takeover::read(&[], None).focus, None);
}
