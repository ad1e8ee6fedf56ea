//! The newer C API on older versions, one file per C header: each function is compiled
//! only where the target's libpython lacks it; from the version that added it, the name is
//! the generated binding of the exported function itself (no wrapper). Semantics follow the
//! native function of the newest CPython (return codes, `*result` on every path, exception
//! types); COMPAT.md lists each item's native version, where it is backported from, and
//! any difference. Like the C backports of pythoncapi-compat (`static inline`), every
//! function is `#[inline]`.
#![allow(clippy::missing_safety_doc)] // every function: the C function's own contract

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint};
#[allow(unused_imports)]
use core::ptr::{addr_of_mut, null_mut};

#[allow(unused_imports)]
use crate::*;

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

#[allow(unused_imports)] // a target may have every item of a header natively
pub use abstract_::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use bytesobject::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use code::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use descrobject::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use dictobject::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use fileutils::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use floatobject::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use import::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use listobject::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use longobject::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use modsupport::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use object::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use pyerrors::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use pyframe::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use pyhash::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use pylifecycle::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use pystate::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use pytime::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use sysmodule::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use tupleobject::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use unicodeobject::*;
#[allow(unused_imports)] // a target may have every item of a header natively
pub use weakrefobject::*;
