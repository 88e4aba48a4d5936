//! Place and cluster markers: buttons named after their places, in reading order.

use crate::components::icon::CategoryIcon;
use crate::core::atlas::{ClusterPress, LabelSide, Marker};
use crate::core::draft::Draft;
use crate::core::geo::Viewport;
use crate::core::ids::Generation;
use crate::core::phrases;
use crate::interop;
use crate::state::use_state;
use leptos::prelude::*;
use std::collections::HashMap;

/// Everything one marker element shows, so that it depends on nothing else and only changed markers do work.
#[derive(Clone, Debug, PartialEq)]
struct Drawn {
    marker: Marker,
    /// Its accessible name (the place's name, or "N places: A, B, …").
    name: String,
    /// Whether its name label fits beside it, and on which side.
    label: Option<LabelSide>,
    /// Whether its place's card is open.
    selected: bool,
    /// Its number on paper, while printing ("7", or "4–6" for a cluster).
    number: Option<String>,
}

/// How long a pan stays still before the names beside markers are placed again for what is in sight.
const PAN_PAUSE: std::time::Duration = std::time::Duration::from_millis(120);

/// A marker element's identity: its key (its place, or its cluster's first cell) in a data set.
type Key = (Generation, u64);

/// The markers. A marker's element lives as long as its key and has a signal of its own: a filter that changes
/// a cluster's count or centre updates that element in place instead of drawing it again.
#[component]
pub fn Markers() -> impl IntoView {
    let state = use_state();
    let signals = StoredValue::new_local(HashMap::<Key, ArcRwSignal<Drawn>>::new());
    let paused = RwSignal::new(state.view().get_untracked());
    crate::state::when_view_still(state, || Some(PAN_PAUSE), move |v| paused.set(v));
    // A place being moved that a cluster holds (the map zoomed out during the move) keeps a marker of its own,
    // which follows its draft; this changes when the place joins or leaves a cluster, not at every step.
    // (Kept by its id: a memo of an optional string is of a type the app has already, which keeps the wasm small.)
    let stray = Memo::new(move |_| {
        let (place, id) = state.draft().with(|d| d.as_ref().map(|d| (d.place, d.id.clone())))?;
        let own = state.markers().with(|ms| ms.iter().any(|m| !m.is_cluster() && m.shows(place)));
        (!own).then_some(id)
    });
    let each = move || {
        let lang = state.lang().get();
        let open = state.open_place().get();
        // Labels stay on the map, clear of its buttons: placed again at each zoom, and once a pan pauses.
        let v = Viewport { zoom: state.zoom().get(), ..paused.get() };
        let atlas = state.atlas().get();
        let numbers = state.numbering().get().numbers;
        let stray = stray.with(|id| {
            let draft = state.draft().get_untracked().filter(|d| Some(&d.id) == id.as_ref())?;
            atlas.own_marker(draft.place)
        });
        state.markers().with(|ms| {
            let flags = atlas.name_sides(ms, &v, lang);
            signals
                .try_update_value(|known| {
                    let mut next = HashMap::with_capacity(ms.len());
                    let items: Vec<(Key, ArcRwSignal<Drawn>)> = ms
                        .iter()
                        .zip(flags)
                        .chain(stray.iter().map(|m| (m, None)))
                        .enumerate()
                        .map(|(i, (m, label))| {
                            let names: Vec<&str> = m
                                .members
                                .iter()
                                .take(phrases::CLUSTER_NAMES_SHOWN)
                                .filter_map(|&p| atlas.place(p).map(|p| p.name.get(lang)))
                                .collect();
                            let name = if m.is_cluster() {
                                phrases::cluster_name(lang, m.members.len(), &names)
                            } else {
                                names.concat()
                            };
                            let selected = !m.is_cluster() && open == m.members.first().copied();
                            let number = numbers.get(i).cloned().flatten();
                            let drawn = Drawn { marker: m.clone(), name, label, selected, number };
                            let key = (atlas.generation, m.key);
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
    // A touch between two markers goes to the nearer one.
    let layer = NodeRef::<leptos::html::Div>::new();
    let nearest = StoredValue::new_local(None::<interop::Listener>);
    layer.on_load(move |el| nearest.set_value(Some(interop::nearest_marker_wins(&el))));
    view! {
        <div class="map__markers" node_ref=layer>
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

/// Sends the pointer's further events to the marker it went down on (not to the icon inside, which may be
/// drawn again while it moves).
fn capture(ev: &web_sys::PointerEvent) {
    if let Some(el) = ev.current_target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()) {
        let _ = el.set_pointer_capture(ev.pointer_id());
    }
}

/// How far the arrow keys move a marker in edit mode (metres), and with Shift.
const NUDGE_M: f64 = 10.0;
const NUDGE_LARGE_M: f64 = 100.0;

/// Where a marker is drawn: layer units, which the layer's scale turns into pixels (CSS: `--ux`, `--uy`).
fn marker_position(drawn: RwSignal<Drawn>) -> impl Fn() -> String {
    move || drawn.with(|d| units_style(d.marker.x, d.marker.y))
}

fn units_style(x: f64, y: f64) -> String {
    format!("--ux:{x:.2};--uy:{y:.2}")
}

/// Where a place's own marker is drawn while it is being moved: at its draft (only this marker follows a draft:
/// the places, the clusters and the labels stay as they are until the move is kept); `None` when it is not.
fn drafted_position(place: crate::core::ids::PlaceId) -> Memo<Option<String>> {
    let state = use_state();
    Memo::new(move |_| {
        let at = state.draft().with(|d| Draft::position_of(d.as_ref(), place))?;
        let (x, y) = state.atlas().with(|a| a.units_of(at));
        Some(units_style(x, y))
    })
}

/// One place's marker: its category icon and colour, its name as label when there is room.
#[component]
fn PlaceMarker(
    /// The marker (one member; its position changes with the datum) and how it is shown.
    drawn: RwSignal<Drawn>,
) -> impl IntoView {
    let state = use_state();
    let atlas = state.atlas().get_untracked();
    let Some(place) = drawn.with_untracked(|d| d.marker.members.first().copied()) else { return ().into_any() };
    let Some(category) = atlas.place(place).map(|p| p.category) else { return ().into_any() };
    let id = drawn.with_untracked(|d| atlas.dom_id(&d.marker));
    let name = move || drawn.with(|d| d.name.clone());
    let selected = move || drawn.with(|d| d.selected);
    let dragging = StoredValue::new(false);
    // In edit mode the marker moves: arrow keys by 10 m (Shift: 100 m), Enter keeps, Escape puts it back; a
    // drag by mouse, finger or pen carries it. Outside edit mode these do what they do on the map.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if !state.editing().get_untracked() {
            return;
        }
        let step = if ev.shift_key() { NUDGE_LARGE_M } else { NUDGE_M };
        match ev.key().as_str() {
            "ArrowLeft" => state.nudge_draft(place, -step, 0.0),
            "ArrowRight" => state.nudge_draft(place, step, 0.0),
            "ArrowUp" => state.nudge_draft(place, 0.0, step),
            "ArrowDown" => state.nudge_draft(place, 0.0, -step),
            "Enter" if state.draft().with_untracked(|d| d.as_ref().is_some_and(|d| d.place == place)) => {
                if state.keep_draft_as_said() {
                    // Kept next to another marker, the place joins its cluster: keyboard users go with it.
                    request_animation_frame(move || {
                        if let Some(id) = state.marker_dom_id(place) {
                            interop::focus_id(&id);
                        }
                    });
                }
            }
            "Escape" if state.draft().with_untracked(Option::is_some) => state.put_back(),
            _ => return,
        }
        ev.prevent_default();
        ev.stop_propagation();
    };
    let on_down = move |ev: web_sys::PointerEvent| {
        if !state.editing().get_untracked() {
            return;
        }
        // The map must not pan under a marker being dragged.
        ev.stop_propagation();
        dragging.set_value(true);
        capture(&ev);
    };
    // The markers are kept in reading order, so a dragged marker's element can be moved among the others, which
    // ends its capture: it takes the pointer back while the drag goes on.
    let on_lost = move |ev: web_sys::PointerEvent| {
        if dragging.get_value() {
            capture(&ev);
        }
    };
    let on_move = move |ev: web_sys::PointerEvent| {
        if !dragging.get_value() {
            return;
        }
        ev.stop_propagation();
        if let Some(at) = interop::map_point(ev.client_x() as f64, ev.client_y() as f64) {
            let view = state.view().get_untracked();
            let shown = view.from_screen(at.0, at.1);
            let wgs = state.atlas().with_untracked(|a| a.datum.to_wgs84(shown));
            state.move_draft(place, wgs);
        }
    };
    let on_up = move |ev: web_sys::PointerEvent| {
        if dragging.get_value() {
            ev.stop_propagation();
            dragging.set_value(false);
        }
    };
    let lost = leptos::tachys::html::event::on(
        leptos::tachys::html::event::Custom::<web_sys::PointerEvent>::new("lostpointercapture"),
        on_lost,
    );
    let button = view! {
            <button
                type="button"
                id=id
                on:keydown=on_key
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
                on:pointercancel=on_up
                class=move || format!("marker marker--{}{}", category.key(), if selected() { " marker--selected" } else { "" })
                aria-label=name
                aria-haspopup="dialog"
                on:click=move |_| state.open(place)
            >
                <CategoryIcon icon=atlas.icon_of(category) />
            </button>
    }
    .add_any_attr(lost);
    let drafted = drafted_position(place);
    let moving = move || drafted.with(Option::is_some);
    let position = move || drafted.get().unwrap_or_else(|| drawn.with(|d| units_style(d.marker.x, d.marker.y)));
    view! {
        <div class="marker-wrap" class:marker-wrap--moving=moving style=position>
            {button}
            <Show when=move || drawn.with(|d| d.label.is_some() || d.selected)>
                <span
                    class=move || {
                        let left = drawn.with(|d| d.label == Some(LabelSide::Left));
                        if left { "marker__label marker__label--left" } else { "marker__label" }
                    }
                    aria-hidden="true"
                >
                    {name}
                </span>
            </Show>
            <MarkerNumber drawn=drawn />
        </div>
    }
    .into_any()
}

/// A cluster of places too close to tell apart at this zoom; pressing it zooms to them (or, at the deepest
/// zoom, lists them: `Atlas::cluster_press`). Its count, name and centre follow the filter.
#[component]
fn ClusterMarker(
    /// The marker (two or more members) and how it is shown.
    drawn: RwSignal<Drawn>,
) -> impl IntoView {
    let state = use_state();
    let id = state.atlas().with_untracked(|a| drawn.with_untracked(|d| a.dom_id(&d.marker)));
    let count = move || drawn.with(|d| d.marker.members.len());
    let name = move || drawn.with(|d| d.name.clone());
    let listing = RwSignal::new(false);
    let press = move |_| {
        let view = state.view().get_untracked();
        let cats = state.cats().get_untracked();
        let (press, first) = state.atlas().with_untracked(|a| {
            drawn.with_untracked(|d| {
                (a.cluster_press(&d.marker.members, cats, &view), d.marker.members.first().copied())
            })
        });
        match press {
            ClusterPress::List => listing.update(|open| *open = !*open),
            ClusterPress::ZoomTo(v) => {
                state.move_to(v);
                // The cluster's button is gone after the zoom: keep keyboard users where they were, on its first
                // place.
                request_animation_frame(move || {
                    if let Some(id) = first.and_then(|first| state.marker_dom_id(first)) {
                        interop::focus_id(&id);
                    }
                });
            }
        }
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
                on:click=press
            >
                {count}
            </button>
            <MarkerNumber drawn=drawn />
            <Show when=move || listing.get()>
                <ul class="cluster-list">
                    {move || {
                        let lang = state.lang().get();
                        let atlas = state.atlas().get();
                        drawn
                            .with(|d| {
                                d.marker
                                    .members
                                    .iter()
                                    .filter_map(|&p| {
                                        let label = atlas.place(p)?.name.get(lang).to_string();
                                        Some(view! {
                                            <li>
                                                <button type="button" on:click=move |_| state.open(p)>
                                                    {label}
                                                </button>
                                            </li>
                                        })
                                    })
                                    .collect_view()
                            })
                    }}
                </ul>
            </Show>
        </div>
    }
}

/// A marker's number on paper (the handout's list gives its places), while printing.
#[component]
fn MarkerNumber(
    /// The marker and how it is shown.
    drawn: RwSignal<Drawn>,
) -> impl IntoView {
    move || {
        drawn
            .with(|d| d.number.clone())
            .map(|number| view! { <span class="marker__number" aria-hidden="true">{number}</span> })
    }
}
