//! Where the data shown comes from and how its loading goes (core::loading::Source): a user's data linked or
//! opened, read a slice at a time, then loaded or failed.

use zhonglou_map::core::loading::Source;
use zhonglou_map::core::problems::{DataProblem, FetchError};

const ADDRESS: &str = "https://example.org/walks.geojson";

/// Data from a link, shown under its own name.
fn shown_from_link() -> Source {
    Source::default().linked(ADDRESS.into()).reading(10, 10).loaded(Some("Walks".into()))
}

fn not_found() -> DataProblem {
    DataProblem::Fetch { address: ADDRESS.into(), error: FetchError::Status(404) }
}

#[test]
fn the_built_in_map_has_no_address_name_progress_or_problem() {
    let built_in = Source::default();
    assert_eq!((built_in.url, built_in.name, built_in.progress, built_in.problem), (None, None, None, None));
    assert_eq!(Source::default().edits_key(), None);
}

#[test]
fn a_linked_file_is_named_by_its_address_from_the_start_and_shows_progress() {
    let linked = Source::default().linked(ADDRESS.into());
    assert_eq!(linked.url.as_deref(), Some(ADDRESS));
    assert_eq!(linked.progress, Some((0, 0)));
    assert_eq!(linked.name, None, "no name until the file says it");
    assert_eq!(linked.clone().reading(4200, 10_000).progress, Some((4200, 10_000)));
}

#[test]
fn a_loaded_file_takes_its_name_and_clears_progress_and_an_earlier_problem() {
    let failed_before = Source::default().linked(ADDRESS.into()).failed(not_found(), true);
    let loaded = failed_before.linked(ADDRESS.into()).reading(10, 10).loaded(Some("Walks".into()));
    assert_eq!(loaded.name.as_deref(), Some("Walks"));
    assert_eq!(loaded.progress, None);
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.url.as_deref(), Some(ADDRESS), "links the map writes keep the data's address");
}

#[test]
fn corrections_are_kept_under_a_linked_files_address_and_not_for_an_opened_file() {
    assert_eq!(
        shown_from_link().edits_key().as_deref(),
        Some("zhonglou-map.edits.data:https://example.org/walks.geojson")
    );
    let opened = shown_from_link().opened().loaded(Some("mine.geojson".into()));
    assert_eq!(opened.url, None, "an opened file has no address for links");
    assert_eq!(opened.edits_key(), None);
}

#[test]
fn a_file_that_fails_leaves_the_places_shown_with_their_name() {
    let failed = shown_from_link().opened().failed(DataProblem::Unreadable, false);
    assert_eq!(failed.problem, Some(DataProblem::Unreadable));
    assert_eq!(failed.name.as_deref(), Some("Walks"), "the places shown are still those data's");
    assert_eq!(failed.progress, None);
}

#[test]
fn a_file_that_fails_with_nothing_shown_brings_back_the_built_in_map_without_a_name() {
    let failed = Source::default().linked(ADDRESS.into()).failed(not_found(), true);
    assert_eq!(failed.name, None);
    assert_eq!(failed.problem, Some(not_found()));
    assert_eq!(failed.progress, None, "the progress bar goes");
}
