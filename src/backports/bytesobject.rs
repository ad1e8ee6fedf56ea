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

/// `PyBytes_Join` (3.14; backport over the exported `_PyBytes_Join`): `sep.join(iterable)`.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyBytes_Join(sep: *mut PyObject, iterable: *mut PyObject) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { _PyBytes_Join(sep, iterable) }
}
