//! Mirrors `boolobject.h`: `Py_RETURN_TRUE` and `Py_RETURN_FALSE`.

use crate::{PyObject, Py_False, Py_NewRef, Py_True};

/// `Py_RETURN_TRUE`: a new reference to `True`, for `return Py_RETURN_TRUE();`.
///
/// # Safety
/// The calling thread is attached.
#[inline(always)]
pub unsafe fn Py_RETURN_TRUE() -> *mut PyObject {
    // SAFETY: `True` is live for the interpreter's lifetime.
    unsafe { Py_NewRef(Py_True()) }
}

/// `Py_RETURN_FALSE`: a new reference to `False`, for `return Py_RETURN_FALSE();`.
///
/// # Safety
/// The calling thread is attached.
#[inline(always)]
pub unsafe fn Py_RETURN_FALSE() -> *mut PyObject {
    // SAFETY: `False` is live for the interpreter's lifetime.
    unsafe { Py_NewRef(Py_False()) }
}
