//! The one place that touches DOM and browser APIs beyond what Leptos gives: sizes, focus, pointer capture,
//! non-passive wheel listening, the document's language and the browser's.

mod listen;
mod motion;
mod storage;

pub use listen::*;
pub use motion::*;
pub use storage::*;

use crate::core::geo::ScreenRect;
use crate::core::problems::{FetchError, LocateError};
use crate::core::takeover::{self, FirstMap, Takeover};
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The element's top-left corner in viewport coordinates, to turn client positions into map positions.
pub fn origin_of(element: &web_sys::Element) -> (f64, f64) {
    let rect = element.get_bounding_client_rect();
    (rect.left(), rect.top())
}

/// A client position in the map's own pixels (from its top-left corner), if the map is in the page.
pub fn map_point(client_x: f64, client_y: f64) -> Option<(f64, f64)> {
    let map = document()?.get_element_by_id("map")?;
    let (ox, oy) = origin_of(&map);
    Some((client_x - ox, client_y - oy))
}

/// Focuses the element with this id, if there is one.
pub fn focus_id(id: &str) {
    if let Some(el) =
        document().and_then(|d| d.get_element_by_id(id)).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Focuses the first element inside `parent` that matches `selector`, if there is one.
pub fn focus_in(parent: &web_sys::Element, selector: &str) {
    if let Some(el) =
        parent.query_selector(selector).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Sets `<html lang>` and the document title.
pub fn set_document_language(code: &str, title: &str) {
    if let Some(doc) = document() {
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", code);
        }
        doc.set_title(title);
    }
}

/// The browser's preferred language tag, if it tells.
pub fn browser_language() -> Option<String> {
    web_sys::window()?.navigator().language()
}

/// Whether the event started on a control inside the map (a marker or button) rather than on the map itself.
pub fn on_control(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("button, a, input, select, [role=dialog]").ok().flatten())
        .is_some()
}

/// Opens the browser's print dialog (Print, or Save as PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Whether arrow keys pressed here are free for another use: not typed into a field or list, and not on the map,
/// where they pan.
pub fn arrows_free(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("input, select, textarea, [contenteditable], [role=listbox], #map").ok().flatten())
        .is_none()
}

/// The page's query string, `?` included (empty when there is none).
pub fn location_query() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The page's full address.
pub fn location_href() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// The page's address without its query: origin and path.
pub fn location_base() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return String::new() };
    format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default())
}

/// The page's path (`/`, or `/place/<id>/` on a place's own page).
pub fn location_path() -> String {
    web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_else(|| "/".into())
}

/// Moves the address to the map's own path, keeping its query: a place's page becomes the map with that place
/// open, and the links the map writes from then on are the map's. A first view's brief card named in the
/// fragment (`#card-<id>`) goes: the live app opens the place instead.
pub fn move_to_root() {
    let Some(window) = web_sys::window() else { return };
    let hash = window.location().hash().unwrap_or_default();
    let hash = if takeover::card(&hash).is_some() { "" } else { &hash };
    let url = format!("/{}{hash}", location_query());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Records a new state in the browser history (`push`) or rewrites the current one, keeping the path.
pub fn set_query(query: &str, push: bool) {
    let Some(window) = web_sys::window() else { return };
    let path = window.location().pathname().unwrap_or_else(|_| "/".into());
    let url = format!("{path}{query}");
    if let Ok(history) = window.history() {
        let _ = if push {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        };
    }
}

/// Copies text with the Clipboard API; `done(true)` once copied, `done(false)` when the browser refuses or
/// has no clipboard. (Awaiting the promise leaves no callback behind.)
pub fn copy_text(text: &str, done: impl Fn(bool) + 'static) {
    let Some(window) = web_sys::window() else { return done(false) };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok().filter(|c| !c.is_undefined());
    let Some(clipboard) = clipboard.and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok()) else { return done(false) };
    let written = clipboard.write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(written).await.is_ok());
    });
}

/// Selects the whole text of an input, for the copy-it-yourself fallback.
pub fn select_input(id: &str) {
    if let Some(input) =
        document().and_then(|d| d.get_element_by_id(id)).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        let _ = input.focus();
        input.select();
    }
}

/// The part of the map element (by id) that a panel leaves visible, in map pixels (see [`ScreenRect::beside`]).
pub fn map_area_beside(map_id: &str, panel: &web_sys::Element) -> Option<ScreenRect> {
    let map = client_rect(&document()?.get_element_by_id(map_id)?);
    Some(ScreenRect::beside(map, client_rect(panel)))
}

/// The map element's size as laid out now (which its resize observer may not have reported yet).
pub fn map_size() -> Option<(f64, f64)> {
    let map = client_rect(&document()?.get_element_by_id("map")?);
    Some((map.right - map.left, map.bottom - map.top))
}

fn client_rect(element: &web_sys::Element) -> ScreenRect {
    let r = element.get_bounding_client_rect();
    ScreenRect { left: r.left(), top: r.top(), right: r.right(), bottom: r.bottom() }
}

/// Asks for the user's position once: `done(Ok((lon, lat, accuracy_m)))` or `done(Err(why))`. The browser's
/// two callbacks are a promise's resolve and reject, so nothing is left behind whichever is called.
pub fn locate(done: impl Fn(Result<(f64, f64, f64), LocateError>) + 'static) {
    let Some(geolocation) = web_sys::window().and_then(|w| w.navigator().geolocation().ok()) else {
        return done(Err(LocateError::Unavailable));
    };
    let options = web_sys::PositionOptions::new();
    options.set_enable_high_accuracy(true);
    options.set_timeout(15_000);
    let mut asked = Ok(());
    let answer = js_sys::Promise::new(&mut |resolve, reject| {
        asked = geolocation.get_current_position_with_error_callback_and_options(&resolve, Some(&reject), &options);
    });
    if asked.is_err() {
        return done(Err(LocateError::Unavailable));
    }
    wasm_bindgen_futures::spawn_local(async move {
        let get = |o: &wasm_bindgen::JsValue, k: &str| js_sys::Reflect::get(o, &k.into()).ok();
        match wasm_bindgen_futures::JsFuture::from(answer).await {
            Ok(position) => {
                let coords = get(&position, "coords").unwrap_or_default();
                let num = |k: &str| get(&coords, k).and_then(|v| v.as_f64());
                match (num("longitude"), num("latitude"), num("accuracy")) {
                    (Some(lon), Some(lat), Some(acc)) => done(Ok((lon, lat, acc))),
                    _ => done(Err(LocateError::Unavailable)),
                }
            }
            Err(error) => {
                let code = get(&error, "code").and_then(|c| c.as_f64()).unwrap_or(2.0);
                done(Err(LocateError::from_code(code as u16)))
            }
        }
    });
}

/// Hides the element an event happened on (a tile that failed to load: no broken-image icon).
pub fn hide_target(event: &web_sys::Event) {
    if let Some(el) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.style().set_property("visibility", "hidden");
    }
}

/// Starts fetching a file now (same origin, or a server that allows it through CORS); [`fetched_text`] reads it.
pub fn start_fetch(url: &str) -> Option<js_sys::Promise> {
    web_sys::window().map(|w| w.fetch_with_str(url))
}

/// The text of a fetch started with [`start_fetch`].
pub async fn fetched_text(fetch: Option<js_sys::Promise>) -> Result<String, FetchError> {
    use wasm_bindgen_futures::JsFuture;
    let fetch = fetch.ok_or(FetchError::Network)?;
    // Offline, a file the service worker does not hold fails as the network did (sw.js): say which it was.
    let failed = || if is_offline() { FetchError::Offline } else { FetchError::Network };
    let response = JsFuture::from(fetch).await.map_err(|_| failed())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = response.text().map_err(|_| FetchError::NotText)?;
    let text = JsFuture::from(text).await.map_err(|_| FetchError::Network)?;
    text.as_string().ok_or(FetchError::NotText)
}

/// Whether the browser says it has no network.
fn is_offline() -> bool {
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}

/// Reads a file the user chose or dropped as text.
pub async fn read_file(file: web_sys::File) -> Result<String, ()> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.map_err(|_| ())?;
    text.as_string().ok_or(())
}

/// Lets the browser paint and handle input before the next slice of work.
pub async fn yield_now() {
    sleep(0).await;
}

/// Waits this many milliseconds.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Offers text as a file download.
pub fn download(filename: &str, text: &str, mime: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(a) = document()
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The first file of a drop, if the drop carried files.
pub fn dropped_file(event: &web_sys::DragEvent) -> Option<web_sys::File> {
    event.data_transfer()?.files()?.get(0)
}

/// The first file chosen in a file input.
pub fn chosen_file(event: &web_sys::Event) -> Option<web_sys::File> {
    let input = event.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0);
    // Clearing the input lets the same file be chosen again later.
    input.set_value("");
    file
}

/// Removes the page's prerendered first view (`#first-view`), which the live app replaces in the same task,
/// and returns what the reader did in it: the categories unticked, the focused element, the map's size.
pub fn take_first_view() -> Takeover {
    let Some(doc) = document() else { return Takeover::default() };
    let Some(first) = doc.get_element_by_id("first-view") else { return Takeover::default() };
    let mut unticked = Vec::new();
    if let Ok(boxes) = first.query_selector_all(".show:not(:checked)") {
        for i in 0..boxes.length() {
            // The selector finds only elements.
            if let Some(input) = boxes.get(i) {
                unticked.push(input.unchecked_into::<web_sys::Element>().id());
            }
        }
    }
    let focused = doc.active_element().filter(|el| first.contains(Some(el))).map(|el| el.id());
    let mut left = Takeover::read(&unticked, focused.as_deref());
    left.card = web_sys::window().and_then(|w| w.location().hash().ok()).and_then(|hash| takeover::card(&hash));
    left.map = ["map", "map-narrow"].into_iter().find_map(|id| {
        let r = client_rect(&doc.get_element_by_id(id)?);
        FirstMap::read(id, (r.right - r.left, r.bottom - r.top))
    });
    first.remove();
    left
}

/// Replaces a dead page with a friendly notice: any panic still logs its details to the console, then shows a
/// message and a reload button in the page's language, built with plain DOM calls (the app may be unusable).
#[cfg(target_arch = "wasm32")]
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_notice();
    }));
}

#[cfg(target_arch = "wasm32")]
fn show_crash_notice() {
    use crate::core::i18n::{Lang, Text};
    let Some(doc) = document() else { return };
    if doc.get_element_by_id("crash-notice").is_some() {
        return;
    }
    let lang = doc
        .document_element()
        .and_then(|r| r.get_attribute("lang"))
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or_default();
    let (Ok(notice), Ok(text), Ok(button), Some(body)) =
        (doc.create_element("div"), doc.create_element("p"), doc.create_element("button"), doc.body())
    else {
        return;
    };
    let _ = notice.set_attribute("id", "crash-notice");
    let _ = notice.set_attribute("role", "alert");
    let _ = notice.set_attribute("class", "crash-notice");
    text.set_text_content(Some(Text::Crashed.get(lang)));
    button.set_text_content(Some(Text::Reload.get(lang)));
    let reload = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    let _ = button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
    // The page is broken and about to be reloaded: the listener lives as long as the notice.
    reload.forget();
    let _ = notice.append_child(&text);
    let _ = notice.append_child(&button);
    let _ = body.append_child(&notice);
}

/// The part of the map the open place card leaves visible, if a card is open.
pub fn area_beside_card() -> Option<ScreenRect> {
    let card = document()?.get_element_by_id("place-card")?;
    map_area_beside("map", &card)
}
