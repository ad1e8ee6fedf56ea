//! Backports of `cpython/code.h` (3.11: the code-object accessors). On 3.9 and 3.10 they
//! read the same attributes through the public attribute API (`co_code`, `co_varnames`,
//! `co_cellvars`, `co_freevars`), which return new references, as the native functions do.

#[allow(unused_imports)]
use core::ffi::CStr;

#[allow(unused_imports)]
use crate::*;

/// A new reference to the attribute `name` of `code`, or NULL with an exception.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline(always)]
unsafe fn attribute(code: *mut PyCodeObject, name: &CStr) -> *mut PyObject {
    // SAFETY: `code` is a live code object (the C functions' contract).
    unsafe { PyObject_GetAttrString(code as *mut PyObject, name.as_ptr()) }
}

/// `PyCode_GetCode` (3.11; backport): a new reference to the bytecode (`co_code`, `bytes`).
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyCode_GetCode(code: *mut PyCodeObject) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { attribute(code, c"co_code") }
}

/// `PyCode_GetVarnames` (3.11; backport): a new reference to `co_varnames` (a tuple).
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyCode_GetVarnames(code: *mut PyCodeObject) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { attribute(code, c"co_varnames") }
}

/// `PyCode_GetCellvars` (3.11; backport): a new reference to `co_cellvars` (a tuple).
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyCode_GetCellvars(code: *mut PyCodeObject) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { attribute(code, c"co_cellvars") }
}

/// `PyCode_GetFreevars` (3.11; backport): a new reference to `co_freevars` (a tuple).
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyCode_GetFreevars(code: *mut PyCodeObject) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { attribute(code, c"co_freevars") }
}
