//! The headers' function-like macros that are not type checks, against the running
//! interpreter: object allocation (`PyObject_New` …, `PyObject_GC_NewVar`/`GC_Resize`,
//! `Py_VISIT` in a real `tp_traverse`), `PyMem_New`/`PyMem_Resize`, and the aliases
//! (`PyMapping_DelItem`, `PySequence_ITEM`, `PyDescr_NAME`, `PyODict_*`, …).
// The version-specific API: not built with the stable ABI's features (its tests are
// tests/stable_abi.rs).
#![cfg(not(Py_LIMITED_API))]

mod common;

use std::ffi::{c_int, c_void};
use std::ptr::{addr_of_mut, null_mut};

use common::{check, eval, eval_i64, with_gil};
use libpython_sys::*;

/// A variable-size GC object holding `ob_size` references.
#[repr(C)]
struct Bag {
    ob_base: PyVarObject,
    items: [*mut PyObject; 0],
}

unsafe fn items(bag: *mut Bag) -> *mut *mut PyObject {
    // SAFETY: the items follow the header (the type's itemsize is a pointer).
    unsafe { addr_of_mut!((*bag).items).cast() }
}

unsafe extern "C" fn bag_traverse(o: *mut PyObject, visit: visitproc, arg: *mut c_void) -> c_int {
    // SAFETY: CPython passes a live Bag.
    unsafe {
        let bag = o.cast::<Bag>();
        for i in 0..Py_SIZE(o) {
            Py_VISIT!(*items(bag).offset(i), visit, arg);
        }
        Py_VISIT!(Py_TYPE(o), visit, arg); // a heap type's instances visit their type
    }
    0
}

unsafe extern "C" fn bag_dealloc(o: *mut PyObject) {
    // SAFETY: CPython deallocates a tracked Bag that nothing references.
    unsafe {
        let ty = Py_TYPE(o);
        PyObject_GC_UnTrack(o.cast());
        for i in 0..Py_SIZE(o) {
            Py_XDECREF(*items(o.cast()).offset(i));
        }
        PyObject_GC_Del(o.cast());
        Py_DECREF(ty.cast());
    }
}

#[test]
fn gc_objects_from_the_allocation_macros() {
    with_gil(|| {
        // SAFETY: GIL held; every new reference is released.
        unsafe {
            let slots = [
                PyType_Slot::new(Py_tp_traverse, bag_traverse as *mut c_void),
                PyType_Slot::new(Py_tp_dealloc, bag_dealloc as *mut c_void),
                PyType_Slot::zeroed(),
            ];
            let mut spec = PyType_Spec {
                name: c"macros.Bag".as_ptr(),
                basicsize: std::mem::size_of::<Bag>() as c_int,
                itemsize: std::mem::size_of::<*mut PyObject>() as c_int,
                flags: (Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC) as _,
                slots: slots.as_ptr().cast_mut(),
            };
            let ty = check(PyType_FromSpec(&mut spec), "Bag type");
            let members = [eval("'a'"), eval("object()"), eval("[1]")];
            let before: Vec<Py_ssize_t> = members.iter().map(|&m| Py_REFCNT(m)).collect();

            let mut bag = PyObject_GC_NewVar::<Bag>(ty.cast(), 1);
            assert!(!bag.is_null());
            *items(bag) = null_mut();
            bag = PyObject_GC_Resize(bag, 3);
            assert!(!bag.is_null());
            assert_eq!(Py_SIZE(bag.cast()), 3);
            for (i, &m) in members.iter().enumerate() {
                *items(bag).add(i) = Py_NewRef(m);
            }
            Py_INCREF(ty); // the instance's reference to its heap type
            PyObject_GC_Track(bag.cast());
            assert_eq!(Py_TYPE(bag.cast()), ty.cast());

            // gc.get_referents calls tp_traverse: Py_VISIT reports every item and the type.
            let gc = check(PyImport_ImportModule(c"gc".as_ptr()), "gc");
            let referents = check(
                PyObject_CallMethod(gc, c"get_referents".as_ptr(), c"O".as_ptr(), bag),
                "referents",
            );
            assert_eq!(PyList_Size(referents), 4);
            for (i, &m) in members.iter().enumerate() {
                assert_eq!(PyList_GetItem(referents, i as Py_ssize_t), m);
            }
            assert_eq!(PyList_GetItem(referents, 3), ty);
            Py_DECREF(referents);

            Py_DECREF(bag.cast());
            let after: Vec<Py_ssize_t> = members.iter().map(|&m| Py_REFCNT(m)).collect();
            assert_eq!(before, after, "the dealloc released every item");
            for m in members {
                Py_DECREF(m);
            }
            Py_DECREF(gc);
            Py_DECREF(ty);
        }
    });
}

#[test]
fn plain_objects_from_the_allocation_macros() {
    with_gil(|| {
        // SAFETY: GIL held; every new reference is released.
        unsafe {
            let object_type = addr_of_mut!(PyBaseObject_Type);
            let o = PyObject_New::<PyObject>(object_type);
            assert!(!o.is_null());
            assert_eq!((Py_TYPE(o), Py_REFCNT(o)), (object_type, 1));
            Py_DECREF(o);
            let o = PyObject_NEW::<PyObject>(object_type);
            assert_eq!(Py_TYPE(o), object_type);
            Py_DECREF(o);

            // A cell: GC, fixed size, one reference.
            let x = eval("object()");
            let cell = PyObject_GC_New::<PyCellObject>(addr_of_mut!(PyCell_Type));
            (*cell).ob_ref = Py_NewRef(x);
            PyObject_GC_Track(cell.cast());
            assert_eq!(PyCell_GET(cell.cast()), x);
            assert_eq!(PyCell_Check(cell.cast()), 1);
            Py_DECREF(cell.cast());
            assert_eq!(Py_REFCNT(x), 1);
            Py_DECREF(x);

            // PyObject_INIT on memory from PyObject_Malloc, as C's custom allocators do.
            let raw = PyObject_Malloc(std::mem::size_of::<PyObject>());
            let o = PyObject_INIT(raw.cast::<PyObject>(), object_type);
            assert_eq!((o, Py_TYPE(o), Py_REFCNT(o)), (raw.cast(), object_type, 1));
            Py_DECREF(o);

            // A variable-size object: bytes of length 3 (data after the header).
            let bytes_type = addr_of_mut!(PyBytes_Type);
            let b = PyObject_NewVar::<PyBytesObject>(bytes_type, 3);
            (*b).ob_shash = -1;
            let data = PyBytes_AS_STRING(b.cast());
            for (i, c) in b"abc\0".iter().enumerate() {
                *data.add(i) = *c as _;
            }
            assert_eq!(Py_SIZE(b.cast()), 3);
            let repr = check(PyObject_Repr(b.cast()), "repr");
            assert_eq!(
                std::ffi::CStr::from_ptr(PyUnicode_AsUTF8(repr)).to_str(),
                Ok("b'abc'")
            );
            Py_DECREF(repr);
            Py_DECREF(b.cast());
            let v = PyObject_NEW_VAR::<PyVarObject>(bytes_type, 0);
            let raw = PyObject_Malloc(std::mem::size_of::<PyVarObject>() + 8);
            let w = PyObject_INIT_VAR(raw.cast::<PyVarObject>(), bytes_type, 7);
            assert_eq!((Py_SIZE(v.cast()), Py_SIZE(w.cast())), (0, 7));
            assert_eq!(Py_TYPE(w.cast()), bytes_type);
            PyObject_Free(v.cast()); // never published: freed as allocated
            PyObject_Free(w.cast());
        }
    });
}

#[test]
fn pymem_arrays_check_their_size() {
    with_gil(|| {
        // SAFETY: GIL held; every block is freed.
        unsafe {
            let mut p = PyMem_New::<u64>(4);
            assert!(!p.is_null());
            for i in 0..4 {
                *p.add(i) = i as u64 * 10;
            }
            assert_eq!(PyMem_Resize(&mut p, 1000), p, "assigns and returns");
            assert!(!p.is_null());
            assert_eq!(*p.add(3), 30, "the contents move with the block");
            let kept = p;
            // Too many items for Py_ssize_t: NULL, and `p` is set to it as in C; the
            // old block is still allocated.
            assert!(PyMem_RESIZE(&mut p, usize::MAX / 4).is_null());
            assert!(p.is_null());
            PyMem_Del(kept.cast());
            assert!(PyMem_New::<u64>(usize::MAX / 4).is_null());
            assert!(PyMem_NEW::<u16>(usize::MAX).is_null());
            let q = PyMem_MALLOC(16);
            let q = PyMem_REALLOC(q, 32);
            assert!(!q.is_null());
            PyMem_FREE(q);
            PyMem_DEL(PyMem_NEW::<u8>(1).cast());
        }
    });
}

#[test]
fn the_alias_macros() {
    with_gil(|| {
        // SAFETY: GIL held; every new reference is released.
        unsafe {
            let d = eval("{'a': 1, 'b': 2}");
            let a = eval("'a'");
            assert_eq!(PyMapping_DelItem(d, a), 0);
            assert_eq!(PyMapping_DelItemString(d, c"b".as_ptr()), 0);
            assert_eq!(PyMapping_DelItemString(d, c"zz".as_ptr()), -1);
            PyErr_Clear();
            assert_eq!(PyDict_Size(d), 0);

            let l = eval("[10, 20, 30]");
            let item = check(PySequence_ITEM(l, 2), "item");
            assert_eq!(PyLong_AS_LONG(item), 30);
            Py_DECREF(item);

            let descr = eval("str.__dict__['upper']");
            assert_eq!(eval_string_of(PyDescr_NAME(descr)), "upper");
            assert_eq!(PyDescr_TYPE(descr), addr_of_mut!(PyUnicode_Type));

            let exc = eval("KeyError('x')");
            let key_error = PyExc_KeyError;
            assert_eq!(PyExceptionInstance_Class(exc), key_error);

            let od = eval("__import__('collections').OrderedDict(x=1, y=2)");
            let x = eval("'x'");
            assert_eq!((PyODict_SIZE(od), PyODict_Size(od)), (2, 2));
            assert_eq!(PyODict_Contains(od, x), 1);
            assert_eq!(PyLong_AsLong(PyODict_GetItem(od, x)), 1);
            assert_eq!(PyLong_AsLong(PyODict_GetItemWithError(od, x)), 1);
            assert_eq!(PyLong_AsLong(PyODict_GetItemString(od, c"y".as_ptr())), 2);

            let module = check(
                PyImport_ImportModuleEx(c"json".as_ptr(), null_mut(), null_mut(), null_mut()),
                "json",
            );
            assert_eq!(PyModule_Check(module), 1);
            assert_eq!(PyThreadState_GET(), PyThreadState_Get());

            let catch = eval("__import__('warnings').catch_warnings(record=True)");
            let log = check(
                PyObject_CallMethod(catch, c"__enter__".as_ptr(), null_mut()),
                "enter",
            );
            let always = eval("__import__('warnings').simplefilter('always')");
            assert_eq!(PyErr_Warn(PyExc_UserWarning, c"careful".as_ptr()), 0);
            assert_eq!(PyList_Size(log), 1);
            let exit = PyObject_CallMethod(
                catch,
                c"__exit__".as_ptr(),
                c"OOO".as_ptr(),
                Py_None(),
                Py_None(),
                Py_None(),
            );

            let st = eval("__import__('os').stat_result(range(10))");
            assert_eq!(PyLong_AsLong(PyStructSequence_GET_ITEM(st, 4)), 4);

            for o in [
                d, a, l, descr, exc, od, x, module, catch, log, always, exit, st,
            ] {
                Py_XDECREF(o);
            }
            assert!(PyErr_Occurred().is_null());
        }
    });
}

fn eval_string_of(o: *mut PyObject) -> String {
    // SAFETY: attached (callers); `o` is a live str.
    unsafe { std::ffi::CStr::from_ptr(PyUnicode_AsUTF8(o)) }
        .to_str()
        .unwrap()
        .to_owned()
}

#[test]
fn struct_sequences_are_filled_with_set_item() {
    with_gil(|| {
        // SAFETY: GIL held; the new struct sequence gets every field before use.
        unsafe {
            let ty = eval("type(__import__('time').gmtime(0))");
            let n = eval_i64("len(__import__('time').gmtime(0))");
            let st = check(PyStructSequence_New(ty.cast()), "new");
            for i in 0..n as Py_ssize_t {
                PyStructSequence_SET_ITEM(st, i, PyLong_FromSsize_t(i * 2));
            }
            assert_eq!(PyLong_AsLong(PyStructSequence_GET_ITEM(st, 3)), 6);
            Py_DECREF(st);
            Py_DECREF(ty);
        }
    });
}

#[test]
fn rich_compare_returns_the_booleans() {
    with_gil(|| {
        // SAFETY: GIL held; each result is a new reference, released.
        unsafe {
            for (op, expected) in [
                (Py_LT, true),
                (Py_LE, true),
                (Py_EQ, false),
                (Py_NE, true),
                (Py_GT, false),
                (Py_GE, false),
            ] {
                let r = Py_RETURN_RICHCOMPARE(&1.5f64, &2.0, op);
                assert_eq!(r, if expected { Py_True() } else { Py_False() }, "op {op}");
                Py_DECREF(r);
            }
            let r = Py_RETURN_RICHCOMPARE("abc", "abc", Py_EQ);
            assert_eq!(r, Py_True());
            Py_DECREF(r);
        }
    });
}

#[cfg(not(Py_3_13))]
#[test]
#[allow(deprecated)]
fn pyeval_callobject_before_3_13() {
    with_gil(|| {
        // SAFETY: GIL held.
        unsafe {
            let f = eval("lambda *a: sum(a)");
            let args = eval("(1, 2, 3)");
            let r = check(PyEval_CallObject(f, args), "call");
            assert_eq!(PyLong_AsLong(r), 6);
            for o in [f, args, r] {
                Py_DECREF(o);
            }
        }
    });
}

#[cfg(not(Py_3_11))]
#[test]
fn heap_type_members_follow_the_type_object() {
    with_gil(|| {
        // SAFETY: GIL held; the class is a live heap type with __slots__.
        unsafe {
            let cls = eval("type('S', (), {'__slots__': ('first', 'second')})");
            let members = PyHeapType_GET_MEMBERS(cls.cast());
            let name = |i: usize| {
                std::ffi::CStr::from_ptr((*members.add(i)).name)
                    .to_str()
                    .unwrap()
            };
            assert_eq!((name(0), name(1)), ("first", "second"));
            Py_DECREF(cls);
        }
    });
}

#[cfg(Py_3_15)]
#[test]
fn pyslot_ptr_is_pyslot_data() {
    assert!(
        PySlot::ptr(Py_mod_gil, Py_MOD_GIL_NOT_USED)
            == PySlot::data(Py_mod_gil, Py_MOD_GIL_NOT_USED)
    );
    assert_eq!(
        PySlot::ptr(Py_mod_gil, Py_MOD_GIL_NOT_USED).sl_flags,
        PySlot_INTPTR as u16
    );
}
