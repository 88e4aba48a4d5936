//! Listening to the browser where Leptos has no way: a resize observer, a non-passive wheel listener, and the
//! capturing click listener that gives a touch between two markers to the nearer one.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A resize observer; it stops observing when dropped (keep it in the component's owner, e.g. a local
/// `StoredValue`, so that unmounting the component releases it).
pub struct SizeObserver {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for SizeObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// An event listener added with options Leptos does not offer; removed when dropped.
pub struct Listener {
    target: web_sys::EventTarget,
    event: &'static str,
    capture: bool,
    function: js_sys::Function,
    /// The Rust closure behind `function`, alive as long as the listener.
    _closure: Box<dyn std::any::Any>,
}

impl Listener {
    fn new<F: ?Sized + wasm_bindgen::closure::WasmClosure + 'static>(
        target: &web_sys::EventTarget,
        event: &'static str,
        capture: bool,
        closure: Closure<F>,
    ) -> Self {
        let function: js_sys::Function = closure.as_ref().unchecked_ref::<js_sys::Function>().clone();
        Listener { target: target.clone(), event, capture, function, _closure: Box::new(closure) }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback_and_bool(self.event, &self.function, self.capture);
    }
}

/// Calls `on_size(width, height)` with the element's size once laid out and whenever it changes, until the
/// returned observer is dropped.
pub fn observe_size(element: &web_sys::Element, on_size: impl Fn(f64, f64) + 'static) -> Option<SizeObserver> {
    // The observer reports the first size too, after the browser's own layout and before the first paint; the
    // size comes with each report (reading it back from the element would force a layout of its own).
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Ok(entry) = entries.get(entries.length().saturating_sub(1)).dyn_into::<web_sys::ResizeObserverEntry>() {
            let rect = entry.content_rect();
            on_size(rect.width(), rect.height());
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some(SizeObserver { observer, _callback: callback })
}

/// Listens to `wheel` on an element without the passive default, so the map can stop the page scrolling; until
/// the returned listener is dropped.
pub fn on_wheel(element: &web_sys::Element, mut handler: impl FnMut(web_sys::WheelEvent) + 'static) -> Listener {
    let callback = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| handler(ev.unchecked_into()));
    let options = web_sys::AddEventListenerOptions::new();
    options.set_passive(false);
    let _ = element.add_event_listener_with_callback_and_add_event_listener_options(
        "wheel",
        callback.as_ref().unchecked_ref(),
        &options,
    );
    Listener::new(element, "wheel", false, callback)
}

/// The marker whose centre is nearest to `at` (client px) and within a touch's reach of it
/// (`core::gesture::nearest_within`), among the markers under `layer`.
fn marker_near(layer: &web_sys::Element, at: (f64, f64)) -> Option<web_sys::HtmlElement> {
    let list = layer.query_selector_all(".marker").ok()?;
    let mut all: Vec<web_sys::HtmlElement> = (0..list.length()).filter_map(|i| list.get(i)?.dyn_into().ok()).collect();
    let centres: Vec<(f64, f64)> = all
        .iter()
        .map(|m| {
            let r = m.get_bounding_client_rect();
            (r.left() + r.width() / 2.0, r.top() + r.height() / 2.0)
        })
        .collect();
    let nearest = crate::core::gesture::nearest_within(at, &centres, crate::core::gesture::TOUCH_REACH_PX)?;
    Some(all.swap_remove(nearest))
}

/// A tap on the map beside a marker, within a touch's reach of its centre, opens that marker: a finger need not
/// land on the drawn dot (browsers give a touch to the element whose own box is nearest, not to a larger area
/// drawn around it). Says whether a marker took the tap.
pub fn tap_marker_near(map: &web_sys::Element, at: (f64, f64)) -> bool {
    let Some(marker) = marker_near(map, at) else { return false };
    marker.click();
    true
}

/// Where markers' touch areas overlap, a click goes to the marker whose centre is nearer
/// (`core::gesture::nearest_within`), whichever is drawn on top; until the returned listener is dropped. A click
/// made with the keyboard, or sent here, has no position and is left alone.
pub fn nearest_marker_wins(layer: &web_sys::Element) -> Listener {
    let markers = layer.clone();
    // `Fn`, not `FnMut`: the click it sends comes through it again, inside this call.
    let callback = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let Some(click) = ev.dyn_ref::<web_sys::MouseEvent>().filter(|c| c.detail() > 0) else { return };
        let element = |t: Option<web_sys::EventTarget>| t.and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let Some(hit) = element(click.target()).and_then(|e| e.closest(".marker").ok().flatten()) else { return };
        let at = (f64::from(click.client_x()), f64::from(click.client_y()));
        if let Some(nearest) = marker_near(&markers, at).filter(|n| **n != hit) {
            click.prevent_default();
            click.stop_propagation();
            nearest.click();
        }
    });
    let _ = layer.add_event_listener_with_callback_and_bool("click", callback.as_ref().unchecked_ref(), true);
    Listener::new(layer, "click", true, callback)
}
