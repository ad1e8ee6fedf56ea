//! `tally`: a CPython extension module written against libpython-sys alone.
//!
//! - Multi-phase initialization (PEP 489): CPython creates the module from [`MODULE`] and
//!   runs its `Py_mod_exec` slot. On 3.15 the same module is exported through
//!   `PyModExport_tally` (PEP 793), which 3.15 prefers over `PyInit_tally`.
//! - All state is in the module state, so each interpreter that imports the module has its
//!   own (`Py_MOD_PER_INTERPRETER_GIL_SUPPORTED`), and it is safe without the GIL
//!   (`Py_MOD_GIL_NOT_USED`): a `PyMutex` guards the counters, a critical section the
//!   shared dict.
//!
//! Functions:
//! - `bump()`: adds one to the call counter and returns it (under the state's mutex).
//! - `calls()`: the counter.
//! - `tally(key, n=1)`: adds `n` to `key` in the module's shared dict and returns the new
//!   total (a read-modify-write in one critical section on the dict).
//! - `counts()`: a copy of the shared dict.
//! - `count_into(items, into)`: adds one to `into[item]` for every item (a critical section
//!   on `into`).
//! - `guarded(f)`: calls `f()`; if it raises, counts the error and raises the same exception
//!   again (the raised-exception API). `errors()`: that count.
//! - `first(list)`, `deref(weakref)`: the `*Ref` family (`PyList_GetItemRef`,
//!   `PyWeakref_GetRef`); `None` for an empty list or a dead referent.
//! - `ymd(date)`, `make_date(y, m, d)`: datetime's accessors and constructor.
//! - `created_by()`: `"PyModExport_tally"` or `"PyInit_tally"`, which entry point CPython
//!   used.
//!
//! # The stable ABI
//!
//! The default build is for the one interpreter that builds it. The example's features
//! `abi3-py39` and `abi3t-py315` (libpython-sys's, forwarded) build it for the stable ABI
//! instead (`Py_LIMITED_API`), one file for many interpreters (`setup.py` selects the
//! feature and the wheel's tag with `TALLY_STABLE_ABI`):
//!
//! - `abi3-py39`: `tally.abi3.so` for CPython 3.9+ with the GIL (the only builds abi3 is
//!   for: `check_loaded_libpython` refuses a free-threaded one), so the GIL guards the
//!   counters. libpython-sys binds the stable ABI of 3.9 alone; the few newer items the
//!   module uses on newer interpreters are in `newer_abi.rs`, used only where the running
//!   interpreter has them (`Py_GetVersion()`, read in `PyInit_tally`: `Py_Version` is
//!   stable-ABI data only from 3.11). On 3.12+ `PyInit_tally` returns a definition with
//!   the `Py_mod_multiple_interpreters` slot (3.9 to 3.11 refuse its id), and the module
//!   exports `PyModExport_tally` too, which only 3.15+ call: the same slots as 3.15's own
//!   build but `Py_mod_gil` (the GIL guards the counters), and ABI info for the stable
//!   ABI of 3.9.
//! - `abi3t-py315` (PEP 803): `tally.abi3t-<multiarch>.so` for 3.15 and 3.15t. `PyObject`
//!   and `PyModuleDef` are opaque there, so the module is `PyModExport_tally` alone, and a
//!   critical section on the module object guards the counters (`PyMutex` is not in the
//!   limited API).
//! - Both: the limited API's functions instead of the `cpython/` macros
//!   (`PyTuple_Size`, …), and `datetime.date` through the `datetime` module's Python
//!   attributes (`datetime.h` is not in the limited API). abi3-py39 has no
//!   `METH_FASTCALL` (limited API 3.10): `tally` and `count_into` take
//!   `METH_VARARGS | METH_KEYWORDS` there.

use core::ffi::{c_int, c_void, CStr};
use core::mem::size_of;
use core::ptr::null_mut;

use libpython_sys::*;

#[cfg(all(Py_LIMITED_API, not(Py_3_12)))]
mod newer_abi;

/// The module state: one per module object, so one per interpreter.
#[repr(C)]
struct State {
    /// Guards `calls` and `errors` (3.13+; before 3.13 CPython's C API has no `PyMutex`,
    /// and the GIL, which every caller holds, guards them). Not in the limited API: under
    /// abi3 the GIL guards them, under abi3t a critical section on the module object.
    #[cfg(not(Py_LIMITED_API))]
    mutex: PyMutex,
    calls: u64,
    errors: u64,
    /// The shared dict of `tally`, guarded by critical sections on itself.
    counts: *mut PyObject,
    /// 3.13t only: makes each `add` one step (see there).
    #[cfg(all(Py_GIL_DISABLED, not(Py_3_14)))]
    add_mutex: PyMutex,
}

/// The state of `module` (CPython allocates it zeroed, `m_size` bytes).
///
/// # Safety
/// `module` is this extension's module object.
unsafe fn state(module: *mut PyObject) -> *mut State {
    // SAFETY: a module of this definition has a state of `size_of::<State>()` bytes.
    unsafe { PyModule_GetState(module).cast() }
}

/// Runs `f` with the counters of `module`'s state locked.
///
/// # Safety
/// `module` is this extension's module object; the thread is attached.
#[cfg(not(Py_LIMITED_API))]
unsafe fn locked<R>(module: *mut PyObject, f: impl FnOnce(&mut u64, &mut u64) -> R) -> R {
    // SAFETY: the mutex lives in the module state, which does not move; the counters are
    // only touched with it held (3.13+) or with the GIL held (before 3.13).
    unsafe {
        let st = state(module);
        #[cfg(Py_3_13)]
        PyMutex_Lock(&raw mut (*st).mutex);
        let result = f(&mut (*st).calls, &mut (*st).errors);
        #[cfg(Py_3_13)]
        PyMutex_Unlock(&raw mut (*st).mutex);
        result
    }
}

/// Runs `f` with the counters of `module`'s state locked: the stable ABI has no `PyMutex`.
/// Under abi3 (GIL builds only) the GIL, which every caller holds, guards them. Under
/// abi3t a critical section on the module object does: `f` calls no C API, so the
/// section is never suspended while it runs (a section is suspended only when its
/// thread blocks or detaches), which makes it a plain lock here.
///
/// # Safety
/// As for the version-specific `locked`.
#[cfg(Py_LIMITED_API)]
unsafe fn locked<R>(module: *mut PyObject, f: impl FnOnce(&mut u64, &mut u64) -> R) -> R {
    // SAFETY: the counters are only touched here, under the GIL (abi3) or in a critical
    // section on the module, which outlives the call (abi3t).
    unsafe {
        let st = state(module);
        with_critical_section(module, || f(&mut (*st).calls, &mut (*st).errors))
    }
}

/// Raises `TypeError(message)` and returns NULL.
unsafe fn type_error(message: &CStr) -> *mut PyObject {
    // SAFETY: attached (callers); PyExc_TypeError is set once at start-up.
    unsafe { PyErr_SetString(PyExc_TypeError, message.as_ptr()) };
    null_mut()
}

unsafe extern "C" fn bump(module: *mut PyObject, _: *mut PyObject) -> *mut PyObject {
    // SAFETY: CPython calls this with the module as `self`, attached.
    unsafe {
        let n = locked(module, |calls, _| {
            *calls += 1;
            *calls
        });
        PyLong_FromUnsignedLongLong(n)
    }
}

unsafe extern "C" fn calls(module: *mut PyObject, _: *mut PyObject) -> *mut PyObject {
    // SAFETY: as in `bump`.
    unsafe { PyLong_FromUnsignedLongLong(locked(module, |calls, _| *calls)) }
}

unsafe extern "C" fn errors(module: *mut PyObject, _: *mut PyObject) -> *mut PyObject {
    // SAFETY: as in `bump`.
    unsafe { PyLong_FromUnsignedLongLong(locked(module, |_, errors| *errors)) }
}

/// `dict[key] += n` (a missing key counts as 0) in one critical section on `dict`, so
/// that concurrent additions are not lost; the new total, or NULL with an exception.
///
/// The dict calls inside the section lock `dict` themselves. From 3.14 CPython sees that
/// this thread's top-most section holds it already and does not lock again. 3.13t locks
/// again, which suspends the section (its lock is released while the call waits), so
/// another thread can interleave between the read and the write: measured, 8 threads
/// lost more than half their additions. There `add` also takes the state's `add_mutex`
/// (a `PyMutex` is never released behind your back). The cost: on 3.13t a key whose
/// `__eq__`/`__hash__` calls back into `add` would deadlock.
///
/// # Safety
/// `dict` is a live dict, `key` and `n` live objects; `st` the module's state; the thread
/// is attached.
unsafe fn add(
    st: *mut State,
    dict: *mut PyObject,
    key: *mut PyObject,
    n: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: the mutex lives in the module state, which does not move.
    #[cfg(all(Py_GIL_DISABLED, not(Py_3_14)))]
    unsafe {
        PyMutex_Lock(&raw mut (*st).add_mutex)
    };
    #[cfg(not(all(Py_GIL_DISABLED, not(Py_3_14))))]
    let _ = st;
    // SAFETY: as the caller promises; every reference taken here is released or returned.
    let total = unsafe {
        with_critical_section(dict, || {
            let mut old = null_mut();
            if PyDict_GetItemRef(dict, key, &mut old) < 0 {
                return null_mut();
            }
            let new = if old.is_null() {
                Py_NewRef(n)
            } else {
                let sum = PyNumber_Add(old, n);
                Py_DECREF(old);
                sum
            };
            if new.is_null() || PyDict_SetItem(dict, key, new) < 0 {
                Py_XDECREF(new);
                return null_mut();
            }
            new
        })
    };
    // SAFETY: locked above by this thread.
    #[cfg(all(Py_GIL_DISABLED, not(Py_3_14)))]
    unsafe {
        PyMutex_Unlock(&raw mut (*st).add_mutex)
    };
    total
}

/// Puts one keyword argument of `tally` in its place: false, with `TypeError`, for an
/// unknown name or a second value.
///
/// # Safety
/// `name` is a live `str`, `value` a live object; the thread is attached.
unsafe fn tally_keyword(
    name: *mut PyObject,
    value: *mut PyObject,
    key: &mut *mut PyObject,
    n: &mut *mut PyObject,
) -> bool {
    // SAFETY: as the caller promises.
    unsafe {
        let slot = if PyUnicode_EqualToUTF8(name, c"key".as_ptr()) == 1 {
            key
        } else if PyUnicode_EqualToUTF8(name, c"n".as_ptr()) == 1 {
            n
        } else {
            type_error(c"tally() got an unexpected keyword argument");
            return false;
        };
        if !slot.is_null() {
            type_error(c"tally() got multiple values for an argument");
            return false;
        }
        *slot = value;
        true
    }
}

/// `tally(key, n)` once its arguments are in place (NULL: not given).
///
/// # Safety
/// `module` is this extension's module; `key` and `n` are NULL or live; attached.
unsafe fn tally_add(module: *mut PyObject, key: *mut PyObject, n: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises; the `1` made here is released.
    unsafe {
        if key.is_null() {
            return type_error(c"tally() missing required argument 'key'");
        }
        if n.is_null() {
            let one = PyLong_FromLong(1);
            if one.is_null() {
                return null_mut();
            }
            let st = state(module);
            let total = add(st, (*st).counts, key, one);
            Py_DECREF(one);
            total
        } else {
            let st = state(module);
            add(st, (*st).counts, key, n)
        }
    }
}

// `PyTuple_GET_SIZE`, `PyTuple_GET_ITEM` and `PyList_GET_SIZE` are `cpython/` macros (they
// read the object's fields); the limited API has functions for them.
#[cfg(all(Py_LIMITED_API, Py_3_10))]
use libpython_sys::PyTuple_Size as tuple_size;
#[cfg(not(Py_LIMITED_API))]
use libpython_sys::{
    PyList_GET_SIZE as list_size, PyTuple_GET_ITEM as tuple_item, PyTuple_GET_SIZE as tuple_size,
};
#[cfg(Py_LIMITED_API)]
use libpython_sys::{PyList_Size as list_size, PyTuple_GetItem as tuple_item};

const TALLY_DOC: &CStr = c"tally(key, n=1): add n to key in the shared dict; return the total.";
const COUNT_INTO_DOC: &CStr = c"count_into(items, into): add one to into[item] for every item.";

/// `tally(key, n=1)`: `METH_FASTCALL | METH_KEYWORDS`.
#[cfg(any(not(Py_LIMITED_API), Py_3_10))]
unsafe extern "C" fn tally(
    module: *mut PyObject,
    args: *const *mut PyObject,
    nargs: Py_ssize_t,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: CPython passes `nargs` positional arguments followed by one per name in
    // `kwnames` (a tuple of str, or NULL); attached.
    unsafe {
        let nkw = if kwnames.is_null() {
            0
        } else {
            tuple_size(kwnames)
        };
        let mut key = if nargs >= 1 { *args } else { null_mut() };
        let mut n = if nargs >= 2 { *args.add(1) } else { null_mut() };
        if nargs > 2 {
            return type_error(c"tally() takes at most 2 positional arguments");
        }
        for i in 0..nkw {
            let name = tuple_item(kwnames, i);
            let value = *args.offset(nargs + i);
            if !tally_keyword(name, value, &mut key, &mut n) {
                return null_mut();
            }
        }
        tally_add(module, key, n)
    }
}

/// `tally(key, n=1)` under abi3-py39: `METH_VARARGS | METH_KEYWORDS` (`METH_FASTCALL` is in
/// the limited API from 3.10), with the same checks and messages.
#[cfg(all(Py_LIMITED_API, not(Py_3_10)))]
unsafe extern "C" fn tally(
    module: *mut PyObject,
    args: *mut PyObject,
    kwargs: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: CPython passes the positional arguments as a tuple and the keyword arguments
    // as a dict of its own (or NULL), alive for the call; attached.
    unsafe {
        let nargs = PyTuple_Size(args);
        let mut key = if nargs >= 1 {
            tuple_item(args, 0)
        } else {
            null_mut()
        };
        let mut n = if nargs >= 2 {
            tuple_item(args, 1)
        } else {
            null_mut()
        };
        if nargs > 2 {
            return type_error(c"tally() takes at most 2 positional arguments");
        }
        if !kwargs.is_null() {
            let mut pos: Py_ssize_t = 0;
            let (mut name, mut value) = (null_mut(), null_mut());
            while PyDict_Next(kwargs, &mut pos, &mut name, &mut value) != 0 {
                if !tally_keyword(name, value, &mut key, &mut n) {
                    return null_mut();
                }
            }
        }
        tally_add(module, key, n)
    }
}

unsafe extern "C" fn counts(module: *mut PyObject, _: *mut PyObject) -> *mut PyObject {
    // SAFETY: as in `bump`; the copy is made in a critical section on the dict.
    unsafe {
        let dict = (*state(module)).counts;
        with_critical_section(dict, || PyDict_Copy(dict))
    }
}

/// `count_into(items, into)`: `METH_FASTCALL`.
#[cfg(any(not(Py_LIMITED_API), Py_3_10))]
unsafe extern "C" fn count_into(
    module: *mut PyObject,
    args: *const *mut PyObject,
    nargs: Py_ssize_t,
) -> *mut PyObject {
    // SAFETY: CPython passes `nargs` live arguments; attached.
    unsafe {
        if nargs != 2 {
            return type_error(c"count_into() takes exactly 2 arguments (items, into)");
        }
        count_items(module, *args, *args.add(1))
    }
}

/// `count_into(items, into)` under abi3-py39: `METH_VARARGS` (no `METH_FASTCALL` in the
/// limited API of 3.9).
#[cfg(all(Py_LIMITED_API, not(Py_3_10)))]
unsafe extern "C" fn count_into(module: *mut PyObject, args: *mut PyObject) -> *mut PyObject {
    // SAFETY: CPython passes the arguments as a tuple, alive for the call; attached.
    unsafe {
        if PyTuple_Size(args) != 2 {
            return type_error(c"count_into() takes exactly 2 arguments (items, into)");
        }
        count_items(module, tuple_item(args, 0), tuple_item(args, 1))
    }
}

/// `count_into`'s work: `into[item] += 1` for every item.
///
/// # Safety
/// `module` is this extension's module; `items` and `into` are live; attached.
unsafe fn count_items(
    module: *mut PyObject,
    items: *mut PyObject,
    into: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: as the caller promises; every reference taken here is released.
    unsafe {
        if PyDict_Check(into) == 0 {
            return type_error(c"count_into(): 'into' must be a dict");
        }
        let iter = PyObject_GetIter(items);
        if iter.is_null() {
            return null_mut();
        }
        let one = PyLong_FromLong(1);
        let mut status = if one.is_null() { -1 } else { 1 };
        while status == 1 {
            let mut item = null_mut();
            status = PyIter_NextItem(iter, &mut item);
            if status == 1 {
                let total = add(state(module), into, item, one);
                Py_DECREF(item);
                if total.is_null() {
                    status = -1;
                } else {
                    Py_DECREF(total);
                }
            }
        }
        Py_XDECREF(one);
        Py_DECREF(iter);
        if status < 0 {
            null_mut()
        } else {
            Py_NewRef(Py_None())
        }
    }
}

/// `guarded(f)`: `METH_O`.
unsafe extern "C" fn guarded(module: *mut PyObject, f: *mut PyObject) -> *mut PyObject {
    // SAFETY: attached; `f` is a live argument.
    unsafe {
        #[cfg(any(not(Py_LIMITED_API), Py_3_10))]
        let result = PyObject_CallNoArgs(f);
        // PyObject_CallNoArgs is in the limited API from 3.10: the same call.
        #[cfg(all(Py_LIMITED_API, not(Py_3_10)))]
        let result = PyObject_CallObject(f, null_mut());
        if result.is_null() {
            // Take the exception, count it, and raise the same object again.
            let exc = PyErr_GetRaisedException();
            locked(module, |_, errors| *errors += 1);
            PyErr_SetRaisedException(exc);
        }
        result
    }
}

/// `first(list)`: `METH_O`; `list[0]` as a strong reference, or `None` when empty.
unsafe extern "C" fn first(_module: *mut PyObject, list: *mut PyObject) -> *mut PyObject {
    // SAFETY: attached; `list` is a live argument.
    unsafe {
        if PyList_Check(list) == 0 {
            return type_error(c"first() takes a list");
        }
        if list_size(list) == 0 {
            return Py_NewRef(Py_None());
        }
        // A strong reference even if another thread empties the list meanwhile (NULL
        // with IndexError then).
        PyList_GetItemRef(list, 0)
    }
}

/// `deref(weakref)`: `METH_O`; the referent, or `None` when it is gone.
unsafe extern "C" fn deref(_module: *mut PyObject, reference: *mut PyObject) -> *mut PyObject {
    // SAFETY: attached; `reference` is a live argument.
    unsafe {
        let mut obj = null_mut();
        match PyWeakref_GetRef(reference, &mut obj) {
            1 => obj,
            0 => Py_NewRef(Py_None()),
            _ => null_mut(),
        }
    }
}

/// `ymd(date)`: `METH_O`; `(year, month, day)` of a `datetime.date` (or `datetime`).
#[cfg(not(Py_LIMITED_API))]
unsafe extern "C" fn ymd(_module: *mut PyObject, date: *mut PyObject) -> *mut PyObject {
    // SAFETY: attached; the accessors run only on a checked date.
    unsafe {
        match PyDate_Check(date) {
            -1 => return null_mut(), // datetime could not be imported
            0 => return type_error(c"ymd() takes a datetime.date"),
            _ => {}
        }
        Py_BuildValue(
            c"(iii)".as_ptr(),
            PyDateTime_GET_YEAR(date),
            PyDateTime_GET_MONTH(date),
            PyDateTime_GET_DAY(date),
        )
    }
}

/// `make_date(year, month, day)`: `METH_VARARGS`.
#[cfg(not(Py_LIMITED_API))]
unsafe extern "C" fn make_date(_module: *mut PyObject, args: *mut PyObject) -> *mut PyObject {
    // SAFETY: attached; `args` is the argument tuple.
    unsafe {
        let (mut y, mut m, mut d): (c_int, c_int, c_int) = (0, 0, 0);
        if PyArg_ParseTuple(
            args,
            c"iii:make_date".as_ptr(),
            &mut y as *mut c_int,
            &mut m as *mut c_int,
            &mut d as *mut c_int,
        ) == 0
        {
            return null_mut();
        }
        PyDate_FromDate(y, m, d)
    }
}

/// `datetime.date` (a new reference), or NULL with an exception: the limited API has no
/// datetime C API (`datetime.h`), so the stable-ABI builds go through the module's Python
/// attributes. Looked up on each call (the version-specific build imports the C API once
/// per process); after the first, the import is a lookup in the interpreter's
/// `sys.modules`.
///
/// # Safety
/// The thread is attached.
#[cfg(Py_LIMITED_API)]
unsafe fn date_type() -> *mut PyObject {
    // SAFETY: attached; the module reference is released.
    unsafe {
        let datetime = PyImport_ImportModule(c"datetime".as_ptr());
        if datetime.is_null() {
            return null_mut();
        }
        let date = PyObject_GetAttrString(datetime, c"date".as_ptr());
        Py_DECREF(datetime);
        if !date.is_null() && PyType_Check(date) == 0 {
            Py_DECREF(date);
            return type_error(c"datetime.date is not a type");
        }
        date
    }
}

/// `ymd(date)` under the stable ABI: the same checks (an instance of `datetime.date` by
/// its type, as `PyDate_Check`) and result, from the `year`, `month` and `day` attributes.
#[cfg(Py_LIMITED_API)]
unsafe extern "C" fn ymd(_module: *mut PyObject, date: *mut PyObject) -> *mut PyObject {
    // SAFETY: attached; every reference taken here is released.
    unsafe {
        let date_type = date_type();
        if date_type.is_null() {
            return null_mut(); // datetime could not be imported
        }
        let is_date = PyObject_TypeCheck(date, date_type.cast());
        Py_DECREF(date_type);
        if is_date == 0 {
            return type_error(c"ymd() takes a datetime.date");
        }
        let mut fields: [c_int; 3] = [0; 3];
        for (field, name) in fields.iter_mut().zip([c"year", c"month", c"day"]) {
            let value = PyObject_GetAttrString(date, name.as_ptr());
            if value.is_null() {
                return null_mut();
            }
            let v = PyLong_AsLong(value);
            Py_DECREF(value);
            if v == -1 && !PyErr_Occurred().is_null() {
                return null_mut();
            }
            *field = v as c_int; // a year, month or day of a date: within c_int
        }
        Py_BuildValue(c"(iii)".as_ptr(), fields[0], fields[1], fields[2])
    }
}

/// `make_date(year, month, day)` under the stable ABI: `datetime.date(y, m, d)`, after the
/// same argument parsing as the version-specific build.
#[cfg(Py_LIMITED_API)]
unsafe extern "C" fn make_date(_module: *mut PyObject, args: *mut PyObject) -> *mut PyObject {
    // SAFETY: attached; `args` is the argument tuple; the type reference is released.
    unsafe {
        let (mut y, mut m, mut d): (c_int, c_int, c_int) = (0, 0, 0);
        if PyArg_ParseTuple(
            args,
            c"iii:make_date".as_ptr(),
            &mut y as *mut c_int,
            &mut m as *mut c_int,
            &mut d as *mut c_int,
        ) == 0
        {
            return null_mut();
        }
        let date_type = date_type();
        if date_type.is_null() {
            return null_mut();
        }
        let date = PyObject_CallFunction(date_type, c"iii".as_ptr(), y, m, d);
        Py_DECREF(date_type);
        date
    }
}

/// `created_by()`: which entry point created this module.
unsafe extern "C" fn created_by(_module: *mut PyObject, _: *mut PyObject) -> *mut PyObject {
    #[cfg(Py_3_15)]
    // SAFETY: attached; `_module` is this extension's module.
    unsafe {
        // A module created from an export hook has the hook's slot table as its token.
        let mut token = null_mut();
        if PyModule_GetToken(_module, &mut token) < 0 {
            return null_mut();
        }
        if token.cast_const() == export::SLOTS.as_ptr().cast() {
            return PyUnicode_FromString(c"PyModExport_tally".as_ptr());
        }
    }
    // abi3-py39: not `PyModule_GetToken`, which is 3.15's (the module would not load on
    // 3.9 to 3.14). A module created from `PyModExport_tally`'s slots has no `PyModuleDef`:
    // there 3.15 `PyModule_GetDef` returns NULL without an exception; for one created
    // from `PyInit_tally` it returns the definition, on every version.
    #[cfg(all(Py_LIMITED_API, not(Py_3_12)))]
    // SAFETY: attached; `_module` is this extension's module, a module object.
    unsafe {
        if PyModule_GetDef(_module).is_null() {
            if !PyErr_Occurred().is_null() {
                return null_mut();
            }
            return PyUnicode_FromString(c"PyModExport_tally".as_ptr());
        }
    }
    // SAFETY: attached.
    unsafe { PyUnicode_FromString(c"PyInit_tally".as_ptr()) }
}

static METHODS: [PyMethodDef; 13] = [
    PyMethodDef::noargs(c"bump", bump, c"Add one to the call counter; return it."),
    PyMethodDef::noargs(c"calls", calls, c"The call counter."),
    PyMethodDef::noargs(c"errors", errors, c"How many errors guarded() saw."),
    #[cfg(any(not(Py_LIMITED_API), Py_3_10))]
    PyMethodDef::fastcall_keywords(c"tally", tally, TALLY_DOC),
    #[cfg(all(Py_LIMITED_API, not(Py_3_10)))]
    PyMethodDef::varargs_keywords(c"tally", tally, TALLY_DOC),
    PyMethodDef::noargs(c"counts", counts, c"A copy of the shared dict."),
    #[cfg(any(not(Py_LIMITED_API), Py_3_10))]
    PyMethodDef::fastcall(c"count_into", count_into, COUNT_INTO_DOC),
    #[cfg(all(Py_LIMITED_API, not(Py_3_10)))]
    PyMethodDef::varargs(c"count_into", count_into, COUNT_INTO_DOC),
    PyMethodDef::o(
        c"guarded",
        guarded,
        c"guarded(f): f(); an exception is counted and raised again.",
    ),
    PyMethodDef::o(c"first", first, c"first(list): list[0], or None."),
    PyMethodDef::o(c"deref", deref, c"deref(weakref): the referent, or None."),
    PyMethodDef::o(c"ymd", ymd, c"ymd(date): (year, month, day)."),
    PyMethodDef::varargs(c"make_date", make_date, c"make_date(y, m, d): a date."),
    PyMethodDef::noargs(c"created_by", created_by, c"The entry point used."),
    PyMethodDef::zeroed(),
];

/// `Py_mod_exec`: fills the new module's state.
unsafe extern "C" fn exec(module: *mut PyObject) -> c_int {
    // SAFETY: CPython runs this once on the new module, attached.
    unsafe {
        let st = state(module);
        (*st).counts = PyDict_New();
        if (*st).counts.is_null() {
            return -1;
        }
        0
    }
}

/// `m_traverse` / `Py_mod_state_traverse`: the state's references, for the collector.
unsafe extern "C" fn traverse(module: *mut PyObject, visit: visitproc, arg: *mut c_void) -> c_int {
    // SAFETY: CPython calls this on a module of this definition (its state may not be
    // allocated yet: PyModule_GetState is NULL then).
    unsafe {
        let st = state(module);
        if st.is_null() || (*st).counts.is_null() {
            return 0;
        }
        match visit {
            Some(visit) => visit((*st).counts, arg),
            None => 0,
        }
    }
}

/// `m_clear` / `Py_mod_state_clear`: drops the state's references.
unsafe extern "C" fn clear(module: *mut PyObject) -> c_int {
    // SAFETY: as in `traverse`.
    unsafe {
        let st = state(module);
        if !st.is_null() {
            Py_CLEAR(&mut (*st).counts);
        }
    }
    0
}

/// `m_free` / `Py_mod_state_free`.
unsafe extern "C" fn free(module: *mut c_void) {
    // SAFETY: CPython passes the module being freed.
    unsafe {
        clear(module.cast());
    }
}

/// Not under abi3t, where `PyModuleDef` is opaque: a module is `PyModExport_tally` there.
/// Under abi3-py39 the slots of 3.12 and 3.13 are absent (they are not in the limited API
/// of 3.9, and 3.9 to 3.11 refuse a slot id they do not know): see `SLOTS_3_12`.
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
static SLOTS: &[PyModuleDef_Slot] = &[
    PyModuleDef_Slot::exec(exec),
    // Every interpreter gets its own module and state: safe with a GIL per interpreter.
    #[cfg(Py_3_12)]
    PyModuleDef_Slot::multiple_interpreters(Py_MOD_PER_INTERPRETER_GIL_SUPPORTED),
    // Safe without the GIL: a free-threaded interpreter keeps it disabled.
    #[cfg(Py_3_13)]
    PyModuleDef_Slot::gil(Py_MOD_GIL_NOT_USED),
    PyModuleDef_Slot::zeroed(),
];

/// abi3-py39 on 3.12+: `SLOTS` and the `Py_mod_multiple_interpreters` slot of the stable
/// ABI of 3.12 (`newer_abi`). Not `Py_mod_gil` (3.13): abi3 is for builds with the GIL
/// only, which ignore it, and the GIL is what guards the counters there.
#[cfg(all(Py_LIMITED_API, not(Py_3_12)))]
static SLOTS_3_12: &[PyModuleDef_Slot] = &[
    PyModuleDef_Slot::exec(exec),
    PyModuleDef_Slot::new(
        newer_abi::Py_mod_multiple_interpreters,
        newer_abi::Py_MOD_PER_INTERPRETER_GIL_SUPPORTED,
    ),
    PyModuleDef_Slot::zeroed(),
];

/// The module definition with `slots`.
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
const fn definition(slots: &'static [PyModuleDef_Slot]) -> PyModuleDef {
    PyModuleDef {
        m_base: PyModuleDef_HEAD_INIT,
        m_name: c"tally".as_ptr(),
        m_doc: c"An extension module written with libpython-sys.".as_ptr(),
        m_size: size_of::<State>() as Py_ssize_t,
        m_methods: METHODS.as_ptr().cast_mut(), // CPython only reads the tables
        m_slots: slots.as_ptr().cast_mut(),
        m_traverse: Some(traverse),
        m_clear: Some(clear),
        m_free: Some(free),
    }
}

/// The module definition. CPython writes into it (`PyModuleDef_Init`), so it lives in a
/// cell rather than a `static mut`.
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
static MODULE: ModuleDefCell = ModuleDefCell::new(definition(SLOTS));

/// abi3-py39: the definition that `PyInit_tally` returns on 3.12+.
#[cfg(all(Py_LIMITED_API, not(Py_3_12)))]
static MODULE_3_12: ModuleDefCell = ModuleDefCell::new(definition(SLOTS_3_12));

/// The entry point before 3.15 (3.15 prefers `PyModExport_tally`): multi-phase init.
/// Not under abi3t (no `PyModuleDef` there).
///
/// # Safety
/// Called by CPython's import machinery only.
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
#[no_mangle]
pub unsafe extern "C" fn PyInit_tally() -> *mut PyObject {
    // SAFETY: attached (the import machinery); the definitions are statics.
    unsafe {
        if refuse_other_interpreter() {
            return null_mut();
        }
        #[cfg(not(all(Py_LIMITED_API, not(Py_3_12))))]
        let module = &MODULE;
        // SAFETY (soundness of the choice): two static definitions, rather than one whose
        // `m_slots` this function would write before `PyModuleDef_Init`: such a write
        // could race with CPython reading the definition in another interpreter with its
        // own GIL, importing the module at the same time. The running version is the same
        // for the whole process, so every call picks the same definition, and CPython only
        // ever sees (and initializes) that one.
        #[cfg(all(Py_LIMITED_API, not(Py_3_12)))]
        let module = match running_version() {
            Some((3, minor)) if minor >= 12 => &MODULE_3_12,
            _ => &MODULE,
        };
        PyModuleDef_Init(module.get())
    }
}

/// abi3-py39: the running interpreter's `(major, minor)`, from `Py_GetVersion()`
/// (`"3.12.1 (main, …) [GCC …]"`): `Py_Version` is stable-ABI data only from 3.11, and a
/// module that referenced it would not load on 3.9 and 3.10. None if unreadable (then
/// `check_loaded_libpython` has refused the interpreter already).
#[cfg(all(Py_LIMITED_API, not(Py_3_12)))]
fn running_version() -> Option<(u32, u32)> {
    // SAFETY: Py_GetVersion returns a static NUL-terminated string (callable any time).
    let text = unsafe { CStr::from_ptr(Py_GetVersion()) }.to_bytes();
    let mut parts = text.split(|&c| c == b'.');
    let mut number = || -> Option<u32> {
        let digits = parts.next()?;
        if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        core::str::from_utf8(digits).ok()?.parse().ok()
    };
    Some((number()?, number()?))
}

/// Raises `ImportError` (and returns true) if the importing interpreter is not the one
/// this module was built for, e.g. a wheel built with a stale `PYO3_PYTHON`.
///
/// # Safety
/// Attached (the import machinery).
unsafe fn refuse_other_interpreter() -> bool {
    let Err(mismatch) = check_loaded_libpython() else {
        return false;
    };
    let message = std::ffi::CString::new(mismatch.to_string()).unwrap_or_default();
    // SAFETY: attached; PyExc_ImportError and PyErr_SetString are in every ABI.
    unsafe { PyErr_SetString(PyExc_ImportError, message.as_ptr()) };
    true
}

/// 3.15 (PEP 793): the same module as a table of slots. Also under abi3-py39, with the
/// stable-ABI 3.15 items of `newer_abi` (and without `Py_mod_gil`, as `SLOTS_3_12`):
/// 3.15+ prefer `PyModExport_tally`, and 3.9 to 3.14 never look it up, so its 3.15 ids
/// and layouts are never seen by an interpreter that does not know them. It references
/// no symbol of libpython newer than 3.9, so the module still loads there.
#[cfg(any(Py_3_15, all(Py_LIMITED_API, not(Py_3_12))))]
mod export {
    use super::*;
    #[cfg(all(Py_LIMITED_API, not(Py_3_12)))]
    use crate::newer_abi::{PyABIInfo, PySlot, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED};

    /// What `PyABIInfo_VAR` declares for this build; under abi3-py39 the stable ABI of 3.9
    /// with the GIL, which 3.15 accepts (`PyABIInfo_Check`: not newer than itself) and
    /// 3.15t refuses.
    static ABI: PyABIInfo = PyABIInfo::DEFAULT;

    pub(crate) static SLOTS: &[PySlot] = &[
        PySlot::mod_abi(&ABI),
        PySlot::mod_name(c"tally"),
        PySlot::mod_doc(c"An extension module written with libpython-sys."),
        PySlot::mod_methods(&METHODS),
        PySlot::mod_state_size(size_of::<State>() as Py_ssize_t),
        PySlot::mod_state_traverse(traverse),
        PySlot::mod_state_clear(clear),
        PySlot::mod_state_free(free),
        PySlot::mod_exec(exec),
        PySlot::mod_multiple_interpreters(Py_MOD_PER_INTERPRETER_GIL_SUPPORTED),
        #[cfg(Py_3_13)]
        PySlot::mod_gil(Py_MOD_GIL_NOT_USED),
        PySlot::END,
    ];

    /// The 3.15 entry point: the module's slots.
    ///
    /// # Safety
    /// Called by CPython's import machinery only.
    #[no_mangle]
    pub unsafe extern "C" fn PyModExport_tally() -> *const PySlot {
        // SAFETY: attached (the import machinery).
        if unsafe { refuse_other_interpreter() } {
            return core::ptr::null();
        }
        SLOTS.as_ptr()
    }
}
