//! Search across scripts, pinyin and aliases, over the built-in places.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use zhonglou_map::core::places::{load, Place};
use zhonglou_map::core::search::{normalise, SearchIndex};
use zhonglou_map::data;

fn places() -> Vec<Place> {
    load(data::PLACES).unwrap().places
}

fn first(index: &SearchIndex, places: &[Place], query: &str) -> Option<String> {
    index.search(query, 8).first().map(|&i| places[i].id.clone())
}

#[test]
fn normalising_drops_case_spaces_tone_marks_and_punctuation() {
    assert_eq!(normalise("Qīngfēng Gōngyuán"), "qingfenggongyuan");
    assert_eq!(normalise("  Qingfeng-Park "), "qingfengpark");
    assert_eq!(normalise("明城墙（西瀛门）"), "明城墙西瀛门");
    assert_eq!(normalise("Lǜ"), "lu");
    assert_eq!(normalise("   "), "");
}

#[test]
fn qingfeng_park_is_found_in_every_script_and_in_pinyin() {
    let places = places();
    let index = SearchIndex::new(&places);
    for query in ["青枫", "青楓", "qingfeng", "Qingfeng Park", "qing feng", "QĪNGFĒNG", "青枫公园", "青楓公園"]
    {
        assert_eq!(first(&index, &places, query).as_deref(), Some("qingfeng-park"), "query {query:?}");
    }
}

#[test]
fn the_articles_spelling_finds_comb_lane() {
    let places = places();
    let index = SearchIndex::new(&places);
    assert_eq!(first(&index, &places, "篔簹巷").as_deref(), Some("biji-lane"));
    assert_eq!(first(&index, &places, "篦箕巷").as_deref(), Some("biji-lane"));
}

#[test]
fn every_place_is_the_first_result_for_each_of_its_names() {
    let places = places();
    let index = SearchIndex::new(&places);
    for (i, p) in places.iter().enumerate() {
        for name in [&p.name.zh_hans, &p.name.zh_hant, &p.name.en] {
            let hits = index.search(name, 5);
            assert_eq!(hits.first(), Some(&i), "{name:?} should find {} first, found {:?}", p.id, hits);
        }
        if let Some(pinyin) = &p.pinyin {
            assert!(index.search(pinyin, 10).contains(&i), "pinyin {pinyin:?} should find {}", p.id);
        }
    }
}

#[test]
fn partial_input_finds_every_place_containing_it() {
    let places = places();
    let index = SearchIndex::new(&places);
    let hits: Vec<&str> = index.search("站", 20).iter().map(|&i| places[i].id.as_str()).collect();
    assert!(hits.len() >= 6, "{hits:?}");
    assert!(hits.contains(&"nandajie-station") && hits.contains(&"qingfeng-park-station"));
}

#[test]
fn empty_or_unmatched_queries_find_nothing() {
    let places = places();
    let index = SearchIndex::new(&places);
    assert!(index.search("", 5).is_empty());
    assert!(index.search("   ", 5).is_empty());
    assert!(index.search("xyzzy", 5).is_empty());
}

#[test]
fn results_are_limited() {
    let places = places();
    let index = SearchIndex::new(&places);
    assert_eq!(index.search("a", 3).len(), 3);
}
