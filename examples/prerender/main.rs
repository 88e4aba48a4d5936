//! The first view rendered at build time (Trunk's pre_build hook runs this before it reads index.html): the
//! app's own components, built natively with Leptos' server renderer, drawn as the live app first draws them
//! with the built-in places in Simplified Chinese, its map once for a phone-wide window and once for a wide one
//! (the stylesheet shows the one that fits: `.first-view`), and each place's brief card (`brief`). The live
//! app removes it and takes over (src/app.rs).
//! Each built-in place gets the same with its card open, for its own page (`/place/<id>/`, written by
//! scripts/post-build.mjs).
//!   cargo run --features prerender --example prerender -- <out directory>
//! writes <out>/first-view.html, <out>/places/<id>.html, <out>/places.json (each place's id, title and
//! description, for its page's head and the sitemap) and <out>/style.css (the stylesheet the page inlines,
//! without its comments).

mod brief;
mod no_script;

use leptos::prelude::*;
use no_script::{Cluster, Member};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use zhonglou_map::app::MapApp;
use zhonglou_map::core::i18n::{Lang, Text};
use zhonglou_map::core::places::{Category, Place};
use zhonglou_map::core::takeover::{self, NARROW_MAP, WIDE_MAP};
use zhonglou_map::core::url_state::UrlState;
use zhonglou_map::state::MapState;

/// How long a place page's description may be (search engines show about this much).
const DESCRIPTION_CHARS: usize = 120;

/// The page's body as the live app first draws it in a map of this size, with a place's card open (as its link
/// `?place=<id>` opens it) or none; and its clusters.
fn render((width, height): (f64, f64), place: Option<&str>) -> (String, Vec<Cluster>) {
    // A server-side context: Leptos then renders HTML and leaves the browser's listeners alone.
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    owner.with(|| {
        // A place's page carries its card's texts; the first view, like the live app's, comes without them.
        let places = if place.is_some() { zhonglou_map::data::PLACES } else { zhonglou_map::data::FIRST_VIEW };
        let state = MapState::from_geojson(places, zhonglou_map::data::BASEMAP, Lang::ZhHans);
        state.resize(width, height);
        if let Some(id) = place {
            state.apply_link(&UrlState { place: Some(id.to_string()), ..UrlState::default() });
        }
        let view = state.view().get_untracked();
        let clusters = state.atlas().with_untracked(|atlas| {
            let (left, top) = view.layer_offset(&atlas.layer);
            state.markers().with_untracked(|markers| {
                let members = |m: &zhonglou_map::core::atlas::Marker| {
                    let places = m.members.iter().filter_map(|&p| atlas.place(p));
                    let member = |p: &Place| Member {
                        category: p.category,
                        name: p.name.get(Lang::ZhHans).to_string(),
                        id: p.id.clone(),
                    };
                    places.map(member).collect()
                };
                let clusters = markers.iter().filter(|m| m.is_cluster());
                clusters
                    .map(|m| Cluster {
                        dom_id: atlas.dom_id(m),
                        members: members(m),
                        opens_left: left + m.x * view.layer_scale() > width / 2.0,
                        opens_up: top + m.y * view.layer_scale() > height / 2.0,
                    })
                    .collect()
            })
        });
        (view! { <MapApp state=state /> }.to_html(), clusters)
    })
}

/// The page drawn for a map of this size, working without script (`no_script`); and the sets of categories
/// its clusters hold.
fn without_script(
    size: (f64, f64),
    place: Option<&str>,
    ids: &HashMap<String, String>,
) -> (String, BTreeSet<Vec<Category>>) {
    let (html, clusters) = render(size, place);
    let (html, sets) = no_script::markers(&html, &clusters);
    let html = no_script::counts(&no_script::list_links(&no_script::filters(&html), ids));
    (links_without_script(&html), sets)
}

/// The page drawn for both window sizes, working without script, with the places' brief cards. Header,
/// search, categories and list are the same at both sizes and drawn once; the map is drawn for each, and the
/// stylesheet shows the one that fits. On the map's page the cards come last, after what the first paint shows
/// (measured: first, they put the phone's first marker ~100 ms later on slow 4G); on a place's page first, so
/// that an open one can hide the page's own card (`~` in the stylesheet).
fn first_view(place: Option<&str>, ids: &HashMap<String, String>, cards: &str) -> String {
    let (wide, mut sets) = without_script(WIDE_MAP, place, ids);
    // The narrow map's ids (and what points at them) and its base-map radios' group are its own, so that its
    // skip link, labels and radios are not the hidden map's.
    let (narrow, narrow_sets) = without_script(NARROW_MAP, place, ids);
    let narrow = own_names(&narrow, "-narrow");
    let (wide, narrow) = base_map_once(&wide, &narrow);
    sets.extend(narrow_sets);
    let style = no_script::style(&sets);
    // Each map's skip link comes first in the page, before any other link (a skip link after another page's
    // links would not be one).
    let (wide_skip, wide) = skip_link_first(&wide);
    let (narrow_skip, narrow) = skip_link_first(&narrow);
    let page = both_maps(&wide, &narrow).unwrap_or_else(|| {
        format!(
            "<div class=\"first-view first-view--wide\">{wide}</div>\
             <div class=\"first-view first-view--narrow\">{narrow}</div>"
        )
    });
    let (before, after) = if place.is_some() { (cards, "") } else { ("", cards) };
    let html = format!(
        "<div id=\"first-view\" class=\"first-view\">{style}{before}\
         <div class=\"first-view first-view--wide\">{wide_skip}</div>\
         <div class=\"first-view first-view--narrow\">{narrow_skip}</div>{page}{after}</div>\n"
    );
    without_markers(&html)
}

/// The page without the comments Leptos leaves for hydration (`<!>`, `<!--<() />-->`): the live app replaces the
/// first view rather than hydrating it. Text from the data cannot hold them (it is escaped).
fn without_markers(html: &str) -> String {
    html.replace("<!>", "").replace("<!--<() />-->", "")
}

/// The wide page with the narrow page's map beside its own, each in a wrapper the stylesheet shows when it
/// fits (the map is the last part of the page's `<main>`); none if either page has no map.
fn both_maps(wide: &str, narrow: &str) -> Option<String> {
    let map = |html: &str, id: &str| {
        let start = html.find(&format!("<div id=\"{id}\""))?;
        Some((start, start + html[start..].find("</main>")?))
    };
    let ((ws, we), (ns, ne)) = (map(wide, "map")?, map(narrow, "map-narrow")?);
    Some(format!(
        "{}<div class=\"first-view first-view--wide\">{}</div><div class=\"first-view first-view--narrow\">{}</div>{}",
        &wide[..ws],
        &wide[ws..we],
        &narrow[ns..ne],
        &wide[we..]
    ))
}

/// Both maps with the base map's outlines drawn once: the narrow map's are the wide map's, at its own scale
/// (`<use>`), which takes a ninth off what the page weighs. Each page is returned as it was if they differ.
fn base_map_once(wide: &str, narrow: &str) -> (String, String) {
    const ID: &str = "base-outlines";
    let outlines = |html: &str| {
        let svg = html.find("class=\"map__base\"><g transform=\"scale(")?;
        let start = svg + html[svg..].find("<path ")?;
        let stop = start + html[start..].find("</svg>")?;
        // The precision rings after the outlines are drawn at each copy's zoom.
        let stop = html[start..stop].find("<circle ").map_or(stop, |i| start + i);
        let end = start + html[start..stop].rfind("</path>")? + "</path>".len();
        Some((start, end))
    };
    match (outlines(wide), outlines(narrow)) {
        (Some((ws, we)), Some((ns, ne))) if wide[ws..we] == narrow[ns..ne] => (
            format!("{}<g id=\"{ID}\">{}</g>{}", &wide[..ws], &wide[ws..we], &wide[we..]),
            format!("{}<use href=\"#{ID}\"></use>{}", &narrow[..ns], &narrow[ne..]),
        ),
        _ => (wide.to_string(), narrow.to_string()),
    }
}

/// The page's skip link (`class="skip-link"`, the first element MapApp draws) and the rest.
fn skip_link_first(html: &str) -> (String, String) {
    let Some(start) = html.find("<a href=\"#") else { return (String::new(), html.to_string()) };
    let Some(end) = html[start..].find("</a>").map(|i| start + i + "</a>".len()) else {
        return (String::new(), html.to_string());
    };
    if !html[start..end].contains("class=\"skip-link\"") {
        return (String::new(), html.to_string());
    }
    (html[start..end].to_string(), format!("{}{}", &html[..start], &html[end..]))
}

/// The same page with every id, every reference to one (`href="#…"`, `for`, `aria-labelledby`, `aria-controls`,
/// `aria-describedby`) and the base-map radios' group name given a suffix.
fn own_names(html: &str, suffix: &str) -> String {
    let mut html = html.replace("name=\"basemap\"", &format!("name=\"basemap{suffix}\""));
    for key in [" id=\"", " href=\"#", " for=\"", " aria-labelledby=\"", " aria-controls=\"", " aria-describedby=\""] {
        let mut out = String::with_capacity(html.len());
        let mut rest = html.as_str();
        while let Some(at) = rest.find(key) {
            let from = at + key.len();
            let Some(end) = rest[from..].find('"').map(|i| from + i) else { break };
            out.push_str(&rest[..from]);
            // The brief cards are the page's, not a copy's (`brief`).
            let own = |id: &str| match takeover::card(&format!("#{id}")) {
                Some(_) => id.to_string(),
                None => format!("{id}{suffix}"),
            };
            let ids: Vec<String> = rest[from..end].split(' ').map(own).collect();
            out.push_str(&ids.join(" "));
            rest = &rest[end..];
        }
        out.push_str(rest);
        html = out;
    }
    html
}

/// What the live app does with a place's marker and a card's close button, done by links until it starts: a
/// marker (`id="marker-<id>"`) opens its place's brief card (`brief`), the card's × goes back to the map's page.
fn links_without_script(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<button ") {
        out.push_str(&rest[..start]);
        let Some(open_end) = rest[start..].find('>').map(|i| start + i) else { break };
        let tag = &rest[start..=open_end];
        let href = if let Some(id) = no_script::attribute(tag, "id").and_then(|id| id.strip_prefix("marker-")) {
            Some(format!("#{}", takeover::card_anchor(id)))
        } else if no_script::attribute(tag, "class") == Some("place-card__close") {
            Some("/".to_string())
        } else {
            None
        };
        let close = rest[open_end..].find("</button>").map(|i| open_end + i);
        match (href, close) {
            (Some(href), Some(close)) => {
                let attrs = tag["<button".len()..tag.len() - 1]
                    .replace(" type=\"button\"", "")
                    .replace(" aria-haspopup=\"dialog\"", "");
                out.push_str(&format!("<a href=\"{href}\"{attrs}>{}</a>", &rest[open_end + 1..close]));
                rest = &rest[close + "</button>".len()..];
            }
            _ => {
                out.push_str(tag);
                rest = &rest[open_end + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A place page's title and description, in Simplified Chinese like the page.
fn head(place: &Place) -> serde_json::Value {
    let name = place.name.get(Lang::ZhHans);
    let summary = place.summary.as_ref().map(|s| s.get(Lang::ZhHans)).unwrap_or_default();
    let mut description: String = summary.chars().take(DESCRIPTION_CHARS).collect();
    if summary.chars().count() > DESCRIPTION_CHARS {
        description.push('…');
    }
    serde_json::json!({
        "id": place.id,
        "title": format!("{name} · {}", Text::AppTitle.get(Lang::ZhHans)),
        "description": description,
    })
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args().nth(1).ok_or("usage: prerender <out directory>")?;
    std::fs::create_dir_all(format!("{out}/places"))?;
    let places = zhonglou_map::core::places::load(zhonglou_map::data::PLACES)?.places;
    let ids: HashMap<String, String> =
        places.iter().map(|p| (p.name.get(Lang::ZhHans).to_string(), p.id.clone())).collect();
    let cards =
        Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new()))).with(|| brief::cards(&places));
    std::fs::write(format!("{out}/first-view.html"), first_view(None, &ids, &cards))?;
    for place in &places {
        std::fs::write(format!("{out}/places/{}.html", place.id), first_view(Some(&place.id), &ids, &cards))?;
    }
    let heads: Vec<serde_json::Value> = places.iter().map(head).collect();
    std::fs::write(format!("{out}/places.json"), serde_json::to_string_pretty(&heads)?)?;
    let style = std::fs::read_to_string("assets/style.css")?;
    std::fs::write(format!("{out}/style.css"), without_comments(&style))?;
    Ok(())
}

/// The stylesheet as the page inlines it: without its comments (they are for the people who keep it, and a
/// third of what it weighs), without its line breaks and indentation, without the last semicolon before a
/// closing brace, and without the space after a colon or comma and before a brace (the stylesheet has no string with ": ", ", " or " {" in it: its strings are font names,
/// attribute values and empty `content`).
fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find("/*") {
        out.push_str(&rest[..at]);
        rest = rest[at..].find("*/").map_or("", |end| &rest[at + end + 2..]);
    }
    out.push_str(rest);
    // Lines run together where a brace, semicolon or comma ends one or a brace starts the next; elsewhere (a value
    // written over two lines) a space keeps their words apart.
    let mut joined = String::with_capacity(out.len());
    for line in out.lines().map(str::trim).filter(|line| !line.is_empty()) {
        if !(joined.is_empty() || joined.ends_with(['{', '}', ';', ',']) || line.starts_with('}')) {
            joined.push(' ');
        }
        joined.push_str(line);
    }
    joined.replace(": ", ":").replace(", ", ",").replace(" {", "{").replace(";}", "}")
}
