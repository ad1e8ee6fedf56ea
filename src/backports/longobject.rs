//! Backports of `longobject.h` (`int` conversions and predicates, and the import/export
//! API that 3.14 declared in `cpython/longintrepr.h`): each item is compiled only where
//! the target lacks it; from the version that added it, the name is the generated binding
//! itself.
//!
//! The export reads the digits of the `int` in place, as natively (from the object's
//! layout: after `ob_size` before 3.12, after `lv_tag` from 3.12). The writer is, as
//! natively, the new `int` itself: allocated as the private `_PyLong_New` allocates one
//! (`PyObject_Malloc`, `PyObject_Init`), its digits written in place, then normalised.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint, c_void};
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
unsafe fn long_sign(obj: *mut PyObject) -> c_int {
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

/// `PyLongLayout` (3.14): how an `int`'s digits are laid out.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[repr(C)]
#[derive(Debug, Copy, Clone)]
pub struct PyLongLayout {
    pub bits_per_digit: u8,
    pub digit_size: u8,
    pub digits_order: i8,
    pub digit_endianness: i8,
}

/// `PyLongExport` (3.14): an exported `int`: `value` if it fits in 64 bits (`digits`
/// NULL), else `ndigits` digits at `digits` in the native layout, kept alive until
/// [`PyLong_FreeExport`].
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[repr(C)]
#[derive(Debug, Copy, Clone)]
pub struct PyLongExport {
    pub value: i64,
    pub negative: u8,
    pub ndigits: Py_ssize_t,
    pub digits: *const c_void,
    pub _reserved: Py_uintptr_t,
}

#[cfg(all(
    not(Py_3_14),
    not(Py_LIMITED_API),
    not(libpython_sys_removed = "PyLong_SHIFT")
))]
static PyLong_LAYOUT: PyLongLayout = PyLongLayout {
    bits_per_digit: PyLong_SHIFT as u8,
    digit_size: core::mem::size_of::<digit>() as u8,
    digits_order: -1,
    digit_endianness: if cfg!(target_endian = "little") {
        -1
    } else {
        1
    },
};

/// `PyLong_GetNativeLayout` (3.14; backport): the layout of this interpreter's digits
/// (30 bits in 32-bit digits, least significant first).
#[cfg(all(
    not(Py_3_14),
    not(Py_LIMITED_API),
    not(libpython_sys_removed = "PyLong_SHIFT")
))]
#[inline]
pub unsafe fn PyLong_GetNativeLayout() -> *const PyLongLayout {
    &PyLong_LAYOUT
}

/// The digits of the `int` `obj` and how many there are.
#[cfg(all(
    not(Py_3_14),
    not(Py_LIMITED_API),
    not(libpython_sys_removed = "PyLong_SHIFT")
))]
#[inline(always)]
unsafe fn long_digits(obj: *mut PyObject) -> (*const digit, Py_ssize_t) {
    #[cfg(Py_3_12)]
    // SAFETY: `obj` is an `int` (callers): `lv_tag` follows the `PyObject` header and the
    // digits follow it (`cpython/longintrepr.h`: the count is `lv_tag >> 3`).
    unsafe {
        let tag = obj.add(1) as *const usize;
        (tag.add(1) as *const digit, (*tag >> 3) as Py_ssize_t)
    }
    #[cfg(not(Py_3_12))]
    // SAFETY: `obj` is an `int`: the digits follow its `PyVarObject` header and
    // `|ob_size|` counts them (`longintrepr.h`).
    unsafe {
        (
            (obj as *mut PyVarObject).add(1) as *const digit,
            Py_SIZE(obj).abs(),
        )
    }
}

/// `PyLong_Export` (3.14; backport): 0 and the value in `*export_long` (64-bit `value`,
/// or the digits with a reference kept); -1 with `TypeError` for a non-`int` (and
/// `*export_long` zeroed).
#[cfg(all(
    not(Py_3_14),
    not(Py_LIMITED_API),
    not(libpython_sys_removed = "PyLong_SHIFT")
))]
#[inline]
pub unsafe fn PyLong_Export(obj: *mut PyObject, export_long: *mut PyLongExport) -> c_int {
    // SAFETY: the C function's contract (a live object, a writable `export_long`).
    unsafe {
        if PyLong_Check(obj) == 0 {
            export_long.write(PyLongExport {
                value: 0,
                negative: 0,
                ndigits: 0,
                digits: core::ptr::null(),
                _reserved: 0,
            });
            PyErr_Format(
                PyExc_TypeError,
                c"expect int, got %.200s".as_ptr(),
                (*Py_TYPE(obj)).tp_name,
            );
            return -1;
        }
        let mut overflow = 0;
        let value = PyLong_AsLongLongAndOverflow(obj, &mut overflow);
        if overflow == 0 {
            export_long.write(PyLongExport {
                value,
                negative: 0,
                ndigits: 0,
                digits: core::ptr::null(),
                _reserved: 0,
            });
        } else {
            let (digits, ndigits) = long_digits(obj);
            export_long.write(PyLongExport {
                value: 0,
                negative: u8::from(long_sign(obj) < 0),
                ndigits: ndigits.max(1),
                digits: digits as *const c_void,
                _reserved: Py_NewRef(obj) as Py_uintptr_t,
            });
        }
        0
    }
}

/// `PyLong_FreeExport` (3.14; backport): releases what [`PyLong_Export`] kept.
#[cfg(all(
    not(Py_3_14),
    not(Py_LIMITED_API),
    not(libpython_sys_removed = "PyLong_SHIFT")
))]
#[inline]
pub unsafe fn PyLong_FreeExport(export_long: *mut PyLongExport) {
    // SAFETY: an export filled by `PyLong_Export` (the C contract).
    unsafe {
        let obj = (*export_long)._reserved as *mut PyObject;
        if !obj.is_null() {
            (*export_long)._reserved = 0;
            Py_DECREF(obj);
        }
    }
}

/// `PyLongWriter` (3.14; backport): an `int` being written digit by digit. Opaque: as
/// natively, it is the new `int` object itself, not yet normalised.
#[cfg(all(
    not(Py_3_14),
    not(Py_LIMITED_API),
    not(libpython_sys_removed = "PyLong_SHIFT")
))]
#[repr(C)]
pub struct PyLongWriter {
    _opaque: [u8; 0],
}

/// The header of the `int` `int` (`n` digits, negative or not) and its digit array, in
/// the layout [`PyLong_Export`] reads: `lv_tag` from 3.12 (the count above 3 bits of
/// flags; sign 2 negative, 0 positive), `ob_size` carrying the sign before.
#[cfg(all(
    not(Py_3_14),
    not(Py_LIMITED_API),
    not(libpython_sys_removed = "PyLong_SHIFT")
))]
#[inline(always)]
unsafe fn set_header(int: *mut PyObject, n: usize, negative: bool) -> *mut digit {
    // SAFETY: `int` is an `int` of at least `n` digits that no other code has seen.
    unsafe {
        #[cfg(Py_3_12)]
        {
            let tag = int.add(1) as *mut usize;
            *tag = (n << 3) | if negative { 2 } else { 0 };
            tag.add(1) as *mut digit
        }
        #[cfg(not(Py_3_12))]
        {
            let size = n as Py_ssize_t;
            Py_SET_SIZE(int as *mut PyVarObject, if negative { -size } else { size });
            (int as *mut PyVarObject).add(1) as *mut digit
        }
    }
}

/// `PyLongWriter_Create` (3.14; backport): a writer of `ndigits` digits, whose array
/// (least significant digit first) is stored in `*digits`; NULL (and `*digits` NULL) with
/// `ValueError` if `ndigits` ≤ 0, or `MemoryError`. The `int` is allocated as the
/// private `_PyLong_New` that the native writer calls does it, through public functions
/// (`PyObject_Malloc`, `PyObject_Init`); the digits are uninitialised until written.
#[cfg(all(
    not(Py_3_14),
    not(Py_LIMITED_API),
    not(libpython_sys_removed = "PyLong_SHIFT")
))]
#[inline]
pub unsafe fn PyLongWriter_Create(
    negative: c_int,
    ndigits: Py_ssize_t,
    digits: *mut *mut c_void,
) -> *mut PyLongWriter {
    // SAFETY: the C function's contract (the GIL held, a writable `digits`); the new
    // `int` is ours alone until `PyLongWriter_Finish` returns it.
    unsafe {
        if ndigits <= 0 {
            PyErr_SetString(PyExc_ValueError, c"ndigits must be positive".as_ptr());
            *digits = null_mut();
            return null_mut();
        }
        // `_PyLong_New`: `PyObject_Malloc` of the header and the digits, then
        // `PyObject_Init` (public) sets the type and the reference count.
        let header = PyLong_Type.tp_basicsize as usize;
        let max = (isize::MAX as usize - header) / core::mem::size_of::<digit>();
        if ndigits as usize > max {
            PyErr_SetString(PyExc_OverflowError, c"too many digits in integer".as_ptr());
            *digits = null_mut();
            return null_mut();
        }
        let memory = PyObject_Malloc(header + ndigits as usize * core::mem::size_of::<digit>());
        let int = PyObject_Init(
            memory as *mut PyObject,
            core::ptr::addr_of_mut!(PyLong_Type),
        );
        if int.is_null() {
            // `PyObject_Init(NULL, …)` raised `MemoryError`.
            *digits = null_mut();
            return null_mut();
        }
        *digits = set_header(int, ndigits as usize, negative != 0) as *mut c_void;
        int as *mut PyLongWriter
    }
}

/// `PyLongWriter_Discard` (3.14; backport): frees the writer; NULL is accepted.
#[cfg(all(
    not(Py_3_14),
    not(Py_LIMITED_API),
    not(libpython_sys_removed = "PyLong_SHIFT")
))]
#[inline]
pub unsafe fn PyLongWriter_Discard(writer: *mut PyLongWriter) {
    // SAFETY: a writer from `PyLongWriter_Create` (an `int` with a valid header) or NULL.
    unsafe { Py_XDECREF(writer as *mut PyObject) }
}

/// `PyLongWriter_Finish` (3.14; backport): the `int` written, normalised as natively
/// (leading zero digits dropped; values of up to two digits made through
/// `PyLong_FromLongLong`, so the small ints are the shared ones); or NULL with an
/// exception, the writer freed either way.
#[cfg(all(
    not(Py_3_14),
    not(Py_LIMITED_API),
    not(libpython_sys_removed = "PyLong_SHIFT")
))]
pub unsafe fn PyLongWriter_Finish(writer: *mut PyLongWriter) -> *mut PyObject {
    // SAFETY: a live writer whose digits were all written (the C contract).
    unsafe {
        let int = writer as *mut PyObject;
        let negative = long_sign(int) < 0;
        let (digits, ndigits) = long_digits(int);
        let all = core::slice::from_raw_parts(digits, ndigits as usize);
        let used = all.iter().rposition(|d| *d != 0).map_or(0, |i| i + 1);
        if used > 2 {
            set_header(int, used, negative);
            return int;
        }
        let shift = PyLong_SHIFT as u32;
        let magnitude = all[..used]
            .iter()
            .rev()
            .fold(0i64, |acc, d| (acc << shift) | i64::from(*d));
        Py_DECREF(int);
        PyLong_FromLongLong(if negative { -magnitude } else { magnitude })
    }
}
