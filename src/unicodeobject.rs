//! Mirrors `cpython/unicodeobject.h`: the unchecked `str` accessors.
//!
//! The `state` bits are read through the generated bitfield accessors, so each target
//! gets its own layout: 3.14+ free-threaded builds moved `interned` to a whole byte and
//! shifted `kind`, `compact` and `ascii` (bits 8–12 instead of 2–6).

use core::ffi::{c_int, c_uint, c_void};

use crate::{
    PyASCIIObject, PyCompactUnicodeObject, PyObject, PyUnicodeObject, Py_UCS1, Py_UCS2, Py_UCS4,
    Py_ssize_t,
};

/// The `state` bitfield of a live `str` (whose type is named differently per version).
macro_rules! state {
    ($op:expr) => {
        (*$op.cast::<PyASCIIObject>()).state
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
    unsafe { state!(op).ascii() }
}

/// `PyUnicode_IS_COMPACT`: whether the data follows the object in one allocation.
///
/// # Safety
/// `op` is a live `str`.
#[inline(always)]
pub unsafe fn PyUnicode_IS_COMPACT(op: *mut PyObject) -> c_uint {
    // SAFETY: as the caller promises.
    unsafe { state!(op).compact() }
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
    unsafe { state!(op).kind() }
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
