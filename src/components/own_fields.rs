//! The fields a user's feature carries, on its card: a table of key and value, as text; an http(s) value is a
//! link that opens in a new tab, and nothing else is clickable.

use crate::core::fields::fields_of;
use crate::core::i18n::{Lang, Text};
use crate::core::phrases;
use leptos::prelude::*;
use std::sync::Arc;

/// The table of a feature's own fields (nothing when it has none).
#[component]
pub fn OwnFields(
    /// The feature as its file gave it.
    feature: Arc<str>,
    /// The language of the caption.
    lang: Lang,
) -> impl IntoView {
    let Some(fields) = fields_of(&feature) else {
        return view! { <p class="place-card__source">{Text::FieldsUnreadable.get(lang)}</p> }.into_any();
    };
    if fields.shown.is_empty() {
        return ().into_any();
    }
    let rows = fields
        .shown
        .into_iter()
        .map(|f| {
            let value = match f.link {
                Some(href) => view! { <a href=href target="_blank" rel="noopener noreferrer">{f.value}</a> }.into_any(),
                None => f.value.into_any(),
            };
            view! {
                <tr>
                    <th scope="row">{f.key}</th>
                    <td>{value}</td>
                </tr>
            }
        })
        .collect_view();
    let more = (fields.more > 0)
        .then(|| view! { <p class="place-card__source">{phrases::more_fields(lang, fields.more)}</p> });
    view! {
        <table class="place-card__fields">
            <caption>{Text::OwnFields.get(lang)}</caption>
            <tbody>{rows}</tbody>
        </table>
        {more}
    }
    .into_any()
}
