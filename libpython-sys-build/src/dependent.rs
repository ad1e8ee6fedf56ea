//! For the build scripts of crates that depend on libpython-sys: its cfgs, and the rpath to
//! the libpython it links. They read the `DEP_LIBPYTHON_SYS_*` variables cargo passes to
//! the build scripts of libpython-sys's direct dependents.

use std::path::PathBuf;

/// A `DEP_LIBPYTHON_SYS_<KEY>` variable, tracked.
fn dep(key: &str) -> Option<String> {
    let name = format!("DEP_LIBPYTHON_SYS_{key}");
    println!("cargo::rerun-if-env-changed={name}");
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn not_a_dependent(key: &str) -> ! {
    panic!(
        "DEP_LIBPYTHON_SYS_{key} is not set: call libpython_sys_build from the build script of a crate \
         that depends on libpython-sys directly (cargo passes its metadata only to those)"
    )
}

/// Compiles the calling crate with the cfgs libpython-sys was compiled with (`Py_3_9` …
/// `Py_3_15`, `Py_GIL_DISABLED`, `py_sys_config = "…"`, and `libpython_sys_removed = "…"` for
/// the items the build removed), and declares every cfg it may test to `rustc-check-cfg`.
/// Call it from `build.rs`; the crate then writes `#[cfg(Py_3_13)]` as libpython-sys does.
pub fn use_cfgs() {
    for check in crate::cfgs::expected() {
        println!("cargo::rustc-check-cfg={check}");
    }
    let cfgs = dep("CFGS").unwrap_or_else(|| not_a_dependent("CFGS"));
    for cfg in cfgs.split(';').filter(|c| !c.is_empty()) {
        println!("cargo::rustc-cfg={cfg}");
    }
    for item in dep("REMOVED")
        .unwrap_or_default()
        .split(';')
        .filter(|c| !c.is_empty())
    {
        println!("cargo::rustc-cfg={}=\"{item}\"", crate::cfgs::REMOVED);
    }
}

/// The directory of the shared libpython libpython-sys links, if it links one.
pub fn libpython_dir() -> Option<PathBuf> {
    dep("LIB_DIR").map(PathBuf::from)
}

/// The `sys.base_prefix` of the interpreter libpython-sys was built for: where its standard
/// library lives. A program that embeds Python sets `PyConfig.home` to it, so that the
/// interpreter finds its standard library even when it is a pyenv or uv build outside the
/// system prefix.
pub fn python_home() -> Option<PathBuf> {
    dep("HOME").map(PathBuf::from)
}

/// For a program that embeds Python: adds the directory of the libpython libpython-sys
/// links to the binary's run-time search path (`-Wl,-rpath`), so that it starts with no
/// environment variables set and loads that library, not another interpreter's of the same
/// name. Call it from the build script of the crate that builds the binary. Does nothing
/// for an extension module (libpython-sys links nothing then) or on Windows, where the
/// DLL must be beside the program or on `PATH`.
pub fn add_libpython_rpath() {
    let Some(dir) = libpython_dir() else { return };
    let linked = dep("LINKED").is_some_and(|v| v == "1");
    let unix = std::env::var("CARGO_CFG_TARGET_FAMILY").is_ok_and(|f| f == "unix");
    if linked && unix {
        println!("cargo::rustc-link-arg=-Wl,-rpath,{}", dir.display());
    }
}
