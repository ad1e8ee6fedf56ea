//! Backports of `bytesobject.h` (`bytes`): each item is compiled only where the target lacks it;
//! from the version that added it, the name is the generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint};
#[allow(unused_imports)]
use core::ptr::{addr_of_mut, null_mut};

#[allow(unused_imports)]
use super::*;
#[allow(unused_imports)]
use crate::*;

/// `PyBytes_Join` (3.14; backport): `sep.join(iterable)` through the unbound `bytes.join`,
/// the function the native one runs; `TypeError` if `sep` is not `bytes`, `SystemError` if
/// it is NULL.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyBytes_Join(sep: *mut PyObject, iterable: *mut PyObject) -> *mut PyObject {
    // SAFETY: the C function's contract; the method object is released.
    unsafe {
        if sep.is_null() {
            PyErr_BadInternalCall();
            return null_mut();
        }
        if PyBytes_Check(sep) == 0 {
            PyErr_Format(
                PyExc_TypeError,
                c"sep: expected bytes, got %.200s".as_ptr(),
                (*Py_TYPE(sep)).tp_name,
            );
            return null_mut();
        }
        let join = PyObject_GetAttrString(
            addr_of_mut!(PyBytes_Type) as *mut PyObject,
            c"join".as_ptr(),
        );
        if join.is_null() {
            return null_mut();
        }
        let joined = PyObject_CallFunctionObjArgs(join, sep, iterable, null_mut::<PyObject>());
        Py_DECREF(join);
        joined
    }
}
