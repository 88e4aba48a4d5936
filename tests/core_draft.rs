//! A place being moved in edit mode (core::draft): an overlay that follows the mouse, finger or arrow keys over
//! the places as they are, and becomes one change when kept.

mod common;

use common::{collection, feature, LINGJIATANG, NANDAJIE_STATION, QIUBAI};
use zhonglou_map::core::changes::Change;
use zhonglou_map::core::draft::Draft;
use zhonglou_map::core::geo::LonLat;
use zhonglou_map::core::ids::PlaceId;
use zhonglou_map::core::places::{self, Basis, Place, Position};

/// The memorial hall, a station and a market, in that order.
fn places() -> Vec<Place> {
    let text = collection(&[
        feature("qiubai", "heritage", QIUBAI.lon, QIUBAI.lat),
        feature("nandajie", "transport", NANDAJIE_STATION.lon, NANDAJIE_STATION.lat),
        feature("lingjiatang", "market", LINGJIATANG.lon, LINGJIATANG.lat),
    ]);
    places::load(&text).expect("fixture loads").places
}

fn estimated(m: f64) -> Position {
    Position { basis: Basis::Estimated, precision_m: Some(m), source: None }
}

#[test]
fn a_draft_names_its_place_by_index_and_id_and_none_for_a_place_the_data_lacks() {
    let places = places();
    let to = LonLat::new(119.95, 31.78);
    assert_eq!(
        Draft::moved(PlaceId::new(1), &places, to),
        Some(Draft { place: PlaceId::new(1), id: "nandajie".into(), at: to })
    );
    assert_eq!(Draft::moved(PlaceId::new(3), &places, to), None);
}

#[test]
fn arrow_keys_move_from_the_draft_of_that_place_or_from_the_place_itself() {
    let places = places();
    let first = Draft::nudged(None, PlaceId::new(0), &places, 10.0, 0.0).unwrap();
    assert!((QIUBAI.distance_m(first.at) - 10.0).abs() < 0.01, "10 m east of the place");
    assert!(first.at.lon > QIUBAI.lon && (first.at.lat - QIUBAI.lat).abs() < 1e-9);
    let second = Draft::nudged(Some(&first), PlaceId::new(0), &places, 0.0, 100.0).unwrap();
    assert!((first.at.distance_m(second.at) - 100.0).abs() < 0.01, "100 m north of the draft");
    assert!(second.at.lat > first.at.lat);
    // Another place's key press starts from that place: the first draft does not carry over.
    let other = Draft::nudged(Some(&second), PlaceId::new(2), &places, 0.0, -10.0).unwrap();
    assert_eq!(other.id, "lingjiatang");
    assert!((LINGJIATANG.distance_m(other.at) - 10.0).abs() < 0.01);
}

#[test]
fn only_the_drafted_place_is_drawn_at_the_draft() {
    let places = places();
    let draft = Draft::moved(PlaceId::new(1), &places, QIUBAI).unwrap();
    assert_eq!(Draft::position_of(Some(&draft), PlaceId::new(1)), Some(QIUBAI));
    assert_eq!(Draft::position_of(Some(&draft), PlaceId::new(0)), None);
    assert_eq!(Draft::position_of(None, PlaceId::new(1)), None);
}

#[test]
fn a_draft_finds_its_place_again_after_the_list_changed_and_ends_when_it_is_gone() {
    let places = places();
    let draft = Draft::moved(PlaceId::new(2), &places, QIUBAI).unwrap();
    // Another tab deleted the memorial hall: the market is second now, and its draft stays where it was.
    let fewer: Vec<Place> = places.iter().skip(1).cloned().collect();
    assert_eq!(draft.clone().follow(&fewer), Some(Draft { place: PlaceId::new(1), ..draft.clone() }));
    let without_market: Vec<Place> = places.iter().take(2).cloned().collect();
    assert_eq!(draft.follow(&without_market), None);
}

#[test]
fn keeping_a_draft_is_one_move_from_where_the_place_is_to_the_draft_placed_as_said() {
    let places = places();
    let to = LonLat::new(119.9490, 31.7822);
    let draft = Draft::moved(PlaceId::new(1), &places, to).unwrap();
    let change = draft.keep(&places, estimated(20.0)).unwrap();
    assert_eq!(
        change,
        Change::Move {
            id: "nandajie".into(),
            from: (NANDAJIE_STATION, places[1].position.clone()),
            to: (to, estimated(20.0)),
        }
    );
    // A draft whose index now holds another place (the list changed and it was not followed) keeps nothing.
    let shifted: Vec<Place> = places.iter().skip(1).cloned().collect();
    assert_eq!(draft.keep(&shifted, estimated(20.0)), None);
}
