//! The maintainer's command: merges a changes file downloaded from the map into the built-in data.
//!
//!     cargo run --example apply_changes -- changes.geojson [path/to/places.geojson]
//!
//! Prints what each change did; on any error prints every reason and writes nothing.

use std::process::ExitCode;
use zhonglou_map::core::basemap::BaseMap;
use zhonglou_map::core::merge::apply_to_data;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(changes_path) = args.first() else {
        eprintln!("usage: cargo run --example apply_changes -- changes.geojson [assets/data/places.geojson]");
        return ExitCode::from(2);
    };
    let data_path = args.get(1).map_or("assets/data/places.geojson", String::as_str);
    let read = |path: &str| std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"));
    let (changes, data) = match (read(changes_path), read(data_path)) {
        (Ok(c), Ok(d)) => (c, d),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let district = BaseMap::parse(zhonglou_map::data::BASEMAP)
        .ok()
        .and_then(|b| b.district_ring().map(<[_]>::to_vec))
        .unwrap_or_default();
    match apply_to_data(&data, &changes, &district) {
        Ok((text, summary)) => {
            // Written beside the data and renamed over it, so a failure cannot leave half a file.
            let temporary = format!("{data_path}.merging");
            if let Err(e) = std::fs::write(&temporary, text).and_then(|()| std::fs::rename(&temporary, data_path)) {
                eprintln!("cannot write {data_path}: {e}");
                let _ = std::fs::remove_file(&temporary);
                return ExitCode::FAILURE;
            }
            for line in summary {
                println!("{line}");
            }
            ExitCode::SUCCESS
        }
        Err(problems) => {
            eprintln!("{data_path} left unchanged; the changes were refused:");
            for p in problems {
                eprintln!("  - {p}");
            }
            ExitCode::FAILURE
        }
    }
}
