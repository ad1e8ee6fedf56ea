//! Backports of `pystate.h` (thread states): each item is compiled only where the target lacks it;
//! from the version that added it, the name is the generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint};
#[allow(unused_imports)]
use core::ptr::{addr_of_mut, null_mut};

#[allow(unused_imports)]
use super::*;
#[allow(unused_imports)]
use crate::*;

/// `PyThreadState_GetUnchecked` (3.13; backport over the exported
/// `_PyThreadState_UncheckedGet`): the current thread state, or NULL, never fatal.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyThreadState_GetUnchecked() -> *mut PyThreadState {
    // SAFETY: no preconditions.
    unsafe { _PyThreadState_UncheckedGet() }
}
