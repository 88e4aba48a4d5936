//! Adding a place in edit mode (a name in at least one language, a category, a typed coordinate in any datum,
//! a summary, an address and other names) and opening a changes file, in the corrections panel.

use crate::components::file_button::FileButton;
use crate::core::coords::{self, Reading};
use crate::core::datum::Datum;
use crate::core::i18n::{Lang, Text};
use crate::core::ids::new_id;
use crate::core::places::{Basis, Category, Localized, Place, Position};
use crate::interop;
use crate::state::use_state;
use leptos::prelude::*;

/// The add-a-place form and the open-changes button.
#[component]
pub fn AddPlace() -> impl IntoView {
    let state = use_state();
    let names: [(Lang, RwSignal<String>); 3] = Lang::ALL.map(|l| (l, RwSignal::new(String::new())));
    let category = RwSignal::new(Category::Other);
    let summary = RwSignal::new(String::new());
    let address = RwSignal::new(String::new());
    let aliases = RwSignal::new(String::new());
    let problem = RwSignal::new(false);
    let lowered = RwSignal::new(false);
    let name_values = names;
    let add = move |_| {
        let lang = state.lang().get_untracked();
        let get =
            |l: Lang| name_values.iter().find(|(x, _)| *x == l).map(|(_, s)| s.get_untracked()).unwrap_or_default();
        let name = Localized::from_parts(&get(Lang::ZhHans), &get(Lang::ZhHant), &get(Lang::En));
        let (typed, datum) = state.add_point().get_untracked();
        let at = match coords::read(&typed) {
            Ok(Reading::Point(p)) => Some(coords::to_wgs84(p, datum)),
            Ok(Reading::Either { lat_first, .. }) => Some(coords::to_wgs84(lat_first, datum)),
            Err(_) => None,
        };
        let (Some(name), Some(at)) = (name, at) else {
            problem.set(true);
            return;
        };
        let in_reader = |text: String| {
            let text = text.trim().to_string();
            (!text.is_empty()).then(|| {
                let part = |l: Lang| if l == lang { text.as_str() } else { "" };
                Localized::from_parts(part(Lang::ZhHans), part(Lang::ZhHant), part(Lang::En))
            })?
        };
        let taken: Vec<String> = state.atlas().with_untracked(|a| a.places.iter().map(|p| p.id.clone()).collect());
        let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
        let place = Place {
            id: new_id(&get(Lang::En), "", &taken),
            at,
            category: category.get_untracked(),
            name,
            aliases: aliases
                .get_untracked()
                .split([',', '，', '、'])
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_string)
                .collect(),
            pinyin: None,
            summary: in_reader(summary.get_untracked()),
            section: None,
            facts: Vec::new(),
            address: in_reader(address.get_untracked()),
            position: Position {
                basis: Basis::Estimated,
                precision_m: Some(100.0),
                source: Some(crate::core::placement::added_here(&interop::today())),
            },
            own_fields: None,
            shape: None,
        };
        problem.set(false);
        if state.add_place(place) {
            for (_, s) in &name_values {
                s.set(String::new());
            }
            state.done_adding();
        }
    };
    let name_fields = move || {
        names
        .iter()
        .map(|&(lang, text)| {
            view! {
                <label class="move-form__field">
                    <span>{move || format!("{} · {}", state.t(Text::FieldName), lang.endonym())}</span>
                    <input type="text" lang=lang.code() placeholder=move || state.t(Text::Missing) prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev)) />
                </label>
            }
        })
        .collect_view()
    };
    let field = move |label: Text, value: RwSignal<String>| {
        view! {
            <label class="move-form__field">
                <span>{move || state.t(label)}</span>
                <input type="text" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            </label>
        }
    };
    view! {
        <div class="edit-panel__actions">
            // The form takes the card's place (on a phone the card would cover it).
            <button type="button" aria-expanded=move || state.adding().get().to_string() on:click=move |_| state.toggle_adding()>
                {move || state.t(Text::AddPlace)}
            </button>
            <FileButton
                label=Text::OpenChanges
                on_file=move |file| {
                    leptos::task::spawn_local(async move {
                        if let Ok(text) = interop::read_file(file).await {
                            // Changes may be to card texts: those of the built-in places must be here first.
                            state.load_texts().await;
                            state.open_changes(&text);
                        }
                    });
                }
            />
        </div>
        <Show when=move || state.adding().get()>
            // On a phone, a sheet over the lower part of the map, which can be lowered to its bar to see more.
            <form
                class="move-form add-place"
                class:add-place--lowered=move || lowered.get()
                aria-labelledby="add-place-title"
                on:submit=|ev| ev.prevent_default()
            >
                <div class="add-place__bar">
                    <h3 id="add-place-title">{move || state.t(Text::AddPlace)}</h3>
                    <button
                        type="button"
                        class="add-place__lower"
                        aria-expanded=move || (!lowered.get()).to_string()
                        on:click=move |_| lowered.update(|l| *l = !*l)
                    >
                        {move || state.t(if lowered.get() { Text::RaiseForm } else { Text::LowerForm })}
                    </button>
                </div>
                <p class="move-form__hint">{move || state.t(Text::AddHint)}</p>
                {name_fields()}
                <label class="move-form__field">
                    <span>{move || state.t(Text::Categories)}</span>
                    <select on:change=move |ev| {
                        if let Some(c) = Category::from_key(&event_target_value(&ev)) {
                            category.set(c);
                        }
                    }>
                        {Category::ALL
                            .into_iter()
                            .map(|c| view! { <option value=c.key() selected=move || category.get() == c>{move || c.label(state.lang().get())}</option> })
                            .collect_view()}
                    </select>
                </label>
                <label class="move-form__field">
                    <span>{move || state.t(Text::CoordinateLabel)}</span>
                    <input
                        type="text"
                        prop:value=move || state.add_point().with(|(t, _)| t.clone())
                        on:input=move |ev| state.type_add_point(event_target_value(&ev))
                    />
                </label>
                <p class="move-form__hint">{move || state.t(Text::TapToPlace)}</p>
                <label class="move-form__field">
                    <span>{move || state.t(Text::DatumLabel)}</span>
                    <select on:change=move |ev| {
                        let datum = Datum::named(&event_target_value(&ev)).unwrap_or_default();
                        state.choose_add_datum(datum);
                    }>
                        {[(Datum::Wgs84, Text::DatumWgs84), (Datum::Gcj02, Text::DatumGcj02), (Datum::Bd09, Text::DatumBd09)]
                            .into_iter()
                            .map(|(d, label)| {
                                view! {
                                    <option value=d.name() selected=move || state.add_point().with(|(_, x)| *x == d)>
                                        {move || state.t(label)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                {field(Text::FieldSummary, summary)}
                {field(Text::Address, address)}
                {field(Text::AliasesLabel, aliases)}
                <Show when=move || problem.get()>
                    <p class="move-form__preview" role="alert">{move || state.t(Text::NeedNameAndPlace)}</p>
                </Show>
                <div class="move-form__actions">
                    <button type="button" on:click=add>
                        {move || state.t(Text::AddPlace)}
                    </button>
                </div>
            </form>
        </Show>
    }
}
