//! The printed handout: the markers on the printed map numbered in reading order, with the list of the places
//! they number, and a one-line summary for each.

use super::atlas::{Atlas, Marker};
use super::geo::Viewport;
use super::ids::PlaceId;
use super::order;

/// How tall a row of the map is when reading its markers: markers whose centres are within a row read left to
/// right, rows top to bottom.
const ROW_PX: f64 = 80.0;

/// The numbers on a printed map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Numbering {
    /// For each marker (in the order given), its label on paper: "7" for a place, "4–6" for a cluster of three;
    /// `None` for a marker off the map.
    pub numbers: Vec<Option<String>>,
    /// The places numbered, in number order (number 1 first).
    pub places: Vec<PlaceId>,
}

/// Numbers the markers inside a view, in reading order; a cluster's places get numbers that follow each other,
/// so that the cluster reads as a range.
pub fn number(atlas: &Atlas, markers: &[Marker], view: &Viewport) -> Numbering {
    let k = view.layer_scale();
    let (tx, ty) = view.layer_offset(&atlas.layer);
    let on_map: Vec<(usize, f64, f64)> = markers
        .iter()
        .enumerate()
        .map(|(i, m)| (i, m.x * k + tx, m.y * k + ty))
        .filter(|&(_, x, y)| x >= 0.0 && y >= 0.0 && x <= view.width && y <= view.height)
        .collect();
    let row = |y: f64| (y / ROW_PX).floor();
    let reading = order::order(on_map.iter().map(|&(_, x, y)| (order::number_key(row(y)), order::number_key(x))));
    let order = order::arrange(on_map, &reading);
    let mut numbers = vec![None; markers.len()];
    let mut places = Vec::new();
    for (i, _, _) in order {
        let first = places.len() + 1;
        places.extend(markers[i].members.iter().copied());
        let last = places.len();
        numbers[i] = Some(if last > first { format!("{first}–{last}") } else { first.to_string() });
    }
    Numbering { numbers, places }
}

/// A text's first sentence, cut to `max` characters (an ellipsis marks the cut).
pub fn one_line(text: &str, max: usize) -> String {
    let text = text.trim();
    // A sentence ends at a Chinese full stop, exclamation or question mark, or at ". " and the like.
    let end = text
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '。' | '！' | '？') || (matches!(c, '.' | '!' | '?') && text[i + 1..].starts_with(' '))
        })
        .map_or(text.len(), |(i, c)| i + c.len_utf8());
    let sentence = &text[..end];
    if sentence.chars().count() <= max {
        return sentence.to_string();
    }
    let cut: String = sentence.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}
