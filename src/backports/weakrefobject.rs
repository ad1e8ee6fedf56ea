//! Backports of `weakrefobject.h` (weak references): each item is compiled only where the target lacks it;
//! from the version that added it, the name is the generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint};
#[allow(unused_imports)]
use core::ptr::{addr_of_mut, null_mut};

#[allow(unused_imports)]
use super::*;
#[allow(unused_imports)]
use crate::*;

/// `PyWeakref_GetRef` (3.13; backport): 1 and a new reference to the referent, 0 and NULL
/// if it is dead, -1 and NULL with `TypeError` if `ref` is not a weak reference, or with
/// `SystemError` if it is NULL (a bad internal call), as natively.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyWeakref_GetRef(reference: *mut PyObject, pobj: *mut *mut PyObject) -> c_int {
    // SAFETY: the C function's contract; under the GIL the borrowed referent cannot be
    // freed before it is increfed.
    unsafe {
        *pobj = null_mut();
        if reference.is_null() {
            PyErr_BadInternalCall();
            return -1;
        }
        if PyWeakref_Check(reference) == 0 {
            PyErr_SetString(PyExc_TypeError, c"expected a weakref".as_ptr());
            return -1;
        }
        #[cfg(not(Py_LIMITED_API))]
        {
            let obj = PyWeakref_GetObject(reference);
            if obj.is_null() {
                return -1;
            }
            if Py_IsNone(obj) != 0 {
                return 0;
            }
            *pobj = Py_NewRef(obj);
            1
        }
        // The 3.15 limited headers no longer declare `PyWeakref_GetObject`: calling a
        // reference returns its referent (a new reference) or `None`. A proxy forwards
        // the call to its referent instead, so here proxies are refused.
        #[cfg(Py_LIMITED_API)]
        {
            if PyWeakref_CheckProxy(reference) != 0 {
                PyErr_SetString(
                    PyExc_TypeError,
                    c"PyWeakref_GetRef: a weakref proxy is not supported by this limited-API backport"
                        .as_ptr(),
                );
                return -1;
            }
            let obj = PyObject_CallObject(reference, null_mut());
            if obj.is_null() {
                return -1;
            }
            if Py_IsNone(obj) != 0 {
                Py_DECREF(obj);
                return 0;
            }
            *pobj = obj;
            1
        }
    }
}
