//! Mirrors the function-like macro of `longobject.h`: `PyLong_AS_LONG`.

use core::ffi::c_long;

use crate::PyObject;

/// `PyLong_AS_LONG(op)`: `PyLong_AsLong(op)` (-1 with an exception on overflow).
///
/// # Safety
/// `op` is a live object; the thread is attached.
#[inline]
pub unsafe fn PyLong_AS_LONG(op: *mut PyObject) -> c_long {
    // SAFETY: as the caller promises.
    unsafe { crate::PyLong_AsLong(op) }
}
