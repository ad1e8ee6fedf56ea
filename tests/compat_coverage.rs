//! COMPAT.md against the crate, on this target: every item the table says is offered
//! here is referenced below under its C name (so a missing one fails to compile), and the
//! list below holds the same items as the table, with the same version from which each is
//! offered. ffi-check checks the other direction (nothing the table withholds is bound).
// The version-specific API: the stable ABI offers a subset (COMPAT.md).
#![cfg(not(Py_LIMITED_API))]

use std::collections::BTreeMap;

use libpython_sys as ffi;

/// `(name, offered on this target)` for every item: functions and constants are named as
/// values, types as types; `if cfg` marks an item offered only from a later version.
macro_rules! items {
    (fns: [$($f:ident $(if $fc:ident)?),* $(,)?],
     consts: [$($c:ident $(if $cc:ident)?),* $(,)?],
     types: [$($t:ident $(if $tc:ident)?),* $(,)?],
     absent: [$($a:ident),* $(,)?] $(,)?) => {{
        let mut items: Vec<(&'static str, bool)> = Vec::new();
        $(
            $(#[cfg($fc)])?
            {
                let _ = ffi::$f as *const ();
            }
            items.push((stringify!($f), true $(&& cfg!($fc))?));
        )*
        $(
            $(#[cfg($cc)])?
            {
                let _ = ffi::$c;
            }
            items.push((stringify!($c), true $(&& cfg!($cc))?));
        )*
        $(
            $(#[cfg($tc)])?
            {
                let _: Option<*const ffi::$t> = None;
            }
            items.push((stringify!($t), true $(&& cfg!($tc))?));
        )*
        $(items.push((stringify!($a), false));)*
        items
    }};
}

/// The table's rows: name → the minor version from which it is offered (`None`: never,
/// under its C name).
fn table() -> BTreeMap<String, Option<u32>> {
    let text = include_str!("../COMPAT.md");
    text.lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| {
            let (name, rest) = l.split_once('`')?;
            let cells: Vec<&str> = rest.split('|').map(str::trim).collect();
            // cells: "", kind, header, native since, offered from, notes
            let offered = cells.get(4)?;
            let minor = offered.strip_prefix("3.").and_then(|m| m.parse().ok());
            Some((name.to_string(), minor))
        })
        .collect()
}

#[test]
fn compat_table_matches_the_crate() {
    let items = items! {
        fns: [
        PyIter_NextItem,
        PyMapping_GetOptionalItem,
        PyMapping_GetOptionalItemString,
        PyMapping_HasKeyStringWithError,
        PyMapping_HasKeyWithError,
        PyObject_CallNoArgs,
        PyObject_Vectorcall,
        PyVectorcall_NARGS,
        Py_IsFalse,
        Py_IsTrue,
        PyObject_CallOneArg,
        PyBytesWriter_Create,
        PyBytesWriter_Discard,
        PyBytesWriter_Finish,
        PyBytesWriter_FinishWithPointer,
        PyBytesWriter_FinishWithSize,
        PyBytesWriter_Format if Py_3_15,
        PyBytesWriter_GetData,
        PyBytesWriter_GetSize,
        PyBytesWriter_Grow,
        PyBytesWriter_GrowAndUpdatePointer,
        PyBytesWriter_Resize,
        PyBytesWriter_WriteBytes,
        PyBytes_Join,
        PyCode_GetCellvars,
        PyCode_GetCode,
        PyCode_GetFreevars,
        PyCode_GetVarnames,
        PyDict_ContainsString,
        PyDict_Pop,
        PyDict_PopString,
        Py_fclose,
        Py_fopen,
        PyFloat_Pack2,
        PyFloat_Pack4,
        PyFloat_Pack8,
        PyFloat_Unpack2,
        PyFloat_Unpack4,
        PyFloat_Unpack8,
        PyConfig_Get if Py_3_14,
        PyConfig_GetInt if Py_3_14,
        PyList_Clear,
        PyList_Extend,
        PyLong_GetSign,
        PyLong_IsNegative,
        PyLong_IsPositive,
        PyLong_IsZero,
        PyObject_ClearManagedDict if Py_3_13,
        PyObject_VisitManagedDict if Py_3_13,
        PyUnstable_EnableTryIncRef,
        PyUnstable_Object_IsUniquelyReferenced,
        PyUnstable_SetImmortal if Py_3_13,
        PyUnstable_TryIncRef,
        Py_SETREF,
        Py_XSETREF,
        PyFrame_GetBack,
        PyFrame_GetBuiltins,
        PyFrame_GetGlobals,
        PyFrame_GetLasti,
        PyFrame_GetLocals,
        PyFrame_GetVar,
        PyFrame_GetVarString,
        Py_HashBuffer,
        Py_HashPointer,
        PyThreadState_EnterTracing,
        PyThreadState_GetUnchecked,
        PyThreadState_LeaveTracing,
        PyTime_AsSecondsDouble,
        PyTime_PerfCounter,
        PyTime_Time,
        PyTuple_FromArray,
        PyUnicodeWriter_Create,
        PyUnicodeWriter_Discard,
        PyUnicodeWriter_Finish,
        PyUnicodeWriter_Format if Py_3_14,
        PyUnicodeWriter_WriteASCII,
        PyUnicodeWriter_WriteChar,
        PyUnicodeWriter_WriteRepr,
        PyUnicodeWriter_WriteStr,
        PyUnicodeWriter_WriteSubstring,
        PyUnicodeWriter_WriteUTF8,
        PyUnicodeWriter_WriteWideChar,
        PyUnstable_Unicode_GET_CACHED_HASH,
        PyDict_GetItemRef,
        PyDict_GetItemStringRef,
        PyDict_SetDefaultRef,
        PyImport_AddModuleRef,
        PyList_GetItemRef,
        PyLongWriter_Create,
        PyLongWriter_Discard,
        PyLongWriter_Finish,
        PyLong_AsInt,
        PyLong_AsInt32,
        PyLong_AsInt64,
        PyLong_AsUInt32,
        PyLong_AsUInt64,
        PyLong_Export,
        PyLong_FreeExport,
        PyLong_FromInt32,
        PyLong_FromInt64,
        PyLong_FromUInt32,
        PyLong_FromUInt64,
        PyLong_GetNativeLayout,
        PyModule_Add,
        PyModule_AddObjectRef,
        PyModule_AddType,
        PyObject_GetOptionalAttr,
        PyObject_GetOptionalAttrString,
        PyObject_HasAttrStringWithError,
        PyObject_HasAttrWithError,
        Py_GetConstant,
        Py_GetConstantBorrowed,
        Py_IS_TYPE,
        Py_Is,
        Py_IsNone,
        Py_SET_SIZE,
        Py_SET_TYPE,
        PyObject_GC_IsFinalized,
        PyObject_GC_IsTracked,
        PyFrame_GetCode,
        Py_IsFinalizing,
        PyInterpreterState_Get,
        PyThreadState_GetFrame,
        PyThreadState_GetID,
        PyThreadState_GetInterpreter,
        Py_NewRef,
        Py_SET_REFCNT,
        Py_XNewRef,
        PySys_GetAttr,
        PySys_GetAttrString,
        PySys_GetOptionalAttr,
        PySys_GetOptionalAttrString,
        PyUnicode_Equal,
        PyUnicode_EqualToUTF8,
        PyUnicode_EqualToUTF8AndSize,
        PyWeakref_GetRef
        ],
        consts: [
        PY_VECTORCALL_ARGUMENTS_OFFSET,
        PyHASH_BITS,
        PyHASH_IMAG,
        PyHASH_INF,
        PyHASH_MODULUS,
        PyTime_MAX,
        PyTime_MIN,
        PyTime_Monotonic,
        Py_AUDIT_READ,
        Py_READONLY,
        Py_T_BOOL,
        Py_T_BYTE,
        Py_T_CHAR,
        Py_T_DOUBLE,
        Py_T_FLOAT,
        Py_T_INT,
        Py_T_LONG,
        Py_T_LONGLONG,
        Py_T_OBJECT_EX,
        Py_T_PYSSIZET,
        Py_T_SHORT,
        Py_T_STRING,
        Py_T_STRING_INPLACE,
        Py_T_UBYTE,
        Py_T_UINT,
        Py_T_ULONG,
        Py_T_ULONGLONG,
        Py_T_USHORT,
        Py_CONSTANT_ELLIPSIS,
        Py_CONSTANT_EMPTY_BYTES,
        Py_CONSTANT_EMPTY_STR,
        Py_CONSTANT_EMPTY_TUPLE,
        Py_CONSTANT_FALSE,
        Py_CONSTANT_NONE,
        Py_CONSTANT_NOT_IMPLEMENTED,
        Py_CONSTANT_ONE,
        Py_CONSTANT_TRUE,
        Py_CONSTANT_ZERO
        ],
        types: [
        PyBytesWriter,
        PyTime_t,
        PyUnicodeWriter,
        PyLongExport,
        PyLongLayout,
        PyLongWriter,
        Py_hash_t
        ],
        absent: [
        Py_BEGIN_CRITICAL_SECTION,
        Py_BEGIN_CRITICAL_SECTION2,
        Py_END_CRITICAL_SECTION,
        Py_END_CRITICAL_SECTION2,
        Py_BUILD_ASSERT,
        Py_UNUSED
        ],
    };
    let table = table();
    let minor = ffi::PY_MINOR_VERSION as u32;
    let listed: Vec<&str> = items.iter().map(|(n, _)| *n).collect();
    let mut names: Vec<&str> = table.keys().map(String::as_str).collect();
    let mut sorted = listed.clone();
    sorted.sort_unstable();
    names.sort_unstable();
    assert_eq!(sorted, names, "the items here and COMPAT.md's rows differ");
    for (name, offered_here) in items {
        let expected = table[name].is_some_and(|from| from <= minor);
        assert_eq!(
            offered_here, expected,
            "{name}: COMPAT.md says offered from {:?}, the crate offers it on 3.{minor}: {offered_here}",
            table[name]
        );
    }
}
