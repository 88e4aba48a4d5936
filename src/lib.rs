//! Zhonglou District map: a Leptos single-page app over a pure-Rust core.
// The prerender builds the whole page's view type natively, deeper than the default limit.
#![recursion_limit = "256"]

pub mod core;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod app;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod components;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod interop;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod state;

/// The built-in data. The first view's part is compiled in, so the map needs no second request to draw.
pub mod data {
    /// Every place with all its texts (the file as authored; the page fetches it as [`PLACE_TEXTS`]).
    pub const PLACES: &str = include_str!("../assets/data/places.geojson");
    /// The places without the texts only a card shows (summary, facts, address), made by `build.rs`.
    pub const FIRST_VIEW: &str = include_str!(concat!(env!("OUT_DIR"), "/places-first.geojson"));
    /// Where the page finds the full places file, versioned by its content.
    pub const PLACE_TEXTS: &str = concat!("/data/places.geojson?v=", env!("PLACES_VERSION"));
    /// Where the page finds the guided tours (fetched when a tour starts), versioned by their content.
    pub const TOURS: &str = concat!("/data/tours.json?v=", env!("TOURS_VERSION"));
    /// The offline base map without its features' sources (`assets/data/basemap.geojson` has them), by `build.rs`.
    pub const BASEMAP: &str = include_str!(concat!(env!("OUT_DIR"), "/basemap.geojson"));
}
