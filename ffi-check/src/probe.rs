//! The checks. Two C files are written from the Rust items: `layout.c` is compiled and
//! run to print sizes, alignments, offsets, bitfield positions and constant values;
//! `types.c` is only compiled, under `-Werror`, assigning each real C object to the C type
//! translated back from its Rust declaration. The Rust probe (`libpython_sys_build::model::
//! probe`), compiled by rustc from lib.rs's own items, prints the Rust side. Whatever cannot
//! be judged is counted with its reason, never skipped silently.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::Path;

use syn::Type;

use libpython_sys_build::exact::errors_by_line;
use libpython_sys_build::model::checks::{nameable, retyped};
use libpython_sys_build::model::ctype::{decl, integer_signedness, is_pointer, CNames};
use libpython_sys_build::model::probe::{
    bitfield_key, is_bytes, is_float, run_exe, Probe, Rows, RustCode,
};
use libpython_sys_build::model::Bindings;

use crate::Target;

/// One failed check.
#[derive(Debug, Clone)]
pub struct Finding {
    pub class: &'static str,
    pub item: String,
    pub rust: String,
    pub c: String,
}

/// How many facts of each class were checked.
pub type Counts = BTreeMap<&'static str, usize>;

/// Facts that cannot be judged, by reason: reason -> items.
pub type Unjudged = BTreeMap<String, Vec<String>>;

pub struct Outcome {
    pub counts: Counts,
    pub findings: Vec<Finding>,
    pub unjudged: Unjudged,
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

fn c_prelude(target: &Target) -> String {
    format!(
        "#include {:?}\n#include <stdio.h>\n#include <stddef.h>\n#include <stdint.h>\n#include <string.h>\n\
         #define SIGNED_OF(x) ((__typeof__(x))-1 < (__typeof__(x))0)\n\
         static void bytes(const void *p, size_t n) {{ const unsigned char *s = p; for (size_t i = 0; i < n; i++) printf(\"%02x\", s[i]); }}\n",
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
            .args(&target.defines)
            .args(extra)
            .arg(path);
        let out = cmd
            .output()
            .map_err(|e| format!("cannot run the C compiler: {e}"))?;
        if out.status.success() {
            return Ok(rejected);
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        let errors = errors_by_line(&stderr, path, |n| file.blame.contains_key(&n));
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

/// What the checks need besides the items: the Rust probe's inputs.
pub struct Inputs<'a> {
    pub names: &'a CNames,
    /// The hand-written layer's own type aliases (`PyCFunctionPtr`): Rust helpers, not C
    /// API, so not judged.
    pub rust_only: &'a std::collections::BTreeSet<String>,
    pub probe: Probe<'a>,
    pub work: &'a Path,
}

pub fn run(target: &Target, b: &Bindings, inputs: &Inputs<'_>) -> Result<Outcome, String> {
    let (names, work) = (inputs.names, inputs.work);
    let signedness = |ty: &Type| integer_signedness(ty, &b.aliases, names.char_signed);
    let mut counts = Counts::new();
    let mut findings = Vec::new();
    let mut unjudged = Unjudged::new();
    let mut not = |reason: &str, item: String| {
        let items = unjudged.entry(reason.to_string()).or_default();
        if !items.contains(&item) {
            items.push(item);
        }
    };
    let prelude = c_prelude(target);
    let mut layout = CFile::new(&prelude);
    layout.raw("int main(void) {\n");
    let mut types = CFile::new(&prelude);
    let mut rust = RustCode::default();

    // Records: size, alignment, every field's offset, size, signedness and type, and every
    // bitfield's position and width.
    for r in &b.records {
        if r.opaque && b.removed.contains(&r.name) {
            continue; // removed by the build for this interpreter: reported as removed
        }
        if r.opaque {
            not(
                "incomplete in C (an opaque type: nothing to measure)",
                r.rust.clone(),
            );
            continue;
        }
        let c = names.record(&r.name, r.is_union);
        layout.line(
            "struct",
            &r.rust,
            &format!(
                "printf(\"R\\t%s\\t%zu\\t%zu\\n\", \"{}\", sizeof({c}), _Alignof({c}));",
                r.rust
            ),
        );
        rust.record(r);
        rust.bitfields(r);
        for member in &r.anonymous {
            not(
                "an anonymous member (C cannot name it; each of its fields is checked)",
                member.clone(),
            );
        }
        for f in &r.fields {
            let key = format!("{}.{}", r.rust, f.rust_path);
            let member = format!("((({c}*)0)->{})", f.c_name);
            let mut code = format!(
                "printf(\"F\\t%s\\t%zu\\t%zu\", \"{key}\", offsetof({c}, {}), sizeof{member});",
                f.c_name
            );
            if signedness(&f.ty).is_some() {
                let _ = write!(code, " printf(\"\\t%d\", (int)SIGNED_OF{member});");
            }
            code.push_str(" printf(\"\\n\");");
            layout.line("field", &key, &code);
            match nameable(&f.ty, b) {
                // A pointer to const: C fields may be `const`, which Rust cannot say, and
                // adding a qualifier never makes a compatible type incompatible.
                Some(ty) => match decl(&ty, "*q", true, names) {
                    Ok(d) => types.line(
                        "field",
                        &key,
                        &format!(
                            "static void check_{} ({c} *p) {{ {d} = &p->{}; (void)q; }}",
                            types.lines, f.c_name
                        ),
                    ),
                    Err(e) => not(&format!("field type not translatable to C ({e})"), key),
                },
                None => not(
                    "field of an anonymous record type (C has no name for it; its size is checked)",
                    key,
                ),
            }
        }
        for bf in &r.bitfields {
            let key = bitfield_key(r, bf);
            layout.line(
                "bitfield",
                &key,
                &format!(
                    "{{ {c} s; memset(&s, 0, sizeof s); s.{} = -1; printf(\"B\\t%s\\t\", \"{key}\"); bytes(&s, sizeof s); printf(\"\\n\"); }}",
                    bf.c_path
                ),
            );
        }
    }

    // Constants: value, size and signedness of the type.
    for k in &b.consts {
        // `n`: the C name; `key`: the Rust path, which also names the item in reports.
        let (n, key) = (&k.name, &k.rust);
        if is_bytes(&k.ty) {
            layout.line("constant", key, &format!("{{ static const char s[] = {n}; printf(\"S\\t%s\\t\", \"{key}\"); bytes(s, sizeof s); printf(\"\\t%zu\\t-1\\n\", sizeof s); }}"));
            rust.constant(k, -1);
            continue;
        }
        if is_float(&k.ty) {
            layout.line("constant", key, &format!("printf(\"D\\t%s\\t%.17g\\t%zu\\t-1\\n\", \"{key}\", (double)({n}), sizeof({n}));"));
            rust.constant(k, -1);
            continue;
        }
        if is_pointer(&k.ty, &b.aliases) {
            layout.line("constant", key, &format!("printf(\"K\\t%s\\t%llu\\t%zu\\t-1\\n\", \"{key}\", (unsigned long long)(uintptr_t)({n}), sizeof({n}));"));
            rust.pointer_constant(k);
            continue;
        }
        let Some(signed) = signedness(&k.ty) else {
            not(
                "constant of a record type (compared byte for byte with the C macro by the crate's tests)",
                key.clone(),
            );
            continue;
        };
        // The C expression whose type the Rust constant must have: the macro itself, or
        // (for an enumerator) the enum type, or (for a family the generator retypes) the
        // type it is used as.
        let enum_alias = match &k.ty {
            Type::Path(p) => p
                .path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .filter(|a| b.aliases.contains_key(a)),
            _ => None,
        };
        let (typed, anonymous_enum) = match retyped(n) {
            Some(judge) => (format!("(({judge})({n}))"), false),
            None => match enum_alias.as_deref().map(|a| (a, names.type_name(a))) {
                Some((_, Some(c))) => (format!("(({c})({n}))"), false),
                Some((a, None)) => (n.clone(), a.contains("__bindgen_ty_")),
                None => (n.clone(), false),
            },
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
        rust.constant(
            k,
            if anonymous_enum {
                -1
            } else {
                i32::from(signed)
            },
        );
    }

    // Type aliases: integer typedefs and enums by size and signedness; pointer and
    // function-pointer typedefs by assignment compatibility.
    for (name, ty) in &b.aliases {
        if name.contains("__bindgen") {
            not(
                "type of an anonymous enum (C has no name for it; each enumerator is checked)",
                name.clone(),
            );
            continue;
        }
        let Some(c) = names.type_name(name) else {
            if !inputs.rust_only.contains(name) {
                not("type alias with no C name", name.clone());
            }
            continue;
        };
        if let Some(signed) = signedness(ty) {
            layout.line("alias", name, &format!("printf(\"A\\t%s\\t%zu\\t%d\\n\", \"{name}\", sizeof({c}), (int)SIGNED_OF(({c})0));"));
            rust.alias(name, signed);
        } else if is_pointer(ty, &b.aliases) {
            match decl(ty, "q", false, names) {
                Ok(d) => types.line(
                    "alias",
                    name,
                    &format!(
                        "static void check_{}(void) {{ {d} = ({name})0; (void)q; }}",
                        types.lines
                    ),
                ),
                Err(e) => not(&format!("alias not translatable to C ({e})"), name.clone()),
            }
        } else {
            // An alias of a record or array (`PyObject = _object`): the types are the
            // same when a pointer to one is a pointer to the other.
            match decl(ty, "*q", false, names) {
                Ok(d) => types.line(
                    "alias",
                    name,
                    &format!(
                        "static void check_{}(void) {{ {d} = ({c} *)0; (void)q; }}",
                        types.lines
                    ),
                ),
                Err(e) => not(&format!("alias not translatable to C ({e})"), name.clone()),
            }
        }
    }

    // Functions: the full prototype, by assigning the real function to a pointer of
    // the translated type.
    for f in &b.functions {
        let d = f
            .args
            .iter()
            .map(|a| decl(a, "", false, names))
            .collect::<Result<Vec<_>, _>>()
            .and_then(|args| {
                let mut args = args.join(", ");
                if f.variadic {
                    args.push_str(", ...");
                }
                if args.is_empty() {
                    args = "void".into();
                }
                let inner = format!("(*check_{})({args})", types.lines);
                match &f.ret {
                    None => Ok(format!("void {inner}")),
                    Some(t) => decl(t, &inner, false, names),
                }
            });
        match d {
            Ok(d) => {
                // An object-like macro may rename the function (3.14's
                // `#define Py_PACK_FULL_VERSION _Py_PACK_FULL_VERSION`), and a hand-written
                // fast path hides the exported slow path behind a macro of its name
                // (`PyMutex_Lock`): judge the function itself.
                types.raw(&format!(
                    "#pragma push_macro(\"{0}\")\n#undef {0}\n",
                    f.name
                ));
                types.line("function", &f.rust, &format!("static {d} = {};", f.name));
                types.raw(&format!("#pragma pop_macro(\"{}\")\n", f.name));
            }
            Err(e) => findings.push(Finding {
                class: "function",
                item: f.rust.clone(),
                rust: format!("not translatable to C ({e})"),
                c: String::new(),
            }),
        }
    }
    for s in &b.statics {
        // A Rust `static` (not `mut`) is a `const` C object.
        match decl(&s.ty, "*q", !s.mutable, names) {
            Ok(d) => types.line(
                "static",
                &s.rust,
                &format!(
                    "static void check_{}(void) {{ {d} = &{}; (void)q; }}",
                    types.lines, s.name
                ),
            ),
            Err(e) => findings.push(Finding {
                class: "static",
                item: s.rust.clone(),
                rust: format!("not translatable to C ({e})"),
                c: String::new(),
            }),
        }
        layout.line(
            "static",
            &s.rust,
            &format!(
                "printf(\"V\\t%s\\t%zu\\n\", \"{}\", sizeof({}));",
                s.rust, s.name
            ),
        );
        rust.static_size(s);
    }
    layout.raw("return 0;\n}\n");

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
    // What types.c judges, by class: every line it holds (rejected ones become findings).
    let mut judged_types = Counts::new();
    for (class, _) in types.blame.values() {
        let counter = match *class {
            "field" => "field types",
            "alias" => "alias types",
            "function" => "functions",
            _ => "static types",
        };
        *judged_types.entry(counter).or_default() += 1;
    }
    let rejected_types = compile_until_clean(target, types, &types_c, &strict)?;
    let c_rows = libpython_sys_build::model::probe::rows(&run_exe(&layout_exe)?);
    let r_rows = rust.run(&inputs.probe)?;

    for (class, item, msg) in rejected_layout.into_iter().chain(rejected_types) {
        // A hand-written type the headers leave incomplete on this build
        // (`PyCriticalSection` on default 3.13/3.14): C cannot measure it here; the same
        // definition is checked where C defines it (free-threaded builds, 3.15).
        if item.contains("::") && msg.contains("incomplete") {
            not(
                "hand-written type the headers leave incomplete on this build (checked where C defines it)",
                item,
            );
            continue;
        }
        // `extern int _Py_SwappedOp[];`: C has no size for it (its type is checked).
        if class == "static" && msg.contains("incomplete type") {
            not(
                "static array C declares without a size (its type is checked)",
                item,
            );
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
        });
    }
    compare(
        &c_rows,
        &r_rows,
        b,
        names.char_signed,
        &mut counts,
        &mut findings,
    );
    let mut seen = std::collections::BTreeSet::new();
    findings.retain(|f| seen.insert((f.class, f.item.clone())));
    counts.extend(judged_types);
    Ok(Outcome {
        counts,
        findings,
        unjudged,
    })
}

fn compare(
    c: &Rows,
    r: &Rows,
    b: &Bindings,
    char_signed: bool,
    counts: &mut Counts,
    findings: &mut Vec<Finding>,
) {
    let class_of = |kind: &str| match kind {
        "R" => "struct",
        "F" => "field",
        "B" => "bitfield",
        "V" => "static",
        "K" | "S" | "D" => "constant",
        _ => "alias",
    };
    let counter = |kind: &str| match kind {
        "R" => "structs",
        "F" => "fields",
        "B" => "bitfields",
        "V" => "static sizes",
        "K" | "S" | "D" => "constants",
        _ => "aliases",
    };
    // Every row either side printed must be on the other side too.
    for ((kind, key), _) in c.iter().filter(|(k, _)| !r.contains_key(*k)) {
        findings.push(Finding {
            class: class_of(kind),
            item: key.clone(),
            rust: "no value printed by the Rust probe".into(),
            c: "printed".into(),
        });
    }
    for ((kind, key), rv) in r {
        // Rejected by the C compiler: reported already, as a failure or not checkable.
        let Some(cv) = c.get(&(kind.clone(), key.clone())) else {
            continue;
        };
        *counts.entry(counter(kind)).or_default() += 1;
        let mismatch = match kind.as_str() {
            "R" => (rv[0] != cv[0] || rv[1] != cv[1]).then(|| {
                (
                    format!("size {} align {}", rv[0], rv[1]),
                    format!("size {} align {}", cv[0], cv[1]),
                )
            }),
            "B" | "V" => (rv[0] != cv[0]).then(|| (rv[0].clone(), cv[0].clone())),
            "F" => {
                let sign_c = cv
                    .get(2)
                    .map(|s| if s == "1" { " signed" } else { " unsigned" })
                    .unwrap_or("");
                let sign_r = match b.records.iter().find_map(|rec| {
                    rec.fields
                        .iter()
                        .find(|f| format!("{}.{}", rec.rust, f.rust_path) == *key)
                        .map(|f| integer_signedness(&f.ty, &b.aliases, char_signed))
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
            });
        }
    }
}
