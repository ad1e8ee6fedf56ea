//! Backports of `unicodeobject.h` (`str` comparisons): each item is compiled only where the target lacks it;
//! from the version that added it, the name is the generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint};
#[allow(unused_imports)]
use core::ptr::{addr_of_mut, null_mut};

#[allow(unused_imports)]
use super::*;
#[allow(unused_imports)]
use crate::*;

/// `PyUnicode_EqualToUTF8AndSize` (3.13; backport): 1 if the `str` `unicode` equals the
/// UTF-8 bytes, else 0; never raises (a string that cannot be UTF-8-encoded is unequal).
/// `unicode` must be a `str`: CPython 3.13+ asserts it and a release build reads any other
/// object as one (undefined behaviour); this backport returns 0 for one.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyUnicode_EqualToUTF8AndSize(
    unicode: *mut PyObject,
    string: *const c_char,
    size: Py_ssize_t,
) -> c_int {
    // SAFETY: the C function's contract (`string` holds `size` bytes).
    unsafe {
        if PyUnicode_Check(unicode) == 0 {
            return 0;
        }
        let mut len = 0;
        // Natively this never touches the error state: an exception already set stays,
        // and the encoding error met here (a lone surrogate) is not left behind.
        let pending = PyErr_GetRaisedException();
        // The limited API of 3.9 has no `PyUnicode_AsUTF8AndSize`: encode to bytes.
        #[cfg(all(Py_LIMITED_API, not(Py_3_10)))]
        let bytes = PyUnicode_AsUTF8String(unicode);
        #[cfg(all(Py_LIMITED_API, not(Py_3_10)))]
        let utf8 = {
            let mut data = null_mut();
            if bytes.is_null() || PyBytes_AsStringAndSize(bytes, &mut data, &mut len) < 0 {
                null_mut()
            } else {
                data.cast_const()
            }
        };
        #[cfg(any(not(Py_LIMITED_API), Py_3_10))]
        let utf8 = PyUnicode_AsUTF8AndSize(unicode, &mut len);
        if utf8.is_null() {
            PyErr_Clear();
        }
        PyErr_SetRaisedException(pending);
        let equal = !utf8.is_null()
            && len == size
            && core::slice::from_raw_parts(utf8.cast::<u8>(), len as usize)
                == core::slice::from_raw_parts(string.cast::<u8>(), size as usize);
        #[cfg(all(Py_LIMITED_API, not(Py_3_10)))]
        Py_XDECREF(bytes);
        c_int::from(equal)
    }
}

/// `PyUnicode_EqualToUTF8` (3.13; backport): with a NUL-terminated string.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyUnicode_EqualToUTF8(unicode: *mut PyObject, string: *const c_char) -> c_int {
    // SAFETY: the C function's contract.
    unsafe {
        let size = core::ffi::CStr::from_ptr(string).to_bytes().len() as Py_ssize_t;
        PyUnicode_EqualToUTF8AndSize(unicode, string, size)
    }
}

/// `PyUnicode_Equal` (3.14; backport): 1 if the strings are equal, 0 if not, -1 with
/// `TypeError` if either is not a `str`.
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyUnicode_Equal(a: *mut PyObject, b: *mut PyObject) -> c_int {
    // SAFETY: the C function's contract.
    unsafe {
        if PyUnicode_Check(a) == 0 || PyUnicode_Check(b) == 0 {
            PyErr_SetString(
                PyExc_TypeError,
                c"PyUnicode_Equal() arguments must be str".as_ptr(),
            );
            return -1;
        }
        c_int::from(PyUnicode_Compare(a, b) == 0)
    }
}
