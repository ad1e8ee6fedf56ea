//! Mirrors the function-like macros of `pyerrors.h`: `PyExceptionInstance_Class` and
//! `PyErr_Warn`.

use core::ffi::{c_char, c_int};

use crate::PyObject;

/// `PyExceptionInstance_Class(x)`: the exception's type (borrowed), `Py_TYPE(x)`.
///
/// # Safety
/// `x` is a live object.
#[inline]
pub unsafe fn PyExceptionInstance_Class(x: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { crate::Py_TYPE(x).cast() }
}

/// `PyErr_Warn(category, msg)`: `PyErr_WarnEx(category, msg, 1)`; 0, or -1 with an
/// exception (when warnings are errors).
///
/// # Safety
/// `category` is a warning class (or NULL for `RuntimeWarning`) and `msg` a C string; the
/// thread is attached.
#[inline]
pub unsafe fn PyErr_Warn(category: *mut PyObject, msg: *const c_char) -> c_int {
    // SAFETY: as the caller promises.
    unsafe { crate::PyErr_WarnEx(category, msg, 1) }
}
