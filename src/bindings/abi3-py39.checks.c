/* libpython-sys exactness checks for abi3-py39 (CPython 3.15.0rc2 headers).
   Generated with the bindings by scripts/regenerate-bindings; never edit by hand. The build compiles this file
   against the target interpreter's own headers: an item whose line fails is removed
   from the build with every item that depends on it (libpython-sys-build/src/exact.rs). */
#define Py_LIMITED_API 0x03090000
#include "wrapper.h"
#include <stddef.h>
#define LPS_SAME(a, b) __builtin_types_compatible_p(a, b)
#define LPS_CHECK(what, cond) _Static_assert(cond, what)
#define LPS_SIZE(T, size, align) LPS_CHECK("its size or alignment", sizeof(T) == (size) && _Alignof(T) == (align))
#define LPS_FIELD(T, f, off, ...) LPS_CHECK("field " #f, offsetof(T, f) == (off) && LPS_SAME(__typeof__(((T *)0)->f), __VA_ARGS__))
#define LPS_FIELD_SIZE(T, f, off, size) LPS_CHECK("field " #f, offsetof(T, f) == (off) && sizeof(((T *)0)->f) == (size))
#define LPS_ALIAS(T, ...) LPS_CHECK("its type", LPS_SAME(T, __VA_ARGS__))
#define LPS_INT(x, v, ...) LPS_CHECK("its value or type", (x) == (v) && LPS_SAME(__typeof__(x), __VA_ARGS__))
#define LPS_RETYPED(x, v, judge, ...) LPS_CHECK("its value or type", (x) == (v) && LPS_SAME(judge, __VA_ARGS__))
#define LPS_VALUE(x, v) LPS_CHECK("its value", (x) == (v))
#define LPS_STR(x, len, s) LPS_CHECK("its value", sizeof(x) == (len) && __builtin_strcmp(x, s) == 0)
#define LPS_FN(f, ...) LPS_CHECK("its prototype", LPS_SAME(__typeof__(&f), __VA_ARGS__))
#define LPS_DECLARED(f) LPS_CHECK("its declaration", sizeof(&f) != 0)
#define LPS_DECL(...) __VA_ARGS__
#define LPS_STATIC(x, ...) LPS_CHECK("its type", LPS_SAME(__typeof__(x), __VA_ARGS__))
//@ record _object *PyTypeObject
LPS_SIZE(struct _object, 16, 8);
LPS_CHECK("member ob_refcnt", offsetof(struct _object, ob_refcnt) == 0);
LPS_CHECK("member ob_type", offsetof(struct _object, ob_type) == 8);
//@ record PyVarObject =PyObject
LPS_SIZE(PyVarObject, 24, 8);
LPS_CHECK("member ob_base", offsetof(PyVarObject, ob_base) == 0);
LPS_CHECK("member ob_size", offsetof(PyVarObject, ob_size) == 16);
//@ record PyType_Slot
LPS_SIZE(PyType_Slot, 16, 8);
LPS_FIELD(PyType_Slot, slot, 0, int);
LPS_FIELD(PyType_Slot, pfunc, 8, void *);
//@ record PyType_Spec *PyType_Slot
LPS_SIZE(PyType_Spec, 32, 8);
LPS_FIELD(PyType_Spec, name, 0, const char *);
LPS_FIELD(PyType_Spec, basicsize, 8, int);
LPS_FIELD(PyType_Spec, itemsize, 12, int);
LPS_FIELD(PyType_Spec, flags, 16, unsigned int);
LPS_FIELD(PyType_Spec, slots, 24, PyType_Slot *);
//@ record PyMethodDef =PyCFunction
LPS_SIZE(PyMethodDef, 32, 8);
LPS_FIELD(PyMethodDef, ml_name, 0, const char *);
LPS_FIELD(PyMethodDef, ml_meth, 8, PyCFunction);
LPS_FIELD(PyMethodDef, ml_flags, 16, int);
LPS_FIELD(PyMethodDef, ml_doc, 24, const char *);
//@ record PyModuleDef_Base =PyObject *PyObject
LPS_SIZE(PyModuleDef_Base, 40, 8);
LPS_FIELD(PyModuleDef_Base, ob_base, 0, PyObject);
LPS_FIELD(PyModuleDef_Base, m_init, 16, PyObject *(*)(void));
LPS_FIELD(PyModuleDef_Base, m_index, 24, Py_ssize_t);
LPS_FIELD(PyModuleDef_Base, m_copy, 32, PyObject *);
//@ record PyModuleDef_Slot
LPS_SIZE(PyModuleDef_Slot, 16, 8);
LPS_FIELD(PyModuleDef_Slot, slot, 0, int);
LPS_FIELD(PyModuleDef_Slot, value, 8, void *);
//@ record PyModuleDef =PyModuleDef_Base,freefunc,inquiry,traverseproc *PyMethodDef,PyModuleDef_Slot
LPS_SIZE(PyModuleDef, 104, 8);
LPS_FIELD(PyModuleDef, m_base, 0, PyModuleDef_Base);
LPS_FIELD(PyModuleDef, m_name, 40, const char *);
LPS_FIELD(PyModuleDef, m_doc, 48, const char *);
LPS_FIELD(PyModuleDef, m_size, 56, Py_ssize_t);
LPS_FIELD(PyModuleDef, m_methods, 64, PyMethodDef *);
LPS_FIELD(PyModuleDef, m_slots, 72, PyModuleDef_Slot *);
LPS_FIELD(PyModuleDef, m_traverse, 80, traverseproc);
LPS_FIELD(PyModuleDef, m_clear, 88, inquiry);
LPS_FIELD(PyModuleDef, m_free, 96, freefunc);
//@ record PyGetSetDef =getter,setter
LPS_SIZE(PyGetSetDef, 40, 8);
LPS_FIELD(PyGetSetDef, name, 0, const char *);
LPS_FIELD(PyGetSetDef, get, 8, getter);
LPS_FIELD(PyGetSetDef, set, 16, setter);
LPS_FIELD(PyGetSetDef, doc, 24, const char *);
LPS_FIELD(PyGetSetDef, closure, 32, void *);
//@ record PyMemberDef
LPS_SIZE(PyMemberDef, 40, 8);
LPS_FIELD(PyMemberDef, name, 0, const char *);
LPS_FIELD(PyMemberDef, type, 8, int);
LPS_FIELD(PyMemberDef, offset, 16, Py_ssize_t);
LPS_FIELD(PyMemberDef, flags, 24, int);
LPS_FIELD(PyMemberDef, doc, 32, const char *);
//@ record PyStructSequence_Field
LPS_SIZE(PyStructSequence_Field, 16, 8);
LPS_FIELD(PyStructSequence_Field, name, 0, const char *);
LPS_FIELD(PyStructSequence_Field, doc, 8, const char *);
//@ record PyStructSequence_Desc *PyStructSequence_Field
LPS_SIZE(PyStructSequence_Desc, 32, 8);
LPS_FIELD(PyStructSequence_Desc, name, 0, const char *);
LPS_FIELD(PyStructSequence_Desc, doc, 8, const char *);
LPS_FIELD(PyStructSequence_Desc, fields, 16, PyStructSequence_Field *);
LPS_FIELD(PyStructSequence_Desc, n_in_sequence, 24, int);
//@ alias PyCFunction *PyObject
LPS_ALIAS(PyCFunction, PyObject *(*)(PyObject *, PyObject *));
//@ alias PyCFunctionWithKeywords *PyObject
LPS_ALIAS(PyCFunctionWithKeywords, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ alias PyCapsule_Destructor *PyObject
LPS_ALIAS(PyCapsule_Destructor, void (*)(PyObject *));
//@ alias PyFrameObject *_frame
LPS_ALIAS(PyFrameObject, struct _frame);
//@ alias PyGILState_STATE
LPS_ALIAS(PyGILState_STATE, unsigned int);
//@ alias PyInterpreterState *_is
LPS_ALIAS(PyInterpreterState, struct _is);
//@ alias PyLockStatus
LPS_ALIAS(PyLockStatus, unsigned int);
//@ alias PyLongObject *_longobject
LPS_ALIAS(PyLongObject, struct _longobject);
//@ alias PyOS_sighandler_t
LPS_ALIAS(PyOS_sighandler_t, void (*)(int));
//@ alias PyObject *_object
LPS_ALIAS(PyObject, struct _object);
//@ alias PyThreadState *_ts
LPS_ALIAS(PyThreadState, struct _ts);
//@ alias PyThread_type_lock
LPS_ALIAS(PyThread_type_lock, void *);
//@ alias PyTypeObject *_typeobject
LPS_ALIAS(PyTypeObject, struct _typeobject);
//@ alias PyWeakReference *_PyWeakReference
LPS_ALIAS(PyWeakReference, struct _PyWeakReference);
//@ alias Py_UCS1
LPS_ALIAS(Py_UCS1, uint8_t);
//@ alias Py_UCS2
LPS_ALIAS(Py_UCS2, uint16_t);
//@ alias Py_UCS4
LPS_ALIAS(Py_UCS4, uint32_t);
//@ alias Py_hash_t
LPS_ALIAS(Py_hash_t, Py_ssize_t);
//@ alias Py_intptr_t
LPS_ALIAS(Py_intptr_t, Py_ssize_t);
//@ alias Py_tss_t *_Py_tss_t
LPS_ALIAS(Py_tss_t, struct _Py_tss_t);
//@ alias Py_uhash_t
LPS_ALIAS(Py_uhash_t, size_t);
//@ alias Py_uintptr_t
LPS_ALIAS(Py_uintptr_t, size_t);
//@ alias allocfunc *PyObject,PyTypeObject
LPS_ALIAS(allocfunc, PyObject *(*)(PyTypeObject *, Py_ssize_t));
//@ alias binaryfunc *PyObject
LPS_ALIAS(binaryfunc, PyObject *(*)(PyObject *, PyObject *));
//@ alias descrgetfunc *PyObject
LPS_ALIAS(descrgetfunc, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ alias descrsetfunc *PyObject
LPS_ALIAS(descrsetfunc, int (*)(PyObject *, PyObject *, PyObject *));
//@ alias destructor *PyObject
LPS_ALIAS(destructor, void (*)(PyObject *));
//@ alias freefunc
LPS_ALIAS(freefunc, void (*)(void *));
//@ alias getattrfunc *PyObject
LPS_ALIAS(getattrfunc, PyObject *(*)(PyObject *, char *));
//@ alias getattrofunc *PyObject
LPS_ALIAS(getattrofunc, PyObject *(*)(PyObject *, PyObject *));
//@ alias getiterfunc *PyObject
LPS_ALIAS(getiterfunc, PyObject *(*)(PyObject *));
//@ alias getter *PyObject
LPS_ALIAS(getter, PyObject *(*)(PyObject *, void *));
//@ alias hashfunc =Py_hash_t *PyObject
LPS_ALIAS(hashfunc, Py_hash_t (*)(PyObject *));
//@ alias initproc *PyObject
LPS_ALIAS(initproc, int (*)(PyObject *, PyObject *, PyObject *));
//@ alias inquiry *PyObject
LPS_ALIAS(inquiry, int (*)(PyObject *));
//@ alias iternextfunc *PyObject
LPS_ALIAS(iternextfunc, PyObject *(*)(PyObject *));
//@ alias lenfunc *PyObject
LPS_ALIAS(lenfunc, Py_ssize_t (*)(PyObject *));
//@ alias newfunc *PyObject,PyTypeObject
LPS_ALIAS(newfunc, PyObject *(*)(PyTypeObject *, PyObject *, PyObject *));
//@ alias objobjargproc *PyObject
LPS_ALIAS(objobjargproc, int (*)(PyObject *, PyObject *, PyObject *));
//@ alias objobjproc *PyObject
LPS_ALIAS(objobjproc, int (*)(PyObject *, PyObject *));
//@ alias reprfunc *PyObject
LPS_ALIAS(reprfunc, PyObject *(*)(PyObject *));
//@ alias richcmpfunc *PyObject
LPS_ALIAS(richcmpfunc, PyObject *(*)(PyObject *, PyObject *, int));
//@ alias setattrfunc *PyObject
LPS_ALIAS(setattrfunc, int (*)(PyObject *, char *, PyObject *));
//@ alias setattrofunc *PyObject
LPS_ALIAS(setattrofunc, int (*)(PyObject *, PyObject *, PyObject *));
//@ alias setter *PyObject
LPS_ALIAS(setter, int (*)(PyObject *, PyObject *, void *));
//@ alias ssizeargfunc *PyObject
LPS_ALIAS(ssizeargfunc, PyObject *(*)(PyObject *, Py_ssize_t));
//@ alias ssizeobjargproc *PyObject
LPS_ALIAS(ssizeobjargproc, int (*)(PyObject *, Py_ssize_t, PyObject *));
//@ alias ssizessizeargfunc *PyObject
LPS_ALIAS(ssizessizeargfunc, PyObject *(*)(PyObject *, Py_ssize_t, Py_ssize_t));
//@ alias ssizessizeobjargproc *PyObject
LPS_ALIAS(ssizessizeobjargproc, int (*)(PyObject *, Py_ssize_t, Py_ssize_t, PyObject *));
//@ alias ternaryfunc *PyObject
LPS_ALIAS(ternaryfunc, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ alias traverseproc =visitproc *PyObject
LPS_ALIAS(traverseproc, int (*)(PyObject *, visitproc, void *));
//@ alias unaryfunc *PyObject
LPS_ALIAS(unaryfunc, PyObject *(*)(PyObject *));
//@ alias visitproc *PyObject
LPS_ALIAS(visitproc, int (*)(PyObject *, void *));
//@ const PY_RELEASE_LEVEL_ALPHA
LPS_INT(PY_RELEASE_LEVEL_ALPHA, 10LL, int);
//@ const PY_RELEASE_LEVEL_BETA
LPS_INT(PY_RELEASE_LEVEL_BETA, 11LL, int);
//@ const PY_RELEASE_LEVEL_GAMMA
LPS_INT(PY_RELEASE_LEVEL_GAMMA, 12LL, int);
//@ const PY_RELEASE_LEVEL_FINAL
LPS_INT(PY_RELEASE_LEVEL_FINAL, 15LL, int);
//@ const PYTHON_API_VERSION
LPS_INT(PYTHON_API_VERSION, 1013LL, int);
//@ const PYTHON_API_STRING
LPS_STR(PYTHON_API_STRING, 5, "1013");
//@ const PYTHON_ABI_VERSION
LPS_INT(PYTHON_ABI_VERSION, 3LL, int);
//@ const PYTHON_ABI_STRING
LPS_STR(PYTHON_ABI_STRING, 2, "3");
//@ const PY_LLONG_MIN
LPS_INT(PY_LLONG_MIN, (-9223372036854775807LL - 1), long long);
//@ const PY_LLONG_MAX
LPS_INT(PY_LLONG_MAX, 9223372036854775807LL, long long);
//@ const PY_ULLONG_MAX
LPS_INT(PY_ULLONG_MAX, 18446744073709551615ULL, unsigned long long);
//@ const PYLONG_BITS_IN_DIGIT
LPS_INT(PYLONG_BITS_IN_DIGIT, 30LL, int);
//@ const PY_SSIZE_T_MAX
LPS_INT(PY_SSIZE_T_MAX, 9223372036854775807LL, long);
//@ const PY_SSIZE_T_MIN
LPS_INT(PY_SSIZE_T_MIN, (-9223372036854775807LL - 1), long);
//@ const PY_SIZE_MAX
LPS_INT(PY_SIZE_MAX, 18446744073709551615ULL, unsigned long);
//@ const PY_FORMAT_SIZE_T
LPS_STR(PY_FORMAT_SIZE_T, 2, "z");
//@ const PY_BIG_ENDIAN
LPS_INT(PY_BIG_ENDIAN, 0LL, int);
//@ const PY_LITTLE_ENDIAN
LPS_INT(PY_LITTLE_ENDIAN, 1LL, int);
//@ const PY_DWORD_MAX
LPS_INT(PY_DWORD_MAX, 4294967295ULL, unsigned int);
//@ const Py_MATH_PI
LPS_VALUE(Py_MATH_PI, 3.141592653589793);
//@ const Py_MATH_E
LPS_VALUE(Py_MATH_E, 2.718281828459045);
//@ const Py_INVALID_SIZE
LPS_INT(Py_INVALID_SIZE, (-1LL), long);
//@ const Py_PRINT_RAW
LPS_INT(Py_PRINT_RAW, 1LL, int);
//@ const Py_TPFLAGS_HEAPTYPE
LPS_RETYPED(Py_TPFLAGS_HEAPTYPE, 512ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_BASETYPE
LPS_RETYPED(Py_TPFLAGS_BASETYPE, 1024ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_READY
LPS_RETYPED(Py_TPFLAGS_READY, 4096ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_READYING
LPS_RETYPED(Py_TPFLAGS_READYING, 8192ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_HAVE_GC
LPS_RETYPED(Py_TPFLAGS_HAVE_GC, 16384ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_HAVE_STACKLESS_EXTENSION
LPS_RETYPED(Py_TPFLAGS_HAVE_STACKLESS_EXTENSION, 0ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_METHOD_DESCRIPTOR
LPS_RETYPED(Py_TPFLAGS_METHOD_DESCRIPTOR, 131072ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_VALID_VERSION_TAG
LPS_RETYPED(Py_TPFLAGS_VALID_VERSION_TAG, 524288ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_IS_ABSTRACT
LPS_RETYPED(Py_TPFLAGS_IS_ABSTRACT, 1048576ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_LONG_SUBCLASS
LPS_RETYPED(Py_TPFLAGS_LONG_SUBCLASS, 16777216ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_LIST_SUBCLASS
LPS_RETYPED(Py_TPFLAGS_LIST_SUBCLASS, 33554432ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_TUPLE_SUBCLASS
LPS_RETYPED(Py_TPFLAGS_TUPLE_SUBCLASS, 67108864ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_BYTES_SUBCLASS
LPS_RETYPED(Py_TPFLAGS_BYTES_SUBCLASS, 134217728ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_UNICODE_SUBCLASS
LPS_RETYPED(Py_TPFLAGS_UNICODE_SUBCLASS, 268435456ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_DICT_SUBCLASS
LPS_RETYPED(Py_TPFLAGS_DICT_SUBCLASS, 536870912ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_BASE_EXC_SUBCLASS
LPS_RETYPED(Py_TPFLAGS_BASE_EXC_SUBCLASS, 1073741824ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_TYPE_SUBCLASS
LPS_RETYPED(Py_TPFLAGS_TYPE_SUBCLASS, 2147483648ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_HAVE_FINALIZE
LPS_RETYPED(Py_TPFLAGS_HAVE_FINALIZE, 1ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_HAVE_VERSION_TAG
LPS_RETYPED(Py_TPFLAGS_HAVE_VERSION_TAG, 262144ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_LT
LPS_INT(Py_LT, 0LL, int);
//@ const Py_LE
LPS_INT(Py_LE, 1LL, int);
//@ const Py_EQ
LPS_INT(Py_EQ, 2LL, int);
//@ const Py_NE
LPS_INT(Py_NE, 3LL, int);
//@ const Py_GT
LPS_INT(Py_GT, 4LL, int);
//@ const Py_GE
LPS_INT(Py_GE, 5LL, int);
//@ const Py_mp_subscript
LPS_INT(Py_mp_subscript, 5LL, int);
//@ const Py_nb_absolute
LPS_INT(Py_nb_absolute, 6LL, int);
//@ const Py_nb_add
LPS_INT(Py_nb_add, 7LL, int);
//@ const Py_nb_and
LPS_INT(Py_nb_and, 8LL, int);
//@ const Py_nb_bool
LPS_INT(Py_nb_bool, 9LL, int);
//@ const Py_nb_divmod
LPS_INT(Py_nb_divmod, 10LL, int);
//@ const Py_nb_float
LPS_INT(Py_nb_float, 11LL, int);
//@ const Py_nb_floor_divide
LPS_INT(Py_nb_floor_divide, 12LL, int);
//@ const Py_nb_index
LPS_INT(Py_nb_index, 13LL, int);
//@ const Py_nb_inplace_add
LPS_INT(Py_nb_inplace_add, 14LL, int);
//@ const Py_nb_inplace_and
LPS_INT(Py_nb_inplace_and, 15LL, int);
//@ const Py_nb_inplace_floor_divide
LPS_INT(Py_nb_inplace_floor_divide, 16LL, int);
//@ const Py_nb_inplace_lshift
LPS_INT(Py_nb_inplace_lshift, 17LL, int);
//@ const Py_nb_inplace_multiply
LPS_INT(Py_nb_inplace_multiply, 18LL, int);
//@ const Py_nb_inplace_or
LPS_INT(Py_nb_inplace_or, 19LL, int);
//@ const Py_nb_inplace_power
LPS_INT(Py_nb_inplace_power, 20LL, int);
//@ const Py_nb_inplace_remainder
LPS_INT(Py_nb_inplace_remainder, 21LL, int);
//@ const Py_nb_inplace_rshift
LPS_INT(Py_nb_inplace_rshift, 22LL, int);
//@ const Py_nb_inplace_subtract
LPS_INT(Py_nb_inplace_subtract, 23LL, int);
//@ const Py_nb_inplace_true_divide
LPS_INT(Py_nb_inplace_true_divide, 24LL, int);
//@ const Py_nb_inplace_xor
LPS_INT(Py_nb_inplace_xor, 25LL, int);
//@ const Py_nb_int
LPS_INT(Py_nb_int, 26LL, int);
//@ const Py_nb_invert
LPS_INT(Py_nb_invert, 27LL, int);
//@ const Py_nb_lshift
LPS_INT(Py_nb_lshift, 28LL, int);
//@ const Py_nb_multiply
LPS_INT(Py_nb_multiply, 29LL, int);
//@ const Py_nb_negative
LPS_INT(Py_nb_negative, 30LL, int);
//@ const Py_nb_or
LPS_INT(Py_nb_or, 31LL, int);
//@ const Py_nb_positive
LPS_INT(Py_nb_positive, 32LL, int);
//@ const Py_nb_power
LPS_INT(Py_nb_power, 33LL, int);
//@ const Py_nb_remainder
LPS_INT(Py_nb_remainder, 34LL, int);
//@ const Py_nb_rshift
LPS_INT(Py_nb_rshift, 35LL, int);
//@ const Py_nb_subtract
LPS_INT(Py_nb_subtract, 36LL, int);
//@ const Py_nb_true_divide
LPS_INT(Py_nb_true_divide, 37LL, int);
//@ const Py_nb_xor
LPS_INT(Py_nb_xor, 38LL, int);
//@ const Py_sq_ass_item
LPS_INT(Py_sq_ass_item, 39LL, int);
//@ const Py_sq_concat
LPS_INT(Py_sq_concat, 40LL, int);
//@ const Py_sq_contains
LPS_INT(Py_sq_contains, 41LL, int);
//@ const Py_sq_inplace_concat
LPS_INT(Py_sq_inplace_concat, 42LL, int);
//@ const Py_sq_inplace_repeat
LPS_INT(Py_sq_inplace_repeat, 43LL, int);
//@ const Py_sq_item
LPS_INT(Py_sq_item, 44LL, int);
//@ const Py_sq_length
LPS_INT(Py_sq_length, 45LL, int);
//@ const Py_sq_repeat
LPS_INT(Py_sq_repeat, 46LL, int);
//@ const Py_tp_alloc
LPS_INT(Py_tp_alloc, 47LL, int);
//@ const Py_tp_base
LPS_INT(Py_tp_base, 48LL, int);
//@ const Py_tp_bases
LPS_INT(Py_tp_bases, 49LL, int);
//@ const Py_tp_call
LPS_INT(Py_tp_call, 50LL, int);
//@ const Py_tp_clear
LPS_INT(Py_tp_clear, 51LL, int);
//@ const Py_tp_dealloc
LPS_INT(Py_tp_dealloc, 52LL, int);
//@ const Py_tp_del
LPS_INT(Py_tp_del, 53LL, int);
//@ const Py_tp_descr_get
LPS_INT(Py_tp_descr_get, 54LL, int);
//@ const Py_tp_descr_set
LPS_INT(Py_tp_descr_set, 55LL, int);
//@ const Py_tp_doc
LPS_INT(Py_tp_doc, 56LL, int);
//@ const Py_tp_getattr
LPS_INT(Py_tp_getattr, 57LL, int);
//@ const Py_tp_getattro
LPS_INT(Py_tp_getattro, 58LL, int);
//@ const Py_tp_hash
LPS_INT(Py_tp_hash, 59LL, int);
//@ const Py_tp_init
LPS_INT(Py_tp_init, 60LL, int);
//@ const Py_tp_is_gc
LPS_INT(Py_tp_is_gc, 61LL, int);
//@ const Py_tp_iter
LPS_INT(Py_tp_iter, 62LL, int);
//@ const Py_tp_iternext
LPS_INT(Py_tp_iternext, 63LL, int);
//@ const Py_tp_methods
LPS_INT(Py_tp_methods, 64LL, int);
//@ const Py_tp_new
LPS_INT(Py_tp_new, 65LL, int);
//@ const Py_tp_repr
LPS_INT(Py_tp_repr, 66LL, int);
//@ const Py_tp_richcompare
LPS_INT(Py_tp_richcompare, 67LL, int);
//@ const Py_tp_setattr
LPS_INT(Py_tp_setattr, 68LL, int);
//@ const Py_tp_setattro
LPS_INT(Py_tp_setattro, 69LL, int);
//@ const Py_tp_str
LPS_INT(Py_tp_str, 70LL, int);
//@ const Py_tp_traverse
LPS_INT(Py_tp_traverse, 71LL, int);
//@ const Py_tp_members
LPS_INT(Py_tp_members, 72LL, int);
//@ const Py_tp_getset
LPS_INT(Py_tp_getset, 73LL, int);
//@ const Py_tp_free
LPS_INT(Py_tp_free, 74LL, int);
//@ const Py_nb_matrix_multiply
LPS_INT(Py_nb_matrix_multiply, 75LL, int);
//@ const Py_nb_inplace_matrix_multiply
LPS_INT(Py_nb_inplace_matrix_multiply, 76LL, int);
//@ const Py_am_await
LPS_INT(Py_am_await, 77LL, int);
//@ const Py_am_aiter
LPS_INT(Py_am_aiter, 78LL, int);
//@ const Py_am_anext
LPS_INT(Py_am_anext, 79LL, int);
//@ const Py_tp_finalize
LPS_INT(Py_tp_finalize, 80LL, int);
//@ const Py_mod_create
LPS_INT(Py_mod_create, 1LL, int);
//@ const Py_mod_exec
LPS_INT(Py_mod_exec, 2LL, int);
//@ const Py_mp_ass_subscript
LPS_INT(Py_mp_ass_subscript, 3LL, int);
//@ const Py_mp_length
LPS_INT(Py_mp_length, 4LL, int);
//@ const Py_HASH_CUTOFF
LPS_INT(Py_HASH_CUTOFF, 0LL, int);
//@ const Py_HASH_EXTERNAL
LPS_INT(Py_HASH_EXTERNAL, 0LL, int);
//@ const Py_HASH_SIPHASH24
LPS_INT(Py_HASH_SIPHASH24, 1LL, int);
//@ const Py_HASH_FNV
LPS_INT(Py_HASH_FNV, 2LL, int);
//@ const Py_UNICODE_SIZE
LPS_INT(Py_UNICODE_SIZE, 4LL, int);
//@ const Py_UNICODE_REPLACEMENT_CHARACTER
LPS_INT(Py_UNICODE_REPLACEMENT_CHARACTER, 65533ULL, unsigned int);
//@ const _Py_PARSE_PID
LPS_STR(_Py_PARSE_PID, 2, "i");
//@ const _Py_PARSE_INTPTR
LPS_STR(_Py_PARSE_INTPTR, 2, "l");
//@ const _Py_PARSE_UINTPTR
LPS_STR(_Py_PARSE_UINTPTR, 2, "k");
//@ const METH_VARARGS
LPS_INT(METH_VARARGS, 1LL, int);
//@ const METH_KEYWORDS
LPS_INT(METH_KEYWORDS, 2LL, int);
//@ const METH_NOARGS
LPS_INT(METH_NOARGS, 4LL, int);
//@ const METH_O
LPS_INT(METH_O, 8LL, int);
//@ const METH_CLASS
LPS_INT(METH_CLASS, 16LL, int);
//@ const METH_STATIC
LPS_INT(METH_STATIC, 32LL, int);
//@ const METH_COEXIST
LPS_INT(METH_COEXIST, 64LL, int);
//@ const METH_STACKLESS
LPS_INT(METH_STACKLESS, 0LL, int);
//@ const METH_METHOD
LPS_INT(METH_METHOD, 512LL, int);
//@ const PY_STDIOTEXTMODE
LPS_STR(PY_STDIOTEXTMODE, 2, "b");
//@ const WAIT_LOCK
LPS_INT(WAIT_LOCK, 1LL, int);
//@ const NOWAIT_LOCK
LPS_INT(NOWAIT_LOCK, 0LL, int);
//@ const Py_CLEANUP_SUPPORTED
LPS_INT(Py_CLEANUP_SUPPORTED, 131072LL, int);
//@ const Py_single_input
LPS_INT(Py_single_input, 256LL, int);
//@ const Py_file_input
LPS_INT(Py_file_input, 257LL, int);
//@ const Py_eval_input
LPS_INT(Py_eval_input, 258LL, int);
//@ const Py_func_type_input
LPS_INT(Py_func_type_input, 345LL, int);
//@ const FVC_MASK
LPS_INT(FVC_MASK, 3LL, int);
//@ const FVC_NONE
LPS_INT(FVC_NONE, 0LL, int);
//@ const FVC_STR
LPS_INT(FVC_STR, 1LL, int);
//@ const FVC_REPR
LPS_INT(FVC_REPR, 2LL, int);
//@ const FVC_ASCII
LPS_INT(FVC_ASCII, 3LL, int);
//@ const FVS_MASK
LPS_INT(FVS_MASK, 4LL, int);
//@ const FVS_HAVE_SPEC
LPS_INT(FVS_HAVE_SPEC, 4LL, int);
//@ const Py_DTSF_SIGN
LPS_INT(Py_DTSF_SIGN, 1LL, int);
//@ const Py_DTSF_ADD_DOT_0
LPS_INT(Py_DTSF_ADD_DOT_0, 2LL, int);
//@ const Py_DTSF_ALT
LPS_INT(Py_DTSF_ALT, 4LL, int);
//@ const Py_DTST_FINITE
LPS_INT(Py_DTST_FINITE, 0LL, int);
//@ const Py_DTST_INFINITE
LPS_INT(Py_DTST_INFINITE, 1LL, int);
//@ const Py_DTST_NAN
LPS_INT(Py_DTST_NAN, 2LL, int);
//@ const T_SHORT
LPS_INT(T_SHORT, 0LL, int);
//@ const T_INT
LPS_INT(T_INT, 1LL, int);
//@ const T_LONG
LPS_INT(T_LONG, 2LL, int);
//@ const T_FLOAT
LPS_INT(T_FLOAT, 3LL, int);
//@ const T_DOUBLE
LPS_INT(T_DOUBLE, 4LL, int);
//@ const T_STRING
LPS_INT(T_STRING, 5LL, int);
//@ const T_OBJECT
LPS_INT(T_OBJECT, 6LL, int);
//@ const T_CHAR
LPS_INT(T_CHAR, 7LL, int);
//@ const T_BYTE
LPS_INT(T_BYTE, 8LL, int);
//@ const T_UBYTE
LPS_INT(T_UBYTE, 9LL, int);
//@ const T_USHORT
LPS_INT(T_USHORT, 10LL, int);
//@ const T_UINT
LPS_INT(T_UINT, 11LL, int);
//@ const T_ULONG
LPS_INT(T_ULONG, 12LL, int);
//@ const T_STRING_INPLACE
LPS_INT(T_STRING_INPLACE, 13LL, int);
//@ const T_BOOL
LPS_INT(T_BOOL, 14LL, int);
//@ const T_OBJECT_EX
LPS_INT(T_OBJECT_EX, 16LL, int);
//@ const T_LONGLONG
LPS_INT(T_LONGLONG, 17LL, int);
//@ const T_ULONGLONG
LPS_INT(T_ULONGLONG, 18LL, int);
//@ const T_PYSSIZET
LPS_INT(T_PYSSIZET, 19LL, int);
//@ const T_NONE
LPS_INT(T_NONE, 20LL, int);
//@ const READONLY
LPS_INT(READONLY, 1LL, int);
//@ const READ_RESTRICTED
LPS_INT(READ_RESTRICTED, 2LL, int);
//@ const PY_WRITE_RESTRICTED
LPS_INT(PY_WRITE_RESTRICTED, 4LL, int);
//@ const RESTRICTED
LPS_INT(RESTRICTED, 6LL, int);
//@ const PyGILState_LOCKED =PyGILState_STATE
LPS_VALUE(PyGILState_LOCKED, 0LL);
//@ const PyGILState_UNLOCKED =PyGILState_STATE
LPS_VALUE(PyGILState_UNLOCKED, 1LL);
//@ const PY_LOCK_FAILURE =PyLockStatus
LPS_VALUE(PY_LOCK_FAILURE, 0LL);
//@ const PY_LOCK_ACQUIRED =PyLockStatus
LPS_VALUE(PY_LOCK_ACQUIRED, 1LL);
//@ const PY_LOCK_INTR =PyLockStatus
LPS_VALUE(PY_LOCK_INTR, 2LL);
//@ function PyMem_Malloc
LPS_FN(PyMem_Malloc, void *(*)(size_t));
//@ function PyMem_Calloc
LPS_FN(PyMem_Calloc, void *(*)(size_t, size_t));
//@ function PyMem_Realloc
LPS_FN(PyMem_Realloc, void *(*)(void *, size_t));
//@ function PyMem_Free
LPS_FN(PyMem_Free, void (*)(void *));
//@ function PyType_FromSpec *PyObject,PyType_Spec
LPS_FN(PyType_FromSpec, PyObject *(*)(PyType_Spec *));
//@ function PyType_FromSpecWithBases *PyObject,PyType_Spec
LPS_FN(PyType_FromSpecWithBases, PyObject *(*)(PyType_Spec *, PyObject *));
//@ function PyType_GetSlot *PyTypeObject
LPS_FN(PyType_GetSlot, void *(*)(PyTypeObject *, int));
//@ function PyType_IsSubtype *PyTypeObject
LPS_FN(PyType_IsSubtype, int (*)(PyTypeObject *, PyTypeObject *));
//@ function PyType_GetFlags *PyTypeObject
LPS_FN(PyType_GetFlags, unsigned long (*)(PyTypeObject *));
//@ function PyType_Ready *PyTypeObject
LPS_FN(PyType_Ready, int (*)(PyTypeObject *));
//@ function PyType_GenericAlloc *PyObject,PyTypeObject
LPS_FN(PyType_GenericAlloc, PyObject *(*)(PyTypeObject *, Py_ssize_t));
//@ function PyType_GenericNew *PyObject,PyTypeObject
LPS_FN(PyType_GenericNew, PyObject *(*)(PyTypeObject *, PyObject *, PyObject *));
//@ function PyType_ClearCache
LPS_FN(PyType_ClearCache, unsigned int (*)(void));
//@ function PyType_Modified *PyTypeObject
LPS_FN(PyType_Modified, void (*)(PyTypeObject *));
//@ function PyObject_Repr *PyObject
LPS_FN(PyObject_Repr, PyObject *(*)(PyObject *));
//@ function PyObject_Str *PyObject
LPS_FN(PyObject_Str, PyObject *(*)(PyObject *));
//@ function PyObject_ASCII *PyObject
LPS_FN(PyObject_ASCII, PyObject *(*)(PyObject *));
//@ function PyObject_Bytes *PyObject
LPS_FN(PyObject_Bytes, PyObject *(*)(PyObject *));
//@ function PyObject_RichCompare *PyObject
LPS_FN(PyObject_RichCompare, PyObject *(*)(PyObject *, PyObject *, int));
//@ function PyObject_RichCompareBool *PyObject
LPS_FN(PyObject_RichCompareBool, int (*)(PyObject *, PyObject *, int));
//@ function PyObject_GetAttrString *PyObject
LPS_FN(PyObject_GetAttrString, PyObject *(*)(PyObject *, const char *));
//@ function PyObject_SetAttrString *PyObject
LPS_FN(PyObject_SetAttrString, int (*)(PyObject *, const char *, PyObject *));
//@ function PyObject_HasAttrString *PyObject
LPS_FN(PyObject_HasAttrString, int (*)(PyObject *, const char *));
//@ function PyObject_GetAttr *PyObject
LPS_FN(PyObject_GetAttr, PyObject *(*)(PyObject *, PyObject *));
//@ function PyObject_SetAttr *PyObject
LPS_FN(PyObject_SetAttr, int (*)(PyObject *, PyObject *, PyObject *));
//@ function PyObject_HasAttr *PyObject
LPS_FN(PyObject_HasAttr, int (*)(PyObject *, PyObject *));
//@ function PyObject_SelfIter *PyObject
LPS_FN(PyObject_SelfIter, PyObject *(*)(PyObject *));
//@ function PyObject_GenericGetAttr *PyObject
LPS_FN(PyObject_GenericGetAttr, PyObject *(*)(PyObject *, PyObject *));
//@ function PyObject_GenericSetAttr *PyObject
LPS_FN(PyObject_GenericSetAttr, int (*)(PyObject *, PyObject *, PyObject *));
//@ function PyObject_GenericSetDict *PyObject
LPS_FN(PyObject_GenericSetDict, int (*)(PyObject *, PyObject *, void *));
//@ function PyObject_Hash =Py_hash_t *PyObject
LPS_FN(PyObject_Hash, Py_hash_t (*)(PyObject *));
//@ function PyObject_HashNotImplemented =Py_hash_t *PyObject
LPS_FN(PyObject_HashNotImplemented, Py_hash_t (*)(PyObject *));
//@ function PyObject_IsTrue *PyObject
LPS_FN(PyObject_IsTrue, int (*)(PyObject *));
//@ function PyObject_Not *PyObject
LPS_FN(PyObject_Not, int (*)(PyObject *));
//@ function PyCallable_Check *PyObject
LPS_FN(PyCallable_Check, int (*)(PyObject *));
//@ function PyObject_ClearWeakRefs *PyObject
LPS_FN(PyObject_ClearWeakRefs, void (*)(PyObject *));
//@ function PyObject_Dir *PyObject
LPS_FN(PyObject_Dir, PyObject *(*)(PyObject *));
//@ function Py_ReprEnter *PyObject
LPS_FN(Py_ReprEnter, int (*)(PyObject *));
//@ function Py_ReprLeave *PyObject
LPS_FN(Py_ReprLeave, void (*)(PyObject *));
//@ function _Py_Dealloc *PyObject
LPS_FN(_Py_Dealloc, void (*)(PyObject *));
//@ function Py_IncRef *PyObject
LPS_FN(Py_IncRef, void (*)(PyObject *));
//@ function Py_DecRef *PyObject
LPS_FN(Py_DecRef, void (*)(PyObject *));
//@ function PyObject_Malloc
LPS_FN(PyObject_Malloc, void *(*)(size_t));
//@ function PyObject_Calloc
LPS_FN(PyObject_Calloc, void *(*)(size_t, size_t));
//@ function PyObject_Realloc
LPS_FN(PyObject_Realloc, void *(*)(void *, size_t));
//@ function PyObject_Free
LPS_FN(PyObject_Free, void (*)(void *));
//@ function PyObject_Init *PyObject,PyTypeObject
LPS_FN(PyObject_Init, PyObject *(*)(PyObject *, PyTypeObject *));
//@ function PyObject_InitVar *PyTypeObject,PyVarObject
LPS_FN(PyObject_InitVar, PyVarObject *(*)(PyVarObject *, PyTypeObject *, Py_ssize_t));
//@ function _PyObject_New *PyObject,PyTypeObject
LPS_FN(_PyObject_New, PyObject *(*)(PyTypeObject *));
//@ function _PyObject_NewVar *PyTypeObject,PyVarObject
LPS_FN(_PyObject_NewVar, PyVarObject *(*)(PyTypeObject *, Py_ssize_t));
//@ function PyGC_Collect
LPS_FN(PyGC_Collect, Py_ssize_t (*)(void));
//@ function _PyObject_GC_Resize *PyVarObject
LPS_FN(_PyObject_GC_Resize, PyVarObject *(*)(PyVarObject *, Py_ssize_t));
//@ function _PyObject_GC_New *PyObject,PyTypeObject
LPS_FN(_PyObject_GC_New, PyObject *(*)(PyTypeObject *));
//@ function _PyObject_GC_NewVar *PyTypeObject,PyVarObject
LPS_FN(_PyObject_GC_NewVar, PyVarObject *(*)(PyTypeObject *, Py_ssize_t));
//@ function PyObject_GC_Track
LPS_FN(PyObject_GC_Track, void (*)(void *));
//@ function PyObject_GC_UnTrack
LPS_FN(PyObject_GC_UnTrack, void (*)(void *));
//@ function PyObject_GC_Del
LPS_FN(PyObject_GC_Del, void (*)(void *));
//@ function PyObject_GC_IsTracked *PyObject
LPS_FN(PyObject_GC_IsTracked, int (*)(PyObject *));
//@ function PyObject_GC_IsFinalized *PyObject
LPS_FN(PyObject_GC_IsFinalized, int (*)(PyObject *));
//@ function PyByteArray_FromObject *PyObject
LPS_FN(PyByteArray_FromObject, PyObject *(*)(PyObject *));
//@ function PyByteArray_Concat *PyObject
LPS_FN(PyByteArray_Concat, PyObject *(*)(PyObject *, PyObject *));
//@ function PyByteArray_FromStringAndSize *PyObject
LPS_FN(PyByteArray_FromStringAndSize, PyObject *(*)(const char *, Py_ssize_t));
//@ function PyByteArray_Size *PyObject
LPS_FN(PyByteArray_Size, Py_ssize_t (*)(PyObject *));
//@ function PyByteArray_AsString *PyObject
LPS_FN(PyByteArray_AsString, char *(*)(PyObject *));
//@ function PyByteArray_Resize *PyObject
LPS_FN(PyByteArray_Resize, int (*)(PyObject *, Py_ssize_t));
//@ function PyBytes_FromStringAndSize *PyObject
LPS_FN(PyBytes_FromStringAndSize, PyObject *(*)(const char *, Py_ssize_t));
//@ function PyBytes_FromString *PyObject
LPS_FN(PyBytes_FromString, PyObject *(*)(const char *));
//@ function PyBytes_FromObject *PyObject
LPS_FN(PyBytes_FromObject, PyObject *(*)(PyObject *));
//@ function PyBytes_FromFormat *PyObject
LPS_FN(PyBytes_FromFormat, PyObject *(*)(const char *, ...));
//@ function PyBytes_Size *PyObject
LPS_FN(PyBytes_Size, Py_ssize_t (*)(PyObject *));
//@ function PyBytes_AsString *PyObject
LPS_FN(PyBytes_AsString, char *(*)(PyObject *));
//@ function PyBytes_Repr *PyObject
LPS_FN(PyBytes_Repr, PyObject *(*)(PyObject *, int));
//@ function PyBytes_Concat *PyObject
LPS_FN(PyBytes_Concat, void (*)(PyObject **, PyObject *));
//@ function PyBytes_ConcatAndDel *PyObject
LPS_FN(PyBytes_ConcatAndDel, void (*)(PyObject **, PyObject *));
//@ function PyBytes_DecodeEscape *PyObject
LPS_FN(PyBytes_DecodeEscape, PyObject *(*)(const char *, Py_ssize_t, const char *, Py_ssize_t, const char *));
//@ function PyBytes_AsStringAndSize *PyObject
LPS_FN(PyBytes_AsStringAndSize, int (*)(PyObject *, char **, Py_ssize_t *));
//@ function PyUnicode_FromStringAndSize *PyObject
LPS_FN(PyUnicode_FromStringAndSize, PyObject *(*)(const char *, Py_ssize_t));
//@ function PyUnicode_FromString *PyObject
LPS_FN(PyUnicode_FromString, PyObject *(*)(const char *));
//@ function PyUnicode_Substring *PyObject
LPS_FN(PyUnicode_Substring, PyObject *(*)(PyObject *, Py_ssize_t, Py_ssize_t));
//@ function PyUnicode_AsUCS4 *PyObject,Py_UCS4
LPS_FN(PyUnicode_AsUCS4, Py_UCS4 *(*)(PyObject *, Py_UCS4 *, Py_ssize_t, int));
//@ function PyUnicode_AsUCS4Copy *PyObject,Py_UCS4
LPS_FN(PyUnicode_AsUCS4Copy, Py_UCS4 *(*)(PyObject *));
//@ function PyUnicode_GetLength *PyObject
LPS_FN(PyUnicode_GetLength, Py_ssize_t (*)(PyObject *));
//@ function PyUnicode_ReadChar =Py_UCS4 *PyObject
LPS_FN(PyUnicode_ReadChar, Py_UCS4 (*)(PyObject *, Py_ssize_t));
//@ function PyUnicode_WriteChar =Py_UCS4 *PyObject
LPS_FN(PyUnicode_WriteChar, int (*)(PyObject *, Py_ssize_t, Py_UCS4));
//@ function PyUnicode_Resize *PyObject
LPS_FN(PyUnicode_Resize, int (*)(PyObject **, Py_ssize_t));
//@ function PyUnicode_FromEncodedObject *PyObject
LPS_FN(PyUnicode_FromEncodedObject, PyObject *(*)(PyObject *, const char *, const char *));
//@ function PyUnicode_FromObject *PyObject
LPS_FN(PyUnicode_FromObject, PyObject *(*)(PyObject *));
//@ function PyUnicode_FromFormat *PyObject
LPS_FN(PyUnicode_FromFormat, PyObject *(*)(const char *, ...));
//@ function PyUnicode_InternInPlace *PyObject
LPS_FN(PyUnicode_InternInPlace, void (*)(PyObject **));
//@ function PyUnicode_InternFromString *PyObject
LPS_FN(PyUnicode_InternFromString, PyObject *(*)(const char *));
//@ function PyUnicode_FromWideChar *PyObject
LPS_FN(PyUnicode_FromWideChar, PyObject *(*)(const wchar_t *, Py_ssize_t));
//@ function PyUnicode_AsWideChar *PyObject
LPS_FN(PyUnicode_AsWideChar, Py_ssize_t (*)(PyObject *, wchar_t *, Py_ssize_t));
//@ function PyUnicode_AsWideCharString *PyObject
LPS_FN(PyUnicode_AsWideCharString, wchar_t *(*)(PyObject *, Py_ssize_t *));
//@ function PyUnicode_FromOrdinal *PyObject
LPS_FN(PyUnicode_FromOrdinal, PyObject *(*)(int));
//@ function PyUnicode_GetDefaultEncoding
LPS_FN(PyUnicode_GetDefaultEncoding, const char *(*)(void));
//@ function PyUnicode_Decode *PyObject
LPS_FN(PyUnicode_Decode, PyObject *(*)(const char *, Py_ssize_t, const char *, const char *));
//@ function PyUnicode_AsEncodedString *PyObject
LPS_FN(PyUnicode_AsEncodedString, PyObject *(*)(PyObject *, const char *, const char *));
//@ function PyUnicode_BuildEncodingMap *PyObject
LPS_FN(PyUnicode_BuildEncodingMap, PyObject *(*)(PyObject *));
//@ function PyUnicode_DecodeUTF7 *PyObject
LPS_FN(PyUnicode_DecodeUTF7, PyObject *(*)(const char *, Py_ssize_t, const char *));
//@ function PyUnicode_DecodeUTF7Stateful *PyObject
LPS_FN(PyUnicode_DecodeUTF7Stateful, PyObject *(*)(const char *, Py_ssize_t, const char *, Py_ssize_t *));
//@ function PyUnicode_DecodeUTF8 *PyObject
LPS_FN(PyUnicode_DecodeUTF8, PyObject *(*)(const char *, Py_ssize_t, const char *));
//@ function PyUnicode_DecodeUTF8Stateful *PyObject
LPS_FN(PyUnicode_DecodeUTF8Stateful, PyObject *(*)(const char *, Py_ssize_t, const char *, Py_ssize_t *));
//@ function PyUnicode_AsUTF8String *PyObject
LPS_FN(PyUnicode_AsUTF8String, PyObject *(*)(PyObject *));
//@ function PyUnicode_DecodeUTF32 *PyObject
LPS_FN(PyUnicode_DecodeUTF32, PyObject *(*)(const char *, Py_ssize_t, const char *, int *));
//@ function PyUnicode_DecodeUTF32Stateful *PyObject
LPS_FN(PyUnicode_DecodeUTF32Stateful, PyObject *(*)(const char *, Py_ssize_t, const char *, int *, Py_ssize_t *));
//@ function PyUnicode_AsUTF32String *PyObject
LPS_FN(PyUnicode_AsUTF32String, PyObject *(*)(PyObject *));
//@ function PyUnicode_DecodeUTF16 *PyObject
LPS_FN(PyUnicode_DecodeUTF16, PyObject *(*)(const char *, Py_ssize_t, const char *, int *));
//@ function PyUnicode_DecodeUTF16Stateful *PyObject
LPS_FN(PyUnicode_DecodeUTF16Stateful, PyObject *(*)(const char *, Py_ssize_t, const char *, int *, Py_ssize_t *));
//@ function PyUnicode_AsUTF16String *PyObject
LPS_FN(PyUnicode_AsUTF16String, PyObject *(*)(PyObject *));
//@ function PyUnicode_DecodeUnicodeEscape *PyObject
LPS_FN(PyUnicode_DecodeUnicodeEscape, PyObject *(*)(const char *, Py_ssize_t, const char *));
//@ function PyUnicode_AsUnicodeEscapeString *PyObject
LPS_FN(PyUnicode_AsUnicodeEscapeString, PyObject *(*)(PyObject *));
//@ function PyUnicode_DecodeRawUnicodeEscape *PyObject
LPS_FN(PyUnicode_DecodeRawUnicodeEscape, PyObject *(*)(const char *, Py_ssize_t, const char *));
//@ function PyUnicode_AsRawUnicodeEscapeString *PyObject
LPS_FN(PyUnicode_AsRawUnicodeEscapeString, PyObject *(*)(PyObject *));
//@ function PyUnicode_DecodeLatin1 *PyObject
LPS_FN(PyUnicode_DecodeLatin1, PyObject *(*)(const char *, Py_ssize_t, const char *));
//@ function PyUnicode_AsLatin1String *PyObject
LPS_FN(PyUnicode_AsLatin1String, PyObject *(*)(PyObject *));
//@ function PyUnicode_DecodeASCII *PyObject
LPS_FN(PyUnicode_DecodeASCII, PyObject *(*)(const char *, Py_ssize_t, const char *));
//@ function PyUnicode_AsASCIIString *PyObject
LPS_FN(PyUnicode_AsASCIIString, PyObject *(*)(PyObject *));
//@ function PyUnicode_DecodeCharmap *PyObject
LPS_FN(PyUnicode_DecodeCharmap, PyObject *(*)(const char *, Py_ssize_t, PyObject *, const char *));
//@ function PyUnicode_AsCharmapString *PyObject
LPS_FN(PyUnicode_AsCharmapString, PyObject *(*)(PyObject *, PyObject *));
//@ function PyUnicode_DecodeLocaleAndSize *PyObject
LPS_FN(PyUnicode_DecodeLocaleAndSize, PyObject *(*)(const char *, Py_ssize_t, const char *));
//@ function PyUnicode_DecodeLocale *PyObject
LPS_FN(PyUnicode_DecodeLocale, PyObject *(*)(const char *, const char *));
//@ function PyUnicode_EncodeLocale *PyObject
LPS_FN(PyUnicode_EncodeLocale, PyObject *(*)(PyObject *, const char *));
//@ function PyUnicode_FSConverter *PyObject
LPS_FN(PyUnicode_FSConverter, int (*)(PyObject *, void *));
//@ function PyUnicode_FSDecoder *PyObject
LPS_FN(PyUnicode_FSDecoder, int (*)(PyObject *, void *));
//@ function PyUnicode_DecodeFSDefault *PyObject
LPS_FN(PyUnicode_DecodeFSDefault, PyObject *(*)(const char *));
//@ function PyUnicode_DecodeFSDefaultAndSize *PyObject
LPS_FN(PyUnicode_DecodeFSDefaultAndSize, PyObject *(*)(const char *, Py_ssize_t));
//@ function PyUnicode_EncodeFSDefault *PyObject
LPS_FN(PyUnicode_EncodeFSDefault, PyObject *(*)(PyObject *));
//@ function PyUnicode_Concat *PyObject
LPS_FN(PyUnicode_Concat, PyObject *(*)(PyObject *, PyObject *));
//@ function PyUnicode_Append *PyObject
LPS_FN(PyUnicode_Append, void (*)(PyObject **, PyObject *));
//@ function PyUnicode_AppendAndDel *PyObject
LPS_FN(PyUnicode_AppendAndDel, void (*)(PyObject **, PyObject *));
//@ function PyUnicode_Split *PyObject
LPS_FN(PyUnicode_Split, PyObject *(*)(PyObject *, PyObject *, Py_ssize_t));
//@ function PyUnicode_Splitlines *PyObject
LPS_FN(PyUnicode_Splitlines, PyObject *(*)(PyObject *, int));
//@ function PyUnicode_Partition *PyObject
LPS_FN(PyUnicode_Partition, PyObject *(*)(PyObject *, PyObject *));
//@ function PyUnicode_RPartition *PyObject
LPS_FN(PyUnicode_RPartition, PyObject *(*)(PyObject *, PyObject *));
//@ function PyUnicode_RSplit *PyObject
LPS_FN(PyUnicode_RSplit, PyObject *(*)(PyObject *, PyObject *, Py_ssize_t));
//@ function PyUnicode_Translate *PyObject
LPS_FN(PyUnicode_Translate, PyObject *(*)(PyObject *, PyObject *, const char *));
//@ function PyUnicode_Join *PyObject
LPS_FN(PyUnicode_Join, PyObject *(*)(PyObject *, PyObject *));
//@ function PyUnicode_Tailmatch *PyObject
LPS_FN(PyUnicode_Tailmatch, Py_ssize_t (*)(PyObject *, PyObject *, Py_ssize_t, Py_ssize_t, int));
//@ function PyUnicode_Find *PyObject
LPS_FN(PyUnicode_Find, Py_ssize_t (*)(PyObject *, PyObject *, Py_ssize_t, Py_ssize_t, int));
//@ function PyUnicode_FindChar =Py_UCS4 *PyObject
LPS_FN(PyUnicode_FindChar, Py_ssize_t (*)(PyObject *, Py_UCS4, Py_ssize_t, Py_ssize_t, int));
//@ function PyUnicode_Count *PyObject
LPS_FN(PyUnicode_Count, Py_ssize_t (*)(PyObject *, PyObject *, Py_ssize_t, Py_ssize_t));
//@ function PyUnicode_Replace *PyObject
LPS_FN(PyUnicode_Replace, PyObject *(*)(PyObject *, PyObject *, PyObject *, Py_ssize_t));
//@ function PyUnicode_Compare *PyObject
LPS_FN(PyUnicode_Compare, int (*)(PyObject *, PyObject *));
//@ function PyUnicode_CompareWithASCIIString *PyObject
LPS_FN(PyUnicode_CompareWithASCIIString, int (*)(PyObject *, const char *));
//@ function PyUnicode_RichCompare *PyObject
LPS_FN(PyUnicode_RichCompare, PyObject *(*)(PyObject *, PyObject *, int));
//@ function PyUnicode_Format *PyObject
LPS_FN(PyUnicode_Format, PyObject *(*)(PyObject *, PyObject *));
//@ function PyUnicode_Contains *PyObject
LPS_FN(PyUnicode_Contains, int (*)(PyObject *, PyObject *));
//@ function PyUnicode_IsIdentifier *PyObject
LPS_FN(PyUnicode_IsIdentifier, int (*)(PyObject *));
//@ function PyErr_SetNone *PyObject
LPS_FN(PyErr_SetNone, void (*)(PyObject *));
//@ function PyErr_SetObject *PyObject
LPS_FN(PyErr_SetObject, void (*)(PyObject *, PyObject *));
//@ function PyErr_SetString *PyObject
LPS_FN(PyErr_SetString, void (*)(PyObject *, const char *));
//@ function PyErr_Occurred *PyObject
LPS_FN(PyErr_Occurred, PyObject *(*)(void));
//@ function PyErr_Clear
LPS_FN(PyErr_Clear, void (*)(void));
//@ function PyErr_Fetch *PyObject
LPS_FN(PyErr_Fetch, void (*)(PyObject **, PyObject **, PyObject **));
//@ function PyErr_Restore *PyObject
LPS_FN(PyErr_Restore, void (*)(PyObject *, PyObject *, PyObject *));
//@ function PyErr_GetExcInfo *PyObject
LPS_FN(PyErr_GetExcInfo, void (*)(PyObject **, PyObject **, PyObject **));
//@ function PyErr_SetExcInfo *PyObject
LPS_FN(PyErr_SetExcInfo, void (*)(PyObject *, PyObject *, PyObject *));
//@ function Py_FatalError
LPS_DECLARED(Py_FatalError);
LPS_DECL(_Noreturn void Py_FatalError(const char *);)
//@ function PyErr_GivenExceptionMatches *PyObject
LPS_FN(PyErr_GivenExceptionMatches, int (*)(PyObject *, PyObject *));
//@ function PyErr_ExceptionMatches *PyObject
LPS_FN(PyErr_ExceptionMatches, int (*)(PyObject *));
//@ function PyErr_NormalizeException *PyObject
LPS_FN(PyErr_NormalizeException, void (*)(PyObject **, PyObject **, PyObject **));
//@ function PyException_SetTraceback *PyObject
LPS_FN(PyException_SetTraceback, int (*)(PyObject *, PyObject *));
//@ function PyException_GetTraceback *PyObject
LPS_FN(PyException_GetTraceback, PyObject *(*)(PyObject *));
//@ function PyException_GetCause *PyObject
LPS_FN(PyException_GetCause, PyObject *(*)(PyObject *));
//@ function PyException_SetCause *PyObject
LPS_FN(PyException_SetCause, void (*)(PyObject *, PyObject *));
//@ function PyException_GetContext *PyObject
LPS_FN(PyException_GetContext, PyObject *(*)(PyObject *));
//@ function PyException_SetContext *PyObject
LPS_FN(PyException_SetContext, void (*)(PyObject *, PyObject *));
//@ function PyExceptionClass_Name *PyObject
LPS_FN(PyExceptionClass_Name, const char *(*)(PyObject *));
//@ function PyErr_BadArgument
LPS_FN(PyErr_BadArgument, int (*)(void));
//@ function PyErr_NoMemory *PyObject
LPS_FN(PyErr_NoMemory, PyObject *(*)(void));
//@ function PyErr_SetFromErrno *PyObject
LPS_FN(PyErr_SetFromErrno, PyObject *(*)(PyObject *));
//@ function PyErr_SetFromErrnoWithFilenameObject *PyObject
LPS_FN(PyErr_SetFromErrnoWithFilenameObject, PyObject *(*)(PyObject *, PyObject *));
//@ function PyErr_SetFromErrnoWithFilenameObjects *PyObject
LPS_FN(PyErr_SetFromErrnoWithFilenameObjects, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ function PyErr_SetFromErrnoWithFilename *PyObject
LPS_FN(PyErr_SetFromErrnoWithFilename, PyObject *(*)(PyObject *, const char *));
//@ function PyErr_Format *PyObject
LPS_FN(PyErr_Format, PyObject *(*)(PyObject *, const char *, ...));
//@ function PyErr_SetImportErrorSubclass *PyObject
LPS_FN(PyErr_SetImportErrorSubclass, PyObject *(*)(PyObject *, PyObject *, PyObject *, PyObject *));
//@ function PyErr_SetImportError *PyObject
LPS_FN(PyErr_SetImportError, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ function PyErr_BadInternalCall
#pragma push_macro("PyErr_BadInternalCall")
#undef PyErr_BadInternalCall
LPS_FN(PyErr_BadInternalCall, void (*)(void));
#pragma pop_macro("PyErr_BadInternalCall")
//@ function _PyErr_BadInternalCall
LPS_FN(_PyErr_BadInternalCall, void (*)(const char *, int));
//@ function PyErr_NewException *PyObject
LPS_FN(PyErr_NewException, PyObject *(*)(const char *, PyObject *, PyObject *));
//@ function PyErr_NewExceptionWithDoc *PyObject
LPS_FN(PyErr_NewExceptionWithDoc, PyObject *(*)(const char *, const char *, PyObject *, PyObject *));
//@ function PyErr_WriteUnraisable *PyObject
LPS_FN(PyErr_WriteUnraisable, void (*)(PyObject *));
//@ function PyErr_CheckSignals
LPS_FN(PyErr_CheckSignals, int (*)(void));
//@ function PyErr_SetInterrupt
LPS_FN(PyErr_SetInterrupt, void (*)(void));
//@ function PyErr_SyntaxLocation
LPS_FN(PyErr_SyntaxLocation, void (*)(const char *, int));
//@ function PyErr_SyntaxLocationEx
LPS_FN(PyErr_SyntaxLocationEx, void (*)(const char *, int, int));
//@ function PyErr_ProgramText *PyObject
LPS_FN(PyErr_ProgramText, PyObject *(*)(const char *, int));
//@ function PyUnicodeDecodeError_Create *PyObject
LPS_FN(PyUnicodeDecodeError_Create, PyObject *(*)(const char *, const char *, Py_ssize_t, Py_ssize_t, Py_ssize_t, const char *));
//@ function PyUnicodeEncodeError_GetEncoding *PyObject
LPS_FN(PyUnicodeEncodeError_GetEncoding, PyObject *(*)(PyObject *));
//@ function PyUnicodeDecodeError_GetEncoding *PyObject
LPS_FN(PyUnicodeDecodeError_GetEncoding, PyObject *(*)(PyObject *));
//@ function PyUnicodeEncodeError_GetObject *PyObject
LPS_FN(PyUnicodeEncodeError_GetObject, PyObject *(*)(PyObject *));
//@ function PyUnicodeDecodeError_GetObject *PyObject
LPS_FN(PyUnicodeDecodeError_GetObject, PyObject *(*)(PyObject *));
//@ function PyUnicodeTranslateError_GetObject *PyObject
LPS_FN(PyUnicodeTranslateError_GetObject, PyObject *(*)(PyObject *));
//@ function PyUnicodeEncodeError_GetStart *PyObject
LPS_FN(PyUnicodeEncodeError_GetStart, int (*)(PyObject *, Py_ssize_t *));
//@ function PyUnicodeDecodeError_GetStart *PyObject
LPS_FN(PyUnicodeDecodeError_GetStart, int (*)(PyObject *, Py_ssize_t *));
//@ function PyUnicodeTranslateError_GetStart *PyObject
LPS_FN(PyUnicodeTranslateError_GetStart, int (*)(PyObject *, Py_ssize_t *));
//@ function PyUnicodeEncodeError_SetStart *PyObject
LPS_FN(PyUnicodeEncodeError_SetStart, int (*)(PyObject *, Py_ssize_t));
//@ function PyUnicodeDecodeError_SetStart *PyObject
LPS_FN(PyUnicodeDecodeError_SetStart, int (*)(PyObject *, Py_ssize_t));
//@ function PyUnicodeTranslateError_SetStart *PyObject
LPS_FN(PyUnicodeTranslateError_SetStart, int (*)(PyObject *, Py_ssize_t));
//@ function PyUnicodeEncodeError_GetEnd *PyObject
LPS_FN(PyUnicodeEncodeError_GetEnd, int (*)(PyObject *, Py_ssize_t *));
//@ function PyUnicodeDecodeError_GetEnd *PyObject
LPS_FN(PyUnicodeDecodeError_GetEnd, int (*)(PyObject *, Py_ssize_t *));
//@ function PyUnicodeTranslateError_GetEnd *PyObject
LPS_FN(PyUnicodeTranslateError_GetEnd, int (*)(PyObject *, Py_ssize_t *));
//@ function PyUnicodeEncodeError_SetEnd *PyObject
LPS_FN(PyUnicodeEncodeError_SetEnd, int (*)(PyObject *, Py_ssize_t));
//@ function PyUnicodeDecodeError_SetEnd *PyObject
LPS_FN(PyUnicodeDecodeError_SetEnd, int (*)(PyObject *, Py_ssize_t));
//@ function PyUnicodeTranslateError_SetEnd *PyObject
LPS_FN(PyUnicodeTranslateError_SetEnd, int (*)(PyObject *, Py_ssize_t));
//@ function PyUnicodeEncodeError_GetReason *PyObject
LPS_FN(PyUnicodeEncodeError_GetReason, PyObject *(*)(PyObject *));
//@ function PyUnicodeDecodeError_GetReason *PyObject
LPS_FN(PyUnicodeDecodeError_GetReason, PyObject *(*)(PyObject *));
//@ function PyUnicodeTranslateError_GetReason *PyObject
LPS_FN(PyUnicodeTranslateError_GetReason, PyObject *(*)(PyObject *));
//@ function PyUnicodeEncodeError_SetReason *PyObject
LPS_FN(PyUnicodeEncodeError_SetReason, int (*)(PyObject *, const char *));
//@ function PyUnicodeDecodeError_SetReason *PyObject
LPS_FN(PyUnicodeDecodeError_SetReason, int (*)(PyObject *, const char *));
//@ function PyUnicodeTranslateError_SetReason *PyObject
LPS_FN(PyUnicodeTranslateError_SetReason, int (*)(PyObject *, const char *));
//@ function PyOS_snprintf
LPS_FN(PyOS_snprintf, int (*)(char *, size_t, const char *, ...));
//@ function PyLong_FromLong *PyObject
LPS_FN(PyLong_FromLong, PyObject *(*)(long));
//@ function PyLong_FromUnsignedLong *PyObject
LPS_FN(PyLong_FromUnsignedLong, PyObject *(*)(unsigned long));
//@ function PyLong_FromSize_t *PyObject
LPS_FN(PyLong_FromSize_t, PyObject *(*)(size_t));
//@ function PyLong_FromSsize_t *PyObject
LPS_FN(PyLong_FromSsize_t, PyObject *(*)(Py_ssize_t));
//@ function PyLong_FromDouble *PyObject
LPS_FN(PyLong_FromDouble, PyObject *(*)(double));
//@ function PyLong_AsLong *PyObject
LPS_FN(PyLong_AsLong, long (*)(PyObject *));
//@ function PyLong_AsLongAndOverflow *PyObject
LPS_FN(PyLong_AsLongAndOverflow, long (*)(PyObject *, int *));
//@ function PyLong_AsSsize_t *PyObject
LPS_FN(PyLong_AsSsize_t, Py_ssize_t (*)(PyObject *));
//@ function PyLong_AsSize_t *PyObject
LPS_FN(PyLong_AsSize_t, size_t (*)(PyObject *));
//@ function PyLong_AsUnsignedLong *PyObject
LPS_FN(PyLong_AsUnsignedLong, unsigned long (*)(PyObject *));
//@ function PyLong_AsUnsignedLongMask *PyObject
LPS_FN(PyLong_AsUnsignedLongMask, unsigned long (*)(PyObject *));
//@ function PyLong_GetInfo *PyObject
LPS_FN(PyLong_GetInfo, PyObject *(*)(void));
//@ function PyLong_AsDouble *PyObject
LPS_FN(PyLong_AsDouble, double (*)(PyObject *));
//@ function PyLong_FromVoidPtr *PyObject
LPS_FN(PyLong_FromVoidPtr, PyObject *(*)(void *));
//@ function PyLong_AsVoidPtr *PyObject
LPS_FN(PyLong_AsVoidPtr, void *(*)(PyObject *));
//@ function PyLong_FromLongLong *PyObject
LPS_FN(PyLong_FromLongLong, PyObject *(*)(long long));
//@ function PyLong_FromUnsignedLongLong *PyObject
LPS_FN(PyLong_FromUnsignedLongLong, PyObject *(*)(unsigned long long));
//@ function PyLong_AsLongLong *PyObject
LPS_FN(PyLong_AsLongLong, long long (*)(PyObject *));
//@ function PyLong_AsUnsignedLongLong *PyObject
LPS_FN(PyLong_AsUnsignedLongLong, unsigned long long (*)(PyObject *));
//@ function PyLong_AsUnsignedLongLongMask *PyObject
LPS_FN(PyLong_AsUnsignedLongLongMask, unsigned long long (*)(PyObject *));
//@ function PyLong_AsLongLongAndOverflow *PyObject
LPS_FN(PyLong_AsLongLongAndOverflow, long long (*)(PyObject *, int *));
//@ function PyLong_FromString *PyObject
LPS_FN(PyLong_FromString, PyObject *(*)(const char *, char **, int));
//@ function PyOS_strtoul
LPS_FN(PyOS_strtoul, unsigned long (*)(const char *, char **, int));
//@ function PyOS_strtol
LPS_FN(PyOS_strtol, long (*)(const char *, char **, int));
//@ function PyBool_FromLong *PyObject
LPS_FN(PyBool_FromLong, PyObject *(*)(long));
//@ function PyFloat_GetMax
LPS_FN(PyFloat_GetMax, double (*)(void));
//@ function PyFloat_GetMin
LPS_FN(PyFloat_GetMin, double (*)(void));
//@ function PyFloat_GetInfo *PyObject
LPS_FN(PyFloat_GetInfo, PyObject *(*)(void));
//@ function PyFloat_FromString *PyObject
LPS_FN(PyFloat_FromString, PyObject *(*)(PyObject *));
//@ function PyFloat_FromDouble *PyObject
LPS_FN(PyFloat_FromDouble, PyObject *(*)(double));
//@ function PyFloat_AsDouble *PyObject
LPS_FN(PyFloat_AsDouble, double (*)(PyObject *));
//@ function PyComplex_FromDoubles *PyObject
LPS_FN(PyComplex_FromDoubles, PyObject *(*)(double, double));
//@ function PyComplex_RealAsDouble *PyObject
LPS_FN(PyComplex_RealAsDouble, double (*)(PyObject *));
//@ function PyComplex_ImagAsDouble *PyObject
LPS_FN(PyComplex_ImagAsDouble, double (*)(PyObject *));
//@ function PyMemoryView_FromObject *PyObject
LPS_FN(PyMemoryView_FromObject, PyObject *(*)(PyObject *));
//@ function PyMemoryView_FromMemory *PyObject
LPS_FN(PyMemoryView_FromMemory, PyObject *(*)(char *, Py_ssize_t, int));
//@ function PyMemoryView_GetContiguous *PyObject
LPS_FN(PyMemoryView_GetContiguous, PyObject *(*)(PyObject *, int, char));
//@ function PyTuple_New *PyObject
LPS_FN(PyTuple_New, PyObject *(*)(Py_ssize_t));
//@ function PyTuple_Size *PyObject
LPS_FN(PyTuple_Size, Py_ssize_t (*)(PyObject *));
//@ function PyTuple_GetItem *PyObject
LPS_FN(PyTuple_GetItem, PyObject *(*)(PyObject *, Py_ssize_t));
//@ function PyTuple_SetItem *PyObject
LPS_FN(PyTuple_SetItem, int (*)(PyObject *, Py_ssize_t, PyObject *));
//@ function PyTuple_GetSlice *PyObject
LPS_FN(PyTuple_GetSlice, PyObject *(*)(PyObject *, Py_ssize_t, Py_ssize_t));
//@ function PyTuple_Pack *PyObject
LPS_FN(PyTuple_Pack, PyObject *(*)(Py_ssize_t, ...));
//@ function PyList_New *PyObject
LPS_FN(PyList_New, PyObject *(*)(Py_ssize_t));
//@ function PyList_Size *PyObject
LPS_FN(PyList_Size, Py_ssize_t (*)(PyObject *));
//@ function PyList_GetItem *PyObject
LPS_FN(PyList_GetItem, PyObject *(*)(PyObject *, Py_ssize_t));
//@ function PyList_SetItem *PyObject
LPS_FN(PyList_SetItem, int (*)(PyObject *, Py_ssize_t, PyObject *));
//@ function PyList_Insert *PyObject
LPS_FN(PyList_Insert, int (*)(PyObject *, Py_ssize_t, PyObject *));
//@ function PyList_Append *PyObject
LPS_FN(PyList_Append, int (*)(PyObject *, PyObject *));
//@ function PyList_GetSlice *PyObject
LPS_FN(PyList_GetSlice, PyObject *(*)(PyObject *, Py_ssize_t, Py_ssize_t));
//@ function PyList_SetSlice *PyObject
LPS_FN(PyList_SetSlice, int (*)(PyObject *, Py_ssize_t, Py_ssize_t, PyObject *));
//@ function PyList_Sort *PyObject
LPS_FN(PyList_Sort, int (*)(PyObject *));
//@ function PyList_Reverse *PyObject
LPS_FN(PyList_Reverse, int (*)(PyObject *));
//@ function PyList_AsTuple *PyObject
LPS_FN(PyList_AsTuple, PyObject *(*)(PyObject *));
//@ function PyDict_New *PyObject
LPS_FN(PyDict_New, PyObject *(*)(void));
//@ function PyDict_GetItem *PyObject
LPS_FN(PyDict_GetItem, PyObject *(*)(PyObject *, PyObject *));
//@ function PyDict_GetItemWithError *PyObject
LPS_FN(PyDict_GetItemWithError, PyObject *(*)(PyObject *, PyObject *));
//@ function PyDict_SetItem *PyObject
LPS_FN(PyDict_SetItem, int (*)(PyObject *, PyObject *, PyObject *));
//@ function PyDict_DelItem *PyObject
LPS_FN(PyDict_DelItem, int (*)(PyObject *, PyObject *));
//@ function PyDict_Clear *PyObject
LPS_FN(PyDict_Clear, void (*)(PyObject *));
//@ function PyDict_Next *PyObject
LPS_FN(PyDict_Next, int (*)(PyObject *, Py_ssize_t *, PyObject **, PyObject **));
//@ function PyDict_Keys *PyObject
LPS_FN(PyDict_Keys, PyObject *(*)(PyObject *));
//@ function PyDict_Values *PyObject
LPS_FN(PyDict_Values, PyObject *(*)(PyObject *));
//@ function PyDict_Items *PyObject
LPS_FN(PyDict_Items, PyObject *(*)(PyObject *));
//@ function PyDict_Size *PyObject
LPS_FN(PyDict_Size, Py_ssize_t (*)(PyObject *));
//@ function PyDict_Copy *PyObject
LPS_FN(PyDict_Copy, PyObject *(*)(PyObject *));
//@ function PyDict_Contains *PyObject
LPS_FN(PyDict_Contains, int (*)(PyObject *, PyObject *));
//@ function PyDict_Update *PyObject
LPS_FN(PyDict_Update, int (*)(PyObject *, PyObject *));
//@ function PyDict_Merge *PyObject
LPS_FN(PyDict_Merge, int (*)(PyObject *, PyObject *, int));
//@ function PyDict_MergeFromSeq2 *PyObject
LPS_FN(PyDict_MergeFromSeq2, int (*)(PyObject *, PyObject *, int));
//@ function PyDict_GetItemString *PyObject
LPS_FN(PyDict_GetItemString, PyObject *(*)(PyObject *, const char *));
//@ function PyDict_SetItemString *PyObject
LPS_FN(PyDict_SetItemString, int (*)(PyObject *, const char *, PyObject *));
//@ function PyDict_DelItemString *PyObject
LPS_FN(PyDict_DelItemString, int (*)(PyObject *, const char *));
//@ function PySet_New *PyObject
LPS_FN(PySet_New, PyObject *(*)(PyObject *));
//@ function PyFrozenSet_New *PyObject
LPS_FN(PyFrozenSet_New, PyObject *(*)(PyObject *));
//@ function PySet_Add *PyObject
LPS_FN(PySet_Add, int (*)(PyObject *, PyObject *));
//@ function PySet_Clear *PyObject
LPS_FN(PySet_Clear, int (*)(PyObject *));
//@ function PySet_Contains *PyObject
LPS_FN(PySet_Contains, int (*)(PyObject *, PyObject *));
//@ function PySet_Discard *PyObject
LPS_FN(PySet_Discard, int (*)(PyObject *, PyObject *));
//@ function PySet_Pop *PyObject
LPS_FN(PySet_Pop, PyObject *(*)(PyObject *));
//@ function PySet_Size *PyObject
LPS_FN(PySet_Size, Py_ssize_t (*)(PyObject *));
//@ function PyCFunction_GetFunction =PyCFunction *PyObject
LPS_FN(PyCFunction_GetFunction, PyCFunction (*)(PyObject *));
//@ function PyCFunction_GetSelf *PyObject
LPS_FN(PyCFunction_GetSelf, PyObject *(*)(PyObject *));
//@ function PyCFunction_GetFlags *PyObject
LPS_FN(PyCFunction_GetFlags, int (*)(PyObject *));
//@ function PyCFunction_NewEx *PyMethodDef,PyObject
#pragma push_macro("PyCFunction_NewEx")
#undef PyCFunction_NewEx
LPS_FN(PyCFunction_NewEx, PyObject *(*)(PyMethodDef *, PyObject *, PyObject *));
#pragma pop_macro("PyCFunction_NewEx")
//@ function PyCMethod_New *PyMethodDef,PyObject,PyTypeObject
LPS_FN(PyCMethod_New, PyObject *(*)(PyMethodDef *, PyObject *, PyObject *, PyTypeObject *));
//@ function PyModule_NewObject *PyObject
LPS_FN(PyModule_NewObject, PyObject *(*)(PyObject *));
//@ function PyModule_New *PyObject
LPS_FN(PyModule_New, PyObject *(*)(const char *));
//@ function PyModule_GetDict *PyObject
LPS_FN(PyModule_GetDict, PyObject *(*)(PyObject *));
//@ function PyModule_GetNameObject *PyObject
LPS_FN(PyModule_GetNameObject, PyObject *(*)(PyObject *));
//@ function PyModule_GetName *PyObject
LPS_FN(PyModule_GetName, const char *(*)(PyObject *));
//@ function PyModule_GetFilename *PyObject
LPS_FN(PyModule_GetFilename, const char *(*)(PyObject *));
//@ function PyModule_GetFilenameObject *PyObject
LPS_FN(PyModule_GetFilenameObject, PyObject *(*)(PyObject *));
//@ function PyModule_GetDef *PyModuleDef,PyObject
LPS_FN(PyModule_GetDef, PyModuleDef *(*)(PyObject *));
//@ function PyModule_GetState *PyObject
LPS_FN(PyModule_GetState, void *(*)(PyObject *));
//@ function PyModuleDef_Init *PyModuleDef,PyObject
LPS_FN(PyModuleDef_Init, PyObject *(*)(PyModuleDef *));
//@ function PyFile_FromFd *PyObject
LPS_FN(PyFile_FromFd, PyObject *(*)(int, const char *, const char *, int, const char *, const char *, const char *, int));
//@ function PyFile_GetLine *PyObject
LPS_FN(PyFile_GetLine, PyObject *(*)(PyObject *, int));
//@ function PyFile_WriteObject *PyObject
LPS_FN(PyFile_WriteObject, int (*)(PyObject *, PyObject *, int));
//@ function PyFile_WriteString *PyObject
LPS_FN(PyFile_WriteString, int (*)(const char *, PyObject *));
//@ function PyObject_AsFileDescriptor *PyObject
LPS_FN(PyObject_AsFileDescriptor, int (*)(PyObject *));
//@ function PyCapsule_New =PyCapsule_Destructor *PyObject
LPS_FN(PyCapsule_New, PyObject *(*)(void *, const char *, PyCapsule_Destructor));
//@ function PyCapsule_GetPointer *PyObject
LPS_FN(PyCapsule_GetPointer, void *(*)(PyObject *, const char *));
//@ function PyCapsule_GetDestructor =PyCapsule_Destructor *PyObject
LPS_FN(PyCapsule_GetDestructor, PyCapsule_Destructor (*)(PyObject *));
//@ function PyCapsule_GetName *PyObject
LPS_FN(PyCapsule_GetName, const char *(*)(PyObject *));
//@ function PyCapsule_GetContext *PyObject
LPS_FN(PyCapsule_GetContext, void *(*)(PyObject *));
//@ function PyCapsule_IsValid *PyObject
LPS_FN(PyCapsule_IsValid, int (*)(PyObject *, const char *));
//@ function PyCapsule_SetPointer *PyObject
LPS_FN(PyCapsule_SetPointer, int (*)(PyObject *, void *));
//@ function PyCapsule_SetDestructor =PyCapsule_Destructor *PyObject
LPS_FN(PyCapsule_SetDestructor, int (*)(PyObject *, PyCapsule_Destructor));
//@ function PyCapsule_SetName *PyObject
LPS_FN(PyCapsule_SetName, int (*)(PyObject *, const char *));
//@ function PyCapsule_SetContext *PyObject
LPS_FN(PyCapsule_SetContext, int (*)(PyObject *, void *));
//@ function PyCapsule_Import
LPS_FN(PyCapsule_Import, void *(*)(const char *, int));
//@ function PyTraceBack_Here *PyFrameObject
LPS_FN(PyTraceBack_Here, int (*)(PyFrameObject *));
//@ function PyTraceBack_Print *PyObject
LPS_FN(PyTraceBack_Print, int (*)(PyObject *, PyObject *));
//@ function PySlice_New *PyObject
LPS_FN(PySlice_New, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ function PySlice_GetIndices *PyObject
LPS_FN(PySlice_GetIndices, int (*)(PyObject *, Py_ssize_t, Py_ssize_t *, Py_ssize_t *, Py_ssize_t *));
//@ function PySlice_GetIndicesEx *PyObject
#pragma push_macro("PySlice_GetIndicesEx")
#undef PySlice_GetIndicesEx
LPS_FN(PySlice_GetIndicesEx, int (*)(PyObject *, Py_ssize_t, Py_ssize_t *, Py_ssize_t *, Py_ssize_t *, Py_ssize_t *));
#pragma pop_macro("PySlice_GetIndicesEx")
//@ function PySlice_Unpack *PyObject
LPS_FN(PySlice_Unpack, int (*)(PyObject *, Py_ssize_t *, Py_ssize_t *, Py_ssize_t *));
//@ function PySlice_AdjustIndices
LPS_FN(PySlice_AdjustIndices, Py_ssize_t (*)(Py_ssize_t, Py_ssize_t *, Py_ssize_t *, Py_ssize_t));
//@ function PySeqIter_New *PyObject
LPS_FN(PySeqIter_New, PyObject *(*)(PyObject *));
//@ function PyCallIter_New *PyObject
LPS_FN(PyCallIter_New, PyObject *(*)(PyObject *, PyObject *));
//@ function PyInterpreterState_New *PyInterpreterState
LPS_FN(PyInterpreterState_New, PyInterpreterState *(*)(void));
//@ function PyInterpreterState_Clear *PyInterpreterState
LPS_FN(PyInterpreterState_Clear, void (*)(PyInterpreterState *));
//@ function PyInterpreterState_Delete *PyInterpreterState
LPS_FN(PyInterpreterState_Delete, void (*)(PyInterpreterState *));
//@ function PyInterpreterState_Get *PyInterpreterState
LPS_FN(PyInterpreterState_Get, PyInterpreterState *(*)(void));
//@ function PyInterpreterState_GetDict *PyInterpreterState,PyObject
LPS_FN(PyInterpreterState_GetDict, PyObject *(*)(PyInterpreterState *));
//@ function PyInterpreterState_GetID *PyInterpreterState
LPS_FN(PyInterpreterState_GetID, int64_t (*)(PyInterpreterState *));
//@ function PyState_AddModule *PyModuleDef,PyObject
LPS_FN(PyState_AddModule, int (*)(PyObject *, PyModuleDef *));
//@ function PyState_RemoveModule *PyModuleDef
LPS_FN(PyState_RemoveModule, int (*)(PyModuleDef *));
//@ function PyState_FindModule *PyModuleDef,PyObject
LPS_FN(PyState_FindModule, PyObject *(*)(PyModuleDef *));
//@ function PyThreadState_New *PyInterpreterState,PyThreadState
LPS_FN(PyThreadState_New, PyThreadState *(*)(PyInterpreterState *));
//@ function PyThreadState_Clear *PyThreadState
LPS_FN(PyThreadState_Clear, void (*)(PyThreadState *));
//@ function PyThreadState_Delete *PyThreadState
LPS_FN(PyThreadState_Delete, void (*)(PyThreadState *));
//@ function PyThreadState_Get *PyThreadState
LPS_FN(PyThreadState_Get, PyThreadState *(*)(void));
//@ function PyThreadState_Swap *PyThreadState
LPS_FN(PyThreadState_Swap, PyThreadState *(*)(PyThreadState *));
//@ function PyThreadState_GetDict *PyObject
LPS_FN(PyThreadState_GetDict, PyObject *(*)(void));
//@ function PyThreadState_SetAsyncExc *PyObject
LPS_FN(PyThreadState_SetAsyncExc, int (*)(unsigned long, PyObject *));
//@ function PyGILState_Ensure =PyGILState_STATE
LPS_FN(PyGILState_Ensure, PyGILState_STATE (*)(void));
//@ function PyGILState_Release =PyGILState_STATE
LPS_FN(PyGILState_Release, void (*)(PyGILState_STATE));
//@ function PyGILState_GetThisThreadState *PyThreadState
LPS_FN(PyGILState_GetThisThreadState, PyThreadState *(*)(void));
//@ function PyDescr_NewMethod *PyMethodDef,PyObject,PyTypeObject
LPS_FN(PyDescr_NewMethod, PyObject *(*)(PyTypeObject *, PyMethodDef *));
//@ function PyDescr_NewClassMethod *PyMethodDef,PyObject,PyTypeObject
LPS_FN(PyDescr_NewClassMethod, PyObject *(*)(PyTypeObject *, PyMethodDef *));
//@ function PyDescr_NewMember *PyMemberDef,PyObject,PyTypeObject
LPS_FN(PyDescr_NewMember, PyObject *(*)(PyTypeObject *, PyMemberDef *));
//@ function PyDescr_NewGetSet *PyGetSetDef,PyObject,PyTypeObject
LPS_FN(PyDescr_NewGetSet, PyObject *(*)(PyTypeObject *, PyGetSetDef *));
//@ function PyDictProxy_New *PyObject
LPS_FN(PyDictProxy_New, PyObject *(*)(PyObject *));
//@ function PyWrapper_New *PyObject
LPS_FN(PyWrapper_New, PyObject *(*)(PyObject *, PyObject *));
//@ function PyMember_GetOne *PyMemberDef,PyObject
LPS_FN(PyMember_GetOne, PyObject *(*)(const char *, PyMemberDef *));
//@ function PyMember_SetOne *PyMemberDef,PyObject
LPS_FN(PyMember_SetOne, int (*)(char *, PyMemberDef *, PyObject *));
//@ function Py_GenericAlias *PyObject
LPS_FN(Py_GenericAlias, PyObject *(*)(PyObject *, PyObject *));
//@ function PyErr_WarnEx *PyObject
LPS_FN(PyErr_WarnEx, int (*)(PyObject *, const char *, Py_ssize_t));
//@ function PyErr_WarnFormat *PyObject
LPS_FN(PyErr_WarnFormat, int (*)(PyObject *, Py_ssize_t, const char *, ...));
//@ function PyErr_ResourceWarning *PyObject
LPS_FN(PyErr_ResourceWarning, int (*)(PyObject *, Py_ssize_t, const char *, ...));
//@ function PyErr_WarnExplicit *PyObject
LPS_FN(PyErr_WarnExplicit, int (*)(PyObject *, const char *, const char *, int, const char *, PyObject *));
//@ function PyWeakref_NewRef *PyObject
LPS_FN(PyWeakref_NewRef, PyObject *(*)(PyObject *, PyObject *));
//@ function PyWeakref_NewProxy *PyObject
LPS_FN(PyWeakref_NewProxy, PyObject *(*)(PyObject *, PyObject *));
//@ function PyStructSequence_NewType *PyStructSequence_Desc,PyTypeObject
LPS_FN(PyStructSequence_NewType, PyTypeObject *(*)(PyStructSequence_Desc *));
//@ function PyStructSequence_New *PyObject,PyTypeObject
LPS_FN(PyStructSequence_New, PyObject *(*)(PyTypeObject *));
//@ function PyStructSequence_SetItem *PyObject
LPS_FN(PyStructSequence_SetItem, void (*)(PyObject *, Py_ssize_t, PyObject *));
//@ function PyStructSequence_GetItem *PyObject
LPS_FN(PyStructSequence_GetItem, PyObject *(*)(PyObject *, Py_ssize_t));
//@ function PyCodec_Register *PyObject
LPS_FN(PyCodec_Register, int (*)(PyObject *));
//@ function PyCodec_KnownEncoding
LPS_FN(PyCodec_KnownEncoding, int (*)(const char *));
//@ function PyCodec_Encode *PyObject
LPS_FN(PyCodec_Encode, PyObject *(*)(PyObject *, const char *, const char *));
//@ function PyCodec_Decode *PyObject
LPS_FN(PyCodec_Decode, PyObject *(*)(PyObject *, const char *, const char *));
//@ function PyCodec_Encoder *PyObject
LPS_FN(PyCodec_Encoder, PyObject *(*)(const char *));
//@ function PyCodec_Decoder *PyObject
LPS_FN(PyCodec_Decoder, PyObject *(*)(const char *));
//@ function PyCodec_IncrementalEncoder *PyObject
LPS_FN(PyCodec_IncrementalEncoder, PyObject *(*)(const char *, const char *));
//@ function PyCodec_IncrementalDecoder *PyObject
LPS_FN(PyCodec_IncrementalDecoder, PyObject *(*)(const char *, const char *));
//@ function PyCodec_StreamReader *PyObject
LPS_FN(PyCodec_StreamReader, PyObject *(*)(const char *, PyObject *, const char *));
//@ function PyCodec_StreamWriter *PyObject
LPS_FN(PyCodec_StreamWriter, PyObject *(*)(const char *, PyObject *, const char *));
//@ function PyCodec_RegisterError *PyObject
LPS_FN(PyCodec_RegisterError, int (*)(const char *, PyObject *));
//@ function PyCodec_LookupError *PyObject
LPS_FN(PyCodec_LookupError, PyObject *(*)(const char *));
//@ function PyCodec_StrictErrors *PyObject
LPS_FN(PyCodec_StrictErrors, PyObject *(*)(PyObject *));
//@ function PyCodec_IgnoreErrors *PyObject
LPS_FN(PyCodec_IgnoreErrors, PyObject *(*)(PyObject *));
//@ function PyCodec_ReplaceErrors *PyObject
LPS_FN(PyCodec_ReplaceErrors, PyObject *(*)(PyObject *));
//@ function PyCodec_XMLCharRefReplaceErrors *PyObject
LPS_FN(PyCodec_XMLCharRefReplaceErrors, PyObject *(*)(PyObject *));
//@ function PyCodec_BackslashReplaceErrors *PyObject
LPS_FN(PyCodec_BackslashReplaceErrors, PyObject *(*)(PyObject *));
//@ function PyCodec_NameReplaceErrors *PyObject
LPS_FN(PyCodec_NameReplaceErrors, PyObject *(*)(PyObject *));
//@ function PyThread_init_thread
LPS_FN(PyThread_init_thread, void (*)(void));
//@ function PyThread_start_new_thread
LPS_FN(PyThread_start_new_thread, unsigned long (*)(void (*)(void *), void *));
//@ function PyThread_exit_thread
LPS_DECLARED(PyThread_exit_thread);
LPS_DECL(_Noreturn void PyThread_exit_thread(void);)
//@ function PyThread_get_thread_ident
LPS_FN(PyThread_get_thread_ident, unsigned long (*)(void));
//@ function PyThread_get_thread_native_id
LPS_FN(PyThread_get_thread_native_id, unsigned long (*)(void));
//@ function PyThread_allocate_lock =PyThread_type_lock
LPS_FN(PyThread_allocate_lock, PyThread_type_lock (*)(void));
//@ function PyThread_free_lock =PyThread_type_lock
LPS_FN(PyThread_free_lock, void (*)(PyThread_type_lock));
//@ function PyThread_acquire_lock =PyThread_type_lock
LPS_FN(PyThread_acquire_lock, int (*)(PyThread_type_lock, int));
//@ function PyThread_acquire_lock_timed =PyLockStatus,PyThread_type_lock
LPS_FN(PyThread_acquire_lock_timed, PyLockStatus (*)(PyThread_type_lock, long long, int));
//@ function PyThread_release_lock =PyThread_type_lock
LPS_FN(PyThread_release_lock, void (*)(PyThread_type_lock));
//@ function PyThread_get_stacksize
LPS_FN(PyThread_get_stacksize, size_t (*)(void));
//@ function PyThread_set_stacksize
LPS_FN(PyThread_set_stacksize, int (*)(size_t));
//@ function PyThread_GetInfo *PyObject
LPS_FN(PyThread_GetInfo, PyObject *(*)(void));
//@ function PyThread_create_key
LPS_FN(PyThread_create_key, int (*)(void));
//@ function PyThread_delete_key
LPS_FN(PyThread_delete_key, void (*)(int));
//@ function PyThread_set_key_value
LPS_FN(PyThread_set_key_value, int (*)(int, void *));
//@ function PyThread_get_key_value
LPS_FN(PyThread_get_key_value, void *(*)(int));
//@ function PyThread_delete_key_value
LPS_FN(PyThread_delete_key_value, void (*)(int));
//@ function PyThread_ReInitTLS
LPS_FN(PyThread_ReInitTLS, void (*)(void));
//@ function PyThread_tss_alloc *Py_tss_t
LPS_FN(PyThread_tss_alloc, Py_tss_t *(*)(void));
//@ function PyThread_tss_free *Py_tss_t
LPS_FN(PyThread_tss_free, void (*)(Py_tss_t *));
//@ function PyThread_tss_is_created *Py_tss_t
LPS_FN(PyThread_tss_is_created, int (*)(Py_tss_t *));
//@ function PyThread_tss_create *Py_tss_t
LPS_FN(PyThread_tss_create, int (*)(Py_tss_t *));
//@ function PyThread_tss_delete *Py_tss_t
LPS_FN(PyThread_tss_delete, void (*)(Py_tss_t *));
//@ function PyThread_tss_set *Py_tss_t
LPS_FN(PyThread_tss_set, int (*)(Py_tss_t *, void *));
//@ function PyThread_tss_get *Py_tss_t
LPS_FN(PyThread_tss_get, void *(*)(Py_tss_t *));
//@ function PyArg_Parse *PyObject
LPS_FN(PyArg_Parse, int (*)(PyObject *, const char *, ...));
//@ function PyArg_ParseTuple *PyObject
LPS_FN(PyArg_ParseTuple, int (*)(PyObject *, const char *, ...));
//@ function PyArg_ParseTupleAndKeywords *PyObject
LPS_FN(PyArg_ParseTupleAndKeywords, int (*)(PyObject *, PyObject *, const char *, char * const *, ...));
//@ function PyArg_ValidateKeywordArguments *PyObject
LPS_FN(PyArg_ValidateKeywordArguments, int (*)(PyObject *));
//@ function PyArg_UnpackTuple *PyObject
LPS_FN(PyArg_UnpackTuple, int (*)(PyObject *, const char *, Py_ssize_t, Py_ssize_t, ...));
//@ function Py_BuildValue *PyObject
LPS_FN(Py_BuildValue, PyObject *(*)(const char *, ...));
//@ function PyModule_AddObject *PyObject
LPS_FN(PyModule_AddObject, int (*)(PyObject *, const char *, PyObject *));
//@ function PyModule_AddIntConstant *PyObject
LPS_FN(PyModule_AddIntConstant, int (*)(PyObject *, const char *, long));
//@ function PyModule_AddStringConstant *PyObject
LPS_FN(PyModule_AddStringConstant, int (*)(PyObject *, const char *, const char *));
//@ function PyModule_SetDocString *PyObject
LPS_FN(PyModule_SetDocString, int (*)(PyObject *, const char *));
//@ function PyModule_AddFunctions *PyMethodDef,PyObject
LPS_FN(PyModule_AddFunctions, int (*)(PyObject *, PyMethodDef *));
//@ function PyModule_ExecDef *PyModuleDef,PyObject
LPS_FN(PyModule_ExecDef, int (*)(PyObject *, PyModuleDef *));
//@ function PyModule_Create2 *PyModuleDef,PyObject
LPS_FN(PyModule_Create2, PyObject *(*)(PyModuleDef *, int));
//@ function PyModule_FromDefAndSpec2 *PyModuleDef,PyObject
LPS_FN(PyModule_FromDefAndSpec2, PyObject *(*)(PyModuleDef *, PyObject *, int));
//@ function Py_CompileString *PyObject
LPS_FN(Py_CompileString, PyObject *(*)(const char *, const char *, int));
//@ function PyErr_Print
LPS_FN(PyErr_Print, void (*)(void));
//@ function PyErr_PrintEx
LPS_FN(PyErr_PrintEx, void (*)(int));
//@ function PyErr_Display *PyObject
LPS_FN(PyErr_Display, void (*)(PyObject *, PyObject *, PyObject *));
//@ function Py_Initialize
LPS_FN(Py_Initialize, void (*)(void));
//@ function Py_InitializeEx
LPS_FN(Py_InitializeEx, void (*)(int));
//@ function Py_Finalize
LPS_FN(Py_Finalize, void (*)(void));
//@ function Py_FinalizeEx
LPS_FN(Py_FinalizeEx, int (*)(void));
//@ function Py_IsInitialized
LPS_FN(Py_IsInitialized, int (*)(void));
//@ function Py_NewInterpreter *PyThreadState
LPS_FN(Py_NewInterpreter, PyThreadState *(*)(void));
//@ function Py_EndInterpreter *PyThreadState
LPS_FN(Py_EndInterpreter, void (*)(PyThreadState *));
//@ function Py_AtExit
LPS_FN(Py_AtExit, int (*)(void (*)(void)));
//@ function Py_Exit
LPS_DECLARED(Py_Exit);
LPS_DECL(_Noreturn void Py_Exit(int);)
//@ function Py_Main
LPS_FN(Py_Main, int (*)(int, wchar_t **));
//@ function Py_BytesMain
LPS_FN(Py_BytesMain, int (*)(int, char **));
//@ function Py_SetProgramName
LPS_FN(Py_SetProgramName, void (*)(const wchar_t *));
//@ function Py_SetPythonHome
LPS_FN(Py_SetPythonHome, void (*)(const wchar_t *));
//@ function Py_GetVersion
LPS_FN(Py_GetVersion, const char *(*)(void));
//@ function Py_GetPlatform
LPS_FN(Py_GetPlatform, const char *(*)(void));
//@ function Py_GetCopyright
LPS_FN(Py_GetCopyright, const char *(*)(void));
//@ function Py_GetCompiler
LPS_FN(Py_GetCompiler, const char *(*)(void));
//@ function Py_GetBuildInfo
LPS_FN(Py_GetBuildInfo, const char *(*)(void));
//@ function PyOS_getsig =PyOS_sighandler_t
LPS_FN(PyOS_getsig, PyOS_sighandler_t (*)(int));
//@ function PyOS_setsig =PyOS_sighandler_t
LPS_FN(PyOS_setsig, PyOS_sighandler_t (*)(int, PyOS_sighandler_t));
//@ function PyEval_EvalCode *PyObject
LPS_FN(PyEval_EvalCode, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ function PyEval_EvalCodeEx *PyObject
LPS_FN(PyEval_EvalCodeEx, PyObject *(*)(PyObject *, PyObject *, PyObject *, PyObject * const *, int, PyObject * const *, int, PyObject * const *, int, PyObject *, PyObject *));
//@ function PyEval_GetBuiltins *PyObject
LPS_FN(PyEval_GetBuiltins, PyObject *(*)(void));
//@ function PyEval_GetGlobals *PyObject
LPS_FN(PyEval_GetGlobals, PyObject *(*)(void));
//@ function PyEval_GetLocals *PyObject
LPS_FN(PyEval_GetLocals, PyObject *(*)(void));
//@ function PyEval_GetFrame *PyFrameObject
LPS_FN(PyEval_GetFrame, PyFrameObject *(*)(void));
//@ function Py_AddPendingCall
LPS_FN(Py_AddPendingCall, int (*)(int (*)(void *), void *));
//@ function Py_MakePendingCalls
LPS_FN(Py_MakePendingCalls, int (*)(void));
//@ function Py_SetRecursionLimit
LPS_FN(Py_SetRecursionLimit, void (*)(int));
//@ function Py_GetRecursionLimit
LPS_FN(Py_GetRecursionLimit, int (*)(void));
//@ function Py_EnterRecursiveCall
LPS_FN(Py_EnterRecursiveCall, int (*)(const char *));
//@ function Py_LeaveRecursiveCall
LPS_FN(Py_LeaveRecursiveCall, void (*)(void));
//@ function PyEval_GetFuncName *PyObject
LPS_FN(PyEval_GetFuncName, const char *(*)(PyObject *));
//@ function PyEval_GetFuncDesc *PyObject
LPS_FN(PyEval_GetFuncDesc, const char *(*)(PyObject *));
//@ function PyEval_EvalFrame *PyFrameObject,PyObject
LPS_FN(PyEval_EvalFrame, PyObject *(*)(PyFrameObject *));
//@ function PyEval_EvalFrameEx *PyFrameObject,PyObject
LPS_FN(PyEval_EvalFrameEx, PyObject *(*)(PyFrameObject *, int));
//@ function PyEval_SaveThread *PyThreadState
LPS_FN(PyEval_SaveThread, PyThreadState *(*)(void));
//@ function PyEval_RestoreThread *PyThreadState
LPS_FN(PyEval_RestoreThread, void (*)(PyThreadState *));
//@ function PyEval_InitThreads
LPS_FN(PyEval_InitThreads, void (*)(void));
//@ function PyEval_AcquireThread *PyThreadState
LPS_FN(PyEval_AcquireThread, void (*)(PyThreadState *));
//@ function PyEval_ReleaseThread *PyThreadState
LPS_FN(PyEval_ReleaseThread, void (*)(PyThreadState *));
//@ function PySys_GetObject *PyObject
LPS_FN(PySys_GetObject, PyObject *(*)(const char *));
//@ function PySys_SetObject *PyObject
LPS_FN(PySys_SetObject, int (*)(const char *, PyObject *));
//@ function PySys_SetArgv
LPS_FN(PySys_SetArgv, void (*)(int, wchar_t **));
//@ function PySys_SetArgvEx
LPS_FN(PySys_SetArgvEx, void (*)(int, wchar_t **, int));
//@ function PySys_WriteStdout
LPS_FN(PySys_WriteStdout, void (*)(const char *, ...));
//@ function PySys_WriteStderr
LPS_FN(PySys_WriteStderr, void (*)(const char *, ...));
//@ function PySys_FormatStdout
LPS_FN(PySys_FormatStdout, void (*)(const char *, ...));
//@ function PySys_FormatStderr
LPS_FN(PySys_FormatStderr, void (*)(const char *, ...));
//@ function PySys_GetXOptions *PyObject
LPS_FN(PySys_GetXOptions, PyObject *(*)(void));
//@ function PyOS_FSPath *PyObject
LPS_FN(PyOS_FSPath, PyObject *(*)(PyObject *));
//@ function PyOS_InterruptOccurred
LPS_FN(PyOS_InterruptOccurred, int (*)(void));
//@ function PyOS_BeforeFork
LPS_FN(PyOS_BeforeFork, void (*)(void));
//@ function PyOS_AfterFork_Parent
LPS_FN(PyOS_AfterFork_Parent, void (*)(void));
//@ function PyOS_AfterFork_Child
LPS_FN(PyOS_AfterFork_Child, void (*)(void));
//@ function PyOS_AfterFork
LPS_FN(PyOS_AfterFork, void (*)(void));
//@ function PyImport_GetMagicNumber
LPS_FN(PyImport_GetMagicNumber, long (*)(void));
//@ function PyImport_GetMagicTag
LPS_FN(PyImport_GetMagicTag, const char *(*)(void));
//@ function PyImport_ExecCodeModule *PyObject
LPS_FN(PyImport_ExecCodeModule, PyObject *(*)(const char *, PyObject *));
//@ function PyImport_ExecCodeModuleEx *PyObject
LPS_FN(PyImport_ExecCodeModuleEx, PyObject *(*)(const char *, PyObject *, const char *));
//@ function PyImport_ExecCodeModuleWithPathnames *PyObject
LPS_FN(PyImport_ExecCodeModuleWithPathnames, PyObject *(*)(const char *, PyObject *, const char *, const char *));
//@ function PyImport_ExecCodeModuleObject *PyObject
LPS_FN(PyImport_ExecCodeModuleObject, PyObject *(*)(PyObject *, PyObject *, PyObject *, PyObject *));
//@ function PyImport_GetModuleDict *PyObject
LPS_FN(PyImport_GetModuleDict, PyObject *(*)(void));
//@ function PyImport_GetModule *PyObject
LPS_FN(PyImport_GetModule, PyObject *(*)(PyObject *));
//@ function PyImport_AddModuleObject *PyObject
LPS_FN(PyImport_AddModuleObject, PyObject *(*)(PyObject *));
//@ function PyImport_AddModule *PyObject
LPS_FN(PyImport_AddModule, PyObject *(*)(const char *));
//@ function PyImport_ImportModule *PyObject
LPS_FN(PyImport_ImportModule, PyObject *(*)(const char *));
//@ function PyImport_ImportModuleLevel *PyObject
LPS_FN(PyImport_ImportModuleLevel, PyObject *(*)(const char *, PyObject *, PyObject *, PyObject *, int));
//@ function PyImport_ImportModuleLevelObject *PyObject
LPS_FN(PyImport_ImportModuleLevelObject, PyObject *(*)(PyObject *, PyObject *, PyObject *, PyObject *, int));
//@ function PyImport_GetImporter *PyObject
LPS_FN(PyImport_GetImporter, PyObject *(*)(PyObject *));
//@ function PyImport_Import *PyObject
LPS_FN(PyImport_Import, PyObject *(*)(PyObject *));
//@ function PyImport_ReloadModule *PyObject
LPS_FN(PyImport_ReloadModule, PyObject *(*)(PyObject *));
//@ function PyImport_ImportFrozenModuleObject *PyObject
LPS_FN(PyImport_ImportFrozenModuleObject, int (*)(PyObject *));
//@ function PyImport_ImportFrozenModule
LPS_FN(PyImport_ImportFrozenModule, int (*)(const char *));
//@ function PyImport_AppendInittab *PyObject
LPS_FN(PyImport_AppendInittab, int (*)(const char *, PyObject *(*)(void)));
//@ function PyObject_Call *PyObject
LPS_FN(PyObject_Call, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ function PyObject_CallObject *PyObject
LPS_FN(PyObject_CallObject, PyObject *(*)(PyObject *, PyObject *));
//@ function PyObject_CallFunction *PyObject
LPS_FN(PyObject_CallFunction, PyObject *(*)(PyObject *, const char *, ...));
//@ function PyObject_CallMethod *PyObject
LPS_FN(PyObject_CallMethod, PyObject *(*)(PyObject *, const char *, const char *, ...));
//@ function PyObject_CallFunctionObjArgs *PyObject
LPS_FN(PyObject_CallFunctionObjArgs, PyObject *(*)(PyObject *, ...));
//@ function PyObject_CallMethodObjArgs *PyObject
LPS_FN(PyObject_CallMethodObjArgs, PyObject *(*)(PyObject *, PyObject *, ...));
//@ function PyObject_Type *PyObject
LPS_FN(PyObject_Type, PyObject *(*)(PyObject *));
//@ function PyObject_Size *PyObject
LPS_FN(PyObject_Size, Py_ssize_t (*)(PyObject *));
//@ function PyObject_Length *PyObject
#pragma push_macro("PyObject_Length")
#undef PyObject_Length
LPS_FN(PyObject_Length, Py_ssize_t (*)(PyObject *));
#pragma pop_macro("PyObject_Length")
//@ function PyObject_GetItem *PyObject
LPS_FN(PyObject_GetItem, PyObject *(*)(PyObject *, PyObject *));
//@ function PyObject_SetItem *PyObject
LPS_FN(PyObject_SetItem, int (*)(PyObject *, PyObject *, PyObject *));
//@ function PyObject_DelItemString *PyObject
LPS_FN(PyObject_DelItemString, int (*)(PyObject *, const char *));
//@ function PyObject_DelItem *PyObject
LPS_FN(PyObject_DelItem, int (*)(PyObject *, PyObject *));
//@ function PyObject_Format *PyObject
LPS_FN(PyObject_Format, PyObject *(*)(PyObject *, PyObject *));
//@ function PyObject_GetIter *PyObject
LPS_FN(PyObject_GetIter, PyObject *(*)(PyObject *));
//@ function PyIter_Check *PyObject
LPS_FN(PyIter_Check, int (*)(PyObject *));
//@ function PyIter_Next *PyObject
LPS_FN(PyIter_Next, PyObject *(*)(PyObject *));
//@ function PyNumber_Check *PyObject
LPS_FN(PyNumber_Check, int (*)(PyObject *));
//@ function PyNumber_Add *PyObject
LPS_FN(PyNumber_Add, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_Subtract *PyObject
LPS_FN(PyNumber_Subtract, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_Multiply *PyObject
LPS_FN(PyNumber_Multiply, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_MatrixMultiply *PyObject
LPS_FN(PyNumber_MatrixMultiply, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_FloorDivide *PyObject
LPS_FN(PyNumber_FloorDivide, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_TrueDivide *PyObject
LPS_FN(PyNumber_TrueDivide, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_Remainder *PyObject
LPS_FN(PyNumber_Remainder, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_Divmod *PyObject
LPS_FN(PyNumber_Divmod, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_Power *PyObject
LPS_FN(PyNumber_Power, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ function PyNumber_Negative *PyObject
LPS_FN(PyNumber_Negative, PyObject *(*)(PyObject *));
//@ function PyNumber_Positive *PyObject
LPS_FN(PyNumber_Positive, PyObject *(*)(PyObject *));
//@ function PyNumber_Absolute *PyObject
LPS_FN(PyNumber_Absolute, PyObject *(*)(PyObject *));
//@ function PyNumber_Invert *PyObject
LPS_FN(PyNumber_Invert, PyObject *(*)(PyObject *));
//@ function PyNumber_Lshift *PyObject
LPS_FN(PyNumber_Lshift, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_Rshift *PyObject
LPS_FN(PyNumber_Rshift, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_And *PyObject
LPS_FN(PyNumber_And, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_Xor *PyObject
LPS_FN(PyNumber_Xor, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_Or *PyObject
LPS_FN(PyNumber_Or, PyObject *(*)(PyObject *, PyObject *));
//@ function PyIndex_Check *PyObject
LPS_FN(PyIndex_Check, int (*)(PyObject *));
//@ function PyNumber_Index *PyObject
LPS_FN(PyNumber_Index, PyObject *(*)(PyObject *));
//@ function PyNumber_AsSsize_t *PyObject
LPS_FN(PyNumber_AsSsize_t, Py_ssize_t (*)(PyObject *, PyObject *));
//@ function PyNumber_Long *PyObject
LPS_FN(PyNumber_Long, PyObject *(*)(PyObject *));
//@ function PyNumber_Float *PyObject
LPS_FN(PyNumber_Float, PyObject *(*)(PyObject *));
//@ function PyNumber_InPlaceAdd *PyObject
LPS_FN(PyNumber_InPlaceAdd, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_InPlaceSubtract *PyObject
LPS_FN(PyNumber_InPlaceSubtract, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_InPlaceMultiply *PyObject
LPS_FN(PyNumber_InPlaceMultiply, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_InPlaceMatrixMultiply *PyObject
LPS_FN(PyNumber_InPlaceMatrixMultiply, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_InPlaceFloorDivide *PyObject
LPS_FN(PyNumber_InPlaceFloorDivide, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_InPlaceTrueDivide *PyObject
LPS_FN(PyNumber_InPlaceTrueDivide, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_InPlaceRemainder *PyObject
LPS_FN(PyNumber_InPlaceRemainder, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_InPlacePower *PyObject
LPS_FN(PyNumber_InPlacePower, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ function PyNumber_InPlaceLshift *PyObject
LPS_FN(PyNumber_InPlaceLshift, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_InPlaceRshift *PyObject
LPS_FN(PyNumber_InPlaceRshift, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_InPlaceAnd *PyObject
LPS_FN(PyNumber_InPlaceAnd, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_InPlaceXor *PyObject
LPS_FN(PyNumber_InPlaceXor, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_InPlaceOr *PyObject
LPS_FN(PyNumber_InPlaceOr, PyObject *(*)(PyObject *, PyObject *));
//@ function PyNumber_ToBase *PyObject
LPS_FN(PyNumber_ToBase, PyObject *(*)(PyObject *, int));
//@ function PySequence_Check *PyObject
LPS_FN(PySequence_Check, int (*)(PyObject *));
//@ function PySequence_Size *PyObject
LPS_FN(PySequence_Size, Py_ssize_t (*)(PyObject *));
//@ function PySequence_Length *PyObject
#pragma push_macro("PySequence_Length")
#undef PySequence_Length
LPS_FN(PySequence_Length, Py_ssize_t (*)(PyObject *));
#pragma pop_macro("PySequence_Length")
//@ function PySequence_Concat *PyObject
LPS_FN(PySequence_Concat, PyObject *(*)(PyObject *, PyObject *));
//@ function PySequence_Repeat *PyObject
LPS_FN(PySequence_Repeat, PyObject *(*)(PyObject *, Py_ssize_t));
//@ function PySequence_GetItem *PyObject
LPS_FN(PySequence_GetItem, PyObject *(*)(PyObject *, Py_ssize_t));
//@ function PySequence_GetSlice *PyObject
LPS_FN(PySequence_GetSlice, PyObject *(*)(PyObject *, Py_ssize_t, Py_ssize_t));
//@ function PySequence_SetItem *PyObject
LPS_FN(PySequence_SetItem, int (*)(PyObject *, Py_ssize_t, PyObject *));
//@ function PySequence_DelItem *PyObject
LPS_FN(PySequence_DelItem, int (*)(PyObject *, Py_ssize_t));
//@ function PySequence_SetSlice *PyObject
LPS_FN(PySequence_SetSlice, int (*)(PyObject *, Py_ssize_t, Py_ssize_t, PyObject *));
//@ function PySequence_DelSlice *PyObject
LPS_FN(PySequence_DelSlice, int (*)(PyObject *, Py_ssize_t, Py_ssize_t));
//@ function PySequence_Tuple *PyObject
LPS_FN(PySequence_Tuple, PyObject *(*)(PyObject *));
//@ function PySequence_List *PyObject
LPS_FN(PySequence_List, PyObject *(*)(PyObject *));
//@ function PySequence_Fast *PyObject
LPS_FN(PySequence_Fast, PyObject *(*)(PyObject *, const char *));
//@ function PySequence_Count *PyObject
LPS_FN(PySequence_Count, Py_ssize_t (*)(PyObject *, PyObject *));
//@ function PySequence_Contains *PyObject
LPS_FN(PySequence_Contains, int (*)(PyObject *, PyObject *));
//@ function PySequence_In *PyObject
#pragma push_macro("PySequence_In")
#undef PySequence_In
LPS_FN(PySequence_In, int (*)(PyObject *, PyObject *));
#pragma pop_macro("PySequence_In")
//@ function PySequence_Index *PyObject
LPS_FN(PySequence_Index, Py_ssize_t (*)(PyObject *, PyObject *));
//@ function PySequence_InPlaceConcat *PyObject
LPS_FN(PySequence_InPlaceConcat, PyObject *(*)(PyObject *, PyObject *));
//@ function PySequence_InPlaceRepeat *PyObject
LPS_FN(PySequence_InPlaceRepeat, PyObject *(*)(PyObject *, Py_ssize_t));
//@ function PyMapping_Check *PyObject
LPS_FN(PyMapping_Check, int (*)(PyObject *));
//@ function PyMapping_Size *PyObject
LPS_FN(PyMapping_Size, Py_ssize_t (*)(PyObject *));
//@ function PyMapping_Length *PyObject
#pragma push_macro("PyMapping_Length")
#undef PyMapping_Length
LPS_FN(PyMapping_Length, Py_ssize_t (*)(PyObject *));
#pragma pop_macro("PyMapping_Length")
//@ function PyMapping_HasKeyString *PyObject
LPS_FN(PyMapping_HasKeyString, int (*)(PyObject *, const char *));
//@ function PyMapping_HasKey *PyObject
LPS_FN(PyMapping_HasKey, int (*)(PyObject *, PyObject *));
//@ function PyMapping_Keys *PyObject
LPS_FN(PyMapping_Keys, PyObject *(*)(PyObject *));
//@ function PyMapping_Values *PyObject
LPS_FN(PyMapping_Values, PyObject *(*)(PyObject *));
//@ function PyMapping_Items *PyObject
LPS_FN(PyMapping_Items, PyObject *(*)(PyObject *));
//@ function PyMapping_GetItemString *PyObject
LPS_FN(PyMapping_GetItemString, PyObject *(*)(PyObject *, const char *));
//@ function PyMapping_SetItemString *PyObject
LPS_FN(PyMapping_SetItemString, int (*)(PyObject *, const char *, PyObject *));
//@ function PyObject_IsInstance *PyObject
LPS_FN(PyObject_IsInstance, int (*)(PyObject *, PyObject *));
//@ function PyObject_IsSubclass *PyObject
LPS_FN(PyObject_IsSubclass, int (*)(PyObject *, PyObject *));
//@ function PyOS_string_to_double *PyObject
LPS_FN(PyOS_string_to_double, double (*)(const char *, char **, PyObject *));
//@ function PyOS_double_to_string
LPS_FN(PyOS_double_to_string, char *(*)(double, char, int, int, int *));
//@ function PyOS_mystrnicmp
LPS_FN(PyOS_mystrnicmp, int (*)(const char *, const char *, Py_ssize_t));
//@ function PyOS_mystricmp
LPS_FN(PyOS_mystricmp, int (*)(const char *, const char *));
//@ function Py_DecodeLocale
LPS_FN(Py_DecodeLocale, wchar_t *(*)(const char *, size_t *));
//@ function Py_EncodeLocale
LPS_FN(Py_EncodeLocale, char *(*)(const wchar_t *, size_t *));
//@ static PyLong_Type *PyTypeObject
LPS_STATIC(PyLong_Type, PyTypeObject);
//@ static PyBool_Type *PyTypeObject
LPS_STATIC(PyBool_Type, PyTypeObject);
//@ static PyType_Type *PyTypeObject
LPS_STATIC(PyType_Type, PyTypeObject);
//@ static PyBaseObject_Type *PyTypeObject
LPS_STATIC(PyBaseObject_Type, PyTypeObject);
//@ static PySuper_Type *PyTypeObject
LPS_STATIC(PySuper_Type, PyTypeObject);
//@ static _Py_NoneStruct *PyObject
LPS_STATIC(_Py_NoneStruct, PyObject);
//@ static _Py_NotImplementedStruct *PyObject
LPS_STATIC(_Py_NotImplementedStruct, PyObject);
//@ static PyByteArray_Type *PyTypeObject
LPS_STATIC(PyByteArray_Type, PyTypeObject);
//@ static PyByteArrayIter_Type *PyTypeObject
LPS_STATIC(PyByteArrayIter_Type, PyTypeObject);
//@ static PyBytes_Type *PyTypeObject
LPS_STATIC(PyBytes_Type, PyTypeObject);
//@ static PyBytesIter_Type *PyTypeObject
LPS_STATIC(PyBytesIter_Type, PyTypeObject);
//@ static PyUnicode_Type *PyTypeObject
LPS_STATIC(PyUnicode_Type, PyTypeObject);
//@ static PyUnicodeIter_Type *PyTypeObject
LPS_STATIC(PyUnicodeIter_Type, PyTypeObject);
//@ static PyExc_BaseException *PyObject
LPS_STATIC(PyExc_BaseException, PyObject *);
//@ static PyExc_Exception *PyObject
LPS_STATIC(PyExc_Exception, PyObject *);
//@ static PyExc_StopAsyncIteration *PyObject
LPS_STATIC(PyExc_StopAsyncIteration, PyObject *);
//@ static PyExc_StopIteration *PyObject
LPS_STATIC(PyExc_StopIteration, PyObject *);
//@ static PyExc_GeneratorExit *PyObject
LPS_STATIC(PyExc_GeneratorExit, PyObject *);
//@ static PyExc_ArithmeticError *PyObject
LPS_STATIC(PyExc_ArithmeticError, PyObject *);
//@ static PyExc_LookupError *PyObject
LPS_STATIC(PyExc_LookupError, PyObject *);
//@ static PyExc_AssertionError *PyObject
LPS_STATIC(PyExc_AssertionError, PyObject *);
//@ static PyExc_AttributeError *PyObject
LPS_STATIC(PyExc_AttributeError, PyObject *);
//@ static PyExc_BufferError *PyObject
LPS_STATIC(PyExc_BufferError, PyObject *);
//@ static PyExc_EOFError *PyObject
LPS_STATIC(PyExc_EOFError, PyObject *);
//@ static PyExc_FloatingPointError *PyObject
LPS_STATIC(PyExc_FloatingPointError, PyObject *);
//@ static PyExc_OSError *PyObject
LPS_STATIC(PyExc_OSError, PyObject *);
//@ static PyExc_ImportError *PyObject
LPS_STATIC(PyExc_ImportError, PyObject *);
//@ static PyExc_ModuleNotFoundError *PyObject
LPS_STATIC(PyExc_ModuleNotFoundError, PyObject *);
//@ static PyExc_IndexError *PyObject
LPS_STATIC(PyExc_IndexError, PyObject *);
//@ static PyExc_KeyError *PyObject
LPS_STATIC(PyExc_KeyError, PyObject *);
//@ static PyExc_KeyboardInterrupt *PyObject
LPS_STATIC(PyExc_KeyboardInterrupt, PyObject *);
//@ static PyExc_MemoryError *PyObject
LPS_STATIC(PyExc_MemoryError, PyObject *);
//@ static PyExc_NameError *PyObject
LPS_STATIC(PyExc_NameError, PyObject *);
//@ static PyExc_OverflowError *PyObject
LPS_STATIC(PyExc_OverflowError, PyObject *);
//@ static PyExc_RuntimeError *PyObject
LPS_STATIC(PyExc_RuntimeError, PyObject *);
//@ static PyExc_RecursionError *PyObject
LPS_STATIC(PyExc_RecursionError, PyObject *);
//@ static PyExc_NotImplementedError *PyObject
LPS_STATIC(PyExc_NotImplementedError, PyObject *);
//@ static PyExc_SyntaxError *PyObject
LPS_STATIC(PyExc_SyntaxError, PyObject *);
//@ static PyExc_IndentationError *PyObject
LPS_STATIC(PyExc_IndentationError, PyObject *);
//@ static PyExc_TabError *PyObject
LPS_STATIC(PyExc_TabError, PyObject *);
//@ static PyExc_ReferenceError *PyObject
LPS_STATIC(PyExc_ReferenceError, PyObject *);
//@ static PyExc_SystemError *PyObject
LPS_STATIC(PyExc_SystemError, PyObject *);
//@ static PyExc_SystemExit *PyObject
LPS_STATIC(PyExc_SystemExit, PyObject *);
//@ static PyExc_TypeError *PyObject
LPS_STATIC(PyExc_TypeError, PyObject *);
//@ static PyExc_UnboundLocalError *PyObject
LPS_STATIC(PyExc_UnboundLocalError, PyObject *);
//@ static PyExc_UnicodeError *PyObject
LPS_STATIC(PyExc_UnicodeError, PyObject *);
//@ static PyExc_UnicodeEncodeError *PyObject
LPS_STATIC(PyExc_UnicodeEncodeError, PyObject *);
//@ static PyExc_UnicodeDecodeError *PyObject
LPS_STATIC(PyExc_UnicodeDecodeError, PyObject *);
//@ static PyExc_UnicodeTranslateError *PyObject
LPS_STATIC(PyExc_UnicodeTranslateError, PyObject *);
//@ static PyExc_ValueError *PyObject
LPS_STATIC(PyExc_ValueError, PyObject *);
//@ static PyExc_ZeroDivisionError *PyObject
LPS_STATIC(PyExc_ZeroDivisionError, PyObject *);
//@ static PyExc_BlockingIOError *PyObject
LPS_STATIC(PyExc_BlockingIOError, PyObject *);
//@ static PyExc_BrokenPipeError *PyObject
LPS_STATIC(PyExc_BrokenPipeError, PyObject *);
//@ static PyExc_ChildProcessError *PyObject
LPS_STATIC(PyExc_ChildProcessError, PyObject *);
//@ static PyExc_ConnectionError *PyObject
LPS_STATIC(PyExc_ConnectionError, PyObject *);
//@ static PyExc_ConnectionAbortedError *PyObject
LPS_STATIC(PyExc_ConnectionAbortedError, PyObject *);
//@ static PyExc_ConnectionRefusedError *PyObject
LPS_STATIC(PyExc_ConnectionRefusedError, PyObject *);
//@ static PyExc_ConnectionResetError *PyObject
LPS_STATIC(PyExc_ConnectionResetError, PyObject *);
//@ static PyExc_FileExistsError *PyObject
LPS_STATIC(PyExc_FileExistsError, PyObject *);
//@ static PyExc_FileNotFoundError *PyObject
LPS_STATIC(PyExc_FileNotFoundError, PyObject *);
//@ static PyExc_InterruptedError *PyObject
LPS_STATIC(PyExc_InterruptedError, PyObject *);
//@ static PyExc_IsADirectoryError *PyObject
LPS_STATIC(PyExc_IsADirectoryError, PyObject *);
//@ static PyExc_NotADirectoryError *PyObject
LPS_STATIC(PyExc_NotADirectoryError, PyObject *);
//@ static PyExc_PermissionError *PyObject
LPS_STATIC(PyExc_PermissionError, PyObject *);
//@ static PyExc_ProcessLookupError *PyObject
LPS_STATIC(PyExc_ProcessLookupError, PyObject *);
//@ static PyExc_TimeoutError *PyObject
LPS_STATIC(PyExc_TimeoutError, PyObject *);
//@ static PyExc_EnvironmentError *PyObject
LPS_STATIC(PyExc_EnvironmentError, PyObject *);
//@ static PyExc_IOError *PyObject
LPS_STATIC(PyExc_IOError, PyObject *);
//@ static PyExc_Warning *PyObject
LPS_STATIC(PyExc_Warning, PyObject *);
//@ static PyExc_UserWarning *PyObject
LPS_STATIC(PyExc_UserWarning, PyObject *);
//@ static PyExc_DeprecationWarning *PyObject
LPS_STATIC(PyExc_DeprecationWarning, PyObject *);
//@ static PyExc_PendingDeprecationWarning *PyObject
LPS_STATIC(PyExc_PendingDeprecationWarning, PyObject *);
//@ static PyExc_SyntaxWarning *PyObject
LPS_STATIC(PyExc_SyntaxWarning, PyObject *);
//@ static PyExc_RuntimeWarning *PyObject
LPS_STATIC(PyExc_RuntimeWarning, PyObject *);
//@ static PyExc_FutureWarning *PyObject
LPS_STATIC(PyExc_FutureWarning, PyObject *);
//@ static PyExc_ImportWarning *PyObject
LPS_STATIC(PyExc_ImportWarning, PyObject *);
//@ static PyExc_UnicodeWarning *PyObject
LPS_STATIC(PyExc_UnicodeWarning, PyObject *);
//@ static PyExc_BytesWarning *PyObject
LPS_STATIC(PyExc_BytesWarning, PyObject *);
//@ static PyExc_ResourceWarning *PyObject
LPS_STATIC(PyExc_ResourceWarning, PyObject *);
//@ static _Py_FalseStruct *PyLongObject
LPS_STATIC(_Py_FalseStruct, PyLongObject);
//@ static _Py_TrueStruct *PyLongObject
LPS_STATIC(_Py_TrueStruct, PyLongObject);
//@ static PyFloat_Type *PyTypeObject
LPS_STATIC(PyFloat_Type, PyTypeObject);
//@ static PyComplex_Type *PyTypeObject
LPS_STATIC(PyComplex_Type, PyTypeObject);
//@ static PyRange_Type *PyTypeObject
LPS_STATIC(PyRange_Type, PyTypeObject);
//@ static PyRangeIter_Type *PyTypeObject
LPS_STATIC(PyRangeIter_Type, PyTypeObject);
//@ static PyLongRangeIter_Type *PyTypeObject
LPS_STATIC(PyLongRangeIter_Type, PyTypeObject);
//@ static PyMemoryView_Type *PyTypeObject
LPS_STATIC(PyMemoryView_Type, PyTypeObject);
//@ static PyTuple_Type *PyTypeObject
LPS_STATIC(PyTuple_Type, PyTypeObject);
//@ static PyTupleIter_Type *PyTypeObject
LPS_STATIC(PyTupleIter_Type, PyTypeObject);
//@ static PyList_Type *PyTypeObject
LPS_STATIC(PyList_Type, PyTypeObject);
//@ static PyListIter_Type *PyTypeObject
LPS_STATIC(PyListIter_Type, PyTypeObject);
//@ static PyListRevIter_Type *PyTypeObject
LPS_STATIC(PyListRevIter_Type, PyTypeObject);
//@ static PyDict_Type *PyTypeObject
LPS_STATIC(PyDict_Type, PyTypeObject);
//@ static PyDictKeys_Type *PyTypeObject
LPS_STATIC(PyDictKeys_Type, PyTypeObject);
//@ static PyDictValues_Type *PyTypeObject
LPS_STATIC(PyDictValues_Type, PyTypeObject);
//@ static PyDictItems_Type *PyTypeObject
LPS_STATIC(PyDictItems_Type, PyTypeObject);
//@ static PyDictIterKey_Type *PyTypeObject
LPS_STATIC(PyDictIterKey_Type, PyTypeObject);
//@ static PyDictIterValue_Type *PyTypeObject
LPS_STATIC(PyDictIterValue_Type, PyTypeObject);
//@ static PyDictIterItem_Type *PyTypeObject
LPS_STATIC(PyDictIterItem_Type, PyTypeObject);
//@ static PyDictRevIterKey_Type *PyTypeObject
LPS_STATIC(PyDictRevIterKey_Type, PyTypeObject);
//@ static PyDictRevIterItem_Type *PyTypeObject
LPS_STATIC(PyDictRevIterItem_Type, PyTypeObject);
//@ static PyDictRevIterValue_Type *PyTypeObject
LPS_STATIC(PyDictRevIterValue_Type, PyTypeObject);
//@ static PyEnum_Type *PyTypeObject
LPS_STATIC(PyEnum_Type, PyTypeObject);
//@ static PyReversed_Type *PyTypeObject
LPS_STATIC(PyReversed_Type, PyTypeObject);
//@ static PySet_Type *PyTypeObject
LPS_STATIC(PySet_Type, PyTypeObject);
//@ static PyFrozenSet_Type *PyTypeObject
LPS_STATIC(PyFrozenSet_Type, PyTypeObject);
//@ static PySetIter_Type *PyTypeObject
LPS_STATIC(PySetIter_Type, PyTypeObject);
//@ static PyCFunction_Type *PyTypeObject
LPS_STATIC(PyCFunction_Type, PyTypeObject);
//@ static PyModule_Type *PyTypeObject
LPS_STATIC(PyModule_Type, PyTypeObject);
//@ static PyModuleDef_Type *PyTypeObject
LPS_STATIC(PyModuleDef_Type, PyTypeObject);
//@ static Py_FileSystemDefaultEncoding
LPS_STATIC(Py_FileSystemDefaultEncoding, const char *);
//@ static Py_HasFileSystemDefaultEncoding
LPS_STATIC(Py_HasFileSystemDefaultEncoding, int);
//@ static Py_UTF8Mode
LPS_STATIC(Py_UTF8Mode, int);
//@ static PyCapsule_Type *PyTypeObject
LPS_STATIC(PyCapsule_Type, PyTypeObject);
//@ static PyTraceBack_Type *PyTypeObject
LPS_STATIC(PyTraceBack_Type, PyTypeObject);
//@ static _Py_EllipsisObject *PyObject
LPS_STATIC(_Py_EllipsisObject, PyObject);
//@ static PySlice_Type *PyTypeObject
LPS_STATIC(PySlice_Type, PyTypeObject);
//@ static PyEllipsis_Type *PyTypeObject
LPS_STATIC(PyEllipsis_Type, PyTypeObject);
//@ static PySeqIter_Type *PyTypeObject
LPS_STATIC(PySeqIter_Type, PyTypeObject);
//@ static PyCallIter_Type *PyTypeObject
LPS_STATIC(PyCallIter_Type, PyTypeObject);
//@ static PyClassMethodDescr_Type *PyTypeObject
LPS_STATIC(PyClassMethodDescr_Type, PyTypeObject);
//@ static PyGetSetDescr_Type *PyTypeObject
LPS_STATIC(PyGetSetDescr_Type, PyTypeObject);
//@ static PyMemberDescr_Type *PyTypeObject
LPS_STATIC(PyMemberDescr_Type, PyTypeObject);
//@ static PyMethodDescr_Type *PyTypeObject
LPS_STATIC(PyMethodDescr_Type, PyTypeObject);
//@ static PyWrapperDescr_Type *PyTypeObject
LPS_STATIC(PyWrapperDescr_Type, PyTypeObject);
//@ static PyDictProxy_Type *PyTypeObject
LPS_STATIC(PyDictProxy_Type, PyTypeObject);
//@ static PyProperty_Type *PyTypeObject
LPS_STATIC(PyProperty_Type, PyTypeObject);
//@ static Py_GenericAliasType *PyTypeObject
LPS_STATIC(Py_GenericAliasType, PyTypeObject);
//@ static _PyWeakref_RefType *PyTypeObject
LPS_STATIC(_PyWeakref_RefType, PyTypeObject);
//@ static _PyWeakref_ProxyType *PyTypeObject
LPS_STATIC(_PyWeakref_ProxyType, PyTypeObject);
//@ static _PyWeakref_CallableProxyType *PyTypeObject
LPS_STATIC(_PyWeakref_CallableProxyType, PyTypeObject);
//@ static PyOS_InputHook
LPS_STATIC(PyOS_InputHook, int (*)(void));
//@ static PyFilter_Type *PyTypeObject
LPS_STATIC(PyFilter_Type, PyTypeObject);
//@ static PyMap_Type *PyTypeObject
LPS_STATIC(PyMap_Type, PyTypeObject);
//@ static PyZip_Type *PyTypeObject
LPS_STATIC(PyZip_Type, PyTypeObject);
