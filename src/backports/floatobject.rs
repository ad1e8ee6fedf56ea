//! Backports of `cpython/floatobject.h` (3.11: `PyFloat_Pack2/4/8`, `PyFloat_Unpack2/4/8`,
//! IEEE 754 half, single and double precision). 3.9 and 3.10 have them only under private
//! names; the backports compute them in Rust with 3.15's rules: round half to even, zeros
//! and infinities with their sign, and NaNs keep their sign, quiet bit and payload where the
//! narrower format can hold them.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int};

#[allow(unused_imports)]
use crate::*;

/// Writes `bytes` (in little-endian order) to `p`, reversed unless `le`.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline(always)]
unsafe fn put<const N: usize>(bytes: [u8; N], p: *mut c_char, le: c_int) {
    let mut out = bytes;
    if le == 0 {
        out.reverse();
    }
    // SAFETY: `p` is valid for `N` bytes (the C functions' contract).
    unsafe { core::ptr::copy_nonoverlapping(out.as_ptr(), p as *mut u8, N) };
}

/// Reads `N` bytes at `p` into little-endian order, reversing them unless `le`.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline(always)]
unsafe fn get<const N: usize>(p: *const c_char, le: c_int) -> [u8; N] {
    let mut out = [0u8; N];
    // SAFETY: `p` is valid for `N` bytes (the C functions' contract).
    unsafe { core::ptr::copy_nonoverlapping(p as *const u8, out.as_mut_ptr(), N) };
    if le == 0 {
        out.reverse();
    }
    out
}

/// `2**k` exactly, for the normal range of `f64`.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline(always)]
fn pow2(k: i32) -> f64 {
    f64::from_bits(((1023 + k) as u64) << 52)
}

#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[cold]
unsafe fn pack_overflow(format: &core::ffi::CStr) -> c_int {
    // SAFETY: a static message; the caller holds the GIL (the C contract).
    unsafe {
        PyErr_Format(
            PyExc_OverflowError,
            c"float too large to pack with %s format".as_ptr(),
            format.as_ptr(),
        )
    };
    -1
}

/// `PyFloat_Pack2` (3.11; backport): `x` as an IEEE 754 half-precision float in 2 bytes at
/// `p` (little-endian if `le`); 0, or -1 with `OverflowError` if it is too large.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyFloat_Pack2(x: f64, p: *mut c_char, le: c_int) -> c_int {
    let sign = u16::from(x.is_sign_negative());
    let (e, bits): (i32, u16) = if x == 0.0 {
        (0, 0)
    } else if x.is_infinite() {
        (0x1f, 0)
    } else if x.is_nan() {
        // The NaN's quiet bit and the top of its payload; a quiet NaN if nothing is left.
        let bits = ((x.to_bits() & 0xffc0000000000) >> 42) as u16;
        (0x1f, if bits == 0 { 1 << 9 } else { bits })
    } else {
        let ax = x.abs();
        let raw = ((ax.to_bits() >> 52) & 0x7ff) as i32;
        // `frexp`, normalised to [1, 2): `ax == f * 2**e`. A subnormal double is far below
        // the half range and underflows to zero below.
        let (mut f, mut e) = if raw == 0 {
            (0.0, -1023)
        } else {
            (
                f64::from_bits((ax.to_bits() & ((1 << 52) - 1)) | (1023 << 52)),
                raw - 1023,
            )
        };
        if e >= 16 {
            // SAFETY: the C contract (the GIL is held).
            return unsafe { pack_overflow(c"e") };
        } else if e < -25 {
            f = 0.0;
            e = 0;
        } else if e < -14 {
            f *= pow2(14 + e);
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        let mut bits = f as u16;
        let rest = f - f64::from(bits);
        if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
            bits += 1;
            if bits == 1024 {
                bits = 0;
                e += 1;
                if e == 31 {
                    // SAFETY: as above.
                    return unsafe { pack_overflow(c"e") };
                }
            }
        }
        (e, bits)
    };
    let half = bits | ((e as u16) << 10) | (sign << 15);
    // SAFETY: the C contract (2 bytes at `p`).
    unsafe { put(half.to_le_bytes(), p, le) };
    0
}

/// `PyFloat_Pack4` (3.11; backport): `x` as an IEEE 754 single-precision float in 4 bytes;
/// 0, or -1 with `OverflowError` if a finite `x` is too large.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyFloat_Pack4(x: f64, p: *mut c_char, le: c_int) -> c_int {
    let mut y = x as f32;
    if y.is_infinite() && !x.is_infinite() {
        // SAFETY: the C contract (the GIL is held).
        return unsafe { pack_overflow(c"f") };
    }
    if x.is_nan() && x.to_bits() & (1 << 51) == 0 {
        // A signalling NaN stays signalling if it has a payload (the conversion quieted it).
        let mut u = y.to_bits();
        if u & 0x3fffff != 0 {
            u &= !(1 << 22);
        }
        y = f32::from_bits(u);
    }
    // SAFETY: the C contract (4 bytes at `p`).
    unsafe { put(y.to_bits().to_le_bytes(), p, le) };
    0
}

/// `PyFloat_Pack8` (3.11; backport): `x` in 8 bytes; always 0.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyFloat_Pack8(x: f64, p: *mut c_char, le: c_int) -> c_int {
    // SAFETY: the C contract (8 bytes at `p`).
    unsafe { put(x.to_bits().to_le_bytes(), p, le) };
    0
}

/// `PyFloat_Unpack2` (3.11; backport): the half-precision float in 2 bytes at `p`. Never
/// fails.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyFloat_Unpack2(p: *const c_char, le: c_int) -> f64 {
    // SAFETY: the C contract (2 bytes at `p`).
    let half = u16::from_le_bytes(unsafe { get(p, le) });
    let negative = half & 0x8000 != 0;
    let e = i32::from((half >> 10) & 0x1f);
    let f = half & 0x3ff;
    if e == 0x1f {
        if f == 0 {
            return if negative {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            };
        }
        let base: u64 = if negative {
            0xfff0000000000000
        } else {
            0x7ff0000000000000
        };
        return f64::from_bits(base + (u64::from(f) << 42));
    }
    let mut x = f64::from(f) / 1024.0;
    let e = if e == 0 {
        -14
    } else {
        x += 1.0;
        e - 15
    };
    x *= pow2(e);
    if negative {
        -x
    } else {
        x
    }
}

/// `PyFloat_Unpack4` (3.11; backport): the single-precision float in 4 bytes at `p`; a
/// signalling NaN stays signalling. Never fails.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyFloat_Unpack4(p: *const c_char, le: c_int) -> f64 {
    // SAFETY: the C contract (4 bytes at `p`).
    let x = f32::from_bits(u32::from_le_bytes(unsafe { get(p, le) }));
    if x.is_nan() && x.to_bits() & (1 << 22) == 0 {
        return f64::from_bits(f64::from(x).to_bits() & !(1 << 51));
    }
    f64::from(x)
}

/// `PyFloat_Unpack8` (3.11; backport): the double in 8 bytes at `p`. Never fails.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyFloat_Unpack8(p: *const c_char, le: c_int) -> f64 {
    // SAFETY: the C contract (8 bytes at `p`).
    f64::from_bits(u64::from_le_bytes(unsafe { get(p, le) }))
}
