//! Lines and areas of a user's file, under the markers: one path per category and kind (the open place's on its
//! own, drawn over the rest), in layer units scaled by the zoom like the base map, simplified for the zoom band
//! and drawn again only when the band, the settled view, the filter or the open place changes. Like the base map
//! they are a picture: their places are the markers (each at a point on its shape), the list and the cards; a
//! tap on a shape opens it (`MapState::map_tapped`).

use crate::core::geo::Viewport;
use crate::core::shape::ShapeKind;
use crate::state::use_state;
use leptos::prelude::*;

/// Each category's outline (dashes in CSS px), so that groups stay apart without colour: solid for parks and for
/// what has no group, then dashes, dots and their mixes.
const DASHES: [&str; 9] = ["none", "8 3", "2 3", "10 3 2 3", "5 2", "1 3", "12 4", "6 2 1 2", "none"];

#[component]
pub fn Shapes() -> impl IntoView {
    let state = use_state();
    // The zoom band and where the view settled decide what is drawn; zoom within a band only scales it.
    let band = Memo::new(move |_| state.zoom().get().floor());
    let drawn = move || {
        let view = Viewport { zoom: band.get(), ..state.settled().get() };
        let (cats, open) = (state.cats().get(), state.open_place().get());
        state.atlas().with(|a| {
            a.shape_paths(cats, &view, open)
                .into_iter()
                .map(|p| {
                    // Styled here, not in the stylesheet: the first view's inline stylesheet has no use for it.
                    let (class, look) = match (p.kind, p.open) {
                        (ShapeKind::Area, false) => ("shape--area", "fill:var(--cat);fill-opacity:.16;stroke-width:1.5px"),
                        (ShapeKind::Area, true) => ("shape--area shape--open", "fill:var(--cat);fill-opacity:.3;stroke-width:3px"),
                        (ShapeKind::Line, false) => ("shape--line", "fill:none;stroke-width:3px"),
                        (ShapeKind::Line, true) => ("shape--line shape--open", "fill:none;stroke-width:5px"),
                        (ShapeKind::Points, _) => ("shape--points", "fill:var(--cat);stroke:#fff;stroke-width:1px"),
                    };
                    let dash = if p.open { "none" } else { DASHES[p.category.index()] };
                    let style = format!("--cat:var(--{});stroke:var(--cat);{look}", p.category.key());
                    view! {
                        <path class=class style=style stroke-dasharray=dash d=p.d vector-effect="non-scaling-stroke" stroke-linejoin="round" />
                    }
                })
                .collect_view()
        })
    };
    view! {
        <svg class="map__base map__shapes" width="1" height="1" aria-hidden="true" focusable="false">
            <g transform=move || format!("scale({})", Viewport::layer_scale_at(state.zoom().get()))>{drawn}</g>
        </svg>
    }
}
