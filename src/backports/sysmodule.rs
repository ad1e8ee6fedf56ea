//! Backports of `sysmodule.h` (`sys` attributes): each item is compiled only where the target lacks it;
//! from the version that added it, the name is the generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint};
#[allow(unused_imports)]
use core::ptr::{addr_of_mut, null_mut};

#[allow(unused_imports)]
use super::*;
#[allow(unused_imports)]
use crate::*;

/// `PySys_GetOptionalAttrString` (3.15; backport): 1 and a new reference to `sys.<name>`,
/// 0 and NULL if it does not exist, -1 and NULL with an exception.
#[cfg(not(Py_3_15))]
#[inline]
pub unsafe fn PySys_GetOptionalAttrString(
    name: *const c_char,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract; `PySys_GetObject` returns a borrowed reference
    // (or NULL without an exception when missing).
    unsafe {
        let value = PySys_GetObject(name);
        if !value.is_null() {
            *result = Py_NewRef(value);
            return 1;
        }
        *result = null_mut();
        if PyErr_Occurred().is_null() {
            0
        } else {
            -1
        }
    }
}

/// `PySys_GetOptionalAttr` (3.15; backport): with a `str` name (`TypeError` otherwise).
#[cfg(not(Py_3_15))]
#[inline]
pub unsafe fn PySys_GetOptionalAttr(name: *mut PyObject, result: *mut *mut PyObject) -> c_int {
    // SAFETY: the C function's contract.
    unsafe {
        if PyUnicode_Check(name) == 0 {
            *result = null_mut();
            PyErr_SetString(PyExc_TypeError, c"attribute name must be string".as_ptr());
            return -1;
        }
        #[cfg(not(Py_LIMITED_API))]
        {
            let utf8 = PyUnicode_AsUTF8(name);
            if utf8.is_null() {
                *result = null_mut();
                return -1;
            }
            PySys_GetOptionalAttrString(utf8, result)
        }
        // The limited API (before 3.13) has no `PyUnicode_AsUTF8`: encode to bytes.
        #[cfg(Py_LIMITED_API)]
        {
            let bytes = PyUnicode_AsUTF8String(name);
            if bytes.is_null() {
                *result = null_mut();
                return -1;
            }
            let found = PySys_GetOptionalAttrString(PyBytes_AsString(bytes), result);
            Py_DECREF(bytes);
            found
        }
    }
}

/// `PySys_GetAttrString` (3.15; backport): a new reference to `sys.<name>`, or NULL with
/// `RuntimeError("lost sys.<name>")` if it does not exist.
#[cfg(not(Py_3_15))]
#[inline]
pub unsafe fn PySys_GetAttrString(name: *const c_char) -> *mut PyObject {
    let mut value = null_mut();
    // SAFETY: the C function's contract.
    unsafe {
        if PySys_GetOptionalAttrString(name, &mut value) == 0 {
            PyErr_Format(PyExc_RuntimeError, c"lost sys.%s".as_ptr(), name);
        }
    }
    value
}

/// `PySys_GetAttr` (3.15; backport): with a `str` name.
#[cfg(not(Py_3_15))]
#[inline]
pub unsafe fn PySys_GetAttr(name: *mut PyObject) -> *mut PyObject {
    let mut value = null_mut();
    // SAFETY: the C function's contract.
    unsafe {
        if PySys_GetOptionalAttr(name, &mut value) == 0 {
            PyErr_Format(PyExc_RuntimeError, c"lost sys.%U".as_ptr(), name);
        }
    }
    value
}
