//! Loading a user's data (a `?data=` link, a chosen or dropped file) a slice at a time, and what happens at
//! the end: usable data replaces the places; a file that cannot be used leaves the current places, or, when
//! there are none (a `?data=` link draws no built-in places while its file is on its way), brings the built-in
//! places back. [`Source`] is the plain model of where the data shown comes from and how its loading goes.

use super::atlas::Atlas;
use super::places::{self, Loader};
use super::problems::DataProblem;

/// Features converted between two paints while a file loads.
pub const FEATURES_PER_SLICE: usize = 4000;

/// Features converted first: a large file's first slice is drawn at once (`DataLoad::preview`) while the rest
/// is read, so it is small.
pub const FIRST_SLICE: usize = 200;

/// A file being loaded.
#[derive(Debug)]
pub struct DataLoad {
    loader: Loader,
}

impl DataLoad {
    /// Parses a file's text; a text that is not a FeatureCollection is a problem at once.
    pub fn start(text: &str) -> Result<DataLoad, DataProblem> {
        Loader::new(text).map(|loader| DataLoad { loader }).map_err(DataProblem::Unusable)
    }

    /// The collection's own name or title, if it gives one.
    pub fn name(&self) -> Option<&str> {
        self.loader.name.as_deref()
    }

    /// Features converted so far and in all, for the progress bar.
    pub fn progress(&self) -> (usize, usize) {
        (self.loader.done(), self.loader.total())
    }

    /// Converts the next slice; returns whether any features are left.
    pub fn step(&mut self) -> bool {
        self.loader.step(if self.loader.done() == 0 { FIRST_SLICE } else { FEATURES_PER_SLICE })
    }

    /// The places converted so far in place of the current ones: what a large file shows while the rest is read
    /// (the view stays where it is until `finish`).
    pub fn preview(&self, current: &Atlas) -> Atlas {
        current.replaced_by(self.loader.so_far())
    }

    /// The loaded places in place of the current ones (converting what is left first).
    pub fn finish(mut self, current: &Atlas) -> Atlas {
        while self.step() {}
        current.replaced_by(self.loader.finish())
    }
}

/// The data to show after a load failed: the built-in places when nothing is shown, otherwise what is shown.
pub fn after_failure(current: &Atlas, built_in: &str) -> Option<Atlas> {
    current.places.is_empty().then(|| current.restored_to(places::load(built_in).unwrap_or_default()))
}

/// Where the data shown comes from and how its loading goes: the plain model the page's loading state holds.
/// Each transition is a step a user's data goes through: linked or opened, read a slice at a time, then loaded
/// or failed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Source {
    /// The address of the data, when it came from a `?data=` link (the links the map writes keep it).
    pub url: Option<String>,
    /// What a user's data is called (its own name or title, or its file's name); `None` for the built-in map.
    pub name: Option<String>,
    /// Features read so far and in all, while a file is being read.
    pub progress: Option<(usize, usize)>,
    /// Why the last data could not be used at all, if so.
    pub problem: Option<DataProblem>,
}

impl Source {
    /// A `?data=` link's file is on its way: the links the map writes name its address from now on.
    pub fn linked(self, url: String) -> Source {
        Source { url: Some(url), progress: Some((0, 0)), ..self }
    }

    /// The user chose or dropped a file: it has no address for links.
    pub fn opened(self) -> Source {
        Source { url: None, progress: Some((0, 0)), ..self }
    }

    /// A slice more has been read.
    pub fn reading(self, done: usize, total: usize) -> Source {
        Source { progress: Some((done, total)), ..self }
    }

    /// The file is in and shown, under the name it gives or its file's.
    pub fn loaded(self, name: Option<String>) -> Source {
        Source { name, progress: None, problem: None, ..self }
    }

    /// The file could not be used. The places shown stay with their name, unless the built-in places came back
    /// (`built_in`), which have none.
    pub fn failed(self, problem: DataProblem, built_in: bool) -> Source {
        let name = if built_in { None } else { self.name };
        Source { name, progress: None, problem: Some(problem), ..self }
    }

    /// Where the corrections to this data are kept: a linked file's under its address; an opened file's nowhere.
    pub fn edits_key(&self) -> Option<String> {
        self.url.as_ref().map(|url| format!("zhonglou-map.edits.data:{url}"))
    }
}
