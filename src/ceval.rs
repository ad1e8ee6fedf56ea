//! Mirrors the function-like macro of `ceval.h` before 3.13: `PyEval_CallObject`
//! (deprecated since 3.9, removed in 3.13; `PyObject_CallObject` replaces it).

use crate::PyObject;

/// `PyEval_CallObject(callable, args)` (3.9–3.12, deprecated):
/// `PyEval_CallObjectWithKeywords(callable, args, NULL)`.
///
/// # Safety
/// `callable` is live and `args` a tuple or NULL; the thread is attached.
#[deprecated(note = "deprecated since CPython 3.9: use PyObject_CallObject")]
#[inline]
pub unsafe fn PyEval_CallObject(callable: *mut PyObject, args: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    #[allow(deprecated)]
    unsafe {
        crate::PyEval_CallObjectWithKeywords(callable, args, core::ptr::null_mut())
    }
}
