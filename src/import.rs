//! Mirrors the function-like macro of `import.h`: `PyImport_ImportModuleEx`.

use core::ffi::c_char;

use crate::PyObject;

/// `PyImport_ImportModuleEx(name, globals, locals, fromlist)`:
/// `PyImport_ImportModuleLevel(name, globals, locals, fromlist, 0)`, an absolute import.
///
/// # Safety
/// `name` is a C string; the others are live objects or NULL; the thread is attached.
#[inline]
pub unsafe fn PyImport_ImportModuleEx(
    name: *const c_char,
    globals: *mut PyObject,
    locals: *mut PyObject,
    fromlist: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { crate::PyImport_ImportModuleLevel(name, globals, locals, fromlist, 0) }
}
