//! The Rust side: the items of one bindings file, read with syn.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use libpython_sys_build::targets::Origin;
use quote::ToTokens;
use syn::{Fields, ForeignItem, Item, ReturnType, Type};

#[derive(Debug, Clone)]
pub struct Field {
    /// The Rust path from the record to the field (`__bindgen_anon_1.ob_refcnt`).
    pub rust_path: String,
    /// The C member name (anonymous members are transparent in C).
    pub c_name: String,
    pub ty: Type,
}

#[derive(Debug, Clone)]
pub struct Record {
    /// The C name.
    pub name: String,
    /// The Rust path from the probe's root (`name`, or `module::name` when hand-written).
    pub rust: String,
    pub is_union: bool,
    /// Named fields, with the members of anonymous structs/unions flattened in.
    pub fields: Vec<Field>,
    /// bindgen bitfield storage units, which C cannot address (counted, not checked).
    pub bitfield_units: usize,
    /// An incomplete C type (`_unused: [u8; 0]`): nothing to measure.
    pub opaque: bool,
}

#[derive(Debug, Clone)]
pub struct Const {
    /// The C name.
    pub name: String,
    /// The Rust path from the probe's root.
    pub rust: String,
    pub ty: Type,
}

#[derive(Debug, Clone)]
pub struct Function {
    pub name: String,
    pub args: Vec<Type>,
    /// `None` for `()` and `!` (C `void`).
    pub ret: Option<Type>,
    pub variadic: bool,
}

#[derive(Debug, Clone)]
pub struct Static {
    pub name: String,
    pub ty: Type,
    /// `static mut` (a non-`const` C object).
    pub mutable: bool,
}

#[derive(Debug, Default)]
pub struct Bindings {
    pub path: PathBuf,
    pub origin: Option<Origin>,
    pub records: Vec<Record>,
    pub consts: Vec<Const>,
    pub functions: Vec<Function>,
    pub statics: Vec<Static>,
    /// `pub type X = …;`
    pub aliases: BTreeMap<String, Type>,
}

pub fn tokens(ty: &Type) -> String {
    ty.to_token_stream().to_string()
}

/// Loads a generated bindings file.
pub fn load(path: &Path) -> Result<Bindings, String> {
    load_items(path, "", &|_| true)
}

fn attrs(item: &Item) -> &[syn::Attribute] {
    match item {
        Item::Struct(s) => &s.attrs,
        Item::Union(u) => &u.attrs,
        Item::Const(c) => &c.attrs,
        Item::Type(t) => &t.attrs,
        Item::ForeignMod(m) => &m.attrs,
        _ => &[],
    }
}

/// Loads the items of one Rust file whose attributes pass `keep` (cfg evaluation for the
/// hand-written layer); `prefix` is the module path of the file's items in the probe.
pub fn load_items(
    path: &Path,
    prefix: &str,
    keep: &dyn Fn(&[syn::Attribute]) -> bool,
) -> Result<Bindings, String> {
    let source = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let file =
        syn::parse_file(&source).map_err(|e| format!("cannot parse {}: {e}", path.display()))?;
    let mut b = Bindings {
        path: path.to_path_buf(),
        origin: Origin::parse(&source),
        ..Bindings::default()
    };
    let mut raw_records: RawRecords = BTreeMap::new();
    let mut order = Vec::new();
    for item in file.items {
        if !keep(attrs(&item)) {
            continue;
        }
        match item {
            Item::Struct(s) => {
                let fields = match s.fields {
                    Fields::Named(named) => named
                        .named
                        .into_iter()
                        .map(|f| {
                            (
                                f.ident.map(|i| i.to_string()).unwrap_or_default(),
                                f.ty,
                                matches!(f.vis, syn::Visibility::Public(_)),
                            )
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                order.push(s.ident.to_string());
                raw_records.insert(s.ident.to_string(), (false, fields));
            }
            Item::Union(u) => {
                let fields = u
                    .fields
                    .named
                    .into_iter()
                    .map(|f| {
                        (
                            f.ident.map(|i| i.to_string()).unwrap_or_default(),
                            f.ty,
                            matches!(f.vis, syn::Visibility::Public(_)),
                        )
                    })
                    .collect();
                order.push(u.ident.to_string());
                raw_records.insert(u.ident.to_string(), (true, fields));
            }
            Item::Const(c) => b.consts.push(Const {
                name: c.ident.to_string(),
                rust: format!("{prefix}{}", c.ident),
                ty: *c.ty,
            }),
            Item::Type(t) => {
                b.aliases.insert(t.ident.to_string(), *t.ty);
            }
            Item::ForeignMod(m) => {
                for fi in m.items {
                    match fi {
                        ForeignItem::Fn(f) => {
                            let args = f
                                .sig
                                .inputs
                                .iter()
                                .filter_map(|a| match a {
                                    syn::FnArg::Typed(t) => Some((*t.ty).clone()),
                                    syn::FnArg::Receiver(_) => None,
                                })
                                .collect();
                            let ret = match f.sig.output {
                                ReturnType::Default => None,
                                ReturnType::Type(_, ty) => match *ty {
                                    Type::Never(_) => None,
                                    Type::Tuple(ref t) if t.elems.is_empty() => None,
                                    other => Some(other),
                                },
                            };
                            b.functions.push(Function {
                                name: f.sig.ident.to_string(),
                                args,
                                ret,
                                variadic: f.sig.variadic.is_some(),
                            });
                        }
                        ForeignItem::Static(s) => b.statics.push(Static {
                            name: s.ident.to_string(),
                            ty: *s.ty,
                            mutable: matches!(s.mutability, syn::StaticMutability::Mut(_)),
                        }),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    for name in order {
        if name.starts_with("__Bindgen") || name.contains("__bindgen_ty_") {
            continue; // bindgen helpers and anonymous members: checked through their parent
        }
        let (is_union, raw) = &raw_records[&name];
        let mut record = Record {
            rust: format!("{prefix}{name}"),
            name: name.clone(),
            is_union: *is_union,
            fields: Vec::new(),
            bitfield_units: 0,
            // bindgen's placeholders for incomplete C types
            opaque: raw
                .iter()
                .any(|(n, _, _)| n == "_unused" || n == "_address" || n == "_private"),
        };
        flatten(&raw_records, raw, "", &mut record);
        b.records.push(record);
    }
    Ok(b)
}

/// Record name -> (is a union, named fields with their publicity), before flattening.
type RawRecords = BTreeMap<String, (bool, Vec<(String, Type, bool)>)>;

/// bindgen appends `_` to C names that are Rust keywords (`type` -> `type_`).
fn c_name(rust: &str) -> String {
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "box", "break", "const", "continue", "crate", "dyn", "else",
        "enum", "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod",
        "move", "mut", "pub", "ref", "return", "self", "static", "struct", "super", "trait",
        "true", "type", "unsafe", "use", "where", "while", "yield", "abstract", "become", "do",
        "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "try", "gen",
    ];
    match rust.strip_suffix('_') {
        Some(base) if KEYWORDS.contains(&base) => base.to_string(),
        _ => rust.to_string(),
    }
}

/// Adds `raw`'s fields to `record`, descending into bindgen's anonymous members.
fn flatten(all: &RawRecords, raw: &[(String, Type, bool)], prefix: &str, record: &mut Record) {
    for (name, ty, public) in raw {
        // Private fields (the hand-written layer's `PyMutex._bits`, the `PhantomPinned`
        // marker) are covered by the record's size and alignment only.
        if !public && !name.starts_with("_bitfield_") && !name.starts_with("__bindgen_anon_") {
            continue;
        }
        if name.starts_with("_bitfield_align") {
            continue;
        }
        if name.starts_with("_bitfield_") {
            record.bitfield_units += 1;
            continue;
        }
        if name.starts_with("__bindgen_anon_") {
            let inner = tokens(ty);
            if let Some((_, fields)) = all.get(inner.trim()) {
                flatten(all, fields, &format!("{prefix}{name}."), record);
                continue;
            }
        }
        if name == "bindgen_union_field"
            || name.starts_with("_bindgen_align")
            || name.starts_with("__bindgen_padding")
        {
            continue; // bindgen's layout artifacts (emulated-union storage, alignment, padding)
        }
        record.fields.push(Field {
            rust_path: format!("{prefix}{name}"),
            c_name: c_name(name),
            ty: ty.clone(),
        });
    }
}
