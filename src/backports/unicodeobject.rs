//! Backports of `unicodeobject.h` and `cpython/unicodeobject.h` (`str` comparisons and
//! `PyUnicodeWriter`): each item is compiled only where the target lacks it; from the
//! version that added it, the name is the generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint, c_void};
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

/// `PyUnicodeWriter` (3.14; backport): builds a `str` piece by piece. Opaque: create it
/// with [`PyUnicodeWriter_Create`], end it with [`PyUnicodeWriter_Finish`] or
/// [`PyUnicodeWriter_Discard`]. Like CPython's, the buffer holds code points of the
/// narrowest kind written so far (1, 2 or 4 bytes each) and widens when a wider one
/// arrives; `Finish` makes the most compact `str`. Not thread-safe (neither is the native
/// one): use one writer from one thread.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
pub struct PyUnicodeWriter {
    /// `capacity` code points of `kind` bytes each (`PyMem_Malloc`), NULL while empty.
    data: *mut u8,
    len: Py_ssize_t,
    capacity: Py_ssize_t,
    kind: usize,
}

/// The narrowest kind (bytes per code point) that holds `ch`.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline(always)]
fn kind_of(ch: u32) -> usize {
    if ch < 0x100 {
        1
    } else if ch < 0x10000 {
        2
    } else {
        4
    }
}

/// Copies `n` code points from `src` (of `src_kind`) to `dst` (of `dst_kind` ≥ `src_kind`).
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline(always)]
unsafe fn copy_units(src: *const u8, src_kind: usize, dst: *mut u8, dst_kind: usize, n: usize) {
    // SAFETY: `src` holds `n` units of `src_kind`, `dst` room for `n` of `dst_kind`, and
    // they do not overlap (callers).
    unsafe {
        match (src_kind, dst_kind) {
            (a, b) if a == b => core::ptr::copy_nonoverlapping(src, dst, n * a),
            (1, 2) => {
                for i in 0..n {
                    *(dst as *mut u16).add(i) = u16::from(*src.add(i));
                }
            }
            (1, _) => {
                for i in 0..n {
                    *(dst as *mut u32).add(i) = u32::from(*src.add(i));
                }
            }
            _ => {
                for i in 0..n {
                    *(dst as *mut u32).add(i) = u32::from(*(src as *const u16).add(i));
                }
            }
        }
    }
}

#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
impl PyUnicodeWriter {
    /// Room for `extra` more code points of at least `kind`: 0, or -1 with `MemoryError`
    /// (the writer unchanged). Grows by a quarter more than needed, as CPython does.
    #[inline]
    unsafe fn reserve(&mut self, extra: Py_ssize_t, kind: usize) -> c_int {
        let kind = kind.max(self.kind);
        let Some(needed) = self.len.checked_add(extra) else {
            // SAFETY: the GIL is held (the writer API's contract).
            unsafe { PyErr_NoMemory() };
            return -1;
        };
        if kind == self.kind && needed <= self.capacity {
            return 0;
        }
        let capacity = if needed <= self.capacity {
            self.capacity
        } else {
            needed.saturating_add(needed / 4).max(16)
        };
        let Some(bytes) = (capacity as usize)
            .checked_mul(kind)
            .filter(|b| *b <= isize::MAX as usize)
        else {
            // SAFETY: as above.
            unsafe { PyErr_NoMemory() };
            return -1;
        };
        // SAFETY: `data` is NULL or this writer's own PyMem block of `len` units of `kind`.
        unsafe {
            let data = if kind == self.kind {
                PyMem_Realloc(self.data as *mut c_void, bytes) as *mut u8
            } else {
                let wider = PyMem_Malloc(bytes) as *mut u8;
                if !wider.is_null() {
                    copy_units(self.data, self.kind, wider, kind, self.len as usize);
                    PyMem_Free(self.data as *mut c_void);
                }
                wider
            };
            if data.is_null() {
                PyErr_NoMemory();
                return -1;
            }
            self.data = data;
        }
        self.capacity = capacity;
        self.kind = kind;
        0
    }

    /// Appends `n` code points at `src` of `src_kind`, whose largest is of `max_kind`.
    #[inline]
    unsafe fn append(
        &mut self,
        src: *const u8,
        src_kind: usize,
        max_kind: usize,
        n: Py_ssize_t,
    ) -> c_int {
        if n == 0 {
            return 0;
        }
        // SAFETY: `src` holds `n` units (callers); `reserve` made room.
        unsafe {
            if self.reserve(n, max_kind) < 0 {
                return -1;
            }
            let dst = self.data.add(self.len as usize * self.kind);
            if src_kind <= self.kind {
                copy_units(src, src_kind, dst, self.kind, n as usize);
            } else {
                // A wide string's narrow slice: write each code point.
                for i in 0..n {
                    let ch = PyUnicode_READ(src_kind as c_uint, src as *const c_void, i);
                    PyUnicode_WRITE(self.kind as c_uint, dst as *mut c_void, i, ch);
                }
            }
        }
        self.len += n;
        0
    }

    /// Appends `s[start..end]` of the `str` `s` (a valid range).
    #[inline]
    unsafe fn append_str(&mut self, s: *mut PyObject, start: Py_ssize_t, end: Py_ssize_t) -> c_int {
        // SAFETY: `s` is a live `str` (callers), ready (made by the public API).
        unsafe {
            if PyUnicode_READY(s) < 0 {
                return -1;
            }
            let kind = PyUnicode_KIND(s) as usize;
            let data = (PyUnicode_DATA(s) as *const u8).add(start as usize * kind);
            let mut max_kind = kind;
            if kind > self.kind {
                // As CPython: widen only as far as this slice needs.
                let mut max = 0;
                for i in 0..end - start {
                    max = max.max(PyUnicode_READ(kind as c_uint, data as *const c_void, i));
                }
                max_kind = kind_of(max);
            }
            self.append(data, kind, max_kind, end - start)
        }
    }

    /// Appends the `str` `s` and releases it (NULL: an error already set).
    #[inline]
    unsafe fn append_owned(&mut self, s: *mut PyObject) -> c_int {
        if s.is_null() {
            return -1;
        }
        // SAFETY: a new reference to a `str`, released once.
        unsafe {
            let r = self.append_str(s, 0, PyUnicode_GET_LENGTH(s));
            Py_DECREF(s);
            r
        }
    }
}

/// `PyUnicodeWriter_Create` (3.14; backport): a writer with room for `length` code points
/// (a hint); NULL with `ValueError` if `length` < 0, or `MemoryError`.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyUnicodeWriter_Create(length: Py_ssize_t) -> *mut PyUnicodeWriter {
    // SAFETY: the GIL is held (the C contract); the writer is PyMem memory, initialised
    // before use and freed on failure.
    unsafe {
        if length < 0 {
            PyErr_SetString(PyExc_ValueError, c"length must be positive".as_ptr());
            return null_mut();
        }
        let writer = PyMem_Malloc(core::mem::size_of::<PyUnicodeWriter>()) as *mut PyUnicodeWriter;
        if writer.is_null() {
            PyErr_NoMemory();
            return null_mut();
        }
        writer.write(PyUnicodeWriter {
            data: null_mut(),
            len: 0,
            capacity: 0,
            kind: 1,
        });
        if length > 0 && (*writer).reserve(length, 1) < 0 {
            PyUnicodeWriter_Discard(writer);
            return null_mut();
        }
        writer
    }
}

/// `PyUnicodeWriter_Discard` (3.14; backport): frees the writer and its content; NULL is
/// accepted.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyUnicodeWriter_Discard(writer: *mut PyUnicodeWriter) {
    if writer.is_null() {
        return;
    }
    // SAFETY: a writer from `PyUnicodeWriter_Create`, not used again (the C contract).
    unsafe {
        PyMem_Free((*writer).data as *mut c_void);
        PyMem_Free(writer as *mut c_void);
    }
}

/// `PyUnicodeWriter_Finish` (3.14; backport): the `str` written (a new reference), or NULL
/// with `MemoryError`; the writer is freed either way.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyUnicodeWriter_Finish(writer: *mut PyUnicodeWriter) -> *mut PyObject {
    // SAFETY: a live writer, freed here (the C contract). `PyUnicode_FromKindAndData`
    // copies into the most compact `str` for the largest code point.
    unsafe {
        let w = &*writer;
        let s = PyUnicode_FromKindAndData(w.kind as c_int, w.data as *const c_void, w.len);
        PyUnicodeWriter_Discard(writer);
        s
    }
}

/// `PyUnicodeWriter_WriteChar` (3.14; backport): 0, or -1 with `ValueError` if `ch` is
/// above U+10FFFF (or `MemoryError`).
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyUnicodeWriter_WriteChar(writer: *mut PyUnicodeWriter, ch: Py_UCS4) -> c_int {
    // SAFETY: a live writer (the C contract); `reserve` made room for one code point.
    unsafe {
        if ch > 0x10ffff {
            PyErr_SetString(
                PyExc_ValueError,
                c"character must be in range(0x110000)".as_ptr(),
            );
            return -1;
        }
        let w = &mut *writer;
        if w.reserve(1, kind_of(ch)) < 0 {
            return -1;
        }
        PyUnicode_WRITE(w.kind as c_uint, w.data as *mut c_void, w.len, ch);
        w.len += 1;
        0
    }
}

/// `strlen` for a negative size, as the `Write*` functions take it.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline(always)]
unsafe fn size_or_strlen(s: *const c_char, size: Py_ssize_t) -> Py_ssize_t {
    if size >= 0 {
        size
    } else {
        // SAFETY: a NUL-terminated string when no size is given (the C contract).
        unsafe { core::ffi::CStr::from_ptr(s) }.to_bytes().len() as Py_ssize_t
    }
}

/// `PyUnicodeWriter_WriteUTF8` (3.14; backport): appends `size` bytes of UTF-8 (`size`
/// < 0: up to the NUL); -1 with `UnicodeDecodeError` (strict), the writer unchanged.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyUnicodeWriter_WriteUTF8(
    writer: *mut PyUnicodeWriter,
    str: *const c_char,
    size: Py_ssize_t,
) -> c_int {
    // SAFETY: a live writer and `size` readable bytes (the C contract).
    unsafe {
        let size = size_or_strlen(str, size);
        let bytes = core::slice::from_raw_parts(str as *const u8, size as usize);
        if bytes.is_ascii() {
            return (*writer).append(str as *const u8, 1, 1, size);
        }
        (*writer).append_owned(PyUnicode_DecodeUTF8(str, size, null_mut()))
    }
}

/// `PyUnicodeWriter_WriteASCII` (3.14; backport): appends `size` bytes of ASCII (`size`
/// < 0: up to the NUL), unchecked, as natively (bytes above 0x7F are taken as Latin-1).
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyUnicodeWriter_WriteASCII(
    writer: *mut PyUnicodeWriter,
    str: *const c_char,
    size: Py_ssize_t,
) -> c_int {
    // SAFETY: a live writer and `size` readable bytes (the C contract).
    unsafe {
        let size = size_or_strlen(str, size);
        (*writer).append(str as *const u8, 1, 1, size)
    }
}

/// `PyUnicodeWriter_WriteWideChar` (3.14; backport): appends `size` `wchar_t` (`size` < 0:
/// up to the NUL); -1 with `ValueError` for a code point out of range.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyUnicodeWriter_WriteWideChar(
    writer: *mut PyUnicodeWriter,
    str: *const wchar_t,
    size: Py_ssize_t,
) -> c_int {
    // SAFETY: a live writer and `size` readable `wchar_t` (or a NUL-terminated string).
    unsafe {
        let mut size = size;
        if size < 0 {
            size = 0;
            while *str.add(size as usize) != 0 {
                size += 1;
            }
        }
        if size == 0 {
            return 0;
        }
        (*writer).append_owned(PyUnicode_FromWideChar(str, size))
    }
}

/// `PyUnicodeWriter_WriteStr` (3.14; backport): appends `str(obj)`.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyUnicodeWriter_WriteStr(writer: *mut PyUnicodeWriter, obj: *mut PyObject) -> c_int {
    // SAFETY: a live writer and object (the C contract).
    unsafe {
        if PyUnicode_CheckExact(obj) != 0 {
            return (*writer).append_str(obj, 0, PyUnicode_GET_LENGTH(obj));
        }
        (*writer).append_owned(PyObject_Str(obj))
    }
}

/// `PyUnicodeWriter_WriteRepr` (3.14; backport): appends `repr(obj)`; `<NULL>` for NULL,
/// as 3.15 does.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyUnicodeWriter_WriteRepr(writer: *mut PyUnicodeWriter, obj: *mut PyObject) -> c_int {
    // SAFETY: a live writer and object (the C contract).
    unsafe {
        if obj.is_null() {
            return (*writer).append(b"<NULL>".as_ptr(), 1, 1, 6);
        }
        (*writer).append_owned(PyObject_Repr(obj))
    }
}

/// `PyUnicodeWriter_WriteSubstring` (3.14; backport): appends `str[start:end]`;
/// `TypeError` for a non-`str`, `ValueError` for an invalid range.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyUnicodeWriter_WriteSubstring(
    writer: *mut PyUnicodeWriter,
    str: *mut PyObject,
    start: Py_ssize_t,
    end: Py_ssize_t,
) -> c_int {
    // SAFETY: a live writer and object (the C contract).
    unsafe {
        if PyUnicode_Check(str) == 0 {
            PyErr_Format(
                PyExc_TypeError,
                c"expect str, not %.200s".as_ptr(),
                (*Py_TYPE(str)).tp_name,
            );
            return -1;
        }
        if start < 0 || start > end {
            PyErr_SetString(PyExc_ValueError, c"invalid start argument".as_ptr());
            return -1;
        }
        if PyUnicode_READY(str) < 0 {
            return -1;
        }
        if end > PyUnicode_GET_LENGTH(str) {
            PyErr_SetString(PyExc_ValueError, c"invalid end argument".as_ptr());
            return -1;
        }
        (*writer).append_str(str, start, end)
    }
}
