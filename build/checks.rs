//! The exactness checks of a freshly generated bindings file (feature `bindgen`, when
//! `scripts/regenerate-bindings` writes the checked-in files): what the Rust side says of
//! every generated item, as C that the headers must accept (format and use:
//! `libpython_sys_build::exact`). The checks are verified against the headers they were
//! generated from before they are written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use libpython_sys_build::model::cfg::Cfgs;
use libpython_sys_build::model::ctype::CNames;
use libpython_sys_build::model::probe::{Probe, RustCode};
use libpython_sys_build::model::{self, checks, layer};
use libpython_sys_build::select::Selection as Config;
use libpython_sys_build::targets::{self, Version};
use libpython_sys_build::{exact, headers, Error};

use crate::cargo_env;

/// Writes `<bindings>.checks.c` beside `bindings` and returns its path.
pub fn write(config: &Config, bindings: &Path) -> Result<PathBuf, Error> {
    let crate_root = PathBuf::from(cargo_env("CARGO_MANIFEST_DIR"));
    let wrapper = crate_root.join("wrapper.h");
    let include_dir = &config.headers.include_dir;
    let defines = config.stable.map(|s| s.defines()).unwrap_or_default();
    let compiler = crate::compiler::for_target()?.with_defines(&defines);
    let err = |e: String| Error::new(format!("writing the checks of {}: {e}", bindings.display()));

    let triple = cargo_env("TARGET");
    let set = config.cfgs();
    let cfgs = Cfgs {
        set: &set,
        triple: &triple,
    };
    let generated = model::load(bindings, &cfgs).map_err(err)?;
    let layer = layer::load(&crate_root.join("src"), &cfgs).map_err(err)?;

    // The Rust side's layouts, from rustc.
    let work = PathBuf::from(cargo_env("OUT_DIR")).join("checks-probe");
    std::fs::create_dir_all(&work).map_err(|e| err(e.to_string()))?;
    let mut code = RustCode::default();
    for r in generated.records.iter().filter(|r| !r.opaque) {
        code.record(r);
    }
    let h = &config.headers;
    let version = targets::version_rs(&Version::from_hex(h.version_hex, &h.version), config.stable);
    let rows = code
        .run(&Probe {
            root: &layer.root,
            bindings,
            version_rs: &version,
            cfgs: &set,
            triple: &triple,
            work: &work,
        })
        .map_err(err)?;

    let preprocessed = headers::preprocess(&compiler, include_dir, &wrapper)?;
    let macros = headers::macros(&compiler, include_dir, &wrapper)?;
    let names = CNames::scan(&preprocessed, &macros);
    let title = format!(
        "{} (CPython {} headers)",
        config.bindings_label(),
        h.version
    );
    let members = match config.stable {
        Some(_) => model::members_structs(&generated, &crate::stable::manifest(&crate_root)?),
        None => BTreeMap::new(),
    };
    let text = checks::write(
        &generated, &rows, &names, &macros, &title, &defines, &members,
    )
    .map_err(err)?;
    let path = targets::checks_file(bindings);
    std::fs::write(&path, text).map_err(|e| err(e.to_string()))?;

    // Against their own headers, the checks must remove nothing.
    let outcome = exact::run(&compiler, &path, include_dir, &crate_root)?;
    if !outcome.removed.is_empty() {
        return Err(err(format!(
            "the checks reject their own headers, a generator bug: {}",
            outcome.describe()
        )));
    }
    Ok(path)
}
