//! Check 6: the hand-written layer. The Rust probe mirrors `src/lib.rs`: the same
//! hand-written modules (by `#[path]`) under the same cfg attributes, compiled by rustc
//! with the target's cfgs. Each hand-written `pub const` whose name C defines (a macro,
//! per the preprocessor's `-dM`) and each struct whose name is a C type is then judged
//! like a generated item, named by its module path (`refcount::_Py_IMMORTAL_REFCNT`).
//! Rust-only helpers of the layer (names C does not know) are not C API and not checked.
//!
//! Adding an item needs nothing here: write it in a module that `lib.rs` declares.
//! Hand-written modules refer to the bindings through `crate::` and to `core`, not to libc.

use std::path::{Path, PathBuf};

use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::{Attribute, Item, Meta, Token};

use crate::model::{self, Bindings};

pub struct Layer {
    /// Probe source: lib.rs's items (its `bindings` module, the hand-written module
    /// declarations with `#[path]`, and the re-exports), without its inner attributes.
    pub root: String,
    /// The hand-written items to check, with module-path Rust names.
    pub items: Bindings,
}

/// Evaluates `#[cfg(...)]` attributes against the target's cfgs (`Py_3_14`,
/// `Py_GIL_DISABLED`, `py_sys_config="Py_DEBUG"`) and its triple.
pub struct Cfgs<'a> {
    pub set: &'a [String],
    pub triple: &'a str,
}

impl Cfgs<'_> {
    pub fn enabled(&self, attrs: &[Attribute]) -> bool {
        attrs.iter().filter(|a| a.path().is_ident("cfg")).all(|a| {
            a.parse_args::<Meta>()
                .map(|m| self.eval(&m))
                .unwrap_or(true)
        })
    }

    fn eval(&self, meta: &Meta) -> bool {
        let windows = self.triple.contains("windows");
        match meta {
            Meta::Path(p) => {
                let name = p.to_token_stream().to_string();
                match name.as_str() {
                    "unix" => !windows,
                    "windows" => windows,
                    _ => self.set.contains(&name),
                }
            }
            Meta::NameValue(nv) => {
                let key = nv.path.to_token_stream().to_string();
                let value = nv
                    .value
                    .to_token_stream()
                    .to_string()
                    .trim_matches('"')
                    .to_string();
                let arch = self.triple.split('-').next().unwrap_or("");
                match key.as_str() {
                    "target_arch" => value == arch,
                    "target_os" => {
                        let os = if self.triple.contains("linux") {
                            "linux"
                        } else if self.triple.contains("darwin") || self.triple.contains("apple") {
                            "macos"
                        } else if windows {
                            "windows"
                        } else {
                            ""
                        };
                        value == os
                    }
                    "target_family" => value == if windows { "windows" } else { "unix" },
                    "target_pointer_width" => {
                        value == if arch.contains("64") { "64" } else { "32" }
                    }
                    "target_endian" => value == "little",
                    _ => self.set.contains(&format!("{key}=\"{value}\"")),
                }
            }
            Meta::List(list) => {
                let inner: Vec<Meta> = list
                    .parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
                    .map(|p| p.into_iter().collect())
                    .unwrap_or_default();
                match list.path.to_token_stream().to_string().as_str() {
                    "all" => inner.iter().all(|m| self.eval(m)),
                    "any" => inner.iter().any(|m| self.eval(m)),
                    "not" => !inner.first().is_some_and(|m| self.eval(m)),
                    _ => true,
                }
            }
        }
    }
}

fn module_file(src: &Path, name: &str) -> PathBuf {
    let flat = src.join(format!("{name}.rs"));
    if flat.is_file() {
        flat
    } else {
        src.join(name).join("mod.rs")
    }
}

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
                if !cfgs.enabled(&m.attrs) {
                    continue;
                }
                let prefix = format!("{}::", m.ident);
                let module = model::load_items(&path, &prefix, &|attrs| cfgs.enabled(attrs))?;
                items.consts.extend(module.consts);
                items.records.extend(module.records);
                items.aliases.extend(module.aliases);
            }
            Item::Use(u) => root.push_str(&format!("{}\n", u.to_token_stream())),
            _ => {}
        }
    }
    Ok(Layer { root, items })
}
