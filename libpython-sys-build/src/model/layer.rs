//! The hand-written layer, as `src/lib.rs` declares it: the same modules (by `#[path]`)
//! under the same cfg attributes. The Rust probe's root is lib.rs's own items, so rustc
//! compiles the layer exactly as a build would. Each hand-written `pub const` whose name C
//! defines (a macro), each struct named like a C type, and each `extern` function (by its
//! `#[link_name]`) is then judged like a generated item, named by its module path
//! (`refcount::_Py_IMMORTAL_REFCNT`, `lock::exported::lock`). Rust-only helpers of the layer
//! (names C does not know) are not C API.
//!
//! Adding an item needs nothing here: write it in a module that `lib.rs` declares.
//! Hand-written modules refer to the bindings through `crate::` and to `core`, not to libc.

use std::path::{Path, PathBuf};

use quote::ToTokens;
use syn::{Item, Meta};

use crate::model::cfg::Cfgs;
use crate::model::{self, Bindings};

pub struct Layer {
    /// Probe source: lib.rs's items (its `bindings` module, the hand-written module
    /// declarations with absolute `#[path]`s, and the re-exports), without its inner
    /// attributes.
    pub root: String,
    /// The hand-written items, with module-path Rust names.
    pub items: Bindings,
}

fn module_file(src: &Path, name: &str) -> PathBuf {
    let flat = src.join(format!("{name}.rs"));
    if flat.is_file() {
        flat
    } else {
        src.join(name).join("mod.rs")
    }
}

/// Reads `src/lib.rs` and the hand-written modules it declares, under `cfgs`.
pub fn load(src: &Path, cfgs: &Cfgs<'_>) -> Result<Layer, String> {
    let lib = src.join("lib.rs");
    let text =
        std::fs::read_to_string(&lib).map_err(|e| format!("cannot read {}: {e}", lib.display()))?;
    let file =
        syn::parse_file(&text).map_err(|e| format!("cannot parse {}: {e}", lib.display()))?;
    let mut root = String::new();
    let mut items = Bindings::default();
    for item in file.items {
        match item {
            // lib.rs's inline `mod bindings { … include!(…/bindings.rs) }`, verbatim: the
            // probe sets OUT_DIR so that it includes the file under check.
            Item::Mod(m) if m.content.is_some() => {
                root.push_str(&format!("{}\n", m.to_token_stream()))
            }
            Item::Mod(mut m) => {
                // The module's file, absolute (the probe is compiled elsewhere): its own
                // `#[path]` relative to src/, else `src/<name>.rs` or `src/<name>/mod.rs`.
                let own = m.attrs.iter().position(|a| a.path().is_ident("path"));
                let path = match own.map(|i| m.attrs.remove(i).meta) {
                    Some(Meta::NameValue(nv)) => {
                        src.join(nv.value.to_token_stream().to_string().trim_matches('"'))
                    }
                    _ => module_file(src, &m.ident.to_string()),
                };
                root.push_str(&format!(
                    "#[path = {:?}]\n{}\n",
                    path.display().to_string(),
                    m.to_token_stream()
                ));
                if !cfgs
                    .evaluate(&m.attrs)
                    .map_err(|e| format!("{}: {e}", lib.display()))?
                {
                    continue;
                }
                let prefix = format!("{}::", m.ident);
                items.extend(model::load_items(&path, &prefix, cfgs)?);
            }
            Item::Use(u) => root.push_str(&format!("{}\n", u.to_token_stream())),
            _ => {}
        }
    }
    Ok(Layer { root, items })
}
