//! Rust declarations translated back to C, so the C compiler can judge them, and the C
//! names of types, read from the preprocessed headers.

use std::collections::BTreeSet;

use syn::{GenericArgument, PathArguments, ReturnType, Type};

use crate::model::tokens;

/// The names C knows, read from the preprocessed headers.
#[derive(Debug, Default)]
pub struct CNames {
    /// Whether the target's `char` is signed (what `c_char` is): set by the caller, from
    /// the compiler's `__CHAR_UNSIGNED__`.
    pub char_signed: bool,
    pub typedefs: BTreeSet<String>,
    pub struct_tags: BTreeSet<String>,
    pub union_tags: BTreeSet<String>,
    pub enum_tags: BTreeSet<String>,
}

impl CNames {
    /// Collects `typedef … NAME;`, `struct TAG {` and `union TAG {` from preprocessed C;
    /// `macros`: the names the compiler and headers define (`-dM`).
    pub fn scan(preprocessed: &str, macros: &BTreeSet<String>) -> CNames {
        let mut names = CNames {
            char_signed: !macros.contains("__CHAR_UNSIGNED__"),
            ..CNames::default()
        };
        let toks = lex(preprocessed);
        let mut i = 0;
        while i < toks.len() {
            match toks[i].as_str() {
                "struct" | "union" | "enum"
                    if i + 2 < toks.len() && toks[i + 2] == "{" && is_ident(&toks[i + 1]) =>
                {
                    let set = match toks[i].as_str() {
                        "struct" => &mut names.struct_tags,
                        "union" => &mut names.union_tags,
                        _ => &mut names.enum_tags,
                    };
                    set.insert(toks[i + 1].clone());
                }
                "typedef" => {
                    // The declared name: the last identifier before the `;` at depth 0,
                    // or the first identifier after `(*` for function-pointer typedefs.
                    let (mut depth, mut j, mut last, mut fnptr) = (0i32, i + 1, None, None);
                    while j < toks.len() {
                        let t = toks[j].as_str();
                        match t {
                            "{" | "(" | "[" => depth += 1,
                            "}" | ")" | "]" => depth -= 1,
                            ";" if depth == 0 => break,
                            _ => {}
                        }
                        let top_paren = depth == 1 && toks[j - 1] == "(";
                        if t == "*"
                            && top_paren
                            && fnptr.is_none()
                            && j + 1 < toks.len()
                            && is_ident(&toks[j + 1])
                        {
                            fnptr = Some(toks[j + 1].clone());
                        }
                        if depth == 0 && is_ident(t) {
                            last = Some(t.to_string());
                        }
                        j += 1;
                    }
                    if let Some(name) = fnptr.or(last) {
                        names.typedefs.insert(name);
                    }
                    i = j;
                }
                _ => {}
            }
            i += 1;
        }
        names
    }

    /// The C spelling of a Rust record or alias name.
    pub fn record(&self, name: &str, is_union: bool) -> String {
        if self.typedefs.contains(name) {
            name.to_string()
        } else if is_union {
            format!("union {name}")
        } else {
            format!("struct {name}")
        }
    }

    /// The C spelling of a named Rust type (typedef, or struct/union/enum tag), if C has it.
    pub fn type_name(&self, name: &str) -> Option<String> {
        if self.typedefs.contains(name) {
            Some(name.to_string())
        } else if self.enum_tags.contains(name) {
            Some(format!("enum {name}"))
        } else if self.union_tags.contains(name) {
            Some(format!("union {name}"))
        } else if self.struct_tags.contains(name) {
            Some(format!("struct {name}"))
        } else {
            None
        }
    }

    fn named(&self, name: &str) -> String {
        if self.typedefs.contains(name) {
            name.to_string()
        } else if self.enum_tags.contains(name) {
            format!("enum {name}")
        } else if self.union_tags.contains(name) {
            format!("union {name}")
        } else {
            format!("struct {name}")
        }
    }
}

fn is_ident(t: &str) -> bool {
    t.chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !matches!(
            t,
            "const"
                | "volatile"
                | "struct"
                | "union"
                | "enum"
                | "int"
                | "char"
                | "long"
                | "short"
                | "unsigned"
                | "signed"
                | "void"
                | "double"
                | "float"
                | "_Bool"
                | "restrict"
                | "__restrict"
                | "__attribute__"
                | "__extension__"
                | "__inline"
                | "inline"
                | "static"
                | "extern"
                | "typedef"
                | "_Atomic"
        )
}

/// A crude C tokenizer: identifiers, numbers, and single punctuation characters;
/// string and character literals are skipped; line markers are dropped.
pub fn lex(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in src.lines() {
        if line.starts_with('#') {
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c.is_whitespace() {
                i += 1;
            } else if c == '"' || c == '\'' {
                let quote = c;
                i += 1;
                while i < chars.len() && chars[i] != quote {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i += 1;
                out.push("\"\"".to_string());
            } else if c.is_ascii_alphanumeric() || c == '_' {
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                out.push(chars[start..i].iter().collect());
            } else {
                out.push(c.to_string());
                i += 1;
            }
        }
    }
    out
}

/// The C base type for a Rust primitive or `core::ffi` name.
fn primitive(name: &str) -> Option<&'static str> {
    Some(match name {
        "c_char" => "char",
        "c_schar" => "signed char",
        "c_uchar" => "unsigned char",
        "c_short" => "short",
        "c_ushort" => "unsigned short",
        "c_int" => "int",
        "c_uint" => "unsigned int",
        "c_long" => "long",
        "c_ulong" => "unsigned long",
        "c_longlong" => "long long",
        "c_ulonglong" => "unsigned long long",
        "c_float" | "f32" => "float",
        "c_double" | "f64" => "double",
        "c_void" => "void",
        "i8" => "int8_t",
        "u8" => "uint8_t",
        "i16" => "int16_t",
        "u16" => "uint16_t",
        "i32" => "int32_t",
        "u32" => "uint32_t",
        "i64" => "int64_t",
        "u64" => "uint64_t",
        "usize" => "size_t",
        "isize" => "Py_ssize_t",
        "bool" => "_Bool",
        _ => return None,
    })
}

/// Whether a Rust type is an integer (by its spelling), and whether it is signed.
/// `char_signed`: whether the target's C `char` is signed (what `c_char` is).
pub fn integer_signedness(
    ty: &Type,
    aliases: &std::collections::BTreeMap<String, Type>,
    char_signed: bool,
) -> Option<bool> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?.ident.to_string();
    match last.as_str() {
        "c_schar" | "c_short" | "c_int" | "c_long" | "c_longlong" | "i8" | "i16" | "i32"
        | "i64" | "isize" | "Py_ssize_t" => Some(true),
        "c_uchar" | "c_ushort" | "c_uint" | "c_ulong" | "c_ulonglong" | "u8" | "u16" | "u32"
        | "u64" | "usize" => Some(false),
        "c_char" => Some(char_signed),
        other => aliases
            .get(other)
            .and_then(|t| integer_signedness(t, aliases, char_signed)),
    }
}

/// Whether a Rust type is a pointer (raw or `Option<fn>`), by its spelling.
pub fn is_pointer(ty: &Type, aliases: &std::collections::BTreeMap<String, Type>) -> bool {
    match ty {
        Type::Ptr(_) | Type::FnPtr(_) => true,
        Type::Path(p) => {
            let Some(last) = p.path.segments.last() else {
                return false;
            };
            last.ident == "Option"
                || aliases
                    .get(&last.ident.to_string())
                    .is_some_and(|t| is_pointer(t, aliases))
        }
        _ => false,
    }
}

/// A C declaration of `name` with Rust type `ty` (`name` may be empty for an abstract
/// declarator, as in a parameter list). `konst`: the declared object is `const`.
pub fn decl(ty: &Type, name: &str, konst: bool, names: &CNames) -> Result<String, String> {
    let q = if konst { "const " } else { "" };
    match ty {
        Type::Ptr(p) => {
            let inner = if konst {
                format!("* const {name}")
            } else {
                format!("*{name}")
            };
            decl(
                &p.elem,
                &inner,
                matches!(p.mutability, syn::PointerMutability::Const(_)),
                names,
            )
        }
        Type::Array(a) => {
            let len = quote::ToTokens::to_token_stream(&a.len)
                .to_string()
                .replace("usize", "")
                .replace(' ', "");
            let inner = if name.starts_with('*') {
                format!("({name})[{len}]")
            } else {
                format!("{name}[{len}]")
            };
            decl(&a.elem, &inner, konst, names)
        }
        Type::FnPtr(f) => {
            let args: Vec<String> = f
                .inputs
                .iter()
                .map(|a| decl(&a.ty, "", false, names))
                .collect::<Result<_, _>>()?;
            let mut args = args.join(", ");
            if f.variadic.is_some() {
                args.push_str(", ...");
            }
            if args.is_empty() {
                args = "void".into();
            }
            let inner = format!("(*{}{name})({args})", if konst { " const " } else { "" });
            match &f.output {
                ReturnType::Default => Ok(format!("void {inner}")),
                ReturnType::Type(_, t) if matches!(**t, Type::Never(_)) => {
                    Ok(format!("void {inner}"))
                }
                ReturnType::Type(_, t) => decl(t, &inner, false, names),
            }
        }
        Type::Path(p) => {
            let last = p.path.segments.last().ok_or("empty path")?;
            let ident = last.ident.to_string();
            if ident == "Option" {
                if let PathArguments::AngleBracketed(args) = &last.arguments {
                    if let Some(GenericArgument::Type(inner)) = args.args.first() {
                        return decl(inner, name, konst, names);
                    }
                }
                return Err(format!("unsupported type {}", tokens(ty)));
            }
            let base = match primitive(&ident) {
                Some(c) => c.to_string(),
                None => names.named(&ident),
            };
            Ok(format!("{q}{base} {name}").trim_end().to_string())
        }
        Type::Paren(p) => decl(&p.elem, name, konst, names),
        Type::Tuple(t) if t.elems.is_empty() => Ok(format!("void {name}").trim_end().to_string()),
        _ => Err(format!("unsupported type {}", tokens(ty))),
    }
}
