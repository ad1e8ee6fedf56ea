//! ffi-check: are libpython-sys's bindings right for this Python?
//!
//! It checks the libpython-sys that the project in the current directory resolved (or
//! the source tree given with `--crate`) against the interpreter that project's build
//! would use (or those given with `--python`). The judges are the C compiler (through
//! `cc`, against the interpreter's own headers and `pyconfig.h`) and the dynamic linker;
//! never bindgen, and no libclang at check time.

mod compat;
mod coverage;
mod krate;
mod probe;
mod report;
mod symbols;

use std::path::{Path, PathBuf};
use std::time::Instant;

use krate::Krate;
use libpython_sys_build::model::cfg::Cfgs;
use libpython_sys_build::model::ctype::CNames;
use libpython_sys_build::model::probe::Probe;
use libpython_sys_build::model::{self, layer};
use libpython_sys_build::select::StableRequest;
use libpython_sys_build::select::{self, RustTarget, Selection};
use libpython_sys_build::targets::{Origin, Stable, StableAbi, Version, ABI3T_MIN_MINOR};
use libpython_sys_build::{discover, exact, headers, Compiler};
use probe::Finding;

/// The target ffi-check was built for: it checks interpreters of this platform.
const HOST: &str = env!("FFI_CHECK_TARGET");

/// The C compiler for [`HOST`] as `cc` configures it, scratch files in `scratch`: the
/// tool for ffi-check's own compiles, and the same command for the shared code.
fn compiler(scratch: &Path) -> (cc::Tool, Compiler) {
    let mut build = cc::Build::new();
    build
        .target(HOST)
        .host(HOST)
        .opt_level(0)
        .debug(false)
        .cargo_metadata(false)
        .cargo_warnings(false)
        .out_dir(scratch);
    let tool = build.get_compiler();
    let compiler = Compiler {
        program: tool.path().to_path_buf(),
        args: tool.args().to_vec(),
        env: tool
            .get_envs()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect(),
        is_clang: tool.is_like_clang(),
        scratch: scratch.to_path_buf(),
    };
    (tool, compiler)
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
    /// The stable ABI checked (from `--stable` or the project's features), if any.
    pub stable: Option<Stable>,
    /// Its defines as compiler flags (`-DPy_LIMITED_API=0x03090000`), for every compile.
    pub defines: Vec<String>,
}

pub struct Report {
    pub label: String,
    pub python: PathBuf,
    pub version: String,
    pub free_threaded: bool,
    pub bindings: PathBuf,
    /// The CPython release the bindings file was generated from.
    pub origin: Option<String>,
    pub counts: probe::Counts,
    pub findings: Vec<Finding>,
    /// What the build removes for this interpreter (its exactness checks failed).
    pub removed: exact::Outcome,
    /// What cannot be judged, by reason.
    pub unjudged: probe::Unjudged,
    pub coverage: Option<coverage::Coverage>,
    /// Functions of COMPAT.md backported on this target (version-specific targets).
    pub backports: Option<usize>,
    pub seconds: f64,
}

impl Report {
    pub fn failed(&self) -> usize {
        self.findings.len()
    }

    pub fn checked(&self) -> usize {
        self.counts.values().sum()
    }

    pub fn unjudged_count(&self) -> usize {
        self.unjudged.values().map(Vec::len).sum()
    }
}

/// Selects the interpreter (`python`, or the one the build would use) the way the
/// build script does, refusing what the build refuses.
fn target(
    python: Option<&Path>,
    opts: &Options,
    (cc, compiler): (cc::Tool, Compiler),
) -> Result<Target, String> {
    let Selection {
        mut interpreter,
        headers,
        label,
        stable,
        ..
    } = select::select(python, &compiler, &rust_target(), &opts.stable)
        .map_err(|e| e.to_string())?;
    if opts.stable.abi3.is_some() && stable.is_none() {
        // abi3 asked of a free-threaded interpreter: the build would fall back to a
        // version-specific build; what is asked here is the stable ABI.
        return Err(format!(
            "abi3 does not load in free-threaded Python {}; check it against a default (GIL) build, or check abi3t-py315",
            headers.version
        ));
    }
    let defines: Vec<(&str, String)> = stable.map(|s| s.defines()).unwrap_or_default();
    let compiler = compiler.with_defines(&defines);
    // A PyO3 config file may name the executable without its library: the symbols are
    // judged in the libpython that executable uses.
    if interpreter.lib_name.is_none() {
        if let Some(exe) = interpreter.executable.clone() {
            let ran = libpython_sys_build::interpreter::query(&exe, &interpreter.source)
                .map_err(|e| e.to_string())?;
            interpreter.lib_dir = ran.lib_dir;
            interpreter.lib_name = ran.lib_name;
            interpreter.shared = ran.shared;
        }
    }
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
        wrapper: opts.krate.wrapper(),
        cc,
        compiler,
        stable,
        defines: defines.iter().map(|(n, v)| format!("-D{n}={v}")).collect(),
    })
}

/// Checks `bindings` (default: the file the build script would select) against `python`
/// (default: the interpreter the build would use), as the build would compile them for
/// it: without the items the build removes.
fn check(python: Option<&Path>, opts: &Options) -> Result<Report, String> {
    let (bindings, json) = (opts.bindings.as_deref(), opts.json);
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
    let result = check_in(python, opts, bindings, json, &work, started);
    let _ = std::fs::remove_dir_all(&work);
    result
}

fn check_in(
    python: Option<&Path>,
    opts: &Options,
    bindings: Option<&Path>,
    json: bool,
    work: &Path,
    started: Instant,
) -> Result<Report, String> {
    let t = target(python, opts, compiler(work))?;
    if !json {
        eprintln!(
            "ffi-check: checking {} against {} ({}) ...",
            opts.krate.describe(),
            t.label,
            t.python.display()
        );
    }
    let stable = t.stable;
    let target_label = stable.map_or_else(|| t.label.clone(), |s| s.label());
    let path = bindings
        .map(Path::to_path_buf)
        .unwrap_or_else(|| opts.krate.bindings(&target_label));
    let origin = Origin::of_file(&path);
    let mut report = Report {
        label: match stable {
            Some(s) => format!("{} on {}", s.label(), t.label),
            None => t.label.clone(),
        },
        python: t.python.clone(),
        version: t.headers.version.clone(),
        free_threaded: t.headers.gil_disabled,
        bindings: path.clone(),
        origin: origin.as_ref().map(|o| o.version.text.clone()),
        counts: probe::Counts::new(),
        findings: Vec::new(),
        removed: exact::Outcome::default(),
        unjudged: probe::Unjudged::new(),
        coverage: None,
        backports: None,
        seconds: 0.0,
    };
    // The configuration: these bindings must be for this interpreter's version and build.
    let build = |ft: bool| if ft { "free-threaded" } else { "default (GIL)" };
    *report.counts.entry("config").or_default() += 1;
    match &origin {
        None => report.findings.push(Finding {
            class: "config",
            item: path.display().to_string(),
            rust: "no `// CPython X.Y.Z headers, … build.` line".into(),
            c: t.headers.version.clone(),
        }),
        Some(_) if stable.is_some() => {
            // A stable-ABI file says which target it is on its first line.
            let first = std::fs::read_to_string(&path)
                .ok()
                .and_then(|text| text.lines().next().map(str::to_string))
                .unwrap_or_default();
            let says = format!("stable ABI {target_label} (");
            if !first.contains(&says) {
                report.findings.push(Finding {
                    class: "config",
                    item: path.display().to_string(),
                    rust: first,
                    c: format!("the {target_label} bindings were asked for"),
                });
            }
        }
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
            });
        }
        Some(_) => {}
    }
    if !report.findings.is_empty() {
        report.seconds = started.elapsed().as_secs_f64();
        return Ok(report);
    }
    // What the build removes for this interpreter: its exactness checks, run as the build
    // runs them.
    let checks = libpython_sys_build::targets::checks_file(&path);
    let outcome = exact::run(&t.compiler, &checks, &t.include_dir, &opts.krate.root)
        .map_err(|e| e.to_string())?;
    // Stable-ABI functions that these headers declare otherwise: judged by the dynamic
    // linker only.
    let mut linker_only = std::collections::BTreeSet::new();
    let mut cfgs = match stable {
        None => {
            report.removed = outcome;
            let mut cfgs = libpython_sys_build::cfgs::for_headers(
                &t.headers,
                t.headers.minor.min(libpython_sys_build::targets::MAX_MINOR),
            );
            cfgs.extend(report.removed.cfgs());
            cfgs
        }
        Some(s) => {
            // Whatever these headers reject is a failure: a stable target's bindings hold
            // what every interpreter it loads in declares alike. Stable-ABI functions an
            // older release declares otherwise are the dynamic linker's to judge.
            let manifest = libpython_sys_build::stable_abi::Manifest::of_crate(&opts.krate.root)
                .map_err(|e| e.to_string())?;
            let (failed, exempt) =
                libpython_sys_build::stable_abi::split_exempt(outcome, &manifest, s.min_minor);
            *report.counts.entry("stable").or_default() += 1;
            let mut cfgs = libpython_sys_build::cfgs::for_stable(s);
            // Reported here; kept out of the probe's checks below.
            cfgs.extend(failed.cfgs());
            cfgs.extend(
                exempt
                    .iter()
                    .map(|name| format!("{}=\"{name}\"", libpython_sys_build::cfgs::REMOVED)),
            );
            for (name, (_, why)) in &failed.removed {
                report.findings.push(Finding {
                    class: "stable",
                    item: name.clone(),
                    rust: format!("declared by the {} bindings", s.label()),
                    c: match why {
                        exact::Removal::Differs(msg) => msg.clone(),
                        exact::Removal::Uses(other) => format!("uses {other}"),
                    },
                });
            }
            linker_only = exempt;
            cfgs
        }
    };
    cfgs.sort();
    cfgs.dedup();
    let eval = Cfgs {
        set: &cfgs,
        triple: HOST,
    };
    // The Rust side, under the build's cfgs: the bindings, the version macros the build
    // writes, and the hand-written layer.
    let mut b = model::load(&path, &eval)?;
    let version = libpython_sys_build::targets::version_rs(
        &Version::from_hex(t.headers.version_hex, &t.headers.version),
        stable,
    );
    let version_file = work.join("version-items.rs");
    std::fs::write(&version_file, &version).map_err(|e| e.to_string())?;
    b.extend(model::load_items(&version_file, "", &eval)?);
    let layer = layer::load(&opts.src, &eval)?;
    let preprocessed =
        headers::preprocess(&t.compiler, &t.include_dir, &t.wrapper).map_err(|e| e.to_string())?;
    let table =
        headers::macro_table(&t.compiler, &t.include_dir, &t.wrapper).map_err(|e| e.to_string())?;
    let macros = &table.names;
    let names = CNames::scan(&preprocessed, macros);
    // Hand-written items C knows: constants whose name is a macro, records whose name is
    // a C type, and every function and static (by their C names).
    let mut hand = layer.items;
    let rust_only: std::collections::BTreeSet<String> = hand
        .aliases
        .keys()
        .filter(|name| names.type_name(name).is_none())
        .cloned()
        .collect();
    hand.consts.retain(|k| macros.contains(&k.name));
    hand.records.retain(|r| names.type_name(&r.name).is_some());
    b.extend(hand);
    if let Some(s) = stable {
        members_only(&mut b, &mut report, s, &opts.krate.root)?;
    }
    let inputs = probe::Inputs {
        names: &names,
        rust_only: &rust_only,
        probe: Probe {
            root: &layer.root,
            bindings: &path,
            version_rs: &version,
            cfgs: &cfgs,
            triple: HOST,
            work,
        },
        work,
    };
    let outcome = probe::run(&t, &b, &inputs)?;
    report.counts.extend(outcome.counts);
    report.findings.extend(outcome.findings);
    for (reason, items) in outcome.unjudged {
        report.unjudged.entry(reason).or_default().extend(items);
    }
    if !linker_only.is_empty() {
        let s = stable.expect("only for a stable ABI");
        report
            .unjudged
            .entry(format!(
                "in the stable ABI of 3.{}, but these headers declare it otherwise (a macro, or other qualifiers): the dynamic linker judges it",
                s.min_minor
            ))
            .or_default()
            .extend(linker_only.iter().cloned());
        // The symbols check below asks for them too.
        let again = Cfgs {
            set: &cfgs
                .iter()
                .filter(|c| !linker_only.iter().any(|n| c.ends_with(&format!("\"{n}\""))))
                .cloned()
                .collect::<Vec<_>>(),
            triple: HOST,
        };
        let all = model::load(&path, &again)?;
        b.functions.extend(
            all.functions
                .into_iter()
                .filter(|f| linker_only.contains(&f.name)),
        );
        b.statics.extend(
            all.statics
                .into_iter()
                .filter(|v| linker_only.contains(&v.name)),
        );
    }
    let (checked, missing) = symbols::check(&t, &b)?;
    report.counts.insert("symbols", checked);
    report.findings.extend(missing);
    let mut not_ported =
        coverage::not_ported(&opts.krate.root.join("NOT_PORTED.md"), t.headers.minor);
    if let Some(s) = stable {
        // What these headers declare beyond the limited API of the minimum version as
        // CPython's manifest records it (functions it keeps only as ABI, macros of
        // structs outside it) is not the stable ABI's to bind.
        let manifest = libpython_sys_build::stable_abi::Manifest::of_crate(&opts.krate.root)
            .map_err(|e| e.to_string())?;
        let limited: std::collections::BTreeSet<&str> = ["function", "data", "macro"]
            .iter()
            .flat_map(|kind| manifest.limited(kind, s.min_minor))
            .map(|e| e.name.as_str())
            .collect();
        let declared = coverage::declared_names(&preprocessed, &table.function_like);
        let bound = |n: &String| b.rust_fns.contains(n) || b.functions.iter().any(|f| &f.name == n);
        not_ported.extend(
            declared
                .into_iter()
                .filter(|n| !limited.contains(n.as_str()) && !bound(n)),
        );
    }
    report.coverage = Some(coverage::measure(
        &preprocessed,
        &table.function_like,
        &b,
        &not_ported,
    ));
    if stable.is_none() {
        // COMPAT.md, beside the layer's src/, describes the version-specific API (the
        // stable ABI offers a subset); a layer without one has nothing to check.
        let table = opts.src.parent().map(|d| d.join("COMPAT.md"));
        let rows = table.map_or_else(Vec::new, |t| compat::rows(&t));
        let mut bound: std::collections::BTreeSet<String> = b.rust_fns.clone();
        bound.extend(b.functions.iter().map(|f| f.name.clone()));
        let (backported, findings) = compat::check(&rows, t.headers.minor, &bound);
        report.counts.insert("backports", rows.len());
        report.findings.extend(findings);
        report.backports = Some(backported);
    }
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

/// The structs of which the stable ABI holds only some members (`PyObject`: `ob_refcnt`,
/// `ob_type`): the probe checks their size and those members; the other fields, how a
/// release spells the rest (3.14 made `ob_refcnt` part of a union with its 32-bit
/// halves), are listed as not checkable. The members' offsets are judged by the checks
/// file, which every target's check compiles.
fn members_only(
    b: &mut model::Bindings,
    report: &mut Report,
    stable: Stable,
    root: &Path,
) -> Result<(), String> {
    let manifest =
        libpython_sys_build::stable_abi::Manifest::of_crate(root).map_err(|e| e.to_string())?;
    let reason = format!(
        "not a member the stable ABI ({}) fixes: only its listed members are",
        stable.label()
    );
    for (record, members) in model::members_structs(b, &manifest) {
        let Some(r) = b.records.iter_mut().find(|r| r.name == record) else {
            continue;
        };
        let (kept, other): (Vec<_>, Vec<_>) = std::mem::take(&mut r.fields)
            .into_iter()
            .partition(|f| members.contains(&f.c_name) && !f.rust_path.contains('.'));
        r.fields = kept;
        report
            .unjudged
            .entry(reason.clone())
            .or_default()
            .extend(other.iter().map(|f| format!("{}.{}", r.rust, f.rust_path)));
    }
    Ok(())
}

const USAGE: &str = "usage: libpython-sys-ffi-check [--python PATH]... [--all] [--stable TARGET] [--crate DIR | --manifest-path FILE] [--bindings FILE] [--src DIR] [--json] [--list-missing] [--provenance]

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
  --stable TARGET       check the stable-ABI bindings of TARGET (abi3-py39 ... abi3-py315,
                        abi3t-py315) against the interpreters, each of which must load it
                        (default: the abi3 features the project enabled)
  --src DIR             the hand-written layer to check (default: the crate's src/)
  --json                one JSON document on stdout
  --list-missing        list the functions the headers declare that the crate does not bind
  --provenance          print which CPython release each bindings file was generated from, and exit";

/// What every check of this run shares.
struct Options {
    krate: Krate,
    bindings: Option<PathBuf>,
    src: PathBuf,
    json: bool,
    /// The stable ABI to check (`--stable`, or the project's `abi3*` features).
    stable: StableRequest,
}

/// `--stable LABEL` as the request its cargo feature makes.
fn stable_request(label: &str) -> StableRequest {
    let Some(stable) = Stable::parse(label) else {
        usage_error(&format!(
            "--stable {label}: not a stable-ABI target; one of {}",
            libpython_sys_build::targets::STABLE_TARGETS.join(", ")
        ))
    };
    match stable.abi {
        StableAbi::Abi3 => StableRequest {
            abi3: Some(stable.min_minor),
            abi3t: None,
        },
        StableAbi::Abi3t => StableRequest {
            abi3: None,
            abi3t: Some(stable.min_minor),
        },
    }
}

/// Whether an interpreter of `label` (`3.12`, `3.15t`) loads modules of the requested
/// stable ABI (for `--all`, which checks only those).
fn loads(request: &StableRequest, label: &str) -> bool {
    let free_threaded = label.ends_with('t');
    let minor: u32 = label
        .trim_end_matches('t')
        .rsplit('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    match (request.abi3t, request.abi3) {
        (Some(min), _) if minor >= min.max(ABI3T_MIN_MINOR) => true,
        (_, Some(min)) => !free_threaded && minor >= min,
        _ => false,
    }
}

fn main() {
    let mut pythons = Vec::new();
    let (mut all, mut json, mut list_missing, mut provenance) = (false, false, false, false);
    let (mut bindings, mut src, mut crate_dir, mut manifest) = (None, None, None, None);
    let mut stable = None;
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
            "--stable" => {
                let label = value(&mut args, "--stable").display().to_string();
                stable = Some(stable_request(&label));
            }
            "--all" => all = true,
            "--json" => json = true,
            "--list-missing" => list_missing = true,
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
    let stable = stable.unwrap_or_else(|| {
        StableRequest::from_features(|feature| krate.features.iter().any(|f| f == feature))
    });
    let opts = Options {
        src: absolute(src.unwrap_or_else(|| krate.src())),
        bindings: bindings.map(absolute),
        krate,
        json,
        stable,
    };
    if all {
        let is_stable = stable.abi3.is_some() || stable.abi3t.is_some();
        for (label, python) in discover::matrix() {
            if !is_stable || loads(&stable, &label) {
                pythons.push(python);
            } else if !json {
                println!("{label}  skipped: it does not load modules of the requested stable ABI");
            }
        }
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
