//! Backports of `longobject.h` (`int` conversions and predicates): each item is compiled
//! only where the target lacks it; from the version that added it, the name is the
//! generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint};
#[allow(unused_imports)]
use core::ptr::{addr_of_mut, null_mut};

#[allow(unused_imports)]
use super::*;
#[allow(unused_imports)]
use crate::*;

/// `PyLong_AsInt` (3.13; backport): the value as a C `int`, or -1 with `OverflowError`
/// (out of range) or another exception.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyLong_AsInt(obj: *mut PyObject) -> c_int {
    let mut overflow = 0;
    // SAFETY: the C function's contract.
    unsafe {
        let value: c_long = with_index(obj, |int| PyLong_AsLongAndOverflow(int, &mut overflow));
        if value == -1 && !PyErr_Occurred().is_null() {
            return -1;
        }
        if overflow != 0 || value > c_long::from(c_int::MAX) || value < c_long::from(c_int::MIN) {
            PyErr_SetString(
                PyExc_OverflowError,
                c"Python int too large to convert to C int".as_ptr(),
            );
            return -1;
        }
        value as c_int
    }
}

/// `convert(int)` with `obj` as an `int`, taking `__index__` only, as the native
/// conversions of 3.10+ do (3.9's `PyLong_As*` would also call `__int__`, so a float
/// would convert): a non-`int` goes through `PyNumber_Index` first, whose `TypeError`
/// `convert` then meets as a NULL argument and -1.
#[cfg(not(Py_3_14))]
#[inline]
unsafe fn with_index<T: From<i8>>(
    obj: *mut PyObject,
    convert: impl FnOnce(*mut PyObject) -> T,
) -> T {
    // SAFETY: a live object, the GIL held (the callers' contract).
    unsafe {
        if PyLong_Check(obj) != 0 {
            return convert(obj);
        }
        let int = PyNumber_Index(obj);
        if int.is_null() {
            return T::from(-1);
        }
        let value = convert(int);
        Py_DECREF(int);
        value
    }
}

/// The sign of the `int` `obj` (-1, 0 or 1), read from its header as CPython's own
/// `_PyLong_Sign` does: the sign bits of `lv_tag` from 3.12, the sign of `ob_size` before.
/// Only the object's layout is read (no private function is called).
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline(always)]
pub(super) unsafe fn long_sign(obj: *mut PyObject) -> c_int {
    #[cfg(Py_3_12)]
    // SAFETY: `obj` is an `int` (callers check): `lv_tag` is the word after its `PyObject`
    // header (`cpython/longintrepr.h`: `_PyLong_SIGN_MASK` 3; 0 positive, 1 zero, 2 negative).
    // An int's tag never changes after creation, so a plain read is race-free.
    unsafe {
        let tag = *(obj.add(1) as *const usize);
        1 - (tag & 3) as c_int
    }
    #[cfg(not(Py_3_12))]
    // SAFETY: `obj` is an `int`: `ob_size` carries the sign (`longintrepr.h`).
    unsafe {
        let size = Py_SIZE(obj);
        c_int::from(size > 0) - c_int::from(size < 0)
    }
}

/// `TypeError("<expect>, got <type>")`, as the 3.14 `int` predicates raise for a non-`int`
/// (CPython formats the type with `%T`, the fully qualified name, from 3.13; before that the
/// type's `tp_name`, which differs only for classes defined in Python modules).
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[cold]
unsafe fn not_an_int(obj: *mut PyObject, expect: &core::ffi::CStr) -> c_int {
    // SAFETY: `obj` is a live object.
    unsafe {
        #[cfg(Py_3_13)]
        PyErr_Format(
            PyExc_TypeError,
            c"%s, got %T".as_ptr(),
            expect.as_ptr(),
            obj,
        );
        #[cfg(not(Py_3_13))]
        PyErr_Format(
            PyExc_TypeError,
            c"%s, got %.200s".as_ptr(),
            expect.as_ptr(),
            (*Py_TYPE(obj)).tp_name,
        );
    }
    -1
}

/// `PyLong_GetSign` (3.14; backport): 0 and the sign (-1, 0, 1) in `*sign`, or -1 with
/// `TypeError` for a non-`int`.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyLong_GetSign(obj: *mut PyObject, sign: *mut c_int) -> c_int {
    // SAFETY: the C function's contract.
    unsafe {
        if PyLong_Check(obj) == 0 {
            return not_an_int(obj, c"expect int");
        }
        *sign = long_sign(obj);
        0
    }
}

/// `PyLong_IsPositive` (3.14; backport): 1 if the `int` is > 0, else 0; -1 with
/// `TypeError` for a non-`int`.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyLong_IsPositive(obj: *mut PyObject) -> c_int {
    // SAFETY: the C function's contract (a live object).
    unsafe {
        if PyLong_Check(obj) == 0 {
            return not_an_int(obj, c"expected int");
        }
        c_int::from(long_sign(obj) > 0)
    }
}

/// `PyLong_IsNegative` (3.14; backport): 1 if the `int` is < 0, else 0; -1 with
/// `TypeError` for a non-`int`.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyLong_IsNegative(obj: *mut PyObject) -> c_int {
    // SAFETY: the C function's contract (a live object).
    unsafe {
        if PyLong_Check(obj) == 0 {
            return not_an_int(obj, c"expected int");
        }
        c_int::from(long_sign(obj) < 0)
    }
}

/// `PyLong_IsZero` (3.14; backport): 1 if the `int` is 0, else 0; -1 with `TypeError`
/// for a non-`int`.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyLong_IsZero(obj: *mut PyObject) -> c_int {
    // SAFETY: the C function's contract (a live object).
    unsafe {
        if PyLong_Check(obj) == 0 {
            return not_an_int(obj, c"expected int");
        }
        c_int::from(long_sign(obj) == 0)
    }
}

/// The range check of the 3.14 fixed-width conversions.
#[cfg(not(Py_3_14))]
unsafe fn fits<T: TryFrom<i128>>(value: i128, out: *mut T, what: &core::ffi::CStr) -> c_int {
    match T::try_from(value) {
        Ok(v) => {
            // SAFETY: `out` is the caller's valid pointer.
            unsafe { *out = v };
            0
        }
        Err(_) => {
            // SAFETY: the GIL is held (the C functions' contract).
            unsafe { PyErr_SetString(PyExc_OverflowError, what.as_ptr()) };
            -1
        }
    }
}

/// The signed conversions of 3.14: 0 and the value, or -1 with `OverflowError` or
/// another exception.
#[cfg(not(Py_3_14))]
unsafe fn as_signed<T: TryFrom<i128>>(
    obj: *mut PyObject,
    out: *mut T,
    what: &core::ffi::CStr,
) -> c_int {
    // SAFETY: the C functions' contract (a live object, the GIL held).
    unsafe {
        let v = with_index(obj, |int| PyLong_AsLongLong(int));
        if v == -1 && !PyErr_Occurred().is_null() {
            return -1;
        }
        fits(i128::from(v), out, what)
    }
}

/// `PyLong_AsInt32` (3.14; backport): 0 and the value, or -1 with `OverflowError` or
/// another exception.
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyLong_AsInt32(obj: *mut PyObject, value: *mut i32) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { as_signed(obj, value, c"Python int too large to convert to C int32_t") }
}

/// `PyLong_AsInt64` (3.14; backport).
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyLong_AsInt64(obj: *mut PyObject, value: *mut i64) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { as_signed(obj, value, c"Python int too large to convert to C int64_t") }
}

/// The unsigned conversions of 3.14: `__index__` is honoured, negative values raise
/// `ValueError`, too large ones `OverflowError`.
#[cfg(not(Py_3_14))]
unsafe fn as_unsigned<T: TryFrom<i128>>(
    obj: *mut PyObject,
    out: *mut T,
    what: &core::ffi::CStr,
) -> c_int {
    // SAFETY: the C functions' contract (a live object, the GIL held).
    unsafe {
        let index = PyNumber_Index(obj);
        if index.is_null() {
            return -1;
        }
        #[cfg(not(Py_LIMITED_API))]
        let negative = long_sign(index) < 0;
        // The limited API has no `_PyLong_Sign`: compare with 0.
        #[cfg(Py_LIMITED_API)]
        let negative = {
            let zero = PyLong_FromLong(0);
            if zero.is_null() {
                Py_DECREF(index);
                return -1;
            }
            let below = PyObject_RichCompareBool(index, zero, Py_LT);
            Py_DECREF(zero);
            if below < 0 {
                Py_DECREF(index);
                return -1;
            }
            below == 1
        };
        if negative {
            Py_DECREF(index);
            PyErr_SetString(PyExc_ValueError, c"Cannot convert negative int".as_ptr());
            return -1;
        }
        let v = PyLong_AsUnsignedLongLong(index);
        Py_DECREF(index);
        if v == u64::MAX && !PyErr_Occurred().is_null() {
            PyErr_SetString(PyExc_OverflowError, what.as_ptr());
            return -1;
        }
        fits(i128::from(v), out, what)
    }
}

/// `PyLong_AsUInt32` (3.14; backport).
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyLong_AsUInt32(obj: *mut PyObject, value: *mut u32) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { as_unsigned(obj, value, c"Python int too large to convert to C uint32_t") }
}

/// `PyLong_AsUInt64` (3.14; backport).
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyLong_AsUInt64(obj: *mut PyObject, value: *mut u64) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { as_unsigned(obj, value, c"Python int too large to convert to C uint64_t") }
}

/// `PyLong_FromInt32` (3.14; backport).
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyLong_FromInt32(value: i32) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { PyLong_FromLong(c_long::from(value)) }
}

/// `PyLong_FromInt64` (3.14; backport).
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyLong_FromInt64(value: i64) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { PyLong_FromLongLong(value) }
}

/// `PyLong_FromUInt32` (3.14; backport).
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyLong_FromUInt32(value: u32) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { PyLong_FromUnsignedLongLong(u64::from(value)) }
}

/// `PyLong_FromUInt64` (3.14; backport).
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyLong_FromUInt64(value: u64) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { PyLong_FromUnsignedLongLong(value) }
}
