//! How a moved place's new position was obtained, as the person correcting it says: measured on site, read off
//! another map, or placed by eye; and the position that makes, with a source in each reader's language.

use super::places::{Basis, Localized, Position, Source};

/// How a moved place's new position was obtained, as the person says.
#[derive(Clone, Debug, PartialEq)]
pub enum Placement {
    /// Measured on site (a phone's GPS, standing at the entrance).
    Surveyed,
    /// Read off another map, in that map's datum (its name: `GCJ-02`).
    FromMap(String),
    /// Placed by eye on this map.
    ByEye,
}

impl Placement {
    /// The position a moved place gets: its basis, the precision the person vouches for, and a source in each
    /// language that says how and when (`date` as YYYY-MM-DD), with their note as they wrote it.
    pub fn position(&self, precision_m: f64, note: &str, date: &str) -> Position {
        let (basis, [hans, hant, en]) = match self {
            Placement::Surveyed => {
                (Basis::Sourced, ["实地测量".to_string(), "實地測量".to_string(), "surveyed on site".to_string()])
            }
            Placement::FromMap(datum) => (
                Basis::Sourced,
                [
                    format!("取自其他地图（{datum}）"),
                    format!("取自其他地圖（{datum}）"),
                    format!("taken from another map ({datum})"),
                ],
            ),
            Placement::ByEye => (
                Basis::Estimated,
                ["在本图上目测".to_string(), "在本圖上目測".to_string(), "placed by eye on this map".to_string()],
            ),
        };
        let note = note.trim();
        let said = |how: String, comma: &str, colon: &str| {
            if note.is_empty() {
                format!("{how}{comma}{date}")
            } else {
                format!("{how}{comma}{date}{colon}{note}")
            }
        };
        let source =
            Localized {
                zh_hans: said(hans, "，", "："), zh_hant: said(hant, "，", "："), en: said(en, ", ", ": ")
            };
        Position { basis, precision_m: Some(precision_m.max(1.0)), source: Some(Source::Localized(source)) }
    }
}

/// The source of a place added on this map on a date (YYYY-MM-DD), in each language.
pub fn added_here(date: &str) -> Source {
    Source::Localized(Localized {
        zh_hans: format!("在本图上新增，{date}"),
        zh_hant: format!("在本圖上新增，{date}"),
        en: format!("added on this map, {date}"),
    })
}
