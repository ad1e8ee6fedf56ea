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
mod checks;
mod compiler;
#[cfg(feature = "bindgen")]
mod generate;
#[cfg(feature = "bindgen")]
mod removable;
#[cfg(feature = "bindgen")]
mod stable;
#[cfg(feature = "bindgen")]
mod strings;

use std::path::{Path, PathBuf};

use libpython_sys_build::select::{self, RustTarget, Selection, StableRequest};
use libpython_sys_build::targets::{self, Version};
use libpython_sys_build::{env_var, exact, Compiler, Error};

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
    let compiler = compiler::for_target()?;
    let stable = StableRequest::from_features(|feature| {
        let var = format!("CARGO_FEATURE_{}", feature.to_uppercase().replace('-', "_"));
        std::env::var_os(var).is_some()
    });
    let config = select::select(None, &compiler, &RustTarget::of_build_script(), &stable)?;
    let bindings = select_bindings(&config)?;
    let h = &config.headers;
    write_out_dir(
        &bindings,
        &Version::from_hex(h.version_hex, &h.version),
        config.stable,
    )?;
    #[cfg(not(feature = "bindgen"))]
    exactness(&config, &compiler, &bindings)?;

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
    write_out_dir(&path, &origin.version, None)?;
    for cfg in libpython_sys_build::cfgs::for_target(origin.version.minor, origin.free_threaded) {
        println!("cargo::rustc-cfg={cfg}");
    }
    println!("cargo::rustc-env=LIBPYTHON_SYS_TARGET={DOCS_TARGET}");
    Ok(())
}

/// What `src/lib.rs` includes from `OUT_DIR`: `bindings.rs` (an `include!` of
/// `bindings`) and `version.rs` (the version macros of `version`).
fn write_out_dir(
    bindings: &Path,
    version: &Version,
    stable: Option<targets::Stable>,
) -> Result<(), Error> {
    let out_dir = PathBuf::from(cargo_env("OUT_DIR"));
    let include_line = format!("include!({:?});\n", bindings.display().to_string());
    let write = |name: &str, text: &str| {
        std::fs::write(out_dir.join(name), text)
            .map_err(|e| Error::new(format!("cannot write to OUT_DIR: {e}")))
    };
    write("bindings.rs", &include_line)?;
    write("version.rs", &targets::version_rs(version, stable))
}

/// The checked-in bindings judged against the target's own headers: every item they
/// declare differently is removed (`libpython_sys_removed`), with one warning naming
/// them and the way out.
#[cfg_attr(feature = "bindgen", allow(dead_code))]
fn exactness(config: &Selection, compiler: &Compiler, bindings: &Path) -> Result<(), Error> {
    let root = PathBuf::from(cargo_env("CARGO_MANIFEST_DIR"));
    let checks = targets::checks_file(bindings);
    libpython_sys_build::track_file(&checks);
    let mut outcome = exact::run(compiler, &checks, &config.headers.include_dir, &root)?;
    if let Some(stable) = config.stable {
        // A stable target holds what every release it loads in declares alike (verified
        // for the matrix's releases), so these headers remove nothing unless they are a
        // release the generator did not see; a stable-ABI function that they declare
        // otherwise stays (libpython exports it).
        let manifest = libpython_sys_build::stable_abi::Manifest::of_crate(&root)?;
        libpython_sys_build::track_file(&root.join("build/stable_abi.toml"));
        outcome =
            libpython_sys_build::stable_abi::split_exempt(outcome, &manifest, stable.min_minor).0;
    }
    for cfg in outcome.cfgs() {
        println!("cargo::rustc-cfg={cfg}");
    }
    if !outcome.removed.is_empty() {
        let origin = targets::Origin::of_file(bindings)
            .map(|o| o.version.text)
            .unwrap_or_else(|| "another release".into());
        println!(
            "cargo::warning=Python {}'s headers differ from the CPython {origin} headers these bindings were generated from: \
             {} items are unavailable, and using one is a compile error (a record keeps its name, for pointers, but not its fields): {}. For them, build with CPython {origin}, or enable \
             the `bindgen` feature (needs libclang) to generate bindings from these headers",
            config.headers.version,
            outcome.removed.len(),
            outcome.describe()
        );
    }
    println!(
        "cargo::metadata=REMOVED={}",
        outcome
            .removed
            .keys()
            .cloned()
            .collect::<Vec<_>>()
            .join(";")
    );
    Ok(())
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
    Ok(path)
}
