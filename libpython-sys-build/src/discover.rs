//! The interpreters a machine has, by target label: for `ffi-check --all` and for the
//! test suites that need one interpreter of each target.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::interpreter;
use crate::targets::{label, MAX_MINOR, MIN_MINOR};

/// `LABEL PATH` lines naming the newest interpreter of each target, as a CI or a
/// contributor exports them.
pub const PYTHONS: &str = "LIBPYTHON_SYS_PYTHONS";
/// `LABEL PATH` lines naming older patch releases of targets, for the exactness tests.
pub const OLDER_PYTHONS: &str = "LIBPYTHON_SYS_OLDER_PYTHONS";

/// `(label, path)` from `LABEL PATH` lines.
pub fn parse_list(text: &str) -> Vec<(String, PathBuf)> {
    text.lines()
        .filter_map(|line| line.trim().split_once(char::is_whitespace))
        .map(|(label, path)| (label.to_string(), PathBuf::from(path.trim())))
        .collect()
}

/// The interpreter of each target: [`PYTHONS`] when set, else the newest patch release
/// of each target among the [`installed`] ones.
pub fn matrix() -> Vec<(String, PathBuf)> {
    if let Ok(list) = std::env::var(PYTHONS) {
        if !list.trim().is_empty() {
            return parse_list(&list);
        }
    }
    let mut newest: BTreeMap<String, ((u32, u32), PathBuf)> = BTreeMap::new();
    for exe in installed() {
        let Ok(i) = interpreter::query(&exe, &exe.display().to_string()) else {
            continue;
        };
        let supported = i.implementation == "CPython"
            && i.major == 3
            && (MIN_MINOR..=MAX_MINOR).contains(&i.minor)
            && i.include_dir
                .as_ref()
                .is_some_and(|d| d.join("Python.h").is_file());
        if !supported {
            continue;
        }
        let key = label(i.minor, i.gil_disabled == Some(true));
        let micro = i.micro.unwrap_or(0);
        let rank = (micro, u32::from(exe.starts_with(home().join(".pyenv"))));
        if newest.get(&key).is_none_or(|(r, _)| rank > *r) {
            newest.insert(key, (rank, exe));
        }
    }
    let mut found: Vec<(String, PathBuf)> = newest.into_iter().map(|(l, (_, p))| (l, p)).collect();
    found.sort_by_key(|(l, _)| crate::targets::TARGETS.iter().position(|t| t == l));
    found
}

/// The older patch releases named by [`OLDER_PYTHONS`] (none when unset).
pub fn older() -> Vec<(String, PathBuf)> {
    parse_list(&std::env::var(OLDER_PYTHONS).unwrap_or_default())
}

fn home() -> PathBuf {
    PathBuf::from(std::env::var_os("HOME").unwrap_or_default())
}

/// Every `python3.X` / `python3.Xt` executable (X = 9 … 15) on `PATH`, in pyenv's
/// versions and in uv's managed Pythons, without shims; each file once.
pub fn installed() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> =
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()).collect();
    let pyenv = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| home().join(".pyenv"));
    for root in [
        pyenv.join("versions"),
        home().join(".local/share/uv/python"),
    ] {
        if let Ok(entries) = std::fs::read_dir(root) {
            let mut installs: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path().join("bin"))
                .collect();
            installs.sort();
            dirs.extend(installs);
        }
    }
    let mut found = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for dir in dirs.iter().filter(|d| !d.ends_with("shims")) {
        for minor in MIN_MINOR..=MAX_MINOR {
            for suffix in ["", "t"] {
                let exe = dir.join(format!("python3.{minor}{suffix}"));
                if exe.is_file() && seen.insert(canonical(&exe)) {
                    found.push(exe);
                }
            }
        }
    }
    found
}

fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The interpreter `list` has for `label` (see [`need`]).
pub fn require(label: &str, list: &[(String, PathBuf)], what: &str) -> Option<PathBuf> {
    let found = list
        .iter()
        .find(|(l, _)| l == label)
        .map(|(_, p)| p.clone());
    need(&format!("{what} for target {label}"), found)
}

/// An interpreter a test needs. When it is absent, the test is skipped with the reason
/// printed, except under `CI=true`, where a missing interpreter is a failure.
pub fn need(what: &str, found: Option<PathBuf>) -> Option<PathBuf> {
    if found.is_none() {
        let reason = format!("needs {what}, which this machine does not have");
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("{reason} (CI=true: a missing interpreter is a failure)");
        }
        // Straight to the process's stderr, past the test harness's capture: a skip must
        // be seen, not hidden behind an `ok`.
        use std::io::Write as _;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED: {reason} (set {PYTHONS} / {OLDER_PYTHONS} to LABEL PATH lines)"
        );
    }
    found
}
