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

#[test]
fn a_typo_or_two_in_latin_letters_still_finds_the_place() {
    let places = places();
    let index = SearchIndex::new(&places);
    assert_eq!(first(&index, &places, "qinfeng").as_deref(), Some("qingfeng-park"));
    assert_eq!(first(&index, &places, "qingfeng prak").as_deref(), Some("qingfeng-park"));
    let hits: Vec<&str> = index.search("Nandajei", 8).iter().map(|&i| places[i].id.as_str()).collect();
    assert!(hits.contains(&"nandajie-shopping-district") && hits.contains(&"nandajie-station"), "{hits:?}");
    let hits: Vec<&str> = index.search("zhongluo", 8).iter().map(|&i| places[i].id.as_str()).collect();
    assert!(hits.contains(&"zhonglou-library") && hits.contains(&"zhonglou-edz"), "{hits:?}");
}

#[test]
fn near_misses_rank_below_every_exact_prefix_or_substring_match() {
    let places = places();
    let index = SearchIndex::new(&places);
    // "qinfeng" is one edit from both Qingfeng places and a prefix of neither: with one letter more it is a
    // prefix of both, and they come before anything it is only near.
    let near: Vec<&str> = index.search("qinfeng", 8).iter().map(|&i| places[i].id.as_str()).collect();
    assert_eq!(near[..2], ["qingfeng-park", "qingfeng-park-station"]);
    let hits: Vec<&str> = index.search("qingfeng", 8).iter().map(|&i| places[i].id.as_str()).collect();
    assert_eq!(hits[..2], ["qingfeng-park", "qingfeng-park-station"]);
    // An exact name beats a near miss: "qinye" is Qinye Station's own.
    assert_eq!(first(&index, &places, "qinye").as_deref(), Some("qinye-station"));
}

#[test]
fn typos_are_not_forgiven_in_short_or_chinese_queries() {
    let places = places();
    let index = SearchIndex::new(&places);
    assert!(index.search("prk", 5).is_empty(), "three letters are too few to guess from");
    assert!(index.search("青峰", 5).is_empty(), "a wrong character is another name");
    assert!(index.search("xyzzy", 5).is_empty());
}

#[test]
fn a_near_miss_comes_after_a_longer_name_that_truly_starts_with_the_query() {
    // Two places named "park" and "prakash": "prak" starts the second, and is one swap from the first.
    let file = format!(
        r#"{{"type":"FeatureCollection","features":[{},{}]}}"#,
        common_feature("park", 119.9, 31.8),
        common_feature("prakash", 119.91, 31.8)
    );
    let places = load(&file).unwrap().places;
    let index = SearchIndex::new(&places);
    let hits: Vec<&str> = index.search("prak", 8).iter().map(|&i| places[i].id.as_str()).collect();
    assert_eq!(hits, ["prakash", "park"]);
}

fn common_feature(id: &str, lon: f64, lat: f64) -> String {
    format!(
        r#"{{"type":"Feature","id":"{id}","geometry":{{"type":"Point","coordinates":[{lon},{lat}]}},
        "properties":{{"category":"park","name":{{"zh-Hans":"{id}简","zh-Hant":"{id}繁","en":"{id}"}},
        "position":{{"basis":"sourced","precision_m":30,"source":"test"}}}}}}"#
    )
}
