//! Mirrors `cpython/cellobject.h`: the unchecked cell accessors.

use crate::{PyCellObject, PyObject};

/// `PyCell_GET`: the cell's content (borrowed; may be NULL), unchecked. On free-threaded
/// 3.14+ read inside a critical section on the cell, as the header does (prefer
/// `PyCell_Get`, which returns a strong reference).
///
/// # Safety
/// `op` is a live cell.
#[inline(always)]
pub unsafe fn PyCell_GET(op: *mut PyObject) -> *mut PyObject {
    let cell = op.cast::<PyCellObject>();
    #[cfg(all(Py_GIL_DISABLED, Py_3_14))]
    // SAFETY: as the caller promises.
    return unsafe { crate::with_critical_section(op, || (*cell).ob_ref) };
    #[cfg(not(all(Py_GIL_DISABLED, Py_3_14)))]
    // SAFETY: as the caller promises.
    return unsafe { (*cell).ob_ref };
}

/// `PyCell_SET`: stores `value` in the cell without reference counting, unchecked; in a
/// critical section on free-threaded 3.14+, as the header does.
///
/// # Safety
/// `op` is a live cell; the caller manages the references.
#[inline(always)]
pub unsafe fn PyCell_SET(op: *mut PyObject, value: *mut PyObject) {
    let cell = op.cast::<PyCellObject>();
    #[cfg(all(Py_GIL_DISABLED, Py_3_14))]
    // SAFETY: as the caller promises.
    unsafe {
        crate::with_critical_section(op, || (*cell).ob_ref = value)
    };
    #[cfg(not(all(Py_GIL_DISABLED, Py_3_14)))]
    // SAFETY: as the caller promises.
    unsafe {
        (*cell).ob_ref = value
    };
}
