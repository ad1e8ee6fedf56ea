//! The rest of the headers' type checks, the names that are macros on some versions and
//! functions on others, and vectorcall on every version, against the running interpreter.
// The version-specific API: not built with the stable ABI's features (its tests are
// tests/stable_abi.rs).
#![cfg(not(Py_LIMITED_API))]

mod common;

use std::ffi::c_int;
use std::ptr::null_mut;

use common::{check, eval, eval_i64, with_gil};
use libpython_sys::*;

type Check = unsafe fn(*mut PyObject) -> c_int;

/// `(name, check, Python type expression, exact)`: what each check must agree with.
fn checks() -> Vec<(&'static str, Check, &'static str, bool)> {
    #[cfg_attr(not(Py_3_12), allow(unused_mut))] // 3.12+ push their own
    let mut all: Vec<(&'static str, Check, &'static str, bool)> = vec![
        (
            "PyContext_CheckExact",
            PyContext_CheckExact,
            "contextvars.Context",
            true,
        ),
        (
            "PyContextVar_CheckExact",
            PyContextVar_CheckExact,
            "contextvars.ContextVar",
            true,
        ),
        (
            "PyContextToken_CheckExact",
            PyContextToken_CheckExact,
            "contextvars.Token",
            true,
        ),
        (
            "PyFrame_Check",
            PyFrame_Check,
            "type(sys._getframe())",
            true,
        ),
        (
            "PyODict_Check",
            PyODict_Check,
            "collections.OrderedDict",
            false,
        ),
        (
            "PyODict_CheckExact",
            PyODict_CheckExact,
            "collections.OrderedDict",
            true,
        ),
        (
            "PyPickleBuffer_Check",
            PyPickleBuffer_Check,
            "pickle.PickleBuffer",
            true,
        ),
        (
            "PyDictKeys_Check",
            PyDictKeys_Check,
            "type({}.keys())",
            false,
        ),
        (
            "PyDictItems_Check",
            PyDictItems_Check,
            "type({}.items())",
            false,
        ),
        (
            "PyDictValues_Check",
            PyDictValues_Check,
            "type({}.values())",
            false,
        ),
        (
            "PyDictViewSet_Check",
            PyDictViewSet_Check,
            "(type({}.keys()), type({}.items()))",
            false,
        ),
    ];
    #[cfg(Py_3_12)]
    all.push((
        "PyAsyncGenASend_CheckExact",
        PyAsyncGenASend_CheckExact,
        "type(agen().asend(None))",
        true,
    ));
    #[cfg(Py_3_13)]
    all.push((
        "PyFrameLocalsProxy_Check",
        PyFrameLocalsProxy_Check,
        "type((lambda: sys._getframe().f_locals)())",
        true,
    ));
    #[cfg(Py_3_15)]
    all.extend([
        (
            "PyFrozenDict_Check",
            PyFrozenDict_Check as Check,
            "frozendict",
            false,
        ),
        (
            "PyFrozenDict_CheckExact",
            PyFrozenDict_CheckExact,
            "frozendict",
            true,
        ),
        (
            "PyAnyDict_Check",
            PyAnyDict_Check,
            "(dict, frozendict)",
            false,
        ),
        ("PySentinel_Check", PySentinel_Check, "sentinel", true),
        (
            "PySentinel_CheckExact",
            PySentinel_CheckExact,
            "sentinel",
            true,
        ),
    ]);
    all
}

const SETUP: &str = "import sys, collections, contextvars, pickle\n\
async def agen():\n    yield 1\n";

const SAMPLES: &[&str] = &[
    "contextvars.copy_context()",
    "contextvars.ContextVar('v')",
    "contextvars.ContextVar('v').set(1)",
    "sys._getframe()",
    "collections.OrderedDict()",
    "type('O', (collections.OrderedDict,), {})()",
    "pickle.PickleBuffer(b'')",
    "{1: 2}.keys()",
    "{1: 2}.items()",
    "{1: 2}.values()",
    "{}",
    "[]",
    "len",
    "None",
];

/// `expr` evaluated after [`SETUP`]: a new reference.
fn value(expr: &str) -> *mut PyObject {
    eval(&format!("(exec({SETUP:?}, globals()), {expr})[1]"))
}

fn truth(expr: &str) -> bool {
    eval_i64(&format!(
        "(exec({SETUP:?}, globals()), int(bool({expr})))[1]"
    )) == 1
}

#[test]
fn every_header_type_check_agrees_with_python() {
    let mut samples: Vec<&str> = SAMPLES.to_vec();
    if cfg!(Py_3_12) {
        samples.push("agen().asend(None)");
    }
    if cfg!(Py_3_13) {
        samples.push("(lambda: sys._getframe().f_locals)()");
    }
    if cfg!(Py_3_15) {
        samples.extend(["frozendict()", "sentinel('S')"]);
    }
    with_gil(|| {
        for sample in &samples {
            let obj = value(sample);
            for (name, check, ty, exact) in checks() {
                // SAFETY: a live object.
                let ours = unsafe { check(obj) } != 0;
                let expected = if exact {
                    truth(&format!("type({sample}) is {ty}"))
                } else {
                    truth(&format!("isinstance({sample}, {ty})"))
                };
                assert_eq!(ours, expected, "{name}({sample})");
            }
            // SAFETY: the new reference `value` returned.
            unsafe { Py_DECREF(obj) };
        }
        // PyType_IS_GC takes a type: list instances are tracked, int ones not.
        // SAFETY: static types.
        unsafe {
            assert_eq!(PyType_IS_GC(std::ptr::addr_of_mut!(PyList_Type)), 1);
            assert_eq!(PyType_IS_GC(std::ptr::addr_of_mut!(PyLong_Type)), 0);
        }
    });
}

#[test]
fn macro_forms_exist_on_every_version() {
    with_gil(|| {
        // SAFETY: GIL held; every new reference is released.
        unsafe {
            // PyObject_DelAttr / DelAttrString (functions from 3.13).
            let ns = check(value("type('N', (), {})()"), "N()");
            let name = value("'x'");
            assert_eq!(PyObject_SetAttr(ns, name, name), 0);
            assert_eq!(PyObject_HasAttrWithError(ns, name), 1);
            assert_eq!(PyObject_DelAttr(ns, name), 0);
            assert_eq!(PyObject_HasAttrWithError(ns, name), 0);
            assert_eq!(PyObject_SetAttrString(ns, c"y".as_ptr(), name), 0);
            assert_eq!(PyObject_DelAttrString(ns, c"y".as_ptr()), 0);
            assert_eq!(PyObject_HasAttrStringWithError(ns, c"y".as_ptr()), 0);
            // PyDescr_IsData (function from 3.10): a property is, a function is not.
            let prop = value("property(lambda s: 1)");
            let func = value("lambda: 0");
            assert_eq!(PyDescr_IsData(prop), 1);
            assert_eq!(PyDescr_IsData(func), 0);
            // PyType_SUPPORTS_WEAKREFS (function from 3.11).
            assert_eq!(PyType_SUPPORTS_WEAKREFS(Py_TYPE(ns)), 1);
            assert_eq!(
                PyType_SUPPORTS_WEAKREFS(std::ptr::addr_of_mut!(PyLong_Type)),
                0
            );
            // Py_CompileString (function from 3.10) and Py_CompileStringFlags (a macro).
            let code = check(
                Py_CompileString(c"1 + 1".as_ptr(), c"<t>".as_ptr(), Py_eval_input),
                "compile",
            );
            assert_eq!(PyCode_Check(code), 1);
            let code2 = check(
                Py_CompileStringFlags(c"2".as_ptr(), c"<t>".as_ptr(), Py_eval_input, null_mut()),
                "compile",
            );
            // PyCFunction_New (function from 3.10).
            static DEF: PyMethodDef = PyMethodDef::noargs(c"answer", answer, c"42");
            let f = check(
                PyCFunction_New(std::ptr::addr_of!(DEF).cast_mut(), null_mut()),
                "PyCFunction_New",
            );
            let r = check(PyObject_CallNoArgs(f), "answer()");
            assert_eq!(PyLong_AsLong(r), 42);
            // Py_GETENV (function from 3.11): the embedded interpreter honours the environment.
            std::env::set_var("LIBPYTHON_SYS_GETENV_TEST", "yes");
            let v = Py_GETENV(c"LIBPYTHON_SYS_GETENV_TEST".as_ptr());
            assert!(!v.is_null());
            assert_eq!(std::ffi::CStr::from_ptr(v).to_bytes(), b"yes");
            // PySequence_Fast_* over a list and a tuple.
            for expr in ["[5, 6, 7]", "(5, 6, 7)"] {
                let seq = value(expr);
                let fast = check(PySequence_Fast(seq, c"x".as_ptr()), "fast");
                assert_eq!(PySequence_Fast_GET_SIZE(fast), 3);
                assert_eq!(PyLong_AsLong(PySequence_Fast_GET_ITEM(fast, 1)), 6);
                assert_eq!(PyLong_AsLong(*PySequence_Fast_ITEMS(fast).add(2)), 7);
                Py_DECREF(fast);
                Py_DECREF(seq);
            }
            for o in [ns, name, prop, func, code, code2, f, r] {
                Py_DECREF(o);
            }
        }
    });
}

unsafe extern "C" fn answer(_self: *mut PyObject, _args: *mut PyObject) -> *mut PyObject {
    // SAFETY: called by CPython with the thread attached.
    unsafe { PyLong_FromLong(42) }
}

#[test]
fn vectorcall_on_every_version() {
    with_gil(|| {
        // SAFETY: GIL held; every new reference is released.
        unsafe {
            let len = value("len");
            let list = value("[1, 2, 3]");
            let n = check(PyObject_CallOneArg(len, list), "len(list)");
            assert_eq!(PyLong_AsLong(n), 3);
            // A builtin function supports vectorcall; an instance of a plain class does not.
            assert!(PyVectorcall_Function(len).is_some());
            let plain = value("type('C', (), {'__call__': lambda self, *a, **k: (a, k)})()");
            assert!(PyVectorcall_Function(plain).is_none());
            // Positional and keyword arguments through both paths (vectorcall, tp_call).
            let kwnames = value("('k',)");
            let mut args = [null_mut(), value("1"), value("2")];
            let r = check(
                PyObject_Vectorcall(
                    plain,
                    args.as_mut_ptr().add(1),
                    1 | PY_VECTORCALL_ARGUMENTS_OFFSET,
                    kwnames,
                ),
                "vectorcall",
            );
            let repr = check(PyObject_Repr(r), "repr");
            assert_eq!(
                std::ffi::CStr::from_ptr(PyUnicode_AsUTF8(repr))
                    .to_str()
                    .unwrap(),
                "((1,), {'k': 2})"
            );
            let none = check(PyObject_CallNoArgs(value("lambda: None")), "call");
            assert_eq!(Py_IsNone(none), 1);
            // An exception from the callee comes back as NULL with the error set.
            let boom = value("lambda x: 1 / 0");
            assert!(PyObject_CallOneArg(boom, list).is_null());
            assert!(!PyErr_Occurred().is_null());
            PyErr_Clear();
            for o in [
                len, list, n, plain, kwnames, args[1], args[2], r, repr, none, boom,
            ] {
                Py_DECREF(o);
            }
            // Py_RETURN_* give new references.
            for o in [
                Py_RETURN_NONE(),
                Py_RETURN_TRUE(),
                Py_RETURN_FALSE(),
                Py_RETURN_NOTIMPLEMENTED(),
            ] {
                Py_DECREF(o);
            }
        }
    });
}
