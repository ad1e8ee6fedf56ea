//! A stable-ABI target's bindings hold the stable ABI of its minimum version, as CPython's
//! manifest records it (feature `bindgen`). The headers' `Py_LIMITED_API` guards are not
//! the whole truth: 3.15 declares the critical-section functions (stable ABI 3.15) for
//! every limited version. So after bindgen, every function and variable whose name the
//! manifest does not list for the minimum version is dropped, and so is every constant or
//! struct the manifest lists as newer (typedefs stay, see `filter`). Constants the manifest does not list (`Py_LT`,
//! `Py_single_input`, …) stay: the limited headers define them, and a constant is compiled
//! into the module, not looked up in libpython.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use quote::ToTokens;
use syn::{Attribute, ForeignItem, Item};

use libpython_sys_build::cfgs::REMOVED;
use libpython_sys_build::dynlib::Library;
use libpython_sys_build::select::{self, RustTarget, Selection as Config};
use libpython_sys_build::stable_abi::Manifest;
use libpython_sys_build::targets::{self, Stable};
use libpython_sys_build::{env_var, exact, Error};

/// The manifest the stable-ABI bindings are generated against: a copy of
/// `Misc/stable_abi.toml` from the CPython release the bindings come from.
pub fn manifest(crate_root: &Path) -> Result<Manifest, Error> {
    Manifest::of_crate(crate_root)
}

/// Drops from `file` what the stable ABI of `stable` does not hold (see the module).
pub fn filter(file: &mut syn::File, manifest: &Manifest, stable: Stable) -> Result<(), Error> {
    let min = stable.min_minor;
    let abi = |name: &str| manifest.in_stable_abi(name, min);
    // A constant or type: kept unless the manifest lists it as newer.
    let not_newer = |name: &str| {
        manifest
            .entries
            .get(name)
            .is_none_or(|e| e.added.is_none_or(|added| added <= min))
    };
    for item in &mut file.items {
        if let Item::ForeignMod(block) = item {
            block.items.retain(|fi| match fi {
                ForeignItem::Fn(f) => abi(&f.sig.ident.to_string()),
                ForeignItem::Static(s) => abi(&s.ident.to_string()),
                _ => true,
            });
        }
    }
    // Typedefs stay: the manifest dates a callback type's name (`PyCFunctionFast`, 3.13)
    // later than the type, which older aliases (`_PyCFunctionFast`) and structs use.
    // A record's anonymous members (`PySlot__bindgen_ty_1`) go with it.
    let record_not_newer =
        |name: &str| not_newer(name.split("__bindgen_ty_").next().unwrap_or(name));
    file.items.retain(|item| match item {
        Item::Const(c) => not_newer(&c.ident.to_string()),
        Item::Struct(s) => record_not_newer(&s.ident.to_string()),
        Item::Union(u) => record_not_newer(&u.ident.to_string()),
        Item::Impl(i) => match &*i.self_ty {
            syn::Type::Path(p) => p
                .path
                .segments
                .last()
                .is_none_or(|s| record_not_newer(&s.ident.to_string())),
            _ => true,
        },
        _ => true,
    });
    Ok(())
}

/// `LIBPYTHON_SYS_STABLE_PYTHONS`: the interpreters (paths, `:`-separated) whose headers
/// a stable-ABI target's bindings must hold for; `scripts/regenerate-bindings` sets it to
/// every matrix interpreter the target loads in (abi3-py39: 3.9 to 3.15; abi3t: 3.15 and
/// 3.15t).
pub const PYTHONS_VAR: &str = "LIBPYTHON_SYS_STABLE_PYTHONS";

/// Keeps in the written bindings `dest` (and its checks) only what the headers of every
/// interpreter of [`PYTHONS_VAR`] declare alike under the same `Py_LIMITED_API`: the
/// newest headers also declare private helpers (`_PyObjectIndexPair`, 3.15) and
/// constants that older releases lack or define differently. A record whose layout
/// differs stays, opaque. Returns the versions intersected with, for the file's header.
pub fn intersect(config: &Config, dest: &Path) -> Result<Vec<String>, Error> {
    let Some(list) = env_var(PYTHONS_VAR) else {
        return Ok(Vec::new());
    };
    let root = PathBuf::from(crate::cargo_env("CARGO_MANIFEST_DIR"));
    let compiler = crate::compiler::for_target()?;
    let rust = RustTarget::of_build_script();
    let mut headers = Vec::new();
    let mut libraries = Vec::new();
    for python in list.split(':').filter(|p| !p.is_empty()) {
        let other = select::select(
            Some(Path::new(python)),
            &compiler,
            &rust,
            &Default::default(),
        )?;
        headers.push((
            other.headers.version.clone(),
            other.headers.include_dir.clone(),
        ));
        let lib = other.interpreter.libpython().ok_or_else(|| {
            Error::new(format!(
                "{python} has no shared libpython, whose exports the stable bindings are checked against; use a --enable-shared build"
            ))
        })?;
        libraries.push((other.headers.version.clone(), Library::open(&lib)?));
    }
    let checks = targets::checks_file(dest);
    let stable_manifest = manifest(&root)?;
    let stable = config.stable.expect("a stable-ABI target");
    for _round in 0..4 {
        let mut removed = BTreeMap::new();
        for (version, include_dir) in &headers {
            let outcome = exact::run(&compiler, &checks, include_dir, &root)?;
            for (name, (_, why)) in outcome.removed {
                if stable_manifest.in_stable_abi(&name, stable.min_minor) {
                    // In the stable ABI whatever an older release's headers say (a
                    // macro, or a prototype spelled with other qualifiers), if every
                    // libpython exports it (below); ffi-check lists it there as not
                    // checkable by the compiler, and asks the dynamic linker.
                    continue;
                }
                removed.entry(name).or_insert((version.clone(), why));
            }
        }
        // Every libpython must export each function and variable, whatever its headers say.
        let text = std::fs::read_to_string(dest)
            .map_err(|e| Error::new(format!("cannot read {}: {e}", dest.display())))?;
        for name in externs(&text)? {
            if let Some((version, _)) = libraries.iter().find(|(_, lib)| !lib.exports(&name)) {
                removed.entry(name).or_insert((
                    version.clone(),
                    exact::Removal::Differs("not exported by its libpython".into()),
                ));
            }
        }
        if removed.is_empty() {
            return Ok(headers.into_iter().map(|(version, _)| version).collect());
        }
        let listed: Vec<String> = removed
            .iter()
            .map(|(name, (version, why))| match why {
                exact::Removal::Differs(msg) => format!("{name} ({version}: {msg})"),
                exact::Removal::Uses(other) => format!("{name} (uses {other})"),
            })
            .collect();
        println!(
            "cargo::warning={}: not what every interpreter declares alike, left out: {}",
            dest.display(),
            listed.join(", ")
        );
        let names: BTreeSet<String> = removed.keys().cloned().collect();
        std::fs::write(dest, drop_removed(&text, &names, &manifest(&root)?)?)
            .map_err(|e| Error::new(format!("cannot write {}: {e}", dest.display())))?;
        crate::checks::write(config, dest)?;
    }
    Err(Error::new(format!(
        "intersecting {} with the headers of {PYTHONS_VAR} does not converge, a generator bug",
        dest.display()
    )))
}

/// The functions and variables a bindings text declares.
fn externs(text: &str) -> Result<Vec<String>, Error> {
    let (_, body) = text.split_once("\n\n").unwrap_or(("", text));
    let file = syn::parse_file(body)
        .map_err(|e| Error::new(format!("cannot parse the generated bindings: {e}")))?;
    let mut names = Vec::new();
    for item in &file.items {
        if let Item::ForeignMod(block) = item {
            for fi in &block.items {
                match fi {
                    ForeignItem::Fn(f) => names.push(f.sig.ident.to_string()),
                    ForeignItem::Static(s) => names.push(s.ident.to_string()),
                    _ => {}
                }
            }
        }
    }
    Ok(names)
}

/// The item a removal attribute names, and whether it keeps the item unless removed
/// (`#[cfg(not(libpython_sys_removed = "X"))]`) or only if removed (an opaque twin).
fn removal(attr: &Attribute) -> Option<(String, bool)> {
    let text = attr.meta.to_token_stream().to_string();
    let start = text.find(REMOVED)?;
    let name = text[start..].split('"').nth(1)?.to_string();
    Some((name, text.contains("not")))
}

/// `item`'s attributes if it carries removal attributes.
fn attrs_of(item: &mut Item) -> Option<&mut Vec<Attribute>> {
    match item {
        Item::Struct(s) => Some(&mut s.attrs),
        Item::Union(u) => Some(&mut u.attrs),
        Item::Impl(i) => Some(&mut i.attrs),
        Item::Const(c) => Some(&mut c.attrs),
        Item::Type(t) => Some(&mut t.attrs),
        _ => None,
    }
}

/// Drops from bindings text the items named in `names`. A dropped record that the
/// manifest lists as a struct of the stable ABI keeps its opaque twin, unconditionally;
/// any other goes entirely. The header comment is kept.
fn drop_removed(
    text: &str,
    names: &BTreeSet<String>,
    manifest: &Manifest,
) -> Result<String, Error> {
    let (header, body) = text.split_once("\n\n").unwrap_or(("", text));
    let mut file = syn::parse_file(body)
        .map_err(|e| Error::new(format!("cannot parse the generated bindings: {e}")))?;
    // The records of the manifest's structs: by name, or through a typedef
    // (`PyObject` = `_object`).
    let mut stable_records: BTreeSet<String> = BTreeSet::new();
    for item in &file.items {
        if let Item::Type(t) = item {
            if manifest
                .entries
                .get(&t.ident.to_string())
                .is_some_and(|e| e.kind == "struct")
            {
                stable_records.insert(t.ty.to_token_stream().to_string());
            }
        }
    }
    stable_records.extend(
        manifest
            .entries
            .values()
            .filter(|e| e.kind == "struct")
            .map(|e| e.name.clone()),
    );
    let drops = |attrs: &[Attribute]| {
        attrs.iter().filter_map(removal).any(|(name, keep_unless)| {
            names.contains(&name) && (keep_unless || !stable_records.contains(&name))
        })
    };
    let settle = |attrs: &mut Vec<Attribute>| {
        attrs.retain(|a| {
            !removal(a).is_some_and(|(name, keep_unless)| !keep_unless && names.contains(&name))
        });
    };
    file.items.retain_mut(|item| {
        if let Item::ForeignMod(block) = item {
            block.items.retain(|fi| match fi {
                ForeignItem::Fn(f) => !drops(&f.attrs),
                ForeignItem::Static(s) => !drops(&s.attrs),
                _ => true,
            });
            return true;
        }
        match attrs_of(item) {
            Some(attrs) if drops(attrs) => false,
            Some(attrs) => {
                settle(attrs);
                true
            }
            None => true,
        }
    });
    Ok(format!("{header}\n\n{}", prettyplease::unparse(&file)))
}
