//! The Rust side of the bindings, read with syn (feature `model`): the items of a bindings
//! file or of the hand-written layer, under the cfgs a build would set. The generator
//! writes the build's exactness checks from it; ffi-check judges it against C.

pub mod cfg;
pub mod checks;
pub mod ctype;
pub mod layer;
pub mod probe;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use quote::ToTokens;
use syn::{Attribute, Fields, ForeignItem, ImplItem, Item, ReturnType, Type};

use crate::targets::Origin;
use cfg::Cfgs;

#[derive(Debug, Clone)]
pub struct Field {
    /// The Rust path from the record to the field (`__bindgen_anon_1.ob_refcnt`).
    pub rust_path: String,
    /// The C member name (anonymous members are transparent in C).
    pub c_name: String,
    pub ty: Type,
}

/// One bitfield, reached through its bindgen accessor `set_<name>`.
#[derive(Debug, Clone)]
pub struct Bitfield {
    /// The Rust path of the field holding the accessors, with a trailing dot (`state.`),
    /// empty when the record itself holds them.
    pub holder: String,
    /// The C member path (`state.kind`).
    pub c_path: String,
    pub name: String,
    /// The accessor's value type.
    pub ty: Type,
}

/// A member the checks cannot judge one by one, with the reason.
#[derive(Debug, Clone)]
pub struct Unjudged {
    pub item: String,
    pub reason: String,
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
    pub bitfields: Vec<Bitfield>,
    /// Anonymous members, whose fields are in `fields`: counted, not judged as a whole.
    pub anonymous: Vec<String>,
    /// An incomplete C type (`_unused: [u8; 0]`), or the build removed its layout.
    pub opaque: bool,
}

#[derive(Debug, Clone)]
pub struct Const {
    /// The C name.
    pub name: String,
    /// The Rust path from the probe's root.
    pub rust: String,
    pub ty: Type,
    /// The value as written, when it is a literal (`1`, `-1`, `b"3.14\0"`, `3.14`).
    pub literal: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Function {
    /// The Rust path from the probe's root (`name`, or `lock::exported::lock`).
    pub rust: String,
    /// The C symbol: `#[link_name]`, else the Rust name.
    pub name: String,
    pub args: Vec<Type>,
    /// `None` for `()` and `!` (C `void`).
    pub ret: Option<Type>,
    pub variadic: bool,
    /// Returns `!`: C `_Noreturn`.
    pub noreturn: bool,
}

#[derive(Debug, Clone)]
pub struct Static {
    pub rust: String,
    pub name: String,
    pub ty: Type,
    /// `static mut` (a non-`const` C object).
    pub mutable: bool,
}

#[derive(Debug, Default, Clone)]
pub struct Bindings {
    pub path: PathBuf,
    pub origin: Option<Origin>,
    pub records: Vec<Record>,
    pub consts: Vec<Const>,
    pub functions: Vec<Function>,
    pub statics: Vec<Static>,
    /// `pub type X = …;`
    pub aliases: BTreeMap<String, Type>,
    /// Names of the Rust `fn` items (hand-written functions), for coverage.
    pub rust_fns: BTreeSet<String>,
    /// Items left out by a cfg naming them removed (`libpython_sys_removed = "…"`).
    pub removed: BTreeSet<String>,
}

impl Bindings {
    /// Adds `other`'s items (the hand-written layer after the generated bindings).
    pub fn extend(&mut self, other: Bindings) {
        self.records.extend(other.records);
        self.consts.extend(other.consts);
        self.functions.extend(other.functions);
        self.statics.extend(other.statics);
        for (name, ty) in other.aliases {
            self.aliases.entry(name).or_insert(ty);
        }
        self.rust_fns.extend(other.rust_fns);
        self.removed.extend(other.removed);
    }
}

pub fn tokens(ty: &Type) -> String {
    ty.to_token_stream().to_string()
}

/// Loads a bindings file under `cfgs` (the removed items' cfgs included).
pub fn load(path: &Path, cfgs: &Cfgs<'_>) -> Result<Bindings, String> {
    load_items(path, "", cfgs)
}

/// The attributes of an item, if it is one that cfgs may remove.
fn attrs(item: &Item) -> &[Attribute] {
    match item {
        Item::Struct(s) => &s.attrs,
        Item::Union(u) => &u.attrs,
        Item::Const(c) => &c.attrs,
        Item::Type(t) => &t.attrs,
        Item::ForeignMod(m) => &m.attrs,
        Item::Fn(f) => &f.attrs,
        Item::Impl(i) => &i.attrs,
        Item::Mod(m) => &m.attrs,
        Item::Static(s) => &s.attrs,
        Item::Use(u) => &u.attrs,
        Item::Macro(m) => &m.attrs,
        _ => &[],
    }
}

/// The functions an item-level invocation of one of the layer's generator macros defines
/// (`exact! { PyBool_Check => PyBool_Type, … }`, `checks! { PyDate_Check, PyDate_CheckExact
/// => DateType; … }`): every identifier followed by `=>`, and every one followed by `,`
/// that does not follow `=>` (so not the right-hand sides). A `cfg` inside the invocation
/// is refused: it would make that list wrong for some targets.
fn invocation_defines(tokens: proc_macro2::TokenStream) -> Result<Vec<String>, String> {
    use proc_macro2::TokenTree;
    let toks: Vec<TokenTree> = tokens.into_iter().collect();
    let is_punct =
        |t: Option<&TokenTree>, c: char| matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == c);
    let mut names = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        match t {
            TokenTree::Group(g) if g.stream().to_string().starts_with("cfg") => {
                return Err("a cfg inside a macro invocation is not understood".into());
            }
            TokenTree::Ident(id) => {
                let arrow = is_punct(toks.get(i + 1), '=') && is_punct(toks.get(i + 2), '>');
                let after_arrow =
                    i >= 2 && is_punct(toks.get(i - 2), '=') && is_punct(toks.get(i - 1), '>');
                let comma = is_punct(toks.get(i + 1), ',');
                if arrow || (comma && !after_arrow) {
                    names.push(id.to_string());
                }
            }
            _ => {}
        }
    }
    Ok(names)
}

fn foreign_attrs(item: &ForeignItem) -> &[Attribute] {
    match item {
        ForeignItem::Fn(f) => &f.attrs,
        ForeignItem::Static(s) => &s.attrs,
        _ => &[],
    }
}

/// `#[link_name = "…"]`.
fn link_name(attrs: &[Attribute]) -> Option<String> {
    attrs
        .iter()
        .find(|a| a.path().is_ident("link_name"))
        .and_then(|a| match &a.meta {
            syn::Meta::NameValue(nv) => Some(
                nv.value
                    .to_token_stream()
                    .to_string()
                    .trim_matches('"')
                    .to_string(),
            ),
            _ => None,
        })
}

/// The file of module `name` declared (`mod name;`) in the file `parent`: next to a
/// `mod.rs`, else in the directory named after `parent`; `name.rs` or `name/mod.rs`.
fn submodule_file(parent: &Path, name: &str) -> std::path::PathBuf {
    let dir = match parent.file_name().and_then(|f| f.to_str()) {
        Some("mod.rs") | Some("lib.rs") => parent.parent().unwrap_or(Path::new(".")).to_path_buf(),
        _ => parent.with_extension(""),
    };
    let flat = dir.join(format!("{name}.rs"));
    if flat.is_file() {
        flat
    } else {
        dir.join(name).join("mod.rs")
    }
}

/// Loads the items of one Rust file whose cfgs are enabled; `prefix` is the module path of
/// the file's items in the probe (`refcount::`).
pub fn load_items(path: &Path, prefix: &str, cfgs: &Cfgs<'_>) -> Result<Bindings, String> {
    let source = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let file =
        syn::parse_file(&source).map_err(|e| format!("cannot parse {}: {e}", path.display()))?;
    let mut b = Bindings {
        path: path.to_path_buf(),
        origin: Origin::parse(&source),
        ..Bindings::default()
    };
    let mut raw = Raw::default();
    collect(&file.items, prefix, path, cfgs, &mut b, &mut raw)?;
    for name in &raw.order {
        if name.starts_with("__Bindgen") || name.contains("__bindgen_ty_") {
            continue; // bindgen helpers and anonymous members: checked through their parent
        }
        let (is_union, fields) = &raw.records[name];
        let mut record = Record {
            rust: format!("{}{name}", raw.prefixes[name]),
            name: name.clone(),
            is_union: *is_union,
            fields: Vec::new(),
            bitfields: Vec::new(),
            anonymous: Vec::new(),
            // bindgen's placeholders for incomplete C types, and the opaque variant the
            // generator writes for a record whose layout a build removes
            opaque: fields
                .iter()
                .any(|(n, _, _)| n == "_unused" || n == "_address" || n == "_opaque"),
        };
        flatten(&raw, name, "", "", &mut record);
        b.records.push(record);
    }
    Ok(b)
}

/// Records before flattening: name -> (is a union, fields with their publicity), the
/// bitfield accessors of each record, and the order and module path of definition.
#[derive(Default)]
struct Raw {
    records: BTreeMap<String, (bool, Vec<RawField>)>,
    setters: BTreeMap<String, Vec<(String, Type)>>,
    order: Vec<String>,
    prefixes: BTreeMap<String, String>,
}

/// A field before flattening: its name, type, and whether it is public.
type RawField = (String, Type, bool);

fn named_fields(
    fields: syn::punctuated::Punctuated<syn::Field, syn::token::Comma>,
) -> Vec<RawField> {
    fields
        .into_iter()
        .map(|f| {
            (
                f.ident.map(|i| i.to_string()).unwrap_or_default(),
                f.ty,
                matches!(f.vis, syn::Visibility::Public(_)),
            )
        })
        .collect()
}

fn collect(
    items: &[Item],
    prefix: &str,
    path: &Path,
    cfgs: &Cfgs<'_>,
    b: &mut Bindings,
    raw: &mut Raw,
) -> Result<(), String> {
    for item in items {
        let where_ = || format!("{}", path.display());
        match cfgs.evaluate(attrs(item)) {
            Ok(true) => {}
            Ok(false) => {
                b.removed.extend(cfgs.removed_by(attrs(item)));
                continue;
            }
            Err(e) => return Err(format!("{}: {e}", where_())),
        }
        // Only public items are API (private ones are the layer's own helpers).
        let public = |vis: &syn::Visibility| matches!(vis, syn::Visibility::Public(_));
        match item {
            Item::Struct(s) if !public(&s.vis) => {}
            Item::Union(u) if !public(&u.vis) => {}
            Item::Const(c) if !public(&c.vis) => {}
            Item::Type(t) if !public(&t.vis) => {}
            Item::Fn(f) if !public(&f.vis) => {}
            Item::Struct(s) => {
                let fields = match &s.fields {
                    Fields::Named(named) => named_fields(named.named.clone()),
                    _ => Vec::new(),
                };
                let name = s.ident.to_string();
                raw.order.push(name.clone());
                raw.prefixes.insert(name.clone(), prefix.to_string());
                raw.records.insert(name, (false, fields));
            }
            Item::Union(u) => {
                let name = u.ident.to_string();
                raw.order.push(name.clone());
                raw.prefixes.insert(name.clone(), prefix.to_string());
                raw.records
                    .insert(name, (true, named_fields(u.fields.named.clone())));
            }
            Item::Const(c) => b.consts.push(Const {
                name: c.ident.to_string(),
                rust: format!("{prefix}{}", c.ident),
                ty: (*c.ty).clone(),
                literal: literal(&c.expr),
            }),
            Item::Type(t) => {
                b.aliases.insert(t.ident.to_string(), (*t.ty).clone());
            }
            Item::Fn(f) => {
                b.rust_fns.insert(f.sig.ident.to_string());
            }
            // `#[macro_export] macro_rules! PyModule_AddIntMacro`: a C macro of that name.
            Item::Macro(m) if m.ident.is_some() => {
                let exported = m.attrs.iter().any(|a| a.path().is_ident("macro_export"));
                let name = m.ident.as_ref().map(ToString::to_string);
                b.rust_fns.extend(name.filter(|_| exported));
            }
            // An invocation of one of the layer's generator macros at item level.
            Item::Macro(m) => {
                let defined = invocation_defines(m.mac.tokens.clone())
                    .map_err(|e| format!("{}: {e}", where_()))?;
                b.rust_fns.extend(defined);
            }
            Item::Impl(i) if i.trait_.is_none() => {
                let Type::Path(self_ty) = &*i.self_ty else {
                    continue;
                };
                let Some(owner) = self_ty.path.segments.last().map(|s| s.ident.to_string()) else {
                    continue;
                };
                for member in &i.items {
                    let ImplItem::Fn(f) = member else { continue };
                    let name = f.sig.ident.to_string();
                    // bindgen's bitfield setter: `set_X(&mut self, val: T)`.
                    let Some(field) = name.strip_prefix("set_") else {
                        continue;
                    };
                    if field.ends_with("_raw") || f.sig.inputs.len() != 2 {
                        continue;
                    }
                    if let Some(syn::FnArg::Typed(arg)) = f.sig.inputs.iter().nth(1) {
                        raw.setters
                            .entry(owner.clone())
                            .or_default()
                            .push((field.to_string(), (*arg.ty).clone()));
                    }
                }
            }
            Item::Mod(m) => {
                // An inline module (`mod exported { extern "C" { … } }`) or a module in
                // its own file (`src/backports/mod.rs`'s `mod unicodeobject;`): its items
                // are part of the layer, under its path.
                let inner_prefix = format!("{prefix}{}::", m.ident);
                if let Some((_, inner)) = &m.content {
                    collect(inner, &inner_prefix, path, cfgs, b, raw)?;
                } else {
                    let file = submodule_file(path, &m.ident.to_string());
                    let source = std::fs::read_to_string(&file)
                        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
                    let parsed = syn::parse_file(&source)
                        .map_err(|e| format!("cannot parse {}: {e}", file.display()))?;
                    collect(&parsed.items, &inner_prefix, &file, cfgs, b, raw)?;
                }
            }
            Item::ForeignMod(m) => {
                for fi in &m.items {
                    match cfgs.evaluate(foreign_attrs(fi)) {
                        Ok(true) => {}
                        Ok(false) => {
                            b.removed.extend(cfgs.removed_by(foreign_attrs(fi)));
                            continue;
                        }
                        Err(e) => return Err(format!("{}: {e}", where_())),
                    }
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
                            let ret = match &f.sig.output {
                                ReturnType::Default => None,
                                ReturnType::Type(_, ty) => match &**ty {
                                    Type::Never(_) => None,
                                    Type::Tuple(t) if t.elems.is_empty() => None,
                                    other => Some(other.clone()),
                                },
                            };
                            let rust_name = f.sig.ident.to_string();
                            b.functions.push(Function {
                                rust: format!("{prefix}{rust_name}"),
                                name: link_name(&f.attrs).unwrap_or(rust_name),
                                args,
                                ret,
                                variadic: f.sig.variadic.is_some(),
                                noreturn: matches!(&f.sig.output, ReturnType::Type(_, t) if matches!(**t, Type::Never(_))),
                            });
                        }
                        ForeignItem::Static(s) => {
                            let rust_name = s.ident.to_string();
                            b.statics.push(Static {
                                rust: format!("{prefix}{rust_name}"),
                                name: link_name(&s.attrs).unwrap_or(rust_name),
                                ty: (*s.ty).clone(),
                                mutable: matches!(s.mutability, syn::StaticMutability::Mut(_)),
                            })
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The literal value of a constant's expression (`1`, `-1`, `b"…\0"`, `1.5`), as written.
fn literal(expr: &syn::Expr) -> Option<String> {
    match expr {
        syn::Expr::Lit(l) => Some(l.lit.to_token_stream().to_string()),
        syn::Expr::Unary(u) if matches!(u.op, syn::UnOp::Neg(_)) => {
            literal(&u.expr).map(|v| format!("-{v}"))
        }
        _ => None,
    }
}

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

/// Adds `owner`'s fields to `record`, descending into bindgen's anonymous members;
/// `prefix`/`c_prefix` are the Rust and C paths from the record to `owner`.
fn flatten(raw: &Raw, owner: &str, prefix: &str, c_prefix: &str, record: &mut Record) {
    let Some((_, fields)) = raw.records.get(owner) else {
        return;
    };
    for (name, setter_ty) in bitfield_setters(raw, owner) {
        record.bitfields.push(Bitfield {
            holder: prefix.to_string(),
            c_path: format!("{c_prefix}{}", c_name(name)),
            name: name.clone(),
            ty: setter_ty.clone(),
        });
    }
    for (name, ty, public) in fields {
        // Private fields (the hand-written layer's `PyMutex._bits`, the `PhantomPinned`
        // marker) are covered by the record's size and alignment only.
        if !public && !name.starts_with("_bitfield_") && !name.starts_with("__bindgen_anon_") {
            continue;
        }
        if name.starts_with("_bitfield_") {
            continue; // storage of the bitfields judged through their accessors
        }
        let inner = tokens(ty);
        if name.starts_with("__bindgen_anon_") && raw.records.contains_key(inner.trim()) {
            record
                .anonymous
                .push(format!("{}.{prefix}{name}", record.rust));
            flatten(
                raw,
                inner.trim(),
                &format!("{prefix}{name}."),
                c_prefix,
                record,
            );
            continue;
        }
        if name == "bindgen_union_field"
            || name.starts_with("_bindgen_align")
            || name.starts_with("__bindgen_padding")
        {
            continue; // bindgen's layout artifacts (emulated-union storage, alignment, padding)
        }
        // A named member of an anonymous record type (`PyASCIIObject.state`): judged as
        // a field (its size), and its bitfields through their accessors.
        if inner.contains("__bindgen_ty_") {
            for (bit, setter_ty) in bitfield_setters(raw, inner.trim()) {
                record.bitfields.push(Bitfield {
                    holder: format!("{prefix}{name}."),
                    c_path: format!("{c_prefix}{}.{}", c_name(name), c_name(bit)),
                    name: bit.clone(),
                    ty: setter_ty.clone(),
                });
            }
        }
        record.fields.push(Field {
            rust_path: format!("{prefix}{name}"),
            c_name: format!("{c_prefix}{}", c_name(name)),
            ty: ty.clone(),
        });
    }
}

/// bindgen's bitfield setters of `owner`: only a record with bitfield storage has them.
fn bitfield_setters<'a>(raw: &'a Raw, owner: &str) -> impl Iterator<Item = &'a (String, Type)> {
    let has_storage = raw
        .records
        .get(owner)
        .is_some_and(|(_, fields)| fields.iter().any(|(n, _, _)| n.starts_with("_bitfield_")));
    raw.setters
        .get(owner)
        .into_iter()
        .flatten()
        .filter(move |_| has_storage)
}

/// The stable-ABI manifest's `members` structs (`PyObject`: `ob_refcnt`, `ob_type`), keyed
/// by the name of their record in `b` (`_object`, through the `PyObject` alias): the
/// checks file judges only those members, and ffi-check's probe only those fields.
pub fn members_structs(
    b: &Bindings,
    manifest: &crate::stable_abi::Manifest,
) -> BTreeMap<String, Vec<String>> {
    let record = |name: &str| match b.aliases.get(name) {
        Some(Type::Path(p)) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => Some(name.to_string()),
    };
    manifest
        .entries
        .values()
        .filter(|e| e.struct_abi_kind.as_deref() == Some("members"))
        .filter_map(|e| Some((record(&e.name)?, e.members.clone())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::invocation_defines;

    fn defines(src: &str) -> Result<Vec<String>, String> {
        let m: syn::ItemMacro = syn::parse_str(src).unwrap();
        invocation_defines(m.mac.tokens)
    }

    #[test]
    fn generator_invocations_define_their_left_hand_sides() {
        assert_eq!(
            defines("exact! { PyBool_Check => PyBool_Type, PyLong_CheckExact => PyLong_Type, }"),
            Ok(vec!["PyBool_Check".into(), "PyLong_CheckExact".into()])
        );
        assert_eq!(
            defines("checks! { #[doc = \"d\"] PyDate_Check, PyDate_CheckExact => DateType; PyTime_Check, PyTime_CheckExact => TimeType; }"),
            Ok(vec![
                "PyDate_Check".into(),
                "PyDate_CheckExact".into(),
                "PyTime_Check".into(),
                "PyTime_CheckExact".into()
            ])
        );
        assert!(defines("exact! { #[cfg(Py_3_12)] A => B }").is_err());
    }
}
