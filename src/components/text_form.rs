//! Editing a place's texts from its card in edit mode (name, summary and address in all three languages, the
//! missing ones marked), and deleting the place (a second press confirms; undo brings it back).

use crate::core::changes::{text_of, TextField};
use crate::core::i18n::{Lang, Text};
use crate::core::ids::PlaceId;
use crate::state::use_state;
use leptos::prelude::*;

const FIELDS: [(TextField, Text); 3] =
    [(TextField::Name, Text::FieldName), (TextField::Summary, Text::FieldSummary), (TextField::Address, Text::Address)];

/// The texts section of a place's card.
#[component]
pub fn TextForm(
    /// The place being corrected.
    place: PlaceId,
) -> impl IntoView {
    let state = use_state();
    // One draft text per field and language, filled from the place as the form opens (as its file names it,
    // whatever label the map shows it by).
    let drafts: Vec<(TextField, Lang, RwSignal<String>)> = FIELDS
        .iter()
        .flat_map(|&(field, _)| Lang::ALL.into_iter().map(move |lang| (field, lang)))
        .map(|(field, lang)| {
            let now = state.atlas().with_untracked(|a| a.place_as_named(place).map(|p| text_of(&p, field, lang)));
            (field, lang, RwSignal::new(now.unwrap_or_default()))
        })
        .collect();
    let to_save = drafts.clone();
    let save = move |_| {
        let texts: Vec<(TextField, Lang, String)> =
            to_save.iter().map(|(f, l, s)| (*f, *l, s.get_untracked())).collect();
        state.edit_texts(place, &texts);
    };
    let confirming = RwSignal::new(false);
    let delete = move |_| {
        if confirming.get_untracked() {
            state.delete_place(place);
        } else {
            confirming.set(true);
        }
    };
    let fields = FIELDS
        .iter()
        .map(|&(field, label)| {
            let inputs = drafts
                .iter()
                .filter(|(f, _, _)| *f == field)
                .map(|&(_, lang, text)| {
                    view! {
                        <label class="move-form__field">
                            <span>{move || format!("{} · {}", state.t(label), lang.endonym())}</span>
                            <input
                                type="text"
                                lang=lang.code()
                                placeholder=move || state.t(Text::Missing)
                                prop:value=move || text.get()
                                on:input=move |ev| text.set(event_target_value(&ev))
                            />
                        </label>
                    }
                })
                .collect_view();
            view! { <div class="text-form__group">{inputs}</div> }
        })
        .collect_view();
    view! {
        <section class="move-form text-form" aria-labelledby="text-form-title">
            <h3 id="text-form-title">{move || state.t(Text::EditTexts)}</h3>
            {fields}
            <div class="move-form__actions">
                <button type="button" on:click=save>
                    {move || state.t(Text::SaveTexts)}
                </button>
                <button type="button" class="text-form__delete" on:click=delete>
                    {move || if confirming.get() { state.t(Text::ConfirmDelete) } else { state.t(Text::DeletePlace) }}
                </button>
            </div>
        </section>
    }
}
