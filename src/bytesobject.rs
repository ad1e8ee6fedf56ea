//! Mirrors `cpython/bytesobject.h`: the unchecked bytes accessors.

use core::ffi::c_char;

use crate::{PyBytesObject, PyObject, Py_SIZE, Py_ssize_t};

/// `PyBytes_AS_STRING`: the bytes' NUL-terminated buffer, unchecked.
///
/// # Safety
/// `op` is a live `bytes` object; the buffer lives as long as it.
#[inline(always)]
pub unsafe fn PyBytes_AS_STRING(op: *mut PyObject) -> *mut c_char {
    // SAFETY: as the caller promises.
    unsafe { core::ptr::addr_of_mut!((*op.cast::<PyBytesObject>()).ob_sval).cast() }
}

/// `PyBytes_GET_SIZE`: the length, unchecked.
///
/// # Safety
/// `op` is a live `bytes` object.
#[inline(always)]
pub unsafe fn PyBytes_GET_SIZE(op: *mut PyObject) -> Py_ssize_t {
    // SAFETY: as the caller promises.
    unsafe { Py_SIZE(op) }
}
