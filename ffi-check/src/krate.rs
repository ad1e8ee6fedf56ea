//! Which libpython-sys to check: the version the user's project resolved (its
//! `Cargo.lock`, read through `cargo metadata`), or a source tree named with `--crate`.

use std::path::{Path, PathBuf};
use std::process::Command;

use libpython_sys_build::targets::{self, Origin, STABLE_TARGETS, TARGETS};

/// The crate's package name (the `links` key keeps it unique in a dependency graph).
const PACKAGE: &str = "libpython-sys";

/// One libpython-sys source tree.
#[derive(Debug, Clone)]
pub struct Krate {
    pub version: String,
    /// Where it comes from: `path+file://…`, `registry+…`, `git+…`, or `--crate`.
    pub source: String,
    /// The directory holding its `Cargo.toml`.
    pub root: PathBuf,
    /// The features the project enabled on it (`abi3-py39`, …): none for `--crate`.
    pub features: Vec<String>,
}

impl Krate {
    /// A source tree named on the command line.
    pub fn at(root: &Path) -> Result<Krate, String> {
        let manifest = root.join("Cargo.toml");
        let text = std::fs::read_to_string(&manifest).map_err(|e| {
            format!(
                "{} is not a libpython-sys source tree ({e}); pass the directory holding its Cargo.toml",
                root.display()
            )
        })?;
        let field = |key: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(key)?.trim().strip_prefix('=').map(str::trim))
                .map(|v| v.trim_matches('"').to_string())
        };
        if field("name").as_deref() != Some(PACKAGE) {
            return Err(format!(
                "{} is not a libpython-sys source tree (its Cargo.toml names another package)",
                root.display()
            ));
        }
        Ok(Krate {
            version: field("version").unwrap_or_default(),
            source: "--crate".into(),
            root: std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf()),
            features: Vec::new(),
        })
    }

    /// The libpython-sys that the project in `dir` (or its `manifest`) resolved.
    pub fn resolved(dir: &Path, manifest: Option<&Path>) -> Result<Krate, String> {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut cmd = Command::new(&cargo);
        cmd.current_dir(dir)
            .args(["metadata", "--format-version", "1"]);
        if let Some(m) = manifest {
            cmd.arg("--manifest-path").arg(m);
        }
        let out = cmd.output().map_err(|e| {
            format!("cannot run cargo metadata ({e}); run ffi-check where cargo is on PATH, or pass --crate DIR")
        })?;
        if !out.status.success() {
            let stderr = String::from_utf8_lossy(&out.stderr);
            let first = stderr
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("")
                .trim();
            return Err(format!(
                "cargo metadata failed in {} ({first}); run ffi-check inside the project that depends on libpython-sys, or pass --crate DIR",
                dir.display()
            ));
        }
        let meta: serde_json::Value = serde_json::from_slice(&out.stdout)
            .map_err(|e| format!("cannot read cargo metadata's output: {e}"))?;
        let package = meta["packages"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|p| p["name"] == PACKAGE)
            .ok_or_else(|| {
                format!(
                    "the project in {} does not depend on libpython-sys; add it, run ffi-check inside a project that does, or pass --crate DIR",
                    dir.display()
                )
            })?;
        let manifest_path = PathBuf::from(package["manifest_path"].as_str().unwrap_or_default());
        // The features the resolve enabled on it (cargo unifies them across the graph).
        let features = meta["resolve"]["nodes"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|node| node["id"] == package["id"])
            .and_then(|node| node["features"].as_array())
            .into_iter()
            .flatten()
            .filter_map(|f| f.as_str().map(str::to_string))
            .collect();
        Ok(Krate {
            version: package["version"].as_str().unwrap_or_default().to_string(),
            source: package["source"]
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| {
                    format!(
                        "path {}",
                        manifest_path.parent().unwrap_or(Path::new("")).display()
                    )
                }),
            root: manifest_path
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default(),
            features,
        })
    }

    /// This ffi-check understands the libpython-sys releases of its own minor version
    /// (0.x.*), whose sources have the layout it reads.
    pub fn check_compatible(&self) -> Result<(), String> {
        let ours = env!("CARGO_PKG_VERSION");
        let series = |v: &str| -> String {
            let mut parts = v.split('.');
            let major = parts.next().unwrap_or("");
            if major == "0" {
                format!("0.{}", parts.next().unwrap_or(""))
            } else {
                major.to_string()
            }
        };
        if series(ours) != series(&self.version) {
            return Err(format!(
                "libpython-sys {} needs the ffi-check of its own release series, not {ours}: \
                 cargo install libpython-sys-ffi-check --version ~{}",
                self.version,
                series(&self.version)
            ));
        }
        Ok(())
    }

    pub fn src(&self) -> PathBuf {
        self.root.join("src")
    }

    pub fn wrapper(&self) -> PathBuf {
        self.root.join("wrapper.h")
    }

    pub fn bindings(&self, label: &str) -> PathBuf {
        targets::bindings_file(&self.root, label)
    }

    /// What each checked-in bindings file was generated from, by target.
    pub fn provenance(&self) -> Vec<(&'static str, Option<Origin>)> {
        TARGETS
            .iter()
            .chain(STABLE_TARGETS.iter())
            .map(|t| (*t, Origin::of_file(&self.bindings(t))))
            .collect()
    }

    /// `libpython-sys 0.1.0 (path /work/main)`.
    pub fn describe(&self) -> String {
        let source = match self.source.strip_prefix("registry+") {
            Some(url) if url.contains("crates.io-index") => "crates.io".to_string(),
            Some(url) => format!("registry {url}"),
            None => self.source.clone(),
        };
        format!("libpython-sys {} ({source})", self.version)
    }
}
