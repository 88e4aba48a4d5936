//! The page's link, both ways: what the state says as a link, and a link (or Back and Forward) merged into the
//! state; plus the effects that keep the address bar in step.

use super::MapState;
use crate::core::embed::{self, EmbedSize};
use crate::core::geo::{unproject, Viewport};
use crate::core::link_merge;
use crate::core::problems::LinkProblem;
use crate::core::url_state::{BaseKind, UrlState, ViewParam};
use crate::interop;
use leptos::prelude::*;
use std::time::Duration;

/// How long the view must be still before the address bar is rewritten with it.
const URL_SETTLE: Duration = Duration::from_millis(300);

impl MapState {
    /// What a link to the current state says (tracks place, categories and language; the view only if moved).
    pub fn url_state(&self) -> UrlState {
        let place = self.open.get().and_then(|p| self.atlas.with_untracked(|a| a.place(p).map(|p| p.id.clone())));
        let lang = self.lang.get();
        let view = self.moved.get_untracked().then(|| {
            let v = self.view.get_untracked();
            ViewParam { zoom: v.zoom, center: unproject(v.center) }
        });
        let base = Some(self.base.get()).filter(|b| *b != BaseKind::Schematic);
        UrlState {
            place,
            cats: Some(self.cats.get()),
            lang: (lang != self.browser_lang).then_some(lang),
            view,
            base,
            data: self.data_url.get(),
            fix: self.proposal().get(),
            embed: self.embedded.get_untracked(),
            tour: self.tour.get(),
            by: self.grouping_field(),
            label: self.naming_field(),
        }
    }

    /// The address of the compact map showing what is on screen now: this view, these categories and this
    /// language (said outright, whatever the visitor's browser speaks), and the open place, for another page's
    /// `<iframe>`.
    pub fn embed_link(&self, size: EmbedSize) -> String {
        // The first view as it is needs no view: the framed map fits it to its own size.
        let view = self.moved.get_untracked().then(|| {
            let v = self
                .atlas
                .with_untracked(|a| embed::framed_view(a, self.cats.get_untracked(), &self.view.get_untracked(), size));
            ViewParam { zoom: v.zoom, center: unproject(v.center) }
        });
        let url = UrlState {
            view,
            lang: Some(self.lang.get_untracked()),
            embed: true,
            tour: None,
            ..untrack(|| self.url_state())
        };
        format!("{}{}", interop::location_base(), url.to_query())
    }

    /// The full map at what the compact one shows (its link without `embed`).
    pub fn full_map_link(&self) -> String {
        let url = UrlState { embed: false, ..self.url_state() };
        format!("{}{}", interop::location_base(), url.to_query())
    }

    /// Shows what a link says; returns what in it could not be used.
    pub fn apply_link(&self, url: &UrlState) -> Vec<LinkProblem> {
        // The grouping first: the link's categories are the grouped ones; and the names the link's search and
        // place may be by.
        let mut grouping = Vec::new();
        if url.by != untrack(|| self.grouping_field()) && !self.group_places_by(url.by.as_deref()) {
            grouping.extend(url.by.clone().map(|f| LinkProblem::UnknownField("by", f)));
        }
        if url.label != untrack(|| self.naming_field()) && !self.name_places_by(url.label.as_deref()) {
            grouping.extend(url.label.clone().map(|f| LinkProblem::UnknownField("label", f)));
        }
        let merged = self.atlas.with_untracked(|a| link_merge::merge(url, a, self.browser_lang));
        // Framed by another page (`?embed`): the compact layout, and the links it writes keep saying so.
        self.embedded.set(url.embed);
        self.lang.set(merged.lang);
        if let Some(view) = merged.view {
            let current = self.view.get_untracked();
            let floor = self.zoom_floor();
            self.look(self.camera().jump(Viewport::new(view.center, view.zoom, current.width, current.height), floor));
        }
        self.choose_base(merged.base);
        self.read(|r| r.show(merged.cats, self.category_of()));
        // A proposed correction opens its place, with the proposal drawn beside it.
        let fix = url.fix.clone().filter(|f| self.atlas.with_untracked(|a| a.find(&f.id).is_some()));
        let fix_place = fix.as_ref().and_then(|f| self.atlas.with_untracked(|a| a.find(&f.id)));
        self.set_proposal(fix.clone());
        let mut problems = merged.problems;
        problems.extend(grouping);
        if let (Some(f), None) = (&url.fix, &fix) {
            problems.push(LinkProblem::UnknownPlace(f.id.clone()));
        }
        match merged.place.or(fix_place) {
            Some(place) if merged.zoom_to_place || (merged.place.is_none() && url.view.is_none()) => {
                self.show_place(place)
            }
            Some(place) => self.read(|r| r.open(place)),
            None => self.read(crate::core::reading::Reading::close),
        }
        // A tour's step (fetched first if need be); a link without one ends a tour under way.
        match &url.tour {
            Some(at) if self.tour.get_untracked().as_ref() != Some(at) => self.go_tour(Some(at.clone())),
            Some(_) => {}
            None => self.tour.set(None),
        }
        problems
    }

    /// Adds to what the page's link could not use.
    pub fn link_problems_found(&self, problems: Vec<LinkProblem>) {
        if !problems.is_empty() {
            self.link_problems.update(|p| p.extend(problems));
        }
    }
}

/// Keeps the address bar in step with the map: opening a place, filtering or switching language adds a history
/// entry; panning and zooming rewrite the current one once the movement settles; Back and Forward show the
/// state they return to.
pub fn sync_url(state: MapState) {
    Effect::new(move |previous: Option<()>| {
        // Runs when what the address says changes; writes it once the frame that shows the change is painted: a
        // new history entry makes the browser work out the page's styles again, which would otherwise hold that
        // frame back (8-9 ms of a category toggle in large data).
        // The first run only tidies the address the page was opened with, at once.
        let _tracked = state.url_state();
        if previous.is_none() {
            return write_address(state, false);
        }
        request_animation_frame(move || set_timeout(move || write_address(state, true), Duration::ZERO));
    });
    super::when_view_still(
        state,
        || Some(URL_SETTLE),
        // A change still to be written is written here as its new entry, if it comes first.
        move |_| write_address(state, true),
    );
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        let (url, _) = UrlState::parse(&interop::location_query());
        state.apply_link(&url);
    });
    on_cleanup(move || popstate.remove());
}

/// Writes the state's address as it is now; with `entry`, as a new history entry when more than the view changed
/// since the address the page shows.
fn write_address(state: MapState, entry: bool) {
    let url = untrack(|| state.url_state());
    let (current, _) = UrlState::parse(&interop::location_query());
    let push = entry && current.without_view().to_query() != url.without_view().to_query();
    interop::set_query(&url.to_query(), push);
}
