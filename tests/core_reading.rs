//! What the reader is looking at (core::reading): the ticked categories and the open card, kept consistent.

use zhonglou_map::core::filter::CategorySet;
use zhonglou_map::core::ids::PlaceId;
use zhonglou_map::core::places::Category;
use zhonglou_map::core::reading::Reading;

/// Three places: a park, a school and a station; any other id is a place the data no longer has.
fn category_of(place: PlaceId) -> Option<Category> {
    [Category::Park, Category::School, Category::Transport].get(place.index()).copied()
}

fn place(i: usize) -> PlaceId {
    PlaceId::new(i)
}

#[test]
fn new_data_shows_every_category_and_no_card() {
    assert_eq!(Reading::FRESH, Reading { categories: CategorySet::ALL, open: None });
}

#[test]
fn unticking_the_open_places_category_closes_its_card_and_another_category_leaves_it_open() {
    let reading = Reading::FRESH.open(place(0));
    let schools_off = reading.tick(Category::School, false, category_of);
    assert_eq!(
        schools_off,
        Reading { categories: CategorySet::ALL.with(Category::School, false), open: Some(place(0)) }
    );
    let parks_off = schools_off.tick(Category::Park, false, category_of);
    assert_eq!(parks_off.open, None);
    assert!(!parks_off.categories.contains(Category::Park) && !parks_off.categories.contains(Category::School));
    // Ticked again, the category is back; the card stays closed.
    assert_eq!(parks_off.tick(Category::Park, true, category_of).open, None);
}

#[test]
fn showing_only_some_categories_keeps_a_card_they_show_and_closes_one_they_hide() {
    let on_the_station = Reading::FRESH.open(place(2));
    assert_eq!(on_the_station.show(CategorySet::only(Category::Transport), category_of).open, Some(place(2)));
    assert_eq!(on_the_station.show(CategorySet::only(Category::Park), category_of).open, None);
    assert_eq!(
        on_the_station.show(CategorySet::NONE, category_of),
        Reading { categories: CategorySet::NONE, open: None }
    );
}

#[test]
fn a_card_on_a_place_the_data_no_longer_has_closes_at_the_next_filter() {
    let gone = Reading::FRESH.open(place(7));
    assert_eq!(gone.show(CategorySet::ALL, category_of).open, None);
}

#[test]
fn a_tour_ticks_the_categories_of_its_stops_and_leaves_the_readers_other_choices() {
    let reader = Reading::FRESH.show(CategorySet::only(Category::Hospital), category_of);
    let touring = reader.include([Category::Park, Category::Transport, Category::Park]);
    let expected = CategorySet::only(Category::Hospital).with(Category::Park, true).with(Category::Transport, true);
    assert_eq!(touring.categories, expected);
    assert_eq!(reader.include([]), reader);
}

#[test]
fn one_card_at_a_time_and_closing_leaves_the_categories() {
    let reading = Reading::FRESH.tick(Category::School, false, category_of);
    let second = reading.open(place(0)).open(place(2));
    assert_eq!(second.open, Some(place(2)));
    assert_eq!(second.close(), reading);
    assert_eq!(reading.close(), reading);
}
