//! The printed handout: markers numbered in reading order, one number per place, one-line summaries.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use std::collections::HashSet;
use zhonglou_map::core::atlas::Atlas;
use zhonglou_map::core::basemap::BaseMap;
use zhonglou_map::core::filter::CategorySet;
use zhonglou_map::core::handout::{number, one_line};
use zhonglou_map::core::places::load;
use zhonglou_map::data;

fn atlas() -> Atlas {
    Atlas::new(BaseMap::parse(data::BASEMAP).unwrap(), load(data::PLACES).unwrap())
}

#[test]
fn every_place_on_the_printed_map_gets_one_number_and_a_cluster_a_range() {
    let atlas = atlas();
    // The whole district at a zoom where the old town is still clustered.
    let view = atlas.home_view(680.0, 453.0);
    let markers = atlas.markers(CategorySet::ALL, &view);
    let numbering = number(&atlas, &markers, &view);
    assert!(markers.iter().any(|m| m.is_cluster()), "the test needs a cluster");
    // Every place once, numbered 1..=n.
    let unique: HashSet<_> = numbering.places.iter().collect();
    assert_eq!(unique.len(), numbering.places.len());
    let numbered: usize =
        markers.iter().zip(&numbering.numbers).filter(|(_, l)| l.is_some()).map(|(m, _)| m.members.len()).sum();
    assert_eq!(numbered, numbering.places.len());
    assert!(numbering.places.len() >= 40, "the district view shows nearly every place");
    for (m, label) in markers.iter().zip(&numbering.numbers) {
        let Some(label) = label else { continue };
        if m.is_cluster() {
            let (first, last) = label.split_once('–').unwrap();
            let (first, last): (usize, usize) = (first.parse().unwrap(), last.parse().unwrap());
            assert_eq!(last - first + 1, m.members.len(), "{label}");
            // The range's numbers are the cluster's places.
            assert_eq!(&numbering.places[first - 1..last], m.members.as_slice());
        } else {
            let n: usize = label.parse().unwrap();
            assert_eq!(numbering.places[n - 1], m.members[0]);
        }
    }
}

#[test]
fn markers_read_top_to_bottom_then_left_to_right_and_those_off_the_map_get_none() {
    let atlas = atlas();
    let view = atlas.home_view(680.0, 453.0).zoom_around(14.5, 340.0, 226.0);
    // Whatever order the markers come in.
    let mut markers = atlas.markers(CategorySet::ALL, &view);
    markers.reverse();
    let numbering = number(&atlas, &markers, &view);
    let k = view.layer_scale();
    let (tx, ty) = view.layer_offset(&atlas.layer);
    let mut read: Vec<(usize, f64, f64)> = Vec::new();
    for (m, label) in markers.iter().zip(&numbering.numbers) {
        let (x, y) = (m.x * k + tx, m.y * k + ty);
        let inside = x >= 0.0 && y >= 0.0 && x <= view.width && y <= view.height;
        assert_eq!(label.is_some(), inside, "a marker at ({x:.0}, {y:.0})");
        if let Some(label) = label {
            read.push((label.split('–').next().unwrap().parse().unwrap(), x, y));
        }
    }
    assert!(markers.len() > read.len(), "the test needs markers off the map");
    read.sort_by_key(|r| r.0);
    for pair in read.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        // A later number is in a lower row, or further right in the same one.
        let (row_a, row_b) = ((a.2 / 80.0).floor(), (b.2 / 80.0).floor());
        assert!(row_b > row_a || (row_b == row_a && b.1 >= a.1), "{a:?} before {b:?}");
    }
}

#[test]
fn a_summary_prints_as_its_first_sentence_cut_to_length() {
    assert_eq!(one_line("钟楼有十座大型公园。全区绿地覆盖率为42%。", 40), "钟楼有十座大型公园。");
    assert_eq!(one_line("A park of 45 ha. Rated AAAA.", 80), "A park of 45 ha.");
    // A decimal point is not the end of a sentence.
    assert_eq!(one_line("About 1.5 km long, by the canal", 80), "About 1.5 km long, by the canal");
    assert_eq!(one_line("一二三四五六七八九十", 5), "一二三四…");
    assert_eq!(one_line("  ", 5), "");
}
