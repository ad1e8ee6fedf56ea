//! Mirrors the function-like macros of `cpython/odictobject.h`: `OrderedDict` is a `dict`
//! subclass, and these are the `PyDict_*` calls on it.

use core::ffi::{c_char, c_int};

use crate::{PyObject, Py_ssize_t};

/// `PyODict_SIZE(op)`: `PyDict_GET_SIZE(op)`, unchecked.
///
/// # Safety
/// `op` is a live `OrderedDict`.
#[inline]
pub unsafe fn PyODict_SIZE(op: *mut PyObject) -> Py_ssize_t {
    // SAFETY: as the caller promises (an `OrderedDict` is a `dict`).
    unsafe { crate::PyDict_GET_SIZE(op) }
}

/// `PyODict_Size(od)`: `PyDict_Size(od)`.
///
/// # Safety
/// `od` is a live object; the thread is attached.
#[inline]
pub unsafe fn PyODict_Size(od: *mut PyObject) -> Py_ssize_t {
    // SAFETY: as the caller promises.
    unsafe { crate::PyDict_Size(od) }
}

/// `PyODict_GetItem(od, key)`: `PyDict_GetItem(od, key)`, a borrowed reference; errors
/// are cleared. Prefer `PyDict_GetItemRef`.
///
/// # Safety
/// `od` and `key` are live; the thread is attached.
#[inline]
pub unsafe fn PyODict_GetItem(od: *mut PyObject, key: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { crate::PyDict_GetItem(od, key) }
}

/// `PyODict_GetItemWithError(od, key)`: `PyDict_GetItemWithError(od, key)` (borrowed).
///
/// # Safety
/// As for [`PyODict_GetItem`].
#[inline]
pub unsafe fn PyODict_GetItemWithError(od: *mut PyObject, key: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { crate::PyDict_GetItemWithError(od, key) }
}

/// `PyODict_GetItemString(od, key)`: `PyDict_GetItemString(od, key)` (borrowed).
///
/// # Safety
/// `od` is live and `key` a C string; the thread is attached.
#[inline]
pub unsafe fn PyODict_GetItemString(od: *mut PyObject, key: *const c_char) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { crate::PyDict_GetItemString(od, key) }
}

/// `PyODict_Contains(od, key)`: `PyDict_Contains(od, key)`; 1, 0, or -1 with an exception.
///
/// # Safety
/// As for [`PyODict_GetItem`].
#[inline]
pub unsafe fn PyODict_Contains(od: *mut PyObject, key: *mut PyObject) -> c_int {
    // SAFETY: as the caller promises.
    unsafe { crate::PyDict_Contains(od, key) }
}
