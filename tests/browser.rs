//! Component tests in headless Chromium: mount the app into a fresh element and check what a user would see.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use zhonglou_map::app::{state_from, MapApp, MapState};
use zhonglou_map::core::geo::Viewport;
use zhonglou_map::core::i18n::Lang;
use zhonglou_map::data;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app with the given data into a new element of its own and returns the element and state.
fn mount(places: &str) -> (Element, MapState) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_attribute("style", "width:1024px;height:768px;position:relative").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let state = state_from(places, data::BASEMAP, Lang::ZhHans);
    leptos::mount::mount_to(host.clone().unchecked_into(), move || view! { <MapApp state=state /> }).forget();
    (host, state)
}

fn all(host: &Element, selector: &str) -> Vec<Element> {
    let list = host.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

fn click(el: &Element) {
    el.clone().unchecked_into::<HtmlElement>().click();
}

/// Places the markers stand for: a cluster's text is its count, a place marker stands for one.
fn places_on_map(host: &Element) -> usize {
    all(host, ".map__markers button")
        .iter()
        .map(|b| b.text_content().unwrap_or_default().trim().parse().unwrap_or(1))
        .sum()
}

fn marker_named(host: &Element, name: &str) -> Option<Element> {
    all(host, ".map__markers button").into_iter().find(|b| b.get_attribute("aria-label").as_deref() == Some(name))
}

#[wasm_bindgen_test]
async fn the_app_mounts_a_named_map_region_with_every_place_on_it() {
    let (host, state) = mount(data::PLACES);
    tick().await;
    let region = host.query_selector("[role=region]").unwrap().expect("the map is a region");
    assert_eq!(region.get_attribute("aria-label").as_deref(), Some("钟楼区地图"));
    let total = state.atlas.with_untracked(|a| a.places.len());
    assert!(total >= 45);
    assert_eq!(places_on_map(&host), total);
    assert!(host.query_selector("[role=alert]").unwrap().is_none(), "the built-in data raises no notice");
}

#[wasm_bindgen_test]
async fn unticking_parks_removes_their_markers_and_ticking_restores_them() {
    let (host, state) = mount(data::PLACES);
    tick().await;
    let total = places_on_map(&host);
    let parks =
        all(&host, "label").into_iter().find(|l| l.text_content().unwrap_or_default().starts_with("公园 (")).unwrap();
    let checkbox = parks.query_selector("input[type=checkbox]").unwrap().unwrap();
    let park_count = state.atlas.with_untracked(|a| a.places.iter().filter(|p| p.category.key() == "park").count());
    assert!(parks.text_content().unwrap().contains(&format!("({park_count})")));

    click(&checkbox);
    tick().await;
    assert_eq!(places_on_map(&host), total - park_count);
    assert_eq!(state.announcement.get_untracked(), format!("显示 {} 个地点", total - park_count));

    click(&checkbox);
    tick().await;
    assert_eq!(places_on_map(&host), total);
}

#[wasm_bindgen_test]
async fn clicking_a_marker_opens_its_card_and_escape_closes_it() {
    let (host, state) = mount(data::PLACES);
    let park = state.atlas.with_untracked(|a| a.places[a.find("qingfeng-park").unwrap()].at);
    state.move_to(Viewport::new(park, 19.0, 1024.0, 768.0));
    tick().await;
    let marker = marker_named(&host, "青枫公园").expect("at the deepest zoom the park has its own marker");
    click(&marker);
    tick().await;
    let dialog = host.query_selector("[role=dialog]").unwrap().expect("the card opened");
    assert_eq!(dialog.query_selector("h2").unwrap().unwrap().text_content().as_deref(), Some("青枫公园"));
    assert!(dialog.text_content().unwrap().contains("大致位置（±400 米）"));

    let escape = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &{
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("Escape");
        init.set_bubbles(true);
        init
    })
    .unwrap();
    web_sys::window().unwrap().dispatch_event(&escape).unwrap();
    tick().await;
    assert!(host.query_selector("[role=dialog]").unwrap().is_none());
    assert_eq!(state.selected.get_untracked(), None);
}

#[wasm_bindgen_test]
async fn switching_language_renames_markers_and_filters() {
    let (host, state) = mount(data::PLACES);
    let park = state.atlas.with_untracked(|a| a.places[a.find("qingfeng-park").unwrap()].at);
    state.move_to(Viewport::new(park, 19.0, 1024.0, 768.0));
    state.lang.set(Lang::En);
    tick().await;
    assert!(marker_named(&host, "Qingfeng Park").is_some());
    assert!(all(&host, "label").iter().any(|l| l.text_content().unwrap_or_default().starts_with("Parks (")));
}

#[wasm_bindgen_test]
async fn bad_features_are_named_in_an_alert_and_the_good_ones_drawn() {
    let places = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","id":"good","geometry":{"type":"Point","coordinates":[119.9,31.79]},"properties":{"category":"park","name":"好"}},
      {"type":"Feature","id":"bad","geometry":{"type":"Point","coordinates":[119.9,95]},"properties":{"category":"park","name":"坏"}}]}"#;
    let (host, _) = mount(places);
    tick().await;
    let alert = host.query_selector("[role=alert]").unwrap().expect("an alert lists the skipped feature");
    assert!(alert.text_content().unwrap().contains("第 1 号要素"));
    assert_eq!(places_on_map(&host), 1);
}

#[wasm_bindgen_test]
async fn a_file_that_is_not_geojson_says_so_without_breaking_the_page() {
    let (host, _) = mount("<html>not json</html>");
    tick().await;
    let alert = host.query_selector("[role=alert]").unwrap().expect("an alert explains the failure");
    assert!(alert.text_content().unwrap().contains("地点数据无法使用"));
    assert!(host.query_selector("[role=region]").unwrap().is_some(), "the map still shows");
}
