//! `#[cfg(…)]` evaluated as rustc would for a target: its triple, and the cfgs the build
//! script sets (`Py_3_14`, `Py_GIL_DISABLED`, `py_sys_config = "Py_DEBUG"`,
//! `libpython_sys_removed = "…"`). A cfg this evaluator does not know is an error, never
//! silently true or false.

use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::{Attribute, Meta, Token};

use crate::cfgs::REMOVED;

/// The cfg names the build script may set (values aside); anything else but the target's
/// own cfgs is unknown.
const BUILD_CFGS: &[&str] = &[
    "Py_GIL_DISABLED",
    "Py_LIMITED_API",
    "py_sys_config",
    REMOVED,
];

pub struct Cfgs<'a> {
    /// `Py_3_9`, `Py_GIL_DISABLED`, `py_sys_config="Py_DEBUG"`, `libpython_sys_removed="X"`.
    pub set: &'a [String],
    pub triple: &'a str,
}

impl Cfgs<'_> {
    /// Whether every `#[cfg]` of `attrs` holds.
    pub fn evaluate(&self, attrs: &[Attribute]) -> Result<bool, String> {
        for attr in attrs.iter().filter(|a| a.path().is_ident("cfg")) {
            let meta = attr
                .parse_args::<Meta>()
                .map_err(|e| format!("unreadable #[cfg]: {e}"))?;
            if !self.eval(&meta)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The items that `libpython_sys_removed = "…"` cfgs of `attrs` name and this build
    /// removes.
    pub fn removed_by(&self, attrs: &[Attribute]) -> Vec<String> {
        let text: String = attrs
            .iter()
            .filter(|a| a.path().is_ident("cfg"))
            .map(|a| a.to_token_stream().to_string())
            .collect();
        self.set
            .iter()
            .filter_map(|c| c.strip_prefix(REMOVED)?.strip_prefix('='))
            .filter(|value| text.contains(value.trim()))
            .map(|value| value.trim().trim_matches('"').to_string())
            .collect()
    }

    fn arch(&self) -> &str {
        self.triple.split('-').next().unwrap_or("")
    }

    fn os(&self) -> &str {
        let t = self.triple;
        if t.contains("linux") {
            "linux"
        } else if t.contains("darwin") || t.contains("apple") {
            "macos"
        } else if t.contains("windows") {
            "windows"
        } else if t.contains("freebsd") {
            "freebsd"
        } else {
            ""
        }
    }

    fn eval(&self, meta: &Meta) -> Result<bool, String> {
        let windows = self.triple.contains("windows");
        match meta {
            Meta::Path(p) => {
                let name = p.to_token_stream().to_string();
                Ok(match name.as_str() {
                    "unix" => !windows,
                    "windows" => windows,
                    "test" | "doc" | "docsrs" | "miri" => false,
                    "debug_assertions" => false,
                    _ if name.starts_with("Py_3_") || BUILD_CFGS.contains(&name.as_str()) => {
                        self.set.contains(&name)
                    }
                    _ => return Err(format!("unknown cfg `{name}`: teach model::cfg about it")),
                })
            }
            Meta::NameValue(nv) => {
                let key = nv.path.to_token_stream().to_string();
                let value = nv
                    .value
                    .to_token_stream()
                    .to_string()
                    .trim_matches('"')
                    .to_string();
                Ok(match key.as_str() {
                    "target_arch" => value == self.arch(),
                    "target_os" => value == self.os(),
                    "target_vendor" => {
                        let apple = self.triple.contains("apple");
                        (value == "apple") == apple && (apple || self.triple.contains(&value))
                    }
                    "target_env" => self.triple.ends_with(&value),
                    "target_family" => value == if windows { "windows" } else { "unix" },
                    "target_pointer_width" => {
                        value
                            == if self.arch().contains("64") {
                                "64"
                            } else {
                                "32"
                            }
                    }
                    "target_endian" => {
                        let big = ["powerpc", "s390x", "sparc", "mips"]
                            .iter()
                            .any(|a| self.arch().starts_with(a))
                            && !self.arch().ends_with("le")
                            && !self.arch().ends_with("el");
                        value == if big { "big" } else { "little" }
                    }
                    _ if BUILD_CFGS.contains(&key.as_str()) => {
                        self.set.contains(&format!("{key}=\"{value}\""))
                    }
                    _ => {
                        return Err(format!(
                            "unknown cfg `{key} = \"{value}\"`: teach model::cfg about it"
                        ))
                    }
                })
            }
            Meta::List(list) => {
                let inner: Vec<Meta> = list
                    .parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
                    .map_err(|e| format!("unreadable cfg: {e}"))?
                    .into_iter()
                    .collect();
                match list.path.to_token_stream().to_string().as_str() {
                    "all" => {
                        for m in &inner {
                            if !self.eval(m)? {
                                return Ok(false);
                            }
                        }
                        Ok(true)
                    }
                    "any" => {
                        for m in &inner {
                            if self.eval(m)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                    "not" => match inner.as_slice() {
                        [m] => Ok(!self.eval(m)?),
                        _ => Err("not(…) takes one cfg".into()),
                    },
                    other => Err(format!("unknown cfg predicate `{other}(…)`")),
                }
            }
        }
    }
}
