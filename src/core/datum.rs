//! Datums used by map services in mainland China.
//!
//! - **WGS-84** (GPS, OpenStreetMap, Tianditu's CGCS2000 at map scale): what the data stores.
//! - **GCJ-02** (Amap/Gaode, Tencent): WGS-84 shifted by the published obfuscation polynomial (krasovsky
//!   ellipsoid constants a = 6378245 m, e² = 0.00669342162296594323), a few hundred metres here. Outside
//!   mainland China's bounding box the algorithm defines the transform as the identity.
//! - **BD-09** (Baidu): GCJ-02 with a further rotation and offset.
//!
//! GCJ-02 → WGS-84 has no closed form; it is found by iterating the forward transform until it reproduces the
//! input to 1e-9 degrees. BD-09 → GCJ-02 is refined the same way.

use super::geo::{unproject, LonLat, Viewport};
use std::f64::consts::PI;

const KRASOVSKY_A: f64 = 6_378_245.0;
// Written as published (0.00669342162296594323); f64 keeps the first 17 significant digits.
#[allow(clippy::excessive_precision)]
const KRASOVSKY_EE: f64 = 0.006_693_421_622_965_943_23;
const BD_X_PI: f64 = PI * 3000.0 / 180.0;

/// The datums the map converts between.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Datum {
    #[default]
    Wgs84,
    Gcj02,
    Bd09,
}

impl Datum {
    /// Every datum, WGS-84 first.
    pub const ALL: [Datum; 3] = [Datum::Wgs84, Datum::Gcj02, Datum::Bd09];

    /// The datum with this usual name (as [`Datum::name`] writes it).
    pub fn named(name: &str) -> Option<Datum> {
        Datum::ALL.into_iter().find(|d| d.name() == name)
    }

    /// The datum's usual name.
    pub fn name(self) -> &'static str {
        match self {
            Datum::Wgs84 => "WGS-84",
            Datum::Gcj02 => "GCJ-02",
            Datum::Bd09 => "BD-09",
        }
    }

    /// Converts a WGS-84 position into this datum.
    pub fn from_wgs84(self, p: LonLat) -> LonLat {
        match self {
            Datum::Wgs84 => p,
            Datum::Gcj02 => wgs84_to_gcj02(p),
            Datum::Bd09 => gcj02_to_bd09(wgs84_to_gcj02(p)),
        }
    }

    /// Converts a position in this datum back to WGS-84.
    pub fn to_wgs84(self, p: LonLat) -> LonLat {
        match self {
            Datum::Wgs84 => p,
            Datum::Gcj02 => gcj02_to_wgs84(p),
            Datum::Bd09 => gcj02_to_wgs84(bd09_to_gcj02(p)),
        }
    }

    /// The same view when the map is redrawn from this datum in another: centred on the same ground, so that
    /// switching to tiles in another datum (Amap's GCJ-02) keeps the same place under the same pixels.
    pub fn recentre(self, view: &Viewport, to: Datum) -> Viewport {
        if self == to {
            return *view;
        }
        let ground = self.to_wgs84(unproject(view.center));
        view.centred_on(to.from_wgs84(ground))
    }
}

/// Whether the position is outside the box in which GCJ-02 shifts positions.
pub fn outside_china(p: LonLat) -> bool {
    !(72.004..=137.8347).contains(&p.lon) || !(0.8293..=55.8271).contains(&p.lat)
}

fn shift_lat(x: f64, y: f64) -> f64 {
    let mut r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * x.abs().sqrt();
    r += (20.0 * (6.0 * x * PI).sin() + 20.0 * (2.0 * x * PI).sin()) * 2.0 / 3.0;
    r += (20.0 * (y * PI).sin() + 40.0 * (y / 3.0 * PI).sin()) * 2.0 / 3.0;
    r += (160.0 * (y / 12.0 * PI).sin() + 320.0 * (y * PI / 30.0).sin()) * 2.0 / 3.0;
    r
}

fn shift_lon(x: f64, y: f64) -> f64 {
    let mut r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * x.abs().sqrt();
    r += (20.0 * (6.0 * x * PI).sin() + 20.0 * (2.0 * x * PI).sin()) * 2.0 / 3.0;
    r += (20.0 * (x * PI).sin() + 40.0 * (x / 3.0 * PI).sin()) * 2.0 / 3.0;
    r += (150.0 * (x / 12.0 * PI).sin() + 300.0 * (x / 30.0 * PI).sin()) * 2.0 / 3.0;
    r
}

/// WGS-84 → GCJ-02.
pub fn wgs84_to_gcj02(p: LonLat) -> LonLat {
    if outside_china(p) {
        return p;
    }
    let (x, y) = (p.lon - 105.0, p.lat - 35.0);
    let rad_lat = p.lat / 180.0 * PI;
    let magic = 1.0 - KRASOVSKY_EE * rad_lat.sin().powi(2);
    let sqrt_magic = magic.sqrt();
    let d_lat = shift_lat(x, y) * 180.0 / ((KRASOVSKY_A * (1.0 - KRASOVSKY_EE)) / (magic * sqrt_magic) * PI);
    let d_lon = shift_lon(x, y) * 180.0 / (KRASOVSKY_A / sqrt_magic * rad_lat.cos() * PI);
    LonLat::new(p.lon + d_lon, p.lat + d_lat)
}

/// GCJ-02 → WGS-84, by fixed-point iteration of the forward transform to 1e-9°.
pub fn gcj02_to_wgs84(g: LonLat) -> LonLat {
    if outside_china(g) {
        return g;
    }
    invert(wgs84_to_gcj02, g, g)
}

/// Finds `p` with `forward(p) == target` to 1e-9°, starting from `start`: each step moves `p` by the error
/// the forward transform still makes (the transforms are near-translations, so this converges in a few steps).
fn invert(forward: impl Fn(LonLat) -> LonLat, target: LonLat, start: LonLat) -> LonLat {
    let mut p = start;
    for _ in 0..30 {
        let f = forward(p);
        let (d_lon, d_lat) = (f.lon - target.lon, f.lat - target.lat);
        if d_lon.abs() < 1e-9 && d_lat.abs() < 1e-9 {
            break;
        }
        p = LonLat::new(p.lon - d_lon, p.lat - d_lat);
    }
    p
}

/// GCJ-02 → BD-09.
pub fn gcj02_to_bd09(g: LonLat) -> LonLat {
    let (x, y) = (g.lon, g.lat);
    let z = (x * x + y * y).sqrt() + 0.00002 * (y * BD_X_PI).sin();
    let theta = y.atan2(x) + 0.000003 * (x * BD_X_PI).cos();
    LonLat::new(z * theta.cos() + 0.0065, z * theta.sin() + 0.006)
}

/// BD-09 → GCJ-02: the usual closed-form inverse (good to a few centimetres), then refined by iterating the
/// forward transform to 1e-9°, so that a round trip returns the same point.
pub fn bd09_to_gcj02(b: LonLat) -> LonLat {
    let (x, y) = (b.lon - 0.0065, b.lat - 0.006);
    let z = (x * x + y * y).sqrt() - 0.00002 * (y * BD_X_PI).sin();
    let theta = y.atan2(x) - 0.000003 * (x * BD_X_PI).cos();
    invert(gcj02_to_bd09, b, LonLat::new(z * theta.cos(), z * theta.sin()))
}
