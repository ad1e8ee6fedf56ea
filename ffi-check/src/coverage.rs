//! Coverage (check 8): the public functions the headers declare, exported or `static
//! inline`, and their public function-like macros (the ones that are not also functions),
//! against what the crate binds (generated bindings plus the hand-written layer).

use std::collections::BTreeSet;
use std::path::Path;

use libpython_sys_build::model::ctype::lex;
use libpython_sys_build::model::Bindings;

#[derive(Debug, Default)]
pub struct Coverage {
    pub exported: usize,
    pub inline: usize,
    pub macros: usize,
    pub missing_exported: Vec<String>,
    pub missing_inline: Vec<String>,
    pub missing_macros: Vec<String>,
    /// Missing and not listed in NOT_PORTED.md.
    pub unexplained: Vec<String>,
    /// Listed in NOT_PORTED.md but bound after all.
    pub stale: Vec<String>,
}

/// Whether a NOT_PORTED.md targets cell (`all`, `3.12+`, `3.9–3.12`, `3.9, 3.10`)
/// covers minor version `minor`.
fn covers(spec: &str, minor: u32) -> bool {
    let minor_of = |v: &str| crate::compat::minor(v.trim());
    spec.split(',').map(str::trim).any(|part| {
        if part == "all" {
            true
        } else if let Some((from, to)) = part.split_once('–') {
            matches!((minor_of(from), minor_of(to)), (Some(a), Some(b)) if (a..=b).contains(&minor))
        } else if part.ends_with('+') {
            minor_of(part).is_some_and(|a| minor >= a)
        } else {
            minor_of(part) == Some(minor)
        }
    })
}

/// The names NOT_PORTED.md lists for minor version `minor` (`| `Name` | targets | why |`).
pub fn not_ported(path: &Path, minor: u32) -> BTreeSet<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| {
            let (name, rest) = l.split_once('`')?;
            let targets = rest.trim_start_matches([' ', '|']).split('|').next()?;
            covers(targets, minor).then(|| name.to_string())
        })
        .collect()
}

/// Public (`Py…`, not `_Py…`) functions declared at file scope: (exported, static inline).
fn declared(preprocessed: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let toks = lex(preprocessed);
    let (mut exported, mut inline) = (BTreeSet::new(), BTreeSet::new());
    let mut start = 0;
    let (mut braces, mut parens) = (0i32, 0i32);
    let mut name: Option<String> = None;
    for (i, t) in toks.iter().enumerate() {
        match t.as_str() {
            "(" => parens += 1,
            ")" => parens -= 1,
            "{" => braces += 1,
            "}" => braces -= 1,
            _ => {}
        }
        if braces == 0 && parens == 1 && t == "(" && name.is_none() && i > 0 {
            let prev = toks[i - 1].as_str();
            if prev
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && !matches!(
                    prev,
                    "__attribute__" | "__attribute" | "__typeof__" | "__asm__" | "__declspec"
                )
            {
                name = Some(prev.to_string());
            }
        }
        let end = braces == 0 && parens == 0 && (t == ";" || (t == "}" && name.is_some()));
        if end {
            let stmt = &toks[start..=i];
            if let Some(n) = name.take() {
                let is_typedef = stmt.first().is_some_and(|t| t == "typedef");
                if !is_typedef && n.starts_with("Py") {
                    let is_static = stmt.iter().any(|t| t == "static");
                    let is_inline = stmt
                        .iter()
                        .any(|t| t == "inline" || t == "__inline" || t == "__inline__");
                    if is_static && is_inline {
                        inline.insert(n);
                    } else if !is_static {
                        exported.insert(n);
                    }
                }
            }
            start = i + 1;
        }
    }
    (exported, inline)
}

/// Every function (exported or inline) and function-like macro the headers declare.
pub fn declared_names(preprocessed: &str, function_like: &BTreeSet<String>) -> BTreeSet<String> {
    let (exported, inline) = declared(preprocessed);
    exported
        .into_iter()
        .chain(inline)
        .chain(function_like.iter().cloned())
        .collect()
}

/// What the crate binds under the build's cfgs: the generated functions, and the
/// hand-written layer's functions (Rust `fn`s and `extern` declarations) and exported
/// macros that the cfgs enable (`b` holds both). `function_like` are the headers'
/// function-like macro names (`-dM`).
pub fn measure(
    preprocessed: &str,
    function_like: &BTreeSet<String>,
    b: &Bindings,
    not_ported: &BTreeSet<String>,
) -> Coverage {
    let (exported, inline) = declared(preprocessed);
    // Public macros (`Py…`, not `_Py…`) that are not also a function's name (C's
    // `#define PyTuple_GET_SIZE(op) PyTuple_GET_SIZE(_PyObject_CAST(op))` wraps one).
    let macros: BTreeSet<String> = function_like
        .iter()
        .filter(|n| n.starts_with("Py") && !exported.contains(*n) && !inline.contains(*n))
        .cloned()
        .collect();
    let mut bound: BTreeSet<String> = b.functions.iter().map(|f| f.name.clone()).collect();
    bound.extend(b.rust_fns.iter().cloned());
    let missing_exported: Vec<String> = exported.difference(&bound).cloned().collect();
    let missing_inline: Vec<String> = inline.difference(&bound).cloned().collect();
    let missing_macros: Vec<String> = macros.difference(&bound).cloned().collect();
    Coverage {
        exported: exported.len(),
        inline: inline.len(),
        macros: macros.len(),
        unexplained: missing_exported
            .iter()
            .chain(&missing_inline)
            .chain(&missing_macros)
            .filter(|n| !not_ported.contains(*n))
            .cloned()
            .collect(),
        stale: not_ported.intersection(&bound).cloned().collect(),
        missing_exported,
        missing_inline,
        missing_macros,
    }
}
