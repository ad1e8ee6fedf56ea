//! Mirrors `cpython/lock.h` (3.13, 3.14) and `cpython/pylock.h` (3.15): `PyMutex`.
//!
//! The type exists on every target so that signatures such as
//! [`PyCriticalSection_BeginMutex`](crate::PyCriticalSection_BeginMutex) compile
//! everywhere; the lock functions exist where libpython has them (3.13+), outside the
//! limited API (the stable ABI has no `PyMutex` functions).

use core::sync::atomic::AtomicU8;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
use core::sync::atomic::Ordering::SeqCst;

/// `PyMutex` (3.13+): a one-byte lock, zero when unlocked (bit 0 locked, bit 1 has
/// parked waiters). Neither `Copy` nor `Clone`, and it must not move while locked or
/// waited on; [`PyMutex::new`] is `const`, so a `static PyMutex` works.
#[repr(C)]
#[derive(Debug, Default)]
pub struct PyMutex {
    _bits: AtomicU8,
}

impl PyMutex {
    /// An unlocked mutex, as C's `PyMutex m = {0};`.
    pub const fn new() -> PyMutex {
        PyMutex {
            _bits: AtomicU8::new(0),
        }
    }
}

#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
mod exported {
    use super::PyMutex;
    extern "C" {
        /// The exported slow path of `PyMutex_Lock` (parks, detaching the thread state).
        #[link_name = "PyMutex_Lock"]
        pub fn lock(m: *mut PyMutex);
        /// The exported slow path of `PyMutex_Unlock` (wakes a waiter).
        #[link_name = "PyMutex_Unlock"]
        pub fn unlock(m: *mut PyMutex);
    }
}

/// `PyMutex_Lock` (3.13+): the header's fast path, a compare-and-swap 0 → 1 (seq_cst),
/// then the exported slow path, which blocks (detaching the thread state) until locked.
///
/// # Safety
/// `m` points to a live `PyMutex`; the calling thread has an attached thread state.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline(always)]
pub unsafe fn PyMutex_Lock(m: *mut PyMutex) {
    // SAFETY: `m` is valid (caller); the byte is only ever accessed atomically.
    let bits = unsafe { &(*m)._bits };
    if bits
        .compare_exchange(
            crate::_Py_UNLOCKED as u8,
            crate::_Py_LOCKED as u8,
            SeqCst,
            SeqCst,
        )
        .is_err()
    {
        // SAFETY: the exported function takes the same pointer.
        unsafe { exported::lock(m) }
    }
}

/// `PyMutex_Unlock` (3.13+): compare-and-swap 1 → 0 (seq_cst), else the exported slow
/// path (waiters to wake; a fatal error if the mutex is not locked).
///
/// # Safety
/// `m` points to a `PyMutex` locked by this thread.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline(always)]
pub unsafe fn PyMutex_Unlock(m: *mut PyMutex) {
    // SAFETY: as in `PyMutex_Lock`.
    let bits = unsafe { &(*m)._bits };
    if bits
        .compare_exchange(
            crate::_Py_LOCKED as u8,
            crate::_Py_UNLOCKED as u8,
            SeqCst,
            SeqCst,
        )
        .is_err()
    {
        // SAFETY: the exported function takes the same pointer.
        unsafe { exported::unlock(m) }
    }
}

/// `PyMutex_IsLocked` (3.14+): whether the mutex is locked (a seq_cst load of bit 0).
///
/// # Safety
/// `m` points to a live `PyMutex`.
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
#[inline(always)]
pub unsafe fn PyMutex_IsLocked(m: *mut PyMutex) -> core::ffi::c_int {
    // SAFETY: `m` is valid (caller).
    let bits = unsafe { (*m)._bits.load(SeqCst) };
    core::ffi::c_int::from(bits & crate::_Py_LOCKED as u8 != 0)
}
