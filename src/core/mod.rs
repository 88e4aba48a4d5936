//! The map's logic in plain Rust: no DOM, no signals, tested natively.

pub mod atlas;
pub mod basemap;
pub mod cluster;
pub mod datum;
pub mod export;
pub mod filter;
pub mod geo;
pub mod i18n;
pub mod links;
pub mod overview;
pub mod places;
pub mod search;
pub mod tiles;
pub mod url_state;
