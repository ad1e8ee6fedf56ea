//! Mirrors `cpython/tupleobject.h`: the unchecked tuple accessors.

use crate::{PyObject, PyTupleObject, Py_SIZE, Py_ssize_t};

/// `PyTuple_GET_SIZE`: the tuple's length, unchecked.
///
/// # Safety
/// `op` is a live tuple.
#[inline(always)]
pub unsafe fn PyTuple_GET_SIZE(op: *mut PyObject) -> Py_ssize_t {
    // SAFETY: as the caller promises.
    unsafe { Py_SIZE(op) }
}

/// `PyTuple_GET_ITEM`: item `index` (borrowed), unchecked.
///
/// # Safety
/// `op` is a live tuple and `0 <= index < PyTuple_GET_SIZE(op)`.
#[inline(always)]
pub unsafe fn PyTuple_GET_ITEM(op: *mut PyObject, index: Py_ssize_t) -> *mut PyObject {
    // SAFETY: `ob_item` is the start of the tuple's item array (caller: index in range).
    unsafe {
        *core::ptr::addr_of_mut!((*op.cast::<PyTupleObject>()).ob_item)
            .cast::<*mut PyObject>()
            .offset(index)
    }
}

/// `PyTuple_SET_ITEM`: stores `value` (a stolen reference) at `index` of a brand-new
/// tuple, unchecked; the old item is not released.
///
/// # Safety
/// `op` is a live tuple not yet shared, and `0 <= index < PyTuple_GET_SIZE(op)`.
#[inline(always)]
pub unsafe fn PyTuple_SET_ITEM(op: *mut PyObject, index: Py_ssize_t, value: *mut PyObject) {
    // SAFETY: as in `PyTuple_GET_ITEM`.
    unsafe {
        *core::ptr::addr_of_mut!((*op.cast::<PyTupleObject>()).ob_item)
            .cast::<*mut PyObject>()
            .offset(index) = value
    }
}
