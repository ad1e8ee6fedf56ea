//! One semantics suite for the strong-reference API, unchanged on every target: where the
//! interpreter has a function natively this tests the exported function; where it does
//! not, the crate's backport; so the backport is judged against the native behaviour.
//! Each case checks the return code, `*result` on every path, reference counts before and
//! after, and the exception left set.
// The version-specific API: not built with the stable ABI's features (its tests are
// tests/stable_abi.rs).
#![cfg(not(Py_LIMITED_API))]

mod common;

use std::ffi::{c_int, CStr};
use std::ptr::null_mut;

use common::{check, eval, refcnt, take_error, with_gil};
use libpython_sys::*;

/// A poisoned `*result` slot, to see that every path writes it.
const POISON: *mut PyObject = std::ptr::dangling_mut::<PyObject>();

#[test]
fn dict_get_item_ref() {
    with_gil(|| {
        // SAFETY: live objects; every reference is released.
        unsafe {
            let d = eval("{'a': object(), 1: 'one'}");
            let key = eval("'a'");
            let value = PyDict_GetItemString(d, c"a".as_ptr());
            let before = refcnt(value);
            let mut result = POISON;
            assert_eq!(PyDict_GetItemRef(d, key, &mut result), 1);
            assert_eq!(result, value);
            assert_eq!(refcnt(value), before + 1, "a new reference");
            Py_DECREF(result);
            let missing = eval("'zzz'");
            result = POISON;
            assert_eq!(PyDict_GetItemRef(d, missing, &mut result), 0);
            assert!(result.is_null());
            assert_eq!(take_error(), None);
            let unhashable = eval("[]");
            result = POISON;
            assert_eq!(PyDict_GetItemRef(d, unhashable, &mut result), -1);
            assert!(result.is_null());
            assert_eq!(take_error().as_deref(), Some("TypeError"));
            result = POISON;
            assert_eq!(PyDict_GetItemStringRef(d, c"a".as_ptr(), &mut result), 1);
            assert_eq!(result, value);
            Py_DECREF(result);
            result = POISON;
            assert_eq!(PyDict_GetItemStringRef(d, c"nope".as_ptr(), &mut result), 0);
            assert!(result.is_null());
            // A dict subclass with __missing__: GetItemRef does not call it.
            let sub = eval("type('D', (dict,), {'__missing__': lambda self, k: 42})(x=1)");
            result = POISON;
            assert_eq!(PyDict_GetItemRef(sub, missing, &mut result), 0);
            assert!(result.is_null());
            // Not a dict.
            let not_dict = eval("[1]");
            result = POISON;
            assert_eq!(PyDict_GetItemRef(not_dict, key, &mut result), -1);
            assert!(result.is_null());
            assert_eq!(take_error().as_deref(), Some("SystemError"));
            assert_eq!(refcnt(value), before, "no leak");
            for o in [d, key, missing, unhashable, sub, not_dict] {
                Py_DECREF(o);
            }
        }
    });
}

#[test]
fn dict_setdefault_pop_contains() {
    with_gil(|| {
        // SAFETY: live objects; every reference is released.
        unsafe {
            let d = eval("{'a': 1}");
            let (a, b, dflt) = (eval("'a'"), eval("'b'"), eval("object()"));
            let base = refcnt(dflt);
            let mut result = POISON;
            assert_eq!(PyDict_SetDefaultRef(d, a, dflt, &mut result), 1, "present");
            assert_eq!(PyLong_AsLong(result), 1);
            Py_DECREF(result);
            result = POISON;
            assert_eq!(PyDict_SetDefaultRef(d, b, dflt, &mut result), 0, "inserted");
            assert_eq!(result, dflt);
            assert_eq!(refcnt(dflt), base + 2, "held by the dict and by *result");
            Py_DECREF(result);
            assert_eq!(
                PyDict_SetDefaultRef(d, b, dflt, null_mut()),
                1,
                "NULL result allowed"
            );
            let unhashable = eval("{}");
            result = POISON;
            assert_eq!(PyDict_SetDefaultRef(d, unhashable, dflt, &mut result), -1);
            assert!(result.is_null());
            assert_eq!(take_error().as_deref(), Some("TypeError"));
            assert_eq!(PyDict_ContainsString(d, c"b".as_ptr()), 1);
            assert_eq!(PyDict_ContainsString(d, c"c".as_ptr()), 0);
            result = POISON;
            assert_eq!(PyDict_Pop(d, b, &mut result), 1);
            assert_eq!(result, dflt);
            Py_DECREF(result);
            assert_eq!(refcnt(dflt), base, "the dict's reference went with the pop");
            result = POISON;
            assert_eq!(PyDict_Pop(d, b, &mut result), 0, "missing: no KeyError");
            assert!(result.is_null());
            assert_eq!(take_error(), None);
            assert_eq!(PyDict_PopString(d, c"a".as_ptr(), null_mut()), 1);
            assert_eq!(PyDict_Size(d), 0);
            // An empty dict answers 0 without hashing the key; a non-empty one hashes it.
            result = POISON;
            assert_eq!(PyDict_Pop(d, unhashable, &mut result), 0);
            assert!(result.is_null());
            assert_eq!(PyDict_SetItem(d, a, dflt), 0);
            result = POISON;
            assert_eq!(PyDict_Pop(d, unhashable, &mut result), -1);
            assert!(result.is_null());
            assert_eq!(take_error().as_deref(), Some("TypeError"));
            assert_eq!(PyDict_Pop(d, a, null_mut()), 1);
            for o in [d, a, b, dflt, unhashable] {
                Py_DECREF(o);
            }
        }
    });
}

#[test]
fn list_get_item_ref_extend_clear() {
    with_gil(|| {
        // SAFETY: live objects; every reference is released.
        unsafe {
            let l = eval("[object(), 'x']");
            let first = PyList_GET_ITEM(l, 0);
            let before = refcnt(first);
            let item = PyList_GetItemRef(l, 0);
            assert_eq!((item, refcnt(first)), (first, before + 1));
            Py_DECREF(item);
            assert!(PyList_GetItemRef(l, 2).is_null());
            assert_eq!(take_error().as_deref(), Some("IndexError"));
            assert!(PyList_GetItemRef(l, -1).is_null(), "no negative indexing");
            assert_eq!(take_error().as_deref(), Some("IndexError"));
            let t = eval("(1, 2)");
            assert!(PyList_GetItemRef(t, 0).is_null());
            assert_eq!(take_error().as_deref(), Some("TypeError"));
            assert_eq!(PyList_Extend(l, t), 0);
            assert_eq!(PyList_GET_SIZE(l), 4);
            assert_eq!(PyList_Extend(t, l), -1);
            assert_eq!(take_error().as_deref(), Some("SystemError"));
            let keep = Py_NewRef(first);
            assert_eq!(PyList_Clear(l), 0);
            assert_eq!(PyList_GET_SIZE(l), 0);
            assert_eq!(
                refcnt(first),
                before,
                "the list's reference is gone, ours stays"
            );
            Py_DECREF(keep);
            for o in [l, t] {
                Py_DECREF(o);
            }
        }
    });
}

#[test]
fn weakref_get_ref() {
    with_gil(|| {
        // SAFETY: live objects; every reference is released.
        unsafe {
            let obj = eval("type('W', (), {})()");
            let weakref_mod = check(PyImport_ImportModule(c"weakref".as_ptr()), "weakref");
            let r = check(
                PyObject_CallMethodOneArg(weakref_mod, eval("'ref'"), obj),
                "ref()",
            );
            let before = refcnt(obj);
            let mut target = POISON;
            assert_eq!(PyWeakref_GetRef(r, &mut target), 1);
            assert_eq!((target, refcnt(obj)), (obj, before + 1));
            Py_DECREF(target);
            Py_DECREF(obj); // the last strong reference: dead now
            target = POISON;
            assert_eq!(PyWeakref_GetRef(r, &mut target), 0);
            assert!(target.is_null());
            assert_eq!(take_error(), None);
            let not_ref = eval("42");
            target = POISON;
            assert_eq!(PyWeakref_GetRef(not_ref, &mut target), -1);
            assert!(target.is_null());
            assert_eq!(take_error().as_deref(), Some("TypeError"));
            // NULL is a bad internal call, as natively (`PyErr_BadInternalCall`).
            target = POISON;
            assert_eq!(PyWeakref_GetRef(null_mut(), &mut target), -1);
            assert!(target.is_null());
            assert_eq!(take_error().as_deref(), Some("SystemError"));
            for o in [weakref_mod, r, not_ref] {
                Py_DECREF(o);
            }
        }
    });
}

#[test]
fn optional_attr_and_item() {
    with_gil(|| {
        // SAFETY: live objects; every reference is released.
        unsafe {
            let obj = eval("type('A', (), {'x': 1, 'boom': property(lambda self: 1 / 0)})()");
            let mut result = POISON;
            assert_eq!(
                PyObject_GetOptionalAttrString(obj, c"x".as_ptr(), &mut result),
                1
            );
            assert_eq!(PyLong_AsLong(result), 1);
            Py_DECREF(result);
            result = POISON;
            assert_eq!(
                PyObject_GetOptionalAttrString(obj, c"nope".as_ptr(), &mut result),
                0
            );
            assert!(result.is_null());
            assert_eq!(take_error(), None, "AttributeError silenced");
            result = POISON;
            assert_eq!(
                PyObject_GetOptionalAttrString(obj, c"boom".as_ptr(), &mut result),
                -1
            );
            assert!(result.is_null());
            assert_eq!(take_error().as_deref(), Some("ZeroDivisionError"));
            assert_eq!(PyObject_HasAttrStringWithError(obj, c"x".as_ptr()), 1);
            assert_eq!(PyObject_HasAttrStringWithError(obj, c"nope".as_ptr()), 0);
            assert_eq!(PyObject_HasAttrStringWithError(obj, c"boom".as_ptr()), -1);
            assert_eq!(take_error().as_deref(), Some("ZeroDivisionError"));
            let name = eval("'x'");
            assert_eq!(PyObject_HasAttrWithError(obj, name), 1);

            let m = eval("{'k': 'v'}");
            result = POISON;
            assert_eq!(
                PyMapping_GetOptionalItemString(m, c"k".as_ptr(), &mut result),
                1
            );
            Py_DECREF(result);
            result = POISON;
            assert_eq!(
                PyMapping_GetOptionalItemString(m, c"missing".as_ptr(), &mut result),
                0
            );
            assert!(result.is_null());
            assert_eq!(take_error(), None, "KeyError silenced");
            let unhashable = eval("[]");
            result = POISON;
            assert_eq!(PyMapping_GetOptionalItem(m, unhashable, &mut result), -1);
            assert!(result.is_null());
            assert_eq!(take_error().as_deref(), Some("TypeError"));
            assert_eq!(PyMapping_HasKeyStringWithError(m, c"k".as_ptr()), 1);
            assert_eq!(PyMapping_HasKeyWithError(m, name), 0);
            for o in [obj, name, m, unhashable] {
                Py_DECREF(o);
            }
        }
    });
}

#[test]
fn module_add_and_import_ref() {
    with_gil(|| {
        // SAFETY: live objects; every reference is released.
        unsafe {
            let module = PyImport_AddModuleRef(c"libpython_sys_strongref_test".as_ptr());
            assert!(!module.is_null());
            let value = eval("object()");
            let before = refcnt(value);
            assert_eq!(PyModule_AddObjectRef(module, c"kept".as_ptr(), value), 0);
            assert_eq!(refcnt(value), before + 1, "AddObjectRef does not steal");
            assert_eq!(
                PyModule_Add(module, c"stolen".as_ptr(), Py_NewRef(value)),
                0
            );
            assert_eq!(
                refcnt(value),
                before + 2,
                "Add steals the reference it was given"
            );
            assert_eq!(PyModule_Add(module, c"null".as_ptr(), null_mut()), -1);
            assert_eq!(take_error().as_deref(), Some("SystemError"));
            let again = PyImport_AddModuleRef(c"libpython_sys_strongref_test".as_ptr());
            assert_eq!(again, module);
            for o in [again, module, value] {
                Py_DECREF(o);
            }
        }
    });
}

#[test]
fn conversions_and_comparisons() {
    with_gil(|| {
        // SAFETY: live objects; every reference is released.
        unsafe {
            let big = eval("2**40");
            assert_eq!(PyLong_AsInt(big), -1);
            assert_eq!(take_error().as_deref(), Some("OverflowError"));
            let small = eval("-7");
            assert_eq!(PyLong_AsInt(small), -7);
            let (mut i32v, mut i64v, mut u32v, mut u64v) = (0i32, 0i64, 0u32, 0u64);
            assert_eq!(PyLong_AsInt32(small, &mut i32v), 0);
            assert_eq!(i32v, -7);
            assert_eq!(PyLong_AsInt32(big, &mut i32v), -1);
            assert_eq!(take_error().as_deref(), Some("OverflowError"));
            assert_eq!(PyLong_AsInt64(big, &mut i64v), 0);
            assert_eq!(i64v, 1 << 40);
            assert_eq!(PyLong_AsUInt32(small, &mut u32v), -1);
            assert_eq!(
                take_error().as_deref(),
                Some("ValueError"),
                "negative: ValueError"
            );
            let indexable = eval("type('I', (), {'__index__': lambda self: 7})()");
            assert_eq!(
                PyLong_AsUInt64(indexable, &mut u64v),
                0,
                "__index__ is honoured"
            );
            assert_eq!(u64v, 7);
            Py_DECREF(indexable);
            assert_eq!(PyLong_AsUInt64(big, &mut u64v), 0);
            assert_eq!(u64v, 1 << 40);
            assert_eq!(PyLong_AsUInt32(big, &mut u32v), -1);
            assert_eq!(take_error().as_deref(), Some("OverflowError"));
            for (o, v) in [
                (PyLong_FromInt32(-3), -3i64),
                (PyLong_FromInt64(1 << 50), 1 << 50),
                (PyLong_FromUInt32(u32::MAX), u32::MAX as i64),
            ] {
                assert_eq!(PyLong_AsLongLong(o), v);
                Py_DECREF(o);
            }
            let umax = PyLong_FromUInt64(u64::MAX);
            assert_eq!(PyLong_AsUnsignedLongLong(umax), u64::MAX);
            Py_DECREF(umax);
            let mut sign: c_int = 9;
            assert_eq!(PyLong_GetSign(small, &mut sign), 0);
            assert_eq!(sign, -1);
            let s = eval("'caf\\xe9'");
            assert_eq!(PyLong_GetSign(s, &mut sign), -1);
            assert_eq!(take_error().as_deref(), Some("TypeError"));
            assert_eq!(PyUnicode_EqualToUTF8(s, c"caf\xc3\xa9".as_ptr()), 1);
            assert_eq!(PyUnicode_EqualToUTF8(s, c"cafe".as_ptr()), 0);
            assert_eq!(
                PyUnicode_EqualToUTF8AndSize(s, c"caf\xc3\xa9!".as_ptr(), 5),
                1
            );
            // Not called with a non-str: CPython 3.13+ asserts a str and, in a release
            // build, reads any object as one (undefined behaviour; it crashed 3.14.4 here).
            let lone = eval("'\\ud800'");
            assert_eq!(
                PyUnicode_EqualToUTF8(lone, c"x".as_ptr()),
                0,
                "unencodable: 0, no error"
            );
            assert_eq!(take_error(), None);
            let same = eval("'caf' + '\\xe9'");
            assert_eq!(PyUnicode_Equal(s, same), 1);
            assert_eq!(PyUnicode_Equal(s, lone), 0);
            assert_eq!(PyUnicode_Equal(s, big), -1);
            assert_eq!(take_error().as_deref(), Some("TypeError"));
            let sep = eval("b', '");
            let parts = eval("[b'a', b'b']");
            let joined = PyBytes_Join(sep, parts);
            assert_eq!(
                CStr::from_ptr(PyBytes_AS_STRING(joined)).to_bytes(),
                b"a, b"
            );
            for o in [big, small, s, lone, same, sep, parts, joined] {
                Py_DECREF(o);
            }
        }
    });
}

/// Natively the conversions take `__index__` only: a float, or an object with only
/// `__int__`, is a `TypeError` (3.9's `PyLong_AsLongAndOverflow` would call `__int__`).
#[test]
fn int_conversions_refuse_what_has_no_index() {
    with_gil(|| {
        // SAFETY: live objects; every reference is released.
        unsafe {
            let with_int = eval("type('N', (), {'__int__': lambda self: 5})()");
            let float = eval("3.5");
            let indexable = eval("type('I', (), {'__index__': lambda self: 7})()");
            for o in [with_int, float] {
                assert_eq!(PyLong_AsInt(o), -1);
                assert_eq!(take_error().as_deref(), Some("TypeError"), "PyLong_AsInt");
                let (mut i32v, mut i64v) = (9i32, 9i64);
                assert_eq!(PyLong_AsInt32(o, &mut i32v), -1);
                assert_eq!(take_error().as_deref(), Some("TypeError"), "PyLong_AsInt32");
                assert_eq!(PyLong_AsInt64(o, &mut i64v), -1);
                assert_eq!(take_error().as_deref(), Some("TypeError"), "PyLong_AsInt64");
            }
            assert_eq!(PyLong_AsInt(indexable), 7);
            let mut i64v = 0i64;
            assert_eq!(PyLong_AsInt64(indexable, &mut i64v), 0);
            assert_eq!(i64v, 7);
            assert_eq!(take_error(), None);
            for o in [with_int, float, indexable] {
                Py_DECREF(o);
            }
        }
    });
}

/// `PyUnicode_EqualToUTF8AndSize` never raises and leaves an exception already set alone
/// (even when the string cannot be encoded, where a backport meets an error of its own).
#[test]
fn equal_to_utf8_keeps_a_pending_exception() {
    with_gil(|| {
        // SAFETY: live objects; every reference is released.
        unsafe {
            let lone = eval("'\\ud800'");
            let s = eval("'abc'");
            PyErr_SetString(PyExc_ValueError, c"pending".as_ptr());
            assert_eq!(PyUnicode_EqualToUTF8AndSize(lone, c"x".as_ptr(), 1), 0);
            assert_eq!(PyUnicode_EqualToUTF8AndSize(s, c"abc".as_ptr(), 3), 1);
            assert_eq!(PyUnicode_EqualToUTF8(lone, c"x".as_ptr()), 0);
            assert_eq!(take_error().as_deref(), Some("ValueError"));
            Py_DECREF(lone);
            Py_DECREF(s);
        }
    });
}

/// `Py_GetConstant` takes the `Py_CONSTANT_*` ids as they are, on every version.
#[test]
fn constants_by_name() {
    let _: std::ffi::c_uint = Py_CONSTANT_NONE;
    with_gil(|| {
        // SAFETY: GIL held; new references released.
        unsafe {
            for (id, expected) in [
                (Py_CONSTANT_NONE, Py_None()),
                (Py_CONSTANT_TRUE, Py_True()),
                (Py_CONSTANT_FALSE, Py_False()),
            ] {
                let got = Py_GetConstant(id);
                assert_eq!(got, expected);
                Py_DECREF(got);
            }
        }
    });
}

#[test]
fn raised_exception_round_trip() {
    with_gil(|| {
        // SAFETY: every reference is accounted for.
        unsafe {
            assert!(PyErr_GetRaisedException().is_null(), "nothing set");
            // A raised exception with a traceback, as Python code leaves it.
            let code = c"def f(): raise ValueError('v')\ntry:\n    f()\nexcept ValueError as e:\n    saved = e\n";
            let ns = check(PyDict_New(), "dict");
            PyDict_SetItemString(ns, c"__builtins__".as_ptr(), PyEval_GetBuiltins());
            Py_DECREF(check(
                PyRun_StringFlags(code.as_ptr(), Py_file_input, ns, ns, null_mut()),
                "run",
            ));
            let saved = Py_NewRef(PyDict_GetItemString(ns, c"saved".as_ptr()));
            PyErr_SetRaisedException(Py_NewRef(saved));
            assert!(!PyErr_Occurred().is_null());
            let exc = PyErr_GetRaisedException();
            assert_eq!(exc, saved, "the same exception object");
            assert!(PyErr_Occurred().is_null(), "and cleared");
            let tb = PyException_GetTraceback(exc);
            assert!(!tb.is_null(), "traceback kept");
            Py_DECREF(tb);
            // An unnormalized one (type + value string): normalized on the way out.
            PyErr_SetString(PyExc_KeyError, c"k".as_ptr());
            let exc2 = PyErr_GetRaisedException();
            assert_eq!(PyObject_TypeCheck(exc2, PyExc_KeyError.cast()), 1);
            PyErr_SetRaisedException(null_mut());
            assert!(PyErr_Occurred().is_null());
            for o in [exc, exc2, saved, ns] {
                Py_DECREF(o);
            }
        }
    });
}

#[test]
fn constants_iteration_sys_and_tuples() {
    with_gil(|| {
        // SAFETY: live objects; every reference is released.
        unsafe {
            let expected = [
                "None",
                "False",
                "True",
                "Ellipsis",
                "NotImplemented",
                "0",
                "1",
                "''",
                "b''",
                "()",
            ];
            for (id, expr) in expected.iter().enumerate() {
                let mine = Py_GetConstant(id as _);
                let theirs = eval(expr);
                assert_eq!(PyObject_RichCompareBool(mine, theirs, Py_EQ), 1, "{expr}");
                assert_eq!(
                    Py_GetConstantBorrowed(id as _),
                    mine,
                    "{expr}: the same singleton"
                );
                Py_DECREF(mine);
                Py_DECREF(theirs);
            }
            assert!(Py_GetConstant(99).is_null());
            assert_eq!(take_error().as_deref(), Some("SystemError"));

            let it = eval("iter([1, 2])");
            let mut item = POISON;
            assert_eq!(PyIter_NextItem(it, &mut item), 1);
            Py_DECREF(item);
            assert_eq!(PyIter_NextItem(it, &mut item), 1);
            Py_DECREF(item);
            item = POISON;
            assert_eq!(PyIter_NextItem(it, &mut item), 0);
            assert!(item.is_null());
            let not_iter = eval("[1]");
            item = POISON;
            assert_eq!(PyIter_NextItem(not_iter, &mut item), -1);
            assert!(item.is_null());
            assert_eq!(take_error().as_deref(), Some("TypeError"));

            let mut value = POISON;
            assert_eq!(PySys_GetOptionalAttrString(c"path".as_ptr(), &mut value), 1);
            assert_eq!(PyList_Check(value), 1);
            Py_DECREF(value);
            value = POISON;
            assert_eq!(
                PySys_GetOptionalAttrString(c"no_such_attr".as_ptr(), &mut value),
                0
            );
            assert!(value.is_null());
            let name = eval("'version'");
            let version = PySys_GetAttr(name);
            assert_eq!(PyUnicode_Check(version), 1);
            assert!(PySys_GetAttrString(c"no_such_attr".as_ptr()).is_null());
            assert_eq!(take_error().as_deref(), Some("RuntimeError"));
            value = POISON;
            assert_eq!(PySys_GetOptionalAttr(not_iter, &mut value), -1);
            assert!(value.is_null());
            assert_eq!(take_error().as_deref(), Some("TypeError"));

            let items = [eval("1"), eval("object()")];
            let before = refcnt(items[1]);
            let t = PyTuple_FromArray(items.as_ptr(), 2);
            assert_eq!(PyTuple_GET_SIZE(t), 2);
            assert_eq!(refcnt(items[1]), before + 1);
            Py_DECREF(t);
            assert_eq!(Py_IsFinalizing(), 0);
            assert!(!PyThreadState_GetUnchecked().is_null());
            let fresh = eval("object()");
            assert_eq!(PyUnstable_Object_IsUniquelyReferenced(fresh), 1);
            let extra = Py_NewRef(fresh);
            assert_eq!(PyUnstable_Object_IsUniquelyReferenced(fresh), 0);
            for o in [
                it, not_iter, name, version, items[0], items[1], fresh, extra,
            ] {
                Py_DECREF(o);
            }
        }
    });
}

/// On free-threaded builds, readers take strong references from a dict and a list that
/// writers keep replacing items of: every result is a live object whose reference
/// survives the writers dropping theirs. All threads detach now and then, so that a
/// stop-the-world pause (GC) started by another test can proceed.
#[cfg(Py_GIL_DISABLED)]
#[test]
fn get_item_ref_races_concurrent_mutation() {
    const ROUNDS: i64 = 20_000;
    let (d, l) = with_gil(|| {
        (
            common::Obj(eval("{i: str(i) for i in range(8)}")),
            common::Obj(eval("[str(i) for i in range(8)]")),
        )
    });
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut threads = Vec::new();
    for w in 0..2i64 {
        let stop = stop.clone();
        threads.push(std::thread::spawn(move || {
            with_gil(|| {
                let mut i = 0;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    // SAFETY: live containers; fresh objects replace old ones (which die).
                    unsafe {
                        let key = PyLong_FromLongLong(i % 8);
                        let value = PyUnicode_FromFormat(c"v%lld-%lld".as_ptr(), w, i);
                        assert_eq!(PyDict_SetItem(d.get(), key, value), 0);
                        assert_eq!(
                            PyList_SetItem(l.get(), (i % 8) as isize, Py_NewRef(value)),
                            0
                        );
                        Py_DECREF(key);
                        Py_DECREF(value);
                    }
                    i += 1;
                    // Detach now and then: a thread that stays attached in a loop of C-API
                    // calls never reaches a safepoint, and would block the stop-the-world
                    // pauses (GC) that other threads wait for.
                    if i % 64 == 0 {
                        common::allow_threads(std::thread::yield_now);
                    }
                }
            })
        }));
    }
    for _ in 0..4 {
        threads.push(std::thread::spawn(move || {
            with_gil(|| {
                for i in 0..ROUNDS {
                    // SAFETY: live containers; each result is a strong reference we own.
                    unsafe {
                        let key = PyLong_FromLongLong(i % 8);
                        let mut value = null_mut();
                        assert_eq!(PyDict_GetItemRef(d.get(), key, &mut value), 1);
                        assert!(Py_REFCNT(value) >= 1);
                        assert_eq!(PyUnicode_Check(value), 1, "a live str");
                        assert!(PyUnicode_GET_LENGTH(value) >= 1);
                        Py_DECREF(value);
                        let item = PyList_GetItemRef(l.get(), (i % 8) as isize);
                        assert!(!item.is_null());
                        assert_eq!(PyUnicode_Check(item), 1, "a live str");
                        Py_DECREF(item);
                        Py_DECREF(key);
                    }
                    if i % 64 == 0 {
                        common::allow_threads(std::thread::yield_now);
                    }
                }
            })
        }));
    }
    let writers: Vec<_> = threads.drain(..2).collect();
    for reader in threads {
        reader.join().unwrap();
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for w in writers {
        w.join().unwrap();
    }
    with_gil(|| {
        // SAFETY: our references.
        unsafe {
            assert_eq!(PyDict_Size(d.get()), 8);
            Py_DECREF(d.get());
            Py_DECREF(l.get());
        }
    });
}
