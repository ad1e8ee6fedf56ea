//! Backports of `bytesobject.h` (`bytes`): each item is compiled only where the target lacks it;
//! from the version that added it, the name is the generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint, c_void};
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

/// Bytes a `PyBytesWriter` holds in itself before it allocates (CPython's `small_buffer`).
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
const SMALL: usize = 256;

/// `PyBytesWriter` (3.15; backport): builds a `bytes` object. Opaque: create it with
/// [`PyBytesWriter_Create`], end it with a `PyBytesWriter_Finish*` function or
/// [`PyBytesWriter_Discard`]. As natively, up to 256 bytes live in the writer itself and
/// the buffer grows by a quarter more than asked; `Finish` copies the content into a new
/// `bytes` (the native writer resizes its `bytes` in place, which needs a private
/// function). Not thread-safe (neither is the native one).
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
pub struct PyBytesWriter {
    /// NULL while the content fits `small`; else a `PyMem_Malloc` block of `allocated`.
    heap: *mut u8,
    allocated: Py_ssize_t,
    size: Py_ssize_t,
    /// Uninitialised until written, as natively (the API hands out uninitialised bytes).
    small: [core::mem::MaybeUninit<u8>; SMALL],
}

#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
impl PyBytesWriter {
    #[inline(always)]
    fn data(&mut self) -> *mut u8 {
        if self.heap.is_null() {
            self.small.as_mut_ptr() as *mut u8
        } else {
            self.heap
        }
    }

    /// Room for `size` bytes, the content kept: 0, or -1 with `MemoryError`.
    #[inline]
    unsafe fn reserve(&mut self, size: Py_ssize_t, overallocate: bool) -> c_int {
        if size <= self.allocated {
            return 0;
        }
        let mut size = size;
        if overallocate && size <= isize::MAX - size / 4 {
            size += size / 4;
        }
        // SAFETY: `heap` is NULL or this writer's own PyMem block; the GIL is held.
        unsafe {
            let heap = if self.heap.is_null() {
                let heap = PyMem_Malloc(size as usize) as *mut u8;
                if !heap.is_null() {
                    core::ptr::copy_nonoverlapping(self.small.as_ptr() as *const u8, heap, SMALL);
                }
                heap
            } else {
                PyMem_Realloc(self.heap as *mut c_void, size as usize) as *mut u8
            };
            if heap.is_null() {
                PyErr_NoMemory();
                return -1;
            }
            self.heap = heap;
        }
        self.allocated = size;
        0
    }
}

/// `PyBytesWriter_Create` (3.15; backport): a writer of `size` bytes (uninitialised; write
/// them through [`PyBytesWriter_GetData`]); NULL with `ValueError` if `size` < 0.
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyBytesWriter_Create(size: Py_ssize_t) -> *mut PyBytesWriter {
    // SAFETY: the GIL is held (the C contract); the writer is initialised before use.
    unsafe {
        if size < 0 {
            PyErr_SetString(PyExc_ValueError, c"size must be >= 0".as_ptr());
            return null_mut();
        }
        let writer = PyMem_Malloc(core::mem::size_of::<PyBytesWriter>()) as *mut PyBytesWriter;
        if writer.is_null() {
            PyErr_NoMemory();
            return null_mut();
        }
        // The inline buffer stays uninitialised (`MaybeUninit`).
        addr_of_mut!((*writer).heap).write(null_mut());
        addr_of_mut!((*writer).allocated).write(SMALL as Py_ssize_t);
        addr_of_mut!((*writer).size).write(0);
        if (*writer).reserve(size, false) < 0 {
            PyBytesWriter_Discard(writer);
            return null_mut();
        }
        (*writer).size = size;
        writer
    }
}

/// `PyBytesWriter_Discard` (3.15; backport): frees the writer; NULL is accepted.
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyBytesWriter_Discard(writer: *mut PyBytesWriter) {
    if writer.is_null() {
        return;
    }
    // SAFETY: a writer from `PyBytesWriter_Create`, not used again (the C contract).
    unsafe {
        PyMem_Free((*writer).heap as *mut c_void);
        PyMem_Free(writer as *mut c_void);
    }
}

/// `PyBytesWriter_GetData` (3.15; backport): the start of the writer's buffer (valid until
/// the next call that resizes it).
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyBytesWriter_GetData(writer: *mut PyBytesWriter) -> *mut c_void {
    // SAFETY: a live writer (the C contract).
    unsafe { (*writer).data() as *mut c_void }
}

/// `PyBytesWriter_GetSize` (3.15; backport): the current size in bytes.
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyBytesWriter_GetSize(writer: *mut PyBytesWriter) -> Py_ssize_t {
    // SAFETY: a live writer (the C contract).
    unsafe { (*writer).size }
}

/// `PyBytesWriter_FinishWithSize` (3.15; backport): a new `bytes` of the first `size`
/// bytes (at most the bytes allocated), or NULL with an exception; the writer is freed
/// either way.
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyBytesWriter_FinishWithSize(
    writer: *mut PyBytesWriter,
    size: Py_ssize_t,
) -> *mut PyObject {
    // SAFETY: a live writer, freed here (the C contract).
    unsafe {
        let result = if size < 0 || size > (*writer).allocated {
            PyErr_SetString(PyExc_ValueError, c"invalid size".as_ptr());
            null_mut()
        } else {
            PyBytes_FromStringAndSize((*writer).data() as *const c_char, size)
        };
        PyBytesWriter_Discard(writer);
        result
    }
}

/// `PyBytesWriter_Finish` (3.15; backport): a new `bytes` of the writer's size; the writer
/// is freed either way.
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyBytesWriter_Finish(writer: *mut PyBytesWriter) -> *mut PyObject {
    // SAFETY: a live writer (the C contract).
    unsafe { PyBytesWriter_FinishWithSize(writer, (*writer).size) }
}

/// `PyBytesWriter_FinishWithPointer` (3.15; backport): a new `bytes` of the bytes before
/// `buf` (a pointer into the buffer); `ValueError("invalid end pointer")` if it is not.
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyBytesWriter_FinishWithPointer(
    writer: *mut PyBytesWriter,
    buf: *mut c_void,
) -> *mut PyObject {
    // SAFETY: a live writer (the C contract); only addresses are compared.
    unsafe {
        let size = (buf as isize).wrapping_sub((*writer).data() as isize);
        if size < 0 || size > (*writer).allocated {
            PyBytesWriter_Discard(writer);
            PyErr_SetString(PyExc_ValueError, c"invalid end pointer".as_ptr());
            return null_mut();
        }
        PyBytesWriter_FinishWithSize(writer, size)
    }
}

/// `PyBytesWriter_Resize` (3.15; backport): sets the size to `size`, keeping the content
/// (new bytes uninitialised); -1 with `ValueError` if `size` < 0, or `MemoryError`.
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyBytesWriter_Resize(writer: *mut PyBytesWriter, size: Py_ssize_t) -> c_int {
    // SAFETY: a live writer (the C contract).
    unsafe {
        if size < 0 {
            PyErr_SetString(PyExc_ValueError, c"size must be >= 0".as_ptr());
            return -1;
        }
        if (*writer).reserve(size, true) < 0 {
            return -1;
        }
        (*writer).size = size;
        0
    }
}

/// `PyBytesWriter_Grow` (3.15; backport): adds `size` bytes to the size (negative
/// shrinks); -1 with `ValueError` below 0, or `MemoryError`.
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyBytesWriter_Grow(writer: *mut PyBytesWriter, size: Py_ssize_t) -> c_int {
    // SAFETY: a live writer (the C contract).
    unsafe {
        let current = (*writer).size;
        if size < 0 && current + size < 0 {
            PyErr_SetString(PyExc_ValueError, c"invalid size".as_ptr());
            return -1;
        }
        if size > isize::MAX - current {
            PyErr_NoMemory();
            return -1;
        }
        if (*writer).reserve(current + size, true) < 0 {
            return -1;
        }
        (*writer).size = current + size;
        0
    }
}

/// `PyBytesWriter_GrowAndUpdatePointer` (3.15; backport): [`PyBytesWriter_Grow`], then
/// `buf` (a pointer into the buffer) moved with the buffer; NULL on error.
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyBytesWriter_GrowAndUpdatePointer(
    writer: *mut PyBytesWriter,
    size: Py_ssize_t,
    buf: *mut c_void,
) -> *mut c_void {
    // SAFETY: a live writer; `buf` points into its buffer (the C contract).
    unsafe {
        let pos = (buf as isize).wrapping_sub((*writer).data() as isize);
        if PyBytesWriter_Grow(writer, size) < 0 {
            return null_mut();
        }
        (*writer).data().wrapping_offset(pos) as *mut c_void
    }
}

/// `PyBytesWriter_WriteBytes` (3.15; backport): appends `size` bytes (`size` < 0: up to the
/// NUL); 0, or -1 with `MemoryError`.
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyBytesWriter_WriteBytes(
    writer: *mut PyBytesWriter,
    bytes: *const c_void,
    size: Py_ssize_t,
) -> c_int {
    // SAFETY: a live writer and `size` readable bytes (the C contract).
    unsafe {
        let size = if size < 0 {
            core::ffi::CStr::from_ptr(bytes as *const c_char)
                .to_bytes()
                .len() as Py_ssize_t
        } else {
            size
        };
        let pos = (*writer).size;
        if PyBytesWriter_Grow(writer, size) < 0 {
            return -1;
        }
        core::ptr::copy_nonoverlapping(
            bytes as *const u8,
            (*writer).data().add(pos as usize),
            size as usize,
        );
        0
    }
}
