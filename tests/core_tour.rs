//! Guided tours: reading the tours file, and walking a tour's steps.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use zhonglou_map::core::filter::CategorySet;
use zhonglou_map::core::i18n::Lang;
use zhonglou_map::core::ids::PlaceId;
use zhonglou_map::core::places::{Category, Section};
use zhonglou_map::core::reading::Reading;
use zhonglou_map::core::tour::{step_count, Step, Tours, ToursError};

fn text(word: &str) -> String {
    format!(r#"{{"zh-Hans":"{word}","zh-Hant":"{word}","en":"{word}"}}"#)
}

fn tours(stops: &[&str]) -> String {
    let stops: Vec<String> =
        stops.iter().map(|p| format!(r#"{{"place":"{p}","text":{}}}"#, text(&format!("at {p}")))).collect();
    format!(
        r#"{{"tours":[{{"key":"heritage","section":"culture","title":{},"intro":{},"stops":[{}]}}]}}"#,
        text("Old streets"),
        text("Intro"),
        stops.join(",")
    )
}

#[test]
fn step_one_is_the_overview_and_each_later_step_one_stop() {
    let tours = Tours::parse(&tours(&["a", "b", "c"])).unwrap();
    let tour = tours.get("heritage").unwrap();
    assert_eq!(tours.of_section(Section::Culture).map(|t| &t.key), Some(&tour.key));
    assert_eq!(tour.steps(), 4);
    assert_eq!(tour.step(1), Step::Overview);
    assert!(matches!(tour.step(2), Step::Stop(s) if s.place == "a"));
    assert!(matches!(tour.step(4), Step::Stop(s) if s.place == "c"));
    // Out of range is brought back in: a shared link to step 9 of a tour that shrank shows its last step.
    assert!(matches!(tour.step(9), Step::Stop(s) if s.place == "c"));
    assert_eq!(tour.step(0), Step::Overview);
    assert_eq!(tour.places().collect::<Vec<_>>(), ["a", "b", "c"]);
}

#[test]
fn next_and_previous_stop_at_the_ends() {
    let tours = Tours::parse(&tours(&["a", "b"])).unwrap();
    let tour = tours.get("heritage").unwrap();
    assert_eq!(tour.moved(1, 1), 2);
    assert_eq!(tour.moved(3, 1), 3);
    assert_eq!(tour.moved(1, -1), 1);
    assert_eq!(tour.moved(3, -1), 2);
}

#[test]
fn stops_missing_from_the_data_shown_are_left_out() {
    let tours = Tours::parse(&tours(&["a", "b", "c"])).unwrap();
    let tour = tours.get("heritage").unwrap().within(|id| id != "b");
    assert_eq!(tour.places().collect::<Vec<_>>(), ["a", "c"]);
    assert_eq!(tour.steps(), 3);
}

#[test]
fn a_tours_file_with_a_gap_is_refused_with_the_reason() {
    assert!(matches!(Tours::parse("{"), Err(ToursError::Json(_))));
    assert_eq!(Tours::parse(&tours(&[])), Err(ToursError::Tour("heritage".into(), "no stops")));
    let no_english = tours(&["a"]).replacen(r#""en":"Intro""#, r#""en":" ""#, 1);
    assert!(matches!(Tours::parse(&no_english), Err(ToursError::Tour(_, _))));
    let unknown_section = tours(&["a"]).replace("culture", "cooking");
    assert_eq!(Tours::parse(&unknown_section), Err(ToursError::Tour("heritage".into(), "unknown section")));
}

#[test]
fn the_step_counter_reads_in_each_language() {
    assert_eq!(step_count(Lang::ZhHans, 2, 7), "第 2 步，共 7 步");
    assert_eq!(step_count(Lang::En, 2, 7), "Step 2 of 7");
}

/// The data shown: "a" a park (place 0), "b" a school (place 1), "c" a market (place 2).
fn find(id: &str) -> Option<(PlaceId, Category)> {
    let categories = [("a", Category::Park), ("b", Category::School), ("c", Category::Market)];
    categories.iter().position(|(key, _)| *key == id).map(|i| (PlaceId::new(i), categories[i].1))
}

#[test]
fn each_step_ticks_the_tours_categories_and_a_stop_opens_its_card() {
    let tours = Tours::parse(&tours(&["a", "b", "c"])).unwrap();
    let tour = tours.get("heritage").unwrap();
    // The reader had only hospitals ticked and a card of their own open.
    let before = Reading { categories: CategorySet::only(Category::Hospital), open: Some(PlaceId::new(7)) };
    let ticked = CategorySet::only(Category::Hospital)
        .with(Category::Park, true)
        .with(Category::School, true)
        .with(Category::Market, true);
    assert_eq!(tour.reading_at(1, before, find), Reading { categories: ticked, open: None }, "step 1 closes the card");
    assert_eq!(tour.reading_at(3, before, find), Reading { categories: ticked, open: Some(PlaceId::new(1)) });
    // Leaving the overview for a stop and back: the stop's card, then none.
    let at_stop = tour.reading_at(2, Reading::FRESH, find);
    assert_eq!(at_stop.open, Some(PlaceId::new(0)));
    assert_eq!(tour.reading_at(1, at_stop, find).open, None);
}

#[test]
fn a_stop_the_data_lacks_leaves_the_card_as_it_is() {
    let tours = Tours::parse(&tours(&["a", "zz"])).unwrap();
    let tour = tours.get("heritage").unwrap();
    let open = Reading { categories: CategorySet::NONE, open: Some(PlaceId::new(2)) };
    let after = tour.reading_at(3, open, find);
    assert_eq!(after.open, Some(PlaceId::new(2)));
    assert_eq!(after.categories, CategorySet::only(Category::Park), "only the categories of stops the data has");
}
