//! What the live app does with script, done by HTML and CSS in the prerendered page until it starts (or where
//! script never runs): the category checkboxes hide and show their places, clusters count only the places
//! shown, and the list's places are links to their own pages. Each function rewrites the server renderer's
//! output (Leptos writes attributes as `name="value"`, in the order the components give them); anything it does
//! not recognise is left as it was.

use std::collections::{BTreeSet, HashMap};
use zhonglou_map::core::places::Category;
use zhonglou_map::core::takeover;

/// A cluster marker as the first view draws it: its element's id and its places.
pub struct Cluster {
    pub dom_id: String,
    pub members: Vec<Member>,
    /// Whether its list opens to its left and upwards (it sits right of and below the map's middle), so that
    /// the map's edges do not cut it off.
    pub opens_left: bool,
    pub opens_up: bool,
}

/// A place in a cluster: what the page shows of it without script.
pub struct Member {
    pub category: Category,
    /// Its name in the page's language.
    pub name: String,
    /// Its id, which names its brief card (`#card-<id>`) and its own page (`/place/<id>/`).
    pub id: String,
}

/// Each category's checkbox moved out of its label to the start of the page's `<main>`, so that CSS can reach
/// the places from it (`.show--park:not(:checked) ~ * …`; no `:has()`, which some Chinese browsers lack).
/// The label names it (`for`) and shows a box drawn in its place; a category the panel hides keeps its own.
pub fn filters(html: &str) -> String {
    const LABEL: &str = "<label class=\"filter filter--";
    let Some(main) = html.find("<main class=\"layout\">").map(|at| at + "<main class=\"layout\">".len()) else {
        return html.to_string();
    };
    let (before, after) = html.split_at(main);
    let mut inputs = String::new();
    let mut out = String::with_capacity(html.len());
    let mut rest = after;
    while let Some(at) = rest.find(LABEL) {
        let from = at + LABEL.len();
        let hidden = rest[..at].ends_with("filters__item--hidden\">");
        let (Some(key_end), Some(open_end)) = (rest[from..].find('"'), rest[from..].find('>')) else { break };
        let (key, open_end) = (&rest[from..from + key_end], from + open_end + 1);
        let input_end = rest[open_end..].find('>').map(|i| open_end + i + 1);
        let input = input_end.map(|end| &rest[open_end..end]).filter(|tag| tag.starts_with("<input type=\"checkbox\""));
        let (Some(input), Some(input_end), false) = (input, input_end, hidden) else {
            out.push_str(&rest[..open_end]);
            rest = &rest[open_end..];
            continue;
        };
        let checked = if input.contains(" checked") { " checked" } else { "" };
        inputs.push_str(&format!("<input type=\"checkbox\" id=\"show-{key}\" class=\"show show--{key}\"{checked}>"));
        out.push_str(&rest[..at]);
        out.push_str(&format!(
            "<label class=\"filter filter--{key}\" for=\"show-{key}\"><span class=\"filter__box\" aria-hidden=\"true\"></span>"
        ));
        rest = &rest[input_end..];
    }
    out.push_str(rest);
    format!("{before}{inputs}{out}")
}

/// Each marker's wrapper named after what it shows (`marker-wrap--park`, or for a cluster the set of its
/// places' categories, `marker-wrap--of-park-school`), and each cluster's count made of its places: one hidden
/// name per place, counted by CSS (`.cluster__count`), so that a category switched off leaves the count and
/// the cluster's accessible name. A cluster opens the list of its places, each a link to its own page
/// (`<details>`: the live app zooms in instead, and on a phone the first view shows only clusters). Returns
/// the page and the sets of categories the clusters hold.
pub fn markers(html: &str, clusters: &[Cluster]) -> (String, BTreeSet<Vec<Category>>) {
    const WRAP: &str = "<div class=\"marker-wrap\"";
    let by_id: HashMap<&str, &Cluster> = clusters.iter().map(|c| (c.dom_id.as_str(), c)).collect();
    let mut sets = BTreeSet::new();
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(WRAP) {
        out.push_str(&rest[..at]);
        rest = &rest[at + WRAP.len()..];
        let next = rest.find("<button").and_then(|b| rest[b..].find('>').map(|e| (b, b + e + 1)));
        let Some((start, end)) = next else {
            out.push_str(WRAP);
            continue;
        };
        let tag = &rest[start..end];
        let cluster = attribute(tag, "id").and_then(|id| by_id.get(id));
        let close = rest[end..].find("</button>").map(|i| end + i);
        match (cluster, close) {
            (Some(cluster), Some(close)) => {
                let mut set: Vec<Category> = cluster.members.iter().map(|m| m.category).collect();
                set.sort_by_key(|c| c.index());
                set.dedup();
                let keys: Vec<&str> = set.iter().map(|c| c.key()).collect();
                out.push_str(&format!("<div class=\"marker-wrap marker-wrap--of-{}\"", keys.join("-")));
                sets.insert(set);
                let tag = without_attributes(tag, &["aria-label", "title", "aria-expanded", "type"]);
                out.push_str(&rest[..start]);
                out.push_str("<details class=\"cluster-menu\">");
                out.push_str(&tag.replacen("<button", "<summary", 1));
                for member in &cluster.members {
                    let (key, name) = (member.category.key(), escape(&member.name));
                    out.push_str(&format!(
                        "<span class=\"cluster__member cluster__member--{key} visually-hidden\">{name}、</span>"
                    ));
                }
                out.push_str("<span class=\"cluster__count\" aria-hidden=\"true\"></span></summary>");
                let left = if cluster.opens_left { " cluster-list--left" } else { "" };
                let up = if cluster.opens_up { " cluster-list--up" } else { "" };
                out.push_str(&format!("<ul class=\"cluster-list{left}{up}\">"));
                for member in &cluster.members {
                    let (key, name, id) = (member.category.key(), escape(&member.name), &member.id);
                    out.push_str(&format!(
                        "<li class=\"cluster-list__{key}\"><a href=\"#{}\">{name}</a></li>",
                        takeover::card_anchor(id)
                    ));
                }
                out.push_str("</ul></details>");
                rest = &rest[close + "</button>".len()..];
            }
            _ => {
                let category = attribute(tag, "class")
                    .and_then(|class| class.split(' ').find_map(|c| c.strip_prefix("marker--")))
                    .filter(|key| Category::from_key(key).is_some());
                match category {
                    Some(key) => out.push_str(&format!("<div class=\"marker-wrap marker-wrap--{key}\"")),
                    None => out.push_str(WRAP),
                }
            }
        }
    }
    out.push_str(rest);
    (out, sets)
}

/// The list's places as links to their own pages (the live app's buttons open the card in place).
pub fn list_links(html: &str, ids_by_name: &HashMap<String, String>) -> String {
    const ITEM: &str = "<button type=\"button\" class=\"place-list__item ";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(ITEM) {
        out.push_str(&rest[..at]);
        let open_end = rest[at..].find('>').map(|i| at + i + 1);
        let close = open_end.and_then(|e| rest[e..].find("</button>").map(|i| e + i));
        let (Some(open_end), Some(close)) = (open_end, close) else { break };
        let inner = &rest[open_end..close];
        let name = inner.rsplit("</svg>").next().unwrap_or(inner);
        match ids_by_name.get(&unescape(name)) {
            Some(id) => {
                let attrs = &rest[at + "<button type=\"button\"".len()..open_end];
                out.push_str(&format!("<a href=\"#{}\"{attrs}{inner}</a>", takeover::card_anchor(id)));
                rest = &rest[close + "</button>".len()..];
            }
            None => {
                out.push_str(&rest[at..open_end]);
                rest = &rest[open_end..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The count in the list's title and in its button (" (47)") in a span of its own, which the style hides once
/// a category is switched off: with no script to count again, no count rather than a wrong one.
pub fn counts(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 128);
    let mut rest = html;
    while let Some(at) = ["class=\"place-list__title\">", "class=\"place-list__toggle\">"]
        .iter()
        .filter_map(|key| rest.find(key).map(|i| i + key.len()))
        .min()
    {
        let end = rest[at..].find('<').map_or(rest.len(), |i| at + i);
        let text = &rest[at..end];
        match text.rfind(" (").filter(|_| text.ends_with(')')) {
            Some(open) => {
                out.push_str(&rest[..at + open]);
                out.push_str(&format!("<span class=\"in-view-count\">{}</span>", &text[open..]));
            }
            None => out.push_str(&rest[..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The rules the moved checkboxes need, one group per category and per set of categories a cluster holds: a
/// category switched off hides its places' markers and precision rings, its places in clusters (their counts and
/// lists) and in the list, the
/// list's count, and a cluster all of whose places are hidden; its box shows it off, and its label the keyboard's focus.
pub fn style(sets: &BTreeSet<Vec<Category>>) -> String {
    let mut css = String::from("<style>");
    for category in Category::ALL.into_iter().filter(|c| *c != Category::Other) {
        let k = category.key();
        let off = format!(".show--{k}:not(:checked)~*");
        css.push_str(&format!(
            "{off} .marker-wrap--{k},{off} .cluster__member--{k},{off} .cluster-list__{k},{off} .halo--{k},{off} .place-list__item--{k},{off} .in-view-count{{display:none}}\
             {off} .filter--{k} .filter__box{{background:none;color:transparent}}\
             .show--{k}:focus-visible~* .filter--{k}{{outline:3px solid var(--focus);outline-offset:-3px}}"
        ));
    }
    for set in sets {
        let chain: Vec<String> = set.iter().map(|c| format!(".show--{}:not(:checked)", c.key())).collect();
        let keys: Vec<&str> = set.iter().map(|c| c.key()).collect();
        css.push_str(&format!("{}~* .marker-wrap--of-{}{{display:none}}", chain.join("~"), keys.join("-")));
    }
    css.push_str("</style>");
    css
}

/// An attribute's value in a start tag as Leptos writes it (`name="value"`).
pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let from = tag.find(&key)? + key.len();
    tag[from..].find('"').map(|end| &tag[from..from + end])
}

/// A start tag without these attributes.
fn without_attributes(tag: &str, names: &[&str]) -> String {
    let mut tag = tag.to_string();
    for name in names {
        if let Some(value) = attribute(&tag, name) {
            let whole = format!(" {name}=\"{value}\"");
            tag = tag.replacen(&whole, "", 1);
        }
    }
    tag
}

/// Text as HTML writes it.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// HTML text as it reads.
fn unescape(html: &str) -> String {
    html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'").replace("&amp;", "&")
}
