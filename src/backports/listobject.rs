//! Backports of `listobject.h` (the list API): each item is compiled only where the target lacks it;
//! from the version that added it, the name is the generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint};
#[allow(unused_imports)]
use core::ptr::{addr_of_mut, null_mut};

#[allow(unused_imports)]
use super::*;
#[allow(unused_imports)]
use crate::*;

/// `PyList_GetItemRef` (3.13; backport): a new reference to `list[index]`, or NULL with
/// `TypeError` (not a list) or `IndexError` (out of range; no negative indexing).
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyList_GetItemRef(list: *mut PyObject, index: Py_ssize_t) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe {
        if PyList_Check(list) == 0 {
            PyErr_SetString(PyExc_TypeError, c"expected a list".as_ptr());
            return null_mut();
        }
        Py_XNewRef(PyList_GetItem(list, index))
    }
}

/// `PyList_Extend` (3.13; backport): `list.extend(iterable)`; 0, or -1 with an exception.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyList_Extend(list: *mut PyObject, iterable: *mut PyObject) -> c_int {
    // SAFETY: the C function's contract (`list[len:len] = iterable`).
    unsafe { PyList_SetSlice(list, isize::MAX, isize::MAX, iterable) }
}

/// `PyList_Clear` (3.13; backport): `list.clear()`; 0, or -1 with an exception.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyList_Clear(list: *mut PyObject) -> c_int {
    // SAFETY: the C function's contract (`del list[:]`).
    unsafe { PyList_SetSlice(list, 0, isize::MAX, null_mut()) }
}
