//! Build script of libpython-sys.
//!
//! 1. `interpreter`: find the target interpreter the way PyO3 does and ask it about itself.
//! 2. `headers`: read the truth from its headers with the C preprocessor; cross-check.
//! 3. `cfgs`: emit PyO3-compatible cfgs, link flags and `DEP_LIBPYTHON_SYS_*` metadata.
//! 4. Select the checked-in `src/bindings/<target>.rs`, or (feature `bindgen`) generate it
//!    with `generate`, the same code `scripts/regenerate-bindings` runs.
//!
//! Every bad configuration stops the build with one line naming the cause and the fix.

mod cfgs;
mod error;
#[cfg(feature = "bindgen")]
mod generate;
mod headers;
mod interpreter;

use std::path::{Path, PathBuf};

use headers::Headers;
use interpreter::Interpreter;

pub use headers::{MAX_MINOR, MIN_MINOR};

/// Lets `3.(MAX_MINOR + 1)` build with the newest bindings, with a warning.
const ALLOW_NEXT_MINOR: &str = "LIBPYTHON_SYS_ALLOW_NEXT_MINOR";

pub use error::Error;

/// Reads an environment variable and tells cargo to rerun when it changes.
pub fn env_var(name: &str) -> Option<String> {
    println!("cargo::rerun-if-env-changed={name}");
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Tells cargo to rerun when `path` changes.
pub fn track_file(path: &Path) {
    println!("cargo::rerun-if-changed={}", path.display());
}

/// The C compiler for the target, configured by cargo's environment.
pub fn c_build() -> cc::Build {
    cc::Build::new()
}

/// Where probes and generated files go.
pub fn scratch_dir() -> PathBuf {
    PathBuf::from(cargo_env("OUT_DIR"))
}

fn cargo_env(name: &str) -> String {
    std::env::var(name).unwrap_or_default()
}

/// The selected configuration, after every check passed.
pub struct Config {
    pub interpreter: Interpreter,
    pub headers: Headers,
    /// The bindings target: `3.14`, `3.14t`, …
    pub target: String,
    /// The minor version whose bindings and cfgs are used (differs from the
    /// interpreter's only under `LIBPYTHON_SYS_ALLOW_NEXT_MINOR`).
    pub bindings_minor: u32,
}

fn main() {
    println!("cargo::rerun-if-changed=build");
    println!("cargo::rerun-if-changed=wrapper.h");
    cfgs::declare_expected();
    if let Err(error) = run() {
        // One line, shown by cargo as `error: …`; the build fails.
        println!("cargo::error={error}");
    }
}

fn run() -> Result<(), Error> {
    let interpreter = interpreter::resolve()?;
    let bindings_minor = check_interpreter(&interpreter)?;
    let include_dir = include_dir(&interpreter)?;
    println!(
        "cargo::rerun-if-changed={}",
        include_dir.join("patchlevel.h").display()
    );
    println!(
        "cargo::rerun-if-changed={}",
        include_dir.join("pyconfig.h").display()
    );
    let headers = headers::read(&include_dir, &interpreter.source)?;
    cross_check(&interpreter, &headers)?;
    let target = format!(
        "3.{}{}",
        headers.minor,
        if headers.gil_disabled { "t" } else { "" }
    );
    let config = Config {
        interpreter,
        headers,
        target,
        bindings_minor,
    };

    let bindings = select_bindings(&config)?;
    let out_dir = PathBuf::from(cargo_env("OUT_DIR"));
    let include_line = format!("include!({:?});\n", bindings.display().to_string());
    std::fs::write(out_dir.join("bindings.rs"), include_line)
        .map_err(|e| Error::new(format!("cannot write to OUT_DIR: {e}")))?;

    cfgs::emit(&config);
    cfgs::link(&config)?;
    cfgs::metadata(&config);
    Ok(())
}

/// Implementation, version and pointer width, from what the interpreter reports.
/// Returns the minor version whose bindings will be used.
fn check_interpreter(interp: &Interpreter) -> Result<u32, Error> {
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
            println!(
                "cargo::warning=Python {version} is newer than the newest supported (3.{MAX_MINOR}); \
                 building with the 3.{MAX_MINOR} bindings because {ALLOW_NEXT_MINOR}=1: run ffi-check before relying on it"
            );
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
    let target_width: u32 = cargo_env("CARGO_CFG_TARGET_POINTER_WIDTH")
        .parse()
        .unwrap_or(0);
    if let Some(width) = interp.pointer_width {
        if width != target_width {
            return Err(Error::new(format!(
                "pointer width mismatch: Python ({}) is {width}-bit but the Rust target {} is {target_width}-bit; \
                 use a {target_width}-bit Python or build with --target for a {width}-bit platform",
                interp.source,
                cargo_env("TARGET")
            )));
        }
    }
    Ok(minor)
}

fn include_dir(interp: &Interpreter) -> Result<PathBuf, Error> {
    if let Some(dir) = env_var("LIBPYTHON_SYS_INCLUDE_DIR") {
        return Ok(PathBuf::from(dir));
    }
    interp.include_dir.clone().ok_or_else(|| {
        Error::new(format!(
            "cannot locate the Python headers for {}: add executable= to the config file or set LIBPYTHON_SYS_INCLUDE_DIR",
            interp.source
        ))
    })
}

/// The headers are the ground truth; what the interpreter (or config file) reports
/// must agree with them.
fn cross_check(interp: &Interpreter, h: &Headers) -> Result<(), Error> {
    let dir = h.include_dir.display();
    let mismatch = |what: &str, said: String, found: String| {
        Error::new(format!(
            "{what} mismatch: {} says {said} but the headers in {dir} are {found}; \
             point PYO3_PYTHON / PYO3_CONFIG_FILE and LIBPYTHON_SYS_INCLUDE_DIR at the same installation",
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
    let target_width: u32 = cargo_env("CARGO_CFG_TARGET_POINTER_WIDTH")
        .parse()
        .unwrap_or(0);
    if h.sizeof_void_p * 8 != target_width {
        return Err(Error::new(format!(
            "pointer width mismatch: the headers in {dir} are for {}-bit pointers but the Rust target {} is {target_width}-bit; \
             use headers of a {target_width}-bit Python",
            h.sizeof_void_p * 8,
            cargo_env("TARGET")
        )));
    }
    Ok(())
}

/// Path of the bindings to `include!`: generated now (feature `bindgen`) or checked in.
fn select_bindings(config: &Config) -> Result<PathBuf, Error> {
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
fn checked_in(config: &Config) -> Result<PathBuf, Error> {
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
    let suffix = if h.gil_disabled { "t" } else { "" };
    let target = format!("3.{}{suffix}", config.bindings_minor);
    let path = Path::new(&cargo_env("CARGO_MANIFEST_DIR"))
        .join("src/bindings")
        .join(format!("{target}.rs"));
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
fn warn_patch_drift(path: &Path, h: &Headers) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let Some(version) = text
        .lines()
        .take(5)
        .find_map(|l| l.strip_prefix("// CPython "))
    else {
        return;
    };
    let version = version.split_whitespace().next().unwrap_or("");
    let micro: Option<u32> = version
        .split('.')
        .nth(2)
        .map(|m| {
            m.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
        })
        .and_then(|m| m.parse().ok());
    if micro.is_some_and(|m| h.micro < m) {
        println!(
            "cargo::warning=Python {} is an older patch release than the {version} these bindings were generated from: \
             items added or changed in later patches may not match (run `cargo run -p libpython-sys-ffi-check`, or enable the `bindgen` feature)",
            h.version
        );
    }
}
