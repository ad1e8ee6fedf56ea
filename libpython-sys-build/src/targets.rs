//! The supported CPython versions, the bindings targets, and what a checked-in bindings
//! file says it was generated from.

use std::path::{Path, PathBuf};

/// Oldest and newest supported CPython minor versions (3.x).
pub const MIN_MINOR: u32 = 9;
pub const MAX_MINOR: u32 = 15;

/// Every bindings target, oldest first: one checked-in `src/bindings/<target>.rs` each.
pub const TARGETS: [&str; 10] = [
    "3.9", "3.10", "3.11", "3.12", "3.13", "3.13t", "3.14", "3.14t", "3.15", "3.15t",
];

/// The stable-ABI targets (`Py_LIMITED_API`), one checked-in bindings file each: abi3 from
/// each minimum version, and abi3t (PEP 803) from 3.15.
pub const STABLE_TARGETS: [&str; 8] = [
    "abi3-py39",
    "abi3-py310",
    "abi3-py311",
    "abi3-py312",
    "abi3-py313",
    "abi3-py314",
    "abi3-py315",
    "abi3t-py315",
];

/// The oldest minor version with abi3t (PEP 803).
pub const ABI3T_MIN_MINOR: u32 = 15;

/// Which stable ABI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StableAbi {
    /// abi3: the limited API, `PyObject` visible; default (GIL) builds only.
    Abi3,
    /// abi3t (3.15+): the limited API with an opaque `PyObject`, for both builds.
    Abi3t,
}

/// A stable-ABI target: the ABI and the oldest minor version it runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stable {
    pub abi: StableAbi,
    pub min_minor: u32,
}

impl Stable {
    /// `abi3-py39`, `abi3t-py315`: the bindings file's label and the cargo feature's name.
    pub fn label(&self) -> String {
        let kind = match self.abi {
            StableAbi::Abi3 => "abi3",
            StableAbi::Abi3t => "abi3t",
        };
        format!("{kind}-py3{}", self.min_minor)
    }

    /// The target of a label, if it is one of [`STABLE_TARGETS`].
    pub fn parse(label: &str) -> Option<Stable> {
        if !STABLE_TARGETS.contains(&label) {
            return None;
        }
        let (kind, minor) = label.split_once("-py3")?;
        let abi = if kind == "abi3t" {
            StableAbi::Abi3t
        } else {
            StableAbi::Abi3
        };
        Some(Stable {
            abi,
            min_minor: minor.parse().ok()?,
        })
    }

    /// The value of `Py_LIMITED_API`: `0x03MM0000`.
    pub fn limited_api(&self) -> u32 {
        0x0300_0000 | (self.min_minor << 16)
    }

    /// The C macros that select this ABI, as `(name, value)`: `Py_LIMITED_API` for abi3,
    /// `Py_TARGET_ABI3T` for abi3t (which sets `Py_LIMITED_API` itself).
    pub fn defines(&self) -> Vec<(&'static str, String)> {
        let value = format!("0x{:08x}", self.limited_api());
        match self.abi {
            StableAbi::Abi3 => vec![("Py_LIMITED_API", value)],
            StableAbi::Abi3t => vec![("Py_TARGET_ABI3T", value)],
        }
    }

    /// Whether modules of this ABI load on free-threaded builds (abi3t).
    pub fn free_threaded(&self) -> bool {
        self.abi == StableAbi::Abi3t
    }

    /// The target whose headers the checked-in bindings are generated from: the newest
    /// release, free-threaded for abi3t.
    pub fn generated_from(&self) -> String {
        label(MAX_MINOR, self.free_threaded())
    }
}

/// The target label of CPython 3.`minor` (`3.14`, or `3.14t` for a free-threaded build).
pub fn label(minor: u32, free_threaded: bool) -> String {
    format!("3.{minor}{}", if free_threaded { "t" } else { "" })
}

/// `src/bindings/<label>.rs` under a libpython-sys source tree.
pub fn bindings_file(crate_root: &Path, label: &str) -> PathBuf {
    crate_root.join("src/bindings").join(format!("{label}.rs"))
}

/// The exactness checks written with a bindings file: `X.rs` -> `X.checks.c`.
pub fn checks_file(bindings: &Path) -> PathBuf {
    bindings.with_extension("checks.c")
}

/// A CPython version as `PY_VERSION` spells it: `3.14.6`, `3.15.0rc2`, `3.15.0a1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub text: String,
    pub major: u32,
    pub minor: u32,
    pub micro: u32,
    /// `PY_RELEASE_LEVEL`: 0xA alpha, 0xB beta, 0xC candidate, 0xF final.
    pub level: u32,
    pub serial: u32,
}

impl Version {
    pub fn parse(text: &str) -> Option<Version> {
        let text = text.trim();
        let mut parts = text.splitn(3, '.');
        let major = parts.next()?.parse().ok()?;
        let minor = parts.next()?.parse().ok()?;
        let rest = parts.next()?;
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let micro = digits.parse().ok()?;
        let suffix = &rest[digits.len()..];
        let (level, serial) = if suffix.is_empty() || suffix == "+" {
            (0xF, 0)
        } else {
            let (level, serial) = [("a", 0xA), ("b", 0xB), ("rc", 0xC)]
                .iter()
                .find_map(|(tag, level)| suffix.strip_prefix(tag).map(|s| (*level, s)))?;
            (level, serial.trim_end_matches('+').parse().ok()?)
        };
        Some(Version {
            text: text.to_string(),
            major,
            minor,
            micro,
            level,
            serial,
        })
    }

    /// A version from its `PY_VERSION_HEX` and `PY_VERSION`.
    pub fn from_hex(hex: u32, text: &str) -> Version {
        Version {
            text: text.to_string(),
            major: hex >> 24,
            minor: (hex >> 16) & 0xff,
            micro: (hex >> 8) & 0xff,
            level: (hex >> 4) & 0xf,
            serial: hex & 0xf,
        }
    }

    /// `PY_VERSION_HEX`.
    pub fn hex(&self) -> u32 {
        (self.major << 24)
            | (self.minor << 16)
            | (self.micro << 8)
            | (self.level << 4)
            | self.serial
    }
}

/// The macros whose values are those of one patch release: the generator leaves them out
/// of the checked-in bindings, and the build writes them from the target's own headers
/// ([`version_rs`]).
pub const VERSION_MACROS: &[&str] = &[
    "PY_MAJOR_VERSION",
    "PY_MINOR_VERSION",
    "PY_MICRO_VERSION",
    "PY_RELEASE_LEVEL",
    "PY_RELEASE_SERIAL",
    "PY_VERSION",
    "PY_VERSION_HEX",
    // 3.15 `modsupport.h`: `PY_VERSION_HEX` outside the limited API.
    "PyABIInfo_DEFAULT_ABI_VERSION",
];

/// `OUT_DIR/version.rs`, which `src/lib.rs` includes: the [`VERSION_MACROS`] with the values
/// of the headers the build is for (and, for a `stable` ABI, its own ABI version).
pub fn version_rs(v: &Version, stable: Option<Stable>) -> String {
    let int = |name: &str, value: u32, what: &str| {
        format!("/// `{name}` (`patchlevel.h`): {what} of the headers this build is for.\npub const {name}: ::core::ffi::c_int = {value};\n")
    };
    let mut out = String::new();
    out.push_str(&int("PY_MAJOR_VERSION", v.major, "the major version"));
    out.push_str(&int("PY_MINOR_VERSION", v.minor, "the minor version"));
    out.push_str(&int(
        "PY_MICRO_VERSION",
        v.micro,
        "the micro (patch) version",
    ));
    out.push_str(&int(
        "PY_RELEASE_LEVEL",
        v.level,
        "the release level (0xA alpha, 0xB beta, 0xC candidate, 0xF final)",
    ));
    out.push_str(&int("PY_RELEASE_SERIAL", v.serial, "the release serial"));
    out.push_str(&int(
        "PY_VERSION_HEX",
        v.hex(),
        "the whole version as one number",
    ));
    out.push_str(&format!(
        "/// `PY_VERSION` (`patchlevel.h`): the version string of the headers this build is for.\n\
         pub const PY_VERSION: &::core::ffi::CStr = c\"{}\";\n",
        v.text
    ));
    if let Some(stable) = stable {
        // `Py_LIMITED_API` within the limited API, from the 3.15 ABI on (`PyABIInfo`).
        if stable.min_minor >= 15 {
            out.push_str(&format!(
                "/// `PyABIInfo_DEFAULT_ABI_VERSION` (3.15, `modsupport.h`): `Py_LIMITED_API` in the limited API.\n\
                 pub const PyABIInfo_DEFAULT_ABI_VERSION: ::core::ffi::c_int = {};\n",
                stable.limited_api()
            ));
        }
    } else if v.minor >= 15 {
        out.push_str("/// `PyABIInfo_DEFAULT_ABI_VERSION` (3.15, `modsupport.h`): `PY_VERSION_HEX` outside the limited API.\n\
                      pub const PyABIInfo_DEFAULT_ABI_VERSION: ::core::ffi::c_int = PY_VERSION_HEX;\n");
    }
    out
}

/// What the first lines of a generated bindings file say it was generated from:
/// `// CPython 3.14.6 headers, free-threaded build (Py_GIL_DISABLED).`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub version: Version,
    pub free_threaded: bool,
}

impl Origin {
    /// The origin line of a bindings file's text, if it has one.
    pub fn parse(source: &str) -> Option<Origin> {
        let line = source
            .lines()
            .take(10)
            .find_map(|l| l.strip_prefix("// CPython "))?;
        let version = Version::parse(line.split_whitespace().next()?)?;
        Some(Origin {
            version,
            free_threaded: line.contains("free-threaded"),
        })
    }

    /// The origin of a bindings file on disk.
    pub fn of_file(path: &Path) -> Option<Origin> {
        // The origin is in the first lines; read no more than needed.
        use std::io::Read;
        let mut head = vec![0u8; 1024];
        let n = std::fs::File::open(path).ok()?.read(&mut head).ok()?;
        Origin::parse(&String::from_utf8_lossy(&head[..n]))
    }

    pub fn label(&self) -> String {
        label(self.version.minor, self.free_threaded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_and_their_hex() {
        let v = Version::parse("3.15.0rc2").unwrap();
        assert_eq!((v.minor, v.micro, v.level, v.serial), (15, 0, 0xC, 2));
        assert_eq!(v.hex(), 0x030F00C2);
        assert_eq!(Version::parse("3.14.6").unwrap().hex(), 0x030E06F0);
        assert_eq!(Version::parse("3.13.0a1").unwrap().hex(), 0x030D00A1);
        assert_eq!(Version::parse("3.12.1+").unwrap().hex(), 0x030C01F0);
        assert!(Version::parse("3.14").is_none());
        assert!(Version::parse("3.14.x").is_none());
    }

    #[test]
    fn stable_targets_round_trip() {
        for label in STABLE_TARGETS {
            assert_eq!(Stable::parse(label).unwrap().label(), label);
        }
        let t = Stable::parse("abi3t-py315").unwrap();
        assert_eq!(
            t.defines(),
            vec![("Py_TARGET_ABI3T", "0x030f0000".to_string())]
        );
        assert_eq!(t.generated_from(), "3.15t");
        let a = Stable::parse("abi3-py39").unwrap();
        assert_eq!(
            a.defines(),
            vec![("Py_LIMITED_API", "0x03090000".to_string())]
        );
        assert!(Stable::parse("abi3-py38").is_none());
    }

    #[test]
    fn origin_line() {
        let o = Origin::parse(
            "// CPython 3.14.6 headers, free-threaded build (Py_GIL_DISABLED).\n// Generated …",
        )
        .unwrap();
        assert_eq!(
            (o.version.minor, o.version.micro, o.free_threaded),
            (14, 6, true)
        );
        assert_eq!(o.label(), "3.14t");
        assert!(Origin::parse("// something else").is_none());
    }
}
