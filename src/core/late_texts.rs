//! The card texts arrive after the first view (`build.rs`, `state/texts.rs`), but corrections are restored from
//! storage before the first render: a place is drawn where it was corrected from the first frame, and a
//! correction made before the texts arrive adds to the stored list instead of replacing it. This makes recorded
//! changes again over places with or without their texts, and fills in what changes recorded without them lack.

use super::changes::{text_of, Change, ChangeError, Edits, TextField};
use super::places::{Place, PlaceTexts};

/// Makes recorded changes again over the places as loaded: `done` in order on `places`, then `undone` (the
/// next redo last, as [`Edits::undone`] keeps them), each undone again, so that redo still brings them back.
///
/// A change to a card text (summary or address) replaces whatever the place holds now: recorded before the
/// texts arrived it names no old text, and restored before they arrive the place has none yet. Either way the
/// correction stands, shown as pending, and texts arriving later fill only what was not corrected. Names are in
/// the first view, so a name change is checked like any other change. The first change that no longer fits
/// the places is returned with its position, and the places are then as far as the replay went.
pub fn replay(places: &mut Vec<Place>, done: Vec<Change>, undone: Vec<Change>) -> Result<Edits, (usize, ChangeError)> {
    let mut edits = Edits::default();
    let undone_count = undone.len();
    let redo_order = undone.into_iter().rev();
    for (i, mut change) in done.into_iter().chain(redo_order).enumerate() {
        let recorded_from = rebase_card_text(places, &mut change);
        edits.make(places, change).map_err(|e| (i, e))?;
        // A text not here yet: the change keeps the text it recorded (undo brings that back, and the list
        // saved meanwhile is the list as it was).
        if let Some(recorded) = recorded_from {
            if let Some(Change::Text { from, .. }) = edits.recorded_mut().last() {
                *from = recorded;
            }
        }
    }
    for _ in 0..undone_count {
        edits.undo(places);
    }
    Ok(edits)
}

/// A card text change takes the place's text as it is now for the text it replaces; where the place has no
/// such text yet (the texts are on their way), the text the change recorded is returned, to be kept.
fn rebase_card_text(places: &[Place], change: &mut Change) -> Option<String> {
    let Change::Text { id, field: field @ (TextField::Summary | TextField::Address), lang, from, .. } = change else {
        return None;
    };
    let now = text_of(places.iter().find(|p| p.id == *id)?, *field, *lang);
    let recorded = std::mem::replace(from, now);
    from.is_empty().then_some(recorded)
}

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
                    from.1.source = Some(source.clone());
                    filled = true;
                }
            }
            _ => {}
        }
    }
    filled
}
