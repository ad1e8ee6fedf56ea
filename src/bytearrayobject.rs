//! Mirrors `cpython/bytearrayobject.h`: the unchecked `bytearray` accessors.

use core::ffi::c_char;

use crate::{PyByteArrayObject, PyObject, Py_ssize_t};

/// `PyByteArray_AS_STRING`: the buffer (an empty string's static buffer when empty,
/// before 3.15), unchecked.
///
/// # Safety
/// `op` is a live `bytearray`; the buffer lives until it is resized.
#[inline(always)]
pub unsafe fn PyByteArray_AS_STRING(op: *mut PyObject) -> *mut c_char {
    // SAFETY: as the caller promises.
    unsafe {
        #[cfg(not(Py_3_15))]
        if crate::Py_SIZE(op) == 0 {
            return core::ptr::addr_of_mut!(crate::_PyByteArray_empty_string).cast();
        }
        (*op.cast::<PyByteArrayObject>()).ob_start
    }
}

/// `PyByteArray_GET_SIZE`: the length, unchecked (a relaxed atomic load on
/// free-threaded builds, as the header's).
///
/// # Safety
/// `op` is a live `bytearray`.
#[inline(always)]
pub unsafe fn PyByteArray_GET_SIZE(op: *mut PyObject) -> Py_ssize_t {
    // SAFETY: as the caller promises (`Py_SIZE` is atomic on free-threaded builds).
    unsafe { crate::Py_SIZE(op) }
}
