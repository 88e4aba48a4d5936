//! Raster tiles for the optional base maps: which tiles cover a view, where they sit in layer units, and the
//! address of each provider's tile (XYZ / Web Mercator tile grid, <https://wiki.openstreetmap.org/wiki/Slippy_map_tilenames>).
//! Tiles are never requested unless the user picks a provider.

use super::datum::Datum;
use super::geo::{Layer, Viewport, World, LAYER_ZOOM, TILE_SIZE};
use super::i18n::Lang;
use super::url_state::BaseKind;

/// The deepest tile zoom the providers serve; deeper views scale these tiles up.
pub const MAX_TILE_ZOOM: u32 = 18;
/// The widest tile zoom used; wider views scale tiles down rather than fetch a world of them.
pub const MIN_TILE_ZOOM: u32 = 3;

/// One tile: its grid address and its square in layer units.
#[derive(Clone, Debug, PartialEq)]
pub struct Tile {
    pub z: u32,
    pub x: u32,
    pub y: u32,
    pub left: f64,
    pub top: f64,
    pub size: f64,
}

impl Tile {
    /// A key unique among tiles, for keyed lists.
    pub fn key(&self) -> (u32, u32, u32) {
        (self.z, self.x, self.y)
    }
}

/// The tiles covering a view (plus a one-tile margin so that short pans show no gaps).
pub fn covering(view: &Viewport, layer: &Layer) -> Vec<Tile> {
    let z = (view.zoom.round() as u32).clamp(MIN_TILE_ZOOM, MAX_TILE_ZOOM);
    let n = 1u32 << z;
    let per_world = f64::from(n);
    let scale = view.world_scale();
    let half_w = view.width / 2.0 / scale;
    let half_h = view.height / 2.0 / scale;
    let range = |centre: f64, half: f64| {
        let lo = ((centre - half) * per_world).floor() as i64 - 1;
        let hi = ((centre + half) * per_world).floor() as i64 + 1;
        (lo.max(0) as u32, hi.min(i64::from(n) - 1).max(0) as u32)
    };
    let (x0, x1) = range(view.center.x, half_w);
    let (y0, y1) = range(view.center.y, half_h);
    let units_per_world = TILE_SIZE * 2f64.powf(LAYER_ZOOM);
    let size = units_per_world / per_world;
    let mut tiles = Vec::new();
    for y in y0..=y1 {
        for x in x0..=x1 {
            let corner = World::new(f64::from(x) / per_world, f64::from(y) / per_world);
            tiles.push(Tile {
                z,
                x,
                y,
                left: (corner.x - layer.origin.x) * units_per_world,
                top: (corner.y - layer.origin.y) * units_per_world,
                size,
            });
        }
    }
    tiles
}

/// A tile provider: its datum, tile addresses and the credit it requires. (The offline schematic base map has
/// none: it is drawn, not fetched.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provider {
    Tianditu,
    Amap,
    Osm,
}

impl Provider {
    /// The provider for a base map, or `None` for the offline schematic.
    pub fn for_base(base: BaseKind) -> Option<Provider> {
        match base {
            BaseKind::Tianditu => Some(Provider::Tianditu),
            BaseKind::Amap => Some(Provider::Amap),
            BaseKind::Osm => Some(Provider::Osm),
            BaseKind::Schematic => None,
        }
    }

    /// The base map it serves.
    pub fn base(self) -> BaseKind {
        match self {
            Provider::Tianditu => BaseKind::Tianditu,
            Provider::Amap => BaseKind::Amap,
            Provider::Osm => BaseKind::Osm,
        }
    }

    /// The datum its tiles are drawn in; markers and lines are converted to it while its tiles show.
    pub fn datum(self) -> Datum {
        match self {
            Provider::Amap => Datum::Gcj02,
            _ => Datum::Wgs84,
        }
    }

    /// Whether the provider needs the user's own key.
    pub fn needs_key(self) -> bool {
        self == Provider::Tianditu
    }

    /// The tile host a tile comes from (spread over the provider's subdomains).
    pub fn host(self, tile: &Tile) -> String {
        let spread = (tile.x + tile.y) as usize;
        match self {
            Provider::Tianditu => format!("t{}.tianditu.gov.cn", spread % 8),
            Provider::Amap => format!("webrd0{}.is.autonavi.com", spread % 4 + 1),
            Provider::Osm => "tile.openstreetmap.org".to_string(),
        }
    }

    /// The addresses of the images that make up one tile, bottom first (Tianditu adds a label layer).
    pub fn urls(self, tile: &Tile, key: &str, lang: Lang) -> Vec<String> {
        let host = self.host(tile);
        let (z, x, y) = (tile.z, tile.x, tile.y);
        match self {
            Provider::Tianditu => ["vec", "cva"]
                .into_iter()
                .map(|layer| {
                    format!(
                        "https://{host}/{layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER={layer}&STYLE=default\
                         &TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={}",
                        super::url_state::encode(key)
                    )
                })
                .collect(),
            Provider::Amap => {
                let lang = if lang == Lang::En { "en" } else { "zh_cn" };
                vec![format!("https://{host}/appmaptile?lang={lang}&size=1&scale=1&style=8&x={x}&y={y}&z={z}")]
            }
            Provider::Osm => vec![format!("https://{host}/{z}/{x}/{y}.png")],
        }
    }

    /// The credit line that must show while the tiles do.
    pub fn attribution(self, lang: Lang) -> &'static str {
        lang.pick(match self {
            Provider::Tianditu => [
                "底图：© 天地图（国家地理信息公共服务平台）",
                "底圖：© 天地圖（國家地理信息公共服務平台）",
                "Base map: © Tianditu (National Platform for Common GeoSpatial Information Services)",
            ],
            Provider::Amap => ["底图：© 高德地图 AutoNavi", "底圖：© 高德地圖 AutoNavi", "Base map: © Amap (AutoNavi)"],
            Provider::Osm => [
                "底图：© OpenStreetMap 贡献者",
                "底圖：© OpenStreetMap 貢獻者",
                "Base map: © OpenStreetMap contributors",
            ],
        })
    }
}
