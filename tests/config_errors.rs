//! Every bad configuration stops the build with one line naming the cause and the fix.
//! Each test runs `cargo check` on this crate with a bad environment (in its own target
//! directory) and asserts the one `error: libpython-sys@<version>: …` line cargo prints.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{built_for, need};

/// Variables that select the interpreter; cleared so each test sets exactly its own.
const SELECTING: &[&str] = &[
    "PYO3_PYTHON",
    "PYO3_CONFIG_FILE",
    "VIRTUAL_ENV",
    "CONDA_PREFIX",
    "LIBPYTHON_SYS_INCLUDE_DIR",
    "LIBPYTHON_SYS_ALLOW_NEXT_MINOR",
    "PYO3_BUILD_EXTENSION_MODULE",
];

struct Outcome {
    ok: bool,
    stderr: String,
}

impl Outcome {
    /// The single `error: libpython-sys@<version>: …` line.
    fn error_line(&self) -> String {
        assert!(!self.ok, "the build succeeded; stderr:\n{}", self.stderr);
        let lines: Vec<&str> = self
            .stderr
            .lines()
            .filter(|l| l.starts_with("error: libpython-sys@"))
            .collect();
        assert_eq!(
            lines.len(),
            1,
            "expected one libpython-sys error line in:\n{}",
            self.stderr
        );
        lines[0].to_string()
    }
}

fn cargo_check(envs: &[(&str, &str)]) -> Outcome {
    cargo_check_features("", envs)
}

/// `cargo check` with `features` (comma-separated, may be empty).
fn cargo_check_features(features: &str, envs: &[(&str, &str)]) -> Outcome {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cmd = Command::new(env!("CARGO"));
    cmd.args(["check", "--lib"]);
    if !features.is_empty() {
        cmd.args(["--features", features]);
    }
    cmd.arg("--manifest-path")
        .arg(root.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(root.join("target/config-errors"));
    for var in SELECTING {
        cmd.env_remove(var);
    }
    for (key, value) in envs {
        cmd.env(key, value);
    }
    let out = cmd.output().expect("cargo runs");
    Outcome {
        ok: out.status.success(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A PyO3 interpreter config file in a fresh temporary directory.
fn config_file(name: &str, lines: &[String]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "libpython-sys-config-{}-{name}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("pyo3-config.txt");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

fn exe() -> String {
    built_for().display().to_string()
}

#[test]
fn good_configuration_builds() {
    let out = cargo_check(&[("PYO3_PYTHON", &exe())]);
    assert!(out.ok, "{}", out.stderr);
}

#[test]
fn interpreter_not_found() {
    let line = cargo_check(&[("PYO3_PYTHON", "/nonexistent/bin/python3")]).error_line();
    assert!(
        line.contains("Python interpreter not found: cannot run /nonexistent/bin/python3"),
        "{line}"
    );
    assert!(
        line.contains("set PYO3_PYTHON to an existing CPython 3.9-3.15 interpreter"),
        "{line}"
    );
}

#[test]
fn a_program_that_is_not_python() {
    // `ls` takes `-c` for an option and the query script for a file name, and echoes the
    // script in its error: the one line must name the cause, not repeat the script.
    let Some(ls) = which("ls") else {
        eprintln!("skipped: no `ls` on PATH");
        return;
    };
    let line = cargo_check(&[("PYO3_PYTHON", ls.to_str().unwrap())]).error_line();
    assert!(
        line.contains(&format!("{} is not a Python interpreter", ls.display())),
        "{line}"
    );
    assert!(
        !line.contains("import sys"),
        "the query script is not echoed: {line}"
    );
    assert!(line.len() < 400, "one short line: {line}");
    assert!(line.contains("set PYO3_PYTHON to"), "{line}");
}

#[test]
fn no_python3_on_path() {
    // A PATH holding only the C compiler the build script needs: no python3.
    let dir = std::env::temp_dir().join(format!("libpython-sys-path-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for tool in ["cc", "rustc"] {
        let real = which(tool).unwrap_or_else(|| panic!("{tool} on PATH"));
        let _ = std::os::unix::fs::symlink(real, dir.join(tool));
    }
    let line = cargo_check(&[("PATH", dir.to_str().unwrap())]).error_line();
    assert!(
        line.contains("no Python interpreter found: python3 is not on PATH; set PYO3_PYTHON"),
        "{line}"
    );
}

fn which(tool: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join(tool))
        .find(|p| p.is_file())
}

#[test]
fn python_too_old() {
    // A real 3.8 interpreter (pyenv has one on the CI image).
    let pyenv = Path::new(&std::env::var("HOME").unwrap_or_default()).join(".pyenv/versions");
    let found = std::fs::read_dir(pyenv)
        .ok()
        .and_then(|dirs| {
            dirs.filter_map(Result::ok)
                .find(|d| d.file_name().to_string_lossy().starts_with("3.8."))
        })
        .map(|d| d.path().join("bin/python3.8"))
        .filter(|p| p.is_file());
    let Some(py38) = need("a Python 3.8 interpreter (pyenv)", found) else {
        return;
    };
    let line = cargo_check(&[("PYO3_PYTHON", py38.to_str().unwrap())]).error_line();
    assert!(line.contains("Python 3.8 is too old"), "{line}");
    assert!(
        line.contains(
            "libpython-sys supports CPython 3.9-3.15; set PYO3_PYTHON to a newer interpreter"
        ),
        "{line}"
    );
}

#[test]
fn python_too_new() {
    let file = config_file(
        "too-new",
        &[
            "implementation=CPython".into(),
            "version=3.16".into(),
            "shared=true".into(),
        ],
    );
    let line = cargo_check(&[("PYO3_CONFIG_FILE", file.to_str().unwrap())]).error_line();
    assert!(
        line.contains("Python 3.16 is newer than the newest supported 3.15"),
        "{line}"
    );
    assert!(
        line.contains("set LIBPYTHON_SYS_ALLOW_NEXT_MINOR=1 to build 3.16 with the 3.15 bindings"),
        "{line}"
    );
    let file = config_file("two-ahead", &["version=3.17".into()]);
    let out = cargo_check(&[
        ("PYO3_CONFIG_FILE", file.to_str().unwrap()),
        ("LIBPYTHON_SYS_ALLOW_NEXT_MINOR", "1"),
    ]);
    assert!(out
        .error_line()
        .contains("Python 3.17 is newer than the newest supported 3.15"));
}

#[test]
fn next_minor_opt_in_passes_the_version_check_with_a_warning() {
    // 3.16 with the opt-in passes the version gate (warning), and the headers it points
    // at are then judged: here they are not 3.16, so the cross-check stops the build.
    let file = config_file(
        "next-minor",
        &["version=3.16".into(), format!("executable={}", exe())],
    );
    let out = cargo_check(&[
        ("PYO3_CONFIG_FILE", file.to_str().unwrap()),
        ("LIBPYTHON_SYS_ALLOW_NEXT_MINOR", "1"),
    ]);
    assert!(out.stderr.contains("warning: libpython-sys@0.1.0: Python 3.16 is newer than the newest supported (3.15); building with the 3.15 bindings"), "{}", out.stderr);
    let line = out.error_line();
    assert!(
        line.contains("version mismatch") && line.contains("says Python 3.16"),
        "{line}"
    );
}

#[test]
fn pypy_and_graalpy_are_refused() {
    for implementation in ["PyPy", "GraalPy"] {
        let file = config_file(
            implementation,
            &[
                format!("implementation={implementation}"),
                "version=3.11".into(),
            ],
        );
        let line = cargo_check(&[("PYO3_CONFIG_FILE", file.to_str().unwrap())]).error_line();
        assert!(
            line.contains(&format!("{implementation} 3.11 is not supported")),
            "{line}"
        );
        assert!(
            line.contains(
                "libpython-sys binds CPython only; set PYO3_PYTHON to a CPython 3.9-3.15 interpreter"
            ),
            "{line}"
        );
    }
}

#[test]
fn headers_not_installed() {
    let empty =
        std::env::temp_dir().join(format!("libpython-sys-no-headers-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    let line = cargo_check(&[
        ("PYO3_PYTHON", &exe()),
        ("LIBPYTHON_SYS_INCLUDE_DIR", empty.to_str().unwrap()),
    ])
    .error_line();
    assert!(
        line.contains(&format!(
            "Python headers not installed: no Python.h in {}",
            empty.display()
        )),
        "{line}"
    );
    assert!(line.contains("install the development headers"), "{line}");
}

#[test]
fn pointer_width_differs_from_the_rust_target() {
    let file = config_file("ptr32", &["version=3.12".into(), "pointer_width=32".into()]);
    let line = cargo_check(&[("PYO3_CONFIG_FILE", file.to_str().unwrap())]).error_line();
    assert!(
        line.contains("pointer width mismatch: Python (PYO3_CONFIG_FILE="),
        "{line}"
    );
    assert!(
        line.contains("is 32-bit but the Rust target") && line.contains("is 64-bit"),
        "{line}"
    );
}

#[test]
fn stale_config_file_disagrees_with_the_headers() {
    // The config file claims another version than the executable's headers hold.
    let minor: u32 = env!("LIBPYTHON_SYS_TARGET").trim_end_matches('t')[2..]
        .parse()
        .unwrap();
    let claimed = if minor == 9 { 10 } else { minor - 1 };
    let file = config_file(
        "stale",
        &[
            format!("version=3.{claimed}"),
            format!("executable={}", exe()),
        ],
    );
    let line = cargo_check(&[("PYO3_CONFIG_FILE", file.to_str().unwrap())]).error_line();
    assert!(
        line.contains(&format!(
            "version mismatch: PYO3_CONFIG_FILE={} says Python 3.{claimed}",
            file.display()
        )),
        "{line}"
    );
    assert!(
        line.contains("but the headers in") && line.contains(&format!("are Python 3.{minor}.")),
        "{line}"
    );
}

#[test]
fn build_flags_disagree_with_the_headers() {
    // Claim the other build (free-threaded vs default) than the headers describe.
    let ft = env!("LIBPYTHON_SYS_TARGET").ends_with('t');
    let flags = if ft {
        "build_flags="
    } else {
        "build_flags=Py_GIL_DISABLED"
    };
    let version = env!("LIBPYTHON_SYS_TARGET").trim_end_matches('t');
    let file = config_file(
        "flags",
        &[
            format!("version={version}"),
            flags.into(),
            format!("executable={}", exe()),
        ],
    );
    let line = cargo_check(&[("PYO3_CONFIG_FILE", file.to_str().unwrap())]).error_line();
    let (said, found) = if ft {
        ("a default (GIL) build", "free-threaded")
    } else {
        ("free-threaded (Py_GIL_DISABLED)", "a default (GIL) build")
    };
    assert!(
        line.contains(&format!(
            "build mismatch: PYO3_CONFIG_FILE={} says {said}",
            file.display()
        )),
        "{line}"
    );
    assert!(line.contains(found), "{line}");
}

/// With `python3` a pyenv shim, which interpreter runs is `PYENV_VERSION`'s choice: the
/// build reruns when it changes, and builds for the new one.
#[test]
fn the_build_follows_pyenv_version() {
    let home = PathBuf::from(std::env::var("HOME").unwrap_or_default());
    let shims = home.join(".pyenv/shims");
    let versions = home.join(".pyenv/versions");
    let installed = |prefix: &str| {
        std::fs::read_dir(&versions).ok().and_then(|dirs| {
            dirs.filter_map(Result::ok)
                .map(|d| d.file_name().to_string_lossy().into_owned())
                .find(|n| n.starts_with(prefix))
        })
    };
    let found = shims
        .join("python3")
        .is_file()
        .then(|| installed("3.10."))
        .flatten()
        .zip(installed("3.12."));
    let Some((v310, v312)) = need(
        "pyenv with its shims, 3.10 and 3.12",
        found.as_ref().map(|_| shims.clone()),
    )
    .and(found) else {
        return;
    };
    let path = format!(
        "{}:{}",
        shims.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let target_of = |version: &str| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let out = Command::new(env!("CARGO"))
            .args(["check", "--lib", "--manifest-path"])
            .arg(root.join("Cargo.toml"))
            .arg("--target-dir")
            .arg(root.join("target/pyenv-version"))
            .envs(SELECTING.iter().map(|v| (*v, "")))
            .env("PATH", &path)
            .env("PYENV_VERSION", version)
            .output()
            .expect("cargo runs");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "{stderr}");
        // What the build script told cargo, the last time it ran.
        let build = root.join("target/pyenv-version/debug/build");
        let newest = std::fs::read_dir(build)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path().join("output"))
            .filter(|p| p.is_file())
            .max_by_key(|p| p.metadata().and_then(|m| m.modified()).ok())
            .expect("the build script ran");
        std::fs::read_to_string(newest)
            .unwrap()
            .lines()
            .find_map(|l| l.strip_prefix("cargo::metadata=TARGET="))
            .map(str::to_string)
    };
    assert_eq!(target_of(&v310).as_deref(), Some("3.10"));
    assert_eq!(
        target_of(&v312).as_deref(),
        Some("3.12"),
        "the build reran for the new PYENV_VERSION"
    );
}

/// An interpreter of the matrix (skipped with the reason when absent; a failure in CI).
fn matrix_python(label: &str) -> Option<String> {
    libpython_sys_build::discover::require(
        label,
        &libpython_sys_build::discover::matrix(),
        "an interpreter",
    )
    .map(|p| p.display().to_string())
}

#[test]
fn abi3t_needs_3_15() {
    let Some(python) = matrix_python("3.14") else {
        return;
    };
    let out = cargo_check_features("abi3t-py315", &[("PYO3_PYTHON", &python)]);
    let line = out.error_line();
    assert!(
        line.contains(
            "abi3t-py315 needs Python 3.15 or newer to build, but the interpreter is 3.14"
        ) && line.contains("abi3t starts at 3.15"),
        "{line}"
    );
}

#[test]
fn stable_minimum_newer_than_the_interpreter() {
    let Some(python) = matrix_python("3.9") else {
        return;
    };
    let out = cargo_check_features("abi3-py312", &[("PYO3_PYTHON", &python)]);
    let line = out.error_line();
    assert!(
        line.contains("abi3-py312 needs Python 3.12 or newer to build, but the interpreter is 3.9")
            && line.contains("lower the abi3 minimum"),
        "{line}"
    );
}

#[test]
fn stable_abi_with_a_debug_build() {
    // The headers are the truth: a copy of a release build's headers whose pyconfig.h says
    // Py_DEBUG, and a config file that names no executable to contradict them.
    let Some(python) = matrix_python("3.12") else {
        return;
    };
    let include = Path::new(&python)
        .parent()
        .and_then(Path::parent)
        .unwrap()
        .join("include/python3.12");
    let dir = std::env::temp_dir().join(format!("libpython-sys-debug-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(&include).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
        } else {
            let sub = dir.join(entry.file_name());
            std::fs::create_dir_all(&sub).unwrap();
            for inner in std::fs::read_dir(entry.path()).unwrap() {
                let inner = inner.unwrap();
                if inner.file_type().unwrap().is_file() {
                    std::fs::copy(inner.path(), sub.join(inner.file_name())).unwrap();
                }
            }
        }
    }
    let pyconfig = dir.join("pyconfig.h");
    let mut text = std::fs::read_to_string(&pyconfig).unwrap();
    text.push_str("\n#define Py_DEBUG 1\n");
    std::fs::write(&pyconfig, text).unwrap();
    let file = config_file(
        "debug",
        &[
            "implementation=CPython".into(),
            "version=3.12".into(),
            "shared=true".into(),
        ],
    );
    for feature in ["abi3-py39", "abi3"] {
        let out = cargo_check_features(
            feature,
            &[
                ("PYO3_CONFIG_FILE", file.to_str().unwrap()),
                ("LIBPYTHON_SYS_INCLUDE_DIR", dir.to_str().unwrap()),
            ],
        );
        let line = out.error_line();
        assert!(
            line.contains("abi3 cannot be combined with a debug build (Python 3.12 in")
                && line.contains("build with a release build of CPython"),
            "{line}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn abi3_on_a_free_threaded_interpreter_builds_for_it_with_a_warning() {
    let Some(python) = matrix_python("3.13t") else {
        return;
    };
    let out = cargo_check_features("abi3-py39", &[("PYO3_PYTHON", &python)]);
    assert!(out.ok, "{}", out.stderr);
    assert!(
        out.stderr.contains("abi3 is for default (GIL) builds; Python 3.13t is free-threaded, so this build is for 3.13t only"),
        "{}",
        out.stderr
    );
}
