//! What Escape does, decided once for the whole page: the innermost of what is open or under way gives way.
//! Each part of the page that can take an Escape asks this rule whether this one is its own, so that the answer
//! does not depend on the order in which their listeners run.

/// What is open or under way when Escape is pressed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Layers {
    /// The embed dialog.
    pub dialog: bool,
    /// A place being moved in edit mode, not yet kept.
    pub draft: bool,
    /// A guided tour.
    pub tour: bool,
    /// A place's card.
    pub card: bool,
    /// The panel about the district.
    pub about: bool,
}

/// What one Escape does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Escape {
    CloseDialog,
    /// Puts the place being moved back where it was.
    PutBack,
    /// Ends the tour; its card stays with the place it showed.
    EndTour,
    CloseCard,
    CloseAbout,
}

impl Layers {
    /// The one thing this Escape does, if anything is open: the dialog on top of the page first, then a move
    /// under way (before anything closes), the tour, the card, the about panel.
    pub fn escape(self) -> Option<Escape> {
        [
            (self.dialog, Escape::CloseDialog),
            (self.draft, Escape::PutBack),
            (self.tour, Escape::EndTour),
            (self.card, Escape::CloseCard),
            (self.about, Escape::CloseAbout),
        ]
        .into_iter()
        .find_map(|(open, escape)| open.then_some(escape))
    }
}
