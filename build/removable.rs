//! Makes every generated item removable by the build (feature `bindgen`): each gets
//! `#[cfg(not(libpython_sys_removed = "<name>"))]`, and each record an opaque twin under
//! `#[cfg(libpython_sys_removed = "<name>")]`, so that a pointer to a record whose layout
//! differs still works while its fields and size are gone. Anonymous members
//! (`_ts__bindgen_ty_1`) and their accessors follow their record.

use std::collections::BTreeSet;

use quote::format_ident;
use syn::{parse_quote, Attribute, ForeignItem, Item, Type};

use libpython_sys_build::cfgs::REMOVED;

/// bindgen's generic helpers (`__BindgenBitfieldUnit`, …), which no C item owns.
fn is_helper(name: &str) -> bool {
    name.starts_with("__Bindgen") || name.starts_with("__Incomplete")
}

/// The item whose removal removes `name`: a record for its anonymous members, else itself.
fn owner(name: &str, records: &BTreeSet<String>) -> String {
    match name.split_once("__bindgen_ty_") {
        Some((parent, _)) if records.contains(parent) => parent.to_string(),
        _ => name.to_string(),
    }
}

fn keep_unless_removed(name: &str) -> Attribute {
    let cfg = format_ident!("{}", REMOVED);
    parse_quote!(#[cfg(not(#cfg = #name))])
}

fn opaque_twin(name: &syn::Ident) -> Item {
    let cfg = format_ident!("{}", REMOVED);
    let text = name.to_string();
    parse_quote! {
        /// Opaque: this interpreter's headers give the C type another layout than the one
        /// these bindings were generated from, so only pointers to it are available.
        #[cfg(#cfg = #text)]
        #[repr(C)]
        pub struct #name {
            _opaque: [u8; 0],
            _marker: ::core::marker::PhantomData<(*mut u8, ::core::marker::PhantomPinned)>,
        }
    }
}

/// The name of an `impl` block's self type.
fn self_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// Whether a record is bindgen's placeholder for an incomplete C type: nothing to remove.
fn is_incomplete(fields: &syn::Fields) -> bool {
    fields.iter().any(|f| {
        f.ident
            .as_ref()
            .is_some_and(|i| i == "_unused" || i == "_address")
    })
}

/// Adds the removal cfgs to bindgen's output.
pub fn mark(file: &mut syn::File) {
    let records: BTreeSet<String> = file
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) => Some(s.ident.to_string()),
            Item::Union(u) => Some(u.ident.to_string()),
            _ => None,
        })
        .collect();
    let mut items = Vec::with_capacity(file.items.len() * 2);
    for mut item in file.items.clone() {
        match &mut item {
            Item::Struct(s) if !is_helper(&s.ident.to_string()) => {
                let name = s.ident.to_string();
                let complete = !is_incomplete(&s.fields) && !name.contains("__bindgen_ty_");
                s.attrs
                    .insert(0, keep_unless_removed(&owner(&name, &records)));
                let ident = s.ident.clone();
                items.push(item);
                if complete {
                    items.push(opaque_twin(&ident));
                }
                continue;
            }
            Item::Union(u) => {
                let name = u.ident.to_string();
                u.attrs
                    .insert(0, keep_unless_removed(&owner(&name, &records)));
                let ident = u.ident.clone();
                items.push(item);
                if !name.contains("__bindgen_ty_") {
                    items.push(opaque_twin(&ident));
                }
                continue;
            }
            Item::Impl(i) => {
                if let Some(name) = self_name(&i.self_ty).filter(|n| !is_helper(n)) {
                    i.attrs
                        .insert(0, keep_unless_removed(&owner(&name, &records)));
                }
            }
            Item::Const(c) => c.attrs.insert(
                0,
                keep_unless_removed(&owner(&c.ident.to_string(), &records)),
            ),
            Item::Type(t) => t.attrs.insert(
                0,
                keep_unless_removed(&owner(&t.ident.to_string(), &records)),
            ),
            Item::ForeignMod(m) => {
                for fi in &mut m.items {
                    match fi {
                        ForeignItem::Fn(f) => f
                            .attrs
                            .insert(0, keep_unless_removed(&f.sig.ident.to_string())),
                        ForeignItem::Static(s) => {
                            s.attrs.insert(0, keep_unless_removed(&s.ident.to_string()))
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
        items.push(item);
    }
    file.items = items;
}
