//! The build-time companion of [libpython-sys](https://docs.rs/libpython-sys).
//!
//! **In the build script of a crate that depends on libpython-sys** (add this crate under
//! `[build-dependencies]`):
//!
//! ```no_run
//! // build.rs
//! fn main() {
//!     // The cfgs libpython-sys compiles with (`Py_3_13`, `Py_GIL_DISABLED`, …), declared.
//!     libpython_sys_build::use_cfgs();
//!     // A program that embeds Python: find the libpython it was built for at run time.
//!     libpython_sys_build::add_libpython_rpath();
//! }
//! ```
//!
//! **The rest** is the code that libpython-sys's build script and its ffi-check tool share,
//! so that both resolve the same interpreter and judge it by the same rules:
//!
//! - [`interpreter`]: which interpreter, chosen the way PyO3 chooses it, and whether
//!   libpython-sys supports it.
//! - [`headers`]: the truth from its headers, read with the C preprocessor.
//! - [`select`]: the interpreter and headers a build is for, checked against each other
//!   and against the Rust target; every refusal is one line naming the cause and the fix.
//! - [`targets`]: the supported versions, and what a checked-in bindings file says it was
//!   generated from.
//! - [`cfgs`]: the cfgs libpython-sys compiles with.
//! - [`exact`]: the build's exactness checks against the interpreter's own headers, and
//!   what they remove.
//! - [`dynlib`]: what the dynamic linker finds in libpython.
//! - [`discover`]: the interpreters a machine has.
//! - `model` (feature `model`): the Rust side of the bindings, read with syn, and the
//!   Rust probe that prints its layouts, for the generator and ffi-check.

// The example above is a whole build script, `fn main` included.
#![allow(clippy::needless_doctest_main)]

pub mod cfgs;
mod dependent;
pub mod discover;
pub mod dynlib;
mod error;
pub mod exact;
pub mod headers;
pub mod interpreter;
#[cfg(feature = "model")]
pub mod model;
pub mod select;
pub mod stable_abi;
pub mod targets;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

pub use dependent::{add_libpython_rpath, libpython_dir, python_home, use_cfgs};
pub use error::Error;

static TRACKING: AtomicBool = AtomicBool::new(false);

/// Called by a build script: from now on every environment variable and file this
/// crate reads is reported to cargo (`cargo::rerun-if-env-changed`/`-changed`), so that
/// the build reruns when one of them changes.
pub fn track_cargo_inputs() {
    TRACKING.store(true, Ordering::Relaxed);
}

/// An environment variable, empty counting as unset; tracked under [`track_cargo_inputs`].
pub fn env_var(name: &str) -> Option<String> {
    if TRACKING.load(Ordering::Relaxed) {
        println!("cargo::rerun-if-env-changed={name}");
    }
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Reports `path` to cargo under [`track_cargo_inputs`] (only if it exists: cargo would
/// rerun on every build for a path that does not).
pub fn track_file(path: &Path) {
    if TRACKING.load(Ordering::Relaxed) && path.exists() {
        println!("cargo::rerun-if-changed={}", path.display());
    }
}

/// Tells the user something that does not stop the build: a cargo warning under
/// [`track_cargo_inputs`], else a line on stderr.
pub fn warn(message: &str) {
    if TRACKING.load(Ordering::Relaxed) {
        println!("cargo::warning={message}");
    } else {
        eprintln!("warning: {message}");
    }
}

/// The C compiler for the target: the command the `cc` crate configures for it (program,
/// arguments, environment), and a directory for scratch files. The build script and
/// ffi-check make it from `cc::Build::get_compiler()`; this crate itself does not depend
/// on `cc`, so that cargo compiles the two in parallel.
#[derive(Clone, Debug)]
pub struct Compiler {
    pub program: PathBuf,
    pub args: Vec<std::ffi::OsString>,
    pub env: Vec<(std::ffi::OsString, std::ffi::OsString)>,
    /// clang spells some flags its own way (`-ferror-limit`).
    pub is_clang: bool,
    pub scratch: PathBuf,
}

impl Compiler {
    /// A command line running the compiler with its configured flags.
    pub fn command(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(&self.program);
        cmd.args(&self.args);
        for (key, value) in &self.env {
            cmd.env(key, value);
        }
        cmd
    }

    /// The same compiler with `-DNAME=VALUE` for each of `defines` (a stable-ABI
    /// target's `Py_LIMITED_API`, …).
    pub fn with_defines(&self, defines: &[(&str, String)]) -> Compiler {
        let mut compiler = self.clone();
        compiler.args.extend(
            defines
                .iter()
                .map(|(name, value)| format!("-D{name}={value}").into()),
        );
        compiler
    }

    /// Runs the compiler (`args` after its own), returning its output, or an error that
    /// names it and the fix.
    pub fn run(&self, args: &[&std::ffi::OsStr]) -> Result<std::process::Output, Error> {
        self.command().args(args).output().map_err(|e| {
            Error::new(format!(
                "cannot run the C compiler {} ({e}); install one or set CC",
                self.program.display()
            ))
        })
    }
}
