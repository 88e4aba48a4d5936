//! What the prerendered first view leaves to the live app: categories switched off, the focused element, the
//! map the reader saw, the brief card opened.

#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use zhonglou_map::core::filter::CategorySet;
use zhonglou_map::core::places::Category;
use zhonglou_map::core::takeover::{self, FirstMap, Takeover, NARROW_MAP, WIDE_MAP};

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
    assert_eq!(on_search, "search-input");
    assert_eq!(Takeover::read(&[], Some("show-market-narrow")).focus.as_deref(), Some("show-market"));
    assert_eq!(Takeover::read(&[], Some("")).focus, None);
    assert_eq!(Takeover::read(&[], None).focus, None);
}

#[test]
fn the_map_seen_is_the_copy_drawn_for_its_width() {
    let narrow = FirstMap::read("map-narrow", (360.0, 480.0)).expect("a map on screen");
    assert_eq!(narrow.drawn_for, NARROW_MAP);
    assert_eq!(narrow.on_screen, (360.0, 480.0));
    assert_eq!(FirstMap::read("map", (1670.0, 1001.0)).map(|m| m.drawn_for), Some(WIDE_MAP));
    // The hidden copy has no size: it is not the one the reader saw.
    assert_eq!(FirstMap::read("map", (0.0, 0.0)), None);
}

#[test]
fn a_brief_card_named_by_the_address_is_the_place_to_open() {
    assert_eq!(takeover::card_anchor("qingfeng-park"), "card-qingfeng-park");
    assert_eq!(takeover::card("#card-qingfeng-park").as_deref(), Some("qingfeng-park"));
    // The card's ×, the map's skip link and no fragment at all open nothing.
    for hash in ["#", "", "#map", "#card-", "card-qingfeng-park"] {
        assert_eq!(takeover::card(hash), None, "{hash:?}");
    }
}
