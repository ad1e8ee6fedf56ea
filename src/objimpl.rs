//! Mirrors the allocation macros of `objimpl.h` (`cpython/objimpl.h`): `PyObject_New` and
//! its variants, typed by a Rust type parameter where C takes a type name, and `Py_VISIT`.

use crate::{PyObject, PyTypeObject, PyVarObject, Py_ssize_t};

/// `PyObject_New(type, typeobj)`: a new object of `typeobj`, uninitialized beyond its
/// header, as a `*mut T`; NULL with `MemoryError`.
///
/// # Safety
/// `typeobj` is a live type whose instances are `T`; the thread is attached.
#[inline]
pub unsafe fn PyObject_New<T>(typeobj: *mut PyTypeObject) -> *mut T {
    // SAFETY: as the caller promises.
    unsafe { crate::_PyObject_New(typeobj).cast() }
}

/// `PyObject_NEW(type, typeobj)`: the same as [`PyObject_New`].
///
/// # Safety
/// As for [`PyObject_New`].
#[inline]
pub unsafe fn PyObject_NEW<T>(typeobj: *mut PyTypeObject) -> *mut T {
    // SAFETY: as the caller promises.
    unsafe { PyObject_New(typeobj) }
}

/// `PyObject_NewVar(type, typeobj, n)`: a new variable-size object with room for `n` items.
///
/// # Safety
/// As for [`PyObject_New`]; `typeobj` has a non-zero `tp_itemsize`.
#[inline]
pub unsafe fn PyObject_NewVar<T>(typeobj: *mut PyTypeObject, n: Py_ssize_t) -> *mut T {
    // SAFETY: as the caller promises.
    unsafe { crate::_PyObject_NewVar(typeobj, n).cast() }
}

/// `PyObject_NEW_VAR(type, typeobj, n)`: the same as [`PyObject_NewVar`].
///
/// # Safety
/// As for [`PyObject_NewVar`].
#[inline]
pub unsafe fn PyObject_NEW_VAR<T>(typeobj: *mut PyTypeObject, n: Py_ssize_t) -> *mut T {
    // SAFETY: as the caller promises.
    unsafe { PyObject_NewVar(typeobj, n) }
}

/// `PyObject_GC_New(type, typeobj)`: [`PyObject_New`] for a type with
/// `Py_TPFLAGS_HAVE_GC` (track it with `PyObject_GC_Track` once initialized).
///
/// # Safety
/// As for [`PyObject_New`].
#[inline]
pub unsafe fn PyObject_GC_New<T>(typeobj: *mut PyTypeObject) -> *mut T {
    // SAFETY: as the caller promises.
    unsafe { crate::_PyObject_GC_New(typeobj).cast() }
}

/// `PyObject_GC_NewVar(type, typeobj, n)`: [`PyObject_NewVar`] for a GC type.
///
/// # Safety
/// As for [`PyObject_NewVar`].
#[inline]
pub unsafe fn PyObject_GC_NewVar<T>(typeobj: *mut PyTypeObject, n: Py_ssize_t) -> *mut T {
    // SAFETY: as the caller promises.
    unsafe { crate::_PyObject_GC_NewVar(typeobj, n).cast() }
}

/// `PyObject_GC_Resize(type, op, n)`: resizes a variable-size GC object (not yet
/// tracked); the object, possibly moved, or NULL with `MemoryError` (`op` is then intact).
///
/// # Safety
/// `op` is a live, untracked variable-size GC object; the thread is attached.
#[inline]
pub unsafe fn PyObject_GC_Resize<T>(op: *mut T, n: Py_ssize_t) -> *mut T {
    // SAFETY: as the caller promises.
    unsafe { crate::_PyObject_GC_Resize(op.cast::<PyVarObject>(), n).cast() }
}

/// `PyObject_INIT(op, typeobj)`: initializes the header of memory allocated for an object
/// of `typeobj` (type and a first reference). The header's inline form on 3.9/3.10, the
/// exported `PyObject_Init` since; both do the same.
///
/// # Safety
/// `op` points to enough memory for an object of `typeobj`; the thread is attached.
#[inline]
pub unsafe fn PyObject_INIT<T>(op: *mut T, typeobj: *mut PyTypeObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { crate::PyObject_Init(op.cast(), typeobj) }
}

/// `PyObject_INIT_VAR(op, typeobj, size)`: [`PyObject_INIT`] for a variable-size object.
///
/// # Safety
/// As for [`PyObject_INIT`], with room for `size` items.
#[inline]
pub unsafe fn PyObject_INIT_VAR<T>(
    op: *mut T,
    typeobj: *mut PyTypeObject,
    size: Py_ssize_t,
) -> *mut PyVarObject {
    // SAFETY: as the caller promises.
    unsafe { crate::PyObject_InitVar(op.cast(), typeobj, size) }
}

/// `Py_VISIT(op)` in a `tp_traverse` function: visits `op` if it is not NULL, and returns
/// from the enclosing function with the visit's result if that is not zero. C takes
/// `visit` and `arg` from the enclosing function's parameters; Rust's hygiene needs them
/// named: `Py_VISIT!(op, visit, arg)`, with `visit` the `visitproc` CPython passed.
///
/// ```ignore
/// unsafe extern "C" fn traverse(o: *mut PyObject, visit: visitproc, arg: *mut c_void) -> c_int {
///     Py_VISIT!((*o.cast::<MyObject>()).items, visit, arg);
///     0
/// }
/// ```
#[macro_export]
macro_rules! Py_VISIT {
    ($op:expr, $visit:expr, $arg:expr) => {{
        let op: *mut $crate::PyObject = ($op).cast();
        if !op.is_null() {
            let visit = ($visit).expect("Py_VISIT: CPython passes tp_traverse a visit function");
            let vret: ::core::ffi::c_int = visit(op, $arg);
            if vret != 0 {
                return vret;
            }
        }
    }};
}
