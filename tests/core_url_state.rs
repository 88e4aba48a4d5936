//! Links: parsing and printing the URL state, both ways.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use zhonglou_map::core::filter::CategorySet;
use zhonglou_map::core::geo::LonLat;
use zhonglou_map::core::i18n::Lang;
use zhonglou_map::core::places::{load, Category};
use zhonglou_map::core::tour::TourAt;
use zhonglou_map::core::url_state::*;
use zhonglou_map::data;

#[test]
fn a_full_link_parses_into_every_field() {
    let (state, problems) =
        UrlState::parse("?place=qingfeng-park&cats=park,school&lang=en&view=15.5/31.80118/119.896&base=amap");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(state.place.as_deref(), Some("qingfeng-park"));
    assert_eq!(state.cats, Some([Category::Park, Category::School].into_iter().collect()));
    assert_eq!(state.lang, Some(Lang::En));
    assert_eq!(state.view, Some(ViewParam { zoom: 15.5, center: LonLat::new(119.896, 31.80118) }));
    assert_eq!(state.base, Some(BaseKind::Amap));
}

#[test]
fn the_default_state_is_an_empty_query() {
    assert_eq!(UrlState::default().to_query(), "");
    assert_eq!(UrlState { cats: Some(CategorySet::ALL), ..Default::default() }.to_query(), "");
}

#[test]
fn bad_values_are_dropped_and_reported_and_the_rest_kept() {
    let (state, problems) =
        UrlState::parse("place=<script>&cats=park,zoo&lang=fr&view=abc/1/2&base=google&utm_source=x");
    assert_eq!(state.place, None);
    assert_eq!(state.cats, Some(CategorySet::NONE.with(Category::Park, true)));
    assert_eq!(state.lang, None);
    assert_eq!(state.view, None);
    assert_eq!(state.base, None);
    assert_eq!(
        problems,
        vec![
            UrlProblem::BadPlace("<script>".into()),
            UrlProblem::UnknownCategory("zoo".into()),
            UrlProblem::UnknownLanguage("fr".into()),
            UrlProblem::BadView("abc/1/2".into()),
            UrlProblem::UnknownBase("google".into()),
        ]
    );
}

#[test]
fn views_out_of_range_are_rejected_or_clamped() {
    assert_eq!(UrlState::parse("view=12/95/119").1.len(), 1, "latitude beyond the map");
    assert_eq!(UrlState::parse("view=12/31/200").1.len(), 1, "longitude beyond the map");
    assert_eq!(UrlState::parse("view=NaN/31/119").1.len(), 1);
    assert_eq!(UrlState::parse("view=12/31").1.len(), 1);
    assert_eq!(UrlState::parse("view=40/31.8/119.9").0.view.unwrap().zoom, 19.0, "zoom is clamped");
}

#[test]
fn an_empty_category_list_means_none() {
    assert_eq!(UrlState::parse("cats=").0.cats, Some(CategorySet::NONE));
}

#[test]
fn percent_escapes_decode_and_encode() {
    assert_eq!(decode("a%20b+c%2Fd"), "a b c/d");
    assert_eq!(decode("100%"), "100%");
    assert_eq!(decode("%zz"), "%zz");
    assert_eq!(decode("%E9%92%9F"), "钟");
    let url = "https://example.org/my data.geojson?x=1&y=2";
    assert_eq!(decode(&encode(url)), url);
}

#[test]
fn every_place_category_set_and_language_round_trips() {
    let places = load(data::PLACES).unwrap().places;
    // Every subset of all nine categories, "other" included.
    assert_eq!(Category::ALL.len(), 9);
    let sets: Vec<CategorySet> = (0u16..1 << Category::ALL.len())
        .map(|bits| Category::ALL.into_iter().filter(|c| bits & (1 << c.index()) != 0).collect())
        .collect();
    for (i, place) in places.iter().enumerate() {
        for (j, lang) in Lang::ALL.into_iter().enumerate() {
            for cats in sets.iter().skip((i * 3 + j) % 16).step_by(16) {
                let state = UrlState {
                    place: Some(place.id.clone()),
                    cats: Some(*cats),
                    lang: Some(lang),
                    view: Some(ViewParam { zoom: 14.25, center: place.at }.rounded()),
                    base: Some(BaseKind::ALL[i % 4]),
                    data: None,
                    // A correction of this place a few metres north, on every other place.
                    fix: (i % 2 == 0).then(|| {
                        Fix { id: place.id.clone(), to: LonLat::new(place.at.lon, place.at.lat + 0.0001) }.rounded()
                    }),
                    // The compact map for another page's frame, on every third.
                    embed: i % 3 == 0,
                    // A tour step, on every fourth.
                    tour: (i % 4 == 1).then(|| TourAt { key: "heritage".into(), step: i + 1 }),
                    // A grouping by a field, named in any script, on every fifth.
                    by: (i % 5 == 2).then(|| ["admin1", "所属 区", "a&b=c"][i % 3].to_string()),
                    // A label field, on every third from the second.
                    label: (i % 3 == 1).then(|| ["name_en", "名 称", "x=y&z"][i / 3 % 3].to_string()),
                };
                let (back, problems) = UrlState::parse(&state.to_query());
                assert!(problems.is_empty());
                let expected = UrlState {
                    cats: state.cats.filter(|c| !c.is_all()).or(if cats.is_all() { None } else { state.cats }),
                    base: state.base.filter(|b| *b != BaseKind::Schematic),
                    ..state.clone()
                };
                assert_eq!(back, expected, "{}", state.to_query());
            }
        }
    }
}

#[test]
fn a_data_url_survives_the_round_trip() {
    let state = UrlState { data: Some("https://example.org/a b.geojson?v=1&w=2".into()), ..Default::default() };
    assert_eq!(UrlState::parse(&state.to_query()).0, state);
}

#[test]
fn data_addresses_must_be_http_or_a_path_on_this_site() {
    for ok in ["/places.geojson", "data/p.geojson", "https://example.org/p.geojson", "HTTP://x/y", "?q=a:b"] {
        assert!(is_fetchable(ok), "{ok}");
        assert_eq!(UrlState::parse(&format!("?data={}", encode(ok))).0.data.as_deref(), Some(ok));
    }
    for bad in ["javascript:alert(1)", "data:application/json,{}", "file:///etc/passwd", " JavaScript:x"] {
        assert!(!is_fetchable(bad), "{bad}");
        let (state, problems) = UrlState::parse(&format!("?data={}", encode(bad)));
        assert_eq!(state.data, None);
        assert!(matches!(problems.as_slice(), [UrlProblem::BadData(_)]), "{problems:?}");
    }
}

#[test]
fn each_category_alone_and_each_left_out_round_trips_other_included() {
    for c in Category::ALL {
        for cats in [CategorySet::NONE.with(c, true), CategorySet::ALL.with(c, false)] {
            let state = UrlState { cats: Some(cats), ..Default::default() };
            let query = state.to_query();
            assert!(query.contains(c.key()) || !cats.contains(c), "{query}");
            assert_eq!(UrlState::parse(&query), (state, vec![]), "{query}");
        }
    }
}

#[test]
fn a_correction_link_round_trips_and_a_bad_one_is_reported() {
    let (state, problems) = UrlState::parse("?place=qingfeng-park&fix=qingfeng-park@31.8001234,119.8951234");
    assert!(problems.is_empty());
    let fix = state.fix.clone().unwrap();
    assert_eq!(fix, Fix { id: "qingfeng-park".into(), to: LonLat::new(119.895123, 31.800123) });
    assert_eq!(state.to_query(), "?place=qingfeng-park&fix=qingfeng-park@31.800123,119.895123");
    for bad in ["Bad@31,119", "park@95,119", "park@31", "park"] {
        let (state, problems) = UrlState::parse(&format!("fix={bad}"));
        assert_eq!(state.fix, None);
        assert_eq!(problems, vec![UrlProblem::BadFix(bad.into())], "{bad}");
    }
}

#[test]
fn embed_is_a_bare_flag_that_survives_the_round_trip() {
    assert!(UrlState::parse("?embed").0.embed);
    assert!(UrlState::parse("?lang=en&embed=1").0.embed);
    assert!(!UrlState::parse("?embed=0").0.embed);
    assert!(!UrlState::parse("?lang=en").0.embed);
    let state = UrlState { lang: Some(Lang::En), embed: true, ..Default::default() };
    assert_eq!(state.to_query(), "?lang=en&embed");
    assert_eq!(UrlState { embed: true, ..Default::default() }.to_query(), "?embed");
}

#[test]
fn the_embed_code_is_an_iframe_of_the_chosen_size_with_its_attributes_escaped() {
    use zhonglou_map::core::embed::{iframe, EmbedSize};
    let code = iframe("https://map.example/?cats=park&lang=en&embed", EmbedSize::Medium, "Zhonglou \"map\" <1>");
    assert_eq!(
        code,
        r#"<iframe src="https://map.example/?cats=park&amp;lang=en&amp;embed" width="640" height="480" title="Zhonglou &quot;map&quot; &lt;1&gt;" style="border:0" loading="lazy"></iframe>"#
    );
    assert_eq!(EmbedSize::Small.label(Lang::ZhHans), "小 400×300");
    assert_eq!(EmbedSize::Large.label(Lang::En), "Large 960×640");
}

#[test]
fn a_tour_step_is_kept_in_the_link_and_a_bad_one_is_reported() {
    let at = |key: &str, step| Some(TourAt { key: key.into(), step });
    assert_eq!(UrlState::parse("?tour=heritage&step=3").0.tour, at("heritage", 3));
    // No step is the first; the order of the two does not matter.
    assert_eq!(UrlState::parse("?tour=green").0.tour, at("green", 1));
    assert_eq!(UrlState::parse("?step=4&tour=green").0.tour, at("green", 4));
    // A step alone means nothing.
    assert_eq!(UrlState::parse("?step=4"), (UrlState::default(), vec![]));
    let (state, problems) = UrlState::parse("?tour=heritage&step=0");
    assert_eq!(state.tour, at("heritage", 1));
    assert_eq!(problems, vec![UrlProblem::BadStep("0".into())]);
    let (state, problems) = UrlState::parse("?tour=<b>&step=2");
    assert_eq!(state.tour, None);
    assert_eq!(problems, vec![UrlProblem::BadTour("<b>".into())]);
    let state = UrlState { lang: Some(Lang::En), tour: at("heritage", 3), ..Default::default() };
    assert_eq!(state.to_query(), "?lang=en&tour=heritage&step=3");
}

#[test]
fn a_framed_map_opens_on_the_places_in_sight_at_its_own_size() {
    use zhonglou_map::core::atlas::Atlas;
    use zhonglou_map::core::basemap::BaseMap;
    use zhonglou_map::core::embed::{framed_view, EmbedSize, BAR_PX};
    use zhonglou_map::core::filter::CategorySet;
    use zhonglou_map::core::geo::{unproject, Viewport};
    use zhonglou_map::core::ids::PlaceId;
    let atlas = Atlas::new(
        BaseMap::parse(zhonglou_map::data::BASEMAP).unwrap(),
        zhonglou_map::core::places::load(zhonglou_map::data::PLACES).unwrap(),
    );
    let desk = atlas.home_view(1030.0, 745.0);
    let places = || (0..atlas.places.len()).map(|i| atlas.shown_at(PlaceId::new(i)));
    let seen: Vec<_> = places().filter(|&p| desk.shows(p, 0.0)).collect();
    assert_eq!(seen.len(), atlas.places.len());
    for size in EmbedSize::ALL {
        let framed = framed_view(&atlas, CategorySet::ALL, &desk, size);
        let (w, h) = size.pixels();
        assert_eq!((framed.width, framed.height), (f64::from(w), f64::from(h) - BAR_PX));
        for &p in &seen {
            assert!(framed.shows(p, 15.0), "{p:?} outside the {size:?} frame");
        }
        assert!(framed.zoom <= desk.zoom);
    }
    // Nothing in sight: the same ground.
    let empty = Viewport::new(LonLat::new(119.5, 31.5), 14.0, 1030.0, 745.0);
    let framed = framed_view(&atlas, CategorySet::ALL, &empty, EmbedSize::Medium);
    assert!(unproject(framed.center).distance_m(LonLat::new(119.5, 31.5)) < 1.0);
}

#[test]
fn a_places_own_page_names_its_place_by_its_path() {
    use zhonglou_map::core::url_state::place_page;
    assert_eq!(place_page("/place/qingfeng-park/").as_deref(), Some("qingfeng-park"));
    assert_eq!(place_page("/place/qingfeng-park").as_deref(), Some("qingfeng-park"));
    assert_eq!(place_page("/"), None);
    assert_eq!(place_page("/place/"), None);
    assert_eq!(place_page("/place/a/b/"), None);
    assert_eq!(place_page("/elsewhere/qingfeng-park/"), None);
}
