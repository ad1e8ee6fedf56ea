//! Build script of libpython-sys.
//!
//! 1. Select the interpreter the way PyO3 does and read the truth from its headers
//!    (`libpython_sys_build::select`, shared with ffi-check).
//! 2. `cfgs`: emit PyO3-compatible cfgs, link flags and `DEP_LIBPYTHON_SYS_*` metadata.
//! 3. Select the checked-in `src/bindings/<target>.rs`, or (feature `bindgen`) generate it
//!    with `generate`, the same code `scripts/regenerate-bindings` runs.
//!
//! Every bad configuration stops the build with one line naming the cause and the fix.

mod cfgs;
#[cfg(feature = "bindgen")]
mod generate;

use std::path::{Path, PathBuf};

use libpython_sys_build::select::{self, RustTarget, Selection};
use libpython_sys_build::{env_var, Compiler, Error};

fn cargo_env(name: &str) -> String {
    std::env::var(name).unwrap_or_default()
}

fn main() {
    println!("cargo::rerun-if-changed=build");
    println!("cargo::rerun-if-changed=wrapper.h");
    libpython_sys_build::track_cargo_inputs();
    cfgs::declare_expected();
    if let Err(error) = run() {
        // One line, shown by cargo as `error: …`; the build fails.
        println!("cargo::error={error}");
    }
}

fn run() -> Result<(), Error> {
    if env_var("DOCS_RS").is_some() {
        return docs_rs();
    }
    let compiler = Compiler::for_build_script();
    let config = select::select(None, &compiler, &RustTarget::of_build_script())?;
    let bindings = select_bindings(&config)?;
    write_bindings_include(&bindings)?;

    cfgs::emit(&config);
    cfgs::link(&config)?;
    cfgs::metadata(&config);
    Ok(())
}

/// The target docs.rs documents: its builders have no Python, so the build selects no
/// interpreter and links nothing. The newest free-threaded target has every hand-written
/// item (the free-threaded-only ones included) and every strong-reference function natively.
const DOCS_TARGET: &str = "3.15t";

fn docs_rs() -> Result<(), Error> {
    let path = libpython_sys_build::targets::bindings_file(
        Path::new(&cargo_env("CARGO_MANIFEST_DIR")),
        DOCS_TARGET,
    );
    let origin = libpython_sys_build::targets::Origin::of_file(&path).ok_or_else(|| {
        Error::new(format!(
            "{} names no CPython release; regenerate it with scripts/regenerate-bindings",
            path.display()
        ))
    })?;
    write_bindings_include(&path)?;
    for cfg in libpython_sys_build::cfgs::for_target(origin.version.minor, origin.free_threaded) {
        println!("cargo::rustc-cfg={cfg}");
    }
    println!("cargo::rustc-env=LIBPYTHON_SYS_TARGET={DOCS_TARGET}");
    Ok(())
}

/// `OUT_DIR/bindings.rs`, which `src/lib.rs` includes: an `include!` of `bindings`.
fn write_bindings_include(bindings: &Path) -> Result<(), Error> {
    let out_dir = PathBuf::from(cargo_env("OUT_DIR"));
    let include_line = format!("include!({:?});\n", bindings.display().to_string());
    std::fs::write(out_dir.join("bindings.rs"), include_line)
        .map_err(|e| Error::new(format!("cannot write to OUT_DIR: {e}")))
}

/// Path of the bindings to `include!`: generated now (feature `bindgen`) or checked in.
fn select_bindings(config: &Selection) -> Result<PathBuf, Error> {
    #[cfg(feature = "bindgen")]
    {
        generate::run(config)
    }
    #[cfg(not(feature = "bindgen"))]
    {
        checked_in(config)
    }
}
/// The checked-in bindings describe release builds on 64-bit little-endian Linux.
#[cfg_attr(feature = "bindgen", allow(dead_code))]
fn checked_in(config: &Selection) -> Result<PathBuf, Error> {
    let h = &config.headers;
    if h.debug || h.trace_refs {
        return Err(Error::new(format!(
            "Python {} in {} is a debug/trace-refs build, whose layouts the checked-in bindings do not describe; \
             enable the `bindgen` feature (needs libclang) to generate bindings from its headers",
            h.version,
            h.include_dir.display()
        )));
    }
    let (os, endian) = (
        cargo_env("CARGO_CFG_TARGET_OS"),
        cargo_env("CARGO_CFG_TARGET_ENDIAN"),
    );
    if os != "linux" || endian != "little" {
        return Err(Error::new(format!(
            "the checked-in bindings are for 64-bit little-endian Linux, not {}; enable the `bindgen` feature \
             (needs libclang) to generate bindings for this target",
            cargo_env("TARGET")
        )));
    }
    let target = config.bindings_label();
    let path = libpython_sys_build::targets::bindings_file(
        Path::new(&cargo_env("CARGO_MANIFEST_DIR")),
        &target,
    );
    if !path.is_file() {
        return Err(Error::new(format!(
            "no checked-in bindings for target {target} ({}); run scripts/regenerate-bindings --python <it> or enable the `bindgen` feature",
            path.display()
        )));
    }
    warn_patch_drift(&path, h);
    Ok(path)
}

/// The checked-in file names the patch release it was generated from; an older
/// interpreter of the same minor version may lack what later patches added (ffi-check
/// lists those items as patch drift).
fn warn_patch_drift(path: &Path, h: &libpython_sys_build::headers::Headers) {
    let Some(origin) = libpython_sys_build::targets::Origin::of_file(path) else {
        return;
    };
    if h.micro < origin.version.micro {
        println!(
            "cargo::warning=Python {} is an older patch release than the {} these bindings were generated from: \
             items added or changed in later patches may not match (run `cargo run -p libpython-sys-ffi-check`, or enable the `bindgen` feature)",
            h.version, origin.version.text
        );
    }
}
