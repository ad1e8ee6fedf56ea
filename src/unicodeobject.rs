//! Mirrors `cpython/unicodeobject.h`: the unchecked `str` accessors.
//!
//! The `state` bits are read through the generated bitfield accessors, so each target
//! gets its own layout: 3.14+ free-threaded builds moved `interned` to a whole byte and
//! shifted `kind`, `compact` and `ascii` (bits 8–12 instead of 2–6).
//!
//! They are read as the header reads them: the bits needed and nothing else, through raw
//! pointers (the `*_raw` accessors). No Rust reference ever covers `state`: on
//! free-threaded 3.14+ other threads write its `interned` byte with atomics while a string
//! is interned, and a reference to the whole field would race with them
//! (`tests/str_state_races.rs`, under Miri).

use core::ffi::{c_int, c_uint, c_void};

use crate::{
    PyASCIIObject, PyCompactUnicodeObject, PyObject, PyUnicodeObject, Py_UCS1, Py_UCS2, Py_UCS4,
    Py_ssize_t,
};

/// The type of `PyASCIIObject.state`, named differently per version.
#[cfg(not(Py_3_15))]
type State = crate::PyASCIIObject__bindgen_ty_1;
#[cfg(Py_3_15)]
type State = crate::_PyUnicodeObject_state;

/// One bitfield of the `state` of a live `str`, read through a raw pointer:
/// `state!(op, kind_raw)`.
macro_rules! state {
    ($op:expr, $bits:ident) => {
        State::$bits(core::ptr::addr_of!((*$op.cast::<PyASCIIObject>()).state))
    };
}

/// `PyUnicode_GET_LENGTH`: the length in code points.
///
/// # Safety
/// `op` is a live (ready, before 3.12) `str`.
#[inline(always)]
pub unsafe fn PyUnicode_GET_LENGTH(op: *mut PyObject) -> Py_ssize_t {
    // SAFETY: as the caller promises.
    unsafe { (*op.cast::<PyASCIIObject>()).length }
}

/// `PyUnicode_IS_ASCII`: whether every code point is below 128.
///
/// # Safety
/// `op` is a live `str`.
#[inline(always)]
pub unsafe fn PyUnicode_IS_ASCII(op: *mut PyObject) -> c_uint {
    // SAFETY: as the caller promises.
    unsafe { state!(op, ascii_raw) }
}

/// `PyUnicode_IS_COMPACT`: whether the data follows the object in one allocation.
///
/// # Safety
/// `op` is a live `str`.
#[inline(always)]
pub unsafe fn PyUnicode_IS_COMPACT(op: *mut PyObject) -> c_uint {
    // SAFETY: as the caller promises.
    unsafe { state!(op, compact_raw) }
}

/// `PyUnicode_IS_COMPACT_ASCII`: compact and ASCII (the data follows a `PyASCIIObject`).
///
/// # Safety
/// `op` is a live `str`.
#[inline(always)]
pub unsafe fn PyUnicode_IS_COMPACT_ASCII(op: *mut PyObject) -> c_int {
    // SAFETY: as the caller promises.
    unsafe { c_int::from(PyUnicode_IS_ASCII(op) != 0 && PyUnicode_IS_COMPACT(op) != 0) }
}

/// `PyUnicode_KIND`: bytes per code point, `PyUnicode_1BYTE_KIND`, `_2BYTE_` or `_4BYTE_`.
///
/// # Safety
/// `op` is a live (ready, before 3.12) `str`.
#[inline(always)]
pub unsafe fn PyUnicode_KIND(op: *mut PyObject) -> c_uint {
    // SAFETY: as the caller promises.
    unsafe { state!(op, kind_raw) }
}

/// `PyUnicode_DATA`: the code points, in the representation given by `PyUnicode_KIND`.
///
/// # Safety
/// `op` is a live (ready, before 3.12) `str`; the data lives as long as it.
#[inline(always)]
pub unsafe fn PyUnicode_DATA(op: *mut PyObject) -> *mut c_void {
    // SAFETY: as the caller promises; compact strings store the data right after the
    // object (after a PyASCIIObject when ASCII, else after a PyCompactUnicodeObject).
    unsafe {
        if PyUnicode_IS_COMPACT(op) != 0 {
            if PyUnicode_IS_ASCII(op) != 0 {
                op.cast::<PyASCIIObject>().add(1).cast()
            } else {
                op.cast::<PyCompactUnicodeObject>().add(1).cast()
            }
        } else {
            (*op.cast::<PyUnicodeObject>()).data.any
        }
    }
}

/// `PyUnicode_1BYTE_DATA`: the data as `Py_UCS1` (for `PyUnicode_1BYTE_KIND`).
///
/// # Safety
/// As for [`PyUnicode_DATA`].
#[inline(always)]
pub unsafe fn PyUnicode_1BYTE_DATA(op: *mut PyObject) -> *mut Py_UCS1 {
    // SAFETY: as the caller promises.
    unsafe { PyUnicode_DATA(op).cast() }
}

/// `PyUnicode_2BYTE_DATA`: the data as `Py_UCS2` (for `PyUnicode_2BYTE_KIND`).
///
/// # Safety
/// As for [`PyUnicode_DATA`].
#[inline(always)]
pub unsafe fn PyUnicode_2BYTE_DATA(op: *mut PyObject) -> *mut Py_UCS2 {
    // SAFETY: as the caller promises.
    unsafe { PyUnicode_DATA(op).cast() }
}

/// `PyUnicode_4BYTE_DATA`: the data as `Py_UCS4` (for `PyUnicode_4BYTE_KIND`).
///
/// # Safety
/// As for [`PyUnicode_DATA`].
#[inline(always)]
pub unsafe fn PyUnicode_4BYTE_DATA(op: *mut PyObject) -> *mut Py_UCS4 {
    // SAFETY: as the caller promises.
    unsafe { PyUnicode_DATA(op).cast() }
}

/// `PyUnicode_READ`: code point `index` of `data` of the given `kind`.
///
/// # Safety
/// `data` holds more than `index` code points of that kind.
#[inline(always)]
pub unsafe fn PyUnicode_READ(kind: c_uint, data: *const c_void, index: Py_ssize_t) -> Py_UCS4 {
    // SAFETY: as the caller promises.
    unsafe {
        if kind == crate::PyUnicode_1BYTE_KIND {
            Py_UCS4::from(*data.cast::<Py_UCS1>().offset(index))
        } else if kind == crate::PyUnicode_2BYTE_KIND {
            Py_UCS4::from(*data.cast::<Py_UCS2>().offset(index))
        } else {
            *data.cast::<Py_UCS4>().offset(index)
        }
    }
}

/// `PyUnicode_WRITE`: stores code point `value` at `index` of `data` of the given `kind`.
///
/// # Safety
/// `data` is writable, holds more than `index` code points of that kind, and `value`
/// fits the kind; only for strings not yet shared.
#[inline(always)]
pub unsafe fn PyUnicode_WRITE(kind: c_uint, data: *mut c_void, index: Py_ssize_t, value: Py_UCS4) {
    // SAFETY: as the caller promises.
    unsafe {
        if kind == crate::PyUnicode_1BYTE_KIND {
            *data.cast::<Py_UCS1>().offset(index) = value as Py_UCS1;
        } else if kind == crate::PyUnicode_2BYTE_KIND {
            *data.cast::<Py_UCS2>().offset(index) = value as Py_UCS2;
        } else {
            *data.cast::<Py_UCS4>().offset(index) = value;
        }
    }
}

/// `PyUnicode_READ_CHAR`: code point `index` of the string.
///
/// # Safety
/// `op` is a live (ready, before 3.12) `str` and `0 <= index < PyUnicode_GET_LENGTH(op)`.
#[inline(always)]
pub unsafe fn PyUnicode_READ_CHAR(op: *mut PyObject, index: Py_ssize_t) -> Py_UCS4 {
    // SAFETY: as the caller promises.
    unsafe { PyUnicode_READ(PyUnicode_KIND(op), PyUnicode_DATA(op), index) }
}

/// `PyUnicode_MAX_CHAR_VALUE`: an upper bound of the string's code points (0x7f for
/// ASCII, else the maximum of its kind).
///
/// # Safety
/// `op` is a live (ready, before 3.12) `str`.
#[inline(always)]
pub unsafe fn PyUnicode_MAX_CHAR_VALUE(op: *mut PyObject) -> Py_UCS4 {
    // SAFETY: as the caller promises.
    unsafe {
        if PyUnicode_IS_ASCII(op) != 0 {
            return 0x7f;
        }
        match PyUnicode_KIND(op) {
            k if k == crate::PyUnicode_1BYTE_KIND => 0xff,
            k if k == crate::PyUnicode_2BYTE_KIND => 0xffff,
            _ => 0x10ffff,
        }
    }
}

/// `PyUnicode_IS_READY`: whether the canonical representation exists (always, from 3.12).
///
/// # Safety
/// `op` is a live `str`.
#[inline(always)]
pub unsafe fn PyUnicode_IS_READY(op: *mut PyObject) -> c_uint {
    #[cfg(not(Py_3_12))]
    // SAFETY: as the caller promises.
    return unsafe { state!(op, ready_raw) };
    #[cfg(Py_3_12)]
    {
        let _ = op;
        1
    }
}

/// `PyUnicode_READY`: makes a legacy string ready (before 3.12, through
/// `_PyUnicode_Ready`); 0 on success, -1 with an exception set. Always 0 from 3.12.
///
/// # Safety
/// `op` is a live `str`.
#[inline(always)]
pub unsafe fn PyUnicode_READY(op: *mut PyObject) -> c_int {
    #[cfg(not(Py_3_12))]
    // SAFETY: as the caller promises.
    unsafe {
        if PyUnicode_IS_READY(op) != 0 {
            return 0;
        }
        crate::_PyUnicode_Ready(op)
    }
    #[cfg(Py_3_12)]
    {
        let _ = op;
        0
    }
}

/// `PyUnicode_CHECK_INTERNED`: the interning state (`SSTATE_*`); a relaxed atomic load
/// of the `interned` byte on free-threaded 3.14+, as the header's.
///
/// # Safety
/// `op` is a live `str`.
#[inline(always)]
pub unsafe fn PyUnicode_CHECK_INTERNED(op: *mut PyObject) -> c_uint {
    #[cfg(all(Py_GIL_DISABLED, Py_3_14))]
    // SAFETY: as the caller promises; the byte is only written atomically.
    return unsafe {
        let byte =
            core::ptr::addr_of_mut!((*op.cast::<PyASCIIObject>()).state.interned).cast::<u8>();
        c_uint::from(
            core::sync::atomic::AtomicU8::from_ptr(byte)
                .load(core::sync::atomic::Ordering::Relaxed),
        )
    };
    #[cfg(not(all(Py_GIL_DISABLED, Py_3_14)))]
    // SAFETY: as the caller promises.
    return unsafe { state!(op, interned_raw) };
}

/// `Py_UNICODE_IS_SURROGATE`: whether `ch` is in U+D800–U+DFFF.
#[inline(always)]
pub fn Py_UNICODE_IS_SURROGATE(ch: Py_UCS4) -> c_int {
    c_int::from((0xD800..=0xDFFF).contains(&ch))
}

/// `Py_UNICODE_IS_HIGH_SURROGATE`: whether `ch` is in U+D800–U+DBFF.
#[inline(always)]
pub fn Py_UNICODE_IS_HIGH_SURROGATE(ch: Py_UCS4) -> c_int {
    c_int::from((0xD800..=0xDBFF).contains(&ch))
}

/// `Py_UNICODE_IS_LOW_SURROGATE`: whether `ch` is in U+DC00–U+DFFF.
#[inline(always)]
pub fn Py_UNICODE_IS_LOW_SURROGATE(ch: Py_UCS4) -> c_int {
    c_int::from((0xDC00..=0xDFFF).contains(&ch))
}

/// `Py_UNICODE_JOIN_SURROGATES`: the code point of a surrogate pair.
#[inline(always)]
pub fn Py_UNICODE_JOIN_SURROGATES(high: Py_UCS4, low: Py_UCS4) -> Py_UCS4 {
    0x10000 + (((high & 0x03FF) << 10) | (low & 0x03FF))
}

/// `Py_UNICODE_HIGH_SURROGATE`: the high surrogate of a code point above U+FFFF.
#[inline(always)]
pub fn Py_UNICODE_HIGH_SURROGATE(ch: Py_UCS4) -> Py_UCS4 {
    0xD800 - (0x10000 >> 10) + (ch >> 10)
}

/// `Py_UNICODE_LOW_SURROGATE`: the low surrogate of a code point above U+FFFF.
#[inline(always)]
pub fn Py_UNICODE_LOW_SURROGATE(ch: Py_UCS4) -> Py_UCS4 {
    0xDC00 + (ch & 0x03FF)
}

/// `PyUnstable_Unicode_GET_CACHED_HASH` (3.15 inline; the same on every version, as
/// pythoncapi-compat offers it): the string's cached hash, or -1 if not computed yet.
/// Free-threaded builds load it relaxed: another thread may be storing it.
///
/// # Safety
/// `op` is a live `str`.
#[inline(always)]
pub unsafe fn PyUnstable_Unicode_GET_CACHED_HASH(op: *mut PyObject) -> crate::Py_hash_t {
    // SAFETY: a live `str` (caller): the field's address, no reference made.
    let hash = unsafe { core::ptr::addr_of_mut!((*op.cast::<PyASCIIObject>()).hash) };
    #[cfg(Py_GIL_DISABLED)]
    // SAFETY: a live `str` (caller); CPython stores the field atomically on these builds.
    return unsafe { core::sync::atomic::AtomicIsize::from_ptr(hash) }
        .load(core::sync::atomic::Ordering::Relaxed);
    #[cfg(not(Py_GIL_DISABLED))]
    // SAFETY: a live `str` (caller).
    unsafe {
        *hash
    }
}
