//! Replacing the data with a user's file or `?data=` link, a slice at a time with progress. The steps, what
//! happens at the end and the data's source (`core::loading::Source`, a plain model applied whole through
//! [`MapState::change_source`]) are `core::loading`'s; this applies them and lets the browser paint between
//! slices.

use super::MapState;
use crate::core::loading::{self, DataLoad, Source};
use crate::core::phrases;
use crate::core::problems::DataProblem;
use crate::core::url_state::UrlState;
use crate::interop;
use leptos::prelude::*;
use std::sync::Arc;

impl MapState {
    /// What the data shown is called, while it is a user's: its own name or title, or its file's name.
    pub fn data_name(&self) -> ReadSignal<Option<String>> {
        self.data_name.read_only()
    }

    /// Groups a user's places by one of their fields (`None`: no grouping), every category ticked; `false` when
    /// no place has the field.
    pub fn group_places_by(&self, field: Option<&str>) -> bool {
        let Some(next) = self.atlas.with_untracked(|a| a.regrouped(field)) else { return false };
        self.atlas.set(Arc::new(next));
        self.show_all();
        true
    }

    /// Names a user's places by one of their fields (`None`: their usual names); `false` when no place has it.
    pub fn name_places_by(&self, field: Option<&str>) -> bool {
        let Some(next) = self.atlas.with_untracked(|a| a.renamed(field)) else { return false };
        self.atlas.set(Arc::new(next));
        true
    }

    /// The field the places are named by, if the user chose one.
    pub fn naming_field(&self) -> Option<String> {
        self.atlas.with(|a| a.naming_field.clone())
    }

    /// The field the places are grouped by, if they are.
    pub fn grouping_field(&self) -> Option<String> {
        self.atlas.with(|a| a.groups.as_ref().map(|g| g.field.clone()))
    }

    /// Where the data shown comes from and how its loading goes, now.
    pub(super) fn source(&self) -> Source {
        Source {
            url: self.data_url.get_untracked(),
            name: self.data_name.get_untracked(),
            progress: self.loading.get_untracked(),
            problem: self.data_problem.get_untracked(),
        }
    }

    /// Applies a transition of the data's source (`self.source()` changed by one of its transitions); each part is
    /// written only if it changed, so that what shows the name, or writes links with the address, does not run
    /// again at each slice read. (Not generic over the transition: one copy in the wasm.)
    pub(super) fn change_source(&self, next: Source) {
        let now = self.source();
        if next.url != now.url {
            self.data_url.set(next.url);
        }
        if next.name != now.name {
            self.data_name.set(next.name);
        }
        if next.progress != now.progress {
            self.loading.set(next.progress);
        }
        if next.problem != now.problem {
            self.data_problem.set(next.problem);
        }
    }

    /// A `?data=` link's file is on its way (its fetch started): links the map writes keep its address.
    pub fn data_linked(&self, address: String) {
        self.change_source(self.source().linked(address));
    }

    /// New data (called `name`) replaces the places: no card open, every category ticked, the view at the
    /// data's home.
    fn data_loaded(&self, atlas: crate::core::atlas::Atlas, name: Option<String>) {
        let count = atlas.places.len();
        let key = self.source().edits_key();
        let places = atlas.places.clone();
        self.read(|_| crate::core::reading::Reading::FRESH);
        self.change_source(self.source().loaded(name));
        self.atlas.set(Arc::new(atlas));
        // A user's file carries its own texts.
        self.texts.set(super::Texts::Here);
        self.edits_start(places, key);
        self.reset_view();
        self.announce(phrases::showing_places(self.lang.get_untracked(), count));
    }

    /// Data could not be used: the places stay (or the built-in ones come back when none are shown), and the
    /// notice says why.
    pub fn data_failed(&self, problem: DataProblem) {
        let restored = self.atlas.with_untracked(|a| loading::after_failure(a, crate::data::FIRST_VIEW));
        self.change_source(self.source().failed(problem, restored.is_some()));
        if let Some(atlas) = restored {
            // With their texts when they were fetched before (a card opened fetches them otherwise).
            let mut places = atlas.places.clone();
            let texts = self.built_in_texts.get_value();
            let atlas = match &texts {
                Some(texts) if texts.fill(&mut places) => atlas.with_places(places.clone()),
                _ => atlas,
            };
            self.atlas.set(Arc::new(atlas));
            self.texts.set(if texts.is_some() { super::Texts::Here } else { super::Texts::Later });
            self.edits_start(places, Some(super::BUILT_IN_KEY.to_string()));
            self.reset_view();
        }
    }
}

/// Replaces the places with those of a GeoJSON text. A file that cannot be used leaves the current places and
/// says why; bad features are skipped and listed.
pub async fn load_text(state: MapState, text: String, named: Option<String>) {
    state.change_source(state.source().reading(0, 0));
    interop::yield_now().await;
    let mut load = match DataLoad::start(&text) {
        Ok(load) => load,
        Err(problem) => return state.data_failed(problem),
    };
    // What the header calls the data: the collection's own name or title, else its file's name.
    let name = load.name().map(str::to_string).or(named);
    drop(text);
    let mut previewed = false;
    while load.step() {
        // A large file's first slice is drawn at once, where the view is, while the rest is read.
        if !previewed {
            previewed = true;
            let preview = state.atlas.with_untracked(|current| load.preview(current));
            state.atlas.set(Arc::new(preview));
        }
        let (done, total) = load.progress();
        state.change_source(state.source().reading(done, total));
        interop::yield_now().await;
    }
    let atlas = state.atlas.with_untracked(|current| load.finish(current));
    state.data_loaded(atlas, name);
}

/// A file's name from its address: the last part of its path.
fn file_name(address: &str) -> Option<String> {
    let path = address.split(['?', '#']).next()?;
    path.rsplit('/').next().filter(|n| !n.trim().is_empty()).map(crate::core::url_state::decode)
}

/// Loads the file a `?data=` link names, whose fetch has already started, then shows what the rest of the link
/// asks for (its place may be one of these places). If the file cannot be used, the built-in places are shown.
pub async fn load_url(state: MapState, address: String, fetch: Option<js_sys::Promise>, link: UrlState) {
    match interop::fetched_text(fetch).await {
        Ok(text) => load_text(state, text, file_name(&address)).await,
        Err(error) => state.data_failed(DataProblem::Fetch { address, error }),
    }
    let problems = state.apply_link(&link);
    state.link_problems_found(problems);
}

/// Loads a file the user chose or dropped.
pub fn load_file(state: MapState, file: Option<web_sys::File>) {
    let Some(file) = file else { return };
    state.change_source(state.source().opened());
    let name = Some(file.name()).filter(|n| !n.trim().is_empty());
    leptos::task::spawn_local(async move {
        match interop::read_file(file).await {
            Ok(text) => load_text(state, text, name).await,
            Err(()) => state.data_failed(DataProblem::Unreadable),
        }
    });
}
