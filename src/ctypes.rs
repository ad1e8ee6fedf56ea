//! C library types that CPython's headers use in signatures: `wchar_t` (`<stddef.h>`)
//! and `FILE` (`<stdio.h>`). Defined here rather than taken from libc, so that the
//! crate has no dependencies; ffi-check verifies `wchar_t` against the C compiler.

/// `wchar_t` (`<stddef.h>`): 32-bit, unsigned on ARM Linux, signed elsewhere on Unix;
/// 16-bit unsigned on Windows.
#[cfg(windows)]
pub type wchar_t = u16;
/// `wchar_t` (`<stddef.h>`): 32-bit, unsigned on ARM Linux, signed elsewhere on Unix;
/// 16-bit unsigned on Windows.
#[cfg(all(
    not(windows),
    target_os = "linux",
    any(target_arch = "aarch64", target_arch = "arm")
))]
pub type wchar_t = u32;
/// `wchar_t` (`<stddef.h>`): 32-bit, unsigned on ARM Linux, signed elsewhere on Unix;
/// 16-bit unsigned on Windows.
#[cfg(all(
    not(windows),
    not(all(target_os = "linux", any(target_arch = "aarch64", target_arch = "arm")))
))]
pub type wchar_t = i32;

/// `FILE` (`<stdio.h>`): opaque; only ever behind a pointer. A `*mut libc::FILE` casts to it.
#[repr(C)]
pub struct FILE {
    _opaque: [u8; 0],
}
