//! Guided tours: the tours file fetched on first use, a tour's steps shown (the map glides to them, or jumps
//! when the user prefers less motion), and leaving a tour with the map left where it is.

use super::MapState;
use crate::core::atlas::fit_insets;
use crate::core::geo::{Bounds, Viewport};
use crate::core::i18n::Text;
use crate::core::ids::PlaceId;
use crate::core::places::Section;
use crate::core::problems::LinkProblem;
use crate::core::tour::{step_count, Step, Tour, TourAt, Tours};
use crate::interop;
use leptos::prelude::*;
use std::sync::Arc;

/// A stop is shown at least this close (a few streets across).
const STOP_ZOOM: f64 = 15.0;

impl MapState {
    /// The tour being walked, and its step.
    pub fn tour(&self) -> ReadSignal<Option<TourAt>> {
        self.tour.read_only()
    }

    /// The tours, once fetched.
    pub fn tours(&self) -> ReadSignal<Option<Arc<Tours>>> {
        self.tours.read_only()
    }

    /// Whether the data shown has places from the article (the tours walk them).
    pub fn has_tours(&self) -> bool {
        self.atlas.with(|a| Section::ALL.into_iter().any(|s| a.in_section(s).next().is_some()))
    }

    /// The tour being walked, with only the stops the data shown has.
    pub fn current_tour(&self) -> Option<Tour> {
        let at = self.tour.get()?;
        let tours = self.tours.get()?;
        let tour = tours.get(&at.key)?;
        Some(self.atlas.with(|a| tour.within(|id| a.find(id).is_some())))
    }

    /// Starts a tour at a step (the first tour when `None`), or moves to another step; the tours are fetched
    /// first if need be. A tour the map does not have, or tours that cannot be fetched, become a notice.
    pub fn go_tour(&self, at: Option<TourAt>) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let Some(tours) = state.load_tours().await else {
                state.link_problems_found(vec![LinkProblem::ToursUnavailable]);
                return;
            };
            let at = at.or_else(|| tours.all().first().map(|t| TourAt::start(&t.key)));
            let Some(at) = at else { return };
            let tour = tours.get(&at.key).map(|t| state.atlas.with_untracked(|a| t.within(|id| a.find(id).is_some())));
            match tour.filter(|t| !t.stops.is_empty()) {
                Some(tour) => state.show_step(&tour, tour.clamp(at.step)),
                None => state.link_problems_found(vec![LinkProblem::UnknownTour(at.key)]),
            }
        });
    }

    /// The next (`1`) or previous (`-1`) step of the tour being walked; nothing past either end.
    pub fn tour_step(&self, delta: isize) {
        let Some(at) = self.tour.get_untracked() else { return };
        let Some(tour) = untrack(|| self.current_tour()) else { return };
        let step = tour.moved(at.step, delta);
        if step != at.step {
            self.show_step(&tour, step);
        }
    }

    /// Leaves the tour; the map, and any card open, stay as they are.
    pub fn leave_tour(&self) {
        if self.tour.get_untracked().is_some() {
            self.stop_glide();
            self.tour.set(None);
            self.announce(Text::TourEnded.get(self.lang.get_untracked()));
        }
    }

    async fn load_tours(self) -> Option<Arc<Tours>> {
        if let Some(tours) = self.tours.get_untracked() {
            return Some(tours);
        }
        let text = interop::fetched_text(interop::start_fetch(crate::data::TOURS)).await.ok()?;
        let tours = Arc::new(Tours::parse(&text).ok()?);
        self.tours.set(Some(tours.clone()));
        Some(tours)
    }

    /// Shows a step: step 1 fits every stop; a stop is brought into view with its card open. Every category
    /// the tour visits is ticked (what the reader sees is `Tour::reading_at`'s).
    fn show_step(&self, tour: &Tour, step: usize) {
        let lang = self.lang.get_untracked();
        let atlas = self.atlas.get_untracked();
        let places: Vec<_> = tour.places().filter_map(|id| atlas.find(id)).collect();
        let find = |id: &str| atlas.find(id).and_then(|p| Some((p, atlas.place(p)?.category)));
        self.read(|r| tour.reading_at(step, r, find));
        let cats = self.reading().categories;
        // The whole tour, fitted to the map's size once the step has been drawn (see `glide_to`).
        let bounds = Bounds::around(places.iter().map(|p| atlas.shown_at(*p)));
        let current = self.view.get_untracked();
        let overview = move |width: f64, height: f64| match bounds {
            Some(b) => Viewport::fit(b, width, height, fit_insets(width)),
            None => Viewport { width, height, ..current },
        };
        self.tour.set(Some(TourAt { key: tour.key.clone(), step }));
        let title = match tour.step(step) {
            Step::Overview => {
                self.glide_to(overview, None);
                tour.title.get(lang).to_string()
            }
            Step::Stop(stop) => match atlas.find(&stop.place) {
                Some(place) => {
                    let name = atlas.place(place).map(|p| p.name.get(lang).to_string()).unwrap_or_default();
                    // Close enough for the place to have a marker of its own, and at least a few streets across.
                    let aim = move |width: f64, height: f64| {
                        let overview = overview(width, height);
                        let zoom = atlas.zoom_to_single_out(place, cats, &overview).max(STOP_ZOOM);
                        Viewport { zoom, ..overview.centred_on(atlas.shown_at(place)) }
                    };
                    self.glide_to(aim, Some(place));
                    name
                }
                None => String::new(),
            },
        };
        self.announce(format!("{title}. {}", step_count(lang, step, tour.steps())));
    }

    /// Moves the map to the view `aim` gives for the map's size, gliding there unless the user prefers less
    /// motion (then it jumps). A stop (`place`) ends up in the middle of the part of the map its card leaves
    /// free. The view is worked out once the page has drawn what the step changed: the card is there to
    /// measure, and the panels around the map have their new sizes.
    fn glide_to(&self, aim: impl FnOnce(f64, f64) -> Viewport + 'static, place: Option<PlaceId>) {
        let glide = self.stop_glide();
        self.look(self.camera().set_off());
        let state = *self;
        leptos::task::spawn_local(async move {
            // A gesture or another step meanwhile wins.
            if state.glide.get_value() != glide {
                return;
            }
            // The map's size now: the step may have changed the panels around it.
            let from = state.view.get_untracked();
            let (width, height) = interop::map_size().unwrap_or((from.width, from.height));
            let from = Viewport { width, height, ..from };
            let target = aim(width, height);
            let to = match place.zip(interop::area_beside_card()) {
                Some((place, free)) => target.centred_in(state.atlas.with_untracked(|a| a.shown_at(place)), free),
                None => target,
            };
            let centre = (width / 2.0, height / 2.0);
            let back = to.as_seen_from(&from);
            // Whichever drawing is zoomed further out is the one that moves (so only ever enlarged): zooming out,
            // the new one glides into place; zooming in, the old one glides until it looks like the new view,
            // which then takes its place.
            if back.2 >= 1.0 {
                state.look(state.camera().arrive(to));
                interop::glide_into_place(back, centre);
                return;
            }
            let arrived = interop::glide_forward(from.as_seen_from(&to), centre).await;
            if state.glide.get_value() == glide {
                let size = state.view.get_untracked();
                state.look(state.camera().arrive(Viewport { width: size.width, height: size.height, ..to }));
            }
            if let Some(finish) = arrived {
                finish();
            }
        });
    }

    /// Stops any glide under way; returns the number of the next one.
    pub(super) fn stop_glide(&self) -> u64 {
        self.glide.update_value(|g| *g += 1);
        self.glide.get_value()
    }
}
