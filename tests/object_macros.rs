//! The hand-written object macros against the running interpreter: type checks,
//! container and `str` accessors, and the header-init constants compared byte for byte
//! with what the C compiler makes of the same macros from this interpreter's headers.
// The version-specific API: not built with the stable ABI's features (its tests are
// tests/stable_abi.rs).
#![cfg(not(Py_LIMITED_API))]

mod common;

use std::ffi::{c_int, CStr};

use common::{eval, with_gil};
use libpython_sys::*;

/// Evaluates `expr`, runs `f` on the new reference, and releases it.
fn with_obj<R>(expr: &str, f: impl FnOnce(*mut PyObject) -> R) -> R {
    let obj = eval(expr);
    let result = f(obj);
    // SAFETY: `obj` is the new reference `eval` returned.
    unsafe { Py_DECREF(obj) };
    result
}

#[test]
fn type_checks_agree_with_isinstance() {
    type Check = unsafe fn(*mut PyObject) -> c_int;
    let checks: &[(&str, Check, &str)] = &[
        ("PyLong_Check", PyLong_Check, "int"),
        ("PyBool_Check", PyBool_Check, "bool"),
        ("PyFloat_Check", PyFloat_Check, "float"),
        ("PyComplex_Check", PyComplex_Check, "complex"),
        ("PyBytes_Check", PyBytes_Check, "bytes"),
        ("PyByteArray_Check", PyByteArray_Check, "bytearray"),
        ("PyUnicode_Check", PyUnicode_Check, "str"),
        ("PyTuple_Check", PyTuple_Check, "tuple"),
        ("PyList_Check", PyList_Check, "list"),
        ("PyDict_Check", PyDict_Check, "dict"),
        ("PySet_Check", PySet_Check, "set"),
        ("PyFrozenSet_Check", PyFrozenSet_Check, "frozenset"),
        ("PyType_Check", PyType_Check, "type"),
        ("PyModule_Check", PyModule_Check, "type(sys)"),
        (
            "PyExceptionInstance_Check",
            PyExceptionInstance_Check,
            "BaseException",
        ),
        (
            "PyWeakref_CheckRef",
            PyWeakref_CheckRef,
            "__import__('weakref').ref",
        ),
    ];
    let exact: &[(&str, Check, &str)] = &[
        ("PyLong_CheckExact", PyLong_CheckExact, "int"),
        ("PyFloat_CheckExact", PyFloat_CheckExact, "float"),
        ("PyUnicode_CheckExact", PyUnicode_CheckExact, "str"),
        ("PyTuple_CheckExact", PyTuple_CheckExact, "tuple"),
        ("PyList_CheckExact", PyList_CheckExact, "list"),
        ("PyDict_CheckExact", PyDict_CheckExact, "dict"),
        ("PySet_CheckExact", PySet_CheckExact, "set"),
        ("PyBytes_CheckExact", PyBytes_CheckExact, "bytes"),
        ("PyType_CheckExact", PyType_CheckExact, "type"),
        ("PySlice_Check", PySlice_Check, "slice"),
        ("PyRange_Check", PyRange_Check, "range"),
        ("PyMemoryView_Check", PyMemoryView_Check, "memoryview"),
        ("PyFunction_Check", PyFunction_Check, "type(lambda: 0)"),
        ("PyCode_Check", PyCode_Check, "type((lambda: 0).__code__)"),
        (
            "PyCapsule_CheckExact",
            PyCapsule_CheckExact,
            "type(__import__('datetime').datetime_CAPI)",
        ),
    ];
    let samples = [
        "1",
        "True",
        "2.5",
        "1j",
        "b'x'",
        "bytearray()",
        "'s'",
        "(1,)",
        "[1]",
        "{}",
        "{1}",
        "frozenset()",
        "int",
        "sys",
        "ValueError('x')",
        "__import__('weakref').ref(int)",
        "slice(1)",
        "range(3)",
        "memoryview(b'')",
        "lambda: 0",
        "(lambda: 0).__code__",
        "__import__('datetime').datetime_CAPI",
        "object()",
        "type('S', (str,), {})('x')",
        "type('L', (list,), {})()",
        "type('D', (dict,), {})()",
        "type('I', (int,), {})(5)",
    ];
    with_gil(|| {
        for sample in samples {
            for (name, check, ty) in checks {
                // SAFETY: a live object.
                let ours = with_obj(sample, |o| unsafe { check(o) }) != 0;
                let expected = common::eval_i64(&format!("int(isinstance({sample}, {ty}))")) == 1;
                assert_eq!(ours, expected, "{name}({sample})");
            }
            for (name, check, ty) in exact {
                // SAFETY: a live object.
                let ours = with_obj(sample, |o| unsafe { check(o) }) != 0;
                let expected = common::eval_i64(&format!("int(type({sample}) is {ty})")) == 1;
                assert_eq!(ours, expected, "{name}({sample})");
            }
        }
    });
}

#[test]
fn identity_and_singletons() {
    with_gil(|| {
        with_obj("None", |o| {
            assert_eq!((Py_IsNone(o), Py_IsTrue(o), Py_Is(o, Py_None())), (1, 0, 1))
        });
        with_obj("True", |o| {
            assert_eq!((Py_IsTrue(o), Py_IsFalse(o)), (1, 0))
        });
        with_obj("1 == 2", |o| assert_eq!(Py_IsFalse(o), 1));
        with_obj("...", |o| assert_eq!(Py_Is(o, Py_Ellipsis()), 1));
        with_obj("NotImplemented", |o| {
            assert_eq!(Py_Is(o, Py_NotImplemented()), 1)
        });
        with_obj("[]", |o| {
            // SAFETY: a live list.
            unsafe {
                assert_eq!(Py_TYPE(o), std::ptr::addr_of_mut!(PyList_Type));
                assert_eq!(Py_IS_TYPE(o, std::ptr::addr_of_mut!(PyList_Type)), 1);
                assert_eq!(
                    PyObject_TypeCheck(o, std::ptr::addr_of_mut!(PyBaseObject_Type)),
                    1
                );
                assert_eq!(PyType_HasFeature(Py_TYPE(o), Py_TPFLAGS_LIST_SUBCLASS), 1);
                assert_eq!(PyType_HasFeature(Py_TYPE(o), Py_TPFLAGS_DICT_SUBCLASS), 0);
            }
        });
    });
}

#[test]
fn container_accessors() {
    with_gil(|| {
        // SAFETY: live objects of the types each accessor expects; indices in range.
        unsafe {
            with_obj("(10, 'x', None)", |t| {
                assert_eq!((PyTuple_GET_SIZE(t), Py_SIZE(t)), (3, 3));
                assert_eq!(PyLong_AsLong(PyTuple_GET_ITEM(t, 0)), 10);
                assert_eq!(Py_IsNone(PyTuple_GET_ITEM(t, 2)), 1);
            });
            let t = PyTuple_New(2);
            PyTuple_SET_ITEM(t, 0, PyLong_FromLong(7));
            PyTuple_SET_ITEM(t, 1, Py_NewRef(Py_None()));
            assert_eq!(PyLong_AsLong(PyTuple_GetItem(t, 0)), 7);
            Py_DECREF(t);
            with_obj("[1, 2, 3, 4]", |l| {
                assert_eq!(PyList_GET_SIZE(l), 4);
                assert_eq!(PyLong_AsLong(PyList_GET_ITEM(l, 3)), 4);
                let old = PyList_GET_ITEM(l, 0);
                PyList_SET_ITEM(l, 0, PyLong_FromLong(100));
                Py_DECREF(old);
                assert_eq!(PyLong_AsLong(PyList_GetItem(l, 0)), 100);
                let mut v = PyVarObject_HEAD_INIT(std::ptr::null_mut(), 0);
                Py_SET_SIZE(&mut v, 9);
                assert_eq!(v.ob_size, 9);
            });
            with_obj("b'hello\\x00world'", |b| {
                assert_eq!(PyBytes_GET_SIZE(b), 11);
                let bytes = std::slice::from_raw_parts(PyBytes_AS_STRING(b).cast::<u8>(), 12);
                assert_eq!(bytes, b"hello\0world\0");
            });
            with_obj("-2.75", |f| assert_eq!(PyFloat_AS_DOUBLE(f), -2.75));
            with_obj("type('F', (float,), {})(1.5)", |f| {
                assert_eq!(PyFloat_AS_DOUBLE(f), 1.5)
            });
        }
    });
}

#[test]
fn unicode_accessors_on_every_kind() {
    // ASCII, Latin-1, BMP and astral strings, compact and (for a str subclass) not.
    let cases = [
        ("'plain ascii'", PyUnicode_1BYTE_KIND, true),
        ("'caf\\xe9 \\xff'", PyUnicode_1BYTE_KIND, false),
        ("'\\u20ac uro \\u4e2d'", PyUnicode_2BYTE_KIND, false),
        ("'\\U0001f600 smile'", PyUnicode_4BYTE_KIND, false),
        (
            "type('S', (str,), {})('sub\\u20ac')",
            PyUnicode_2BYTE_KIND,
            false,
        ),
    ];
    with_gil(|| {
        for (expr, kind, ascii) in cases {
            let expected: Vec<u32> = {
                let text = common::eval_string(&format!("','.join(str(ord(c)) for c in {expr})"));
                text.split(',').map(|c| c.parse().unwrap()).collect()
            };
            with_obj(expr, |s| {
                // SAFETY: a live (ready) str; indices in range.
                unsafe {
                    assert_eq!(PyUnicode_KIND(s), kind, "{expr}");
                    assert_eq!(PyUnicode_IS_ASCII(s) != 0, ascii, "{expr}");
                    assert_eq!(PyUnicode_GET_LENGTH(s) as usize, expected.len(), "{expr}");
                    let data = PyUnicode_DATA(s);
                    for (i, &cp) in expected.iter().enumerate() {
                        assert_eq!(PyUnicode_READ_CHAR(s, i as isize), cp, "{expr}[{i}]");
                        assert_eq!(PyUnicode_READ(kind, data, i as isize), cp, "{expr}[{i}]");
                    }
                    if kind == PyUnicode_1BYTE_KIND {
                        assert_eq!(u32::from(*PyUnicode_1BYTE_DATA(s)), expected[0]);
                    }
                    // The exported function agrees where libpython has it.
                    assert_eq!(PyUnicode_ReadChar(s, 0), expected[0]);
                    let compact = common::eval_i64(&format!("int(type({expr}) is str)")) == 1;
                    assert_eq!(PyUnicode_IS_COMPACT(s) != 0, compact, "{expr}");
                }
            });
        }
        // Writing into a fresh string.
        // SAFETY: a new, unshared 2-byte string of length 3.
        unsafe {
            let s = PyUnicode_New(3, 0x20ac);
            let (kind, data) = (PyUnicode_KIND(s), PyUnicode_DATA(s));
            for (i, cp) in [0x20ac_u32, 0x41, 0x4e2d].into_iter().enumerate() {
                PyUnicode_WRITE(kind, data, i as isize, cp);
            }
            let utf8 = CStr::from_ptr(PyUnicode_AsUTF8(s))
                .to_str()
                .unwrap()
                .to_owned();
            assert_eq!(utf8, "\u{20ac}A\u{4e2d}");
            Py_DECREF(s);
        }
    });
}

/// The bytes of the C macros' expansions, from a program the C compiler builds with this
/// interpreter's headers: `PyObject_HEAD_INIT(NULL)`, `PyVarObject_HEAD_INIT(NULL, 7)`,
/// `PyModuleDef_HEAD_INIT`.
fn c_head_init_bytes() -> Vec<Vec<u8>> {
    let dir = std::env::temp_dir().join(format!("libpython-sys-headinit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("headinit.c");
    std::fs::write(
        &src,
        r#"#include <Python.h>
#include <stdio.h>
static struct { PyObject o; } obj = { PyObject_HEAD_INIT(NULL) };
static struct { PyVarObject v; } var = { PyVarObject_HEAD_INIT(NULL, 7) };
static PyModuleDef_Base base = PyModuleDef_HEAD_INIT;
static void dump(const void *p, size_t n) {
    for (size_t i = 0; i < n; i++) printf("%02x", ((const unsigned char *)p)[i]);
    printf("\n");
}
int main(void) { dump(&obj.o, sizeof obj.o); dump(&var.v, sizeof var.v); dump(&base, sizeof base); return 0; }
"#,
    )
    .unwrap();
    let triple = env!("LIBPYTHON_SYS_BUILD_TRIPLE");
    let compiler = cc::Build::new()
        .target(triple)
        .host(triple)
        .opt_level(0)
        .cargo_metadata(false)
        .out_dir(&dir)
        .get_compiler();
    let exe = dir.join("headinit");
    let status = compiler
        .to_command()
        .arg(format!("-I{}", env!("LIBPYTHON_SYS_INCLUDE")))
        .arg(&src)
        .arg("-o")
        .arg(&exe)
        .status()
        .expect("the C compiler runs");
    assert!(status.success(), "compiling the head-init probe");
    let out = std::process::Command::new(&exe).output().unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            (0..l.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&l[i..i + 2], 16).unwrap())
                .collect()
        })
        .collect()
}

fn bytes_of<T>(value: &T) -> Vec<u8> {
    // SAFETY: reads the value's own bytes; these header structs have no padding.
    unsafe {
        std::slice::from_raw_parts((value as *const T).cast::<u8>(), std::mem::size_of::<T>())
            .to_vec()
    }
}

#[test]
fn header_init_constants_equal_the_c_macros_bytes() {
    let c = c_head_init_bytes();
    assert_eq!(
        bytes_of(&PyObject_HEAD_INIT(std::ptr::null_mut())),
        c[0],
        "PyObject_HEAD_INIT"
    );
    assert_eq!(
        bytes_of(&PyVarObject_HEAD_INIT(std::ptr::null_mut(), 7)),
        c[1],
        "PyVarObject_HEAD_INIT"
    );
    let base = PyModuleDef_HEAD_INIT;
    assert_eq!(bytes_of(&base), c[2], "PyModuleDef_HEAD_INIT");
}

/// A module definition with no methods, slots or state, headed by `PyModuleDef_HEAD_INIT`.
const fn module_def(name: &'static CStr) -> PyModuleDef {
    PyModuleDef {
        m_base: PyModuleDef_HEAD_INIT,
        m_name: name.as_ptr(),
        m_doc: std::ptr::null(),
        m_size: 0,
        m_methods: std::ptr::null_mut(),
        m_slots: std::ptr::null_mut(),
        m_traverse: None,
        m_clear: None,
        m_free: None,
    }
}

#[test]
fn a_module_definition_from_the_head_init_is_accepted() {
    static mut DEF: PyModuleDef = module_def(c"libpython_sys_test_module");
    with_gil(|| {
        // SAFETY: a static definition used once, with the GIL held / thread attached.
        unsafe {
            let def = std::ptr::addr_of_mut!(DEF);
            let module = PyModule_Create2(def, PYTHON_API_VERSION as c_int);
            assert!(
                !module.is_null(),
                "3.15t rejects a definition without the static ob_flags"
            );
            let name = CStr::from_ptr(PyModule_GetName(module))
                .to_str()
                .unwrap()
                .to_owned();
            assert_eq!(name, "libpython_sys_test_module");
            Py_DECREF(module);
        }
    });
}

/// The control: 3.15t refuses a module definition whose header lacks the static flag,
/// which is why `PyModuleDef_HEAD_INIT` must set it.
#[cfg(all(Py_3_15, Py_GIL_DISABLED))]
#[test]
fn free_threaded_3_15_refuses_a_definition_without_the_static_flag() {
    static mut BAD: PyModuleDef = module_def(c"libpython_sys_bad_module");
    with_gil(|| {
        // SAFETY: a static definition, modified before first use, GIL held / attached.
        unsafe {
            let def = std::ptr::addr_of_mut!(BAD);
            (*def).m_base.ob_base.ob_flags = 0;
            assert!(PyModuleDef_Init(def).is_null());
            assert!(!PyErr_Occurred().is_null());
            PyErr_Clear();
        }
    });
}

#[test]
fn more_accessors_agree_with_the_interpreter() {
    with_gil(|| {
        // SAFETY: live objects of the types each accessor expects.
        unsafe {
            with_obj("{1: 2, 3: 4}", |d| assert_eq!(PyDict_GET_SIZE(d), 2));
            with_obj("{1, 2, 3}", |s| assert_eq!(PySet_GET_SIZE(s), 3));
            with_obj("frozenset('ab')", |s| assert_eq!(PySet_GET_SIZE(s), 2));
            with_obj("bytearray(b'xyz')", |b| {
                assert_eq!(PyByteArray_GET_SIZE(b), 3);
                assert_eq!(
                    std::slice::from_raw_parts(PyByteArray_AS_STRING(b).cast::<u8>(), 3),
                    b"xyz"
                );
            });
            with_obj("bytearray()", |b| assert_eq!(*PyByteArray_AS_STRING(b), 0));
            with_obj("len", |f| {
                assert_eq!(PyCFunction_GET_FLAGS(f) & METH_O, METH_O);
                assert!(PyCFunction_GET_FUNCTION(f).is_some());
                assert_eq!(PyModule_Check(PyCFunction_GET_SELF(f)), 1, "builtins");
                assert!(PyCFunction_GET_CLASS(f).is_null());
            });
            with_obj("[].append", |m| {
                assert_eq!(PyList_Check(PyCFunction_GET_SELF(m)), 1)
            });
            with_obj("type('K', (), {'f': lambda self: 1})().f", |m| {
                assert_eq!(PyFunction_Check(PyMethod_GET_FUNCTION(m)), 1);
                let f = PyMethod_GET_FUNCTION(m);
                assert_eq!(PyCode_Check(PyFunction_GET_CODE(f)), 1);
                assert_eq!(PyDict_Check(PyFunction_GET_GLOBALS(f)), 1);
                assert!(PyFunction_GET_DEFAULTS(f).is_null());
                assert!(!PyMethod_GET_SELF(m).is_null());
            });
            with_obj("(lambda x=5: x)", |f| {
                assert_eq!(PyTuple_GET_SIZE(PyFunction_GET_DEFAULTS(f)), 1)
            });
            with_obj("memoryview(b'abc')", |v| {
                assert_eq!(PyBytes_Check(PyMemoryView_GET_BASE(v)), 1);
                assert_eq!((*PyMemoryView_GET_BUFFER(v)).len, 3);
            });
            with_obj("(lambda y: (lambda: y))(7).__closure__[0]", |cell| {
                assert_eq!(PyLong_AsLong(PyCell_GET(cell)), 7);
                let eight = PyLong_FromLong(8);
                let old = PyCell_GET(cell);
                PyCell_SET(cell, eight);
                Py_DECREF(old);
                assert_eq!(PyLong_AsLong(PyCell_GET(cell)), 8);
            });
            for (expr, max) in [
                ("'abc'", 0x7f),
                ("'\\xe9'", 0xff),
                ("'\\u20ac'", 0xffff),
                ("'\\U0001f600'", 0x10ffff),
            ] {
                with_obj(expr, |s| {
                    assert_eq!(PyUnicode_MAX_CHAR_VALUE(s), max, "{expr}");
                    assert_eq!(PyUnicode_IS_READY(s), 1);
                    assert_eq!(PyUnicode_READY(s), 0);
                });
            }
            with_obj(
                "sys.intern('libpython_sys_interned_' + str(len(sys.argv)))",
                |s| assert_ne!(PyUnicode_CHECK_INTERNED(s), 0),
            );
            with_obj("''.join(['not', ' interned ', str(id(sys))])", |s| {
                assert_eq!(PyUnicode_CHECK_INTERNED(s), 0)
            });
            let (high, low) = (
                Py_UNICODE_HIGH_SURROGATE(0x1F600),
                Py_UNICODE_LOW_SURROGATE(0x1F600),
            );
            assert_eq!((high, low), (0xD83D, 0xDE00));
            assert_eq!(Py_UNICODE_JOIN_SURROGATES(high, low), 0x1F600);
            assert_eq!(
                (
                    Py_UNICODE_IS_SURROGATE(high),
                    Py_UNICODE_IS_HIGH_SURROGATE(high),
                    Py_UNICODE_IS_LOW_SURROGATE(high)
                ),
                (1, 1, 0)
            );
            assert_eq!(Py_UNICODE_IS_SURROGATE(0x41), 0);
            with_obj("'MiXeD'", |s| {
                let name = PyUnicode_FromString(c"lower".as_ptr());
                let lower = PyObject_CallMethodNoArgs(s, name);
                assert_eq!(
                    CStr::from_ptr(PyUnicode_AsUTF8(lower)).to_str().unwrap(),
                    "mixed"
                );
                let find = PyUnicode_FromString(c"find".as_ptr());
                let x = PyUnicode_FromString(c"X".as_ptr());
                let at = PyObject_CallMethodOneArg(s, find, x);
                assert_eq!(PyLong_AsLong(at), 2);
                for o in [name, lower, find, x, at] {
                    Py_DECREF(o);
                }
            });
            assert_eq!(PyVectorcall_NARGS(3 | PY_VECTORCALL_ARGUMENTS_OFFSET), 3);
        }
    });
}

/// `PyVectorcall_NARGS` is one safe function on every version: the header's inline code
/// (3.12+ also export a function of that name for the stable ABI; C code calls the inline
/// one through the macro, and so does this crate).
#[test]
fn vectorcall_nargs_is_one_function_on_every_version() {
    let nargs: fn(usize) -> Py_ssize_t = PyVectorcall_NARGS;
    assert_eq!(nargs(3 | PY_VECTORCALL_ARGUMENTS_OFFSET), 3);
    assert_eq!(nargs(0), 0);
}
