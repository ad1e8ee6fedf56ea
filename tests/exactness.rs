//! On an older patch release than the bindings were generated from, the build removes
//! what differs: a fresh outside project that uses a removed item does not compile, one
//! that only passes a removed record around by pointer does, and the build's one warning
//! names the removed items. The interpreters are pyenv's 3.13.0 and Debian's 3.11.2
//! (`LIBPYTHON_SYS_OLDER_PYTHONS`), against bindings generated from 3.13.15 and 3.11.7.

use std::path::PathBuf;
use std::process::Command;

use libpython_sys_build::discover;

struct Project {
    dir: PathBuf,
    python: PathBuf,
}

impl Project {
    /// A fresh project outside the repository depending on this crate by path.
    fn new(name: &str, python: PathBuf) -> Project {
        let dir =
            std::env::temp_dir().join(format!("libpython-sys-exact-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src")).unwrap();
        std::fs::write(
            dir.join("Cargo.toml"),
            format!(
                "[package]\nname = \"exact-{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n\
                 [dependencies]\nlibpython-sys = {{ path = {:?} }}\n\n[workspace]\n",
                env!("CARGO_MANIFEST_DIR")
            ),
        )
        .unwrap();
        Project { dir, python }
    }

    /// `cargo check` with `main.rs` = `code`: (success, stderr).
    fn check(&self, code: &str) -> (bool, String) {
        std::fs::write(self.dir.join("src/main.rs"), code).unwrap();
        let out = Command::new(env!("CARGO"))
            .current_dir(&self.dir)
            .env("PYO3_PYTHON", &self.python)
            .env_remove("PYO3_CONFIG_FILE")
            .env_remove("VIRTUAL_ENV")
            .args(["check", "--message-format", "short"])
            .arg("--target-dir")
            .arg(self.dir.join("target"))
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }
}

impl Drop for Project {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn older(label: &str) -> Option<PathBuf> {
    discover::require(label, &discover::older(), "an older patch release")
}

/// The build's one warning about removed items.
fn removal_warning(stderr: &str) -> String {
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("headers differ from the CPython"))
        .collect();
    assert_eq!(lines.len(), 1, "one warning:\n{stderr}");
    lines[0].to_string()
}

#[test]
fn python_3_13_0_builds_without_what_3_13_15_added() {
    let Some(python) = older("3.13") else { return };
    let p = Project::new("313", python);
    // A pointer to the removed PyThreadState (struct _ts) still works: it is opaque.
    let (ok, stderr) = p.check(
        "use libpython_sys::*;\nfn main() {\n    let _f: unsafe extern \"C\" fn() -> *mut PyThreadState = PyEval_SaveThread;\n    let _g = PyCompile_OpcodeStackEffect;\n    // The macro form C calls is there on every release.\n    let _h = Py_CompileStringFlags;\n}\n",
    );
    assert!(ok, "{stderr}");
    let warning = removal_warning(&stderr);
    for item in [
        "_ts (field datastack_cached_chunk not declared)",
        "PyBaseExceptionGroupObject (field excs_str not declared)",
        "_Py_ATTR_CACHE_UNUSED (not declared)",
        "build with CPython 3.13.15, or enable the `bindgen` feature",
    ] {
        assert!(warning.contains(item), "{item:?} in {warning}");
    }
    // Using a removed constant, or a field of the removed record, is a compile error.
    let (ok, stderr) =
        p.check("fn main() {\n    let _c = libpython_sys::_Py_ATTR_CACHE_UNUSED;\n}\n");
    assert!(!ok);
    assert!(
        stderr.contains("cannot find") && stderr.contains("_Py_ATTR_CACHE_UNUSED"),
        "{stderr}"
    );
    let (ok, stderr) = p.check(
        "fn main() {\n    let ts = unsafe { libpython_sys::PyEval_SaveThread() };\n    let _i = unsafe { (*ts).interp };\n}\n",
    );
    assert!(!ok);
    assert!(stderr.contains("no field `interp`"), "{stderr}");
}

#[test]
fn debian_python_3_11_2_builds_without_what_it_does_not_export() {
    let Some(python) = older("3.11") else { return };
    let p = Project::new("311", python);
    let (ok, stderr) =
        p.check("fn main() {\n    let _f = libpython_sys::PyModule_AddObjectRef;\n}\n");
    assert!(ok, "{stderr}");
    let warning = removal_warning(&stderr);
    assert!(
        warning.contains("_PyModule_Add (not declared)"),
        "{warning}"
    );
    assert!(
        warning.contains("_Py_UniversalNewlineFgetsWithSize (not declared)"),
        "{warning}"
    );
    let (ok, stderr) = p.check("fn main() {\n    let _f = libpython_sys::_PyModule_Add;\n}\n");
    assert!(!ok);
    assert!(stderr.contains("_PyModule_Add"), "{stderr}");
}

/// The hand-written layer guards what it builds on a generated item with that item's
/// `libpython_sys_removed` cfg (the datetime helpers go with the datetime structs, …).
/// With every item it guards removed at once, together with what the build would remove
/// with them (records that embed one), the crate still compiles for this target, so none
/// of those removals can break the build.
#[test]
fn the_layer_compiles_with_every_item_it_guards_removed() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut guarded = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            let mut rest = text.as_str();
            while let Some(at) = rest.find("libpython_sys_removed = \"") {
                rest = &rest[at + "libpython_sys_removed = \"".len()..];
                let end = rest.find('"').unwrap();
                guarded.insert(rest[..end].to_string());
                rest = &rest[end..];
            }
        }
    }
    assert!(guarded.contains("PyDateTime_Date"), "{guarded:?}");
    let checks_file = src
        .join("bindings")
        .join(format!("{}.checks.c", env!("LIBPYTHON_SYS_TARGET")));
    let checks =
        libpython_sys_build::exact::Checks::parse(&std::fs::read_to_string(&checks_file).unwrap());
    let removed = libpython_sys_build::exact::with_dependents(&checks, &guarded);
    let flags: Vec<String> = removed
        .iter()
        .map(|item| format!("--cfg=libpython_sys_removed=\"{item}\""))
        .collect();
    let out = Command::new(env!("CARGO"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("PYO3_PYTHON", env!("LIBPYTHON_SYS_PYTHON"))
        .env("CARGO_ENCODED_RUSTFLAGS", flags.join("\x1f"))
        .env_remove("RUSTFLAGS")
        .args([
            "check",
            "--lib",
            "--message-format",
            "short",
            "--target-dir",
        ])
        .arg(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("all-guarded-removed"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "with {} removed ({} guarded):\n{}",
        removed.len(),
        guarded.len(),
        String::from_utf8_lossy(&out.stderr)
    );
    // Nor does the layer warn then (an unused import, …).
    let stderr = String::from_utf8_lossy(&out.stderr);
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("src/") && l.contains("warning"))
        .collect();
    assert!(warnings.is_empty(), "{}", warnings.join("\n"));
}
