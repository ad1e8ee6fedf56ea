//! The newer C API on older versions, one file per C header: each function is compiled
//! only where the target's libpython lacks it; from the version that added it, the name is
//! the generated binding of the exported function itself (no wrapper). Semantics follow the
//! native function of the newest CPython (return codes, `*result` on every path, exception
//! types); COMPAT.md lists each item's native version, where it is backported from, and
//! any difference. Like the C backports of pythoncapi-compat (`static inline`), every
//! function is `#[inline]`.
#![allow(clippy::missing_safety_doc)]
// every function: the C function's own contract
// A target may have every item of a header natively (its re-export below is then empty),
// and the helpers' imports go unused where nothing uses the helpers.
#![allow(unused_imports)]

use core::ffi::{c_char, c_int, c_long, c_uint};
use core::ptr::{addr_of_mut, null_mut};

use crate::*;

/// The `GetOptional*` functions: stores `got` (a new reference or NULL) in `*result`; 1 if
/// it is not NULL, 0 if the pending exception is a `missing` (cleared), else -1.
#[allow(dead_code)]
#[inline(always)]
unsafe fn optional(
    got: *mut PyObject,
    missing: *mut PyObject,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: `result` is valid for writes (the C functions' contract); an exception is
    // pending when `got` is NULL.
    unsafe {
        *result = got;
        if !got.is_null() {
            return 1;
        }
        if PyErr_ExceptionMatches(missing) == 0 {
            return -1;
        }
        PyErr_Clear();
        0
    }
}

/// `*result = NULL` where the C functions accept a NULL `result`.
#[allow(dead_code)]
#[inline(always)]
unsafe fn set_null(result: *mut *mut PyObject) {
    if !result.is_null() {
        // SAFETY: the caller's pointer, not NULL.
        unsafe { *result = null_mut() };
    }
}

/// The `*String` variants: `f` applied to a `str` made from the UTF-8 C string `s`, then
/// released; -1 (and `*result = NULL`, if `result` is given) if the `str` cannot be made.
#[allow(dead_code)]
#[inline(always)]
unsafe fn with_str(
    s: *const c_char,
    result: *mut *mut PyObject,
    f: impl FnOnce(*mut PyObject) -> c_int,
) -> c_int {
    // SAFETY: `s` is a valid C string (callers); the new `str` is released once.
    unsafe {
        let s = PyUnicode_FromString(s);
        if s.is_null() {
            set_null(result);
            return -1;
        }
        let r = f(s);
        Py_DECREF(s);
        r
    }
}

/// The `Has*WithError` variants: the answer (1/0/-1) of an optional getter, with the value
/// it fetched released.
#[cfg(not(Py_3_13))]
unsafe fn answer(get: impl FnOnce(*mut *mut PyObject) -> c_int) -> c_int {
    let mut value = null_mut();
    let found = get(&mut value);
    // SAFETY: NULL or the new reference the getter stored.
    unsafe { Py_XDECREF(value) };
    found
}

pub(crate) mod abstract_;
pub(crate) mod bytesobject;
pub(crate) mod code;
pub(crate) mod descrobject;
pub(crate) mod dictobject;
pub(crate) mod fileutils;
pub(crate) mod floatobject;
pub(crate) mod import;
pub(crate) mod listobject;
pub(crate) mod longobject;
pub(crate) mod modsupport;
pub(crate) mod object;
pub(crate) mod pyerrors;
pub(crate) mod pyframe;
pub(crate) mod pyhash;
pub(crate) mod pylifecycle;
pub(crate) mod pystate;
pub(crate) mod pytime;
pub(crate) mod sysmodule;
pub(crate) mod tupleobject;
pub(crate) mod unicodeobject;
pub(crate) mod weakrefobject;

pub use abstract_::*;
pub use bytesobject::*;
pub use code::*;
pub use descrobject::*;
pub use dictobject::*;
pub use fileutils::*;
pub use floatobject::*;
pub use import::*;
pub use listobject::*;
pub use longobject::*;
pub use modsupport::*;
pub use object::*;
pub use pyerrors::*;
pub use pyframe::*;
pub use pyhash::*;
pub use pylifecycle::*;
pub use pystate::*;
pub use pytime::*;
pub use sysmodule::*;
pub use tupleobject::*;
pub use unicodeobject::*;
pub use weakrefobject::*;
