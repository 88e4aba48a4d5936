//! The card texts arrive after the first view (`build.rs`, `state/texts.rs`); corrections made before then were
//! recorded without them. This fills them in, so that undoing such a correction brings the texts back too.

use super::changes::{Change, Edits};
use super::places::PlaceTexts;

/// Fills in what the recorded changes lack: a deleted place's texts, and the source of the position a place was
/// first moved from (a move made on this map always records a source of its own, so a move from a position
/// without one was made before the sources arrived). Whether anything was filled in.
pub fn fill_recorded(edits: &mut Edits, texts: &PlaceTexts) -> bool {
    let mut filled = false;
    for change in edits.recorded_mut() {
        match change {
            Change::Delete { place, .. } => filled |= texts.fill(std::slice::from_mut(place)),
            Change::Move { id, from, .. } if from.1.source.is_none() => {
                if let Some(source) = texts.position_source(id) {
                    from.1.source = Some(source.to_string());
                    filled = true;
                }
            }
            _ => {}
        }
    }
    filled
}
