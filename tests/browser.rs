//! Component tests in headless Chromium: mount the app into a fresh element and check what a user would see.
//! Each test unmounts what it mounted (and removes its element), so no ids or listeners leak into the next.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use zhonglou_map::app::MapApp;
use zhonglou_map::core::geo::Viewport;
use zhonglou_map::core::i18n::Lang;
use zhonglou_map::core::problems::LinkProblem;
use zhonglou_map::core::url_state::UrlState;
use zhonglou_map::data;
use zhonglou_map::state::MapState;

wasm_bindgen_test_configure!(run_in_browser);

/// An app mounted into an element of its own; dropping it unmounts the app and removes the element.
struct Mounted {
    host: Element,
    state: MapState,
    handle: Option<Box<dyn std::any::Any>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        drop(self.handle.take());
        self.host.remove();
    }
}

/// Mounts the app with the given data into a new element of its own.
fn mount(places: &str) -> Mounted {
    mount_in(places, Lang::ZhHans)
}

fn mount_in(places: &str, lang: Lang) -> Mounted {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_attribute("style", "width:1024px;height:768px;position:relative").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let state = MapState::from_geojson(places, data::BASEMAP, lang);
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), move || view! { <MapApp state=state /> });
    Mounted { host, state, handle: Some(Box::new(handle)) }
}

fn all(host: &Element, selector: &str) -> Vec<Element> {
    let list = host.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

fn click(el: &Element) {
    el.clone().unchecked_into::<HtmlElement>().click();
}

fn key(target: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// Fires a bubbling event of this type on an element (what typing or choosing does).
fn fire(target: &Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    target.dispatch_event(&web_sys::Event::new_with_event_init_dict(kind, &init).unwrap()).unwrap();
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

/// Places the markers stand for: a cluster's text is its count, a place marker stands for one.
fn places_on_map(host: &Element) -> usize {
    all(host, ".map__markers button").iter().map(|b| text(b).trim().parse().unwrap_or(1)).sum()
}

fn marker_named(host: &Element, name: &str) -> Option<Element> {
    all(host, ".map__markers button").into_iter().find(|b| b.get_attribute("aria-label").as_deref() == Some(name))
}

/// Zooms the map to the deepest level over a place, so it has a marker of its own.
fn zoom_onto(m: &Mounted, id: &str) {
    let at = m.state.atlas().with_untracked(|a| a.place(a.find(id).unwrap()).unwrap().at);
    m.state.move_to(Viewport::new(at, 19.0, 1024.0, 768.0));
}

#[wasm_bindgen_test]
async fn the_app_mounts_a_named_map_region_with_every_place_on_it() {
    let m = mount(data::PLACES);
    let (host, state) = (&m.host, m.state);
    tick().await;
    let region = host.query_selector("[role=region]").unwrap().expect("the map is a region");
    assert_eq!(region.get_attribute("aria-label").as_deref(), Some("钟楼区地图"));
    let total = state.atlas().with_untracked(|a| a.places.len());
    assert!(total >= 45);
    assert_eq!(places_on_map(host), total);
    assert!(host.query_selector("[role=alert]").unwrap().is_none(), "the built-in data raises no notice");
}

#[wasm_bindgen_test]
async fn unticking_parks_removes_their_markers_and_ticking_restores_them() {
    let m = mount(data::PLACES);
    let (host, state) = (&m.host, m.state);
    tick().await;
    let total = places_on_map(host);
    let parks =
        all(host, "label").into_iter().find(|l| l.text_content().unwrap_or_default().starts_with("公园 (")).unwrap();
    let checkbox = parks.query_selector("input[type=checkbox]").unwrap().unwrap();
    let park_count = state.atlas().with_untracked(|a| a.places.iter().filter(|p| p.category.key() == "park").count());
    assert!(parks.text_content().unwrap().contains(&format!("({park_count})")));

    click(&checkbox);
    tick().await;
    assert_eq!(places_on_map(host), total - park_count);
    assert_eq!(state.announcement().get_untracked(), format!("显示 {} 个地点", total - park_count));

    click(&checkbox);
    tick().await;
    assert_eq!(places_on_map(host), total);
}

#[wasm_bindgen_test]
async fn clicking_a_marker_opens_its_card_and_escape_closes_it() {
    let m = mount(data::PLACES);
    let (host, state) = (&m.host, m.state);
    zoom_onto(&m, "qingfeng-park");
    tick().await;
    let marker = marker_named(host, "青枫公园").expect("at the deepest zoom the park has its own marker");
    click(&marker);
    tick().await;
    let dialog = host.query_selector("[role=dialog]").unwrap().expect("the card opened");
    assert_eq!(dialog.query_selector("h2").unwrap().unwrap().text_content().as_deref(), Some("青枫公园"));
    assert!(text(&dialog).contains("有来源的坐标 · 精度约 ±250 米"), "{}", text(&dialog));

    key(&dialog, "Escape");
    tick().await;
    assert!(host.query_selector("[role=dialog]").unwrap().is_none());
    assert_eq!(state.open_place().get_untracked(), None);
}

#[wasm_bindgen_test]
async fn switching_language_renames_markers_and_filters() {
    let m = mount(data::PLACES);
    let (host, state) = (&m.host, m.state);
    zoom_onto(&m, "qingfeng-park");
    state.choose_language(Lang::En);
    tick().await;
    assert!(marker_named(host, "Qingfeng Park").is_some());
    assert!(all(host, "label").iter().any(|l| l.text_content().unwrap_or_default().starts_with("Parks (")));
}

#[wasm_bindgen_test]
async fn bad_features_are_named_in_an_alert_and_the_good_ones_drawn() {
    let places = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","id":"good","geometry":{"type":"Point","coordinates":[119.9,31.79]},"properties":{"category":"park","name":"好"}},
      {"type":"Feature","id":"bad","geometry":{"type":"Point","coordinates":[119.9,95]},"properties":{"category":"park","name":"坏"}}]}"#;
    let m = mount(places);
    let host = &m.host;
    tick().await;
    let alert = host.query_selector("[role=alert]").unwrap().expect("an alert lists the skipped feature");
    // The second feature, counted from 1 and named by its own name, the problem in Chinese.
    assert!(text(&alert).contains("第 2 号要素（坏）：坐标 [119.9, 95] 不是地球上的位置"), "{}", text(&alert));
    assert_eq!(places_on_map(host), 1);
}

#[wasm_bindgen_test]
async fn a_file_that_is_not_geojson_says_so_without_breaking_the_page() {
    let m = mount("<html>not json</html>");
    let host = &m.host;
    tick().await;
    let alert = host.query_selector("[role=alert]").unwrap().expect("an alert explains the failure");
    assert!(
        text(&alert).contains("地点数据无法使用： 文件不是有效的 JSON：第 1 行第 1 列语法错误"),
        "{}",
        text(&alert)
    );
    assert!(host.query_selector("[role=region]").unwrap().is_some(), "the map still shows");
}

#[wasm_bindgen_test]
async fn searching_pinyin_lists_the_place_and_enter_opens_its_card() {
    let m = mount(data::PLACES);
    let host = &m.host;
    tick().await;
    let input: HtmlInputElement = host.query_selector("input[type=search]").unwrap().unwrap().unchecked_into();
    input.set_value("qingfeng gongyuan");
    fire(&input, "input");
    tick().await;
    let options: Vec<String> = all(host, "[role=option]").iter().map(text).collect();
    assert_eq!(options.first().map(|o| o.trim()), Some("青枫公园"), "{options:?}");
    key(&input, "Enter");
    tick().await;
    let dialog = host.query_selector("[role=dialog]").unwrap().expect("Enter opened the first result");
    assert_eq!(text(&dialog.query_selector("h2").unwrap().unwrap()), "青枫公园");
    assert!(all(host, "[role=option]").is_empty(), "the list closed");
}

#[wasm_bindgen_test]
async fn the_place_list_names_what_is_in_view_and_a_row_opens_its_place() {
    let m = mount(data::PLACES);
    let (host, state) = (&m.host, m.state);
    tick().await;
    let rows = all(host, ".place-list__items button");
    let title = text(&host.query_selector("#place-list-title").unwrap().unwrap());
    assert_eq!(title, format!("视野内的地点 ({})", rows.len()));
    assert!(rows.len() >= 40, "the district view lists nearly every place: {}", rows.len());
    let row = rows.iter().find(|r| text(r).contains("青枫公园")).expect("the park is listed");
    click(row);
    tick().await;
    let open = state.open_place().get_untracked().expect("a card is open");
    assert_eq!(state.atlas().with_untracked(|a| a.place(open).unwrap().id.clone()), "qingfeng-park");
    assert!(marker_named(host, "青枫公园").is_some(), "the map zoomed until the park has its own marker");
}

#[wasm_bindgen_test]
async fn choosing_amap_redraws_markers_in_gcj02_and_the_schematic_puts_them_back() {
    let m = mount(data::PLACES);
    let (host, state) = (&m.host, m.state);
    zoom_onto(&m, "qingfeng-park");
    tick().await;
    let radios = all(host, "[role=radiogroup] input[type=radio]");
    assert_eq!(radios.len(), 4);
    let style =
        |host: &Element| marker_named(host, "青枫公园").unwrap().parent_element().unwrap().get_attribute("style");
    let before = style(host);
    click(&radios[2]);
    tick().await;
    assert_eq!(state.base().get_untracked().key(), "amap");
    assert_eq!(state.atlas().with_untracked(|a| a.datum), zhonglou_map::core::datum::Datum::Gcj02);
    assert_ne!(style(host), before, "over Amap the marker sits at its GCJ-02 position");
    click(&radios[0]);
    tick().await;
    assert_eq!(style(host), before);
}

#[wasm_bindgen_test]
async fn link_problems_are_listed_in_the_readers_language() {
    let m = mount_in(data::PLACES, Lang::ZhHant);
    let (host, state) = (&m.host, m.state);
    let (url, problems) = UrlState::parse("?cats=zzz&place=no-such-place");
    let mut problems: Vec<LinkProblem> = problems.into_iter().map(LinkProblem::from).collect();
    problems.extend(state.apply_link(&url));
    state.link_problems_found(problems);
    tick().await;
    let alert = host.query_selector("[role=alert]").unwrap().expect("the link's problems are announced");
    let said = text(&alert);
    assert!(said.contains("未知類別「zzz」"), "{said}");
    assert!(said.contains("沒有編號為「no-such-place」的地點"), "{said}");
    assert!(!said.contains("unknown"), "no English: {said}");
}

#[wasm_bindgen_test]
async fn names_from_offers_the_files_fields_renames_the_markers_and_shows_a_field_a_link_chose() {
    let places = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","geometry":{"type":"Point","coordinates":[119.95,31.78]},"properties":{"name":"文化宫","en":"Culture Palace"}},
      {"type":"Feature","geometry":{"type":"Point","coordinates":[119.96,31.77]},"properties":{"name":"南大街","en":"South Street","rare":"x"}},
      {"type":"Feature","geometry":{"type":"Point","coordinates":[119.94,31.79]},"properties":{"name":"青枫公园","en":null}}]}"#;
    let m = mount(places);
    let host = &m.host;
    tick().await;
    // The labelled select "名称取自" (drawn again when its options change).
    let names_from = || -> web_sys::HtmlSelectElement {
        let choice = all(host, "label.filters__group").into_iter().find(|l| text(l).starts_with("名称取自"));
        let choice = choice.expect("a user's file offers where names come from");
        choice.query_selector("select").unwrap().unwrap().unchecked_into()
    };
    let select = names_from();
    let options: Vec<String> = all(&select, "option").iter().map(|o| text(o).trim().to_string()).collect();
    // "rare" is filled in on one place of three: not offered.
    assert_eq!(options, ["（默认名称）", "name", "en"]);
    select.set_value("en");
    fire(&select, "change");
    tick().await;
    zoom_onto(&m, "feature-0");
    tick().await;
    assert!(marker_named(host, "Culture Palace").is_some(), "the marker takes the chosen field's value");
    // A link may name a field that is not offered: the choice shows it.
    assert!(m.state.name_places_by(Some("rare")));
    tick().await;
    assert_eq!(names_from().value(), "rare");
}
