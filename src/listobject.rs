//! Mirrors `cpython/listobject.h`: the unchecked list accessors.

use crate::{PyListObject, PyObject, Py_ssize_t};

/// `PyList_GET_SIZE`: the list's length, unchecked; a relaxed atomic load on
/// free-threaded builds, as the header does.
///
/// # Safety
/// `op` is a live list.
#[inline(always)]
pub unsafe fn PyList_GET_SIZE(op: *mut PyObject) -> Py_ssize_t {
    // SAFETY: as the caller promises (`Py_SIZE` is atomic on free-threaded builds).
    unsafe { crate::Py_SIZE(op) }
}

/// `PyList_GET_ITEM`: item `index` (borrowed), unchecked and unlocked: on free-threaded
/// builds only safe if no other thread mutates the list (see `PyList_GetItemRef`).
///
/// # Safety
/// `op` is a live list and `0 <= index < PyList_GET_SIZE(op)`.
#[inline(always)]
pub unsafe fn PyList_GET_ITEM(op: *mut PyObject, index: Py_ssize_t) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { *(*op.cast::<PyListObject>()).ob_item.offset(index) }
}

/// `PyList_SET_ITEM`: stores `value` (a stolen reference) at `index`, unchecked; the
/// old item is not released. Meant for filling a new list.
///
/// # Safety
/// `op` is a live list and `0 <= index < allocated`.
#[inline(always)]
pub unsafe fn PyList_SET_ITEM(op: *mut PyObject, index: Py_ssize_t, value: *mut PyObject) {
    // SAFETY: as the caller promises.
    unsafe { *(*op.cast::<PyListObject>()).ob_item.offset(index) = value }
}
