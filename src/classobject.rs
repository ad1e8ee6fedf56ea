//! Mirrors `cpython/classobject.h`: the unchecked bound-method accessors.

use crate::{PyInstanceMethodObject, PyMethodObject, PyObject};

/// `PyMethod_GET_FUNCTION`: the function of a bound method (borrowed), unchecked.
///
/// # Safety
/// `meth` is a live bound method.
#[inline(always)]
pub unsafe fn PyMethod_GET_FUNCTION(meth: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { (*meth.cast::<PyMethodObject>()).im_func }
}

/// `PyMethod_GET_SELF`: the `self` of a bound method (borrowed), unchecked.
///
/// # Safety
/// `meth` is a live bound method.
#[inline(always)]
pub unsafe fn PyMethod_GET_SELF(meth: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { (*meth.cast::<PyMethodObject>()).im_self }
}

/// `PyInstanceMethod_GET_FUNCTION`: the wrapped function (borrowed), unchecked.
///
/// # Safety
/// `meth` is a live `instancemethod`.
#[inline(always)]
pub unsafe fn PyInstanceMethod_GET_FUNCTION(meth: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { (*meth.cast::<PyInstanceMethodObject>()).func }
}
