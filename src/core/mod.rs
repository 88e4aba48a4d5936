//! The map's logic in plain Rust: no DOM, no signals, tested natively.

pub mod atlas;
pub mod basemap;
pub mod changes;
pub mod changes_file;
pub mod cluster;
pub mod coords;
pub mod datum;
pub mod embed;
pub mod export;
pub mod filter;
pub mod geo;
pub mod gesture;
pub mod i18n;
pub mod ids;
pub mod link_merge;
pub mod links;
pub mod loading;
pub mod merge;
pub mod overview;
pub mod places;
pub mod problems;
pub mod search;
pub mod tiles;
pub mod url_state;
