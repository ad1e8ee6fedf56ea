//! Backports of `modsupport.h` (adding objects to modules): each item is compiled only where the target lacks it;
//! from the version that added it, the name is the generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint};
#[allow(unused_imports)]
use core::ptr::{addr_of_mut, null_mut};

#[allow(unused_imports)]
use super::*;
#[allow(unused_imports)]
use crate::*;

/// `PyModule_AddObjectRef` (3.10; backport): adds `value` (not stolen) as `name`; 0, or -1
/// with an exception (`SystemError` for a NULL value without one).
#[cfg(not(Py_3_10))]
#[inline]
pub unsafe fn PyModule_AddObjectRef(
    module: *mut PyObject,
    name: *const c_char,
    value: *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract; `PyModule_AddObject` steals only on success.
    unsafe {
        if value.is_null() {
            if PyErr_Occurred().is_null() {
                PyErr_SetString(PyExc_SystemError, c"PyModule_AddObjectRef() must be called with an exception raised if value is NULL".as_ptr());
            }
            return -1;
        }
        Py_INCREF(value);
        let added = PyModule_AddObject(module, name, value);
        if added < 0 {
            Py_DECREF(value);
        }
        added
    }
}

/// `PyModule_Add` (3.13; backport): [`PyModule_AddObjectRef`], stealing `value` always.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyModule_Add(
    module: *mut PyObject,
    name: *const c_char,
    value: *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract.
    unsafe {
        let added = PyModule_AddObjectRef(module, name, value);
        Py_XDECREF(value);
        added
    }
}
