//! Places: the typed form of the place data (`model`), the loader that reads any GeoJSON into it (`load`,
//! through the feature shapes in `raw`), and the card texts that arrive after the first view (`texts`).

mod load;
mod model;
mod raw;
mod texts;

pub use load::*;
pub use model::*;
pub use texts::PlaceTexts;
