//! One file per part of the page, named after it: the part's component, and beside it the small components
//! only that part uses (a filter row in filter_panel.rs, a marker's kinds in map_view/markers.rs).

pub mod about_panel;
pub mod add_place;
pub mod base_maps;
pub mod data_tools;
pub mod edit_panel;
pub mod embed_dialog;
pub mod file_button;
pub mod filter_panel;
pub mod handout;
pub mod header;
pub mod icon;
pub mod map_view;
pub mod move_form;
pub mod notices;
pub mod own_fields;
pub mod place_card;
pub mod place_list;
pub mod search_box;
pub mod share_button;
pub mod text_form;
pub mod tour_panel;

/// A checkbox or radio button with its state written as an attribute in the prerendered page, where Leptos
/// writes no properties (examples/prerender); the live app sets the property, and its wasm has nothing added.
#[cfg(not(target_arch = "wasm32"))]
fn checked_in_page(
    input: impl leptos::tachys::view::add_attr::AddAnyAttr,
    checked: bool,
) -> impl leptos::prelude::IntoView {
    input.add_any_attr(leptos::attr::checked(checked))
}

#[cfg(target_arch = "wasm32")]
fn checked_in_page<V>(input: V, _checked: bool) -> V {
    input
}
