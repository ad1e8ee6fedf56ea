//! ffi-check: are libpython-sys's bindings right for this Python?
//!
//! The judges are the C compiler (through `cc`, against the interpreter's own headers and
//! `pyconfig.h`) and the dynamic linker; never bindgen, and no libclang at check time.

mod coverage;
mod ctype;
mod handwritten;
#[allow(dead_code)]
#[path = "../../build/headers.rs"]
mod headers;
#[allow(dead_code)]
#[path = "../../build/interpreter.rs"]
mod interpreter;
mod model;
mod probe;
mod report;
mod symbols;

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::time::Instant;

use probe::Finding;

/// The error type the shared build modules expect, shared with the build script.
#[allow(dead_code)]
#[path = "../../build/error.rs"]
mod error;
pub use error::Error;

pub fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

pub fn track_file(_: &Path) {}

thread_local! {
    static SCRATCH: RefCell<PathBuf> = RefCell::new(std::env::temp_dir());
}

pub fn scratch_dir() -> PathBuf {
    SCRATCH.with(|s| s.borrow().clone())
}

const HOST: &str = env!("FFI_CHECK_TARGET");

pub fn c_build() -> cc::Build {
    let mut build = cc::Build::new();
    build
        .target(HOST)
        .host(HOST)
        .opt_level(0)
        .debug(false)
        .cargo_metadata(false)
        .cargo_warnings(false)
        .out_dir(scratch_dir());
    build
}

/// The workspace root (where `src/bindings` and `wrapper.h` live).
fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("ffi-check lives in the workspace")
        .to_path_buf()
}

/// One interpreter to check, with everything read from it and its headers.
pub struct Target {
    pub label: String,
    pub python: PathBuf,
    pub interp: interpreter::Interpreter,
    pub headers: headers::Headers,
    pub include_dir: PathBuf,
    pub wrapper: PathBuf,
    pub compiler: cc::Tool,
}

pub struct Report {
    pub strict: bool,
    pub label: String,
    pub python: PathBuf,
    pub version: String,
    pub free_threaded: bool,
    pub bindings: PathBuf,
    pub counts: probe::Counts,
    pub findings: Vec<Finding>,
    pub coverage: Option<coverage::Coverage>,
    pub seconds: f64,
}

impl Report {
    pub fn failed(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| self.strict || !f.drift)
            .count()
    }
}

fn target(python: &Path) -> Result<Target, String> {
    let interp =
        interpreter::query(python, &python.display().to_string()).map_err(|e| e.to_string())?;
    if interp.implementation != "CPython" {
        return Err(format!(
            "{} is {}, not CPython",
            python.display(),
            interp.implementation
        ));
    }
    let include_dir = interp
        .include_dir
        .clone()
        .ok_or("the interpreter reports no include directory")?;
    let headers =
        headers::read(&include_dir, &python.display().to_string()).map_err(|e| e.to_string())?;
    let label = format!(
        "3.{}{}",
        headers.minor,
        if headers.gil_disabled { "t" } else { "" }
    );
    Ok(Target {
        label,
        python: python.to_path_buf(),
        interp,
        include_dir,
        headers,
        wrapper: repo_root().join("wrapper.h"),
        compiler: c_build().get_compiler(),
    })
}

/// Checks `bindings` (default: the file the build script would select) against `python`.
fn check(python: &Path, opts: &Options) -> Result<Report, String> {
    let (bindings, json, strict) = (opts.bindings.as_deref(), opts.json, opts.strict);
    let started = Instant::now();
    let work = std::env::temp_dir().join(format!(
        "ffi-check-{}-{}",
        std::process::id(),
        python.display().to_string().replace(['/', '.'], "_")
    ));
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    SCRATCH.with(|s| *s.borrow_mut() = work.clone());
    let t = target(python)?;
    if !json {
        eprintln!("ffi-check: checking {} ({}) ...", t.label, python.display());
    }
    let path = bindings.map(Path::to_path_buf).unwrap_or_else(|| {
        repo_root()
            .join("src/bindings")
            .join(format!("{}.rs", t.label))
    });
    let mut b = model::load(&path)?;
    let mut report = Report {
        strict,
        label: t.label.clone(),
        python: python.to_path_buf(),
        version: t.headers.version.clone(),
        free_threaded: t.headers.gil_disabled,
        bindings: path.clone(),
        counts: probe::Counts::new(),
        findings: Vec::new(),
        coverage: None,
        seconds: 0.0,
    };
    // 7. The configuration: these bindings must be for this interpreter's version and build.
    let build = |ft: bool| if ft { "free-threaded" } else { "default (GIL)" };
    match &b.origin {
        None => report.findings.push(Finding {
            class: "config",
            item: path.display().to_string(),
            rust: "no `// CPython X.Y.Z headers, … build.` line".into(),
            c: t.headers.version.clone(),
            drift: false,
        }),
        Some(o) if o.minor != t.headers.minor || o.free_threaded != t.headers.gil_disabled => {
            report.findings.push(Finding {
                class: "config",
                item: path.display().to_string(),
                rust: format!(
                    "bindings for CPython {} {} build",
                    o.version,
                    build(o.free_threaded)
                ),
                c: format!(
                    "interpreter is CPython {} {} build",
                    t.headers.version,
                    build(t.headers.gil_disabled)
                ),
                drift: false,
            });
        }
        Some(_) => {}
    }
    *report.counts.entry("config").or_default() += 1;
    if report.findings.is_empty() {
        let preprocessed = coverage::preprocess(&t)?;
        let names = ctype::CNames::scan(&preprocessed);
        // 6. The hand-written layer, compiled with the cfgs the build script would set.
        let cfgs = t.headers.cfgs(t.headers.minor.min(headers::MAX_MINOR));
        let layer = handwritten::load(
            &opts.src,
            &handwritten::Cfgs {
                set: &cfgs,
                triple: HOST,
            },
        )?;
        let macros = coverage::macros(&t)?;
        let aliases = b.aliases.clone();
        b.consts.extend(
            layer
                .items
                .consts
                .into_iter()
                .filter(|k| macros.contains(&k.name) && probe::is_scalar(&k.ty, &aliases)),
        );
        b.records.extend(
            layer
                .items
                .records
                .into_iter()
                .filter(|r| names.type_name(&r.name).is_some()),
        );
        for (name, ty) in layer.items.aliases {
            b.aliases.entry(name).or_insert(ty);
        }
        let root = probe::RustRoot {
            items: &layer.root,
            cfgs: &cfgs,
        };
        let outcome = probe::run(&t, &b, &names, &work, &root)?;
        report.counts.extend(outcome.counts);
        report.findings.extend(outcome.findings);
        let (checked, missing) = symbols::check(&t, &b)?;
        report.counts.insert("symbols", checked);
        report.findings.extend(missing);
        let not_ported = coverage::not_ported(&repo_root().join("NOT_PORTED.md"), t.headers.minor);
        report.coverage = Some(coverage::measure(&preprocessed, &b, &opts.src, &not_ported));
        classify_drift(&t, &b, &mut report.findings);
    }
    let _ = std::fs::remove_dir_all(&work);
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

/// Patch-level drift: the bindings come from a newer patch release of the same minor
/// version than the interpreter, so what differs is what CPython changed between those
/// patch releases (new functions, version constants, and a few grown structs such as
/// 3.13's `PyThreadState`). Reported item by item as DRIFT, not as failures (unless
/// `--strict`): a bogus binding shows up as FAIL against the patch release the file was
/// generated from, which CI checks.
fn classify_drift(t: &Target, b: &model::Bindings, findings: &mut [Finding]) {
    let Some(origin) = &b.origin else { return };
    if origin.minor != t.headers.minor || origin.micro <= t.headers.micro {
        return;
    }
    for f in findings.iter_mut().filter(|f| f.class != "config") {
        f.drift = true;
    }
}

/// Whether a discovered interpreter can be checked: CPython 3.9-3.15 with its headers.
fn checkable(python: &Path) -> Result<(), String> {
    let interp =
        interpreter::query(python, &python.display().to_string()).map_err(|e| e.to_string())?;
    if interp.implementation != "CPython" {
        return Err(format!("{} is not CPython", interp.implementation));
    }
    if interp.major != 3 || !(9..=15).contains(&interp.minor) {
        return Err(format!(
            "Python {}.{} is not a supported version (3.9-3.15)",
            interp.major, interp.minor
        ));
    }
    match interp.include_dir {
        Some(dir) if dir.join("Python.h").is_file() => Ok(()),
        _ => Err("its headers are not installed".into()),
    }
}

/// Every CPython the machine has: LIBPYTHON_SYS_PYTHONS, PATH, pyenv, uv.
fn discover() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = Vec::new();
    if let Some(list) = env_var("LIBPYTHON_SYS_PYTHONS") {
        for line in list.lines() {
            let path = line.split_whitespace().last().unwrap_or("");
            if !path.is_empty() {
                found.push(PathBuf::from(path));
            }
        }
    }
    let home = PathBuf::from(env_var("HOME").unwrap_or_default());
    let mut dirs: Vec<PathBuf> =
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()).collect();
    for root in [
        home.join(".pyenv/versions"),
        home.join(".local/share/uv/python"),
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
    for dir in dirs {
        for minor in 9..=15 {
            for suffix in ["", "t"] {
                let exe = dir.join(format!("python3.{minor}{suffix}"));
                if exe.is_file() && !exe.to_string_lossy().contains("/shims/") {
                    found.push(exe);
                }
            }
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    found.retain(|p| seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())));
    found
}

const USAGE: &str =
    "usage: ffi-check [--python PATH]... [--all] [--bindings FILE] [--json] [--list-missing] [--strict]

Checks libpython-sys's bindings against installed interpreters, judged by the C compiler
and the dynamic linker. Default: python3 on PATH, or PYO3_PYTHON.
  --python PATH     check this interpreter (repeatable)
  --all             check every CPython found (LIBPYTHON_SYS_PYTHONS, PATH, pyenv, uv)
  --bindings FILE   check this bindings file instead of src/bindings/<target>.rs
  --src DIR         the crate sources whose hand-written layer to check (default: src/)
  --json            one JSON document on stdout
  --list-missing    list the functions the headers declare that the crate does not bind
  --strict          count patch-level drift (bindings from a newer patch release) as failure";

/// What every check of this run shares.
struct Options {
    bindings: Option<PathBuf>,
    src: PathBuf,
    json: bool,
    strict: bool,
}

fn main() {
    let mut pythons = Vec::new();
    let (mut all, mut json, mut list_missing, mut strict, mut bindings) =
        (false, false, false, false, None);
    let mut src = repo_root().join("src");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--python" => pythons.push(PathBuf::from(
                args.next()
                    .unwrap_or_else(|| usage_error("--python needs a path")),
            )),
            "--bindings" => {
                bindings = Some(PathBuf::from(
                    args.next()
                        .unwrap_or_else(|| usage_error("--bindings needs a file")),
                ))
            }
            "--src" => {
                src = PathBuf::from(
                    args.next()
                        .unwrap_or_else(|| usage_error("--src needs a directory")),
                )
            }
            "--all" => all = true,
            "--json" => json = true,
            "--list-missing" => list_missing = true,
            "--strict" => strict = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            other => usage_error(&format!("unknown argument {other}")),
        }
    }
    // The probe is compiled elsewhere: paths must be absolute.
    let src = std::fs::canonicalize(&src).unwrap_or(src);
    let bindings = bindings.map(|b| std::fs::canonicalize(&b).unwrap_or(b));
    let opts = Options {
        bindings,
        src,
        json,
        strict,
    };
    let explicit = pythons.len();
    if all {
        pythons.extend(discover());
    }
    if pythons.is_empty() {
        pythons.push(PathBuf::from(
            env_var("PYO3_PYTHON").unwrap_or_else(|| "python3".into()),
        ));
    }
    let started = Instant::now();
    let mut reports = Vec::new();
    let mut errors = Vec::new();
    let mut skipped = 0;
    for (i, python) in pythons.iter().enumerate() {
        // A discovered interpreter that cannot be checked (no headers, unsupported
        // version, not CPython) is skipped with the reason; a named one is an error.
        if i >= explicit {
            if let Err(reason) = checkable(python) {
                if !json {
                    println!("{}  skipped: {reason}", python.display());
                }
                skipped += 1;
                continue;
            }
        }
        match check(python, &opts) {
            Ok(r) => {
                if !json {
                    report::print(&r, list_missing);
                }
                reports.push(r);
            }
            Err(e) => {
                if !json {
                    println!("{}  error: {e}", python.display());
                }
                errors.push((python.clone(), e));
            }
        }
    }
    let failed = reports.iter().filter(|r| r.failed() > 0).count() + errors.len();
    if json {
        println!("{}", report::json(&reports, &errors));
    } else if pythons.len() > 1 {
        println!(
            "ffi-check: {} passed, {failed} failed, {skipped} skipped  ({:.1} s)",
            pythons.len() - skipped - failed,
            started.elapsed().as_secs_f64()
        );
    }
    std::process::exit(i32::from(failed > 0));
}

fn usage_error(msg: &str) -> ! {
    eprintln!("ffi-check: {msg}\n{USAGE}");
    std::process::exit(2);
}
