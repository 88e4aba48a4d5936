//! Base maps: the offline schematic by default, or tiles from Tianditu, Amap or OpenStreetMap when the user
//! picks them. Choosing a provider is the only thing that makes the map talk to another server.

use crate::core::i18n::Text;
use crate::core::tiles::{self, Provider};
use crate::core::url_state::BaseKind;
use crate::interop;
use crate::state::{use_state, MapState};
use leptos::prelude::*;

fn label(base: BaseKind) -> Text {
    match base {
        BaseKind::Schematic => Text::Schematic,
        BaseKind::Tianditu => Text::Tianditu,
        BaseKind::Amap => Text::Amap,
        BaseKind::Osm => Text::Osm,
    }
}

/// The base-map radio group, with the Tianditu key field when Tianditu is chosen.
#[component]
pub fn BaseMapPicker() -> impl IntoView {
    let state = use_state();
    view! {
        <div class="basemaps">
            <div class="basemaps__group" role="radiogroup" aria-labelledby="basemaps-title">
                <span id="basemaps-title" class="basemaps__title">
                    {move || state.t(Text::BaseMap)}
                </span>
                {BaseKind::ALL
                    .into_iter()
                    .map(|base| {
                        let input = view! {
                            <input
                                type="radio"
                                name="basemap"
                                value=base.key()
                                prop:checked=move || state.base().get() == base
                                on:change=move |_| state.choose_base(base)
                            />
                        };
                        let input = super::checked_in_page(input, state.base().get_untracked() == base);
                        view! {
                            <label class="basemaps__choice">
                                {input}
                                <span>{move || state.t(label(base))}</span>
                                {(base == BaseKind::Osm)
                                    .then(|| {
                                        view! {
                                            <small class="basemaps__warning">
                                                {move || state.lang().get().parenthesised(state.t(Text::OsmWarning))}
                                            </small>
                                        }
                                    })}
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            <Show when=move || state.base().get() == BaseKind::Tianditu>
                <label class="basemaps__key">
                    <span>{move || state.t(Text::TiandituKey)}</span>
                    <input
                        type="text"
                        autocomplete="off"
                        spellcheck="false"
                        prop:value=move || state.tianditu_key().get()
                        on:change=move |ev| state.keep_tianditu_key(&event_target_value(&ev))
                    />
                </label>
                <p class="basemaps__hint">{move || state.t(Text::TiandituKeyHint)}</p>
            </Show>
        </div>
    }
}

/// The tiles of the chosen provider, laid out in layer units like everything else, so panning moves them
/// with the layer; only tiles entering or leaving the view change the DOM.
#[component]
pub fn TileLayer() -> impl IntoView {
    let state = use_state();
    let tiles = Memo::new(move |_| {
        let Some(provider) = Provider::for_base(state.base().get()) else { return Vec::new() };
        if provider.needs_key() && state.tianditu_key().with(|k| k.is_empty()) {
            return Vec::new();
        }
        let view = state.view().get();
        state.atlas().with(|a| tiles::covering(&view, &a.layer)).into_iter().map(|t| (provider, t)).collect::<Vec<_>>()
    });
    view! {
        <div class="map__tiles" aria-hidden="true">
            <For
                each=move || tiles.get()
                key=|(p, t)| (p.base().key(), t.key())
                children=move |(provider, tile)| {
                    let urls = provider.urls(&tile, &state.tianditu_key().get_untracked(), state.lang().get_untracked());
                    // CSS: a tile's left, top and size in layer units, times `--k` (assets/style.css, tiles).
                    let style = format!("--tl:{:.3};--tt:{:.3};--ts:{:.3}", tile.left, tile.top, tile.size);
                    urls.into_iter()
                        .map(|src| {
                            view! {
                                <img
                                    class="tile"
                                    src=src
                                    alt=""
                                    draggable="false"
                                    style=style.clone()
                                    on:error=move |ev| {
                                        interop::hide_target(&ev);
                                        state.tile_failed();
                                    }
                                />
                            }
                        })
                        .collect_view()
                }
            />
        </div>
    }
}

/// The credit of the provider whose tiles show, followed by the data credits.
pub fn attribution(state: MapState) -> String {
    let lang = state.lang().get();
    match Provider::for_base(state.base().get()) {
        Some(p) => format!("{} · {}", p.attribution(lang), Text::Attribution.get(lang)),
        None => Text::Attribution.get(lang).to_string(),
    }
}
