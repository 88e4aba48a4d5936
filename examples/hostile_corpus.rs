//! Writes the hostile-input corpus (tests/corpus) as files for the browser test: `NN.geojson` per case and
//! `index.json` naming each file, its case and what loading it must give.
//! Usage: `cargo run --example hostile_corpus -- target/hostile-corpus` (`make e2e` does this).

#[path = "../tests/corpus/mod.rs"]
mod corpus;

use corpus::Expect;
use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "target/hostile-corpus".into()));
    std::fs::create_dir_all(&dir)?;
    let mut index = Vec::new();
    for (n, case) in corpus::cases().into_iter().enumerate() {
        let file = format!("{n:02}.geojson");
        std::fs::write(dir.join(&file), &case.bytes)?;
        let expect = match case.expect {
            Expect::FileError(_) => serde_json::json!({ "fileError": true }),
            Expect::Loads { places, skipped } => {
                let skipped: Vec<usize> = skipped.iter().map(|(index, _)| *index).collect();
                serde_json::json!({ "places": places, "skipped": skipped })
            }
        };
        index.push(serde_json::json!({ "file": file, "name": case.name, "bytes": case.bytes.len(), "expect": expect }));
    }
    std::fs::write(dir.join("index.json"), serde_json::to_string_pretty(&index)?)?;
    println!("{} cases written to {}", index.len(), dir.display());
    Ok(())
}
