//! The place list's length: a page at first, a page more on request (core::listing).

use zhonglou_map::core::listing::{Listing, PAGE};

#[test]
fn a_new_list_lists_one_page_and_says_how_many_are_left_out() {
    let l = Listing::default();
    assert_eq!(l.limit(), PAGE);
    assert_eq!(l.left_out(47), 0, "the built-in places all fit");
    assert_eq!(l.left_out(10_000), 10_000 - PAGE);
    assert_eq!(l.next_page(10_000), PAGE);
    assert_eq!(l.next_page(PAGE + 7), 7, "the last page holds only what is left");
    assert_eq!(l.next_page(PAGE), 0);
}

#[test]
fn show_more_lists_a_page_more_and_says_where_the_reader_goes_on() {
    let mut l = Listing::default();
    assert_eq!(l.show_more(10_000), Some(PAGE));
    assert_eq!(l.limit(), 2 * PAGE);
    assert_eq!(l.show_more(10_000), Some(2 * PAGE));
    assert_eq!(l.left_out(10_000), 10_000 - 3 * PAGE);
}

#[test]
fn show_more_on_a_list_that_lists_everything_changes_nothing() {
    let mut l = Listing::default();
    assert_eq!(l.show_more(PAGE), None);
    assert_eq!(l, Listing::default());
    let mut longer = Listing::default();
    longer.show_more(1_000);
    // The view narrowed to fewer places than were asked for: the length holds for when it widens again.
    assert_eq!(longer.show_more(60), None);
    assert_eq!(longer.limit(), 2 * PAGE);
}
