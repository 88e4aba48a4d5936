//! Motion: whether the user wants less of it, the eased zoom step and the glide between a tour's steps.

use super::document;
use wasm_bindgen::JsCast;

/// Whether the user asked their system for less motion.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Eases a zoom step in: the map is already drawn at the new zoom, and its zoom layer grows (or shrinks) into
/// place from how the old zoom looked, around the point zoomed about (map px). Nothing moves when the user
/// prefers reduced motion.
pub fn animate_zoom(factor: f64, around: (f64, f64)) {
    if prefers_reduced_motion() || !factor.is_finite() || factor <= 0.0 || (factor - 1.0).abs() < 1e-3 {
        return;
    }
    ease_map(&format!("scale({})", 1.0 / factor), "none", around, ZOOM_ANIMATION_MS);
}

/// A glide's transform: `(dx, dy, scale)` about the map's centre (`Viewport::as_seen_from`).
pub type Glide = (f64, f64, f64);

/// Glides the map from how it looked to how it is now drawn: `from` makes the new drawing look like the old.
/// Only for a glide that does not zoom in (`scale` ≥ 1): the drawing is only ever enlarged on the way, so the
/// compositor never has to draw more of it than the screen holds. Nothing moves when the user prefers reduced
/// motion.
pub fn glide_into_place(from: Glide, centre: (f64, f64)) {
    if let Some(from) = glide_transform(from) {
        ease_map(&from, "none", centre, GLIDE_MS);
    }
}

/// Glides the map as it is drawn now until it looks like the view it is going to (`to` makes the current
/// drawing look like that view), for a glide that zooms in; resolves once there (`false` when the glide was
/// cancelled, or nothing moved because the user prefers reduced motion). The caller then draws the new view and
/// calls the returned finish to let go of the last frame.
pub async fn glide_forward(to: Glide, centre: (f64, f64)) -> Option<impl FnOnce()> {
    let to = glide_transform(to)?;
    let animation = ease_map("none", &to, centre, GLIDE_MS)?;
    let finished = js_sys::Reflect::get(&animation, &"finished".into()).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    wasm_bindgen_futures::JsFuture::from(finished).await.ok()?;
    Some(move || {
        if let Ok(cancel) =
            js_sys::Reflect::get(&animation, &"cancel".into()).and_then(|f| f.dyn_into::<js_sys::Function>())
        {
            let _ = cancel.call0(&animation);
        }
    })
}

fn glide_transform((dx, dy, scale): Glide) -> Option<String> {
    let usable = !prefers_reduced_motion() && [dx, dy, scale].iter().all(|v| v.is_finite()) && scale > 0.0;
    usable.then(|| format!("translate({dx:.1}px,{dy:.1}px) scale({scale})"))
}

/// How long a glide between a tour's steps takes.
const GLIDE_MS: f64 = 650.0;

/// Animates the map's zoom wrapper from one transform to another with one drawing (the compositor moves it,
/// nothing is drawn again on the way), ending on the last frame; cancels any animation of it still running.
/// Returns the animation.
fn ease_map(from: &str, to: &str, origin: (f64, f64), duration_ms: f64) -> Option<js_sys::Object> {
    let el = document()?.query_selector("#map .map__zoom").ok().flatten()?;
    let call = |target: &wasm_bindgen::JsValue, name: &str, args: &js_sys::Array| {
        // Web Animations, called by name: web-sys keeps them behind an unstable flag.
        let f = js_sys::Reflect::get(target, &name.into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
        f.apply(target, args).ok()
    };
    if let Some(running) = call(&el, "getAnimations", &js_sys::Array::new()) {
        for a in js_sys::Array::from(&running).iter() {
            call(&a, "cancel", &js_sys::Array::new());
        }
    }
    let origin = format!("{:.1}px {:.1}px", origin.0, origin.1);
    let frame = |transform: &str| {
        let f = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&f, &"transform".into(), &transform.into());
        let _ = js_sys::Reflect::set(&f, &"transformOrigin".into(), &origin.as_str().into());
        f
    };
    let frames = js_sys::Array::of2(&frame(from), &frame(to));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"duration".into(), &duration_ms.into());
    let easing = if to == "none" && duration_ms < GLIDE_MS { "ease-out" } else { "ease-in-out" };
    let _ = js_sys::Reflect::set(&options, &"easing".into(), &easing.into());
    let _ = js_sys::Reflect::set(&options, &"fill".into(), &"forwards".into());
    call(&el, "animate", &js_sys::Array::of2(&frames, &options))?.dyn_into::<js_sys::Object>().ok()
}

/// How long an animated zoom step takes (CSS: `.map__zoom` must have no transition of its own).
const ZOOM_ANIMATION_MS: f64 = 220.0;
