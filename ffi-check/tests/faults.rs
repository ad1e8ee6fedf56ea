//! Proof that ffi-check catches faults: faults of every class planted in a temporary copy
//! of a bindings file (or of the hand-written layer) must each be reported as exactly that
//! item, with a non-zero exit, on the newest release of a target and on older patch
//! releases alike (3.13.0, 3.11.2, 3.14.4, 3.14.4t: `LIBPYTHON_SYS_OLDER_PYTHONS`); and the
//! unmodified bindings must pass on every interpreter of the matrix.

use std::path::{Path, PathBuf};
use std::process::Command;

use libpython_sys_build::discover;
use libpython_sys_build::targets::{Origin, Stable, STABLE_TARGETS, TARGETS};

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

/// Where faults are planted: the newest 3.14, and every older patch release (3.13 and
/// 3.14t at least).
fn fault_targets() -> Vec<(String, PathBuf)> {
    let mut out: Vec<(String, PathBuf)> = python("3.14")
        .map(|p| ("3.14".into(), p))
        .into_iter()
        .collect();
    let older = discover::older();
    for label in ["3.13", "3.14t"] {
        discover::require(label, &older, "an older patch release");
    }
    out.extend(older);
    out
}

struct Run {
    ok: bool,
    stdout: String,
}

impl Run {
    /// `(class, item)` of every FAIL line.
    fn failures(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = self
            .stdout
            .lines()
            .filter_map(|l| l.trim_start().strip_prefix("FAIL"))
            .filter_map(|rest| {
                let mut words = rest.split_whitespace();
                let class = words.next()?.to_string();
                let item = words.next()?.trim_end_matches(':').to_string();
                Some((class, item))
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

fn ffi_check(python: &Path, args: &[&std::ffi::OsStr]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_libpython-sys-ffi-check"))
        .arg("--python")
        .arg(python)
        .args(args)
        .output()
        .expect("ffi-check runs");
    Run {
        ok: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
    }
}

/// A fresh scratch directory under the target directory (replaced on the next run, gone
/// with `cargo clean`; nothing is left in the system's temporary directory).
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("ffi-check-fault-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `text` with each `(from, to)` replaced; each `from` must occur once.
fn plant(mut text: String, what: &str, faults: &[(String, String)]) -> String {
    for (from, to) in faults {
        assert_eq!(
            text.matches(from.as_str()).count(),
            1,
            "{from:?} must occur once in {what}"
        );
        text = text.replace(from.as_str(), to);
    }
    text
}

/// A copy of `src/bindings/<label>.rs` with the faults planted, and its checks file beside
/// it (which the build and ffi-check read).
fn planted(label: &str, name: &str, faults: &[(String, String)]) -> PathBuf {
    let dir = scratch(&format!("{name}-{label}"));
    let bindings = root().join("src/bindings").join(format!("{label}.rs"));
    let source = std::fs::read_to_string(&bindings).unwrap();
    let path = dir.join(format!("{label}.rs"));
    std::fs::write(&path, plant(source, &format!("{label}.rs"), faults)).unwrap();
    std::fs::copy(
        bindings.with_extension("checks.c"),
        dir.join(format!("{label}.checks.c")),
    )
    .unwrap();
    path
}

fn pair(from: &str, to: &str) -> (String, String) {
    (from.to_string(), to.to_string())
}

/// The bitfield fault: `PyASCIIObject.state.kind` one bit further along.
fn bitfield_fault(label: &str) -> (String, String) {
    let source =
        std::fs::read_to_string(root().join("src/bindings").join(format!("{label}.rs"))).unwrap();
    let setter = "pub fn set_kind(&mut self, val: ::core::ffi::c_uint) {";
    let at = source
        .find(setter)
        .expect("PyASCIIObject has a kind setter");
    let rest = &source[at..];
    let call = rest.find("set_const::<").unwrap();
    let end = rest[call..].find(">(val as u64)").unwrap();
    let from = &rest[..call + end + ">(val as u64)".len()];
    let generics = &rest[call + "set_const::<".len()..call + end];
    let (offset, width) = generics.split_once("usize, ").unwrap();
    let offset: usize = offset.parse().unwrap();
    let to = from.replace(
        &format!("set_const::<{generics}>"),
        &format!("set_const::<{}usize, {width}>", offset + 1),
    );
    (from.to_string(), to)
}

#[test]
fn every_class_of_fault_in_the_bindings_is_caught() {
    for (label, py) in fault_targets() {
        let faults = vec![
            // a field's type
            pair(
                "    pub allocated: Py_ssize_t,\n}",
                "    pub allocated: ::core::ffi::c_int,\n}",
            ),
            // two fields swapped
            pair(
                "    pub buf: *mut ::core::ffi::c_void,\n    pub obj: *mut PyObject,",
                "    pub obj: *mut PyObject,\n    pub buf: *mut ::core::ffi::c_void,",
            ),
            // a constant's value, and another's type (one the hand-written layer does not
            // use: a constant it uses with the wrong type makes the crate itself fail to
            // compile, which ffi-check reports as that, not item by item)
            pair(
                "pub const METH_VARARGS: ::core::ffi::c_int = 1;",
                "pub const METH_VARARGS: ::core::ffi::c_int = 2;",
            ),
            pair(
                "pub const METH_COEXIST: ::core::ffi::c_int = 64;",
                "pub const METH_COEXIST: u64 = 64;",
            ),
            // an argument type, a return type, a function libpython does not export
            pair(
                "pub fn PyList_New(size: Py_ssize_t) -> *mut PyObject;",
                "pub fn PyList_New(size: ::core::ffi::c_int) -> *mut PyObject;",
            ),
            pair(
                "pub fn PyList_Size(arg1: *mut PyObject) -> Py_ssize_t;",
                "pub fn PyList_Size(arg1: *mut PyObject) -> ::core::ffi::c_int;\n    pub fn PyList_SizeBogus(arg1: *mut PyObject) -> Py_ssize_t;",
            ),
            // a bitfield's position
            bitfield_fault(&label),
            // a static's type
            pair(
                "pub static mut PyProperty_Type: PyTypeObject;",
                "pub static mut PyProperty_Type: PyObject;",
            ),
        ];
        let path = planted(&label, "bindings", &faults);
        let run = ffi_check(&py, &["--bindings".as_ref(), path.as_os_str()]);
        assert!(
            !run.ok,
            "{label} ({}) passed planted faults:\n{}",
            py.display(),
            run.stdout
        );
        let expected = [
            ("bitfield", "PyASCIIObject.state.kind"),
            ("constant", "METH_COEXIST"),
            ("constant", "METH_VARARGS"),
            ("field", "PyListObject.allocated"),
            ("field", "Py_buffer.buf"),
            ("field", "Py_buffer.obj"),
            ("function", "PyList_New"),
            ("function", "PyList_Size"),
            ("function", "PyList_SizeBogus"),
            ("static", "PyProperty_Type"),
        ];
        let got = run.failures();
        let got: Vec<(&str, &str)> = got.iter().map(|(c, i)| (c.as_str(), i.as_str())).collect();
        assert_eq!(got, expected, "{label} ({}):\n{}", py.display(), run.stdout);
        assert!(
            run.stdout
                .contains("FAIL  function PyList_SizeBogus: Rust not exported"),
            "{}",
            run.stdout
        );
    }
}

/// A copy of `src/` with the faults planted in `file`, for `--src`.
fn planted_src(name: &str, file: &str, faults: &[(String, String)]) -> PathBuf {
    let dir = scratch(name).join("src");
    copy_src(&root().join("src"), &dir, file, faults);
    // The table of backports that ffi-check reads beside src/.
    std::fs::copy(root().join("COMPAT.md"), dir.with_file_name("COMPAT.md")).unwrap();
    dir
}

/// Copies the Rust files under `from` (recursively, without the bindings) to `to`,
/// planting `faults` in the file whose path relative to src/ is `file`.
fn copy_src(from: &Path, to: &Path, file: &str, faults: &[(String, String)]) {
    std::fs::create_dir_all(to).unwrap();
    let src = root().join("src");
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "bindings") {
                copy_src(&path, &to.join(path.file_name().unwrap()), file, faults);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            let relative = path
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let text = if relative == file {
                plant(text, file, faults)
            } else {
                text
            };
            std::fs::write(to.join(path.file_name().unwrap()), text).unwrap();
        }
    }
}

#[test]
fn faults_in_the_hand_written_layer_are_caught() {
    for (label, py) in fault_targets() {
        let minor: u32 = label.trim_end_matches('t')[2..].parse().unwrap();
        if minor < 13 {
            continue; // PyMutex and its functions are C API from 3.13
        }
        // The exported slow paths that lock.rs declares: a wrong prototype, a symbol
        // libpython does not export.
        let src = planted_src(
            "extern",
            "lock.rs",
            &[
                pair(
                    "pub fn lock(m: *mut PyMutex);",
                    "pub fn lock(m: *const PyMutex);",
                ),
                pair(
                    "#[link_name = \"PyMutex_Unlock\"]",
                    "#[link_name = \"PyMutex_UnlockBogus\"]",
                ),
            ],
        );
        let run = ffi_check(&py, &["--src".as_ref(), src.as_os_str()]);
        assert!(!run.ok, "{label}: {}", run.stdout);
        assert_eq!(
            run.failures(),
            [
                ("function".to_string(), "lock::exported::lock".to_string()),
                ("function".to_string(), "lock::exported::unlock".to_string()),
            ],
            "{label}:\n{}",
            run.stdout
        );
        // PyMutex's alignment (records holding one by value differ with it).
        let src = planted_src(
            "mutex",
            "lock.rs",
            &[pair(
                "#[repr(C)]\n#[derive(Debug, Default)]\npub struct PyMutex {",
                "#[repr(C, align(2))]\n#[derive(Debug, Default)]\npub struct PyMutex {",
            )],
        );
        let run = ffi_check(&py, &["--src".as_ref(), src.as_os_str()]);
        assert!(!run.ok, "{label}: {}", run.stdout);
        assert!(
            run.failures()
                .contains(&("struct".to_string(), "lock::PyMutex".to_string())),
            "{label}:\n{}",
            run.stdout
        );
    }
}

#[test]
fn bindings_of_the_other_build() {
    for (bindings, interpreter) in [("3.14", "3.14t"), ("3.14t", "3.14")] {
        let Some(py) = python(interpreter) else {
            return;
        };
        let file = root().join(format!("src/bindings/{bindings}.rs"));
        let run = ffi_check(&py, &["--bindings".as_ref(), file.as_os_str()]);
        assert!(!run.ok, "{bindings} bindings passed against {interpreter}");
        let f = run.failures();
        assert_eq!(f.len(), 1, "{}", run.stdout);
        assert_eq!(f[0].0, "config");
        // The versions come from the bindings file and the interpreter: whatever patch
        // releases they are, each is named.
        let origin = Origin::of_file(&file).expect("a generated file names its CPython release");
        assert!(
            run.stdout.contains(&format!(
                "Rust bindings for CPython {}",
                origin.version.text
            )) && run.stdout.contains("| C interpreter is CPython 3.14."),
            "{}",
            run.stdout
        );
    }
}

#[test]
fn unmodified_bindings_pass_on_every_matrix_interpreter_and_older_release() {
    let mut all: Vec<(String, PathBuf)> = TARGETS
        .iter()
        .filter_map(|t| python(t).map(|p| (t.to_string(), p)))
        .collect();
    all.extend(discover::older());
    for (target, py) in all {
        let run = ffi_check(&py, &[]);
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
        let run = ffi_check(&py, &["--src".as_ref(), src.as_os_str()]);
        assert!(!run.ok, "{}", run.stdout);
        let got = run.failures();
        let got: Vec<(&str, &str)> = got.iter().map(|(c, i)| (c.as_str(), i.as_str())).collect();
        assert_eq!(got, expected);
    }
}

/// `--stable TARGET --all`, over the matrix and the older patch releases.
fn stable_run(target: &str, bindings: Option<&Path>) -> Run {
    let mut all = discover::matrix();
    all.extend(discover::older());
    let list: String = all
        .iter()
        .map(|(label, path)| format!("{label} {}\n", path.display()))
        .collect();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_libpython-sys-ffi-check"));
    cmd.args(["--stable", target, "--all"])
        .env(discover::PYTHONS, list);
    if let Some(path) = bindings {
        cmd.arg("--bindings").arg(path);
    }
    let out = cmd.output().expect("ffi-check runs");
    Run {
        ok: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
    }
}

/// How many interpreters of the matrix and the older releases load `stable`'s modules.
fn loading(stable: Stable) -> usize {
    let mut all = discover::matrix();
    all.extend(discover::older());
    all.iter()
        .filter(|(label, _)| {
            let ft = label.ends_with('t');
            let minor: u32 = label.trim_end_matches('t')[2..].parse().unwrap();
            minor >= stable.min_minor && (stable.free_threaded() || !ft)
        })
        .count()
}

#[test]
fn stable_bindings_pass_on_every_interpreter_they_load_in() {
    // abi3-py39 on 3.9–3.15 and the older releases of those; abi3t on 3.15 and 3.15t.
    for label in ["3.9", "3.15", "3.15t"] {
        if python(label).is_none() {
            return;
        }
    }
    for target in STABLE_TARGETS {
        let stable = Stable::parse(target).unwrap();
        let run = stable_run(target, None);
        assert!(run.ok, "{target}:\n{}", run.stdout);
        let passed = run
            .stdout
            .lines()
            .filter(|l| l.starts_with(&format!("{target} on ")) && l.contains(" 0 failed"))
            .count();
        assert_eq!(passed, loading(stable), "{target}:\n{}", run.stdout);
        assert!(
            run.stdout.contains(" 0 unexplained, 0 stale"),
            "{}",
            run.stdout
        );
    }
}

#[test]
fn faults_in_the_stable_bindings_are_caught_on_every_interpreter() {
    if python("3.9").is_none() || python("3.15").is_none() {
        return;
    }
    let faults = vec![
        // a constant's value
        pair(
            "pub const METH_O: ::core::ffi::c_int = 8;",
            "pub const METH_O: ::core::ffi::c_int = 9;",
        ),
        // a field's type in a struct of the stable ABI
        pair(
            "    pub flags: ::core::ffi::c_uint,",
            "    pub flags: ::core::ffi::c_ulong,",
        ),
        // a function of a newer stable ABI (3.11): the limited API of 3.9 does not
        // declare it, and 3.9's and 3.10's libpython do not export it
        pair(
            "pub fn PyObject_GC_IsTracked(arg1: *mut PyObject) -> ::core::ffi::c_int;",
            "pub fn PyObject_GC_IsTracked(arg1: *mut PyObject) -> ::core::ffi::c_int;\n    pub fn PyType_GetName(arg1: *mut PyTypeObject) -> *mut PyObject;",
        ),
    ];
    let path = planted("abi3-py39", "stable", &faults);
    let run = stable_run("abi3-py39", Some(&path));
    assert!(!run.ok, "planted faults passed:\n{}", run.stdout);
    // Each interpreter's report, from its first line (`abi3-py39 on 3.12 3.12.1 …`).
    let mut checked = 0;
    for block in run.stdout.split("abi3-py39 on ").skip(1) {
        let label = block.split_whitespace().next().unwrap().to_string();
        let block = block.split("\nffi-check:").next().unwrap();
        let minor: u32 = label[2..].parse().unwrap();
        let fails = |item: &str| {
            block
                .lines()
                .any(|l| l.contains("FAIL") && l.contains(item))
        };
        assert!(fails("constant METH_O"), "{label}:\n{block}");
        assert!(fails("PyType_Spec.flags"), "{label}:\n{block}");
        // Not declared by any release's headers under Py_LIMITED_API=0x03090000; not
        // exported either before 3.11.
        assert!(fails("function PyType_GetName"), "{label}:\n{block}");
        assert_eq!(
            block.contains("FAIL  function PyType_GetName: Rust not exported"),
            minor < 11,
            "{label}:\n{block}"
        );
        checked += 1;
    }
    assert_eq!(
        checked,
        loading(Stable::parse("abi3-py39").unwrap()),
        "{}",
        run.stdout
    );
}

#[test]
fn backports_that_differ_from_compat_md_are_caught() {
    // A backport missing, and a function COMPAT.md withholds bound: PyLong_IsZero (3.14)
    // renamed PyConfig_Get (not backported). Where PyLong_IsZero is native, the rename
    // changes nothing the check sees except PyConfig_Get, which is native there too.
    for (label, py) in fault_targets() {
        let minor: u32 = label.trim_end_matches('t')[2..].parse().unwrap();
        if minor >= 14 {
            continue;
        }
        let src = planted_src(
            "backport",
            "backports/longobject.rs",
            &[pair(
                "pub unsafe fn PyLong_IsZero(obj: *mut PyObject) -> c_int {",
                "pub unsafe fn PyConfig_Get(obj: *mut PyObject) -> c_int {",
            )],
        );
        let run = ffi_check(&py, &["--src".as_ref(), src.as_os_str()]);
        assert!(!run.ok, "{label}: {}", run.stdout);
        assert_eq!(
            run.failures(),
            [
                ("backport".to_string(), "PyConfig_Get".to_string()),
                ("backport".to_string(), "PyLong_IsZero".to_string()),
            ],
            "{label}:\n{}",
            run.stdout
        );
    }
}
