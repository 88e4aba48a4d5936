//! Places: the typed form of the place data (`model`) and the loader that reads any GeoJSON into it (`load`).

mod load;
mod model;
mod raw;

pub use load::*;
pub use model::*;
