//! The base map and precision halos, drawn once in layer units and scaled by the zoom, the user's position, and
//! the base map's names (neighbouring districts, the canal, the metro line) written at a constant size.

use crate::core::backdrop::{self, Level};
use crate::core::geo::Viewport;
use crate::core::url_state::BaseKind;
use crate::state::use_state;
use leptos::prelude::*;

/// Radius of the user's position dot (CSS px).
const ME_DOT_PX: f64 = 7.0;

/// Outline, canal, metro line and roads; halos around approximate places (which ones is `Atlas::halos`'s
/// rule); the user's position with its accuracy.
#[component]
pub fn BaseLayer() -> impl IntoView {
    let state = use_state();
    // The backdrop beyond the district (a user's data zoomed out), under everything else, on the schematic map.
    let backdrop_paths = Memo::new(move |_| {
        let layer = state.atlas().with(|a| a.layer);
        // Coarse to fine, whichever arrived first: each level's borders over the one before's land.
        state.backdrops().with(|bs| {
            Level::ALL
                .iter()
                .flat_map(|level| bs.iter().filter(move |b| b.level == *level))
                .map(|b| (b.level, b.path(&layer)))
                .collect::<Vec<_>>()
        })
    });
    let backdrop = move || {
        let zoom = state.zoom().get();
        let schematic = state.base().get() == BaseKind::Schematic;
        backdrop_paths.with(|paths| {
            paths
                .iter()
                .filter(|(level, _)| schematic && level.drawn_at(zoom))
                .map(|(level, d)| {
                    let plain = if level.outlined_at(zoom) { "" } else { " backdrop--plain" };
                    view! {
                        <path class=format!("backdrop backdrop--{}{plain}", level.key()) d=d.clone() vector-effect="non-scaling-stroke" />
                    }
                })
                .collect_view()
        })
    };
    let paths = Memo::new(move |_| {
        state.atlas().with(|a| a.base.features.iter().map(|f| (f.role, f.path(&a.layer, a.datum))).collect::<Vec<_>>())
    });
    let halos = move || {
        let view = Viewport { zoom: state.zoom().get(), ..state.view().get_untracked() };
        let open = state.open_place().get();
        let atlas = state.atlas().get();
        state.markers().with(|ms| {
            atlas
                .halos(ms, &view, open)
                .into_iter()
                .filter_map(|h| {
                    let category = atlas.place(h.place)?.category;
                    let class = format!("halo halo--{}{}", category.key(), if h.open { " halo--open" } else { "" });
                    Some(view! {
                        <circle class=class cx=format!("{:.2}", h.x) cy=format!("{:.2}", h.y) r=format!("{:.2}", h.r) />
                    })
                })
                .collect_view()
        })
    };
    let me = move || {
        let (at, accuracy) = state.me().get()?;
        let atlas = state.atlas().get();
        let (x, y) = atlas.layer.to_units(atlas.datum.from_wgs84(at));
        let r = atlas.layer.metres_to_units(accuracy, at.lat);
        let dot = ME_DOT_PX / Viewport::layer_scale_at(state.zoom().get());
        Some(view! {
            <circle class="me__accuracy" cx=format!("{x:.2}") cy=format!("{y:.2}") r=format!("{r:.2}") />
            <circle class="me__dot" cx=format!("{x:.2}") cy=format!("{y:.2}") r=format!("{dot:.3}") />
        })
    };
    // A correction a link proposes: a dashed line from where the place is drawn to where it is said to be, and a
    // ring there.
    let proposal = move || {
        let fix = state.proposal().get()?;
        let atlas = state.atlas().get();
        let place = atlas.find(&fix.id)?;
        let (x1, y1) = atlas.units[place.index()];
        let (x2, y2) = atlas.layer.to_units(atlas.datum.from_wgs84(fix.to));
        let r = ME_DOT_PX / Viewport::layer_scale_at(state.zoom().get());
        Some(view! {
            <line class="proposal__line" x1=format!("{x1:.2}") y1=format!("{y1:.2}") x2=format!("{x2:.2}") y2=format!("{y2:.2}") vector-effect="non-scaling-stroke" />
            <circle class="proposal__ring" cx=format!("{x2:.2}") cy=format!("{y2:.2}") r=format!("{r:.3}") vector-effect="non-scaling-stroke" />
        })
    };
    view! {
        <svg class="map__base" width="1" height="1" aria-hidden="true" focusable="false">
            <g transform=move || format!("scale({})", Viewport::layer_scale_at(state.zoom().get()))>
                {backdrop}
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
                {proposal}
            </g>
        </svg>
    }
}

/// The names of the districts around Zhonglou, the canal and the metro line, in the reader's language, where they
/// fit (`Atlas::base_labels`: never over a marker or its name), each at its feature's label point (the same
/// --ux/--uy placement as markers, so they move with the map but do not scale). Like the base map, they are
/// pictures of the map: screen readers have the places and their cards.
#[component]
pub fn BaseLabels() -> impl IntoView {
    let state = use_state();
    let labels = move || {
        let lang = state.lang().get();
        let view = Viewport { zoom: state.zoom().get(), ..state.view().get_untracked() };
        let atlas = state.atlas().get();
        state.markers().with(|ms| {
            atlas
                .base_labels(ms, &view, lang)
                .into_iter()
                .map(|l| {
                    view! {
                        <span
                            class=format!("base-label base-label--{}", l.role.key())
                            style=format!("--ux:{:.2};--uy:{:.2}", l.x, l.y)
                        >
                            {l.text}
                        </span>
                    }
                })
                .collect_view()
        })
    };
    view! { <div class="map__base-labels" aria-hidden="true">{labels}</div> }
}

/// The backdrop's names (provinces, then prefectures, as the zoom goes in), where they fit among each other; like
/// the base map's names, a picture of the map.
#[component]
pub fn BackdropNames() -> impl IntoView {
    let state = use_state();
    let names = move || {
        let view = state.settled().get();
        let layer = state.atlas().with(|a| a.layer);
        let schematic = state.base().get() == BaseKind::Schematic;
        let mut names = if schematic {
            state.backdrops().with(|bs| backdrop::names(bs, &view, &layer, state.lang().get()))
        } else {
            Vec::new()
        };
        // The district map's own neighbours are named by the base map already.
        state.atlas().with(|a| names.retain(|n| !a.base.features.iter().any(|f| f.name.zh_hans == n.zh_hans)));
        names
            .into_iter()
            .map(|n| {
                view! {
                    <span class="base-label base-label--backdrop" style=format!("--ux:{:.2};--uy:{:.2}", n.x, n.y)>
                        {n.text}
                    </span>
                }
            })
            .collect_view()
    };
    view! { <div class="map__base-labels" aria-hidden="true">{names}</div> }
}
