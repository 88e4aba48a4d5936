//! Edit mode: corrections made in the browser. A place being moved is a draft (`core::draft`: its marker alone
//! follows the mouse, finger or arrow keys, over places left as they are) until it is kept, with how it was
//! placed, or put back; every kept change goes through
//! `core::changes::Edits` (undo, redo, revert one place) and is saved in local storage at once, apart for the
//! built-in data and each `?data=` file, so that a reload, a crash or going offline loses nothing.

use super::MapState;
use crate::core::changes::{Change, Edits};
use crate::core::changes_file;
use crate::core::draft::Draft;
use crate::core::geo::LonLat;
use crate::core::ids::PlaceId;
use crate::core::late_texts;
use crate::core::placement::Placement;
use crate::core::places::Place;
pub use crate::core::problems::EditProblem;
use crate::interop;
use leptos::prelude::*;
use std::sync::Arc;

/// How near a line (or a MultiPoint's dot) a tap counts as on it, in screen pixels: a fingertip's half-width.
const SHAPE_REACH_PX: f64 = 12.0;

/// The signals of edit mode (part of [`MapState`]).
#[derive(Clone, Copy)]
pub struct EditState {
    on: RwSignal<bool>,
    edits: RwSignal<Edits>,
    /// A place being moved and where it is now, until kept or put back: drawn over the places, not in them.
    draft: RwSignal<Option<Draft>>,
    problem: RwSignal<Option<EditProblem>>,
    /// The places as loaded, before any change: saved changes are applied to these.
    pristine: StoredValue<Arc<Vec<Place>>>,
    /// Where this data's changes are kept in local storage: the built-in data and each `?data=` file apart; a
    /// file the user opened or dropped has none (its changes live on the page until downloaded).
    key: StoredValue<Option<String>>,
    /// How the next kept draft was placed, as the person last said (the card's form; Enter on a marker).
    placement: RwSignal<(Placement, f64, String)>,
    /// The place the placement was said for.
    placement_of: StoredValue<Option<PlaceId>>,
    /// The add-a-place form: whether it is open, and its coordinate text and datum (a tap on the map fills them).
    adding: RwSignal<bool>,
    add_point: RwSignal<(String, crate::core::datum::Datum)>,
    /// A correction a link proposes, shown beside the place's position for review.
    proposal: RwSignal<Option<crate::core::url_state::Fix>>,
}

/// The precision offered for a place moved by eye: the least an estimate may claim in this data.
pub const DEFAULT_PRECISION_M: f64 = 100.0;

/// The storage key for the built-in data's changes.
pub const BUILT_IN_KEY: &str = "zhonglou-map.edits.built-in";

impl EditState {
    pub fn new(places: Vec<Place>) -> Self {
        Self {
            on: RwSignal::new(false),
            edits: RwSignal::new(Edits::default()),
            draft: RwSignal::new(None),
            problem: RwSignal::new(None),
            pristine: StoredValue::new(Arc::new(places)),
            key: StoredValue::new(Some(BUILT_IN_KEY.to_string())),
            placement: RwSignal::new((Placement::ByEye, DEFAULT_PRECISION_M, String::new())),
            placement_of: StoredValue::new(None),
            proposal: RwSignal::new(None),
            adding: RwSignal::new(false),
            add_point: RwSignal::new((String::new(), crate::core::datum::Datum::Wgs84)),
        }
    }
}

impl MapState {
    pub fn editing(&self) -> ReadSignal<bool> {
        self.edit.on.read_only()
    }
    pub fn edits(&self) -> ReadSignal<Edits> {
        self.edit.edits.read_only()
    }
    pub fn draft(&self) -> ReadSignal<Option<Draft>> {
        self.edit.draft.read_only()
    }
    pub fn edit_problem(&self) -> ReadSignal<Option<EditProblem>> {
        self.edit.problem.read_only()
    }
    /// How the next kept draft was placed: basis, precision (m) and note.
    pub fn placement(&self) -> ReadSignal<(Placement, f64, String)> {
        self.edit.placement.read_only()
    }
    /// Whether the add-a-place form is open, and its coordinate text and datum.
    pub fn adding(&self) -> ReadSignal<bool> {
        self.edit.adding.read_only()
    }
    /// Opens the add-a-place form (closing the card), or closes it, keeping what was typed.
    pub fn toggle_adding(&self) {
        let open = !self.edit.adding.get_untracked();
        if open {
            self.read(crate::core::reading::Reading::close);
        }
        self.edit.adding.set(open);
    }
    /// Closes the add-a-place form and forgets its coordinates (the place was added, or the form cancelled).
    pub fn done_adding(&self) {
        self.edit.add_point.set((String::new(), crate::core::datum::Datum::Wgs84));
        self.edit.adding.set(false);
    }
    pub fn add_point(&self) -> ReadSignal<(String, crate::core::datum::Datum)> {
        self.edit.add_point.read_only()
    }
    /// The coordinates typed into the add-a-place form.
    pub fn type_add_point(&self, text: String) {
        self.edit.add_point.update(|(typed, _)| *typed = text);
    }
    /// The datum the add-a-place form's coordinates are in.
    pub fn choose_add_datum(&self, datum: crate::core::datum::Datum) {
        self.edit.add_point.update(|(_, chosen)| *chosen = datum);
    }

    /// The map was tapped at a screen point: while the add-a-place form is open, that is where the place goes;
    /// otherwise a tap on a line or area opens it.
    pub fn map_tapped(&self, x: f64, y: f64) {
        let view = self.view.get_untracked();
        let shown = view.from_screen(x, y);
        if !self.edit.on.get_untracked() || !self.edit.adding.get_untracked() {
            let reach_m = SHAPE_REACH_PX * view.metres_per_pixel();
            let cats = self.cats.get_untracked();
            if let Some(place) = self.atlas.with_untracked(|a| a.shape_at(cats, shown, reach_m)) {
                self.open(place);
            }
            return;
        }
        let at = self.atlas.with_untracked(|a| a.datum.to_wgs84(shown));
        self.edit.add_point.set((format!("{:.6}, {:.6}", at.lat, at.lon), crate::core::datum::Datum::Wgs84));
    }

    /// The correction a link proposes, if any.
    pub fn proposal(&self) -> ReadSignal<Option<crate::core::url_state::Fix>> {
        self.edit.proposal.read_only()
    }
    pub(super) fn set_proposal(&self, fix: Option<crate::core::url_state::Fix>) {
        self.edit.proposal.set(fix);
    }
    /// The form that says how a place was placed is for this place: for another place than the last, it starts
    /// afresh (by eye, the default precision, no note).
    pub fn placement_for(&self, place: PlaceId) {
        if self.edit.placement_of.get_value() != Some(place) {
            self.edit.placement_of.set_value(Some(place));
            self.edit.placement.set((Placement::ByEye, DEFAULT_PRECISION_M, String::new()));
        }
    }
    /// How the place being moved was placed (by eye, from a source, surveyed).
    pub fn choose_placement(&self, placement: Placement) {
        self.edit.placement.update(|(chosen, _, _)| *chosen = placement);
    }
    /// How far off the new position may be, in metres.
    pub fn give_precision(&self, precision_m: f64) {
        self.edit.placement.update(|(_, given, _)| *given = precision_m);
    }
    /// The note that goes with the move.
    pub fn write_note(&self, note: String) {
        self.edit.placement.update(|(_, _, written)| *written = note);
    }

    /// Turns edit mode on, or off if it is on (a draft is put back).
    pub fn toggle_editing(&self) {
        let on = !self.edit.on.get_untracked();
        if !on {
            self.put_back();
        }
        self.edit.on.set(on);
    }

    /// The storage key of the data shown, if its changes are kept.
    pub fn edits_key(&self) -> Option<String> {
        self.edit.key.get_value()
    }

    /// The data was (re)loaded: these are its places before any change; saved changes are applied to them.
    pub(super) fn edits_start(&self, places: Vec<Place>, key: Option<String>) {
        self.edit.pristine.set_value(Arc::new(places));
        self.edit.key.set_value(key);
        self.edit.draft.set(None);
        self.edit.edits.set(Edits::default());
        self.restore_saved();
    }

    /// Changes the places as loaded (what changes apply to), when `change` says it changed them.
    pub(super) fn fill_pristine(&self, change: impl FnOnce(&mut [Place]) -> bool) {
        let mut places = self.edit.pristine.get_value().as_ref().clone();
        if change(&mut places) {
            self.edit.pristine.set_value(Arc::new(places));
        }
    }

    /// Keeps this tab's changes in step with another tab's: when it saves changes to the same data, they are
    /// applied here too. What this tab is doing stays: a place being moved stays where it is (kept, it moves
    /// from where the other tab left it), and the forms keep what is typed in them.
    pub fn follow_other_tabs(&self) {
        let state = *self;
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().is_some() && ev.key() == state.edits_key() {
                state.restore_saved();
            }
        });
        on_cleanup(move || handle.remove());
    }

    /// Applies the changes saved for this data: at start, before the first render (the built-in places' card
    /// texts may not be here yet: see `late_texts`), after a load, and when another tab saved.
    pub fn restore_saved(&self) {
        let saved = self.edits_key().and_then(|key| interop::storage_get(&key));
        let changes = match saved.as_deref().map(changes_file::parse) {
            None => Vec::new(),
            Some(Ok(changes)) => changes,
            Some(Err(_)) => return self.edit.problem.set(Some(EditProblem::SavedDoNotApply)),
        };
        let pristine = self.edit.pristine.get_value();
        let mut places = pristine.as_ref().clone();
        let Ok(mut edits) = late_texts::replay(&mut places, changes, Vec::new()) else {
            return self.edit.problem.set(Some(EditProblem::SavedDoNotApply));
        };
        // Changes saved before the built-in places' texts arrived get them now (see `late_texts`).
        if let Some(texts) = self.built_in_texts.get_value().filter(|_| self.data_name.with_untracked(Option::is_none))
        {
            late_texts::fill_recorded(&mut edits, &texts);
        }
        let changed = edits.can_undo();
        self.edit.edits.set(edits);
        if changed || self.atlas.with_untracked(|a| a.places != *pristine) {
            self.show(places);
        }
    }

    /// The built-in places' texts arrived (the places as loaded have them now): the corrections made so far
    /// are made again over them, so that a text corrected here stays and the others fill in; the changes
    /// recorded without the texts get them, and are saved so.
    pub(super) fn corrections_get_texts(&self, texts: &crate::core::places::PlaceTexts) {
        let edits = self.edit.edits.get_untracked();
        let mut places = self.edit.pristine.get_value().as_ref().clone();
        let Ok(mut next) = late_texts::replay(&mut places, edits.done().to_vec(), edits.undone().to_vec()) else {
            // Cannot happen (the same changes applied without the texts); the places keep what they show.
            return;
        };
        late_texts::fill_recorded(&mut next, texts);
        self.show(places);
        if next != edits {
            self.edit.edits.set(next);
            self.save();
        }
    }

    /// Shows the places as the changes left them, with the place being moved (if any) still where it is: found
    /// by its id, since another tab's deletion or addition may have moved it in the list.
    fn show(&self, places: Vec<Place>) {
        if let Some(draft) = self.edit.draft.get_untracked() {
            self.edit.draft.set(draft.follow(&places));
        }
        self.atlas.update(|a| *a = Arc::new(a.with_places(places)));
    }

    fn save(&self) {
        let Some(key) = self.edits_key() else { return };
        let done = self.edit.edits.with_untracked(|e| e.done().to_vec());
        let saved = if done.is_empty() {
            interop::storage_remove(&key);
            true
        } else {
            interop::storage_try_set(&key, &changes_file::to_geojson(&done, &interop::today()))
        };
        self.edit.problem.set((!saved).then_some(EditProblem::NotSaved));
    }

    /// Runs an edit on the places and the list of changes; the atlas is redrawn and the changes saved.
    pub(super) fn with_edits<T>(&self, f: impl FnOnce(&mut Edits, &mut Vec<Place>) -> T) -> T {
        // Changes are to the file's own names, whatever label the places are shown by.
        let mut places = self.atlas.with_untracked(|a| a.places_as_named().into_owned());
        let mut edits = self.edit.edits.get_untracked();
        let out = f(&mut edits, &mut places);
        // Screen readers hear the count change with every edit, undo and redo.
        self.announce(crate::core::phrases::changes_count(self.lang.get_untracked(), edits.pending().len()));
        self.edit.edits.set(edits);
        self.atlas.update(|a| *a = Arc::new(a.with_places(places)));
        self.save();
        out
    }

    /// Makes a change; a change that cannot be made says why and changes nothing.
    pub fn make_change(&self, change: Change) -> bool {
        let result = self.with_edits(|edits, places| edits.make(places, change));
        if let Err(e) = result {
            self.edit.problem.set(Some(EditProblem::Change(e)));
            return false;
        }
        true
    }

    pub fn undo(&self) {
        self.put_back();
        self.with_edits(|edits, places| edits.undo(places).map(|_| ()));
    }

    pub fn redo(&self) {
        self.put_back();
        self.with_edits(|edits, places| edits.redo(places).map(|_| ()));
    }

    /// Reverts every change to one place.
    pub fn revert(&self, id: &str) {
        self.put_back();
        self.with_edits(|edits, places| edits.revert(places, id));
    }

    /// Moves the draft of a place (starting one if needed, putting back another place's) to a WGS-84
    /// position; its marker follows, and nothing else is drawn again.
    pub fn move_draft(&self, place: PlaceId, to: LonLat) {
        let draft = self.atlas.with_untracked(|a| Draft::moved(place, &a.places, to));
        self.edit.draft.set(draft);
    }

    /// Moves the draft by metres east and north (arrow keys: 10 m, with Shift 100 m).
    pub fn nudge_draft(&self, place: PlaceId, east_m: f64, north_m: f64) {
        let draft = self.edit.draft.with_untracked(|current| {
            self.atlas.with_untracked(|a| Draft::nudged(current.as_ref(), place, &a.places, east_m, north_m))
        });
        self.edit.draft.set(draft);
    }

    /// Keeps the draft, placed as the form last said.
    pub fn keep_draft_as_said(&self) -> bool {
        let (placement, precision_m, note) = self.edit.placement.get_untracked();
        self.keep_draft(placement, precision_m, &note)
    }

    /// Keeps the draft: the place moves there for good, recorded with how it was placed.
    pub fn keep_draft(&self, placement: Placement, precision_m: f64, note: &str) -> bool {
        let Some(draft) = self.edit.draft.get_untracked() else { return false };
        let position = placement.position(precision_m, note, &interop::today());
        let Some(change) = self.atlas.with_untracked(|a| draft.keep(&a.places, position)) else { return false };
        self.put_back();
        self.make_change(change)
    }

    /// Puts a draft back where the place was (its marker goes back; nothing else moved).
    pub fn put_back(&self) {
        if self.edit.draft.with_untracked(Option::is_some) {
            self.edit.draft.set(None);
        }
    }

    pub(super) fn set_edit_problem(&self, problem: EditProblem) {
        self.edit.problem.set(Some(problem));
    }

    pub fn dismiss_edit_problem(&self) {
        self.edit.problem.set(None);
    }

    /// Where a place is without its draft (WGS-84): the places never hold a draft.
    pub fn place_origin(&self, place: PlaceId) -> Option<LonLat> {
        self.atlas.with_untracked(|a| a.place(place).map(|p| p.at))
    }
}
