//! What a build is for: the interpreter, its headers, and the bindings target, each
//! checked against the others and against the Rust target. The build script and
//! ffi-check both select through here, so they accept and refuse the same things, with
//! the same one-line messages.

use std::path::{Path, PathBuf};

use crate::headers::{self, Headers};
use crate::interpreter::{self, Interpreter};
use crate::targets::{Stable, StableAbi, ABI3T_MIN_MINOR, MAX_MINOR, MIN_MINOR};
use crate::{env_var, track_file, Compiler, Error};

/// Lets `3.(MAX_MINOR + 1)` build with the newest bindings, with a warning.
pub const ALLOW_NEXT_MINOR: &str = "LIBPYTHON_SYS_ALLOW_NEXT_MINOR";
/// The directory holding `Python.h`, when it is not where the interpreter says.
pub const INCLUDE_DIR: &str = "LIBPYTHON_SYS_INCLUDE_DIR";

/// A selected configuration, after every check passed.
#[derive(Debug, Clone)]
pub struct Selection {
    pub interpreter: Interpreter,
    pub headers: Headers,
    /// The target label from the headers: `3.14`, `3.14t`, …
    pub label: String,
    /// The minor version whose bindings and cfgs are used (differs from the
    /// interpreter's only under [`ALLOW_NEXT_MINOR`]).
    pub bindings_minor: u32,
    /// The stable ABI the build targets instead of this interpreter's own ABI (the
    /// `abi3*` features), if any.
    pub stable: Option<Stable>,
}

impl Selection {
    /// The label of the bindings file to use: `abi3-py39` for a stable-ABI build, else
    /// the interpreter's (`3.15t` for a 3.16t under [`ALLOW_NEXT_MINOR`]).
    pub fn bindings_label(&self) -> String {
        match self.stable {
            Some(stable) => stable.label(),
            None => crate::targets::label(self.bindings_minor, self.headers.gil_disabled),
        }
    }

    /// The cfgs this build compiles with (see [`crate::cfgs`]).
    pub fn cfgs(&self) -> Vec<String> {
        match self.stable {
            Some(stable) => crate::cfgs::for_stable(stable),
            None => crate::cfgs::for_headers(&self.headers, self.bindings_minor),
        }
    }
}

/// What the `abi3*` cargo features ask for, by PyO3's names: `abi3` or `abi3-py3X`
/// (each implies the newer ones and `abi3`), `abi3t` or `abi3t-py315`. A bare `abi3` or
/// `abi3t` means "from this interpreter's version".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StableRequest {
    /// `Some(0)` for a bare `abi3`, `Some(m)` for `abi3-py3m` (the oldest one enabled).
    pub abi3: Option<u32>,
    pub abi3t: Option<u32>,
}

impl StableRequest {
    /// From the enabled features: `enabled("abi3-py39")`, … (cargo's feature names).
    pub fn from_features(enabled: impl Fn(&str) -> bool) -> StableRequest {
        let oldest = |kind: &str, from: u32| {
            (from..=MAX_MINOR)
                .find(|m| enabled(&format!("{kind}-py3{m}")))
                .or_else(|| enabled(kind).then_some(0))
        };
        StableRequest {
            abi3: oldest("abi3", MIN_MINOR),
            abi3t: oldest("abi3t", ABI3T_MIN_MINOR),
        }
    }

    /// The stable ABI this request gives `headers`' interpreter, as PyO3 chooses it:
    /// abi3t on 3.15+ where requested, else abi3 on a default build. A free-threaded
    /// interpreter that the request has no stable ABI for gets a version-specific build,
    /// with a warning; what cannot work is refused.
    pub fn resolve(&self, headers: &Headers) -> Result<Option<Stable>, Error> {
        let minor = headers.minor;
        let version = format!(
            "{}.{}{}",
            headers.major,
            minor,
            if headers.gil_disabled { "t" } else { "" }
        );
        let min_of = |requested: u32| if requested == 0 { minor } else { requested };
        if let Some(requested) = self.abi3t {
            let min_minor = min_of(requested);
            if min_minor < ABI3T_MIN_MINOR {
                return Err(Error::new(format!(
                    "abi3t needs CPython 3.{ABI3T_MIN_MINOR} or newer, but the build is for Python {version}: \
                 build with a 3.{ABI3T_MIN_MINOR}+ interpreter, or use abi3-py3X for older versions"
                )));
            }
            // An older interpreter builds abi3 when that is requested too (PyO3's
            // `abi3t` implies `abi3`); else it is refused below.
            if minor >= ABI3T_MIN_MINOR || self.abi3.is_none() {
                check_stable(headers, &version, min_minor, "abi3t")?;
                return Ok(Some(Stable {
                    abi: StableAbi::Abi3t,
                    min_minor,
                }));
            }
        }
        let Some(requested) = self.abi3 else {
            return Ok(None);
        };
        let min_minor = min_of(requested);
        if headers.gil_disabled {
            crate::warn(&format!(
                "abi3 is for default (GIL) builds; Python {version} is free-threaded, so this build is \
                 for {version} only (enable abi3t-py315 for a stable ABI on 3.15t)"
            ));
            return Ok(None);
        }
        check_stable(headers, &version, min_minor, "abi3")?;
        Ok(Some(Stable {
            abi: StableAbi::Abi3,
            min_minor,
        }))
    }
}

/// A stable-ABI build needs an interpreter at least as new as its minimum version, and
/// a release build.
fn check_stable(headers: &Headers, version: &str, min_minor: u32, kind: &str) -> Result<(), Error> {
    if headers.minor < min_minor && kind == "abi3t" {
        return Err(Error::new(format!(
            "abi3t-py3{min_minor} needs Python 3.{min_minor} or newer to build, but the interpreter is {version}: \
             build with a 3.{min_minor}+ interpreter (abi3t starts at 3.{ABI3T_MIN_MINOR}), or use abi3-py3X"
        )));
    }
    if headers.minor < min_minor {
        return Err(Error::new(format!(
            "{kind}-py3{min_minor} needs Python 3.{min_minor} or newer to build, but the interpreter is {version}: \
                 build with a newer interpreter, or lower the {kind} minimum"
        )));
    }
    if headers.debug || headers.trace_refs {
        return Err(Error::new(format!(
            "{kind} cannot be combined with a debug build (Python {version} in {} is built with Py_DEBUG or \
             Py_TRACE_REFS): build with a release build of CPython",
            headers.include_dir.display()
        )));
    }
    Ok(())
}

/// The Rust target the bindings are compiled for.
#[derive(Debug, Clone)]
pub struct RustTarget {
    pub triple: String,
    pub pointer_width: u32,
}

impl RustTarget {
    /// The target of the build script running now (cargo's `TARGET` and `CARGO_CFG_*`).
    pub fn of_build_script() -> RustTarget {
        RustTarget {
            triple: std::env::var("TARGET").unwrap_or_default(),
            pointer_width: std::env::var("CARGO_CFG_TARGET_POINTER_WIDTH")
                .ok()
                .and_then(|w| w.parse().ok())
                .unwrap_or(0),
        }
    }
}

/// Selects the interpreter (`python`, or else as PyO3 resolves it: `PYO3_CONFIG_FILE`,
/// `PYO3_PYTHON`, `VIRTUAL_ENV`, `CONDA_PREFIX`, `python3` on `PATH`) and reads its
/// headers; refuses anything libpython-sys does not support.
pub fn select(
    python: Option<&Path>,
    compiler: &Compiler,
    rust: &RustTarget,
    stable: &StableRequest,
) -> Result<Selection, Error> {
    let interpreter = match python {
        Some(exe) => interpreter::query(exe, &exe.display().to_string())?,
        None => interpreter::resolve()?,
    };
    let bindings_minor = check_interpreter(&interpreter, rust)?;
    let include_dir = include_dir(&interpreter)?;
    track_file(&include_dir.join("patchlevel.h"));
    track_file(&include_dir.join("pyconfig.h"));
    let headers = headers::read(compiler, &include_dir, &interpreter.source)?;
    cross_check(&interpreter, &headers, rust)?;
    let stable = stable.resolve(&headers)?;
    Ok(Selection {
        label: headers.label(),
        interpreter,
        headers,
        bindings_minor,
        stable,
    })
}

/// Implementation, version and pointer width, from what the interpreter reports.
/// Returns the minor version whose bindings will be used.
fn check_interpreter(interp: &Interpreter, rust: &RustTarget) -> Result<u32, Error> {
    let version = format!("{}.{}", interp.major, interp.minor);
    if interp.implementation != "CPython" {
        return Err(Error::new(format!(
            "{} {version} is not supported ({}): libpython-sys binds CPython only; set PYO3_PYTHON to a CPython 3.{MIN_MINOR}-3.{MAX_MINOR} interpreter",
            interp.implementation, interp.source
        )));
    }
    let minor = if interp.major != 3 || interp.minor < MIN_MINOR {
        return Err(Error::new(format!(
            "Python {version} is too old ({}): libpython-sys supports CPython 3.{MIN_MINOR}-3.{MAX_MINOR}; set PYO3_PYTHON to a newer interpreter",
            interp.source
        )));
    } else if interp.minor > MAX_MINOR {
        if interp.minor == MAX_MINOR + 1 && env_var(ALLOW_NEXT_MINOR).is_some_and(|v| v == "1") {
            crate::warn(&format!(
                "Python {version} is newer than the newest supported (3.{MAX_MINOR}); \
                 building with the 3.{MAX_MINOR} bindings because {ALLOW_NEXT_MINOR}=1: run ffi-check before relying on it"
            ));
            MAX_MINOR
        } else {
            return Err(Error::new(format!(
                "Python {version} is newer than the newest supported 3.{MAX_MINOR} ({}): use CPython 3.{MIN_MINOR}-3.{MAX_MINOR}, \
                 or set {ALLOW_NEXT_MINOR}=1 to build 3.{} with the 3.{MAX_MINOR} bindings",
                interp.source,
                MAX_MINOR + 1
            )));
        }
    } else {
        interp.minor
    };
    if let Some(width) = interp.pointer_width {
        if width != rust.pointer_width {
            return Err(Error::new(format!(
                "pointer width mismatch: Python ({}) is {width}-bit but the Rust target {} is {}-bit; \
                 use a {}-bit Python or build with --target for a {width}-bit platform",
                interp.source, rust.triple, rust.pointer_width, rust.pointer_width
            )));
        }
    }
    Ok(minor)
}

fn include_dir(interp: &Interpreter) -> Result<PathBuf, Error> {
    if let Some(dir) = env_var(INCLUDE_DIR) {
        return Ok(PathBuf::from(dir));
    }
    interp.include_dir.clone().ok_or_else(|| {
        Error::new(format!(
            "cannot locate the Python headers for {}: add executable= to the config file or set {INCLUDE_DIR}",
            interp.source
        ))
    })
}

/// The headers are the ground truth; what the interpreter (or config file) reports
/// must agree with them.
fn cross_check(interp: &Interpreter, h: &Headers, rust: &RustTarget) -> Result<(), Error> {
    let dir = h.include_dir.display();
    let mismatch = |what: &str, said: String, found: String| {
        Error::new(format!(
            "{what} mismatch: {} says {said} but the headers in {dir} are {found}; \
             point PYO3_PYTHON / PYO3_CONFIG_FILE and {INCLUDE_DIR} at the same installation",
            interp.source
        ))
    };
    let said = match interp.micro {
        Some(micro) => format!("{}.{}.{micro}", interp.major, interp.minor),
        None => format!("{}.{}", interp.major, interp.minor),
    };
    let same_version = (interp.major, interp.minor) == (h.major, h.minor)
        && interp.micro.is_none_or(|m| m == h.micro);
    if !same_version {
        return Err(mismatch(
            "version",
            format!("Python {said}"),
            format!("Python {}", h.version),
        ));
    }
    let build = |ft: bool| {
        if ft {
            "free-threaded (Py_GIL_DISABLED)"
        } else {
            "a default (GIL) build"
        }
        .to_string()
    };
    if let Some(ft) = interp.gil_disabled {
        if ft != h.gil_disabled {
            return Err(mismatch("build", build(ft), build(h.gil_disabled)));
        }
    }
    if let Some(debug) = interp.debug {
        if debug != h.debug {
            let kind = |d: bool| {
                if d {
                    "a debug build (Py_DEBUG)"
                } else {
                    "a release build"
                }
                .to_string()
            };
            return Err(mismatch("build", kind(debug), kind(h.debug)));
        }
    }
    if h.sizeof_void_p * 8 != rust.pointer_width {
        return Err(Error::new(format!(
            "pointer width mismatch: the headers in {dir} are for {}-bit pointers but the Rust target {} is {}-bit; \
             use headers of a {}-bit Python",
            h.sizeof_void_p * 8,
            rust.triple,
            rust.pointer_width,
            rust.pointer_width
        )));
    }
    Ok(())
}
