//! Corrections restored from storage before the card texts arrive (`core::late_texts::replay`): a reload on a
//! slow connection shows every saved correction from the first frame, a correction made meanwhile adds to them,
//! and the texts arriving later fill in only what was not corrected.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use zhonglou_map::core::changes::{text_of, Change, ChangeError, Edits, TextField};
use zhonglou_map::core::geo::LonLat;
use zhonglou_map::core::i18n::Lang;
use zhonglou_map::core::late_texts::replay;
use zhonglou_map::core::places::{load, Basis, Place, PlaceTexts, Position};
use zhonglou_map::data;

/// The built-in places with every text, as a visit after the texts arrived saw them.
fn whole() -> Vec<Place> {
    load(data::PLACES).unwrap().places
}

/// The built-in places as the first view has them, without their card texts.
fn first_view() -> Vec<Place> {
    load(data::FIRST_VIEW).unwrap().places
}

fn surveyed() -> Position {
    Position { basis: Basis::Sourced, precision_m: Some(10.0), source: Some("surveyed on site, 2026-12-05".into()) }
}

/// Corrections made on an earlier visit, once the texts were in: a move, a summary, an address, a name and a
/// deletion, in that order.
fn saved_on_an_earlier_visit() -> (Vec<Change>, Vec<Place>) {
    let mut places = whole();
    let mut edits = Edits::default();
    let park = places[0].clone();
    let to = LonLat::new(park.at.lon + 0.002, park.at.lat + 0.001);
    let changes = vec![
        Change::Move { id: park.id.clone(), from: (park.at, park.position.clone()), to: (to, surveyed()) },
        text(&places[0], TextField::Summary, Lang::ZhHans, "公园的新简介"),
        text(&places[1], TextField::Address, Lang::En, "1 New Road"),
        text(&places[2], TextField::Name, Lang::En, "A Better Name"),
        Change::Delete { place: places[3].clone(), index: 3 },
    ];
    for change in changes.clone() {
        edits.make(&mut places, change).unwrap();
    }
    (changes, places)
}

fn text(place: &Place, field: TextField, lang: Lang, to: &str) -> Change {
    let from = text_of(place, field, lang);
    Change::Text { id: place.id.clone(), field, lang, from, to: to.into() }
}

#[test]
fn saved_corrections_are_all_restored_over_the_first_view_before_the_texts_arrive() {
    let (saved, after) = saved_on_an_earlier_visit();
    let mut places = first_view();
    let edits = replay(&mut places, saved.clone(), Vec::new()).unwrap();
    assert_eq!(edits.done().len(), saved.len(), "no correction is dropped");
    assert_eq!(places.len(), after.len(), "the deleted place is gone");
    assert_eq!(places[0].at, after[0].at, "the moved place is drawn where it was corrected");
    assert_eq!(places[0].position, surveyed(), "and described so");
    assert_eq!(places[0].summary.as_ref().unwrap().zh_hans, "公园的新简介", "the corrected summary shows at once");
    assert_eq!(places[1].address.as_ref().unwrap().en, "1 New Road");
    assert_eq!(places[2].name.en, "A Better Name");
}

#[test]
fn when_the_texts_arrive_the_corrected_texts_stand_and_the_others_fill_in() {
    let (saved, after) = saved_on_an_earlier_visit();
    let mut early = first_view();
    let restored = replay(&mut early, saved.clone(), Vec::new()).unwrap();
    // The texts arrive: the places as loaded get them, and the corrections are made again over those.
    let mut pristine = first_view();
    PlaceTexts::of(whole()).fill(&mut pristine);
    let mut places = pristine.clone();
    let mut edits = replay(&mut places, restored.done().to_vec(), restored.undone().to_vec()).unwrap();
    assert_eq!(places, after, "the same places as the visit that made the corrections");
    assert_eq!(edits.done(), saved.as_slice(), "each text change names the text it replaced again");
    // Undone one by one, the texts that arrived come back, not empty ones.
    while edits.can_undo() {
        edits.undo(&mut places).unwrap();
    }
    assert_eq!(places, whole());
}

#[test]
fn a_correction_made_before_the_texts_arrive_adds_to_the_saved_ones() {
    let (saved, _) = saved_on_an_earlier_visit();
    let mut places = first_view();
    let mut edits = replay(&mut places, saved.clone(), Vec::new()).unwrap();
    let station = places.iter().find(|p| p.id == "huaide-station").unwrap().clone();
    let to = LonLat::new(station.at.lon, station.at.lat + 0.0005);
    let moved = Change::Move { id: station.id.clone(), from: (station.at, station.position), to: (to, surveyed()) };
    edits.make(&mut places, moved.clone()).unwrap();
    let mut kept = saved;
    kept.push(moved);
    assert_eq!(edits.done(), kept.as_slice(), "what is saved next holds every correction");
}

#[test]
fn changes_undone_before_the_texts_arrived_can_still_be_redone() {
    let (saved, after) = saved_on_an_earlier_visit();
    let mut places = first_view();
    let mut edits = replay(&mut places, saved, Vec::new()).unwrap();
    edits.undo(&mut places).unwrap();
    edits.undo(&mut places).unwrap();
    let mut pristine = first_view();
    PlaceTexts::of(whole()).fill(&mut pristine);
    let mut places = pristine;
    let mut edits = replay(&mut places, edits.done().to_vec(), edits.undone().to_vec()).unwrap();
    assert_eq!(edits.done().len(), 3);
    assert!(edits.can_redo());
    edits.redo(&mut places).unwrap();
    edits.redo(&mut places).unwrap();
    assert_eq!(places, after);
}

#[test]
fn a_saved_name_change_that_no_longer_fits_is_refused_with_its_position() {
    let (mut saved, _) = saved_on_an_earlier_visit();
    if let Change::Text { from, .. } = &mut saved[3] {
        *from = "a name this place never had".into();
    }
    let mut places = first_view();
    let refused = replay(&mut places, saved, Vec::new()).unwrap_err();
    assert!(matches!(refused, (3, ChangeError::TextChangedSince { field: TextField::Name, .. })), "{refused:?}");
}
