//! The guided tour: the header's Tour button, and the panel that walks a tour (its theme, the step counter, the
//! step's title and text, previous and next) by buttons, arrow keys and swipes; Escape ends it and leaves the
//! map where it is.

use crate::core::i18n::Text;
use crate::core::tour::{step_count, Step, TourAt};
use crate::interop;
use crate::state::use_state;
use leptos::prelude::*;

/// The DOM id of the Tour button (focus returns to it when a tour ends).
use crate::core::escape::TOUR_BUTTON as TOUR_BUTTON_ID;
/// How far (CSS px) a finger must move sideways across the panel to change step.
const SWIPE_PX: f64 = 40.0;

/// The header's Tour button: starts the first tour, or ends the one under way. Shown while the data has places
/// from the article.
#[component]
pub fn TourButton() -> impl IntoView {
    let state = use_state();
    let shown = Memo::new(move |_| state.has_tours());
    move || {
        shown.get().then(|| {
            view! {
            <button
                type="button"
                id=TOUR_BUTTON_ID
                class="header__button header__tour"
                aria-pressed=move || state.tour().get().is_some().to_string()
                on:click=move |_| {
                    if state.tour().get_untracked().is_some() {
                        state.leave_tour();
                    } else {
                        state.go_tour(None);
                    }
                }
            >
                {move || state.t(Text::Tour)}
            </button>
            }
        })
    }
}

/// The tour under way; nothing when there is none.
#[component]
pub fn TourPanel() -> impl IntoView {
    let state = use_state();
    let heading = NodeRef::<leptos::html::H2>::new();
    let end = move || {
        state.leave_tour();
        interop::focus_id(TOUR_BUTTON_ID);
    };
    // Arrow keys step wherever they are not typing or panning the map (Escape ends the tour: the page's one
    // Escape rule, src/state/escape.rs).
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let busy = ev.default_prevented() || state.draft().with_untracked(Option::is_some);
        if busy || state.tour().get_untracked().is_none() {
            return;
        }
        let delta = match ev.key().as_str() {
            "ArrowRight" => 1,
            "ArrowLeft" => -1,
            _ => return,
        };
        if interop::arrows_free(&ev) && !ev.alt_key() && !ev.ctrl_key() && !ev.meta_key() {
            ev.prevent_default();
            state.tour_step(delta);
        }
    });
    on_cleanup(move || keys.remove());
    // Starting a tour takes the reader to it.
    Effect::new(move |was_on: Option<bool>| {
        let on = state.tour().with(Option::is_some);
        if on && was_on == Some(false) {
            if let Some(h) = heading.get() {
                let _ = h.focus();
            }
        }
        on
    });
    // A sideways swipe across the panel: to the left is the next step.
    let swipe_from = StoredValue::new(None::<(f64, f64)>);
    let on_down = move |ev: web_sys::PointerEvent| {
        let touch = ev.pointer_type() != "mouse";
        swipe_from.set_value(touch.then(|| (f64::from(ev.client_x()), f64::from(ev.client_y()))));
    };
    let on_up = move |ev: web_sys::PointerEvent| {
        let Some((x, y)) = swipe_from.get_value() else { return };
        swipe_from.set_value(None);
        let (dx, dy) = (f64::from(ev.client_x()) - x, f64::from(ev.client_y()) - y);
        if dx.abs() >= SWIPE_PX && dx.abs() > 1.5 * dy.abs() {
            state.tour_step(if dx < 0.0 { 1 } else { -1 });
        }
    };
    let tour = Memo::new(move |_| state.current_tour());
    let step = move || state.tour().with(|t| t.as_ref().map_or(1, |t| t.step));
    let steps = move || tour.with(|t| t.as_ref().map_or(1, |t| t.steps()));
    let title = move || {
        let lang = state.lang().get();
        tour.with(|t| {
            let t = t.as_ref()?;
            Some(match t.step(step()) {
                Step::Overview => t.title.get(lang).to_string(),
                Step::Stop(stop) => state
                    .atlas()
                    .with(|a| a.find(&stop.place).and_then(|p| a.place(p)).map(|p| p.name.get(lang).to_string()))?,
            })
        })
    };
    let text = move || {
        let lang = state.lang().get();
        tour.with(|t| {
            t.as_ref().map(|t| match t.step(step()) {
                Step::Overview => t.intro.get(lang).to_string(),
                Step::Stop(stop) => stop.text.get(lang).to_string(),
            })
        })
    };
    let themes = move || {
        let lang = state.lang().get();
        let current = state.tour().with(|t| t.as_ref().map(|t| t.key.clone()));
        state.tours().with(|tours| {
            tours
                .iter()
                .flat_map(|t| t.all())
                .map(|t| {
                    view! {
                        <option value=t.key.clone() selected=current.as_deref() == Some(t.key.as_str())>
                            {t.title.get(lang).to_string()}
                        </option>
                    }
                })
                .collect_view()
        })
    };
    let first = move || step() <= 1;
    let last = move || step() >= steps();
    // Drawn when a tour starts and kept while it goes on (its parts follow the step).
    let on = Memo::new(move |_| tour.with(Option::is_some));
    move || {
        on.get().then(|| {
            view! {
            <section
                class="tour"
                aria-labelledby="tour-heading"
                on:pointerdown=on_down
                on:pointerup=on_up
                on:pointercancel=move |_| swipe_from.set_value(None)
            >
                <div class="tour__top">
                    <label class="tour__theme">
                        <span>{move || state.t(Text::TourTheme)}</span>
                        <select on:change=move |ev| {
                            state.go_tour(Some(TourAt::start(&event_target_value(&ev))));
                        }>{themes}</select>
                    </label>
                    <button
                        type="button"
                        class="tour__end"
                        aria-label=move || state.t(Text::TourEnd)
                        title=move || state.t(Text::TourEnd)
                        on:click=move |_| end()
                    >
                        "×"
                    </button>
                </div>
                <p class="tour__count">{move || step_count(state.lang().get(), step(), steps())}</p>
                <h2 id="tour-heading" class="tour__title" tabindex="-1" node_ref=heading>
                    {title}
                </h2>
                // Focusable: on a phone a long text scrolls within its own box.
                <p class="tour__text" tabindex="0">
                    {text}
                </p>
                <div class="tour__nav">
                    <button
                        type="button"
                        class="tour__prev"
                        aria-disabled=move || first().to_string()
                        on:click=move |_| state.tour_step(-1)
                    >
                        <span aria-hidden="true">"‹ "</span>
                        {move || state.t(Text::TourPrevious)}
                    </button>
                    <button
                        type="button"
                        class="tour__next"
                        aria-disabled=move || last().to_string()
                        on:click=move |_| state.tour_step(1)
                    >
                        {move || state.t(Text::TourNext)}
                        <span aria-hidden="true">" ›"</span>
                    </button>
                </div>
                <p class="tour__keys">{move || state.t(Text::TourKeys)}</p>
            </section>
            }
        })
    }
}
