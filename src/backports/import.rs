//! Backports of `import.h` (imports): each item is compiled only where the target lacks it;
//! from the version that added it, the name is the generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint};
#[allow(unused_imports)]
use core::ptr::{addr_of_mut, null_mut};

#[allow(unused_imports)]
use super::*;
#[allow(unused_imports)]
use crate::*;

/// `PyImport_AddModuleRef` (3.13; backport): a new reference to the module `name`,
/// created empty if needed, or NULL with an exception.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyImport_AddModuleRef(name: *const c_char) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { Py_XNewRef(PyImport_AddModule(name)) }
}
