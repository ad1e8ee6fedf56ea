//! Backports of `abstract.h` (the mapping and iterator protocols): each item is compiled only where the target lacks it;
//! from the version that added it, the name is the generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint};
#[allow(unused_imports)]
use core::ptr::{addr_of_mut, null_mut};

#[allow(unused_imports)]
use super::*;
#[allow(unused_imports)]
use crate::*;

/// `PyMapping_GetOptionalItem` (3.13; backport): 1 and a new reference, 0 and NULL if the
/// key is missing (`KeyError` silenced), -1 and NULL on other errors.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyMapping_GetOptionalItem(
    obj: *mut PyObject,
    key: *mut PyObject,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract.
    unsafe {
        *result = PyObject_GetItem(obj, key);
        if !(*result).is_null() {
            return 1;
        }
        if PyErr_ExceptionMatches(PyExc_KeyError) == 0 {
            return -1;
        }
        PyErr_Clear();
        0
    }
}

/// `PyMapping_GetOptionalItemString` (3.13; backport): with a UTF-8 key.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyMapping_GetOptionalItemString(
    obj: *mut PyObject,
    key: *const c_char,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract.
    unsafe {
        with_str(key, result, |key| {
            PyMapping_GetOptionalItem(obj, key, result)
        })
    }
}

/// `PyMapping_HasKeyWithError` (3.13; backport): 1/0, or -1 with the exception.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyMapping_HasKeyWithError(obj: *mut PyObject, key: *mut PyObject) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { answer(|value| PyMapping_GetOptionalItem(obj, key, value)) }
}

/// `PyMapping_HasKeyStringWithError` (3.13; backport): with a UTF-8 key.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyMapping_HasKeyStringWithError(obj: *mut PyObject, key: *const c_char) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { answer(|value| PyMapping_GetOptionalItemString(obj, key, value)) }
}

/// `PyIter_NextItem` (3.14; backport): 1 and a new reference in `*item`, 0 and NULL when
/// exhausted, -1 and NULL with an exception (`TypeError` for a non-iterator).
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyIter_NextItem(iter: *mut PyObject, item: *mut *mut PyObject) -> c_int {
    // SAFETY: the C function's contract.
    unsafe {
        if PyIter_Check(iter) == 0 {
            *item = null_mut();
            PyErr_SetString(PyExc_TypeError, c"expected an iterator".as_ptr());
            return -1;
        }
        *item = PyIter_Next(iter);
        if !(*item).is_null() {
            return 1;
        }
        if PyErr_Occurred().is_null() {
            0
        } else {
            -1
        }
    }
}
