//! Mirrors `structseq.h`'s `PyStructSequence_GET_ITEM`/`SET_ITEM`: the tuple macros on
//! 3.9–3.12, aliases of `PyStructSequence_GetItem`/`SetItem` from 3.13.

use crate::{PyObject, Py_ssize_t};

/// `PyStructSequence_GET_ITEM(op, i)`: item `i` (borrowed), unchecked.
///
/// # Safety
/// `op` is a live struct sequence and `i` in range.
#[inline]
pub unsafe fn PyStructSequence_GET_ITEM(op: *mut PyObject, i: Py_ssize_t) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe {
        #[cfg(not(Py_3_13))]
        return crate::PyTuple_GET_ITEM(op, i);
        #[cfg(Py_3_13)]
        return crate::PyStructSequence_GetItem(op, i);
    }
}

/// `PyStructSequence_SET_ITEM(op, i, v)`: sets item `i` of a new struct sequence, stealing
/// the reference to `v`.
///
/// # Safety
/// `op` is a new struct sequence, `i` in range, `v` a new reference.
#[inline]
pub unsafe fn PyStructSequence_SET_ITEM(op: *mut PyObject, i: Py_ssize_t, v: *mut PyObject) {
    // SAFETY: as the caller promises.
    unsafe {
        #[cfg(not(Py_3_13))]
        crate::PyTuple_SET_ITEM(op, i, v);
        #[cfg(Py_3_13)]
        crate::PyStructSequence_SetItem(op, i, v);
    }
}
