//! Mirrors `cpython/methodobject.h`: the unchecked builtin-function accessors.

use core::ffi::c_int;

use crate::{PyCFunction, PyCFunctionObject, PyObject, PyTypeObject};

/// `PyCFunction_GET_FUNCTION`: the C function, unchecked.
///
/// # Safety
/// `func` is a live builtin function or method.
#[inline(always)]
pub unsafe fn PyCFunction_GET_FUNCTION(func: *mut PyObject) -> PyCFunction {
    // SAFETY: as the caller promises.
    unsafe { (*(*func.cast::<PyCFunctionObject>()).m_ml).ml_meth }
}

/// `PyCFunction_GET_FLAGS`: the `METH_*` flags, unchecked.
///
/// # Safety
/// As for [`PyCFunction_GET_FUNCTION`].
#[inline(always)]
pub unsafe fn PyCFunction_GET_FLAGS(func: *mut PyObject) -> c_int {
    // SAFETY: as the caller promises.
    unsafe { (*(*func.cast::<PyCFunctionObject>()).m_ml).ml_flags }
}

/// `PyCFunction_GET_SELF`: the bound `self` (borrowed), NULL for a `METH_STATIC` function.
///
/// # Safety
/// As for [`PyCFunction_GET_FUNCTION`].
#[inline(always)]
pub unsafe fn PyCFunction_GET_SELF(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe {
        let f = func.cast::<PyCFunctionObject>();
        if (*(*f).m_ml).ml_flags & crate::METH_STATIC != 0 {
            return core::ptr::null_mut();
        }
        (*f).m_self
    }
}

/// `PyCFunction_GET_CLASS`: the defining class of a `METH_METHOD` function (borrowed),
/// else NULL.
///
/// # Safety
/// As for [`PyCFunction_GET_FUNCTION`].
#[inline(always)]
pub unsafe fn PyCFunction_GET_CLASS(func: *mut PyObject) -> *mut PyTypeObject {
    // SAFETY: as the caller promises; a METH_METHOD function is a PyCMethodObject.
    unsafe {
        if (*(*func.cast::<PyCFunctionObject>()).m_ml).ml_flags & crate::METH_METHOD != 0 {
            return (*func.cast::<crate::PyCMethodObject>()).mm_class;
        }
        core::ptr::null_mut()
    }
}
