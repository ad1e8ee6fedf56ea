//! ffi-check: are libpython-sys's bindings right for this Python?
//!
//! It checks the libpython-sys that the project in the current directory resolved (or
//! the source tree given with `--crate`) against the interpreter that project's build
//! would use (or those given with `--python`). The judges are the C compiler (through
//! `cc`, against the interpreter's own headers and `pyconfig.h`) and the dynamic linker;
//! never bindgen, and no libclang at check time.

mod coverage;
mod ctype;
mod handwritten;
mod krate;
mod model;
mod probe;
mod report;
mod symbols;

use std::path::{Path, PathBuf};
use std::time::Instant;

use krate::Krate;
use libpython_sys_build::select::{self, RustTarget, Selection};
use libpython_sys_build::{discover, Compiler};
use probe::Finding;

/// The target ffi-check was built for: it checks interpreters of this platform.
const HOST: &str = env!("FFI_CHECK_TARGET");

/// The C compiler for [`HOST`], scratch files in `scratch`.
fn compiler(scratch: &Path) -> Compiler {
    let mut build = cc::Build::new();
    build
        .target(HOST)
        .host(HOST)
        .opt_level(0)
        .debug(false)
        .cargo_metadata(false)
        .cargo_warnings(false)
        .out_dir(scratch);
    Compiler {
        build,
        scratch: scratch.to_path_buf(),
    }
}

fn rust_target() -> RustTarget {
    RustTarget {
        triple: HOST.to_string(),
        pointer_width: usize::BITS,
    }
}

/// One interpreter to check, with everything read from it and its headers.
pub struct Target {
    pub label: String,
    pub python: PathBuf,
    pub interp: libpython_sys_build::interpreter::Interpreter,
    pub headers: libpython_sys_build::headers::Headers,
    pub include_dir: PathBuf,
    pub wrapper: PathBuf,
    pub compiler: Compiler,
    pub cc: cc::Tool,
}

pub struct Report {
    pub strict: bool,
    pub label: String,
    pub python: PathBuf,
    pub version: String,
    pub free_threaded: bool,
    pub bindings: PathBuf,
    /// The CPython release the bindings file was generated from.
    pub origin: Option<String>,
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

/// Selects the interpreter (`python`, or the one the build would use) the way the
/// build script does, refusing what the build refuses.
fn target(python: Option<&Path>, krate: &Krate, compiler: Compiler) -> Result<Target, String> {
    let Selection {
        interpreter,
        headers,
        label,
        ..
    } = select::select(python, &compiler, &rust_target()).map_err(|e| e.to_string())?;
    Ok(Target {
        label,
        python: interpreter
            .executable
            .clone()
            .or_else(|| python.map(Path::to_path_buf))
            .unwrap_or_default(),
        include_dir: headers.include_dir.clone(),
        interp: interpreter,
        headers,
        wrapper: krate.wrapper(),
        cc: compiler.build.get_compiler(),
        compiler,
    })
}

/// Checks `bindings` (default: the file the build script would select) against `python`
/// (default: the interpreter the build would use).
fn check(python: Option<&Path>, opts: &Options) -> Result<Report, String> {
    let (bindings, json, strict) = (opts.bindings.as_deref(), opts.json, opts.strict);
    let started = Instant::now();
    let work = std::env::temp_dir().join(format!(
        "ffi-check-{}-{}",
        std::process::id(),
        python
            .map(|p| p.display().to_string())
            .unwrap_or_default()
            .replace(['/', '.'], "_")
    ));
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let t = target(python, &opts.krate, compiler(&work))?;
    if !json {
        eprintln!(
            "ffi-check: checking {} against {} ({}) ...",
            opts.krate.describe(),
            t.label,
            t.python.display()
        );
    }
    let path = bindings
        .map(Path::to_path_buf)
        .unwrap_or_else(|| opts.krate.bindings(&t.label));
    let mut b = model::load(&path)?;
    let mut report = Report {
        strict,
        label: t.label.clone(),
        python: t.python.clone(),
        version: t.headers.version.clone(),
        free_threaded: t.headers.gil_disabled,
        bindings: path.clone(),
        origin: b.origin.as_ref().map(|o| o.version.text.clone()),
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
        Some(o)
            if o.version.minor != t.headers.minor || o.free_threaded != t.headers.gil_disabled =>
        {
            report.findings.push(Finding {
                class: "config",
                item: path.display().to_string(),
                rust: format!(
                    "bindings for CPython {} {} build",
                    o.version.text,
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
        let cfgs = libpython_sys_build::cfgs::for_headers(
            &t.headers,
            t.headers.minor.min(libpython_sys_build::targets::MAX_MINOR),
        );
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
        let not_ported =
            coverage::not_ported(&opts.krate.root.join("NOT_PORTED.md"), t.headers.minor);
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
    if origin.version.minor != t.headers.minor || origin.version.micro <= t.headers.micro {
        return;
    }
    for f in findings.iter_mut().filter(|f| f.class != "config") {
        f.drift = true;
    }
}

const USAGE: &str = "usage: libpython-sys-ffi-check [--python PATH]... [--all] [--crate DIR | --manifest-path FILE] [--bindings FILE] [--src DIR] [--json] [--list-missing] [--strict] [--provenance]

Checks libpython-sys's bindings against installed interpreters, judged by the C compiler
and the dynamic linker.

Which libpython-sys: the version the project in the current directory resolved (its
Cargo.lock, through `cargo metadata`). Which interpreter: the one that project's build
would use (PYO3_CONFIG_FILE, PYO3_PYTHON, VIRTUAL_ENV, CONDA_PREFIX, python3 on PATH).
  --python PATH         check this interpreter instead (repeatable)
  --all                 check every CPython 3.9-3.15 found (LIBPYTHON_SYS_PYTHONS, PATH, pyenv, uv)
  --crate DIR           check the libpython-sys source tree in DIR instead
  --manifest-path FILE  the project whose resolved libpython-sys to check
  --bindings FILE       check this bindings file instead of src/bindings/<target>.rs
  --src DIR             the hand-written layer to check (default: the crate's src/)
  --json                one JSON document on stdout
  --list-missing        list the functions the headers declare that the crate does not bind
  --strict              count patch-level drift (bindings from a newer patch release) as failure
  --provenance          print which CPython release each bindings file was generated from, and exit";

/// What every check of this run shares.
struct Options {
    krate: Krate,
    bindings: Option<PathBuf>,
    src: PathBuf,
    json: bool,
    strict: bool,
}

fn main() {
    let mut pythons = Vec::new();
    let (mut all, mut json, mut list_missing, mut strict, mut provenance) =
        (false, false, false, false, false);
    let (mut bindings, mut src, mut crate_dir, mut manifest) = (None, None, None, None);
    let mut args = std::env::args().skip(1);
    let value = |args: &mut dyn Iterator<Item = String>, what: &str| -> PathBuf {
        PathBuf::from(
            args.next()
                .unwrap_or_else(|| usage_error(&format!("{what} needs a value"))),
        )
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--python" => pythons.push(value(&mut args, "--python")),
            "--bindings" => bindings = Some(value(&mut args, "--bindings")),
            "--src" => src = Some(value(&mut args, "--src")),
            "--crate" => crate_dir = Some(value(&mut args, "--crate")),
            "--manifest-path" => manifest = Some(value(&mut args, "--manifest-path")),
            "--all" => all = true,
            "--json" => json = true,
            "--list-missing" => list_missing = true,
            "--strict" => strict = true,
            "--provenance" => provenance = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            other => usage_error(&format!("unknown argument {other}")),
        }
    }
    let cwd = std::env::current_dir().unwrap_or_default();
    let krate = match crate_dir {
        Some(dir) => Krate::at(&dir),
        None => Krate::resolved(&cwd, manifest.as_deref()),
    }
    .and_then(|k| k.check_compatible().map(|()| k))
    .unwrap_or_else(|e| fatal(&e));
    if provenance {
        report::provenance(&krate);
        return;
    }
    // The probe is compiled elsewhere: paths must be absolute.
    let absolute = |p: PathBuf| std::fs::canonicalize(&p).unwrap_or(p);
    let opts = Options {
        src: absolute(src.unwrap_or_else(|| krate.src())),
        bindings: bindings.map(absolute),
        krate,
        json,
        strict,
    };
    if all {
        pythons.extend(discover::matrix().into_iter().map(|(_, p)| p));
    }
    let mut targets: Vec<Option<PathBuf>> = pythons.into_iter().map(Some).collect();
    if targets.is_empty() {
        targets.push(None); // the interpreter the build would use
    }
    let started = Instant::now();
    let mut reports = Vec::new();
    let mut errors = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let total = targets.len();
    for python in &targets {
        if let Some(p) = python {
            if !seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())) {
                continue;
            }
        }
        match check(python.as_deref(), &opts) {
            Ok(r) => {
                if !json {
                    report::print(&r, list_missing);
                }
                reports.push(r);
            }
            Err(e) => {
                let name = python
                    .as_ref()
                    .map_or("the build's interpreter".to_string(), |p| {
                        p.display().to_string()
                    });
                if !json {
                    println!("{name}  error: {e}");
                }
                errors.push((PathBuf::from(name), e));
            }
        }
    }
    let failed = reports.iter().filter(|r| r.failed() > 0).count() + errors.len();
    if json {
        println!("{}", report::json(&opts.krate, &reports, &errors));
    } else if total > 1 {
        println!(
            "ffi-check: {} passed, {failed} failed  ({:.1} s)",
            reports.len() + errors.len() - failed,
            started.elapsed().as_secs_f64()
        );
    }
    std::process::exit(i32::from(failed > 0));
}

fn usage_error(msg: &str) -> ! {
    eprintln!("ffi-check: {msg}\n{USAGE}");
    std::process::exit(2);
}

/// A problem that stops the run before any check: one line, exit 1.
fn fatal(msg: &str) -> ! {
    eprintln!("ffi-check: {msg}");
    std::process::exit(1);
}
