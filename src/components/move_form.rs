//! Moving a place from its card in edit mode: type or paste a coordinate (in WGS-84, GCJ-02 or BD-09, either
//! order, decimal or degrees-minutes-seconds), see the WGS-84 result and how far it moves, say how it was placed,
//! then keep it or put it back. Dragging the marker or moving it with the arrow keys fills the same draft.

use crate::core::changes::Placement;
use crate::core::coords::{self, Reading};
use crate::core::datum::Datum;
use crate::core::geo::{ring_contains, LonLat};
use crate::core::i18n::{self, Text};
use crate::core::ids::PlaceId;
use crate::state::use_state;
use leptos::prelude::*;

/// The move section of a place's card.
#[component]
pub fn MoveForm(
    /// The place being corrected.
    place: PlaceId,
) -> impl IntoView {
    let state = use_state();
    // Where the place is without the draft (WGS-84): moves are measured from there.
    let from = move || state.place_origin(place).unwrap_or(LonLat::new(0.0, 0.0));
    let typed = RwSignal::new(String::new());
    let datum = RwSignal::new(Datum::Wgs84);
    let lat_first = RwSignal::new(true);
    // What the typed text reads as: a WGS-84 point, a question about the order, or a problem.
    let reading = Memo::new(move |_| {
        let text = typed.get();
        if text.trim().is_empty() {
            return None;
        }
        Some(coords::read(&text).map(|r| match r {
            Reading::Point(p) => (coords::to_wgs84(p, datum.get()), false),
            Reading::Either { lat_first: a, lon_first: b } => {
                (coords::to_wgs84(if lat_first.get() { a } else { b }, datum.get()), true)
            }
        }))
    });
    // A readable coordinate moves the draft at once, so the marker shows where it would go.
    let sync = move || {
        if let Some(Ok((wgs, _))) = reading.get_untracked() {
            state.move_draft(place, wgs);
        }
    };
    let draft_here = move || state.draft().get().filter(|(p, _)| *p == place).map(|(_, at)| at);
    let preview = move || {
        let lang = state.lang().get();
        match reading.get() {
            Some(Err(e)) => Some(e.describe(lang)),
            _ => draft_here().map(|at| {
                let outside = state.atlas().with(|a| a.base.district_ring().is_some_and(|r| !ring_contains(r, at)));
                let warn = if outside { format!(" {}", Text::OutsideDistrict.get(lang)) } else { String::new() };
                format!("WGS-84: {:.6}, {:.6} · {}{warn}", at.lat, at.lon, i18n::moved(lang, from().distance_m(at)))
            }),
        }
    };
    let ambiguous = move || matches!(reading.get(), Some(Ok((_, true))));
    let kind = move || state.placement().with(|(p, _, _)| p.clone());
    let set_kind = move |p: Placement| {
        // Read first, then set: never set a signal inside its own read.
        let (_, m, n) = state.placement().get_untracked();
        state.set_placement(p, m, n);
    };
    let datum_choice = move |d: Datum, text: Text| {
        view! {
            <option value=format!("{d:?}") selected=move || datum.get() == d>
                {move || state.t(text)}
            </option>
        }
    };
    view! {
        <section class="move-form" aria-labelledby="move-form-title">
            <h3 id="move-form-title">{move || state.t(Text::MoveTitle)}</h3>
            <p class="move-form__hint">{move || state.t(Text::MoveHint)}</p>
            <label class="move-form__field">
                <span>{move || state.t(Text::CoordinateLabel)}</span>
                <input type="text" inputmode="text" autocomplete="off" spellcheck="false" prop:value=move || typed.get() on:input=move |ev| {
                    typed.set(event_target_value(&ev));
                    sync();
                } />
            </label>
            <label class="move-form__field">
                <span>{move || state.t(Text::DatumLabel)}</span>
                <select on:change=move |ev| {
                    datum.set(match event_target_value(&ev).as_str() {
                        "Gcj02" => Datum::Gcj02,
                        "Bd09" => Datum::Bd09,
                        _ => Datum::Wgs84,
                    });
                    sync();
                }>
                    {datum_choice(Datum::Wgs84, Text::DatumWgs84)}
                    {datum_choice(Datum::Gcj02, Text::DatumGcj02)}
                    {datum_choice(Datum::Bd09, Text::DatumBd09)}
                </select>
            </label>
            <Show when=ambiguous>
                <fieldset class="move-form__order">
                    <legend>{move || state.t(Text::OrderLabel)}</legend>
                    <label>
                        <input type="radio" name="move-order" prop:checked=move || lat_first.get() on:change=move |_| {
                            lat_first.set(true);
                            sync();
                        } />
                        {move || state.t(Text::LatFirst)}
                    </label>
                    <label>
                        <input type="radio" name="move-order" prop:checked=move || !lat_first.get() on:change=move |_| {
                            lat_first.set(false);
                            sync();
                        } />
                        {move || state.t(Text::LonFirst)}
                    </label>
                </fieldset>
            </Show>
            <p class="move-form__preview" aria-live="polite">{preview}</p>
            <fieldset class="move-form__how">
                <legend>{move || state.t(Text::HowPlaced)}</legend>
                <label>
                    <input type="radio" name="move-how" prop:checked=move || kind() == Placement::Surveyed on:change=move |_| set_kind(Placement::Surveyed) />
                    {move || state.t(Text::Surveyed)}
                </label>
                <label>
                    <input type="radio" name="move-how" prop:checked=move || matches!(kind(), Placement::FromMap(_)) on:change=move |_| {
                        set_kind(Placement::FromMap(format!("another map in {}", datum.get_untracked().name())))
                    } />
                    {move || state.t(Text::FromMap)}
                </label>
                <label>
                    <input type="radio" name="move-how" prop:checked=move || kind() == Placement::ByEye on:change=move |_| set_kind(Placement::ByEye) />
                    {move || state.t(Text::ByEye)}
                </label>
            </fieldset>
            <label class="move-form__field">
                <span>{move || state.t(Text::PrecisionLabel)}</span>
                <input
                    type="number"
                    min="1"
                    step="1"
                    prop:value=move || state.placement().with(|(_, m, _)| m.to_string())
                    on:change=move |ev| {
                        if let Ok(m) = event_target_value(&ev).trim().parse::<f64>() {
                            let (p, _, n) = state.placement().get_untracked();
                            state.set_placement(p, m.max(1.0), n);
                        }
                    }
                />
            </label>
            <label class="move-form__field">
                <span>{move || state.t(Text::NoteLabel)}</span>
                <input
                    type="text"
                    prop:value=move || state.placement().with(|(_, _, n)| n.clone())
                    on:change=move |ev| {
                        let (p, m, _) = state.placement().get_untracked();
                        state.set_placement(p, m, event_target_value(&ev));
                    }
                />
            </label>
            <div class="move-form__actions">
                <button type="button" prop:disabled=move || draft_here().is_none() on:click=move |_| {
                    if state.keep_draft_as_said() {
                        typed.set(String::new());
                    }
                }>
                    {move || state.t(Text::KeepPosition)}
                </button>
                <button type="button" prop:disabled=move || draft_here().is_none() on:click=move |_| {
                    typed.set(String::new());
                    state.put_back();
                }>
                    {move || state.t(Text::PutBack)}
                </button>
            </div>
        </section>
    }
}
