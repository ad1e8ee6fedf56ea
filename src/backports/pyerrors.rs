//! Backports of `pyerrors.h` (the raised exception): each item is compiled only where the target lacks it;
//! from the version that added it, the name is the generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint};
#[allow(unused_imports)]
use core::ptr::{addr_of_mut, null_mut};

#[allow(unused_imports)]
use super::*;
#[allow(unused_imports)]
use crate::*;

/// `PyErr_GetRaisedException` (3.12; backport): the current exception (a new reference,
/// normalized, with its traceback attached), clearing it; NULL if none is set.
#[cfg(not(Py_3_12))]
#[inline]
pub unsafe fn PyErr_GetRaisedException() -> *mut PyObject {
    let (mut ty, mut value, mut tb) = (null_mut(), null_mut(), null_mut());
    // SAFETY: the GIL is held (the C function's contract); PyErr_Fetch hands over the
    // three references, each released or returned below.
    unsafe {
        PyErr_Fetch(&mut ty, &mut value, &mut tb);
        if ty.is_null() {
            return null_mut();
        }
        PyErr_NormalizeException(&mut ty, &mut value, &mut tb);
        if !tb.is_null() {
            PyException_SetTraceback(value, tb);
        }
        Py_XDECREF(ty);
        Py_XDECREF(tb);
        value
    }
}

/// `PyErr_SetRaisedException` (3.12; backport): sets `exc` (stolen; its type and
/// traceback with it) as the current exception; NULL clears it.
#[cfg(not(Py_3_12))]
#[inline]
pub unsafe fn PyErr_SetRaisedException(exc: *mut PyObject) {
    // SAFETY: the C function's contract; PyErr_Restore steals the three references.
    unsafe {
        if exc.is_null() {
            PyErr_Restore(null_mut(), null_mut(), null_mut());
            return;
        }
        let ty = Py_NewRef(Py_TYPE(exc).cast());
        let tb = PyException_GetTraceback(exc);
        PyErr_Restore(ty, exc, tb);
    }
}
