//! No C header: the check that the libpython in the process is one this code may use,
//! for programs that embed Python and for extension modules.
//!
//! A program links the libpython of the interpreter it was built for, but the dynamic
//! linker picks the file by name at run time (`libpython3.11.so.1.0`): `LD_LIBRARY_PATH`, a
//! missing rpath or a system package can put another release, or another build, under the
//! same name. An extension module is imported by whatever interpreter installed it: a
//! wheel built with a stale `PYO3_PYTHON` is tagged for one interpreter and compiled for
//! another. The policy, by what the running library reports (`Py_GetVersion`, which works
//! before initialization):
//!
//! - **another minor version: refused** (another ABI);
//! - **the other build (free-threaded against default, or the reverse): refused** (another
//!   object layout);
//! - **an older patch release than the headers the program was built with: refused** (the
//!   build made the bindings exact for the newer headers; what later patches added or
//!   changed, a struct that grew, a function, may be missing from the older library);
//! - **the same or a newer patch release: accepted** (CPython keeps the ABI within a minor
//!   version, and the program uses nothing the newer release added).
//!
//! With the stable ABI (`abi3-py3X`, `abi3t-py315`) the minimum version is what counts:
//!
//! - **an older minor version than the minimum: refused**;
//! - **abi3 on a free-threaded build: refused** (its `PyObject` is another layout; abi3t
//!   runs on both builds);
//! - **the minimum or any newer version, any patch release: accepted** (the stable ABI's
//!   promise; the bindings hold only what every release from the minimum declares alike).

use core::ffi::CStr;
use core::fmt;

/// Why [`check_loaded_libpython`] refuses the loaded libpython.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LibpythonMismatch {
    /// Another minor version.
    OtherMinor { loaded: &'static CStr },
    /// The other build: `loaded_free_threaded` says which it is.
    OtherBuild {
        loaded: &'static CStr,
        loaded_free_threaded: bool,
    },
    /// An older patch release than the headers the program was built with.
    OlderPatch { loaded: &'static CStr },
    /// `Py_GetVersion` does not start with a version.
    Unreadable { loaded: &'static CStr },
}

#[cfg(not(Py_LIMITED_API))]
fn build_name(free_threaded: bool) -> &'static str {
    if free_threaded {
        "free-threaded"
    } else {
        "default (GIL)"
    }
}

impl fmt::Display for LibpythonMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (loaded, why) = match self {
            LibpythonMismatch::OtherMinor { loaded } if cfg!(Py_LIMITED_API) => {
                (loaded, "older than that minimum")
            }
            LibpythonMismatch::OtherMinor { loaded } => (loaded, "another minor version"),
            LibpythonMismatch::OtherBuild {
                loaded,
                loaded_free_threaded,
            } => (
                loaded,
                if *loaded_free_threaded {
                    "a free-threaded build"
                } else {
                    "a default (GIL) build"
                },
            ),
            LibpythonMismatch::OlderPatch { loaded } => (
                loaded,
                "an older patch release than the headers it was built with",
            ),
            LibpythonMismatch::Unreadable { loaded } => (loaded, "an unreadable version"),
        };
        #[cfg(not(feature = "extension-module"))]
        let (what, fix) = (
            "this program was built for",
            "make the libpython it was built for the one loaded (libpython_sys_build::\
             add_libpython_rpath in build.rs, no LD_LIBRARY_PATH pointing elsewhere), or rebuild \
             for the loaded one",
        );
        #[cfg(feature = "extension-module")]
        let (what, fix) = (
            "this extension module was built for",
            "rebuild it with the interpreter that imports it (pip builds for the Python that \
             runs it; a PYO3_PYTHON left in the environment overrides that)",
        );
        write!(f, "libpython mismatch: {what} ")?;
        #[cfg(not(Py_LIMITED_API))]
        write!(
            f,
            "CPython {} ({} build)",
            crate::PY_VERSION.to_str().unwrap_or("?"),
            build_name(cfg!(Py_GIL_DISABLED))
        )?;
        #[cfg(Py_LIMITED_API)]
        write!(
            f,
            "the stable ABI {}-py3{STABLE_MIN_MINOR} (CPython 3.{STABLE_MIN_MINOR} or newer, {})",
            if cfg!(Py_GIL_DISABLED) {
                "abi3t"
            } else {
                "abi3"
            },
            if cfg!(Py_GIL_DISABLED) {
                "either build"
            } else {
                "default (GIL) builds"
            }
        )?;
        write!(
            f,
            ", but the running \
             libpython is {} ({why}); {fix}",
            loaded
                .to_str()
                .unwrap_or("?")
                .split(" (")
                .next()
                .unwrap_or("?")
        )
    }
}

/// `3.11.2` or `3.15.0rc2` at the start of `text`, as `PY_VERSION_HEX` counts it.
fn version_hex(text: &[u8]) -> Option<u32> {
    let mut parts = [0u32; 3];
    let mut i = 0;
    for (n, part) in parts.iter_mut().enumerate() {
        let start = i;
        while i < text.len() && text[i].is_ascii_digit() {
            *part = *part * 10 + u32::from(text[i] - b'0');
            i += 1;
        }
        if i == start {
            return None;
        }
        if n < 2 {
            if text.get(i) != Some(&b'.') {
                return None;
            }
            i += 1;
        }
    }
    let rest = &text[i..];
    let (level, tail) = match rest {
        [b'a', tail @ ..] => (0xA, tail),
        [b'b', tail @ ..] => (0xB, tail),
        [b'r', b'c', tail @ ..] => (0xC, tail),
        _ => (0xF, &[][..]),
    };
    let serial = tail
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .fold(0u32, |s, c| s * 10 + u32::from(c - b'0'));
    Some((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | (level << 4) | serial)
}

/// Checks the libpython in the process against what this code was built for (see the
/// module's policy). A program that embeds Python calls it first, before `Py_Initialize*`;
/// an extension module in `PyInit_<name>` (or `PyModExport_<name>`). On `Err`, report it
/// and stop (exit, or raise `ImportError` and return NULL), rather than run with layouts
/// that do not match.
///
/// Call it before other threads use Python, or with the GIL held (an attached thread
/// state): before 3.13, `Py_GetVersion`, which it reads, rewrites a static buffer on every
/// call, so a call racing with another thread's can read a torn string.
pub fn check_loaded_libpython() -> Result<(), LibpythonMismatch> {
    // SAFETY: Py_GetVersion returns a static NUL-terminated string and may be called
    // before the interpreter is initialized.
    let loaded: &'static CStr = unsafe { CStr::from_ptr(crate::Py_GetVersion()) };
    let text = loaded.to_bytes();
    let Some(hex) = version_hex(text) else {
        return Err(LibpythonMismatch::Unreadable { loaded });
    };
    // `sys.version` of a free-threaded build says so: "experimental free-threading build"
    // (3.13), "free-threading build" (3.14+).
    let loaded_free_threaded = text.windows(20).any(|w| w == b"free-threading build");
    #[cfg(Py_LIMITED_API)]
    {
        if hex >> 24 != 3 || (hex >> 16) & 0xff < STABLE_MIN_MINOR {
            return Err(LibpythonMismatch::OtherMinor { loaded });
        }
        if loaded_free_threaded && !cfg!(Py_GIL_DISABLED) {
            return Err(LibpythonMismatch::OtherBuild {
                loaded,
                loaded_free_threaded,
            });
        }
        Ok(())
    }
    #[cfg(not(Py_LIMITED_API))]
    check_version_specific(loaded, hex, loaded_free_threaded)
}

/// The oldest minor version (3.X) a stable-ABI build runs on: its newest `Py_3_X` cfg.
#[cfg(Py_LIMITED_API)]
const STABLE_MIN_MINOR: u32 = if cfg!(Py_3_15) {
    15
} else if cfg!(Py_3_14) {
    14
} else if cfg!(Py_3_13) {
    13
} else if cfg!(Py_3_12) {
    12
} else if cfg!(Py_3_11) {
    11
} else if cfg!(Py_3_10) {
    10
} else {
    9
};

#[cfg(not(Py_LIMITED_API))]
fn check_version_specific(
    loaded: &'static CStr,
    hex: u32,
    loaded_free_threaded: bool,
) -> Result<(), LibpythonMismatch> {
    let built = crate::PY_VERSION_HEX as u32;
    if hex >> 16 != built >> 16 {
        return Err(LibpythonMismatch::OtherMinor { loaded });
    }
    if loaded_free_threaded != cfg!(Py_GIL_DISABLED) {
        return Err(LibpythonMismatch::OtherBuild {
            loaded,
            loaded_free_threaded,
        });
    }
    if hex < built {
        return Err(LibpythonMismatch::OlderPatch { loaded });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::version_hex;

    #[test]
    fn versions_read_as_py_version_hex_counts_them() {
        assert_eq!(
            version_hex(b"3.11.2 (main, Mar 13 2023)"),
            Some(0x030B_02F0)
        );
        assert_eq!(version_hex(b"3.15.0rc2 experimental"), Some(0x030F_00C2));
        assert_eq!(version_hex(b"3.14.0a7+"), Some(0x030E_00A7));
        assert_eq!(version_hex(b"3.13.0b1 (x)"), Some(0x030D_00B1));
        assert_eq!(version_hex(b"3.13 (x)"), None);
        assert_eq!(version_hex(b"PyPy"), None);
    }
}
