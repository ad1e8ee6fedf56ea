//! Backports of `descrobject.h` (3.12): the `PyMemberDef` type codes `Py_T_*` and flags
//! `Py_READONLY`/`Py_AUDIT_READ`, which 3.9–3.11 name `T_*`, `READONLY` and
//! `READ_RESTRICTED` in `structmember.h`. The values are the same on every version.

#[allow(unused_imports)] // 3.12+ have every constant natively
use core::ffi::c_int;

macro_rules! constants {
    ($($(#[$doc:meta])* $name:ident = $value:expr;)*) => {$(
        $(#[$doc])*
        #[cfg(not(Py_3_12))]
        pub const $name: c_int = $value;
    )*};
}

constants! {
    /// `Py_T_SHORT` (3.12): a C `short`.
    Py_T_SHORT = 0;
    /// `Py_T_INT` (3.12): a C `int`.
    Py_T_INT = 1;
    /// `Py_T_LONG` (3.12): a C `long`.
    Py_T_LONG = 2;
    /// `Py_T_FLOAT` (3.12): a C `float`.
    Py_T_FLOAT = 3;
    /// `Py_T_DOUBLE` (3.12): a C `double`.
    Py_T_DOUBLE = 4;
    /// `Py_T_STRING` (3.12): a `const char *` (read-only).
    Py_T_STRING = 5;
    /// `Py_T_CHAR` (3.12): a C `char`, as a one-character `str`.
    Py_T_CHAR = 7;
    /// `Py_T_BYTE` (3.12): a C `signed char`.
    Py_T_BYTE = 8;
    /// `Py_T_UBYTE` (3.12): a C `unsigned char`.
    Py_T_UBYTE = 9;
    /// `Py_T_USHORT` (3.12): a C `unsigned short`.
    Py_T_USHORT = 10;
    /// `Py_T_UINT` (3.12): a C `unsigned int`.
    Py_T_UINT = 11;
    /// `Py_T_ULONG` (3.12): a C `unsigned long`.
    Py_T_ULONG = 12;
    /// `Py_T_STRING_INPLACE` (3.12): a `char` array in the object (read-only).
    Py_T_STRING_INPLACE = 13;
    /// `Py_T_BOOL` (3.12): a C `char` read as `bool`.
    Py_T_BOOL = 14;
    /// `Py_T_OBJECT_EX` (3.12): a `PyObject *`; `AttributeError` when NULL.
    Py_T_OBJECT_EX = 16;
    /// `Py_T_LONGLONG` (3.12): a C `long long`.
    Py_T_LONGLONG = 17;
    /// `Py_T_ULONGLONG` (3.12): a C `unsigned long long`.
    Py_T_ULONGLONG = 18;
    /// `Py_T_PYSSIZET` (3.12): a `Py_ssize_t`.
    Py_T_PYSSIZET = 19;
    /// `Py_READONLY` (3.12): the member cannot be set.
    Py_READONLY = 1;
    /// `Py_AUDIT_READ` (3.12): reading raises the `object.__getattr__` audit event.
    Py_AUDIT_READ = 2;
}
