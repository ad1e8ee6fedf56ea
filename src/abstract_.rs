//! Mirrors `cpython/abstract.h`: the inline call helpers (not in the limited API, which
//! has the exported functions instead), and `abstract.h`'s macros.

use crate::PyObject;
#[cfg(not(Py_LIMITED_API))]
use crate::PyObject_VectorcallMethod;
use crate::PY_VECTORCALL_ARGUMENTS_OFFSET;

/// `PyObject_CallMethodNoArgs` (3.9+): `self.name()`, a new reference or NULL.
///
/// # Safety
/// `self_` and `name` (a `str`) are live; the thread may call into Python.
#[cfg(not(Py_LIMITED_API))]
#[inline(always)]
pub unsafe fn PyObject_CallMethodNoArgs(
    self_: *mut PyObject,
    name: *mut PyObject,
) -> *mut PyObject {
    let mut args = [self_];
    // SAFETY: as the caller promises; the argument array outlives the call.
    unsafe {
        PyObject_VectorcallMethod(
            name,
            args.as_mut_ptr(),
            1 | PY_VECTORCALL_ARGUMENTS_OFFSET,
            core::ptr::null_mut(),
        )
    }
}

/// `PyObject_CallMethodOneArg` (3.9+): `self.name(arg)`, a new reference or NULL.
///
/// # Safety
/// As for [`PyObject_CallMethodNoArgs`]; `arg` is live.
#[cfg(not(Py_LIMITED_API))]
#[inline(always)]
pub unsafe fn PyObject_CallMethodOneArg(
    self_: *mut PyObject,
    name: *mut PyObject,
    arg: *mut PyObject,
) -> *mut PyObject {
    let mut args = [self_, arg];
    // SAFETY: as the caller promises; the argument array outlives the call.
    unsafe {
        PyObject_VectorcallMethod(
            name,
            args.as_mut_ptr(),
            2 | PY_VECTORCALL_ARGUMENTS_OFFSET,
            core::ptr::null_mut(),
        )
    }
}

/// `PyVectorcall_NARGS`: the argument count of a vectorcall's `nargsf`, without the
/// `PY_VECTORCALL_ARGUMENTS_OFFSET` flag. One safe function on every version: the header's
/// inline code (`_PyVectorcall_NARGS`, which the macro names). 3.12+ also export a
/// function of this name for the stable ABI, which C code compiled against the full API
/// does not call, and neither does this crate (under `abi3` before 3.12, the limited API
/// has no vectorcall: this is the crate's backport, for its `PyObject_Vectorcall`).
#[inline(always)]
pub fn PyVectorcall_NARGS(nargsf: usize) -> crate::Py_ssize_t {
    (nargsf & !PY_VECTORCALL_ARGUMENTS_OFFSET) as crate::Py_ssize_t
}

/// `PyVectorcall_Function` (3.9, 3.10: the header's inline code; exported from 3.11): the
/// vectorcall function of `callable`'s type, or `None` when the type does not support
/// vectorcall.
///
/// # Safety
/// `callable` is a live object.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyVectorcall_Function(callable: *mut PyObject) -> crate::vectorcallfunc {
    // SAFETY: as the caller promises; a type with the flag keeps a vectorcall function
    // pointer at `tp_vectorcall_offset` in its instances (read unaligned, as C's memcpy).
    unsafe {
        let tp = crate::Py_TYPE(callable);
        if crate::PyType_HasFeature(tp, crate::Py_TPFLAGS_HAVE_VECTORCALL) == 0 {
            return None;
        }
        let offset = (*tp).tp_vectorcall_offset;
        callable
            .cast::<u8>()
            .offset(offset)
            .cast::<crate::vectorcallfunc>()
            .read_unaligned()
    }
}

/// `_PyObject_VectorcallTstate` (3.9, 3.10): the body of the inline vectorcall entry
/// points, through the exported `_PyObject_MakeTpCall` and `_Py_CheckFunctionResult`.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
unsafe fn vectorcall_tstate(
    tstate: *mut crate::PyThreadState,
    callable: *mut PyObject,
    args: *const *mut PyObject,
    nargsf: usize,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: the callers' contract, which is C's.
    unsafe {
        match PyVectorcall_Function(callable) {
            None => crate::_PyObject_MakeTpCall(
                tstate,
                callable,
                args,
                PyVectorcall_NARGS(nargsf),
                kwnames,
            ),
            Some(func) => {
                let res = func(callable, args, nargsf, kwnames);
                crate::_Py_CheckFunctionResult(tstate, callable, res, core::ptr::null())
            }
        }
    }
}

/// `PyObject_Vectorcall` (3.9, 3.10: the header's inline code; exported from 3.11):
/// calls `callable` with `PyVectorcall_NARGS(nargsf)` positional arguments from `args`,
/// then the values of the keyword names in `kwnames` (a tuple, or NULL). A new reference,
/// or NULL with an exception.
///
/// # Safety
/// The calling thread is attached; `args` holds the arguments (one more slot before it if
/// `nargsf` has `PY_VECTORCALL_ARGUMENTS_OFFSET`).
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyObject_Vectorcall(
    callable: *mut PyObject,
    args: *const *mut PyObject,
    nargsf: usize,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { vectorcall_tstate(crate::PyThreadState_Get(), callable, args, nargsf, kwnames) }
}

/// `PyObject_CallOneArg` (3.9, 3.10: the header's inline code; exported from 3.11):
/// `callable(arg)`, a new reference or NULL with an exception.
///
/// # Safety
/// The calling thread is attached; `callable` and `arg` are live.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyObject_CallOneArg(callable: *mut PyObject, arg: *mut PyObject) -> *mut PyObject {
    // One slot before the argument, which the callee may overwrite for the duration of
    // the call (PY_VECTORCALL_ARGUMENTS_OFFSET): a mutable array, as C's `_args[2]`.
    let mut args = [core::ptr::null_mut(), arg];
    // SAFETY: as the caller promises; `args` outlives the call.
    unsafe {
        vectorcall_tstate(
            crate::PyThreadState_Get(),
            callable,
            args.as_mut_ptr().add(1),
            1 | PY_VECTORCALL_ARGUMENTS_OFFSET,
            core::ptr::null_mut(),
        )
    }
}

/// `PySequence_Fast_GET_SIZE(o)`: the length of the list or tuple that
/// `PySequence_Fast` returned, unchecked.
///
/// # Safety
/// `o` is a live list or tuple (on free-threaded builds, a list no other thread resizes:
/// `PySequence_Fast` returns the list itself).
#[cfg(not(Py_LIMITED_API))]
#[inline]
pub unsafe fn PySequence_Fast_GET_SIZE(o: *mut PyObject) -> crate::Py_ssize_t {
    // SAFETY: as the caller promises.
    unsafe {
        if crate::PyList_Check(o) != 0 {
            crate::PyList_GET_SIZE(o)
        } else {
            crate::PyTuple_GET_SIZE(o)
        }
    }
}

/// `PySequence_Fast_GET_ITEM(o, i)`: item `i` (borrowed), unchecked.
///
/// # Safety
/// As for [`PySequence_Fast_GET_SIZE`]; `i` is in range.
#[cfg(not(Py_LIMITED_API))]
#[inline]
pub unsafe fn PySequence_Fast_GET_ITEM(o: *mut PyObject, i: crate::Py_ssize_t) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe {
        if crate::PyList_Check(o) != 0 {
            crate::PyList_GET_ITEM(o, i)
        } else {
            crate::PyTuple_GET_ITEM(o, i)
        }
    }
}

/// `PySequence_Fast_ITEMS(o)`: the item array (borrowed references), unchecked; a list's
/// array is invalidated by a resize.
///
/// # Safety
/// As for [`PySequence_Fast_GET_SIZE`].
#[cfg(not(Py_LIMITED_API))]
#[inline]
pub unsafe fn PySequence_Fast_ITEMS(o: *mut PyObject) -> *mut *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe {
        if crate::PyList_Check(o) != 0 {
            (*o.cast::<crate::PyListObject>()).ob_item
        } else {
            core::ptr::addr_of_mut!((*o.cast::<crate::PyTupleObject>()).ob_item).cast()
        }
    }
}

/// `PyMapping_DelItem(o, key)` (`abstract.h`): `PyObject_DelItem(o, key)`; 0, or -1 with an
/// exception.
///
/// # Safety
/// `o` and `key` are live; the thread is attached.
#[inline]
pub unsafe fn PyMapping_DelItem(o: *mut PyObject, key: *mut PyObject) -> core::ffi::c_int {
    // SAFETY: as the caller promises.
    unsafe { crate::PyObject_DelItem(o, key) }
}

/// `PyMapping_DelItemString(o, key)` (`abstract.h`): `PyObject_DelItemString(o, key)`.
///
/// # Safety
/// `o` is live and `key` a C string; the thread is attached.
#[inline]
pub unsafe fn PyMapping_DelItemString(
    o: *mut PyObject,
    key: *const core::ffi::c_char,
) -> core::ffi::c_int {
    // SAFETY: as the caller promises.
    unsafe { crate::PyObject_DelItemString(o, key) }
}

/// `PySequence_ITEM(o, i)` (`cpython/abstract.h`): `o[i]` through the type's `sq_item`
/// slot directly, without the negative-index adjustment and checks of `PySequence_GetItem`.
/// A new reference, or NULL with an exception.
///
/// # Safety
/// `o` is live and its type has `tp_as_sequence->sq_item` (C dereferences both unchecked;
/// here a missing slot panics); the thread is attached.
#[cfg(not(Py_LIMITED_API))]
#[inline]
pub unsafe fn PySequence_ITEM(o: *mut PyObject, i: crate::Py_ssize_t) -> *mut PyObject {
    // SAFETY: `o` is live (caller), so its type is; the slot table is the type's.
    unsafe {
        let methods = (*crate::Py_TYPE(o)).tp_as_sequence;
        assert!(
            !methods.is_null(),
            "PySequence_ITEM: the type has no tp_as_sequence"
        );
        let item = (*methods)
            .sq_item
            .expect("PySequence_ITEM: the type has no sq_item");
        item(o, i)
    }
}
