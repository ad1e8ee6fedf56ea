//! Which interpreter the crate is built for, and what it says about itself.
//!
//! Resolution follows PyO3: `PYO3_CONFIG_FILE`, else `PYO3_PYTHON`, else the active
//! virtualenv (`VIRTUAL_ENV`) or conda environment (`CONDA_PREFIX`), else `python3` on `PATH`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{env_var, track_file, Error};

/// What the interpreter (or a PyO3 config file) reports. The headers are then read
/// independently (see `headers.rs`) and the two are cross-checked.
#[derive(Debug, Clone)]
pub struct Interpreter {
    /// Where this description came from, for error messages.
    pub source: String,
    pub implementation: String,
    pub major: u32,
    pub minor: u32,
    /// The micro version; `None` when a config file gave only `X.Y`.
    pub micro: Option<u32>,
    pub executable: Option<PathBuf>,
    /// `sys.version`, when an interpreter was run.
    pub sys_version: Option<String>,
    pub gil_disabled: Option<bool>,
    pub debug: Option<bool>,
    pub pointer_width: Option<u32>,
    pub include_dir: Option<PathBuf>,
    /// `sys.base_prefix`: where its standard library lives (an embedded interpreter's
    /// `PyConfig.home`).
    pub base_prefix: Option<PathBuf>,
    pub lib_dir: Option<PathBuf>,
    pub lib_name: Option<String>,
    pub shared: bool,
    /// `suppress_build_script_link_lines` of a config file.
    pub suppress_link: bool,
    /// `extra_build_script_lines` of a config file, printed verbatim.
    pub extra_lines: Vec<String>,
}

impl Interpreter {
    /// The shared libpython the interpreter names, if that file exists.
    pub fn libpython(&self) -> Option<PathBuf> {
        if !self.shared {
            return None;
        }
        let (dir, name) = (self.lib_dir.as_ref()?, self.lib_name.as_ref()?);
        let ext = if cfg!(target_os = "macos") {
            "dylib"
        } else {
            "so"
        };
        Some(dir.join(format!("lib{name}.{ext}"))).filter(|p| p.is_file())
    }
}

/// Prints one `key=value` line per fact. Written to run (and fail politely) on any
/// Python, including 2.7, so that an old interpreter is reported by version.
const QUERY: &str = r#"
import sys, struct, platform, sysconfig
def var(name):
    value = sysconfig.get_config_var(name)
    return '' if value is None else str(value)
def out(key, value):
    print(key + '=' + str(value).replace('\n', ' '))
out('implementation', platform.python_implementation())
out('version', '%d.%d.%d' % tuple(sys.version_info[:3]))
out('sys_version', sys.version)
out('executable', sys.executable)
out('include', sysconfig.get_path('include') or '')
out('base_prefix', getattr(sys, 'base_prefix', sys.prefix))
out('gil_disabled', var('Py_GIL_DISABLED') or '0')
out('debug', var('Py_DEBUG') or ('1' if hasattr(sys, 'gettotalrefcount') else '0'))
out('pointer_width', struct.calcsize('P') * 8)
out('libdir', var('LIBDIR'))
out('libpl', var('LIBPL'))
out('ldlibrary', var('LDLIBRARY'))
out('shared', var('Py_ENABLE_SHARED') or '0')
"#;

pub fn resolve() -> Result<Interpreter, Error> {
    if let Some(path) = env_var("PYO3_CONFIG_FILE") {
        return from_config_file(Path::new(&path));
    }
    let exe = find_executable()?;
    query(&exe, &describe_choice(&exe))
}

fn describe_choice(exe: &Path) -> String {
    if env_var("PYO3_PYTHON").is_some() {
        format!("PYO3_PYTHON={}", exe.display())
    } else {
        format!("interpreter {}", exe.display())
    }
}

fn find_executable() -> Result<PathBuf, Error> {
    if let Some(exe) = env_var("PYO3_PYTHON") {
        return Ok(PathBuf::from(exe));
    }
    let bin = if cfg!(windows) {
        "Scripts/python.exe"
    } else {
        "bin/python"
    };
    match (env_var("VIRTUAL_ENV"), env_var("CONDA_PREFIX")) {
        (Some(venv), _) => return Ok(Path::new(&venv).join(bin)),
        (None, Some(conda)) => {
            let exe = if cfg!(windows) {
                "python.exe"
            } else {
                "bin/python"
            };
            return Ok(Path::new(&conda).join(exe));
        }
        (None, None) => {}
    }
    let name = if cfg!(windows) {
        "python.exe"
    } else {
        "python3"
    };
    let path = env_var("PATH").unwrap_or_default();
    let exe = std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
        .ok_or_else(|| {
            Error::new(
                "no Python interpreter found: python3 is not on PATH; \
                 set PYO3_PYTHON to the CPython 3.9-3.15 interpreter to build for",
            )
        })?;
    track_shim_inputs(&exe);
    Ok(exe)
}

/// A pyenv shim (`~/.pyenv/shims/python3`) runs the interpreter that `PYENV_VERSION`, a
/// `.python-version` file (from the current directory up) or the global `version` file
/// names: the build must rerun when any of them changes.
fn track_shim_inputs(exe: &Path) {
    for var in ["PYENV_VERSION", "PYENV_ROOT", "PYENV_DIR"] {
        env_var(var);
    }
    let Some(shims) = exe.parent().filter(|d| d.ends_with("shims")) else {
        return;
    };
    if let Some(root) = shims.parent() {
        track_file(&root.join("version"));
    }
    let start = env_var("PYENV_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::current_dir().ok());
    for dir in start.iter().flat_map(|d| d.ancestors()) {
        track_file(&dir.join(".python-version"));
    }
}

/// Runs the interpreter and reads its facts.
pub fn query(exe: &Path, source: &str) -> Result<Interpreter, Error> {
    let output = Command::new(exe)
        .arg("-c")
        .arg(QUERY)
        .output()
        .map_err(|e| {
            Error::new(format!(
                "Python interpreter not found: cannot run {} ({e}); \
             set PYO3_PYTHON to an existing CPython 3.9-3.15 interpreter",
                exe.display()
            ))
        })?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let last = stderr.lines().last().unwrap_or("").trim();
        // A Python that fails ends with its exception (`ModuleNotFoundError: …`); any other
        // program took `-c` and the script for something else, and may echo the script.
        let exception = last
            .split_once(": ")
            .is_some_and(|(kind, _)| kind.ends_with("Error") || kind.ends_with("Exception"));
        let script = QUERY
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or_default();
        if !exception || last.contains(script) {
            let status = output.status.code().map_or_else(
                || "killed by a signal".to_string(),
                |c| format!("exit status {c}"),
            );
            return Err(Error::new(format!(
                "{} is not a Python interpreter (it cannot run a script given with -c: {status}); \
                 set PYO3_PYTHON to a CPython 3.9-3.15 interpreter",
                exe.display()
            )));
        }
        let last: String = last.chars().take(200).collect();
        return Err(Error::new(format!(
            "{} failed to describe itself ({last}); set PYO3_PYTHON to a working CPython 3.9-3.15 interpreter",
            exe.display()
        )));
    }
    let facts: HashMap<String, String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.split_once('='))
        .map(|(k, v)| (k.to_string(), v.trim().to_string()))
        .collect();
    let get = |key: &str| facts.get(key).cloned().unwrap_or_default();
    let (major, minor, micro) = parse_version(&get("version")).ok_or_else(|| {
        Error::new(format!(
            "{} is not a Python interpreter (asked to describe itself, it printed no version); \
             set PYO3_PYTHON to a CPython 3.9-3.15 interpreter",
            exe.display()
        ))
    })?;
    let non_empty = |s: String| if s.is_empty() { None } else { Some(s) };
    let lib_name = non_empty(get("ldlibrary")).map(|lib| library_name(&lib));
    let shared = get("shared") == "1";
    // A static libpython lives in LIBPL, a shared one in LIBDIR.
    let lib_dir = non_empty(if shared { get("libdir") } else { get("libpl") }).map(PathBuf::from);
    Ok(Interpreter {
        source: source.to_string(),
        implementation: get("implementation"),
        major,
        minor,
        micro,
        executable: non_empty(get("executable"))
            .map(PathBuf::from)
            .or(Some(exe.into())),
        sys_version: non_empty(get("sys_version")),
        gil_disabled: Some(get("gil_disabled") == "1"),
        debug: Some(get("debug") == "1"),
        pointer_width: get("pointer_width").parse().ok(),
        include_dir: non_empty(get("include")).map(PathBuf::from),
        base_prefix: non_empty(get("base_prefix")).map(PathBuf::from),
        lib_dir,
        lib_name,
        shared,
        suppress_link: false,
        extra_lines: Vec::new(),
    })
}

/// `libpython3.14t.so` / `libpython3.14.a` / `python314.dll` -> the name for `-l`.
fn library_name(file: &str) -> String {
    let stem = file.strip_prefix("lib").unwrap_or(file);
    let stem = stem.split(".so").next().unwrap_or(stem);
    stem.trim_end_matches(".a")
        .trim_end_matches(".dylib")
        .trim_end_matches(".dll")
        .to_string()
}

/// `3.14` or `3.14.4` -> (3, 14, Some(4)).
pub fn parse_version(text: &str) -> Option<(u32, u32, Option<u32>)> {
    let mut parts = text.trim().split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    let micro = match parts.next() {
        Some(p) => Some(p.parse().ok()?),
        None => None,
    };
    Some((major, minor, micro))
}

/// Reads a PyO3 interpreter config file (`key=value` lines, as `pyo3-build-config` writes
/// them). The file has no include directory, so the headers are located through its
/// `executable` (or `LIBPYTHON_SYS_INCLUDE_DIR`).
fn from_config_file(path: &Path) -> Result<Interpreter, Error> {
    track_file(path);
    let source = format!("PYO3_CONFIG_FILE={}", path.display());
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::new(format!(
            "cannot read PYO3_CONFIG_FILE {} ({e}); fix the path or unset PYO3_CONFIG_FILE",
            path.display()
        ))
    })?;
    let mut map = HashMap::new();
    let mut extra_lines = Vec::new();
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (key, value) = line.split_once('=').ok_or_else(|| {
            Error::new(format!(
                "{source}: line {line:?} is not key=value; fix the config file"
            ))
        })?;
        if key == "extra_build_script_line" {
            extra_lines.push(value.to_string());
        } else {
            map.insert(key.to_string(), value.to_string());
        }
    }
    let get = |key: &str| map.get(key).cloned();
    let version = get("version").ok_or_else(|| {
        Error::new(format!(
            "{source}: no version= line; add one, e.g. version=3.13"
        ))
    })?;
    let (major, minor, _) = parse_version(&version).ok_or_else(|| {
        Error::new(format!(
            "{source}: unreadable version {version:?}; write e.g. version=3.13"
        ))
    })?;
    let flags = get("build_flags").unwrap_or_default();
    let has_flag = |f: &str| flags.split(',').any(|x| x.trim() == f);
    let mut interp = Interpreter {
        source: source.clone(),
        implementation: get("implementation").unwrap_or_else(|| "CPython".into()),
        major,
        minor,
        micro: None,
        executable: get("executable").map(PathBuf::from),
        sys_version: None,
        gil_disabled: Some(has_flag("Py_GIL_DISABLED")).filter(|_| get("build_flags").is_some()),
        debug: Some(has_flag("Py_DEBUG")).filter(|_| get("build_flags").is_some()),
        pointer_width: get("pointer_width").and_then(|w| w.parse().ok()),
        include_dir: None,
        base_prefix: None,
        lib_dir: get("lib_dir").map(PathBuf::from),
        lib_name: get("lib_name"),
        shared: get("shared").is_none_or(|s| s == "true"),
        suppress_link: get("suppress_build_script_link_lines").is_some_and(|s| s == "true"),
        extra_lines,
    };
    // Locate the headers through the named executable, if it runs; the facts in the
    // file keep priority (they are what the user asked for).
    if let Some(exe) = interp.executable.clone() {
        if interp.implementation == "CPython" {
            if let Ok(ran) = query(&exe, &source) {
                interp.include_dir = ran.include_dir;
                interp.sys_version = ran.sys_version;
                interp.base_prefix = ran.base_prefix;
            }
        }
    }
    Ok(interp)
}
