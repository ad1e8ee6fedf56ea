//! Writes the exactness checks of a bindings file (the format is in [`crate::exact`]):
//! what the Rust side says of each item, as C the target's headers must accept. Record
//! layouts come from the Rust probe; types are the Rust declarations translated to C.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use syn::{GenericArgument, PathArguments, ReturnType, Type};

use crate::exact::{Item, Kind, PRELUDE};
use crate::model::ctype::{decl, CNames};
use crate::model::probe::Rows;
use crate::model::{tokens, Bindings, Record};

/// The constants the generator gives another type than their C expression has, and the C
/// type they are judged against: `Py_TPFLAGS_*` are type flags (some are `int` literals in
/// the headers), of the type `PyType_GetFlags` returns, which is `tp_flags`'s (and the
/// limited API, where `PyTypeObject` is opaque, has only the function);
/// `Py_CONSTANT_*` the `unsigned int` argument of `Py_GetConstant` (they are `int`
/// literals).
pub fn retyped(name: &str) -> Option<&'static str> {
    if name.starts_with("Py_TPFLAGS_") || name.starts_with("_Py_TPFLAGS_") {
        Some("__typeof__(PyType_GetFlags((PyTypeObject *)0))")
    } else if name.starts_with("Py_CONSTANT_") {
        Some("unsigned int")
    } else {
        None
    }
}

/// Resolves aliases of anonymous bindgen types (`PyStatus__bindgen_ty_1 = c_uint`) to
/// their Rust meaning, since C has no name for them. `None`: an anonymous record.
pub fn nameable(ty: &Type, b: &Bindings) -> Option<Type> {
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

/// The names a type uses: `(by value, behind a pointer)`.
pub fn uses(ty: &Type, behind_pointer: bool, out: &mut (BTreeSet<String>, BTreeSet<String>)) {
    match ty {
        Type::Ptr(p) => uses(&p.elem, true, out),
        Type::Reference(r) => uses(&r.elem, true, out),
        Type::Array(a) => uses(&a.elem, behind_pointer, out),
        Type::Paren(p) => uses(&p.elem, behind_pointer, out),
        Type::FnPtr(f) => {
            // A function pointer's own arguments and result are by value or not on their own.
            for arg in &f.inputs {
                uses(&arg.ty, false, out);
            }
            if let ReturnType::Type(_, t) = &f.output {
                uses(t, false, out);
            }
        }
        Type::Path(p) => {
            let Some(last) = p.path.segments.last() else {
                return;
            };
            if let PathArguments::AngleBracketed(args) = &last.arguments {
                for arg in &args.args {
                    if let GenericArgument::Type(t) = arg {
                        uses(t, behind_pointer, out);
                    }
                }
                return;
            }
            let name = last.ident.to_string();
            if behind_pointer {
                out.1.insert(name);
            } else {
                out.0.insert(name);
            }
        }
        _ => {}
    }
}

/// The checks file's text for `b` (the generated items only), with the Rust probe's
/// layout `rows` and the C `names` of the headers; `macros`: the names the headers
/// define as macros (a function whose name is also an object-like macro is judged with
/// the macro set aside).
/// `defines` (`Py_LIMITED_API`, … for a stable-ABI target) are written before the
/// headers are included, so that the build applies them as the generator did.
/// `members`: for a stable-ABI target, the records of which only some members are in the
/// stable ABI (`PyObject`: `ob_refcnt`, `ob_type`), by record name: for those, the size and
/// those members' offsets are checked, not how a release spells the rest (3.12 made
/// `ob_refcnt` part of a union, which is the same ABI).
pub fn write(
    b: &Bindings,
    rows: &Rows,
    names: &CNames,
    macros: &BTreeSet<String>,
    title: &str,
    defines: &[(&str, String)],
    members: &BTreeMap<String, Vec<String>>,
) -> Result<String, String> {
    let mut items: BTreeSet<String> = b.records.iter().map(|r| r.name.clone()).collect();
    items.extend(b.aliases.keys().cloned());
    items.extend(b.consts.iter().map(|k| k.name.clone()));
    items.extend(b.functions.iter().map(|f| f.name.clone()));
    let item = |kind: Kind, name: &str, tys: &[&Type], name_only: bool| -> Item {
        let mut used = (BTreeSet::new(), BTreeSet::new());
        for ty in tys {
            uses(ty, name_only, &mut used);
        }
        let keep = |set: BTreeSet<String>| -> Vec<String> {
            set.into_iter()
                .filter(|n| items.contains(n) && n != name)
                .collect()
        };
        Item {
            kind,
            name: name.to_string(),
            by_value: keep(used.0),
            by_pointer: keep(used.1),
        }
    };
    let mut out = format!(
        "/* libpython-sys exactness checks for {title}.\n   Generated with the bindings by \
         scripts/regenerate-bindings; never edit by hand. The build compiles this file\n   \
         against the target interpreter's own headers: an item whose line fails is removed\n   \
         from the build with every item that depends on it (libpython-sys-build/src/exact.rs). */\n"
    );
    for (name, value) in defines {
        let _ = writeln!(out, "#define {name} {value}");
    }
    out.push_str(PRELUDE);
    let c_decl = |ty: &Type| decl(ty, "", false, names);

    for r in b.records.iter().filter(|r| !r.opaque) {
        let tys: Vec<&Type> = r.fields.iter().map(|f| &f.ty).collect();
        let _ = writeln!(out, "{}", item(Kind::Record, &r.name, &tys, false).header());
        record(&mut out, r, rows, b, &c_decl, names, members.get(&r.name))?;
    }
    for (name, ty) in &b.aliases {
        // Anonymous enums have no C name; their constants are checked one by one.
        let Some(c) = names
            .type_name(name)
            .filter(|_| !name.contains("__bindgen"))
        else {
            continue;
        };
        let d = c_decl(ty).map_err(|e| format!("{name}: {e}"))?;
        let _ = writeln!(out, "{}", item(Kind::Alias, name, &[ty], true).header());
        let _ = writeln!(out, "LPS_ALIAS({c}, {d});");
    }
    for k in &b.consts {
        let value = k
            .literal
            .as_ref()
            .ok_or_else(|| format!("{}: not a literal; the checks need its value", k.name))?;
        let _ = writeln!(
            out,
            "{}",
            item(Kind::Const, &k.name, &[&k.ty], false).header()
        );
        let n = &k.name;
        let line = if crate::model::probe::is_bytes(&k.ty) {
            let text = value.trim_start_matches('b').trim_start_matches('c');
            let unquoted = text.trim_matches('"').replace("\\0", "");
            format!("LPS_STR({n}, {}, \"{unquoted}\")", unquoted.len() + 1)
        } else if crate::model::probe::is_float(&k.ty) {
            format!("LPS_VALUE({n}, {value})")
        } else {
            let literal = c_integer(value, &k.ty);
            let rust_c = c_decl(&k.ty).map_err(|e| format!("{n}: {e}"))?;
            match retyped(n) {
                Some(judge) => format!("LPS_RETYPED({n}, {literal}, {judge}, {rust_c})"),
                // An enumerator is an `int` in C; its enum type (the Rust type) is checked
                // as an alias.
                None if !is_primitive(&k.ty) => format!("LPS_VALUE({n}, {literal})"),
                None => format!("LPS_INT({n}, {literal}, {rust_c})"),
            }
        };
        let _ = writeln!(out, "{line};");
    }
    for f in &b.functions {
        let mut args = f
            .args
            .iter()
            .map(&c_decl)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| format!("{}: {e}", f.name))?
            .join(", ");
        if f.variadic {
            args.push_str(", ...");
        }
        if args.is_empty() {
            args = "void".into();
        }
        let ty = match &f.ret {
            None => format!("void (*)({args})"),
            Some(t) => decl(t, &format!("(*)({args})"), false, names)?,
        };
        let mut tys: Vec<&Type> = f.args.iter().collect();
        tys.extend(f.ret.iter());
        let _ = writeln!(
            out,
            "{}",
            item(Kind::Function, &f.name, &tys, false).header()
        );
        let n = &f.name;
        let shadowed = macros.contains(n);
        if shadowed {
            let _ = writeln!(out, "#pragma push_macro(\"{n}\")\n#undef {n}");
        }
        if f.noreturn {
            // GCC gives `&f` of a `_Noreturn` function a type of its own: judge the
            // declaration, then the prototype by redeclaring it.
            let proto = decl_function(f, names)?;
            let _ = writeln!(out, "LPS_DECLARED({n});");
            let _ = writeln!(out, "LPS_DECL(_Noreturn {proto})");
        } else {
            let _ = writeln!(out, "LPS_FN({n}, {ty});");
        }
        if shadowed {
            let _ = writeln!(out, "#pragma pop_macro(\"{n}\")");
        }
    }
    for s in &b.statics {
        let d = c_decl(&s.ty).map_err(|e| format!("{}: {e}", s.name))?;
        let _ = writeln!(
            out,
            "{}",
            item(Kind::Static, &s.name, &[&s.ty], true).header()
        );
        let _ = writeln!(out, "LPS_STATIC({}, {d});", s.name);
    }
    Ok(out)
}

/// `void Py_Exit(int);` for a redeclaration.
fn decl_function(f: &crate::model::Function, names: &CNames) -> Result<String, String> {
    let mut args = f
        .args
        .iter()
        .map(|a| decl(a, "", false, names))
        .collect::<Result<Vec<_>, _>>()?
        .join(", ");
    if f.variadic {
        args.push_str(", ...");
    }
    if args.is_empty() {
        args = "void".into();
    }
    let inner = format!("{}({args});", f.name);
    match &f.ret {
        None => Ok(format!("void {inner}")),
        Some(t) => decl(t, &inner, false, names),
    }
}

fn record(
    out: &mut String,
    r: &Record,
    rows: &Rows,
    b: &Bindings,
    c_decl: &dyn Fn(&Type) -> Result<String, String>,
    names: &CNames,
    members: Option<&Vec<String>>,
) -> Result<(), String> {
    let row = |kind: &str, key: &str| {
        rows.get(&(kind.to_string(), key.to_string()))
            .ok_or_else(|| format!("the Rust probe printed no {kind} row for {key}"))
    };
    let c = names.record(&r.name, r.is_union);
    let size = row("R", &r.rust)?;
    let _ = writeln!(out, "LPS_SIZE({c}, {}, {});", size[0], size[1]);
    for f in &r.fields {
        let key = format!("{}.{}", r.rust, f.rust_path);
        let at = row("F", &key)?;
        if let Some(members) = members {
            if members.contains(&f.c_name) {
                let _ = writeln!(
                    out,
                    "LPS_CHECK(\"member {0}\", offsetof({c}, {0}) == {1});",
                    f.c_name, at[0]
                );
            }
            continue;
        }
        let line = match nameable(&f.ty, b) {
            Some(t) => {
                let d = c_decl(&t).map_err(|e| format!("{}.{}: {e}", r.name, f.c_name))?;
                format!("LPS_FIELD({c}, {}, {}, {d});", f.c_name, at[0])
            }
            // An anonymous record has no C name: its size.
            None => format!("LPS_FIELD_SIZE({c}, {}, {}, {});", f.c_name, at[0], at[1]),
        };
        let _ = writeln!(out, "{line}");
    }
    Ok(())
}

/// Whether a type is a Rust primitive or a `core::ffi` integer (not an alias).
fn is_primitive(ty: &Type) -> bool {
    let text = tokens(ty).replace(' ', "");
    text.starts_with("::core::ffi::c_")
        || text.starts_with("core::ffi::c_")
        || matches!(
            text.as_str(),
            "i8" | "u8"
                | "i16"
                | "u16"
                | "i32"
                | "u32"
                | "i64"
                | "u64"
                | "isize"
                | "usize"
                | "bool"
        )
}

/// An integer literal as C reads it with the right signedness and width.
fn c_integer(value: &str, ty: &Type) -> String {
    let digits = value.trim_end_matches(|c: char| c.is_ascii_alphabetic() && c != 'x');
    let text = tokens(ty);
    let unsigned = ["c_u", "u8", "u16", "u32", "u64", "usize"]
        .iter()
        .any(|u| text.contains(u));
    if let Some(magnitude) = digits.strip_prefix('-') {
        // `-9223372036854775808` overflows as a C literal: write it as an expression.
        if magnitude == "9223372036854775808" {
            "(-9223372036854775807LL - 1)".into()
        } else {
            format!("(-{magnitude}LL)")
        }
    } else if unsigned {
        format!("{digits}ULL")
    } else {
        format!("{digits}LL")
    }
}
