//! The category filter: a checkbox per category with its icon, name and count and an "only this" button,
//! plus all / none.

use crate::components::icon::CategoryIcon;
use crate::core::fields;
use crate::core::filter;
use crate::core::i18n::Text;
use crate::core::phrases;
use crate::core::places::Category;
use crate::state::use_state;
use leptos::prelude::*;

/// The filter panel (a column in the sidebar on wide screens, a row of chips on phones).
#[component]
pub fn FilterPanel() -> impl IntoView {
    let state = use_state();
    let counts = Memo::new(move |_| state.atlas().with(|a| filter::counts(&a.places)));
    // A user's file lists only the categories it has; the district map lists all of its own.
    let users = Memo::new(move |_| state.data_name().with(Option::is_some));
    view! {
        <div class="filters">
            <FieldChoices />
            <fieldset class="filters__set">
                <legend class="filters__legend">{move || state.t(Text::Categories)}</legend>
                <div class="filters__bulk">
                    <button type="button" on:click=move |_| state.show_all()>
                        {move || state.t(Text::ShowAll)}
                    </button>
                    <button type="button" on:click=move |_| state.show_none()>
                        {move || state.t(Text::ShowNone)}
                    </button>
                </div>
                <ul class="filters__list">
                    {Category::ALL
                        .into_iter()
                        .map(|c| {
                            // "Other" exists only for user data without categories.
                            let empty = move || counts.get()[c.index()] == 0;
                            let hidden = move || empty() && (c == Category::Other || users.get());
                            let input = view! {
                                <input
                                    type="checkbox"
                                    id=format!("show-{}", c.key())
                                    prop:checked=move || state.cats().get().contains(c)
                                    on:change=move |ev| state.tick(c, event_target_checked(&ev))
                                />
                            };
                            let input = super::checked_in_page(input, state.cats().get_untracked().contains(c));
                            view! {
                                <li class="filters__item" class:filters__item--hidden=hidden>
                                    <label class=format!("filter filter--{}", c.key())>
                                        {input}
                                        <span class="filter__swatch">
                                            {move || view! { <CategoryIcon icon=state.atlas().with(|a| a.icon_of(c)) /> }}
                                        </span>
                                        <span class="filter__name">
                                            {move || {
                                                let label = state.atlas().with(|a| a.category_label(c, state.lang().get()));
                                                format!("{label} ({})", counts.get()[c.index()])
                                            }}
                                        </span>
                                    </label>
                                    // Visible "只看 / Only", named "只看公园 / Only Parks" (the visible word begins the name).
                                    <button
                                        type="button"
                                        class="filter__only"
                                        aria-label=move || {
                                            let lang = state.lang().get();
                                            phrases::only_category(lang, &state.atlas().with(|a| a.category_label(c, lang)))
                                        }
                                        on:click=move |_| state.show_only(c)
                                    >
                                        {move || state.t(Text::Only)}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </fieldset>
        </div>
    }
}

/// "Group by": for a user's file, the fields that look categorical; choosing one makes its most common values
/// the categories. "Names from": the fields at least half the places fill in; choosing one names the places by
/// it. Nothing for the district map.
#[component]
fn FieldChoices() -> impl IntoView {
    let state = use_state();
    // The file's fields are read once per data set (the atlas keeps what it read), for both choices.
    let survey = Memo::new(move |_| state.atlas().with(|a| a.field_survey()));
    let list = move |of: fn(&fields::Survey) -> Vec<String>| {
        Memo::new(move |_| survey.with(|s| s.as_deref().map(of).unwrap_or_default()))
    };
    view! {
        <div class="filters__fields">
            <FieldChoice
                title=Text::GroupBy
                none=Text::NoGrouping
                fields=list(fields::Survey::categorical)
                chosen=Memo::new(move |_| state.grouping_field())
                choose=move |field| {
                    state.group_places_by(field);
                }
            />
            <FieldChoice
                title=Text::LabelBy
                none=Text::UsualNames
                fields=list(fields::Survey::label_candidates)
                chosen=Memo::new(move |_| state.naming_field())
                choose=move |field| {
                    state.name_places_by(field);
                }
            />
        </div>
    }
}

/// One choice among the file's fields, or none; shown while there is a field to choose or one is chosen. Its
/// reactive inputs are `Memo`s, not `Signal`s: measured, `#[prop(into)] Signal<T>` here cost 1.5 KB gzip of the
/// first view.
#[component]
fn FieldChoice(
    /// What the choice is called (its label).
    title: Text,
    /// The first option: no field chosen.
    none: Text,
    /// The fields offered, in the file's order.
    fields: Memo<Vec<String>>,
    /// The field chosen now, if any (offered even when not among `fields`, as a link may name any field).
    chosen: Memo<Option<String>>,
    /// Chooses a field (`None`: no field).
    choose: impl Fn(Option<&str>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_state();
    move || {
        let mut list = fields.get();
        if let Some(field) = chosen.get().filter(|f| !list.contains(f)) {
            list.push(field);
        }
        (!list.is_empty()).then(|| {
            let options = list
                .into_iter()
                .map(|f| view! { <option value=f.clone() selected=move || chosen.get().as_deref() == Some(f.as_str())>{f.clone()}</option> })
                .collect_view();
            view! {
                <label class="filters__group">
                    <span>{move || state.t(title)}</span>
                    <select on:change=move |ev| {
                        let field = event_target_value(&ev);
                        choose(Some(field.as_str()).filter(|f| !f.is_empty()));
                    }>
                        <option value="" selected=move || chosen.with(Option::is_none)>
                            {move || state.t(none)}
                        </option>
                        {options}
                    </select>
                </label>
            }
        })
    }
}
