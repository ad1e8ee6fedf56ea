//! Proof that ffi-check catches faults: one planted fault of each class in a temporary
//! copy of a bindings file must be reported as exactly that item, with a non-zero exit;
//! and the unmodified bindings must pass on every interpreter of the matrix.

use std::path::{Path, PathBuf};
use std::process::Command;

use libpython_sys_build::discover;
use libpython_sys_build::targets::{Origin, TARGETS};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The interpreter for `label`. Absent: skipped with the reason on a user's machine,
/// a failure under `CI=true`.
fn python(label: &str) -> Option<PathBuf> {
    discover::require(label, &discover::matrix(), "an interpreter")
}

struct Run {
    ok: bool,
    stdout: String,
}

impl Run {
    /// `(class, item)` of every FAIL line.
    fn failures(&self) -> Vec<(String, String)> {
        self.stdout
            .lines()
            .filter_map(|l| l.trim_start().strip_prefix("FAIL"))
            .filter_map(|rest| {
                let mut words = rest.split_whitespace();
                let class = words.next()?.to_string();
                let item = words.next()?.trim_end_matches(':').to_string();
                Some((class, item))
            })
            .collect()
    }
}

fn ffi_check(python: &Path, bindings: Option<&Path>) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_libpython-sys-ffi-check"));
    cmd.arg("--python").arg(python);
    if let Some(b) = bindings {
        cmd.arg("--bindings").arg(b);
    }
    let out = cmd.output().expect("ffi-check runs");
    Run {
        ok: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
    }
}

/// A copy of `src/bindings/<target>.rs` with `from` replaced by `to` (which must occur once).
fn planted(target: &str, name: &str, from: &str, to: &str) -> PathBuf {
    let source =
        std::fs::read_to_string(root().join("src/bindings").join(format!("{target}.rs"))).unwrap();
    assert_eq!(
        source.matches(from).count(),
        1,
        "{from:?} must occur once in {target}.rs"
    );
    let dir = std::env::temp_dir().join(format!("ffi-check-fault-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{target}.rs"));
    std::fs::write(&path, source.replace(from, to)).unwrap();
    path
}

/// Plants a fault in the 3.14 bindings, checks them against 3.14, and returns the
/// failures after asserting a non-zero exit.
fn fault(name: &str, from: &str, to: &str) -> Option<Vec<(String, String)>> {
    let py = python("3.14")?;
    let run = ffi_check(&py, Some(&planted("3.14", name, from, to)));
    assert!(
        !run.ok,
        "ffi-check passed bindings with a planted fault ({name}):\n{}",
        run.stdout
    );
    Some(run.failures())
}

fn assert_only(failures: &[(String, String)], expected: &[(&str, &str)]) {
    let mut got: Vec<(&str, &str)> = failures
        .iter()
        .map(|(c, i)| (c.as_str(), i.as_str()))
        .collect();
    got.sort();
    got.dedup();
    let mut want = expected.to_vec();
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn a_field_type() {
    let Some(f) = fault(
        "field-type",
        "    pub allocated: Py_ssize_t,\n}",
        "    pub allocated: ::core::ffi::c_int,\n}",
    ) else {
        return;
    };
    assert_only(&f, &[("field", "PyListObject.allocated")]);
}

#[test]
fn two_fields_swapped() {
    let from = "    pub ob_item: *mut *mut PyObject,\n    pub allocated: Py_ssize_t,\n}";
    let to = "    pub allocated: Py_ssize_t,\n    pub ob_item: *mut *mut PyObject,\n}";
    let Some(f) = fault("swapped", from, to) else {
        return;
    };
    assert_only(
        &f,
        &[
            ("field", "PyListObject.allocated"),
            ("field", "PyListObject.ob_item"),
        ],
    );
}

#[test]
fn a_constant_value() {
    let from = "pub const METH_VARARGS: ::core::ffi::c_int = 1;";
    let Some(f) = fault(
        "constant",
        from,
        "pub const METH_VARARGS: ::core::ffi::c_int = 2;",
    ) else {
        return;
    };
    assert_only(&f, &[("constant", "METH_VARARGS")]);
}

#[test]
fn a_constant_type() {
    let from = "pub const METH_VARARGS: ::core::ffi::c_int = 1;";
    let Some(f) = fault("constant-type", from, "pub const METH_VARARGS: u64 = 1;") else {
        return;
    };
    assert_only(&f, &[("constant", "METH_VARARGS")]);
}

#[test]
fn an_argument_type() {
    let from = "pub fn PyList_New(size: Py_ssize_t) -> *mut PyObject;";
    let Some(f) = fault(
        "argument",
        from,
        "pub fn PyList_New(size: ::core::ffi::c_int) -> *mut PyObject;",
    ) else {
        return;
    };
    assert_only(&f, &[("function", "PyList_New")]);
}

#[test]
fn a_return_type() {
    let from = "pub fn PyList_Size(arg1: *mut PyObject) -> Py_ssize_t;";
    let Some(f) = fault(
        "return",
        from,
        "pub fn PyList_Size(arg1: *mut PyObject) -> ::core::ffi::c_int;",
    ) else {
        return;
    };
    assert_only(&f, &[("function", "PyList_Size")]);
}

#[test]
fn a_function_libpython_does_not_export() {
    let from = "pub fn PyList_Size(arg1: *mut PyObject) -> Py_ssize_t;";
    let to = "pub fn PyList_Size(arg1: *mut PyObject) -> Py_ssize_t;\n    pub fn PyList_SizeBogus(arg1: *mut PyObject) -> Py_ssize_t;";
    let Some(py) = python("3.14") else { return };
    let run = ffi_check(&py, Some(&planted("3.14", "unexported", from, to)));
    assert!(!run.ok);
    assert_only(&run.failures(), &[("function", "PyList_SizeBogus")]);
    assert!(
        run.stdout
            .contains("FAIL  function PyList_SizeBogus: Rust not exported"),
        "{}",
        run.stdout
    );
}

#[test]
fn bindings_of_the_other_build() {
    for (bindings, interpreter) in [("3.14", "3.14t"), ("3.14t", "3.14")] {
        let Some(py) = python(interpreter) else {
            return;
        };
        let run = ffi_check(
            &py,
            Some(&root().join(format!("src/bindings/{bindings}.rs"))),
        );
        assert!(!run.ok, "{bindings} bindings passed against {interpreter}");
        let f = run.failures();
        assert_eq!(f.len(), 1, "{}", run.stdout);
        assert_eq!(f[0].0, "config");
        // The versions come from the bindings file and the interpreter: whatever patch
        // releases they are, each is named.
        let origin = Origin::of_file(&root().join(format!("src/bindings/{bindings}.rs")))
            .expect("a generated file names its CPython release");
        assert!(
            run.stdout
                .contains(&format!("Rust bindings for CPython {}", origin.version.text))
                && run.stdout.contains("| C interpreter is CPython 3.14."),
            "{}",
            run.stdout
        );
    }
}

#[test]
fn unmodified_bindings_pass_on_every_matrix_interpreter() {
    for target in TARGETS {
        let Some(py) = python(target) else { continue };
        let run = ffi_check(&py, None);
        assert!(run.ok, "{target}:\n{}", run.stdout);
        assert!(
            run.stdout.starts_with(&format!("{target:<6} ")),
            "{}",
            run.stdout
        );
        assert!(run.stdout.contains(" 0 failed"), "{}", run.stdout);
        // The coverage report agrees with NOT_PORTED.md: every gap explained, no stale entry.
        assert!(
            run.stdout.contains(" 0 unexplained, 0 stale"),
            "{target}:\n{}",
            run.stdout
        );
    }
}

#[test]
fn hand_written_layer_faults_under_its_cfgs() {
    // tests/fixtures/handwritten mirrors src/: lib.rs declares a hand-written module with
    // a wrong constant, a wrong field, and a constant that is wrong only on
    // free-threaded builds (`#[cfg(Py_GIL_DISABLED)]`).
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/handwritten");
    for (target, expected) in [
        (
            "3.14",
            vec![
                ("constant", "methods::METH_VARARGS"),
                ("field", "methods::PyListObject.allocated"),
            ],
        ),
        (
            "3.14t",
            vec![
                ("constant", "methods::METH_KEYWORDS"),
                ("constant", "methods::METH_VARARGS"),
                ("field", "methods::PyListObject.allocated"),
            ],
        ),
    ] {
        let Some(py) = python(target) else { return };
        let out = Command::new(env!("CARGO_BIN_EXE_libpython-sys-ffi-check"))
            .arg("--python")
            .arg(&py)
            .arg("--src")
            .arg(&src)
            .output()
            .unwrap();
        let run = Run {
            ok: out.status.success(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        };
        assert!(!run.ok, "{}", run.stdout);
        assert_only(&run.failures(), &expected);
    }
}
