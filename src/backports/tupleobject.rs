//! Backports of `tupleobject.h` (tuples): each item is compiled only where the target lacks it;
//! from the version that added it, the name is the generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint};
#[allow(unused_imports)]
use core::ptr::{addr_of_mut, null_mut};

#[allow(unused_imports)]
use super::*;
#[allow(unused_imports)]
use crate::*;

/// `PyTuple_FromArray` (3.15; backport): a new tuple of the `size` objects at `array`
/// (each increfed), or NULL with an exception.
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyTuple_FromArray(array: *const *mut PyObject, size: Py_ssize_t) -> *mut PyObject {
    // SAFETY: the C function's contract (`array` holds `size` live objects).
    unsafe {
        let tuple = PyTuple_New(size);
        if tuple.is_null() {
            return null_mut();
        }
        for i in 0..size {
            PyTuple_SET_ITEM(tuple, i, Py_NewRef(*array.offset(i)));
        }
        tuple
    }
}
