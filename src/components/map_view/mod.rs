//! The map: the offline base map (SVG), precision halos and place markers (buttons) in one layer that panning
//! only translates; zoom scales the layer through one CSS variable and re-clusters. Mouse, touch and keyboard
//! all pan and zoom (the gesture rules are `core::gesture`'s); zoom buttons, a reset button, a scale bar and
//! the attribution sit on top.
//!
//! - `base_layer.rs`: outline, canal, metro, halos and the user's position (SVG).
//! - `shapes.rs`: the lines and areas of a user's file.
//! - `markers.rs`: place and cluster markers.
//! - `controls.rs`: zoom, reset and locate buttons, the scale bar.

mod base_layer;
mod controls;
mod markers;
#[cfg(target_arch = "wasm32")]
mod shapes;

use crate::components::base_maps::{self, TileLayer};
use crate::core::filter::CategorySet;
use crate::core::gesture::Gesture;
use crate::core::i18n::Text;
use crate::core::url_state::BaseKind;
use crate::interop;
use crate::state::use_state;
use base_layer::{BackdropNames, BaseLabels, BaseLayer};
use controls::{ScaleBar, ZoomControls};
use leptos::prelude::*;
use markers::Markers;
#[cfg(target_arch = "wasm32")]
use shapes::Shapes;

/// Keyboard pan step (CSS px).
const KEY_PAN_PX: f64 = 100.0;
/// Wheel pixels per zoom level; a line-mode wheel notch counts as this many pixels.
const WHEEL_PX_PER_LEVEL: f64 = 120.0;
const WHEEL_PX_PER_LINE: f64 = 40.0;

/// The interactive map region.
#[component]
pub fn MapView() -> impl IntoView {
    let state = use_state();
    let map_ref = NodeRef::<leptos::html::Div>::new();
    let gesture = StoredValue::new(Gesture::default());
    // The observer and the wheel listener are released with this component.
    let observers = StoredValue::new_local(None::<(Option<interop::SizeObserver>, interop::Listener)>);

    map_ref.on_load(move |el| {
        let size = interop::observe_size(&el, move |w, h| state.resize(w, h));
        let wheel_target = el.clone();
        let wheel = interop::on_wheel(&el, move |ev| {
            ev.prevent_default();
            let (ox, oy) = interop::origin_of(&wheel_target);
            let pixels = if ev.delta_mode() == 1 { ev.delta_y() * WHEEL_PX_PER_LINE } else { ev.delta_y() };
            state.zoom_by(
                (-pixels / WHEEL_PX_PER_LEVEL).clamp(-1.0, 1.0),
                Some((ev.client_x() as f64 - ox, ev.client_y() as f64 - oy)),
            );
        });
        observers.set_value(Some((size, wheel)));
    });

    let client = |ev: &web_sys::PointerEvent| (ev.client_x() as f64, ev.client_y() as f64);
    let capture = move |ev: &web_sys::PointerEvent| {
        if let Some(el) = map_ref.get_untracked() {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
    };
    let on_pointer_down = move |ev: web_sys::PointerEvent| {
        let Some(el) = map_ref.get_untracked() else { return };
        let origin = interop::origin_of(&el);
        let step = gesture.try_update_value(|g| g.down(ev.pointer_id(), client(&ev), origin)).unwrap_or_default();
        if step.capture {
            capture(&ev);
        }
    };
    let on_pointer_move = move |ev: web_sys::PointerEvent| {
        let view = state.view().get_untracked();
        let step = gesture.try_update_value(|g| g.moved(ev.pointer_id(), client(&ev), &view)).unwrap_or_default();
        if step.capture {
            capture(&ev);
        }
        if let Some(v) = step.view {
            state.move_to(v);
        }
    };
    let on_pointer_up = move |ev: web_sys::PointerEvent| {
        let cancelled = ev.type_() == "pointercancel";
        let on_control = interop::on_control(&ev);
        let step = gesture
            .try_update_value(|g| g.up(ev.pointer_id(), client(&ev), ev.time_stamp(), cancelled, on_control))
            .unwrap_or_default();
        if let Some(at) = step.double_tap {
            state.zoom_step(1.0, Some(at));
        } else if let Some((x, y)) = step.tap {
            // A finger beside a marker means the marker (a mouse points exactly); while adding a place, a tap
            // says where it goes, near a marker or not.
            let touch = ev.pointer_type() != "mouse" && !state.adding().get_untracked();
            let beside_marker =
                touch && map_ref.get_untracked().is_some_and(|el| interop::tap_marker_near(&el, client(&ev)));
            if !beside_marker {
                state.map_tapped(x, y);
            }
        }
    };

    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        match ev.key().as_str() {
            "+" | "=" => state.zoom_step(1.0, None),
            "-" | "_" => state.zoom_step(-1.0, None),
            "ArrowLeft" => state.pan_by(KEY_PAN_PX, 0.0),
            "ArrowRight" => state.pan_by(-KEY_PAN_PX, 0.0),
            "ArrowUp" => state.pan_by(0.0, KEY_PAN_PX),
            "ArrowDown" => state.pan_by(0.0, -KEY_PAN_PX),
            _ => return,
        }
        ev.prevent_default();
    };

    let layer_style = move || {
        let layer = state.atlas().with(|a| a.layer);
        let v = state.view().get();
        // The layer's origin from the map's centre (CSS places the layer there).
        let (tx, ty) = v.layer_offset(&layer);
        let (dx, dy) = (tx - v.width / 2.0, ty - v.height / 2.0);
        // CSS: `--k` (screen px per layer unit) scales tiles, markers and the SVG layer (assets/style.css).
        format!("transform:translate3d({dx:.1}px,{dy:.1}px,0);--k:{}", v.layer_scale())
    };

    // Lines and areas come only with a user's file, which only the live app loads: the first view has none.
    #[cfg(target_arch = "wasm32")]
    let shapes = view! { <Shapes /> };
    #[cfg(not(target_arch = "wasm32"))]
    let shapes = ();
    view! {
        <div
            id="map"
            class=move || if state.base().get() == BaseKind::Schematic { "map" } else { "map map--tiles" }
            role="region"
            aria-label=move || state.t(Text::MapLabel)
            tabindex="0"
            node_ref=map_ref
            on:pointerdown=on_pointer_down
            on:pointermove=on_pointer_move
            on:pointerup=on_pointer_up
            on:pointercancel=on_pointer_up
            on:keydown=on_key
        >
            // Zoom steps ease in through this wrapper's transform; the layer's own transform only pans.
            <div class="map__zoom">
                <div class="map__layer" style=layer_style>
                    <TileLayer />
                    <BaseLayer />
                    {shapes}
                    <BaseLabels />
                    <BackdropNames />
                    <Markers />
                </div>
            </div>
            <ZoomControls />
            // With every category unticked the map is empty: it says why, and how to bring them back.
            <Show when=move || state.cats().get() == CategorySet::NONE>
                <div class="map__empty">
                    <p>{move || state.t(Text::NothingTicked)}</p>
                    <button type="button" on:click=move |_| state.show_all()>
                        {move || state.t(Text::TickAll)}
                    </button>
                </div>
            </Show>
            <ScaleBar />
            // North is always up (the map does not rotate); printed with the handout.
            <p class="map__north" aria-hidden="true">
                <span>"↑"</span>
                {move || state.t(Text::North)}
            </p>
            <p class="map__attribution">{move || base_maps::attribution(state)}</p>
        </div>
    }
}
