//! The corrections panel, shown in edit mode: how many changes are pending, each place's changes (old → new
//! position with the distance, old → new text) with a button to revert it alone, undo and redo (also
//! Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z), downloading the changes, and any problem with saving them.

use crate::components::add_place::AddPlace;
use crate::core::changes::{moved_by, text_of, Change, Edits};
use crate::core::changes_file;
use crate::core::i18n::{Lang, Text};
use crate::core::phrases;
use crate::core::url_state::{Fix, UrlState};
use crate::interop;
use crate::state::use_state;
use leptos::prelude::*;

/// One line about one change, in the reader's language.
fn describe(change: &Change, lang: Lang) -> String {
    match change {
        Change::Move { .. } => moved_by(change)
            .map(|(from, to, m)| {
                format!("{} ({:.5}, {:.5} → {:.5}, {:.5})", phrases::moved(lang, m), from.lat, from.lon, to.lat, to.lon)
            })
            .unwrap_or_default(),
        Change::Add { .. } => lang.pick(["新增", "新增", "added"]).to_string(),
        Change::Delete { .. } => lang.pick(["删除", "刪除", "deleted"]).to_string(),
        Change::Text { field, from, to, .. } => format!("{}: {from} → {to}", field.label(lang)),
    }
}

/// Copies a link to this page with the given query, and says whether it worked (or the link itself).
fn share_link(state: crate::state::MapState, query: &str) {
    let href = interop::location_href();
    let page = href.split(['?', '#']).next().unwrap_or_default();
    let link = format!("{page}{query}");
    let said = link.clone();
    interop::copy_text(&link, move |copied| {
        if copied {
            state.announce(state.t(Text::LinkCopied));
        } else {
            state.announce(format!("{} {said}", state.t(Text::CopyThisLink)));
        }
    });
}

/// The panel; nothing outside edit mode.
#[component]
pub fn EditPanel() -> impl IntoView {
    let state = use_state();
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if !state.editing().get_untracked() || !(ev.ctrl_key() || ev.meta_key()) || ev.key().to_lowercase() != "z" {
            return;
        }
        // Text fields keep their own undo.
        if interop::in_text_field(&ev) {
            return;
        }
        ev.prevent_default();
        if ev.shift_key() {
            state.redo();
        } else {
            state.undo();
        }
    });
    on_cleanup(move || keys.remove());
    let download = move |_| {
        let done = state.edits().with_untracked(|e| e.done().to_vec());
        let text = changes_file::to_geojson(&done, &interop::today());
        interop::download("changes.geojson", &text, "application/geo+json");
    };
    let pending = move || {
        let lang = state.lang().get();
        let atlas = state.atlas().get();
        state.edits().with(|edits: &Edits| {
            edits
                .pending()
                .into_iter()
                .map(|(id, changes)| {
                    let name = atlas
                        .find(&id)
                        .and_then(|p| atlas.place(p))
                        .map(|p| text_of(p, crate::core::changes::TextField::Name, lang))
                        .unwrap_or_else(|| id.clone());
                    let what: Vec<String> = changes.iter().map(|c| describe(c, lang)).collect();
                    let label = format!("{} {name}", Text::Revert.get(lang));
                    // The last move of this place, as a link someone can review from a chat message.
                    let fix =
                        changes.iter().rev().find_map(|c| moved_by(c)).map(|(_, to, _)| Fix { id: id.clone(), to });
                    let share = fix.map(|fix| {
                        let share_label = format!("{} {name}", Text::ShareFix.get(lang));
                        let link =
                            UrlState { place: Some(fix.id.clone()), fix: Some(fix), ..Default::default() }.to_query();
                        view! {
                            <button type="button" aria-label=share_label on:click=move |_| share_link(state, &link)>
                                {Text::ShareFix.get(lang)}
                            </button>
                        }
                    });
                    view! {
                        <li class="edit-panel__item">
                            <span>{lang.labelled(&name, &what.join(lang.semicolon()))}</span>
                            {share}
                            <button type="button" aria-label=label on:click=move |_| state.revert(&id)>
                                {Text::Revert.get(lang)}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let count = move || state.edits().with(|e| e.pending().len());
    view! {
        <Show when=move || state.editing().get()>
            <section class="edit-panel" aria-labelledby="edit-panel-title">
                <h2 id="edit-panel-title" class="edit-panel__title">
                    {move || state.t(Text::EditTitle)}
                    " · "
                    <span>{move || phrases::changes_count(state.lang().get(), count())}</span>
                </h2>
                <p class="edit-panel__intro">{move || state.t(Text::EditIntro)}</p>
                // On a phone, the two rows of buttons are one row, scrolled sideways.
                <div class="edit-panel__bar">
                <div class="edit-panel__actions">
                    <button type="button" prop:disabled=move || !state.edits().with(Edits::can_undo) on:click=move |_| state.undo()>
                        {move || state.t(Text::Undo)}
                    </button>
                    <button type="button" prop:disabled=move || !state.edits().with(Edits::can_redo) on:click=move |_| state.redo()>
                        {move || state.t(Text::Redo)}
                    </button>
                    <button type="button" prop:disabled=move || count() == 0 on:click=download>
                        {move || state.t(Text::DownloadChanges)}
                    </button>
                </div>
                <AddPlace />
                </div>
                <Show when=move || count() == 0>
                    <p class="edit-panel__empty">{move || state.t(Text::NoChanges)}</p>
                </Show>
                <ul class="edit-panel__list">{pending}</ul>
                {move || {
                    let lang = state.lang().get();
                    state
                        .edit_problem()
                        .get()
                        .map(|p| {
                            view! {
                                <div class="notice notice--inline" role="alert">
                                    <p>{p.describe(lang)}</p>
                                    <button type="button" class="notice__dismiss" on:click=move |_| state.dismiss_edit_problem()>
                                        {Text::Dismiss.get(lang)}
                                    </button>
                                </div>
                            }
                        })
                }}
            </section>
        </Show>
    }
}
