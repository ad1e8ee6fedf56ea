//! String macros as `&CStr` (feature `bindgen`): C uses `PyDateTime_CAPSULE_NAME` and its
//! kind as C strings, so the binding is `&::core::ffi::CStr` (`c"…"`), which a caller
//! passes with `.as_ptr()`, instead of bindgen's NUL-terminated `&[u8; N]`.

use syn::{parse_quote, Expr, Item, Lit};

/// Rewrites every `pub const X: &[u8; N] = b"…\0";` into `pub const X: &CStr = c"…";`.
pub fn to_cstr(file: &mut syn::File) {
    for item in &mut file.items {
        let Item::Const(c) = item else { continue };
        let Expr::Lit(lit) = &*c.expr else { continue };
        let Lit::ByteStr(bytes) = &lit.lit else {
            continue;
        };
        let value = bytes.value();
        let Some(text) = value
            .strip_suffix(&[0])
            .filter(|t| !t.contains(&0))
            .and_then(|t| std::str::from_utf8(t).ok())
        else {
            continue;
        };
        let cstr = syn::LitCStr::new(
            &std::ffi::CString::new(text).expect("no interior NUL"),
            lit.lit.span(),
        );
        c.ty = parse_quote!(&::core::ffi::CStr);
        c.expr = parse_quote!(#cstr);
    }
}
