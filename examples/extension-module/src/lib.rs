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

use core::ffi::{c_int, c_void, CStr};
use core::mem::size_of;
use core::ptr::null_mut;

use libpython_sys::*;

/// The module state: one per module object, so one per interpreter.
#[repr(C)]
struct State {
    /// Guards `calls` and `errors` (3.13+; before 3.13 CPython's C API has no `PyMutex`,
    /// and the GIL, which every caller holds, guards them).
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

/// Runs `f` with the state's counters locked.
///
/// # Safety
/// `st` is a live state; the thread is attached.
unsafe fn locked<R>(st: *mut State, f: impl FnOnce(&mut u64, &mut u64) -> R) -> R {
    // SAFETY: the mutex lives in the module state, which does not move; the counters are
    // only touched with it held (3.13+) or with the GIL held (before 3.13).
    unsafe {
        #[cfg(Py_3_13)]
        PyMutex_Lock(&raw mut (*st).mutex);
        let result = f(&mut (*st).calls, &mut (*st).errors);
        #[cfg(Py_3_13)]
        PyMutex_Unlock(&raw mut (*st).mutex);
        result
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
        let n = locked(state(module), |calls, _| {
            *calls += 1;
            *calls
        });
        PyLong_FromUnsignedLongLong(n)
    }
}

unsafe extern "C" fn calls(module: *mut PyObject, _: *mut PyObject) -> *mut PyObject {
    // SAFETY: as in `bump`.
    unsafe { PyLong_FromUnsignedLongLong(locked(state(module), |calls, _| *calls)) }
}

unsafe extern "C" fn errors(module: *mut PyObject, _: *mut PyObject) -> *mut PyObject {
    // SAFETY: as in `bump`.
    unsafe { PyLong_FromUnsignedLongLong(locked(state(module), |_, errors| *errors)) }
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

/// `tally(key, n=1)`: `METH_FASTCALL | METH_KEYWORDS`.
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
            PyTuple_GET_SIZE(kwnames)
        };
        let mut key = if nargs >= 1 { *args } else { null_mut() };
        let mut n = if nargs >= 2 { *args.add(1) } else { null_mut() };
        if nargs > 2 {
            return type_error(c"tally() takes at most 2 positional arguments");
        }
        for i in 0..nkw {
            let name = PyTuple_GET_ITEM(kwnames, i);
            let value = *args.offset(nargs + i);
            let slot = if PyUnicode_EqualToUTF8(name, c"key".as_ptr()) == 1 {
                &mut key
            } else if PyUnicode_EqualToUTF8(name, c"n".as_ptr()) == 1 {
                &mut n
            } else {
                return type_error(c"tally() got an unexpected keyword argument");
            };
            if !slot.is_null() {
                return type_error(c"tally() got multiple values for an argument");
            }
            *slot = value;
        }
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

unsafe extern "C" fn counts(module: *mut PyObject, _: *mut PyObject) -> *mut PyObject {
    // SAFETY: as in `bump`; the copy is made in a critical section on the dict.
    unsafe {
        let dict = (*state(module)).counts;
        with_critical_section(dict, || PyDict_Copy(dict))
    }
}

/// `count_into(items, into)`: `METH_FASTCALL`.
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
        let (items, into) = (*args, *args.add(1));
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
        let result = PyObject_CallNoArgs(f);
        if result.is_null() {
            // Take the exception, count it, and raise the same object again.
            let exc = PyErr_GetRaisedException();
            locked(state(module), |_, errors| *errors += 1);
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
        if PyList_GET_SIZE(list) == 0 {
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
    // SAFETY: attached.
    unsafe { PyUnicode_FromString(c"PyInit_tally".as_ptr()) }
}

static METHODS: [PyMethodDef; 13] = [
    PyMethodDef::noargs(c"bump", bump, c"Add one to the call counter; return it."),
    PyMethodDef::noargs(c"calls", calls, c"The call counter."),
    PyMethodDef::noargs(c"errors", errors, c"How many errors guarded() saw."),
    PyMethodDef::fastcall_keywords(
        c"tally",
        tally,
        c"tally(key, n=1): add n to key in the shared dict; return the total.",
    ),
    PyMethodDef::noargs(c"counts", counts, c"A copy of the shared dict."),
    PyMethodDef::fastcall(
        c"count_into",
        count_into,
        c"count_into(items, into): add one to into[item] for every item.",
    ),
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

/// The module definition. CPython writes into it (`PyModuleDef_Init`), so it lives in a
/// cell rather than a `static mut`.
static MODULE: ModuleDefCell = ModuleDefCell::new(PyModuleDef {
    m_base: PyModuleDef_HEAD_INIT,
    m_name: c"tally".as_ptr(),
    m_doc: c"An extension module written with libpython-sys.".as_ptr(),
    m_size: size_of::<State>() as Py_ssize_t,
    m_methods: METHODS.as_ptr().cast_mut(), // CPython only reads the tables
    m_slots: SLOTS.as_ptr().cast_mut(),
    m_traverse: Some(traverse),
    m_clear: Some(clear),
    m_free: Some(free),
});

/// The entry point before 3.15 (3.15 prefers `PyModExport_tally`): multi-phase init.
///
/// # Safety
/// Called by CPython's import machinery only.
#[no_mangle]
pub unsafe extern "C" fn PyInit_tally() -> *mut PyObject {
    // SAFETY: attached (the import machinery); MODULE is a static definition.
    unsafe {
        if refuse_other_interpreter() {
            return null_mut();
        }
        PyModuleDef_Init(MODULE.get())
    }
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

/// 3.15 (PEP 793): the same module as a table of slots.
#[cfg(Py_3_15)]
mod export {
    use super::*;

    static ABI: PyABIInfo = PyABIInfo::DEFAULT;

    pub(crate) static SLOTS: [PySlot; 12] = [
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
