//! Mirrors `cpython/floatobject.h`: `PyFloat_AS_DOUBLE`.

use crate::{PyFloatObject, PyObject};

/// `PyFloat_AS_DOUBLE`: the value of a `float`, unchecked.
///
/// # Safety
/// `op` is a live `float` (or subclass) object.
#[inline(always)]
pub unsafe fn PyFloat_AS_DOUBLE(op: *mut PyObject) -> f64 {
    // SAFETY: as the caller promises.
    unsafe { (*op.cast::<PyFloatObject>()).ob_fval }
}
