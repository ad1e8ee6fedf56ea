//! The stable ABI's hand-written layer (features `abi3-py3X`, `abi3t-py315`) against the
//! real interpreter, embedded: the build runs these on every interpreter the target
//! loads in (abi3-py39: 3.9 to 3.15; abi3t: 3.15 and 3.15t). Without a stable-ABI
//! feature this file is empty; the version-specific tests cover the same items there.
#![cfg(Py_LIMITED_API)]

mod common;

use std::ffi::c_int;

use common::*;
use libpython_sys::*;

const PAIRS: usize = 200_000;

/// The runtime's `sys.version_info[:2]` as `3.X` → `X`.
fn runtime_minor() -> i64 {
    with_gil(|| eval_i64("sys.version_info[1]"))
}

#[test]
fn the_build_is_the_requested_stable_abi() {
    let abi = env!("LIBPYTHON_SYS_STABLE_ABI");
    assert!(
        abi.starts_with("abi3"),
        "LIBPYTHON_SYS_STABLE_ABI is {abi:?}"
    );
    let min: i64 = abi.rsplit("-py3").next().unwrap().parse().unwrap();
    assert!(
        runtime_minor() >= min,
        "{abi} runs on 3.{}",
        runtime_minor()
    );
    assert_eq!(cfg!(Py_GIL_DISABLED), abi.starts_with("abi3t"));
    // An abi3t module on a free-threaded interpreter leaves the GIL off; an embedding
    // program has no module to ask for it.
    let free_threaded_runtime =
        with_gil(|| eval_i64("int(bool(sysconfig.get_config_var('Py_GIL_DISABLED')))")) == 1;
    // On a default build the GIL is simply on; on a free-threaded one it must stay off.
    let gil = if free_threaded_runtime {
        i64::from(with_gil(gil_enabled_settled))
    } else {
        with_gil(|| eval_i64("int(getattr(sys, '_is_gil_enabled', lambda: True)())"))
    };
    assert_eq!(gil, 1 - i64::from(free_threaded_runtime));
}

#[test]
fn incref_decref_from_many_threads_return_to_the_start() {
    let objs: Vec<Obj> = with_gil(|| {
        ["[1, 2, 3]", "{'a': 1}", "object()", "'a str'", "3.5"]
            .iter()
            .map(|e| Obj(eval(e)))
            .collect()
    });
    // SAFETY: every pointer is a live object we hold a reference to.
    let before: Vec<isize> = with_gil(|| objs.iter().map(|o| unsafe { Py_REFCNT(o.0) }).collect());
    let shared = objs.clone();
    on_threads(move |t| {
        let o = shared[t % shared.len()].0;
        for _ in 0..PAIRS {
            // SAFETY: `o` is live (the main thread holds a reference throughout).
            unsafe {
                Py_INCREF(o);
                Py_DECREF(o);
            }
        }
        for _ in 0..1000 {
            // SAFETY: as above.
            unsafe { Py_XINCREF(o) };
        }
        for _ in 0..1000 {
            // SAFETY: as above; each releases one of the burst's references.
            unsafe { Py_XDECREF(o) };
        }
    });
    with_gil(|| {
        for (o, b) in objs.iter().zip(&before) {
            // SAFETY: still live; our reference is released after the check.
            unsafe {
                assert_eq!(Py_REFCNT(o.0), *b, "reference count drifted");
                Py_DECREF(o.0);
            }
        }
    });
}

#[test]
fn objects_released_on_other_threads_are_freed() {
    // Each thread gets objects created here, and a weak reference to each; the thread
    // drops the only strong reference, so the object must be gone.
    let made: Vec<(Obj, Obj)> = with_gil(|| {
        (0..THREADS * 50)
            .map(|_| {
                let obj = eval("type('T', (), {})()");
                // SAFETY: `obj` is live; the weak reference is a new reference.
                let weak = check(
                    unsafe { PyWeakref_NewRef(obj, std::ptr::null_mut()) },
                    "weakref",
                );
                (Obj(obj), Obj(weak))
            })
            .collect()
    });
    let strong: Vec<Obj> = made.iter().map(|(o, _)| *o).collect();
    on_threads(move |t| {
        for o in strong.iter().skip(t).step_by(THREADS) {
            // SAFETY: the one strong reference, released once, here.
            unsafe { Py_DECREF(o.get()) };
        }
    });
    with_gil(|| {
        // SAFETY: the weak references are live; `target` receives a new reference or NULL.
        unsafe {
            Py_DECREF(eval("__import__('gc').collect()"));
            for (_, weak) in &made {
                let mut target = std::ptr::null_mut();
                assert_eq!(PyWeakref_GetRef(weak.get(), &mut target), 0, "still alive");
                assert!(target.is_null());
                Py_DECREF(weak.get());
            }
        }
    });
}

#[test]
fn immortal_and_static_objects_keep_their_count() {
    with_gil(|| {
        // SAFETY: `None` and `True` live as long as the interpreter.
        unsafe {
            for obj in [Py_None(), Py_True(), Py_False()] {
                let before = Py_REFCNT(obj);
                Py_INCREF(obj);
                let during = Py_REFCNT(obj);
                Py_DECREF(obj);
                assert_eq!(Py_REFCNT(obj), before);
                // Immortal from 3.12: the count does not move; before, it counts.
                if runtime_minor() >= 12 {
                    assert_eq!(during, before);
                } else {
                    assert_eq!(during, before + 1);
                }
            }
        }
    });
}

#[test]
fn object_header_accessors_agree_with_the_interpreter() {
    with_gil(|| {
        let tuple = eval("(1, 2, 3, 4)");
        let text = eval("'text'");
        // SAFETY: live objects, released at the end.
        unsafe {
            assert_eq!(Py_TYPE(tuple), std::ptr::addr_of_mut!(PyTuple_Type));
            assert_eq!(Py_IS_TYPE(tuple, std::ptr::addr_of_mut!(PyTuple_Type)), 1);
            assert_eq!(Py_IS_TYPE(text, std::ptr::addr_of_mut!(PyTuple_Type)), 0);
            assert_eq!(Py_SIZE(tuple), 4);
            assert_eq!(Py_SIZE(tuple), PyTuple_Size(tuple));
            assert!(PyTuple_Check(tuple) != 0 && PyTuple_CheckExact(tuple) != 0);
            assert!(PyUnicode_Check(text) != 0 && PyTuple_Check(text) == 0);
            assert!(PyLong_Check(tuple) == 0 && PyType_Check(Py_TYPE(tuple).cast()) != 0);
            assert_eq!(Py_Is(Py_None(), Py_None()), 1);
            assert_eq!(Py_IsNone(text), 0);
            let again = Py_NewRef(text);
            assert_eq!(again, text);
            Py_DECREF(again);
            Py_DECREF(tuple);
            Py_DECREF(text);
        }
    });
}

#[test]
fn backports_behave_as_the_native_functions() {
    with_gil(|| {
        let obj = eval("type('T', (), {'present': 7})()");
        let text = eval("'héllo'");
        // SAFETY: live objects, released at the end; out-pointers are locals.
        unsafe {
            let mut value = std::ptr::null_mut();
            let present = PyUnicode_FromString(c"present".as_ptr());
            assert_eq!(PyObject_GetOptionalAttr(obj, present, &mut value), 1);
            assert_eq!(PyLong_AsLong(value), 7);
            Py_DECREF(value);
            Py_DECREF(present);
            assert_eq!(
                PyObject_GetOptionalAttrString(obj, c"absent".as_ptr(), &mut value),
                0
            );
            assert!(value.is_null() && PyErr_Occurred().is_null());
            let utf8 = "héllo".as_bytes();
            let eq = PyUnicode_EqualToUTF8AndSize(text, utf8.as_ptr().cast(), utf8.len() as isize);
            assert_eq!(eq, 1);
            assert_eq!(PyUnicode_EqualToUTF8(text, c"hello".as_ptr()), 0);
            let big = eval("2**40");
            assert_eq!(PyLong_AsInt(big), -1);
            assert!(!PyErr_Occurred().is_null());
            PyErr_Clear();
            Py_DECREF(big);
            Py_DECREF(obj);
            Py_DECREF(text);
        }
    });
}

#[test]
fn calls_behave_as_the_native_functions() {
    // PyObject_CallNoArgs and PyObject_Vectorcall: native from limited 3.10 and 3.12,
    // backports below.
    with_gil(|| {
        // SAFETY: live objects and an argument array of the size `nargsf` and `kwnames`
        // describe; every reference is released.
        unsafe {
            let f = eval("lambda *a, **k: (a, sorted(k.items()))");
            let args = [eval("1"), eval("2"), eval("3")];
            let kwnames = eval("('x',)");
            let expected = eval("((1, 2), [('x', 3)])");
            for nargsf in [2, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET] {
                let r = PyObject_Vectorcall(f, args.as_ptr(), nargsf, kwnames);
                assert!(!r.is_null());
                assert_eq!(PyObject_RichCompareBool(r, expected, Py_EQ), 1);
                Py_DECREF(r);
            }
            assert_eq!(PyVectorcall_NARGS(3 | PY_VECTORCALL_ARGUMENTS_OFFSET), 3);
            let r = PyObject_Vectorcall(f, args.as_ptr(), 3, std::ptr::null_mut());
            let all = eval("((1, 2, 3), [])");
            assert_eq!(PyObject_RichCompareBool(r, all, Py_EQ), 1);
            Py_DECREF(r);
            let r = PyObject_CallNoArgs(f);
            let none = eval("((), [])");
            assert_eq!(PyObject_RichCompareBool(r, none, Py_EQ), 1);
            Py_DECREF(r);
            // An exception from the callee comes back as NULL with it set.
            let raises = eval("lambda: 1/0");
            assert!(PyObject_CallNoArgs(raises).is_null());
            assert!(!PyErr_Occurred().is_null());
            PyErr_Clear();
            for o in [f, kwnames, expected, all, none, raises] {
                Py_DECREF(o);
            }
            for a in args {
                Py_DECREF(a);
            }
        }
    });
}

/// A read-modify-write of a dict entry under the dict's critical section, from many
/// threads: on abi3t (a free-threaded 3.15t) the section is the only lock there is.
#[cfg(Py_3_15)]
#[test]
fn critical_sections_serialise_a_read_modify_write() {
    const ROUNDS: i64 = 2_000;
    let dict = with_gil(|| Obj(eval("{'n': 0}")));
    on_threads(move |_| {
        for _ in 0..ROUNDS {
            // SAFETY: `dict` is live (held by the main thread); the section is ended by
            // `with_critical_section` on every path.
            unsafe {
                with_critical_section(dict.get(), || {
                    let n = PyDict_GetItemString(dict.get(), c"n".as_ptr());
                    let next = PyLong_FromLongLong(PyLong_AsLongLong(n) + 1);
                    assert_eq!(PyDict_SetItemString(dict.get(), c"n".as_ptr(), next), 0);
                    Py_DECREF(next);
                })
            };
        }
    });
    with_gil(|| {
        // SAFETY: live; our reference released after reading.
        unsafe {
            let n = PyDict_GetItemString(dict.get(), c"n".as_ptr());
            assert_eq!(PyLong_AsLongLong(n), ROUNDS * THREADS as i64);
            Py_DECREF(dict.get());
        }
    });
}

#[cfg(not(Py_GIL_DISABLED))]
unsafe extern "C" fn add_one(_module: *mut PyObject, arg: *mut PyObject) -> *mut PyObject {
    // SAFETY: called by the interpreter with a live argument.
    unsafe { PyLong_FromLong(PyLong_AsLong(arg) + 1) }
}

/// A module from a `PyModuleDef` (not under abi3t, whose modules export `PySlot`s).
#[cfg(not(Py_GIL_DISABLED))]
#[test]
fn a_module_defined_with_the_stable_abi_runs() {
    static METHODS: [PyMethodDef; 2] = [
        PyMethodDef::o(c"add_one", add_one, c"x + 1"),
        PyMethodDef::zeroed(),
    ];
    static DEF: ModuleDefCell = ModuleDefCell::new(PyModuleDef {
        m_base: PyModuleDef_HEAD_INIT,
        m_name: c"stable_mod".as_ptr(),
        m_doc: std::ptr::null(),
        m_size: 0,
        m_methods: METHODS.as_ptr().cast_mut(),
        m_slots: std::ptr::null_mut(),
        m_traverse: None,
        m_clear: None,
        m_free: None,
    });
    with_gil(|| {
        // SAFETY: the definition is static; the module and results are checked.
        unsafe {
            let module = check(PyModule_Create(DEF.get()), "PyModule_Create");
            let sys_modules = PyImport_GetModuleDict();
            assert_eq!(
                PyDict_SetItemString(sys_modules, c"stable_mod".as_ptr(), module),
                0
            );
            Py_DECREF(module);
        }
        assert_eq!(eval_i64("__import__('stable_mod').add_one(41)"), 42);
    });
}

#[test]
fn the_stable_abi_binds_what_the_runtime_exports() {
    // A function of each era: called, so the dynamic linker resolved it.
    with_gil(|| {
        // SAFETY: plain calls with the GIL held.
        unsafe {
            let list = check(PyList_New(0), "PyList_New");
            assert_eq!(PyList_Append(list, Py_None()), 0);
            assert_eq!(PyList_Size(list), 1);
            let _: c_int = PyObject_GC_IsTracked(list);
            Py_DECREF(list);
        }
    });
}

/// Under abi3t `PyObject` has no fields (PEP 803's opaque object): reading `ob_refcnt` or
/// `ob_type` does not compile, and only pointers to it exist.
#[cfg(Py_GIL_DISABLED)]
#[test]
fn abi3t_object_header_is_opaque() {
    assert_eq!(std::mem::size_of::<PyObject>(), 0);
    assert_eq!(std::mem::size_of::<PyVarObject>(), 0);
}
