//! The checks. Two C files are written from the Rust items: `layout.c` is compiled and
//! run to print sizes, alignments, offsets and constant values; `types.c` is only
//! compiled, under `-Werror`, assigning each real C object to the C type translated back
//! from its Rust declaration. A Rust probe, compiled with rustc against the same bindings
//! file, prints the Rust side. The dynamic linker judges the exported symbols.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use syn::Type;

use crate::ctype::{decl, integer_signedness, is_pointer, CNames};
use crate::model::{tokens, Bindings};
use crate::Target;

/// One failed check.
#[derive(Debug, Clone)]
pub struct Finding {
    pub class: &'static str,
    pub item: String,
    pub rust: String,
    pub c: String,
    /// Declared by a newer patch release than the interpreter's (see the README's policy).
    pub drift: bool,
}

/// How many facts of each class were checked.
pub type Counts = BTreeMap<&'static str, usize>;

pub struct Outcome {
    pub counts: Counts,
    pub findings: Vec<Finding>,
}

/// A C file whose lines are attributed to checked items.
struct CFile {
    text: String,
    lines: usize,
    blame: HashMap<usize, (&'static str, String)>,
}

impl CFile {
    fn new(prelude: &str) -> CFile {
        CFile {
            lines: prelude.lines().count(),
            text: prelude.to_string(),
            blame: HashMap::new(),
        }
    }

    /// Adds one line (no newlines inside) checking `item` of `class`.
    fn line(&mut self, class: &'static str, item: &str, code: &str) {
        debug_assert!(!code.contains('\n'));
        self.lines += 1;
        self.blame.insert(self.lines, (class, item.to_string()));
        self.text.push_str(code);
        self.text.push('\n');
    }

    fn raw(&mut self, code: &str) {
        self.lines += code.lines().count();
        self.text.push_str(code);
    }
}

/// Compiler diagnostics attributed to the lines of `file`: line -> first error message.
/// Each error is blamed on the first line of `file` it mentions that holds a check
/// (`checks`): an error inside a prelude macro is reported at the macro's definition
/// first and at the check's line in the "in expansion of macro" note after it.
fn errors_by_line(
    stderr: &str,
    file: &Path,
    checks: &HashMap<usize, (&'static str, String)>,
) -> BTreeMap<usize, String> {
    let name = file.display().to_string();
    let mut out = BTreeMap::new();
    let mut pending: Option<String> = None;
    for line in stderr.lines() {
        let on_ours = line
            .strip_prefix(&name)
            .and_then(|rest| rest.strip_prefix(':'));
        if let Some(pos) = line.find(": error: ") {
            pending = Some(line[pos + 9..].to_string());
        }
        if let (Some(rest), Some(msg)) = (on_ours, pending.as_ref()) {
            if let Some(n) = rest.split(':').next().and_then(|n| n.parse::<usize>().ok()) {
                if checks.contains_key(&n) {
                    out.entry(n).or_insert_with(|| msg.clone());
                    pending = None;
                }
            }
        }
    }
    out
}

fn c_prelude(target: &Target) -> String {
    format!(
        "#include {:?}\n#include <stdio.h>\n#include <stddef.h>\n#include <stdint.h>\n\
         #define SIGNED_OF(x) ((__typeof__(x))-1 < (__typeof__(x))0)\n\
         static void bytes(const char *s, size_t n) {{ for (size_t i = 0; i < n; i++) printf(\"%02x\", (unsigned char)s[i]); }}\n",
        target.wrapper.display().to_string()
    )
}

/// A check the compiler rejected: (class, item, the compiler's message).
type Rejected = (&'static str, String, String);

/// Compiles `file` (with `extra` flags) until it compiles, removing the lines the
/// compiler rejects; returns the rejected lines' items and messages.
fn compile_until_clean(
    target: &Target,
    mut file: CFile,
    path: &Path,
    extra: &[&str],
) -> Result<Vec<Rejected>, String> {
    let mut rejected = Vec::new();
    for _ in 0..4 {
        std::fs::write(path, &file.text)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        let mut cmd = target.cc.to_command();
        cmd.arg(format!("-I{}", target.include_dir.display()))
            .args(["-std=gnu11", "-fmax-errors=0"])
            .args(extra)
            .arg(path);
        let out = cmd
            .output()
            .map_err(|e| format!("cannot run the C compiler: {e}"))?;
        if out.status.success() {
            return Ok(rejected);
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        let errors = errors_by_line(&stderr, path, &file.blame);
        if errors.is_empty() {
            return Err(format!(
                "the C compiler failed on {}:\n{}",
                path.display(),
                stderr.lines().take(20).collect::<Vec<_>>().join("\n")
            ));
        }
        let mut kept = String::new();
        for (n, line) in file.text.lines().enumerate() {
            let n = n + 1;
            if let Some(msg) = errors.get(&n) {
                if let Some((class, item)) = file.blame.get(&n) {
                    rejected.push((*class, item.clone(), msg.clone()));
                }
                kept.push_str("/* rejected */\n");
            } else {
                kept.push_str(line);
                kept.push('\n');
            }
        }
        file.text = kept;
    }
    Err(format!(
        "{} still does not compile after removing the rejected checks",
        path.display()
    ))
}

/// How the probe names an item: generated items through `bindings::` (so a hand-written
/// item of the same name cannot make them ambiguous), hand-written ones by module path.
fn rust_path(rust: &str) -> String {
    if rust.contains("::") {
        rust.to_string()
    } else {
        format!("bindings::{rust}")
    }
}

/// Whether a constant can be compared by value: an integer, a float or a string.
/// (Struct-valued hand-written constants such as `PyModuleDef_HEAD_INIT` are compared
/// byte for byte by the crate's tests.)
pub fn is_scalar(ty: &Type, aliases: &BTreeMap<String, Type>) -> bool {
    integer_signedness(ty, aliases).is_some() || is_float(ty) || is_bytes(ty)
}

/// Whether a type is a string constant (`&[u8; N]`).
fn is_bytes(ty: &Type) -> bool {
    matches!(ty, Type::Reference(r) if matches!(&*r.elem, Type::Array(_)))
}

fn is_float(ty: &Type) -> bool {
    matches!(tokens(ty).as_str(), "f64" | "f32")
}

/// Resolves aliases of anonymous bindgen types (`PyStatus__bindgen_ty_1 = c_uint`) to
/// their Rust meaning, since C has no name for them. `None`: an anonymous record.
fn nameable(ty: &Type, b: &Bindings) -> Option<Type> {
    let text = tokens(ty);
    if !text.contains("__bindgen_ty_") {
        return Some(ty.clone());
    }
    match ty {
        Type::Path(p) => {
            let name = p.path.segments.last()?.ident.to_string();
            b.aliases.get(&name).cloned()
        }
        _ => None,
    }
}

/// The Rust side's root besides the bindings: lib.rs's hand-written modules and
/// re-exports, and the cfgs rustc compiles them with.
pub struct RustRoot<'a> {
    pub items: &'a str,
    pub cfgs: &'a [String],
}

pub fn run(
    target: &Target,
    b: &Bindings,
    names: &CNames,
    work: &Path,
    root: &RustRoot<'_>,
) -> Result<Outcome, String> {
    let mut counts = Counts::new();
    let mut findings = Vec::new();
    let prelude = c_prelude(target);
    let mut layout = CFile::new(&prelude);
    layout.raw("int main(void) {\n");
    let mut types = CFile::new(&prelude);
    let mut rust = String::new();
    let _ = writeln!(
        rust,
        "#![allow(warnings)]\n{}\nuse core::mem::{{size_of, align_of, offset_of}};\n\
         fn fsize<T, F>(_: fn(*const T) -> *const F) -> usize {{ size_of::<F>() }}\n\
         trait Show {{ fn show(&self) -> String; }}\n\
         macro_rules! show_num {{ ($($t:ty),*) => {{ $(impl Show for $t {{ fn show(&self) -> String {{ format!(\"{{}}\", self) }} }})* }} }}\n\
         show_num!(i8, u8, i16, u16, i32, u32, i64, u64, isize, usize, f32, f64);\n\
         impl<const N: usize> Show for &[u8; N] {{ fn show(&self) -> String {{ self.iter().map(|b| format!(\"{{:02x}}\", b)).collect() }} }}\n\
         fn main() {{",
        root.items
    );

    // Records: size, alignment, every field's offset, size, signedness and type.
    for r in b.records.iter().filter(|r| !r.opaque) {
        let c = names.record(&r.name, r.is_union);
        layout.line(
            "struct",
            &r.rust,
            &format!(
                "printf(\"R\\t%s\\t%zu\\t%zu\\n\", \"{}\", sizeof({c}), _Alignof({c}));",
                r.rust
            ),
        );
        let rp = rust_path(&r.rust);
        let _ = writeln!(
            rust,
            "println!(\"R\\t{}\\t{{}}\\t{{}}\", size_of::<{rp}>(), align_of::<{rp}>());",
            r.rust
        );
        for f in &r.fields {
            let key = format!("{}.{}", r.rust, f.rust_path);
            let member = format!("((({c}*)0)->{})", f.c_name);
            let mut code = format!(
                "printf(\"F\\t%s\\t%zu\\t%zu\", \"{key}\", offsetof({c}, {}), sizeof{member});",
                f.c_name
            );
            if integer_signedness(&f.ty, &b.aliases).is_some() {
                let _ = write!(code, " printf(\"\\t%d\", (int)SIGNED_OF{member});");
            }
            code.push_str(" printf(\"\\n\");");
            layout.line("field", &key, &code);
            let _ = writeln!(
                rust,
                "println!(\"F\\t{key}\\t{{}}\\t{{}}\", offset_of!({}, {}), fsize(|p: *const {}| unsafe {{ core::ptr::addr_of!((*p).{}) }}));",
                rp, f.rust_path, rp, f.rust_path
            );
            if let Some(ty) = nameable(&f.ty, b) {
                // A pointer to const: C fields may be `const`, which Rust cannot say, and
                // adding a qualifier never makes a compatible type incompatible.
                if let Ok(d) = decl(&ty, "*q", true, names) {
                    types.line(
                        "field",
                        &key,
                        &format!(
                            "static void check_{} ({c} *p) {{ {d} = &p->{}; (void)q; }}",
                            types.lines, f.c_name
                        ),
                    );
                }
            }
        }
    }

    // Constants: value, size and signedness of the type.
    for k in &b.consts {
        // `n`: the C name; `key`: the Rust path, which also names the item in reports.
        let (n, key, rk) = (&k.name, &k.rust, rust_path(&k.rust));
        if is_bytes(&k.ty) {
            layout.line("constant", key, &format!("{{ static const char s[] = {n}; printf(\"S\\t%s\\t\", \"{key}\"); bytes(s, sizeof s); printf(\"\\t%zu\\t-1\\n\", sizeof s); }}"));
            let _ = writeln!(
                rust,
                "println!(\"S\\t{key}\\t{{}}\\t{{}}\\t-1\", {rk}.show(), {rk}.len());"
            );
        } else if is_float(&k.ty) {
            layout.line("constant", key, &format!("printf(\"D\\t%s\\t%.17g\\t%zu\\t-1\\n\", \"{key}\", (double)({n}), sizeof({n}));"));
            let _ = writeln!(
                rust,
                "println!(\"D\\t{key}\\t{{:.17e}}\\t{{}}\\t-1\", {rk} as f64, size_of_val(&{rk}));"
            );
        } else {
            // The C expression whose type the Rust constant must have: the macro itself,
            // or (for an enumerator) the enum type, or (for the `Py_TPFLAGS_*` family the
            // generator widens) the type of `tp_flags`.
            let enum_alias = match &k.ty {
                Type::Path(p) => p
                    .path
                    .segments
                    .last()
                    .map(|s| s.ident.to_string())
                    .filter(|a| b.aliases.contains_key(a)),
                _ => None,
            };
            let (typed, anonymous_enum) =
                if n.starts_with("Py_TPFLAGS_") || n.starts_with("_Py_TPFLAGS_") {
                    (
                        format!("((__typeof__(((PyTypeObject *)0)->tp_flags))({n}))"),
                        false,
                    )
                } else {
                    match enum_alias.as_deref().map(|a| (a, names.type_name(a))) {
                        Some((_, Some(c))) => (format!("(({c})({n}))"), false),
                        Some((a, None)) => (n.clone(), a.contains("__bindgen_ty_")),
                        None => (n.clone(), false),
                    }
                };
            // An anonymous enum has no C name: its enumerators are checked by value and size.
            let sign = if anonymous_enum {
                "-1".to_string()
            } else {
                format!("(int)SIGNED_OF({typed})")
            };
            layout.line(
                "constant",
                key,
                &format!(
                    "printf(\"K\\t%s\\t\", \"{key}\"); if (SIGNED_OF({n})) printf(\"%lld\", (long long)({n})); else printf(\"%llu\", (unsigned long long)({n})); printf(\"\\t%zu\\t%d\\n\", sizeof({typed}), {sign});"
                ),
            );
            let signed = integer_signedness(&k.ty, &b.aliases)
                .map(i32::from)
                .unwrap_or(-1);
            let signed = if anonymous_enum { -1 } else { signed };
            let _ = writeln!(
                rust,
                "println!(\"K\\t{key}\\t{{}}\\t{{}}\\t{signed}\", {rk}.show(), size_of_val(&{rk}));"
            );
        }
    }

    // Type aliases: integer typedefs and enums by size and signedness; pointer and
    // function-pointer typedefs by assignment compatibility.
    for (name, ty) in &b.aliases {
        let Some(c) = names
            .type_name(name)
            .filter(|_| !name.contains("__bindgen"))
        else {
            continue;
        };
        if let Some(signed) = integer_signedness(ty, &b.aliases) {
            layout.line("alias", name, &format!("printf(\"A\\t%s\\t%zu\\t%d\\n\", \"{name}\", sizeof({c}), (int)SIGNED_OF(({c})0));"));
            let _ = writeln!(
                rust,
                "println!(\"A\\t{name}\\t{{}}\\t{}\", size_of::<{name}>());",
                i32::from(signed)
            );
        } else if is_pointer(ty, &b.aliases) {
            if let Ok(d) = decl(ty, "q", false, names) {
                types.line(
                    "alias",
                    name,
                    &format!(
                        "static void check_{}(void) {{ {d} = ({name})0; (void)q; }}",
                        types.lines
                    ),
                );
            }
        }
    }

    // Functions: the full prototype, by assigning the real function to a pointer of
    // the translated type.
    for f in &b.functions {
        let args: Result<Vec<String>, String> =
            f.args.iter().map(|a| decl(a, "", false, names)).collect();
        let mut args = match args {
            Ok(a) => a.join(", "),
            Err(e) => {
                findings.push(Finding {
                    class: "function",
                    item: f.name.clone(),
                    rust: e,
                    c: String::new(),
                    drift: false,
                });
                continue;
            }
        };
        if f.variadic {
            args.push_str(", ...");
        }
        if args.is_empty() {
            args = "void".into();
        }
        let inner = format!("(*check_{})({args})", f.name);
        let d = match &f.ret {
            None => Ok(format!("void {inner}")),
            Some(t) => decl(t, &inner, false, names),
        };
        match d {
            Ok(d) => {
                // An object-like macro may rename the function (3.14's
                // `#define Py_PACK_FULL_VERSION _Py_PACK_FULL_VERSION`): judge the function.
                types.raw(&format!(
                    "#pragma push_macro(\"{0}\")\n#undef {0}\n",
                    f.name
                ));
                types.line("function", &f.name, &format!("static {d} = {};", f.name));
                types.raw(&format!("#pragma pop_macro(\"{}\")\n", f.name));
            }
            Err(e) => findings.push(Finding {
                class: "function",
                item: f.name.clone(),
                rust: e,
                c: String::new(),
                drift: false,
            }),
        }
    }
    for s in &b.statics {
        // A Rust `static` (not `mut`) is a `const` C object.
        if let Ok(d) = decl(&s.ty, "*q", !s.mutable, names) {
            types.line(
                "static",
                &s.name,
                &format!(
                    "static void check_{}(void) {{ {d} = &{}; (void)q; }}",
                    types.lines, s.name
                ),
            );
        }
    }
    layout.raw("return 0;\n}\n");
    rust.push_str("}\n");

    // Compile and run: C layout, C types, Rust probe.
    let layout_c = work.join("layout.c");
    let layout_exe = work.join("layout");
    let rejected_layout = compile_until_clean(
        target,
        layout,
        &layout_c,
        &["-w", "-o", layout_exe.to_str().unwrap()],
    )?;
    let types_c = work.join("types.c");
    let strict = [
        "-fsyntax-only",
        "-Werror=incompatible-pointer-types",
        "-Werror=pointer-sign",
        "-Werror=int-conversion",
        "-Werror=implicit-function-declaration",
        "-Werror=discarded-qualifiers",
        // Not a type judgement: deprecated API is still API.
        "-Wno-deprecated-declarations",
    ];
    let rejected_types = compile_until_clean(target, types, &types_c, &strict)?;
    let c_out = run_exe(&layout_exe)?;
    let rust_src = work.join("probe.rs");
    std::fs::write(&rust_src, &rust).map_err(|e| e.to_string())?;
    let rust_exe = work.join("probe");
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    // lib.rs includes `$OUT_DIR/bindings.rs`: point it at the file under check.
    let include = format!("include!({:?});\n", b.path.display().to_string());
    std::fs::write(work.join("bindings.rs"), include).map_err(|e| e.to_string())?;
    let mut cmd = Command::new(rustc);
    cmd.env("OUT_DIR", work);
    for cfg in root.cfgs {
        cmd.arg("--cfg").arg(cfg);
    }
    let out = cmd
        .args([
            "--edition",
            "2021",
            "-C",
            "opt-level=0",
            "-C",
            "debuginfo=0",
            "-o",
        ])
        .arg(&rust_exe)
        .arg(&rust_src)
        .output()
        .map_err(|e| format!("cannot run rustc: {e}"))?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        return Err(format!(
            "the bindings do not compile with rustc:\n{}",
            stderr.lines().take(20).collect::<Vec<_>>().join("\n")
        ));
    }
    let r_out = run_exe(&rust_exe)?;

    let c_rows = rows(&c_out);
    let r_rows = rows(&r_out);
    for (class, item, msg) in rejected_layout.into_iter().chain(rejected_types) {
        // A hand-written type the headers leave incomplete on this build
        // (`PyCriticalSection` on default 3.13/3.14): C cannot measure it here; the same
        // definition is checked where C defines it (free-threaded builds, 3.15).
        if item.contains("::") && msg.contains("incomplete") {
            continue;
        }
        let what = if msg.contains("undeclared")
            || msg.contains("implicit declaration")
            || msg.contains("has no member")
        {
            "not declared by the headers"
        } else {
            "type differs"
        };
        findings.push(Finding {
            class,
            item,
            rust: what.into(),
            c: msg,
            drift: false,
        });
    }
    compare(&c_rows, &r_rows, b, &mut counts, &mut findings);
    let mut seen = std::collections::BTreeSet::new();
    findings.retain(|f| seen.insert((f.class, f.item.clone())));
    counts.insert("functions", b.functions.len());
    counts.insert("statics", b.statics.len());
    Ok(Outcome { counts, findings })
}

fn run_exe(path: &PathBuf) -> Result<String, String> {
    let out = Command::new(path)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", path.display()))?;
    if !out.status.success() {
        return Err(format!(
            "{} failed: {}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// `KIND\tKEY\tvalues…` lines, by (KIND, KEY).
fn rows(out: &str) -> BTreeMap<(String, String), Vec<String>> {
    out.lines()
        .filter_map(|l| {
            let mut parts = l.split('\t');
            let kind = parts.next()?.to_string();
            let key = parts.next()?.to_string();
            Some(((kind, key), parts.map(str::to_string).collect()))
        })
        .collect()
}

fn compare(
    c: &BTreeMap<(String, String), Vec<String>>,
    r: &BTreeMap<(String, String), Vec<String>>,
    b: &Bindings,
    counts: &mut Counts,
    findings: &mut Vec<Finding>,
) {
    let class_of = |kind: &str| match kind {
        "R" => "struct",
        "F" => "field",
        "K" | "S" | "D" => "constant",
        _ => "alias",
    };
    let counter = |kind: &str| match kind {
        "R" => "structs",
        "F" => "fields",
        "K" | "S" | "D" => "constants",
        _ => "aliases",
    };
    for ((kind, key), rv) in r {
        *counts.entry(counter(kind)).or_default() += 1;
        let Some(cv) = c.get(&(kind.clone(), key.clone())) else {
            continue;
        }; // rejected: reported already
        let mismatch = match kind.as_str() {
            "R" => (rv[0] != cv[0] || rv[1] != cv[1]).then(|| {
                (
                    format!("size {} align {}", rv[0], rv[1]),
                    format!("size {} align {}", cv[0], cv[1]),
                )
            }),
            "F" => {
                let sign_c = cv
                    .get(2)
                    .map(|s| if s == "1" { " signed" } else { " unsigned" })
                    .unwrap_or("");
                let sign_r = match b.records.iter().find_map(|rec| {
                    rec.fields
                        .iter()
                        .find(|f| format!("{}.{}", rec.rust, f.rust_path) == *key)
                        .map(|f| integer_signedness(&f.ty, &b.aliases))
                }) {
                    Some(Some(true)) => " signed",
                    Some(Some(false)) => " unsigned",
                    _ => "",
                };
                (rv[0] != cv[0] || rv[1] != cv[1] || (!sign_c.is_empty() && sign_c != sign_r)).then(
                    || {
                        (
                            format!("offset {} size {}{sign_r}", rv[0], rv[1]),
                            format!("offset {} size {}{sign_c}", cv[0], cv[1]),
                        )
                    },
                )
            }
            "K" | "S" | "D" => {
                let same_value = if kind == "D" {
                    cv[0].parse::<f64>().ok() == rv[0].parse::<f64>().ok()
                } else {
                    cv[0] == rv[0]
                };
                let sign_differs = cv[2] != "-1" && rv[2] != "-1" && cv[2] != rv[2];
                (!same_value || cv[1] != rv[1] || sign_differs).then(|| {
                    let sign = |s: &str| match s {
                        "1" => " signed",
                        "0" => " unsigned",
                        _ => "",
                    };
                    (
                        format!("{} ({} bytes{})", rv[0], rv[1], sign(&rv[2])),
                        format!("{} ({} bytes{})", cv[0], cv[1], sign(&cv[2])),
                    )
                })
            }
            _ => (rv[0] != cv[0] || rv[1] != cv[1]).then(|| {
                let sign = |s: &str| if s == "1" { "signed" } else { "unsigned" };
                (
                    format!("{} bytes {}", rv[0], sign(&rv[1])),
                    format!("{} bytes {}", cv[0], sign(&cv[1])),
                )
            }),
        };
        if let Some((rust, c)) = mismatch {
            findings.push(Finding {
                class: class_of(kind),
                item: key.clone(),
                rust,
                c,
                drift: false,
            });
        }
    }
}
