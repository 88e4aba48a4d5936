//! What Escape does, decided once for the whole page: the innermost of what is open or under way gives way,
//! and the keyboard's focus goes back to what opened it. One listener for the page asks this rule, so that the
//! answer does not depend on the order in which listeners run.

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

/// The header buttons that open what an Escape closes (their element ids).
pub const EMBED_BUTTON: &str = "embed-button";
pub const TOUR_BUTTON: &str = "tour-button";
pub const ABOUT_BUTTON: &str = "about-button";

/// Where the keyboard's focus goes once an Escape has done its part, so that the next Tab goes on from there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusBack {
    /// It stays where it is: on the marker being moved, which is put back.
    Stays,
    /// The marker of the place whose card closed (or the cluster that now holds it).
    PlaceMarker,
    /// The button that opened what closed (an element id).
    Button(&'static str),
}

impl Escape {
    /// Where the focus goes after this Escape: back to what opened what closed.
    pub fn focus_back(self) -> FocusBack {
        match self {
            Escape::CloseDialog => FocusBack::Button(EMBED_BUTTON),
            Escape::PutBack => FocusBack::Stays,
            Escape::EndTour => FocusBack::Button(TOUR_BUTTON),
            Escape::CloseCard => FocusBack::PlaceMarker,
            Escape::CloseAbout => FocusBack::Button(ABOUT_BUTTON),
        }
    }
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
