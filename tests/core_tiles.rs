//! Tiles: which tiles cover a view and where they sit in the layer, and that a place drawn over tiles of a
//! datum falls on the tile pixel of its position in that datum (WGS-84 over OpenStreetMap, GCJ-02 over Amap).
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

mod common;

use common::*;
use zhonglou_map::core::atlas::Atlas;
use zhonglou_map::core::basemap::BaseMap;
use zhonglou_map::core::datum::{wgs84_to_gcj02, Datum};
use zhonglou_map::core::geo::{LonLat, Viewport};
use zhonglou_map::core::places::load;
use zhonglou_map::core::tiles::covering;

/// The slippy-map tile of a position at a zoom, and where in it the position falls (0..1 each way).
fn slippy(p: LonLat, z: u32) -> ((u32, u32), (f64, f64)) {
    let n = f64::from(1u32 << z);
    let x = (p.lon + 180.0) / 360.0 * n;
    let lat = p.lat.to_radians();
    let y = (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / std::f64::consts::PI) / 2.0 * n;
    ((x.floor() as u32, y.floor() as u32), (x.fract(), y.fract()))
}

fn qiubai_atlas(datum: Datum) -> Atlas {
    let mut atlas =
        Atlas::new(BaseMap::default(), load(&collection(&[feature("q", "heritage", QIUBAI.lon, QIUBAI.lat)])).unwrap());
    atlas.set_datum(datum);
    atlas
}

#[test]
fn the_tiles_cover_the_whole_view_at_its_rounded_zoom() {
    let atlas = qiubai_atlas(Datum::Wgs84);
    for zoom in [11.0, 13.4, 16.0, 17.6] {
        let view = Viewport::new(QIUBAI, zoom, 1024.0, 768.0);
        let tiles = covering(&view, &atlas.layer);
        assert!(tiles.iter().all(|t| f64::from(t.z) == zoom.round()), "zoom {zoom}");
        let k = view.layer_scale();
        let (tx, ty) = view.layer_offset(&atlas.layer);
        for (sx, sy) in [(0.0, 0.0), (1024.0, 0.0), (0.0, 768.0), (1024.0, 768.0), (512.0, 384.0)] {
            let covered = tiles.iter().any(|t| {
                let (l, tp) = (t.left * k + tx, t.top * k + ty);
                let s = t.size * k;
                sx >= l && sx <= l + s && sy >= tp && sy <= tp + s
            });
            assert!(covered, "zoom {zoom}: screen point ({sx}, {sy}) has no tile");
        }
    }
}

/// Where a place is drawn inside the tile that holds it, as fractions of the tile, for a map drawn in `datum`.
fn drawn_in_tile(datum: Datum, z: u32, tile: (u32, u32)) -> (f64, f64) {
    let atlas = qiubai_atlas(datum);
    let view = Viewport::new(QIUBAI, f64::from(z), 1024.0, 768.0);
    let t = covering(&view, &atlas.layer).into_iter().find(|t| (t.x, t.y) == tile).expect("the tile is drawn");
    let (ux, uy) = atlas.units[0];
    ((ux - t.left) / t.size, (uy - t.top) / t.size)
}

#[test]
fn over_openstreetmap_a_place_falls_on_its_wgs84_pixel_and_over_amap_on_its_gcj02_pixel() {
    let z = 16;
    let px = 256.0;
    let (tile, at) = slippy(QIUBAI, z);
    let drawn = drawn_in_tile(Datum::Wgs84, z, tile);
    assert!(((drawn.0 - at.0) * px).abs() < 0.5 && ((drawn.1 - at.1) * px).abs() < 0.5, "{drawn:?} vs {at:?}");

    let (gtile, gat) = slippy(wgs84_to_gcj02(QIUBAI), z);
    let drawn = drawn_in_tile(Datum::Gcj02, z, gtile);
    assert!(((drawn.0 - gat.0) * px).abs() < 0.5 && ((drawn.1 - gat.1) * px).abs() < 0.5, "{drawn:?} vs {gat:?}");
    // Drawn as if Amap were WGS-84, the place would be hundreds of pixels off its street.
    let wrong = (
        ((tile.0 as f64 + at.0) - (gtile.0 as f64 + gat.0)) * px,
        ((tile.1 as f64 + at.1) - (gtile.1 as f64 + gat.1)) * px,
    );
    assert!(wrong.0.hypot(wrong.1) > 100.0, "{wrong:?}");
}

#[test]
fn the_schematic_map_has_no_tile_provider_and_each_tiled_map_has_its_own() {
    use zhonglou_map::core::i18n::Lang;
    use zhonglou_map::core::tiles::{Provider, Tile};
    use zhonglou_map::core::url_state::BaseKind;
    assert_eq!(Provider::for_base(BaseKind::Schematic), None);
    let tile = Tile { z: 14, x: 13645, y: 6662, left: 0.0, top: 0.0, size: 256.0 };
    for (base, host, datum) in [
        (BaseKind::Osm, "tile.openstreetmap.org", Datum::Wgs84),
        (BaseKind::Amap, "autonavi.com", Datum::Gcj02),
        (BaseKind::Tianditu, "tianditu.gov.cn", Datum::Wgs84),
    ] {
        let provider = Provider::for_base(base).unwrap();
        assert_eq!(provider.base(), base);
        assert_eq!(provider.datum(), datum);
        assert_eq!(provider.needs_key(), base == BaseKind::Tianditu);
        assert!(provider.urls(&tile, "k", Lang::En).iter().all(|u| u.contains(host)), "{base:?} tiles from {host}");
    }
}
