//! Native benchmarks of the core at 10k, 100k and 1M points: building the cluster index (with the reach the app
//! uses for that many places) and the whole atlas, the cluster groups for a view, the search index and a search,
//! and loading GeoJSON. Run with `make bench`.

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    divan::main();
}

/// The benchmarks run natively only (divan is not built for the browser target).
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use zhonglou_map::core::atlas::Atlas;
    use zhonglou_map::core::basemap::BaseMap;
    use zhonglou_map::core::cluster::ClusterIndex;
    use zhonglou_map::core::filter::CategorySet;
    use zhonglou_map::core::geo::{LonLat, Viewport, MAX_ZOOM};
    use zhonglou_map::core::places::{load, Category, Loaded};
    use zhonglou_map::core::search::SearchIndex;

    const SIZES: [usize; 3] = [10_000, 100_000, 1_000_000];

    /// `n` places across Zhonglou's bounding box from a fixed-seed generator, as GeoJSON text.
    fn synthetic(n: usize) -> String {
        let mut seed: u64 = 42;
        let mut next = move || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 11) as f64 / (1u64 << 53) as f64
        };
        let cats = ["park", "school", "hospital", "market", "heritage", "culture", "innovation", "transport"];
        let features: Vec<String> = (0..n)
            .map(|i| {
                let (lon, lat) = (119.79 + next() * 0.16, 31.745 + next() * 0.08);
                format!(
                    r#"{{"type":"Feature","id":"p{i}","geometry":{{"type":"Point","coordinates":[{lon},{lat}]}},"properties":{{"category":"{}","name":"地点 {i}"}}}}"#,
                    cats[i % cats.len()]
                )
            })
            .collect();
        format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, features.join(","))
    }

    fn atlas(n: usize) -> Atlas {
        let base = BaseMap::parse(zhonglou_map::data::BASEMAP).expect("built-in base map parses");
        let loaded: Loaded = load(&synthetic(n)).expect("synthetic data loads");
        Atlas::new(base, loaded)
    }

    #[divan::bench(args = SIZES, sample_count = 5)]
    fn load_geojson(bencher: divan::Bencher, n: usize) {
        let text = synthetic(n);
        bencher.bench(|| load(divan::black_box(&text)).map(|l| l.places.len()));
    }

    #[divan::bench(args = SIZES, sample_count = 10)]
    fn cluster_whole_district(bencher: divan::Bencher, n: usize) {
        let atlas = atlas(n);
        let view = atlas.home_view(1280.0, 800.0);
        bencher.bench(|| atlas.markers(divan::black_box(CategorySet::ALL), &view).len());
    }

    #[divan::bench(args = SIZES, sample_count = 10)]
    fn cluster_district_without_schools(bencher: divan::Bencher, n: usize) {
        let atlas = atlas(n);
        let view = atlas.home_view(1280.0, 800.0);
        let cats = CategorySet::ALL.with(Category::School, false);
        bencher.bench(|| atlas.markers(divan::black_box(cats), &view).len());
    }

    /// The index as the app builds it for this data (`atlas::index`): the data's reach in screen pixels
    /// (`MARKER_REACH_PX`, or `CROWDED_REACH_PX` for large data) in layer units at the shallowest zoom, over
    /// every zoom the map can show.
    #[divan::bench(args = SIZES, sample_count = 5)]
    fn build_cluster_index(bencher: divan::Bencher, n: usize) {
        let atlas = atlas(n);
        let cats: Vec<Category> = atlas.places.iter().map(|p| p.category).collect();
        let reach = atlas.reach_px() / Viewport::layer_scale_at(atlas.zoom_floor);
        bencher.bench(|| {
            ClusterIndex::new(divan::black_box(&atlas.units), &cats, reach, atlas.zoom_floor as u32, MAX_ZOOM as u32)
        });
    }

    /// Everything the app computes once per data set when a `?data=` file has loaded (`Atlas::replaced_by`):
    /// each place's position in layer units and the cluster index, built with the app's own reach.
    #[divan::bench(args = SIZES, sample_count = 5)]
    fn build_atlas(bencher: divan::Bencher, n: usize) {
        let base = BaseMap::parse(zhonglou_map::data::BASEMAP).expect("built-in base map parses");
        let loaded: Loaded = load(&synthetic(n)).expect("synthetic data loads");
        bencher
            .with_inputs(|| (base.clone(), loaded.clone()))
            .bench_local_values(|(base, loaded)| Atlas::for_user_data(base, loaded));
    }

    #[divan::bench(args = SIZES, sample_count = 10)]
    fn cluster_old_town_view(bencher: divan::Bencher, n: usize) {
        let atlas = atlas(n);
        let view = Viewport::new(LonLat::new(119.9447, 31.7798), 16.0, 1280.0, 800.0);
        bencher.bench(|| atlas.markers_near(divan::black_box(CategorySet::ALL), &view).len());
    }

    #[divan::bench(args = SIZES, sample_count = 5)]
    fn build_search_index(bencher: divan::Bencher, n: usize) {
        let atlas = atlas(n);
        bencher.bench(|| SearchIndex::new(divan::black_box(&atlas.places)));
    }

    #[divan::bench(args = SIZES, sample_count = 10)]
    fn search_keystroke(bencher: divan::Bencher, n: usize) {
        let atlas = atlas(n);
        let index = SearchIndex::new(&atlas.places);
        bencher.bench(|| index.search(divan::black_box("地点 4242"), 8));
    }

    #[divan::bench(sample_count = 100)]
    fn search_keystroke_built_in_data(bencher: divan::Bencher) {
        let places = load(zhonglou_map::data::PLACES).expect("built-in data loads").places;
        let index = SearchIndex::new(&places);
        bencher.bench(|| index.search(divan::black_box("qingfeng"), 8));
    }

    /// 5,000 areas of 50 vertices on a grid over the district, as GeoJSON text (like e2e/synthetic.mjs's).
    fn synthetic_areas() -> String {
        let (n, vertices, columns) = (5000, 50, 100);
        let (cw, ch) = (0.16 / columns as f64, 0.08 / (n / columns) as f64);
        let features: Vec<String> = (0..n)
            .map(|i| {
                let (cx, cy) = (119.79 + ((i % columns) as f64 + 0.5) * cw, 31.745 + ((i / columns) as f64 + 0.5) * ch);
                let mut ring: Vec<String> = (0..vertices - 1)
                    .map(|v| {
                        let a = std::f64::consts::TAU * v as f64 / (vertices - 1) as f64;
                        let r = 0.3 + 0.15 * ((i * 31 + v * 17) % 10) as f64 / 10.0;
                        format!("[{:.6},{:.6}]", cx + a.cos() * r * cw, cy + a.sin() * r * ch)
                    })
                    .collect();
                ring.push(ring[0].clone());
                format!(
                    r#"{{"type":"Feature","id":"a{i}","geometry":{{"type":"Polygon","coordinates":[[{}]]}},"properties":{{"name":"区域 {i}"}}}}"#,
                    ring.join(",")
                )
            })
            .collect();
        format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, features.join(","))
    }

    /// Lines and areas: loading 5,000 areas, then what the first view of them costs (the atlas, the shapes laid
    /// out with their junctions, one band simplified and its paths written).
    #[divan::bench(sample_count = 5)]
    fn load_areas(bencher: divan::Bencher) {
        let text = synthetic_areas();
        bencher.bench(|| load(divan::black_box(&text)).map(|l| l.places.len()));
    }

    #[divan::bench(sample_count = 5)]
    fn first_view_of_areas(bencher: divan::Bencher) {
        let base = BaseMap::parse(zhonglou_map::data::BASEMAP).expect("built-in base map parses");
        let loaded = load(&synthetic_areas()).expect("synthetic areas load");
        bencher.bench(|| {
            let atlas = Atlas::for_user_data(base.clone(), loaded.clone());
            let view = atlas.home_view(1030.0, 745.0);
            atlas.shape_paths(CategorySet::ALL, &view, None).len()
        });
    }
}
