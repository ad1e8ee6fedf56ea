//! The ground truth: facts read from the interpreter's own headers with the C
//! preprocessor (through `cc`), independent of what the interpreter reports.

use std::path::{Path, PathBuf};

use crate::targets::Version;
use crate::{Compiler, Error};

/// What `patchlevel.h` and `pyconfig.h` say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headers {
    pub include_dir: PathBuf,
    pub major: u32,
    pub minor: u32,
    pub micro: u32,
    /// `PY_VERSION_HEX`.
    pub version_hex: u32,
    /// `PY_VERSION`, e.g. `3.15.0rc1`.
    pub version: String,
    /// `Py_GIL_DISABLED` is defined.
    pub gil_disabled: bool,
    /// `Py_DEBUG` is defined.
    pub debug: bool,
    /// `Py_TRACE_REFS` is defined (changes `PyObject` before 3.13).
    pub trace_refs: bool,
    /// `SIZEOF_VOID_P`.
    pub sizeof_void_p: u32,
}

impl Headers {
    /// The target label, `3.14` or `3.14t`.
    pub fn label(&self) -> String {
        crate::targets::label(self.minor, self.gil_disabled)
    }

    /// `PY_VERSION` parsed.
    pub fn version(&self) -> Option<Version> {
        Version::parse(&self.version)
    }
}

const PROBE: &str = r#"#include "pyconfig.h"
#include "patchlevel.h"
LIBPYTHON_SYS_MAJOR PY_MAJOR_VERSION
LIBPYTHON_SYS_MINOR PY_MINOR_VERSION
LIBPYTHON_SYS_MICRO PY_MICRO_VERSION
LIBPYTHON_SYS_LEVEL PY_RELEASE_LEVEL
LIBPYTHON_SYS_SERIAL PY_RELEASE_SERIAL
LIBPYTHON_SYS_VERSION PY_VERSION
LIBPYTHON_SYS_SIZEOF_VOID_P SIZEOF_VOID_P
#ifdef Py_GIL_DISABLED
LIBPYTHON_SYS_GIL_DISABLED 1
#endif
#ifdef Py_DEBUG
LIBPYTHON_SYS_DEBUG 1
#endif
#ifdef Py_TRACE_REFS
LIBPYTHON_SYS_TRACE_REFS 1
#endif
"#;

/// Runs the target C compiler's preprocessor over `pyconfig.h` and `patchlevel.h` in
/// `include_dir`. `hint` names the interpreter, for the error message.
pub fn read(compiler: &Compiler, include_dir: &Path, hint: &str) -> Result<Headers, Error> {
    if !include_dir.join("Python.h").is_file() {
        return Err(Error::new(format!(
            "Python headers not installed: no Python.h in {} ({hint}); install the development \
             headers (e.g. the python3.X-dev package) or set LIBPYTHON_SYS_INCLUDE_DIR to the directory holding Python.h",
            include_dir.display()
        )));
    }
    let probe = compiler.scratch.join("libpython_sys_probe.c");
    std::fs::write(&probe, PROBE)
        .map_err(|e| Error::new(format!("cannot write {}: {e}", probe.display())))?;
    let expanded = expand(compiler, include_dir, &probe, false)?;
    parse(&expanded, include_dir)
}

fn parse(expanded: &str, include_dir: &Path) -> Result<Headers, Error> {
    // Read as one token stream: gcc may emit a key and its value on different lines
    // around the line markers (seen with Debian's multiarch pyconfig.h).
    let tokens: Vec<&str> = expanded
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect();
    let value = |key: &str| -> Option<String> {
        let at = tokens.iter().position(|t| *t == key)?;
        tokens.get(at + 1).map(|v| v.to_string())
    };
    let number = |key: &str| -> Result<u32, Error> {
        let text = value(key).unwrap_or_default();
        let text = text.trim_matches(|c| c == '(' || c == ')').trim();
        let parsed = match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => text.trim_end_matches(['u', 'U', 'l', 'L']).parse().ok(),
        };
        parsed.ok_or_else(|| {
            Error::new(format!(
                "cannot read {key} from the headers in {} (got {text:?}); these do not look like CPython headers",
                include_dir.display()
            ))
        })
    };
    let (major, minor, micro) = (
        number("LIBPYTHON_SYS_MAJOR")?,
        number("LIBPYTHON_SYS_MINOR")?,
        number("LIBPYTHON_SYS_MICRO")?,
    );
    let (level, serial) = (
        number("LIBPYTHON_SYS_LEVEL")?,
        number("LIBPYTHON_SYS_SERIAL")?,
    );
    Ok(Headers {
        include_dir: include_dir.to_path_buf(),
        major,
        minor,
        micro,
        version_hex: (major << 24) | (minor << 16) | (micro << 8) | (level << 4) | serial,
        version: value("LIBPYTHON_SYS_VERSION")
            .unwrap_or_default()
            .trim_matches('"')
            .to_string(),
        gil_disabled: value("LIBPYTHON_SYS_GIL_DISABLED").is_some(),
        debug: value("LIBPYTHON_SYS_DEBUG").is_some(),
        trace_refs: value("LIBPYTHON_SYS_TRACE_REFS").is_some(),
        sizeof_void_p: number("LIBPYTHON_SYS_SIZEOF_VOID_P")?,
    })
}

/// `wrapper` through the C preprocessor, against the headers in `include_dir`.
pub fn preprocess(
    compiler: &Compiler,
    include_dir: &Path,
    wrapper: &Path,
) -> Result<String, Error> {
    expand(compiler, include_dir, wrapper, false)
}

/// The names of the macros `wrapper` defines with the headers in `include_dir` (`-dM`),
/// the compiler's own included.
pub fn macros(
    compiler: &Compiler,
    include_dir: &Path,
    wrapper: &Path,
) -> Result<std::collections::BTreeSet<String>, Error> {
    Ok(macro_table(compiler, include_dir, wrapper)?.names)
}

/// The macros `wrapper` defines (`-dM`): all names, and the function-like ones.
#[derive(Debug, Default, Clone)]
pub struct Macros {
    pub names: std::collections::BTreeSet<String>,
    /// `#define NAME(…) …`
    pub function_like: std::collections::BTreeSet<String>,
}

/// [`macros`], with the function-like ones told apart.
pub fn macro_table(
    compiler: &Compiler,
    include_dir: &Path,
    wrapper: &Path,
) -> Result<Macros, Error> {
    let mut table = Macros::default();
    for line in expand(compiler, include_dir, wrapper, true)?.lines() {
        let Some(def) = line.strip_prefix("#define ") else {
            continue;
        };
        let end = def.find([' ', '(']).unwrap_or(def.len());
        let name = def[..end].to_string();
        if def[end..].starts_with('(') {
            table.function_like.insert(name.clone());
        }
        table.names.insert(name);
    }
    Ok(table)
}

/// `cc -E [-dM] -I<include_dir> <file>`: the preprocessed text, or an error naming the
/// headers and the fix.
fn expand(
    compiler: &Compiler,
    include_dir: &Path,
    file: &Path,
    defines: bool,
) -> Result<String, Error> {
    let include = format!("-I{}", include_dir.display());
    let mut args: Vec<&std::ffi::OsStr> = vec!["-E".as_ref(), include.as_ref()];
    if defines {
        args.push("-dM".as_ref());
    }
    args.push(file.as_os_str());
    let out = compiler.run(&args)?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let first = stderr
            .lines()
            .find(|l| l.contains("error"))
            .or_else(|| stderr.lines().next())
            .unwrap_or("")
            .trim();
        return Err(Error::new(format!(
            "the C preprocessor failed on {} with the headers in {} ({first}); install a C compiler or fix CC",
            file.display(),
            include_dir.display(),
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
