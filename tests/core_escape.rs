//! What Escape does (core::escape): one answer for the whole page, the innermost layer first, and where the
//! focus goes after it.

use zhonglou_map::core::escape::{Escape, FocusBack, Layers, ABOUT_BUTTON, EMBED_BUTTON, TOUR_BUTTON};

#[test]
fn nothing_open_nothing_to_do() {
    assert_eq!(Layers::default().escape(), None);
}

#[test]
fn each_layer_alone_is_what_escape_closes() {
    let alone = [
        (Layers { dialog: true, ..Layers::default() }, Escape::CloseDialog),
        (Layers { draft: true, ..Layers::default() }, Escape::PutBack),
        (Layers { tour: true, ..Layers::default() }, Escape::EndTour),
        (Layers { card: true, ..Layers::default() }, Escape::CloseCard),
        (Layers { about: true, ..Layers::default() }, Escape::CloseAbout),
    ];
    for (layers, escape) in alone {
        assert_eq!(layers.escape(), Some(escape), "{layers:?}");
    }
}

#[test]
fn the_innermost_layer_gives_way_first_and_one_escape_does_one_thing() {
    let all = Layers { dialog: true, draft: true, tour: true, card: true, about: true };
    assert_eq!(all.escape(), Some(Escape::CloseDialog));
    // A place being moved is put back before its card closes or the tour ends.
    assert_eq!(Layers { dialog: false, ..all }.escape(), Some(Escape::PutBack));
    // During a tour its card stays: Escape ends the tour.
    assert_eq!(Layers { card: true, tour: true, ..Layers::default() }.escape(), Some(Escape::EndTour));
    assert_eq!(Layers { card: true, about: true, ..Layers::default() }.escape(), Some(Escape::CloseCard));
}

#[test]
fn the_focus_goes_back_to_what_opened_what_closed() {
    assert_eq!(Escape::CloseDialog.focus_back(), FocusBack::Button(EMBED_BUTTON));
    assert_eq!(Escape::EndTour.focus_back(), FocusBack::Button(TOUR_BUTTON));
    assert_eq!(Escape::CloseAbout.focus_back(), FocusBack::Button(ABOUT_BUTTON));
    assert_eq!(Escape::CloseCard.focus_back(), FocusBack::PlaceMarker);
    // The marker being moved is put back and keeps the focus: the next arrow key moves it again.
    assert_eq!(Escape::PutBack.focus_back(), FocusBack::Stays);
}
