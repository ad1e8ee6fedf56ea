//! Mirrors `cpython/memoryobject.h`: the unchecked `memoryview` accessors.

use crate::{PyMemoryViewObject, PyObject, Py_buffer};

/// `PyMemoryView_GET_BUFFER`: the view's buffer, unchecked.
///
/// # Safety
/// `op` is a live `memoryview`; the buffer lives as long as it.
#[inline(always)]
pub unsafe fn PyMemoryView_GET_BUFFER(op: *mut PyObject) -> *mut Py_buffer {
    // SAFETY: as the caller promises.
    unsafe { core::ptr::addr_of_mut!((*op.cast::<PyMemoryViewObject>()).view) }
}

/// `PyMemoryView_GET_BASE`: the exporting object (borrowed; may be NULL), unchecked.
///
/// # Safety
/// `op` is a live `memoryview`.
#[inline(always)]
pub unsafe fn PyMemoryView_GET_BASE(op: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { (*op.cast::<PyMemoryViewObject>()).view.obj }
}
