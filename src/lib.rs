//! Zhonglou District map: a Leptos single-page app over a pure-Rust core.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod interop;
#[cfg(target_arch = "wasm32")]
pub mod state;

/// The built-in data, compiled in so that the first view needs no second request.
pub mod data {
    pub const PLACES: &str = include_str!("../assets/data/places.geojson");
    pub const BASEMAP: &str = include_str!("../assets/data/basemap.geojson");
}
