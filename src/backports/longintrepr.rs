//! Backports of `cpython/longintrepr.h` (3.14: the `int` import/export API,
//! `PyLong_Export` and `PyLongWriter`). The export reads the digits of the `int` in place,
//! as natively (from the object's layout: after `ob_size` before 3.12, after `lv_tag`
//! from 3.12). The writer collects digits in its own buffer and `Finish` builds the `int`
//! through the public API (`PyLong_FromLongLong`, or `int.from_bytes` for more than two
//! digits), since allocating an `int` of a given size is private before 3.14.

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

/// `PyLongWriter` (3.14; backport): an `int` being written digit by digit. Opaque: the
/// digits follow this header in one `PyMem` block.
#[cfg(all(
    not(Py_3_14),
    not(Py_LIMITED_API),
    not(libpython_sys_removed = "PyLong_SHIFT")
))]
#[repr(C)]
pub struct PyLongWriter {
    negative: bool,
    ndigits: Py_ssize_t,
}

/// `PyLongWriter_Create` (3.14; backport): a writer of `ndigits` digits, whose array
/// (least significant digit first) is stored in `*digits`; NULL (and `*digits` NULL) with
/// `ValueError` if `ndigits` ≤ 0, or `MemoryError`.
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
    // SAFETY: the C function's contract (the GIL held, a writable `digits`).
    unsafe {
        if ndigits <= 0 {
            PyErr_SetString(PyExc_ValueError, c"ndigits must be positive".as_ptr());
            *digits = null_mut();
            return null_mut();
        }
        let header = core::mem::size_of::<PyLongWriter>();
        let size = (ndigits as usize)
            .checked_mul(core::mem::size_of::<digit>())
            .and_then(|n| n.checked_add(header))
            .filter(|n| *n <= isize::MAX as usize);
        let writer = match size {
            Some(size) => PyMem_Malloc(size) as *mut PyLongWriter,
            None => null_mut(),
        };
        if writer.is_null() {
            PyErr_NoMemory();
            *digits = null_mut();
            return null_mut();
        }
        writer.write(PyLongWriter {
            negative: negative != 0,
            ndigits,
        });
        *digits = (writer as *mut u8).add(header) as *mut c_void;
        writer
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
    // SAFETY: a writer from `PyLongWriter_Create` or NULL, not used again.
    unsafe { PyMem_Free(writer as *mut c_void) }
}

/// `PyLongWriter_Finish` (3.14; backport): the `int` written (normalised: leading zero
/// digits dropped, the small-int singletons reused), or NULL with an exception; the
/// writer is freed either way.
#[cfg(all(
    not(Py_3_14),
    not(Py_LIMITED_API),
    not(libpython_sys_removed = "PyLong_SHIFT")
))]
pub unsafe fn PyLongWriter_Finish(writer: *mut PyLongWriter) -> *mut PyObject {
    // SAFETY: a live writer whose digits were all written (the C contract); it is freed
    // once; the new `bytes` is filled before anything reads it.
    unsafe {
        let negative = (*writer).negative;
        let all = core::slice::from_raw_parts(
            (writer as *const u8).add(core::mem::size_of::<PyLongWriter>()) as *const digit,
            (*writer).ndigits as usize,
        );
        let used = all.iter().rposition(|d| *d != 0).map_or(0, |i| i + 1);
        let digits = &all[..used];
        let shift = PyLong_SHIFT as u32;
        let result = if used <= 2 {
            let magnitude = digits
                .iter()
                .rev()
                .fold(0i64, |acc, d| (acc << shift) | i64::from(*d));
            PyLong_FromLongLong(if negative { -magnitude } else { magnitude })
        } else {
            let nbytes = (used * shift as usize).div_ceil(8);
            let bytes = PyBytes_FromStringAndSize(core::ptr::null(), nbytes as Py_ssize_t);
            if bytes.is_null() {
                PyLongWriter_Discard(writer);
                return null_mut();
            }
            let out = PyBytes_AsString(bytes) as *mut u8;
            let (mut acc, mut bits, mut at) = (0u64, 0u32, 0usize);
            for d in digits {
                acc |= u64::from(*d) << bits;
                bits += shift;
                while bits >= 8 {
                    *out.add(at) = acc as u8;
                    at += 1;
                    acc >>= 8;
                    bits -= 8;
                }
            }
            while at < nbytes {
                *out.add(at) = acc as u8;
                at += 1;
                acc >>= 8;
            }
            let from_bytes = PyObject_GetAttrString(
                core::ptr::addr_of_mut!(PyLong_Type) as *mut PyObject,
                c"from_bytes".as_ptr(),
            );
            let order = PyUnicode_FromString(c"little".as_ptr());
            let mut int = if from_bytes.is_null() || order.is_null() {
                null_mut()
            } else {
                PyObject_CallFunctionObjArgs(from_bytes, bytes, order, null_mut::<PyObject>())
            };
            Py_XDECREF(from_bytes);
            Py_XDECREF(order);
            Py_DECREF(bytes);
            if negative && !int.is_null() {
                let negated = PyNumber_Negative(int);
                Py_DECREF(int);
                int = negated;
            }
            int
        };
        PyLongWriter_Discard(writer);
        result
    }
}
