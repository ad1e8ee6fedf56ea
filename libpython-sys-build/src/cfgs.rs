//! The cfgs libpython-sys compiles with, named as PyO3 names them, and their
//! `rustc-check-cfg` declarations.

use crate::headers::Headers;
use crate::targets::{MAX_MINOR, MIN_MINOR};

/// The cfg the build sets, once per item, for each generated item whose declaration
/// differs in the target interpreter's headers: `libpython_sys_removed = "PyThreadState"`.
/// Every generated item is behind `#[cfg(not(libpython_sys_removed = "<its name>"))]`.
pub const REMOVED: &str = "libpython_sys_removed";

/// The cfgs for `headers`, with the bindings of minor version `bindings_minor`:
/// cumulative `Py_3_9` … `Py_3_<minor>`, `Py_GIL_DISABLED`, `py_sys_config="…"`.
pub fn for_headers(headers: &Headers, bindings_minor: u32) -> Vec<String> {
    let mut cfgs = for_target(bindings_minor, headers.gil_disabled);
    if headers.debug {
        // Py_DEBUG implies Py_REF_DEBUG.
        cfgs.push("py_sys_config=\"Py_DEBUG\"".into());
        cfgs.push("py_sys_config=\"Py_REF_DEBUG\"".into());
    }
    if headers.trace_refs {
        cfgs.push("py_sys_config=\"Py_TRACE_REFS\"".into());
    }
    cfgs
}

/// The cfgs of a release build of target 3.`minor` (free-threaded or not).
pub fn for_target(minor: u32, free_threaded: bool) -> Vec<String> {
    let mut cfgs: Vec<String> = (MIN_MINOR..=minor).map(|m| format!("Py_3_{m}")).collect();
    if free_threaded {
        cfgs.push("Py_GIL_DISABLED".into());
    }
    cfgs
}

/// The cfgs of a stable-ABI build, as PyO3 sets them: `Py_3_9` … up to the minimum
/// version (the API a module may use on every version it loads in), `Py_LIMITED_API`,
/// and `Py_GIL_DISABLED` for abi3t (its modules run on free-threaded builds too).
pub fn for_stable(stable: crate::targets::Stable) -> Vec<String> {
    let mut cfgs = for_target(stable.min_minor, stable.free_threaded());
    cfgs.push("Py_LIMITED_API".into());
    cfgs
}

/// `rustc-check-cfg` arguments for every cfg libpython-sys (or a dependent copying its
/// cfgs) may test: `cfg(Py_3_9)`, …
pub fn expected() -> Vec<String> {
    let mut out: Vec<String> = (MIN_MINOR..=MAX_MINOR + 1)
        .map(|minor| format!("cfg(Py_3_{minor})"))
        .collect();
    out.push("cfg(Py_GIL_DISABLED)".into());
    out.push(format!("cfg({REMOVED}, values(any()))"));
    out.push("cfg(Py_LIMITED_API)".into());
    out.push(
        "cfg(py_sys_config, values(\"Py_DEBUG\", \"Py_REF_DEBUG\", \"Py_TRACE_REFS\"))".into(),
    );
    out
}
