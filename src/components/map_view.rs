//! The map: the offline base map (SVG), precision halos and place markers (buttons) in one layer that panning
//! only translates; zoom scales the layer through one CSS variable and re-clusters. Mouse, touch and keyboard
//! all pan and zoom; zoom buttons, a reset button, a scale bar and the attribution sit on top.

use crate::app::{marker_dom_id, use_state, MapState};
use crate::components::base_maps::{self, TileLayer};
use crate::components::icon::CategoryIcon;
use crate::core::atlas::Marker;
use crate::core::geo::{self, Bounds, Viewport};
use crate::core::i18n::{self, Text};
use crate::core::url_state::BaseKind;
use crate::interop;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// How far a pointer may move before a press becomes a drag (CSS px).
const DRAG_THRESHOLD_PX: f64 = 5.0;
/// Two taps this close in time (ms) and space (px) are a double tap.
const DOUBLE_TAP_MS: f64 = 350.0;
const DOUBLE_TAP_PX: f64 = 30.0;
/// Keyboard pan step (CSS px).
const KEY_PAN_PX: f64 = 100.0;
/// Halos smaller than this radius (CSS px) would hide under the marker, so they are not drawn; halos wider than a
/// share of the map say nothing about one place among others, so only the open place's is drawn then.
const MIN_HALO_PX: f64 = 16.0;
const MAX_HALO_SHARE: f64 = 0.3;

/// The pointers on the map and what they are doing; plain data, read and written by the event handlers.
#[derive(Default)]
struct Gesture {
    /// Active pointers: id and last position (map px).
    pointers: Vec<(i32, f64, f64)>,
    /// Where the first pointer went down, until it moves far enough to be a drag.
    press: Option<(f64, f64)>,
    dragging: bool,
    /// The map's top-left corner in client coordinates when the gesture began.
    origin: (f64, f64),
    /// Time and place of the last tap, for double taps.
    last_tap: Option<(f64, f64, f64)>,
}

impl Gesture {
    fn centroid_and_spread(&self) -> ((f64, f64), f64) {
        let n = self.pointers.len().max(1) as f64;
        let (sx, sy) = self.pointers.iter().fold((0.0, 0.0), |(sx, sy), p| (sx + p.1, sy + p.2));
        let c = (sx / n, sy / n);
        let spread = match self.pointers.as_slice() {
            [a, b, ..] => (a.1 - b.1).hypot(a.2 - b.2),
            _ => 0.0,
        };
        (c, spread)
    }
}

/// The interactive map region.
#[component]
pub fn MapView() -> impl IntoView {
    let state = use_state();
    let map_ref = NodeRef::<leptos::html::Div>::new();
    let gesture = StoredValue::new(Gesture::default());

    map_ref.on_load(move |el| {
        interop::observe_size(&el, move |w, h| state.resize(w, h));
        let wheel_target = el.clone();
        interop::on_wheel(&el, move |ev| {
            ev.prevent_default();
            let (ox, oy) = interop::origin_of(&wheel_target);
            let pixels = if ev.delta_mode() == 1 { ev.delta_y() * 40.0 } else { ev.delta_y() };
            state.zoom_by(
                (-pixels / 120.0).clamp(-1.0, 1.0),
                Some((ev.client_x() as f64 - ox, ev.client_y() as f64 - oy)),
            );
        });
    });

    let on_pointer_down = move |ev: web_sys::PointerEvent| {
        let Some(el) = map_ref.get_untracked() else {
            return;
        };
        let origin = interop::origin_of(&el);
        let (x, y) = (ev.client_x() as f64 - origin.0, ev.client_y() as f64 - origin.1);
        gesture.update_value(|g| {
            if g.pointers.is_empty() {
                g.origin = origin;
                g.press = Some((x, y));
                g.dragging = false;
            } else {
                // A second finger: from now on this is a pinch, never a tap.
                g.press = None;
                g.dragging = true;
                let _ = el.set_pointer_capture(ev.pointer_id());
            }
            g.pointers.retain(|p| p.0 != ev.pointer_id());
            g.pointers.push((ev.pointer_id(), x, y));
        });
    };

    let on_pointer_move = move |ev: web_sys::PointerEvent| {
        let Some(el) = map_ref.get_untracked() else {
            return;
        };
        let mut next: Option<Viewport> = None;
        gesture.update_value(|g| {
            let Some(slot) = g.pointers.iter().position(|p| p.0 == ev.pointer_id()) else {
                return;
            };
            let (x, y) = (ev.client_x() as f64 - g.origin.0, ev.client_y() as f64 - g.origin.1);
            if let Some((px, py)) = g.press {
                if !g.dragging && (x - px).hypot(y - py) > DRAG_THRESHOLD_PX {
                    g.dragging = true;
                    // Capture only once it is a drag, so that a press on a marker still clicks it.
                    let _ = el.set_pointer_capture(ev.pointer_id());
                }
            }
            if !g.dragging {
                return;
            }
            let (before, spread_before) = g.centroid_and_spread();
            g.pointers[slot] = (ev.pointer_id(), x, y);
            let (after, spread_after) = g.centroid_and_spread();
            let v = state.view.get_untracked();
            let mut v = v.pan_by(after.0 - before.0, after.1 - before.1);
            if spread_before > 0.0 && spread_after > 0.0 {
                v = v.zoom_around(v.zoom + (spread_after / spread_before).log2(), after.0, after.1);
            }
            next = Some(v);
        });
        if let Some(v) = next {
            state.move_to(v);
        }
    };

    let on_pointer_up = move |ev: web_sys::PointerEvent| {
        let mut double_tap_at = None;
        gesture.update_value(|g| {
            let was_tap = g.pointers.len() == 1 && !g.dragging && g.press.is_some();
            g.pointers.retain(|p| p.0 != ev.pointer_id());
            if g.pointers.is_empty() {
                g.dragging = false;
                g.press = None;
            }
            if !was_tap || ev.type_() == "pointercancel" || interop::on_control(&ev) {
                return;
            }
            let (x, y) = (ev.client_x() as f64 - g.origin.0, ev.client_y() as f64 - g.origin.1);
            let now = ev.time_stamp();
            match g.last_tap {
                Some((t, tx, ty)) if now - t < DOUBLE_TAP_MS && (x - tx).hypot(y - ty) < DOUBLE_TAP_PX => {
                    g.last_tap = None;
                    double_tap_at = Some((x, y));
                }
                _ => g.last_tap = Some((now, x, y)),
            }
        });
        if let Some(at) = double_tap_at {
            state.zoom_step(1.0, Some(at));
        }
    };

    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let handled = match ev.key().as_str() {
            "+" | "=" => {
                state.zoom_step(1.0, None);
                true
            }
            "-" | "_" => {
                state.zoom_step(-1.0, None);
                true
            }
            "ArrowLeft" => pan(state, KEY_PAN_PX, 0.0),
            "ArrowRight" => pan(state, -KEY_PAN_PX, 0.0),
            "ArrowUp" => pan(state, 0.0, KEY_PAN_PX),
            "ArrowDown" => pan(state, 0.0, -KEY_PAN_PX),
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    };

    let layer_style = move || {
        let layer = state.atlas.with(|a| a.layer);
        let v = state.view.get();
        let (tx, ty) = v.layer_offset(&layer);
        format!("transform:translate3d({tx:.1}px,{ty:.1}px,0);--k:{}", v.layer_scale())
    };

    view! {
        <div
            id="map"
            class=move || if state.base.get() == BaseKind::Schematic { "map" } else { "map map--tiles" }
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
                    <Markers />
                </div>
            </div>
            <ZoomControls />
            <ScaleBar />
            <p class="map__attribution">{move || base_maps::attribution(state)}</p>
        </div>
    }
}

fn pan(state: MapState, dx: f64, dy: f64) -> bool {
    state.move_to(state.view.get_untracked().pan_by(dx, dy));
    true
}

/// The base map and precision halos, drawn once in layer units and scaled by the zoom.
#[component]
fn BaseLayer() -> impl IntoView {
    let state = use_state();
    let paths = Memo::new(move |_| {
        state.atlas.with(|a| a.base.features.iter().map(|f| (f.role, f.path(&a.layer, a.datum))).collect::<Vec<_>>())
    });
    let halos = move || {
        let k = Viewport::layer_scale_at(state.zoom.get());
        let largest = state.view.with_untracked(|v| v.width.min(v.height) * MAX_HALO_SHARE);
        let selected = state.selected.get();
        let atlas = state.atlas.get();
        state.markers.with(|ms| {
            ms.iter()
                .filter(|m| !m.is_cluster())
                .filter_map(|m| {
                    let i = m.members[0];
                    let r = atlas.halo_units(i)?;
                    ((MIN_HALO_PX..=largest).contains(&(r * k)) || selected == Some(i)).then(|| {
                        let (x, y) = atlas.units[i];
                        let open = if selected == Some(i) { " halo--open" } else { "" };
                        let class = format!("halo halo--{}{open}", atlas.places[i].category.key());
                        view! { <circle class=class cx=format!("{x:.2}") cy=format!("{y:.2}") r=format!("{r:.2}") /> }
                    })
                })
                .collect_view()
        })
    };
    let me = move || {
        let (at, accuracy) = state.me.get()?;
        let atlas = state.atlas.get();
        let (x, y) = atlas.layer.to_units(atlas.datum.from_wgs84(at));
        let r = atlas.layer.metres_to_units(accuracy, at.lat);
        let dot = 7.0 / Viewport::layer_scale_at(state.zoom.get());
        Some(view! {
            <circle class="me__accuracy" cx=format!("{x:.2}") cy=format!("{y:.2}") r=format!("{r:.2}") />
            <circle class="me__dot" cx=format!("{x:.2}") cy=format!("{y:.2}") r=format!("{dot:.3}") />
        })
    };
    view! {
        <svg class="map__base" width="1" height="1" aria-hidden="true" focusable="false">
            <g transform=move || format!("scale({})", Viewport::layer_scale_at(state.zoom.get()))>
                {move || {
                    paths
                        .get()
                        .into_iter()
                        .map(|(role, d)| {
                            view! {
                                <path class=format!("base base--{}", role.key()) d=d vector-effect="non-scaling-stroke" />
                            }
                        })
                        .collect_view()
                }}
                {halos}
                {me}
            </g>
        </svg>
    }
}

/// Everything one marker element shows, so that it depends on nothing else and only changed markers do work.
#[derive(Clone, Debug, PartialEq)]
struct Drawn {
    marker: Marker,
    /// Its accessible name (the place's name, or "N places: A, B, …").
    name: String,
    /// Whether its name label fits beside it.
    labelled: bool,
    /// Whether its place's card is open.
    selected: bool,
}

/// Place and cluster markers: buttons named after their places, in reading order. A marker's element lives as
/// long as its key (its place, or its cluster's first cell, in this data set) and has a signal of its own: a
/// filter that changes a cluster's count or centre updates that element in place instead of drawing it again.
#[component]
fn Markers() -> impl IntoView {
    let state = use_state();
    let signals = StoredValue::new_local(HashMap::<(usize, u64), ArcRwSignal<Drawn>>::new());
    let each = move || {
        let lang = state.lang.get();
        let selected = state.selected.get();
        let v = Viewport { zoom: state.zoom.get(), ..state.view.get_untracked() };
        let atlas = state.atlas.get();
        // The data set's identity: a place index means another place in other data. (The old data is still
        // alive while this runs, so the new data cannot share its address.)
        let data = Arc::as_ptr(&atlas) as usize;
        state.markers.with(|ms| {
            let flags = atlas.labels(ms, &v, lang);
            signals
                .try_update_value(|known| {
                    let mut next = HashMap::with_capacity(ms.len());
                    let items: Vec<((usize, u64), ArcRwSignal<Drawn>)> = ms
                        .iter()
                        .zip(flags)
                        .map(|(m, labelled)| {
                            let names: Vec<&str> = m
                                .members
                                .iter()
                                .take(i18n::CLUSTER_NAMES_SHOWN)
                                .map(|&i| atlas.places[i].name.get(lang))
                                .collect();
                            let name = if m.is_cluster() {
                                i18n::cluster_name(lang, m.members.len(), &names)
                            } else {
                                names.concat()
                            };
                            let selected = !m.is_cluster() && selected == m.members.first().copied();
                            let drawn = Drawn { marker: m.clone(), name, labelled, selected };
                            let key = (data, m.key);
                            let signal = match known.remove(&key) {
                                Some(signal) => {
                                    if signal.with_untracked(|d| *d != drawn) {
                                        signal.set(drawn);
                                    }
                                    signal
                                }
                                None => ArcRwSignal::new(drawn),
                            };
                            next.insert(key, signal.clone());
                            (key, signal)
                        })
                        .collect();
                    *known = next;
                    items
                })
                .unwrap_or_default()
        })
    };
    view! {
        <div class="map__markers">
            <For
                each=each
                key=|(key, _)| *key
                children=move |(_, drawn)| {
                    let drawn = RwSignal::from(drawn);
                    if drawn.with_untracked(|d| d.marker.is_cluster()) {
                        view! { <ClusterMarker drawn=drawn /> }.into_any()
                    } else {
                        view! { <PlaceMarker drawn=drawn /> }.into_any()
                    }
                }
            />
        </div>
    }
}

/// Where a marker is drawn: layer units, which the layer's scale turns into pixels.
fn marker_position(drawn: RwSignal<Drawn>) -> impl Fn() -> String {
    move || drawn.with(|d| format!("--ux:{:.2};--uy:{:.2}", d.marker.x, d.marker.y))
}

/// One place's marker: its category icon and colour, its name as label when there is room.
#[component]
fn PlaceMarker(
    /// The marker (one member; its position changes with the datum) and how it is shown.
    drawn: RwSignal<Drawn>,
) -> impl IntoView {
    let state = use_state();
    let atlas = state.atlas.get_untracked();
    let Some(i) = drawn.with_untracked(|d| d.marker.members.first().copied()) else { return ().into_any() };
    let category = atlas.places[i].category;
    let id = drawn.with_untracked(|d| marker_dom_id(&atlas, &d.marker));
    let name = move || drawn.with(|d| d.name.clone());
    let selected = move || drawn.with(|d| d.selected);
    view! {
        <div class="marker-wrap" style=marker_position(drawn)>
            <button
                type="button"
                id=id
                class=move || format!("marker marker--{}{}", category.key(), if selected() { " marker--selected" } else { "" })
                aria-label=name
                aria-haspopup="dialog"
                on:click=move |_| state.open(i)
            >
                <CategoryIcon category=category />
            </button>
            <Show when=move || drawn.with(|d| d.labelled || d.selected)>
                <span class="marker__label" aria-hidden="true">
                    {name}
                </span>
            </Show>
        </div>
    }
    .into_any()
}

/// A cluster of places too close to tell apart at this zoom; clicking zooms to them. Its count, name and centre
/// follow the filter.
#[component]
fn ClusterMarker(
    /// The marker (two or more members) and how it is shown.
    drawn: RwSignal<Drawn>,
) -> impl IntoView {
    let state = use_state();
    let id = state.atlas.with_untracked(|a| drawn.with_untracked(|d| marker_dom_id(a, &d.marker)));
    let count = move || drawn.with(|d| d.marker.members.len());
    let name = move || drawn.with(|d| d.name.clone());
    // At the deepest zoom a cluster cannot come apart (its places share a spot): it opens as a list instead.
    let listing = RwSignal::new(false);
    let zoom_in = move |_| {
        let v = state.view.get_untracked();
        if v.zoom >= geo::MAX_ZOOM - 1e-6 {
            listing.update(|open| *open = !*open);
            return;
        }
        let (bounds, first) = state.atlas.with_untracked(|a| {
            drawn.with_untracked(|Drawn { marker: m, .. }| {
                (Bounds::around(m.members.iter().map(|&i| a.shown_at(i))), m.members.first().copied())
            })
        });
        let Some(b) = bounds else { return };
        let fitted = Viewport::fit(b, v.width, v.height, 96.0);
        // Always go in by at least one level, so every click makes progress.
        let zoom = fitted.zoom.max(v.zoom + 1.0).min(geo::MAX_ZOOM);
        state.move_to(Viewport { zoom, ..fitted });
        // The cluster's button is gone after the zoom: keep keyboard users where they were, on its first place.
        request_animation_frame(move || {
            if let Some(id) = first.and_then(|first| state.marker_dom_id(first)) {
                interop::focus_id(&id);
            }
        });
    };
    let size =
        move || if count() >= 10 { "marker marker--cluster marker--cluster-large" } else { "marker marker--cluster" };
    view! {
        <div class="marker-wrap" style=marker_position(drawn)>
            <button
                type="button"
                id=id
                class=size
                aria-label=name
                aria-expanded=move || listing.get().to_string()
                title=name
                on:click=zoom_in
            >
                {count}
            </button>
            <Show when=move || listing.get()>
                <ul class="cluster-list">
                    {move || {
                        let lang = state.lang.get();
                        state.atlas.with(|a| {
                            drawn.with(|Drawn { marker: m, .. }| {
                                m.members
                                    .iter()
                                    .map(|&i| {
                                        let label = a.places[i].name.get(lang).to_string();
                                        view! {
                                            <li>
                                                <button type="button" on:click=move |_| state.open(i)>
                                                    {label}
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()
                            })
                        })
                    }}
                </ul>
            </Show>
        </div>
    }
}

/// Zoom in, zoom out and reset, top right.
#[component]
fn ZoomControls() -> impl IntoView {
    let state = use_state();
    let at_max = move || state.view.with(|v| v.zoom >= geo::MAX_ZOOM);
    let at_min = move || state.view.with(|v| v.zoom <= geo::MIN_ZOOM);
    view! {
        <div class="map__controls">
            <button
                type="button"
                aria-label=move || state.t(Text::ZoomIn)
                title=move || state.t(Text::ZoomIn)
                prop:disabled=at_max
                on:click=move |_| state.zoom_step(1.0, None)
            >
                "+"
            </button>
            <button
                type="button"
                aria-label=move || state.t(Text::ZoomOut)
                title=move || state.t(Text::ZoomOut)
                prop:disabled=at_min
                on:click=move |_| state.zoom_step(-1.0, None)
            >
                "−"
            </button>
            <button
                type="button"
                aria-label=move || state.t(Text::ResetView)
                title=move || state.t(Text::ResetView)
                on:click=move |_| state.reset_view()
            >
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M12 5V2L7 6l5 4V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7Z" />
                </svg>
            </button>
            <button
                type="button"
                aria-label=move || state.t(Text::LocateMe)
                title=move || state.t(Text::LocateMe)
                on:click=move |_| locate(state)
            >
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M11 1h2v3.06A8 8 0 0 1 19.94 11H23v2h-3.06A8 8 0 0 1 13 19.94V23h-2v-3.06A8 8 0 0 1 4.06 13H1v-2h3.06A8 8 0 0 1 11 4.06Zm1 5a6 6 0 1 0 0 12 6 6 0 0 0 0-12Zm0 3a3 3 0 1 1 0 6 3 3 0 0 1 0-6Z" />
                </svg>
            </button>
        </div>
    }
}

/// Asks for the user's position; shows it with its accuracy and centres the map on it, or says why not.
fn locate(state: MapState) {
    interop::locate(move |result| match result {
        Ok((lon, lat, accuracy)) => {
            let at = geo::LonLat::new(lon, lat);
            state.locate_error.set(None);
            state.me.set(Some((at, accuracy)));
            let shown = state.atlas.with_untracked(|a| a.datum.from_wgs84(at));
            state.move_to(state.view.get_untracked().centred_on(shown));
        }
        Err(reason) => state.locate_error.set(Some(reason)),
    });
}

/// A metric scale bar, bottom left.
#[component]
fn ScaleBar() -> impl IntoView {
    let state = use_state();
    let bar = move || geo::scale_bar(state.view.with(Viewport::metres_per_pixel), 110.0);
    view! {
        <div class="map__scale" aria-hidden="true">
            <div class="map__scale-bar" style=move || format!("width:{:.0}px", bar().1)></div>
            <span>{move || i18n::distance_label(state.lang.get(), bar().0)}</span>
        </div>
    }
}
