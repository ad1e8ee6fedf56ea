//! The stable-ABI bindings against CPython's own manifest of the stable ABI,
//! `Misc/stable_abi.toml`, from the sources that `../shared/pythons/provision` unpacks
//! (`$PYTHONS_CACHE/src/3.15`): for each target (abi3-py39 … abi3-py315, abi3t-py315),
//! nothing is bound that is not in the stable ABI of its minimum version, and everything
//! the limited API of that version holds on Linux is there, bound or hand-written, but
//! for the documented exceptions. Prints the counts per target, and the abi3t
//! differences the manifest records.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use libpython_sys_build::stable_abi::{Entry, Manifest, LINUX_FEATURES};
use libpython_sys_build::targets::{Stable, STABLE_TARGETS};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The provisioned 3.15 sources' manifest. Absent: skipped with the reason on a user's
/// machine, a failure under `CI=true`.
fn provisioned_manifest() -> Option<PathBuf> {
    let cache = std::env::var_os("PYTHONS_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default())
                .join(".cache/cpython-builds")
        });
    let path = cache.join("src/3.15/Misc/stable_abi.toml");
    let found = path.is_file().then_some(path.clone());
    libpython_sys_build::discover::need(
        &format!(
            "CPython 3.15's sources ({}; run ../shared/pythons/provision)",
            path.display()
        ),
        found,
    )
}

/// Functions of the stable ABI that take a `va_list`, which Rust cannot call: never bound
/// (the generator's `BLOCKED_FUNCTIONS`); their `...` twins are.
const VA_LIST: &[&str] = &[
    "PyArg_VaParse",
    "PyArg_VaParseTupleAndKeywords",
    "PyBytes_FromFormatV",
    "PyErr_FormatV",
    "PyOS_vsnprintf",
    "PyUnicode_FromFormatV",
    "Py_VaBuildValue",
];

/// Functions of the stable ABI that the hand-written layer implements under the C name,
/// as the limited headers do (inline, or calling the exported symbol): `(name, from)`,
/// from the limited version that lists it. `PyCFunction_New` before 3.10: libpython 3.9
/// does not export it although the manifest dates it 3.2 (the 3.9 headers make it a macro
/// over `PyCFunction_NewEx`), so it is the macro's inline body there.
const HAND_WRITTEN: &[&str] = &[
    "PyCFunction_New",
    "PyVectorcall_NARGS",
    "Py_IS_TYPE",
    "Py_Is",
    "Py_IsFalse",
    "Py_IsNone",
    "Py_IsTrue",
    "Py_NewRef",
    "Py_REFCNT",
    "Py_SET_SIZE",
    "Py_SIZE",
    "Py_TYPE",
    "Py_XNewRef",
];

/// `pub fn NAME(` and `pub static NAME:` of a bindings file: what it binds.
fn bound(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in text.lines() {
        let line = line.trim_start();
        let rest = line
            .strip_prefix("pub fn ")
            .or_else(|| line.strip_prefix("pub static mut "))
            .or_else(|| line.strip_prefix("pub static "));
        if let Some(rest) = rest {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.insert(name);
        }
    }
    out
}

/// Whether the hand-written layer (src/*.rs) defines a function `name`.
fn hand_written(name: &str) -> bool {
    std::fs::read_dir(root().join("src")).unwrap().any(|e| {
        let path = e.unwrap().path();
        path.extension().is_some_and(|x| x == "rs")
            && std::fs::read_to_string(&path).unwrap().lines().any(|l| {
                let l = l.trim_start();
                l.starts_with(&format!("pub unsafe fn {name}("))
                    || l.starts_with(&format!("pub fn {name}("))
            })
    })
}

fn on_linux(e: &Entry) -> bool {
    e.ifdef
        .as_deref()
        .is_none_or(|feature| LINUX_FEATURES.contains(&feature))
}

#[test]
fn the_generators_manifest_is_cpythons() {
    let Some(provisioned) = provisioned_manifest() else {
        return;
    };
    let ours = root().join("build/stable_abi.toml");
    assert_eq!(
        std::fs::read_to_string(&ours).unwrap(),
        std::fs::read_to_string(&provisioned).unwrap(),
        "{} differs from {}: copy the newest one and run scripts/regenerate-bindings",
        ours.display(),
        provisioned.display()
    );
}

#[test]
fn each_stable_target_binds_its_stable_abi_exactly() {
    let Some(provisioned) = provisioned_manifest() else {
        return;
    };
    let manifest = Manifest::read(&provisioned).unwrap();
    for name in HAND_WRITTEN {
        assert!(hand_written(name), "the hand-written layer has no {name}");
    }
    for label in STABLE_TARGETS {
        let stable = Stable::parse(label).unwrap();
        let min = stable.min_minor;
        let path = root().join(format!("src/bindings/{label}.rs"));
        let bound = bound(&std::fs::read_to_string(&path).unwrap());

        // Nothing beyond the stable ABI of the minimum version (abi-only symbols count:
        // the limited headers' macros call them).
        let extra: Vec<&String> = bound
            .iter()
            .filter(|name| !manifest.in_stable_abi(name, min))
            .collect();
        assert!(
            extra.is_empty(),
            "{label} binds what its stable ABI does not hold: {extra:?}"
        );

        // Everything of the limited API on Linux, bound, hand-written or a `va_list`
        // function.
        let limited: Vec<&Entry> = ["function", "data"]
            .iter()
            .flat_map(|kind| manifest.limited(kind, min))
            .collect();
        let missing: Vec<&str> = limited
            .iter()
            .map(|e| e.name.as_str())
            .filter(|name| {
                !bound.contains(*name) && !VA_LIST.contains(name) && !HAND_WRITTEN.contains(name)
            })
            .collect();
        assert!(
            missing.is_empty(),
            "{label} lacks stable-ABI items: {missing:?}"
        );
        let hand: Vec<&str> = limited
            .iter()
            .map(|e| e.name.as_str())
            .filter(|name| HAND_WRITTEN.contains(name) && !bound.contains(*name))
            .collect();
        let abi_only = manifest
            .entries
            .values()
            .filter(|e| e.abi_only && manifest.in_stable_abi(&e.name, min))
            .filter(|e| bound.contains(&e.name))
            .count();
        let platform = manifest
            .entries
            .values()
            .filter(|e| matches!(e.kind.as_str(), "function" | "data"))
            .filter(|e| e.added.is_some_and(|a| a <= min) && !on_linux(e))
            .count();
        println!(
            "{label}: {} bound ({abi_only} of them abi-only), {} hand-written, {} va_list functions not bound, \
             {platform} of other platforms; limited API on Linux: {} functions and variables",
            bound.len(),
            hand.len(),
            limited.iter().filter(|e| VA_LIST.contains(&e.name.as_str())).count(),
            limited.len()
        );
    }
}

/// The structs whose layout abi3t hides (`abi3t-opaque` and `members` kinds): opaque, or
/// not bound at all, in the abi3t bindings; laid out in abi3-py315's.
#[test]
fn abi3t_hides_the_layouts_the_manifest_says() {
    let Some(provisioned) = provisioned_manifest() else {
        return;
    };
    let manifest = Manifest::read(&provisioned).unwrap();
    let abi3t = std::fs::read_to_string(root().join("src/bindings/abi3t-py315.rs")).unwrap();
    let abi3 = std::fs::read_to_string(root().join("src/bindings/abi3-py315.rs")).unwrap();
    let mut hidden = Vec::new();
    for e in manifest.entries.values().filter(|e| e.kind == "struct") {
        if e.layout_visible(false) && !e.layout_visible(true) {
            hidden.push(format!(
                "{} ({})",
                e.name,
                e.struct_abi_kind.as_deref().unwrap_or("")
            ));
            for (text, label, visible) in
                [(&abi3t, "abi3t-py315", false), (&abi3, "abi3-py315", true)]
            {
                assert_eq!(
                    has_layout(text, &e.name),
                    visible,
                    "{}'s layout in {label}: expected {}",
                    e.name,
                    if visible { "visible" } else { "hidden" }
                );
            }
        }
    }
    println!("abi3t hides the layouts of: {}", hidden.join(", "));
    assert!(!hidden.is_empty());
}

/// Whether `text` gives the struct `name` (through its typedef, `PyObject` = `_object`)
/// fields.
fn has_layout(text: &str, name: &str) -> bool {
    let record = text
        .lines()
        .find_map(|l| l.strip_prefix(&format!("pub type {name} = ")))
        .map(|r| r.trim_end_matches(';').to_string())
        .unwrap_or_else(|| name.to_string());
    let Some(at) = text.find(&format!("pub struct {record} {{")) else {
        return false;
    };
    let body = &text[at..text[at..].find("\n}").map_or(text.len(), |e| at + e)];
    body.lines()
        .skip(1)
        .any(|l| l.trim_start().starts_with("pub ") && !l.contains("_unused"))
}

#[test]
fn path_helpers_read_what_they_should() {
    let text = "extern \"C\" {\n    pub fn PyA(x: i32);\n    pub static mut PyB: i32;\n}\npub struct S {\n    pub f: i32,\n}\n";
    assert_eq!(
        bound(text),
        BTreeSet::from(["PyA".to_string(), "PyB".to_string()])
    );
    assert!(has_layout(text, "S"));
    assert!(!has_layout(
        "pub struct S {\n    _unused: [u8; 0],\n}\n",
        "S"
    ));
    assert!(Path::new(&root()).join("build/stable_abi.toml").is_file());
}
