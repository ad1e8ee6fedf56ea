/* libpython-sys exactness checks for 3.9 (CPython 3.9.18 headers).
   Generated with the bindings by scripts/regenerate-bindings; never edit by hand. The build compiles this file
   against the target interpreter's own headers: an item whose line fails is removed
   from the build with every item that depends on it (libpython-sys-build/src/exact.rs). */
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
LPS_FIELD(struct _object, ob_refcnt, 0, Py_ssize_t);
LPS_FIELD(struct _object, ob_type, 8, PyTypeObject *);
//@ record PyVarObject =PyObject
LPS_SIZE(PyVarObject, 24, 8);
LPS_FIELD(PyVarObject, ob_base, 0, PyObject);
LPS_FIELD(PyVarObject, ob_size, 16, Py_ssize_t);
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
//@ record _Py_Identifier *PyObject
LPS_SIZE(_Py_Identifier, 24, 8);
LPS_FIELD(_Py_Identifier, next, 0, _Py_Identifier *);
LPS_FIELD(_Py_Identifier, string, 8, const char *);
LPS_FIELD(_Py_Identifier, object, 16, PyObject *);
//@ record bufferinfo *PyObject
LPS_SIZE(struct bufferinfo, 80, 8);
LPS_FIELD(struct bufferinfo, buf, 0, void *);
LPS_FIELD(struct bufferinfo, obj, 8, PyObject *);
LPS_FIELD(struct bufferinfo, len, 16, Py_ssize_t);
LPS_FIELD(struct bufferinfo, itemsize, 24, Py_ssize_t);
LPS_FIELD(struct bufferinfo, readonly, 32, int);
LPS_FIELD(struct bufferinfo, ndim, 36, int);
LPS_FIELD(struct bufferinfo, format, 40, char *);
LPS_FIELD(struct bufferinfo, shape, 48, Py_ssize_t *);
LPS_FIELD(struct bufferinfo, strides, 56, Py_ssize_t *);
LPS_FIELD(struct bufferinfo, suboffsets, 64, Py_ssize_t *);
LPS_FIELD(struct bufferinfo, internal, 72, void *);
//@ record PyNumberMethods =binaryfunc,inquiry,ternaryfunc,unaryfunc
LPS_SIZE(PyNumberMethods, 288, 8);
LPS_FIELD(PyNumberMethods, nb_add, 0, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_subtract, 8, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_multiply, 16, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_remainder, 24, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_divmod, 32, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_power, 40, ternaryfunc);
LPS_FIELD(PyNumberMethods, nb_negative, 48, unaryfunc);
LPS_FIELD(PyNumberMethods, nb_positive, 56, unaryfunc);
LPS_FIELD(PyNumberMethods, nb_absolute, 64, unaryfunc);
LPS_FIELD(PyNumberMethods, nb_bool, 72, inquiry);
LPS_FIELD(PyNumberMethods, nb_invert, 80, unaryfunc);
LPS_FIELD(PyNumberMethods, nb_lshift, 88, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_rshift, 96, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_and, 104, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_xor, 112, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_or, 120, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_int, 128, unaryfunc);
LPS_FIELD(PyNumberMethods, nb_reserved, 136, void *);
LPS_FIELD(PyNumberMethods, nb_float, 144, unaryfunc);
LPS_FIELD(PyNumberMethods, nb_inplace_add, 152, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_inplace_subtract, 160, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_inplace_multiply, 168, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_inplace_remainder, 176, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_inplace_power, 184, ternaryfunc);
LPS_FIELD(PyNumberMethods, nb_inplace_lshift, 192, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_inplace_rshift, 200, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_inplace_and, 208, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_inplace_xor, 216, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_inplace_or, 224, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_floor_divide, 232, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_true_divide, 240, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_inplace_floor_divide, 248, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_inplace_true_divide, 256, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_index, 264, unaryfunc);
LPS_FIELD(PyNumberMethods, nb_matrix_multiply, 272, binaryfunc);
LPS_FIELD(PyNumberMethods, nb_inplace_matrix_multiply, 280, binaryfunc);
//@ record PySequenceMethods =binaryfunc,lenfunc,objobjproc,ssizeargfunc,ssizeobjargproc
LPS_SIZE(PySequenceMethods, 80, 8);
LPS_FIELD(PySequenceMethods, sq_length, 0, lenfunc);
LPS_FIELD(PySequenceMethods, sq_concat, 8, binaryfunc);
LPS_FIELD(PySequenceMethods, sq_repeat, 16, ssizeargfunc);
LPS_FIELD(PySequenceMethods, sq_item, 24, ssizeargfunc);
LPS_FIELD(PySequenceMethods, was_sq_slice, 32, void *);
LPS_FIELD(PySequenceMethods, sq_ass_item, 40, ssizeobjargproc);
LPS_FIELD(PySequenceMethods, was_sq_ass_slice, 48, void *);
LPS_FIELD(PySequenceMethods, sq_contains, 56, objobjproc);
LPS_FIELD(PySequenceMethods, sq_inplace_concat, 64, binaryfunc);
LPS_FIELD(PySequenceMethods, sq_inplace_repeat, 72, ssizeargfunc);
//@ record PyMappingMethods =binaryfunc,lenfunc,objobjargproc
LPS_SIZE(PyMappingMethods, 24, 8);
LPS_FIELD(PyMappingMethods, mp_length, 0, lenfunc);
LPS_FIELD(PyMappingMethods, mp_subscript, 8, binaryfunc);
LPS_FIELD(PyMappingMethods, mp_ass_subscript, 16, objobjargproc);
//@ record PyAsyncMethods =unaryfunc
LPS_SIZE(PyAsyncMethods, 24, 8);
LPS_FIELD(PyAsyncMethods, am_await, 0, unaryfunc);
LPS_FIELD(PyAsyncMethods, am_aiter, 8, unaryfunc);
LPS_FIELD(PyAsyncMethods, am_anext, 16, unaryfunc);
//@ record PyBufferProcs =getbufferproc,releasebufferproc
LPS_SIZE(PyBufferProcs, 16, 8);
LPS_FIELD(PyBufferProcs, bf_getbuffer, 0, getbufferproc);
LPS_FIELD(PyBufferProcs, bf_releasebuffer, 8, releasebufferproc);
//@ record _typeobject =PyVarObject,allocfunc,descrgetfunc,descrsetfunc,destructor,freefunc,getattrfunc,getattrofunc,getiterfunc,hashfunc,initproc,inquiry,iternextfunc,newfunc,reprfunc,richcmpfunc,setattrfunc,setattrofunc,ternaryfunc,traverseproc,vectorcallfunc *PyAsyncMethods,PyBufferProcs,PyGetSetDef,PyMappingMethods,PyMemberDef,PyMethodDef,PyNumberMethods,PyObject,PySequenceMethods
LPS_SIZE(struct _typeobject, 408, 8);
LPS_FIELD(struct _typeobject, ob_base, 0, PyVarObject);
LPS_FIELD(struct _typeobject, tp_name, 24, const char *);
LPS_FIELD(struct _typeobject, tp_basicsize, 32, Py_ssize_t);
LPS_FIELD(struct _typeobject, tp_itemsize, 40, Py_ssize_t);
LPS_FIELD(struct _typeobject, tp_dealloc, 48, destructor);
LPS_FIELD(struct _typeobject, tp_vectorcall_offset, 56, Py_ssize_t);
LPS_FIELD(struct _typeobject, tp_getattr, 64, getattrfunc);
LPS_FIELD(struct _typeobject, tp_setattr, 72, setattrfunc);
LPS_FIELD(struct _typeobject, tp_as_async, 80, PyAsyncMethods *);
LPS_FIELD(struct _typeobject, tp_repr, 88, reprfunc);
LPS_FIELD(struct _typeobject, tp_as_number, 96, PyNumberMethods *);
LPS_FIELD(struct _typeobject, tp_as_sequence, 104, PySequenceMethods *);
LPS_FIELD(struct _typeobject, tp_as_mapping, 112, PyMappingMethods *);
LPS_FIELD(struct _typeobject, tp_hash, 120, hashfunc);
LPS_FIELD(struct _typeobject, tp_call, 128, ternaryfunc);
LPS_FIELD(struct _typeobject, tp_str, 136, reprfunc);
LPS_FIELD(struct _typeobject, tp_getattro, 144, getattrofunc);
LPS_FIELD(struct _typeobject, tp_setattro, 152, setattrofunc);
LPS_FIELD(struct _typeobject, tp_as_buffer, 160, PyBufferProcs *);
LPS_FIELD(struct _typeobject, tp_flags, 168, unsigned long);
LPS_FIELD(struct _typeobject, tp_doc, 176, const char *);
LPS_FIELD(struct _typeobject, tp_traverse, 184, traverseproc);
LPS_FIELD(struct _typeobject, tp_clear, 192, inquiry);
LPS_FIELD(struct _typeobject, tp_richcompare, 200, richcmpfunc);
LPS_FIELD(struct _typeobject, tp_weaklistoffset, 208, Py_ssize_t);
LPS_FIELD(struct _typeobject, tp_iter, 216, getiterfunc);
LPS_FIELD(struct _typeobject, tp_iternext, 224, iternextfunc);
LPS_FIELD(struct _typeobject, tp_methods, 232, PyMethodDef *);
LPS_FIELD(struct _typeobject, tp_members, 240, PyMemberDef *);
LPS_FIELD(struct _typeobject, tp_getset, 248, PyGetSetDef *);
LPS_FIELD(struct _typeobject, tp_base, 256, struct _typeobject *);
LPS_FIELD(struct _typeobject, tp_dict, 264, PyObject *);
LPS_FIELD(struct _typeobject, tp_descr_get, 272, descrgetfunc);
LPS_FIELD(struct _typeobject, tp_descr_set, 280, descrsetfunc);
LPS_FIELD(struct _typeobject, tp_dictoffset, 288, Py_ssize_t);
LPS_FIELD(struct _typeobject, tp_init, 296, initproc);
LPS_FIELD(struct _typeobject, tp_alloc, 304, allocfunc);
LPS_FIELD(struct _typeobject, tp_new, 312, newfunc);
LPS_FIELD(struct _typeobject, tp_free, 320, freefunc);
LPS_FIELD(struct _typeobject, tp_is_gc, 328, inquiry);
LPS_FIELD(struct _typeobject, tp_bases, 336, PyObject *);
LPS_FIELD(struct _typeobject, tp_mro, 344, PyObject *);
LPS_FIELD(struct _typeobject, tp_cache, 352, PyObject *);
LPS_FIELD(struct _typeobject, tp_subclasses, 360, PyObject *);
LPS_FIELD(struct _typeobject, tp_weaklist, 368, PyObject *);
LPS_FIELD(struct _typeobject, tp_del, 376, destructor);
LPS_FIELD(struct _typeobject, tp_version_tag, 384, unsigned int);
LPS_FIELD(struct _typeobject, tp_finalize, 392, destructor);
LPS_FIELD(struct _typeobject, tp_vectorcall, 400, vectorcallfunc);
//@ record _heaptypeobject =PyAsyncMethods,PyBufferProcs,PyMappingMethods,PyNumberMethods,PySequenceMethods,PyTypeObject *PyObject,_dictkeysobject
LPS_SIZE(struct _heaptypeobject, 880, 8);
LPS_FIELD(struct _heaptypeobject, ht_type, 0, PyTypeObject);
LPS_FIELD(struct _heaptypeobject, as_async, 408, PyAsyncMethods);
LPS_FIELD(struct _heaptypeobject, as_number, 432, PyNumberMethods);
LPS_FIELD(struct _heaptypeobject, as_mapping, 720, PyMappingMethods);
LPS_FIELD(struct _heaptypeobject, as_sequence, 744, PySequenceMethods);
LPS_FIELD(struct _heaptypeobject, as_buffer, 824, PyBufferProcs);
LPS_FIELD(struct _heaptypeobject, ht_name, 840, PyObject *);
LPS_FIELD(struct _heaptypeobject, ht_slots, 848, PyObject *);
LPS_FIELD(struct _heaptypeobject, ht_qualname, 856, PyObject *);
LPS_FIELD(struct _heaptypeobject, ht_cached_keys, 864, struct _dictkeysobject *);
LPS_FIELD(struct _heaptypeobject, ht_module, 872, PyObject *);
//@ record _Py_clock_info_t
LPS_SIZE(_Py_clock_info_t, 24, 8);
LPS_FIELD(_Py_clock_info_t, implementation, 0, const char *);
LPS_FIELD(_Py_clock_info_t, monotonic, 8, int);
LPS_FIELD(_Py_clock_info_t, adjustable, 12, int);
LPS_FIELD(_Py_clock_info_t, resolution, 16, double);
//@ record PyMemAllocatorEx
LPS_SIZE(PyMemAllocatorEx, 40, 8);
LPS_FIELD(PyMemAllocatorEx, ctx, 0, void *);
LPS_FIELD(PyMemAllocatorEx, malloc, 8, void *(*)(void *, size_t));
LPS_FIELD(PyMemAllocatorEx, calloc, 16, void *(*)(void *, size_t, size_t));
LPS_FIELD(PyMemAllocatorEx, realloc, 24, void *(*)(void *, void *, size_t));
LPS_FIELD(PyMemAllocatorEx, free, 32, void (*)(void *, void *));
//@ record PyObjectArenaAllocator
LPS_SIZE(PyObjectArenaAllocator, 24, 8);
LPS_FIELD(PyObjectArenaAllocator, ctx, 0, void *);
LPS_FIELD(PyObjectArenaAllocator, alloc, 8, void *(*)(void *, size_t));
LPS_FIELD(PyObjectArenaAllocator, free, 16, void (*)(void *, void *, size_t));
//@ record _Py_HashSecret_t
LPS_SIZE(_Py_HashSecret_t, 24, 8);
LPS_FIELD(_Py_HashSecret_t, uc, 0, unsigned char [24]);
LPS_FIELD_SIZE(_Py_HashSecret_t, fnv, 0, 16);
LPS_FIELD_SIZE(_Py_HashSecret_t, siphash, 0, 16);
LPS_FIELD_SIZE(_Py_HashSecret_t, djbx33a, 0, 24);
LPS_FIELD_SIZE(_Py_HashSecret_t, expat, 0, 24);
//@ record PyHash_FuncDef =Py_hash_t
LPS_SIZE(PyHash_FuncDef, 24, 8);
LPS_FIELD(PyHash_FuncDef, hash, 0, Py_hash_t (*)(const void *, Py_ssize_t));
LPS_FIELD(PyHash_FuncDef, name, 8, const char *);
LPS_FIELD(PyHash_FuncDef, hash_bits, 16, int);
LPS_FIELD(PyHash_FuncDef, seed_bits, 20, int);
//@ record PyByteArrayObject =PyVarObject
LPS_SIZE(PyByteArrayObject, 56, 8);
LPS_FIELD(PyByteArrayObject, ob_base, 0, PyVarObject);
LPS_FIELD(PyByteArrayObject, ob_alloc, 24, Py_ssize_t);
LPS_FIELD(PyByteArrayObject, ob_bytes, 32, char *);
LPS_FIELD(PyByteArrayObject, ob_start, 40, char *);
LPS_FIELD(PyByteArrayObject, ob_exports, 48, Py_ssize_t);
//@ record PyBytesObject =PyVarObject,Py_hash_t
LPS_SIZE(PyBytesObject, 40, 8);
LPS_FIELD(PyBytesObject, ob_base, 0, PyVarObject);
LPS_FIELD(PyBytesObject, ob_shash, 24, Py_hash_t);
LPS_FIELD(PyBytesObject, ob_sval, 32, char [1]);
//@ record _PyBytesWriter *PyObject
LPS_SIZE(_PyBytesWriter, 552, 8);
LPS_FIELD(_PyBytesWriter, buffer, 0, PyObject *);
LPS_FIELD(_PyBytesWriter, allocated, 8, Py_ssize_t);
LPS_FIELD(_PyBytesWriter, min_size, 16, Py_ssize_t);
LPS_FIELD(_PyBytesWriter, use_bytearray, 24, int);
LPS_FIELD(_PyBytesWriter, overallocate, 28, int);
LPS_FIELD(_PyBytesWriter, use_small_buffer, 32, int);
LPS_FIELD(_PyBytesWriter, small_buffer, 36, char [512]);
//@ record PyASCIIObject =PyObject,Py_hash_t
LPS_SIZE(PyASCIIObject, 48, 8);
LPS_FIELD(PyASCIIObject, ob_base, 0, PyObject);
LPS_FIELD(PyASCIIObject, length, 16, Py_ssize_t);
LPS_FIELD(PyASCIIObject, hash, 24, Py_hash_t);
LPS_FIELD_SIZE(PyASCIIObject, state, 32, 4);
LPS_FIELD(PyASCIIObject, wstr, 40, wchar_t *);
//@ record PyCompactUnicodeObject =PyASCIIObject
LPS_SIZE(PyCompactUnicodeObject, 72, 8);
LPS_FIELD(PyCompactUnicodeObject, _base, 0, PyASCIIObject);
LPS_FIELD(PyCompactUnicodeObject, utf8_length, 48, Py_ssize_t);
LPS_FIELD(PyCompactUnicodeObject, utf8, 56, char *);
LPS_FIELD(PyCompactUnicodeObject, wstr_length, 64, Py_ssize_t);
//@ record PyUnicodeObject =PyCompactUnicodeObject
LPS_SIZE(PyUnicodeObject, 80, 8);
LPS_FIELD(PyUnicodeObject, _base, 0, PyCompactUnicodeObject);
LPS_FIELD_SIZE(PyUnicodeObject, data, 72, 8);
//@ record _PyUnicodeWriter =PyUnicode_Kind,Py_UCS4 *PyObject
LPS_SIZE(_PyUnicodeWriter, 56, 8);
LPS_FIELD(_PyUnicodeWriter, buffer, 0, PyObject *);
LPS_FIELD(_PyUnicodeWriter, data, 8, void *);
LPS_FIELD(_PyUnicodeWriter, kind, 16, enum PyUnicode_Kind);
LPS_FIELD(_PyUnicodeWriter, maxchar, 20, Py_UCS4);
LPS_FIELD(_PyUnicodeWriter, size, 24, Py_ssize_t);
LPS_FIELD(_PyUnicodeWriter, pos, 32, Py_ssize_t);
LPS_FIELD(_PyUnicodeWriter, min_length, 40, Py_ssize_t);
LPS_FIELD(_PyUnicodeWriter, min_char, 48, Py_UCS4);
LPS_FIELD(_PyUnicodeWriter, overallocate, 52, unsigned char);
LPS_FIELD(_PyUnicodeWriter, readonly, 53, unsigned char);
//@ record _longobject =PyVarObject,digit
LPS_SIZE(struct _longobject, 32, 8);
LPS_FIELD(struct _longobject, ob_base, 0, PyVarObject);
LPS_FIELD(struct _longobject, ob_digit, 24, digit [1]);
//@ record PyFloatObject =PyObject
LPS_SIZE(PyFloatObject, 24, 8);
LPS_FIELD(PyFloatObject, ob_base, 0, PyObject);
LPS_FIELD(PyFloatObject, ob_fval, 16, double);
//@ record Py_complex
LPS_SIZE(Py_complex, 16, 8);
LPS_FIELD(Py_complex, real, 0, double);
LPS_FIELD(Py_complex, imag, 8, double);
//@ record PyComplexObject =PyObject,Py_complex
LPS_SIZE(PyComplexObject, 32, 8);
LPS_FIELD(PyComplexObject, ob_base, 0, PyObject);
LPS_FIELD(PyComplexObject, cval, 16, Py_complex);
//@ record _PyManagedBufferObject =PyObject,Py_buffer
LPS_SIZE(_PyManagedBufferObject, 112, 8);
LPS_FIELD(_PyManagedBufferObject, ob_base, 0, PyObject);
LPS_FIELD(_PyManagedBufferObject, flags, 16, int);
LPS_FIELD(_PyManagedBufferObject, exports, 24, Py_ssize_t);
LPS_FIELD(_PyManagedBufferObject, master, 32, Py_buffer);
//@ record PyMemoryViewObject =PyVarObject,Py_buffer,Py_hash_t *PyObject,_PyManagedBufferObject
LPS_SIZE(PyMemoryViewObject, 152, 8);
LPS_FIELD(PyMemoryViewObject, ob_base, 0, PyVarObject);
LPS_FIELD(PyMemoryViewObject, mbuf, 24, _PyManagedBufferObject *);
LPS_FIELD(PyMemoryViewObject, hash, 32, Py_hash_t);
LPS_FIELD(PyMemoryViewObject, flags, 40, int);
LPS_FIELD(PyMemoryViewObject, exports, 48, Py_ssize_t);
LPS_FIELD(PyMemoryViewObject, view, 56, Py_buffer);
LPS_FIELD(PyMemoryViewObject, weakreflist, 136, PyObject *);
LPS_FIELD(PyMemoryViewObject, ob_array, 144, Py_ssize_t [1]);
//@ record PyTupleObject =PyVarObject *PyObject
LPS_SIZE(PyTupleObject, 32, 8);
LPS_FIELD(PyTupleObject, ob_base, 0, PyVarObject);
LPS_FIELD(PyTupleObject, ob_item, 24, PyObject *[1]);
//@ record PyListObject =PyVarObject *PyObject
LPS_SIZE(PyListObject, 40, 8);
LPS_FIELD(PyListObject, ob_base, 0, PyVarObject);
LPS_FIELD(PyListObject, ob_item, 24, PyObject **);
LPS_FIELD(PyListObject, allocated, 32, Py_ssize_t);
//@ record PyDictObject =PyObject *PyDictKeysObject,PyObject
LPS_SIZE(PyDictObject, 48, 8);
LPS_FIELD(PyDictObject, ob_base, 0, PyObject);
LPS_FIELD(PyDictObject, ma_used, 16, Py_ssize_t);
LPS_FIELD(PyDictObject, ma_version_tag, 24, uint64_t);
LPS_FIELD(PyDictObject, ma_keys, 32, PyDictKeysObject *);
LPS_FIELD(PyDictObject, ma_values, 40, PyObject **);
//@ record _PyDictViewObject =PyObject *PyDictObject
LPS_SIZE(_PyDictViewObject, 24, 8);
LPS_FIELD(_PyDictViewObject, ob_base, 0, PyObject);
LPS_FIELD(_PyDictViewObject, dv_dict, 16, PyDictObject *);
//@ record setentry =Py_hash_t *PyObject
LPS_SIZE(setentry, 16, 8);
LPS_FIELD(setentry, key, 0, PyObject *);
LPS_FIELD(setentry, hash, 8, Py_hash_t);
//@ record PySetObject =PyObject,Py_hash_t,setentry *PyObject,setentry
LPS_SIZE(PySetObject, 200, 8);
LPS_FIELD(PySetObject, ob_base, 0, PyObject);
LPS_FIELD(PySetObject, fill, 16, Py_ssize_t);
LPS_FIELD(PySetObject, used, 24, Py_ssize_t);
LPS_FIELD(PySetObject, mask, 32, Py_ssize_t);
LPS_FIELD(PySetObject, table, 40, setentry *);
LPS_FIELD(PySetObject, hash, 48, Py_hash_t);
LPS_FIELD(PySetObject, finger, 56, Py_ssize_t);
LPS_FIELD(PySetObject, smalltable, 64, setentry [8]);
LPS_FIELD(PySetObject, weakreflist, 192, PyObject *);
//@ record PyMethodDef =PyCFunction
LPS_SIZE(PyMethodDef, 32, 8);
LPS_FIELD(PyMethodDef, ml_name, 0, const char *);
LPS_FIELD(PyMethodDef, ml_meth, 8, PyCFunction);
LPS_FIELD(PyMethodDef, ml_flags, 16, int);
LPS_FIELD(PyMethodDef, ml_doc, 24, const char *);
//@ record PyCFunctionObject =PyObject,vectorcallfunc *PyMethodDef,PyObject
LPS_SIZE(PyCFunctionObject, 56, 8);
LPS_FIELD(PyCFunctionObject, ob_base, 0, PyObject);
LPS_FIELD(PyCFunctionObject, m_ml, 16, PyMethodDef *);
LPS_FIELD(PyCFunctionObject, m_self, 24, PyObject *);
LPS_FIELD(PyCFunctionObject, m_module, 32, PyObject *);
LPS_FIELD(PyCFunctionObject, m_weakreflist, 40, PyObject *);
LPS_FIELD(PyCFunctionObject, vectorcall, 48, vectorcallfunc);
//@ record PyCMethodObject =PyCFunctionObject *PyTypeObject
LPS_SIZE(PyCMethodObject, 64, 8);
LPS_FIELD(PyCMethodObject, func, 0, PyCFunctionObject);
LPS_FIELD(PyCMethodObject, mm_class, 56, PyTypeObject *);
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
//@ record PyFunctionObject =PyObject,vectorcallfunc *PyObject
LPS_SIZE(PyFunctionObject, 120, 8);
LPS_FIELD(PyFunctionObject, ob_base, 0, PyObject);
LPS_FIELD(PyFunctionObject, func_code, 16, PyObject *);
LPS_FIELD(PyFunctionObject, func_globals, 24, PyObject *);
LPS_FIELD(PyFunctionObject, func_defaults, 32, PyObject *);
LPS_FIELD(PyFunctionObject, func_kwdefaults, 40, PyObject *);
LPS_FIELD(PyFunctionObject, func_closure, 48, PyObject *);
LPS_FIELD(PyFunctionObject, func_doc, 56, PyObject *);
LPS_FIELD(PyFunctionObject, func_name, 64, PyObject *);
LPS_FIELD(PyFunctionObject, func_dict, 72, PyObject *);
LPS_FIELD(PyFunctionObject, func_weakreflist, 80, PyObject *);
LPS_FIELD(PyFunctionObject, func_module, 88, PyObject *);
LPS_FIELD(PyFunctionObject, func_annotations, 96, PyObject *);
LPS_FIELD(PyFunctionObject, func_qualname, 104, PyObject *);
LPS_FIELD(PyFunctionObject, vectorcall, 112, vectorcallfunc);
//@ record PyMethodObject =PyObject,vectorcallfunc *PyObject
LPS_SIZE(PyMethodObject, 48, 8);
LPS_FIELD(PyMethodObject, ob_base, 0, PyObject);
LPS_FIELD(PyMethodObject, im_func, 16, PyObject *);
LPS_FIELD(PyMethodObject, im_self, 24, PyObject *);
LPS_FIELD(PyMethodObject, im_weakreflist, 32, PyObject *);
LPS_FIELD(PyMethodObject, vectorcall, 40, vectorcallfunc);
//@ record PyInstanceMethodObject =PyObject *PyObject
LPS_SIZE(PyInstanceMethodObject, 24, 8);
LPS_FIELD(PyInstanceMethodObject, ob_base, 0, PyObject);
LPS_FIELD(PyInstanceMethodObject, func, 16, PyObject *);
//@ record PyCodeObject =PyObject *PyObject,_PyOpcache
LPS_SIZE(PyCodeObject, 176, 8);
LPS_FIELD(PyCodeObject, ob_base, 0, PyObject);
LPS_FIELD(PyCodeObject, co_argcount, 16, int);
LPS_FIELD(PyCodeObject, co_posonlyargcount, 20, int);
LPS_FIELD(PyCodeObject, co_kwonlyargcount, 24, int);
LPS_FIELD(PyCodeObject, co_nlocals, 28, int);
LPS_FIELD(PyCodeObject, co_stacksize, 32, int);
LPS_FIELD(PyCodeObject, co_flags, 36, int);
LPS_FIELD(PyCodeObject, co_firstlineno, 40, int);
LPS_FIELD(PyCodeObject, co_code, 48, PyObject *);
LPS_FIELD(PyCodeObject, co_consts, 56, PyObject *);
LPS_FIELD(PyCodeObject, co_names, 64, PyObject *);
LPS_FIELD(PyCodeObject, co_varnames, 72, PyObject *);
LPS_FIELD(PyCodeObject, co_freevars, 80, PyObject *);
LPS_FIELD(PyCodeObject, co_cellvars, 88, PyObject *);
LPS_FIELD(PyCodeObject, co_cell2arg, 96, Py_ssize_t *);
LPS_FIELD(PyCodeObject, co_filename, 104, PyObject *);
LPS_FIELD(PyCodeObject, co_name, 112, PyObject *);
LPS_FIELD(PyCodeObject, co_lnotab, 120, PyObject *);
LPS_FIELD(PyCodeObject, co_zombieframe, 128, void *);
LPS_FIELD(PyCodeObject, co_weakreflist, 136, PyObject *);
LPS_FIELD(PyCodeObject, co_extra, 144, void *);
LPS_FIELD(PyCodeObject, co_opcache_map, 152, unsigned char *);
LPS_FIELD(PyCodeObject, co_opcache, 160, _PyOpcache *);
LPS_FIELD(PyCodeObject, co_opcache_flag, 168, int);
LPS_FIELD(PyCodeObject, co_opcache_size, 172, unsigned char);
//@ record _addr_pair
LPS_SIZE(struct _addr_pair, 8, 4);
LPS_FIELD(struct _addr_pair, ap_lower, 0, int);
LPS_FIELD(struct _addr_pair, ap_upper, 4, int);
//@ record _traceback =PyObject *PyFrameObject
LPS_SIZE(struct _traceback, 40, 8);
LPS_FIELD(struct _traceback, ob_base, 0, PyObject);
LPS_FIELD(struct _traceback, tb_next, 16, struct _traceback *);
LPS_FIELD(struct _traceback, tb_frame, 24, PyFrameObject *);
LPS_FIELD(struct _traceback, tb_lasti, 32, int);
LPS_FIELD(struct _traceback, tb_lineno, 36, int);
//@ record PySliceObject =PyObject *PyObject
LPS_SIZE(PySliceObject, 40, 8);
LPS_FIELD(PySliceObject, ob_base, 0, PyObject);
LPS_FIELD(PySliceObject, start, 16, PyObject *);
LPS_FIELD(PySliceObject, stop, 24, PyObject *);
LPS_FIELD(PySliceObject, step, 32, PyObject *);
//@ record PyCellObject =PyObject *PyObject
LPS_SIZE(PyCellObject, 24, 8);
LPS_FIELD(PyCellObject, ob_base, 0, PyObject);
LPS_FIELD(PyCellObject, ob_ref, 16, PyObject *);
//@ record PyStatus =PyStatus__bindgen_ty_1
LPS_SIZE(PyStatus, 32, 8);
LPS_FIELD(PyStatus, _type, 0, unsigned int);
LPS_FIELD(PyStatus, func, 8, const char *);
LPS_FIELD(PyStatus, err_msg, 16, const char *);
LPS_FIELD(PyStatus, exitcode, 24, int);
//@ record PyWideStringList
LPS_SIZE(PyWideStringList, 16, 8);
LPS_FIELD(PyWideStringList, length, 0, Py_ssize_t);
LPS_FIELD(PyWideStringList, items, 8, wchar_t **);
//@ record PyPreConfig
LPS_SIZE(PyPreConfig, 40, 4);
LPS_FIELD(PyPreConfig, _config_init, 0, int);
LPS_FIELD(PyPreConfig, parse_argv, 4, int);
LPS_FIELD(PyPreConfig, isolated, 8, int);
LPS_FIELD(PyPreConfig, use_environment, 12, int);
LPS_FIELD(PyPreConfig, configure_locale, 16, int);
LPS_FIELD(PyPreConfig, coerce_c_locale, 20, int);
LPS_FIELD(PyPreConfig, coerce_c_locale_warn, 24, int);
LPS_FIELD(PyPreConfig, utf8_mode, 28, int);
LPS_FIELD(PyPreConfig, dev_mode, 32, int);
LPS_FIELD(PyPreConfig, allocator, 36, int);
//@ record PyConfig =PyWideStringList
LPS_SIZE(PyConfig, 392, 8);
LPS_FIELD(PyConfig, _config_init, 0, int);
LPS_FIELD(PyConfig, isolated, 4, int);
LPS_FIELD(PyConfig, use_environment, 8, int);
LPS_FIELD(PyConfig, dev_mode, 12, int);
LPS_FIELD(PyConfig, install_signal_handlers, 16, int);
LPS_FIELD(PyConfig, use_hash_seed, 20, int);
LPS_FIELD(PyConfig, hash_seed, 24, unsigned long);
LPS_FIELD(PyConfig, faulthandler, 32, int);
LPS_FIELD(PyConfig, _use_peg_parser, 36, int);
LPS_FIELD(PyConfig, tracemalloc, 40, int);
LPS_FIELD(PyConfig, import_time, 44, int);
LPS_FIELD(PyConfig, show_ref_count, 48, int);
LPS_FIELD(PyConfig, dump_refs, 52, int);
LPS_FIELD(PyConfig, malloc_stats, 56, int);
LPS_FIELD(PyConfig, filesystem_encoding, 64, wchar_t *);
LPS_FIELD(PyConfig, filesystem_errors, 72, wchar_t *);
LPS_FIELD(PyConfig, pycache_prefix, 80, wchar_t *);
LPS_FIELD(PyConfig, parse_argv, 88, int);
LPS_FIELD(PyConfig, argv, 96, PyWideStringList);
LPS_FIELD(PyConfig, program_name, 112, wchar_t *);
LPS_FIELD(PyConfig, xoptions, 120, PyWideStringList);
LPS_FIELD(PyConfig, warnoptions, 136, PyWideStringList);
LPS_FIELD(PyConfig, site_import, 152, int);
LPS_FIELD(PyConfig, bytes_warning, 156, int);
LPS_FIELD(PyConfig, inspect, 160, int);
LPS_FIELD(PyConfig, interactive, 164, int);
LPS_FIELD(PyConfig, optimization_level, 168, int);
LPS_FIELD(PyConfig, parser_debug, 172, int);
LPS_FIELD(PyConfig, write_bytecode, 176, int);
LPS_FIELD(PyConfig, verbose, 180, int);
LPS_FIELD(PyConfig, quiet, 184, int);
LPS_FIELD(PyConfig, user_site_directory, 188, int);
LPS_FIELD(PyConfig, configure_c_stdio, 192, int);
LPS_FIELD(PyConfig, buffered_stdio, 196, int);
LPS_FIELD(PyConfig, stdio_encoding, 200, wchar_t *);
LPS_FIELD(PyConfig, stdio_errors, 208, wchar_t *);
LPS_FIELD(PyConfig, check_hash_pycs_mode, 216, wchar_t *);
LPS_FIELD(PyConfig, pathconfig_warnings, 224, int);
LPS_FIELD(PyConfig, pythonpath_env, 232, wchar_t *);
LPS_FIELD(PyConfig, home, 240, wchar_t *);
LPS_FIELD(PyConfig, module_search_paths_set, 248, int);
LPS_FIELD(PyConfig, module_search_paths, 256, PyWideStringList);
LPS_FIELD(PyConfig, executable, 272, wchar_t *);
LPS_FIELD(PyConfig, base_executable, 280, wchar_t *);
LPS_FIELD(PyConfig, prefix, 288, wchar_t *);
LPS_FIELD(PyConfig, base_prefix, 296, wchar_t *);
LPS_FIELD(PyConfig, exec_prefix, 304, wchar_t *);
LPS_FIELD(PyConfig, base_exec_prefix, 312, wchar_t *);
LPS_FIELD(PyConfig, platlibdir, 320, wchar_t *);
LPS_FIELD(PyConfig, skip_source_first_line, 328, int);
LPS_FIELD(PyConfig, run_command, 336, wchar_t *);
LPS_FIELD(PyConfig, run_module, 344, wchar_t *);
LPS_FIELD(PyConfig, run_filename, 352, wchar_t *);
LPS_FIELD(PyConfig, _install_importlib, 360, int);
LPS_FIELD(PyConfig, _init_main, 364, int);
LPS_FIELD(PyConfig, _isolated_interpreter, 368, int);
LPS_FIELD(PyConfig, _orig_argv, 376, PyWideStringList);
//@ record _err_stackitem *PyObject
LPS_SIZE(struct _err_stackitem, 32, 8);
LPS_FIELD(struct _err_stackitem, exc_type, 0, PyObject *);
LPS_FIELD(struct _err_stackitem, exc_value, 8, PyObject *);
LPS_FIELD(struct _err_stackitem, exc_traceback, 16, PyObject *);
LPS_FIELD(struct _err_stackitem, previous_item, 24, struct _err_stackitem *);
//@ record _ts =Py_tracefunc,_PyErr_StackItem *PyFrameObject,PyInterpreterState,PyObject,_PyErr_StackItem
LPS_SIZE(struct _ts, 264, 8);
LPS_FIELD(struct _ts, prev, 0, struct _ts *);
LPS_FIELD(struct _ts, next, 8, struct _ts *);
LPS_FIELD(struct _ts, interp, 16, PyInterpreterState *);
LPS_FIELD(struct _ts, frame, 24, PyFrameObject *);
LPS_FIELD(struct _ts, recursion_depth, 32, int);
LPS_FIELD(struct _ts, overflowed, 36, char);
LPS_FIELD(struct _ts, recursion_critical, 37, char);
LPS_FIELD(struct _ts, stackcheck_counter, 40, int);
LPS_FIELD(struct _ts, tracing, 44, int);
LPS_FIELD(struct _ts, use_tracing, 48, int);
LPS_FIELD(struct _ts, c_profilefunc, 56, Py_tracefunc);
LPS_FIELD(struct _ts, c_tracefunc, 64, Py_tracefunc);
LPS_FIELD(struct _ts, c_profileobj, 72, PyObject *);
LPS_FIELD(struct _ts, c_traceobj, 80, PyObject *);
LPS_FIELD(struct _ts, curexc_type, 88, PyObject *);
LPS_FIELD(struct _ts, curexc_value, 96, PyObject *);
LPS_FIELD(struct _ts, curexc_traceback, 104, PyObject *);
LPS_FIELD(struct _ts, exc_state, 112, _PyErr_StackItem);
LPS_FIELD(struct _ts, exc_info, 144, _PyErr_StackItem *);
LPS_FIELD(struct _ts, dict, 152, PyObject *);
LPS_FIELD(struct _ts, gilstate_counter, 160, int);
LPS_FIELD(struct _ts, async_exc, 168, PyObject *);
LPS_FIELD(struct _ts, thread_id, 176, unsigned long);
LPS_FIELD(struct _ts, trash_delete_nesting, 184, int);
LPS_FIELD(struct _ts, trash_delete_later, 192, PyObject *);
LPS_FIELD(struct _ts, on_delete, 200, void (*)(void *));
LPS_FIELD(struct _ts, on_delete_data, 208, void *);
LPS_FIELD(struct _ts, coroutine_origin_tracking_depth, 216, int);
LPS_FIELD(struct _ts, async_gen_firstiter, 224, PyObject *);
LPS_FIELD(struct _ts, async_gen_finalizer, 232, PyObject *);
LPS_FIELD(struct _ts, context, 240, PyObject *);
LPS_FIELD(struct _ts, context_ver, 248, uint64_t);
LPS_FIELD(struct _ts, id, 256, uint64_t);
//@ record _xid *PyObject
LPS_SIZE(struct _xid, 40, 8);
LPS_FIELD(struct _xid, data, 0, void *);
LPS_FIELD(struct _xid, obj, 8, PyObject *);
LPS_FIELD(struct _xid, interp, 16, int64_t);
LPS_FIELD(struct _xid, new_object, 24, PyObject *(*)(struct _xid *));
LPS_FIELD(struct _xid, free, 32, void (*)(void *));
//@ record PyGenObject =PyObject,_PyErr_StackItem *PyFrameObject,PyObject
LPS_SIZE(PyGenObject, 96, 8);
LPS_FIELD(PyGenObject, ob_base, 0, PyObject);
LPS_FIELD(PyGenObject, gi_frame, 16, PyFrameObject *);
LPS_FIELD(PyGenObject, gi_running, 24, char);
LPS_FIELD(PyGenObject, gi_code, 32, PyObject *);
LPS_FIELD(PyGenObject, gi_weakreflist, 40, PyObject *);
LPS_FIELD(PyGenObject, gi_name, 48, PyObject *);
LPS_FIELD(PyGenObject, gi_qualname, 56, PyObject *);
LPS_FIELD(PyGenObject, gi_exc_state, 64, _PyErr_StackItem);
//@ record PyCoroObject =PyObject,_PyErr_StackItem *PyFrameObject,PyObject
LPS_SIZE(PyCoroObject, 104, 8);
LPS_FIELD(PyCoroObject, ob_base, 0, PyObject);
LPS_FIELD(PyCoroObject, cr_frame, 16, PyFrameObject *);
LPS_FIELD(PyCoroObject, cr_running, 24, char);
LPS_FIELD(PyCoroObject, cr_code, 32, PyObject *);
LPS_FIELD(PyCoroObject, cr_weakreflist, 40, PyObject *);
LPS_FIELD(PyCoroObject, cr_name, 48, PyObject *);
LPS_FIELD(PyCoroObject, cr_qualname, 56, PyObject *);
LPS_FIELD(PyCoroObject, cr_exc_state, 64, _PyErr_StackItem);
LPS_FIELD(PyCoroObject, cr_origin, 96, PyObject *);
//@ record PyAsyncGenObject =PyObject,_PyErr_StackItem *PyFrameObject,PyObject
LPS_SIZE(PyAsyncGenObject, 120, 8);
LPS_FIELD(PyAsyncGenObject, ob_base, 0, PyObject);
LPS_FIELD(PyAsyncGenObject, ag_frame, 16, PyFrameObject *);
LPS_FIELD(PyAsyncGenObject, ag_running, 24, char);
LPS_FIELD(PyAsyncGenObject, ag_code, 32, PyObject *);
LPS_FIELD(PyAsyncGenObject, ag_weakreflist, 40, PyObject *);
LPS_FIELD(PyAsyncGenObject, ag_name, 48, PyObject *);
LPS_FIELD(PyAsyncGenObject, ag_qualname, 56, PyObject *);
LPS_FIELD(PyAsyncGenObject, ag_exc_state, 64, _PyErr_StackItem);
LPS_FIELD(PyAsyncGenObject, ag_finalizer, 96, PyObject *);
LPS_FIELD(PyAsyncGenObject, ag_hooks_inited, 104, int);
LPS_FIELD(PyAsyncGenObject, ag_closed, 108, int);
LPS_FIELD(PyAsyncGenObject, ag_running_async, 112, int);
//@ record PyGetSetDef =getter,setter
LPS_SIZE(PyGetSetDef, 40, 8);
LPS_FIELD(PyGetSetDef, name, 0, const char *);
LPS_FIELD(PyGetSetDef, get, 8, getter);
LPS_FIELD(PyGetSetDef, set, 16, setter);
LPS_FIELD(PyGetSetDef, doc, 24, const char *);
LPS_FIELD(PyGetSetDef, closure, 32, void *);
//@ record wrapperbase =wrapperfunc *PyObject
LPS_SIZE(struct wrapperbase, 56, 8);
LPS_FIELD(struct wrapperbase, name, 0, const char *);
LPS_FIELD(struct wrapperbase, offset, 8, int);
LPS_FIELD(struct wrapperbase, function, 16, void *);
LPS_FIELD(struct wrapperbase, wrapper, 24, wrapperfunc);
LPS_FIELD(struct wrapperbase, doc, 32, const char *);
LPS_FIELD(struct wrapperbase, flags, 40, int);
LPS_FIELD(struct wrapperbase, name_strobj, 48, PyObject *);
//@ record PyDescrObject =PyObject *PyObject,PyTypeObject
LPS_SIZE(PyDescrObject, 40, 8);
LPS_FIELD(PyDescrObject, ob_base, 0, PyObject);
LPS_FIELD(PyDescrObject, d_type, 16, PyTypeObject *);
LPS_FIELD(PyDescrObject, d_name, 24, PyObject *);
LPS_FIELD(PyDescrObject, d_qualname, 32, PyObject *);
//@ record PyMethodDescrObject =PyDescrObject,vectorcallfunc *PyMethodDef
LPS_SIZE(PyMethodDescrObject, 56, 8);
LPS_FIELD(PyMethodDescrObject, d_common, 0, PyDescrObject);
LPS_FIELD(PyMethodDescrObject, d_method, 40, PyMethodDef *);
LPS_FIELD(PyMethodDescrObject, vectorcall, 48, vectorcallfunc);
//@ record PyMemberDescrObject =PyDescrObject *PyMemberDef
LPS_SIZE(PyMemberDescrObject, 48, 8);
LPS_FIELD(PyMemberDescrObject, d_common, 0, PyDescrObject);
LPS_FIELD(PyMemberDescrObject, d_member, 40, PyMemberDef *);
//@ record PyGetSetDescrObject =PyDescrObject *PyGetSetDef
LPS_SIZE(PyGetSetDescrObject, 48, 8);
LPS_FIELD(PyGetSetDescrObject, d_common, 0, PyDescrObject);
LPS_FIELD(PyGetSetDescrObject, d_getset, 40, PyGetSetDef *);
//@ record PyWrapperDescrObject =PyDescrObject *wrapperbase
LPS_SIZE(PyWrapperDescrObject, 56, 8);
LPS_FIELD(PyWrapperDescrObject, d_common, 0, PyDescrObject);
LPS_FIELD(PyWrapperDescrObject, d_base, 40, struct wrapperbase *);
LPS_FIELD(PyWrapperDescrObject, d_wrapped, 48, void *);
//@ record _PyWeakReference =PyObject,Py_hash_t *PyObject,PyWeakReference
LPS_SIZE(struct _PyWeakReference, 56, 8);
LPS_FIELD(struct _PyWeakReference, ob_base, 0, PyObject);
LPS_FIELD(struct _PyWeakReference, wr_object, 16, PyObject *);
LPS_FIELD(struct _PyWeakReference, wr_callback, 24, PyObject *);
LPS_FIELD(struct _PyWeakReference, hash, 32, Py_hash_t);
LPS_FIELD(struct _PyWeakReference, wr_prev, 40, PyWeakReference *);
LPS_FIELD(struct _PyWeakReference, wr_next, 48, PyWeakReference *);
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
//@ record PyBaseExceptionObject =PyObject *PyObject
LPS_SIZE(PyBaseExceptionObject, 64, 8);
LPS_FIELD(PyBaseExceptionObject, ob_base, 0, PyObject);
LPS_FIELD(PyBaseExceptionObject, dict, 16, PyObject *);
LPS_FIELD(PyBaseExceptionObject, args, 24, PyObject *);
LPS_FIELD(PyBaseExceptionObject, traceback, 32, PyObject *);
LPS_FIELD(PyBaseExceptionObject, context, 40, PyObject *);
LPS_FIELD(PyBaseExceptionObject, cause, 48, PyObject *);
LPS_FIELD(PyBaseExceptionObject, suppress_context, 56, char);
//@ record PySyntaxErrorObject =PyObject *PyObject
LPS_SIZE(PySyntaxErrorObject, 112, 8);
LPS_FIELD(PySyntaxErrorObject, ob_base, 0, PyObject);
LPS_FIELD(PySyntaxErrorObject, dict, 16, PyObject *);
LPS_FIELD(PySyntaxErrorObject, args, 24, PyObject *);
LPS_FIELD(PySyntaxErrorObject, traceback, 32, PyObject *);
LPS_FIELD(PySyntaxErrorObject, context, 40, PyObject *);
LPS_FIELD(PySyntaxErrorObject, cause, 48, PyObject *);
LPS_FIELD(PySyntaxErrorObject, suppress_context, 56, char);
LPS_FIELD(PySyntaxErrorObject, msg, 64, PyObject *);
LPS_FIELD(PySyntaxErrorObject, filename, 72, PyObject *);
LPS_FIELD(PySyntaxErrorObject, lineno, 80, PyObject *);
LPS_FIELD(PySyntaxErrorObject, offset, 88, PyObject *);
LPS_FIELD(PySyntaxErrorObject, text, 96, PyObject *);
LPS_FIELD(PySyntaxErrorObject, print_file_and_line, 104, PyObject *);
//@ record PyImportErrorObject =PyObject *PyObject
LPS_SIZE(PyImportErrorObject, 88, 8);
LPS_FIELD(PyImportErrorObject, ob_base, 0, PyObject);
LPS_FIELD(PyImportErrorObject, dict, 16, PyObject *);
LPS_FIELD(PyImportErrorObject, args, 24, PyObject *);
LPS_FIELD(PyImportErrorObject, traceback, 32, PyObject *);
LPS_FIELD(PyImportErrorObject, context, 40, PyObject *);
LPS_FIELD(PyImportErrorObject, cause, 48, PyObject *);
LPS_FIELD(PyImportErrorObject, suppress_context, 56, char);
LPS_FIELD(PyImportErrorObject, msg, 64, PyObject *);
LPS_FIELD(PyImportErrorObject, name, 72, PyObject *);
LPS_FIELD(PyImportErrorObject, path, 80, PyObject *);
//@ record PyUnicodeErrorObject =PyObject *PyObject
LPS_SIZE(PyUnicodeErrorObject, 104, 8);
LPS_FIELD(PyUnicodeErrorObject, ob_base, 0, PyObject);
LPS_FIELD(PyUnicodeErrorObject, dict, 16, PyObject *);
LPS_FIELD(PyUnicodeErrorObject, args, 24, PyObject *);
LPS_FIELD(PyUnicodeErrorObject, traceback, 32, PyObject *);
LPS_FIELD(PyUnicodeErrorObject, context, 40, PyObject *);
LPS_FIELD(PyUnicodeErrorObject, cause, 48, PyObject *);
LPS_FIELD(PyUnicodeErrorObject, suppress_context, 56, char);
LPS_FIELD(PyUnicodeErrorObject, encoding, 64, PyObject *);
LPS_FIELD(PyUnicodeErrorObject, object, 72, PyObject *);
LPS_FIELD(PyUnicodeErrorObject, start, 80, Py_ssize_t);
LPS_FIELD(PyUnicodeErrorObject, end, 88, Py_ssize_t);
LPS_FIELD(PyUnicodeErrorObject, reason, 96, PyObject *);
//@ record PySystemExitObject =PyObject *PyObject
LPS_SIZE(PySystemExitObject, 72, 8);
LPS_FIELD(PySystemExitObject, ob_base, 0, PyObject);
LPS_FIELD(PySystemExitObject, dict, 16, PyObject *);
LPS_FIELD(PySystemExitObject, args, 24, PyObject *);
LPS_FIELD(PySystemExitObject, traceback, 32, PyObject *);
LPS_FIELD(PySystemExitObject, context, 40, PyObject *);
LPS_FIELD(PySystemExitObject, cause, 48, PyObject *);
LPS_FIELD(PySystemExitObject, suppress_context, 56, char);
LPS_FIELD(PySystemExitObject, code, 64, PyObject *);
//@ record PyOSErrorObject =PyObject *PyObject
LPS_SIZE(PyOSErrorObject, 104, 8);
LPS_FIELD(PyOSErrorObject, ob_base, 0, PyObject);
LPS_FIELD(PyOSErrorObject, dict, 16, PyObject *);
LPS_FIELD(PyOSErrorObject, args, 24, PyObject *);
LPS_FIELD(PyOSErrorObject, traceback, 32, PyObject *);
LPS_FIELD(PyOSErrorObject, context, 40, PyObject *);
LPS_FIELD(PyOSErrorObject, cause, 48, PyObject *);
LPS_FIELD(PyOSErrorObject, suppress_context, 56, char);
LPS_FIELD(PyOSErrorObject, myerrno, 64, PyObject *);
LPS_FIELD(PyOSErrorObject, strerror, 72, PyObject *);
LPS_FIELD(PyOSErrorObject, filename, 80, PyObject *);
LPS_FIELD(PyOSErrorObject, filename2, 88, PyObject *);
LPS_FIELD(PyOSErrorObject, written, 96, Py_ssize_t);
//@ record PyStopIterationObject =PyObject *PyObject
LPS_SIZE(PyStopIterationObject, 72, 8);
LPS_FIELD(PyStopIterationObject, ob_base, 0, PyObject);
LPS_FIELD(PyStopIterationObject, dict, 16, PyObject *);
LPS_FIELD(PyStopIterationObject, args, 24, PyObject *);
LPS_FIELD(PyStopIterationObject, traceback, 32, PyObject *);
LPS_FIELD(PyStopIterationObject, context, 40, PyObject *);
LPS_FIELD(PyStopIterationObject, cause, 48, PyObject *);
LPS_FIELD(PyStopIterationObject, suppress_context, 56, char);
LPS_FIELD(PyStopIterationObject, value, 64, PyObject *);
//@ record _Py_tss_t =pthread_key_t
LPS_SIZE(struct _Py_tss_t, 8, 4);
LPS_FIELD(struct _Py_tss_t, _is_initialized, 0, int);
LPS_FIELD(struct _Py_tss_t, _key, 4, pthread_key_t);
//@ record _PyArg_Parser *PyObject
LPS_SIZE(_PyArg_Parser, 64, 8);
LPS_FIELD(_PyArg_Parser, format, 0, const char *);
LPS_FIELD(_PyArg_Parser, keywords, 8, const char * const *);
LPS_FIELD(_PyArg_Parser, fname, 16, const char *);
LPS_FIELD(_PyArg_Parser, custom_msg, 24, const char *);
LPS_FIELD(_PyArg_Parser, pos, 32, int);
LPS_FIELD(_PyArg_Parser, min, 36, int);
LPS_FIELD(_PyArg_Parser, max, 40, int);
LPS_FIELD(_PyArg_Parser, kwtuple, 48, PyObject *);
LPS_FIELD(_PyArg_Parser, next, 56, _PyArg_Parser *);
//@ record PyCompilerFlags
LPS_SIZE(PyCompilerFlags, 8, 4);
LPS_FIELD(PyCompilerFlags, cf_flags, 0, int);
LPS_FIELD(PyCompilerFlags, cf_feature_version, 4, int);
//@ record PyFutureFeatures
LPS_SIZE(PyFutureFeatures, 8, 4);
LPS_FIELD(PyFutureFeatures, ff_features, 0, int);
LPS_FIELD(PyFutureFeatures, ff_lineno, 4, int);
//@ record _PyASTOptimizeState
LPS_SIZE(_PyASTOptimizeState, 8, 4);
LPS_FIELD(_PyASTOptimizeState, optimize, 0, int);
LPS_FIELD(_PyASTOptimizeState, ff_features, 4, int);
//@ record _inittab *PyObject
LPS_SIZE(struct _inittab, 16, 8);
LPS_FIELD(struct _inittab, name, 0, const char *);
LPS_FIELD(struct _inittab, initfunc, 8, PyObject *(*)(void));
//@ record _frozen
LPS_SIZE(struct _frozen, 24, 8);
LPS_FIELD(struct _frozen, name, 0, const char *);
LPS_FIELD(struct _frozen, code, 8, const unsigned char *);
LPS_FIELD(struct _frozen, size, 16, int);
//@ record PyDateTime_Delta =PyObject,Py_hash_t
LPS_SIZE(PyDateTime_Delta, 40, 8);
LPS_FIELD(PyDateTime_Delta, ob_base, 0, PyObject);
LPS_FIELD(PyDateTime_Delta, hashcode, 16, Py_hash_t);
LPS_FIELD(PyDateTime_Delta, days, 24, int);
LPS_FIELD(PyDateTime_Delta, seconds, 28, int);
LPS_FIELD(PyDateTime_Delta, microseconds, 32, int);
//@ record PyDateTime_TZInfo =PyObject
LPS_SIZE(PyDateTime_TZInfo, 16, 8);
LPS_FIELD(PyDateTime_TZInfo, ob_base, 0, PyObject);
//@ record _PyDateTime_BaseTZInfo =PyObject,Py_hash_t
LPS_SIZE(_PyDateTime_BaseTZInfo, 32, 8);
LPS_FIELD(_PyDateTime_BaseTZInfo, ob_base, 0, PyObject);
LPS_FIELD(_PyDateTime_BaseTZInfo, hashcode, 16, Py_hash_t);
LPS_FIELD(_PyDateTime_BaseTZInfo, hastzinfo, 24, char);
//@ record _PyDateTime_BaseTime =PyObject,Py_hash_t
LPS_SIZE(_PyDateTime_BaseTime, 32, 8);
LPS_FIELD(_PyDateTime_BaseTime, ob_base, 0, PyObject);
LPS_FIELD(_PyDateTime_BaseTime, hashcode, 16, Py_hash_t);
LPS_FIELD(_PyDateTime_BaseTime, hastzinfo, 24, char);
LPS_FIELD(_PyDateTime_BaseTime, data, 25, unsigned char [6]);
//@ record PyDateTime_Time =PyObject,Py_hash_t *PyObject
LPS_SIZE(PyDateTime_Time, 40, 8);
LPS_FIELD(PyDateTime_Time, ob_base, 0, PyObject);
LPS_FIELD(PyDateTime_Time, hashcode, 16, Py_hash_t);
LPS_FIELD(PyDateTime_Time, hastzinfo, 24, char);
LPS_FIELD(PyDateTime_Time, data, 25, unsigned char [6]);
LPS_FIELD(PyDateTime_Time, fold, 31, unsigned char);
LPS_FIELD(PyDateTime_Time, tzinfo, 32, PyObject *);
//@ record PyDateTime_Date =PyObject,Py_hash_t
LPS_SIZE(PyDateTime_Date, 32, 8);
LPS_FIELD(PyDateTime_Date, ob_base, 0, PyObject);
LPS_FIELD(PyDateTime_Date, hashcode, 16, Py_hash_t);
LPS_FIELD(PyDateTime_Date, hastzinfo, 24, char);
LPS_FIELD(PyDateTime_Date, data, 25, unsigned char [4]);
//@ record _PyDateTime_BaseDateTime =PyObject,Py_hash_t
LPS_SIZE(_PyDateTime_BaseDateTime, 40, 8);
LPS_FIELD(_PyDateTime_BaseDateTime, ob_base, 0, PyObject);
LPS_FIELD(_PyDateTime_BaseDateTime, hashcode, 16, Py_hash_t);
LPS_FIELD(_PyDateTime_BaseDateTime, hastzinfo, 24, char);
LPS_FIELD(_PyDateTime_BaseDateTime, data, 25, unsigned char [10]);
//@ record PyDateTime_DateTime =PyObject,Py_hash_t *PyObject
LPS_SIZE(PyDateTime_DateTime, 48, 8);
LPS_FIELD(PyDateTime_DateTime, ob_base, 0, PyObject);
LPS_FIELD(PyDateTime_DateTime, hashcode, 16, Py_hash_t);
LPS_FIELD(PyDateTime_DateTime, hastzinfo, 24, char);
LPS_FIELD(PyDateTime_DateTime, data, 25, unsigned char [10]);
LPS_FIELD(PyDateTime_DateTime, fold, 35, unsigned char);
LPS_FIELD(PyDateTime_DateTime, tzinfo, 40, PyObject *);
//@ record PyDateTime_CAPI *PyObject,PyTypeObject
LPS_SIZE(PyDateTime_CAPI, 120, 8);
LPS_FIELD(PyDateTime_CAPI, DateType, 0, PyTypeObject *);
LPS_FIELD(PyDateTime_CAPI, DateTimeType, 8, PyTypeObject *);
LPS_FIELD(PyDateTime_CAPI, TimeType, 16, PyTypeObject *);
LPS_FIELD(PyDateTime_CAPI, DeltaType, 24, PyTypeObject *);
LPS_FIELD(PyDateTime_CAPI, TZInfoType, 32, PyTypeObject *);
LPS_FIELD(PyDateTime_CAPI, TimeZone_UTC, 40, PyObject *);
LPS_FIELD(PyDateTime_CAPI, Date_FromDate, 48, PyObject *(*)(int, int, int, PyTypeObject *));
LPS_FIELD(PyDateTime_CAPI, DateTime_FromDateAndTime, 56, PyObject *(*)(int, int, int, int, int, int, int, PyObject *, PyTypeObject *));
LPS_FIELD(PyDateTime_CAPI, Time_FromTime, 64, PyObject *(*)(int, int, int, int, PyObject *, PyTypeObject *));
LPS_FIELD(PyDateTime_CAPI, Delta_FromDelta, 72, PyObject *(*)(int, int, int, int, PyTypeObject *));
LPS_FIELD(PyDateTime_CAPI, TimeZone_FromTimeZone, 80, PyObject *(*)(PyObject *, PyObject *));
LPS_FIELD(PyDateTime_CAPI, DateTime_FromTimestamp, 88, PyObject *(*)(PyObject *, PyObject *, PyObject *));
LPS_FIELD(PyDateTime_CAPI, Date_FromTimestamp, 96, PyObject *(*)(PyObject *, PyObject *));
LPS_FIELD(PyDateTime_CAPI, DateTime_FromDateAndTimeAndFold, 104, PyObject *(*)(int, int, int, int, int, int, int, PyObject *, int, PyTypeObject *));
LPS_FIELD(PyDateTime_CAPI, Time_FromTimeAndFold, 112, PyObject *(*)(int, int, int, int, PyObject *, int, PyTypeObject *));
//@ record PyMemberDef
LPS_SIZE(PyMemberDef, 40, 8);
LPS_FIELD(PyMemberDef, name, 0, const char *);
LPS_FIELD(PyMemberDef, type, 8, int);
LPS_FIELD(PyMemberDef, offset, 16, Py_ssize_t);
LPS_FIELD(PyMemberDef, flags, 24, int);
LPS_FIELD(PyMemberDef, doc, 32, const char *);
//@ record PyTryBlock
LPS_SIZE(PyTryBlock, 12, 4);
LPS_FIELD(PyTryBlock, b_type, 0, int);
LPS_FIELD(PyTryBlock, b_handler, 4, int);
LPS_FIELD(PyTryBlock, b_level, 8, int);
//@ record _frame =PyTryBlock,PyVarObject *PyCodeObject,PyObject
LPS_SIZE(struct _frame, 368, 8);
LPS_FIELD(struct _frame, ob_base, 0, PyVarObject);
LPS_FIELD(struct _frame, f_back, 24, struct _frame *);
LPS_FIELD(struct _frame, f_code, 32, PyCodeObject *);
LPS_FIELD(struct _frame, f_builtins, 40, PyObject *);
LPS_FIELD(struct _frame, f_globals, 48, PyObject *);
LPS_FIELD(struct _frame, f_locals, 56, PyObject *);
LPS_FIELD(struct _frame, f_valuestack, 64, PyObject **);
LPS_FIELD(struct _frame, f_stacktop, 72, PyObject **);
LPS_FIELD(struct _frame, f_trace, 80, PyObject *);
LPS_FIELD(struct _frame, f_trace_lines, 88, char);
LPS_FIELD(struct _frame, f_trace_opcodes, 89, char);
LPS_FIELD(struct _frame, f_gen, 96, PyObject *);
LPS_FIELD(struct _frame, f_lasti, 104, int);
LPS_FIELD(struct _frame, f_lineno, 108, int);
LPS_FIELD(struct _frame, f_iblock, 112, int);
LPS_FIELD(struct _frame, f_executing, 116, char);
LPS_FIELD(struct _frame, f_blockstack, 120, PyTryBlock [20]);
LPS_FIELD(struct _frame, f_localsplus, 360, PyObject *[1]);
//@ alias PyAddrPair *_addr_pair
LPS_ALIAS(PyAddrPair, struct _addr_pair);
//@ alias PyArena *_arena
LPS_ALIAS(PyArena, struct _arena);
//@ alias PyCFunction *PyObject
LPS_ALIAS(PyCFunction, PyObject *(*)(PyObject *, PyObject *));
//@ alias PyCFunctionWithKeywords *PyObject
LPS_ALIAS(PyCFunctionWithKeywords, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ alias PyCMethod *PyObject,PyTypeObject
LPS_ALIAS(PyCMethod, PyObject *(*)(PyObject *, PyTypeObject *, PyObject * const *, size_t, PyObject *));
//@ alias PyCapsule_Destructor *PyObject
LPS_ALIAS(PyCapsule_Destructor, void (*)(PyObject *));
//@ alias PyContext *_pycontextobject
LPS_ALIAS(PyContext, struct _pycontextobject);
//@ alias PyContextToken *_pycontexttokenobject
LPS_ALIAS(PyContextToken, struct _pycontexttokenobject);
//@ alias PyContextVar *_pycontextvarobject
LPS_ALIAS(PyContextVar, struct _pycontextvarobject);
//@ alias PyDictKeysObject *_dictkeysobject
LPS_ALIAS(PyDictKeysObject, struct _dictkeysobject);
//@ alias PyEnvironmentErrorObject *PyOSErrorObject
LPS_ALIAS(PyEnvironmentErrorObject, PyOSErrorObject);
//@ alias PyFrameObject *_frame
LPS_ALIAS(PyFrameObject, struct _frame);
//@ alias PyGILState_STATE
LPS_ALIAS(PyGILState_STATE, unsigned int);
//@ alias PyHeapTypeObject *_heaptypeobject
LPS_ALIAS(PyHeapTypeObject, struct _heaptypeobject);
//@ alias PyInterpreterState *_is
LPS_ALIAS(PyInterpreterState, struct _is);
//@ alias PyLockStatus
LPS_ALIAS(PyLockStatus, unsigned int);
//@ alias PyLongObject *_longobject
LPS_ALIAS(PyLongObject, struct _longobject);
//@ alias PyMemAllocatorDomain
LPS_ALIAS(PyMemAllocatorDomain, unsigned int);
//@ alias PyMemAllocatorName
LPS_ALIAS(PyMemAllocatorName, unsigned int);
//@ alias PyODictObject *_odictobject
LPS_ALIAS(PyODictObject, struct _odictobject);
//@ alias PyOS_sighandler_t
LPS_ALIAS(PyOS_sighandler_t, void (*)(int));
//@ alias PyObject *_object
LPS_ALIAS(PyObject, struct _object);
//@ alias PyStructSequence *PyTupleObject
LPS_ALIAS(PyStructSequence, PyTupleObject);
//@ alias PyThreadState *_ts
LPS_ALIAS(PyThreadState, struct _ts);
//@ alias PyThread_type_lock
LPS_ALIAS(PyThread_type_lock, void *);
//@ alias PyTracebackObject *_traceback
LPS_ALIAS(PyTracebackObject, struct _traceback);
//@ alias PyTypeObject *_typeobject
LPS_ALIAS(PyTypeObject, struct _typeobject);
//@ alias PyUnicode_Kind
LPS_ALIAS(enum PyUnicode_Kind, unsigned int);
//@ alias PyWeakReference *_PyWeakReference
LPS_ALIAS(PyWeakReference, struct _PyWeakReference);
//@ alias Py_AuditHookFunction *PyObject
LPS_ALIAS(Py_AuditHookFunction, int (*)(const char *, PyObject *, void *));
//@ alias Py_OpenCodeHookFunction *PyObject
LPS_ALIAS(Py_OpenCodeHookFunction, PyObject *(*)(PyObject *, void *));
//@ alias Py_UCS1
LPS_ALIAS(Py_UCS1, uint8_t);
//@ alias Py_UCS2
LPS_ALIAS(Py_UCS2, uint16_t);
//@ alias Py_UCS4
LPS_ALIAS(Py_UCS4, uint32_t);
//@ alias Py_UNICODE
LPS_ALIAS(Py_UNICODE, wchar_t);
//@ alias Py_buffer *bufferinfo
LPS_ALIAS(Py_buffer, struct bufferinfo);
//@ alias Py_hash_t
LPS_ALIAS(Py_hash_t, Py_ssize_t);
//@ alias Py_intptr_t
LPS_ALIAS(Py_intptr_t, Py_ssize_t);
//@ alias Py_ssize_clean_t
LPS_ALIAS(Py_ssize_clean_t, int);
//@ alias Py_tracefunc *PyFrameObject,PyObject
LPS_ALIAS(Py_tracefunc, int (*)(PyObject *, PyFrameObject *, int, PyObject *));
//@ alias Py_tss_t *_Py_tss_t
LPS_ALIAS(Py_tss_t, struct _Py_tss_t);
//@ alias Py_uhash_t
LPS_ALIAS(Py_uhash_t, size_t);
//@ alias Py_uintptr_t
LPS_ALIAS(Py_uintptr_t, size_t);
//@ alias _PyCFunctionFast *PyObject
LPS_ALIAS(_PyCFunctionFast, PyObject *(*)(PyObject *, PyObject * const *, Py_ssize_t));
//@ alias _PyCFunctionFastWithKeywords *PyObject
LPS_ALIAS(_PyCFunctionFastWithKeywords, PyObject *(*)(PyObject *, PyObject * const *, Py_ssize_t, PyObject *));
//@ alias _PyCrossInterpreterData *_xid
LPS_ALIAS(_PyCrossInterpreterData, struct _xid);
//@ alias _PyErr_StackItem *_err_stackitem
LPS_ALIAS(_PyErr_StackItem, struct _err_stackitem);
//@ alias _PyFrameEvalFunction *PyFrameObject,PyObject,PyThreadState
LPS_ALIAS(_PyFrameEvalFunction, PyObject *(*)(PyThreadState *, PyFrameObject *, int));
//@ alias _PyTime_round_t
LPS_ALIAS(_PyTime_round_t, unsigned int);
//@ alias _PyTime_t
LPS_ALIAS(_PyTime_t, int64_t);
//@ alias _Py_CODEUNIT
LPS_ALIAS(_Py_CODEUNIT, uint16_t);
//@ alias _Py_error_handler
LPS_ALIAS(_Py_error_handler, unsigned int);
//@ alias allocfunc *PyObject,PyTypeObject
LPS_ALIAS(allocfunc, PyObject *(*)(PyTypeObject *, Py_ssize_t));
//@ alias binaryfunc *PyObject
LPS_ALIAS(binaryfunc, PyObject *(*)(PyObject *, PyObject *));
//@ alias crossinterpdatafunc *PyObject,_xid
LPS_ALIAS(crossinterpdatafunc, int (*)(PyObject *, struct _xid *));
//@ alias descrgetfunc *PyObject
LPS_ALIAS(descrgetfunc, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ alias descrsetfunc *PyObject
LPS_ALIAS(descrsetfunc, int (*)(PyObject *, PyObject *, PyObject *));
//@ alias destructor *PyObject
LPS_ALIAS(destructor, void (*)(PyObject *));
//@ alias digit
LPS_ALIAS(digit, uint32_t);
//@ alias freefunc
LPS_ALIAS(freefunc, void (*)(void *));
//@ alias getattrfunc *PyObject
LPS_ALIAS(getattrfunc, PyObject *(*)(PyObject *, char *));
//@ alias getattrofunc *PyObject
LPS_ALIAS(getattrofunc, PyObject *(*)(PyObject *, PyObject *));
//@ alias getbufferproc *PyObject,Py_buffer
LPS_ALIAS(getbufferproc, int (*)(PyObject *, Py_buffer *, int));
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
//@ alias pthread_key_t
LPS_ALIAS(pthread_key_t, unsigned int);
//@ alias releasebufferproc *PyObject,Py_buffer
LPS_ALIAS(releasebufferproc, void (*)(PyObject *, Py_buffer *));
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
//@ alias ternaryfunc *PyObject
LPS_ALIAS(ternaryfunc, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ alias traverseproc =visitproc *PyObject
LPS_ALIAS(traverseproc, int (*)(PyObject *, visitproc, void *));
//@ alias unaryfunc *PyObject
LPS_ALIAS(unaryfunc, PyObject *(*)(PyObject *));
//@ alias vectorcallfunc *PyObject
LPS_ALIAS(vectorcallfunc, PyObject *(*)(PyObject *, PyObject * const *, size_t, PyObject *));
//@ alias visitproc *PyObject
LPS_ALIAS(visitproc, int (*)(PyObject *, void *));
//@ alias wrapperfunc *PyObject
LPS_ALIAS(wrapperfunc, PyObject *(*)(PyObject *, PyObject *, void *));
//@ const PY_RELEASE_LEVEL_ALPHA
LPS_INT(PY_RELEASE_LEVEL_ALPHA, 10LL, int);
//@ const PY_RELEASE_LEVEL_BETA
LPS_INT(PY_RELEASE_LEVEL_BETA, 11LL, int);
//@ const PY_RELEASE_LEVEL_GAMMA
LPS_INT(PY_RELEASE_LEVEL_GAMMA, 12LL, int);
//@ const PY_RELEASE_LEVEL_FINAL
LPS_INT(PY_RELEASE_LEVEL_FINAL, 15LL, int);
//@ const PY_LLONG_MIN
LPS_INT(PY_LLONG_MIN, (-9223372036854775807LL - 1), long long);
//@ const PY_LLONG_MAX
LPS_INT(PY_LLONG_MAX, 9223372036854775807LL, long long);
//@ const PY_ULLONG_MAX
LPS_INT(PY_ULLONG_MAX, 18446744073709551615ULL, unsigned long long);
//@ const PYLONG_BITS_IN_DIGIT
LPS_INT(PYLONG_BITS_IN_DIGIT, 30LL, int);
//@ const PY_SIZE_MAX
LPS_INT(PY_SIZE_MAX, 18446744073709551615ULL, unsigned long);
//@ const PY_SSIZE_T_MAX
LPS_INT(PY_SSIZE_T_MAX, 9223372036854775807LL, long);
//@ const PY_SSIZE_T_MIN
LPS_INT(PY_SSIZE_T_MIN, (-9223372036854775807LL - 1), long);
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
//@ const Py_TPFLAGS_HAVE_VECTORCALL
LPS_RETYPED(Py_TPFLAGS_HAVE_VECTORCALL, 2048ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const _Py_TPFLAGS_HAVE_VECTORCALL
LPS_RETYPED(_Py_TPFLAGS_HAVE_VECTORCALL, 2048ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
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
//@ const Py_TPFLAGS_HAVE_VERSION_TAG
LPS_RETYPED(Py_TPFLAGS_HAVE_VERSION_TAG, 262144ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
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
//@ const Py_TPFLAGS_DEFAULT
LPS_RETYPED(Py_TPFLAGS_DEFAULT, 262144ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
//@ const Py_TPFLAGS_HAVE_FINALIZE
LPS_RETYPED(Py_TPFLAGS_HAVE_FINALIZE, 1ULL, __typeof__(PyType_GetFlags((PyTypeObject *)0)), unsigned long);
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
//@ const PyBUF_MAX_NDIM
LPS_INT(PyBUF_MAX_NDIM, 64LL, int);
//@ const PyBUF_SIMPLE
LPS_INT(PyBUF_SIMPLE, 0LL, int);
//@ const PyBUF_WRITABLE
LPS_INT(PyBUF_WRITABLE, 1LL, int);
//@ const PyBUF_WRITEABLE
LPS_INT(PyBUF_WRITEABLE, 1LL, int);
//@ const PyBUF_FORMAT
LPS_INT(PyBUF_FORMAT, 4LL, int);
//@ const PyBUF_ND
LPS_INT(PyBUF_ND, 8LL, int);
//@ const PyBUF_STRIDES
LPS_INT(PyBUF_STRIDES, 24LL, int);
//@ const PyBUF_C_CONTIGUOUS
LPS_INT(PyBUF_C_CONTIGUOUS, 56LL, int);
//@ const PyBUF_F_CONTIGUOUS
LPS_INT(PyBUF_F_CONTIGUOUS, 88LL, int);
//@ const PyBUF_ANY_CONTIGUOUS
LPS_INT(PyBUF_ANY_CONTIGUOUS, 152LL, int);
//@ const PyBUF_INDIRECT
LPS_INT(PyBUF_INDIRECT, 280LL, int);
//@ const PyBUF_CONTIG
LPS_INT(PyBUF_CONTIG, 9LL, int);
//@ const PyBUF_CONTIG_RO
LPS_INT(PyBUF_CONTIG_RO, 8LL, int);
//@ const PyBUF_STRIDED
LPS_INT(PyBUF_STRIDED, 25LL, int);
//@ const PyBUF_STRIDED_RO
LPS_INT(PyBUF_STRIDED_RO, 24LL, int);
//@ const PyBUF_RECORDS
LPS_INT(PyBUF_RECORDS, 29LL, int);
//@ const PyBUF_RECORDS_RO
LPS_INT(PyBUF_RECORDS_RO, 28LL, int);
//@ const PyBUF_FULL
LPS_INT(PyBUF_FULL, 285LL, int);
//@ const PyBUF_FULL_RO
LPS_INT(PyBUF_FULL_RO, 284LL, int);
//@ const PyBUF_READ
LPS_INT(PyBUF_READ, 256LL, int);
//@ const PyBUF_WRITE
LPS_INT(PyBUF_WRITE, 512LL, int);
//@ const PyTrash_UNWIND_LEVEL
LPS_INT(PyTrash_UNWIND_LEVEL, 50LL, int);
//@ const _PyTime_MIN
LPS_INT(_PyTime_MIN, (-9223372036854775807LL - 1), long);
//@ const _PyTime_MAX
LPS_INT(_PyTime_MAX, 9223372036854775807LL, long);
//@ const Py_bf_getbuffer
LPS_INT(Py_bf_getbuffer, 1LL, int);
//@ const Py_bf_releasebuffer
LPS_INT(Py_bf_releasebuffer, 2LL, int);
//@ const Py_mp_ass_subscript
LPS_INT(Py_mp_ass_subscript, 3LL, int);
//@ const Py_mp_length
LPS_INT(Py_mp_length, 4LL, int);
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
//@ const _PyHASH_MULTIPLIER
LPS_INT(_PyHASH_MULTIPLIER, 1000003ULL, unsigned long);
//@ const _PyHASH_BITS
LPS_INT(_PyHASH_BITS, 61LL, int);
//@ const _PyHASH_MODULUS
LPS_INT(_PyHASH_MODULUS, 2305843009213693951ULL, unsigned long);
//@ const _PyHASH_INF
LPS_INT(_PyHASH_INF, 314159LL, int);
//@ const _PyHASH_NAN
LPS_INT(_PyHASH_NAN, 0LL, int);
//@ const _PyHASH_IMAG
LPS_INT(_PyHASH_IMAG, 1000003ULL, unsigned long);
//@ const Py_HASH_CUTOFF
LPS_INT(Py_HASH_CUTOFF, 0LL, int);
//@ const Py_HASH_EXTERNAL
LPS_INT(Py_HASH_EXTERNAL, 0LL, int);
//@ const Py_HASH_SIPHASH24
LPS_INT(Py_HASH_SIPHASH24, 1LL, int);
//@ const Py_HASH_FNV
LPS_INT(Py_HASH_FNV, 2LL, int);
//@ const Py_HASH_ALGORITHM
LPS_INT(Py_HASH_ALGORITHM, 1LL, int);
//@ const Py_UNICODE_SIZE
LPS_INT(Py_UNICODE_SIZE, 4LL, int);
//@ const Py_UNICODE_REPLACEMENT_CHARACTER
LPS_INT(Py_UNICODE_REPLACEMENT_CHARACTER, 65533ULL, unsigned int);
//@ const SSTATE_NOT_INTERNED
LPS_INT(SSTATE_NOT_INTERNED, 0LL, int);
//@ const SSTATE_INTERNED_MORTAL
LPS_INT(SSTATE_INTERNED_MORTAL, 1LL, int);
//@ const SSTATE_INTERNED_IMMORTAL
LPS_INT(SSTATE_INTERNED_IMMORTAL, 2LL, int);
//@ const _Py_PARSE_PID
LPS_STR(_Py_PARSE_PID, 2, "i");
//@ const _Py_PARSE_INTPTR
LPS_STR(_Py_PARSE_INTPTR, 2, "l");
//@ const _Py_PARSE_UINTPTR
LPS_STR(_Py_PARSE_UINTPTR, 2, "k");
//@ const PyLong_SHIFT
LPS_INT(PyLong_SHIFT, 30LL, int);
//@ const _PyLong_DECIMAL_SHIFT
LPS_INT(_PyLong_DECIMAL_SHIFT, 9LL, int);
//@ const _PyLong_DECIMAL_BASE
LPS_INT(_PyLong_DECIMAL_BASE, 1000000000ULL, unsigned int);
//@ const PyLong_BASE
LPS_INT(PyLong_BASE, 1073741824ULL, unsigned int);
//@ const PyLong_MASK
LPS_INT(PyLong_MASK, 1073741823ULL, unsigned int);
//@ const _Py_MANAGED_BUFFER_RELEASED
LPS_INT(_Py_MANAGED_BUFFER_RELEASED, 1LL, int);
//@ const _Py_MANAGED_BUFFER_FREE_FORMAT
LPS_INT(_Py_MANAGED_BUFFER_FREE_FORMAT, 2LL, int);
//@ const _Py_MEMORYVIEW_RELEASED
LPS_INT(_Py_MEMORYVIEW_RELEASED, 1LL, int);
//@ const _Py_MEMORYVIEW_C
LPS_INT(_Py_MEMORYVIEW_C, 2LL, int);
//@ const _Py_MEMORYVIEW_FORTRAN
LPS_INT(_Py_MEMORYVIEW_FORTRAN, 4LL, int);
//@ const _Py_MEMORYVIEW_SCALAR
LPS_INT(_Py_MEMORYVIEW_SCALAR, 8LL, int);
//@ const _Py_MEMORYVIEW_PIL
LPS_INT(_Py_MEMORYVIEW_PIL, 16LL, int);
//@ const PySet_MINSIZE
LPS_INT(PySet_MINSIZE, 8LL, int);
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
//@ const METH_FASTCALL
LPS_INT(METH_FASTCALL, 128LL, int);
//@ const METH_STACKLESS
LPS_INT(METH_STACKLESS, 0LL, int);
//@ const METH_METHOD
LPS_INT(METH_METHOD, 512LL, int);
//@ const Py_mod_create
LPS_INT(Py_mod_create, 1LL, int);
//@ const Py_mod_exec
LPS_INT(Py_mod_exec, 2LL, int);
//@ const _Py_mod_LAST_SLOT
LPS_INT(_Py_mod_LAST_SLOT, 2LL, int);
//@ const PY_STDIOTEXTMODE
LPS_STR(PY_STDIOTEXTMODE, 2, "b");
//@ const CO_OPTIMIZED
LPS_INT(CO_OPTIMIZED, 1LL, int);
//@ const CO_NEWLOCALS
LPS_INT(CO_NEWLOCALS, 2LL, int);
//@ const CO_VARARGS
LPS_INT(CO_VARARGS, 4LL, int);
//@ const CO_VARKEYWORDS
LPS_INT(CO_VARKEYWORDS, 8LL, int);
//@ const CO_NESTED
LPS_INT(CO_NESTED, 16LL, int);
//@ const CO_GENERATOR
LPS_INT(CO_GENERATOR, 32LL, int);
//@ const CO_NOFREE
LPS_INT(CO_NOFREE, 64LL, int);
//@ const CO_COROUTINE
LPS_INT(CO_COROUTINE, 128LL, int);
//@ const CO_ITERABLE_COROUTINE
LPS_INT(CO_ITERABLE_COROUTINE, 256LL, int);
//@ const CO_ASYNC_GENERATOR
LPS_INT(CO_ASYNC_GENERATOR, 512LL, int);
//@ const CO_FUTURE_DIVISION
LPS_INT(CO_FUTURE_DIVISION, 131072LL, int);
//@ const CO_FUTURE_ABSOLUTE_IMPORT
LPS_INT(CO_FUTURE_ABSOLUTE_IMPORT, 262144LL, int);
//@ const CO_FUTURE_WITH_STATEMENT
LPS_INT(CO_FUTURE_WITH_STATEMENT, 524288LL, int);
//@ const CO_FUTURE_PRINT_FUNCTION
LPS_INT(CO_FUTURE_PRINT_FUNCTION, 1048576LL, int);
//@ const CO_FUTURE_UNICODE_LITERALS
LPS_INT(CO_FUTURE_UNICODE_LITERALS, 2097152LL, int);
//@ const CO_FUTURE_BARRY_AS_BDFL
LPS_INT(CO_FUTURE_BARRY_AS_BDFL, 4194304LL, int);
//@ const CO_FUTURE_GENERATOR_STOP
LPS_INT(CO_FUTURE_GENERATOR_STOP, 8388608LL, int);
//@ const CO_FUTURE_ANNOTATIONS
LPS_INT(CO_FUTURE_ANNOTATIONS, 16777216LL, int);
//@ const CO_CELL_NOT_AN_ARG
LPS_INT(CO_CELL_NOT_AN_ARG, (-1LL), int);
//@ const CO_MAXBLOCKS
LPS_INT(CO_MAXBLOCKS, 20LL, int);
//@ const PyTrace_CALL
LPS_INT(PyTrace_CALL, 0LL, int);
//@ const PyTrace_EXCEPTION
LPS_INT(PyTrace_EXCEPTION, 1LL, int);
//@ const PyTrace_LINE
LPS_INT(PyTrace_LINE, 2LL, int);
//@ const PyTrace_RETURN
LPS_INT(PyTrace_RETURN, 3LL, int);
//@ const PyTrace_C_CALL
LPS_INT(PyTrace_C_CALL, 4LL, int);
//@ const PyTrace_C_EXCEPTION
LPS_INT(PyTrace_C_EXCEPTION, 5LL, int);
//@ const PyTrace_C_RETURN
LPS_INT(PyTrace_C_RETURN, 6LL, int);
//@ const PyTrace_OPCODE
LPS_INT(PyTrace_OPCODE, 7LL, int);
//@ const PyWrapperFlag_KEYWORDS
LPS_INT(PyWrapperFlag_KEYWORDS, 1LL, int);
//@ const PYTHREAD_INVALID_THREAD_ID
LPS_INT(PYTHREAD_INVALID_THREAD_ID, 18446744073709551615ULL, unsigned long);
//@ const WAIT_LOCK
LPS_INT(WAIT_LOCK, 1LL, int);
//@ const NOWAIT_LOCK
LPS_INT(NOWAIT_LOCK, 0LL, int);
//@ const PY_TIMEOUT_MAX
LPS_INT(PY_TIMEOUT_MAX, 9223372036854775LL, long long);
//@ const Py_CLEANUP_SUPPORTED
LPS_INT(Py_CLEANUP_SUPPORTED, 131072LL, int);
//@ const PYTHON_API_VERSION
LPS_INT(PYTHON_API_VERSION, 1013LL, int);
//@ const PYTHON_API_STRING
LPS_STR(PYTHON_API_STRING, 5, "1013");
//@ const PYTHON_ABI_VERSION
LPS_INT(PYTHON_ABI_VERSION, 3LL, int);
//@ const PYTHON_ABI_STRING
LPS_STR(PYTHON_ABI_STRING, 2, "3");
//@ const PyCF_MASK
LPS_INT(PyCF_MASK, 33423360LL, int);
//@ const PyCF_MASK_OBSOLETE
LPS_INT(PyCF_MASK_OBSOLETE, 16LL, int);
//@ const PyCF_SOURCE_IS_UTF8
LPS_INT(PyCF_SOURCE_IS_UTF8, 256LL, int);
//@ const PyCF_DONT_IMPLY_DEDENT
LPS_INT(PyCF_DONT_IMPLY_DEDENT, 512LL, int);
//@ const PyCF_ONLY_AST
LPS_INT(PyCF_ONLY_AST, 1024LL, int);
//@ const PyCF_IGNORE_COOKIE
LPS_INT(PyCF_IGNORE_COOKIE, 2048LL, int);
//@ const PyCF_TYPE_COMMENTS
LPS_INT(PyCF_TYPE_COMMENTS, 4096LL, int);
//@ const PyCF_ALLOW_TOP_LEVEL_AWAIT
LPS_INT(PyCF_ALLOW_TOP_LEVEL_AWAIT, 8192LL, int);
//@ const PyCF_COMPILE_MASK
LPS_INT(PyCF_COMPILE_MASK, 13824LL, int);
//@ const PY_INVALID_STACK_EFFECT
LPS_INT(PY_INVALID_STACK_EFFECT, 2147483647LL, int);
//@ const Py_single_input
LPS_INT(Py_single_input, 256LL, int);
//@ const Py_file_input
LPS_INT(Py_file_input, 257LL, int);
//@ const Py_eval_input
LPS_INT(Py_eval_input, 258LL, int);
//@ const Py_func_type_input
LPS_INT(Py_func_type_input, 345LL, int);
//@ const Py_fstring_input
LPS_INT(Py_fstring_input, 800LL, int);
//@ const PYOS_STACK_MARGIN
LPS_INT(PYOS_STACK_MARGIN, 2048LL, int);
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
//@ const _PY_FASTCALL_SMALL_STACK
LPS_INT(_PY_FASTCALL_SMALL_STACK, 5LL, int);
//@ const PY_VECTORCALL_ARGUMENTS_OFFSET
LPS_INT(PY_VECTORCALL_ARGUMENTS_OFFSET, 9223372036854775808ULL, size_t);
//@ const PY_ITERSEARCH_COUNT
LPS_INT(PY_ITERSEARCH_COUNT, 1LL, int);
//@ const PY_ITERSEARCH_INDEX
LPS_INT(PY_ITERSEARCH_INDEX, 2LL, int);
//@ const PY_ITERSEARCH_CONTAINS
LPS_INT(PY_ITERSEARCH_CONTAINS, 3LL, int);
//@ const PY_CTF_LOWER
LPS_INT(PY_CTF_LOWER, 1LL, int);
//@ const PY_CTF_UPPER
LPS_INT(PY_CTF_UPPER, 2LL, int);
//@ const PY_CTF_ALPHA
LPS_INT(PY_CTF_ALPHA, 3LL, int);
//@ const PY_CTF_DIGIT
LPS_INT(PY_CTF_DIGIT, 4LL, int);
//@ const PY_CTF_ALNUM
LPS_INT(PY_CTF_ALNUM, 7LL, int);
//@ const PY_CTF_SPACE
LPS_INT(PY_CTF_SPACE, 8LL, int);
//@ const PY_CTF_XDIGIT
LPS_INT(PY_CTF_XDIGIT, 16LL, int);
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
//@ const _PY_READ_MAX
LPS_INT(_PY_READ_MAX, 9223372036854775807LL, long);
//@ const _PY_WRITE_MAX
LPS_INT(_PY_WRITE_MAX, 9223372036854775807LL, long);
//@ const _PyDateTime_DATE_DATASIZE
LPS_INT(_PyDateTime_DATE_DATASIZE, 4LL, int);
//@ const _PyDateTime_TIME_DATASIZE
LPS_INT(_PyDateTime_TIME_DATASIZE, 6LL, int);
//@ const _PyDateTime_DATETIME_DATASIZE
LPS_INT(_PyDateTime_DATETIME_DATASIZE, 10LL, int);
//@ const PyDateTime_CAPSULE_NAME
LPS_STR(PyDateTime_CAPSULE_NAME, 23, "datetime.datetime_CAPI");
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
//@ const Py_MARSHAL_VERSION
LPS_INT(Py_MARSHAL_VERSION, 4LL, int);
//@ const _PyTime_ROUND_FLOOR =_PyTime_round_t
LPS_VALUE(_PyTime_ROUND_FLOOR, 0LL);
//@ const _PyTime_ROUND_CEILING =_PyTime_round_t
LPS_VALUE(_PyTime_ROUND_CEILING, 1LL);
//@ const _PyTime_ROUND_HALF_EVEN =_PyTime_round_t
LPS_VALUE(_PyTime_ROUND_HALF_EVEN, 2LL);
//@ const _PyTime_ROUND_UP =_PyTime_round_t
LPS_VALUE(_PyTime_ROUND_UP, 3LL);
//@ const _PyTime_ROUND_TIMEOUT =_PyTime_round_t
LPS_VALUE(_PyTime_ROUND_TIMEOUT, 3LL);
//@ const PYMEM_DOMAIN_RAW =PyMemAllocatorDomain
LPS_VALUE(PYMEM_DOMAIN_RAW, 0LL);
//@ const PYMEM_DOMAIN_MEM =PyMemAllocatorDomain
LPS_VALUE(PYMEM_DOMAIN_MEM, 1LL);
//@ const PYMEM_DOMAIN_OBJ =PyMemAllocatorDomain
LPS_VALUE(PYMEM_DOMAIN_OBJ, 2LL);
//@ const PYMEM_ALLOCATOR_NOT_SET =PyMemAllocatorName
LPS_VALUE(PYMEM_ALLOCATOR_NOT_SET, 0LL);
//@ const PYMEM_ALLOCATOR_DEFAULT =PyMemAllocatorName
LPS_VALUE(PYMEM_ALLOCATOR_DEFAULT, 1LL);
//@ const PYMEM_ALLOCATOR_DEBUG =PyMemAllocatorName
LPS_VALUE(PYMEM_ALLOCATOR_DEBUG, 2LL);
//@ const PYMEM_ALLOCATOR_MALLOC =PyMemAllocatorName
LPS_VALUE(PYMEM_ALLOCATOR_MALLOC, 3LL);
//@ const PYMEM_ALLOCATOR_MALLOC_DEBUG =PyMemAllocatorName
LPS_VALUE(PYMEM_ALLOCATOR_MALLOC_DEBUG, 4LL);
//@ const PYMEM_ALLOCATOR_PYMALLOC =PyMemAllocatorName
LPS_VALUE(PYMEM_ALLOCATOR_PYMALLOC, 5LL);
//@ const PYMEM_ALLOCATOR_PYMALLOC_DEBUG =PyMemAllocatorName
LPS_VALUE(PYMEM_ALLOCATOR_PYMALLOC_DEBUG, 6LL);
//@ const PyUnicode_WCHAR_KIND =PyUnicode_Kind
LPS_VALUE(PyUnicode_WCHAR_KIND, 0LL);
//@ const PyUnicode_1BYTE_KIND =PyUnicode_Kind
LPS_VALUE(PyUnicode_1BYTE_KIND, 1LL);
//@ const PyUnicode_2BYTE_KIND =PyUnicode_Kind
LPS_VALUE(PyUnicode_2BYTE_KIND, 2LL);
//@ const PyUnicode_4BYTE_KIND =PyUnicode_Kind
LPS_VALUE(PyUnicode_4BYTE_KIND, 4LL);
//@ const _PyStatus_TYPE_OK =PyStatus__bindgen_ty_1
LPS_VALUE(_PyStatus_TYPE_OK, 0LL);
//@ const _PyStatus_TYPE_ERROR =PyStatus__bindgen_ty_1
LPS_VALUE(_PyStatus_TYPE_ERROR, 1LL);
//@ const _PyStatus_TYPE_EXIT =PyStatus__bindgen_ty_1
LPS_VALUE(_PyStatus_TYPE_EXIT, 2LL);
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
//@ const _Py_ERROR_UNKNOWN =_Py_error_handler
LPS_VALUE(_Py_ERROR_UNKNOWN, 0LL);
//@ const _Py_ERROR_STRICT =_Py_error_handler
LPS_VALUE(_Py_ERROR_STRICT, 1LL);
//@ const _Py_ERROR_SURROGATEESCAPE =_Py_error_handler
LPS_VALUE(_Py_ERROR_SURROGATEESCAPE, 2LL);
//@ const _Py_ERROR_REPLACE =_Py_error_handler
LPS_VALUE(_Py_ERROR_REPLACE, 3LL);
//@ const _Py_ERROR_IGNORE =_Py_error_handler
LPS_VALUE(_Py_ERROR_IGNORE, 4LL);
//@ const _Py_ERROR_BACKSLASHREPLACE =_Py_error_handler
LPS_VALUE(_Py_ERROR_BACKSLASHREPLACE, 5LL);
//@ const _Py_ERROR_SURROGATEPASS =_Py_error_handler
LPS_VALUE(_Py_ERROR_SURROGATEPASS, 6LL);
//@ const _Py_ERROR_XMLCHARREFREPLACE =_Py_error_handler
LPS_VALUE(_Py_ERROR_XMLCHARREFREPLACE, 7LL);
//@ const _Py_ERROR_OTHER =_Py_error_handler
LPS_VALUE(_Py_ERROR_OTHER, 8LL);
//@ function _Py_get_387controlword
LPS_FN(_Py_get_387controlword, unsigned short (*)(void));
//@ function _Py_set_387controlword
LPS_FN(_Py_set_387controlword, void (*)(unsigned short));
//@ function _Py_bit_length
LPS_FN(_Py_bit_length, unsigned int (*)(unsigned long));
//@ function PyType_FromSpec *PyObject,PyType_Spec
LPS_FN(PyType_FromSpec, PyObject *(*)(PyType_Spec *));
//@ function PyType_FromSpecWithBases *PyObject,PyType_Spec
LPS_FN(PyType_FromSpecWithBases, PyObject *(*)(PyType_Spec *, PyObject *));
//@ function PyType_GetSlot *PyTypeObject
LPS_FN(PyType_GetSlot, void *(*)(PyTypeObject *, int));
//@ function PyType_FromModuleAndSpec *PyObject,PyType_Spec
LPS_FN(PyType_FromModuleAndSpec, PyObject *(*)(PyObject *, PyType_Spec *, PyObject *));
//@ function PyType_GetModule *PyObject,_typeobject
LPS_FN(PyType_GetModule, PyObject *(*)(struct _typeobject *));
//@ function PyType_GetModuleState *_typeobject
LPS_FN(PyType_GetModuleState, void *(*)(struct _typeobject *));
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
//@ function _Py_NewReference *PyObject
LPS_FN(_Py_NewReference, void (*)(PyObject *));
//@ function _PyTraceMalloc_NewReference *PyObject
LPS_FN(_PyTraceMalloc_NewReference, int (*)(PyObject *));
//@ function _PyType_Name *PyTypeObject
LPS_FN(_PyType_Name, const char *(*)(PyTypeObject *));
//@ function _PyType_Lookup *PyObject,PyTypeObject
LPS_FN(_PyType_Lookup, PyObject *(*)(PyTypeObject *, PyObject *));
//@ function _PyType_LookupId *PyObject,PyTypeObject,_Py_Identifier
LPS_FN(_PyType_LookupId, PyObject *(*)(PyTypeObject *, _Py_Identifier *));
//@ function _PyObject_LookupSpecial *PyObject,_Py_Identifier
LPS_FN(_PyObject_LookupSpecial, PyObject *(*)(PyObject *, _Py_Identifier *));
//@ function _PyType_CalculateMetaclass *PyObject,PyTypeObject
LPS_FN(_PyType_CalculateMetaclass, PyTypeObject *(*)(PyTypeObject *, PyObject *));
//@ function _PyType_GetDocFromInternalDoc *PyObject
LPS_FN(_PyType_GetDocFromInternalDoc, PyObject *(*)(const char *, const char *));
//@ function _PyType_GetTextSignatureFromInternalDoc *PyObject
LPS_FN(_PyType_GetTextSignatureFromInternalDoc, PyObject *(*)(const char *, const char *));
//@ function PyObject_Print *PyObject
LPS_FN(PyObject_Print, int (*)(PyObject *, FILE *, int));
//@ function _Py_BreakPoint
LPS_FN(_Py_BreakPoint, void (*)(void));
//@ function _PyObject_Dump *PyObject
LPS_FN(_PyObject_Dump, void (*)(PyObject *));
//@ function _PyObject_IsFreed *PyObject
LPS_FN(_PyObject_IsFreed, int (*)(PyObject *));
//@ function _PyObject_IsAbstract *PyObject
LPS_FN(_PyObject_IsAbstract, int (*)(PyObject *));
//@ function _PyObject_GetAttrId *PyObject,_Py_Identifier
LPS_FN(_PyObject_GetAttrId, PyObject *(*)(PyObject *, _Py_Identifier *));
//@ function _PyObject_SetAttrId *PyObject,_Py_Identifier
LPS_FN(_PyObject_SetAttrId, int (*)(PyObject *, _Py_Identifier *, PyObject *));
//@ function _PyObject_HasAttrId *PyObject,_Py_Identifier
LPS_FN(_PyObject_HasAttrId, int (*)(PyObject *, _Py_Identifier *));
//@ function _PyObject_LookupAttr *PyObject
LPS_FN(_PyObject_LookupAttr, int (*)(PyObject *, PyObject *, PyObject **));
//@ function _PyObject_LookupAttrId *PyObject,_Py_Identifier
LPS_FN(_PyObject_LookupAttrId, int (*)(PyObject *, _Py_Identifier *, PyObject **));
//@ function _PyObject_GetMethod *PyObject
LPS_FN(_PyObject_GetMethod, int (*)(PyObject *, PyObject *, PyObject **));
//@ function _PyObject_GetDictPtr *PyObject
LPS_FN(_PyObject_GetDictPtr, PyObject **(*)(PyObject *));
//@ function _PyObject_NextNotImplemented *PyObject
LPS_FN(_PyObject_NextNotImplemented, PyObject *(*)(PyObject *));
//@ function PyObject_CallFinalizer *PyObject
LPS_FN(PyObject_CallFinalizer, void (*)(PyObject *));
//@ function PyObject_CallFinalizerFromDealloc *PyObject
LPS_FN(PyObject_CallFinalizerFromDealloc, int (*)(PyObject *));
//@ function _PyObject_GenericGetAttrWithDict *PyObject
LPS_FN(_PyObject_GenericGetAttrWithDict, PyObject *(*)(PyObject *, PyObject *, PyObject *, int));
//@ function _PyObject_GenericSetAttrWithDict *PyObject
LPS_FN(_PyObject_GenericSetAttrWithDict, int (*)(PyObject *, PyObject *, PyObject *, PyObject *));
//@ function _PyObject_FunctionStr *PyObject
LPS_FN(_PyObject_FunctionStr, PyObject *(*)(PyObject *));
//@ function _PyDebugAllocatorStats
LPS_FN(_PyDebugAllocatorStats, void (*)(FILE *, const char *, int, size_t));
//@ function _PyObject_DebugTypeStats
LPS_FN(_PyObject_DebugTypeStats, void (*)(FILE *));
//@ function _PyObject_AssertFailed *PyObject
LPS_DECLARED(_PyObject_AssertFailed);
LPS_DECL(_Noreturn void _PyObject_AssertFailed(PyObject *, const char *, const char *, const char *, int, const char *);)
//@ function _PyObject_CheckConsistency *PyObject
LPS_FN(_PyObject_CheckConsistency, int (*)(PyObject *, int));
//@ function _PyTrash_deposit_object *PyObject
LPS_FN(_PyTrash_deposit_object, void (*)(PyObject *));
//@ function _PyTrash_destroy_chain
LPS_FN(_PyTrash_destroy_chain, void (*)(void));
//@ function _PyTrash_thread_deposit_object *PyObject
LPS_FN(_PyTrash_thread_deposit_object, void (*)(PyObject *));
//@ function _PyTrash_thread_destroy_chain
LPS_FN(_PyTrash_thread_destroy_chain, void (*)(void));
//@ function _PyTrash_begin *PyObject,_ts
LPS_FN(_PyTrash_begin, int (*)(struct _ts *, PyObject *));
//@ function _PyTrash_end *_ts
LPS_FN(_PyTrash_end, void (*)(struct _ts *));
//@ function _PyTime_FromSeconds =_PyTime_t
LPS_FN(_PyTime_FromSeconds, _PyTime_t (*)(int));
//@ function _PyTime_FromNanoseconds =_PyTime_t
LPS_FN(_PyTime_FromNanoseconds, _PyTime_t (*)(_PyTime_t));
//@ function _PyTime_FromNanosecondsObject *PyObject,_PyTime_t
LPS_FN(_PyTime_FromNanosecondsObject, int (*)(_PyTime_t *, PyObject *));
//@ function _PyTime_FromSecondsObject =_PyTime_round_t *PyObject,_PyTime_t
LPS_FN(_PyTime_FromSecondsObject, int (*)(_PyTime_t *, PyObject *, _PyTime_round_t));
//@ function _PyTime_FromMillisecondsObject =_PyTime_round_t *PyObject,_PyTime_t
LPS_FN(_PyTime_FromMillisecondsObject, int (*)(_PyTime_t *, PyObject *, _PyTime_round_t));
//@ function _PyTime_AsSecondsDouble =_PyTime_t
LPS_FN(_PyTime_AsSecondsDouble, double (*)(_PyTime_t));
//@ function _PyTime_AsMilliseconds =_PyTime_round_t,_PyTime_t
LPS_FN(_PyTime_AsMilliseconds, _PyTime_t (*)(_PyTime_t, _PyTime_round_t));
//@ function _PyTime_AsMicroseconds =_PyTime_round_t,_PyTime_t
LPS_FN(_PyTime_AsMicroseconds, _PyTime_t (*)(_PyTime_t, _PyTime_round_t));
//@ function _PyTime_AsNanosecondsObject =_PyTime_t *PyObject
LPS_FN(_PyTime_AsNanosecondsObject, PyObject *(*)(_PyTime_t));
//@ function _PyTime_MulDiv =_PyTime_t
LPS_FN(_PyTime_MulDiv, _PyTime_t (*)(_PyTime_t, _PyTime_t, _PyTime_t));
//@ function _PyTime_GetSystemClock =_PyTime_t
LPS_FN(_PyTime_GetSystemClock, _PyTime_t (*)(void));
//@ function _PyTime_GetMonotonicClock =_PyTime_t
LPS_FN(_PyTime_GetMonotonicClock, _PyTime_t (*)(void));
//@ function _PyTime_GetSystemClockWithInfo *_PyTime_t,_Py_clock_info_t
LPS_FN(_PyTime_GetSystemClockWithInfo, int (*)(_PyTime_t *, _Py_clock_info_t *));
//@ function _PyTime_GetMonotonicClockWithInfo *_PyTime_t,_Py_clock_info_t
LPS_FN(_PyTime_GetMonotonicClockWithInfo, int (*)(_PyTime_t *, _Py_clock_info_t *));
//@ function _PyTime_Init
LPS_FN(_PyTime_Init, int (*)(void));
//@ function _PyTime_GetPerfCounter =_PyTime_t
LPS_FN(_PyTime_GetPerfCounter, _PyTime_t (*)(void));
//@ function _PyTime_GetPerfCounterWithInfo *_PyTime_t,_Py_clock_info_t
LPS_FN(_PyTime_GetPerfCounterWithInfo, int (*)(_PyTime_t *, _Py_clock_info_t *));
//@ function PyMem_Malloc
LPS_FN(PyMem_Malloc, void *(*)(size_t));
//@ function PyMem_Realloc
LPS_FN(PyMem_Realloc, void *(*)(void *, size_t));
//@ function PyMem_Free
LPS_FN(PyMem_Free, void (*)(void *));
//@ function PyMem_RawMalloc
LPS_FN(PyMem_RawMalloc, void *(*)(size_t));
//@ function PyMem_RawCalloc
LPS_FN(PyMem_RawCalloc, void *(*)(size_t, size_t));
//@ function PyMem_RawRealloc
LPS_FN(PyMem_RawRealloc, void *(*)(void *, size_t));
//@ function PyMem_RawFree
LPS_FN(PyMem_RawFree, void (*)(void *));
//@ function _PyMem_GetCurrentAllocatorName
LPS_FN(_PyMem_GetCurrentAllocatorName, const char *(*)(void));
//@ function PyMem_Calloc
LPS_FN(PyMem_Calloc, void *(*)(size_t, size_t));
//@ function _PyMem_RawStrdup
LPS_FN(_PyMem_RawStrdup, char *(*)(const char *));
//@ function _PyMem_Strdup
LPS_FN(_PyMem_Strdup, char *(*)(const char *));
//@ function _PyMem_RawWcsdup
LPS_FN(_PyMem_RawWcsdup, wchar_t *(*)(const wchar_t *));
//@ function PyMem_GetAllocator =PyMemAllocatorDomain *PyMemAllocatorEx
LPS_FN(PyMem_GetAllocator, void (*)(PyMemAllocatorDomain, PyMemAllocatorEx *));
//@ function PyMem_SetAllocator =PyMemAllocatorDomain *PyMemAllocatorEx
LPS_FN(PyMem_SetAllocator, void (*)(PyMemAllocatorDomain, PyMemAllocatorEx *));
//@ function PyMem_SetupDebugHooks
LPS_FN(PyMem_SetupDebugHooks, void (*)(void));
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
//@ function _Py_GetAllocatedBlocks
LPS_FN(_Py_GetAllocatedBlocks, Py_ssize_t (*)(void));
//@ function _PyObject_DebugMallocStats
LPS_FN(_PyObject_DebugMallocStats, int (*)(FILE *));
//@ function PyObject_GetArenaAllocator *PyObjectArenaAllocator
LPS_FN(PyObject_GetArenaAllocator, void (*)(PyObjectArenaAllocator *));
//@ function PyObject_SetArenaAllocator *PyObjectArenaAllocator
LPS_FN(PyObject_SetArenaAllocator, void (*)(PyObjectArenaAllocator *));
//@ function _PyGC_CollectNoFail
LPS_FN(_PyGC_CollectNoFail, Py_ssize_t (*)(void));
//@ function _PyGC_CollectIfEnabled
LPS_FN(_PyGC_CollectIfEnabled, Py_ssize_t (*)(void));
//@ function PyObject_IS_GC *PyObject
LPS_FN(PyObject_IS_GC, int (*)(PyObject *));
//@ function _PyObject_GC_Malloc *PyObject
LPS_FN(_PyObject_GC_Malloc, PyObject *(*)(size_t));
//@ function _PyObject_GC_Calloc *PyObject
LPS_FN(_PyObject_GC_Calloc, PyObject *(*)(size_t));
//@ function PyObject_GET_WEAKREFS_LISTPTR *PyObject
LPS_FN(PyObject_GET_WEAKREFS_LISTPTR, PyObject **(*)(PyObject *));
//@ function _Py_HashDouble =Py_hash_t
LPS_FN(_Py_HashDouble, Py_hash_t (*)(double));
//@ function _Py_HashPointer =Py_hash_t
LPS_FN(_Py_HashPointer, Py_hash_t (*)(const void *));
//@ function _Py_HashPointerRaw =Py_hash_t
LPS_FN(_Py_HashPointerRaw, Py_hash_t (*)(const void *));
//@ function _Py_HashBytes =Py_hash_t
LPS_FN(_Py_HashBytes, Py_hash_t (*)(const void *, Py_ssize_t));
//@ function PyHash_GetFuncDef *PyHash_FuncDef
LPS_FN(PyHash_GetFuncDef, PyHash_FuncDef *(*)(void));
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
//@ function _PyBytes_Resize *PyObject
LPS_FN(_PyBytes_Resize, int (*)(PyObject **, Py_ssize_t));
//@ function _PyBytes_FormatEx *PyObject
LPS_FN(_PyBytes_FormatEx, PyObject *(*)(const char *, Py_ssize_t, PyObject *, int));
//@ function _PyBytes_FromHex *PyObject
LPS_FN(_PyBytes_FromHex, PyObject *(*)(PyObject *, int));
//@ function _PyBytes_DecodeEscape *PyObject
LPS_FN(_PyBytes_DecodeEscape, PyObject *(*)(const char *, Py_ssize_t, const char *, const char **));
//@ function _PyBytes_Join *PyObject
LPS_FN(_PyBytes_Join, PyObject *(*)(PyObject *, PyObject *));
//@ function _PyBytesWriter_Init *_PyBytesWriter
LPS_FN(_PyBytesWriter_Init, void (*)(_PyBytesWriter *));
//@ function _PyBytesWriter_Finish *PyObject,_PyBytesWriter
LPS_FN(_PyBytesWriter_Finish, PyObject *(*)(_PyBytesWriter *, void *));
//@ function _PyBytesWriter_Dealloc *_PyBytesWriter
LPS_FN(_PyBytesWriter_Dealloc, void (*)(_PyBytesWriter *));
//@ function _PyBytesWriter_Alloc *_PyBytesWriter
LPS_FN(_PyBytesWriter_Alloc, void *(*)(_PyBytesWriter *, Py_ssize_t));
//@ function _PyBytesWriter_Prepare *_PyBytesWriter
LPS_FN(_PyBytesWriter_Prepare, void *(*)(_PyBytesWriter *, void *, Py_ssize_t));
//@ function _PyBytesWriter_Resize *_PyBytesWriter
LPS_FN(_PyBytesWriter_Resize, void *(*)(_PyBytesWriter *, void *, Py_ssize_t));
//@ function _PyBytesWriter_WriteBytes *_PyBytesWriter
LPS_FN(_PyBytesWriter_WriteBytes, void *(*)(_PyBytesWriter *, void *, const void *, Py_ssize_t));
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
//@ function PyUnicode_GetSize *PyObject
LPS_FN(PyUnicode_GetSize, Py_ssize_t (*)(PyObject *));
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
//@ function PyUnicode_InternImmortal *PyObject
LPS_FN(PyUnicode_InternImmortal, void (*)(PyObject **));
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
//@ function PyUnicode_AsDecodedObject *PyObject
LPS_FN(PyUnicode_AsDecodedObject, PyObject *(*)(PyObject *, const char *, const char *));
//@ function PyUnicode_AsDecodedUnicode *PyObject
LPS_FN(PyUnicode_AsDecodedUnicode, PyObject *(*)(PyObject *, const char *, const char *));
//@ function PyUnicode_AsEncodedObject *PyObject
LPS_FN(PyUnicode_AsEncodedObject, PyObject *(*)(PyObject *, const char *, const char *));
//@ function PyUnicode_AsEncodedString *PyObject
LPS_FN(PyUnicode_AsEncodedString, PyObject *(*)(PyObject *, const char *, const char *));
//@ function PyUnicode_AsEncodedUnicode *PyObject
LPS_FN(PyUnicode_AsEncodedUnicode, PyObject *(*)(PyObject *, const char *, const char *));
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
//@ function _PyUnicode_CheckConsistency *PyObject
LPS_FN(_PyUnicode_CheckConsistency, int (*)(PyObject *, int));
//@ function PyUnicode_New =Py_UCS4 *PyObject
LPS_FN(PyUnicode_New, PyObject *(*)(Py_ssize_t, Py_UCS4));
//@ function _PyUnicode_Ready *PyObject
LPS_FN(_PyUnicode_Ready, int (*)(PyObject *));
//@ function _PyUnicode_Copy *PyObject
LPS_FN(_PyUnicode_Copy, PyObject *(*)(PyObject *));
//@ function PyUnicode_CopyCharacters *PyObject
LPS_FN(PyUnicode_CopyCharacters, Py_ssize_t (*)(PyObject *, Py_ssize_t, PyObject *, Py_ssize_t, Py_ssize_t));
//@ function _PyUnicode_FastCopyCharacters *PyObject
LPS_FN(_PyUnicode_FastCopyCharacters, void (*)(PyObject *, Py_ssize_t, PyObject *, Py_ssize_t, Py_ssize_t));
//@ function PyUnicode_Fill =Py_UCS4 *PyObject
LPS_FN(PyUnicode_Fill, Py_ssize_t (*)(PyObject *, Py_ssize_t, Py_ssize_t, Py_UCS4));
//@ function _PyUnicode_FastFill =Py_UCS4 *PyObject
LPS_FN(_PyUnicode_FastFill, void (*)(PyObject *, Py_ssize_t, Py_ssize_t, Py_UCS4));
//@ function PyUnicode_FromUnicode *PyObject,Py_UNICODE
LPS_FN(PyUnicode_FromUnicode, PyObject *(*)(const Py_UNICODE *, Py_ssize_t));
//@ function PyUnicode_FromKindAndData *PyObject
LPS_FN(PyUnicode_FromKindAndData, PyObject *(*)(int, const void *, Py_ssize_t));
//@ function _PyUnicode_FromASCII *PyObject
LPS_FN(_PyUnicode_FromASCII, PyObject *(*)(const char *, Py_ssize_t));
//@ function _PyUnicode_FindMaxChar =Py_UCS4 *PyObject
LPS_FN(_PyUnicode_FindMaxChar, Py_UCS4 (*)(PyObject *, Py_ssize_t, Py_ssize_t));
//@ function PyUnicode_AsUnicode *PyObject,Py_UNICODE
LPS_FN(PyUnicode_AsUnicode, Py_UNICODE *(*)(PyObject *));
//@ function _PyUnicode_AsUnicode *PyObject,Py_UNICODE
LPS_FN(_PyUnicode_AsUnicode, const Py_UNICODE *(*)(PyObject *));
//@ function PyUnicode_AsUnicodeAndSize *PyObject,Py_UNICODE
LPS_FN(PyUnicode_AsUnicodeAndSize, Py_UNICODE *(*)(PyObject *, Py_ssize_t *));
//@ function PyUnicode_GetMax =Py_UNICODE
LPS_FN(PyUnicode_GetMax, Py_UNICODE (*)(void));
//@ function _PyUnicodeWriter_Init *_PyUnicodeWriter
LPS_FN(_PyUnicodeWriter_Init, void (*)(_PyUnicodeWriter *));
//@ function _PyUnicodeWriter_PrepareInternal =Py_UCS4 *_PyUnicodeWriter
LPS_FN(_PyUnicodeWriter_PrepareInternal, int (*)(_PyUnicodeWriter *, Py_ssize_t, Py_UCS4));
//@ function _PyUnicodeWriter_PrepareKindInternal =PyUnicode_Kind *_PyUnicodeWriter
LPS_FN(_PyUnicodeWriter_PrepareKindInternal, int (*)(_PyUnicodeWriter *, enum PyUnicode_Kind));
//@ function _PyUnicodeWriter_WriteChar =Py_UCS4 *_PyUnicodeWriter
LPS_FN(_PyUnicodeWriter_WriteChar, int (*)(_PyUnicodeWriter *, Py_UCS4));
//@ function _PyUnicodeWriter_WriteStr *PyObject,_PyUnicodeWriter
LPS_FN(_PyUnicodeWriter_WriteStr, int (*)(_PyUnicodeWriter *, PyObject *));
//@ function _PyUnicodeWriter_WriteSubstring *PyObject,_PyUnicodeWriter
LPS_FN(_PyUnicodeWriter_WriteSubstring, int (*)(_PyUnicodeWriter *, PyObject *, Py_ssize_t, Py_ssize_t));
//@ function _PyUnicodeWriter_WriteASCIIString *_PyUnicodeWriter
LPS_FN(_PyUnicodeWriter_WriteASCIIString, int (*)(_PyUnicodeWriter *, const char *, Py_ssize_t));
//@ function _PyUnicodeWriter_WriteLatin1String *_PyUnicodeWriter
LPS_FN(_PyUnicodeWriter_WriteLatin1String, int (*)(_PyUnicodeWriter *, const char *, Py_ssize_t));
//@ function _PyUnicodeWriter_Finish *PyObject,_PyUnicodeWriter
LPS_FN(_PyUnicodeWriter_Finish, PyObject *(*)(_PyUnicodeWriter *));
//@ function _PyUnicodeWriter_Dealloc *_PyUnicodeWriter
LPS_FN(_PyUnicodeWriter_Dealloc, void (*)(_PyUnicodeWriter *));
//@ function _PyUnicode_FormatAdvancedWriter *PyObject,_PyUnicodeWriter
LPS_FN(_PyUnicode_FormatAdvancedWriter, int (*)(_PyUnicodeWriter *, PyObject *, PyObject *, Py_ssize_t, Py_ssize_t));
//@ function PyUnicode_AsUTF8AndSize *PyObject
LPS_FN(PyUnicode_AsUTF8AndSize, const char *(*)(PyObject *, Py_ssize_t *));
//@ function PyUnicode_AsUTF8 *PyObject
LPS_FN(PyUnicode_AsUTF8, const char *(*)(PyObject *));
//@ function PyUnicode_Encode *PyObject,Py_UNICODE
LPS_FN(PyUnicode_Encode, PyObject *(*)(const Py_UNICODE *, Py_ssize_t, const char *, const char *));
//@ function PyUnicode_EncodeUTF7 *PyObject,Py_UNICODE
LPS_FN(PyUnicode_EncodeUTF7, PyObject *(*)(const Py_UNICODE *, Py_ssize_t, int, int, const char *));
//@ function _PyUnicode_EncodeUTF7 *PyObject
LPS_FN(_PyUnicode_EncodeUTF7, PyObject *(*)(PyObject *, int, int, const char *));
//@ function _PyUnicode_AsUTF8String *PyObject
LPS_FN(_PyUnicode_AsUTF8String, PyObject *(*)(PyObject *, const char *));
//@ function PyUnicode_EncodeUTF8 *PyObject,Py_UNICODE
LPS_FN(PyUnicode_EncodeUTF8, PyObject *(*)(const Py_UNICODE *, Py_ssize_t, const char *));
//@ function PyUnicode_EncodeUTF32 *PyObject,Py_UNICODE
LPS_FN(PyUnicode_EncodeUTF32, PyObject *(*)(const Py_UNICODE *, Py_ssize_t, const char *, int));
//@ function _PyUnicode_EncodeUTF32 *PyObject
LPS_FN(_PyUnicode_EncodeUTF32, PyObject *(*)(PyObject *, const char *, int));
//@ function PyUnicode_EncodeUTF16 *PyObject,Py_UNICODE
LPS_FN(PyUnicode_EncodeUTF16, PyObject *(*)(const Py_UNICODE *, Py_ssize_t, const char *, int));
//@ function _PyUnicode_EncodeUTF16 *PyObject
LPS_FN(_PyUnicode_EncodeUTF16, PyObject *(*)(PyObject *, const char *, int));
//@ function _PyUnicode_DecodeUnicodeEscapeStateful *PyObject
LPS_FN(_PyUnicode_DecodeUnicodeEscapeStateful, PyObject *(*)(const char *, Py_ssize_t, const char *, Py_ssize_t *));
//@ function _PyUnicode_DecodeUnicodeEscapeInternal *PyObject
LPS_FN(_PyUnicode_DecodeUnicodeEscapeInternal, PyObject *(*)(const char *, Py_ssize_t, const char *, Py_ssize_t *, const char **));
//@ function PyUnicode_EncodeUnicodeEscape *PyObject,Py_UNICODE
LPS_FN(PyUnicode_EncodeUnicodeEscape, PyObject *(*)(const Py_UNICODE *, Py_ssize_t));
//@ function PyUnicode_EncodeRawUnicodeEscape *PyObject,Py_UNICODE
LPS_FN(PyUnicode_EncodeRawUnicodeEscape, PyObject *(*)(const Py_UNICODE *, Py_ssize_t));
//@ function _PyUnicode_DecodeRawUnicodeEscapeStateful *PyObject
LPS_FN(_PyUnicode_DecodeRawUnicodeEscapeStateful, PyObject *(*)(const char *, Py_ssize_t, const char *, Py_ssize_t *));
//@ function _PyUnicode_AsLatin1String *PyObject
LPS_FN(_PyUnicode_AsLatin1String, PyObject *(*)(PyObject *, const char *));
//@ function PyUnicode_EncodeLatin1 *PyObject,Py_UNICODE
LPS_FN(PyUnicode_EncodeLatin1, PyObject *(*)(const Py_UNICODE *, Py_ssize_t, const char *));
//@ function _PyUnicode_AsASCIIString *PyObject
LPS_FN(_PyUnicode_AsASCIIString, PyObject *(*)(PyObject *, const char *));
//@ function PyUnicode_EncodeASCII *PyObject,Py_UNICODE
LPS_FN(PyUnicode_EncodeASCII, PyObject *(*)(const Py_UNICODE *, Py_ssize_t, const char *));
//@ function PyUnicode_EncodeCharmap *PyObject,Py_UNICODE
LPS_FN(PyUnicode_EncodeCharmap, PyObject *(*)(const Py_UNICODE *, Py_ssize_t, PyObject *, const char *));
//@ function _PyUnicode_EncodeCharmap *PyObject
LPS_FN(_PyUnicode_EncodeCharmap, PyObject *(*)(PyObject *, PyObject *, const char *));
//@ function PyUnicode_TranslateCharmap *PyObject,Py_UNICODE
LPS_FN(PyUnicode_TranslateCharmap, PyObject *(*)(const Py_UNICODE *, Py_ssize_t, PyObject *, const char *));
//@ function PyUnicode_EncodeDecimal *Py_UNICODE
LPS_FN(PyUnicode_EncodeDecimal, int (*)(Py_UNICODE *, Py_ssize_t, char *, const char *));
//@ function PyUnicode_TransformDecimalToASCII *PyObject,Py_UNICODE
LPS_FN(PyUnicode_TransformDecimalToASCII, PyObject *(*)(Py_UNICODE *, Py_ssize_t));
//@ function _PyUnicode_TransformDecimalAndSpaceToASCII *PyObject
LPS_FN(_PyUnicode_TransformDecimalAndSpaceToASCII, PyObject *(*)(PyObject *));
//@ function _PyUnicode_JoinArray *PyObject
LPS_FN(_PyUnicode_JoinArray, PyObject *(*)(PyObject *, PyObject * const *, Py_ssize_t));
//@ function _PyUnicode_EqualToASCIIId *PyObject,_Py_Identifier
LPS_FN(_PyUnicode_EqualToASCIIId, int (*)(PyObject *, _Py_Identifier *));
//@ function _PyUnicode_EqualToASCIIString *PyObject
LPS_FN(_PyUnicode_EqualToASCIIString, int (*)(PyObject *, const char *));
//@ function _PyUnicode_XStrip *PyObject
LPS_FN(_PyUnicode_XStrip, PyObject *(*)(PyObject *, int, PyObject *));
//@ function _PyUnicode_InsertThousandsGrouping *PyObject,Py_UCS4,_PyUnicodeWriter
LPS_FN(_PyUnicode_InsertThousandsGrouping, Py_ssize_t (*)(_PyUnicodeWriter *, Py_ssize_t, PyObject *, Py_ssize_t, Py_ssize_t, Py_ssize_t, const char *, PyObject *, Py_UCS4 *));
//@ function _PyUnicode_IsLowercase =Py_UCS4
LPS_FN(_PyUnicode_IsLowercase, int (*)(Py_UCS4));
//@ function _PyUnicode_IsUppercase =Py_UCS4
LPS_FN(_PyUnicode_IsUppercase, int (*)(Py_UCS4));
//@ function _PyUnicode_IsTitlecase =Py_UCS4
LPS_FN(_PyUnicode_IsTitlecase, int (*)(Py_UCS4));
//@ function _PyUnicode_IsXidStart =Py_UCS4
LPS_FN(_PyUnicode_IsXidStart, int (*)(Py_UCS4));
//@ function _PyUnicode_IsXidContinue =Py_UCS4
LPS_FN(_PyUnicode_IsXidContinue, int (*)(Py_UCS4));
//@ function _PyUnicode_IsWhitespace =Py_UCS4
LPS_FN(_PyUnicode_IsWhitespace, int (*)(Py_UCS4));
//@ function _PyUnicode_IsLinebreak =Py_UCS4
LPS_FN(_PyUnicode_IsLinebreak, int (*)(Py_UCS4));
//@ function _PyUnicode_ToLowercase =Py_UCS4
LPS_FN(_PyUnicode_ToLowercase, Py_UCS4 (*)(Py_UCS4));
//@ function _PyUnicode_ToUppercase =Py_UCS4
LPS_FN(_PyUnicode_ToUppercase, Py_UCS4 (*)(Py_UCS4));
//@ function _PyUnicode_ToTitlecase =Py_UCS4
LPS_FN(_PyUnicode_ToTitlecase, Py_UCS4 (*)(Py_UCS4));
//@ function _PyUnicode_ToLowerFull =Py_UCS4 *Py_UCS4
LPS_FN(_PyUnicode_ToLowerFull, int (*)(Py_UCS4, Py_UCS4 *));
//@ function _PyUnicode_ToTitleFull =Py_UCS4 *Py_UCS4
LPS_FN(_PyUnicode_ToTitleFull, int (*)(Py_UCS4, Py_UCS4 *));
//@ function _PyUnicode_ToUpperFull =Py_UCS4 *Py_UCS4
LPS_FN(_PyUnicode_ToUpperFull, int (*)(Py_UCS4, Py_UCS4 *));
//@ function _PyUnicode_ToFoldedFull =Py_UCS4 *Py_UCS4
LPS_FN(_PyUnicode_ToFoldedFull, int (*)(Py_UCS4, Py_UCS4 *));
//@ function _PyUnicode_IsCaseIgnorable =Py_UCS4
LPS_FN(_PyUnicode_IsCaseIgnorable, int (*)(Py_UCS4));
//@ function _PyUnicode_IsCased =Py_UCS4
LPS_FN(_PyUnicode_IsCased, int (*)(Py_UCS4));
//@ function _PyUnicode_ToDecimalDigit =Py_UCS4
LPS_FN(_PyUnicode_ToDecimalDigit, int (*)(Py_UCS4));
//@ function _PyUnicode_ToDigit =Py_UCS4
LPS_FN(_PyUnicode_ToDigit, int (*)(Py_UCS4));
//@ function _PyUnicode_ToNumeric =Py_UCS4
LPS_FN(_PyUnicode_ToNumeric, double (*)(Py_UCS4));
//@ function _PyUnicode_IsDecimalDigit =Py_UCS4
LPS_FN(_PyUnicode_IsDecimalDigit, int (*)(Py_UCS4));
//@ function _PyUnicode_IsDigit =Py_UCS4
LPS_FN(_PyUnicode_IsDigit, int (*)(Py_UCS4));
//@ function _PyUnicode_IsNumeric =Py_UCS4
LPS_FN(_PyUnicode_IsNumeric, int (*)(Py_UCS4));
//@ function _PyUnicode_IsPrintable =Py_UCS4
LPS_FN(_PyUnicode_IsPrintable, int (*)(Py_UCS4));
//@ function _PyUnicode_IsAlpha =Py_UCS4
LPS_FN(_PyUnicode_IsAlpha, int (*)(Py_UCS4));
//@ function Py_UNICODE_strlen *Py_UNICODE
LPS_FN(Py_UNICODE_strlen, size_t (*)(const Py_UNICODE *));
//@ function Py_UNICODE_strcpy *Py_UNICODE
LPS_FN(Py_UNICODE_strcpy, Py_UNICODE *(*)(Py_UNICODE *, const Py_UNICODE *));
//@ function Py_UNICODE_strcat *Py_UNICODE
LPS_FN(Py_UNICODE_strcat, Py_UNICODE *(*)(Py_UNICODE *, const Py_UNICODE *));
//@ function Py_UNICODE_strncpy *Py_UNICODE
LPS_FN(Py_UNICODE_strncpy, Py_UNICODE *(*)(Py_UNICODE *, const Py_UNICODE *, size_t));
//@ function Py_UNICODE_strcmp *Py_UNICODE
LPS_FN(Py_UNICODE_strcmp, int (*)(const Py_UNICODE *, const Py_UNICODE *));
//@ function Py_UNICODE_strncmp *Py_UNICODE
LPS_FN(Py_UNICODE_strncmp, int (*)(const Py_UNICODE *, const Py_UNICODE *, size_t));
//@ function Py_UNICODE_strchr =Py_UNICODE *Py_UNICODE
LPS_FN(Py_UNICODE_strchr, Py_UNICODE *(*)(const Py_UNICODE *, Py_UNICODE));
//@ function Py_UNICODE_strrchr =Py_UNICODE *Py_UNICODE
LPS_FN(Py_UNICODE_strrchr, Py_UNICODE *(*)(const Py_UNICODE *, Py_UNICODE));
//@ function _PyUnicode_FormatLong *PyObject
LPS_FN(_PyUnicode_FormatLong, PyObject *(*)(PyObject *, int, int, int));
//@ function PyUnicode_AsUnicodeCopy *PyObject,Py_UNICODE
LPS_FN(PyUnicode_AsUnicodeCopy, Py_UNICODE *(*)(PyObject *));
//@ function _PyUnicode_FromId *PyObject,_Py_Identifier
LPS_FN(_PyUnicode_FromId, PyObject *(*)(_Py_Identifier *));
//@ function _PyUnicode_EQ *PyObject
LPS_FN(_PyUnicode_EQ, int (*)(PyObject *, PyObject *));
//@ function _PyUnicode_ScanIdentifier *PyObject
LPS_FN(_PyUnicode_ScanIdentifier, Py_ssize_t (*)(PyObject *));
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
//@ function _PyLong_AsInt *PyObject
LPS_FN(_PyLong_AsInt, int (*)(PyObject *));
//@ function PyLong_GetInfo *PyObject
LPS_FN(PyLong_GetInfo, PyObject *(*)(void));
//@ function _PyLong_UnsignedShort_Converter *PyObject
LPS_FN(_PyLong_UnsignedShort_Converter, int (*)(PyObject *, void *));
//@ function _PyLong_UnsignedInt_Converter *PyObject
LPS_FN(_PyLong_UnsignedInt_Converter, int (*)(PyObject *, void *));
//@ function _PyLong_UnsignedLong_Converter *PyObject
LPS_FN(_PyLong_UnsignedLong_Converter, int (*)(PyObject *, void *));
//@ function _PyLong_UnsignedLongLong_Converter *PyObject
LPS_FN(_PyLong_UnsignedLongLong_Converter, int (*)(PyObject *, void *));
//@ function _PyLong_Size_t_Converter *PyObject
LPS_FN(_PyLong_Size_t_Converter, int (*)(PyObject *, void *));
//@ function _PyLong_Frexp *PyLongObject
LPS_FN(_PyLong_Frexp, double (*)(PyLongObject *, Py_ssize_t *));
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
//@ function PyLong_FromUnicode *PyObject,Py_UNICODE
LPS_FN(PyLong_FromUnicode, PyObject *(*)(Py_UNICODE *, Py_ssize_t, int));
//@ function PyLong_FromUnicodeObject *PyObject
LPS_FN(PyLong_FromUnicodeObject, PyObject *(*)(PyObject *, int));
//@ function _PyLong_FromBytes *PyObject
LPS_FN(_PyLong_FromBytes, PyObject *(*)(const char *, Py_ssize_t, int));
//@ function _PyLong_Sign *PyObject
LPS_FN(_PyLong_Sign, int (*)(PyObject *));
//@ function _PyLong_NumBits *PyObject
LPS_FN(_PyLong_NumBits, size_t (*)(PyObject *));
//@ function _PyLong_DivmodNear *PyObject
LPS_FN(_PyLong_DivmodNear, PyObject *(*)(PyObject *, PyObject *));
//@ function _PyLong_FromByteArray *PyObject
LPS_FN(_PyLong_FromByteArray, PyObject *(*)(const unsigned char *, size_t, int, int));
//@ function _PyLong_AsByteArray *PyLongObject
LPS_FN(_PyLong_AsByteArray, int (*)(PyLongObject *, unsigned char *, size_t, int, int));
//@ function _PyLong_FromNbInt *PyObject
LPS_FN(_PyLong_FromNbInt, PyObject *(*)(PyObject *));
//@ function _PyLong_FromNbIndexOrNbInt *PyObject
LPS_FN(_PyLong_FromNbIndexOrNbInt, PyObject *(*)(PyObject *));
//@ function _PyLong_Format *PyObject
LPS_FN(_PyLong_Format, PyObject *(*)(PyObject *, int));
//@ function _PyLong_FormatWriter *PyObject,_PyUnicodeWriter
LPS_FN(_PyLong_FormatWriter, int (*)(_PyUnicodeWriter *, PyObject *, int, int));
//@ function _PyLong_FormatBytesWriter *PyObject,_PyBytesWriter
LPS_FN(_PyLong_FormatBytesWriter, char *(*)(_PyBytesWriter *, char *, PyObject *, int, int));
//@ function _PyLong_FormatAdvancedWriter *PyObject,_PyUnicodeWriter
LPS_FN(_PyLong_FormatAdvancedWriter, int (*)(_PyUnicodeWriter *, PyObject *, PyObject *, Py_ssize_t, Py_ssize_t));
//@ function PyOS_strtoul
LPS_FN(PyOS_strtoul, unsigned long (*)(const char *, char **, int));
//@ function PyOS_strtol
LPS_FN(PyOS_strtol, long (*)(const char *, char **, int));
//@ function _PyLong_GCD *PyObject
LPS_FN(_PyLong_GCD, PyObject *(*)(PyObject *, PyObject *));
//@ function _PyLong_Rshift *PyObject
LPS_FN(_PyLong_Rshift, PyObject *(*)(PyObject *, size_t));
//@ function _PyLong_Lshift *PyObject
LPS_FN(_PyLong_Lshift, PyObject *(*)(PyObject *, size_t));
//@ function _PyLong_New *PyLongObject
LPS_FN(_PyLong_New, PyLongObject *(*)(Py_ssize_t));
//@ function _PyLong_Copy *PyLongObject,PyObject
LPS_FN(_PyLong_Copy, PyObject *(*)(PyLongObject *));
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
//@ function _PyFloat_Pack2
LPS_FN(_PyFloat_Pack2, int (*)(double, unsigned char *, int));
//@ function _PyFloat_Pack4
LPS_FN(_PyFloat_Pack4, int (*)(double, unsigned char *, int));
//@ function _PyFloat_Pack8
LPS_FN(_PyFloat_Pack8, int (*)(double, unsigned char *, int));
//@ function _PyFloat_Unpack2
LPS_FN(_PyFloat_Unpack2, double (*)(const unsigned char *, int));
//@ function _PyFloat_Unpack4
LPS_FN(_PyFloat_Unpack4, double (*)(const unsigned char *, int));
//@ function _PyFloat_Unpack8
LPS_FN(_PyFloat_Unpack8, double (*)(const unsigned char *, int));
//@ function _PyFloat_DebugMallocStats
LPS_FN(_PyFloat_DebugMallocStats, void (*)(FILE *));
//@ function _PyFloat_FormatAdvancedWriter *PyObject,_PyUnicodeWriter
LPS_FN(_PyFloat_FormatAdvancedWriter, int (*)(_PyUnicodeWriter *, PyObject *, PyObject *, Py_ssize_t, Py_ssize_t));
//@ function _Py_c_sum =Py_complex
LPS_FN(_Py_c_sum, Py_complex (*)(Py_complex, Py_complex));
//@ function _Py_c_diff =Py_complex
LPS_FN(_Py_c_diff, Py_complex (*)(Py_complex, Py_complex));
//@ function _Py_c_neg =Py_complex
LPS_FN(_Py_c_neg, Py_complex (*)(Py_complex));
//@ function _Py_c_prod =Py_complex
LPS_FN(_Py_c_prod, Py_complex (*)(Py_complex, Py_complex));
//@ function _Py_c_quot =Py_complex
LPS_FN(_Py_c_quot, Py_complex (*)(Py_complex, Py_complex));
//@ function _Py_c_pow =Py_complex
LPS_FN(_Py_c_pow, Py_complex (*)(Py_complex, Py_complex));
//@ function _Py_c_abs =Py_complex
LPS_FN(_Py_c_abs, double (*)(Py_complex));
//@ function PyComplex_FromCComplex =Py_complex *PyObject
LPS_FN(PyComplex_FromCComplex, PyObject *(*)(Py_complex));
//@ function PyComplex_FromDoubles *PyObject
LPS_FN(PyComplex_FromDoubles, PyObject *(*)(double, double));
//@ function PyComplex_RealAsDouble *PyObject
LPS_FN(PyComplex_RealAsDouble, double (*)(PyObject *));
//@ function PyComplex_ImagAsDouble *PyObject
LPS_FN(PyComplex_ImagAsDouble, double (*)(PyObject *));
//@ function PyComplex_AsCComplex =Py_complex *PyObject
LPS_FN(PyComplex_AsCComplex, Py_complex (*)(PyObject *));
//@ function _PyComplex_FormatAdvancedWriter *PyObject,_PyUnicodeWriter
LPS_FN(_PyComplex_FormatAdvancedWriter, int (*)(_PyUnicodeWriter *, PyObject *, PyObject *, Py_ssize_t, Py_ssize_t));
//@ function PyMemoryView_FromObject *PyObject
LPS_FN(PyMemoryView_FromObject, PyObject *(*)(PyObject *));
//@ function PyMemoryView_FromMemory *PyObject
LPS_FN(PyMemoryView_FromMemory, PyObject *(*)(char *, Py_ssize_t, int));
//@ function PyMemoryView_FromBuffer *PyObject,Py_buffer
LPS_FN(PyMemoryView_FromBuffer, PyObject *(*)(Py_buffer *));
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
//@ function _PyTuple_Resize *PyObject
LPS_FN(_PyTuple_Resize, int (*)(PyObject **, Py_ssize_t));
//@ function _PyTuple_MaybeUntrack *PyObject
LPS_FN(_PyTuple_MaybeUntrack, void (*)(PyObject *));
//@ function _PyTuple_DebugMallocStats
LPS_FN(_PyTuple_DebugMallocStats, void (*)(FILE *));
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
//@ function _PyList_Extend *PyListObject,PyObject
LPS_FN(_PyList_Extend, PyObject *(*)(PyListObject *, PyObject *));
//@ function _PyList_DebugMallocStats
LPS_FN(_PyList_DebugMallocStats, void (*)(FILE *));
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
//@ function _PyDict_GetItem_KnownHash =Py_hash_t *PyObject
LPS_FN(_PyDict_GetItem_KnownHash, PyObject *(*)(PyObject *, PyObject *, Py_hash_t));
//@ function _PyDict_GetItemIdWithError *PyObject,_Py_Identifier
LPS_FN(_PyDict_GetItemIdWithError, PyObject *(*)(PyObject *, _Py_Identifier *));
//@ function _PyDict_GetItemStringWithError *PyObject
LPS_FN(_PyDict_GetItemStringWithError, PyObject *(*)(PyObject *, const char *));
//@ function PyDict_SetDefault *PyObject
LPS_FN(PyDict_SetDefault, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ function _PyDict_SetItem_KnownHash =Py_hash_t *PyObject
LPS_FN(_PyDict_SetItem_KnownHash, int (*)(PyObject *, PyObject *, PyObject *, Py_hash_t));
//@ function _PyDict_DelItem_KnownHash =Py_hash_t *PyObject
LPS_FN(_PyDict_DelItem_KnownHash, int (*)(PyObject *, PyObject *, Py_hash_t));
//@ function _PyDict_DelItemIf *PyObject
LPS_FN(_PyDict_DelItemIf, int (*)(PyObject *, PyObject *, int (*)(PyObject *)));
//@ function PyObject_GenericGetDict *PyObject
LPS_FN(PyObject_GenericGetDict, PyObject *(*)(PyObject *, void *));
//@ function _PyDict_Next *PyObject,Py_hash_t
LPS_FN(_PyDict_Next, int (*)(PyObject *, Py_ssize_t *, PyObject **, PyObject **, Py_hash_t *));
//@ function _PyDict_Contains =Py_hash_t *PyObject
LPS_FN(_PyDict_Contains, int (*)(PyObject *, PyObject *, Py_hash_t));
//@ function _PyDict_NewPresized *PyObject
LPS_FN(_PyDict_NewPresized, PyObject *(*)(Py_ssize_t));
//@ function _PyDict_MaybeUntrack *PyObject
LPS_FN(_PyDict_MaybeUntrack, void (*)(PyObject *));
//@ function _PyDict_HasOnlyStringKeys *PyObject
LPS_FN(_PyDict_HasOnlyStringKeys, int (*)(PyObject *));
//@ function _PyDict_SizeOf *PyDictObject
LPS_FN(_PyDict_SizeOf, Py_ssize_t (*)(PyDictObject *));
//@ function _PyDict_Pop *PyObject
LPS_FN(_PyDict_Pop, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ function _PyDict_MergeEx *PyObject
LPS_FN(_PyDict_MergeEx, int (*)(PyObject *, PyObject *, int));
//@ function _PyDict_GetItemId *PyObject,_Py_Identifier
LPS_FN(_PyDict_GetItemId, PyObject *(*)(PyObject *, _Py_Identifier *));
//@ function _PyDict_SetItemId *PyObject,_Py_Identifier
LPS_FN(_PyDict_SetItemId, int (*)(PyObject *, _Py_Identifier *, PyObject *));
//@ function _PyDict_DelItemId *PyObject,_Py_Identifier
LPS_FN(_PyDict_DelItemId, int (*)(PyObject *, _Py_Identifier *));
//@ function _PyDict_DebugMallocStats
LPS_FN(_PyDict_DebugMallocStats, void (*)(FILE *));
//@ function _PyDictView_New *PyObject,PyTypeObject
LPS_FN(_PyDictView_New, PyObject *(*)(PyObject *, PyTypeObject *));
//@ function _PyDictView_Intersect *PyObject
LPS_FN(_PyDictView_Intersect, PyObject *(*)(PyObject *, PyObject *));
//@ function PyODict_New *PyObject
LPS_FN(PyODict_New, PyObject *(*)(void));
//@ function PyODict_SetItem *PyObject
LPS_FN(PyODict_SetItem, int (*)(PyObject *, PyObject *, PyObject *));
//@ function PyODict_DelItem *PyObject
LPS_FN(PyODict_DelItem, int (*)(PyObject *, PyObject *));
//@ function _PySet_NextEntry *PyObject,Py_hash_t
LPS_FN(_PySet_NextEntry, int (*)(PyObject *, Py_ssize_t *, PyObject **, Py_hash_t *));
//@ function _PySet_Update *PyObject
LPS_FN(_PySet_Update, int (*)(PyObject *, PyObject *));
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
//@ function PyCFunction_Call *PyObject
LPS_FN(PyCFunction_Call, PyObject *(*)(PyObject *, PyObject *, PyObject *));
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
//@ function _PyModule_Clear *PyObject
LPS_FN(_PyModule_Clear, void (*)(PyObject *));
//@ function _PyModule_ClearDict *PyObject
LPS_FN(_PyModule_ClearDict, void (*)(PyObject *));
//@ function _PyModuleSpec_IsInitializing *PyObject
LPS_FN(_PyModuleSpec_IsInitializing, int (*)(PyObject *));
//@ function PyModule_GetDef *PyModuleDef,PyObject
LPS_FN(PyModule_GetDef, PyModuleDef *(*)(PyObject *));
//@ function PyModule_GetState *PyObject
LPS_FN(PyModule_GetState, void *(*)(PyObject *));
//@ function PyModuleDef_Init *PyModuleDef,PyObject
LPS_FN(PyModuleDef_Init, PyObject *(*)(PyModuleDef *));
//@ function PyFunction_New *PyObject
LPS_FN(PyFunction_New, PyObject *(*)(PyObject *, PyObject *));
//@ function PyFunction_NewWithQualName *PyObject
LPS_FN(PyFunction_NewWithQualName, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ function PyFunction_GetCode *PyObject
LPS_FN(PyFunction_GetCode, PyObject *(*)(PyObject *));
//@ function PyFunction_GetGlobals *PyObject
LPS_FN(PyFunction_GetGlobals, PyObject *(*)(PyObject *));
//@ function PyFunction_GetModule *PyObject
LPS_FN(PyFunction_GetModule, PyObject *(*)(PyObject *));
//@ function PyFunction_GetDefaults *PyObject
LPS_FN(PyFunction_GetDefaults, PyObject *(*)(PyObject *));
//@ function PyFunction_SetDefaults *PyObject
LPS_FN(PyFunction_SetDefaults, int (*)(PyObject *, PyObject *));
//@ function PyFunction_GetKwDefaults *PyObject
LPS_FN(PyFunction_GetKwDefaults, PyObject *(*)(PyObject *));
//@ function PyFunction_SetKwDefaults *PyObject
LPS_FN(PyFunction_SetKwDefaults, int (*)(PyObject *, PyObject *));
//@ function PyFunction_GetClosure *PyObject
LPS_FN(PyFunction_GetClosure, PyObject *(*)(PyObject *));
//@ function PyFunction_SetClosure *PyObject
LPS_FN(PyFunction_SetClosure, int (*)(PyObject *, PyObject *));
//@ function PyFunction_GetAnnotations *PyObject
LPS_FN(PyFunction_GetAnnotations, PyObject *(*)(PyObject *));
//@ function PyFunction_SetAnnotations *PyObject
LPS_FN(PyFunction_SetAnnotations, int (*)(PyObject *, PyObject *));
//@ function _PyFunction_Vectorcall *PyObject
LPS_FN(_PyFunction_Vectorcall, PyObject *(*)(PyObject *, PyObject * const *, size_t, PyObject *));
//@ function PyClassMethod_New *PyObject
LPS_FN(PyClassMethod_New, PyObject *(*)(PyObject *));
//@ function PyStaticMethod_New *PyObject
LPS_FN(PyStaticMethod_New, PyObject *(*)(PyObject *));
//@ function PyMethod_New *PyObject
LPS_FN(PyMethod_New, PyObject *(*)(PyObject *, PyObject *));
//@ function PyMethod_Function *PyObject
LPS_FN(PyMethod_Function, PyObject *(*)(PyObject *));
//@ function PyMethod_Self *PyObject
LPS_FN(PyMethod_Self, PyObject *(*)(PyObject *));
//@ function PyInstanceMethod_New *PyObject
LPS_FN(PyInstanceMethod_New, PyObject *(*)(PyObject *));
//@ function PyInstanceMethod_Function *PyObject
LPS_FN(PyInstanceMethod_Function, PyObject *(*)(PyObject *));
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
//@ function Py_UniversalNewlineFgets *PyObject
LPS_FN(Py_UniversalNewlineFgets, char *(*)(char *, int, FILE *, PyObject *));
//@ function PyFile_NewStdPrinter *PyObject
LPS_FN(PyFile_NewStdPrinter, PyObject *(*)(int));
//@ function PyFile_OpenCode *PyObject
LPS_FN(PyFile_OpenCode, PyObject *(*)(const char *));
//@ function PyFile_OpenCodeObject *PyObject
LPS_FN(PyFile_OpenCodeObject, PyObject *(*)(PyObject *));
//@ function PyFile_SetOpenCodeHook =Py_OpenCodeHookFunction
LPS_FN(PyFile_SetOpenCodeHook, int (*)(Py_OpenCodeHookFunction, void *));
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
//@ function PyCode_New *PyCodeObject,PyObject
LPS_FN(PyCode_New, PyCodeObject *(*)(int, int, int, int, int, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, int, PyObject *));
//@ function PyCode_NewWithPosOnlyArgs *PyCodeObject,PyObject
LPS_FN(PyCode_NewWithPosOnlyArgs, PyCodeObject *(*)(int, int, int, int, int, int, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, int, PyObject *));
//@ function PyCode_NewEmpty *PyCodeObject
LPS_FN(PyCode_NewEmpty, PyCodeObject *(*)(const char *, const char *, int));
//@ function PyCode_Addr2Line *PyCodeObject
LPS_FN(PyCode_Addr2Line, int (*)(PyCodeObject *, int));
//@ function _PyCode_CheckLineNumber *PyAddrPair,PyCodeObject
LPS_FN(_PyCode_CheckLineNumber, int (*)(PyCodeObject *, int, PyAddrPair *));
//@ function _PyCode_ConstantKey *PyObject
LPS_FN(_PyCode_ConstantKey, PyObject *(*)(PyObject *));
//@ function PyCode_Optimize *PyObject
LPS_FN(PyCode_Optimize, PyObject *(*)(PyObject *, PyObject *, PyObject *, PyObject *));
//@ function _PyCode_GetExtra *PyObject
LPS_FN(_PyCode_GetExtra, int (*)(PyObject *, Py_ssize_t, void **));
//@ function _PyCode_SetExtra *PyObject
LPS_FN(_PyCode_SetExtra, int (*)(PyObject *, Py_ssize_t, void *));
//@ function PyFrame_GetLineNumber *PyFrameObject
LPS_FN(PyFrame_GetLineNumber, int (*)(PyFrameObject *));
//@ function PyFrame_GetCode *PyCodeObject,PyFrameObject
LPS_FN(PyFrame_GetCode, PyCodeObject *(*)(PyFrameObject *));
//@ function PyTraceBack_Here *PyFrameObject
LPS_FN(PyTraceBack_Here, int (*)(PyFrameObject *));
//@ function PyTraceBack_Print *PyObject
LPS_FN(PyTraceBack_Print, int (*)(PyObject *, PyObject *));
//@ function _Py_DisplaySourceLine *PyObject
LPS_FN(_Py_DisplaySourceLine, int (*)(PyObject *, PyObject *, int, int));
//@ function _PyTraceback_Add
LPS_FN(_PyTraceback_Add, void (*)(const char *, const char *, int));
//@ function PySlice_New *PyObject
LPS_FN(PySlice_New, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ function _PySlice_FromIndices *PyObject
LPS_FN(_PySlice_FromIndices, PyObject *(*)(Py_ssize_t, Py_ssize_t));
//@ function _PySlice_GetLongIndices *PyObject,PySliceObject
LPS_FN(_PySlice_GetLongIndices, int (*)(PySliceObject *, PyObject *, PyObject **, PyObject **, PyObject **));
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
//@ function PyCell_New *PyObject
LPS_FN(PyCell_New, PyObject *(*)(PyObject *));
//@ function PyCell_Get *PyObject
LPS_FN(PyCell_Get, PyObject *(*)(PyObject *));
//@ function PyCell_Set *PyObject
LPS_FN(PyCell_Set, int (*)(PyObject *, PyObject *));
//@ function PySeqIter_New *PyObject
LPS_FN(PySeqIter_New, PyObject *(*)(PyObject *));
//@ function PyCallIter_New *PyObject
LPS_FN(PyCallIter_New, PyObject *(*)(PyObject *, PyObject *));
//@ function PyStatus_Ok =PyStatus
LPS_FN(PyStatus_Ok, PyStatus (*)(void));
//@ function PyStatus_Error =PyStatus
LPS_FN(PyStatus_Error, PyStatus (*)(const char *));
//@ function PyStatus_NoMemory =PyStatus
LPS_FN(PyStatus_NoMemory, PyStatus (*)(void));
//@ function PyStatus_Exit =PyStatus
LPS_FN(PyStatus_Exit, PyStatus (*)(int));
//@ function PyStatus_IsError =PyStatus
LPS_FN(PyStatus_IsError, int (*)(PyStatus));
//@ function PyStatus_IsExit =PyStatus
LPS_FN(PyStatus_IsExit, int (*)(PyStatus));
//@ function PyStatus_Exception =PyStatus
LPS_FN(PyStatus_Exception, int (*)(PyStatus));
//@ function PyWideStringList_Append =PyStatus *PyWideStringList
LPS_FN(PyWideStringList_Append, PyStatus (*)(PyWideStringList *, const wchar_t *));
//@ function PyWideStringList_Insert =PyStatus *PyWideStringList
LPS_FN(PyWideStringList_Insert, PyStatus (*)(PyWideStringList *, Py_ssize_t, const wchar_t *));
//@ function PyPreConfig_InitPythonConfig *PyPreConfig
LPS_FN(PyPreConfig_InitPythonConfig, void (*)(PyPreConfig *));
//@ function PyPreConfig_InitIsolatedConfig *PyPreConfig
LPS_FN(PyPreConfig_InitIsolatedConfig, void (*)(PyPreConfig *));
//@ function PyConfig_InitPythonConfig *PyConfig
LPS_FN(PyConfig_InitPythonConfig, void (*)(PyConfig *));
//@ function PyConfig_InitIsolatedConfig *PyConfig
LPS_FN(PyConfig_InitIsolatedConfig, void (*)(PyConfig *));
//@ function PyConfig_Clear *PyConfig
LPS_FN(PyConfig_Clear, void (*)(PyConfig *));
//@ function PyConfig_SetString =PyStatus *PyConfig
LPS_FN(PyConfig_SetString, PyStatus (*)(PyConfig *, wchar_t **, const wchar_t *));
//@ function PyConfig_SetBytesString =PyStatus *PyConfig
LPS_FN(PyConfig_SetBytesString, PyStatus (*)(PyConfig *, wchar_t **, const char *));
//@ function PyConfig_Read =PyStatus *PyConfig
LPS_FN(PyConfig_Read, PyStatus (*)(PyConfig *));
//@ function PyConfig_SetBytesArgv =PyStatus *PyConfig
LPS_FN(PyConfig_SetBytesArgv, PyStatus (*)(PyConfig *, Py_ssize_t, char * const *));
//@ function PyConfig_SetArgv =PyStatus *PyConfig
LPS_FN(PyConfig_SetArgv, PyStatus (*)(PyConfig *, Py_ssize_t, wchar_t * const *));
//@ function PyConfig_SetWideStringList =PyStatus *PyConfig,PyWideStringList
LPS_FN(PyConfig_SetWideStringList, PyStatus (*)(PyConfig *, PyWideStringList *, Py_ssize_t, wchar_t **));
//@ function Py_GetArgcArgv
LPS_FN(Py_GetArgcArgv, void (*)(int *, wchar_t ***));
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
//@ function PyThreadState_GetInterpreter *PyInterpreterState,PyThreadState
LPS_FN(PyThreadState_GetInterpreter, PyInterpreterState *(*)(PyThreadState *));
//@ function PyThreadState_GetFrame *PyFrameObject,PyThreadState
LPS_FN(PyThreadState_GetFrame, PyFrameObject *(*)(PyThreadState *));
//@ function PyThreadState_GetID *PyThreadState
LPS_FN(PyThreadState_GetID, uint64_t (*)(PyThreadState *));
//@ function PyGILState_Ensure =PyGILState_STATE
LPS_FN(PyGILState_Ensure, PyGILState_STATE (*)(void));
//@ function PyGILState_Release =PyGILState_STATE
LPS_FN(PyGILState_Release, void (*)(PyGILState_STATE));
//@ function PyGILState_GetThisThreadState *PyThreadState
LPS_FN(PyGILState_GetThisThreadState, PyThreadState *(*)(void));
//@ function _PyInterpreterState_RequiresIDRef *PyInterpreterState
LPS_FN(_PyInterpreterState_RequiresIDRef, int (*)(PyInterpreterState *));
//@ function _PyInterpreterState_RequireIDRef *PyInterpreterState
LPS_FN(_PyInterpreterState_RequireIDRef, void (*)(PyInterpreterState *, int));
//@ function _PyInterpreterState_GetMainModule *PyInterpreterState,PyObject
LPS_FN(_PyInterpreterState_GetMainModule, PyObject *(*)(PyInterpreterState *));
//@ function _PyThreadState_Prealloc *PyInterpreterState,PyThreadState
LPS_FN(_PyThreadState_Prealloc, PyThreadState *(*)(PyInterpreterState *));
//@ function _PyThreadState_UncheckedGet *PyThreadState
LPS_FN(_PyThreadState_UncheckedGet, PyThreadState *(*)(void));
//@ function _PyThreadState_GetDict *PyObject,PyThreadState
LPS_FN(_PyThreadState_GetDict, PyObject *(*)(PyThreadState *));
//@ function PyGILState_Check
LPS_FN(PyGILState_Check, int (*)(void));
//@ function _PyGILState_GetInterpreterStateUnsafe *PyInterpreterState
LPS_FN(_PyGILState_GetInterpreterStateUnsafe, PyInterpreterState *(*)(void));
//@ function _PyThread_CurrentFrames *PyObject
LPS_FN(_PyThread_CurrentFrames, PyObject *(*)(void));
//@ function PyInterpreterState_Main *PyInterpreterState
LPS_FN(PyInterpreterState_Main, PyInterpreterState *(*)(void));
//@ function PyInterpreterState_Head *PyInterpreterState
LPS_FN(PyInterpreterState_Head, PyInterpreterState *(*)(void));
//@ function PyInterpreterState_Next *PyInterpreterState
LPS_FN(PyInterpreterState_Next, PyInterpreterState *(*)(PyInterpreterState *));
//@ function PyInterpreterState_ThreadHead *PyInterpreterState,PyThreadState
LPS_FN(PyInterpreterState_ThreadHead, PyThreadState *(*)(PyInterpreterState *));
//@ function PyThreadState_Next *PyThreadState
LPS_FN(PyThreadState_Next, PyThreadState *(*)(PyThreadState *));
//@ function PyThreadState_DeleteCurrent
LPS_FN(PyThreadState_DeleteCurrent, void (*)(void));
//@ function _PyInterpreterState_GetEvalFrameFunc =_PyFrameEvalFunction *PyInterpreterState
LPS_FN(_PyInterpreterState_GetEvalFrameFunc, _PyFrameEvalFunction (*)(PyInterpreterState *));
//@ function _PyInterpreterState_SetEvalFrameFunc =_PyFrameEvalFunction *PyInterpreterState
LPS_FN(_PyInterpreterState_SetEvalFrameFunc, void (*)(PyInterpreterState *, _PyFrameEvalFunction));
//@ function _PyInterpreterState_GetConfig *PyConfig,PyInterpreterState
LPS_FN(_PyInterpreterState_GetConfig, const PyConfig *(*)(PyInterpreterState *));
//@ function _Py_GetConfig *PyConfig
LPS_FN(_Py_GetConfig, const PyConfig *(*)(void));
//@ function _PyObject_GetCrossInterpreterData *PyObject,_PyCrossInterpreterData
LPS_FN(_PyObject_GetCrossInterpreterData, int (*)(PyObject *, _PyCrossInterpreterData *));
//@ function _PyCrossInterpreterData_NewObject *PyObject,_PyCrossInterpreterData
LPS_FN(_PyCrossInterpreterData_NewObject, PyObject *(*)(_PyCrossInterpreterData *));
//@ function _PyCrossInterpreterData_Release *_PyCrossInterpreterData
LPS_FN(_PyCrossInterpreterData_Release, void (*)(_PyCrossInterpreterData *));
//@ function _PyObject_CheckCrossInterpreterData *PyObject
LPS_FN(_PyObject_CheckCrossInterpreterData, int (*)(PyObject *));
//@ function _PyCrossInterpreterData_RegisterClass =crossinterpdatafunc *PyTypeObject
LPS_FN(_PyCrossInterpreterData_RegisterClass, int (*)(PyTypeObject *, crossinterpdatafunc));
//@ function _PyCrossInterpreterData_Lookup =crossinterpdatafunc *PyObject
LPS_FN(_PyCrossInterpreterData_Lookup, crossinterpdatafunc (*)(PyObject *));
//@ function PyGen_New *PyFrameObject,PyObject
LPS_FN(PyGen_New, PyObject *(*)(PyFrameObject *));
//@ function PyGen_NewWithQualName *PyFrameObject,PyObject
LPS_FN(PyGen_NewWithQualName, PyObject *(*)(PyFrameObject *, PyObject *, PyObject *));
//@ function _PyGen_SetStopIterationValue *PyObject
LPS_FN(_PyGen_SetStopIterationValue, int (*)(PyObject *));
//@ function _PyGen_FetchStopIterationValue *PyObject
LPS_FN(_PyGen_FetchStopIterationValue, int (*)(PyObject **));
//@ function _PyGen_Send *PyGenObject,PyObject
LPS_FN(_PyGen_Send, PyObject *(*)(PyGenObject *, PyObject *));
//@ function _PyGen_Finalize *PyObject
LPS_FN(_PyGen_Finalize, void (*)(PyObject *));
//@ function PyCoro_New *PyFrameObject,PyObject
LPS_FN(PyCoro_New, PyObject *(*)(PyFrameObject *, PyObject *, PyObject *));
//@ function PyAsyncGen_New *PyFrameObject,PyObject
LPS_FN(PyAsyncGen_New, PyObject *(*)(PyFrameObject *, PyObject *, PyObject *));
//@ function PyDescr_NewMethod *PyMethodDef,PyObject,PyTypeObject
LPS_FN(PyDescr_NewMethod, PyObject *(*)(PyTypeObject *, PyMethodDef *));
//@ function PyDescr_NewClassMethod *PyMethodDef,PyObject,PyTypeObject
LPS_FN(PyDescr_NewClassMethod, PyObject *(*)(PyTypeObject *, PyMethodDef *));
//@ function PyDescr_NewMember *PyMemberDef,PyObject,PyTypeObject
LPS_FN(PyDescr_NewMember, PyObject *(*)(PyTypeObject *, PyMemberDef *));
//@ function PyDescr_NewGetSet *PyGetSetDef,PyObject,PyTypeObject
LPS_FN(PyDescr_NewGetSet, PyObject *(*)(PyTypeObject *, PyGetSetDef *));
//@ function PyDescr_NewWrapper *PyObject,PyTypeObject,wrapperbase
LPS_FN(PyDescr_NewWrapper, PyObject *(*)(PyTypeObject *, struct wrapperbase *, void *));
//@ function PyDictProxy_New *PyObject
LPS_FN(PyDictProxy_New, PyObject *(*)(PyObject *));
//@ function PyWrapper_New *PyObject
LPS_FN(PyWrapper_New, PyObject *(*)(PyObject *, PyObject *));
//@ function Py_GenericAlias *PyObject
LPS_FN(Py_GenericAlias, PyObject *(*)(PyObject *, PyObject *));
//@ function _PyWarnings_Init *PyObject
LPS_FN(_PyWarnings_Init, PyObject *(*)(void));
//@ function PyErr_WarnEx *PyObject
LPS_FN(PyErr_WarnEx, int (*)(PyObject *, const char *, Py_ssize_t));
//@ function PyErr_WarnFormat *PyObject
LPS_FN(PyErr_WarnFormat, int (*)(PyObject *, Py_ssize_t, const char *, ...));
//@ function PyErr_ResourceWarning *PyObject
LPS_FN(PyErr_ResourceWarning, int (*)(PyObject *, Py_ssize_t, const char *, ...));
//@ function PyErr_WarnExplicitObject *PyObject
LPS_FN(PyErr_WarnExplicitObject, int (*)(PyObject *, PyObject *, PyObject *, int, PyObject *, PyObject *));
//@ function PyErr_WarnExplicit *PyObject
LPS_FN(PyErr_WarnExplicit, int (*)(PyObject *, const char *, const char *, int, const char *, PyObject *));
//@ function PyErr_WarnExplicitFormat *PyObject
LPS_FN(PyErr_WarnExplicitFormat, int (*)(PyObject *, const char *, int, const char *, PyObject *, const char *, ...));
//@ function PyWeakref_NewRef *PyObject
LPS_FN(PyWeakref_NewRef, PyObject *(*)(PyObject *, PyObject *));
//@ function PyWeakref_NewProxy *PyObject
LPS_FN(PyWeakref_NewProxy, PyObject *(*)(PyObject *, PyObject *));
//@ function PyWeakref_GetObject *PyObject
LPS_FN(PyWeakref_GetObject, PyObject *(*)(PyObject *));
//@ function _PyWeakref_GetWeakrefCount *PyWeakReference
LPS_FN(_PyWeakref_GetWeakrefCount, Py_ssize_t (*)(PyWeakReference *));
//@ function _PyWeakref_ClearRef *PyWeakReference
LPS_FN(_PyWeakref_ClearRef, void (*)(PyWeakReference *));
//@ function PyStructSequence_InitType *PyStructSequence_Desc,PyTypeObject
LPS_FN(PyStructSequence_InitType, void (*)(PyTypeObject *, PyStructSequence_Desc *));
//@ function PyStructSequence_InitType2 *PyStructSequence_Desc,PyTypeObject
LPS_FN(PyStructSequence_InitType2, int (*)(PyTypeObject *, PyStructSequence_Desc *));
//@ function PyStructSequence_NewType *PyStructSequence_Desc,PyTypeObject
LPS_FN(PyStructSequence_NewType, PyTypeObject *(*)(PyStructSequence_Desc *));
//@ function PyStructSequence_New *PyObject,PyTypeObject
LPS_FN(PyStructSequence_New, PyObject *(*)(PyTypeObject *));
//@ function PyStructSequence_SetItem *PyObject
LPS_FN(PyStructSequence_SetItem, void (*)(PyObject *, Py_ssize_t, PyObject *));
//@ function PyStructSequence_GetItem *PyObject
LPS_FN(PyStructSequence_GetItem, PyObject *(*)(PyObject *, Py_ssize_t));
//@ function _PyNamespace_New *PyObject
LPS_FN(_PyNamespace_New, PyObject *(*)(PyObject *));
//@ function PyPickleBuffer_FromObject *PyObject
LPS_FN(PyPickleBuffer_FromObject, PyObject *(*)(PyObject *));
//@ function PyPickleBuffer_GetBuffer *PyObject,Py_buffer
LPS_FN(PyPickleBuffer_GetBuffer, const Py_buffer *(*)(PyObject *));
//@ function PyPickleBuffer_Release *PyObject
LPS_FN(PyPickleBuffer_Release, int (*)(PyObject *));
//@ function PyCodec_Register *PyObject
LPS_FN(PyCodec_Register, int (*)(PyObject *));
//@ function _PyCodec_Lookup *PyObject
LPS_FN(_PyCodec_Lookup, PyObject *(*)(const char *));
//@ function _PyCodec_Forget
LPS_FN(_PyCodec_Forget, int (*)(const char *));
//@ function PyCodec_KnownEncoding
LPS_FN(PyCodec_KnownEncoding, int (*)(const char *));
//@ function PyCodec_Encode *PyObject
LPS_FN(PyCodec_Encode, PyObject *(*)(PyObject *, const char *, const char *));
//@ function PyCodec_Decode *PyObject
LPS_FN(PyCodec_Decode, PyObject *(*)(PyObject *, const char *, const char *));
//@ function _PyCodec_LookupTextEncoding *PyObject
LPS_FN(_PyCodec_LookupTextEncoding, PyObject *(*)(const char *, const char *));
//@ function _PyCodec_EncodeText *PyObject
LPS_FN(_PyCodec_EncodeText, PyObject *(*)(PyObject *, const char *, const char *));
//@ function _PyCodec_DecodeText *PyObject
LPS_FN(_PyCodec_DecodeText, PyObject *(*)(PyObject *, const char *, const char *));
//@ function _PyCodecInfo_GetIncrementalDecoder *PyObject
LPS_FN(_PyCodecInfo_GetIncrementalDecoder, PyObject *(*)(PyObject *, const char *));
//@ function _PyCodecInfo_GetIncrementalEncoder *PyObject
LPS_FN(_PyCodecInfo_GetIncrementalEncoder, PyObject *(*)(PyObject *, const char *));
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
#pragma push_macro("Py_FatalError")
#undef Py_FatalError
LPS_DECLARED(Py_FatalError);
LPS_DECL(_Noreturn void Py_FatalError(const char *);)
#pragma pop_macro("Py_FatalError")
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
#pragma push_macro("PyExceptionClass_Name")
#undef PyExceptionClass_Name
LPS_FN(PyExceptionClass_Name, const char *(*)(PyObject *));
#pragma pop_macro("PyExceptionClass_Name")
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
//@ function _PyErr_SetKeyError *PyObject
LPS_FN(_PyErr_SetKeyError, void (*)(PyObject *));
//@ function _PyErr_GetTopmostException *PyThreadState,_PyErr_StackItem
LPS_FN(_PyErr_GetTopmostException, _PyErr_StackItem *(*)(PyThreadState *));
//@ function _PyErr_GetExcInfo *PyObject,PyThreadState
LPS_FN(_PyErr_GetExcInfo, void (*)(PyThreadState *, PyObject **, PyObject **, PyObject **));
//@ function _PyErr_ChainExceptions *PyObject
LPS_FN(_PyErr_ChainExceptions, void (*)(PyObject *, PyObject *, PyObject *));
//@ function _PyErr_FormatFromCause *PyObject
LPS_FN(_PyErr_FormatFromCause, PyObject *(*)(PyObject *, const char *, ...));
//@ function _PyErr_TrySetFromCause *PyObject
LPS_FN(_PyErr_TrySetFromCause, PyObject *(*)(const char *, ...));
//@ function _PyErr_CheckSignals
LPS_FN(_PyErr_CheckSignals, int (*)(void));
//@ function PyErr_SyntaxLocationObject *PyObject
LPS_FN(PyErr_SyntaxLocationObject, void (*)(PyObject *, int, int));
//@ function PyErr_ProgramTextObject *PyObject
LPS_FN(PyErr_ProgramTextObject, PyObject *(*)(PyObject *, int));
//@ function PyUnicodeEncodeError_Create *PyObject,Py_UNICODE
LPS_FN(PyUnicodeEncodeError_Create, PyObject *(*)(const char *, const Py_UNICODE *, Py_ssize_t, Py_ssize_t, Py_ssize_t, const char *));
//@ function PyUnicodeTranslateError_Create *PyObject,Py_UNICODE
LPS_FN(PyUnicodeTranslateError_Create, PyObject *(*)(const Py_UNICODE *, Py_ssize_t, Py_ssize_t, Py_ssize_t, const char *));
//@ function _PyUnicodeTranslateError_Create *PyObject
LPS_FN(_PyUnicodeTranslateError_Create, PyObject *(*)(PyObject *, Py_ssize_t, Py_ssize_t, const char *));
//@ function _PyErr_WriteUnraisableMsg *PyObject
LPS_FN(_PyErr_WriteUnraisableMsg, void (*)(const char *, PyObject *));
//@ function _Py_FatalErrorFunc
LPS_DECLARED(_Py_FatalErrorFunc);
LPS_DECL(_Noreturn void _Py_FatalErrorFunc(const char *, const char *);)
//@ function _Py_FatalErrorFormat
LPS_DECLARED(_Py_FatalErrorFormat);
LPS_DECL(_Noreturn void _Py_FatalErrorFormat(const char *, const char *, ...);)
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
//@ function _PyThread_at_fork_reinit *PyThread_type_lock
LPS_FN(_PyThread_at_fork_reinit, int (*)(PyThread_type_lock *));
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
//@ function PyContext_New *PyObject
LPS_FN(PyContext_New, PyObject *(*)(void));
//@ function PyContext_Copy *PyObject
LPS_FN(PyContext_Copy, PyObject *(*)(PyObject *));
//@ function PyContext_CopyCurrent *PyObject
LPS_FN(PyContext_CopyCurrent, PyObject *(*)(void));
//@ function PyContext_Enter *PyObject
LPS_FN(PyContext_Enter, int (*)(PyObject *));
//@ function PyContext_Exit *PyObject
LPS_FN(PyContext_Exit, int (*)(PyObject *));
//@ function PyContextVar_New *PyObject
LPS_FN(PyContextVar_New, PyObject *(*)(const char *, PyObject *));
//@ function PyContextVar_Get *PyObject
LPS_FN(PyContextVar_Get, int (*)(PyObject *, PyObject *, PyObject **));
//@ function PyContextVar_Set *PyObject
LPS_FN(PyContextVar_Set, PyObject *(*)(PyObject *, PyObject *));
//@ function PyContextVar_Reset *PyObject
LPS_FN(PyContextVar_Reset, int (*)(PyObject *, PyObject *));
//@ function _PyContext_NewHamtForTests *PyObject
LPS_FN(_PyContext_NewHamtForTests, PyObject *(*)(void));
//@ function PyArena_New *PyArena
LPS_FN(PyArena_New, PyArena *(*)(void));
//@ function PyArena_Free *PyArena
LPS_FN(PyArena_Free, void (*)(PyArena *));
//@ function PyArena_Malloc *PyArena
LPS_FN(PyArena_Malloc, void *(*)(PyArena *, size_t));
//@ function PyArena_AddPyObject *PyArena,PyObject
LPS_FN(PyArena_AddPyObject, int (*)(PyArena *, PyObject *));
//@ function PyArg_Parse *PyObject
LPS_FN(PyArg_Parse, int (*)(PyObject *, const char *, ...));
//@ function PyArg_ParseTuple *PyObject
LPS_FN(PyArg_ParseTuple, int (*)(PyObject *, const char *, ...));
//@ function PyArg_ParseTupleAndKeywords *PyObject
LPS_FN(PyArg_ParseTupleAndKeywords, int (*)(PyObject *, PyObject *, const char *, char **, ...));
//@ function PyArg_ValidateKeywordArguments *PyObject
LPS_FN(PyArg_ValidateKeywordArguments, int (*)(PyObject *));
//@ function PyArg_UnpackTuple *PyObject
LPS_FN(PyArg_UnpackTuple, int (*)(PyObject *, const char *, Py_ssize_t, Py_ssize_t, ...));
//@ function Py_BuildValue *PyObject
LPS_FN(Py_BuildValue, PyObject *(*)(const char *, ...));
//@ function _Py_BuildValue_SizeT *PyObject
LPS_FN(_Py_BuildValue_SizeT, PyObject *(*)(const char *, ...));
//@ function _PyArg_UnpackStack *PyObject
LPS_FN(_PyArg_UnpackStack, int (*)(PyObject * const *, Py_ssize_t, const char *, Py_ssize_t, Py_ssize_t, ...));
//@ function _PyArg_NoKeywords *PyObject
#pragma push_macro("_PyArg_NoKeywords")
#undef _PyArg_NoKeywords
LPS_FN(_PyArg_NoKeywords, int (*)(const char *, PyObject *));
#pragma pop_macro("_PyArg_NoKeywords")
//@ function _PyArg_NoKwnames *PyObject
#pragma push_macro("_PyArg_NoKwnames")
#undef _PyArg_NoKwnames
LPS_FN(_PyArg_NoKwnames, int (*)(const char *, PyObject *));
#pragma pop_macro("_PyArg_NoKwnames")
//@ function _PyArg_NoPositional *PyObject
#pragma push_macro("_PyArg_NoPositional")
#undef _PyArg_NoPositional
LPS_FN(_PyArg_NoPositional, int (*)(const char *, PyObject *));
#pragma pop_macro("_PyArg_NoPositional")
//@ function _PyArg_BadArgument *PyObject
LPS_FN(_PyArg_BadArgument, void (*)(const char *, const char *, const char *, PyObject *));
//@ function _PyArg_CheckPositional
#pragma push_macro("_PyArg_CheckPositional")
#undef _PyArg_CheckPositional
LPS_FN(_PyArg_CheckPositional, int (*)(const char *, Py_ssize_t, Py_ssize_t, Py_ssize_t));
#pragma pop_macro("_PyArg_CheckPositional")
//@ function _PyArg_ParseTupleAndKeywordsFast *PyObject,_PyArg_Parser
LPS_FN(_PyArg_ParseTupleAndKeywordsFast, int (*)(PyObject *, PyObject *, _PyArg_Parser *, ...));
//@ function _PyArg_ParseStack *PyObject
LPS_FN(_PyArg_ParseStack, int (*)(PyObject * const *, Py_ssize_t, const char *, ...));
//@ function _PyArg_ParseStackAndKeywords *PyObject,_PyArg_Parser
LPS_FN(_PyArg_ParseStackAndKeywords, int (*)(PyObject * const *, Py_ssize_t, PyObject *, _PyArg_Parser *, ...));
//@ function _PyArg_UnpackKeywords *PyObject,_PyArg_Parser
#pragma push_macro("_PyArg_UnpackKeywords")
#undef _PyArg_UnpackKeywords
LPS_FN(_PyArg_UnpackKeywords, PyObject * const *(*)(PyObject * const *, Py_ssize_t, PyObject *, PyObject *, _PyArg_Parser *, int, int, int, PyObject **));
#pragma pop_macro("_PyArg_UnpackKeywords")
//@ function PyModule_AddObject *PyObject
LPS_FN(PyModule_AddObject, int (*)(PyObject *, const char *, PyObject *));
//@ function PyModule_AddIntConstant *PyObject
LPS_FN(PyModule_AddIntConstant, int (*)(PyObject *, const char *, long));
//@ function PyModule_AddStringConstant *PyObject
LPS_FN(PyModule_AddStringConstant, int (*)(PyObject *, const char *, const char *));
//@ function PyModule_AddType *PyObject,PyTypeObject
LPS_FN(PyModule_AddType, int (*)(PyObject *, PyTypeObject *));
//@ function PyModule_SetDocString *PyObject
LPS_FN(PyModule_SetDocString, int (*)(PyObject *, const char *));
//@ function PyModule_AddFunctions *PyMethodDef,PyObject
LPS_FN(PyModule_AddFunctions, int (*)(PyObject *, PyMethodDef *));
//@ function PyModule_ExecDef *PyModuleDef,PyObject
LPS_FN(PyModule_ExecDef, int (*)(PyObject *, PyModuleDef *));
//@ function PyModule_Create2 *PyModuleDef,PyObject
LPS_FN(PyModule_Create2, PyObject *(*)(PyModuleDef *, int));
//@ function _PyModule_CreateInitialized *PyModuleDef,PyObject
LPS_FN(_PyModule_CreateInitialized, PyObject *(*)(PyModuleDef *, int));
//@ function PyModule_FromDefAndSpec2 *PyModuleDef,PyObject
LPS_FN(PyModule_FromDefAndSpec2, PyObject *(*)(PyModuleDef *, PyObject *, int));
//@ function PyNode_Compile *PyCodeObject,_node
LPS_FN(PyNode_Compile, PyCodeObject *(*)(struct _node *, const char *));
//@ function PyAST_CompileEx *PyArena,PyCodeObject,PyCompilerFlags,_mod
LPS_FN(PyAST_CompileEx, PyCodeObject *(*)(struct _mod *, const char *, PyCompilerFlags *, int, PyArena *));
//@ function PyAST_CompileObject *PyArena,PyCodeObject,PyCompilerFlags,PyObject,_mod
LPS_FN(PyAST_CompileObject, PyCodeObject *(*)(struct _mod *, PyObject *, PyCompilerFlags *, int, PyArena *));
//@ function PyFuture_FromAST *PyFutureFeatures,_mod
LPS_FN(PyFuture_FromAST, PyFutureFeatures *(*)(struct _mod *, const char *));
//@ function PyFuture_FromASTObject *PyFutureFeatures,PyObject,_mod
LPS_FN(PyFuture_FromASTObject, PyFutureFeatures *(*)(struct _mod *, PyObject *));
//@ function _Py_Mangle *PyObject
LPS_FN(_Py_Mangle, PyObject *(*)(PyObject *, PyObject *));
//@ function PyCompile_OpcodeStackEffect
LPS_FN(PyCompile_OpcodeStackEffect, int (*)(int, int));
//@ function PyCompile_OpcodeStackEffectWithJump
LPS_FN(PyCompile_OpcodeStackEffectWithJump, int (*)(int, int, int));
//@ function _PyAST_Optimize *PyArena,_PyASTOptimizeState,_mod
LPS_FN(_PyAST_Optimize, int (*)(struct _mod *, PyArena *, _PyASTOptimizeState *));
//@ function PyRun_SimpleStringFlags *PyCompilerFlags
LPS_FN(PyRun_SimpleStringFlags, int (*)(const char *, PyCompilerFlags *));
//@ function PyRun_AnyFileExFlags *PyCompilerFlags
LPS_FN(PyRun_AnyFileExFlags, int (*)(FILE *, const char *, int, PyCompilerFlags *));
//@ function PyRun_SimpleFileExFlags *PyCompilerFlags
LPS_FN(PyRun_SimpleFileExFlags, int (*)(FILE *, const char *, int, PyCompilerFlags *));
//@ function PyRun_InteractiveOneFlags *PyCompilerFlags
LPS_FN(PyRun_InteractiveOneFlags, int (*)(FILE *, const char *, PyCompilerFlags *));
//@ function PyRun_InteractiveOneObject *PyCompilerFlags,PyObject
LPS_FN(PyRun_InteractiveOneObject, int (*)(FILE *, PyObject *, PyCompilerFlags *));
//@ function PyRun_InteractiveLoopFlags *PyCompilerFlags
LPS_FN(PyRun_InteractiveLoopFlags, int (*)(FILE *, const char *, PyCompilerFlags *));
//@ function PyParser_ASTFromString *PyArena,PyCompilerFlags,_mod
LPS_FN(PyParser_ASTFromString, struct _mod *(*)(const char *, const char *, int, PyCompilerFlags *, PyArena *));
//@ function PyParser_ASTFromStringObject *PyArena,PyCompilerFlags,PyObject,_mod
LPS_FN(PyParser_ASTFromStringObject, struct _mod *(*)(const char *, PyObject *, int, PyCompilerFlags *, PyArena *));
//@ function PyParser_ASTFromFile *PyArena,PyCompilerFlags,_mod
LPS_FN(PyParser_ASTFromFile, struct _mod *(*)(FILE *, const char *, const char *, int, const char *, const char *, PyCompilerFlags *, int *, PyArena *));
//@ function PyParser_ASTFromFileObject *PyArena,PyCompilerFlags,PyObject,_mod
LPS_FN(PyParser_ASTFromFileObject, struct _mod *(*)(FILE *, PyObject *, const char *, int, const char *, const char *, PyCompilerFlags *, int *, PyArena *));
//@ function PyParser_SimpleParseStringFlags *_node
LPS_FN(PyParser_SimpleParseStringFlags, struct _node *(*)(const char *, int, int));
//@ function PyParser_SimpleParseStringFlagsFilename *_node
LPS_FN(PyParser_SimpleParseStringFlagsFilename, struct _node *(*)(const char *, const char *, int, int));
//@ function PyParser_SimpleParseFileFlags *_node
LPS_FN(PyParser_SimpleParseFileFlags, struct _node *(*)(FILE *, const char *, int, int));
//@ function PyRun_StringFlags *PyCompilerFlags,PyObject
LPS_FN(PyRun_StringFlags, PyObject *(*)(const char *, int, PyObject *, PyObject *, PyCompilerFlags *));
//@ function PyRun_FileExFlags *PyCompilerFlags,PyObject
LPS_FN(PyRun_FileExFlags, PyObject *(*)(FILE *, const char *, int, PyObject *, PyObject *, int, PyCompilerFlags *));
//@ function Py_CompileStringExFlags *PyCompilerFlags,PyObject
LPS_FN(Py_CompileStringExFlags, PyObject *(*)(const char *, const char *, int, PyCompilerFlags *, int));
//@ function Py_CompileStringObject *PyCompilerFlags,PyObject
LPS_FN(Py_CompileStringObject, PyObject *(*)(const char *, PyObject *, int, PyCompilerFlags *, int));
//@ function Py_SymtableString *symtable
LPS_FN(Py_SymtableString, struct symtable *(*)(const char *, const char *, int));
//@ function _Py_SourceAsString *PyCompilerFlags,PyObject
LPS_FN(_Py_SourceAsString, const char *(*)(PyObject *, const char *, const char *, PyCompilerFlags *, PyObject **));
//@ function Py_SymtableStringObject *PyObject,symtable
LPS_FN(Py_SymtableStringObject, struct symtable *(*)(const char *, PyObject *, int));
//@ function _Py_SymtableStringObjectFlags *PyCompilerFlags,PyObject,symtable
LPS_FN(_Py_SymtableStringObjectFlags, struct symtable *(*)(const char *, PyObject *, int, PyCompilerFlags *));
//@ function PyErr_Print
LPS_FN(PyErr_Print, void (*)(void));
//@ function PyErr_PrintEx
LPS_FN(PyErr_PrintEx, void (*)(int));
//@ function PyErr_Display *PyObject
LPS_FN(PyErr_Display, void (*)(PyObject *, PyObject *, PyObject *));
//@ function PyRun_String *PyObject
#pragma push_macro("PyRun_String")
#undef PyRun_String
LPS_FN(PyRun_String, PyObject *(*)(const char *, int, PyObject *, PyObject *));
#pragma pop_macro("PyRun_String")
//@ function PyRun_AnyFile
#pragma push_macro("PyRun_AnyFile")
#undef PyRun_AnyFile
LPS_FN(PyRun_AnyFile, int (*)(FILE *, const char *));
#pragma pop_macro("PyRun_AnyFile")
//@ function PyRun_AnyFileEx
#pragma push_macro("PyRun_AnyFileEx")
#undef PyRun_AnyFileEx
LPS_FN(PyRun_AnyFileEx, int (*)(FILE *, const char *, int));
#pragma pop_macro("PyRun_AnyFileEx")
//@ function PyRun_AnyFileFlags *PyCompilerFlags
#pragma push_macro("PyRun_AnyFileFlags")
#undef PyRun_AnyFileFlags
LPS_FN(PyRun_AnyFileFlags, int (*)(FILE *, const char *, PyCompilerFlags *));
#pragma pop_macro("PyRun_AnyFileFlags")
//@ function PyRun_SimpleString
#pragma push_macro("PyRun_SimpleString")
#undef PyRun_SimpleString
LPS_FN(PyRun_SimpleString, int (*)(const char *));
#pragma pop_macro("PyRun_SimpleString")
//@ function PyRun_SimpleFile
#pragma push_macro("PyRun_SimpleFile")
#undef PyRun_SimpleFile
LPS_FN(PyRun_SimpleFile, int (*)(FILE *, const char *));
#pragma pop_macro("PyRun_SimpleFile")
//@ function PyRun_SimpleFileEx
#pragma push_macro("PyRun_SimpleFileEx")
#undef PyRun_SimpleFileEx
LPS_FN(PyRun_SimpleFileEx, int (*)(FILE *, const char *, int));
#pragma pop_macro("PyRun_SimpleFileEx")
//@ function PyRun_InteractiveOne
#pragma push_macro("PyRun_InteractiveOne")
#undef PyRun_InteractiveOne
LPS_FN(PyRun_InteractiveOne, int (*)(FILE *, const char *));
#pragma pop_macro("PyRun_InteractiveOne")
//@ function PyRun_InteractiveLoop
#pragma push_macro("PyRun_InteractiveLoop")
#undef PyRun_InteractiveLoop
LPS_FN(PyRun_InteractiveLoop, int (*)(FILE *, const char *));
#pragma pop_macro("PyRun_InteractiveLoop")
//@ function PyRun_File *PyObject
#pragma push_macro("PyRun_File")
#undef PyRun_File
LPS_FN(PyRun_File, PyObject *(*)(FILE *, const char *, int, PyObject *, PyObject *));
#pragma pop_macro("PyRun_File")
//@ function PyRun_FileEx *PyObject
#pragma push_macro("PyRun_FileEx")
#undef PyRun_FileEx
LPS_FN(PyRun_FileEx, PyObject *(*)(FILE *, const char *, int, PyObject *, PyObject *, int));
#pragma pop_macro("PyRun_FileEx")
//@ function PyRun_FileFlags *PyCompilerFlags,PyObject
#pragma push_macro("PyRun_FileFlags")
#undef PyRun_FileFlags
LPS_FN(PyRun_FileFlags, PyObject *(*)(FILE *, const char *, int, PyObject *, PyObject *, PyCompilerFlags *));
#pragma pop_macro("PyRun_FileFlags")
//@ function PyOS_Readline
LPS_FN(PyOS_Readline, char *(*)(FILE *, FILE *, const char *));
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
//@ function Py_FrozenMain
LPS_FN(Py_FrozenMain, int (*)(int, char **));
//@ function Py_BytesMain
LPS_FN(Py_BytesMain, int (*)(int, char **));
//@ function Py_SetProgramName
LPS_FN(Py_SetProgramName, void (*)(const wchar_t *));
//@ function Py_GetProgramName
LPS_FN(Py_GetProgramName, wchar_t *(*)(void));
//@ function Py_SetPythonHome
LPS_FN(Py_SetPythonHome, void (*)(const wchar_t *));
//@ function Py_GetPythonHome
LPS_FN(Py_GetPythonHome, wchar_t *(*)(void));
//@ function Py_GetProgramFullPath
LPS_FN(Py_GetProgramFullPath, wchar_t *(*)(void));
//@ function Py_GetPrefix
LPS_FN(Py_GetPrefix, wchar_t *(*)(void));
//@ function Py_GetExecPrefix
LPS_FN(Py_GetExecPrefix, wchar_t *(*)(void));
//@ function Py_GetPath
LPS_FN(Py_GetPath, wchar_t *(*)(void));
//@ function Py_SetPath
LPS_FN(Py_SetPath, void (*)(const wchar_t *));
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
//@ function Py_SetStandardStreamEncoding
LPS_FN(Py_SetStandardStreamEncoding, int (*)(const char *, const char *));
//@ function Py_PreInitialize =PyStatus *PyPreConfig
LPS_FN(Py_PreInitialize, PyStatus (*)(const PyPreConfig *));
//@ function Py_PreInitializeFromBytesArgs =PyStatus *PyPreConfig
LPS_FN(Py_PreInitializeFromBytesArgs, PyStatus (*)(const PyPreConfig *, Py_ssize_t, char **));
//@ function Py_PreInitializeFromArgs =PyStatus *PyPreConfig
LPS_FN(Py_PreInitializeFromArgs, PyStatus (*)(const PyPreConfig *, Py_ssize_t, wchar_t **));
//@ function _Py_IsCoreInitialized
LPS_FN(_Py_IsCoreInitialized, int (*)(void));
//@ function Py_InitializeFromConfig =PyStatus *PyConfig
LPS_FN(Py_InitializeFromConfig, PyStatus (*)(const PyConfig *));
//@ function _Py_InitializeMain =PyStatus
LPS_FN(_Py_InitializeMain, PyStatus (*)(void));
//@ function Py_RunMain
LPS_FN(Py_RunMain, int (*)(void));
//@ function Py_ExitStatusException =PyStatus
LPS_DECLARED(Py_ExitStatusException);
LPS_DECL(_Noreturn void Py_ExitStatusException(PyStatus);)
//@ function _Py_PyAtExit *PyObject
LPS_FN(_Py_PyAtExit, void (*)(void (*)(PyObject *), PyObject *));
//@ function _Py_RestoreSignals
LPS_FN(_Py_RestoreSignals, void (*)(void));
//@ function Py_FdIsInteractive
LPS_FN(Py_FdIsInteractive, int (*)(FILE *, const char *));
//@ function _Py_SetProgramFullPath
LPS_FN(_Py_SetProgramFullPath, void (*)(const wchar_t *));
//@ function _Py_gitidentifier
LPS_FN(_Py_gitidentifier, const char *(*)(void));
//@ function _Py_gitversion
LPS_FN(_Py_gitversion, const char *(*)(void));
//@ function _Py_IsFinalizing
LPS_FN(_Py_IsFinalizing, int (*)(void));
//@ function _PyOS_URandom
LPS_FN(_PyOS_URandom, int (*)(void *, Py_ssize_t));
//@ function _PyOS_URandomNonblock
LPS_FN(_PyOS_URandomNonblock, int (*)(void *, Py_ssize_t));
//@ function _Py_CoerceLegacyLocale
LPS_FN(_Py_CoerceLegacyLocale, int (*)(int));
//@ function _Py_LegacyLocaleDetected
LPS_FN(_Py_LegacyLocaleDetected, int (*)(int));
//@ function _Py_SetLocaleFromEnv
LPS_FN(_Py_SetLocaleFromEnv, char *(*)(int));
//@ function _Py_NewInterpreter *PyThreadState
LPS_FN(_Py_NewInterpreter, PyThreadState *(*)(int));
//@ function PyEval_CallObjectWithKeywords *PyObject
LPS_FN(PyEval_CallObjectWithKeywords, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ function PyEval_CallFunction *PyObject
LPS_FN(PyEval_CallFunction, PyObject *(*)(PyObject *, const char *, ...));
//@ function PyEval_CallMethod *PyObject
LPS_FN(PyEval_CallMethod, PyObject *(*)(PyObject *, const char *, const char *, ...));
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
//@ function PyEval_ThreadsInitialized
LPS_FN(PyEval_ThreadsInitialized, int (*)(void));
//@ function PyEval_InitThreads
LPS_FN(PyEval_InitThreads, void (*)(void));
//@ function PyEval_AcquireLock
LPS_FN(PyEval_AcquireLock, void (*)(void));
//@ function PyEval_ReleaseLock
LPS_FN(PyEval_ReleaseLock, void (*)(void));
//@ function PyEval_AcquireThread *PyThreadState
LPS_FN(PyEval_AcquireThread, void (*)(PyThreadState *));
//@ function PyEval_ReleaseThread *PyThreadState
LPS_FN(PyEval_ReleaseThread, void (*)(PyThreadState *));
//@ function PyEval_SetProfile =Py_tracefunc *PyObject
LPS_FN(PyEval_SetProfile, void (*)(Py_tracefunc, PyObject *));
//@ function _PyEval_SetProfile =Py_tracefunc *PyObject,PyThreadState
LPS_FN(_PyEval_SetProfile, int (*)(PyThreadState *, Py_tracefunc, PyObject *));
//@ function PyEval_SetTrace =Py_tracefunc *PyObject
LPS_FN(PyEval_SetTrace, void (*)(Py_tracefunc, PyObject *));
//@ function _PyEval_SetTrace =Py_tracefunc *PyObject,PyThreadState
LPS_FN(_PyEval_SetTrace, int (*)(PyThreadState *, Py_tracefunc, PyObject *));
//@ function _PyEval_GetCoroutineOriginTrackingDepth
LPS_FN(_PyEval_GetCoroutineOriginTrackingDepth, int (*)(void));
//@ function _PyEval_SetAsyncGenFirstiter *PyObject
LPS_FN(_PyEval_SetAsyncGenFirstiter, int (*)(PyObject *));
//@ function _PyEval_GetAsyncGenFirstiter *PyObject
LPS_FN(_PyEval_GetAsyncGenFirstiter, PyObject *(*)(void));
//@ function _PyEval_SetAsyncGenFinalizer *PyObject
LPS_FN(_PyEval_SetAsyncGenFinalizer, int (*)(PyObject *));
//@ function _PyEval_GetAsyncGenFinalizer *PyObject
LPS_FN(_PyEval_GetAsyncGenFinalizer, PyObject *(*)(void));
//@ function _PyEval_GetBuiltinId *PyObject,_Py_Identifier
LPS_FN(_PyEval_GetBuiltinId, PyObject *(*)(_Py_Identifier *));
//@ function PyEval_MergeCompilerFlags *PyCompilerFlags
LPS_FN(PyEval_MergeCompilerFlags, int (*)(PyCompilerFlags *));
//@ function _PyEval_EvalFrameDefault *PyFrameObject,PyObject,PyThreadState
LPS_FN(_PyEval_EvalFrameDefault, PyObject *(*)(PyThreadState *, PyFrameObject *, int));
//@ function _PyEval_SetSwitchInterval
LPS_FN(_PyEval_SetSwitchInterval, void (*)(unsigned long));
//@ function _PyEval_GetSwitchInterval
LPS_FN(_PyEval_GetSwitchInterval, unsigned long (*)(void));
//@ function _PyEval_RequestCodeExtraIndex =freefunc
LPS_FN(_PyEval_RequestCodeExtraIndex, Py_ssize_t (*)(freefunc));
//@ function _PyEval_SliceIndex *PyObject
LPS_FN(_PyEval_SliceIndex, int (*)(PyObject *, Py_ssize_t *));
//@ function _PyEval_SliceIndexNotNone *PyObject
LPS_FN(_PyEval_SliceIndexNotNone, int (*)(PyObject *, Py_ssize_t *));
//@ function PySys_GetObject *PyObject
LPS_FN(PySys_GetObject, PyObject *(*)(const char *));
//@ function PySys_SetObject *PyObject
LPS_FN(PySys_SetObject, int (*)(const char *, PyObject *));
//@ function PySys_SetArgv
LPS_FN(PySys_SetArgv, void (*)(int, wchar_t **));
//@ function PySys_SetArgvEx
LPS_FN(PySys_SetArgvEx, void (*)(int, wchar_t **, int));
//@ function PySys_SetPath
LPS_FN(PySys_SetPath, void (*)(const wchar_t *));
//@ function PySys_WriteStdout
LPS_FN(PySys_WriteStdout, void (*)(const char *, ...));
//@ function PySys_WriteStderr
LPS_FN(PySys_WriteStderr, void (*)(const char *, ...));
//@ function PySys_FormatStdout
LPS_FN(PySys_FormatStdout, void (*)(const char *, ...));
//@ function PySys_FormatStderr
LPS_FN(PySys_FormatStderr, void (*)(const char *, ...));
//@ function PySys_ResetWarnOptions
LPS_FN(PySys_ResetWarnOptions, void (*)(void));
//@ function PySys_AddWarnOption
LPS_FN(PySys_AddWarnOption, void (*)(const wchar_t *));
//@ function PySys_AddWarnOptionUnicode *PyObject
LPS_FN(PySys_AddWarnOptionUnicode, void (*)(PyObject *));
//@ function PySys_HasWarnOptions
LPS_FN(PySys_HasWarnOptions, int (*)(void));
//@ function PySys_AddXOption
LPS_FN(PySys_AddXOption, void (*)(const wchar_t *));
//@ function PySys_GetXOptions *PyObject
LPS_FN(PySys_GetXOptions, PyObject *(*)(void));
//@ function _PySys_GetObjectId *PyObject,_Py_Identifier
LPS_FN(_PySys_GetObjectId, PyObject *(*)(_Py_Identifier *));
//@ function _PySys_SetObjectId *PyObject,_Py_Identifier
LPS_FN(_PySys_SetObjectId, int (*)(_Py_Identifier *, PyObject *));
//@ function _PySys_GetSizeOf *PyObject
LPS_FN(_PySys_GetSizeOf, size_t (*)(PyObject *));
//@ function PySys_Audit
LPS_FN(PySys_Audit, int (*)(const char *, const char *, ...));
//@ function PySys_AddAuditHook =Py_AuditHookFunction
LPS_FN(PySys_AddAuditHook, int (*)(Py_AuditHookFunction, void *));
//@ function PyOS_FSPath *PyObject
LPS_FN(PyOS_FSPath, PyObject *(*)(PyObject *));
//@ function PyOS_InterruptOccurred
LPS_FN(PyOS_InterruptOccurred, int (*)(void));
//@ function PyOS_InitInterrupts
LPS_FN(PyOS_InitInterrupts, void (*)(void));
//@ function PyOS_BeforeFork
LPS_FN(PyOS_BeforeFork, void (*)(void));
//@ function PyOS_AfterFork_Parent
LPS_FN(PyOS_AfterFork_Parent, void (*)(void));
//@ function PyOS_AfterFork_Child
LPS_FN(PyOS_AfterFork_Child, void (*)(void));
//@ function PyOS_AfterFork
LPS_FN(PyOS_AfterFork, void (*)(void));
//@ function _PyOS_IsMainThread
LPS_FN(_PyOS_IsMainThread, int (*)(void));
//@ function _PySignal_AfterFork
LPS_FN(_PySignal_AfterFork, void (*)(void));
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
//@ function PyImport_ImportModuleNoBlock *PyObject
LPS_FN(PyImport_ImportModuleNoBlock, PyObject *(*)(const char *));
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
//@ function PyInit__imp *PyObject
LPS_FN(PyInit__imp, PyObject *(*)(void));
//@ function _PyImport_IsInitialized *PyInterpreterState
LPS_FN(_PyImport_IsInitialized, int (*)(PyInterpreterState *));
//@ function _PyImport_GetModuleId *PyObject,_Py_Identifier
LPS_FN(_PyImport_GetModuleId, PyObject *(*)(_Py_Identifier *));
//@ function _PyImport_SetModule *PyObject
LPS_FN(_PyImport_SetModule, int (*)(PyObject *, PyObject *));
//@ function _PyImport_SetModuleString *PyObject
LPS_FN(_PyImport_SetModuleString, int (*)(const char *, PyObject *));
//@ function _PyImport_AcquireLock
LPS_FN(_PyImport_AcquireLock, void (*)(void));
//@ function _PyImport_ReleaseLock
LPS_FN(_PyImport_ReleaseLock, int (*)(void));
//@ function _PyImport_FindExtensionObject *PyObject
LPS_FN(_PyImport_FindExtensionObject, PyObject *(*)(PyObject *, PyObject *));
//@ function _PyImport_FixupBuiltin *PyObject
LPS_FN(_PyImport_FixupBuiltin, int (*)(PyObject *, const char *, PyObject *));
//@ function _PyImport_FixupExtensionObject *PyObject
LPS_FN(_PyImport_FixupExtensionObject, int (*)(PyObject *, PyObject *, PyObject *, PyObject *));
//@ function PyImport_ExtendInittab *_inittab
LPS_FN(PyImport_ExtendInittab, int (*)(struct _inittab *));
//@ function PyObject_CallNoArgs *PyObject
LPS_FN(PyObject_CallNoArgs, PyObject *(*)(PyObject *));
//@ function PyObject_Call *PyObject
LPS_FN(PyObject_Call, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ function PyObject_CallObject *PyObject
LPS_FN(PyObject_CallObject, PyObject *(*)(PyObject *, PyObject *));
//@ function PyObject_CallFunction *PyObject
LPS_FN(PyObject_CallFunction, PyObject *(*)(PyObject *, const char *, ...));
//@ function PyObject_CallMethod *PyObject
LPS_FN(PyObject_CallMethod, PyObject *(*)(PyObject *, const char *, const char *, ...));
//@ function _PyObject_CallFunction_SizeT *PyObject
LPS_FN(_PyObject_CallFunction_SizeT, PyObject *(*)(PyObject *, const char *, ...));
//@ function _PyObject_CallMethod_SizeT *PyObject
LPS_FN(_PyObject_CallMethod_SizeT, PyObject *(*)(PyObject *, const char *, const char *, ...));
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
//@ function PyObject_AsCharBuffer *PyObject
LPS_FN(PyObject_AsCharBuffer, int (*)(PyObject *, const char **, Py_ssize_t *));
//@ function PyObject_CheckReadBuffer *PyObject
LPS_FN(PyObject_CheckReadBuffer, int (*)(PyObject *));
//@ function PyObject_AsReadBuffer *PyObject
LPS_FN(PyObject_AsReadBuffer, int (*)(PyObject *, const void **, Py_ssize_t *));
//@ function PyObject_AsWriteBuffer *PyObject
LPS_FN(PyObject_AsWriteBuffer, int (*)(PyObject *, void **, Py_ssize_t *));
//@ function PyObject_Format *PyObject
LPS_FN(PyObject_Format, PyObject *(*)(PyObject *, PyObject *));
//@ function PyObject_GetIter *PyObject
LPS_FN(PyObject_GetIter, PyObject *(*)(PyObject *));
//@ function PyIter_Check *PyObject
#pragma push_macro("PyIter_Check")
#undef PyIter_Check
LPS_FN(PyIter_Check, int (*)(PyObject *));
#pragma pop_macro("PyIter_Check")
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
//@ function _PyStack_AsDict *PyObject
LPS_FN(_PyStack_AsDict, PyObject *(*)(PyObject * const *, PyObject *));
//@ function _Py_CheckFunctionResult *PyObject,PyThreadState
LPS_FN(_Py_CheckFunctionResult, PyObject *(*)(PyThreadState *, PyObject *, PyObject *, const char *));
//@ function _PyObject_MakeTpCall *PyObject,PyThreadState
LPS_FN(_PyObject_MakeTpCall, PyObject *(*)(PyThreadState *, PyObject *, PyObject * const *, Py_ssize_t, PyObject *));
//@ function PyObject_VectorcallDict *PyObject
LPS_FN(PyObject_VectorcallDict, PyObject *(*)(PyObject *, PyObject * const *, size_t, PyObject *));
//@ function PyVectorcall_Call *PyObject
LPS_FN(PyVectorcall_Call, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ function PyObject_VectorcallMethod *PyObject
LPS_FN(PyObject_VectorcallMethod, PyObject *(*)(PyObject *, PyObject * const *, size_t, PyObject *));
//@ function _PyObject_CallMethodId *PyObject,_Py_Identifier
LPS_FN(_PyObject_CallMethodId, PyObject *(*)(PyObject *, _Py_Identifier *, const char *, ...));
//@ function _PyObject_CallMethodId_SizeT *PyObject,_Py_Identifier
LPS_FN(_PyObject_CallMethodId_SizeT, PyObject *(*)(PyObject *, _Py_Identifier *, const char *, ...));
//@ function _PyObject_CallMethodIdObjArgs *PyObject,_Py_Identifier
LPS_FN(_PyObject_CallMethodIdObjArgs, PyObject *(*)(PyObject *, _Py_Identifier *, ...));
//@ function _PyObject_HasLen *PyObject
LPS_FN(_PyObject_HasLen, int (*)(PyObject *));
//@ function PyObject_LengthHint *PyObject
LPS_FN(PyObject_LengthHint, Py_ssize_t (*)(PyObject *, Py_ssize_t));
//@ function PyObject_CheckBuffer *PyObject
LPS_FN(PyObject_CheckBuffer, int (*)(PyObject *));
//@ function PyObject_GetBuffer *PyObject,Py_buffer
LPS_FN(PyObject_GetBuffer, int (*)(PyObject *, Py_buffer *, int));
//@ function PyBuffer_GetPointer *Py_buffer
LPS_FN(PyBuffer_GetPointer, void *(*)(Py_buffer *, Py_ssize_t *));
//@ function PyBuffer_SizeFromFormat
LPS_FN(PyBuffer_SizeFromFormat, Py_ssize_t (*)(const char *));
//@ function PyBuffer_ToContiguous *Py_buffer
LPS_FN(PyBuffer_ToContiguous, int (*)(void *, Py_buffer *, Py_ssize_t, char));
//@ function PyBuffer_FromContiguous *Py_buffer
LPS_FN(PyBuffer_FromContiguous, int (*)(Py_buffer *, void *, Py_ssize_t, char));
//@ function PyObject_CopyData *PyObject
LPS_FN(PyObject_CopyData, int (*)(PyObject *, PyObject *));
//@ function PyBuffer_IsContiguous *Py_buffer
LPS_FN(PyBuffer_IsContiguous, int (*)(const Py_buffer *, char));
//@ function PyBuffer_FillContiguousStrides
LPS_FN(PyBuffer_FillContiguousStrides, void (*)(int, Py_ssize_t *, Py_ssize_t *, int, char));
//@ function PyBuffer_FillInfo *PyObject,Py_buffer
LPS_FN(PyBuffer_FillInfo, int (*)(Py_buffer *, PyObject *, void *, Py_ssize_t, int, int));
//@ function PyBuffer_Release *Py_buffer
LPS_FN(PyBuffer_Release, void (*)(Py_buffer *));
//@ function _PySequence_IterSearch *PyObject
LPS_FN(_PySequence_IterSearch, Py_ssize_t (*)(PyObject *, PyObject *, int));
//@ function _PyObject_RealIsInstance *PyObject
LPS_FN(_PyObject_RealIsInstance, int (*)(PyObject *, PyObject *));
//@ function _PyObject_RealIsSubclass *PyObject
LPS_FN(_PyObject_RealIsSubclass, int (*)(PyObject *, PyObject *));
//@ function _PySequence_BytesToCharpArray *PyObject
LPS_FN(_PySequence_BytesToCharpArray, char * const *(*)(PyObject *));
//@ function _Py_FreeCharPArray
LPS_FN(_Py_FreeCharPArray, void (*)(char * const *));
//@ function _Py_add_one_to_index_F
LPS_FN(_Py_add_one_to_index_F, void (*)(int, Py_ssize_t *, const Py_ssize_t *));
//@ function _Py_add_one_to_index_C
LPS_FN(_Py_add_one_to_index_C, void (*)(int, Py_ssize_t *, const Py_ssize_t *));
//@ function _Py_convert_optional_to_ssize_t *PyObject
LPS_FN(_Py_convert_optional_to_ssize_t, int (*)(PyObject *, void *));
//@ function PyEval_EvalCode *PyObject
LPS_FN(PyEval_EvalCode, PyObject *(*)(PyObject *, PyObject *, PyObject *));
//@ function PyEval_EvalCodeEx *PyObject
LPS_FN(PyEval_EvalCodeEx, PyObject *(*)(PyObject *, PyObject *, PyObject *, PyObject * const *, int, PyObject * const *, int, PyObject * const *, int, PyObject *, PyObject *));
//@ function _PyEval_EvalCodeWithName *PyObject
LPS_FN(_PyEval_EvalCodeWithName, PyObject *(*)(PyObject *, PyObject *, PyObject *, PyObject * const *, Py_ssize_t, PyObject * const *, PyObject * const *, Py_ssize_t, int, PyObject * const *, Py_ssize_t, PyObject *, PyObject *, PyObject *, PyObject *));
//@ function _PyEval_CallTracing *PyObject
LPS_FN(_PyEval_CallTracing, PyObject *(*)(PyObject *, PyObject *));
//@ function PyOS_string_to_double *PyObject
LPS_FN(PyOS_string_to_double, double (*)(const char *, char **, PyObject *));
//@ function PyOS_double_to_string
LPS_FN(PyOS_double_to_string, char *(*)(double, char, int, int, int *));
//@ function _Py_string_to_number_with_underscores *PyObject
LPS_FN(_Py_string_to_number_with_underscores, PyObject *(*)(const char *, Py_ssize_t, const char *, PyObject *, void *, PyObject *(*)(const char *, Py_ssize_t, void *)));
//@ function _Py_parse_inf_or_nan
LPS_FN(_Py_parse_inf_or_nan, double (*)(const char *, char **));
//@ function PyOS_mystrnicmp
LPS_FN(PyOS_mystrnicmp, int (*)(const char *, const char *, Py_ssize_t));
//@ function PyOS_mystricmp
LPS_FN(PyOS_mystricmp, int (*)(const char *, const char *));
//@ function Py_DecodeLocale
LPS_FN(Py_DecodeLocale, wchar_t *(*)(const char *, size_t *));
//@ function Py_EncodeLocale
LPS_FN(Py_EncodeLocale, char *(*)(const wchar_t *, size_t *));
//@ function _Py_EncodeLocaleRaw
LPS_FN(_Py_EncodeLocaleRaw, char *(*)(const wchar_t *, size_t *));
//@ function _Py_GetErrorHandler =_Py_error_handler
LPS_FN(_Py_GetErrorHandler, _Py_error_handler (*)(const char *));
//@ function _Py_DecodeLocaleEx =_Py_error_handler
LPS_FN(_Py_DecodeLocaleEx, int (*)(const char *, wchar_t **, size_t *, const char **, int, _Py_error_handler));
//@ function _Py_EncodeLocaleEx =_Py_error_handler
LPS_FN(_Py_EncodeLocaleEx, int (*)(const wchar_t *, char **, size_t *, const char **, int, _Py_error_handler));
//@ function _Py_device_encoding *PyObject
LPS_FN(_Py_device_encoding, PyObject *(*)(int));
//@ function _Py_open
LPS_FN(_Py_open, int (*)(const char *, int));
//@ function _Py_open_noraise
LPS_FN(_Py_open_noraise, int (*)(const char *, int));
//@ function _Py_wfopen
LPS_FN(_Py_wfopen, FILE *(*)(const wchar_t *, const wchar_t *));
//@ function _Py_fopen
LPS_FN(_Py_fopen, FILE *(*)(const char *, const char *));
//@ function _Py_fopen_obj *PyObject
LPS_FN(_Py_fopen_obj, FILE *(*)(PyObject *, const char *));
//@ function _Py_read
LPS_FN(_Py_read, Py_ssize_t (*)(int, void *, size_t));
//@ function _Py_write
LPS_FN(_Py_write, Py_ssize_t (*)(int, const void *, size_t));
//@ function _Py_write_noraise
LPS_FN(_Py_write_noraise, Py_ssize_t (*)(int, const void *, size_t));
//@ function _Py_wreadlink
LPS_FN(_Py_wreadlink, int (*)(const wchar_t *, wchar_t *, size_t));
//@ function _Py_wrealpath
LPS_FN(_Py_wrealpath, wchar_t *(*)(const wchar_t *, wchar_t *, size_t));
//@ function _Py_isabs
LPS_FN(_Py_isabs, int (*)(const wchar_t *));
//@ function _Py_abspath
LPS_FN(_Py_abspath, int (*)(const wchar_t *, wchar_t **));
//@ function _Py_wgetcwd
LPS_FN(_Py_wgetcwd, wchar_t *(*)(wchar_t *, size_t));
//@ function _Py_get_inheritable
LPS_FN(_Py_get_inheritable, int (*)(int));
//@ function _Py_set_inheritable
LPS_FN(_Py_set_inheritable, int (*)(int, int, int *));
//@ function _Py_set_inheritable_async_safe
LPS_FN(_Py_set_inheritable_async_safe, int (*)(int, int, int *));
//@ function _Py_dup
LPS_FN(_Py_dup, int (*)(int));
//@ function _Py_get_blocking
LPS_FN(_Py_get_blocking, int (*)(int));
//@ function _Py_set_blocking
LPS_FN(_Py_set_blocking, int (*)(int, int));
//@ function PyTraceMalloc_Track
LPS_FN(PyTraceMalloc_Track, int (*)(unsigned int, size_t, size_t));
//@ function PyTraceMalloc_Untrack
LPS_FN(PyTraceMalloc_Untrack, int (*)(unsigned int, size_t));
//@ function _PyTraceMalloc_GetTraceback *PyObject
LPS_FN(_PyTraceMalloc_GetTraceback, PyObject *(*)(unsigned int, size_t));
//@ function PyMember_GetOne *PyMemberDef,PyObject
LPS_FN(PyMember_GetOne, PyObject *(*)(const char *, PyMemberDef *));
//@ function PyMember_SetOne *PyMemberDef,PyObject
LPS_FN(PyMember_SetOne, int (*)(char *, PyMemberDef *, PyObject *));
//@ function PyMarshal_WriteLongToFile
LPS_FN(PyMarshal_WriteLongToFile, void (*)(long, FILE *, int));
//@ function PyMarshal_WriteObjectToFile *PyObject
LPS_FN(PyMarshal_WriteObjectToFile, void (*)(PyObject *, FILE *, int));
//@ function PyMarshal_WriteObjectToString *PyObject
LPS_FN(PyMarshal_WriteObjectToString, PyObject *(*)(PyObject *, int));
//@ function PyMarshal_ReadLongFromFile
LPS_FN(PyMarshal_ReadLongFromFile, long (*)(FILE *));
//@ function PyMarshal_ReadShortFromFile
LPS_FN(PyMarshal_ReadShortFromFile, int (*)(FILE *));
//@ function PyMarshal_ReadObjectFromFile *PyObject
LPS_FN(PyMarshal_ReadObjectFromFile, PyObject *(*)(FILE *));
//@ function PyMarshal_ReadLastObjectFromFile *PyObject
LPS_FN(PyMarshal_ReadLastObjectFromFile, PyObject *(*)(FILE *));
//@ function PyMarshal_ReadObjectFromString *PyObject
LPS_FN(PyMarshal_ReadObjectFromString, PyObject *(*)(const char *, Py_ssize_t));
//@ function PyFrame_New *PyCodeObject,PyFrameObject,PyObject,PyThreadState
LPS_FN(PyFrame_New, PyFrameObject *(*)(PyThreadState *, PyCodeObject *, PyObject *, PyObject *));
//@ function PyFrame_BlockSetup *PyFrameObject
LPS_FN(PyFrame_BlockSetup, void (*)(PyFrameObject *, int, int, int));
//@ function PyFrame_BlockPop *PyFrameObject,PyTryBlock
LPS_FN(PyFrame_BlockPop, PyTryBlock *(*)(PyFrameObject *));
//@ function PyFrame_LocalsToFast *PyFrameObject
LPS_FN(PyFrame_LocalsToFast, void (*)(PyFrameObject *, int));
//@ function PyFrame_FastToLocalsWithError *PyFrameObject
LPS_FN(PyFrame_FastToLocalsWithError, int (*)(PyFrameObject *));
//@ function PyFrame_FastToLocals *PyFrameObject
LPS_FN(PyFrame_FastToLocals, void (*)(PyFrameObject *));
//@ function _PyFrame_DebugMallocStats
LPS_FN(_PyFrame_DebugMallocStats, void (*)(FILE *));
//@ function PyFrame_GetBack *PyFrameObject
LPS_FN(PyFrame_GetBack, PyFrameObject *(*)(PyFrameObject *));
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
//@ static _PyNone_Type *PyTypeObject
LPS_STATIC(_PyNone_Type, PyTypeObject);
//@ static _PyNotImplemented_Type *PyTypeObject
LPS_STATIC(_PyNotImplemented_Type, PyTypeObject);
//@ static _Py_SwappedOp
LPS_STATIC(_Py_SwappedOp, int [0]);
//@ static _Py_HashSecret *_Py_HashSecret_t
LPS_STATIC(_Py_HashSecret, _Py_HashSecret_t);
//@ static Py_DebugFlag
LPS_STATIC(Py_DebugFlag, int);
//@ static Py_VerboseFlag
LPS_STATIC(Py_VerboseFlag, int);
//@ static Py_QuietFlag
LPS_STATIC(Py_QuietFlag, int);
//@ static Py_InteractiveFlag
LPS_STATIC(Py_InteractiveFlag, int);
//@ static Py_InspectFlag
LPS_STATIC(Py_InspectFlag, int);
//@ static Py_OptimizeFlag
LPS_STATIC(Py_OptimizeFlag, int);
//@ static Py_NoSiteFlag
LPS_STATIC(Py_NoSiteFlag, int);
//@ static Py_BytesWarningFlag
LPS_STATIC(Py_BytesWarningFlag, int);
//@ static Py_FrozenFlag
LPS_STATIC(Py_FrozenFlag, int);
//@ static Py_IgnoreEnvironmentFlag
LPS_STATIC(Py_IgnoreEnvironmentFlag, int);
//@ static Py_DontWriteBytecodeFlag
LPS_STATIC(Py_DontWriteBytecodeFlag, int);
//@ static Py_NoUserSiteDirectory
LPS_STATIC(Py_NoUserSiteDirectory, int);
//@ static Py_UnbufferedStdioFlag
LPS_STATIC(Py_UnbufferedStdioFlag, int);
//@ static Py_HashRandomizationFlag
LPS_STATIC(Py_HashRandomizationFlag, int);
//@ static Py_IsolatedFlag
LPS_STATIC(Py_IsolatedFlag, int);
//@ static PyByteArray_Type *PyTypeObject
LPS_STATIC(PyByteArray_Type, PyTypeObject);
//@ static PyByteArrayIter_Type *PyTypeObject
LPS_STATIC(PyByteArrayIter_Type, PyTypeObject);
//@ static _PyByteArray_empty_string
LPS_STATIC(_PyByteArray_empty_string, char [0]);
//@ static PyBytes_Type *PyTypeObject
LPS_STATIC(PyBytes_Type, PyTypeObject);
//@ static PyBytesIter_Type *PyTypeObject
LPS_STATIC(PyBytesIter_Type, PyTypeObject);
//@ static PyUnicode_Type *PyTypeObject
LPS_STATIC(PyUnicode_Type, PyTypeObject);
//@ static PyUnicodeIter_Type *PyTypeObject
LPS_STATIC(PyUnicodeIter_Type, PyTypeObject);
//@ static _Py_ascii_whitespace
LPS_STATIC(_Py_ascii_whitespace, unsigned char [0]);
//@ static PyLong_Type *PyTypeObject
LPS_STATIC(PyLong_Type, PyTypeObject);
//@ static _PyLong_DigitValue
LPS_STATIC(_PyLong_DigitValue, unsigned char [256]);
//@ static _PyLong_Zero *PyObject
LPS_STATIC(_PyLong_Zero, PyObject *);
//@ static _PyLong_One *PyObject
LPS_STATIC(_PyLong_One, PyObject *);
//@ static PyBool_Type *PyTypeObject
LPS_STATIC(PyBool_Type, PyTypeObject);
//@ static _Py_FalseStruct *_longobject
LPS_STATIC(_Py_FalseStruct, struct _longobject);
//@ static _Py_TrueStruct *_longobject
LPS_STATIC(_Py_TrueStruct, struct _longobject);
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
//@ static _PyManagedBuffer_Type *PyTypeObject
LPS_STATIC(_PyManagedBuffer_Type, PyTypeObject);
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
//@ static PyODict_Type *PyTypeObject
LPS_STATIC(PyODict_Type, PyTypeObject);
//@ static PyODictIter_Type *PyTypeObject
LPS_STATIC(PyODictIter_Type, PyTypeObject);
//@ static PyODictKeys_Type *PyTypeObject
LPS_STATIC(PyODictKeys_Type, PyTypeObject);
//@ static PyODictItems_Type *PyTypeObject
LPS_STATIC(PyODictItems_Type, PyTypeObject);
//@ static PyODictValues_Type *PyTypeObject
LPS_STATIC(PyODictValues_Type, PyTypeObject);
//@ static PyEnum_Type *PyTypeObject
LPS_STATIC(PyEnum_Type, PyTypeObject);
//@ static PyReversed_Type *PyTypeObject
LPS_STATIC(PyReversed_Type, PyTypeObject);
//@ static _PySet_Dummy *PyObject
LPS_STATIC(_PySet_Dummy, PyObject *);
//@ static PySet_Type *PyTypeObject
LPS_STATIC(PySet_Type, PyTypeObject);
//@ static PyFrozenSet_Type *PyTypeObject
LPS_STATIC(PyFrozenSet_Type, PyTypeObject);
//@ static PySetIter_Type *PyTypeObject
LPS_STATIC(PySetIter_Type, PyTypeObject);
//@ static PyCFunction_Type *PyTypeObject
LPS_STATIC(PyCFunction_Type, PyTypeObject);
//@ static PyCMethod_Type *PyTypeObject
LPS_STATIC(PyCMethod_Type, PyTypeObject);
//@ static PyModule_Type *PyTypeObject
LPS_STATIC(PyModule_Type, PyTypeObject);
//@ static PyModuleDef_Type *PyTypeObject
LPS_STATIC(PyModuleDef_Type, PyTypeObject);
//@ static PyFunction_Type *PyTypeObject
LPS_STATIC(PyFunction_Type, PyTypeObject);
//@ static PyClassMethod_Type *PyTypeObject
LPS_STATIC(PyClassMethod_Type, PyTypeObject);
//@ static PyStaticMethod_Type *PyTypeObject
LPS_STATIC(PyStaticMethod_Type, PyTypeObject);
//@ static PyMethod_Type *PyTypeObject
LPS_STATIC(PyMethod_Type, PyTypeObject);
//@ static PyInstanceMethod_Type *PyTypeObject
LPS_STATIC(PyInstanceMethod_Type, PyTypeObject);
//@ static Py_FileSystemDefaultEncoding
LPS_STATIC(Py_FileSystemDefaultEncoding, const char *);
//@ static Py_FileSystemDefaultEncodeErrors
LPS_STATIC(Py_FileSystemDefaultEncodeErrors, const char *);
//@ static Py_HasFileSystemDefaultEncoding
LPS_STATIC(Py_HasFileSystemDefaultEncoding, int);
//@ static Py_UTF8Mode
LPS_STATIC(Py_UTF8Mode, int);
//@ static PyStdPrinter_Type *PyTypeObject
LPS_STATIC(PyStdPrinter_Type, PyTypeObject);
//@ static PyCapsule_Type *PyTypeObject
LPS_STATIC(PyCapsule_Type, PyTypeObject);
//@ static PyCode_Type *PyTypeObject
LPS_STATIC(PyCode_Type, PyTypeObject);
//@ static PyTraceBack_Type *PyTypeObject
LPS_STATIC(PyTraceBack_Type, PyTypeObject);
//@ static _Py_EllipsisObject *PyObject
LPS_STATIC(_Py_EllipsisObject, PyObject);
//@ static PySlice_Type *PyTypeObject
LPS_STATIC(PySlice_Type, PyTypeObject);
//@ static PyEllipsis_Type *PyTypeObject
LPS_STATIC(PyEllipsis_Type, PyTypeObject);
//@ static PyCell_Type *PyTypeObject
LPS_STATIC(PyCell_Type, PyTypeObject);
//@ static PySeqIter_Type *PyTypeObject
LPS_STATIC(PySeqIter_Type, PyTypeObject);
//@ static PyCallIter_Type *PyTypeObject
LPS_STATIC(PyCallIter_Type, PyTypeObject);
//@ static PyGen_Type *PyTypeObject
LPS_STATIC(PyGen_Type, PyTypeObject);
//@ static PyCoro_Type *PyTypeObject
LPS_STATIC(PyCoro_Type, PyTypeObject);
//@ static _PyCoroWrapper_Type *PyTypeObject
LPS_STATIC(_PyCoroWrapper_Type, PyTypeObject);
//@ static PyAsyncGen_Type *PyTypeObject
LPS_STATIC(PyAsyncGen_Type, PyTypeObject);
//@ static _PyAsyncGenASend_Type *PyTypeObject
LPS_STATIC(_PyAsyncGenASend_Type, PyTypeObject);
//@ static _PyAsyncGenWrappedValue_Type *PyTypeObject
LPS_STATIC(_PyAsyncGenWrappedValue_Type, PyTypeObject);
//@ static _PyAsyncGenAThrow_Type *PyTypeObject
LPS_STATIC(_PyAsyncGenAThrow_Type, PyTypeObject);
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
//@ static _PyMethodWrapper_Type *PyTypeObject
LPS_STATIC(_PyMethodWrapper_Type, PyTypeObject);
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
//@ static _PyNamespace_Type *PyTypeObject
LPS_STATIC(_PyNamespace_Type, PyTypeObject);
//@ static PyPickleBuffer_Type *PyTypeObject
LPS_STATIC(PyPickleBuffer_Type, PyTypeObject);
//@ static Py_hexdigits
LPS_STATIC(Py_hexdigits, const char *);
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
//@ static PyContext_Type *PyTypeObject
LPS_STATIC(PyContext_Type, PyTypeObject);
//@ static PyContextVar_Type *PyTypeObject
LPS_STATIC(PyContextVar_Type, PyTypeObject);
//@ static PyContextToken_Type *PyTypeObject
LPS_STATIC(PyContextToken_Type, PyTypeObject);
//@ static _Py_PackageContext
LPS_STATIC(_Py_PackageContext, const char *);
//@ static PyOS_InputHook
LPS_STATIC(PyOS_InputHook, int (*)(void));
//@ static PyOS_ReadlineFunctionPointer
LPS_STATIC(PyOS_ReadlineFunctionPointer, char *(*)(FILE *, FILE *, const char *));
//@ static _PyOS_ReadlineTState *PyThreadState
LPS_STATIC(_PyOS_ReadlineTState, PyThreadState *);
//@ static PyImport_Inittab *_inittab
LPS_STATIC(PyImport_Inittab, struct _inittab *);
//@ static PyImport_FrozenModules *_frozen
LPS_STATIC(PyImport_FrozenModules, const struct _frozen *);
//@ static PyFilter_Type *PyTypeObject
LPS_STATIC(PyFilter_Type, PyTypeObject);
//@ static PyMap_Type *PyTypeObject
LPS_STATIC(PyMap_Type, PyTypeObject);
//@ static PyZip_Type *PyTypeObject
LPS_STATIC(PyZip_Type, PyTypeObject);
//@ static _Py_ctype_table
LPS_STATIC(_Py_ctype_table, unsigned int [256]);
//@ static _Py_ctype_tolower
LPS_STATIC(_Py_ctype_tolower, unsigned char [256]);
//@ static _Py_ctype_toupper
LPS_STATIC(_Py_ctype_toupper, unsigned char [256]);
//@ static PyFrame_Type *PyTypeObject
LPS_STATIC(PyFrame_Type, PyTypeObject);
