//! Moving a place from its card in edit mode: type or paste a coordinate (in WGS-84, GCJ-02 or BD-09, either
//! order, decimal or degrees-minutes-seconds), see the WGS-84 result and how far it moves, say how it was placed,
//! then keep it or put it back. Dragging the marker or moving it with the arrow keys fills the same draft.

use crate::core::coords::{self, Reading};
use crate::core::datum::Datum;
use crate::core::geo::{ring_contains, LonLat};
use crate::core::i18n::Text;
use crate::core::ids::PlaceId;
use crate::core::phrases;
use crate::core::placement::Placement;
use crate::state::use_state;
use leptos::prelude::*;

/// The move section of a place's card.
#[component]
pub fn MoveForm(
    /// The place being corrected.
    place: PlaceId,
) -> impl IntoView {
    let state = use_state();
    // How a place was placed is said for that place: another place's form starts afresh.
    state.placement_for(place);
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
    let draft_here = move || state.draft().with(|d| crate::core::draft::Draft::position_of(d.as_ref(), place));
    // What is wrong with the typed coordinate, if anything: it disables Keep (the draft may still be at an
    // earlier reading) and is tied to the field.
    let coord_error = Memo::new(move |_| match reading.get() {
        Some(Err(e)) => Some(e.describe(state.lang().get())),
        _ => None,
    });
    // The precision as typed, and whether it is a number of metres.
    let precision_text = RwSignal::new(state.placement().with_untracked(|(_, m, _)| m.to_string()));
    let precision_bad = Memo::new(move |_| precision_text.with(|t| parse_precision(t).is_none()));
    // A screen reader hears a problem once, when it appears, not on every key press while it stays.
    Effect::new(move |was_wrong: Option<bool>| {
        let wrong = coord_error.with(Option::is_some) || precision_bad.get();
        if wrong && was_wrong == Some(false) {
            let lang = state.lang().get_untracked();
            let said = coord_error.get_untracked().unwrap_or_else(|| Text::PrecisionInvalid.get(lang).to_string());
            state.announce(said);
        }
        wrong
    });
    let cannot_keep = move || draft_here().is_none() || coord_error.with(Option::is_some) || precision_bad.get();
    let preview = move || {
        let lang = state.lang().get();
        match reading.get() {
            Some(Err(_)) => None,
            _ => draft_here().map(|at| {
                let outside = state.atlas().with(|a| a.base.district_ring().is_some_and(|r| !ring_contains(r, at)));
                let warn = if outside { format!(" {}", Text::OutsideDistrict.get(lang)) } else { String::new() };
                format!("WGS-84: {:.6}, {:.6} · {}{warn}", at.lat, at.lon, phrases::moved(lang, from().distance_m(at)))
            }),
        }
    };
    let ambiguous = move || matches!(reading.get(), Some(Ok((_, true))));
    let kind = move || state.placement().with(|(p, _, _)| p.clone());
    let datum_choice = move |d: Datum, text: Text| {
        view! {
            <option value=d.name() selected=move || datum.get() == d>
                {move || state.t(text)}
            </option>
        }
    };
    // A line or area is not moved here (its card says so).
    let fixed = state.atlas().with_untracked(|a| a.place(place).is_some_and(|p| p.shape.is_some()));
    view! {
        <section class="move-form" aria-labelledby="move-form-title" hidden=fixed>
            <h3 id="move-form-title">{move || state.t(Text::MoveTitle)}</h3>
            <p class="move-form__hint">{move || state.t(Text::MoveHint)}</p>
            <label class="move-form__field">
                <span>{move || state.t(Text::CoordinateLabel)}</span>
                <input
                    type="text"
                    inputmode="text"
                    autocomplete="off"
                    spellcheck="false"
                    aria-invalid=move || coord_error.with(Option::is_some).then_some("true")
                    aria-describedby=move || coord_error.with(Option::is_some).then_some("move-form-coord-error")
                    prop:value=move || typed.get()
                    on:input=move |ev| {
                        typed.set(event_target_value(&ev));
                        sync();
                    }
                />
            </label>
            <Show when=move || coord_error.with(Option::is_some)>
                <p id="move-form-coord-error" class="move-form__error">{move || coord_error.get()}</p>
            </Show>
            <label class="move-form__field">
                <span>{move || state.t(Text::DatumLabel)}</span>
                <select on:change=move |ev| {
                    datum.set(Datum::named(&event_target_value(&ev)).unwrap_or_default());
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
                    <input type="radio" name="move-how" prop:checked=move || kind() == Placement::Surveyed on:change=move |_| state.choose_placement(Placement::Surveyed) />
                    {move || state.t(Text::Surveyed)}
                </label>
                <label>
                    <input type="radio" name="move-how" prop:checked=move || matches!(kind(), Placement::FromMap(_)) on:change=move |_| {
                        state.choose_placement(Placement::FromMap(datum.get_untracked().name().to_string()))
                    } />
                    {move || state.t(Text::FromMap)}
                </label>
                <label>
                    <input type="radio" name="move-how" prop:checked=move || kind() == Placement::ByEye on:change=move |_| state.choose_placement(Placement::ByEye) />
                    {move || state.t(Text::ByEye)}
                </label>
            </fieldset>
            <label class="move-form__field">
                <span>{move || state.t(Text::PrecisionLabel)}</span>
                <input
                    type="number"
                    min="1"
                    step="1"
                    aria-invalid=move || precision_bad.get().then_some("true")
                    aria-describedby=move || precision_bad.get().then_some("move-form-precision-error")
                    prop:value=move || precision_text.get()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        if let Some(m) = parse_precision(&text) {
                            state.give_precision(m);
                        }
                        precision_text.set(text);
                    }
                />
            </label>
            <Show when=move || precision_bad.get()>
                <p id="move-form-precision-error" class="move-form__error">
                    {move || state.t(Text::PrecisionInvalid)}
                </p>
            </Show>
            <label class="move-form__field">
                <span>{move || state.t(Text::NoteLabel)}</span>
                <input
                    type="text"
                    prop:value=move || state.placement().with(|(_, _, n)| n.clone())
                    on:change=move |ev| {
                        state.write_note(event_target_value(&ev));
                    }
                />
            </label>
            <div class="move-form__actions">
                <button type="button" prop:disabled=cannot_keep on:click=move |_| {
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

/// A precision as typed: a finite number of metres, 1 or more.
fn parse_precision(text: &str) -> Option<f64> {
    text.trim().parse::<f64>().ok().filter(|m| m.is_finite() && *m >= 1.0)
}
