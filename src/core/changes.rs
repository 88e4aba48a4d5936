//! Corrections made in the browser, as a list of changes: move a place, add one, edit a text, delete one. The
//! list applies to the places, undoes and redoes, says what is pending per place (and reverts one place alone),
//! and applies a whole list from a file or nothing of it, naming each change it could not apply and why.

use super::geo::LonLat;
use super::i18n::{Lang, Text};
use super::places::{Localized, Place, Position};

/// How far (metres) a place may have moved since a change was recorded and still count as where it was.
pub const SAME_SPOT_M: f64 = 1.0;

/// Which text of a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    Name,
    Summary,
    Address,
}

impl TextField {
    pub fn key(self) -> &'static str {
        match self {
            TextField::Name => "name",
            TextField::Summary => "summary",
            TextField::Address => "address",
        }
    }

    /// The field as the interface names it ("名称", "Summary", …).
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            TextField::Name => Text::FieldName.get(lang),
            TextField::Summary => Text::FieldSummary.get(lang),
            TextField::Address => Text::Address.get(lang),
        }
    }

    pub fn from_key(key: &str) -> Option<TextField> {
        [TextField::Name, TextField::Summary, TextField::Address].into_iter().find(|f| f.key() == key)
    }
}

/// One change.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// A place moved, with how its new position was obtained.
    Move {
        id: String,
        from: (LonLat, Position),
        to: (LonLat, Position),
    },
    Add {
        place: Place,
    },
    /// One text of one place in one language.
    Text {
        id: String,
        field: TextField,
        lang: Lang,
        from: String,
        to: String,
    },
    /// A place deleted (kept whole, so that undoing puts it back where it was in the list).
    Delete {
        place: Place,
        index: usize,
    },
}

impl Change {
    /// The place it is about.
    pub fn id(&self) -> &str {
        match self {
            Change::Move { id, .. } | Change::Text { id, .. } => id,
            Change::Add { place } | Change::Delete { place, .. } => &place.id,
        }
    }

    /// The change that undoes this one (a deleted place comes back at the end of the list; `undo` puts it
    /// back in its old slot).
    pub fn inverse(&self) -> Change {
        match self.clone() {
            Change::Move { id, from, to } => Change::Move { id, from: to, to: from },
            Change::Add { place } => Change::Delete { index: usize::MAX, place },
            Change::Text { id, field, lang, from, to } => Change::Text { id, field, lang, from: to, to: from },
            Change::Delete { place, .. } => Change::Add { place },
        }
    }
}

/// Why a change could not be applied.
#[derive(Clone, Debug, PartialEq)]
pub enum ChangeError {
    /// No place has this id.
    UnknownId(String),
    /// A place with this id is there already.
    DuplicateId(String),
    /// The place is no longer where the change says it was (it moved since): the distance in metres.
    MovedSince { id: String, metres: f64 },
    /// The text is no longer what the change says it was.
    TextChangedSince { id: String, field: TextField },
    /// A name cannot be empty.
    EmptyName(String),
    /// A coordinate that is not a position on Earth.
    BadCoordinate(String),
}

/// Applies one change to the places, checking that it still fits them (the place exists, is where the change
/// says it was, has the text the change says it had). On error the places are unchanged.
pub fn apply(places: &mut Vec<Place>, change: &Change) -> Result<(), ChangeError> {
    let find = |places: &[Place], id: &str| places.iter().position(|p| p.id == id);
    match change {
        Change::Move { id, from, to } => {
            let i = find(places, id).ok_or_else(|| ChangeError::UnknownId(id.clone()))?;
            if !on_earth(to.0) {
                return Err(ChangeError::BadCoordinate(id.clone()));
            }
            let metres = places[i].at.distance_m(from.0);
            if metres > SAME_SPOT_M {
                return Err(ChangeError::MovedSince { id: id.clone(), metres });
            }
            places[i].at = to.0;
            places[i].position = to.1.clone();
        }
        Change::Add { place } => {
            if find(places, &place.id).is_some() {
                return Err(ChangeError::DuplicateId(place.id.clone()));
            }
            if !on_earth(place.at) {
                return Err(ChangeError::BadCoordinate(place.id.clone()));
            }
            if [&place.name.zh_hans, &place.name.zh_hant, &place.name.en].iter().all(|n| n.trim().is_empty()) {
                return Err(ChangeError::EmptyName(place.id.clone()));
            }
            places.push(place.clone());
        }
        Change::Text { id, field, lang, from, to } => {
            let i = find(places, id).ok_or_else(|| ChangeError::UnknownId(id.clone()))?;
            if *field == TextField::Name && to.trim().is_empty() {
                return Err(ChangeError::EmptyName(id.clone()));
            }
            if text_of(&places[i], *field, *lang) != *from {
                return Err(ChangeError::TextChangedSince { id: id.clone(), field: *field });
            }
            set_text(&mut places[i], *field, *lang, to.clone());
        }
        Change::Delete { place, .. } => {
            let i = find(places, &place.id).ok_or_else(|| ChangeError::UnknownId(place.id.clone()))?;
            places.remove(i);
        }
    }
    Ok(())
}

/// Undoes a change that was applied: like applying its inverse, but a deleted place returns to its old slot.
fn unapply(places: &mut Vec<Place>, change: &Change) -> Result<(), ChangeError> {
    match change {
        Change::Delete { place, index } => {
            if places.iter().any(|p| p.id == place.id) {
                return Err(ChangeError::DuplicateId(place.id.clone()));
            }
            places.insert((*index).min(places.len()), place.clone());
            Ok(())
        }
        other => apply(places, &other.inverse()),
    }
}

fn on_earth(p: LonLat) -> bool {
    p.lon.is_finite() && p.lat.is_finite() && (-180.0..=180.0).contains(&p.lon) && (-90.0..=90.0).contains(&p.lat)
}

/// A place's text in a field and language ("" where it has none).
pub fn text_of(place: &Place, field: TextField, lang: Lang) -> String {
    let text = match field {
        TextField::Name => Some(&place.name),
        TextField::Summary => place.summary.as_ref(),
        TextField::Address => place.address.as_ref(),
    };
    text.map(|t| t.get(lang).to_string()).unwrap_or_default()
}

fn set_text(place: &mut Place, field: TextField, lang: Lang, value: String) {
    let optional = match field {
        TextField::Name => None,
        TextField::Summary => Some(&mut place.summary),
        TextField::Address => Some(&mut place.address),
    };
    let text = match optional {
        None => &mut place.name,
        Some(slot) => slot.get_or_insert_with(Localized::default),
    };
    match lang {
        Lang::ZhHans => text.zh_hans = value,
        Lang::ZhHant => text.zh_hant = value,
        Lang::En => text.en = value,
    }
    // A summary or address emptied in every language is none at all (undoing its first text leaves no trace).
    for slot in [&mut place.summary, &mut place.address] {
        if slot.as_ref().is_some_and(|t| [&t.zh_hans, &t.zh_hant, &t.en].iter().all(|s| s.is_empty())) {
            *slot = None;
        }
    }
}

/// The changes made so far, in order, and those undone (which redo brings back until a new change is made).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Edits {
    done: Vec<Change>,
    undone: Vec<Change>,
}

impl Edits {
    /// Every change recorded, made or undone (to fill in what arrived after they were made).
    pub fn recorded_mut(&mut self) -> impl Iterator<Item = &mut Change> {
        self.done.iter_mut().chain(self.undone.iter_mut())
    }

    /// Makes a change: applies it and records it (a new change forgets what was undone).
    pub fn make(&mut self, places: &mut Vec<Place>, change: Change) -> Result<(), ChangeError> {
        apply(places, &change)?;
        self.done.push(change);
        self.undone.clear();
        Ok(())
    }

    /// Undoes the last change; returns it.
    pub fn undo(&mut self, places: &mut Vec<Place>) -> Option<&Change> {
        let change = self.done.pop()?;
        match unapply(places, &change) {
            Ok(()) => {
                self.undone.push(change);
                self.undone.last()
            }
            Err(_) => {
                self.done.push(change);
                None
            }
        }
    }

    /// Makes the last undone change again; returns it.
    pub fn redo(&mut self, places: &mut Vec<Place>) -> Option<&Change> {
        let change = self.undone.pop()?;
        match apply(places, &change) {
            Ok(()) => {
                self.done.push(change);
                self.done.last()
            }
            Err(_) => {
                self.undone.push(change);
                None
            }
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// The changes in effect, oldest first.
    pub fn done(&self) -> &[Change] {
        &self.done
    }

    /// The changes undone, the next redo last.
    pub fn undone(&self) -> &[Change] {
        &self.undone
    }

    /// What is pending, one entry per place: its changes merged (two moves are one move from the first
    /// position to the last; a place added then edited is one addition), in the order places were first
    /// changed.
    pub fn pending(&self) -> Vec<(String, Vec<&Change>)> {
        let mut out: Vec<(String, Vec<&Change>)> = Vec::new();
        let mut slot: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for change in &self.done {
            match slot.get(change.id()) {
                Some(&i) => out[i].1.push(change),
                None => {
                    slot.insert(change.id(), out.len());
                    out.push((change.id().to_string(), vec![change]));
                }
            }
        }
        out
    }

    /// Makes a whole list of changes (a changes file) in one pass, each undoable on its own, or none of them:
    /// then every change that does not apply, with its position in the list and why.
    pub fn make_all(&mut self, places: &mut Vec<Place>, changes: Vec<Change>) -> Result<(), Vec<(usize, ChangeError)>> {
        *places = apply_all(places, &changes)?;
        self.done.extend(changes);
        self.undone.clear();
        Ok(())
    }

    /// Reverts every change to one place, leaving the others: undoes all changes back to the place's first,
    /// then makes the others again. Returns false (and changes nothing) if the others no longer apply.
    pub fn revert(&mut self, places: &mut Vec<Place>, id: &str) -> bool {
        let Some(first) = self.done.iter().position(|c| c.id() == id) else { return false };
        let mut trial = places.clone();
        let tail: Vec<Change> = self.done[first..].to_vec();
        for change in tail.iter().rev() {
            if unapply(&mut trial, change).is_err() {
                return false;
            }
        }
        let kept: Vec<Change> = tail.into_iter().filter(|c| c.id() != id).collect();
        for change in &kept {
            if apply(&mut trial, change).is_err() {
                return false;
            }
        }
        *places = trial;
        self.done.truncate(first);
        self.done.extend(kept);
        self.undone.clear();
        true
    }
}

/// Applies a whole list of changes (a changes file) or none of them: the places after all of them, or every
/// change that could not be applied with its position in the list and why.
pub fn apply_all(places: &[Place], changes: &[Change]) -> Result<Vec<Place>, Vec<(usize, ChangeError)>> {
    let mut result = places.to_vec();
    let errors: Vec<(usize, ChangeError)> =
        changes.iter().enumerate().filter_map(|(i, c)| apply(&mut result, c).err().map(|e| (i, e))).collect();
    if errors.is_empty() {
        Ok(result)
    } else {
        Err(errors)
    }
}

/// A place's position after a move, for the pending list: from where to where and how far (metres).
pub fn moved_by(change: &Change) -> Option<(LonLat, LonLat, f64)> {
    match change {
        Change::Move { from, to, .. } => Some((from.0, to.0, from.0.distance_m(to.0))),
        _ => None,
    }
}

/// The text changes that turn a place's texts into the ones given (field, language, new text), one per text
/// that differs.
pub fn text_changes(place: &Place, texts: &[(TextField, Lang, String)]) -> Vec<Change> {
    texts
        .iter()
        .filter_map(|(field, lang, to)| {
            let from = text_of(place, *field, *lang);
            (from != to.trim()).then(|| Change::Text {
                id: place.id.clone(),
                field: *field,
                lang: *lang,
                from,
                to: to.trim().to_string(),
            })
        })
        .collect()
}
