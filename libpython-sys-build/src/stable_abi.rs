//! CPython's stable-ABI manifest, `Misc/stable_abi.toml`: what the limited API and the
//! stable ABI hold, and since which version. The generator binds a stable-ABI target's
//! ABI (functions, data, structs) from it, and the tests compare the bindings with it.
//!
//! The file is TOML of a fixed, simple shape (`[kind.Name]` tables of `key = value`
//! lines); this reads exactly that shape, and refuses anything else.

use std::collections::BTreeMap;
use std::path::Path;

use crate::Error;

/// One `[kind.Name]` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// `function`, `data`, `struct`, `typedef`, `const`, `macro` or `feature_macro`.
    pub kind: String,
    pub name: String,
    /// The minor version (3.x) that added it; `None` for a feature macro.
    pub added: Option<u32>,
    /// Part of the stable ABI but not of the limited API (exported for old binaries).
    pub abi_only: bool,
    /// Only where this feature macro is defined (`MS_WINDOWS`, `HAVE_FORK`, …).
    pub ifdef: Option<String>,
    /// For a struct: `full-abi`, `opaque`, `members` or `abi3t-opaque`.
    pub struct_abi_kind: Option<String>,
    /// For a `members` struct: the members in the ABI.
    pub members: Vec<String>,
}

impl Entry {
    /// Whether a module built for the limited API of 3.`min_minor` (abi3t: `abi3t`)
    /// sees this entry on a platform defining `features` (Linux: `HAVE_FORK`,
    /// `PY_HAVE_THREAD_NATIVE_ID`).
    pub fn in_limited_api(&self, min_minor: u32, features: &[&str]) -> bool {
        !self.abi_only
            && self.added.is_some_and(|added| added <= min_minor)
            && self
                .ifdef
                .as_deref()
                .is_none_or(|feature| features.contains(&feature))
    }

    /// Whether this struct's layout is visible to a module of the given ABI: opaque ones
    /// never, `members` and `abi3t-opaque` ones not under abi3t.
    pub fn layout_visible(&self, abi3t: bool) -> bool {
        match self.struct_abi_kind.as_deref() {
            Some("opaque") => false,
            Some("members" | "abi3t-opaque") => !abi3t,
            _ => true,
        }
    }
}

/// The feature macros a Linux build defines (the others are for Windows, stack checks or
/// debug builds).
pub const LINUX_FEATURES: &[&str] = &["HAVE_FORK", "PY_HAVE_THREAD_NATIVE_ID"];

/// The manifest's entries, by name.
#[derive(Debug, Clone, Default)]
pub struct Manifest {
    pub entries: BTreeMap<String, Entry>,
}

impl Manifest {
    pub fn read(path: &Path) -> Result<Manifest, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Error::new(format!(
                "cannot read the stable-ABI manifest {} ({e}); it is CPython's Misc/stable_abi.toml",
                path.display()
            ))
        })?;
        Manifest::parse(&text).map_err(|e| Error::new(format!("{}: {e}", path.display())))
    }

    pub fn parse(text: &str) -> Result<Manifest, String> {
        let mut entries = BTreeMap::new();
        let mut current: Option<Entry> = None;
        for (n, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                let (kind, name) = header
                    .split_once('.')
                    .ok_or_else(|| format!("line {}: not a [kind.Name] table: {raw}", n + 1))?;
                if let Some(done) = current.take() {
                    entries.insert(done.name.clone(), done);
                }
                current = Some(Entry {
                    kind: kind.to_string(),
                    name: name.to_string(),
                    added: None,
                    abi_only: false,
                    ifdef: None,
                    struct_abi_kind: None,
                    members: Vec::new(),
                });
                continue;
            }
            let entry = current
                .as_mut()
                .ok_or_else(|| format!("line {}: a key outside a table: {raw}", n + 1))?;
            let (key, value) = line
                .split_once('=')
                .ok_or_else(|| format!("line {}: not `key = value`: {raw}", n + 1))?;
            let value = value.trim();
            let string = || value.trim_matches(|c| c == '\'' || c == '"').to_string();
            match key.trim() {
                "added" => {
                    let v = string();
                    let minor = v
                        .strip_prefix("3.")
                        .and_then(|m| m.parse().ok())
                        .ok_or_else(|| format!("line {}: a version 3.x: {raw}", n + 1))?;
                    entry.added = Some(minor);
                }
                "abi_only" => entry.abi_only = value == "true",
                "ifdef" => entry.ifdef = Some(string()),
                "struct_abi_kind" => entry.struct_abi_kind = Some(string()),
                "abi3t_opaque" => {
                    if value == "true" {
                        entry.struct_abi_kind = Some("abi3t-opaque".into());
                    }
                }
                "members" => {
                    entry.members = value
                        .trim_start_matches('[')
                        .trim_end_matches(']')
                        .split(',')
                        .map(|m| m.trim().trim_matches('\'').to_string())
                        .filter(|m| !m.is_empty())
                        .collect();
                }
                // Documentation and Windows DLL details.
                "doc" | "windows" => {}
                other => return Err(format!("line {}: unknown key {other}", n + 1)),
            }
        }
        if let Some(done) = current.take() {
            entries.insert(done.name.clone(), done);
        }
        Ok(Manifest { entries })
    }

    /// The copy of the manifest a libpython-sys source tree carries (`build/stable_abi.toml`),
    /// which the generator, the build and ffi-check read.
    pub fn of_crate(crate_root: &Path) -> Result<Manifest, Error> {
        Manifest::read(&crate_root.join("build/stable_abi.toml"))
    }

    /// Whether `name` is a function or variable of the stable ABI of 3.`min_minor` on
    /// Linux: listed (abi-only ones included: the headers' macros call them), old enough,
    /// and on this platform. Such a symbol is libpython's to export whatever an older
    /// release's headers declare (a macro of the same name, or a prototype spelled with
    /// other qualifiers).
    pub fn in_stable_abi(&self, name: &str, min_minor: u32) -> bool {
        self.entries.get(name).is_some_and(|e| {
            matches!(e.kind.as_str(), "function" | "data")
                && e.added.is_some_and(|added| added <= min_minor)
                && e.ifdef
                    .as_deref()
                    .is_none_or(|feature| LINUX_FEATURES.contains(&feature))
        })
    }

    /// The entries of `kind` a module of the limited API of 3.`min_minor` sees on Linux.
    pub fn limited<'a>(&'a self, kind: &'a str, min_minor: u32) -> impl Iterator<Item = &'a Entry> {
        self.entries
            .values()
            .filter(move |e| e.kind == kind && e.in_limited_api(min_minor, LINUX_FEATURES))
    }
}

/// Splits what the exactness checks of a stable-ABI target rejected on one interpreter
/// (`outcome`) into what differs (the rest of the outcome) and the functions and variables
/// of the stable ABI of 3.`min_minor` that these headers declare otherwise (a macro of the
/// same name, a prototype with other qualifiers, as 3.9's `PyArg_ParseTupleAndKeywords`):
/// those stay, judged by the dynamic linker. The build and ffi-check both judge so.
pub fn split_exempt(
    outcome: crate::exact::Outcome,
    manifest: &Manifest,
    min_minor: u32,
) -> (crate::exact::Outcome, std::collections::BTreeSet<String>) {
    use crate::exact::Kind;
    let mut differs = crate::exact::Outcome {
        items: outcome.items,
        ..Default::default()
    };
    let mut exempt = std::collections::BTreeSet::new();
    for (name, (kind, why)) in outcome.removed {
        let extern_item = matches!(kind, Kind::Function | Kind::Static);
        if extern_item && manifest.in_stable_abi(&name, min_minor) {
            exempt.insert(name);
        } else {
            differs.removed.insert(name, (kind, why));
        }
    }
    (differs, exempt)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "
# comment
[feature_macro.HAVE_FORK]
    doc = 'on platforms with fork()'
[struct.PyObject]
    added = '3.2'
    members = ['ob_refcnt', 'ob_type']
    struct_abi_kind = 'members'
[function.PyOS_AfterFork_Child]
    added = '3.7'
    ifdef = 'HAVE_FORK'
[function.PyCriticalSection_Begin]
    added = '3.15'
[function._Py_BuildValue_SizeT]
    added = '3.2'
    abi_only = true
[function.PyErr_SetFromWindowsErr]
    added = '3.7'
    ifdef = 'MS_WINDOWS'
";

    #[test]
    fn entries_by_version_platform_and_abi() {
        let m = Manifest::parse(SAMPLE).unwrap();
        let names = |minor| -> Vec<&str> {
            m.limited("function", minor)
                .map(|e| e.name.as_str())
                .collect()
        };
        assert_eq!(names(9), ["PyOS_AfterFork_Child"]);
        assert_eq!(
            names(15),
            ["PyCriticalSection_Begin", "PyOS_AfterFork_Child"]
        );
        assert!(m.in_stable_abi("_Py_BuildValue_SizeT", 9));
        assert!(!m.in_stable_abi("PyCriticalSection_Begin", 14));
        assert!(!m.in_stable_abi("PyErr_SetFromWindowsErr", 15));
        let object = &m.entries["PyObject"];
        assert_eq!(object.members, ["ob_refcnt", "ob_type"]);
        assert!(object.layout_visible(false) && !object.layout_visible(true));
        assert!(Manifest::parse("[x]\n").is_err());
        assert!(Manifest::parse("[function.F]\n    colour = 'red'\n").is_err());
    }
}
