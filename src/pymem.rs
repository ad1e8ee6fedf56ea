//! Mirrors the macros of `pymem.h`: the typed array allocators `PyMem_New`/`PyMem_Resize`
//! (with their overflow check), and the upper-case aliases of the `PyMem_*` functions.

use core::ffi::c_void;
use core::mem::size_of;

/// Whether `n` items of `T` exceed `PY_SSIZE_T_MAX` bytes (C: `(size_t)(n) >
/// PY_SSIZE_T_MAX / sizeof(type)`); zero-sized `T` never does.
const fn too_many<T>(n: usize) -> bool {
    size_of::<T>() != 0 && n > (isize::MAX as usize) / size_of::<T>()
}

/// `PyMem_New(type, n)`: memory for `n` items of `T` from `PyMem_Malloc`, or NULL (also
/// when the size overflows; C sets no exception either).
///
/// # Safety
/// The thread is attached (the `PyMem` domain's rule).
#[inline]
pub unsafe fn PyMem_New<T>(n: usize) -> *mut T {
    if too_many::<T>(n) {
        return core::ptr::null_mut();
    }
    // SAFETY: as the caller promises.
    unsafe { crate::PyMem_Malloc(n * size_of::<T>()).cast() }
}

/// `PyMem_NEW(type, n)`: the same as [`PyMem_New`].
///
/// # Safety
/// As for [`PyMem_New`].
#[inline]
pub unsafe fn PyMem_NEW<T>(n: usize) -> *mut T {
    // SAFETY: as the caller promises.
    unsafe { PyMem_New(n) }
}

/// `PyMem_Resize(p, type, n)`: resizes `*p` to `n` items of `T` with `PyMem_Realloc`, and,
/// as the C macro does, assigns the result to `*p`, which is NULL on failure (the old
/// block is then still allocated: keep a copy of the pointer to free it). Returns `*p`.
///
/// # Safety
/// `*p` is NULL or a block from the `PyMem` domain; the thread is attached.
#[inline]
pub unsafe fn PyMem_Resize<T>(p: &mut *mut T, n: usize) -> *mut T {
    *p = if too_many::<T>(n) {
        core::ptr::null_mut()
    } else {
        // SAFETY: as the caller promises.
        unsafe { crate::PyMem_Realloc((*p).cast(), n * size_of::<T>()).cast() }
    };
    *p
}

/// `PyMem_RESIZE(p, type, n)`: the same as [`PyMem_Resize`].
///
/// # Safety
/// As for [`PyMem_Resize`].
#[inline]
pub unsafe fn PyMem_RESIZE<T>(p: &mut *mut T, n: usize) -> *mut T {
    // SAFETY: as the caller promises.
    unsafe { PyMem_Resize(p, n) }
}

/// `PyMem_MALLOC(n)`: `PyMem_Malloc(n)`.
///
/// # Safety
/// As for `PyMem_Malloc`.
#[inline]
pub unsafe fn PyMem_MALLOC(n: usize) -> *mut c_void {
    // SAFETY: as the caller promises.
    unsafe { crate::PyMem_Malloc(n) }
}

/// `PyMem_REALLOC(p, n)`: `PyMem_Realloc(p, n)`.
///
/// # Safety
/// As for `PyMem_Realloc`.
#[inline]
pub unsafe fn PyMem_REALLOC(p: *mut c_void, n: usize) -> *mut c_void {
    // SAFETY: as the caller promises.
    unsafe { crate::PyMem_Realloc(p, n) }
}

/// `PyMem_FREE(p)`: `PyMem_Free(p)`.
///
/// # Safety
/// As for `PyMem_Free`.
#[inline]
pub unsafe fn PyMem_FREE(p: *mut c_void) {
    // SAFETY: as the caller promises.
    unsafe { crate::PyMem_Free(p) }
}

/// `PyMem_Del(p)`: `PyMem_Free(p)`.
///
/// # Safety
/// As for `PyMem_Free`.
#[inline]
pub unsafe fn PyMem_Del(p: *mut c_void) {
    // SAFETY: as the caller promises.
    unsafe { crate::PyMem_Free(p) }
}

/// `PyMem_DEL(p)`: `PyMem_Free(p)`.
///
/// # Safety
/// As for `PyMem_Free`.
#[inline]
pub unsafe fn PyMem_DEL(p: *mut c_void) {
    // SAFETY: as the caller promises.
    unsafe { crate::PyMem_Free(p) }
}
