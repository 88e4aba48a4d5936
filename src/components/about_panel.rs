//! "About Zhonglou": the article's figures and its sections as a table of contents, each listing its places;
//! choosing a place closes the panel, brings the place into view and opens its card.

use crate::components::header::ABOUT_BUTTON_ID;
use crate::components::icon::CategoryIcon;
use crate::core::i18n::Text;
use crate::core::ids::PlaceId;
use crate::core::overview::{FIGURES, NOT_ON_THE_MAP};
use crate::core::places::Section;
use crate::interop;
use crate::state::use_state;
use leptos::prelude::*;

/// The overview panel; nothing while closed.
#[component]
pub fn AboutPanel() -> impl IntoView {
    let state = use_state();
    let panel = NodeRef::<leptos::html::Aside>::new();
    Effect::new(move |_| {
        if state.about_open().get() {
            if let Some(el) = panel.get() {
                let _ = el.focus();
            }
        }
    });
    let sections = move || {
        let lang = state.lang().get();
        let atlas = state.atlas().get();
        Section::ALL
            .into_iter()
            .map(|section| {
                let figures: Vec<_> = FIGURES.iter().filter(|f| f.section == section).collect();
                let places: Vec<PlaceId> = atlas.in_section(section).collect();
                let figures = (!figures.is_empty()).then(|| {
                    view! {
                        <dl class="about__figures">
                            {figures
                                .into_iter()
                                .map(|f| {
                                    view! {
                                        <div class="about__figure">
                                            <dt>{f.label(lang)}</dt>
                                            <dd>{f.value(lang)}</dd>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </dl>
                    }
                });
                let places = (!places.is_empty()).then(|| {
                    view! {
                        <ul class="about__places">
                            {places
                                .into_iter()
                                .filter_map(|i| {
                                    let p = atlas.place(i)?;
                                    let category = p.category;
                                    Some(view! {
                                        <li>
                                            <button
                                                type="button"
                                                class=format!("about__place about__place--{}", category.key())
                                                on:click=move |_| {
                                                    state.close_about();
                                                    state.show_place(i);
                                                }
                                            >
                                                <CategoryIcon icon=category />
                                                {p.name.get(lang).to_string()}
                                            </button>
                                        </li>
                                    })
                                })
                                .collect_view()}
                        </ul>
                    }
                });
                view! {
                    <section class="about__section">
                        <h3>{section.label(lang)}</h3>
                        {figures}
                        {places}
                    </section>
                }
            })
            .collect_view()
    };
    // Closing gives focus back to the button that opened the overview.
    let close = move || {
        state.close_about();
        interop::focus_id(ABOUT_BUTTON_ID);
    };
    view! {
        <Show when=move || state.about_open().get()>
            <aside
                class="about"
                aria-labelledby="about-title"
                tabindex="-1"
                node_ref=panel
                on:keydown=move |ev: web_sys::KeyboardEvent| {
                    if ev.key() == "Escape" {
                        ev.stop_propagation();
                        close();
                    }
                }
            >
                <header class="about__head">
                    <h2 id="about-title">{move || state.t(Text::AboutTitle)}</h2>
                    <button
                        type="button"
                        class="about__close"
                        aria-label=move || state.t(Text::Close)
                        title=move || state.t(Text::Close)
                        on:click=move |_| close()
                    >
                        "×"
                    </button>
                </header>
                <p class="about__intro">{move || state.t(Text::AboutIntro)}</p>
                {sections}
                <section class="about__section">
                    <h3>{move || state.t(Text::NotOnMap)}</h3>
                    <p>{move || state.lang().get().pick(NOT_ON_THE_MAP)}</p>
                </section>
            </aside>
        </Show>
    }
}
