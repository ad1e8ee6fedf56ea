//! Embeds the interpreter the crate was built for (`PYO3_PYTHON=<it> cargo test`) and
//! checks the generated bindings against what that running interpreter reports.
// The version-specific API: not built with the stable ABI's features (its tests are
// tests/stable_abi.rs).
#![cfg(not(Py_LIMITED_API))]

mod common;

use std::ffi::CStr;
use std::mem::{offset_of, size_of};

use common::{check, eval_i64, eval_string, with_gil};
use libpython_sys::*;

#[test]
fn version_matches_sys_version() {
    with_gil(|| {
        // SAFETY: GIL held; Py_GetVersion returns a static NUL-terminated string.
        let ours = unsafe { CStr::from_ptr(Py_GetVersion()) }
            .to_str()
            .unwrap()
            .to_owned();
        assert_eq!(ours, eval_string("sys.version"));
        let hex = eval_i64("sys.hexversion");
        assert_eq!(
            hex, PY_VERSION_HEX as i64,
            "bindings generated for another version"
        );
    });
}

/// The libpython this test binary loaded is the one it was built for (the other cases,
/// another release or build put in its place, are in the embedding example's tests).
/// With the GIL held, as its documentation requires once other threads use Python: before
/// 3.13, `Py_GetVersion` rewrites its static buffer on every call, and the other tests
/// call it on their threads (a reader once saw the buffer's first byte zeroed).
#[test]
fn the_loaded_libpython_is_the_one_built_for() {
    assert_eq!(with_gil(check_loaded_libpython), Ok(()));
}

#[test]
fn cfgs_describe_the_running_interpreter() {
    with_gil(|| {
        let minor = eval_i64("sys.version_info.minor");
        assert_eq!(cfg!(Py_3_10), minor >= 10);
        assert_eq!(cfg!(Py_3_11), minor >= 11);
        assert_eq!(cfg!(Py_3_12), minor >= 12);
        assert_eq!(cfg!(Py_3_13), minor >= 13);
        assert_eq!(cfg!(Py_3_14), minor >= 14);
        assert_eq!(cfg!(Py_3_15), minor >= 15);
        let ft = eval_i64("sysconfig.get_config_var('Py_GIL_DISABLED') or 0") == 1;
        assert_eq!(cfg!(Py_GIL_DISABLED), ft);
        let label = format!("3.{minor}{}", if ft { "t" } else { "" });
        assert_eq!(env!("LIBPYTHON_SYS_TARGET"), label);
    });
}

#[test]
fn dict_list_tuple_through_the_generated_api() {
    with_gil(|| {
        // SAFETY: GIL held; each new reference is checked and released exactly once;
        // PyList_Append/PyDict_SetItemString do not steal, PyTuple_SetItem does.
        unsafe {
            let list = check(PyList_New(0), "PyList_New");
            for i in 0..5 {
                let item = check(PyLong_FromLong(i), "PyLong_FromLong");
                assert_eq!(PyList_Append(list, item), 0);
                Py_DecRef(item);
            }
            assert_eq!(PyList_Size(list), 5);
            assert_eq!(PyLong_AsLong(PyList_GetItem(list, 3)), 3);
            // ob_size read through the generated PyVarObject is the list length.
            assert_eq!((*(list as *mut PyVarObject)).ob_size, 5);

            let dict = check(PyDict_New(), "PyDict_New");
            assert_eq!(PyDict_SetItemString(dict, c"numbers".as_ptr(), list), 0);
            assert_eq!(PyDict_Size(dict), 1);
            assert_eq!(PyDict_GetItemString(dict, c"numbers".as_ptr()), list);

            let tuple = check(PyTuple_New(2), "PyTuple_New");
            PyTuple_SetItem(tuple, 0, check(PyLong_FromLong(7), "PyLong_FromLong"));
            PyTuple_SetItem(
                tuple,
                1,
                check(PyUnicode_FromString(c"seven".as_ptr()), "str"),
            );
            assert_eq!(PyTuple_Size(tuple), 2);
            assert_eq!(PyLong_AsLong(PyTuple_GetItem(tuple, 0)), 7);
            let repr = check(PyObject_Repr(tuple), "repr");
            let text = CStr::from_ptr(PyUnicode_AsUTF8(repr))
                .to_str()
                .unwrap()
                .to_owned();
            assert_eq!(text, "(7, 'seven')");

            for obj in [repr, tuple, dict, list] {
                Py_DecRef(obj);
            }
        }
    });
}

#[test]
fn ob_type_read_through_the_generated_pyobject() {
    with_gil(|| {
        // SAFETY: GIL held; reading ob_type of a live object we own.
        unsafe {
            let list = check(PyList_New(0), "PyList_New");
            let list_type = std::ptr::addr_of_mut!(PyList_Type);
            assert_eq!((*list).ob_type, list_type);
            let dict = check(PyDict_New(), "PyDict_New");
            assert_eq!((*dict).ob_type, std::ptr::addr_of_mut!(PyDict_Type));
            assert_eq!(PyObject_IsInstance(list, list_type.cast()), 1);
            Py_DecRef(dict);
            Py_DecRef(list);
        }
    });
}

#[test]
fn struct_sizes_match_the_running_interpreter() {
    with_gil(|| {
        let basicsize = |ty: &str| eval_i64(&format!("{ty}.__basicsize__")) as usize;
        assert_eq!(size_of::<PyObject>(), basicsize("object"), "PyObject");
        // int's fixed part is PyObject plus one machine word (ob_size, or 3.12+'s
        // lv_tag), which is exactly PyVarObject on every version and build.
        assert_eq!(size_of::<PyVarObject>(), basicsize("int"), "PyVarObject");
        assert_eq!(size_of::<PyListObject>(), basicsize("list"), "PyListObject");
        assert_eq!(
            offset_of!(PyTupleObject, ob_item),
            basicsize("tuple"),
            "PyTupleObject header"
        );
        assert_eq!(size_of::<PyDictObject>(), basicsize("dict"), "PyDictObject");
        assert_eq!(
            size_of::<PyHeapTypeObject>(),
            basicsize("type"),
            "PyHeapTypeObject"
        );
        assert_eq!(
            usize::BITS as usize,
            eval_i64("sys.maxsize.bit_length() + 1") as usize
        );
    });
}
