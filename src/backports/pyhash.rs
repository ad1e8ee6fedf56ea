//! Backports of `cpython/pyhash.h` (hashing pointers and buffers, the numeric hash
//! parameters): each item is compiled only where the target lacks it; from the version that
//! added it, the name is the generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_ulong, c_void};

#[allow(unused_imports)]
use crate::*;

/// `PyHASH_BITS` (3.13; before, the private `_PyHASH_BITS`): the width of the numeric hash
/// modulus, 61 on 64-bit platforms.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
pub const PyHASH_BITS: c_int = if core::mem::size_of::<*const c_void>() >= 8 {
    61
} else {
    31
};

/// `PyHASH_MODULUS` (3.13): the prime `2**PyHASH_BITS - 1` of the numeric hash.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
pub const PyHASH_MODULUS: c_ulong = (1 << PyHASH_BITS) - 1;

/// `PyHASH_INF` (3.13): the hash of positive infinity.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
pub const PyHASH_INF: c_int = 314159;

/// `PyHASH_IMAG` (3.13): the multiplier of a complex number's imaginary part.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
pub const PyHASH_IMAG: c_ulong = 1000003;

/// `Py_HashPointer` (3.13; backport): the hash of a pointer, as `object.__hash__` computes
/// it (the address rotated right by 4 bits; -1 becomes -2). Never fails.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn Py_HashPointer(ptr: *const c_void) -> Py_hash_t {
    // `_Py_HashPointerRaw` (`Python/pyhash.c`): the low 4 bits of an object address are
    // always zero, so they are rotated to the top.
    let hash = (ptr as usize).rotate_right(4) as Py_hash_t;
    if hash == -1 {
        -2
    } else {
        hash
    }
}

/// `Py_HashBuffer` (3.14; backport): the hash of `len` bytes at `ptr`, equal to
/// `hash(bytes(...))` (0 for an empty buffer). The native function hashes in place and
/// never fails; the backport hashes a temporary `bytes` object through the public API,
/// so on allocation failure it returns -1 with `MemoryError` set.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn Py_HashBuffer(ptr: *const c_void, len: Py_ssize_t) -> Py_hash_t {
    if len == 0 {
        return 0;
    }
    // SAFETY: `ptr` points to `len` readable bytes (the C function's contract); the
    // temporary `bytes` is released once.
    unsafe {
        let bytes = PyBytes_FromStringAndSize(ptr as *const c_char, len);
        if bytes.is_null() {
            return -1;
        }
        let hash = PyObject_Hash(bytes);
        Py_DECREF(bytes);
        hash
    }
}
