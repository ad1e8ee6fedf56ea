//! Mirrors `cpython/funcobject.h`: the unchecked function-object accessors (borrowed
//! references).

use crate::{PyFunctionObject, PyObject};

/// `PyFunction_GET_CODE`: the function's `func_code` (borrowed), unchecked.
///
/// # Safety
/// `func` is a live Python function.
#[inline(always)]
pub unsafe fn PyFunction_GET_CODE(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { (*func.cast::<PyFunctionObject>()).func_code }
}

/// `PyFunction_GET_GLOBALS`: the function's `func_globals` (borrowed), unchecked.
///
/// # Safety
/// `func` is a live Python function.
#[inline(always)]
pub unsafe fn PyFunction_GET_GLOBALS(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { (*func.cast::<PyFunctionObject>()).func_globals }
}

/// `PyFunction_GET_MODULE`: the function's `func_module` (borrowed), unchecked.
///
/// # Safety
/// `func` is a live Python function.
#[inline(always)]
pub unsafe fn PyFunction_GET_MODULE(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { (*func.cast::<PyFunctionObject>()).func_module }
}

/// `PyFunction_GET_DEFAULTS`: the function's `func_defaults` (borrowed), unchecked.
///
/// # Safety
/// `func` is a live Python function.
#[inline(always)]
pub unsafe fn PyFunction_GET_DEFAULTS(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { (*func.cast::<PyFunctionObject>()).func_defaults }
}

/// `PyFunction_GET_KW_DEFAULTS`: the function's `func_kwdefaults` (borrowed), unchecked.
///
/// # Safety
/// `func` is a live Python function.
#[inline(always)]
pub unsafe fn PyFunction_GET_KW_DEFAULTS(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { (*func.cast::<PyFunctionObject>()).func_kwdefaults }
}

/// `PyFunction_GET_CLOSURE`: the function's `func_closure` (borrowed), unchecked.
///
/// # Safety
/// `func` is a live Python function.
#[inline(always)]
pub unsafe fn PyFunction_GET_CLOSURE(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { (*func.cast::<PyFunctionObject>()).func_closure }
}

/// `PyFunction_GET_ANNOTATIONS`: the function's `func_annotations` (borrowed), unchecked.
///
/// # Safety
/// `func` is a live Python function.
#[inline(always)]
pub unsafe fn PyFunction_GET_ANNOTATIONS(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { (*func.cast::<PyFunctionObject>()).func_annotations }
}
