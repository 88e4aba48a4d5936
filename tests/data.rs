//! The built-in data keeps its promises: every place valid, inside the district, in three languages, with an
//! honest position, and every place the article names findable by the article's own spelling.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use std::collections::HashSet;
use zhonglou_map::core::basemap::BaseMap;
use zhonglou_map::core::geo::ring_contains;
use zhonglou_map::core::places::{load, Basis, Category, Localized, Place, PlaceTexts, Source};
use zhonglou_map::data;

/// The built-in places, every one of them: the loader skips a feature whose id is not a slug or is used twice,
/// whose name is empty, whose category is unknown or whose position is not one, so what it guarantees is not
/// asserted again below.
fn places() -> Vec<Place> {
    let loaded = load(data::PLACES).expect("the built-in places are a FeatureCollection");
    assert!(loaded.skipped.is_empty(), "built-in features fail validation: {:?}", loaded.skipped);
    loaded.places
}

/// Whether a place answers to a name as the article writes it (in a name in any script or an alias).
fn answers_to(place: &Place, term: &str) -> bool {
    let n = &place.name;
    [&n.zh_hans, &n.zh_hant, &n.en].into_iter().chain(place.aliases.iter()).any(|s| s.contains(term))
}

#[test]
fn the_built_in_data_loads_whole_with_enough_places() {
    assert!(places().len() >= 45);
}

#[test]
fn the_built_in_data_gives_every_place_a_category() {
    assert!(places().iter().all(|p| p.category != Category::Other));
}

#[test]
fn every_category_has_places() {
    let places = places();
    for c in Category::ALL.into_iter().filter(|c| *c != Category::Other) {
        assert!(places.iter().any(|p| p.category == c), "no {c:?}");
    }
}

#[test]
fn every_place_is_inside_the_district() {
    let base = BaseMap::parse(data::BASEMAP).unwrap();
    let ring = base.district_ring().unwrap();
    for p in places() {
        assert!(ring_contains(ring, p.at), "{} at {:?} is outside Zhonglou", p.id, p.at);
    }
}

#[test]
fn names_summaries_and_facts_are_in_all_three_languages() {
    for p in places() {
        assert!(p.name.is_complete(), "{} name", p.id);
        assert!(p.summary.as_ref().is_some_and(|s| s.is_complete()), "{} summary", p.id);
        assert!(p.section.is_some(), "{} has no article section", p.id);
        for f in &p.facts {
            assert!(f.text.is_complete(), "{} fact", p.id);
            assert_in_each_language_citing_public_sources(&f.source, &p.id, false);
        }
    }
}

#[test]
fn approximate_positions_say_how_approximate_with_at_least_a_hundred_metres() {
    for p in places() {
        let pos = &p.position;
        assert_ne!(pos.basis, Basis::Unstated, "{} has no position basis", p.id);
        let source = pos.source.as_ref().unwrap_or_else(|| panic!("{} position has no source", p.id));
        assert_in_each_language_citing_public_sources(source, &p.id, true);
        let precision = pos.precision_m.unwrap_or_else(|| panic!("{} has no precision", p.id));
        if pos.basis.is_approximate() {
            assert!(precision >= 100.0, "{} claims ±{precision} m from an estimate", p.id);
        }
    }
}

#[test]
fn distinct_places_never_share_a_spot() {
    let places = places();
    for (i, a) in places.iter().enumerate() {
        for b in &places[i + 1..] {
            assert!(a.at.distance_m(b.at) >= 25.0, "{} and {} are {} m apart", a.id, b.id, a.at.distance_m(b.at));
        }
    }
}

#[test]
fn every_place_the_article_names_can_be_found_by_its_spelling() {
    let places = places();
    let named = [
        "青楓公園",
        "荷園",
        "荊川公園",
        "篔簹巷",
        "西瀛裡",
        "南市河",
        "南運河",
        "明城牆",
        "文亨",
        "瞿秋白同志紀念館",
        "凌家塘",
        "鄒區燈具城",
        "南大街",
        "半山書局",
        "運河五號",
        "新博智匯谷",
        "五星智造園",
        "市二中",
        "市五中",
        "教科院附",
        "北師大常州附屬學校",
        "市實小",
        "覓渡",
        "鳴珂巷",
        "市婦幼保健院",
        "區公共衛生中心",
        "鐘樓區圖書館",
        "大廟弄",
        "鐘樓經濟開發區",
        "殷村職教小鎮",
        "雙桂坊",
    ];
    let missing: Vec<&str> = named.into_iter().filter(|t| !places.iter().any(|p| answers_to(p, t))).collect();
    assert!(missing.is_empty(), "the article names these but no place answers to them: {missing:?}");
}

#[test]
fn comb_lane_carries_its_correct_name_and_the_articles_spelling() {
    let places = places();
    let lane = places.iter().find(|p| p.id == "biji-lane").expect("篦箕巷 is on the map");
    assert_eq!(lane.name.zh_hant, "篦箕巷");
    assert!(lane.aliases.iter().any(|a| a == "篔簹巷"), "the article's spelling is an alias");
    let summary = lane.summary.as_ref().unwrap();
    assert!(
        summary.zh_hant.contains("篔簹巷") && summary.zh_hant.contains("篦箕巷"),
        "the card explains the correction"
    );
}

#[test]
fn the_metro_line_has_its_six_zhonglou_stations() {
    let stations = places().into_iter().filter(|p| p.category == Category::Transport).count();
    assert_eq!(stations, 6);
}

#[test]
fn the_overview_figures_are_complete_in_three_languages() {
    use zhonglou_map::core::i18n::Lang;
    use zhonglou_map::core::overview::FIGURES;
    assert!(FIGURES.len() >= 10);
    for f in FIGURES {
        for lang in Lang::ALL {
            assert!(!f.value(lang).trim().is_empty() && !f.label(lang).trim().is_empty(), "{f:?} in {}", lang.code());
        }
    }
    let values: Vec<&str> = FIGURES.iter().map(|f| f.value(Lang::ZhHans)).collect();
    for figure in ["133", "756", "3.5%", "50", "8.9%", "5.99", "53.8%", "42%", "208", "27.3", "95%", "17"] {
        assert!(values.iter().any(|v| v.contains(figure)), "the overview lacks {figure}");
    }
}

#[test]
fn the_first_view_has_every_place_without_card_texts_and_the_texts_fill_in_to_the_whole_file() {
    let whole = places();
    let first = load(data::FIRST_VIEW).unwrap();
    assert!(first.skipped.is_empty());
    let mut first = first.places;
    assert_eq!(first.len(), whole.len());
    assert!(first.iter().all(|p| p.summary.is_none() && p.facts.is_empty() && p.address.is_none()));
    // Where a position comes from is card text too; how exact it is draws the map from the first view on.
    assert!(first.iter().all(|p| p.position.source.is_none()));
    assert!(first
        .iter()
        .zip(&whole)
        .all(|(a, b)| (a.position.basis, a.position.precision_m) == (b.position.basis, b.position.precision_m)));
    assert!(data::FIRST_VIEW.len() * 3 < data::PLACES.len(), "the first view's part is much smaller");
    let texts = PlaceTexts::of(whole.clone());
    assert!(texts.fill(&mut first));
    assert_eq!(first, whole);
    assert!(!texts.fill(&mut first), "nothing left to fill in");
}

#[test]
fn a_text_written_before_the_texts_arrived_is_kept() {
    let whole = places();
    let mut first = load(data::FIRST_VIEW).unwrap().places;
    let mine = Localized::same("written on this map");
    first[0].summary = Some(mine.clone());
    PlaceTexts::of(whole.clone()).fill(&mut first);
    assert_eq!(first[0].summary, Some(mine));
    assert_eq!(first[0].facts, whole[0].facts);
}

#[test]
fn a_move_and_a_delete_made_before_the_texts_arrived_are_undone_with_their_texts() {
    use zhonglou_map::core::changes::{Change, Edits};
    use zhonglou_map::core::geo::LonLat;
    use zhonglou_map::core::late_texts::fill_recorded;
    use zhonglou_map::core::places::Position;
    let whole = places();
    let mut shown = load(data::FIRST_VIEW).unwrap().places;
    let mut edits = Edits::default();
    let (moved, deleted) = (shown[0].clone(), shown[1].clone());
    let here = Position { basis: Basis::Derived, precision_m: Some(20.0), source: Some("measured on site".into()) };
    let to = (LonLat::new(moved.at.lon + 0.001, moved.at.lat), here);
    edits.make(&mut shown, Change::Move { id: moved.id.clone(), from: (moved.at, moved.position), to }).unwrap();
    edits.make(&mut shown, Change::Delete { place: deleted, index: 1 }).unwrap();
    // The texts arrive: the places shown get theirs, and so do the recorded changes.
    let texts = PlaceTexts::of(whole.clone());
    texts.fill(&mut shown);
    assert!(fill_recorded(&mut edits, &texts));
    assert!(!fill_recorded(&mut edits, &texts), "nothing left to fill in");
    edits.undo(&mut shown).unwrap();
    edits.undo(&mut shown).unwrap();
    assert_eq!(shown, whole, "undone, the place moved back with its source and the deleted one with its texts");
}

#[test]
fn every_tour_follows_its_section_through_places_of_the_data_in_three_languages() {
    use zhonglou_map::core::tour::Tours;
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/data/tours.json")).unwrap();
    let tours = Tours::parse(&text).unwrap();
    let places = places();
    assert!(tours.all().len() >= 4);
    for tour in tours.all() {
        assert!((3..=8).contains(&tour.stops.len()), "{}: {} stops", tour.key, tour.stops.len());
        let mut seen = HashSet::new();
        for stop in &tour.stops {
            let place = places.iter().find(|p| p.id == stop.place);
            let place = place.unwrap_or_else(|| panic!("{}: no place {}", tour.key, stop.place));
            assert!(seen.insert(&stop.place), "{}: {} twice", tour.key, stop.place);
            // A stop's text is the tour's own, not the card's summary again.
            assert!(place.summary.as_ref().is_none_or(|s| s.en != stop.text.en), "{}", stop.place);
        }
        // Most stops come from the section the tour follows.
        let own = tour.stops.iter().filter(|s| places.iter().any(|p| p.id == s.place && p.section == tour.section));
        assert!(own.count() * 2 > tour.stops.len(), "{} wanders off its section", tour.key);
    }
}

/// A card's source is written in each reader's language, and names public sources, not this project's working
/// files (sheet rows, file ids, spreadsheet names, confidence grades). A position's source is a sentence, so its
/// Chinese is Chinese; a fact's may be only a site's name.
fn assert_in_each_language_citing_public_sources(source: &Source, id: &str, sentence: bool) {
    let Source::Localized(text) = source else { panic!("{id}: a source in one language only: {source:?}") };
    assert!(text.is_complete(), "{id}: a source missing a language");
    for said in [&text.zh_hans, &text.zh_hant, &text.en] {
        for internal in
            ["facts sheet", "facts README", ".tsv", ".xlsx", ".kml", ".csv", "file id", "confidence", "置信"]
        {
            assert!(!said.contains(internal), "{id}: “{internal}” in {said}");
        }
    }
    for full_width in ['：', '（', '）', '；'] {
        assert!(!text.en.contains(full_width), "{id}: full-width {full_width} in English: {}", text.en);
    }
    let chinese = |t: &str| t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    assert!(!sentence || (chinese(&text.zh_hans) && chinese(&text.zh_hant)), "{id}: no Chinese in {}", text.zh_hans);
}
