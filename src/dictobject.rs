//! Mirrors `cpython/dictobject.h`: `PyDict_GET_SIZE`.

use crate::{PyDictObject, PyObject, Py_ssize_t};

/// `PyDict_GET_SIZE`: the number of items, unchecked; a relaxed atomic load of
/// `ma_used` on free-threaded builds, as the header's.
///
/// # Safety
/// `op` is a live `dict`.
#[inline(always)]
pub unsafe fn PyDict_GET_SIZE(op: *mut PyObject) -> Py_ssize_t {
    // SAFETY: `op` is live (caller); only the field's address is computed.
    let used = unsafe { core::ptr::addr_of_mut!((*op.cast::<PyDictObject>()).ma_used) };
    #[cfg(Py_GIL_DISABLED)]
    // SAFETY: `op` is live (caller); the field is aligned.
    return unsafe { core::sync::atomic::AtomicIsize::from_ptr(used) }
        .load(core::sync::atomic::Ordering::Relaxed);
    #[cfg(not(Py_GIL_DISABLED))]
    // SAFETY: `op` is live (caller).
    return unsafe { *used };
}
