//! Backports of `cpython/longintrepr.h` (3.14: the `int` import/export API,
//! `PyLong_Export` and `PyLongWriter`). The export reads the digits of the `int` in place,
//! as natively (from the object's layout: after `ob_size` before 3.12, after `lv_tag`
//! from 3.12). The writer is, as natively, the new `int` itself: allocated as the `int` type allocates its
//! instances (`PyType_GenericAlloc`, where the native writer calls the private
//! `_PyLong_New`), its digits written in place, then normalised.

#[allow(unused_imports)]
use core::ffi::{c_int, c_void};
#[allow(unused_imports)]
use core::ptr::null_mut;

#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[allow(unused_imports)]
use super::longobject::long_sign;
#[allow(unused_imports)]
use crate::*;

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
/// `ValueError` if `ndigits` ≤ 0, or `MemoryError`. The `int` is allocated as its type
/// allocates instances (`PyType_GenericAlloc`: `tp_basicsize` plus a zeroed digit per
/// item), where the native writer calls the private `_PyLong_New`.
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
        let int = PyType_GenericAlloc(core::ptr::addr_of_mut!(PyLong_Type), ndigits);
        if int.is_null() {
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
