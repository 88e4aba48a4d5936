//! One component per file, named after it.

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
