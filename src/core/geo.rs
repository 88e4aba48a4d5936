//! Coordinates and the map's viewport: WGS-84 lon/lat, spherical Web Mercator (EPSG:3857) and the maths of
//! panning, zooming and fitting. Mercator follows the slippy-map convention
//! (<https://wiki.openstreetmap.org/wiki/Slippy_map_tilenames>): the world is a unit square at zoom 0, x to the
//! east and y to the south, and one zoom level doubles the pixel size of the world (256 px at zoom 0).

/// Pixel size of the whole world at zoom 0.
pub const TILE_SIZE: f64 = 256.0;
/// Latitude where Web Mercator is cut off so that the world is square.
pub const MAX_LATITUDE: f64 = 85.051_128_779_806_59;
/// Mean Earth radius used by Web Mercator (metres).
pub const EARTH_RADIUS_M: f64 = 6_378_137.0;
/// The furthest out any map goes: the whole world in a few hundred pixels (a user's data may span it).
pub const MIN_ZOOM: f64 = 0.0;
/// The furthest out the district map goes: the whole of Changzhou still fits on a phone.
pub const DISTRICT_MIN_ZOOM: f64 = 9.0;
/// The furthest in: a metre is about four pixels, enough to separate places on one lane.
pub const MAX_ZOOM: f64 = 19.0;
/// The zoom whose pixels are the map's layer units (see [`Layer`]).
pub const LAYER_ZOOM: f64 = 10.0;

/// A WGS-84 position, longitude first as in GeoJSON.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LonLat {
    pub lon: f64,
    pub lat: f64,
}

impl LonLat {
    pub const fn new(lon: f64, lat: f64) -> Self {
        Self { lon, lat }
    }

    /// Great-circle distance in metres (haversine on the mean Earth sphere, radius 6,371,008.8 m).
    pub fn distance_m(self, other: LonLat) -> f64 {
        let r = 6_371_008.8;
        let (p1, p2) = (self.lat.to_radians(), other.lat.to_radians());
        let dp = p2 - p1;
        let dl = (other.lon - self.lon).to_radians();
        let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        2.0 * r * a.sqrt().asin()
    }

    /// The position `east_m` metres east and `north_m` metres north (on the same sphere; exact enough for the
    /// few hundred metres a keyboard moves a place).
    pub fn moved_by_m(self, east_m: f64, north_m: f64) -> LonLat {
        let r = 6_371_008.8;
        let lat = self.lat + (north_m / r).to_degrees();
        let lon = self.lon + (east_m / (r * self.lat.to_radians().cos())).to_degrees();
        LonLat::new(lon, lat)
    }
}

/// A Web Mercator position in the unit world square (x east, y south, both in `0.0..=1.0`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct World {
    pub x: f64,
    pub y: f64,
}

impl World {
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }
}

/// Projects a position onto the unit world square; latitudes beyond ±85.05° are clamped.
pub fn project(p: LonLat) -> World {
    let lat = p.lat.clamp(-MAX_LATITUDE, MAX_LATITUDE).to_radians();
    let x = (p.lon + 180.0) / 360.0;
    let y = (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / std::f64::consts::PI) / 2.0;
    World::new(x, y)
}

/// The inverse of [`project`].
pub fn unproject(w: World) -> LonLat {
    let lon = w.x * 360.0 - 180.0;
    let n = std::f64::consts::PI * (1.0 - 2.0 * w.y);
    let lat = n.sinh().atan().to_degrees();
    LonLat::new(lon, lat)
}

/// Ground metres per screen pixel at a latitude and zoom.
pub fn metres_per_pixel(lat: f64, zoom: f64) -> f64 {
    2.0 * std::f64::consts::PI * EARTH_RADIUS_M * lat.to_radians().cos() / (TILE_SIZE * 2f64.powf(zoom))
}

/// A lon/lat rectangle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

impl Bounds {
    /// The smallest rectangle holding every point, or `None` for no points.
    pub fn around(points: impl IntoIterator<Item = LonLat>) -> Option<Bounds> {
        points.into_iter().fold(None, |acc, p| {
            Some(match acc {
                None => Bounds { west: p.lon, south: p.lat, east: p.lon, north: p.lat },
                Some(b) => Bounds {
                    west: b.west.min(p.lon),
                    south: b.south.min(p.lat),
                    east: b.east.max(p.lon),
                    north: b.north.max(p.lat),
                },
            })
        })
    }

    pub fn center(&self) -> LonLat {
        LonLat::new((self.west + self.east) / 2.0, (self.south + self.north) / 2.0)
    }

    pub fn contains(&self, p: LonLat) -> bool {
        (self.west..=self.east).contains(&p.lon) && (self.south..=self.north).contains(&p.lat)
    }
}

/// The map's drawing space: pixels at [`LAYER_ZOOM`] measured from a fixed origin near the data.
///
/// Markers and vector layers are laid out once in these units; zooming scales them by `2^(zoom - 10)` and
/// panning only moves the whole layer, so neither re-computes a single geometry. The origin keeps the numbers
/// small enough for the browser's single-precision layout at the deepest zoom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layer {
    pub origin: World,
}

impl Layer {
    const UNITS_PER_WORLD: f64 = TILE_SIZE * 1024.0; // 256 * 2^LAYER_ZOOM

    pub fn new(origin: LonLat) -> Self {
        Self { origin: project(origin) }
    }

    /// Layer units of a position.
    pub fn to_units(&self, p: LonLat) -> (f64, f64) {
        let w = project(p);
        ((w.x - self.origin.x) * Self::UNITS_PER_WORLD, (w.y - self.origin.y) * Self::UNITS_PER_WORLD)
    }

    /// A ground distance at a latitude in layer units.
    pub fn metres_to_units(&self, metres: f64, lat: f64) -> f64 {
        metres / metres_per_pixel(lat, LAYER_ZOOM)
    }
}

/// What the map shows: a centre, a (fractional) zoom and the size of the map element in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub center: World,
    pub zoom: f64,
    pub width: f64,
    pub height: f64,
}

impl Viewport {
    pub fn new(center: LonLat, zoom: f64, width: f64, height: f64) -> Self {
        Self { center: project(center), zoom: clamp_zoom(zoom), width, height }
    }

    /// Screen pixels per unit of world.
    pub fn world_scale(&self) -> f64 {
        TILE_SIZE * 2f64.powf(self.zoom)
    }

    /// How much the layer (in [`Layer`] units) is scaled at this zoom.
    pub fn layer_scale(&self) -> f64 {
        Self::layer_scale_at(self.zoom)
    }

    /// How much the layer is scaled at a zoom.
    pub fn layer_scale_at(zoom: f64) -> f64 {
        2f64.powf(zoom - LAYER_ZOOM)
    }

    /// Where the layer's origin sits on screen, in CSS pixels from the map's top-left corner.
    pub fn layer_offset(&self, layer: &Layer) -> (f64, f64) {
        let s = self.world_scale();
        (
            self.width / 2.0 - (self.center.x - layer.origin.x) * s,
            self.height / 2.0 - (self.center.y - layer.origin.y) * s,
        )
    }

    /// Screen position (CSS pixels from the map's top-left corner) of a position.
    pub fn to_screen(&self, p: LonLat) -> (f64, f64) {
        let w = project(p);
        let s = self.world_scale();
        (self.width / 2.0 + (w.x - self.center.x) * s, self.height / 2.0 + (w.y - self.center.y) * s)
    }

    /// The position under a screen point.
    pub fn from_screen(&self, x: f64, y: f64) -> LonLat {
        let s = self.world_scale();
        unproject(World::new(self.center.x + (x - self.width / 2.0) / s, self.center.y + (y - self.height / 2.0) / s))
    }

    /// The largest view that shows `bounds` whole inside the map less `insets` (pixels kept clear on each side,
    /// for the controls and the markers' names), centred in what the insets leave.
    pub fn fit(bounds: Bounds, width: f64, height: f64, insets: Insets) -> Self {
        let nw = project(LonLat::new(bounds.west, bounds.north));
        let se = project(LonLat::new(bounds.east, bounds.south));
        let span_x = (se.x - nw.x).max(1e-12);
        let span_y = (se.y - nw.y).max(1e-12);
        let room_x = (width - insets.left - insets.right).max(1.0);
        let room_y = (height - insets.top - insets.bottom).max(1.0);
        let scale = (room_x / span_x).min(room_y / span_y);
        let zoom = clamp_zoom((scale / TILE_SIZE).log2());
        // The content's middle goes to the middle of the room, which is off the map's middle by half the
        // difference between opposite insets.
        let s = TILE_SIZE * 2f64.powf(zoom);
        let shift_x = (insets.left - insets.right) / 2.0 / s;
        let shift_y = (insets.top - insets.bottom) / 2.0 / s;
        let center = World::new((nw.x + se.x) / 2.0 - shift_x, (nw.y + se.y) / 2.0 - shift_y);
        Self { center, zoom, width, height }
    }

    /// The same view with a new zoom, keeping the ground under the screen point `(x, y)` where it was.
    pub fn zoom_around(&self, zoom: f64, x: f64, y: f64) -> Self {
        let zoom = clamp_zoom(zoom);
        let before = self.world_scale();
        let after = TILE_SIZE * 2f64.powf(zoom);
        let dx = x - self.width / 2.0;
        let dy = y - self.height / 2.0;
        let anchor = World::new(self.center.x + dx / before, self.center.y + dy / before);
        Self { center: World::new(anchor.x - dx / after, anchor.y - dy / after), zoom, ..*self }
    }

    /// The same view moved so that the content follows a drag of `(dx, dy)` screen pixels.
    pub fn pan_by(&self, dx: f64, dy: f64) -> Self {
        let s = self.world_scale();
        let x = (self.center.x - dx / s).clamp(0.0, 1.0);
        let y = (self.center.y - dy / s).clamp(0.0, 1.0);
        Self { center: World::new(x, y), ..*self }
    }

    /// The same view centred on a position.
    pub fn centred_on(&self, p: LonLat) -> Self {
        Self { center: project(p), ..*self }
    }

    /// The same ground in a map of another size (a printed page's): the same centre, zoomed so that all this
    /// view shows fits.
    pub fn fitted_to(&self, width: f64, height: f64) -> Self {
        let scale = (width / self.width).min(height / self.height);
        Self { zoom: clamp_zoom(self.zoom + scale.log2()), width, height, ..*self }
    }

    /// How this view's drawing must be moved to look like `before` did: a shift `(dx, dy)` in pixels and a
    /// scale, about the map's centre (`translate(dx, dy) scale(s)` with the centre as the transform's origin).
    /// Easing that transform away glides from `before` to this view with one drawing.
    pub fn as_seen_from(&self, before: &Viewport) -> (f64, f64, f64) {
        let s = before.world_scale();
        ((self.center.x - before.center.x) * s, (self.center.y - before.center.y) * s, s / self.world_scale())
    }

    /// The same centre and zoom in a map of another size.
    pub fn resized(&self, width: f64, height: f64) -> Self {
        Self { width, height, ..*self }
    }

    /// The same view moved so that a position is at the middle of `free` (a part of the map not covered by
    /// panels).
    pub fn centred_in(&self, p: LonLat, free: ScreenRect) -> Self {
        let (x, y) = self.to_screen(p);
        self.pan_by((free.left + free.right) / 2.0 - x, (free.top + free.bottom) / 2.0 - y)
    }

    /// The same view moved as little as possible so that a position falls inside `free` (a part of the map not
    /// covered by panels), at least `margin` pixels from its edges; unchanged if it already does.
    pub fn reveal(&self, p: LonLat, free: ScreenRect, margin: f64) -> Self {
        let (x, y) = self.to_screen(p);
        let shift = |v: f64, lo: f64, hi: f64| {
            let (lo, hi) = (lo + margin, hi - margin);
            if hi <= lo {
                (lo + hi) / 2.0 - v
            } else if v < lo {
                lo - v
            } else if v > hi {
                hi - v
            } else {
                0.0
            }
        };
        self.pan_by(shift(x, free.left, free.right), shift(y, free.top, free.bottom))
    }

    /// Whether a position is on screen with at least `margin` pixels to spare on every side.
    pub fn shows(&self, p: LonLat, margin: f64) -> bool {
        let (x, y) = self.to_screen(p);
        x >= margin && y >= margin && x <= self.width - margin && y <= self.height - margin
    }

    /// Ground metres per pixel at the view's centre.
    pub fn metres_per_pixel(&self) -> f64 {
        metres_per_pixel(unproject(self.center).lat, self.zoom)
    }
}

/// Pixels kept clear on each side of a map when a view is fitted to content.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Insets {
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    pub left: f64,
}

impl Insets {
    /// The same on every side.
    pub const fn even(px: f64) -> Self {
        Insets { top: px, right: px, bottom: px, left: px }
    }
}

/// A rectangle of the map in CSS pixels from its top-left corner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScreenRect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl ScreenRect {
    /// The part of a map (`map`, in client pixels) that a panel (`panel`, in client pixels) leaves visible, in
    /// map pixels: above the panel when it is a bottom sheet across the map (at least 90 % of its width, as the
    /// card is below CSS's 600 px phone breakpoint; assets/style.css, place card), left of it when it is a side
    /// panel (at most 81 % of the map at the narrowest desktop width), the whole map when they do not overlap.
    pub fn beside(map: ScreenRect, panel: ScreenRect) -> ScreenRect {
        let (width, height) = (map.right - map.left, map.bottom - map.top);
        let mut free = ScreenRect { left: 0.0, top: 0.0, right: width, bottom: height };
        let overlaps =
            panel.left < map.right && panel.right > map.left && panel.top < map.bottom && panel.bottom > map.top;
        if overlaps {
            if panel.right - panel.left >= width * 0.9 {
                free.bottom = (panel.top - map.top).max(0.0);
            } else {
                free.right = (panel.left - map.left).max(0.0);
            }
        }
        free
    }
}

/// Zoom clamped to the map's range; a non-finite zoom becomes the widest.
pub fn clamp_zoom(zoom: f64) -> f64 {
    if zoom.is_finite() {
        zoom.clamp(MIN_ZOOM, MAX_ZOOM)
    } else {
        MIN_ZOOM
    }
}

/// A scale bar no longer than `max_px`: a round ground length (1, 2 or 5 × 10ⁿ metres) and its width in pixels.
pub fn scale_bar(metres_per_px: f64, max_px: f64) -> (f64, f64) {
    let max_m = metres_per_px * max_px;
    if !(max_m.is_finite() && max_m > 0.0) {
        return (0.0, 0.0);
    }
    let magnitude = 10f64.powf(max_m.log10().floor());
    let step = [5.0, 2.0, 1.0].into_iter().map(|f| f * magnitude).find(|m| *m <= max_m).unwrap_or(magnitude);
    (step, step / metres_per_px)
}

/// Whether a point lies inside a polygon ring (even-odd rule; the ring may or may not repeat its first vertex).
pub fn ring_contains(ring: &[LonLat], p: LonLat) -> bool {
    let mut inside = false;
    let n = ring.len();
    for i in 0..n {
        let a = ring[i];
        let b = ring[(i + n - 1) % n];
        if (a.lat > p.lat) != (b.lat > p.lat) {
            let x = a.lon + (p.lat - a.lat) / (b.lat - a.lat) * (b.lon - a.lon);
            if p.lon < x {
                inside = !inside;
            }
        }
    }
    inside
}
