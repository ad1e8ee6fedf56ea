//! The bindings generator (feature `bindgen`): bindgen over `wrapper.h` against one
//! interpreter's headers. `scripts/regenerate-bindings` runs exactly this code, through the
//! build script, to refresh the checked-in `src/bindings/<target>.rs`.
//!
//! Three passes over the same translation unit:
//! 1. collect the names of the public integer macros;
//! 2. ask clang, with C11 `_Generic`, which C type each macro expression has;
//! 3. generate, giving every integer macro its C type (`Py_TPFLAGS_*` are
//!    `unsigned long`, `METH_*` are `int`, …) instead of bindgen's blanket `u32`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use bindgen::callbacks::{
    DeriveTrait, ImplementsTrait, IntKind, ItemInfo, ItemKind, MacroParsingBehavior,
    ParseCallbacks, Token,
};

use libpython_sys_build::headers;
use libpython_sys_build::select::Selection as Config;
use libpython_sys_build::targets::VERSION_MACROS;
use libpython_sys_build::Compiler;

use crate::{cargo_env, env_var, removable, strings, Error};

/// CPython's public names: `Py*`, `_Py*`, `PY*` and the unprefixed families of
/// `methodobject.h`, `structmember.h`, `code.h`, `frameobject.h`, `pythread.h`, `unicodeobject.h`.
const PUBLIC_PREFIXES: &[&str] = &[
    "Py", "_Py", "PY", "_PY", "METH_", "T_", "CO_", "FVC_", "FVS_", "SSTATE_",
];
const PUBLIC_EXACT: &[&str] = &[
    "READONLY",
    "READ_RESTRICTED",
    "PY_WRITE_RESTRICTED",
    "RESTRICTED",
    "WAIT_LOCK",
    "NOWAIT_LOCK",
];

fn is_public(name: &str) -> bool {
    PUBLIC_PREFIXES.iter().any(|p| name.starts_with(p)) || PUBLIC_EXACT.contains(&name)
}

/// The same set as a bindgen allowlist regex.
fn public_regex() -> String {
    let prefixes = PUBLIC_PREFIXES.iter().map(|p| format!("{p}\\w*"));
    prefixes
        .chain(PUBLIC_EXACT.iter().map(|e| e.to_string()))
        .collect::<Vec<_>>()
        .join("|")
}

/// Declared by the headers but not bindable as generated: `va_list` functions (not
/// callable from Rust), the per-translation-unit `static` `PyDateTimeAPI` (the datetime
/// capsule is hand-written), and private helpers that take libc structs.
const BLOCKED_FUNCTIONS: &str = "\\w+FormatV|PyOS_vsnprintf|\\w*Va(Parse|Build)\\w*|_PyTime_ObjectToTime_t|_PyTime_\\w*(Timespec|Timeval|timeval|timespec)\\w*|\
                                 _PyTime_(localtime|gmtime)|_Py_(stat|fstat|fstat_noraise)|_PyLong_FromTime_t|_PyLong_AsTime_t";

/// Provided by `src/lib.rs` instead (`Py_ssize_t` is `isize`; `FILE` and `wchar_t` are in
/// `src/ctypes.rs`), or libc/compiler internals that no public Python struct needs.
const BLOCKED_TYPES: &str = "Py_ssize_t|FILE|_IO_FILE|_IO_\\w+|wchar_t|va_list|__gnuc_va_list|__builtin_va_list|__va_list_tag|\
                             timespec|timeval|tm|stat|time_t|__[a-z_]\\w*";

/// Types the hand-written layer defines itself: `PyMutex` is an atomic byte (interior
/// mutability), and `PyCriticalSection`/`PyCriticalSection2` are incomplete in the
/// headers of GIL 3.13/3.14 although their functions are exported there
/// (`src/lock.rs`, `src/critical_section.rs`).
const HAND_WRITTEN_TYPES: &str = "PyMutex|PyCriticalSection|PyCriticalSection2";

/// Exported functions that the headers hide behind a `static inline` fast path or a macro
/// of the same name (`#define PyMutex_Lock _PyMutex_Lock`, `#define Py_TYPE(ob) _Py_TYPE(…)`,
/// `#define Py_CompileStringFlags(…) Py_CompileStringExFlags(…, -1)`): the hand-written
/// layer implements what C code calls, under the C name, on every version.
const HAND_WRITTEN_FUNCTIONS: &str = "PyMutex_Lock|PyMutex_Unlock|PyMutex_IsLocked|Py_NewRef|Py_XNewRef|\
                                      Py_Is|Py_IsNone|Py_IsTrue|Py_IsFalse|Py_REFCNT|Py_TYPE|Py_SIZE|Py_IS_TYPE|\
                                      Py_SET_SIZE|PyUnicode_KIND|PyUnicode_DATA|PyVectorcall_NARGS|\
                                      Py_CompileStringFlags";

fn out_dir() -> PathBuf {
    PathBuf::from(cargo_env("OUT_DIR"))
}

fn base_builder(config: &Config, header: &Path) -> bindgen::Builder {
    let defines = config.stable.map(|s| s.defines()).unwrap_or_default();
    bindgen::Builder::default()
        .header(header.display().to_string())
        .clang_args(
            defines
                .iter()
                .map(|(name, value)| format!("-D{name}={value}")),
        )
        .clang_arg(format!("-I{}", config.headers.include_dir.display()))
        .clang_arg("-std=c11")
        .rust_target(bindgen::RustTarget::stable(85, 0).expect("a valid Rust version"))
        .rust_edition(bindgen::RustEdition::Edition2021)
        .formatter(bindgen::Formatter::Prettyplease)
        .use_core()
        .ctypes_prefix("::core::ffi")
        .size_t_is_usize(true)
        .layout_tests(false)
        .generate_comments(false)
        .merge_extern_blocks(true)
        // Enumerators keep their C names (`PyGILState_LOCKED`, not `PyGILState_STATE_PyGILState_LOCKED`).
        .prepend_enum_name(false)
        .disable_header_comment()
        // Evaluate macros that cexpr cannot (casts, function-like helpers such as
        // 3.14's `_Py_PACK_FULL_VERSION` behind `PY_VERSION_HEX`) with clang itself.
        .clang_macro_fallback()
        .clang_macro_fallback_build_dir(out_dir())
}

/// A `long double` literal (`3.14…L`): Rust has no such type, so macros using one
/// (`Py_MATH_PIl`, `Py_MATH_El`, `Py_MATH_TAU`) are not bound rather than bound lossily.
fn is_long_double_literal(raw: &[u8]) -> bool {
    let text = String::from_utf8_lossy(raw);
    let digits = text
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || c == '.');
    digits
        && !text.starts_with("0x")
        && !text.starts_with("0X")
        && text.ends_with(['l', 'L'])
        && text.contains(['.', 'e', 'E'])
}

/// Pass 1: the public integer macros, and the object-like macros not to bind: those
/// that are not expressions (`Py_tss_NEEDS_INIT` is `{0}`; some are GCC statement
/// expressions), which clang's fallback evaluation would turn into bogus integers, and
/// `long double` ones.
#[derive(Debug, Default)]
struct MacroCollector {
    ints: Arc<Mutex<Vec<String>>>,
    not_expressions: Arc<Mutex<BTreeSet<String>>>,
    /// Every extern function and variable the headers declare (to ask the dynamic linker).
    externs: Arc<Mutex<BTreeSet<String>>>,
}

impl ParseCallbacks for MacroCollector {
    fn generated_name_override(&self, item: ItemInfo<'_>) -> Option<String> {
        if matches!(item.kind, ItemKind::Function | ItemKind::Var) {
            self.externs.lock().unwrap().insert(item.name.to_string());
        }
        None
    }

    fn modify_macro(&self, name: &str, tokens: &mut Vec<Token>) {
        let raw: Vec<&[u8]> = tokens.iter().skip(1).take(2).map(|t| &*t.raw).collect();
        let brace = raw.first() == Some(&&b"{"[..]) || raw == [&b"("[..], &b"{"[..]];
        if brace
            || tokens
                .iter()
                .skip(1)
                .any(|t| is_long_double_literal(&t.raw))
        {
            self.not_expressions
                .lock()
                .unwrap()
                .insert(name.to_string());
        }
    }

    fn int_macro(&self, name: &str, _value: i64) -> Option<IntKind> {
        if is_public(name) {
            self.ints.lock().unwrap().push(name.to_string());
        }
        None
    }
}

/// Passes 2 and 3: skip the non-expression macros and those left to the build; give
/// integer macros their C type.
#[derive(Debug)]
struct MacroKinds {
    kinds: BTreeMap<String, IntKind>,
    not_expressions: BTreeSet<String>,
    /// Facts of one build or one patch release: the macros `pyconfig.h` defines
    /// (`Py_ENABLE_SHARED`, `PY_SSL_DEFAULT_CIPHERS`, `HAVE_*`, …) are configure's
    /// answers for the generating interpreter, not API; the version macros are written by
    /// the build from the target's own headers (`targets::VERSION_MACROS`).
    left_out: BTreeSet<String>,
    externs: BTreeSet<String>,
}

impl ParseCallbacks for MacroKinds {
    /// The blocklisted scalar types supplied by `src/lib.rs` are plain integers: telling
    /// bindgen lets unions holding them be real Rust `union`s (3.12's `ob_refcnt` union)
    /// instead of `__BindgenUnionField` emulation.
    fn blocklisted_type_implements_trait(
        &self,
        name: &str,
        derive: DeriveTrait,
    ) -> Option<ImplementsTrait> {
        match name {
            "Py_ssize_t" | "wchar_t" => Some(ImplementsTrait::Yes),
            // Atomic, and never to be copied or moved while in use.
            "PyMutex" | "PyCriticalSection" | "PyCriticalSection2" => Some(match derive {
                DeriveTrait::Debug => ImplementsTrait::Yes,
                _ => ImplementsTrait::No,
            }),
            _ => None,
        }
    }

    fn will_parse_macro(&self, name: &str) -> MacroParsingBehavior {
        if self.not_expressions.contains(name) || self.left_out.contains(name) {
            MacroParsingBehavior::Ignore
        } else {
            MacroParsingBehavior::Default
        }
    }

    fn int_macro(&self, name: &str, _value: i64) -> Option<IntKind> {
        // The one family the compiler types inconsistently: some `Py_TPFLAGS_*` are
        // `int` literals (`(1 << 4)`, `0`), the rest `unsigned long`, and every one of them
        // is a `tp_flags` (`unsigned long`) value. Bound uniformly as `c_ulong`.
        if name.starts_with("Py_TPFLAGS_") || name.starts_with("_Py_TPFLAGS_") {
            return Some(IntKind::ULong);
        }
        // `int` literals in the headers, but each is an argument of
        // `Py_GetConstant(unsigned int)`: one type, `c_uint`, on every version (the
        // backport before 3.13 has the same).
        if name.starts_with("Py_CONSTANT_") {
            return Some(IntKind::UInt);
        }
        // A `size_t` (which `_Generic` cannot tell from `unsigned long`), or'ed into the
        // `nargsf` of vectorcall, which is `usize`.
        if name == "PY_VECTORCALL_ARGUMENTS_OFFSET" {
            return Some(IntKind::Custom {
                name: "usize",
                is_signed: false,
            });
        }
        self.kinds.get(name).copied()
    }
}

const KINDS: [(&str, IntKind); 6] = [
    ("int", IntKind::Int),
    ("unsigned int", IntKind::UInt),
    ("long", IntKind::Long),
    ("unsigned long", IntKind::ULong),
    ("long long", IntKind::LongLong),
    ("unsigned long long", IntKind::ULongLong),
];

fn bindgen_error(pass: &str, e: bindgen::BindgenError) -> Error {
    Error::new(format!(
        "bindgen failed ({pass}): {e}; is libclang installed (apt-get install libclang-dev)?"
    ))
}

/// Pass 1 and 2: the C type of every public integer macro.
fn macro_kinds(config: &Config, wrapper: &Path) -> Result<MacroKinds, Error> {
    let collector = MacroCollector::default();
    let (ints, not_expressions) = (collector.ints.clone(), collector.not_expressions.clone());
    let externs = collector.externs.clone();
    base_builder(config, wrapper)
        .allowlist_var(public_regex())
        .allowlist_function(public_regex())
        .blocklist_function(BLOCKED_FUNCTIONS)
        .blocklist_type(BLOCKED_TYPES)
        .parse_callbacks(Box::new(collector))
        .generate()
        .map_err(|e| bindgen_error("collecting macros", e))?;
    let not_expressions = not_expressions.lock().unwrap().clone();
    let mut names = ints.lock().unwrap().clone();
    names.retain(|name| !not_expressions.contains(name));
    names.sort();
    names.dedup();

    let mut probe = format!(
        "#include {:?}\nenum libpython_sys_macro_kinds {{\n",
        wrapper.display().to_string()
    );
    let generic: String = KINDS
        .iter()
        .enumerate()
        .map(|(i, (c, _))| format!("{c}: {}, ", i + 1))
        .collect();
    for name in &names {
        let _ = writeln!(probe, "#ifdef {name}\n  libpython_sys_kind__{name} = _Generic(({name}), {generic}default: 0),\n#endif");
    }
    probe.push_str("  libpython_sys_kind__end\n};\n");
    let probe_path = out_dir().join("libpython_sys_macro_kinds.h");
    std::fs::write(&probe_path, probe)
        .map_err(|e| Error::new(format!("cannot write {}: {e}", probe_path.display())))?;
    let code = base_builder(config, &probe_path)
        .allowlist_type("libpython_sys_macro_kinds")
        .parse_callbacks(Box::new(MacroKinds {
            kinds: BTreeMap::new(),
            not_expressions: not_expressions.clone(),
            left_out: BTreeSet::new(),
            externs: BTreeSet::new(),
        }))
        .generate()
        .map_err(|e| bindgen_error("typing macros", e))?
        .to_string();
    let mut kinds = BTreeMap::new();
    for line in code.lines() {
        let Some(rest) = line.trim().strip_prefix("pub const libpython_sys_kind__") else {
            continue;
        };
        let Some((name, value)) = rest.split_once(':') else {
            continue;
        };
        let value: usize = value
            .rsplit('=')
            .next()
            .unwrap_or("")
            .trim()
            .trim_end_matches(';')
            .parse()
            .unwrap_or(0);
        if let Some((_, kind)) = value.checked_sub(1).and_then(|i| KINDS.get(i)) {
            kinds.insert(name.trim().to_string(), *kind);
        }
    }
    let externs = externs.lock().unwrap().clone();
    let mut left_out = pyconfig_macros(config)?;
    left_out.extend(VERSION_MACROS.iter().map(|m| m.to_string()));
    Ok(MacroKinds {
        kinds,
        not_expressions,
        left_out,
        externs,
    })
}

/// The macros `pyconfig.h` defines.
fn pyconfig_macros(config: &Config) -> Result<BTreeSet<String>, Error> {
    let probe = out_dir().join("libpython_sys_pyconfig.h");
    std::fs::write(&probe, "#include <pyconfig.h>\n")
        .map_err(|e| Error::new(format!("cannot write {}: {e}", probe.display())))?;
    let with = headers::macros(&compiler(config)?, &config.headers.include_dir, &probe)?;
    // Without pyconfig.h: the compiler's own macros, which are not pyconfig's.
    std::fs::write(&probe, "\n")
        .map_err(|e| Error::new(format!("cannot write {}: {e}", probe.display())))?;
    let without = headers::macros(&compiler(config)?, &config.headers.include_dir, &probe)?;
    Ok(with.difference(&without).cloned().collect())
}

fn compiler(config: &Config) -> Result<Compiler, Error> {
    let defines = config.stable.map(|s| s.defines()).unwrap_or_default();
    Ok(crate::compiler::for_target()?.with_defines(&defines))
}

/// Generates the bindings for `config` and returns the Rust source.
pub fn generate(config: &Config) -> Result<String, Error> {
    let wrapper = Path::new(&cargo_env("CARGO_MANIFEST_DIR")).join("wrapper.h");
    let kinds = macro_kinds(config, &wrapper)?;
    let unexported = unexported(config, &kinds.externs)?;
    let h = &config.headers;
    let mut build = if h.gil_disabled {
        "free-threaded build (Py_GIL_DISABLED)"
    } else {
        "default (GIL) build"
    }
    .to_string();
    if let Some(stable) = config.stable {
        let defines: Vec<String> = stable
            .defines()
            .iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect();
        build.push_str(&format!(
            ", stable ABI {} ({})",
            stable.label(),
            defines.join(", ")
        ));
    }
    let mut builder = base_builder(config, &wrapper);
    if !unexported.is_empty() {
        builder = builder.blocklist_item(unexported.join("|"));
    }
    if let Some(stable) = config.stable {
        // Every typedef and struct of the stable ABI, also those no bound item uses
        // (`visitproc` under abi3t, where the structs that use it are opaque).
        let root = Path::new(&cargo_env("CARGO_MANIFEST_DIR")).to_path_buf();
        let manifest = crate::stable::manifest(&root)?;
        for kind in ["typedef", "struct"] {
            for entry in manifest.limited(kind, stable.min_minor) {
                builder = builder.allowlist_type(&entry.name);
            }
        }
    }
    let bindings = builder
        .allowlist_function(public_regex())
        .allowlist_var(public_regex())
        .allowlist_type(public_regex())
        .blocklist_function(BLOCKED_FUNCTIONS)
        .blocklist_function(HAND_WRITTEN_FUNCTIONS)
        .blocklist_var("PyDateTimeAPI")
        .blocklist_type(BLOCKED_TYPES)
        .blocklist_type(HAND_WRITTEN_TYPES)
        // An object header is never copied by value: not `Copy` on any build (the
        // free-threaded header holds a `PyMutex`, so it could not be there anyway).
        .no_copy("_object")
        .parse_callbacks(Box::new(kinds))
        .generate()
        .map_err(|e| bindgen_error("generating", e))?;
    let header = format!(
        "// CPython {} headers, {build}.\n\
         // Generated by bindgen {} with {}.\n\
         // Regenerate: scripts/regenerate-bindings {}  (never edit by hand)\n\
         // Derived from CPython's headers (PSF License Agreement, see LICENSE-CPYTHON).\n\
         // Every item is removable by the build (`libpython_sys_removed`, see\n\
         // libpython-sys-build/src/exact.rs) where the target's headers differ.\n\n",
        h.version,
        bindgen_version(),
        bindgen::clang_version().full.trim(),
        config.bindings_label()
    );
    let mut file = syn::parse_file(&bindings.to_string())
        .map_err(|e| Error::new(format!("cannot parse bindgen's output: {e}")))?;
    if let Some(stable) = config.stable {
        let root = Path::new(&cargo_env("CARGO_MANIFEST_DIR")).to_path_buf();
        crate::stable::filter(&mut file, &crate::stable::manifest(&root)?, stable)?;
    }
    strings::to_cstr(&mut file);
    removable::mark(&mut file);
    Ok(header + &prettyplease::unparse(&file))
}

/// The declared functions and variables that the interpreter's libpython does not
/// export: binding them would only produce link errors (3.12.1 declares
/// `PySignal_SetWakeupFd`, `_PyCodec_Forget`, … without exporting them). The dynamic
/// linker judges. Without a shared libpython nothing is filtered.
fn unexported(config: &Config, externs: &BTreeSet<String>) -> Result<Vec<String>, Error> {
    let Some(lib) = config.interpreter.libpython() else {
        return Ok(Vec::new());
    };
    let lib = libpython_sys_build::dynlib::Library::open(&lib)?;
    Ok(externs
        .iter()
        .filter(|name| !lib.exports(name))
        .cloned()
        .collect())
}

/// bindgen does not export its version; the one this crate pins is the one in Cargo.toml.
fn bindgen_version() -> &'static str {
    "0.73.2"
}

/// Generates into `OUT_DIR` and, when `LIBPYTHON_SYS_WRITE_BINDINGS=1` (set by
/// `scripts/regenerate-bindings`), into `src/bindings/<target>.rs` as well.
pub fn run(config: &Config) -> Result<PathBuf, Error> {
    let code = generate(config)?;
    let out = PathBuf::from(cargo_env("OUT_DIR")).join("generated.rs");
    std::fs::write(&out, &code)
        .map_err(|e| Error::new(format!("cannot write {}: {e}", out.display())))?;
    if env_var("LIBPYTHON_SYS_WRITE_BINDINGS").is_some_and(|v| v == "1") {
        if config.headers.debug || config.headers.trace_refs {
            return Err(Error::new(
                "refusing to check in bindings of a debug/trace-refs build; regenerate from a release build",
            ));
        }
        let dest = Path::new(&cargo_env("CARGO_MANIFEST_DIR"))
            .join("src/bindings")
            .join(format!("{}.rs", config.bindings_label()));
        std::fs::write(&dest, &code)
            .map_err(|e| Error::new(format!("cannot write {}: {e}", dest.display())))?;
        let mut checks = crate::checks::write(config, &dest)?;
        if config.stable.is_some() {
            let versions = crate::stable::intersect(config, &dest)?;
            if !versions.is_empty() {
                let text = std::fs::read_to_string(&dest)
                    .map_err(|e| Error::new(format!("cannot read {}: {e}", dest.display())))?;
                let (first, rest) = text.split_once('\n').unwrap_or((&text, ""));
                let text = format!(
                    "{first}\n// Only what the headers of CPython {} also declare alike, and their libpythons export.\n{rest}",
                    versions.join(", ")
                );
                std::fs::write(&dest, &text)
                    .and_then(|()| std::fs::write(&out, &text))
                    .map_err(|e| Error::new(format!("cannot write {}: {e}", dest.display())))?;
                checks = crate::checks::write(config, &dest)?;
            }
        }
        println!(
            "cargo::warning=wrote {} and {}",
            dest.display(),
            checks.display()
        );
    }
    Ok(out)
}
