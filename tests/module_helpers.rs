//! Module and type definitions written as users write them: `static` tables built with the
//! typed constructors (no `transmute`, no `static mut`), loaded by the real interpreter
//! through multi-phase init, every calling convention called from Python.
// The version-specific API: not built with the stable ABI's features (its tests are
// tests/stable_abi.rs).
#![cfg(not(Py_LIMITED_API))]

mod common;

use std::ffi::{c_int, CStr};
use std::ptr::{addr_of, null_mut};

use common::{check, eval, with_gil};
use libpython_sys::*;

/// A tuple `(tag, args, kwargs)` of what a function received.
unsafe fn received(tag: &CStr, args: *mut PyObject, kwargs: *mut PyObject) -> *mut PyObject {
    // SAFETY: called by CPython, attached; NULL arguments become None.
    unsafe {
        let or_none = |o: *mut PyObject| if o.is_null() { Py_None() } else { o };
        let t = PyTuple_New(3);
        PyTuple_SetItem(t, 0, PyUnicode_FromString(tag.as_ptr()));
        PyTuple_SetItem(t, 1, Py_NewRef(or_none(args)));
        PyTuple_SetItem(t, 2, Py_NewRef(or_none(kwargs)));
        t
    }
}

/// `(args tuple, kwargs dict or None)` from a vectorcall's arguments.
unsafe fn from_vector(
    args: *const *mut PyObject,
    nargs: Py_ssize_t,
    kwnames: *mut PyObject,
) -> (*mut PyObject, *mut PyObject) {
    // SAFETY: the vectorcall contract: `nargs` positional values, then one per kwname.
    unsafe {
        let tuple = PyTuple_FromArray(args, nargs);
        if kwnames.is_null() {
            return (tuple, null_mut());
        }
        let kwargs = PyDict_New();
        for i in 0..PyTuple_GET_SIZE(kwnames) {
            PyDict_SetItem(
                kwargs,
                PyTuple_GET_ITEM(kwnames, i),
                *args.offset(nargs + i),
            );
        }
        (tuple, kwargs)
    }
}

unsafe extern "C" fn noargs(_m: *mut PyObject, arg: *mut PyObject) -> *mut PyObject {
    assert!(arg.is_null());
    // SAFETY: attached.
    unsafe { received(c"noargs", null_mut(), null_mut()) }
}

unsafe extern "C" fn one(_m: *mut PyObject, arg: *mut PyObject) -> *mut PyObject {
    // SAFETY: attached.
    unsafe { received(c"o", arg, null_mut()) }
}

unsafe extern "C" fn varargs(_m: *mut PyObject, args: *mut PyObject) -> *mut PyObject {
    // SAFETY: attached.
    unsafe { received(c"varargs", args, null_mut()) }
}

unsafe extern "C" fn varargs_kw(
    _m: *mut PyObject,
    args: *mut PyObject,
    kw: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: attached.
    unsafe { received(c"varargs_keywords", args, kw) }
}

unsafe extern "C" fn fast(
    _m: *mut PyObject,
    args: *const *mut PyObject,
    n: Py_ssize_t,
) -> *mut PyObject {
    // SAFETY: attached; the vectorcall contract.
    unsafe {
        let (a, k) = from_vector(args, n, null_mut());
        let r = received(c"fastcall", a, k);
        Py_DECREF(a);
        r
    }
}

unsafe extern "C" fn fast_kw(
    _m: *mut PyObject,
    args: *const *mut PyObject,
    n: Py_ssize_t,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: attached; the vectorcall contract.
    unsafe {
        let (a, k) = from_vector(args, n, kwnames);
        let r = received(c"fastcall_keywords", a, k);
        Py_DECREF(a);
        Py_XDECREF(k);
        r
    }
}

unsafe extern "C" fn method(
    _self: *mut PyObject,
    defining: *mut PyTypeObject,
    args: *const *mut PyObject,
    n: Py_ssize_t,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: attached; the vectorcall contract; `defining` is the heap type.
    unsafe {
        let (a, k) = from_vector(args, n, kwnames);
        let r = received(CStr::from_ptr((*defining).tp_name), a, k);
        Py_DECREF(a);
        Py_XDECREF(k);
        r
    }
}

static METHODS: [PyMethodDef; 7] = [
    PyMethodDef::noargs(c"noargs", noargs, c"METH_NOARGS"),
    PyMethodDef::o(c"o", one, c"METH_O"),
    PyMethodDef::varargs(c"varargs", varargs, c"METH_VARARGS"),
    PyMethodDef::varargs_keywords(
        c"varargs_keywords",
        varargs_kw,
        c"METH_VARARGS | METH_KEYWORDS",
    ),
    PyMethodDef::fastcall(c"fastcall", fast, c"METH_FASTCALL"),
    PyMethodDef::fastcall_keywords(
        c"fastcall_keywords",
        fast_kw,
        c"METH_FASTCALL | METH_KEYWORDS",
    ),
    PyMethodDef::zeroed(),
];

unsafe extern "C" fn exec(module: *mut PyObject) -> c_int {
    // SAFETY: called by CPython on the new module, attached.
    unsafe { PyModule_AddIntConstant(module, c"executed".as_ptr(), 1) }
}

#[cfg(Py_3_15)]
static ABI: PyABIInfo = PyABIInfo::DEFAULT;

static SLOTS: &[PyModuleDef_Slot] = &[
    PyModuleDef_Slot::exec(exec),
    #[cfg(Py_3_12)]
    PyModuleDef_Slot::multiple_interpreters(Py_MOD_PER_INTERPRETER_GIL_SUPPORTED),
    #[cfg(Py_3_13)]
    PyModuleDef_Slot::gil(Py_MOD_GIL_NOT_USED),
    #[cfg(Py_3_15)]
    PyModuleDef_Slot::abi(&ABI),
    PyModuleDef_Slot::zeroed(),
];

static MODULE: ModuleDefCell = ModuleDefCell::new(PyModuleDef {
    m_base: PyModuleDef_HEAD_INIT,
    m_name: c"helpers".as_ptr(),
    m_doc: c"module helpers under test".as_ptr(),
    m_size: 0,
    m_methods: METHODS.as_ptr().cast_mut(),
    m_slots: SLOTS.as_ptr().cast_mut(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
});

/// A module made from `MODULE` by multi-phase init, as an import would.
unsafe fn load_module() -> *mut PyObject {
    // SAFETY: attached; the definition is a static.
    unsafe {
        let spec = eval("__import__('importlib.machinery').machinery.ModuleSpec('helpers', None)");
        let def = PyModuleDef_Init(MODULE.get());
        assert!(!def.is_null());
        let module = check(PyModule_FromDefAndSpec(MODULE.get(), spec), "from def");
        assert_eq!(PyModule_ExecDef(module, MODULE.get()), 0);
        Py_DECREF(spec);
        module
    }
}

/// `repr(code)` with `m` bound to `module`, passed through `sys.modules[key]` (each test
/// its own key: the tests run at once).
fn call_repr(module: *mut PyObject, key: &CStr, code: &str) -> String {
    // SAFETY: attached (callers); the module dict holds its own reference.
    unsafe {
        PyDict_SetItemString(PyImport_GetModuleDict(), key.as_ptr(), module);
    }
    let key = key.to_str().unwrap();
    let text = common::eval_string(&format!("repr((lambda m: {code})(sys.modules['{key}']))"));
    // SAFETY: as above.
    unsafe {
        PyDict_DelItemString(PyImport_GetModuleDict(), c_key(key).as_ptr());
    }
    text
}

fn c_key(key: &str) -> std::ffi::CString {
    std::ffi::CString::new(key).unwrap()
}

#[test]
fn a_module_with_every_calling_convention() {
    with_gil(|| {
        // SAFETY: GIL held.
        let module = unsafe { load_module() };
        assert_eq!(call_repr(module, c"t_conventions", "m.executed"), "1");
        assert_eq!(
            call_repr(module, c"t_conventions", "m.noargs()"),
            "('noargs', None, None)"
        );
        assert_eq!(
            call_repr(module, c"t_conventions", "m.o(5)"),
            "('o', 5, None)"
        );
        assert_eq!(
            call_repr(module, c"t_conventions", "m.varargs(1, 2)"),
            "('varargs', (1, 2), None)"
        );
        assert_eq!(
            call_repr(module, c"t_conventions", "m.varargs_keywords(1, k=2)"),
            "('varargs_keywords', (1,), {'k': 2})"
        );
        assert_eq!(
            call_repr(module, c"t_conventions", "m.fastcall(1, 2)"),
            "('fastcall', (1, 2), None)"
        );
        assert_eq!(
            call_repr(module, c"t_conventions", "m.fastcall_keywords(1, k=2)"),
            "('fastcall_keywords', (1,), {'k': 2})"
        );
        // The flags each constructor set are the ones Python sees.
        assert_eq!(
            call_repr(module, c"t_conventions", "m.varargs.__doc__"),
            "'METH_VARARGS'"
        );
        // SAFETY: GIL held; our reference.
        unsafe { Py_DECREF(module) };
    });
}

#[repr(C)]
struct Point {
    ob_base: PyObject,
    x: c_int,
}

unsafe extern "C" fn get_double(
    obj: *mut PyObject,
    _closure: *mut std::ffi::c_void,
) -> *mut PyObject {
    // SAFETY: `obj` is a Point.
    unsafe { PyLong_FromLong(2 * (*obj.cast::<Point>()).x as std::ffi::c_long) }
}

unsafe extern "C" fn set_double(
    obj: *mut PyObject,
    value: *mut PyObject,
    _c: *mut std::ffi::c_void,
) -> c_int {
    // SAFETY: `obj` is a Point; `value` an int (or NULL to delete, refused).
    unsafe {
        if value.is_null() {
            PyErr_SetString(PyExc_AttributeError, c"cannot delete".as_ptr());
            return -1;
        }
        (*obj.cast::<Point>()).x = (PyLong_AsLong(value) / 2) as c_int;
        0
    }
}

static TYPE_METHODS: [PyMethodDef; 2] = [
    PyMethodDef::method_fastcall_keywords(
        c"whoami",
        method,
        c"METH_METHOD | METH_FASTCALL | METH_KEYWORDS",
    ),
    PyMethodDef::zeroed(),
];
static GETSET: [PyGetSetDef; 2] = [
    PyGetSetDef::new(c"double", Some(get_double), Some(set_double), c"2 * x"),
    PyGetSetDef::zeroed(),
];
static MEMBERS: [PyMemberDef; 2] = [
    PyMemberDef::new(
        c"x",
        T_INT,
        std::mem::offset_of!(Point, x) as Py_ssize_t,
        0,
        c"x",
    ),
    PyMemberDef::zeroed(),
];

#[test]
fn a_heap_type_with_methods_getters_and_members() {
    with_gil(|| {
        // SAFETY: GIL held; every new reference is released.
        unsafe {
            let slots = [
                PyType_Slot::new(Py_tp_methods, addr_of!(TYPE_METHODS).cast_mut().cast()),
                PyType_Slot::new(Py_tp_getset, addr_of!(GETSET).cast_mut().cast()),
                PyType_Slot::new(Py_tp_members, addr_of!(MEMBERS).cast_mut().cast()),
                PyType_Slot::zeroed(),
            ];
            let mut spec = PyType_Spec {
                name: c"helpers.Point".as_ptr(),
                basicsize: std::mem::size_of::<Point>() as c_int,
                itemsize: 0,
                flags: Py_TPFLAGS_DEFAULT as _,
                slots: slots.as_ptr().cast_mut(),
            };
            let module = load_module();
            let ty = check(
                PyType_FromModuleAndSpec(module, &mut spec, null_mut()),
                "type",
            );
            let p = check(PyObject_CallNoArgs(ty), "Point()");
            PyObject_SetAttrString(module, c"p".as_ptr(), p);
            assert_eq!(
                call_repr(
                    module,
                    c"t_heaptype",
                    "(setattr(m.p, 'x', 4), m.p.double)[1]"
                ),
                "8"
            );
            assert_eq!(
                call_repr(
                    module,
                    c"t_heaptype",
                    "(setattr(m.p, 'double', 10), m.p.x)[1]"
                ),
                "5"
            );
            assert_eq!(
                call_repr(module, c"t_heaptype", "m.p.whoami(1, k=2)"),
                "('helpers.Point', (1,), {'k': 2})"
            );
            // A METH_METHOD method is a PyCMethod object.
            let bound = check(PyObject_GetAttrString(p, c"whoami".as_ptr()), "whoami");
            assert_eq!(PyCMethod_Check(bound), 1);
            assert_eq!(PyCMethod_CheckExact(bound), 1);
            let plain = eval("len");
            assert_eq!(PyCMethod_Check(plain), 0);
            for o in [bound, plain, p, ty, module] {
                Py_DECREF(o);
            }
        }
    });
}

#[test]
fn tables_compare_and_default_to_their_sentinel() {
    assert!(PyMethodDef::default() == PyMethodDef::zeroed());
    assert!(METHODS[0] == PyMethodDef::noargs(c"noargs", noargs, c"METH_NOARGS"));
    assert!(METHODS[0] != METHODS[1]);
    assert_eq!(METHODS[4].ml_flags, METH_FASTCALL);
    assert_eq!(METHODS[5].ml_flags, METH_FASTCALL | METH_KEYWORDS);
    assert_eq!(
        TYPE_METHODS[0].ml_flags,
        METH_METHOD | METH_FASTCALL | METH_KEYWORDS
    );
    assert!(PyModuleDef_Slot::default() == PyModuleDef_Slot::zeroed());
    assert!(PyGetSetDef::default() == PyGetSetDef::zeroed());
    assert!(PyMemberDef::default() == PyMemberDef::zeroed());
    assert!(PyType_Slot::default() == PyType_Slot::zeroed());
    assert!(SLOTS[0] == PyModuleDef_Slot::exec(exec));
}

/// 3.15 renumbered the module slots (`Py_mod_exec` is 85); a definition compiled for 3.14
/// (ids 1–4) still loads.
#[cfg(Py_3_15)]
#[test]
fn the_pre_3_15_slot_ids_still_load() {
    static OLD: [PyModuleDef_Slot; 3] = [
        PyModuleDef_Slot::new(2, exec as *mut std::ffi::c_void), // 3.14's Py_mod_exec
        PyModuleDef_Slot::new(4, Py_MOD_GIL_NOT_USED),           // 3.14's Py_mod_gil
        PyModuleDef_Slot::zeroed(),
    ];
    static DEF: ModuleDefCell = ModuleDefCell::new(PyModuleDef {
        m_base: PyModuleDef_HEAD_INIT,
        m_name: c"old_ids".as_ptr(),
        m_doc: null_mut(),
        m_size: 0,
        m_methods: null_mut(),
        m_slots: OLD.as_ptr().cast_mut(),
        m_traverse: None,
        m_clear: None,
        m_free: None,
    });
    assert_eq!((Py_mod_exec, Py_mod_gil), (85, 87));
    with_gil(|| {
        // SAFETY: GIL held; every new reference is released.
        unsafe {
            let spec =
                eval("__import__('importlib.machinery').machinery.ModuleSpec('old_ids', None)");
            PyModuleDef_Init(DEF.get());
            let module = check(PyModule_FromDefAndSpec(DEF.get(), spec), "old ids");
            assert_eq!(PyModule_ExecDef(module, DEF.get()), 0);
            assert_eq!(call_repr(module, c"t_old_ids", "m.executed"), "1");
            Py_DECREF(module);
            Py_DECREF(spec);
        }
    });
}

#[cfg(Py_3_15)]
mod pep_793 {
    use super::*;
    use std::ffi::c_void;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Calls of the state slots, by slot (traverse, clear, free).
    static CALLS: [AtomicUsize; 3] = [const { AtomicUsize::new(0) }; 3];

    unsafe extern "C" fn traverse(_m: *mut PyObject, _v: visitproc, _a: *mut c_void) -> c_int {
        CALLS[0].fetch_add(1, Ordering::Relaxed);
        0
    }
    unsafe extern "C" fn clear(_m: *mut PyObject) -> c_int {
        CALLS[1].fetch_add(1, Ordering::Relaxed);
        0
    }
    unsafe extern "C" fn free(_m: *mut c_void) {
        CALLS[2].fetch_add(1, Ordering::Relaxed);
    }

    static ABI: PyABIInfo = PyABIInfo::DEFAULT;
    static TOKEN: u8 = 0;
    static SLOTS: [PySlot; 11] = [
        PySlot::mod_abi(&ABI),
        PySlot::mod_name(c"exported"),
        PySlot::mod_doc(c"A module from slots."),
        PySlot::mod_methods(&METHODS),
        PySlot::mod_exec(exec),
        PySlot::mod_gil(Py_MOD_GIL_NOT_USED),
        PySlot::mod_state_size(8),
        PySlot::mod_state_traverse(traverse),
        PySlot::mod_state_clear(clear),
        PySlot::mod_state_free(free),
        PySlot::END,
    ];
    // Without its Py_mod_gil slot, 3.15t would enable the GIL for the whole process when
    // this module is created (measured: "The global interpreter lock (GIL) has been enabled
    // to load module 'tokened'").
    static TOKEN_SLOTS: [PySlot; 5] = [
        PySlot::mod_abi(&ABI),
        PySlot::mod_name(c"tokened"),
        PySlot::mod_token(addr_of!(TOKEN).cast_mut().cast()),
        PySlot::mod_gil(Py_MOD_GIL_NOT_USED),
        PySlot::END,
    ];

    /// What `PyModExport_exported` would return.
    extern "C" fn export() -> *const PySlot {
        SLOTS.as_ptr()
    }

    #[test]
    fn a_module_from_a_slot_table() {
        // The static-data slots carry C's PySlot_STATIC_DATA flags.
        assert_eq!(
            (SLOTS[0].sl_id, SLOTS[0].sl_flags),
            (Py_mod_abi as u16, PySlot_STATIC as u16)
        );
        with_gil(|| {
            // SAFETY: GIL held; every new reference is released.
            unsafe {
                assert_eq!(
                    PyABIInfo_Check(addr_of!(ABI).cast_mut(), c"exported".as_ptr()),
                    0
                );
                let spec = eval(
                    "__import__('importlib.machinery').machinery.ModuleSpec('exported', None)",
                );
                let module = check(PyModule_FromSlotsAndSpec(export(), spec), "from slots");
                assert_eq!(PyModule_Exec(module), 0);
                assert_eq!(
                    call_repr(
                        module,
                        c"t_slots",
                        "(m.executed, m.__name__, m.__doc__, m.o(3))"
                    ),
                    "(1, 'exported', 'A module from slots.', ('o', 3, None))"
                );
                let mut size: Py_ssize_t = 0;
                assert_eq!(PyModule_GetStateSize(module, &mut size), 0);
                assert_eq!(size, 8);
                let mut token = null_mut();
                assert_eq!(PyModule_GetToken(module, &mut token), 0);
                // Only an export hook's table is a default token; this module has none.
                assert!(token.is_null());
                assert!(SLOTS[10] == PySlot::default());
                // The module and its functions form a cycle: the collector traverses the
                // state, may clear it (or break the cycle elsewhere), and frees the module.
                Py_DECREF(module);
                Py_DECREF(spec);
                let collected = eval("__import__('gc').collect()");
                Py_DECREF(collected);
                let calls = CALLS.each_ref().map(|c| c.load(Ordering::Relaxed));
                assert!(calls[0] > 0 && calls[1] <= 1 && calls[2] == 1, "{calls:?}");

                let spec =
                    eval("__import__('importlib.machinery').machinery.ModuleSpec('tokened', None)");
                let module = check(PyModule_FromSlotsAndSpec(TOKEN_SLOTS.as_ptr(), spec), "t");
                assert_eq!(PyModule_GetToken(module, &mut token), 0);
                assert_eq!(token.cast_const(), addr_of!(TOKEN).cast());
                Py_DECREF(module);
                Py_DECREF(spec);
                #[cfg(Py_GIL_DISABLED)]
                assert!(!common::gil_enabled_settled(), "GIL kept off");
            }
        });
    }
}

/// `PyUnstable_Module_SetGIL` (free-threaded builds): what a single-phase module calls
/// instead of a `Py_mod_gil` slot.
#[cfg(Py_GIL_DISABLED)]
#[test]
fn a_single_phase_module_declares_it_needs_no_gil() {
    static DEF: ModuleDefCell = ModuleDefCell::new(PyModuleDef {
        m_base: PyModuleDef_HEAD_INIT,
        m_name: c"single_phase".as_ptr(),
        m_doc: null_mut(),
        m_size: -1,
        m_methods: null_mut(),
        m_slots: null_mut(),
        m_traverse: None,
        m_clear: None,
        m_free: None,
    });
    with_gil(|| {
        // SAFETY: GIL (attached state) held; the module reference is released.
        unsafe {
            let module = check(PyModule_Create(DEF.get()), "single phase");
            assert_eq!(PyUnstable_Module_SetGIL(module, Py_MOD_GIL_NOT_USED), 0);
            assert!(!common::gil_enabled_settled());
            Py_DECREF(module);
        }
    });
}
