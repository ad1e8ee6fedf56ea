/* libpython-sys exactness checks for 3.12 (CPython 3.12.1 headers).
   Generated with the bindings by scripts/regenerate-bindings; never edit by hand. The build compiles this file
   against the target interpreter's own headers: an item whose line fails is removed
   from the build with every item that depends on it (libpython-sys-build/src/exact.rs). */
#include "wrapper.h"
#include <stddef.h>
#define LPS_SAME(a, b) __builtin_types_compatible_p(a, b)
#define LPS_CHECK(what, cond) _Static_assert(cond, what)
#define LPS_DECL(what, ...) __VA_ARGS__
//@ record PyMemAllocatorEx
LPS_CHECK("its size or alignment", sizeof(PyMemAllocatorEx) == 40 && _Alignof(PyMemAllocatorEx) == 8);
LPS_CHECK("field ctx", offsetof(PyMemAllocatorEx, ctx) == 0 && LPS_SAME(__typeof__(((PyMemAllocatorEx *)0)->ctx), void *));
LPS_CHECK("field malloc", offsetof(PyMemAllocatorEx, malloc) == 8 && LPS_SAME(__typeof__(((PyMemAllocatorEx *)0)->malloc), void *(*)(void *, size_t)));
LPS_CHECK("field calloc", offsetof(PyMemAllocatorEx, calloc) == 16 && LPS_SAME(__typeof__(((PyMemAllocatorEx *)0)->calloc), void *(*)(void *, size_t, size_t)));
LPS_CHECK("field realloc", offsetof(PyMemAllocatorEx, realloc) == 24 && LPS_SAME(__typeof__(((PyMemAllocatorEx *)0)->realloc), void *(*)(void *, void *, size_t)));
LPS_CHECK("field free", offsetof(PyMemAllocatorEx, free) == 32 && LPS_SAME(__typeof__(((PyMemAllocatorEx *)0)->free), void (*)(void *, void *)));
//@ record Py_buffer *PyObject
LPS_CHECK("its size or alignment", sizeof(Py_buffer) == 80 && _Alignof(Py_buffer) == 8);
LPS_CHECK("field buf", offsetof(Py_buffer, buf) == 0 && LPS_SAME(__typeof__(((Py_buffer *)0)->buf), void *));
LPS_CHECK("field obj", offsetof(Py_buffer, obj) == 8 && LPS_SAME(__typeof__(((Py_buffer *)0)->obj), PyObject *));
LPS_CHECK("field len", offsetof(Py_buffer, len) == 16 && LPS_SAME(__typeof__(((Py_buffer *)0)->len), Py_ssize_t));
LPS_CHECK("field itemsize", offsetof(Py_buffer, itemsize) == 24 && LPS_SAME(__typeof__(((Py_buffer *)0)->itemsize), Py_ssize_t));
LPS_CHECK("field readonly", offsetof(Py_buffer, readonly) == 32 && LPS_SAME(__typeof__(((Py_buffer *)0)->readonly), int));
LPS_CHECK("field ndim", offsetof(Py_buffer, ndim) == 36 && LPS_SAME(__typeof__(((Py_buffer *)0)->ndim), int));
LPS_CHECK("field format", offsetof(Py_buffer, format) == 40 && LPS_SAME(__typeof__(((Py_buffer *)0)->format), char *));
LPS_CHECK("field shape", offsetof(Py_buffer, shape) == 48 && LPS_SAME(__typeof__(((Py_buffer *)0)->shape), Py_ssize_t *));
LPS_CHECK("field strides", offsetof(Py_buffer, strides) == 56 && LPS_SAME(__typeof__(((Py_buffer *)0)->strides), Py_ssize_t *));
LPS_CHECK("field suboffsets", offsetof(Py_buffer, suboffsets) == 64 && LPS_SAME(__typeof__(((Py_buffer *)0)->suboffsets), Py_ssize_t *));
LPS_CHECK("field internal", offsetof(Py_buffer, internal) == 72 && LPS_SAME(__typeof__(((Py_buffer *)0)->internal), void *));
//@ record _object *PyTypeObject
LPS_CHECK("its size or alignment", sizeof(struct _object) == 16 && _Alignof(struct _object) == 8);
LPS_CHECK("field ob_refcnt", offsetof(struct _object, ob_refcnt) == 0 && LPS_SAME(__typeof__(((struct _object *)0)->ob_refcnt), Py_ssize_t));
LPS_CHECK("field ob_refcnt_split", offsetof(struct _object, ob_refcnt_split) == 0 && LPS_SAME(__typeof__(((struct _object *)0)->ob_refcnt_split), uint32_t [2]));
LPS_CHECK("field ob_type", offsetof(struct _object, ob_type) == 8 && LPS_SAME(__typeof__(((struct _object *)0)->ob_type), PyTypeObject *));
//@ record PyVarObject =PyObject
LPS_CHECK("its size or alignment", sizeof(PyVarObject) == 24 && _Alignof(PyVarObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyVarObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyVarObject *)0)->ob_base), PyObject));
LPS_CHECK("field ob_size", offsetof(PyVarObject, ob_size) == 16 && LPS_SAME(__typeof__(((PyVarObject *)0)->ob_size), Py_ssize_t));
//@ record PyType_Slot
LPS_CHECK("its size or alignment", sizeof(PyType_Slot) == 16 && _Alignof(PyType_Slot) == 8);
LPS_CHECK("field slot", offsetof(PyType_Slot, slot) == 0 && LPS_SAME(__typeof__(((PyType_Slot *)0)->slot), int));
LPS_CHECK("field pfunc", offsetof(PyType_Slot, pfunc) == 8 && LPS_SAME(__typeof__(((PyType_Slot *)0)->pfunc), void *));
//@ record PyType_Spec *PyType_Slot
LPS_CHECK("its size or alignment", sizeof(PyType_Spec) == 32 && _Alignof(PyType_Spec) == 8);
LPS_CHECK("field name", offsetof(PyType_Spec, name) == 0 && LPS_SAME(__typeof__(((PyType_Spec *)0)->name), const char *));
LPS_CHECK("field basicsize", offsetof(PyType_Spec, basicsize) == 8 && LPS_SAME(__typeof__(((PyType_Spec *)0)->basicsize), int));
LPS_CHECK("field itemsize", offsetof(PyType_Spec, itemsize) == 12 && LPS_SAME(__typeof__(((PyType_Spec *)0)->itemsize), int));
LPS_CHECK("field flags", offsetof(PyType_Spec, flags) == 16 && LPS_SAME(__typeof__(((PyType_Spec *)0)->flags), unsigned int));
LPS_CHECK("field slots", offsetof(PyType_Spec, slots) == 24 && LPS_SAME(__typeof__(((PyType_Spec *)0)->slots), PyType_Slot *));
//@ record _Py_Identifier
LPS_CHECK("its size or alignment", sizeof(_Py_Identifier) == 16 && _Alignof(_Py_Identifier) == 8);
LPS_CHECK("field string", offsetof(_Py_Identifier, string) == 0 && LPS_SAME(__typeof__(((_Py_Identifier *)0)->string), const char *));
LPS_CHECK("field index", offsetof(_Py_Identifier, index) == 8 && LPS_SAME(__typeof__(((_Py_Identifier *)0)->index), Py_ssize_t));
//@ record PyNumberMethods =binaryfunc,inquiry,ternaryfunc,unaryfunc
LPS_CHECK("its size or alignment", sizeof(PyNumberMethods) == 288 && _Alignof(PyNumberMethods) == 8);
LPS_CHECK("field nb_add", offsetof(PyNumberMethods, nb_add) == 0 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_add), binaryfunc));
LPS_CHECK("field nb_subtract", offsetof(PyNumberMethods, nb_subtract) == 8 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_subtract), binaryfunc));
LPS_CHECK("field nb_multiply", offsetof(PyNumberMethods, nb_multiply) == 16 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_multiply), binaryfunc));
LPS_CHECK("field nb_remainder", offsetof(PyNumberMethods, nb_remainder) == 24 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_remainder), binaryfunc));
LPS_CHECK("field nb_divmod", offsetof(PyNumberMethods, nb_divmod) == 32 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_divmod), binaryfunc));
LPS_CHECK("field nb_power", offsetof(PyNumberMethods, nb_power) == 40 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_power), ternaryfunc));
LPS_CHECK("field nb_negative", offsetof(PyNumberMethods, nb_negative) == 48 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_negative), unaryfunc));
LPS_CHECK("field nb_positive", offsetof(PyNumberMethods, nb_positive) == 56 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_positive), unaryfunc));
LPS_CHECK("field nb_absolute", offsetof(PyNumberMethods, nb_absolute) == 64 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_absolute), unaryfunc));
LPS_CHECK("field nb_bool", offsetof(PyNumberMethods, nb_bool) == 72 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_bool), inquiry));
LPS_CHECK("field nb_invert", offsetof(PyNumberMethods, nb_invert) == 80 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_invert), unaryfunc));
LPS_CHECK("field nb_lshift", offsetof(PyNumberMethods, nb_lshift) == 88 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_lshift), binaryfunc));
LPS_CHECK("field nb_rshift", offsetof(PyNumberMethods, nb_rshift) == 96 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_rshift), binaryfunc));
LPS_CHECK("field nb_and", offsetof(PyNumberMethods, nb_and) == 104 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_and), binaryfunc));
LPS_CHECK("field nb_xor", offsetof(PyNumberMethods, nb_xor) == 112 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_xor), binaryfunc));
LPS_CHECK("field nb_or", offsetof(PyNumberMethods, nb_or) == 120 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_or), binaryfunc));
LPS_CHECK("field nb_int", offsetof(PyNumberMethods, nb_int) == 128 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_int), unaryfunc));
LPS_CHECK("field nb_reserved", offsetof(PyNumberMethods, nb_reserved) == 136 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_reserved), void *));
LPS_CHECK("field nb_float", offsetof(PyNumberMethods, nb_float) == 144 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_float), unaryfunc));
LPS_CHECK("field nb_inplace_add", offsetof(PyNumberMethods, nb_inplace_add) == 152 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_inplace_add), binaryfunc));
LPS_CHECK("field nb_inplace_subtract", offsetof(PyNumberMethods, nb_inplace_subtract) == 160 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_inplace_subtract), binaryfunc));
LPS_CHECK("field nb_inplace_multiply", offsetof(PyNumberMethods, nb_inplace_multiply) == 168 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_inplace_multiply), binaryfunc));
LPS_CHECK("field nb_inplace_remainder", offsetof(PyNumberMethods, nb_inplace_remainder) == 176 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_inplace_remainder), binaryfunc));
LPS_CHECK("field nb_inplace_power", offsetof(PyNumberMethods, nb_inplace_power) == 184 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_inplace_power), ternaryfunc));
LPS_CHECK("field nb_inplace_lshift", offsetof(PyNumberMethods, nb_inplace_lshift) == 192 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_inplace_lshift), binaryfunc));
LPS_CHECK("field nb_inplace_rshift", offsetof(PyNumberMethods, nb_inplace_rshift) == 200 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_inplace_rshift), binaryfunc));
LPS_CHECK("field nb_inplace_and", offsetof(PyNumberMethods, nb_inplace_and) == 208 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_inplace_and), binaryfunc));
LPS_CHECK("field nb_inplace_xor", offsetof(PyNumberMethods, nb_inplace_xor) == 216 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_inplace_xor), binaryfunc));
LPS_CHECK("field nb_inplace_or", offsetof(PyNumberMethods, nb_inplace_or) == 224 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_inplace_or), binaryfunc));
LPS_CHECK("field nb_floor_divide", offsetof(PyNumberMethods, nb_floor_divide) == 232 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_floor_divide), binaryfunc));
LPS_CHECK("field nb_true_divide", offsetof(PyNumberMethods, nb_true_divide) == 240 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_true_divide), binaryfunc));
LPS_CHECK("field nb_inplace_floor_divide", offsetof(PyNumberMethods, nb_inplace_floor_divide) == 248 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_inplace_floor_divide), binaryfunc));
LPS_CHECK("field nb_inplace_true_divide", offsetof(PyNumberMethods, nb_inplace_true_divide) == 256 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_inplace_true_divide), binaryfunc));
LPS_CHECK("field nb_index", offsetof(PyNumberMethods, nb_index) == 264 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_index), unaryfunc));
LPS_CHECK("field nb_matrix_multiply", offsetof(PyNumberMethods, nb_matrix_multiply) == 272 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_matrix_multiply), binaryfunc));
LPS_CHECK("field nb_inplace_matrix_multiply", offsetof(PyNumberMethods, nb_inplace_matrix_multiply) == 280 && LPS_SAME(__typeof__(((PyNumberMethods *)0)->nb_inplace_matrix_multiply), binaryfunc));
//@ record PySequenceMethods =binaryfunc,lenfunc,objobjproc,ssizeargfunc,ssizeobjargproc
LPS_CHECK("its size or alignment", sizeof(PySequenceMethods) == 80 && _Alignof(PySequenceMethods) == 8);
LPS_CHECK("field sq_length", offsetof(PySequenceMethods, sq_length) == 0 && LPS_SAME(__typeof__(((PySequenceMethods *)0)->sq_length), lenfunc));
LPS_CHECK("field sq_concat", offsetof(PySequenceMethods, sq_concat) == 8 && LPS_SAME(__typeof__(((PySequenceMethods *)0)->sq_concat), binaryfunc));
LPS_CHECK("field sq_repeat", offsetof(PySequenceMethods, sq_repeat) == 16 && LPS_SAME(__typeof__(((PySequenceMethods *)0)->sq_repeat), ssizeargfunc));
LPS_CHECK("field sq_item", offsetof(PySequenceMethods, sq_item) == 24 && LPS_SAME(__typeof__(((PySequenceMethods *)0)->sq_item), ssizeargfunc));
LPS_CHECK("field was_sq_slice", offsetof(PySequenceMethods, was_sq_slice) == 32 && LPS_SAME(__typeof__(((PySequenceMethods *)0)->was_sq_slice), void *));
LPS_CHECK("field sq_ass_item", offsetof(PySequenceMethods, sq_ass_item) == 40 && LPS_SAME(__typeof__(((PySequenceMethods *)0)->sq_ass_item), ssizeobjargproc));
LPS_CHECK("field was_sq_ass_slice", offsetof(PySequenceMethods, was_sq_ass_slice) == 48 && LPS_SAME(__typeof__(((PySequenceMethods *)0)->was_sq_ass_slice), void *));
LPS_CHECK("field sq_contains", offsetof(PySequenceMethods, sq_contains) == 56 && LPS_SAME(__typeof__(((PySequenceMethods *)0)->sq_contains), objobjproc));
LPS_CHECK("field sq_inplace_concat", offsetof(PySequenceMethods, sq_inplace_concat) == 64 && LPS_SAME(__typeof__(((PySequenceMethods *)0)->sq_inplace_concat), binaryfunc));
LPS_CHECK("field sq_inplace_repeat", offsetof(PySequenceMethods, sq_inplace_repeat) == 72 && LPS_SAME(__typeof__(((PySequenceMethods *)0)->sq_inplace_repeat), ssizeargfunc));
//@ record PyMappingMethods =binaryfunc,lenfunc,objobjargproc
LPS_CHECK("its size or alignment", sizeof(PyMappingMethods) == 24 && _Alignof(PyMappingMethods) == 8);
LPS_CHECK("field mp_length", offsetof(PyMappingMethods, mp_length) == 0 && LPS_SAME(__typeof__(((PyMappingMethods *)0)->mp_length), lenfunc));
LPS_CHECK("field mp_subscript", offsetof(PyMappingMethods, mp_subscript) == 8 && LPS_SAME(__typeof__(((PyMappingMethods *)0)->mp_subscript), binaryfunc));
LPS_CHECK("field mp_ass_subscript", offsetof(PyMappingMethods, mp_ass_subscript) == 16 && LPS_SAME(__typeof__(((PyMappingMethods *)0)->mp_ass_subscript), objobjargproc));
//@ record PyAsyncMethods =sendfunc,unaryfunc
LPS_CHECK("its size or alignment", sizeof(PyAsyncMethods) == 32 && _Alignof(PyAsyncMethods) == 8);
LPS_CHECK("field am_await", offsetof(PyAsyncMethods, am_await) == 0 && LPS_SAME(__typeof__(((PyAsyncMethods *)0)->am_await), unaryfunc));
LPS_CHECK("field am_aiter", offsetof(PyAsyncMethods, am_aiter) == 8 && LPS_SAME(__typeof__(((PyAsyncMethods *)0)->am_aiter), unaryfunc));
LPS_CHECK("field am_anext", offsetof(PyAsyncMethods, am_anext) == 16 && LPS_SAME(__typeof__(((PyAsyncMethods *)0)->am_anext), unaryfunc));
LPS_CHECK("field am_send", offsetof(PyAsyncMethods, am_send) == 24 && LPS_SAME(__typeof__(((PyAsyncMethods *)0)->am_send), sendfunc));
//@ record PyBufferProcs =getbufferproc,releasebufferproc
LPS_CHECK("its size or alignment", sizeof(PyBufferProcs) == 16 && _Alignof(PyBufferProcs) == 8);
LPS_CHECK("field bf_getbuffer", offsetof(PyBufferProcs, bf_getbuffer) == 0 && LPS_SAME(__typeof__(((PyBufferProcs *)0)->bf_getbuffer), getbufferproc));
LPS_CHECK("field bf_releasebuffer", offsetof(PyBufferProcs, bf_releasebuffer) == 8 && LPS_SAME(__typeof__(((PyBufferProcs *)0)->bf_releasebuffer), releasebufferproc));
//@ record _typeobject =PyVarObject,allocfunc,descrgetfunc,descrsetfunc,destructor,freefunc,getattrfunc,getattrofunc,getiterfunc,hashfunc,initproc,inquiry,iternextfunc,newfunc,reprfunc,richcmpfunc,setattrfunc,setattrofunc,ternaryfunc,traverseproc,vectorcallfunc *PyAsyncMethods,PyBufferProcs,PyGetSetDef,PyMappingMethods,PyMemberDef,PyMethodDef,PyNumberMethods,PyObject,PySequenceMethods,PyTypeObject
LPS_CHECK("its size or alignment", sizeof(struct _typeobject) == 416 && _Alignof(struct _typeobject) == 8);
LPS_CHECK("field ob_base", offsetof(struct _typeobject, ob_base) == 0 && LPS_SAME(__typeof__(((struct _typeobject *)0)->ob_base), PyVarObject));
LPS_CHECK("field tp_name", offsetof(struct _typeobject, tp_name) == 24 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_name), const char *));
LPS_CHECK("field tp_basicsize", offsetof(struct _typeobject, tp_basicsize) == 32 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_basicsize), Py_ssize_t));
LPS_CHECK("field tp_itemsize", offsetof(struct _typeobject, tp_itemsize) == 40 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_itemsize), Py_ssize_t));
LPS_CHECK("field tp_dealloc", offsetof(struct _typeobject, tp_dealloc) == 48 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_dealloc), destructor));
LPS_CHECK("field tp_vectorcall_offset", offsetof(struct _typeobject, tp_vectorcall_offset) == 56 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_vectorcall_offset), Py_ssize_t));
LPS_CHECK("field tp_getattr", offsetof(struct _typeobject, tp_getattr) == 64 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_getattr), getattrfunc));
LPS_CHECK("field tp_setattr", offsetof(struct _typeobject, tp_setattr) == 72 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_setattr), setattrfunc));
LPS_CHECK("field tp_as_async", offsetof(struct _typeobject, tp_as_async) == 80 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_as_async), PyAsyncMethods *));
LPS_CHECK("field tp_repr", offsetof(struct _typeobject, tp_repr) == 88 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_repr), reprfunc));
LPS_CHECK("field tp_as_number", offsetof(struct _typeobject, tp_as_number) == 96 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_as_number), PyNumberMethods *));
LPS_CHECK("field tp_as_sequence", offsetof(struct _typeobject, tp_as_sequence) == 104 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_as_sequence), PySequenceMethods *));
LPS_CHECK("field tp_as_mapping", offsetof(struct _typeobject, tp_as_mapping) == 112 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_as_mapping), PyMappingMethods *));
LPS_CHECK("field tp_hash", offsetof(struct _typeobject, tp_hash) == 120 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_hash), hashfunc));
LPS_CHECK("field tp_call", offsetof(struct _typeobject, tp_call) == 128 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_call), ternaryfunc));
LPS_CHECK("field tp_str", offsetof(struct _typeobject, tp_str) == 136 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_str), reprfunc));
LPS_CHECK("field tp_getattro", offsetof(struct _typeobject, tp_getattro) == 144 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_getattro), getattrofunc));
LPS_CHECK("field tp_setattro", offsetof(struct _typeobject, tp_setattro) == 152 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_setattro), setattrofunc));
LPS_CHECK("field tp_as_buffer", offsetof(struct _typeobject, tp_as_buffer) == 160 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_as_buffer), PyBufferProcs *));
LPS_CHECK("field tp_flags", offsetof(struct _typeobject, tp_flags) == 168 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_flags), unsigned long));
LPS_CHECK("field tp_doc", offsetof(struct _typeobject, tp_doc) == 176 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_doc), const char *));
LPS_CHECK("field tp_traverse", offsetof(struct _typeobject, tp_traverse) == 184 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_traverse), traverseproc));
LPS_CHECK("field tp_clear", offsetof(struct _typeobject, tp_clear) == 192 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_clear), inquiry));
LPS_CHECK("field tp_richcompare", offsetof(struct _typeobject, tp_richcompare) == 200 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_richcompare), richcmpfunc));
LPS_CHECK("field tp_weaklistoffset", offsetof(struct _typeobject, tp_weaklistoffset) == 208 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_weaklistoffset), Py_ssize_t));
LPS_CHECK("field tp_iter", offsetof(struct _typeobject, tp_iter) == 216 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_iter), getiterfunc));
LPS_CHECK("field tp_iternext", offsetof(struct _typeobject, tp_iternext) == 224 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_iternext), iternextfunc));
LPS_CHECK("field tp_methods", offsetof(struct _typeobject, tp_methods) == 232 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_methods), PyMethodDef *));
LPS_CHECK("field tp_members", offsetof(struct _typeobject, tp_members) == 240 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_members), PyMemberDef *));
LPS_CHECK("field tp_getset", offsetof(struct _typeobject, tp_getset) == 248 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_getset), PyGetSetDef *));
LPS_CHECK("field tp_base", offsetof(struct _typeobject, tp_base) == 256 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_base), PyTypeObject *));
LPS_CHECK("field tp_dict", offsetof(struct _typeobject, tp_dict) == 264 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_dict), PyObject *));
LPS_CHECK("field tp_descr_get", offsetof(struct _typeobject, tp_descr_get) == 272 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_descr_get), descrgetfunc));
LPS_CHECK("field tp_descr_set", offsetof(struct _typeobject, tp_descr_set) == 280 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_descr_set), descrsetfunc));
LPS_CHECK("field tp_dictoffset", offsetof(struct _typeobject, tp_dictoffset) == 288 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_dictoffset), Py_ssize_t));
LPS_CHECK("field tp_init", offsetof(struct _typeobject, tp_init) == 296 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_init), initproc));
LPS_CHECK("field tp_alloc", offsetof(struct _typeobject, tp_alloc) == 304 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_alloc), allocfunc));
LPS_CHECK("field tp_new", offsetof(struct _typeobject, tp_new) == 312 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_new), newfunc));
LPS_CHECK("field tp_free", offsetof(struct _typeobject, tp_free) == 320 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_free), freefunc));
LPS_CHECK("field tp_is_gc", offsetof(struct _typeobject, tp_is_gc) == 328 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_is_gc), inquiry));
LPS_CHECK("field tp_bases", offsetof(struct _typeobject, tp_bases) == 336 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_bases), PyObject *));
LPS_CHECK("field tp_mro", offsetof(struct _typeobject, tp_mro) == 344 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_mro), PyObject *));
LPS_CHECK("field tp_cache", offsetof(struct _typeobject, tp_cache) == 352 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_cache), PyObject *));
LPS_CHECK("field tp_subclasses", offsetof(struct _typeobject, tp_subclasses) == 360 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_subclasses), void *));
LPS_CHECK("field tp_weaklist", offsetof(struct _typeobject, tp_weaklist) == 368 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_weaklist), PyObject *));
LPS_CHECK("field tp_del", offsetof(struct _typeobject, tp_del) == 376 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_del), destructor));
LPS_CHECK("field tp_version_tag", offsetof(struct _typeobject, tp_version_tag) == 384 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_version_tag), unsigned int));
LPS_CHECK("field tp_finalize", offsetof(struct _typeobject, tp_finalize) == 392 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_finalize), destructor));
LPS_CHECK("field tp_vectorcall", offsetof(struct _typeobject, tp_vectorcall) == 400 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_vectorcall), vectorcallfunc));
LPS_CHECK("field tp_watched", offsetof(struct _typeobject, tp_watched) == 408 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_watched), unsigned char));
//@ record _specialization_cache *PyObject
LPS_CHECK("its size or alignment", sizeof(struct _specialization_cache) == 16 && _Alignof(struct _specialization_cache) == 8);
LPS_CHECK("field getitem", offsetof(struct _specialization_cache, getitem) == 0 && LPS_SAME(__typeof__(((struct _specialization_cache *)0)->getitem), PyObject *));
LPS_CHECK("field getitem_version", offsetof(struct _specialization_cache, getitem_version) == 8 && LPS_SAME(__typeof__(((struct _specialization_cache *)0)->getitem_version), uint32_t));
//@ record _heaptypeobject =PyAsyncMethods,PyBufferProcs,PyMappingMethods,PyNumberMethods,PySequenceMethods,PyTypeObject,_specialization_cache *PyObject,_dictkeysobject
LPS_CHECK("its size or alignment", sizeof(struct _heaptypeobject) == 920 && _Alignof(struct _heaptypeobject) == 8);
LPS_CHECK("field ht_type", offsetof(struct _heaptypeobject, ht_type) == 0 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->ht_type), PyTypeObject));
LPS_CHECK("field as_async", offsetof(struct _heaptypeobject, as_async) == 416 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->as_async), PyAsyncMethods));
LPS_CHECK("field as_number", offsetof(struct _heaptypeobject, as_number) == 448 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->as_number), PyNumberMethods));
LPS_CHECK("field as_mapping", offsetof(struct _heaptypeobject, as_mapping) == 736 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->as_mapping), PyMappingMethods));
LPS_CHECK("field as_sequence", offsetof(struct _heaptypeobject, as_sequence) == 760 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->as_sequence), PySequenceMethods));
LPS_CHECK("field as_buffer", offsetof(struct _heaptypeobject, as_buffer) == 840 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->as_buffer), PyBufferProcs));
LPS_CHECK("field ht_name", offsetof(struct _heaptypeobject, ht_name) == 856 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->ht_name), PyObject *));
LPS_CHECK("field ht_slots", offsetof(struct _heaptypeobject, ht_slots) == 864 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->ht_slots), PyObject *));
LPS_CHECK("field ht_qualname", offsetof(struct _heaptypeobject, ht_qualname) == 872 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->ht_qualname), PyObject *));
LPS_CHECK("field ht_cached_keys", offsetof(struct _heaptypeobject, ht_cached_keys) == 880 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->ht_cached_keys), struct _dictkeysobject *));
LPS_CHECK("field ht_module", offsetof(struct _heaptypeobject, ht_module) == 888 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->ht_module), PyObject *));
LPS_CHECK("field _ht_tpname", offsetof(struct _heaptypeobject, _ht_tpname) == 896 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->_ht_tpname), char *));
LPS_CHECK("field _spec_cache", offsetof(struct _heaptypeobject, _spec_cache) == 904 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->_spec_cache), struct _specialization_cache));
//@ record PyObjectArenaAllocator
LPS_CHECK("its size or alignment", sizeof(PyObjectArenaAllocator) == 24 && _Alignof(PyObjectArenaAllocator) == 8);
LPS_CHECK("field ctx", offsetof(PyObjectArenaAllocator, ctx) == 0 && LPS_SAME(__typeof__(((PyObjectArenaAllocator *)0)->ctx), void *));
LPS_CHECK("field alloc", offsetof(PyObjectArenaAllocator, alloc) == 8 && LPS_SAME(__typeof__(((PyObjectArenaAllocator *)0)->alloc), void *(*)(void *, size_t)));
LPS_CHECK("field free", offsetof(PyObjectArenaAllocator, free) == 16 && LPS_SAME(__typeof__(((PyObjectArenaAllocator *)0)->free), void (*)(void *, void *, size_t)));
//@ record _Py_HashSecret_t
LPS_CHECK("its size or alignment", sizeof(_Py_HashSecret_t) == 24 && _Alignof(_Py_HashSecret_t) == 8);
LPS_CHECK("field uc", offsetof(_Py_HashSecret_t, uc) == 0 && LPS_SAME(__typeof__(((_Py_HashSecret_t *)0)->uc), unsigned char [24]));
LPS_CHECK("field fnv", offsetof(_Py_HashSecret_t, fnv) == 0 && sizeof(((_Py_HashSecret_t *)0)->fnv) == 16);
LPS_CHECK("field siphash", offsetof(_Py_HashSecret_t, siphash) == 0 && sizeof(((_Py_HashSecret_t *)0)->siphash) == 16);
LPS_CHECK("field djbx33a", offsetof(_Py_HashSecret_t, djbx33a) == 0 && sizeof(((_Py_HashSecret_t *)0)->djbx33a) == 24);
LPS_CHECK("field expat", offsetof(_Py_HashSecret_t, expat) == 0 && sizeof(((_Py_HashSecret_t *)0)->expat) == 24);
//@ record PyHash_FuncDef =Py_hash_t
LPS_CHECK("its size or alignment", sizeof(PyHash_FuncDef) == 24 && _Alignof(PyHash_FuncDef) == 8);
LPS_CHECK("field hash", offsetof(PyHash_FuncDef, hash) == 0 && LPS_SAME(__typeof__(((PyHash_FuncDef *)0)->hash), Py_hash_t (*)(const void *, Py_ssize_t)));
LPS_CHECK("field name", offsetof(PyHash_FuncDef, name) == 8 && LPS_SAME(__typeof__(((PyHash_FuncDef *)0)->name), const char *));
LPS_CHECK("field hash_bits", offsetof(PyHash_FuncDef, hash_bits) == 16 && LPS_SAME(__typeof__(((PyHash_FuncDef *)0)->hash_bits), int));
LPS_CHECK("field seed_bits", offsetof(PyHash_FuncDef, seed_bits) == 20 && LPS_SAME(__typeof__(((PyHash_FuncDef *)0)->seed_bits), int));
//@ record PyByteArrayObject =PyVarObject
LPS_CHECK("its size or alignment", sizeof(PyByteArrayObject) == 56 && _Alignof(PyByteArrayObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyByteArrayObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyByteArrayObject *)0)->ob_base), PyVarObject));
LPS_CHECK("field ob_alloc", offsetof(PyByteArrayObject, ob_alloc) == 24 && LPS_SAME(__typeof__(((PyByteArrayObject *)0)->ob_alloc), Py_ssize_t));
LPS_CHECK("field ob_bytes", offsetof(PyByteArrayObject, ob_bytes) == 32 && LPS_SAME(__typeof__(((PyByteArrayObject *)0)->ob_bytes), char *));
LPS_CHECK("field ob_start", offsetof(PyByteArrayObject, ob_start) == 40 && LPS_SAME(__typeof__(((PyByteArrayObject *)0)->ob_start), char *));
LPS_CHECK("field ob_exports", offsetof(PyByteArrayObject, ob_exports) == 48 && LPS_SAME(__typeof__(((PyByteArrayObject *)0)->ob_exports), Py_ssize_t));
//@ record PyBytesObject =PyVarObject,Py_hash_t
LPS_CHECK("its size or alignment", sizeof(PyBytesObject) == 40 && _Alignof(PyBytesObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyBytesObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyBytesObject *)0)->ob_base), PyVarObject));
LPS_CHECK("field ob_shash", offsetof(PyBytesObject, ob_shash) == 24 && LPS_SAME(__typeof__(((PyBytesObject *)0)->ob_shash), Py_hash_t));
LPS_CHECK("field ob_sval", offsetof(PyBytesObject, ob_sval) == 32 && LPS_SAME(__typeof__(((PyBytesObject *)0)->ob_sval), char [1]));
//@ record _PyBytesWriter *PyObject
LPS_CHECK("its size or alignment", sizeof(_PyBytesWriter) == 552 && _Alignof(_PyBytesWriter) == 8);
LPS_CHECK("field buffer", offsetof(_PyBytesWriter, buffer) == 0 && LPS_SAME(__typeof__(((_PyBytesWriter *)0)->buffer), PyObject *));
LPS_CHECK("field allocated", offsetof(_PyBytesWriter, allocated) == 8 && LPS_SAME(__typeof__(((_PyBytesWriter *)0)->allocated), Py_ssize_t));
LPS_CHECK("field min_size", offsetof(_PyBytesWriter, min_size) == 16 && LPS_SAME(__typeof__(((_PyBytesWriter *)0)->min_size), Py_ssize_t));
LPS_CHECK("field use_bytearray", offsetof(_PyBytesWriter, use_bytearray) == 24 && LPS_SAME(__typeof__(((_PyBytesWriter *)0)->use_bytearray), int));
LPS_CHECK("field overallocate", offsetof(_PyBytesWriter, overallocate) == 28 && LPS_SAME(__typeof__(((_PyBytesWriter *)0)->overallocate), int));
LPS_CHECK("field use_small_buffer", offsetof(_PyBytesWriter, use_small_buffer) == 32 && LPS_SAME(__typeof__(((_PyBytesWriter *)0)->use_small_buffer), int));
LPS_CHECK("field small_buffer", offsetof(_PyBytesWriter, small_buffer) == 36 && LPS_SAME(__typeof__(((_PyBytesWriter *)0)->small_buffer), char [512]));
//@ record PyASCIIObject =PyObject,Py_hash_t
LPS_CHECK("its size or alignment", sizeof(PyASCIIObject) == 40 && _Alignof(PyASCIIObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyASCIIObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyASCIIObject *)0)->ob_base), PyObject));
LPS_CHECK("field length", offsetof(PyASCIIObject, length) == 16 && LPS_SAME(__typeof__(((PyASCIIObject *)0)->length), Py_ssize_t));
LPS_CHECK("field hash", offsetof(PyASCIIObject, hash) == 24 && LPS_SAME(__typeof__(((PyASCIIObject *)0)->hash), Py_hash_t));
LPS_CHECK("field state", offsetof(PyASCIIObject, state) == 32 && sizeof(((PyASCIIObject *)0)->state) == 4);
//@ record PyCompactUnicodeObject =PyASCIIObject
LPS_CHECK("its size or alignment", sizeof(PyCompactUnicodeObject) == 56 && _Alignof(PyCompactUnicodeObject) == 8);
LPS_CHECK("field _base", offsetof(PyCompactUnicodeObject, _base) == 0 && LPS_SAME(__typeof__(((PyCompactUnicodeObject *)0)->_base), PyASCIIObject));
LPS_CHECK("field utf8_length", offsetof(PyCompactUnicodeObject, utf8_length) == 40 && LPS_SAME(__typeof__(((PyCompactUnicodeObject *)0)->utf8_length), Py_ssize_t));
LPS_CHECK("field utf8", offsetof(PyCompactUnicodeObject, utf8) == 48 && LPS_SAME(__typeof__(((PyCompactUnicodeObject *)0)->utf8), char *));
//@ record PyUnicodeObject =PyCompactUnicodeObject
LPS_CHECK("its size or alignment", sizeof(PyUnicodeObject) == 64 && _Alignof(PyUnicodeObject) == 8);
LPS_CHECK("field _base", offsetof(PyUnicodeObject, _base) == 0 && LPS_SAME(__typeof__(((PyUnicodeObject *)0)->_base), PyCompactUnicodeObject));
LPS_CHECK("field data", offsetof(PyUnicodeObject, data) == 56 && sizeof(((PyUnicodeObject *)0)->data) == 8);
//@ record _PyUnicodeWriter =Py_UCS4 *PyObject
LPS_CHECK("its size or alignment", sizeof(_PyUnicodeWriter) == 56 && _Alignof(_PyUnicodeWriter) == 8);
LPS_CHECK("field buffer", offsetof(_PyUnicodeWriter, buffer) == 0 && LPS_SAME(__typeof__(((_PyUnicodeWriter *)0)->buffer), PyObject *));
LPS_CHECK("field data", offsetof(_PyUnicodeWriter, data) == 8 && LPS_SAME(__typeof__(((_PyUnicodeWriter *)0)->data), void *));
LPS_CHECK("field kind", offsetof(_PyUnicodeWriter, kind) == 16 && LPS_SAME(__typeof__(((_PyUnicodeWriter *)0)->kind), int));
LPS_CHECK("field maxchar", offsetof(_PyUnicodeWriter, maxchar) == 20 && LPS_SAME(__typeof__(((_PyUnicodeWriter *)0)->maxchar), Py_UCS4));
LPS_CHECK("field size", offsetof(_PyUnicodeWriter, size) == 24 && LPS_SAME(__typeof__(((_PyUnicodeWriter *)0)->size), Py_ssize_t));
LPS_CHECK("field pos", offsetof(_PyUnicodeWriter, pos) == 32 && LPS_SAME(__typeof__(((_PyUnicodeWriter *)0)->pos), Py_ssize_t));
LPS_CHECK("field min_length", offsetof(_PyUnicodeWriter, min_length) == 40 && LPS_SAME(__typeof__(((_PyUnicodeWriter *)0)->min_length), Py_ssize_t));
LPS_CHECK("field min_char", offsetof(_PyUnicodeWriter, min_char) == 48 && LPS_SAME(__typeof__(((_PyUnicodeWriter *)0)->min_char), Py_UCS4));
LPS_CHECK("field overallocate", offsetof(_PyUnicodeWriter, overallocate) == 52 && LPS_SAME(__typeof__(((_PyUnicodeWriter *)0)->overallocate), unsigned char));
LPS_CHECK("field readonly", offsetof(_PyUnicodeWriter, readonly) == 53 && LPS_SAME(__typeof__(((_PyUnicodeWriter *)0)->readonly), unsigned char));
//@ record _PyLongValue =digit
LPS_CHECK("its size or alignment", sizeof(_PyLongValue) == 16 && _Alignof(_PyLongValue) == 8);
LPS_CHECK("field lv_tag", offsetof(_PyLongValue, lv_tag) == 0 && LPS_SAME(__typeof__(((_PyLongValue *)0)->lv_tag), size_t));
LPS_CHECK("field ob_digit", offsetof(_PyLongValue, ob_digit) == 8 && LPS_SAME(__typeof__(((_PyLongValue *)0)->ob_digit), digit [1]));
//@ record _longobject =PyObject,_PyLongValue
LPS_CHECK("its size or alignment", sizeof(struct _longobject) == 32 && _Alignof(struct _longobject) == 8);
LPS_CHECK("field ob_base", offsetof(struct _longobject, ob_base) == 0 && LPS_SAME(__typeof__(((struct _longobject *)0)->ob_base), PyObject));
LPS_CHECK("field long_value", offsetof(struct _longobject, long_value) == 16 && LPS_SAME(__typeof__(((struct _longobject *)0)->long_value), _PyLongValue));
//@ record PyFloatObject =PyObject
LPS_CHECK("its size or alignment", sizeof(PyFloatObject) == 24 && _Alignof(PyFloatObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyFloatObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyFloatObject *)0)->ob_base), PyObject));
LPS_CHECK("field ob_fval", offsetof(PyFloatObject, ob_fval) == 16 && LPS_SAME(__typeof__(((PyFloatObject *)0)->ob_fval), double));
//@ record Py_complex
LPS_CHECK("its size or alignment", sizeof(Py_complex) == 16 && _Alignof(Py_complex) == 8);
LPS_CHECK("field real", offsetof(Py_complex, real) == 0 && LPS_SAME(__typeof__(((Py_complex *)0)->real), double));
LPS_CHECK("field imag", offsetof(Py_complex, imag) == 8 && LPS_SAME(__typeof__(((Py_complex *)0)->imag), double));
//@ record PyComplexObject =PyObject,Py_complex
LPS_CHECK("its size or alignment", sizeof(PyComplexObject) == 32 && _Alignof(PyComplexObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyComplexObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyComplexObject *)0)->ob_base), PyObject));
LPS_CHECK("field cval", offsetof(PyComplexObject, cval) == 16 && LPS_SAME(__typeof__(((PyComplexObject *)0)->cval), Py_complex));
//@ record _PyManagedBufferObject =PyObject,Py_buffer
LPS_CHECK("its size or alignment", sizeof(_PyManagedBufferObject) == 112 && _Alignof(_PyManagedBufferObject) == 8);
LPS_CHECK("field ob_base", offsetof(_PyManagedBufferObject, ob_base) == 0 && LPS_SAME(__typeof__(((_PyManagedBufferObject *)0)->ob_base), PyObject));
LPS_CHECK("field flags", offsetof(_PyManagedBufferObject, flags) == 16 && LPS_SAME(__typeof__(((_PyManagedBufferObject *)0)->flags), int));
LPS_CHECK("field exports", offsetof(_PyManagedBufferObject, exports) == 24 && LPS_SAME(__typeof__(((_PyManagedBufferObject *)0)->exports), Py_ssize_t));
LPS_CHECK("field master", offsetof(_PyManagedBufferObject, master) == 32 && LPS_SAME(__typeof__(((_PyManagedBufferObject *)0)->master), Py_buffer));
//@ record PyMemoryViewObject =PyVarObject,Py_buffer,Py_hash_t *PyObject,_PyManagedBufferObject
LPS_CHECK("its size or alignment", sizeof(PyMemoryViewObject) == 152 && _Alignof(PyMemoryViewObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyMemoryViewObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyMemoryViewObject *)0)->ob_base), PyVarObject));
LPS_CHECK("field mbuf", offsetof(PyMemoryViewObject, mbuf) == 24 && LPS_SAME(__typeof__(((PyMemoryViewObject *)0)->mbuf), _PyManagedBufferObject *));
LPS_CHECK("field hash", offsetof(PyMemoryViewObject, hash) == 32 && LPS_SAME(__typeof__(((PyMemoryViewObject *)0)->hash), Py_hash_t));
LPS_CHECK("field flags", offsetof(PyMemoryViewObject, flags) == 40 && LPS_SAME(__typeof__(((PyMemoryViewObject *)0)->flags), int));
LPS_CHECK("field exports", offsetof(PyMemoryViewObject, exports) == 48 && LPS_SAME(__typeof__(((PyMemoryViewObject *)0)->exports), Py_ssize_t));
LPS_CHECK("field view", offsetof(PyMemoryViewObject, view) == 56 && LPS_SAME(__typeof__(((PyMemoryViewObject *)0)->view), Py_buffer));
LPS_CHECK("field weakreflist", offsetof(PyMemoryViewObject, weakreflist) == 136 && LPS_SAME(__typeof__(((PyMemoryViewObject *)0)->weakreflist), PyObject *));
LPS_CHECK("field ob_array", offsetof(PyMemoryViewObject, ob_array) == 144 && LPS_SAME(__typeof__(((PyMemoryViewObject *)0)->ob_array), Py_ssize_t [1]));
//@ record PyTupleObject =PyVarObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyTupleObject) == 32 && _Alignof(PyTupleObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyTupleObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyTupleObject *)0)->ob_base), PyVarObject));
LPS_CHECK("field ob_item", offsetof(PyTupleObject, ob_item) == 24 && LPS_SAME(__typeof__(((PyTupleObject *)0)->ob_item), PyObject *[1]));
//@ record PyListObject =PyVarObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyListObject) == 40 && _Alignof(PyListObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyListObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyListObject *)0)->ob_base), PyVarObject));
LPS_CHECK("field ob_item", offsetof(PyListObject, ob_item) == 24 && LPS_SAME(__typeof__(((PyListObject *)0)->ob_item), PyObject **));
LPS_CHECK("field allocated", offsetof(PyListObject, allocated) == 32 && LPS_SAME(__typeof__(((PyListObject *)0)->allocated), Py_ssize_t));
//@ record PyDictObject =PyObject *PyDictKeysObject,PyDictValues
LPS_CHECK("its size or alignment", sizeof(PyDictObject) == 48 && _Alignof(PyDictObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyDictObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyDictObject *)0)->ob_base), PyObject));
LPS_CHECK("field ma_used", offsetof(PyDictObject, ma_used) == 16 && LPS_SAME(__typeof__(((PyDictObject *)0)->ma_used), Py_ssize_t));
LPS_CHECK("field ma_version_tag", offsetof(PyDictObject, ma_version_tag) == 24 && LPS_SAME(__typeof__(((PyDictObject *)0)->ma_version_tag), uint64_t));
LPS_CHECK("field ma_keys", offsetof(PyDictObject, ma_keys) == 32 && LPS_SAME(__typeof__(((PyDictObject *)0)->ma_keys), PyDictKeysObject *));
LPS_CHECK("field ma_values", offsetof(PyDictObject, ma_values) == 40 && LPS_SAME(__typeof__(((PyDictObject *)0)->ma_values), PyDictValues *));
//@ record _PyDictViewObject =PyObject *PyDictObject
LPS_CHECK("its size or alignment", sizeof(_PyDictViewObject) == 24 && _Alignof(_PyDictViewObject) == 8);
LPS_CHECK("field ob_base", offsetof(_PyDictViewObject, ob_base) == 0 && LPS_SAME(__typeof__(((_PyDictViewObject *)0)->ob_base), PyObject));
LPS_CHECK("field dv_dict", offsetof(_PyDictViewObject, dv_dict) == 16 && LPS_SAME(__typeof__(((_PyDictViewObject *)0)->dv_dict), PyDictObject *));
//@ record setentry =Py_hash_t *PyObject
LPS_CHECK("its size or alignment", sizeof(setentry) == 16 && _Alignof(setentry) == 8);
LPS_CHECK("field key", offsetof(setentry, key) == 0 && LPS_SAME(__typeof__(((setentry *)0)->key), PyObject *));
LPS_CHECK("field hash", offsetof(setentry, hash) == 8 && LPS_SAME(__typeof__(((setentry *)0)->hash), Py_hash_t));
//@ record PySetObject =PyObject,Py_hash_t,setentry *PyObject,setentry
LPS_CHECK("its size or alignment", sizeof(PySetObject) == 200 && _Alignof(PySetObject) == 8);
LPS_CHECK("field ob_base", offsetof(PySetObject, ob_base) == 0 && LPS_SAME(__typeof__(((PySetObject *)0)->ob_base), PyObject));
LPS_CHECK("field fill", offsetof(PySetObject, fill) == 16 && LPS_SAME(__typeof__(((PySetObject *)0)->fill), Py_ssize_t));
LPS_CHECK("field used", offsetof(PySetObject, used) == 24 && LPS_SAME(__typeof__(((PySetObject *)0)->used), Py_ssize_t));
LPS_CHECK("field mask", offsetof(PySetObject, mask) == 32 && LPS_SAME(__typeof__(((PySetObject *)0)->mask), Py_ssize_t));
LPS_CHECK("field table", offsetof(PySetObject, table) == 40 && LPS_SAME(__typeof__(((PySetObject *)0)->table), setentry *));
LPS_CHECK("field hash", offsetof(PySetObject, hash) == 48 && LPS_SAME(__typeof__(((PySetObject *)0)->hash), Py_hash_t));
LPS_CHECK("field finger", offsetof(PySetObject, finger) == 56 && LPS_SAME(__typeof__(((PySetObject *)0)->finger), Py_ssize_t));
LPS_CHECK("field smalltable", offsetof(PySetObject, smalltable) == 64 && LPS_SAME(__typeof__(((PySetObject *)0)->smalltable), setentry [8]));
LPS_CHECK("field weakreflist", offsetof(PySetObject, weakreflist) == 192 && LPS_SAME(__typeof__(((PySetObject *)0)->weakreflist), PyObject *));
//@ record PyMethodDef =PyCFunction
LPS_CHECK("its size or alignment", sizeof(PyMethodDef) == 32 && _Alignof(PyMethodDef) == 8);
LPS_CHECK("field ml_name", offsetof(PyMethodDef, ml_name) == 0 && LPS_SAME(__typeof__(((PyMethodDef *)0)->ml_name), const char *));
LPS_CHECK("field ml_meth", offsetof(PyMethodDef, ml_meth) == 8 && LPS_SAME(__typeof__(((PyMethodDef *)0)->ml_meth), PyCFunction));
LPS_CHECK("field ml_flags", offsetof(PyMethodDef, ml_flags) == 16 && LPS_SAME(__typeof__(((PyMethodDef *)0)->ml_flags), int));
LPS_CHECK("field ml_doc", offsetof(PyMethodDef, ml_doc) == 24 && LPS_SAME(__typeof__(((PyMethodDef *)0)->ml_doc), const char *));
//@ record PyCFunctionObject =PyObject,vectorcallfunc *PyMethodDef,PyObject
LPS_CHECK("its size or alignment", sizeof(PyCFunctionObject) == 56 && _Alignof(PyCFunctionObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyCFunctionObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyCFunctionObject *)0)->ob_base), PyObject));
LPS_CHECK("field m_ml", offsetof(PyCFunctionObject, m_ml) == 16 && LPS_SAME(__typeof__(((PyCFunctionObject *)0)->m_ml), PyMethodDef *));
LPS_CHECK("field m_self", offsetof(PyCFunctionObject, m_self) == 24 && LPS_SAME(__typeof__(((PyCFunctionObject *)0)->m_self), PyObject *));
LPS_CHECK("field m_module", offsetof(PyCFunctionObject, m_module) == 32 && LPS_SAME(__typeof__(((PyCFunctionObject *)0)->m_module), PyObject *));
LPS_CHECK("field m_weakreflist", offsetof(PyCFunctionObject, m_weakreflist) == 40 && LPS_SAME(__typeof__(((PyCFunctionObject *)0)->m_weakreflist), PyObject *));
LPS_CHECK("field vectorcall", offsetof(PyCFunctionObject, vectorcall) == 48 && LPS_SAME(__typeof__(((PyCFunctionObject *)0)->vectorcall), vectorcallfunc));
//@ record PyCMethodObject =PyCFunctionObject *PyTypeObject
LPS_CHECK("its size or alignment", sizeof(PyCMethodObject) == 64 && _Alignof(PyCMethodObject) == 8);
LPS_CHECK("field func", offsetof(PyCMethodObject, func) == 0 && LPS_SAME(__typeof__(((PyCMethodObject *)0)->func), PyCFunctionObject));
LPS_CHECK("field mm_class", offsetof(PyCMethodObject, mm_class) == 56 && LPS_SAME(__typeof__(((PyCMethodObject *)0)->mm_class), PyTypeObject *));
//@ record PyModuleDef_Base =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyModuleDef_Base) == 40 && _Alignof(PyModuleDef_Base) == 8);
LPS_CHECK("field ob_base", offsetof(PyModuleDef_Base, ob_base) == 0 && LPS_SAME(__typeof__(((PyModuleDef_Base *)0)->ob_base), PyObject));
LPS_CHECK("field m_init", offsetof(PyModuleDef_Base, m_init) == 16 && LPS_SAME(__typeof__(((PyModuleDef_Base *)0)->m_init), PyObject *(*)(void)));
LPS_CHECK("field m_index", offsetof(PyModuleDef_Base, m_index) == 24 && LPS_SAME(__typeof__(((PyModuleDef_Base *)0)->m_index), Py_ssize_t));
LPS_CHECK("field m_copy", offsetof(PyModuleDef_Base, m_copy) == 32 && LPS_SAME(__typeof__(((PyModuleDef_Base *)0)->m_copy), PyObject *));
//@ record PyModuleDef_Slot
LPS_CHECK("its size or alignment", sizeof(PyModuleDef_Slot) == 16 && _Alignof(PyModuleDef_Slot) == 8);
LPS_CHECK("field slot", offsetof(PyModuleDef_Slot, slot) == 0 && LPS_SAME(__typeof__(((PyModuleDef_Slot *)0)->slot), int));
LPS_CHECK("field value", offsetof(PyModuleDef_Slot, value) == 8 && LPS_SAME(__typeof__(((PyModuleDef_Slot *)0)->value), void *));
//@ record PyModuleDef =PyModuleDef_Base,freefunc,inquiry,traverseproc *PyMethodDef,PyModuleDef_Slot
LPS_CHECK("its size or alignment", sizeof(PyModuleDef) == 104 && _Alignof(PyModuleDef) == 8);
LPS_CHECK("field m_base", offsetof(PyModuleDef, m_base) == 0 && LPS_SAME(__typeof__(((PyModuleDef *)0)->m_base), PyModuleDef_Base));
LPS_CHECK("field m_name", offsetof(PyModuleDef, m_name) == 40 && LPS_SAME(__typeof__(((PyModuleDef *)0)->m_name), const char *));
LPS_CHECK("field m_doc", offsetof(PyModuleDef, m_doc) == 48 && LPS_SAME(__typeof__(((PyModuleDef *)0)->m_doc), const char *));
LPS_CHECK("field m_size", offsetof(PyModuleDef, m_size) == 56 && LPS_SAME(__typeof__(((PyModuleDef *)0)->m_size), Py_ssize_t));
LPS_CHECK("field m_methods", offsetof(PyModuleDef, m_methods) == 64 && LPS_SAME(__typeof__(((PyModuleDef *)0)->m_methods), PyMethodDef *));
LPS_CHECK("field m_slots", offsetof(PyModuleDef, m_slots) == 72 && LPS_SAME(__typeof__(((PyModuleDef *)0)->m_slots), PyModuleDef_Slot *));
LPS_CHECK("field m_traverse", offsetof(PyModuleDef, m_traverse) == 80 && LPS_SAME(__typeof__(((PyModuleDef *)0)->m_traverse), traverseproc));
LPS_CHECK("field m_clear", offsetof(PyModuleDef, m_clear) == 88 && LPS_SAME(__typeof__(((PyModuleDef *)0)->m_clear), inquiry));
LPS_CHECK("field m_free", offsetof(PyModuleDef, m_free) == 96 && LPS_SAME(__typeof__(((PyModuleDef *)0)->m_free), freefunc));
//@ record PyFrameConstructor *PyObject
LPS_CHECK("its size or alignment", sizeof(PyFrameConstructor) == 64 && _Alignof(PyFrameConstructor) == 8);
LPS_CHECK("field fc_globals", offsetof(PyFrameConstructor, fc_globals) == 0 && LPS_SAME(__typeof__(((PyFrameConstructor *)0)->fc_globals), PyObject *));
LPS_CHECK("field fc_builtins", offsetof(PyFrameConstructor, fc_builtins) == 8 && LPS_SAME(__typeof__(((PyFrameConstructor *)0)->fc_builtins), PyObject *));
LPS_CHECK("field fc_name", offsetof(PyFrameConstructor, fc_name) == 16 && LPS_SAME(__typeof__(((PyFrameConstructor *)0)->fc_name), PyObject *));
LPS_CHECK("field fc_qualname", offsetof(PyFrameConstructor, fc_qualname) == 24 && LPS_SAME(__typeof__(((PyFrameConstructor *)0)->fc_qualname), PyObject *));
LPS_CHECK("field fc_code", offsetof(PyFrameConstructor, fc_code) == 32 && LPS_SAME(__typeof__(((PyFrameConstructor *)0)->fc_code), PyObject *));
LPS_CHECK("field fc_defaults", offsetof(PyFrameConstructor, fc_defaults) == 40 && LPS_SAME(__typeof__(((PyFrameConstructor *)0)->fc_defaults), PyObject *));
LPS_CHECK("field fc_kwdefaults", offsetof(PyFrameConstructor, fc_kwdefaults) == 48 && LPS_SAME(__typeof__(((PyFrameConstructor *)0)->fc_kwdefaults), PyObject *));
LPS_CHECK("field fc_closure", offsetof(PyFrameConstructor, fc_closure) == 56 && LPS_SAME(__typeof__(((PyFrameConstructor *)0)->fc_closure), PyObject *));
//@ record PyFunctionObject =PyObject,vectorcallfunc *PyObject
LPS_CHECK("its size or alignment", sizeof(PyFunctionObject) == 144 && _Alignof(PyFunctionObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyFunctionObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->ob_base), PyObject));
LPS_CHECK("field func_globals", offsetof(PyFunctionObject, func_globals) == 16 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_globals), PyObject *));
LPS_CHECK("field func_builtins", offsetof(PyFunctionObject, func_builtins) == 24 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_builtins), PyObject *));
LPS_CHECK("field func_name", offsetof(PyFunctionObject, func_name) == 32 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_name), PyObject *));
LPS_CHECK("field func_qualname", offsetof(PyFunctionObject, func_qualname) == 40 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_qualname), PyObject *));
LPS_CHECK("field func_code", offsetof(PyFunctionObject, func_code) == 48 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_code), PyObject *));
LPS_CHECK("field func_defaults", offsetof(PyFunctionObject, func_defaults) == 56 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_defaults), PyObject *));
LPS_CHECK("field func_kwdefaults", offsetof(PyFunctionObject, func_kwdefaults) == 64 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_kwdefaults), PyObject *));
LPS_CHECK("field func_closure", offsetof(PyFunctionObject, func_closure) == 72 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_closure), PyObject *));
LPS_CHECK("field func_doc", offsetof(PyFunctionObject, func_doc) == 80 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_doc), PyObject *));
LPS_CHECK("field func_dict", offsetof(PyFunctionObject, func_dict) == 88 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_dict), PyObject *));
LPS_CHECK("field func_weakreflist", offsetof(PyFunctionObject, func_weakreflist) == 96 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_weakreflist), PyObject *));
LPS_CHECK("field func_module", offsetof(PyFunctionObject, func_module) == 104 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_module), PyObject *));
LPS_CHECK("field func_annotations", offsetof(PyFunctionObject, func_annotations) == 112 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_annotations), PyObject *));
LPS_CHECK("field func_typeparams", offsetof(PyFunctionObject, func_typeparams) == 120 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_typeparams), PyObject *));
LPS_CHECK("field vectorcall", offsetof(PyFunctionObject, vectorcall) == 128 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->vectorcall), vectorcallfunc));
LPS_CHECK("field func_version", offsetof(PyFunctionObject, func_version) == 136 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_version), uint32_t));
//@ record PyMethodObject =PyObject,vectorcallfunc *PyObject
LPS_CHECK("its size or alignment", sizeof(PyMethodObject) == 48 && _Alignof(PyMethodObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyMethodObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyMethodObject *)0)->ob_base), PyObject));
LPS_CHECK("field im_func", offsetof(PyMethodObject, im_func) == 16 && LPS_SAME(__typeof__(((PyMethodObject *)0)->im_func), PyObject *));
LPS_CHECK("field im_self", offsetof(PyMethodObject, im_self) == 24 && LPS_SAME(__typeof__(((PyMethodObject *)0)->im_self), PyObject *));
LPS_CHECK("field im_weakreflist", offsetof(PyMethodObject, im_weakreflist) == 32 && LPS_SAME(__typeof__(((PyMethodObject *)0)->im_weakreflist), PyObject *));
LPS_CHECK("field vectorcall", offsetof(PyMethodObject, vectorcall) == 40 && LPS_SAME(__typeof__(((PyMethodObject *)0)->vectorcall), vectorcallfunc));
//@ record PyInstanceMethodObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyInstanceMethodObject) == 24 && _Alignof(PyInstanceMethodObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyInstanceMethodObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyInstanceMethodObject *)0)->ob_base), PyObject));
LPS_CHECK("field func", offsetof(PyInstanceMethodObject, func) == 16 && LPS_SAME(__typeof__(((PyInstanceMethodObject *)0)->func), PyObject *));
//@ record _Py_LocalMonitors
LPS_CHECK("its size or alignment", sizeof(_Py_LocalMonitors) == 15 && _Alignof(_Py_LocalMonitors) == 1);
LPS_CHECK("field tools", offsetof(_Py_LocalMonitors, tools) == 0 && LPS_SAME(__typeof__(((_Py_LocalMonitors *)0)->tools), uint8_t [15]));
//@ record _Py_GlobalMonitors
LPS_CHECK("its size or alignment", sizeof(_Py_GlobalMonitors) == 15 && _Alignof(_Py_GlobalMonitors) == 1);
LPS_CHECK("field tools", offsetof(_Py_GlobalMonitors, tools) == 0 && LPS_SAME(__typeof__(((_Py_GlobalMonitors *)0)->tools), uint8_t [15]));
//@ record _Py_CODEUNIT
LPS_CHECK("its size or alignment", sizeof(_Py_CODEUNIT) == 2 && _Alignof(_Py_CODEUNIT) == 2);
LPS_CHECK("field cache", offsetof(_Py_CODEUNIT, cache) == 0 && LPS_SAME(__typeof__(((_Py_CODEUNIT *)0)->cache), uint16_t));
LPS_CHECK("field op", offsetof(_Py_CODEUNIT, op) == 0 && sizeof(((_Py_CODEUNIT *)0)->op) == 2);
//@ record _PyCoCached *PyObject
LPS_CHECK("its size or alignment", sizeof(_PyCoCached) == 32 && _Alignof(_PyCoCached) == 8);
LPS_CHECK("field _co_code", offsetof(_PyCoCached, _co_code) == 0 && LPS_SAME(__typeof__(((_PyCoCached *)0)->_co_code), PyObject *));
LPS_CHECK("field _co_varnames", offsetof(_PyCoCached, _co_varnames) == 8 && LPS_SAME(__typeof__(((_PyCoCached *)0)->_co_varnames), PyObject *));
LPS_CHECK("field _co_cellvars", offsetof(_PyCoCached, _co_cellvars) == 16 && LPS_SAME(__typeof__(((_PyCoCached *)0)->_co_cellvars), PyObject *));
LPS_CHECK("field _co_freevars", offsetof(_PyCoCached, _co_freevars) == 24 && LPS_SAME(__typeof__(((_PyCoCached *)0)->_co_freevars), PyObject *));
//@ record _PyCoLineInstrumentationData
LPS_CHECK("its size or alignment", sizeof(_PyCoLineInstrumentationData) == 2 && _Alignof(_PyCoLineInstrumentationData) == 1);
LPS_CHECK("field original_opcode", offsetof(_PyCoLineInstrumentationData, original_opcode) == 0 && LPS_SAME(__typeof__(((_PyCoLineInstrumentationData *)0)->original_opcode), uint8_t));
LPS_CHECK("field line_delta", offsetof(_PyCoLineInstrumentationData, line_delta) == 1 && LPS_SAME(__typeof__(((_PyCoLineInstrumentationData *)0)->line_delta), int8_t));
//@ record _PyCoMonitoringData =_Py_LocalMonitors *_PyCoLineInstrumentationData
LPS_CHECK("its size or alignment", sizeof(_PyCoMonitoringData) == 72 && _Alignof(_PyCoMonitoringData) == 8);
LPS_CHECK("field local_monitors", offsetof(_PyCoMonitoringData, local_monitors) == 0 && LPS_SAME(__typeof__(((_PyCoMonitoringData *)0)->local_monitors), _Py_LocalMonitors));
LPS_CHECK("field active_monitors", offsetof(_PyCoMonitoringData, active_monitors) == 15 && LPS_SAME(__typeof__(((_PyCoMonitoringData *)0)->active_monitors), _Py_LocalMonitors));
LPS_CHECK("field tools", offsetof(_PyCoMonitoringData, tools) == 32 && LPS_SAME(__typeof__(((_PyCoMonitoringData *)0)->tools), uint8_t *));
LPS_CHECK("field lines", offsetof(_PyCoMonitoringData, lines) == 40 && LPS_SAME(__typeof__(((_PyCoMonitoringData *)0)->lines), _PyCoLineInstrumentationData *));
LPS_CHECK("field line_tools", offsetof(_PyCoMonitoringData, line_tools) == 48 && LPS_SAME(__typeof__(((_PyCoMonitoringData *)0)->line_tools), uint8_t *));
LPS_CHECK("field per_instruction_opcodes", offsetof(_PyCoMonitoringData, per_instruction_opcodes) == 56 && LPS_SAME(__typeof__(((_PyCoMonitoringData *)0)->per_instruction_opcodes), uint8_t *));
LPS_CHECK("field per_instruction_tools", offsetof(_PyCoMonitoringData, per_instruction_tools) == 64 && LPS_SAME(__typeof__(((_PyCoMonitoringData *)0)->per_instruction_tools), uint8_t *));
//@ record PyCodeObject =PyVarObject *PyObject,_PyCoCached,_PyCoMonitoringData
LPS_CHECK("its size or alignment", sizeof(PyCodeObject) == 200 && _Alignof(PyCodeObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyCodeObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyCodeObject *)0)->ob_base), PyVarObject));
LPS_CHECK("field co_consts", offsetof(PyCodeObject, co_consts) == 24 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_consts), PyObject *));
LPS_CHECK("field co_names", offsetof(PyCodeObject, co_names) == 32 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_names), PyObject *));
LPS_CHECK("field co_exceptiontable", offsetof(PyCodeObject, co_exceptiontable) == 40 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_exceptiontable), PyObject *));
LPS_CHECK("field co_flags", offsetof(PyCodeObject, co_flags) == 48 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_flags), int));
LPS_CHECK("field co_argcount", offsetof(PyCodeObject, co_argcount) == 52 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_argcount), int));
LPS_CHECK("field co_posonlyargcount", offsetof(PyCodeObject, co_posonlyargcount) == 56 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_posonlyargcount), int));
LPS_CHECK("field co_kwonlyargcount", offsetof(PyCodeObject, co_kwonlyargcount) == 60 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_kwonlyargcount), int));
LPS_CHECK("field co_stacksize", offsetof(PyCodeObject, co_stacksize) == 64 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_stacksize), int));
LPS_CHECK("field co_firstlineno", offsetof(PyCodeObject, co_firstlineno) == 68 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_firstlineno), int));
LPS_CHECK("field co_nlocalsplus", offsetof(PyCodeObject, co_nlocalsplus) == 72 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_nlocalsplus), int));
LPS_CHECK("field co_framesize", offsetof(PyCodeObject, co_framesize) == 76 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_framesize), int));
LPS_CHECK("field co_nlocals", offsetof(PyCodeObject, co_nlocals) == 80 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_nlocals), int));
LPS_CHECK("field co_ncellvars", offsetof(PyCodeObject, co_ncellvars) == 84 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_ncellvars), int));
LPS_CHECK("field co_nfreevars", offsetof(PyCodeObject, co_nfreevars) == 88 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_nfreevars), int));
LPS_CHECK("field co_version", offsetof(PyCodeObject, co_version) == 92 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_version), uint32_t));
LPS_CHECK("field co_localsplusnames", offsetof(PyCodeObject, co_localsplusnames) == 96 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_localsplusnames), PyObject *));
LPS_CHECK("field co_localspluskinds", offsetof(PyCodeObject, co_localspluskinds) == 104 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_localspluskinds), PyObject *));
LPS_CHECK("field co_filename", offsetof(PyCodeObject, co_filename) == 112 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_filename), PyObject *));
LPS_CHECK("field co_name", offsetof(PyCodeObject, co_name) == 120 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_name), PyObject *));
LPS_CHECK("field co_qualname", offsetof(PyCodeObject, co_qualname) == 128 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_qualname), PyObject *));
LPS_CHECK("field co_linetable", offsetof(PyCodeObject, co_linetable) == 136 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_linetable), PyObject *));
LPS_CHECK("field co_weakreflist", offsetof(PyCodeObject, co_weakreflist) == 144 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_weakreflist), PyObject *));
LPS_CHECK("field _co_cached", offsetof(PyCodeObject, _co_cached) == 152 && LPS_SAME(__typeof__(((PyCodeObject *)0)->_co_cached), _PyCoCached *));
LPS_CHECK("field _co_instrumentation_version", offsetof(PyCodeObject, _co_instrumentation_version) == 160 && LPS_SAME(__typeof__(((PyCodeObject *)0)->_co_instrumentation_version), uint64_t));
LPS_CHECK("field _co_monitoring", offsetof(PyCodeObject, _co_monitoring) == 168 && LPS_SAME(__typeof__(((PyCodeObject *)0)->_co_monitoring), _PyCoMonitoringData *));
LPS_CHECK("field _co_firsttraceable", offsetof(PyCodeObject, _co_firsttraceable) == 176 && LPS_SAME(__typeof__(((PyCodeObject *)0)->_co_firsttraceable), int));
LPS_CHECK("field co_extra", offsetof(PyCodeObject, co_extra) == 184 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_extra), void *));
LPS_CHECK("field co_code_adaptive", offsetof(PyCodeObject, co_code_adaptive) == 192 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_code_adaptive), char [1]));
//@ record _opaque
LPS_CHECK("its size or alignment", sizeof(struct _opaque) == 24 && _Alignof(struct _opaque) == 8);
LPS_CHECK("field computed_line", offsetof(struct _opaque, computed_line) == 0 && LPS_SAME(__typeof__(((struct _opaque *)0)->computed_line), int));
LPS_CHECK("field lo_next", offsetof(struct _opaque, lo_next) == 8 && LPS_SAME(__typeof__(((struct _opaque *)0)->lo_next), const uint8_t *));
LPS_CHECK("field limit", offsetof(struct _opaque, limit) == 16 && LPS_SAME(__typeof__(((struct _opaque *)0)->limit), const uint8_t *));
//@ record _line_offsets =_opaque
LPS_CHECK("its size or alignment", sizeof(struct _line_offsets) == 40 && _Alignof(struct _line_offsets) == 8);
LPS_CHECK("field ar_start", offsetof(struct _line_offsets, ar_start) == 0 && LPS_SAME(__typeof__(((struct _line_offsets *)0)->ar_start), int));
LPS_CHECK("field ar_end", offsetof(struct _line_offsets, ar_end) == 4 && LPS_SAME(__typeof__(((struct _line_offsets *)0)->ar_end), int));
LPS_CHECK("field ar_line", offsetof(struct _line_offsets, ar_line) == 8 && LPS_SAME(__typeof__(((struct _line_offsets *)0)->ar_line), int));
LPS_CHECK("field opaque", offsetof(struct _line_offsets, opaque) == 16 && LPS_SAME(__typeof__(((struct _line_offsets *)0)->opaque), struct _opaque));
//@ record _traceback =PyObject *PyFrameObject,PyTracebackObject
LPS_CHECK("its size or alignment", sizeof(struct _traceback) == 40 && _Alignof(struct _traceback) == 8);
LPS_CHECK("field ob_base", offsetof(struct _traceback, ob_base) == 0 && LPS_SAME(__typeof__(((struct _traceback *)0)->ob_base), PyObject));
LPS_CHECK("field tb_next", offsetof(struct _traceback, tb_next) == 16 && LPS_SAME(__typeof__(((struct _traceback *)0)->tb_next), PyTracebackObject *));
LPS_CHECK("field tb_frame", offsetof(struct _traceback, tb_frame) == 24 && LPS_SAME(__typeof__(((struct _traceback *)0)->tb_frame), PyFrameObject *));
LPS_CHECK("field tb_lasti", offsetof(struct _traceback, tb_lasti) == 32 && LPS_SAME(__typeof__(((struct _traceback *)0)->tb_lasti), int));
LPS_CHECK("field tb_lineno", offsetof(struct _traceback, tb_lineno) == 36 && LPS_SAME(__typeof__(((struct _traceback *)0)->tb_lineno), int));
//@ record PySliceObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PySliceObject) == 40 && _Alignof(PySliceObject) == 8);
LPS_CHECK("field ob_base", offsetof(PySliceObject, ob_base) == 0 && LPS_SAME(__typeof__(((PySliceObject *)0)->ob_base), PyObject));
LPS_CHECK("field start", offsetof(PySliceObject, start) == 16 && LPS_SAME(__typeof__(((PySliceObject *)0)->start), PyObject *));
LPS_CHECK("field stop", offsetof(PySliceObject, stop) == 24 && LPS_SAME(__typeof__(((PySliceObject *)0)->stop), PyObject *));
LPS_CHECK("field step", offsetof(PySliceObject, step) == 32 && LPS_SAME(__typeof__(((PySliceObject *)0)->step), PyObject *));
//@ record PyCellObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyCellObject) == 24 && _Alignof(PyCellObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyCellObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyCellObject *)0)->ob_base), PyObject));
LPS_CHECK("field ob_ref", offsetof(PyCellObject, ob_ref) == 16 && LPS_SAME(__typeof__(((PyCellObject *)0)->ob_ref), PyObject *));
//@ record PyStatus =PyStatus__bindgen_ty_1
LPS_CHECK("its size or alignment", sizeof(PyStatus) == 32 && _Alignof(PyStatus) == 8);
LPS_CHECK("field _type", offsetof(PyStatus, _type) == 0 && LPS_SAME(__typeof__(((PyStatus *)0)->_type), unsigned int));
LPS_CHECK("field func", offsetof(PyStatus, func) == 8 && LPS_SAME(__typeof__(((PyStatus *)0)->func), const char *));
LPS_CHECK("field err_msg", offsetof(PyStatus, err_msg) == 16 && LPS_SAME(__typeof__(((PyStatus *)0)->err_msg), const char *));
LPS_CHECK("field exitcode", offsetof(PyStatus, exitcode) == 24 && LPS_SAME(__typeof__(((PyStatus *)0)->exitcode), int));
//@ record PyWideStringList
LPS_CHECK("its size or alignment", sizeof(PyWideStringList) == 16 && _Alignof(PyWideStringList) == 8);
LPS_CHECK("field length", offsetof(PyWideStringList, length) == 0 && LPS_SAME(__typeof__(((PyWideStringList *)0)->length), Py_ssize_t));
LPS_CHECK("field items", offsetof(PyWideStringList, items) == 8 && LPS_SAME(__typeof__(((PyWideStringList *)0)->items), wchar_t **));
//@ record PyPreConfig
LPS_CHECK("its size or alignment", sizeof(PyPreConfig) == 40 && _Alignof(PyPreConfig) == 4);
LPS_CHECK("field _config_init", offsetof(PyPreConfig, _config_init) == 0 && LPS_SAME(__typeof__(((PyPreConfig *)0)->_config_init), int));
LPS_CHECK("field parse_argv", offsetof(PyPreConfig, parse_argv) == 4 && LPS_SAME(__typeof__(((PyPreConfig *)0)->parse_argv), int));
LPS_CHECK("field isolated", offsetof(PyPreConfig, isolated) == 8 && LPS_SAME(__typeof__(((PyPreConfig *)0)->isolated), int));
LPS_CHECK("field use_environment", offsetof(PyPreConfig, use_environment) == 12 && LPS_SAME(__typeof__(((PyPreConfig *)0)->use_environment), int));
LPS_CHECK("field configure_locale", offsetof(PyPreConfig, configure_locale) == 16 && LPS_SAME(__typeof__(((PyPreConfig *)0)->configure_locale), int));
LPS_CHECK("field coerce_c_locale", offsetof(PyPreConfig, coerce_c_locale) == 20 && LPS_SAME(__typeof__(((PyPreConfig *)0)->coerce_c_locale), int));
LPS_CHECK("field coerce_c_locale_warn", offsetof(PyPreConfig, coerce_c_locale_warn) == 24 && LPS_SAME(__typeof__(((PyPreConfig *)0)->coerce_c_locale_warn), int));
LPS_CHECK("field utf8_mode", offsetof(PyPreConfig, utf8_mode) == 28 && LPS_SAME(__typeof__(((PyPreConfig *)0)->utf8_mode), int));
LPS_CHECK("field dev_mode", offsetof(PyPreConfig, dev_mode) == 32 && LPS_SAME(__typeof__(((PyPreConfig *)0)->dev_mode), int));
LPS_CHECK("field allocator", offsetof(PyPreConfig, allocator) == 36 && LPS_SAME(__typeof__(((PyPreConfig *)0)->allocator), int));
//@ record PyConfig =PyWideStringList
LPS_CHECK("its size or alignment", sizeof(PyConfig) == 432 && _Alignof(PyConfig) == 8);
LPS_CHECK("field _config_init", offsetof(PyConfig, _config_init) == 0 && LPS_SAME(__typeof__(((PyConfig *)0)->_config_init), int));
LPS_CHECK("field isolated", offsetof(PyConfig, isolated) == 4 && LPS_SAME(__typeof__(((PyConfig *)0)->isolated), int));
LPS_CHECK("field use_environment", offsetof(PyConfig, use_environment) == 8 && LPS_SAME(__typeof__(((PyConfig *)0)->use_environment), int));
LPS_CHECK("field dev_mode", offsetof(PyConfig, dev_mode) == 12 && LPS_SAME(__typeof__(((PyConfig *)0)->dev_mode), int));
LPS_CHECK("field install_signal_handlers", offsetof(PyConfig, install_signal_handlers) == 16 && LPS_SAME(__typeof__(((PyConfig *)0)->install_signal_handlers), int));
LPS_CHECK("field use_hash_seed", offsetof(PyConfig, use_hash_seed) == 20 && LPS_SAME(__typeof__(((PyConfig *)0)->use_hash_seed), int));
LPS_CHECK("field hash_seed", offsetof(PyConfig, hash_seed) == 24 && LPS_SAME(__typeof__(((PyConfig *)0)->hash_seed), unsigned long));
LPS_CHECK("field faulthandler", offsetof(PyConfig, faulthandler) == 32 && LPS_SAME(__typeof__(((PyConfig *)0)->faulthandler), int));
LPS_CHECK("field tracemalloc", offsetof(PyConfig, tracemalloc) == 36 && LPS_SAME(__typeof__(((PyConfig *)0)->tracemalloc), int));
LPS_CHECK("field perf_profiling", offsetof(PyConfig, perf_profiling) == 40 && LPS_SAME(__typeof__(((PyConfig *)0)->perf_profiling), int));
LPS_CHECK("field import_time", offsetof(PyConfig, import_time) == 44 && LPS_SAME(__typeof__(((PyConfig *)0)->import_time), int));
LPS_CHECK("field code_debug_ranges", offsetof(PyConfig, code_debug_ranges) == 48 && LPS_SAME(__typeof__(((PyConfig *)0)->code_debug_ranges), int));
LPS_CHECK("field show_ref_count", offsetof(PyConfig, show_ref_count) == 52 && LPS_SAME(__typeof__(((PyConfig *)0)->show_ref_count), int));
LPS_CHECK("field dump_refs", offsetof(PyConfig, dump_refs) == 56 && LPS_SAME(__typeof__(((PyConfig *)0)->dump_refs), int));
LPS_CHECK("field dump_refs_file", offsetof(PyConfig, dump_refs_file) == 64 && LPS_SAME(__typeof__(((PyConfig *)0)->dump_refs_file), wchar_t *));
LPS_CHECK("field malloc_stats", offsetof(PyConfig, malloc_stats) == 72 && LPS_SAME(__typeof__(((PyConfig *)0)->malloc_stats), int));
LPS_CHECK("field filesystem_encoding", offsetof(PyConfig, filesystem_encoding) == 80 && LPS_SAME(__typeof__(((PyConfig *)0)->filesystem_encoding), wchar_t *));
LPS_CHECK("field filesystem_errors", offsetof(PyConfig, filesystem_errors) == 88 && LPS_SAME(__typeof__(((PyConfig *)0)->filesystem_errors), wchar_t *));
LPS_CHECK("field pycache_prefix", offsetof(PyConfig, pycache_prefix) == 96 && LPS_SAME(__typeof__(((PyConfig *)0)->pycache_prefix), wchar_t *));
LPS_CHECK("field parse_argv", offsetof(PyConfig, parse_argv) == 104 && LPS_SAME(__typeof__(((PyConfig *)0)->parse_argv), int));
LPS_CHECK("field orig_argv", offsetof(PyConfig, orig_argv) == 112 && LPS_SAME(__typeof__(((PyConfig *)0)->orig_argv), PyWideStringList));
LPS_CHECK("field argv", offsetof(PyConfig, argv) == 128 && LPS_SAME(__typeof__(((PyConfig *)0)->argv), PyWideStringList));
LPS_CHECK("field xoptions", offsetof(PyConfig, xoptions) == 144 && LPS_SAME(__typeof__(((PyConfig *)0)->xoptions), PyWideStringList));
LPS_CHECK("field warnoptions", offsetof(PyConfig, warnoptions) == 160 && LPS_SAME(__typeof__(((PyConfig *)0)->warnoptions), PyWideStringList));
LPS_CHECK("field site_import", offsetof(PyConfig, site_import) == 176 && LPS_SAME(__typeof__(((PyConfig *)0)->site_import), int));
LPS_CHECK("field bytes_warning", offsetof(PyConfig, bytes_warning) == 180 && LPS_SAME(__typeof__(((PyConfig *)0)->bytes_warning), int));
LPS_CHECK("field warn_default_encoding", offsetof(PyConfig, warn_default_encoding) == 184 && LPS_SAME(__typeof__(((PyConfig *)0)->warn_default_encoding), int));
LPS_CHECK("field inspect", offsetof(PyConfig, inspect) == 188 && LPS_SAME(__typeof__(((PyConfig *)0)->inspect), int));
LPS_CHECK("field interactive", offsetof(PyConfig, interactive) == 192 && LPS_SAME(__typeof__(((PyConfig *)0)->interactive), int));
LPS_CHECK("field optimization_level", offsetof(PyConfig, optimization_level) == 196 && LPS_SAME(__typeof__(((PyConfig *)0)->optimization_level), int));
LPS_CHECK("field parser_debug", offsetof(PyConfig, parser_debug) == 200 && LPS_SAME(__typeof__(((PyConfig *)0)->parser_debug), int));
LPS_CHECK("field write_bytecode", offsetof(PyConfig, write_bytecode) == 204 && LPS_SAME(__typeof__(((PyConfig *)0)->write_bytecode), int));
LPS_CHECK("field verbose", offsetof(PyConfig, verbose) == 208 && LPS_SAME(__typeof__(((PyConfig *)0)->verbose), int));
LPS_CHECK("field quiet", offsetof(PyConfig, quiet) == 212 && LPS_SAME(__typeof__(((PyConfig *)0)->quiet), int));
LPS_CHECK("field user_site_directory", offsetof(PyConfig, user_site_directory) == 216 && LPS_SAME(__typeof__(((PyConfig *)0)->user_site_directory), int));
LPS_CHECK("field configure_c_stdio", offsetof(PyConfig, configure_c_stdio) == 220 && LPS_SAME(__typeof__(((PyConfig *)0)->configure_c_stdio), int));
LPS_CHECK("field buffered_stdio", offsetof(PyConfig, buffered_stdio) == 224 && LPS_SAME(__typeof__(((PyConfig *)0)->buffered_stdio), int));
LPS_CHECK("field stdio_encoding", offsetof(PyConfig, stdio_encoding) == 232 && LPS_SAME(__typeof__(((PyConfig *)0)->stdio_encoding), wchar_t *));
LPS_CHECK("field stdio_errors", offsetof(PyConfig, stdio_errors) == 240 && LPS_SAME(__typeof__(((PyConfig *)0)->stdio_errors), wchar_t *));
LPS_CHECK("field check_hash_pycs_mode", offsetof(PyConfig, check_hash_pycs_mode) == 248 && LPS_SAME(__typeof__(((PyConfig *)0)->check_hash_pycs_mode), wchar_t *));
LPS_CHECK("field use_frozen_modules", offsetof(PyConfig, use_frozen_modules) == 256 && LPS_SAME(__typeof__(((PyConfig *)0)->use_frozen_modules), int));
LPS_CHECK("field safe_path", offsetof(PyConfig, safe_path) == 260 && LPS_SAME(__typeof__(((PyConfig *)0)->safe_path), int));
LPS_CHECK("field int_max_str_digits", offsetof(PyConfig, int_max_str_digits) == 264 && LPS_SAME(__typeof__(((PyConfig *)0)->int_max_str_digits), int));
LPS_CHECK("field pathconfig_warnings", offsetof(PyConfig, pathconfig_warnings) == 268 && LPS_SAME(__typeof__(((PyConfig *)0)->pathconfig_warnings), int));
LPS_CHECK("field program_name", offsetof(PyConfig, program_name) == 272 && LPS_SAME(__typeof__(((PyConfig *)0)->program_name), wchar_t *));
LPS_CHECK("field pythonpath_env", offsetof(PyConfig, pythonpath_env) == 280 && LPS_SAME(__typeof__(((PyConfig *)0)->pythonpath_env), wchar_t *));
LPS_CHECK("field home", offsetof(PyConfig, home) == 288 && LPS_SAME(__typeof__(((PyConfig *)0)->home), wchar_t *));
LPS_CHECK("field platlibdir", offsetof(PyConfig, platlibdir) == 296 && LPS_SAME(__typeof__(((PyConfig *)0)->platlibdir), wchar_t *));
LPS_CHECK("field module_search_paths_set", offsetof(PyConfig, module_search_paths_set) == 304 && LPS_SAME(__typeof__(((PyConfig *)0)->module_search_paths_set), int));
LPS_CHECK("field module_search_paths", offsetof(PyConfig, module_search_paths) == 312 && LPS_SAME(__typeof__(((PyConfig *)0)->module_search_paths), PyWideStringList));
LPS_CHECK("field stdlib_dir", offsetof(PyConfig, stdlib_dir) == 328 && LPS_SAME(__typeof__(((PyConfig *)0)->stdlib_dir), wchar_t *));
LPS_CHECK("field executable", offsetof(PyConfig, executable) == 336 && LPS_SAME(__typeof__(((PyConfig *)0)->executable), wchar_t *));
LPS_CHECK("field base_executable", offsetof(PyConfig, base_executable) == 344 && LPS_SAME(__typeof__(((PyConfig *)0)->base_executable), wchar_t *));
LPS_CHECK("field prefix", offsetof(PyConfig, prefix) == 352 && LPS_SAME(__typeof__(((PyConfig *)0)->prefix), wchar_t *));
LPS_CHECK("field base_prefix", offsetof(PyConfig, base_prefix) == 360 && LPS_SAME(__typeof__(((PyConfig *)0)->base_prefix), wchar_t *));
LPS_CHECK("field exec_prefix", offsetof(PyConfig, exec_prefix) == 368 && LPS_SAME(__typeof__(((PyConfig *)0)->exec_prefix), wchar_t *));
LPS_CHECK("field base_exec_prefix", offsetof(PyConfig, base_exec_prefix) == 376 && LPS_SAME(__typeof__(((PyConfig *)0)->base_exec_prefix), wchar_t *));
LPS_CHECK("field skip_source_first_line", offsetof(PyConfig, skip_source_first_line) == 384 && LPS_SAME(__typeof__(((PyConfig *)0)->skip_source_first_line), int));
LPS_CHECK("field run_command", offsetof(PyConfig, run_command) == 392 && LPS_SAME(__typeof__(((PyConfig *)0)->run_command), wchar_t *));
LPS_CHECK("field run_module", offsetof(PyConfig, run_module) == 400 && LPS_SAME(__typeof__(((PyConfig *)0)->run_module), wchar_t *));
LPS_CHECK("field run_filename", offsetof(PyConfig, run_filename) == 408 && LPS_SAME(__typeof__(((PyConfig *)0)->run_filename), wchar_t *));
LPS_CHECK("field _install_importlib", offsetof(PyConfig, _install_importlib) == 416 && LPS_SAME(__typeof__(((PyConfig *)0)->_install_importlib), int));
LPS_CHECK("field _init_main", offsetof(PyConfig, _init_main) == 420 && LPS_SAME(__typeof__(((PyConfig *)0)->_init_main), int));
LPS_CHECK("field _is_python_build", offsetof(PyConfig, _is_python_build) == 424 && LPS_SAME(__typeof__(((PyConfig *)0)->_is_python_build), int));
//@ record _PyCFrame *_PyInterpreterFrame
LPS_CHECK("its size or alignment", sizeof(_PyCFrame) == 16 && _Alignof(_PyCFrame) == 8);
LPS_CHECK("field current_frame", offsetof(_PyCFrame, current_frame) == 0 && LPS_SAME(__typeof__(((_PyCFrame *)0)->current_frame), struct _PyInterpreterFrame *));
LPS_CHECK("field previous", offsetof(_PyCFrame, previous) == 8 && LPS_SAME(__typeof__(((_PyCFrame *)0)->previous), _PyCFrame *));
//@ record _err_stackitem *PyObject
LPS_CHECK("its size or alignment", sizeof(struct _err_stackitem) == 16 && _Alignof(struct _err_stackitem) == 8);
LPS_CHECK("field exc_value", offsetof(struct _err_stackitem, exc_value) == 0 && LPS_SAME(__typeof__(((struct _err_stackitem *)0)->exc_value), PyObject *));
LPS_CHECK("field previous_item", offsetof(struct _err_stackitem, previous_item) == 8 && LPS_SAME(__typeof__(((struct _err_stackitem *)0)->previous_item), struct _err_stackitem *));
//@ record _stack_chunk *PyObject
LPS_CHECK("its size or alignment", sizeof(struct _stack_chunk) == 32 && _Alignof(struct _stack_chunk) == 8);
LPS_CHECK("field previous", offsetof(struct _stack_chunk, previous) == 0 && LPS_SAME(__typeof__(((struct _stack_chunk *)0)->previous), struct _stack_chunk *));
LPS_CHECK("field size", offsetof(struct _stack_chunk, size) == 8 && LPS_SAME(__typeof__(((struct _stack_chunk *)0)->size), size_t));
LPS_CHECK("field top", offsetof(struct _stack_chunk, top) == 16 && LPS_SAME(__typeof__(((struct _stack_chunk *)0)->top), size_t));
LPS_CHECK("field data", offsetof(struct _stack_chunk, data) == 24 && LPS_SAME(__typeof__(((struct _stack_chunk *)0)->data), PyObject *[1]));
//@ record _py_trashcan *PyObject
LPS_CHECK("its size or alignment", sizeof(struct _py_trashcan) == 16 && _Alignof(struct _py_trashcan) == 8);
LPS_CHECK("field delete_nesting", offsetof(struct _py_trashcan, delete_nesting) == 0 && LPS_SAME(__typeof__(((struct _py_trashcan *)0)->delete_nesting), int));
LPS_CHECK("field delete_later", offsetof(struct _py_trashcan, delete_later) == 8 && LPS_SAME(__typeof__(((struct _py_trashcan *)0)->delete_later), PyObject *));
//@ record _ts =Py_tracefunc,_PyCFrame,_PyErr_StackItem,_py_trashcan *PyInterpreterState,PyObject,PyThreadState,_PyCFrame,_PyErr_StackItem,_PyStackChunk
LPS_CHECK("its size or alignment", sizeof(struct _ts) == 288 && _Alignof(struct _ts) == 8);
LPS_CHECK("field prev", offsetof(struct _ts, prev) == 0 && LPS_SAME(__typeof__(((struct _ts *)0)->prev), PyThreadState *));
LPS_CHECK("field next", offsetof(struct _ts, next) == 8 && LPS_SAME(__typeof__(((struct _ts *)0)->next), PyThreadState *));
LPS_CHECK("field interp", offsetof(struct _ts, interp) == 16 && LPS_SAME(__typeof__(((struct _ts *)0)->interp), PyInterpreterState *));
LPS_CHECK("field _status", offsetof(struct _ts, _status) == 24 && sizeof(((struct _ts *)0)->_status) == 4);
LPS_CHECK("field py_recursion_remaining", offsetof(struct _ts, py_recursion_remaining) == 28 && LPS_SAME(__typeof__(((struct _ts *)0)->py_recursion_remaining), int));
LPS_CHECK("field py_recursion_limit", offsetof(struct _ts, py_recursion_limit) == 32 && LPS_SAME(__typeof__(((struct _ts *)0)->py_recursion_limit), int));
LPS_CHECK("field c_recursion_remaining", offsetof(struct _ts, c_recursion_remaining) == 36 && LPS_SAME(__typeof__(((struct _ts *)0)->c_recursion_remaining), int));
LPS_CHECK("field recursion_headroom", offsetof(struct _ts, recursion_headroom) == 40 && LPS_SAME(__typeof__(((struct _ts *)0)->recursion_headroom), int));
LPS_CHECK("field tracing", offsetof(struct _ts, tracing) == 44 && LPS_SAME(__typeof__(((struct _ts *)0)->tracing), int));
LPS_CHECK("field what_event", offsetof(struct _ts, what_event) == 48 && LPS_SAME(__typeof__(((struct _ts *)0)->what_event), int));
LPS_CHECK("field cframe", offsetof(struct _ts, cframe) == 56 && LPS_SAME(__typeof__(((struct _ts *)0)->cframe), _PyCFrame *));
LPS_CHECK("field c_profilefunc", offsetof(struct _ts, c_profilefunc) == 64 && LPS_SAME(__typeof__(((struct _ts *)0)->c_profilefunc), Py_tracefunc));
LPS_CHECK("field c_tracefunc", offsetof(struct _ts, c_tracefunc) == 72 && LPS_SAME(__typeof__(((struct _ts *)0)->c_tracefunc), Py_tracefunc));
LPS_CHECK("field c_profileobj", offsetof(struct _ts, c_profileobj) == 80 && LPS_SAME(__typeof__(((struct _ts *)0)->c_profileobj), PyObject *));
LPS_CHECK("field c_traceobj", offsetof(struct _ts, c_traceobj) == 88 && LPS_SAME(__typeof__(((struct _ts *)0)->c_traceobj), PyObject *));
LPS_CHECK("field current_exception", offsetof(struct _ts, current_exception) == 96 && LPS_SAME(__typeof__(((struct _ts *)0)->current_exception), PyObject *));
LPS_CHECK("field exc_info", offsetof(struct _ts, exc_info) == 104 && LPS_SAME(__typeof__(((struct _ts *)0)->exc_info), _PyErr_StackItem *));
LPS_CHECK("field dict", offsetof(struct _ts, dict) == 112 && LPS_SAME(__typeof__(((struct _ts *)0)->dict), PyObject *));
LPS_CHECK("field gilstate_counter", offsetof(struct _ts, gilstate_counter) == 120 && LPS_SAME(__typeof__(((struct _ts *)0)->gilstate_counter), int));
LPS_CHECK("field async_exc", offsetof(struct _ts, async_exc) == 128 && LPS_SAME(__typeof__(((struct _ts *)0)->async_exc), PyObject *));
LPS_CHECK("field thread_id", offsetof(struct _ts, thread_id) == 136 && LPS_SAME(__typeof__(((struct _ts *)0)->thread_id), unsigned long));
LPS_CHECK("field native_thread_id", offsetof(struct _ts, native_thread_id) == 144 && LPS_SAME(__typeof__(((struct _ts *)0)->native_thread_id), unsigned long));
LPS_CHECK("field trash", offsetof(struct _ts, trash) == 152 && LPS_SAME(__typeof__(((struct _ts *)0)->trash), struct _py_trashcan));
LPS_CHECK("field on_delete", offsetof(struct _ts, on_delete) == 168 && LPS_SAME(__typeof__(((struct _ts *)0)->on_delete), void (*)(void *)));
LPS_CHECK("field on_delete_data", offsetof(struct _ts, on_delete_data) == 176 && LPS_SAME(__typeof__(((struct _ts *)0)->on_delete_data), void *));
LPS_CHECK("field coroutine_origin_tracking_depth", offsetof(struct _ts, coroutine_origin_tracking_depth) == 184 && LPS_SAME(__typeof__(((struct _ts *)0)->coroutine_origin_tracking_depth), int));
LPS_CHECK("field async_gen_firstiter", offsetof(struct _ts, async_gen_firstiter) == 192 && LPS_SAME(__typeof__(((struct _ts *)0)->async_gen_firstiter), PyObject *));
LPS_CHECK("field async_gen_finalizer", offsetof(struct _ts, async_gen_finalizer) == 200 && LPS_SAME(__typeof__(((struct _ts *)0)->async_gen_finalizer), PyObject *));
LPS_CHECK("field context", offsetof(struct _ts, context) == 208 && LPS_SAME(__typeof__(((struct _ts *)0)->context), PyObject *));
LPS_CHECK("field context_ver", offsetof(struct _ts, context_ver) == 216 && LPS_SAME(__typeof__(((struct _ts *)0)->context_ver), uint64_t));
LPS_CHECK("field id", offsetof(struct _ts, id) == 224 && LPS_SAME(__typeof__(((struct _ts *)0)->id), uint64_t));
LPS_CHECK("field datastack_chunk", offsetof(struct _ts, datastack_chunk) == 232 && LPS_SAME(__typeof__(((struct _ts *)0)->datastack_chunk), _PyStackChunk *));
LPS_CHECK("field datastack_top", offsetof(struct _ts, datastack_top) == 240 && LPS_SAME(__typeof__(((struct _ts *)0)->datastack_top), PyObject **));
LPS_CHECK("field datastack_limit", offsetof(struct _ts, datastack_limit) == 248 && LPS_SAME(__typeof__(((struct _ts *)0)->datastack_limit), PyObject **));
LPS_CHECK("field exc_state", offsetof(struct _ts, exc_state) == 256 && LPS_SAME(__typeof__(((struct _ts *)0)->exc_state), _PyErr_StackItem));
LPS_CHECK("field root_cframe", offsetof(struct _ts, root_cframe) == 272 && LPS_SAME(__typeof__(((struct _ts *)0)->root_cframe), _PyCFrame));
//@ record _xid =xid_freefunc,xid_newobjectfunc *PyObject
LPS_CHECK("its size or alignment", sizeof(struct _xid) == 40 && _Alignof(struct _xid) == 8);
LPS_CHECK("field data", offsetof(struct _xid, data) == 0 && LPS_SAME(__typeof__(((struct _xid *)0)->data), void *));
LPS_CHECK("field obj", offsetof(struct _xid, obj) == 8 && LPS_SAME(__typeof__(((struct _xid *)0)->obj), PyObject *));
LPS_CHECK("field interp", offsetof(struct _xid, interp) == 16 && LPS_SAME(__typeof__(((struct _xid *)0)->interp), int64_t));
LPS_CHECK("field new_object", offsetof(struct _xid, new_object) == 24 && LPS_SAME(__typeof__(((struct _xid *)0)->new_object), xid_newobjectfunc));
LPS_CHECK("field free", offsetof(struct _xid, free) == 32 && LPS_SAME(__typeof__(((struct _xid *)0)->free), xid_freefunc));
//@ record PyGenObject =PyObject,_PyErr_StackItem *PyObject
LPS_CHECK("its size or alignment", sizeof(PyGenObject) == 80 && _Alignof(PyGenObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyGenObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyGenObject *)0)->ob_base), PyObject));
LPS_CHECK("field gi_weakreflist", offsetof(PyGenObject, gi_weakreflist) == 16 && LPS_SAME(__typeof__(((PyGenObject *)0)->gi_weakreflist), PyObject *));
LPS_CHECK("field gi_name", offsetof(PyGenObject, gi_name) == 24 && LPS_SAME(__typeof__(((PyGenObject *)0)->gi_name), PyObject *));
LPS_CHECK("field gi_qualname", offsetof(PyGenObject, gi_qualname) == 32 && LPS_SAME(__typeof__(((PyGenObject *)0)->gi_qualname), PyObject *));
LPS_CHECK("field gi_exc_state", offsetof(PyGenObject, gi_exc_state) == 40 && LPS_SAME(__typeof__(((PyGenObject *)0)->gi_exc_state), _PyErr_StackItem));
LPS_CHECK("field gi_origin_or_finalizer", offsetof(PyGenObject, gi_origin_or_finalizer) == 56 && LPS_SAME(__typeof__(((PyGenObject *)0)->gi_origin_or_finalizer), PyObject *));
LPS_CHECK("field gi_hooks_inited", offsetof(PyGenObject, gi_hooks_inited) == 64 && LPS_SAME(__typeof__(((PyGenObject *)0)->gi_hooks_inited), char));
LPS_CHECK("field gi_closed", offsetof(PyGenObject, gi_closed) == 65 && LPS_SAME(__typeof__(((PyGenObject *)0)->gi_closed), char));
LPS_CHECK("field gi_running_async", offsetof(PyGenObject, gi_running_async) == 66 && LPS_SAME(__typeof__(((PyGenObject *)0)->gi_running_async), char));
LPS_CHECK("field gi_frame_state", offsetof(PyGenObject, gi_frame_state) == 67 && LPS_SAME(__typeof__(((PyGenObject *)0)->gi_frame_state), int8_t));
LPS_CHECK("field gi_iframe", offsetof(PyGenObject, gi_iframe) == 72 && LPS_SAME(__typeof__(((PyGenObject *)0)->gi_iframe), PyObject *[1]));
//@ record PyCoroObject =PyObject,_PyErr_StackItem *PyObject
LPS_CHECK("its size or alignment", sizeof(PyCoroObject) == 80 && _Alignof(PyCoroObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyCoroObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyCoroObject *)0)->ob_base), PyObject));
LPS_CHECK("field cr_weakreflist", offsetof(PyCoroObject, cr_weakreflist) == 16 && LPS_SAME(__typeof__(((PyCoroObject *)0)->cr_weakreflist), PyObject *));
LPS_CHECK("field cr_name", offsetof(PyCoroObject, cr_name) == 24 && LPS_SAME(__typeof__(((PyCoroObject *)0)->cr_name), PyObject *));
LPS_CHECK("field cr_qualname", offsetof(PyCoroObject, cr_qualname) == 32 && LPS_SAME(__typeof__(((PyCoroObject *)0)->cr_qualname), PyObject *));
LPS_CHECK("field cr_exc_state", offsetof(PyCoroObject, cr_exc_state) == 40 && LPS_SAME(__typeof__(((PyCoroObject *)0)->cr_exc_state), _PyErr_StackItem));
LPS_CHECK("field cr_origin_or_finalizer", offsetof(PyCoroObject, cr_origin_or_finalizer) == 56 && LPS_SAME(__typeof__(((PyCoroObject *)0)->cr_origin_or_finalizer), PyObject *));
LPS_CHECK("field cr_hooks_inited", offsetof(PyCoroObject, cr_hooks_inited) == 64 && LPS_SAME(__typeof__(((PyCoroObject *)0)->cr_hooks_inited), char));
LPS_CHECK("field cr_closed", offsetof(PyCoroObject, cr_closed) == 65 && LPS_SAME(__typeof__(((PyCoroObject *)0)->cr_closed), char));
LPS_CHECK("field cr_running_async", offsetof(PyCoroObject, cr_running_async) == 66 && LPS_SAME(__typeof__(((PyCoroObject *)0)->cr_running_async), char));
LPS_CHECK("field cr_frame_state", offsetof(PyCoroObject, cr_frame_state) == 67 && LPS_SAME(__typeof__(((PyCoroObject *)0)->cr_frame_state), int8_t));
LPS_CHECK("field cr_iframe", offsetof(PyCoroObject, cr_iframe) == 72 && LPS_SAME(__typeof__(((PyCoroObject *)0)->cr_iframe), PyObject *[1]));
//@ record PyAsyncGenObject =PyObject,_PyErr_StackItem *PyObject
LPS_CHECK("its size or alignment", sizeof(PyAsyncGenObject) == 80 && _Alignof(PyAsyncGenObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyAsyncGenObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyAsyncGenObject *)0)->ob_base), PyObject));
LPS_CHECK("field ag_weakreflist", offsetof(PyAsyncGenObject, ag_weakreflist) == 16 && LPS_SAME(__typeof__(((PyAsyncGenObject *)0)->ag_weakreflist), PyObject *));
LPS_CHECK("field ag_name", offsetof(PyAsyncGenObject, ag_name) == 24 && LPS_SAME(__typeof__(((PyAsyncGenObject *)0)->ag_name), PyObject *));
LPS_CHECK("field ag_qualname", offsetof(PyAsyncGenObject, ag_qualname) == 32 && LPS_SAME(__typeof__(((PyAsyncGenObject *)0)->ag_qualname), PyObject *));
LPS_CHECK("field ag_exc_state", offsetof(PyAsyncGenObject, ag_exc_state) == 40 && LPS_SAME(__typeof__(((PyAsyncGenObject *)0)->ag_exc_state), _PyErr_StackItem));
LPS_CHECK("field ag_origin_or_finalizer", offsetof(PyAsyncGenObject, ag_origin_or_finalizer) == 56 && LPS_SAME(__typeof__(((PyAsyncGenObject *)0)->ag_origin_or_finalizer), PyObject *));
LPS_CHECK("field ag_hooks_inited", offsetof(PyAsyncGenObject, ag_hooks_inited) == 64 && LPS_SAME(__typeof__(((PyAsyncGenObject *)0)->ag_hooks_inited), char));
LPS_CHECK("field ag_closed", offsetof(PyAsyncGenObject, ag_closed) == 65 && LPS_SAME(__typeof__(((PyAsyncGenObject *)0)->ag_closed), char));
LPS_CHECK("field ag_running_async", offsetof(PyAsyncGenObject, ag_running_async) == 66 && LPS_SAME(__typeof__(((PyAsyncGenObject *)0)->ag_running_async), char));
LPS_CHECK("field ag_frame_state", offsetof(PyAsyncGenObject, ag_frame_state) == 67 && LPS_SAME(__typeof__(((PyAsyncGenObject *)0)->ag_frame_state), int8_t));
LPS_CHECK("field ag_iframe", offsetof(PyAsyncGenObject, ag_iframe) == 72 && LPS_SAME(__typeof__(((PyAsyncGenObject *)0)->ag_iframe), PyObject *[1]));
//@ record PyGetSetDef =getter,setter
LPS_CHECK("its size or alignment", sizeof(PyGetSetDef) == 40 && _Alignof(PyGetSetDef) == 8);
LPS_CHECK("field name", offsetof(PyGetSetDef, name) == 0 && LPS_SAME(__typeof__(((PyGetSetDef *)0)->name), const char *));
LPS_CHECK("field get", offsetof(PyGetSetDef, get) == 8 && LPS_SAME(__typeof__(((PyGetSetDef *)0)->get), getter));
LPS_CHECK("field set", offsetof(PyGetSetDef, set) == 16 && LPS_SAME(__typeof__(((PyGetSetDef *)0)->set), setter));
LPS_CHECK("field doc", offsetof(PyGetSetDef, doc) == 24 && LPS_SAME(__typeof__(((PyGetSetDef *)0)->doc), const char *));
LPS_CHECK("field closure", offsetof(PyGetSetDef, closure) == 32 && LPS_SAME(__typeof__(((PyGetSetDef *)0)->closure), void *));
//@ record PyMemberDef
LPS_CHECK("its size or alignment", sizeof(PyMemberDef) == 40 && _Alignof(PyMemberDef) == 8);
LPS_CHECK("field name", offsetof(PyMemberDef, name) == 0 && LPS_SAME(__typeof__(((PyMemberDef *)0)->name), const char *));
LPS_CHECK("field type", offsetof(PyMemberDef, type) == 8 && LPS_SAME(__typeof__(((PyMemberDef *)0)->type), int));
LPS_CHECK("field offset", offsetof(PyMemberDef, offset) == 16 && LPS_SAME(__typeof__(((PyMemberDef *)0)->offset), Py_ssize_t));
LPS_CHECK("field flags", offsetof(PyMemberDef, flags) == 24 && LPS_SAME(__typeof__(((PyMemberDef *)0)->flags), int));
LPS_CHECK("field doc", offsetof(PyMemberDef, doc) == 32 && LPS_SAME(__typeof__(((PyMemberDef *)0)->doc), const char *));
//@ record wrapperbase =wrapperfunc *PyObject
LPS_CHECK("its size or alignment", sizeof(struct wrapperbase) == 56 && _Alignof(struct wrapperbase) == 8);
LPS_CHECK("field name", offsetof(struct wrapperbase, name) == 0 && LPS_SAME(__typeof__(((struct wrapperbase *)0)->name), const char *));
LPS_CHECK("field offset", offsetof(struct wrapperbase, offset) == 8 && LPS_SAME(__typeof__(((struct wrapperbase *)0)->offset), int));
LPS_CHECK("field function", offsetof(struct wrapperbase, function) == 16 && LPS_SAME(__typeof__(((struct wrapperbase *)0)->function), void *));
LPS_CHECK("field wrapper", offsetof(struct wrapperbase, wrapper) == 24 && LPS_SAME(__typeof__(((struct wrapperbase *)0)->wrapper), wrapperfunc));
LPS_CHECK("field doc", offsetof(struct wrapperbase, doc) == 32 && LPS_SAME(__typeof__(((struct wrapperbase *)0)->doc), const char *));
LPS_CHECK("field flags", offsetof(struct wrapperbase, flags) == 40 && LPS_SAME(__typeof__(((struct wrapperbase *)0)->flags), int));
LPS_CHECK("field name_strobj", offsetof(struct wrapperbase, name_strobj) == 48 && LPS_SAME(__typeof__(((struct wrapperbase *)0)->name_strobj), PyObject *));
//@ record PyDescrObject =PyObject *PyObject,PyTypeObject
LPS_CHECK("its size or alignment", sizeof(PyDescrObject) == 40 && _Alignof(PyDescrObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyDescrObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyDescrObject *)0)->ob_base), PyObject));
LPS_CHECK("field d_type", offsetof(PyDescrObject, d_type) == 16 && LPS_SAME(__typeof__(((PyDescrObject *)0)->d_type), PyTypeObject *));
LPS_CHECK("field d_name", offsetof(PyDescrObject, d_name) == 24 && LPS_SAME(__typeof__(((PyDescrObject *)0)->d_name), PyObject *));
LPS_CHECK("field d_qualname", offsetof(PyDescrObject, d_qualname) == 32 && LPS_SAME(__typeof__(((PyDescrObject *)0)->d_qualname), PyObject *));
//@ record PyMethodDescrObject =PyDescrObject,vectorcallfunc *PyMethodDef
LPS_CHECK("its size or alignment", sizeof(PyMethodDescrObject) == 56 && _Alignof(PyMethodDescrObject) == 8);
LPS_CHECK("field d_common", offsetof(PyMethodDescrObject, d_common) == 0 && LPS_SAME(__typeof__(((PyMethodDescrObject *)0)->d_common), PyDescrObject));
LPS_CHECK("field d_method", offsetof(PyMethodDescrObject, d_method) == 40 && LPS_SAME(__typeof__(((PyMethodDescrObject *)0)->d_method), PyMethodDef *));
LPS_CHECK("field vectorcall", offsetof(PyMethodDescrObject, vectorcall) == 48 && LPS_SAME(__typeof__(((PyMethodDescrObject *)0)->vectorcall), vectorcallfunc));
//@ record PyMemberDescrObject =PyDescrObject *PyMemberDef
LPS_CHECK("its size or alignment", sizeof(PyMemberDescrObject) == 48 && _Alignof(PyMemberDescrObject) == 8);
LPS_CHECK("field d_common", offsetof(PyMemberDescrObject, d_common) == 0 && LPS_SAME(__typeof__(((PyMemberDescrObject *)0)->d_common), PyDescrObject));
LPS_CHECK("field d_member", offsetof(PyMemberDescrObject, d_member) == 40 && LPS_SAME(__typeof__(((PyMemberDescrObject *)0)->d_member), PyMemberDef *));
//@ record PyGetSetDescrObject =PyDescrObject *PyGetSetDef
LPS_CHECK("its size or alignment", sizeof(PyGetSetDescrObject) == 48 && _Alignof(PyGetSetDescrObject) == 8);
LPS_CHECK("field d_common", offsetof(PyGetSetDescrObject, d_common) == 0 && LPS_SAME(__typeof__(((PyGetSetDescrObject *)0)->d_common), PyDescrObject));
LPS_CHECK("field d_getset", offsetof(PyGetSetDescrObject, d_getset) == 40 && LPS_SAME(__typeof__(((PyGetSetDescrObject *)0)->d_getset), PyGetSetDef *));
//@ record PyWrapperDescrObject =PyDescrObject *wrapperbase
LPS_CHECK("its size or alignment", sizeof(PyWrapperDescrObject) == 56 && _Alignof(PyWrapperDescrObject) == 8);
LPS_CHECK("field d_common", offsetof(PyWrapperDescrObject, d_common) == 0 && LPS_SAME(__typeof__(((PyWrapperDescrObject *)0)->d_common), PyDescrObject));
LPS_CHECK("field d_base", offsetof(PyWrapperDescrObject, d_base) == 40 && LPS_SAME(__typeof__(((PyWrapperDescrObject *)0)->d_base), struct wrapperbase *));
LPS_CHECK("field d_wrapped", offsetof(PyWrapperDescrObject, d_wrapped) == 48 && LPS_SAME(__typeof__(((PyWrapperDescrObject *)0)->d_wrapped), void *));
//@ record _PyWeakReference =PyObject,Py_hash_t,vectorcallfunc *PyObject,PyWeakReference
LPS_CHECK("its size or alignment", sizeof(struct _PyWeakReference) == 64 && _Alignof(struct _PyWeakReference) == 8);
LPS_CHECK("field ob_base", offsetof(struct _PyWeakReference, ob_base) == 0 && LPS_SAME(__typeof__(((struct _PyWeakReference *)0)->ob_base), PyObject));
LPS_CHECK("field wr_object", offsetof(struct _PyWeakReference, wr_object) == 16 && LPS_SAME(__typeof__(((struct _PyWeakReference *)0)->wr_object), PyObject *));
LPS_CHECK("field wr_callback", offsetof(struct _PyWeakReference, wr_callback) == 24 && LPS_SAME(__typeof__(((struct _PyWeakReference *)0)->wr_callback), PyObject *));
LPS_CHECK("field hash", offsetof(struct _PyWeakReference, hash) == 32 && LPS_SAME(__typeof__(((struct _PyWeakReference *)0)->hash), Py_hash_t));
LPS_CHECK("field wr_prev", offsetof(struct _PyWeakReference, wr_prev) == 40 && LPS_SAME(__typeof__(((struct _PyWeakReference *)0)->wr_prev), PyWeakReference *));
LPS_CHECK("field wr_next", offsetof(struct _PyWeakReference, wr_next) == 48 && LPS_SAME(__typeof__(((struct _PyWeakReference *)0)->wr_next), PyWeakReference *));
LPS_CHECK("field vectorcall", offsetof(struct _PyWeakReference, vectorcall) == 56 && LPS_SAME(__typeof__(((struct _PyWeakReference *)0)->vectorcall), vectorcallfunc));
//@ record PyStructSequence_Field
LPS_CHECK("its size or alignment", sizeof(PyStructSequence_Field) == 16 && _Alignof(PyStructSequence_Field) == 8);
LPS_CHECK("field name", offsetof(PyStructSequence_Field, name) == 0 && LPS_SAME(__typeof__(((PyStructSequence_Field *)0)->name), const char *));
LPS_CHECK("field doc", offsetof(PyStructSequence_Field, doc) == 8 && LPS_SAME(__typeof__(((PyStructSequence_Field *)0)->doc), const char *));
//@ record PyStructSequence_Desc *PyStructSequence_Field
LPS_CHECK("its size or alignment", sizeof(PyStructSequence_Desc) == 32 && _Alignof(PyStructSequence_Desc) == 8);
LPS_CHECK("field name", offsetof(PyStructSequence_Desc, name) == 0 && LPS_SAME(__typeof__(((PyStructSequence_Desc *)0)->name), const char *));
LPS_CHECK("field doc", offsetof(PyStructSequence_Desc, doc) == 8 && LPS_SAME(__typeof__(((PyStructSequence_Desc *)0)->doc), const char *));
LPS_CHECK("field fields", offsetof(PyStructSequence_Desc, fields) == 16 && LPS_SAME(__typeof__(((PyStructSequence_Desc *)0)->fields), PyStructSequence_Field *));
LPS_CHECK("field n_in_sequence", offsetof(PyStructSequence_Desc, n_in_sequence) == 24 && LPS_SAME(__typeof__(((PyStructSequence_Desc *)0)->n_in_sequence), int));
//@ record _Py_clock_info_t
LPS_CHECK("its size or alignment", sizeof(_Py_clock_info_t) == 24 && _Alignof(_Py_clock_info_t) == 8);
LPS_CHECK("field implementation", offsetof(_Py_clock_info_t, implementation) == 0 && LPS_SAME(__typeof__(((_Py_clock_info_t *)0)->implementation), const char *));
LPS_CHECK("field monotonic", offsetof(_Py_clock_info_t, monotonic) == 8 && LPS_SAME(__typeof__(((_Py_clock_info_t *)0)->monotonic), int));
LPS_CHECK("field adjustable", offsetof(_Py_clock_info_t, adjustable) == 12 && LPS_SAME(__typeof__(((_Py_clock_info_t *)0)->adjustable), int));
LPS_CHECK("field resolution", offsetof(_Py_clock_info_t, resolution) == 16 && LPS_SAME(__typeof__(((_Py_clock_info_t *)0)->resolution), double));
//@ record PyBaseExceptionObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyBaseExceptionObject) == 72 && _Alignof(PyBaseExceptionObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyBaseExceptionObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyBaseExceptionObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PyBaseExceptionObject, dict) == 16 && LPS_SAME(__typeof__(((PyBaseExceptionObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PyBaseExceptionObject, args) == 24 && LPS_SAME(__typeof__(((PyBaseExceptionObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PyBaseExceptionObject, notes) == 32 && LPS_SAME(__typeof__(((PyBaseExceptionObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PyBaseExceptionObject, traceback) == 40 && LPS_SAME(__typeof__(((PyBaseExceptionObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PyBaseExceptionObject, context) == 48 && LPS_SAME(__typeof__(((PyBaseExceptionObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PyBaseExceptionObject, cause) == 56 && LPS_SAME(__typeof__(((PyBaseExceptionObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PyBaseExceptionObject, suppress_context) == 64 && LPS_SAME(__typeof__(((PyBaseExceptionObject *)0)->suppress_context), char));
//@ record PyBaseExceptionGroupObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyBaseExceptionGroupObject) == 88 && _Alignof(PyBaseExceptionGroupObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyBaseExceptionGroupObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PyBaseExceptionGroupObject, dict) == 16 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PyBaseExceptionGroupObject, args) == 24 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PyBaseExceptionGroupObject, notes) == 32 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PyBaseExceptionGroupObject, traceback) == 40 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PyBaseExceptionGroupObject, context) == 48 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PyBaseExceptionGroupObject, cause) == 56 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PyBaseExceptionGroupObject, suppress_context) == 64 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->suppress_context), char));
LPS_CHECK("field msg", offsetof(PyBaseExceptionGroupObject, msg) == 72 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->msg), PyObject *));
LPS_CHECK("field excs", offsetof(PyBaseExceptionGroupObject, excs) == 80 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->excs), PyObject *));
//@ record PySyntaxErrorObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PySyntaxErrorObject) == 136 && _Alignof(PySyntaxErrorObject) == 8);
LPS_CHECK("field ob_base", offsetof(PySyntaxErrorObject, ob_base) == 0 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PySyntaxErrorObject, dict) == 16 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PySyntaxErrorObject, args) == 24 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PySyntaxErrorObject, notes) == 32 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PySyntaxErrorObject, traceback) == 40 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PySyntaxErrorObject, context) == 48 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PySyntaxErrorObject, cause) == 56 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PySyntaxErrorObject, suppress_context) == 64 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->suppress_context), char));
LPS_CHECK("field msg", offsetof(PySyntaxErrorObject, msg) == 72 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->msg), PyObject *));
LPS_CHECK("field filename", offsetof(PySyntaxErrorObject, filename) == 80 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->filename), PyObject *));
LPS_CHECK("field lineno", offsetof(PySyntaxErrorObject, lineno) == 88 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->lineno), PyObject *));
LPS_CHECK("field offset", offsetof(PySyntaxErrorObject, offset) == 96 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->offset), PyObject *));
LPS_CHECK("field end_lineno", offsetof(PySyntaxErrorObject, end_lineno) == 104 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->end_lineno), PyObject *));
LPS_CHECK("field end_offset", offsetof(PySyntaxErrorObject, end_offset) == 112 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->end_offset), PyObject *));
LPS_CHECK("field text", offsetof(PySyntaxErrorObject, text) == 120 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->text), PyObject *));
LPS_CHECK("field print_file_and_line", offsetof(PySyntaxErrorObject, print_file_and_line) == 128 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->print_file_and_line), PyObject *));
//@ record PyImportErrorObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyImportErrorObject) == 104 && _Alignof(PyImportErrorObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyImportErrorObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PyImportErrorObject, dict) == 16 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PyImportErrorObject, args) == 24 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PyImportErrorObject, notes) == 32 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PyImportErrorObject, traceback) == 40 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PyImportErrorObject, context) == 48 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PyImportErrorObject, cause) == 56 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PyImportErrorObject, suppress_context) == 64 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->suppress_context), char));
LPS_CHECK("field msg", offsetof(PyImportErrorObject, msg) == 72 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->msg), PyObject *));
LPS_CHECK("field name", offsetof(PyImportErrorObject, name) == 80 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->name), PyObject *));
LPS_CHECK("field path", offsetof(PyImportErrorObject, path) == 88 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->path), PyObject *));
LPS_CHECK("field name_from", offsetof(PyImportErrorObject, name_from) == 96 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->name_from), PyObject *));
//@ record PyUnicodeErrorObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyUnicodeErrorObject) == 112 && _Alignof(PyUnicodeErrorObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyUnicodeErrorObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PyUnicodeErrorObject, dict) == 16 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PyUnicodeErrorObject, args) == 24 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PyUnicodeErrorObject, notes) == 32 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PyUnicodeErrorObject, traceback) == 40 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PyUnicodeErrorObject, context) == 48 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PyUnicodeErrorObject, cause) == 56 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PyUnicodeErrorObject, suppress_context) == 64 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->suppress_context), char));
LPS_CHECK("field encoding", offsetof(PyUnicodeErrorObject, encoding) == 72 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->encoding), PyObject *));
LPS_CHECK("field object", offsetof(PyUnicodeErrorObject, object) == 80 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->object), PyObject *));
LPS_CHECK("field start", offsetof(PyUnicodeErrorObject, start) == 88 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->start), Py_ssize_t));
LPS_CHECK("field end", offsetof(PyUnicodeErrorObject, end) == 96 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->end), Py_ssize_t));
LPS_CHECK("field reason", offsetof(PyUnicodeErrorObject, reason) == 104 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->reason), PyObject *));
//@ record PySystemExitObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PySystemExitObject) == 80 && _Alignof(PySystemExitObject) == 8);
LPS_CHECK("field ob_base", offsetof(PySystemExitObject, ob_base) == 0 && LPS_SAME(__typeof__(((PySystemExitObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PySystemExitObject, dict) == 16 && LPS_SAME(__typeof__(((PySystemExitObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PySystemExitObject, args) == 24 && LPS_SAME(__typeof__(((PySystemExitObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PySystemExitObject, notes) == 32 && LPS_SAME(__typeof__(((PySystemExitObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PySystemExitObject, traceback) == 40 && LPS_SAME(__typeof__(((PySystemExitObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PySystemExitObject, context) == 48 && LPS_SAME(__typeof__(((PySystemExitObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PySystemExitObject, cause) == 56 && LPS_SAME(__typeof__(((PySystemExitObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PySystemExitObject, suppress_context) == 64 && LPS_SAME(__typeof__(((PySystemExitObject *)0)->suppress_context), char));
LPS_CHECK("field code", offsetof(PySystemExitObject, code) == 72 && LPS_SAME(__typeof__(((PySystemExitObject *)0)->code), PyObject *));
//@ record PyOSErrorObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyOSErrorObject) == 112 && _Alignof(PyOSErrorObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyOSErrorObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PyOSErrorObject, dict) == 16 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PyOSErrorObject, args) == 24 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PyOSErrorObject, notes) == 32 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PyOSErrorObject, traceback) == 40 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PyOSErrorObject, context) == 48 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PyOSErrorObject, cause) == 56 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PyOSErrorObject, suppress_context) == 64 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->suppress_context), char));
LPS_CHECK("field myerrno", offsetof(PyOSErrorObject, myerrno) == 72 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->myerrno), PyObject *));
LPS_CHECK("field strerror", offsetof(PyOSErrorObject, strerror) == 80 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->strerror), PyObject *));
LPS_CHECK("field filename", offsetof(PyOSErrorObject, filename) == 88 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->filename), PyObject *));
LPS_CHECK("field filename2", offsetof(PyOSErrorObject, filename2) == 96 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->filename2), PyObject *));
LPS_CHECK("field written", offsetof(PyOSErrorObject, written) == 104 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->written), Py_ssize_t));
//@ record PyStopIterationObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyStopIterationObject) == 80 && _Alignof(PyStopIterationObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyStopIterationObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyStopIterationObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PyStopIterationObject, dict) == 16 && LPS_SAME(__typeof__(((PyStopIterationObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PyStopIterationObject, args) == 24 && LPS_SAME(__typeof__(((PyStopIterationObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PyStopIterationObject, notes) == 32 && LPS_SAME(__typeof__(((PyStopIterationObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PyStopIterationObject, traceback) == 40 && LPS_SAME(__typeof__(((PyStopIterationObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PyStopIterationObject, context) == 48 && LPS_SAME(__typeof__(((PyStopIterationObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PyStopIterationObject, cause) == 56 && LPS_SAME(__typeof__(((PyStopIterationObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PyStopIterationObject, suppress_context) == 64 && LPS_SAME(__typeof__(((PyStopIterationObject *)0)->suppress_context), char));
LPS_CHECK("field value", offsetof(PyStopIterationObject, value) == 72 && LPS_SAME(__typeof__(((PyStopIterationObject *)0)->value), PyObject *));
//@ record PyNameErrorObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyNameErrorObject) == 80 && _Alignof(PyNameErrorObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyNameErrorObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyNameErrorObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PyNameErrorObject, dict) == 16 && LPS_SAME(__typeof__(((PyNameErrorObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PyNameErrorObject, args) == 24 && LPS_SAME(__typeof__(((PyNameErrorObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PyNameErrorObject, notes) == 32 && LPS_SAME(__typeof__(((PyNameErrorObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PyNameErrorObject, traceback) == 40 && LPS_SAME(__typeof__(((PyNameErrorObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PyNameErrorObject, context) == 48 && LPS_SAME(__typeof__(((PyNameErrorObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PyNameErrorObject, cause) == 56 && LPS_SAME(__typeof__(((PyNameErrorObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PyNameErrorObject, suppress_context) == 64 && LPS_SAME(__typeof__(((PyNameErrorObject *)0)->suppress_context), char));
LPS_CHECK("field name", offsetof(PyNameErrorObject, name) == 72 && LPS_SAME(__typeof__(((PyNameErrorObject *)0)->name), PyObject *));
//@ record PyAttributeErrorObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyAttributeErrorObject) == 88 && _Alignof(PyAttributeErrorObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyAttributeErrorObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PyAttributeErrorObject, dict) == 16 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PyAttributeErrorObject, args) == 24 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PyAttributeErrorObject, notes) == 32 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PyAttributeErrorObject, traceback) == 40 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PyAttributeErrorObject, context) == 48 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PyAttributeErrorObject, cause) == 56 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PyAttributeErrorObject, suppress_context) == 64 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->suppress_context), char));
LPS_CHECK("field obj", offsetof(PyAttributeErrorObject, obj) == 72 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->obj), PyObject *));
LPS_CHECK("field name", offsetof(PyAttributeErrorObject, name) == 80 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->name), PyObject *));
//@ record _Py_tss_t =pthread_key_t
LPS_CHECK("its size or alignment", sizeof(struct _Py_tss_t) == 8 && _Alignof(struct _Py_tss_t) == 4);
LPS_CHECK("field _is_initialized", offsetof(struct _Py_tss_t, _is_initialized) == 0 && LPS_SAME(__typeof__(((struct _Py_tss_t *)0)->_is_initialized), int));
LPS_CHECK("field _key", offsetof(struct _Py_tss_t, _key) == 4 && LPS_SAME(__typeof__(((struct _Py_tss_t *)0)->_key), pthread_key_t));
//@ record _PyArg_Parser *PyObject
LPS_CHECK("its size or alignment", sizeof(_PyArg_Parser) == 72 && _Alignof(_PyArg_Parser) == 8);
LPS_CHECK("field initialized", offsetof(_PyArg_Parser, initialized) == 0 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->initialized), int));
LPS_CHECK("field format", offsetof(_PyArg_Parser, format) == 8 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->format), const char *));
LPS_CHECK("field keywords", offsetof(_PyArg_Parser, keywords) == 16 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->keywords), const char * const *));
LPS_CHECK("field fname", offsetof(_PyArg_Parser, fname) == 24 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->fname), const char *));
LPS_CHECK("field custom_msg", offsetof(_PyArg_Parser, custom_msg) == 32 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->custom_msg), const char *));
LPS_CHECK("field pos", offsetof(_PyArg_Parser, pos) == 40 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->pos), int));
LPS_CHECK("field min", offsetof(_PyArg_Parser, min) == 44 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->min), int));
LPS_CHECK("field max", offsetof(_PyArg_Parser, max) == 48 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->max), int));
LPS_CHECK("field kwtuple", offsetof(_PyArg_Parser, kwtuple) == 56 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->kwtuple), PyObject *));
LPS_CHECK("field next", offsetof(_PyArg_Parser, next) == 64 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->next), _PyArg_Parser *));
//@ record PyCompilerFlags
LPS_CHECK("its size or alignment", sizeof(PyCompilerFlags) == 8 && _Alignof(PyCompilerFlags) == 4);
LPS_CHECK("field cf_flags", offsetof(PyCompilerFlags, cf_flags) == 0 && LPS_SAME(__typeof__(((PyCompilerFlags *)0)->cf_flags), int));
LPS_CHECK("field cf_feature_version", offsetof(PyCompilerFlags, cf_feature_version) == 4 && LPS_SAME(__typeof__(((PyCompilerFlags *)0)->cf_feature_version), int));
//@ record _PyCompilerSrcLocation
LPS_CHECK("its size or alignment", sizeof(_PyCompilerSrcLocation) == 16 && _Alignof(_PyCompilerSrcLocation) == 4);
LPS_CHECK("field lineno", offsetof(_PyCompilerSrcLocation, lineno) == 0 && LPS_SAME(__typeof__(((_PyCompilerSrcLocation *)0)->lineno), int));
LPS_CHECK("field end_lineno", offsetof(_PyCompilerSrcLocation, end_lineno) == 4 && LPS_SAME(__typeof__(((_PyCompilerSrcLocation *)0)->end_lineno), int));
LPS_CHECK("field col_offset", offsetof(_PyCompilerSrcLocation, col_offset) == 8 && LPS_SAME(__typeof__(((_PyCompilerSrcLocation *)0)->col_offset), int));
LPS_CHECK("field end_col_offset", offsetof(_PyCompilerSrcLocation, end_col_offset) == 12 && LPS_SAME(__typeof__(((_PyCompilerSrcLocation *)0)->end_col_offset), int));
//@ record PyFutureFeatures =_PyCompilerSrcLocation
LPS_CHECK("its size or alignment", sizeof(PyFutureFeatures) == 20 && _Alignof(PyFutureFeatures) == 4);
LPS_CHECK("field ff_features", offsetof(PyFutureFeatures, ff_features) == 0 && LPS_SAME(__typeof__(((PyFutureFeatures *)0)->ff_features), int));
LPS_CHECK("field ff_location", offsetof(PyFutureFeatures, ff_location) == 4 && LPS_SAME(__typeof__(((PyFutureFeatures *)0)->ff_location), _PyCompilerSrcLocation));
//@ record PyInterpreterConfig
LPS_CHECK("its size or alignment", sizeof(PyInterpreterConfig) == 28 && _Alignof(PyInterpreterConfig) == 4);
LPS_CHECK("field use_main_obmalloc", offsetof(PyInterpreterConfig, use_main_obmalloc) == 0 && LPS_SAME(__typeof__(((PyInterpreterConfig *)0)->use_main_obmalloc), int));
LPS_CHECK("field allow_fork", offsetof(PyInterpreterConfig, allow_fork) == 4 && LPS_SAME(__typeof__(((PyInterpreterConfig *)0)->allow_fork), int));
LPS_CHECK("field allow_exec", offsetof(PyInterpreterConfig, allow_exec) == 8 && LPS_SAME(__typeof__(((PyInterpreterConfig *)0)->allow_exec), int));
LPS_CHECK("field allow_threads", offsetof(PyInterpreterConfig, allow_threads) == 12 && LPS_SAME(__typeof__(((PyInterpreterConfig *)0)->allow_threads), int));
LPS_CHECK("field allow_daemon_threads", offsetof(PyInterpreterConfig, allow_daemon_threads) == 16 && LPS_SAME(__typeof__(((PyInterpreterConfig *)0)->allow_daemon_threads), int));
LPS_CHECK("field check_multi_interp_extensions", offsetof(PyInterpreterConfig, check_multi_interp_extensions) == 20 && LPS_SAME(__typeof__(((PyInterpreterConfig *)0)->check_multi_interp_extensions), int));
LPS_CHECK("field gil", offsetof(PyInterpreterConfig, gil) == 24 && LPS_SAME(__typeof__(((PyInterpreterConfig *)0)->gil), int));
//@ record _inittab *PyObject
LPS_CHECK("its size or alignment", sizeof(struct _inittab) == 16 && _Alignof(struct _inittab) == 8);
LPS_CHECK("field name", offsetof(struct _inittab, name) == 0 && LPS_SAME(__typeof__(((struct _inittab *)0)->name), const char *));
LPS_CHECK("field initfunc", offsetof(struct _inittab, initfunc) == 8 && LPS_SAME(__typeof__(((struct _inittab *)0)->initfunc), PyObject *(*)(void)));
//@ record _frozen *PyObject
LPS_CHECK("its size or alignment", sizeof(struct _frozen) == 32 && _Alignof(struct _frozen) == 8);
LPS_CHECK("field name", offsetof(struct _frozen, name) == 0 && LPS_SAME(__typeof__(((struct _frozen *)0)->name), const char *));
LPS_CHECK("field code", offsetof(struct _frozen, code) == 8 && LPS_SAME(__typeof__(((struct _frozen *)0)->code), const unsigned char *));
LPS_CHECK("field size", offsetof(struct _frozen, size) == 16 && LPS_SAME(__typeof__(((struct _frozen *)0)->size), int));
LPS_CHECK("field is_package", offsetof(struct _frozen, is_package) == 20 && LPS_SAME(__typeof__(((struct _frozen *)0)->is_package), int));
LPS_CHECK("field get_code", offsetof(struct _frozen, get_code) == 24 && LPS_SAME(__typeof__(((struct _frozen *)0)->get_code), PyObject *(*)(void)));
//@ record PyDateTime_Delta =PyObject,Py_hash_t
LPS_CHECK("its size or alignment", sizeof(PyDateTime_Delta) == 40 && _Alignof(PyDateTime_Delta) == 8);
LPS_CHECK("field ob_base", offsetof(PyDateTime_Delta, ob_base) == 0 && LPS_SAME(__typeof__(((PyDateTime_Delta *)0)->ob_base), PyObject));
LPS_CHECK("field hashcode", offsetof(PyDateTime_Delta, hashcode) == 16 && LPS_SAME(__typeof__(((PyDateTime_Delta *)0)->hashcode), Py_hash_t));
LPS_CHECK("field days", offsetof(PyDateTime_Delta, days) == 24 && LPS_SAME(__typeof__(((PyDateTime_Delta *)0)->days), int));
LPS_CHECK("field seconds", offsetof(PyDateTime_Delta, seconds) == 28 && LPS_SAME(__typeof__(((PyDateTime_Delta *)0)->seconds), int));
LPS_CHECK("field microseconds", offsetof(PyDateTime_Delta, microseconds) == 32 && LPS_SAME(__typeof__(((PyDateTime_Delta *)0)->microseconds), int));
//@ record PyDateTime_TZInfo =PyObject
LPS_CHECK("its size or alignment", sizeof(PyDateTime_TZInfo) == 16 && _Alignof(PyDateTime_TZInfo) == 8);
LPS_CHECK("field ob_base", offsetof(PyDateTime_TZInfo, ob_base) == 0 && LPS_SAME(__typeof__(((PyDateTime_TZInfo *)0)->ob_base), PyObject));
//@ record _PyDateTime_BaseTZInfo =PyObject,Py_hash_t
LPS_CHECK("its size or alignment", sizeof(_PyDateTime_BaseTZInfo) == 32 && _Alignof(_PyDateTime_BaseTZInfo) == 8);
LPS_CHECK("field ob_base", offsetof(_PyDateTime_BaseTZInfo, ob_base) == 0 && LPS_SAME(__typeof__(((_PyDateTime_BaseTZInfo *)0)->ob_base), PyObject));
LPS_CHECK("field hashcode", offsetof(_PyDateTime_BaseTZInfo, hashcode) == 16 && LPS_SAME(__typeof__(((_PyDateTime_BaseTZInfo *)0)->hashcode), Py_hash_t));
LPS_CHECK("field hastzinfo", offsetof(_PyDateTime_BaseTZInfo, hastzinfo) == 24 && LPS_SAME(__typeof__(((_PyDateTime_BaseTZInfo *)0)->hastzinfo), char));
//@ record _PyDateTime_BaseTime =PyObject,Py_hash_t
LPS_CHECK("its size or alignment", sizeof(_PyDateTime_BaseTime) == 32 && _Alignof(_PyDateTime_BaseTime) == 8);
LPS_CHECK("field ob_base", offsetof(_PyDateTime_BaseTime, ob_base) == 0 && LPS_SAME(__typeof__(((_PyDateTime_BaseTime *)0)->ob_base), PyObject));
LPS_CHECK("field hashcode", offsetof(_PyDateTime_BaseTime, hashcode) == 16 && LPS_SAME(__typeof__(((_PyDateTime_BaseTime *)0)->hashcode), Py_hash_t));
LPS_CHECK("field hastzinfo", offsetof(_PyDateTime_BaseTime, hastzinfo) == 24 && LPS_SAME(__typeof__(((_PyDateTime_BaseTime *)0)->hastzinfo), char));
LPS_CHECK("field data", offsetof(_PyDateTime_BaseTime, data) == 25 && LPS_SAME(__typeof__(((_PyDateTime_BaseTime *)0)->data), unsigned char [6]));
//@ record PyDateTime_Time =PyObject,Py_hash_t *PyObject
LPS_CHECK("its size or alignment", sizeof(PyDateTime_Time) == 40 && _Alignof(PyDateTime_Time) == 8);
LPS_CHECK("field ob_base", offsetof(PyDateTime_Time, ob_base) == 0 && LPS_SAME(__typeof__(((PyDateTime_Time *)0)->ob_base), PyObject));
LPS_CHECK("field hashcode", offsetof(PyDateTime_Time, hashcode) == 16 && LPS_SAME(__typeof__(((PyDateTime_Time *)0)->hashcode), Py_hash_t));
LPS_CHECK("field hastzinfo", offsetof(PyDateTime_Time, hastzinfo) == 24 && LPS_SAME(__typeof__(((PyDateTime_Time *)0)->hastzinfo), char));
LPS_CHECK("field data", offsetof(PyDateTime_Time, data) == 25 && LPS_SAME(__typeof__(((PyDateTime_Time *)0)->data), unsigned char [6]));
LPS_CHECK("field fold", offsetof(PyDateTime_Time, fold) == 31 && LPS_SAME(__typeof__(((PyDateTime_Time *)0)->fold), unsigned char));
LPS_CHECK("field tzinfo", offsetof(PyDateTime_Time, tzinfo) == 32 && LPS_SAME(__typeof__(((PyDateTime_Time *)0)->tzinfo), PyObject *));
//@ record PyDateTime_Date =PyObject,Py_hash_t
LPS_CHECK("its size or alignment", sizeof(PyDateTime_Date) == 32 && _Alignof(PyDateTime_Date) == 8);
LPS_CHECK("field ob_base", offsetof(PyDateTime_Date, ob_base) == 0 && LPS_SAME(__typeof__(((PyDateTime_Date *)0)->ob_base), PyObject));
LPS_CHECK("field hashcode", offsetof(PyDateTime_Date, hashcode) == 16 && LPS_SAME(__typeof__(((PyDateTime_Date *)0)->hashcode), Py_hash_t));
LPS_CHECK("field hastzinfo", offsetof(PyDateTime_Date, hastzinfo) == 24 && LPS_SAME(__typeof__(((PyDateTime_Date *)0)->hastzinfo), char));
LPS_CHECK("field data", offsetof(PyDateTime_Date, data) == 25 && LPS_SAME(__typeof__(((PyDateTime_Date *)0)->data), unsigned char [4]));
//@ record _PyDateTime_BaseDateTime =PyObject,Py_hash_t
LPS_CHECK("its size or alignment", sizeof(_PyDateTime_BaseDateTime) == 40 && _Alignof(_PyDateTime_BaseDateTime) == 8);
LPS_CHECK("field ob_base", offsetof(_PyDateTime_BaseDateTime, ob_base) == 0 && LPS_SAME(__typeof__(((_PyDateTime_BaseDateTime *)0)->ob_base), PyObject));
LPS_CHECK("field hashcode", offsetof(_PyDateTime_BaseDateTime, hashcode) == 16 && LPS_SAME(__typeof__(((_PyDateTime_BaseDateTime *)0)->hashcode), Py_hash_t));
LPS_CHECK("field hastzinfo", offsetof(_PyDateTime_BaseDateTime, hastzinfo) == 24 && LPS_SAME(__typeof__(((_PyDateTime_BaseDateTime *)0)->hastzinfo), char));
LPS_CHECK("field data", offsetof(_PyDateTime_BaseDateTime, data) == 25 && LPS_SAME(__typeof__(((_PyDateTime_BaseDateTime *)0)->data), unsigned char [10]));
//@ record PyDateTime_DateTime =PyObject,Py_hash_t *PyObject
LPS_CHECK("its size or alignment", sizeof(PyDateTime_DateTime) == 48 && _Alignof(PyDateTime_DateTime) == 8);
LPS_CHECK("field ob_base", offsetof(PyDateTime_DateTime, ob_base) == 0 && LPS_SAME(__typeof__(((PyDateTime_DateTime *)0)->ob_base), PyObject));
LPS_CHECK("field hashcode", offsetof(PyDateTime_DateTime, hashcode) == 16 && LPS_SAME(__typeof__(((PyDateTime_DateTime *)0)->hashcode), Py_hash_t));
LPS_CHECK("field hastzinfo", offsetof(PyDateTime_DateTime, hastzinfo) == 24 && LPS_SAME(__typeof__(((PyDateTime_DateTime *)0)->hastzinfo), char));
LPS_CHECK("field data", offsetof(PyDateTime_DateTime, data) == 25 && LPS_SAME(__typeof__(((PyDateTime_DateTime *)0)->data), unsigned char [10]));
LPS_CHECK("field fold", offsetof(PyDateTime_DateTime, fold) == 35 && LPS_SAME(__typeof__(((PyDateTime_DateTime *)0)->fold), unsigned char));
LPS_CHECK("field tzinfo", offsetof(PyDateTime_DateTime, tzinfo) == 40 && LPS_SAME(__typeof__(((PyDateTime_DateTime *)0)->tzinfo), PyObject *));
//@ record PyDateTime_CAPI *PyObject,PyTypeObject
LPS_CHECK("its size or alignment", sizeof(PyDateTime_CAPI) == 120 && _Alignof(PyDateTime_CAPI) == 8);
LPS_CHECK("field DateType", offsetof(PyDateTime_CAPI, DateType) == 0 && LPS_SAME(__typeof__(((PyDateTime_CAPI *)0)->DateType), PyTypeObject *));
LPS_CHECK("field DateTimeType", offsetof(PyDateTime_CAPI, DateTimeType) == 8 && LPS_SAME(__typeof__(((PyDateTime_CAPI *)0)->DateTimeType), PyTypeObject *));
LPS_CHECK("field TimeType", offsetof(PyDateTime_CAPI, TimeType) == 16 && LPS_SAME(__typeof__(((PyDateTime_CAPI *)0)->TimeType), PyTypeObject *));
LPS_CHECK("field DeltaType", offsetof(PyDateTime_CAPI, DeltaType) == 24 && LPS_SAME(__typeof__(((PyDateTime_CAPI *)0)->DeltaType), PyTypeObject *));
LPS_CHECK("field TZInfoType", offsetof(PyDateTime_CAPI, TZInfoType) == 32 && LPS_SAME(__typeof__(((PyDateTime_CAPI *)0)->TZInfoType), PyTypeObject *));
LPS_CHECK("field TimeZone_UTC", offsetof(PyDateTime_CAPI, TimeZone_UTC) == 40 && LPS_SAME(__typeof__(((PyDateTime_CAPI *)0)->TimeZone_UTC), PyObject *));
LPS_CHECK("field Date_FromDate", offsetof(PyDateTime_CAPI, Date_FromDate) == 48 && LPS_SAME(__typeof__(((PyDateTime_CAPI *)0)->Date_FromDate), PyObject *(*)(int, int, int, PyTypeObject *)));
LPS_CHECK("field DateTime_FromDateAndTime", offsetof(PyDateTime_CAPI, DateTime_FromDateAndTime) == 56 && LPS_SAME(__typeof__(((PyDateTime_CAPI *)0)->DateTime_FromDateAndTime), PyObject *(*)(int, int, int, int, int, int, int, PyObject *, PyTypeObject *)));
LPS_CHECK("field Time_FromTime", offsetof(PyDateTime_CAPI, Time_FromTime) == 64 && LPS_SAME(__typeof__(((PyDateTime_CAPI *)0)->Time_FromTime), PyObject *(*)(int, int, int, int, PyObject *, PyTypeObject *)));
LPS_CHECK("field Delta_FromDelta", offsetof(PyDateTime_CAPI, Delta_FromDelta) == 72 && LPS_SAME(__typeof__(((PyDateTime_CAPI *)0)->Delta_FromDelta), PyObject *(*)(int, int, int, int, PyTypeObject *)));
LPS_CHECK("field TimeZone_FromTimeZone", offsetof(PyDateTime_CAPI, TimeZone_FromTimeZone) == 80 && LPS_SAME(__typeof__(((PyDateTime_CAPI *)0)->TimeZone_FromTimeZone), PyObject *(*)(PyObject *, PyObject *)));
LPS_CHECK("field DateTime_FromTimestamp", offsetof(PyDateTime_CAPI, DateTime_FromTimestamp) == 88 && LPS_SAME(__typeof__(((PyDateTime_CAPI *)0)->DateTime_FromTimestamp), PyObject *(*)(PyObject *, PyObject *, PyObject *)));
LPS_CHECK("field Date_FromTimestamp", offsetof(PyDateTime_CAPI, Date_FromTimestamp) == 96 && LPS_SAME(__typeof__(((PyDateTime_CAPI *)0)->Date_FromTimestamp), PyObject *(*)(PyObject *, PyObject *)));
LPS_CHECK("field DateTime_FromDateAndTimeAndFold", offsetof(PyDateTime_CAPI, DateTime_FromDateAndTimeAndFold) == 104 && LPS_SAME(__typeof__(((PyDateTime_CAPI *)0)->DateTime_FromDateAndTimeAndFold), PyObject *(*)(int, int, int, int, int, int, int, PyObject *, int, PyTypeObject *)));
LPS_CHECK("field Time_FromTimeAndFold", offsetof(PyDateTime_CAPI, Time_FromTimeAndFold) == 112 && LPS_SAME(__typeof__(((PyDateTime_CAPI *)0)->Time_FromTimeAndFold), PyObject *(*)(int, int, int, int, PyObject *, int, PyTypeObject *)));
//@ alias PyCFunction *PyObject
LPS_CHECK("its type", LPS_SAME(PyCFunction, PyObject *(*)(PyObject *, PyObject *)));
//@ alias PyCFunctionWithKeywords *PyObject
LPS_CHECK("its type", LPS_SAME(PyCFunctionWithKeywords, PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ alias PyCMethod *PyObject,PyTypeObject
LPS_CHECK("its type", LPS_SAME(PyCMethod, PyObject *(*)(PyObject *, PyTypeObject *, PyObject * const *, size_t, PyObject *)));
//@ alias PyCapsule_Destructor *PyObject
LPS_CHECK("its type", LPS_SAME(PyCapsule_Destructor, void (*)(PyObject *)));
//@ alias PyCodeAddressRange *_line_offsets
LPS_CHECK("its type", LPS_SAME(PyCodeAddressRange, struct _line_offsets));
//@ alias PyCodeEvent
LPS_CHECK("its type", LPS_SAME(PyCodeEvent, unsigned int));
//@ alias PyCode_WatchCallback =PyCodeEvent *PyCodeObject
LPS_CHECK("its type", LPS_SAME(PyCode_WatchCallback, int (*)(PyCodeEvent, PyCodeObject *)));
//@ alias PyContext *_pycontextobject
LPS_CHECK("its type", LPS_SAME(PyContext, struct _pycontextobject));
//@ alias PyContextToken *_pycontexttokenobject
LPS_CHECK("its type", LPS_SAME(PyContextToken, struct _pycontexttokenobject));
//@ alias PyContextVar *_pycontextvarobject
LPS_CHECK("its type", LPS_SAME(PyContextVar, struct _pycontextvarobject));
//@ alias PyDictKeysObject *_dictkeysobject
LPS_CHECK("its type", LPS_SAME(PyDictKeysObject, struct _dictkeysobject));
//@ alias PyDictValues *_dictvalues
LPS_CHECK("its type", LPS_SAME(PyDictValues, struct _dictvalues));
//@ alias PyDict_WatchCallback =PyDict_WatchEvent *PyObject
LPS_CHECK("its type", LPS_SAME(PyDict_WatchCallback, int (*)(PyDict_WatchEvent, PyObject *, PyObject *, PyObject *)));
//@ alias PyDict_WatchEvent
LPS_CHECK("its type", LPS_SAME(PyDict_WatchEvent, unsigned int));
//@ alias PyEnvironmentErrorObject *PyOSErrorObject
LPS_CHECK("its type", LPS_SAME(PyEnvironmentErrorObject, PyOSErrorObject));
//@ alias PyFrameObject *_frame
LPS_CHECK("its type", LPS_SAME(PyFrameObject, struct _frame));
//@ alias PyFunction_WatchCallback =PyFunction_WatchEvent *PyFunctionObject,PyObject
LPS_CHECK("its type", LPS_SAME(PyFunction_WatchCallback, int (*)(PyFunction_WatchEvent, PyFunctionObject *, PyObject *)));
//@ alias PyFunction_WatchEvent
LPS_CHECK("its type", LPS_SAME(PyFunction_WatchEvent, unsigned int));
//@ alias PyGILState_STATE
LPS_CHECK("its type", LPS_SAME(PyGILState_STATE, unsigned int));
//@ alias PyHeapTypeObject *_heaptypeobject
LPS_CHECK("its type", LPS_SAME(PyHeapTypeObject, struct _heaptypeobject));
//@ alias PyInterpreterState *_is
LPS_CHECK("its type", LPS_SAME(PyInterpreterState, struct _is));
//@ alias PyLockStatus
LPS_CHECK("its type", LPS_SAME(PyLockStatus, unsigned int));
//@ alias PyLongObject *_longobject
LPS_CHECK("its type", LPS_SAME(PyLongObject, struct _longobject));
//@ alias PyMemAllocatorDomain
LPS_CHECK("its type", LPS_SAME(PyMemAllocatorDomain, unsigned int));
//@ alias PyMemAllocatorName
LPS_CHECK("its type", LPS_SAME(PyMemAllocatorName, unsigned int));
//@ alias PyODictObject *_odictobject
LPS_CHECK("its type", LPS_SAME(PyODictObject, struct _odictobject));
//@ alias PyOS_sighandler_t
LPS_CHECK("its type", LPS_SAME(PyOS_sighandler_t, void (*)(int)));
//@ alias PyObject *_object
LPS_CHECK("its type", LPS_SAME(PyObject, struct _object));
//@ alias PySendResult
LPS_CHECK("its type", LPS_SAME(PySendResult, int));
//@ alias PyStructSequence *PyTupleObject
LPS_CHECK("its type", LPS_SAME(PyStructSequence, PyTupleObject));
//@ alias PyThreadState *_ts
LPS_CHECK("its type", LPS_SAME(PyThreadState, struct _ts));
//@ alias PyThread_type_lock
LPS_CHECK("its type", LPS_SAME(PyThread_type_lock, void *));
//@ alias PyTracebackObject *_traceback
LPS_CHECK("its type", LPS_SAME(PyTracebackObject, struct _traceback));
//@ alias PyTypeObject *_typeobject
LPS_CHECK("its type", LPS_SAME(PyTypeObject, struct _typeobject));
//@ alias PyType_WatchCallback *PyTypeObject
LPS_CHECK("its type", LPS_SAME(PyType_WatchCallback, int (*)(PyTypeObject *)));
//@ alias PyUnicode_Kind
LPS_CHECK("its type", LPS_SAME(enum PyUnicode_Kind, unsigned int));
//@ alias PyWeakReference *_PyWeakReference
LPS_CHECK("its type", LPS_SAME(PyWeakReference, struct _PyWeakReference));
//@ alias Py_AuditHookFunction *PyObject
LPS_CHECK("its type", LPS_SAME(Py_AuditHookFunction, int (*)(const char *, PyObject *, void *)));
//@ alias Py_OpenCodeHookFunction *PyObject
LPS_CHECK("its type", LPS_SAME(Py_OpenCodeHookFunction, PyObject *(*)(PyObject *, void *)));
//@ alias Py_UCS1
LPS_CHECK("its type", LPS_SAME(Py_UCS1, uint8_t));
//@ alias Py_UCS2
LPS_CHECK("its type", LPS_SAME(Py_UCS2, uint16_t));
//@ alias Py_UCS4
LPS_CHECK("its type", LPS_SAME(Py_UCS4, uint32_t));
//@ alias Py_UNICODE
LPS_CHECK("its type", LPS_SAME(Py_UNICODE, wchar_t));
//@ alias Py_hash_t
LPS_CHECK("its type", LPS_SAME(Py_hash_t, Py_ssize_t));
//@ alias Py_intptr_t
LPS_CHECK("its type", LPS_SAME(Py_intptr_t, Py_ssize_t));
//@ alias Py_ssize_clean_t
LPS_CHECK("its type", LPS_SAME(Py_ssize_clean_t, Py_ssize_t));
//@ alias Py_tracefunc *PyFrameObject,PyObject
LPS_CHECK("its type", LPS_SAME(Py_tracefunc, int (*)(PyObject *, PyFrameObject *, int, PyObject *)));
//@ alias Py_tss_t *_Py_tss_t
LPS_CHECK("its type", LPS_SAME(Py_tss_t, struct _Py_tss_t));
//@ alias Py_uhash_t
LPS_CHECK("its type", LPS_SAME(Py_uhash_t, size_t));
//@ alias Py_uintptr_t
LPS_CHECK("its type", LPS_SAME(Py_uintptr_t, size_t));
//@ alias _PyCFunctionFast *PyObject
LPS_CHECK("its type", LPS_SAME(_PyCFunctionFast, PyObject *(*)(PyObject *, PyObject * const *, Py_ssize_t)));
//@ alias _PyCFunctionFastWithKeywords *PyObject
LPS_CHECK("its type", LPS_SAME(_PyCFunctionFastWithKeywords, PyObject *(*)(PyObject *, PyObject * const *, Py_ssize_t, PyObject *)));
//@ alias _PyCodeLocationInfoKind
LPS_CHECK("its type", LPS_SAME(_PyCodeLocationInfoKind, unsigned int));
//@ alias _PyCrossInterpreterData *_xid
LPS_CHECK("its type", LPS_SAME(_PyCrossInterpreterData, struct _xid));
//@ alias _PyErr_StackItem *_err_stackitem
LPS_CHECK("its type", LPS_SAME(_PyErr_StackItem, struct _err_stackitem));
//@ alias _PyFrameEvalFunction *PyObject,PyThreadState,_PyInterpreterFrame
LPS_CHECK("its type", LPS_SAME(_PyFrameEvalFunction, PyObject *(*)(PyThreadState *, struct _PyInterpreterFrame *, int)));
//@ alias _PyStackChunk *_stack_chunk
LPS_CHECK("its type", LPS_SAME(_PyStackChunk, struct _stack_chunk));
//@ alias _PyTime_round_t
LPS_CHECK("its type", LPS_SAME(_PyTime_round_t, unsigned int));
//@ alias _PyTime_t
LPS_CHECK("its type", LPS_SAME(_PyTime_t, int64_t));
//@ alias allocfunc *PyObject,PyTypeObject
LPS_CHECK("its type", LPS_SAME(allocfunc, PyObject *(*)(PyTypeObject *, Py_ssize_t)));
//@ alias atexit_datacallbackfunc
LPS_CHECK("its type", LPS_SAME(atexit_datacallbackfunc, void (*)(void *)));
//@ alias binaryfunc *PyObject
LPS_CHECK("its type", LPS_SAME(binaryfunc, PyObject *(*)(PyObject *, PyObject *)));
//@ alias crossinterpdatafunc *PyObject,PyThreadState,_PyCrossInterpreterData
LPS_CHECK("its type", LPS_SAME(crossinterpdatafunc, int (*)(PyThreadState *, PyObject *, _PyCrossInterpreterData *)));
//@ alias descrgetfunc *PyObject
LPS_CHECK("its type", LPS_SAME(descrgetfunc, PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ alias descrsetfunc *PyObject
LPS_CHECK("its type", LPS_SAME(descrsetfunc, int (*)(PyObject *, PyObject *, PyObject *)));
//@ alias destructor *PyObject
LPS_CHECK("its type", LPS_SAME(destructor, void (*)(PyObject *)));
//@ alias digit
LPS_CHECK("its type", LPS_SAME(digit, uint32_t));
//@ alias freefunc
LPS_CHECK("its type", LPS_SAME(freefunc, void (*)(void *)));
//@ alias gcvisitobjects_t *PyObject
LPS_CHECK("its type", LPS_SAME(gcvisitobjects_t, int (*)(PyObject *, void *)));
//@ alias getattrfunc *PyObject
LPS_CHECK("its type", LPS_SAME(getattrfunc, PyObject *(*)(PyObject *, char *)));
//@ alias getattrofunc *PyObject
LPS_CHECK("its type", LPS_SAME(getattrofunc, PyObject *(*)(PyObject *, PyObject *)));
//@ alias getbufferproc *PyObject,Py_buffer
LPS_CHECK("its type", LPS_SAME(getbufferproc, int (*)(PyObject *, Py_buffer *, int)));
//@ alias getiterfunc *PyObject
LPS_CHECK("its type", LPS_SAME(getiterfunc, PyObject *(*)(PyObject *)));
//@ alias getter *PyObject
LPS_CHECK("its type", LPS_SAME(getter, PyObject *(*)(PyObject *, void *)));
//@ alias hashfunc =Py_hash_t *PyObject
LPS_CHECK("its type", LPS_SAME(hashfunc, Py_hash_t (*)(PyObject *)));
//@ alias initproc *PyObject
LPS_CHECK("its type", LPS_SAME(initproc, int (*)(PyObject *, PyObject *, PyObject *)));
//@ alias inquiry *PyObject
LPS_CHECK("its type", LPS_SAME(inquiry, int (*)(PyObject *)));
//@ alias iternextfunc *PyObject
LPS_CHECK("its type", LPS_SAME(iternextfunc, PyObject *(*)(PyObject *)));
//@ alias lenfunc *PyObject
LPS_CHECK("its type", LPS_SAME(lenfunc, Py_ssize_t (*)(PyObject *)));
//@ alias newfunc *PyObject,PyTypeObject
LPS_CHECK("its type", LPS_SAME(newfunc, PyObject *(*)(PyTypeObject *, PyObject *, PyObject *)));
//@ alias objobjargproc *PyObject
LPS_CHECK("its type", LPS_SAME(objobjargproc, int (*)(PyObject *, PyObject *, PyObject *)));
//@ alias objobjproc *PyObject
LPS_CHECK("its type", LPS_SAME(objobjproc, int (*)(PyObject *, PyObject *)));
//@ alias pthread_key_t
LPS_CHECK("its type", LPS_SAME(pthread_key_t, unsigned int));
//@ alias releasebufferproc *PyObject,Py_buffer
LPS_CHECK("its type", LPS_SAME(releasebufferproc, void (*)(PyObject *, Py_buffer *)));
//@ alias reprfunc *PyObject
LPS_CHECK("its type", LPS_SAME(reprfunc, PyObject *(*)(PyObject *)));
//@ alias richcmpfunc *PyObject
LPS_CHECK("its type", LPS_SAME(richcmpfunc, PyObject *(*)(PyObject *, PyObject *, int)));
//@ alias sendfunc =PySendResult *PyObject
LPS_CHECK("its type", LPS_SAME(sendfunc, PySendResult (*)(PyObject *, PyObject *, PyObject **)));
//@ alias setattrfunc *PyObject
LPS_CHECK("its type", LPS_SAME(setattrfunc, int (*)(PyObject *, char *, PyObject *)));
//@ alias setattrofunc *PyObject
LPS_CHECK("its type", LPS_SAME(setattrofunc, int (*)(PyObject *, PyObject *, PyObject *)));
//@ alias setter *PyObject
LPS_CHECK("its type", LPS_SAME(setter, int (*)(PyObject *, PyObject *, void *)));
//@ alias ssizeargfunc *PyObject
LPS_CHECK("its type", LPS_SAME(ssizeargfunc, PyObject *(*)(PyObject *, Py_ssize_t)));
//@ alias ssizeobjargproc *PyObject
LPS_CHECK("its type", LPS_SAME(ssizeobjargproc, int (*)(PyObject *, Py_ssize_t, PyObject *)));
//@ alias ternaryfunc *PyObject
LPS_CHECK("its type", LPS_SAME(ternaryfunc, PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ alias traverseproc =visitproc *PyObject
LPS_CHECK("its type", LPS_SAME(traverseproc, int (*)(PyObject *, visitproc, void *)));
//@ alias unaryfunc *PyObject
LPS_CHECK("its type", LPS_SAME(unaryfunc, PyObject *(*)(PyObject *)));
//@ alias vectorcallfunc *PyObject
LPS_CHECK("its type", LPS_SAME(vectorcallfunc, PyObject *(*)(PyObject *, PyObject * const *, size_t, PyObject *)));
//@ alias visitproc *PyObject
LPS_CHECK("its type", LPS_SAME(visitproc, int (*)(PyObject *, void *)));
//@ alias wrapperfunc *PyObject
LPS_CHECK("its type", LPS_SAME(wrapperfunc, PyObject *(*)(PyObject *, PyObject *, void *)));
//@ alias xid_freefunc
LPS_CHECK("its type", LPS_SAME(xid_freefunc, void (*)(void *)));
//@ alias xid_newobjectfunc *PyObject,_PyCrossInterpreterData
LPS_CHECK("its type", LPS_SAME(xid_newobjectfunc, PyObject *(*)(_PyCrossInterpreterData *)));
//@ const PY_RELEASE_LEVEL_ALPHA
LPS_CHECK("its value or type", (PY_RELEASE_LEVEL_ALPHA) == 10LL && LPS_SAME(__typeof__(PY_RELEASE_LEVEL_ALPHA), int));
//@ const PY_RELEASE_LEVEL_BETA
LPS_CHECK("its value or type", (PY_RELEASE_LEVEL_BETA) == 11LL && LPS_SAME(__typeof__(PY_RELEASE_LEVEL_BETA), int));
//@ const PY_RELEASE_LEVEL_GAMMA
LPS_CHECK("its value or type", (PY_RELEASE_LEVEL_GAMMA) == 12LL && LPS_SAME(__typeof__(PY_RELEASE_LEVEL_GAMMA), int));
//@ const PY_RELEASE_LEVEL_FINAL
LPS_CHECK("its value or type", (PY_RELEASE_LEVEL_FINAL) == 15LL && LPS_SAME(__typeof__(PY_RELEASE_LEVEL_FINAL), int));
//@ const PY_LLONG_MIN
LPS_CHECK("its value or type", (PY_LLONG_MIN) == (-9223372036854775807LL - 1) && LPS_SAME(__typeof__(PY_LLONG_MIN), long long));
//@ const PY_LLONG_MAX
LPS_CHECK("its value or type", (PY_LLONG_MAX) == 9223372036854775807LL && LPS_SAME(__typeof__(PY_LLONG_MAX), long long));
//@ const PY_ULLONG_MAX
LPS_CHECK("its value or type", (PY_ULLONG_MAX) == 18446744073709551615ULL && LPS_SAME(__typeof__(PY_ULLONG_MAX), unsigned long long));
//@ const PYLONG_BITS_IN_DIGIT
LPS_CHECK("its value or type", (PYLONG_BITS_IN_DIGIT) == 30LL && LPS_SAME(__typeof__(PYLONG_BITS_IN_DIGIT), int));
//@ const PY_SSIZE_T_MAX
LPS_CHECK("its value or type", (PY_SSIZE_T_MAX) == 9223372036854775807LL && LPS_SAME(__typeof__(PY_SSIZE_T_MAX), long));
//@ const PY_SSIZE_T_MIN
LPS_CHECK("its value or type", (PY_SSIZE_T_MIN) == (-9223372036854775807LL - 1) && LPS_SAME(__typeof__(PY_SSIZE_T_MIN), long));
//@ const PY_SIZE_MAX
LPS_CHECK("its value or type", (PY_SIZE_MAX) == 18446744073709551615ULL && LPS_SAME(__typeof__(PY_SIZE_MAX), unsigned long));
//@ const PY_FORMAT_SIZE_T
LPS_CHECK("its value or type", sizeof(PY_FORMAT_SIZE_T) == 2 && __builtin_strcmp(PY_FORMAT_SIZE_T, "z") == 0);
//@ const PY_BIG_ENDIAN
LPS_CHECK("its value or type", (PY_BIG_ENDIAN) == 0LL && LPS_SAME(__typeof__(PY_BIG_ENDIAN), int));
//@ const PY_LITTLE_ENDIAN
LPS_CHECK("its value or type", (PY_LITTLE_ENDIAN) == 1LL && LPS_SAME(__typeof__(PY_LITTLE_ENDIAN), int));
//@ const PY_DWORD_MAX
LPS_CHECK("its value or type", (PY_DWORD_MAX) == 4294967295ULL && LPS_SAME(__typeof__(PY_DWORD_MAX), unsigned int));
//@ const Py_MATH_PI
LPS_CHECK("its value or type", (Py_MATH_PI) == 3.141592653589793);
//@ const Py_MATH_E
LPS_CHECK("its value or type", (Py_MATH_E) == 2.718281828459045);
//@ const PyBUF_MAX_NDIM
LPS_CHECK("its value or type", (PyBUF_MAX_NDIM) == 64LL && LPS_SAME(__typeof__(PyBUF_MAX_NDIM), int));
//@ const PyBUF_SIMPLE
LPS_CHECK("its value or type", (PyBUF_SIMPLE) == 0LL && LPS_SAME(__typeof__(PyBUF_SIMPLE), int));
//@ const PyBUF_WRITABLE
LPS_CHECK("its value or type", (PyBUF_WRITABLE) == 1LL && LPS_SAME(__typeof__(PyBUF_WRITABLE), int));
//@ const PyBUF_WRITEABLE
LPS_CHECK("its value or type", (PyBUF_WRITEABLE) == 1LL && LPS_SAME(__typeof__(PyBUF_WRITEABLE), int));
//@ const PyBUF_FORMAT
LPS_CHECK("its value or type", (PyBUF_FORMAT) == 4LL && LPS_SAME(__typeof__(PyBUF_FORMAT), int));
//@ const PyBUF_ND
LPS_CHECK("its value or type", (PyBUF_ND) == 8LL && LPS_SAME(__typeof__(PyBUF_ND), int));
//@ const PyBUF_STRIDES
LPS_CHECK("its value or type", (PyBUF_STRIDES) == 24LL && LPS_SAME(__typeof__(PyBUF_STRIDES), int));
//@ const PyBUF_C_CONTIGUOUS
LPS_CHECK("its value or type", (PyBUF_C_CONTIGUOUS) == 56LL && LPS_SAME(__typeof__(PyBUF_C_CONTIGUOUS), int));
//@ const PyBUF_F_CONTIGUOUS
LPS_CHECK("its value or type", (PyBUF_F_CONTIGUOUS) == 88LL && LPS_SAME(__typeof__(PyBUF_F_CONTIGUOUS), int));
//@ const PyBUF_ANY_CONTIGUOUS
LPS_CHECK("its value or type", (PyBUF_ANY_CONTIGUOUS) == 152LL && LPS_SAME(__typeof__(PyBUF_ANY_CONTIGUOUS), int));
//@ const PyBUF_INDIRECT
LPS_CHECK("its value or type", (PyBUF_INDIRECT) == 280LL && LPS_SAME(__typeof__(PyBUF_INDIRECT), int));
//@ const PyBUF_CONTIG
LPS_CHECK("its value or type", (PyBUF_CONTIG) == 9LL && LPS_SAME(__typeof__(PyBUF_CONTIG), int));
//@ const PyBUF_CONTIG_RO
LPS_CHECK("its value or type", (PyBUF_CONTIG_RO) == 8LL && LPS_SAME(__typeof__(PyBUF_CONTIG_RO), int));
//@ const PyBUF_STRIDED
LPS_CHECK("its value or type", (PyBUF_STRIDED) == 25LL && LPS_SAME(__typeof__(PyBUF_STRIDED), int));
//@ const PyBUF_STRIDED_RO
LPS_CHECK("its value or type", (PyBUF_STRIDED_RO) == 24LL && LPS_SAME(__typeof__(PyBUF_STRIDED_RO), int));
//@ const PyBUF_RECORDS
LPS_CHECK("its value or type", (PyBUF_RECORDS) == 29LL && LPS_SAME(__typeof__(PyBUF_RECORDS), int));
//@ const PyBUF_RECORDS_RO
LPS_CHECK("its value or type", (PyBUF_RECORDS_RO) == 28LL && LPS_SAME(__typeof__(PyBUF_RECORDS_RO), int));
//@ const PyBUF_FULL
LPS_CHECK("its value or type", (PyBUF_FULL) == 285LL && LPS_SAME(__typeof__(PyBUF_FULL), int));
//@ const PyBUF_FULL_RO
LPS_CHECK("its value or type", (PyBUF_FULL_RO) == 284LL && LPS_SAME(__typeof__(PyBUF_FULL_RO), int));
//@ const PyBUF_READ
LPS_CHECK("its value or type", (PyBUF_READ) == 256LL && LPS_SAME(__typeof__(PyBUF_READ), int));
//@ const PyBUF_WRITE
LPS_CHECK("its value or type", (PyBUF_WRITE) == 512LL && LPS_SAME(__typeof__(PyBUF_WRITE), int));
//@ const _Py_IMMORTAL_REFCNT
LPS_CHECK("its value or type", (_Py_IMMORTAL_REFCNT) == 4294967295ULL && LPS_SAME(__typeof__(_Py_IMMORTAL_REFCNT), unsigned int));
//@ const Py_INVALID_SIZE
LPS_CHECK("its value or type", (Py_INVALID_SIZE) == (-1LL) && LPS_SAME(__typeof__(Py_INVALID_SIZE), long));
//@ const Py_PRINT_RAW
LPS_CHECK("its value or type", (Py_PRINT_RAW) == 1LL && LPS_SAME(__typeof__(Py_PRINT_RAW), int));
//@ const _Py_TPFLAGS_STATIC_BUILTIN
LPS_CHECK("its value or type", (_Py_TPFLAGS_STATIC_BUILTIN) == 2ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_MANAGED_WEAKREF
LPS_CHECK("its value or type", (Py_TPFLAGS_MANAGED_WEAKREF) == 8ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_MANAGED_DICT
LPS_CHECK("its value or type", (Py_TPFLAGS_MANAGED_DICT) == 16ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_PREHEADER
LPS_CHECK("its value or type", (Py_TPFLAGS_PREHEADER) == 24ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_SEQUENCE
LPS_CHECK("its value or type", (Py_TPFLAGS_SEQUENCE) == 32ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_MAPPING
LPS_CHECK("its value or type", (Py_TPFLAGS_MAPPING) == 64ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_DISALLOW_INSTANTIATION
LPS_CHECK("its value or type", (Py_TPFLAGS_DISALLOW_INSTANTIATION) == 128ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_IMMUTABLETYPE
LPS_CHECK("its value or type", (Py_TPFLAGS_IMMUTABLETYPE) == 256ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_HEAPTYPE
LPS_CHECK("its value or type", (Py_TPFLAGS_HEAPTYPE) == 512ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_BASETYPE
LPS_CHECK("its value or type", (Py_TPFLAGS_BASETYPE) == 1024ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_HAVE_VECTORCALL
LPS_CHECK("its value or type", (Py_TPFLAGS_HAVE_VECTORCALL) == 2048ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const _Py_TPFLAGS_HAVE_VECTORCALL
LPS_CHECK("its value or type", (_Py_TPFLAGS_HAVE_VECTORCALL) == 2048ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_READY
LPS_CHECK("its value or type", (Py_TPFLAGS_READY) == 4096ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_READYING
LPS_CHECK("its value or type", (Py_TPFLAGS_READYING) == 8192ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_HAVE_GC
LPS_CHECK("its value or type", (Py_TPFLAGS_HAVE_GC) == 16384ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_HAVE_STACKLESS_EXTENSION
LPS_CHECK("its value or type", (Py_TPFLAGS_HAVE_STACKLESS_EXTENSION) == 0ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_METHOD_DESCRIPTOR
LPS_CHECK("its value or type", (Py_TPFLAGS_METHOD_DESCRIPTOR) == 131072ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_VALID_VERSION_TAG
LPS_CHECK("its value or type", (Py_TPFLAGS_VALID_VERSION_TAG) == 524288ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_IS_ABSTRACT
LPS_CHECK("its value or type", (Py_TPFLAGS_IS_ABSTRACT) == 1048576ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const _Py_TPFLAGS_MATCH_SELF
LPS_CHECK("its value or type", (_Py_TPFLAGS_MATCH_SELF) == 4194304ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_ITEMS_AT_END
LPS_CHECK("its value or type", (Py_TPFLAGS_ITEMS_AT_END) == 8388608ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_LONG_SUBCLASS
LPS_CHECK("its value or type", (Py_TPFLAGS_LONG_SUBCLASS) == 16777216ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_LIST_SUBCLASS
LPS_CHECK("its value or type", (Py_TPFLAGS_LIST_SUBCLASS) == 33554432ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_TUPLE_SUBCLASS
LPS_CHECK("its value or type", (Py_TPFLAGS_TUPLE_SUBCLASS) == 67108864ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_BYTES_SUBCLASS
LPS_CHECK("its value or type", (Py_TPFLAGS_BYTES_SUBCLASS) == 134217728ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_UNICODE_SUBCLASS
LPS_CHECK("its value or type", (Py_TPFLAGS_UNICODE_SUBCLASS) == 268435456ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_DICT_SUBCLASS
LPS_CHECK("its value or type", (Py_TPFLAGS_DICT_SUBCLASS) == 536870912ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_BASE_EXC_SUBCLASS
LPS_CHECK("its value or type", (Py_TPFLAGS_BASE_EXC_SUBCLASS) == 1073741824ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_TYPE_SUBCLASS
LPS_CHECK("its value or type", (Py_TPFLAGS_TYPE_SUBCLASS) == 2147483648ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_DEFAULT
LPS_CHECK("its value or type", (Py_TPFLAGS_DEFAULT) == 0ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_HAVE_FINALIZE
LPS_CHECK("its value or type", (Py_TPFLAGS_HAVE_FINALIZE) == 1ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_HAVE_VERSION_TAG
LPS_CHECK("its value or type", (Py_TPFLAGS_HAVE_VERSION_TAG) == 262144ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_LT
LPS_CHECK("its value or type", (Py_LT) == 0LL && LPS_SAME(__typeof__(Py_LT), int));
//@ const Py_LE
LPS_CHECK("its value or type", (Py_LE) == 1LL && LPS_SAME(__typeof__(Py_LE), int));
//@ const Py_EQ
LPS_CHECK("its value or type", (Py_EQ) == 2LL && LPS_SAME(__typeof__(Py_EQ), int));
//@ const Py_NE
LPS_CHECK("its value or type", (Py_NE) == 3LL && LPS_SAME(__typeof__(Py_NE), int));
//@ const Py_GT
LPS_CHECK("its value or type", (Py_GT) == 4LL && LPS_SAME(__typeof__(Py_GT), int));
//@ const Py_GE
LPS_CHECK("its value or type", (Py_GE) == 5LL && LPS_SAME(__typeof__(Py_GE), int));
//@ const Py_bf_getbuffer
LPS_CHECK("its value or type", (Py_bf_getbuffer) == 1LL && LPS_SAME(__typeof__(Py_bf_getbuffer), int));
//@ const Py_bf_releasebuffer
LPS_CHECK("its value or type", (Py_bf_releasebuffer) == 2LL && LPS_SAME(__typeof__(Py_bf_releasebuffer), int));
//@ const Py_mp_ass_subscript
LPS_CHECK("its value or type", (Py_mp_ass_subscript) == 3LL && LPS_SAME(__typeof__(Py_mp_ass_subscript), int));
//@ const Py_mp_length
LPS_CHECK("its value or type", (Py_mp_length) == 4LL && LPS_SAME(__typeof__(Py_mp_length), int));
//@ const Py_mp_subscript
LPS_CHECK("its value or type", (Py_mp_subscript) == 5LL && LPS_SAME(__typeof__(Py_mp_subscript), int));
//@ const Py_nb_absolute
LPS_CHECK("its value or type", (Py_nb_absolute) == 6LL && LPS_SAME(__typeof__(Py_nb_absolute), int));
//@ const Py_nb_add
LPS_CHECK("its value or type", (Py_nb_add) == 7LL && LPS_SAME(__typeof__(Py_nb_add), int));
//@ const Py_nb_and
LPS_CHECK("its value or type", (Py_nb_and) == 8LL && LPS_SAME(__typeof__(Py_nb_and), int));
//@ const Py_nb_bool
LPS_CHECK("its value or type", (Py_nb_bool) == 9LL && LPS_SAME(__typeof__(Py_nb_bool), int));
//@ const Py_nb_divmod
LPS_CHECK("its value or type", (Py_nb_divmod) == 10LL && LPS_SAME(__typeof__(Py_nb_divmod), int));
//@ const Py_nb_float
LPS_CHECK("its value or type", (Py_nb_float) == 11LL && LPS_SAME(__typeof__(Py_nb_float), int));
//@ const Py_nb_floor_divide
LPS_CHECK("its value or type", (Py_nb_floor_divide) == 12LL && LPS_SAME(__typeof__(Py_nb_floor_divide), int));
//@ const Py_nb_index
LPS_CHECK("its value or type", (Py_nb_index) == 13LL && LPS_SAME(__typeof__(Py_nb_index), int));
//@ const Py_nb_inplace_add
LPS_CHECK("its value or type", (Py_nb_inplace_add) == 14LL && LPS_SAME(__typeof__(Py_nb_inplace_add), int));
//@ const Py_nb_inplace_and
LPS_CHECK("its value or type", (Py_nb_inplace_and) == 15LL && LPS_SAME(__typeof__(Py_nb_inplace_and), int));
//@ const Py_nb_inplace_floor_divide
LPS_CHECK("its value or type", (Py_nb_inplace_floor_divide) == 16LL && LPS_SAME(__typeof__(Py_nb_inplace_floor_divide), int));
//@ const Py_nb_inplace_lshift
LPS_CHECK("its value or type", (Py_nb_inplace_lshift) == 17LL && LPS_SAME(__typeof__(Py_nb_inplace_lshift), int));
//@ const Py_nb_inplace_multiply
LPS_CHECK("its value or type", (Py_nb_inplace_multiply) == 18LL && LPS_SAME(__typeof__(Py_nb_inplace_multiply), int));
//@ const Py_nb_inplace_or
LPS_CHECK("its value or type", (Py_nb_inplace_or) == 19LL && LPS_SAME(__typeof__(Py_nb_inplace_or), int));
//@ const Py_nb_inplace_power
LPS_CHECK("its value or type", (Py_nb_inplace_power) == 20LL && LPS_SAME(__typeof__(Py_nb_inplace_power), int));
//@ const Py_nb_inplace_remainder
LPS_CHECK("its value or type", (Py_nb_inplace_remainder) == 21LL && LPS_SAME(__typeof__(Py_nb_inplace_remainder), int));
//@ const Py_nb_inplace_rshift
LPS_CHECK("its value or type", (Py_nb_inplace_rshift) == 22LL && LPS_SAME(__typeof__(Py_nb_inplace_rshift), int));
//@ const Py_nb_inplace_subtract
LPS_CHECK("its value or type", (Py_nb_inplace_subtract) == 23LL && LPS_SAME(__typeof__(Py_nb_inplace_subtract), int));
//@ const Py_nb_inplace_true_divide
LPS_CHECK("its value or type", (Py_nb_inplace_true_divide) == 24LL && LPS_SAME(__typeof__(Py_nb_inplace_true_divide), int));
//@ const Py_nb_inplace_xor
LPS_CHECK("its value or type", (Py_nb_inplace_xor) == 25LL && LPS_SAME(__typeof__(Py_nb_inplace_xor), int));
//@ const Py_nb_int
LPS_CHECK("its value or type", (Py_nb_int) == 26LL && LPS_SAME(__typeof__(Py_nb_int), int));
//@ const Py_nb_invert
LPS_CHECK("its value or type", (Py_nb_invert) == 27LL && LPS_SAME(__typeof__(Py_nb_invert), int));
//@ const Py_nb_lshift
LPS_CHECK("its value or type", (Py_nb_lshift) == 28LL && LPS_SAME(__typeof__(Py_nb_lshift), int));
//@ const Py_nb_multiply
LPS_CHECK("its value or type", (Py_nb_multiply) == 29LL && LPS_SAME(__typeof__(Py_nb_multiply), int));
//@ const Py_nb_negative
LPS_CHECK("its value or type", (Py_nb_negative) == 30LL && LPS_SAME(__typeof__(Py_nb_negative), int));
//@ const Py_nb_or
LPS_CHECK("its value or type", (Py_nb_or) == 31LL && LPS_SAME(__typeof__(Py_nb_or), int));
//@ const Py_nb_positive
LPS_CHECK("its value or type", (Py_nb_positive) == 32LL && LPS_SAME(__typeof__(Py_nb_positive), int));
//@ const Py_nb_power
LPS_CHECK("its value or type", (Py_nb_power) == 33LL && LPS_SAME(__typeof__(Py_nb_power), int));
//@ const Py_nb_remainder
LPS_CHECK("its value or type", (Py_nb_remainder) == 34LL && LPS_SAME(__typeof__(Py_nb_remainder), int));
//@ const Py_nb_rshift
LPS_CHECK("its value or type", (Py_nb_rshift) == 35LL && LPS_SAME(__typeof__(Py_nb_rshift), int));
//@ const Py_nb_subtract
LPS_CHECK("its value or type", (Py_nb_subtract) == 36LL && LPS_SAME(__typeof__(Py_nb_subtract), int));
//@ const Py_nb_true_divide
LPS_CHECK("its value or type", (Py_nb_true_divide) == 37LL && LPS_SAME(__typeof__(Py_nb_true_divide), int));
//@ const Py_nb_xor
LPS_CHECK("its value or type", (Py_nb_xor) == 38LL && LPS_SAME(__typeof__(Py_nb_xor), int));
//@ const Py_sq_ass_item
LPS_CHECK("its value or type", (Py_sq_ass_item) == 39LL && LPS_SAME(__typeof__(Py_sq_ass_item), int));
//@ const Py_sq_concat
LPS_CHECK("its value or type", (Py_sq_concat) == 40LL && LPS_SAME(__typeof__(Py_sq_concat), int));
//@ const Py_sq_contains
LPS_CHECK("its value or type", (Py_sq_contains) == 41LL && LPS_SAME(__typeof__(Py_sq_contains), int));
//@ const Py_sq_inplace_concat
LPS_CHECK("its value or type", (Py_sq_inplace_concat) == 42LL && LPS_SAME(__typeof__(Py_sq_inplace_concat), int));
//@ const Py_sq_inplace_repeat
LPS_CHECK("its value or type", (Py_sq_inplace_repeat) == 43LL && LPS_SAME(__typeof__(Py_sq_inplace_repeat), int));
//@ const Py_sq_item
LPS_CHECK("its value or type", (Py_sq_item) == 44LL && LPS_SAME(__typeof__(Py_sq_item), int));
//@ const Py_sq_length
LPS_CHECK("its value or type", (Py_sq_length) == 45LL && LPS_SAME(__typeof__(Py_sq_length), int));
//@ const Py_sq_repeat
LPS_CHECK("its value or type", (Py_sq_repeat) == 46LL && LPS_SAME(__typeof__(Py_sq_repeat), int));
//@ const Py_tp_alloc
LPS_CHECK("its value or type", (Py_tp_alloc) == 47LL && LPS_SAME(__typeof__(Py_tp_alloc), int));
//@ const Py_tp_base
LPS_CHECK("its value or type", (Py_tp_base) == 48LL && LPS_SAME(__typeof__(Py_tp_base), int));
//@ const Py_tp_bases
LPS_CHECK("its value or type", (Py_tp_bases) == 49LL && LPS_SAME(__typeof__(Py_tp_bases), int));
//@ const Py_tp_call
LPS_CHECK("its value or type", (Py_tp_call) == 50LL && LPS_SAME(__typeof__(Py_tp_call), int));
//@ const Py_tp_clear
LPS_CHECK("its value or type", (Py_tp_clear) == 51LL && LPS_SAME(__typeof__(Py_tp_clear), int));
//@ const Py_tp_dealloc
LPS_CHECK("its value or type", (Py_tp_dealloc) == 52LL && LPS_SAME(__typeof__(Py_tp_dealloc), int));
//@ const Py_tp_del
LPS_CHECK("its value or type", (Py_tp_del) == 53LL && LPS_SAME(__typeof__(Py_tp_del), int));
//@ const Py_tp_descr_get
LPS_CHECK("its value or type", (Py_tp_descr_get) == 54LL && LPS_SAME(__typeof__(Py_tp_descr_get), int));
//@ const Py_tp_descr_set
LPS_CHECK("its value or type", (Py_tp_descr_set) == 55LL && LPS_SAME(__typeof__(Py_tp_descr_set), int));
//@ const Py_tp_doc
LPS_CHECK("its value or type", (Py_tp_doc) == 56LL && LPS_SAME(__typeof__(Py_tp_doc), int));
//@ const Py_tp_getattr
LPS_CHECK("its value or type", (Py_tp_getattr) == 57LL && LPS_SAME(__typeof__(Py_tp_getattr), int));
//@ const Py_tp_getattro
LPS_CHECK("its value or type", (Py_tp_getattro) == 58LL && LPS_SAME(__typeof__(Py_tp_getattro), int));
//@ const Py_tp_hash
LPS_CHECK("its value or type", (Py_tp_hash) == 59LL && LPS_SAME(__typeof__(Py_tp_hash), int));
//@ const Py_tp_init
LPS_CHECK("its value or type", (Py_tp_init) == 60LL && LPS_SAME(__typeof__(Py_tp_init), int));
//@ const Py_tp_is_gc
LPS_CHECK("its value or type", (Py_tp_is_gc) == 61LL && LPS_SAME(__typeof__(Py_tp_is_gc), int));
//@ const Py_tp_iter
LPS_CHECK("its value or type", (Py_tp_iter) == 62LL && LPS_SAME(__typeof__(Py_tp_iter), int));
//@ const Py_tp_iternext
LPS_CHECK("its value or type", (Py_tp_iternext) == 63LL && LPS_SAME(__typeof__(Py_tp_iternext), int));
//@ const Py_tp_methods
LPS_CHECK("its value or type", (Py_tp_methods) == 64LL && LPS_SAME(__typeof__(Py_tp_methods), int));
//@ const Py_tp_new
LPS_CHECK("its value or type", (Py_tp_new) == 65LL && LPS_SAME(__typeof__(Py_tp_new), int));
//@ const Py_tp_repr
LPS_CHECK("its value or type", (Py_tp_repr) == 66LL && LPS_SAME(__typeof__(Py_tp_repr), int));
//@ const Py_tp_richcompare
LPS_CHECK("its value or type", (Py_tp_richcompare) == 67LL && LPS_SAME(__typeof__(Py_tp_richcompare), int));
//@ const Py_tp_setattr
LPS_CHECK("its value or type", (Py_tp_setattr) == 68LL && LPS_SAME(__typeof__(Py_tp_setattr), int));
//@ const Py_tp_setattro
LPS_CHECK("its value or type", (Py_tp_setattro) == 69LL && LPS_SAME(__typeof__(Py_tp_setattro), int));
//@ const Py_tp_str
LPS_CHECK("its value or type", (Py_tp_str) == 70LL && LPS_SAME(__typeof__(Py_tp_str), int));
//@ const Py_tp_traverse
LPS_CHECK("its value or type", (Py_tp_traverse) == 71LL && LPS_SAME(__typeof__(Py_tp_traverse), int));
//@ const Py_tp_members
LPS_CHECK("its value or type", (Py_tp_members) == 72LL && LPS_SAME(__typeof__(Py_tp_members), int));
//@ const Py_tp_getset
LPS_CHECK("its value or type", (Py_tp_getset) == 73LL && LPS_SAME(__typeof__(Py_tp_getset), int));
//@ const Py_tp_free
LPS_CHECK("its value or type", (Py_tp_free) == 74LL && LPS_SAME(__typeof__(Py_tp_free), int));
//@ const Py_nb_matrix_multiply
LPS_CHECK("its value or type", (Py_nb_matrix_multiply) == 75LL && LPS_SAME(__typeof__(Py_nb_matrix_multiply), int));
//@ const Py_nb_inplace_matrix_multiply
LPS_CHECK("its value or type", (Py_nb_inplace_matrix_multiply) == 76LL && LPS_SAME(__typeof__(Py_nb_inplace_matrix_multiply), int));
//@ const Py_am_await
LPS_CHECK("its value or type", (Py_am_await) == 77LL && LPS_SAME(__typeof__(Py_am_await), int));
//@ const Py_am_aiter
LPS_CHECK("its value or type", (Py_am_aiter) == 78LL && LPS_SAME(__typeof__(Py_am_aiter), int));
//@ const Py_am_anext
LPS_CHECK("its value or type", (Py_am_anext) == 79LL && LPS_SAME(__typeof__(Py_am_anext), int));
//@ const Py_tp_finalize
LPS_CHECK("its value or type", (Py_tp_finalize) == 80LL && LPS_SAME(__typeof__(Py_tp_finalize), int));
//@ const Py_am_send
LPS_CHECK("its value or type", (Py_am_send) == 81LL && LPS_SAME(__typeof__(Py_am_send), int));
//@ const _PyHASH_MULTIPLIER
LPS_CHECK("its value or type", (_PyHASH_MULTIPLIER) == 1000003ULL && LPS_SAME(__typeof__(_PyHASH_MULTIPLIER), unsigned long));
//@ const _PyHASH_BITS
LPS_CHECK("its value or type", (_PyHASH_BITS) == 61LL && LPS_SAME(__typeof__(_PyHASH_BITS), int));
//@ const _PyHASH_MODULUS
LPS_CHECK("its value or type", (_PyHASH_MODULUS) == 2305843009213693951ULL && LPS_SAME(__typeof__(_PyHASH_MODULUS), unsigned long));
//@ const _PyHASH_INF
LPS_CHECK("its value or type", (_PyHASH_INF) == 314159LL && LPS_SAME(__typeof__(_PyHASH_INF), int));
//@ const _PyHASH_IMAG
LPS_CHECK("its value or type", (_PyHASH_IMAG) == 1000003ULL && LPS_SAME(__typeof__(_PyHASH_IMAG), unsigned long));
//@ const Py_HASH_CUTOFF
LPS_CHECK("its value or type", (Py_HASH_CUTOFF) == 0LL && LPS_SAME(__typeof__(Py_HASH_CUTOFF), int));
//@ const Py_HASH_EXTERNAL
LPS_CHECK("its value or type", (Py_HASH_EXTERNAL) == 0LL && LPS_SAME(__typeof__(Py_HASH_EXTERNAL), int));
//@ const Py_HASH_SIPHASH24
LPS_CHECK("its value or type", (Py_HASH_SIPHASH24) == 1LL && LPS_SAME(__typeof__(Py_HASH_SIPHASH24), int));
//@ const Py_HASH_FNV
LPS_CHECK("its value or type", (Py_HASH_FNV) == 2LL && LPS_SAME(__typeof__(Py_HASH_FNV), int));
//@ const Py_HASH_SIPHASH13
LPS_CHECK("its value or type", (Py_HASH_SIPHASH13) == 3LL && LPS_SAME(__typeof__(Py_HASH_SIPHASH13), int));
//@ const Py_HASH_ALGORITHM
LPS_CHECK("its value or type", (Py_HASH_ALGORITHM) == 3LL && LPS_SAME(__typeof__(Py_HASH_ALGORITHM), int));
//@ const Py_UNICODE_SIZE
LPS_CHECK("its value or type", (Py_UNICODE_SIZE) == 4LL && LPS_SAME(__typeof__(Py_UNICODE_SIZE), int));
//@ const Py_UNICODE_REPLACEMENT_CHARACTER
LPS_CHECK("its value or type", (Py_UNICODE_REPLACEMENT_CHARACTER) == 65533ULL && LPS_SAME(__typeof__(Py_UNICODE_REPLACEMENT_CHARACTER), unsigned int));
//@ const SSTATE_NOT_INTERNED
LPS_CHECK("its value or type", (SSTATE_NOT_INTERNED) == 0LL && LPS_SAME(__typeof__(SSTATE_NOT_INTERNED), int));
//@ const SSTATE_INTERNED_MORTAL
LPS_CHECK("its value or type", (SSTATE_INTERNED_MORTAL) == 1LL && LPS_SAME(__typeof__(SSTATE_INTERNED_MORTAL), int));
//@ const SSTATE_INTERNED_IMMORTAL
LPS_CHECK("its value or type", (SSTATE_INTERNED_IMMORTAL) == 2LL && LPS_SAME(__typeof__(SSTATE_INTERNED_IMMORTAL), int));
//@ const SSTATE_INTERNED_IMMORTAL_STATIC
LPS_CHECK("its value or type", (SSTATE_INTERNED_IMMORTAL_STATIC) == 3LL && LPS_SAME(__typeof__(SSTATE_INTERNED_IMMORTAL_STATIC), int));
//@ const _Py_PARSE_PID
LPS_CHECK("its value or type", sizeof(_Py_PARSE_PID) == 2 && __builtin_strcmp(_Py_PARSE_PID, "i") == 0);
//@ const _Py_PARSE_INTPTR
LPS_CHECK("its value or type", sizeof(_Py_PARSE_INTPTR) == 2 && __builtin_strcmp(_Py_PARSE_INTPTR, "l") == 0);
//@ const _Py_PARSE_UINTPTR
LPS_CHECK("its value or type", sizeof(_Py_PARSE_UINTPTR) == 2 && __builtin_strcmp(_Py_PARSE_UINTPTR, "k") == 0);
//@ const PyLong_SHIFT
LPS_CHECK("its value or type", (PyLong_SHIFT) == 30LL && LPS_SAME(__typeof__(PyLong_SHIFT), int));
//@ const _PyLong_DECIMAL_SHIFT
LPS_CHECK("its value or type", (_PyLong_DECIMAL_SHIFT) == 9LL && LPS_SAME(__typeof__(_PyLong_DECIMAL_SHIFT), int));
//@ const _PyLong_DECIMAL_BASE
LPS_CHECK("its value or type", (_PyLong_DECIMAL_BASE) == 1000000000ULL && LPS_SAME(__typeof__(_PyLong_DECIMAL_BASE), unsigned int));
//@ const PyLong_BASE
LPS_CHECK("its value or type", (PyLong_BASE) == 1073741824ULL && LPS_SAME(__typeof__(PyLong_BASE), unsigned int));
//@ const PyLong_MASK
LPS_CHECK("its value or type", (PyLong_MASK) == 1073741823ULL && LPS_SAME(__typeof__(PyLong_MASK), unsigned int));
//@ const _PyLong_SIGN_MASK
LPS_CHECK("its value or type", (_PyLong_SIGN_MASK) == 3LL && LPS_SAME(__typeof__(_PyLong_SIGN_MASK), int));
//@ const _PyLong_NON_SIZE_BITS
LPS_CHECK("its value or type", (_PyLong_NON_SIZE_BITS) == 3LL && LPS_SAME(__typeof__(_PyLong_NON_SIZE_BITS), int));
//@ const _Py_MANAGED_BUFFER_RELEASED
LPS_CHECK("its value or type", (_Py_MANAGED_BUFFER_RELEASED) == 1LL && LPS_SAME(__typeof__(_Py_MANAGED_BUFFER_RELEASED), int));
//@ const _Py_MANAGED_BUFFER_FREE_FORMAT
LPS_CHECK("its value or type", (_Py_MANAGED_BUFFER_FREE_FORMAT) == 2LL && LPS_SAME(__typeof__(_Py_MANAGED_BUFFER_FREE_FORMAT), int));
//@ const _Py_MEMORYVIEW_RELEASED
LPS_CHECK("its value or type", (_Py_MEMORYVIEW_RELEASED) == 1LL && LPS_SAME(__typeof__(_Py_MEMORYVIEW_RELEASED), int));
//@ const _Py_MEMORYVIEW_C
LPS_CHECK("its value or type", (_Py_MEMORYVIEW_C) == 2LL && LPS_SAME(__typeof__(_Py_MEMORYVIEW_C), int));
//@ const _Py_MEMORYVIEW_FORTRAN
LPS_CHECK("its value or type", (_Py_MEMORYVIEW_FORTRAN) == 4LL && LPS_SAME(__typeof__(_Py_MEMORYVIEW_FORTRAN), int));
//@ const _Py_MEMORYVIEW_SCALAR
LPS_CHECK("its value or type", (_Py_MEMORYVIEW_SCALAR) == 8LL && LPS_SAME(__typeof__(_Py_MEMORYVIEW_SCALAR), int));
//@ const _Py_MEMORYVIEW_PIL
LPS_CHECK("its value or type", (_Py_MEMORYVIEW_PIL) == 16LL && LPS_SAME(__typeof__(_Py_MEMORYVIEW_PIL), int));
//@ const _Py_MEMORYVIEW_RESTRICTED
LPS_CHECK("its value or type", (_Py_MEMORYVIEW_RESTRICTED) == 32LL && LPS_SAME(__typeof__(_Py_MEMORYVIEW_RESTRICTED), int));
//@ const PySet_MINSIZE
LPS_CHECK("its value or type", (PySet_MINSIZE) == 8LL && LPS_SAME(__typeof__(PySet_MINSIZE), int));
//@ const METH_VARARGS
LPS_CHECK("its value or type", (METH_VARARGS) == 1LL && LPS_SAME(__typeof__(METH_VARARGS), int));
//@ const METH_KEYWORDS
LPS_CHECK("its value or type", (METH_KEYWORDS) == 2LL && LPS_SAME(__typeof__(METH_KEYWORDS), int));
//@ const METH_NOARGS
LPS_CHECK("its value or type", (METH_NOARGS) == 4LL && LPS_SAME(__typeof__(METH_NOARGS), int));
//@ const METH_O
LPS_CHECK("its value or type", (METH_O) == 8LL && LPS_SAME(__typeof__(METH_O), int));
//@ const METH_CLASS
LPS_CHECK("its value or type", (METH_CLASS) == 16LL && LPS_SAME(__typeof__(METH_CLASS), int));
//@ const METH_STATIC
LPS_CHECK("its value or type", (METH_STATIC) == 32LL && LPS_SAME(__typeof__(METH_STATIC), int));
//@ const METH_COEXIST
LPS_CHECK("its value or type", (METH_COEXIST) == 64LL && LPS_SAME(__typeof__(METH_COEXIST), int));
//@ const METH_FASTCALL
LPS_CHECK("its value or type", (METH_FASTCALL) == 128LL && LPS_SAME(__typeof__(METH_FASTCALL), int));
//@ const METH_STACKLESS
LPS_CHECK("its value or type", (METH_STACKLESS) == 0LL && LPS_SAME(__typeof__(METH_STACKLESS), int));
//@ const METH_METHOD
LPS_CHECK("its value or type", (METH_METHOD) == 512LL && LPS_SAME(__typeof__(METH_METHOD), int));
//@ const Py_mod_create
LPS_CHECK("its value or type", (Py_mod_create) == 1LL && LPS_SAME(__typeof__(Py_mod_create), int));
//@ const Py_mod_exec
LPS_CHECK("its value or type", (Py_mod_exec) == 2LL && LPS_SAME(__typeof__(Py_mod_exec), int));
//@ const Py_mod_multiple_interpreters
LPS_CHECK("its value or type", (Py_mod_multiple_interpreters) == 3LL && LPS_SAME(__typeof__(Py_mod_multiple_interpreters), int));
//@ const _Py_mod_LAST_SLOT
LPS_CHECK("its value or type", (_Py_mod_LAST_SLOT) == 3LL && LPS_SAME(__typeof__(_Py_mod_LAST_SLOT), int));
//@ const PY_STDIOTEXTMODE
LPS_CHECK("its value or type", sizeof(PY_STDIOTEXTMODE) == 2 && __builtin_strcmp(PY_STDIOTEXTMODE, "b") == 0);
//@ const _PY_MONITORING_LOCAL_EVENTS
LPS_CHECK("its value or type", (_PY_MONITORING_LOCAL_EVENTS) == 10LL && LPS_SAME(__typeof__(_PY_MONITORING_LOCAL_EVENTS), int));
//@ const _PY_MONITORING_UNGROUPED_EVENTS
LPS_CHECK("its value or type", (_PY_MONITORING_UNGROUPED_EVENTS) == 15LL && LPS_SAME(__typeof__(_PY_MONITORING_UNGROUPED_EVENTS), int));
//@ const _PY_MONITORING_EVENTS
LPS_CHECK("its value or type", (_PY_MONITORING_EVENTS) == 17LL && LPS_SAME(__typeof__(_PY_MONITORING_EVENTS), int));
//@ const CO_OPTIMIZED
LPS_CHECK("its value or type", (CO_OPTIMIZED) == 1LL && LPS_SAME(__typeof__(CO_OPTIMIZED), int));
//@ const CO_NEWLOCALS
LPS_CHECK("its value or type", (CO_NEWLOCALS) == 2LL && LPS_SAME(__typeof__(CO_NEWLOCALS), int));
//@ const CO_VARARGS
LPS_CHECK("its value or type", (CO_VARARGS) == 4LL && LPS_SAME(__typeof__(CO_VARARGS), int));
//@ const CO_VARKEYWORDS
LPS_CHECK("its value or type", (CO_VARKEYWORDS) == 8LL && LPS_SAME(__typeof__(CO_VARKEYWORDS), int));
//@ const CO_NESTED
LPS_CHECK("its value or type", (CO_NESTED) == 16LL && LPS_SAME(__typeof__(CO_NESTED), int));
//@ const CO_GENERATOR
LPS_CHECK("its value or type", (CO_GENERATOR) == 32LL && LPS_SAME(__typeof__(CO_GENERATOR), int));
//@ const CO_COROUTINE
LPS_CHECK("its value or type", (CO_COROUTINE) == 128LL && LPS_SAME(__typeof__(CO_COROUTINE), int));
//@ const CO_ITERABLE_COROUTINE
LPS_CHECK("its value or type", (CO_ITERABLE_COROUTINE) == 256LL && LPS_SAME(__typeof__(CO_ITERABLE_COROUTINE), int));
//@ const CO_ASYNC_GENERATOR
LPS_CHECK("its value or type", (CO_ASYNC_GENERATOR) == 512LL && LPS_SAME(__typeof__(CO_ASYNC_GENERATOR), int));
//@ const CO_FUTURE_DIVISION
LPS_CHECK("its value or type", (CO_FUTURE_DIVISION) == 131072LL && LPS_SAME(__typeof__(CO_FUTURE_DIVISION), int));
//@ const CO_FUTURE_ABSOLUTE_IMPORT
LPS_CHECK("its value or type", (CO_FUTURE_ABSOLUTE_IMPORT) == 262144LL && LPS_SAME(__typeof__(CO_FUTURE_ABSOLUTE_IMPORT), int));
//@ const CO_FUTURE_WITH_STATEMENT
LPS_CHECK("its value or type", (CO_FUTURE_WITH_STATEMENT) == 524288LL && LPS_SAME(__typeof__(CO_FUTURE_WITH_STATEMENT), int));
//@ const CO_FUTURE_PRINT_FUNCTION
LPS_CHECK("its value or type", (CO_FUTURE_PRINT_FUNCTION) == 1048576LL && LPS_SAME(__typeof__(CO_FUTURE_PRINT_FUNCTION), int));
//@ const CO_FUTURE_UNICODE_LITERALS
LPS_CHECK("its value or type", (CO_FUTURE_UNICODE_LITERALS) == 2097152LL && LPS_SAME(__typeof__(CO_FUTURE_UNICODE_LITERALS), int));
//@ const CO_FUTURE_BARRY_AS_BDFL
LPS_CHECK("its value or type", (CO_FUTURE_BARRY_AS_BDFL) == 4194304LL && LPS_SAME(__typeof__(CO_FUTURE_BARRY_AS_BDFL), int));
//@ const CO_FUTURE_GENERATOR_STOP
LPS_CHECK("its value or type", (CO_FUTURE_GENERATOR_STOP) == 8388608LL && LPS_SAME(__typeof__(CO_FUTURE_GENERATOR_STOP), int));
//@ const CO_FUTURE_ANNOTATIONS
LPS_CHECK("its value or type", (CO_FUTURE_ANNOTATIONS) == 16777216LL && LPS_SAME(__typeof__(CO_FUTURE_ANNOTATIONS), int));
//@ const CO_MAXBLOCKS
LPS_CHECK("its value or type", (CO_MAXBLOCKS) == 20LL && LPS_SAME(__typeof__(CO_MAXBLOCKS), int));
//@ const Py_RTFLAGS_USE_MAIN_OBMALLOC
LPS_CHECK("its value or type", (Py_RTFLAGS_USE_MAIN_OBMALLOC) == 32ULL && LPS_SAME(__typeof__(Py_RTFLAGS_USE_MAIN_OBMALLOC), unsigned long));
//@ const Py_RTFLAGS_MULTI_INTERP_EXTENSIONS
LPS_CHECK("its value or type", (Py_RTFLAGS_MULTI_INTERP_EXTENSIONS) == 256ULL && LPS_SAME(__typeof__(Py_RTFLAGS_MULTI_INTERP_EXTENSIONS), unsigned long));
//@ const Py_RTFLAGS_THREADS
LPS_CHECK("its value or type", (Py_RTFLAGS_THREADS) == 1024ULL && LPS_SAME(__typeof__(Py_RTFLAGS_THREADS), unsigned long));
//@ const Py_RTFLAGS_DAEMON_THREADS
LPS_CHECK("its value or type", (Py_RTFLAGS_DAEMON_THREADS) == 2048ULL && LPS_SAME(__typeof__(Py_RTFLAGS_DAEMON_THREADS), unsigned long));
//@ const Py_RTFLAGS_FORK
LPS_CHECK("its value or type", (Py_RTFLAGS_FORK) == 32768ULL && LPS_SAME(__typeof__(Py_RTFLAGS_FORK), unsigned long));
//@ const Py_RTFLAGS_EXEC
LPS_CHECK("its value or type", (Py_RTFLAGS_EXEC) == 65536ULL && LPS_SAME(__typeof__(Py_RTFLAGS_EXEC), unsigned long));
//@ const PyTrace_CALL
LPS_CHECK("its value or type", (PyTrace_CALL) == 0LL && LPS_SAME(__typeof__(PyTrace_CALL), int));
//@ const PyTrace_EXCEPTION
LPS_CHECK("its value or type", (PyTrace_EXCEPTION) == 1LL && LPS_SAME(__typeof__(PyTrace_EXCEPTION), int));
//@ const PyTrace_LINE
LPS_CHECK("its value or type", (PyTrace_LINE) == 2LL && LPS_SAME(__typeof__(PyTrace_LINE), int));
//@ const PyTrace_RETURN
LPS_CHECK("its value or type", (PyTrace_RETURN) == 3LL && LPS_SAME(__typeof__(PyTrace_RETURN), int));
//@ const PyTrace_C_CALL
LPS_CHECK("its value or type", (PyTrace_C_CALL) == 4LL && LPS_SAME(__typeof__(PyTrace_C_CALL), int));
//@ const PyTrace_C_EXCEPTION
LPS_CHECK("its value or type", (PyTrace_C_EXCEPTION) == 5LL && LPS_SAME(__typeof__(PyTrace_C_EXCEPTION), int));
//@ const PyTrace_C_RETURN
LPS_CHECK("its value or type", (PyTrace_C_RETURN) == 6LL && LPS_SAME(__typeof__(PyTrace_C_RETURN), int));
//@ const PyTrace_OPCODE
LPS_CHECK("its value or type", (PyTrace_OPCODE) == 7LL && LPS_SAME(__typeof__(PyTrace_OPCODE), int));
//@ const Py_T_SHORT
LPS_CHECK("its value or type", (Py_T_SHORT) == 0LL && LPS_SAME(__typeof__(Py_T_SHORT), int));
//@ const Py_T_INT
LPS_CHECK("its value or type", (Py_T_INT) == 1LL && LPS_SAME(__typeof__(Py_T_INT), int));
//@ const Py_T_LONG
LPS_CHECK("its value or type", (Py_T_LONG) == 2LL && LPS_SAME(__typeof__(Py_T_LONG), int));
//@ const Py_T_FLOAT
LPS_CHECK("its value or type", (Py_T_FLOAT) == 3LL && LPS_SAME(__typeof__(Py_T_FLOAT), int));
//@ const Py_T_DOUBLE
LPS_CHECK("its value or type", (Py_T_DOUBLE) == 4LL && LPS_SAME(__typeof__(Py_T_DOUBLE), int));
//@ const Py_T_STRING
LPS_CHECK("its value or type", (Py_T_STRING) == 5LL && LPS_SAME(__typeof__(Py_T_STRING), int));
//@ const _Py_T_OBJECT
LPS_CHECK("its value or type", (_Py_T_OBJECT) == 6LL && LPS_SAME(__typeof__(_Py_T_OBJECT), int));
//@ const Py_T_CHAR
LPS_CHECK("its value or type", (Py_T_CHAR) == 7LL && LPS_SAME(__typeof__(Py_T_CHAR), int));
//@ const Py_T_BYTE
LPS_CHECK("its value or type", (Py_T_BYTE) == 8LL && LPS_SAME(__typeof__(Py_T_BYTE), int));
//@ const Py_T_UBYTE
LPS_CHECK("its value or type", (Py_T_UBYTE) == 9LL && LPS_SAME(__typeof__(Py_T_UBYTE), int));
//@ const Py_T_USHORT
LPS_CHECK("its value or type", (Py_T_USHORT) == 10LL && LPS_SAME(__typeof__(Py_T_USHORT), int));
//@ const Py_T_UINT
LPS_CHECK("its value or type", (Py_T_UINT) == 11LL && LPS_SAME(__typeof__(Py_T_UINT), int));
//@ const Py_T_ULONG
LPS_CHECK("its value or type", (Py_T_ULONG) == 12LL && LPS_SAME(__typeof__(Py_T_ULONG), int));
//@ const Py_T_STRING_INPLACE
LPS_CHECK("its value or type", (Py_T_STRING_INPLACE) == 13LL && LPS_SAME(__typeof__(Py_T_STRING_INPLACE), int));
//@ const Py_T_BOOL
LPS_CHECK("its value or type", (Py_T_BOOL) == 14LL && LPS_SAME(__typeof__(Py_T_BOOL), int));
//@ const Py_T_OBJECT_EX
LPS_CHECK("its value or type", (Py_T_OBJECT_EX) == 16LL && LPS_SAME(__typeof__(Py_T_OBJECT_EX), int));
//@ const Py_T_LONGLONG
LPS_CHECK("its value or type", (Py_T_LONGLONG) == 17LL && LPS_SAME(__typeof__(Py_T_LONGLONG), int));
//@ const Py_T_ULONGLONG
LPS_CHECK("its value or type", (Py_T_ULONGLONG) == 18LL && LPS_SAME(__typeof__(Py_T_ULONGLONG), int));
//@ const Py_T_PYSSIZET
LPS_CHECK("its value or type", (Py_T_PYSSIZET) == 19LL && LPS_SAME(__typeof__(Py_T_PYSSIZET), int));
//@ const _Py_T_NONE
LPS_CHECK("its value or type", (_Py_T_NONE) == 20LL && LPS_SAME(__typeof__(_Py_T_NONE), int));
//@ const Py_READONLY
LPS_CHECK("its value or type", (Py_READONLY) == 1LL && LPS_SAME(__typeof__(Py_READONLY), int));
//@ const Py_AUDIT_READ
LPS_CHECK("its value or type", (Py_AUDIT_READ) == 2LL && LPS_SAME(__typeof__(Py_AUDIT_READ), int));
//@ const _Py_WRITE_RESTRICTED
LPS_CHECK("its value or type", (_Py_WRITE_RESTRICTED) == 4LL && LPS_SAME(__typeof__(_Py_WRITE_RESTRICTED), int));
//@ const Py_RELATIVE_OFFSET
LPS_CHECK("its value or type", (Py_RELATIVE_OFFSET) == 8LL && LPS_SAME(__typeof__(Py_RELATIVE_OFFSET), int));
//@ const PyWrapperFlag_KEYWORDS
LPS_CHECK("its value or type", (PyWrapperFlag_KEYWORDS) == 1LL && LPS_SAME(__typeof__(PyWrapperFlag_KEYWORDS), int));
//@ const _PyTime_MIN
LPS_CHECK("its value or type", (_PyTime_MIN) == (-9223372036854775807LL - 1) && LPS_SAME(__typeof__(_PyTime_MIN), long));
//@ const _PyTime_MAX
LPS_CHECK("its value or type", (_PyTime_MAX) == 9223372036854775807LL && LPS_SAME(__typeof__(_PyTime_MAX), long));
//@ const WAIT_LOCK
LPS_CHECK("its value or type", (WAIT_LOCK) == 1LL && LPS_SAME(__typeof__(WAIT_LOCK), int));
//@ const NOWAIT_LOCK
LPS_CHECK("its value or type", (NOWAIT_LOCK) == 0LL && LPS_SAME(__typeof__(NOWAIT_LOCK), int));
//@ const PY_TIMEOUT_MAX
LPS_CHECK("its value or type", (PY_TIMEOUT_MAX) == 9223372036854775LL && LPS_SAME(__typeof__(PY_TIMEOUT_MAX), long long));
//@ const PYTHREAD_INVALID_THREAD_ID
LPS_CHECK("its value or type", (PYTHREAD_INVALID_THREAD_ID) == 18446744073709551615ULL && LPS_SAME(__typeof__(PYTHREAD_INVALID_THREAD_ID), unsigned long));
//@ const Py_CLEANUP_SUPPORTED
LPS_CHECK("its value or type", (Py_CLEANUP_SUPPORTED) == 131072LL && LPS_SAME(__typeof__(Py_CLEANUP_SUPPORTED), int));
//@ const PYTHON_API_VERSION
LPS_CHECK("its value or type", (PYTHON_API_VERSION) == 1013LL && LPS_SAME(__typeof__(PYTHON_API_VERSION), int));
//@ const PYTHON_API_STRING
LPS_CHECK("its value or type", sizeof(PYTHON_API_STRING) == 5 && __builtin_strcmp(PYTHON_API_STRING, "1013") == 0);
//@ const PYTHON_ABI_VERSION
LPS_CHECK("its value or type", (PYTHON_ABI_VERSION) == 3LL && LPS_SAME(__typeof__(PYTHON_ABI_VERSION), int));
//@ const PYTHON_ABI_STRING
LPS_CHECK("its value or type", sizeof(PYTHON_ABI_STRING) == 2 && __builtin_strcmp(PYTHON_ABI_STRING, "3") == 0);
//@ const Py_single_input
LPS_CHECK("its value or type", (Py_single_input) == 256LL && LPS_SAME(__typeof__(Py_single_input), int));
//@ const Py_file_input
LPS_CHECK("its value or type", (Py_file_input) == 257LL && LPS_SAME(__typeof__(Py_file_input), int));
//@ const Py_eval_input
LPS_CHECK("its value or type", (Py_eval_input) == 258LL && LPS_SAME(__typeof__(Py_eval_input), int));
//@ const Py_func_type_input
LPS_CHECK("its value or type", (Py_func_type_input) == 345LL && LPS_SAME(__typeof__(Py_func_type_input), int));
//@ const PyCF_MASK
LPS_CHECK("its value or type", (PyCF_MASK) == 33423360LL && LPS_SAME(__typeof__(PyCF_MASK), int));
//@ const PyCF_MASK_OBSOLETE
LPS_CHECK("its value or type", (PyCF_MASK_OBSOLETE) == 16LL && LPS_SAME(__typeof__(PyCF_MASK_OBSOLETE), int));
//@ const PyCF_SOURCE_IS_UTF8
LPS_CHECK("its value or type", (PyCF_SOURCE_IS_UTF8) == 256LL && LPS_SAME(__typeof__(PyCF_SOURCE_IS_UTF8), int));
//@ const PyCF_DONT_IMPLY_DEDENT
LPS_CHECK("its value or type", (PyCF_DONT_IMPLY_DEDENT) == 512LL && LPS_SAME(__typeof__(PyCF_DONT_IMPLY_DEDENT), int));
//@ const PyCF_ONLY_AST
LPS_CHECK("its value or type", (PyCF_ONLY_AST) == 1024LL && LPS_SAME(__typeof__(PyCF_ONLY_AST), int));
//@ const PyCF_IGNORE_COOKIE
LPS_CHECK("its value or type", (PyCF_IGNORE_COOKIE) == 2048LL && LPS_SAME(__typeof__(PyCF_IGNORE_COOKIE), int));
//@ const PyCF_TYPE_COMMENTS
LPS_CHECK("its value or type", (PyCF_TYPE_COMMENTS) == 4096LL && LPS_SAME(__typeof__(PyCF_TYPE_COMMENTS), int));
//@ const PyCF_ALLOW_TOP_LEVEL_AWAIT
LPS_CHECK("its value or type", (PyCF_ALLOW_TOP_LEVEL_AWAIT) == 8192LL && LPS_SAME(__typeof__(PyCF_ALLOW_TOP_LEVEL_AWAIT), int));
//@ const PyCF_ALLOW_INCOMPLETE_INPUT
LPS_CHECK("its value or type", (PyCF_ALLOW_INCOMPLETE_INPUT) == 16384LL && LPS_SAME(__typeof__(PyCF_ALLOW_INCOMPLETE_INPUT), int));
//@ const PyCF_COMPILE_MASK
LPS_CHECK("its value or type", (PyCF_COMPILE_MASK) == 30208LL && LPS_SAME(__typeof__(PyCF_COMPILE_MASK), int));
//@ const PY_INVALID_STACK_EFFECT
LPS_CHECK("its value or type", (PY_INVALID_STACK_EFFECT) == 2147483647LL && LPS_SAME(__typeof__(PY_INVALID_STACK_EFFECT), int));
//@ const PYOS_STACK_MARGIN
LPS_CHECK("its value or type", (PYOS_STACK_MARGIN) == 2048LL && LPS_SAME(__typeof__(PYOS_STACK_MARGIN), int));
//@ const PyInterpreterConfig_DEFAULT_GIL
LPS_CHECK("its value or type", (PyInterpreterConfig_DEFAULT_GIL) == 0LL && LPS_SAME(__typeof__(PyInterpreterConfig_DEFAULT_GIL), int));
//@ const PyInterpreterConfig_SHARED_GIL
LPS_CHECK("its value or type", (PyInterpreterConfig_SHARED_GIL) == 1LL && LPS_SAME(__typeof__(PyInterpreterConfig_SHARED_GIL), int));
//@ const PyInterpreterConfig_OWN_GIL
LPS_CHECK("its value or type", (PyInterpreterConfig_OWN_GIL) == 2LL && LPS_SAME(__typeof__(PyInterpreterConfig_OWN_GIL), int));
//@ const FVC_MASK
LPS_CHECK("its value or type", (FVC_MASK) == 3LL && LPS_SAME(__typeof__(FVC_MASK), int));
//@ const FVC_NONE
LPS_CHECK("its value or type", (FVC_NONE) == 0LL && LPS_SAME(__typeof__(FVC_NONE), int));
//@ const FVC_STR
LPS_CHECK("its value or type", (FVC_STR) == 1LL && LPS_SAME(__typeof__(FVC_STR), int));
//@ const FVC_REPR
LPS_CHECK("its value or type", (FVC_REPR) == 2LL && LPS_SAME(__typeof__(FVC_REPR), int));
//@ const FVC_ASCII
LPS_CHECK("its value or type", (FVC_ASCII) == 3LL && LPS_SAME(__typeof__(FVC_ASCII), int));
//@ const FVS_MASK
LPS_CHECK("its value or type", (FVS_MASK) == 4LL && LPS_SAME(__typeof__(FVS_MASK), int));
//@ const FVS_HAVE_SPEC
LPS_CHECK("its value or type", (FVS_HAVE_SPEC) == 4LL && LPS_SAME(__typeof__(FVS_HAVE_SPEC), int));
//@ const PY_VECTORCALL_ARGUMENTS_OFFSET
LPS_CHECK("its value or type", (PY_VECTORCALL_ARGUMENTS_OFFSET) == 9223372036854775808ULL && LPS_SAME(__typeof__(PY_VECTORCALL_ARGUMENTS_OFFSET), unsigned long));
//@ const _PY_FASTCALL_SMALL_STACK
LPS_CHECK("its value or type", (_PY_FASTCALL_SMALL_STACK) == 5LL && LPS_SAME(__typeof__(_PY_FASTCALL_SMALL_STACK), int));
//@ const PY_ITERSEARCH_COUNT
LPS_CHECK("its value or type", (PY_ITERSEARCH_COUNT) == 1LL && LPS_SAME(__typeof__(PY_ITERSEARCH_COUNT), int));
//@ const PY_ITERSEARCH_INDEX
LPS_CHECK("its value or type", (PY_ITERSEARCH_INDEX) == 2LL && LPS_SAME(__typeof__(PY_ITERSEARCH_INDEX), int));
//@ const PY_ITERSEARCH_CONTAINS
LPS_CHECK("its value or type", (PY_ITERSEARCH_CONTAINS) == 3LL && LPS_SAME(__typeof__(PY_ITERSEARCH_CONTAINS), int));
//@ const PY_CTF_LOWER
LPS_CHECK("its value or type", (PY_CTF_LOWER) == 1LL && LPS_SAME(__typeof__(PY_CTF_LOWER), int));
//@ const PY_CTF_UPPER
LPS_CHECK("its value or type", (PY_CTF_UPPER) == 2LL && LPS_SAME(__typeof__(PY_CTF_UPPER), int));
//@ const PY_CTF_ALPHA
LPS_CHECK("its value or type", (PY_CTF_ALPHA) == 3LL && LPS_SAME(__typeof__(PY_CTF_ALPHA), int));
//@ const PY_CTF_DIGIT
LPS_CHECK("its value or type", (PY_CTF_DIGIT) == 4LL && LPS_SAME(__typeof__(PY_CTF_DIGIT), int));
//@ const PY_CTF_ALNUM
LPS_CHECK("its value or type", (PY_CTF_ALNUM) == 7LL && LPS_SAME(__typeof__(PY_CTF_ALNUM), int));
//@ const PY_CTF_SPACE
LPS_CHECK("its value or type", (PY_CTF_SPACE) == 8LL && LPS_SAME(__typeof__(PY_CTF_SPACE), int));
//@ const PY_CTF_XDIGIT
LPS_CHECK("its value or type", (PY_CTF_XDIGIT) == 16LL && LPS_SAME(__typeof__(PY_CTF_XDIGIT), int));
//@ const Py_DTSF_SIGN
LPS_CHECK("its value or type", (Py_DTSF_SIGN) == 1LL && LPS_SAME(__typeof__(Py_DTSF_SIGN), int));
//@ const Py_DTSF_ADD_DOT_0
LPS_CHECK("its value or type", (Py_DTSF_ADD_DOT_0) == 2LL && LPS_SAME(__typeof__(Py_DTSF_ADD_DOT_0), int));
//@ const Py_DTSF_ALT
LPS_CHECK("its value or type", (Py_DTSF_ALT) == 4LL && LPS_SAME(__typeof__(Py_DTSF_ALT), int));
//@ const Py_DTSF_NO_NEG_0
LPS_CHECK("its value or type", (Py_DTSF_NO_NEG_0) == 8LL && LPS_SAME(__typeof__(Py_DTSF_NO_NEG_0), int));
//@ const Py_DTST_FINITE
LPS_CHECK("its value or type", (Py_DTST_FINITE) == 0LL && LPS_SAME(__typeof__(Py_DTST_FINITE), int));
//@ const Py_DTST_INFINITE
LPS_CHECK("its value or type", (Py_DTST_INFINITE) == 1LL && LPS_SAME(__typeof__(Py_DTST_INFINITE), int));
//@ const Py_DTST_NAN
LPS_CHECK("its value or type", (Py_DTST_NAN) == 2LL && LPS_SAME(__typeof__(Py_DTST_NAN), int));
//@ const _PyDateTime_DATE_DATASIZE
LPS_CHECK("its value or type", (_PyDateTime_DATE_DATASIZE) == 4LL && LPS_SAME(__typeof__(_PyDateTime_DATE_DATASIZE), int));
//@ const _PyDateTime_TIME_DATASIZE
LPS_CHECK("its value or type", (_PyDateTime_TIME_DATASIZE) == 6LL && LPS_SAME(__typeof__(_PyDateTime_TIME_DATASIZE), int));
//@ const _PyDateTime_DATETIME_DATASIZE
LPS_CHECK("its value or type", (_PyDateTime_DATETIME_DATASIZE) == 10LL && LPS_SAME(__typeof__(_PyDateTime_DATETIME_DATASIZE), int));
//@ const PyDateTime_CAPSULE_NAME
LPS_CHECK("its value or type", sizeof(PyDateTime_CAPSULE_NAME) == 23 && __builtin_strcmp(PyDateTime_CAPSULE_NAME, "datetime.datetime_CAPI") == 0);
//@ const T_SHORT
LPS_CHECK("its value or type", (T_SHORT) == 0LL && LPS_SAME(__typeof__(T_SHORT), int));
//@ const T_INT
LPS_CHECK("its value or type", (T_INT) == 1LL && LPS_SAME(__typeof__(T_INT), int));
//@ const T_LONG
LPS_CHECK("its value or type", (T_LONG) == 2LL && LPS_SAME(__typeof__(T_LONG), int));
//@ const T_FLOAT
LPS_CHECK("its value or type", (T_FLOAT) == 3LL && LPS_SAME(__typeof__(T_FLOAT), int));
//@ const T_DOUBLE
LPS_CHECK("its value or type", (T_DOUBLE) == 4LL && LPS_SAME(__typeof__(T_DOUBLE), int));
//@ const T_STRING
LPS_CHECK("its value or type", (T_STRING) == 5LL && LPS_SAME(__typeof__(T_STRING), int));
//@ const T_OBJECT
LPS_CHECK("its value or type", (T_OBJECT) == 6LL && LPS_SAME(__typeof__(T_OBJECT), int));
//@ const T_CHAR
LPS_CHECK("its value or type", (T_CHAR) == 7LL && LPS_SAME(__typeof__(T_CHAR), int));
//@ const T_BYTE
LPS_CHECK("its value or type", (T_BYTE) == 8LL && LPS_SAME(__typeof__(T_BYTE), int));
//@ const T_UBYTE
LPS_CHECK("its value or type", (T_UBYTE) == 9LL && LPS_SAME(__typeof__(T_UBYTE), int));
//@ const T_USHORT
LPS_CHECK("its value or type", (T_USHORT) == 10LL && LPS_SAME(__typeof__(T_USHORT), int));
//@ const T_UINT
LPS_CHECK("its value or type", (T_UINT) == 11LL && LPS_SAME(__typeof__(T_UINT), int));
//@ const T_ULONG
LPS_CHECK("its value or type", (T_ULONG) == 12LL && LPS_SAME(__typeof__(T_ULONG), int));
//@ const T_STRING_INPLACE
LPS_CHECK("its value or type", (T_STRING_INPLACE) == 13LL && LPS_SAME(__typeof__(T_STRING_INPLACE), int));
//@ const T_BOOL
LPS_CHECK("its value or type", (T_BOOL) == 14LL && LPS_SAME(__typeof__(T_BOOL), int));
//@ const T_OBJECT_EX
LPS_CHECK("its value or type", (T_OBJECT_EX) == 16LL && LPS_SAME(__typeof__(T_OBJECT_EX), int));
//@ const T_LONGLONG
LPS_CHECK("its value or type", (T_LONGLONG) == 17LL && LPS_SAME(__typeof__(T_LONGLONG), int));
//@ const T_ULONGLONG
LPS_CHECK("its value or type", (T_ULONGLONG) == 18LL && LPS_SAME(__typeof__(T_ULONGLONG), int));
//@ const T_PYSSIZET
LPS_CHECK("its value or type", (T_PYSSIZET) == 19LL && LPS_SAME(__typeof__(T_PYSSIZET), int));
//@ const T_NONE
LPS_CHECK("its value or type", (T_NONE) == 20LL && LPS_SAME(__typeof__(T_NONE), int));
//@ const READONLY
LPS_CHECK("its value or type", (READONLY) == 1LL && LPS_SAME(__typeof__(READONLY), int));
//@ const PY_AUDIT_READ
LPS_CHECK("its value or type", (PY_AUDIT_READ) == 2LL && LPS_SAME(__typeof__(PY_AUDIT_READ), int));
//@ const READ_RESTRICTED
LPS_CHECK("its value or type", (READ_RESTRICTED) == 2LL && LPS_SAME(__typeof__(READ_RESTRICTED), int));
//@ const PY_WRITE_RESTRICTED
LPS_CHECK("its value or type", (PY_WRITE_RESTRICTED) == 4LL && LPS_SAME(__typeof__(PY_WRITE_RESTRICTED), int));
//@ const RESTRICTED
LPS_CHECK("its value or type", (RESTRICTED) == 6LL && LPS_SAME(__typeof__(RESTRICTED), int));
//@ const Py_MARSHAL_VERSION
LPS_CHECK("its value or type", (Py_MARSHAL_VERSION) == 4LL && LPS_SAME(__typeof__(Py_MARSHAL_VERSION), int));
//@ const PYMEM_DOMAIN_RAW =PyMemAllocatorDomain
LPS_CHECK("its value or type", (PYMEM_DOMAIN_RAW) == 0LL);
//@ const PYMEM_DOMAIN_MEM =PyMemAllocatorDomain
LPS_CHECK("its value or type", (PYMEM_DOMAIN_MEM) == 1LL);
//@ const PYMEM_DOMAIN_OBJ =PyMemAllocatorDomain
LPS_CHECK("its value or type", (PYMEM_DOMAIN_OBJ) == 2LL);
//@ const PYMEM_ALLOCATOR_NOT_SET =PyMemAllocatorName
LPS_CHECK("its value or type", (PYMEM_ALLOCATOR_NOT_SET) == 0LL);
//@ const PYMEM_ALLOCATOR_DEFAULT =PyMemAllocatorName
LPS_CHECK("its value or type", (PYMEM_ALLOCATOR_DEFAULT) == 1LL);
//@ const PYMEM_ALLOCATOR_DEBUG =PyMemAllocatorName
LPS_CHECK("its value or type", (PYMEM_ALLOCATOR_DEBUG) == 2LL);
//@ const PYMEM_ALLOCATOR_MALLOC =PyMemAllocatorName
LPS_CHECK("its value or type", (PYMEM_ALLOCATOR_MALLOC) == 3LL);
//@ const PYMEM_ALLOCATOR_MALLOC_DEBUG =PyMemAllocatorName
LPS_CHECK("its value or type", (PYMEM_ALLOCATOR_MALLOC_DEBUG) == 4LL);
//@ const PYMEM_ALLOCATOR_PYMALLOC =PyMemAllocatorName
LPS_CHECK("its value or type", (PYMEM_ALLOCATOR_PYMALLOC) == 5LL);
//@ const PYMEM_ALLOCATOR_PYMALLOC_DEBUG =PyMemAllocatorName
LPS_CHECK("its value or type", (PYMEM_ALLOCATOR_PYMALLOC_DEBUG) == 6LL);
//@ const PYGEN_RETURN =PySendResult
LPS_CHECK("its value or type", (PYGEN_RETURN) == 0LL);
//@ const PYGEN_ERROR =PySendResult
LPS_CHECK("its value or type", (PYGEN_ERROR) == (-1LL));
//@ const PYGEN_NEXT =PySendResult
LPS_CHECK("its value or type", (PYGEN_NEXT) == 1LL);
//@ const PyUnicode_1BYTE_KIND =PyUnicode_Kind
LPS_CHECK("its value or type", (PyUnicode_1BYTE_KIND) == 1LL);
//@ const PyUnicode_2BYTE_KIND =PyUnicode_Kind
LPS_CHECK("its value or type", (PyUnicode_2BYTE_KIND) == 2LL);
//@ const PyUnicode_4BYTE_KIND =PyUnicode_Kind
LPS_CHECK("its value or type", (PyUnicode_4BYTE_KIND) == 4LL);
//@ const PyDict_EVENT_ADDED =PyDict_WatchEvent
LPS_CHECK("its value or type", (PyDict_EVENT_ADDED) == 0LL);
//@ const PyDict_EVENT_MODIFIED =PyDict_WatchEvent
LPS_CHECK("its value or type", (PyDict_EVENT_MODIFIED) == 1LL);
//@ const PyDict_EVENT_DELETED =PyDict_WatchEvent
LPS_CHECK("its value or type", (PyDict_EVENT_DELETED) == 2LL);
//@ const PyDict_EVENT_CLONED =PyDict_WatchEvent
LPS_CHECK("its value or type", (PyDict_EVENT_CLONED) == 3LL);
//@ const PyDict_EVENT_CLEARED =PyDict_WatchEvent
LPS_CHECK("its value or type", (PyDict_EVENT_CLEARED) == 4LL);
//@ const PyDict_EVENT_DEALLOCATED =PyDict_WatchEvent
LPS_CHECK("its value or type", (PyDict_EVENT_DEALLOCATED) == 5LL);
//@ const PyFunction_EVENT_CREATE =PyFunction_WatchEvent
LPS_CHECK("its value or type", (PyFunction_EVENT_CREATE) == 0LL);
//@ const PyFunction_EVENT_DESTROY =PyFunction_WatchEvent
LPS_CHECK("its value or type", (PyFunction_EVENT_DESTROY) == 1LL);
//@ const PyFunction_EVENT_MODIFY_CODE =PyFunction_WatchEvent
LPS_CHECK("its value or type", (PyFunction_EVENT_MODIFY_CODE) == 2LL);
//@ const PyFunction_EVENT_MODIFY_DEFAULTS =PyFunction_WatchEvent
LPS_CHECK("its value or type", (PyFunction_EVENT_MODIFY_DEFAULTS) == 3LL);
//@ const PyFunction_EVENT_MODIFY_KWDEFAULTS =PyFunction_WatchEvent
LPS_CHECK("its value or type", (PyFunction_EVENT_MODIFY_KWDEFAULTS) == 4LL);
//@ const PY_CODE_EVENT_CREATE =PyCodeEvent
LPS_CHECK("its value or type", (PY_CODE_EVENT_CREATE) == 0LL);
//@ const PY_CODE_EVENT_DESTROY =PyCodeEvent
LPS_CHECK("its value or type", (PY_CODE_EVENT_DESTROY) == 1LL);
//@ const PY_CODE_LOCATION_INFO_SHORT0 =_PyCodeLocationInfoKind
LPS_CHECK("its value or type", (PY_CODE_LOCATION_INFO_SHORT0) == 0LL);
//@ const PY_CODE_LOCATION_INFO_ONE_LINE0 =_PyCodeLocationInfoKind
LPS_CHECK("its value or type", (PY_CODE_LOCATION_INFO_ONE_LINE0) == 10LL);
//@ const PY_CODE_LOCATION_INFO_ONE_LINE1 =_PyCodeLocationInfoKind
LPS_CHECK("its value or type", (PY_CODE_LOCATION_INFO_ONE_LINE1) == 11LL);
//@ const PY_CODE_LOCATION_INFO_ONE_LINE2 =_PyCodeLocationInfoKind
LPS_CHECK("its value or type", (PY_CODE_LOCATION_INFO_ONE_LINE2) == 12LL);
//@ const PY_CODE_LOCATION_INFO_NO_COLUMNS =_PyCodeLocationInfoKind
LPS_CHECK("its value or type", (PY_CODE_LOCATION_INFO_NO_COLUMNS) == 13LL);
//@ const PY_CODE_LOCATION_INFO_LONG =_PyCodeLocationInfoKind
LPS_CHECK("its value or type", (PY_CODE_LOCATION_INFO_LONG) == 14LL);
//@ const PY_CODE_LOCATION_INFO_NONE =_PyCodeLocationInfoKind
LPS_CHECK("its value or type", (PY_CODE_LOCATION_INFO_NONE) == 15LL);
//@ const _PyStatus_TYPE_OK =PyStatus__bindgen_ty_1
LPS_CHECK("its value or type", (_PyStatus_TYPE_OK) == 0LL);
//@ const _PyStatus_TYPE_ERROR =PyStatus__bindgen_ty_1
LPS_CHECK("its value or type", (_PyStatus_TYPE_ERROR) == 1LL);
//@ const _PyStatus_TYPE_EXIT =PyStatus__bindgen_ty_1
LPS_CHECK("its value or type", (_PyStatus_TYPE_EXIT) == 2LL);
//@ const PyGILState_LOCKED =PyGILState_STATE
LPS_CHECK("its value or type", (PyGILState_LOCKED) == 0LL);
//@ const PyGILState_UNLOCKED =PyGILState_STATE
LPS_CHECK("its value or type", (PyGILState_UNLOCKED) == 1LL);
//@ const _PyTime_ROUND_FLOOR =_PyTime_round_t
LPS_CHECK("its value or type", (_PyTime_ROUND_FLOOR) == 0LL);
//@ const _PyTime_ROUND_CEILING =_PyTime_round_t
LPS_CHECK("its value or type", (_PyTime_ROUND_CEILING) == 1LL);
//@ const _PyTime_ROUND_HALF_EVEN =_PyTime_round_t
LPS_CHECK("its value or type", (_PyTime_ROUND_HALF_EVEN) == 2LL);
//@ const _PyTime_ROUND_UP =_PyTime_round_t
LPS_CHECK("its value or type", (_PyTime_ROUND_UP) == 3LL);
//@ const _PyTime_ROUND_TIMEOUT =_PyTime_round_t
LPS_CHECK("its value or type", (_PyTime_ROUND_TIMEOUT) == 3LL);
//@ const PY_LOCK_FAILURE =PyLockStatus
LPS_CHECK("its value or type", (PY_LOCK_FAILURE) == 0LL);
//@ const PY_LOCK_ACQUIRED =PyLockStatus
LPS_CHECK("its value or type", (PY_LOCK_ACQUIRED) == 1LL);
//@ const PY_LOCK_INTR =PyLockStatus
LPS_CHECK("its value or type", (PY_LOCK_INTR) == 2LL);
//@ function PyMem_Malloc
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMem_Malloc), void *(*)(size_t)));
//@ function PyMem_Calloc
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMem_Calloc), void *(*)(size_t, size_t)));
//@ function PyMem_Realloc
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMem_Realloc), void *(*)(void *, size_t)));
//@ function PyMem_Free
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMem_Free), void (*)(void *)));
//@ function PyMem_RawMalloc
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMem_RawMalloc), void *(*)(size_t)));
//@ function PyMem_RawCalloc
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMem_RawCalloc), void *(*)(size_t, size_t)));
//@ function PyMem_RawRealloc
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMem_RawRealloc), void *(*)(void *, size_t)));
//@ function PyMem_RawFree
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMem_RawFree), void (*)(void *)));
//@ function _PyMem_GetCurrentAllocatorName
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMem_GetCurrentAllocatorName), const char *(*)(void)));
//@ function _PyMem_RawStrdup
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMem_RawStrdup), char *(*)(const char *)));
//@ function _PyMem_Strdup
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMem_Strdup), char *(*)(const char *)));
//@ function _PyMem_RawWcsdup
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMem_RawWcsdup), wchar_t *(*)(const wchar_t *)));
//@ function PyMem_GetAllocator =PyMemAllocatorDomain *PyMemAllocatorEx
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMem_GetAllocator), void (*)(PyMemAllocatorDomain, PyMemAllocatorEx *)));
//@ function PyMem_SetAllocator =PyMemAllocatorDomain *PyMemAllocatorEx
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMem_SetAllocator), void (*)(PyMemAllocatorDomain, PyMemAllocatorEx *)));
//@ function PyMem_SetupDebugHooks
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMem_SetupDebugHooks), void (*)(void)));
//@ function PyObject_CheckBuffer *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_CheckBuffer), int (*)(PyObject *)));
//@ function PyObject_GetBuffer *PyObject,Py_buffer
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GetBuffer), int (*)(PyObject *, Py_buffer *, int)));
//@ function PyBuffer_GetPointer *Py_buffer
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBuffer_GetPointer), void *(*)(const Py_buffer *, const Py_ssize_t *)));
//@ function PyBuffer_SizeFromFormat
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBuffer_SizeFromFormat), Py_ssize_t (*)(const char *)));
//@ function PyBuffer_ToContiguous *Py_buffer
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBuffer_ToContiguous), int (*)(void *, const Py_buffer *, Py_ssize_t, char)));
//@ function PyBuffer_FromContiguous *Py_buffer
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBuffer_FromContiguous), int (*)(const Py_buffer *, const void *, Py_ssize_t, char)));
//@ function PyObject_CopyData *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_CopyData), int (*)(PyObject *, PyObject *)));
//@ function PyBuffer_IsContiguous *Py_buffer
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBuffer_IsContiguous), int (*)(const Py_buffer *, char)));
//@ function PyBuffer_FillContiguousStrides
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBuffer_FillContiguousStrides), void (*)(int, Py_ssize_t *, Py_ssize_t *, int, char)));
//@ function PyBuffer_FillInfo *PyObject,Py_buffer
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBuffer_FillInfo), int (*)(Py_buffer *, PyObject *, void *, Py_ssize_t, int, int)));
//@ function PyBuffer_Release *Py_buffer
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBuffer_Release), void (*)(Py_buffer *)));
//@ function PyType_FromSpec *PyObject,PyType_Spec
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_FromSpec), PyObject *(*)(PyType_Spec *)));
//@ function PyType_FromSpecWithBases *PyObject,PyType_Spec
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_FromSpecWithBases), PyObject *(*)(PyType_Spec *, PyObject *)));
//@ function PyType_GetSlot *PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_GetSlot), void *(*)(PyTypeObject *, int)));
//@ function PyType_FromModuleAndSpec *PyObject,PyType_Spec
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_FromModuleAndSpec), PyObject *(*)(PyObject *, PyType_Spec *, PyObject *)));
//@ function PyType_GetModule *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_GetModule), PyObject *(*)(PyTypeObject *)));
//@ function PyType_GetModuleState *PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_GetModuleState), void *(*)(PyTypeObject *)));
//@ function PyType_GetName *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_GetName), PyObject *(*)(PyTypeObject *)));
//@ function PyType_GetQualName *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_GetQualName), PyObject *(*)(PyTypeObject *)));
//@ function PyType_FromMetaclass *PyObject,PyTypeObject,PyType_Spec
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_FromMetaclass), PyObject *(*)(PyTypeObject *, PyObject *, PyType_Spec *, PyObject *)));
//@ function PyObject_GetTypeData *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GetTypeData), void *(*)(PyObject *, PyTypeObject *)));
//@ function PyType_GetTypeDataSize *PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_GetTypeDataSize), Py_ssize_t (*)(PyTypeObject *)));
//@ function PyType_IsSubtype *PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_IsSubtype), int (*)(PyTypeObject *, PyTypeObject *)));
//@ function PyType_GetFlags *PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_GetFlags), unsigned long (*)(PyTypeObject *)));
//@ function PyType_Ready *PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_Ready), int (*)(PyTypeObject *)));
//@ function PyType_GenericAlloc *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_GenericAlloc), PyObject *(*)(PyTypeObject *, Py_ssize_t)));
//@ function PyType_GenericNew *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_GenericNew), PyObject *(*)(PyTypeObject *, PyObject *, PyObject *)));
//@ function PyType_ClearCache
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_ClearCache), unsigned int (*)(void)));
//@ function PyType_Modified *PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_Modified), void (*)(PyTypeObject *)));
//@ function PyObject_Repr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Repr), PyObject *(*)(PyObject *)));
//@ function PyObject_Str *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Str), PyObject *(*)(PyObject *)));
//@ function PyObject_ASCII *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_ASCII), PyObject *(*)(PyObject *)));
//@ function PyObject_Bytes *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Bytes), PyObject *(*)(PyObject *)));
//@ function PyObject_RichCompare *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_RichCompare), PyObject *(*)(PyObject *, PyObject *, int)));
//@ function PyObject_RichCompareBool *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_RichCompareBool), int (*)(PyObject *, PyObject *, int)));
//@ function PyObject_GetAttrString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GetAttrString), PyObject *(*)(PyObject *, const char *)));
//@ function PyObject_SetAttrString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_SetAttrString), int (*)(PyObject *, const char *, PyObject *)));
//@ function PyObject_HasAttrString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_HasAttrString), int (*)(PyObject *, const char *)));
//@ function PyObject_GetAttr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GetAttr), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyObject_SetAttr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_SetAttr), int (*)(PyObject *, PyObject *, PyObject *)));
//@ function PyObject_HasAttr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_HasAttr), int (*)(PyObject *, PyObject *)));
//@ function PyObject_SelfIter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_SelfIter), PyObject *(*)(PyObject *)));
//@ function PyObject_GenericGetAttr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GenericGetAttr), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyObject_GenericSetAttr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GenericSetAttr), int (*)(PyObject *, PyObject *, PyObject *)));
//@ function PyObject_GenericSetDict *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GenericSetDict), int (*)(PyObject *, PyObject *, void *)));
//@ function PyObject_Hash =Py_hash_t *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Hash), Py_hash_t (*)(PyObject *)));
//@ function PyObject_HashNotImplemented =Py_hash_t *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_HashNotImplemented), Py_hash_t (*)(PyObject *)));
//@ function PyObject_IsTrue *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_IsTrue), int (*)(PyObject *)));
//@ function PyObject_Not *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Not), int (*)(PyObject *)));
//@ function PyCallable_Check *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCallable_Check), int (*)(PyObject *)));
//@ function PyObject_ClearWeakRefs *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_ClearWeakRefs), void (*)(PyObject *)));
//@ function PyObject_Dir *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Dir), PyObject *(*)(PyObject *)));
//@ function _PyObject_GetState *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_GetState), PyObject *(*)(PyObject *)));
//@ function Py_ReprEnter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_ReprEnter), int (*)(PyObject *)));
//@ function Py_ReprLeave *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_ReprLeave), void (*)(PyObject *)));
//@ function _Py_Dealloc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_Dealloc), void (*)(PyObject *)));
//@ function Py_IncRef *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_IncRef), void (*)(PyObject *)));
//@ function Py_DecRef *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_DecRef), void (*)(PyObject *)));
//@ function _Py_IncRef *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_IncRef), void (*)(PyObject *)));
//@ function _Py_DecRef *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_DecRef), void (*)(PyObject *)));
//@ function _Py_NewReference *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_NewReference), void (*)(PyObject *)));
//@ function _Py_NewReferenceNoTotal *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_NewReferenceNoTotal), void (*)(PyObject *)));
//@ function _PyType_Name *PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyType_Name), const char *(*)(PyTypeObject *)));
//@ function _PyType_Lookup *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyType_Lookup), PyObject *(*)(PyTypeObject *, PyObject *)));
//@ function _PyType_LookupId *PyObject,PyTypeObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyType_LookupId), PyObject *(*)(PyTypeObject *, _Py_Identifier *)));
//@ function _PyObject_LookupSpecialId *PyObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_LookupSpecialId), PyObject *(*)(PyObject *, _Py_Identifier *)));
//@ function _PyType_CalculateMetaclass *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyType_CalculateMetaclass), PyTypeObject *(*)(PyTypeObject *, PyObject *)));
//@ function _PyType_GetDocFromInternalDoc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyType_GetDocFromInternalDoc), PyObject *(*)(const char *, const char *)));
//@ function _PyType_GetTextSignatureFromInternalDoc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyType_GetTextSignatureFromInternalDoc), PyObject *(*)(const char *, const char *)));
//@ function PyType_GetModuleByDef *PyModuleDef,PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_GetModuleByDef), PyObject *(*)(PyTypeObject *, PyModuleDef *)));
//@ function PyType_GetDict *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_GetDict), PyObject *(*)(PyTypeObject *)));
//@ function PyObject_Print *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Print), int (*)(PyObject *, FILE *, int)));
//@ function _Py_BreakPoint
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_BreakPoint), void (*)(void)));
//@ function _PyObject_Dump *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_Dump), void (*)(PyObject *)));
//@ function _PyObject_IsFreed *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_IsFreed), int (*)(PyObject *)));
//@ function _PyObject_IsAbstract *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_IsAbstract), int (*)(PyObject *)));
//@ function _PyObject_GetAttrId *PyObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_GetAttrId), PyObject *(*)(PyObject *, _Py_Identifier *)));
//@ function _PyObject_SetAttrId *PyObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_SetAttrId), int (*)(PyObject *, _Py_Identifier *, PyObject *)));
//@ function _PyObject_LookupAttr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_LookupAttr), int (*)(PyObject *, PyObject *, PyObject **)));
//@ function _PyObject_LookupAttrId *PyObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_LookupAttrId), int (*)(PyObject *, _Py_Identifier *, PyObject **)));
//@ function _PyObject_GetMethod *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_GetMethod), int (*)(PyObject *, PyObject *, PyObject **)));
//@ function _PyObject_GetDictPtr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_GetDictPtr), PyObject **(*)(PyObject *)));
//@ function _PyObject_NextNotImplemented *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_NextNotImplemented), PyObject *(*)(PyObject *)));
//@ function PyObject_CallFinalizer *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_CallFinalizer), void (*)(PyObject *)));
//@ function PyObject_CallFinalizerFromDealloc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_CallFinalizerFromDealloc), int (*)(PyObject *)));
//@ function _PyObject_GenericGetAttrWithDict *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_GenericGetAttrWithDict), PyObject *(*)(PyObject *, PyObject *, PyObject *, int)));
//@ function _PyObject_GenericSetAttrWithDict *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_GenericSetAttrWithDict), int (*)(PyObject *, PyObject *, PyObject *, PyObject *)));
//@ function _PyObject_FunctionStr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_FunctionStr), PyObject *(*)(PyObject *)));
//@ function _PyDebugAllocatorStats
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDebugAllocatorStats), void (*)(FILE *, const char *, int, size_t)));
//@ function _PyObject_DebugTypeStats
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_DebugTypeStats), void (*)(FILE *)));
//@ function _PyObject_AssertFailed *PyObject
LPS_CHECK("its declaration", sizeof(&_PyObject_AssertFailed) != 0);
LPS_DECL("its prototype", _Noreturn void _PyObject_AssertFailed(PyObject *, const char *, const char *, const char *, int, const char *););
//@ function _PyObject_CheckConsistency *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_CheckConsistency), int (*)(PyObject *, int)));
//@ function _PyTrash_begin *PyObject,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTrash_begin), int (*)(PyThreadState *, PyObject *)));
//@ function _PyTrash_end *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTrash_end), void (*)(PyThreadState *)));
//@ function _PyTrash_cond =destructor *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTrash_cond), int (*)(PyObject *, destructor)));
//@ function PyObject_GetItemData *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GetItemData), void *(*)(PyObject *)));
//@ function _PyObject_VisitManagedDict =visitproc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_VisitManagedDict), int (*)(PyObject *, visitproc, void *)));
//@ function _PyObject_ClearManagedDict *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_ClearManagedDict), void (*)(PyObject *)));
//@ function PyType_AddWatcher =PyType_WatchCallback
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_AddWatcher), int (*)(PyType_WatchCallback)));
//@ function PyType_ClearWatcher
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_ClearWatcher), int (*)(int)));
//@ function PyType_Watch *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_Watch), int (*)(int, PyObject *)));
//@ function PyType_Unwatch *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_Unwatch), int (*)(int, PyObject *)));
//@ function PyUnstable_Type_AssignVersionTag *PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_Type_AssignVersionTag), int (*)(PyTypeObject *)));
//@ function PyObject_Malloc
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Malloc), void *(*)(size_t)));
//@ function PyObject_Calloc
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Calloc), void *(*)(size_t, size_t)));
//@ function PyObject_Realloc
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Realloc), void *(*)(void *, size_t)));
//@ function PyObject_Free
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Free), void (*)(void *)));
//@ function PyObject_Init *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Init), PyObject *(*)(PyObject *, PyTypeObject *)));
//@ function PyObject_InitVar *PyTypeObject,PyVarObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_InitVar), PyVarObject *(*)(PyVarObject *, PyTypeObject *, Py_ssize_t)));
//@ function _PyObject_New *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_New), PyObject *(*)(PyTypeObject *)));
//@ function _PyObject_NewVar *PyTypeObject,PyVarObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_NewVar), PyVarObject *(*)(PyTypeObject *, Py_ssize_t)));
//@ function PyGC_Collect
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyGC_Collect), Py_ssize_t (*)(void)));
//@ function PyGC_Enable
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyGC_Enable), int (*)(void)));
//@ function PyGC_Disable
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyGC_Disable), int (*)(void)));
//@ function PyGC_IsEnabled
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyGC_IsEnabled), int (*)(void)));
//@ function PyUnstable_GC_VisitObjects =gcvisitobjects_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_GC_VisitObjects), void (*)(gcvisitobjects_t, void *)));
//@ function _PyObject_GC_Resize *PyVarObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_GC_Resize), PyVarObject *(*)(PyVarObject *, Py_ssize_t)));
//@ function _PyObject_GC_New *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_GC_New), PyObject *(*)(PyTypeObject *)));
//@ function _PyObject_GC_NewVar *PyTypeObject,PyVarObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_GC_NewVar), PyVarObject *(*)(PyTypeObject *, Py_ssize_t)));
//@ function PyObject_GC_Track
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GC_Track), void (*)(void *)));
//@ function PyObject_GC_UnTrack
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GC_UnTrack), void (*)(void *)));
//@ function PyObject_GC_Del
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GC_Del), void (*)(void *)));
//@ function PyObject_GC_IsTracked *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GC_IsTracked), int (*)(PyObject *)));
//@ function PyObject_GC_IsFinalized *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GC_IsFinalized), int (*)(PyObject *)));
//@ function PyObject_GetArenaAllocator *PyObjectArenaAllocator
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GetArenaAllocator), void (*)(PyObjectArenaAllocator *)));
//@ function PyObject_SetArenaAllocator *PyObjectArenaAllocator
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_SetArenaAllocator), void (*)(PyObjectArenaAllocator *)));
//@ function PyObject_IS_GC *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_IS_GC), int (*)(PyObject *)));
//@ function PyType_SUPPORTS_WEAKREFS *PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_SUPPORTS_WEAKREFS), int (*)(PyTypeObject *)));
//@ function PyObject_GET_WEAKREFS_LISTPTR *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GET_WEAKREFS_LISTPTR), PyObject **(*)(PyObject *)));
//@ function PyUnstable_Object_GC_NewWithExtraData *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_Object_GC_NewWithExtraData), PyObject *(*)(PyTypeObject *, size_t)));
//@ function _Py_HashDouble =Py_hash_t *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_HashDouble), Py_hash_t (*)(PyObject *, double)));
//@ function _Py_HashPointer =Py_hash_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_HashPointer), Py_hash_t (*)(const void *)));
//@ function _Py_HashPointerRaw =Py_hash_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_HashPointerRaw), Py_hash_t (*)(const void *)));
//@ function _Py_HashBytes =Py_hash_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_HashBytes), Py_hash_t (*)(const void *, Py_ssize_t)));
//@ function PyHash_GetFuncDef *PyHash_FuncDef
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyHash_GetFuncDef), PyHash_FuncDef *(*)(void)));
//@ function Py_GETENV
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_GETENV), char *(*)(const char *)));
//@ function PyByteArray_FromObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyByteArray_FromObject), PyObject *(*)(PyObject *)));
//@ function PyByteArray_Concat *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyByteArray_Concat), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyByteArray_FromStringAndSize *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyByteArray_FromStringAndSize), PyObject *(*)(const char *, Py_ssize_t)));
//@ function PyByteArray_Size *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyByteArray_Size), Py_ssize_t (*)(PyObject *)));
//@ function PyByteArray_AsString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyByteArray_AsString), char *(*)(PyObject *)));
//@ function PyByteArray_Resize *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyByteArray_Resize), int (*)(PyObject *, Py_ssize_t)));
//@ function PyBytes_FromStringAndSize *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBytes_FromStringAndSize), PyObject *(*)(const char *, Py_ssize_t)));
//@ function PyBytes_FromString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBytes_FromString), PyObject *(*)(const char *)));
//@ function PyBytes_FromObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBytes_FromObject), PyObject *(*)(PyObject *)));
//@ function PyBytes_FromFormat *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBytes_FromFormat), PyObject *(*)(const char *, ...)));
//@ function PyBytes_Size *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBytes_Size), Py_ssize_t (*)(PyObject *)));
//@ function PyBytes_AsString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBytes_AsString), char *(*)(PyObject *)));
//@ function PyBytes_Repr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBytes_Repr), PyObject *(*)(PyObject *, int)));
//@ function PyBytes_Concat *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBytes_Concat), void (*)(PyObject **, PyObject *)));
//@ function PyBytes_ConcatAndDel *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBytes_ConcatAndDel), void (*)(PyObject **, PyObject *)));
//@ function PyBytes_DecodeEscape *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBytes_DecodeEscape), PyObject *(*)(const char *, Py_ssize_t, const char *, Py_ssize_t, const char *)));
//@ function PyBytes_AsStringAndSize *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBytes_AsStringAndSize), int (*)(PyObject *, char **, Py_ssize_t *)));
//@ function _PyBytes_Resize *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyBytes_Resize), int (*)(PyObject **, Py_ssize_t)));
//@ function _PyBytes_FormatEx *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyBytes_FormatEx), PyObject *(*)(const char *, Py_ssize_t, PyObject *, int)));
//@ function _PyBytes_FromHex *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyBytes_FromHex), PyObject *(*)(PyObject *, int)));
//@ function _PyBytes_DecodeEscape *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyBytes_DecodeEscape), PyObject *(*)(const char *, Py_ssize_t, const char *, const char **)));
//@ function _PyBytes_Join *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyBytes_Join), PyObject *(*)(PyObject *, PyObject *)));
//@ function _PyBytesWriter_Init *_PyBytesWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyBytesWriter_Init), void (*)(_PyBytesWriter *)));
//@ function _PyBytesWriter_Finish *PyObject,_PyBytesWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyBytesWriter_Finish), PyObject *(*)(_PyBytesWriter *, void *)));
//@ function _PyBytesWriter_Dealloc *_PyBytesWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyBytesWriter_Dealloc), void (*)(_PyBytesWriter *)));
//@ function _PyBytesWriter_Alloc *_PyBytesWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyBytesWriter_Alloc), void *(*)(_PyBytesWriter *, Py_ssize_t)));
//@ function _PyBytesWriter_Prepare *_PyBytesWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyBytesWriter_Prepare), void *(*)(_PyBytesWriter *, void *, Py_ssize_t)));
//@ function _PyBytesWriter_Resize *_PyBytesWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyBytesWriter_Resize), void *(*)(_PyBytesWriter *, void *, Py_ssize_t)));
//@ function _PyBytesWriter_WriteBytes *_PyBytesWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyBytesWriter_WriteBytes), void *(*)(_PyBytesWriter *, void *, const void *, Py_ssize_t)));
//@ function PyUnicode_FromStringAndSize *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_FromStringAndSize), PyObject *(*)(const char *, Py_ssize_t)));
//@ function PyUnicode_FromString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_FromString), PyObject *(*)(const char *)));
//@ function PyUnicode_Substring *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Substring), PyObject *(*)(PyObject *, Py_ssize_t, Py_ssize_t)));
//@ function PyUnicode_AsUCS4 *PyObject,Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsUCS4), Py_UCS4 *(*)(PyObject *, Py_UCS4 *, Py_ssize_t, int)));
//@ function PyUnicode_AsUCS4Copy *PyObject,Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsUCS4Copy), Py_UCS4 *(*)(PyObject *)));
//@ function PyUnicode_GetLength *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_GetLength), Py_ssize_t (*)(PyObject *)));
//@ function PyUnicode_ReadChar =Py_UCS4 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_ReadChar), Py_UCS4 (*)(PyObject *, Py_ssize_t)));
//@ function PyUnicode_WriteChar =Py_UCS4 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_WriteChar), int (*)(PyObject *, Py_ssize_t, Py_UCS4)));
//@ function PyUnicode_Resize *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Resize), int (*)(PyObject **, Py_ssize_t)));
//@ function PyUnicode_FromEncodedObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_FromEncodedObject), PyObject *(*)(PyObject *, const char *, const char *)));
//@ function PyUnicode_FromObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_FromObject), PyObject *(*)(PyObject *)));
//@ function PyUnicode_FromFormat *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_FromFormat), PyObject *(*)(const char *, ...)));
//@ function PyUnicode_InternInPlace *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_InternInPlace), void (*)(PyObject **)));
//@ function PyUnicode_InternFromString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_InternFromString), PyObject *(*)(const char *)));
//@ function PyUnicode_FromWideChar *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_FromWideChar), PyObject *(*)(const wchar_t *, Py_ssize_t)));
//@ function PyUnicode_AsWideChar *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsWideChar), Py_ssize_t (*)(PyObject *, wchar_t *, Py_ssize_t)));
//@ function PyUnicode_AsWideCharString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsWideCharString), wchar_t *(*)(PyObject *, Py_ssize_t *)));
//@ function PyUnicode_FromOrdinal *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_FromOrdinal), PyObject *(*)(int)));
//@ function PyUnicode_GetDefaultEncoding
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_GetDefaultEncoding), const char *(*)(void)));
//@ function PyUnicode_Decode *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Decode), PyObject *(*)(const char *, Py_ssize_t, const char *, const char *)));
//@ function PyUnicode_AsDecodedObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsDecodedObject), PyObject *(*)(PyObject *, const char *, const char *)));
//@ function PyUnicode_AsDecodedUnicode *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsDecodedUnicode), PyObject *(*)(PyObject *, const char *, const char *)));
//@ function PyUnicode_AsEncodedObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsEncodedObject), PyObject *(*)(PyObject *, const char *, const char *)));
//@ function PyUnicode_AsEncodedString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsEncodedString), PyObject *(*)(PyObject *, const char *, const char *)));
//@ function PyUnicode_AsEncodedUnicode *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsEncodedUnicode), PyObject *(*)(PyObject *, const char *, const char *)));
//@ function PyUnicode_BuildEncodingMap *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_BuildEncodingMap), PyObject *(*)(PyObject *)));
//@ function PyUnicode_DecodeUTF7 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_DecodeUTF7), PyObject *(*)(const char *, Py_ssize_t, const char *)));
//@ function PyUnicode_DecodeUTF7Stateful *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_DecodeUTF7Stateful), PyObject *(*)(const char *, Py_ssize_t, const char *, Py_ssize_t *)));
//@ function PyUnicode_DecodeUTF8 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_DecodeUTF8), PyObject *(*)(const char *, Py_ssize_t, const char *)));
//@ function PyUnicode_DecodeUTF8Stateful *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_DecodeUTF8Stateful), PyObject *(*)(const char *, Py_ssize_t, const char *, Py_ssize_t *)));
//@ function PyUnicode_AsUTF8String *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsUTF8String), PyObject *(*)(PyObject *)));
//@ function PyUnicode_AsUTF8AndSize *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsUTF8AndSize), const char *(*)(PyObject *, Py_ssize_t *)));
//@ function PyUnicode_DecodeUTF32 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_DecodeUTF32), PyObject *(*)(const char *, Py_ssize_t, const char *, int *)));
//@ function PyUnicode_DecodeUTF32Stateful *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_DecodeUTF32Stateful), PyObject *(*)(const char *, Py_ssize_t, const char *, int *, Py_ssize_t *)));
//@ function PyUnicode_AsUTF32String *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsUTF32String), PyObject *(*)(PyObject *)));
//@ function PyUnicode_DecodeUTF16 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_DecodeUTF16), PyObject *(*)(const char *, Py_ssize_t, const char *, int *)));
//@ function PyUnicode_DecodeUTF16Stateful *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_DecodeUTF16Stateful), PyObject *(*)(const char *, Py_ssize_t, const char *, int *, Py_ssize_t *)));
//@ function PyUnicode_AsUTF16String *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsUTF16String), PyObject *(*)(PyObject *)));
//@ function PyUnicode_DecodeUnicodeEscape *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_DecodeUnicodeEscape), PyObject *(*)(const char *, Py_ssize_t, const char *)));
//@ function PyUnicode_AsUnicodeEscapeString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsUnicodeEscapeString), PyObject *(*)(PyObject *)));
//@ function PyUnicode_DecodeRawUnicodeEscape *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_DecodeRawUnicodeEscape), PyObject *(*)(const char *, Py_ssize_t, const char *)));
//@ function PyUnicode_AsRawUnicodeEscapeString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsRawUnicodeEscapeString), PyObject *(*)(PyObject *)));
//@ function PyUnicode_DecodeLatin1 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_DecodeLatin1), PyObject *(*)(const char *, Py_ssize_t, const char *)));
//@ function PyUnicode_AsLatin1String *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsLatin1String), PyObject *(*)(PyObject *)));
//@ function PyUnicode_DecodeASCII *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_DecodeASCII), PyObject *(*)(const char *, Py_ssize_t, const char *)));
//@ function PyUnicode_AsASCIIString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsASCIIString), PyObject *(*)(PyObject *)));
//@ function PyUnicode_DecodeCharmap *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_DecodeCharmap), PyObject *(*)(const char *, Py_ssize_t, PyObject *, const char *)));
//@ function PyUnicode_AsCharmapString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsCharmapString), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyUnicode_DecodeLocaleAndSize *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_DecodeLocaleAndSize), PyObject *(*)(const char *, Py_ssize_t, const char *)));
//@ function PyUnicode_DecodeLocale *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_DecodeLocale), PyObject *(*)(const char *, const char *)));
//@ function PyUnicode_EncodeLocale *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_EncodeLocale), PyObject *(*)(PyObject *, const char *)));
//@ function PyUnicode_FSConverter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_FSConverter), int (*)(PyObject *, void *)));
//@ function PyUnicode_FSDecoder *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_FSDecoder), int (*)(PyObject *, void *)));
//@ function PyUnicode_DecodeFSDefault *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_DecodeFSDefault), PyObject *(*)(const char *)));
//@ function PyUnicode_DecodeFSDefaultAndSize *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_DecodeFSDefaultAndSize), PyObject *(*)(const char *, Py_ssize_t)));
//@ function PyUnicode_EncodeFSDefault *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_EncodeFSDefault), PyObject *(*)(PyObject *)));
//@ function PyUnicode_Concat *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Concat), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyUnicode_Append *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Append), void (*)(PyObject **, PyObject *)));
//@ function PyUnicode_AppendAndDel *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AppendAndDel), void (*)(PyObject **, PyObject *)));
//@ function PyUnicode_Split *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Split), PyObject *(*)(PyObject *, PyObject *, Py_ssize_t)));
//@ function PyUnicode_Splitlines *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Splitlines), PyObject *(*)(PyObject *, int)));
//@ function PyUnicode_Partition *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Partition), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyUnicode_RPartition *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_RPartition), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyUnicode_RSplit *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_RSplit), PyObject *(*)(PyObject *, PyObject *, Py_ssize_t)));
//@ function PyUnicode_Translate *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Translate), PyObject *(*)(PyObject *, PyObject *, const char *)));
//@ function PyUnicode_Join *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Join), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyUnicode_Tailmatch *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Tailmatch), Py_ssize_t (*)(PyObject *, PyObject *, Py_ssize_t, Py_ssize_t, int)));
//@ function PyUnicode_Find *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Find), Py_ssize_t (*)(PyObject *, PyObject *, Py_ssize_t, Py_ssize_t, int)));
//@ function PyUnicode_FindChar =Py_UCS4 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_FindChar), Py_ssize_t (*)(PyObject *, Py_UCS4, Py_ssize_t, Py_ssize_t, int)));
//@ function PyUnicode_Count *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Count), Py_ssize_t (*)(PyObject *, PyObject *, Py_ssize_t, Py_ssize_t)));
//@ function PyUnicode_Replace *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Replace), PyObject *(*)(PyObject *, PyObject *, PyObject *, Py_ssize_t)));
//@ function PyUnicode_Compare *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Compare), int (*)(PyObject *, PyObject *)));
//@ function PyUnicode_CompareWithASCIIString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_CompareWithASCIIString), int (*)(PyObject *, const char *)));
//@ function PyUnicode_RichCompare *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_RichCompare), PyObject *(*)(PyObject *, PyObject *, int)));
//@ function PyUnicode_Format *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Format), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyUnicode_Contains *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Contains), int (*)(PyObject *, PyObject *)));
//@ function PyUnicode_IsIdentifier *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_IsIdentifier), int (*)(PyObject *)));
//@ function _PyUnicode_CheckConsistency *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_CheckConsistency), int (*)(PyObject *, int)));
//@ function PyUnicode_New =Py_UCS4 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_New), PyObject *(*)(Py_ssize_t, Py_UCS4)));
//@ function _PyUnicode_Copy *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_Copy), PyObject *(*)(PyObject *)));
//@ function PyUnicode_CopyCharacters *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_CopyCharacters), Py_ssize_t (*)(PyObject *, Py_ssize_t, PyObject *, Py_ssize_t, Py_ssize_t)));
//@ function _PyUnicode_FastCopyCharacters *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_FastCopyCharacters), void (*)(PyObject *, Py_ssize_t, PyObject *, Py_ssize_t, Py_ssize_t)));
//@ function PyUnicode_Fill =Py_UCS4 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Fill), Py_ssize_t (*)(PyObject *, Py_ssize_t, Py_ssize_t, Py_UCS4)));
//@ function _PyUnicode_FastFill =Py_UCS4 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_FastFill), void (*)(PyObject *, Py_ssize_t, Py_ssize_t, Py_UCS4)));
//@ function PyUnicode_FromKindAndData *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_FromKindAndData), PyObject *(*)(int, const void *, Py_ssize_t)));
//@ function _PyUnicode_FromASCII *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_FromASCII), PyObject *(*)(const char *, Py_ssize_t)));
//@ function _PyUnicode_FindMaxChar =Py_UCS4 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_FindMaxChar), Py_UCS4 (*)(PyObject *, Py_ssize_t, Py_ssize_t)));
//@ function _PyUnicodeWriter_Init *_PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicodeWriter_Init), void (*)(_PyUnicodeWriter *)));
//@ function _PyUnicodeWriter_PrepareInternal =Py_UCS4 *_PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicodeWriter_PrepareInternal), int (*)(_PyUnicodeWriter *, Py_ssize_t, Py_UCS4)));
//@ function _PyUnicodeWriter_PrepareKindInternal *_PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicodeWriter_PrepareKindInternal), int (*)(_PyUnicodeWriter *, int)));
//@ function _PyUnicodeWriter_WriteChar =Py_UCS4 *_PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicodeWriter_WriteChar), int (*)(_PyUnicodeWriter *, Py_UCS4)));
//@ function _PyUnicodeWriter_WriteStr *PyObject,_PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicodeWriter_WriteStr), int (*)(_PyUnicodeWriter *, PyObject *)));
//@ function _PyUnicodeWriter_WriteSubstring *PyObject,_PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicodeWriter_WriteSubstring), int (*)(_PyUnicodeWriter *, PyObject *, Py_ssize_t, Py_ssize_t)));
//@ function _PyUnicodeWriter_WriteASCIIString *_PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicodeWriter_WriteASCIIString), int (*)(_PyUnicodeWriter *, const char *, Py_ssize_t)));
//@ function _PyUnicodeWriter_WriteLatin1String *_PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicodeWriter_WriteLatin1String), int (*)(_PyUnicodeWriter *, const char *, Py_ssize_t)));
//@ function _PyUnicodeWriter_Finish *PyObject,_PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicodeWriter_Finish), PyObject *(*)(_PyUnicodeWriter *)));
//@ function _PyUnicodeWriter_Dealloc *_PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicodeWriter_Dealloc), void (*)(_PyUnicodeWriter *)));
//@ function _PyUnicode_FormatAdvancedWriter *PyObject,_PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_FormatAdvancedWriter), int (*)(_PyUnicodeWriter *, PyObject *, PyObject *, Py_ssize_t, Py_ssize_t)));
//@ function PyUnicode_AsUTF8 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsUTF8), const char *(*)(PyObject *)));
//@ function _PyUnicode_EncodeUTF7 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_EncodeUTF7), PyObject *(*)(PyObject *, int, int, const char *)));
//@ function _PyUnicode_AsUTF8String *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_AsUTF8String), PyObject *(*)(PyObject *, const char *)));
//@ function _PyUnicode_EncodeUTF32 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_EncodeUTF32), PyObject *(*)(PyObject *, const char *, int)));
//@ function _PyUnicode_EncodeUTF16 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_EncodeUTF16), PyObject *(*)(PyObject *, const char *, int)));
//@ function _PyUnicode_DecodeUnicodeEscapeStateful *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_DecodeUnicodeEscapeStateful), PyObject *(*)(const char *, Py_ssize_t, const char *, Py_ssize_t *)));
//@ function _PyUnicode_DecodeUnicodeEscapeInternal *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_DecodeUnicodeEscapeInternal), PyObject *(*)(const char *, Py_ssize_t, const char *, Py_ssize_t *, const char **)));
//@ function _PyUnicode_DecodeRawUnicodeEscapeStateful *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_DecodeRawUnicodeEscapeStateful), PyObject *(*)(const char *, Py_ssize_t, const char *, Py_ssize_t *)));
//@ function _PyUnicode_AsLatin1String *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_AsLatin1String), PyObject *(*)(PyObject *, const char *)));
//@ function _PyUnicode_AsASCIIString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_AsASCIIString), PyObject *(*)(PyObject *, const char *)));
//@ function _PyUnicode_EncodeCharmap *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_EncodeCharmap), PyObject *(*)(PyObject *, PyObject *, const char *)));
//@ function _PyUnicode_TransformDecimalAndSpaceToASCII *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_TransformDecimalAndSpaceToASCII), PyObject *(*)(PyObject *)));
//@ function _PyUnicode_JoinArray *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_JoinArray), PyObject *(*)(PyObject *, PyObject * const *, Py_ssize_t)));
//@ function _PyUnicode_EqualToASCIIId *PyObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_EqualToASCIIId), int (*)(PyObject *, _Py_Identifier *)));
//@ function _PyUnicode_EqualToASCIIString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_EqualToASCIIString), int (*)(PyObject *, const char *)));
//@ function _PyUnicode_XStrip *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_XStrip), PyObject *(*)(PyObject *, int, PyObject *)));
//@ function _PyUnicode_InsertThousandsGrouping *PyObject,Py_UCS4,_PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_InsertThousandsGrouping), Py_ssize_t (*)(_PyUnicodeWriter *, Py_ssize_t, PyObject *, Py_ssize_t, Py_ssize_t, Py_ssize_t, const char *, PyObject *, Py_UCS4 *)));
//@ function _PyUnicode_IsLowercase =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_IsLowercase), int (*)(Py_UCS4)));
//@ function _PyUnicode_IsUppercase =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_IsUppercase), int (*)(Py_UCS4)));
//@ function _PyUnicode_IsTitlecase =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_IsTitlecase), int (*)(Py_UCS4)));
//@ function _PyUnicode_IsXidStart =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_IsXidStart), int (*)(Py_UCS4)));
//@ function _PyUnicode_IsXidContinue =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_IsXidContinue), int (*)(Py_UCS4)));
//@ function _PyUnicode_IsWhitespace =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_IsWhitespace), int (*)(Py_UCS4)));
//@ function _PyUnicode_IsLinebreak =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_IsLinebreak), int (*)(Py_UCS4)));
//@ function _PyUnicode_ToLowercase =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_ToLowercase), Py_UCS4 (*)(Py_UCS4)));
//@ function _PyUnicode_ToUppercase =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_ToUppercase), Py_UCS4 (*)(Py_UCS4)));
//@ function _PyUnicode_ToTitlecase =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_ToTitlecase), Py_UCS4 (*)(Py_UCS4)));
//@ function _PyUnicode_ToLowerFull =Py_UCS4 *Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_ToLowerFull), int (*)(Py_UCS4, Py_UCS4 *)));
//@ function _PyUnicode_ToTitleFull =Py_UCS4 *Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_ToTitleFull), int (*)(Py_UCS4, Py_UCS4 *)));
//@ function _PyUnicode_ToUpperFull =Py_UCS4 *Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_ToUpperFull), int (*)(Py_UCS4, Py_UCS4 *)));
//@ function _PyUnicode_ToFoldedFull =Py_UCS4 *Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_ToFoldedFull), int (*)(Py_UCS4, Py_UCS4 *)));
//@ function _PyUnicode_IsCaseIgnorable =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_IsCaseIgnorable), int (*)(Py_UCS4)));
//@ function _PyUnicode_IsCased =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_IsCased), int (*)(Py_UCS4)));
//@ function _PyUnicode_ToDecimalDigit =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_ToDecimalDigit), int (*)(Py_UCS4)));
//@ function _PyUnicode_ToDigit =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_ToDigit), int (*)(Py_UCS4)));
//@ function _PyUnicode_ToNumeric =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_ToNumeric), double (*)(Py_UCS4)));
//@ function _PyUnicode_IsDecimalDigit =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_IsDecimalDigit), int (*)(Py_UCS4)));
//@ function _PyUnicode_IsDigit =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_IsDigit), int (*)(Py_UCS4)));
//@ function _PyUnicode_IsNumeric =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_IsNumeric), int (*)(Py_UCS4)));
//@ function _PyUnicode_IsPrintable =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_IsPrintable), int (*)(Py_UCS4)));
//@ function _PyUnicode_IsAlpha =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_IsAlpha), int (*)(Py_UCS4)));
//@ function _PyUnicode_FormatLong *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_FormatLong), PyObject *(*)(PyObject *, int, int, int)));
//@ function _PyUnicode_FromId *PyObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_FromId), PyObject *(*)(_Py_Identifier *)));
//@ function _PyUnicode_EQ *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_EQ), int (*)(PyObject *, PyObject *)));
//@ function _PyUnicode_Equal *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_Equal), int (*)(PyObject *, PyObject *)));
//@ function _PyUnicode_WideCharString_Converter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_WideCharString_Converter), int (*)(PyObject *, void *)));
//@ function _PyUnicode_WideCharString_Opt_Converter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_WideCharString_Opt_Converter), int (*)(PyObject *, void *)));
//@ function _PyUnicode_ScanIdentifier *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_ScanIdentifier), Py_ssize_t (*)(PyObject *)));
//@ function PyLong_FromLong *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_FromLong), PyObject *(*)(long)));
//@ function PyLong_FromUnsignedLong *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_FromUnsignedLong), PyObject *(*)(unsigned long)));
//@ function PyLong_FromSize_t *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_FromSize_t), PyObject *(*)(size_t)));
//@ function PyLong_FromSsize_t *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_FromSsize_t), PyObject *(*)(Py_ssize_t)));
//@ function PyLong_FromDouble *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_FromDouble), PyObject *(*)(double)));
//@ function PyLong_AsLong *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_AsLong), long (*)(PyObject *)));
//@ function PyLong_AsLongAndOverflow *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_AsLongAndOverflow), long (*)(PyObject *, int *)));
//@ function PyLong_AsSsize_t *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_AsSsize_t), Py_ssize_t (*)(PyObject *)));
//@ function PyLong_AsSize_t *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_AsSize_t), size_t (*)(PyObject *)));
//@ function PyLong_AsUnsignedLong *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_AsUnsignedLong), unsigned long (*)(PyObject *)));
//@ function PyLong_AsUnsignedLongMask *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_AsUnsignedLongMask), unsigned long (*)(PyObject *)));
//@ function PyLong_GetInfo *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_GetInfo), PyObject *(*)(void)));
//@ function PyLong_AsDouble *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_AsDouble), double (*)(PyObject *)));
//@ function PyLong_FromVoidPtr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_FromVoidPtr), PyObject *(*)(void *)));
//@ function PyLong_AsVoidPtr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_AsVoidPtr), void *(*)(PyObject *)));
//@ function PyLong_FromLongLong *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_FromLongLong), PyObject *(*)(long long)));
//@ function PyLong_FromUnsignedLongLong *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_FromUnsignedLongLong), PyObject *(*)(unsigned long long)));
//@ function PyLong_AsLongLong *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_AsLongLong), long long (*)(PyObject *)));
//@ function PyLong_AsUnsignedLongLong *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_AsUnsignedLongLong), unsigned long long (*)(PyObject *)));
//@ function PyLong_AsUnsignedLongLongMask *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_AsUnsignedLongLongMask), unsigned long long (*)(PyObject *)));
//@ function PyLong_AsLongLongAndOverflow *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_AsLongLongAndOverflow), long long (*)(PyObject *, int *)));
//@ function PyLong_FromString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_FromString), PyObject *(*)(const char *, char **, int)));
//@ function PyOS_strtoul
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_strtoul), unsigned long (*)(const char *, char **, int)));
//@ function PyOS_strtol
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_strtol), long (*)(const char *, char **, int)));
//@ function _PyLong_AsInt *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_AsInt), int (*)(PyObject *)));
//@ function _PyLong_UnsignedShort_Converter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_UnsignedShort_Converter), int (*)(PyObject *, void *)));
//@ function _PyLong_UnsignedInt_Converter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_UnsignedInt_Converter), int (*)(PyObject *, void *)));
//@ function _PyLong_UnsignedLong_Converter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_UnsignedLong_Converter), int (*)(PyObject *, void *)));
//@ function _PyLong_UnsignedLongLong_Converter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_UnsignedLongLong_Converter), int (*)(PyObject *, void *)));
//@ function _PyLong_Size_t_Converter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_Size_t_Converter), int (*)(PyObject *, void *)));
//@ function _PyLong_Frexp *PyLongObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_Frexp), double (*)(PyLongObject *, Py_ssize_t *)));
//@ function PyLong_FromUnicodeObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_FromUnicodeObject), PyObject *(*)(PyObject *, int)));
//@ function _PyLong_FromBytes *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_FromBytes), PyObject *(*)(const char *, Py_ssize_t, int)));
//@ function _PyLong_Sign *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_Sign), int (*)(PyObject *)));
//@ function _PyLong_NumBits *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_NumBits), size_t (*)(PyObject *)));
//@ function _PyLong_DivmodNear *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_DivmodNear), PyObject *(*)(PyObject *, PyObject *)));
//@ function _PyLong_FromByteArray *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_FromByteArray), PyObject *(*)(const unsigned char *, size_t, int, int)));
//@ function _PyLong_AsByteArray *PyLongObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_AsByteArray), int (*)(PyLongObject *, unsigned char *, size_t, int, int)));
//@ function _PyLong_Format *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_Format), PyObject *(*)(PyObject *, int)));
//@ function _PyLong_GCD *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_GCD), PyObject *(*)(PyObject *, PyObject *)));
//@ function _PyLong_Rshift *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_Rshift), PyObject *(*)(PyObject *, size_t)));
//@ function _PyLong_Lshift *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_Lshift), PyObject *(*)(PyObject *, size_t)));
//@ function PyUnstable_Long_IsCompact *PyLongObject
#pragma push_macro("PyUnstable_Long_IsCompact")
#undef PyUnstable_Long_IsCompact
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_Long_IsCompact), int (*)(const PyLongObject *)));
#pragma pop_macro("PyUnstable_Long_IsCompact")
//@ function PyUnstable_Long_CompactValue *PyLongObject
#pragma push_macro("PyUnstable_Long_CompactValue")
#undef PyUnstable_Long_CompactValue
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_Long_CompactValue), Py_ssize_t (*)(const PyLongObject *)));
#pragma pop_macro("PyUnstable_Long_CompactValue")
//@ function _PyLong_New *PyLongObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_New), PyLongObject *(*)(Py_ssize_t)));
//@ function _PyLong_Copy *PyLongObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_Copy), PyObject *(*)(PyLongObject *)));
//@ function _PyLong_FromDigits *PyLongObject,digit
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_FromDigits), PyLongObject *(*)(int, Py_ssize_t, digit *)));
//@ function PyBool_FromLong *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBool_FromLong), PyObject *(*)(long)));
//@ function PyFloat_GetMax
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFloat_GetMax), double (*)(void)));
//@ function PyFloat_GetMin
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFloat_GetMin), double (*)(void)));
//@ function PyFloat_GetInfo *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFloat_GetInfo), PyObject *(*)(void)));
//@ function PyFloat_FromString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFloat_FromString), PyObject *(*)(PyObject *)));
//@ function PyFloat_FromDouble *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFloat_FromDouble), PyObject *(*)(double)));
//@ function PyFloat_AsDouble *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFloat_AsDouble), double (*)(PyObject *)));
//@ function PyFloat_Pack2
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFloat_Pack2), int (*)(double, char *, int)));
//@ function PyFloat_Pack4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFloat_Pack4), int (*)(double, char *, int)));
//@ function PyFloat_Pack8
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFloat_Pack8), int (*)(double, char *, int)));
//@ function PyFloat_Unpack2
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFloat_Unpack2), double (*)(const char *, int)));
//@ function PyFloat_Unpack4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFloat_Unpack4), double (*)(const char *, int)));
//@ function PyFloat_Unpack8
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFloat_Unpack8), double (*)(const char *, int)));
//@ function PyComplex_FromDoubles *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyComplex_FromDoubles), PyObject *(*)(double, double)));
//@ function PyComplex_RealAsDouble *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyComplex_RealAsDouble), double (*)(PyObject *)));
//@ function PyComplex_ImagAsDouble *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyComplex_ImagAsDouble), double (*)(PyObject *)));
//@ function _Py_c_sum =Py_complex
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_c_sum), Py_complex (*)(Py_complex, Py_complex)));
//@ function _Py_c_diff =Py_complex
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_c_diff), Py_complex (*)(Py_complex, Py_complex)));
//@ function _Py_c_neg =Py_complex
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_c_neg), Py_complex (*)(Py_complex)));
//@ function _Py_c_prod =Py_complex
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_c_prod), Py_complex (*)(Py_complex, Py_complex)));
//@ function _Py_c_quot =Py_complex
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_c_quot), Py_complex (*)(Py_complex, Py_complex)));
//@ function _Py_c_pow =Py_complex
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_c_pow), Py_complex (*)(Py_complex, Py_complex)));
//@ function _Py_c_abs =Py_complex
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_c_abs), double (*)(Py_complex)));
//@ function PyComplex_FromCComplex =Py_complex *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyComplex_FromCComplex), PyObject *(*)(Py_complex)));
//@ function PyComplex_AsCComplex =Py_complex *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyComplex_AsCComplex), Py_complex (*)(PyObject *)));
//@ function PyMemoryView_FromObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMemoryView_FromObject), PyObject *(*)(PyObject *)));
//@ function PyMemoryView_FromMemory *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMemoryView_FromMemory), PyObject *(*)(char *, Py_ssize_t, int)));
//@ function PyMemoryView_FromBuffer *PyObject,Py_buffer
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMemoryView_FromBuffer), PyObject *(*)(const Py_buffer *)));
//@ function PyMemoryView_GetContiguous *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMemoryView_GetContiguous), PyObject *(*)(PyObject *, int, char)));
//@ function PyTuple_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTuple_New), PyObject *(*)(Py_ssize_t)));
//@ function PyTuple_Size *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTuple_Size), Py_ssize_t (*)(PyObject *)));
//@ function PyTuple_GetItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTuple_GetItem), PyObject *(*)(PyObject *, Py_ssize_t)));
//@ function PyTuple_SetItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTuple_SetItem), int (*)(PyObject *, Py_ssize_t, PyObject *)));
//@ function PyTuple_GetSlice *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTuple_GetSlice), PyObject *(*)(PyObject *, Py_ssize_t, Py_ssize_t)));
//@ function PyTuple_Pack *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTuple_Pack), PyObject *(*)(Py_ssize_t, ...)));
//@ function _PyTuple_Resize *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTuple_Resize), int (*)(PyObject **, Py_ssize_t)));
//@ function _PyTuple_MaybeUntrack *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTuple_MaybeUntrack), void (*)(PyObject *)));
//@ function _PyTuple_DebugMallocStats
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTuple_DebugMallocStats), void (*)(FILE *)));
//@ function PyList_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyList_New), PyObject *(*)(Py_ssize_t)));
//@ function PyList_Size *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyList_Size), Py_ssize_t (*)(PyObject *)));
//@ function PyList_GetItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyList_GetItem), PyObject *(*)(PyObject *, Py_ssize_t)));
//@ function PyList_SetItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyList_SetItem), int (*)(PyObject *, Py_ssize_t, PyObject *)));
//@ function PyList_Insert *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyList_Insert), int (*)(PyObject *, Py_ssize_t, PyObject *)));
//@ function PyList_Append *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyList_Append), int (*)(PyObject *, PyObject *)));
//@ function PyList_GetSlice *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyList_GetSlice), PyObject *(*)(PyObject *, Py_ssize_t, Py_ssize_t)));
//@ function PyList_SetSlice *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyList_SetSlice), int (*)(PyObject *, Py_ssize_t, Py_ssize_t, PyObject *)));
//@ function PyList_Sort *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyList_Sort), int (*)(PyObject *)));
//@ function PyList_Reverse *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyList_Reverse), int (*)(PyObject *)));
//@ function PyList_AsTuple *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyList_AsTuple), PyObject *(*)(PyObject *)));
//@ function _PyList_Extend *PyListObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyList_Extend), PyObject *(*)(PyListObject *, PyObject *)));
//@ function _PyList_DebugMallocStats
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyList_DebugMallocStats), void (*)(FILE *)));
//@ function PyDict_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_New), PyObject *(*)(void)));
//@ function PyDict_GetItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_GetItem), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyDict_GetItemWithError *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_GetItemWithError), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyDict_SetItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_SetItem), int (*)(PyObject *, PyObject *, PyObject *)));
//@ function PyDict_DelItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_DelItem), int (*)(PyObject *, PyObject *)));
//@ function PyDict_Clear *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_Clear), void (*)(PyObject *)));
//@ function PyDict_Next *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_Next), int (*)(PyObject *, Py_ssize_t *, PyObject **, PyObject **)));
//@ function PyDict_Keys *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_Keys), PyObject *(*)(PyObject *)));
//@ function PyDict_Values *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_Values), PyObject *(*)(PyObject *)));
//@ function PyDict_Items *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_Items), PyObject *(*)(PyObject *)));
//@ function PyDict_Size *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_Size), Py_ssize_t (*)(PyObject *)));
//@ function PyDict_Copy *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_Copy), PyObject *(*)(PyObject *)));
//@ function PyDict_Contains *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_Contains), int (*)(PyObject *, PyObject *)));
//@ function PyDict_Update *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_Update), int (*)(PyObject *, PyObject *)));
//@ function PyDict_Merge *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_Merge), int (*)(PyObject *, PyObject *, int)));
//@ function PyDict_MergeFromSeq2 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_MergeFromSeq2), int (*)(PyObject *, PyObject *, int)));
//@ function PyDict_GetItemString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_GetItemString), PyObject *(*)(PyObject *, const char *)));
//@ function PyDict_SetItemString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_SetItemString), int (*)(PyObject *, const char *, PyObject *)));
//@ function PyDict_DelItemString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_DelItemString), int (*)(PyObject *, const char *)));
//@ function PyObject_GenericGetDict *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GenericGetDict), PyObject *(*)(PyObject *, void *)));
//@ function _PyDict_GetItem_KnownHash =Py_hash_t *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_GetItem_KnownHash), PyObject *(*)(PyObject *, PyObject *, Py_hash_t)));
//@ function _PyDict_GetItemWithError *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_GetItemWithError), PyObject *(*)(PyObject *, PyObject *)));
//@ function _PyDict_GetItemIdWithError *PyObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_GetItemIdWithError), PyObject *(*)(PyObject *, _Py_Identifier *)));
//@ function _PyDict_GetItemStringWithError *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_GetItemStringWithError), PyObject *(*)(PyObject *, const char *)));
//@ function PyDict_SetDefault *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_SetDefault), PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ function _PyDict_SetItem_KnownHash =Py_hash_t *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_SetItem_KnownHash), int (*)(PyObject *, PyObject *, PyObject *, Py_hash_t)));
//@ function _PyDict_DelItem_KnownHash =Py_hash_t *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_DelItem_KnownHash), int (*)(PyObject *, PyObject *, Py_hash_t)));
//@ function _PyDict_DelItemIf *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_DelItemIf), int (*)(PyObject *, PyObject *, int (*)(PyObject *))));
//@ function _PyDict_Next *PyObject,Py_hash_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_Next), int (*)(PyObject *, Py_ssize_t *, PyObject **, PyObject **, Py_hash_t *)));
//@ function _PyDict_Contains_KnownHash =Py_hash_t *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_Contains_KnownHash), int (*)(PyObject *, PyObject *, Py_hash_t)));
//@ function _PyDict_ContainsId *PyObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_ContainsId), int (*)(PyObject *, _Py_Identifier *)));
//@ function _PyDict_NewPresized *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_NewPresized), PyObject *(*)(Py_ssize_t)));
//@ function _PyDict_MaybeUntrack *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_MaybeUntrack), void (*)(PyObject *)));
//@ function _PyDict_HasOnlyStringKeys *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_HasOnlyStringKeys), int (*)(PyObject *)));
//@ function _PyDict_SizeOf *PyDictObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_SizeOf), Py_ssize_t (*)(PyDictObject *)));
//@ function _PyDict_Pop *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_Pop), PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ function _PyDict_MergeEx *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_MergeEx), int (*)(PyObject *, PyObject *, int)));
//@ function _PyDict_SetItemId *PyObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_SetItemId), int (*)(PyObject *, _Py_Identifier *, PyObject *)));
//@ function _PyDict_DelItemId *PyObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_DelItemId), int (*)(PyObject *, _Py_Identifier *)));
//@ function _PyDict_DebugMallocStats
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_DebugMallocStats), void (*)(FILE *)));
//@ function _PyDictView_New *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDictView_New), PyObject *(*)(PyObject *, PyTypeObject *)));
//@ function _PyDictView_Intersect *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDictView_Intersect), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyDict_AddWatcher =PyDict_WatchCallback
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_AddWatcher), int (*)(PyDict_WatchCallback)));
//@ function PyDict_ClearWatcher
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_ClearWatcher), int (*)(int)));
//@ function PyDict_Watch *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_Watch), int (*)(int, PyObject *)));
//@ function PyDict_Unwatch *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_Unwatch), int (*)(int, PyObject *)));
//@ function PyODict_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyODict_New), PyObject *(*)(void)));
//@ function PyODict_SetItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyODict_SetItem), int (*)(PyObject *, PyObject *, PyObject *)));
//@ function PyODict_DelItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyODict_DelItem), int (*)(PyObject *, PyObject *)));
//@ function PySet_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySet_New), PyObject *(*)(PyObject *)));
//@ function PyFrozenSet_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFrozenSet_New), PyObject *(*)(PyObject *)));
//@ function PySet_Add *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySet_Add), int (*)(PyObject *, PyObject *)));
//@ function PySet_Clear *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySet_Clear), int (*)(PyObject *)));
//@ function PySet_Contains *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySet_Contains), int (*)(PyObject *, PyObject *)));
//@ function PySet_Discard *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySet_Discard), int (*)(PyObject *, PyObject *)));
//@ function PySet_Pop *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySet_Pop), PyObject *(*)(PyObject *)));
//@ function PySet_Size *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySet_Size), Py_ssize_t (*)(PyObject *)));
//@ function _PySet_NextEntry *PyObject,Py_hash_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PySet_NextEntry), int (*)(PyObject *, Py_ssize_t *, PyObject **, Py_hash_t *)));
//@ function _PySet_Update *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PySet_Update), int (*)(PyObject *, PyObject *)));
//@ function PyCFunction_GetFunction =PyCFunction *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCFunction_GetFunction), PyCFunction (*)(PyObject *)));
//@ function PyCFunction_GetSelf *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCFunction_GetSelf), PyObject *(*)(PyObject *)));
//@ function PyCFunction_GetFlags *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCFunction_GetFlags), int (*)(PyObject *)));
//@ function PyCFunction_Call *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCFunction_Call), PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ function PyCFunction_New *PyMethodDef,PyObject
#pragma push_macro("PyCFunction_New")
#undef PyCFunction_New
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCFunction_New), PyObject *(*)(PyMethodDef *, PyObject *)));
#pragma pop_macro("PyCFunction_New")
//@ function PyCFunction_NewEx *PyMethodDef,PyObject
#pragma push_macro("PyCFunction_NewEx")
#undef PyCFunction_NewEx
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCFunction_NewEx), PyObject *(*)(PyMethodDef *, PyObject *, PyObject *)));
#pragma pop_macro("PyCFunction_NewEx")
//@ function PyCMethod_New *PyMethodDef,PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCMethod_New), PyObject *(*)(PyMethodDef *, PyObject *, PyObject *, PyTypeObject *)));
//@ function PyModule_NewObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_NewObject), PyObject *(*)(PyObject *)));
//@ function PyModule_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_New), PyObject *(*)(const char *)));
//@ function PyModule_GetDict *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_GetDict), PyObject *(*)(PyObject *)));
//@ function PyModule_GetNameObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_GetNameObject), PyObject *(*)(PyObject *)));
//@ function PyModule_GetName *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_GetName), const char *(*)(PyObject *)));
//@ function PyModule_GetFilename *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_GetFilename), const char *(*)(PyObject *)));
//@ function PyModule_GetFilenameObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_GetFilenameObject), PyObject *(*)(PyObject *)));
//@ function _PyModule_Clear *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyModule_Clear), void (*)(PyObject *)));
//@ function _PyModule_ClearDict *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyModule_ClearDict), void (*)(PyObject *)));
//@ function _PyModuleSpec_IsInitializing *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyModuleSpec_IsInitializing), int (*)(PyObject *)));
//@ function PyModule_GetDef *PyModuleDef,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_GetDef), PyModuleDef *(*)(PyObject *)));
//@ function PyModule_GetState *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_GetState), void *(*)(PyObject *)));
//@ function PyModuleDef_Init *PyModuleDef,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModuleDef_Init), PyObject *(*)(PyModuleDef *)));
//@ function PyFunction_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFunction_New), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyFunction_NewWithQualName *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFunction_NewWithQualName), PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ function PyFunction_GetCode *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFunction_GetCode), PyObject *(*)(PyObject *)));
//@ function PyFunction_GetGlobals *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFunction_GetGlobals), PyObject *(*)(PyObject *)));
//@ function PyFunction_GetModule *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFunction_GetModule), PyObject *(*)(PyObject *)));
//@ function PyFunction_GetDefaults *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFunction_GetDefaults), PyObject *(*)(PyObject *)));
//@ function PyFunction_SetDefaults *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFunction_SetDefaults), int (*)(PyObject *, PyObject *)));
//@ function PyFunction_SetVectorcall =vectorcallfunc *PyFunctionObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFunction_SetVectorcall), void (*)(PyFunctionObject *, vectorcallfunc)));
//@ function PyFunction_GetKwDefaults *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFunction_GetKwDefaults), PyObject *(*)(PyObject *)));
//@ function PyFunction_SetKwDefaults *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFunction_SetKwDefaults), int (*)(PyObject *, PyObject *)));
//@ function PyFunction_GetClosure *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFunction_GetClosure), PyObject *(*)(PyObject *)));
//@ function PyFunction_SetClosure *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFunction_SetClosure), int (*)(PyObject *, PyObject *)));
//@ function PyFunction_GetAnnotations *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFunction_GetAnnotations), PyObject *(*)(PyObject *)));
//@ function PyFunction_SetAnnotations *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFunction_SetAnnotations), int (*)(PyObject *, PyObject *)));
//@ function _PyFunction_Vectorcall *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyFunction_Vectorcall), PyObject *(*)(PyObject *, PyObject * const *, size_t, PyObject *)));
//@ function PyClassMethod_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyClassMethod_New), PyObject *(*)(PyObject *)));
//@ function PyStaticMethod_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyStaticMethod_New), PyObject *(*)(PyObject *)));
//@ function PyFunction_AddWatcher =PyFunction_WatchCallback
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFunction_AddWatcher), int (*)(PyFunction_WatchCallback)));
//@ function PyFunction_ClearWatcher
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFunction_ClearWatcher), int (*)(int)));
//@ function PyMethod_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMethod_New), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyMethod_Function *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMethod_Function), PyObject *(*)(PyObject *)));
//@ function PyMethod_Self *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMethod_Self), PyObject *(*)(PyObject *)));
//@ function PyInstanceMethod_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInstanceMethod_New), PyObject *(*)(PyObject *)));
//@ function PyInstanceMethod_Function *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInstanceMethod_Function), PyObject *(*)(PyObject *)));
//@ function PyFile_FromFd *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFile_FromFd), PyObject *(*)(int, const char *, const char *, int, const char *, const char *, const char *, int)));
//@ function PyFile_GetLine *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFile_GetLine), PyObject *(*)(PyObject *, int)));
//@ function PyFile_WriteObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFile_WriteObject), int (*)(PyObject *, PyObject *, int)));
//@ function PyFile_WriteString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFile_WriteString), int (*)(const char *, PyObject *)));
//@ function PyObject_AsFileDescriptor *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_AsFileDescriptor), int (*)(PyObject *)));
//@ function Py_UniversalNewlineFgets *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_UniversalNewlineFgets), char *(*)(char *, int, FILE *, PyObject *)));
//@ function _Py_UniversalNewlineFgetsWithSize *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_UniversalNewlineFgetsWithSize), char *(*)(char *, int, FILE *, PyObject *, size_t *)));
//@ function PyFile_NewStdPrinter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFile_NewStdPrinter), PyObject *(*)(int)));
//@ function PyFile_OpenCode *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFile_OpenCode), PyObject *(*)(const char *)));
//@ function PyFile_OpenCodeObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFile_OpenCodeObject), PyObject *(*)(PyObject *)));
//@ function PyFile_SetOpenCodeHook =Py_OpenCodeHookFunction
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFile_SetOpenCodeHook), int (*)(Py_OpenCodeHookFunction, void *)));
//@ function _PyLong_FileDescriptor_Converter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_FileDescriptor_Converter), int (*)(PyObject *, void *)));
//@ function PyCapsule_New =PyCapsule_Destructor *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCapsule_New), PyObject *(*)(void *, const char *, PyCapsule_Destructor)));
//@ function PyCapsule_GetPointer *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCapsule_GetPointer), void *(*)(PyObject *, const char *)));
//@ function PyCapsule_GetDestructor =PyCapsule_Destructor *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCapsule_GetDestructor), PyCapsule_Destructor (*)(PyObject *)));
//@ function PyCapsule_GetName *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCapsule_GetName), const char *(*)(PyObject *)));
//@ function PyCapsule_GetContext *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCapsule_GetContext), void *(*)(PyObject *)));
//@ function PyCapsule_IsValid *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCapsule_IsValid), int (*)(PyObject *, const char *)));
//@ function PyCapsule_SetPointer *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCapsule_SetPointer), int (*)(PyObject *, void *)));
//@ function PyCapsule_SetDestructor =PyCapsule_Destructor *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCapsule_SetDestructor), int (*)(PyObject *, PyCapsule_Destructor)));
//@ function PyCapsule_SetName *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCapsule_SetName), int (*)(PyObject *, const char *)));
//@ function PyCapsule_SetContext *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCapsule_SetContext), int (*)(PyObject *, void *)));
//@ function PyCapsule_Import
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCapsule_Import), void *(*)(const char *, int)));
//@ function PyUnstable_Code_New *PyCodeObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_Code_New), PyCodeObject *(*)(int, int, int, int, int, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, int, PyObject *, PyObject *)));
//@ function PyUnstable_Code_NewWithPosOnlyArgs *PyCodeObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_Code_NewWithPosOnlyArgs), PyCodeObject *(*)(int, int, int, int, int, int, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, int, PyObject *, PyObject *)));
//@ function PyCode_NewEmpty *PyCodeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCode_NewEmpty), PyCodeObject *(*)(const char *, const char *, int)));
//@ function PyCode_Addr2Line *PyCodeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCode_Addr2Line), int (*)(PyCodeObject *, int)));
//@ function PyCode_Addr2Location *PyCodeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCode_Addr2Location), int (*)(PyCodeObject *, int, int *, int *, int *, int *)));
//@ function PyCode_AddWatcher =PyCode_WatchCallback
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCode_AddWatcher), int (*)(PyCode_WatchCallback)));
//@ function PyCode_ClearWatcher
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCode_ClearWatcher), int (*)(int)));
//@ function _PyCode_CheckLineNumber *PyCodeAddressRange
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyCode_CheckLineNumber), int (*)(int, PyCodeAddressRange *)));
//@ function _PyCode_ConstantKey *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyCode_ConstantKey), PyObject *(*)(PyObject *)));
//@ function PyCode_Optimize *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCode_Optimize), PyObject *(*)(PyObject *, PyObject *, PyObject *, PyObject *)));
//@ function PyUnstable_Code_GetExtra *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_Code_GetExtra), int (*)(PyObject *, Py_ssize_t, void **)));
//@ function PyUnstable_Code_SetExtra *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_Code_SetExtra), int (*)(PyObject *, Py_ssize_t, void *)));
//@ function PyCode_GetCode *PyCodeObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCode_GetCode), PyObject *(*)(PyCodeObject *)));
//@ function PyCode_GetVarnames *PyCodeObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCode_GetVarnames), PyObject *(*)(PyCodeObject *)));
//@ function PyCode_GetCellvars *PyCodeObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCode_GetCellvars), PyObject *(*)(PyCodeObject *)));
//@ function PyCode_GetFreevars *PyCodeObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCode_GetFreevars), PyObject *(*)(PyCodeObject *)));
//@ function PyFrame_GetLineNumber *PyFrameObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFrame_GetLineNumber), int (*)(PyFrameObject *)));
//@ function PyFrame_GetCode *PyCodeObject,PyFrameObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFrame_GetCode), PyCodeObject *(*)(PyFrameObject *)));
//@ function PyFrame_GetBack *PyFrameObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFrame_GetBack), PyFrameObject *(*)(PyFrameObject *)));
//@ function PyFrame_GetLocals *PyFrameObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFrame_GetLocals), PyObject *(*)(PyFrameObject *)));
//@ function PyFrame_GetGlobals *PyFrameObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFrame_GetGlobals), PyObject *(*)(PyFrameObject *)));
//@ function PyFrame_GetBuiltins *PyFrameObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFrame_GetBuiltins), PyObject *(*)(PyFrameObject *)));
//@ function PyFrame_GetGenerator *PyFrameObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFrame_GetGenerator), PyObject *(*)(PyFrameObject *)));
//@ function PyFrame_GetLasti *PyFrameObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFrame_GetLasti), int (*)(PyFrameObject *)));
//@ function PyFrame_GetVar *PyFrameObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFrame_GetVar), PyObject *(*)(PyFrameObject *, PyObject *)));
//@ function PyFrame_GetVarString *PyFrameObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFrame_GetVarString), PyObject *(*)(PyFrameObject *, const char *)));
//@ function PyUnstable_InterpreterFrame_GetCode *PyObject,_PyInterpreterFrame
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_InterpreterFrame_GetCode), PyObject *(*)(struct _PyInterpreterFrame *)));
//@ function PyUnstable_InterpreterFrame_GetLasti *_PyInterpreterFrame
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_InterpreterFrame_GetLasti), int (*)(struct _PyInterpreterFrame *)));
//@ function PyUnstable_InterpreterFrame_GetLine *_PyInterpreterFrame
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_InterpreterFrame_GetLine), int (*)(struct _PyInterpreterFrame *)));
//@ function PyTraceBack_Here *PyFrameObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTraceBack_Here), int (*)(PyFrameObject *)));
//@ function PyTraceBack_Print *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTraceBack_Print), int (*)(PyObject *, PyObject *)));
//@ function _Py_DisplaySourceLine *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_DisplaySourceLine), int (*)(PyObject *, PyObject *, int, int, int *, PyObject **)));
//@ function _PyTraceback_Add
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTraceback_Add), void (*)(const char *, const char *, int)));
//@ function PySlice_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySlice_New), PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ function _PySlice_FromIndices *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PySlice_FromIndices), PyObject *(*)(Py_ssize_t, Py_ssize_t)));
//@ function _PySlice_GetLongIndices *PyObject,PySliceObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PySlice_GetLongIndices), int (*)(PySliceObject *, PyObject *, PyObject **, PyObject **, PyObject **)));
//@ function PySlice_GetIndices *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySlice_GetIndices), int (*)(PyObject *, Py_ssize_t, Py_ssize_t *, Py_ssize_t *, Py_ssize_t *)));
//@ function PySlice_GetIndicesEx *PyObject
#pragma push_macro("PySlice_GetIndicesEx")
#undef PySlice_GetIndicesEx
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySlice_GetIndicesEx), int (*)(PyObject *, Py_ssize_t, Py_ssize_t *, Py_ssize_t *, Py_ssize_t *, Py_ssize_t *)));
#pragma pop_macro("PySlice_GetIndicesEx")
//@ function PySlice_Unpack *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySlice_Unpack), int (*)(PyObject *, Py_ssize_t *, Py_ssize_t *, Py_ssize_t *)));
//@ function PySlice_AdjustIndices
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySlice_AdjustIndices), Py_ssize_t (*)(Py_ssize_t, Py_ssize_t *, Py_ssize_t *, Py_ssize_t)));
//@ function PyCell_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCell_New), PyObject *(*)(PyObject *)));
//@ function PyCell_Get *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCell_Get), PyObject *(*)(PyObject *)));
//@ function PyCell_Set *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCell_Set), int (*)(PyObject *, PyObject *)));
//@ function PySeqIter_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySeqIter_New), PyObject *(*)(PyObject *)));
//@ function PyCallIter_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCallIter_New), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyStatus_Ok =PyStatus
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyStatus_Ok), PyStatus (*)(void)));
//@ function PyStatus_Error =PyStatus
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyStatus_Error), PyStatus (*)(const char *)));
//@ function PyStatus_NoMemory =PyStatus
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyStatus_NoMemory), PyStatus (*)(void)));
//@ function PyStatus_Exit =PyStatus
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyStatus_Exit), PyStatus (*)(int)));
//@ function PyStatus_IsError =PyStatus
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyStatus_IsError), int (*)(PyStatus)));
//@ function PyStatus_IsExit =PyStatus
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyStatus_IsExit), int (*)(PyStatus)));
//@ function PyStatus_Exception =PyStatus
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyStatus_Exception), int (*)(PyStatus)));
//@ function _PyErr_SetFromPyStatus =PyStatus *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyErr_SetFromPyStatus), PyObject *(*)(PyStatus)));
//@ function PyWideStringList_Append =PyStatus *PyWideStringList
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyWideStringList_Append), PyStatus (*)(PyWideStringList *, const wchar_t *)));
//@ function PyWideStringList_Insert =PyStatus *PyWideStringList
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyWideStringList_Insert), PyStatus (*)(PyWideStringList *, Py_ssize_t, const wchar_t *)));
//@ function PyPreConfig_InitPythonConfig *PyPreConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyPreConfig_InitPythonConfig), void (*)(PyPreConfig *)));
//@ function PyPreConfig_InitIsolatedConfig *PyPreConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyPreConfig_InitIsolatedConfig), void (*)(PyPreConfig *)));
//@ function PyConfig_InitPythonConfig *PyConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyConfig_InitPythonConfig), void (*)(PyConfig *)));
//@ function PyConfig_InitIsolatedConfig *PyConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyConfig_InitIsolatedConfig), void (*)(PyConfig *)));
//@ function PyConfig_Clear *PyConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyConfig_Clear), void (*)(PyConfig *)));
//@ function PyConfig_SetString =PyStatus *PyConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyConfig_SetString), PyStatus (*)(PyConfig *, wchar_t **, const wchar_t *)));
//@ function PyConfig_SetBytesString =PyStatus *PyConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyConfig_SetBytesString), PyStatus (*)(PyConfig *, wchar_t **, const char *)));
//@ function PyConfig_Read =PyStatus *PyConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyConfig_Read), PyStatus (*)(PyConfig *)));
//@ function PyConfig_SetBytesArgv =PyStatus *PyConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyConfig_SetBytesArgv), PyStatus (*)(PyConfig *, Py_ssize_t, char * const *)));
//@ function PyConfig_SetArgv =PyStatus *PyConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyConfig_SetArgv), PyStatus (*)(PyConfig *, Py_ssize_t, wchar_t * const *)));
//@ function PyConfig_SetWideStringList =PyStatus *PyConfig,PyWideStringList
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyConfig_SetWideStringList), PyStatus (*)(PyConfig *, PyWideStringList *, Py_ssize_t, wchar_t **)));
//@ function Py_GetArgcArgv
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_GetArgcArgv), void (*)(int *, wchar_t ***)));
//@ function PyInterpreterState_New *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInterpreterState_New), PyInterpreterState *(*)(void)));
//@ function PyInterpreterState_Clear *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInterpreterState_Clear), void (*)(PyInterpreterState *)));
//@ function PyInterpreterState_Delete *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInterpreterState_Delete), void (*)(PyInterpreterState *)));
//@ function PyInterpreterState_Get *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInterpreterState_Get), PyInterpreterState *(*)(void)));
//@ function PyInterpreterState_GetDict *PyInterpreterState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInterpreterState_GetDict), PyObject *(*)(PyInterpreterState *)));
//@ function PyInterpreterState_GetID *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInterpreterState_GetID), int64_t (*)(PyInterpreterState *)));
//@ function PyState_AddModule *PyModuleDef,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyState_AddModule), int (*)(PyObject *, PyModuleDef *)));
//@ function PyState_RemoveModule *PyModuleDef
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyState_RemoveModule), int (*)(PyModuleDef *)));
//@ function PyState_FindModule *PyModuleDef,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyState_FindModule), PyObject *(*)(PyModuleDef *)));
//@ function PyThreadState_New *PyInterpreterState,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThreadState_New), PyThreadState *(*)(PyInterpreterState *)));
//@ function PyThreadState_Clear *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThreadState_Clear), void (*)(PyThreadState *)));
//@ function PyThreadState_Delete *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThreadState_Delete), void (*)(PyThreadState *)));
//@ function PyThreadState_Get *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThreadState_Get), PyThreadState *(*)(void)));
//@ function PyThreadState_Swap *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThreadState_Swap), PyThreadState *(*)(PyThreadState *)));
//@ function PyThreadState_GetDict *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThreadState_GetDict), PyObject *(*)(void)));
//@ function PyThreadState_SetAsyncExc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThreadState_SetAsyncExc), int (*)(unsigned long, PyObject *)));
//@ function PyThreadState_GetInterpreter *PyInterpreterState,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThreadState_GetInterpreter), PyInterpreterState *(*)(PyThreadState *)));
//@ function PyThreadState_GetFrame *PyFrameObject,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThreadState_GetFrame), PyFrameObject *(*)(PyThreadState *)));
//@ function PyThreadState_GetID *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThreadState_GetID), uint64_t (*)(PyThreadState *)));
//@ function PyGILState_Ensure =PyGILState_STATE
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyGILState_Ensure), PyGILState_STATE (*)(void)));
//@ function PyGILState_Release =PyGILState_STATE
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyGILState_Release), void (*)(PyGILState_STATE)));
//@ function PyGILState_GetThisThreadState *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyGILState_GetThisThreadState), PyThreadState *(*)(void)));
//@ function _PyInterpreterState_HasFeature *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyInterpreterState_HasFeature), int (*)(PyInterpreterState *, unsigned long)));
//@ function _PyInterpreterState_RequiresIDRef *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyInterpreterState_RequiresIDRef), int (*)(PyInterpreterState *)));
//@ function _PyInterpreterState_RequireIDRef *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyInterpreterState_RequireIDRef), void (*)(PyInterpreterState *, int)));
//@ function _PyInterpreterState_GetMainModule *PyInterpreterState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyInterpreterState_GetMainModule), PyObject *(*)(PyInterpreterState *)));
//@ function _PyThreadState_Prealloc *PyInterpreterState,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyThreadState_Prealloc), PyThreadState *(*)(PyInterpreterState *)));
//@ function _PyThreadState_UncheckedGet *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyThreadState_UncheckedGet), PyThreadState *(*)(void)));
//@ function _PyThreadState_GetDict *PyObject,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyThreadState_GetDict), PyObject *(*)(PyThreadState *)));
//@ function PyThreadState_EnterTracing *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThreadState_EnterTracing), void (*)(PyThreadState *)));
//@ function PyThreadState_LeaveTracing *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThreadState_LeaveTracing), void (*)(PyThreadState *)));
//@ function PyGILState_Check
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyGILState_Check), int (*)(void)));
//@ function _PyGILState_GetInterpreterStateUnsafe *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyGILState_GetInterpreterStateUnsafe), PyInterpreterState *(*)(void)));
//@ function _PyThread_CurrentFrames *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyThread_CurrentFrames), PyObject *(*)(void)));
//@ function _PyThread_CurrentExceptions *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyThread_CurrentExceptions), PyObject *(*)(void)));
//@ function PyInterpreterState_Main *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInterpreterState_Main), PyInterpreterState *(*)(void)));
//@ function PyInterpreterState_Head *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInterpreterState_Head), PyInterpreterState *(*)(void)));
//@ function PyInterpreterState_Next *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInterpreterState_Next), PyInterpreterState *(*)(PyInterpreterState *)));
//@ function PyInterpreterState_ThreadHead *PyInterpreterState,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInterpreterState_ThreadHead), PyThreadState *(*)(PyInterpreterState *)));
//@ function PyThreadState_Next *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThreadState_Next), PyThreadState *(*)(PyThreadState *)));
//@ function PyThreadState_DeleteCurrent
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThreadState_DeleteCurrent), void (*)(void)));
//@ function _PyInterpreterState_GetEvalFrameFunc =_PyFrameEvalFunction *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyInterpreterState_GetEvalFrameFunc), _PyFrameEvalFunction (*)(PyInterpreterState *)));
//@ function _PyInterpreterState_SetEvalFrameFunc =_PyFrameEvalFunction *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyInterpreterState_SetEvalFrameFunc), void (*)(PyInterpreterState *, _PyFrameEvalFunction)));
//@ function _PyInterpreterState_GetConfig *PyConfig,PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyInterpreterState_GetConfig), const PyConfig *(*)(PyInterpreterState *)));
//@ function _PyInterpreterState_GetConfigCopy *PyConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyInterpreterState_GetConfigCopy), int (*)(PyConfig *)));
//@ function _PyInterpreterState_SetConfig *PyConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyInterpreterState_SetConfig), int (*)(const PyConfig *)));
//@ function _Py_GetConfig *PyConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_GetConfig), const PyConfig *(*)(void)));
//@ function _PyCrossInterpreterData_Init =xid_newobjectfunc *PyInterpreterState,PyObject,_PyCrossInterpreterData
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyCrossInterpreterData_Init), void (*)(_PyCrossInterpreterData *, PyInterpreterState *, void *, PyObject *, xid_newobjectfunc)));
//@ function _PyCrossInterpreterData_InitWithSize =xid_newobjectfunc *PyInterpreterState,PyObject,_PyCrossInterpreterData
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyCrossInterpreterData_InitWithSize), int (*)(_PyCrossInterpreterData *, PyInterpreterState *, size_t, PyObject *, xid_newobjectfunc)));
//@ function _PyCrossInterpreterData_Clear *PyInterpreterState,_PyCrossInterpreterData
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyCrossInterpreterData_Clear), void (*)(PyInterpreterState *, _PyCrossInterpreterData *)));
//@ function _PyObject_GetCrossInterpreterData *PyObject,_PyCrossInterpreterData
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_GetCrossInterpreterData), int (*)(PyObject *, _PyCrossInterpreterData *)));
//@ function _PyCrossInterpreterData_NewObject *PyObject,_PyCrossInterpreterData
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyCrossInterpreterData_NewObject), PyObject *(*)(_PyCrossInterpreterData *)));
//@ function _PyCrossInterpreterData_Release *_PyCrossInterpreterData
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyCrossInterpreterData_Release), int (*)(_PyCrossInterpreterData *)));
//@ function _PyObject_CheckCrossInterpreterData *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_CheckCrossInterpreterData), int (*)(PyObject *)));
//@ function _PyCrossInterpreterData_RegisterClass =crossinterpdatafunc *PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyCrossInterpreterData_RegisterClass), int (*)(PyTypeObject *, crossinterpdatafunc)));
//@ function _PyCrossInterpreterData_UnregisterClass *PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyCrossInterpreterData_UnregisterClass), int (*)(PyTypeObject *)));
//@ function _PyCrossInterpreterData_Lookup =crossinterpdatafunc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyCrossInterpreterData_Lookup), crossinterpdatafunc (*)(PyObject *)));
//@ function PyGen_New *PyFrameObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyGen_New), PyObject *(*)(PyFrameObject *)));
//@ function PyGen_NewWithQualName *PyFrameObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyGen_NewWithQualName), PyObject *(*)(PyFrameObject *, PyObject *, PyObject *)));
//@ function _PyGen_SetStopIterationValue *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyGen_SetStopIterationValue), int (*)(PyObject *)));
//@ function _PyGen_FetchStopIterationValue *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyGen_FetchStopIterationValue), int (*)(PyObject **)));
//@ function _PyGen_Finalize *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyGen_Finalize), void (*)(PyObject *)));
//@ function PyGen_GetCode *PyCodeObject,PyGenObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyGen_GetCode), PyCodeObject *(*)(PyGenObject *)));
//@ function PyCoro_New *PyFrameObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCoro_New), PyObject *(*)(PyFrameObject *, PyObject *, PyObject *)));
//@ function PyAsyncGen_New *PyFrameObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyAsyncGen_New), PyObject *(*)(PyFrameObject *, PyObject *, PyObject *)));
//@ function PyDescr_NewMethod *PyMethodDef,PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDescr_NewMethod), PyObject *(*)(PyTypeObject *, PyMethodDef *)));
//@ function PyDescr_NewClassMethod *PyMethodDef,PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDescr_NewClassMethod), PyObject *(*)(PyTypeObject *, PyMethodDef *)));
//@ function PyDescr_NewMember *PyMemberDef,PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDescr_NewMember), PyObject *(*)(PyTypeObject *, PyMemberDef *)));
//@ function PyDescr_NewGetSet *PyGetSetDef,PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDescr_NewGetSet), PyObject *(*)(PyTypeObject *, PyGetSetDef *)));
//@ function PyDictProxy_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDictProxy_New), PyObject *(*)(PyObject *)));
//@ function PyWrapper_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyWrapper_New), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyMember_GetOne *PyMemberDef,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMember_GetOne), PyObject *(*)(const char *, PyMemberDef *)));
//@ function PyMember_SetOne *PyMemberDef,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMember_SetOne), int (*)(char *, PyMemberDef *, PyObject *)));
//@ function PyDescr_NewWrapper *PyObject,PyTypeObject,wrapperbase
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDescr_NewWrapper), PyObject *(*)(PyTypeObject *, struct wrapperbase *, void *)));
//@ function PyDescr_IsData *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDescr_IsData), int (*)(PyObject *)));
//@ function Py_GenericAlias *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_GenericAlias), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyErr_WarnEx *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_WarnEx), int (*)(PyObject *, const char *, Py_ssize_t)));
//@ function PyErr_WarnFormat *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_WarnFormat), int (*)(PyObject *, Py_ssize_t, const char *, ...)));
//@ function PyErr_ResourceWarning *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_ResourceWarning), int (*)(PyObject *, Py_ssize_t, const char *, ...)));
//@ function PyErr_WarnExplicit *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_WarnExplicit), int (*)(PyObject *, const char *, const char *, int, const char *, PyObject *)));
//@ function PyErr_WarnExplicitObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_WarnExplicitObject), int (*)(PyObject *, PyObject *, PyObject *, int, PyObject *, PyObject *)));
//@ function PyErr_WarnExplicitFormat *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_WarnExplicitFormat), int (*)(PyObject *, const char *, int, const char *, PyObject *, const char *, ...)));
//@ function PyWeakref_NewRef *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyWeakref_NewRef), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyWeakref_NewProxy *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyWeakref_NewProxy), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyWeakref_GetObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyWeakref_GetObject), PyObject *(*)(PyObject *)));
//@ function _PyWeakref_GetWeakrefCount *PyWeakReference
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyWeakref_GetWeakrefCount), Py_ssize_t (*)(PyWeakReference *)));
//@ function _PyWeakref_ClearRef *PyWeakReference
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyWeakref_ClearRef), void (*)(PyWeakReference *)));
//@ function PyStructSequence_InitType *PyStructSequence_Desc,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyStructSequence_InitType), void (*)(PyTypeObject *, PyStructSequence_Desc *)));
//@ function PyStructSequence_InitType2 *PyStructSequence_Desc,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyStructSequence_InitType2), int (*)(PyTypeObject *, PyStructSequence_Desc *)));
//@ function PyStructSequence_NewType *PyStructSequence_Desc,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyStructSequence_NewType), PyTypeObject *(*)(PyStructSequence_Desc *)));
//@ function PyStructSequence_New *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyStructSequence_New), PyObject *(*)(PyTypeObject *)));
//@ function PyStructSequence_SetItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyStructSequence_SetItem), void (*)(PyObject *, Py_ssize_t, PyObject *)));
//@ function PyStructSequence_GetItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyStructSequence_GetItem), PyObject *(*)(PyObject *, Py_ssize_t)));
//@ function PyPickleBuffer_FromObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyPickleBuffer_FromObject), PyObject *(*)(PyObject *)));
//@ function PyPickleBuffer_GetBuffer *PyObject,Py_buffer
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyPickleBuffer_GetBuffer), const Py_buffer *(*)(PyObject *)));
//@ function PyPickleBuffer_Release *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyPickleBuffer_Release), int (*)(PyObject *)));
//@ function _PyTime_FromSeconds =_PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_FromSeconds), _PyTime_t (*)(int)));
//@ function _PyTime_FromNanoseconds =_PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_FromNanoseconds), _PyTime_t (*)(_PyTime_t)));
//@ function _PyTime_FromMicrosecondsClamp =_PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_FromMicrosecondsClamp), _PyTime_t (*)(_PyTime_t)));
//@ function _PyTime_FromNanosecondsObject *PyObject,_PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_FromNanosecondsObject), int (*)(_PyTime_t *, PyObject *)));
//@ function _PyTime_FromSecondsObject =_PyTime_round_t *PyObject,_PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_FromSecondsObject), int (*)(_PyTime_t *, PyObject *, _PyTime_round_t)));
//@ function _PyTime_FromMillisecondsObject =_PyTime_round_t *PyObject,_PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_FromMillisecondsObject), int (*)(_PyTime_t *, PyObject *, _PyTime_round_t)));
//@ function _PyTime_AsSecondsDouble =_PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_AsSecondsDouble), double (*)(_PyTime_t)));
//@ function _PyTime_AsMilliseconds =_PyTime_round_t,_PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_AsMilliseconds), _PyTime_t (*)(_PyTime_t, _PyTime_round_t)));
//@ function _PyTime_AsMicroseconds =_PyTime_round_t,_PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_AsMicroseconds), _PyTime_t (*)(_PyTime_t, _PyTime_round_t)));
//@ function _PyTime_AsNanoseconds =_PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_AsNanoseconds), _PyTime_t (*)(_PyTime_t)));
//@ function _PyTime_AsNanosecondsObject =_PyTime_t *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_AsNanosecondsObject), PyObject *(*)(_PyTime_t)));
//@ function _PyTime_Add =_PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_Add), _PyTime_t (*)(_PyTime_t, _PyTime_t)));
//@ function _PyTime_MulDiv =_PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_MulDiv), _PyTime_t (*)(_PyTime_t, _PyTime_t, _PyTime_t)));
//@ function _PyTime_GetSystemClock =_PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_GetSystemClock), _PyTime_t (*)(void)));
//@ function _PyTime_GetSystemClockWithInfo *_PyTime_t,_Py_clock_info_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_GetSystemClockWithInfo), int (*)(_PyTime_t *, _Py_clock_info_t *)));
//@ function _PyTime_GetMonotonicClock =_PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_GetMonotonicClock), _PyTime_t (*)(void)));
//@ function _PyTime_GetMonotonicClockWithInfo *_PyTime_t,_Py_clock_info_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_GetMonotonicClockWithInfo), int (*)(_PyTime_t *, _Py_clock_info_t *)));
//@ function _PyTime_GetPerfCounter =_PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_GetPerfCounter), _PyTime_t (*)(void)));
//@ function _PyTime_GetPerfCounterWithInfo *_PyTime_t,_Py_clock_info_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTime_GetPerfCounterWithInfo), int (*)(_PyTime_t *, _Py_clock_info_t *)));
//@ function _PyDeadline_Init =_PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDeadline_Init), _PyTime_t (*)(_PyTime_t)));
//@ function _PyDeadline_Get =_PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDeadline_Get), _PyTime_t (*)(_PyTime_t)));
//@ function PyCodec_Register *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_Register), int (*)(PyObject *)));
//@ function PyCodec_Unregister *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_Unregister), int (*)(PyObject *)));
//@ function _PyCodec_Lookup *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyCodec_Lookup), PyObject *(*)(const char *)));
//@ function PyCodec_KnownEncoding
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_KnownEncoding), int (*)(const char *)));
//@ function PyCodec_Encode *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_Encode), PyObject *(*)(PyObject *, const char *, const char *)));
//@ function PyCodec_Decode *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_Decode), PyObject *(*)(PyObject *, const char *, const char *)));
//@ function _PyCodec_LookupTextEncoding *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyCodec_LookupTextEncoding), PyObject *(*)(const char *, const char *)));
//@ function _PyCodec_EncodeText *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyCodec_EncodeText), PyObject *(*)(PyObject *, const char *, const char *)));
//@ function _PyCodec_DecodeText *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyCodec_DecodeText), PyObject *(*)(PyObject *, const char *, const char *)));
//@ function _PyCodecInfo_GetIncrementalDecoder *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyCodecInfo_GetIncrementalDecoder), PyObject *(*)(PyObject *, const char *)));
//@ function _PyCodecInfo_GetIncrementalEncoder *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyCodecInfo_GetIncrementalEncoder), PyObject *(*)(PyObject *, const char *)));
//@ function PyCodec_Encoder *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_Encoder), PyObject *(*)(const char *)));
//@ function PyCodec_Decoder *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_Decoder), PyObject *(*)(const char *)));
//@ function PyCodec_IncrementalEncoder *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_IncrementalEncoder), PyObject *(*)(const char *, const char *)));
//@ function PyCodec_IncrementalDecoder *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_IncrementalDecoder), PyObject *(*)(const char *, const char *)));
//@ function PyCodec_StreamReader *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_StreamReader), PyObject *(*)(const char *, PyObject *, const char *)));
//@ function PyCodec_StreamWriter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_StreamWriter), PyObject *(*)(const char *, PyObject *, const char *)));
//@ function PyCodec_RegisterError *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_RegisterError), int (*)(const char *, PyObject *)));
//@ function PyCodec_LookupError *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_LookupError), PyObject *(*)(const char *)));
//@ function PyCodec_StrictErrors *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_StrictErrors), PyObject *(*)(PyObject *)));
//@ function PyCodec_IgnoreErrors *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_IgnoreErrors), PyObject *(*)(PyObject *)));
//@ function PyCodec_ReplaceErrors *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_ReplaceErrors), PyObject *(*)(PyObject *)));
//@ function PyCodec_XMLCharRefReplaceErrors *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_XMLCharRefReplaceErrors), PyObject *(*)(PyObject *)));
//@ function PyCodec_BackslashReplaceErrors *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_BackslashReplaceErrors), PyObject *(*)(PyObject *)));
//@ function PyCodec_NameReplaceErrors *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_NameReplaceErrors), PyObject *(*)(PyObject *)));
//@ function PyErr_SetNone *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_SetNone), void (*)(PyObject *)));
//@ function PyErr_SetObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_SetObject), void (*)(PyObject *, PyObject *)));
//@ function PyErr_SetString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_SetString), void (*)(PyObject *, const char *)));
//@ function PyErr_Occurred *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_Occurred), PyObject *(*)(void)));
//@ function PyErr_Clear
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_Clear), void (*)(void)));
//@ function PyErr_Fetch *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_Fetch), void (*)(PyObject **, PyObject **, PyObject **)));
//@ function PyErr_Restore *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_Restore), void (*)(PyObject *, PyObject *, PyObject *)));
//@ function PyErr_GetRaisedException *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_GetRaisedException), PyObject *(*)(void)));
//@ function PyErr_SetRaisedException *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_SetRaisedException), void (*)(PyObject *)));
//@ function PyErr_GetHandledException *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_GetHandledException), PyObject *(*)(void)));
//@ function PyErr_SetHandledException *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_SetHandledException), void (*)(PyObject *)));
//@ function PyErr_GetExcInfo *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_GetExcInfo), void (*)(PyObject **, PyObject **, PyObject **)));
//@ function PyErr_SetExcInfo *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_SetExcInfo), void (*)(PyObject *, PyObject *, PyObject *)));
//@ function Py_FatalError
#pragma push_macro("Py_FatalError")
#undef Py_FatalError
LPS_CHECK("its declaration", sizeof(&Py_FatalError) != 0);
LPS_DECL("its prototype", _Noreturn void Py_FatalError(const char *););
#pragma pop_macro("Py_FatalError")
//@ function PyErr_GivenExceptionMatches *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_GivenExceptionMatches), int (*)(PyObject *, PyObject *)));
//@ function PyErr_ExceptionMatches *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_ExceptionMatches), int (*)(PyObject *)));
//@ function PyErr_NormalizeException *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_NormalizeException), void (*)(PyObject **, PyObject **, PyObject **)));
//@ function PyException_SetTraceback *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyException_SetTraceback), int (*)(PyObject *, PyObject *)));
//@ function PyException_GetTraceback *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyException_GetTraceback), PyObject *(*)(PyObject *)));
//@ function PyException_GetCause *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyException_GetCause), PyObject *(*)(PyObject *)));
//@ function PyException_SetCause *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyException_SetCause), void (*)(PyObject *, PyObject *)));
//@ function PyException_GetContext *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyException_GetContext), PyObject *(*)(PyObject *)));
//@ function PyException_SetContext *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyException_SetContext), void (*)(PyObject *, PyObject *)));
//@ function PyException_GetArgs *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyException_GetArgs), PyObject *(*)(PyObject *)));
//@ function PyException_SetArgs *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyException_SetArgs), void (*)(PyObject *, PyObject *)));
//@ function PyExceptionClass_Name *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyExceptionClass_Name), const char *(*)(PyObject *)));
//@ function PyErr_BadArgument
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_BadArgument), int (*)(void)));
//@ function PyErr_NoMemory *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_NoMemory), PyObject *(*)(void)));
//@ function PyErr_SetFromErrno *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_SetFromErrno), PyObject *(*)(PyObject *)));
//@ function PyErr_SetFromErrnoWithFilenameObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_SetFromErrnoWithFilenameObject), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyErr_SetFromErrnoWithFilenameObjects *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_SetFromErrnoWithFilenameObjects), PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ function PyErr_SetFromErrnoWithFilename *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_SetFromErrnoWithFilename), PyObject *(*)(PyObject *, const char *)));
//@ function PyErr_Format *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_Format), PyObject *(*)(PyObject *, const char *, ...)));
//@ function PyErr_SetImportErrorSubclass *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_SetImportErrorSubclass), PyObject *(*)(PyObject *, PyObject *, PyObject *, PyObject *)));
//@ function PyErr_SetImportError *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_SetImportError), PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ function PyErr_BadInternalCall
#pragma push_macro("PyErr_BadInternalCall")
#undef PyErr_BadInternalCall
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_BadInternalCall), void (*)(void)));
#pragma pop_macro("PyErr_BadInternalCall")
//@ function _PyErr_BadInternalCall
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyErr_BadInternalCall), void (*)(const char *, int)));
//@ function PyErr_NewException *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_NewException), PyObject *(*)(const char *, PyObject *, PyObject *)));
//@ function PyErr_NewExceptionWithDoc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_NewExceptionWithDoc), PyObject *(*)(const char *, const char *, PyObject *, PyObject *)));
//@ function PyErr_WriteUnraisable *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_WriteUnraisable), void (*)(PyObject *)));
//@ function PyErr_CheckSignals
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_CheckSignals), int (*)(void)));
//@ function PyErr_SetInterrupt
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_SetInterrupt), void (*)(void)));
//@ function PyErr_SetInterruptEx
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_SetInterruptEx), int (*)(int)));
//@ function PyErr_SyntaxLocation
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_SyntaxLocation), void (*)(const char *, int)));
//@ function PyErr_SyntaxLocationEx
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_SyntaxLocationEx), void (*)(const char *, int, int)));
//@ function PyErr_ProgramText *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_ProgramText), PyObject *(*)(const char *, int)));
//@ function PyUnicodeDecodeError_Create *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeDecodeError_Create), PyObject *(*)(const char *, const char *, Py_ssize_t, Py_ssize_t, Py_ssize_t, const char *)));
//@ function PyUnicodeEncodeError_GetEncoding *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeEncodeError_GetEncoding), PyObject *(*)(PyObject *)));
//@ function PyUnicodeDecodeError_GetEncoding *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeDecodeError_GetEncoding), PyObject *(*)(PyObject *)));
//@ function PyUnicodeEncodeError_GetObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeEncodeError_GetObject), PyObject *(*)(PyObject *)));
//@ function PyUnicodeDecodeError_GetObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeDecodeError_GetObject), PyObject *(*)(PyObject *)));
//@ function PyUnicodeTranslateError_GetObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeTranslateError_GetObject), PyObject *(*)(PyObject *)));
//@ function PyUnicodeEncodeError_GetStart *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeEncodeError_GetStart), int (*)(PyObject *, Py_ssize_t *)));
//@ function PyUnicodeDecodeError_GetStart *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeDecodeError_GetStart), int (*)(PyObject *, Py_ssize_t *)));
//@ function PyUnicodeTranslateError_GetStart *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeTranslateError_GetStart), int (*)(PyObject *, Py_ssize_t *)));
//@ function PyUnicodeEncodeError_SetStart *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeEncodeError_SetStart), int (*)(PyObject *, Py_ssize_t)));
//@ function PyUnicodeDecodeError_SetStart *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeDecodeError_SetStart), int (*)(PyObject *, Py_ssize_t)));
//@ function PyUnicodeTranslateError_SetStart *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeTranslateError_SetStart), int (*)(PyObject *, Py_ssize_t)));
//@ function PyUnicodeEncodeError_GetEnd *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeEncodeError_GetEnd), int (*)(PyObject *, Py_ssize_t *)));
//@ function PyUnicodeDecodeError_GetEnd *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeDecodeError_GetEnd), int (*)(PyObject *, Py_ssize_t *)));
//@ function PyUnicodeTranslateError_GetEnd *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeTranslateError_GetEnd), int (*)(PyObject *, Py_ssize_t *)));
//@ function PyUnicodeEncodeError_SetEnd *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeEncodeError_SetEnd), int (*)(PyObject *, Py_ssize_t)));
//@ function PyUnicodeDecodeError_SetEnd *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeDecodeError_SetEnd), int (*)(PyObject *, Py_ssize_t)));
//@ function PyUnicodeTranslateError_SetEnd *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeTranslateError_SetEnd), int (*)(PyObject *, Py_ssize_t)));
//@ function PyUnicodeEncodeError_GetReason *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeEncodeError_GetReason), PyObject *(*)(PyObject *)));
//@ function PyUnicodeDecodeError_GetReason *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeDecodeError_GetReason), PyObject *(*)(PyObject *)));
//@ function PyUnicodeTranslateError_GetReason *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeTranslateError_GetReason), PyObject *(*)(PyObject *)));
//@ function PyUnicodeEncodeError_SetReason *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeEncodeError_SetReason), int (*)(PyObject *, const char *)));
//@ function PyUnicodeDecodeError_SetReason *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeDecodeError_SetReason), int (*)(PyObject *, const char *)));
//@ function PyUnicodeTranslateError_SetReason *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeTranslateError_SetReason), int (*)(PyObject *, const char *)));
//@ function PyOS_snprintf
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_snprintf), int (*)(char *, size_t, const char *, ...)));
//@ function _PyErr_SetKeyError *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyErr_SetKeyError), void (*)(PyObject *)));
//@ function _PyErr_GetTopmostException *PyThreadState,_PyErr_StackItem
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyErr_GetTopmostException), _PyErr_StackItem *(*)(PyThreadState *)));
//@ function _PyErr_GetHandledException *PyObject,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyErr_GetHandledException), PyObject *(*)(PyThreadState *)));
//@ function _PyErr_SetHandledException *PyObject,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyErr_SetHandledException), void (*)(PyThreadState *, PyObject *)));
//@ function _PyErr_GetExcInfo *PyObject,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyErr_GetExcInfo), void (*)(PyThreadState *, PyObject **, PyObject **, PyObject **)));
//@ function _PyErr_ChainExceptions *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyErr_ChainExceptions), void (*)(PyObject *, PyObject *, PyObject *)));
//@ function _PyErr_ChainExceptions1 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyErr_ChainExceptions1), void (*)(PyObject *)));
//@ function _PyErr_FormatFromCause *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyErr_FormatFromCause), PyObject *(*)(PyObject *, const char *, ...)));
//@ function _PyException_AddNote *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyException_AddNote), int (*)(PyObject *, PyObject *)));
//@ function PyUnstable_Exc_PrepReraiseStar *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_Exc_PrepReraiseStar), PyObject *(*)(PyObject *, PyObject *)));
//@ function _PyErr_CheckSignals
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyErr_CheckSignals), int (*)(void)));
//@ function PyErr_SyntaxLocationObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_SyntaxLocationObject), void (*)(PyObject *, int, int)));
//@ function PyErr_RangedSyntaxLocationObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_RangedSyntaxLocationObject), void (*)(PyObject *, int, int, int, int)));
//@ function PyErr_ProgramTextObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_ProgramTextObject), PyObject *(*)(PyObject *, int)));
//@ function _PyErr_ProgramDecodedTextObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyErr_ProgramDecodedTextObject), PyObject *(*)(PyObject *, int, const char *)));
//@ function _PyUnicodeTranslateError_Create *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicodeTranslateError_Create), PyObject *(*)(PyObject *, Py_ssize_t, Py_ssize_t, const char *)));
//@ function _PyErr_WriteUnraisableMsg *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyErr_WriteUnraisableMsg), void (*)(const char *, PyObject *)));
//@ function _Py_FatalErrorFunc
LPS_CHECK("its declaration", sizeof(&_Py_FatalErrorFunc) != 0);
LPS_DECL("its prototype", _Noreturn void _Py_FatalErrorFunc(const char *, const char *););
//@ function _Py_FatalErrorFormat
LPS_CHECK("its declaration", sizeof(&_Py_FatalErrorFormat) != 0);
LPS_DECL("its prototype", _Noreturn void _Py_FatalErrorFormat(const char *, const char *, ...););
//@ function PyThread_init_thread
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_init_thread), void (*)(void)));
//@ function PyThread_start_new_thread
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_start_new_thread), unsigned long (*)(void (*)(void *), void *)));
//@ function PyThread_exit_thread
LPS_CHECK("its declaration", sizeof(&PyThread_exit_thread) != 0);
LPS_DECL("its prototype", _Noreturn void PyThread_exit_thread(void););
//@ function PyThread_get_thread_ident
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_get_thread_ident), unsigned long (*)(void)));
//@ function PyThread_get_thread_native_id
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_get_thread_native_id), unsigned long (*)(void)));
//@ function PyThread_allocate_lock =PyThread_type_lock
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_allocate_lock), PyThread_type_lock (*)(void)));
//@ function PyThread_free_lock =PyThread_type_lock
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_free_lock), void (*)(PyThread_type_lock)));
//@ function PyThread_acquire_lock =PyThread_type_lock
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_acquire_lock), int (*)(PyThread_type_lock, int)));
//@ function PyThread_acquire_lock_timed =PyLockStatus,PyThread_type_lock
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_acquire_lock_timed), PyLockStatus (*)(PyThread_type_lock, long long, int)));
//@ function PyThread_release_lock =PyThread_type_lock
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_release_lock), void (*)(PyThread_type_lock)));
//@ function PyThread_get_stacksize
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_get_stacksize), size_t (*)(void)));
//@ function PyThread_set_stacksize
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_set_stacksize), int (*)(size_t)));
//@ function PyThread_GetInfo *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_GetInfo), PyObject *(*)(void)));
//@ function PyThread_create_key
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_create_key), int (*)(void)));
//@ function PyThread_delete_key
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_delete_key), void (*)(int)));
//@ function PyThread_set_key_value
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_set_key_value), int (*)(int, void *)));
//@ function PyThread_get_key_value
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_get_key_value), void *(*)(int)));
//@ function PyThread_delete_key_value
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_delete_key_value), void (*)(int)));
//@ function PyThread_ReInitTLS
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_ReInitTLS), void (*)(void)));
//@ function PyThread_tss_alloc *Py_tss_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_tss_alloc), Py_tss_t *(*)(void)));
//@ function PyThread_tss_free *Py_tss_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_tss_free), void (*)(Py_tss_t *)));
//@ function PyThread_tss_is_created *Py_tss_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_tss_is_created), int (*)(Py_tss_t *)));
//@ function PyThread_tss_create *Py_tss_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_tss_create), int (*)(Py_tss_t *)));
//@ function PyThread_tss_delete *Py_tss_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_tss_delete), void (*)(Py_tss_t *)));
//@ function PyThread_tss_set *Py_tss_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_tss_set), int (*)(Py_tss_t *, void *)));
//@ function PyThread_tss_get *Py_tss_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThread_tss_get), void *(*)(Py_tss_t *)));
//@ function _PyThread_at_fork_reinit *PyThread_type_lock
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyThread_at_fork_reinit), int (*)(PyThread_type_lock *)));
//@ function PyContext_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyContext_New), PyObject *(*)(void)));
//@ function PyContext_Copy *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyContext_Copy), PyObject *(*)(PyObject *)));
//@ function PyContext_CopyCurrent *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyContext_CopyCurrent), PyObject *(*)(void)));
//@ function PyContext_Enter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyContext_Enter), int (*)(PyObject *)));
//@ function PyContext_Exit *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyContext_Exit), int (*)(PyObject *)));
//@ function PyContextVar_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyContextVar_New), PyObject *(*)(const char *, PyObject *)));
//@ function PyContextVar_Get *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyContextVar_Get), int (*)(PyObject *, PyObject *, PyObject **)));
//@ function PyContextVar_Set *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyContextVar_Set), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyContextVar_Reset *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyContextVar_Reset), int (*)(PyObject *, PyObject *)));
//@ function _PyContext_NewHamtForTests *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyContext_NewHamtForTests), PyObject *(*)(void)));
//@ function PyArg_Parse *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyArg_Parse), int (*)(PyObject *, const char *, ...)));
//@ function PyArg_ParseTuple *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyArg_ParseTuple), int (*)(PyObject *, const char *, ...)));
//@ function PyArg_ParseTupleAndKeywords *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyArg_ParseTupleAndKeywords), int (*)(PyObject *, PyObject *, const char *, char **, ...)));
//@ function PyArg_ValidateKeywordArguments *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyArg_ValidateKeywordArguments), int (*)(PyObject *)));
//@ function PyArg_UnpackTuple *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyArg_UnpackTuple), int (*)(PyObject *, const char *, Py_ssize_t, Py_ssize_t, ...)));
//@ function Py_BuildValue *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_BuildValue), PyObject *(*)(const char *, ...)));
//@ function _Py_BuildValue_SizeT *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_BuildValue_SizeT), PyObject *(*)(const char *, ...)));
//@ function PyModule_AddObjectRef *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_AddObjectRef), int (*)(PyObject *, const char *, PyObject *)));
//@ function PyModule_AddObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_AddObject), int (*)(PyObject *, const char *, PyObject *)));
//@ function PyModule_AddIntConstant *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_AddIntConstant), int (*)(PyObject *, const char *, long)));
//@ function PyModule_AddStringConstant *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_AddStringConstant), int (*)(PyObject *, const char *, const char *)));
//@ function PyModule_AddType *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_AddType), int (*)(PyObject *, PyTypeObject *)));
//@ function PyModule_SetDocString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_SetDocString), int (*)(PyObject *, const char *)));
//@ function PyModule_AddFunctions *PyMethodDef,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_AddFunctions), int (*)(PyObject *, PyMethodDef *)));
//@ function PyModule_ExecDef *PyModuleDef,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_ExecDef), int (*)(PyObject *, PyModuleDef *)));
//@ function PyModule_Create2 *PyModuleDef,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_Create2), PyObject *(*)(PyModuleDef *, int)));
//@ function PyModule_FromDefAndSpec2 *PyModuleDef,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_FromDefAndSpec2), PyObject *(*)(PyModuleDef *, PyObject *, int)));
//@ function _PyArg_UnpackStack *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyArg_UnpackStack), int (*)(PyObject * const *, Py_ssize_t, const char *, Py_ssize_t, Py_ssize_t, ...)));
//@ function _PyArg_NoKeywords *PyObject
#pragma push_macro("_PyArg_NoKeywords")
#undef _PyArg_NoKeywords
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyArg_NoKeywords), int (*)(const char *, PyObject *)));
#pragma pop_macro("_PyArg_NoKeywords")
//@ function _PyArg_NoKwnames *PyObject
#pragma push_macro("_PyArg_NoKwnames")
#undef _PyArg_NoKwnames
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyArg_NoKwnames), int (*)(const char *, PyObject *)));
#pragma pop_macro("_PyArg_NoKwnames")
//@ function _PyArg_NoPositional *PyObject
#pragma push_macro("_PyArg_NoPositional")
#undef _PyArg_NoPositional
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyArg_NoPositional), int (*)(const char *, PyObject *)));
#pragma pop_macro("_PyArg_NoPositional")
//@ function _PyArg_BadArgument *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyArg_BadArgument), void (*)(const char *, const char *, const char *, PyObject *)));
//@ function _PyArg_CheckPositional
#pragma push_macro("_PyArg_CheckPositional")
#undef _PyArg_CheckPositional
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyArg_CheckPositional), int (*)(const char *, Py_ssize_t, Py_ssize_t, Py_ssize_t)));
#pragma pop_macro("_PyArg_CheckPositional")
//@ function _PyArg_ParseTupleAndKeywordsFast *PyObject,_PyArg_Parser
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyArg_ParseTupleAndKeywordsFast), int (*)(PyObject *, PyObject *, _PyArg_Parser *, ...)));
//@ function _PyArg_ParseStack *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyArg_ParseStack), int (*)(PyObject * const *, Py_ssize_t, const char *, ...)));
//@ function _PyArg_ParseStackAndKeywords *PyObject,_PyArg_Parser
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyArg_ParseStackAndKeywords), int (*)(PyObject * const *, Py_ssize_t, PyObject *, _PyArg_Parser *, ...)));
//@ function _PyArg_UnpackKeywords *PyObject,_PyArg_Parser
#pragma push_macro("_PyArg_UnpackKeywords")
#undef _PyArg_UnpackKeywords
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyArg_UnpackKeywords), PyObject * const *(*)(PyObject * const *, Py_ssize_t, PyObject *, PyObject *, _PyArg_Parser *, int, int, int, PyObject **)));
#pragma pop_macro("_PyArg_UnpackKeywords")
//@ function _PyArg_UnpackKeywordsWithVararg *PyObject,_PyArg_Parser
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyArg_UnpackKeywordsWithVararg), PyObject * const *(*)(PyObject * const *, Py_ssize_t, PyObject *, PyObject *, _PyArg_Parser *, int, int, int, int, PyObject **)));
//@ function _PyModule_CreateInitialized *PyModuleDef,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyModule_CreateInitialized), PyObject *(*)(PyModuleDef *, int)));
//@ function _PyModule_Add *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyModule_Add), int (*)(PyObject *, const char *, PyObject *)));
//@ function PyCompile_OpcodeStackEffect
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCompile_OpcodeStackEffect), int (*)(int, int)));
//@ function PyCompile_OpcodeStackEffectWithJump
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCompile_OpcodeStackEffectWithJump), int (*)(int, int, int)));
//@ function Py_CompileString *PyObject
#pragma push_macro("Py_CompileString")
#undef Py_CompileString
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_CompileString), PyObject *(*)(const char *, const char *, int)));
#pragma pop_macro("Py_CompileString")
//@ function PyErr_Print
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_Print), void (*)(void)));
//@ function PyErr_PrintEx
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_PrintEx), void (*)(int)));
//@ function PyErr_Display *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_Display), void (*)(PyObject *, PyObject *, PyObject *)));
//@ function PyErr_DisplayException *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_DisplayException), void (*)(PyObject *)));
//@ function PyRun_SimpleStringFlags *PyCompilerFlags
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_SimpleStringFlags), int (*)(const char *, PyCompilerFlags *)));
//@ function _PyRun_SimpleFileObject *PyCompilerFlags,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyRun_SimpleFileObject), int (*)(FILE *, PyObject *, int, PyCompilerFlags *)));
//@ function PyRun_AnyFileExFlags *PyCompilerFlags
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_AnyFileExFlags), int (*)(FILE *, const char *, int, PyCompilerFlags *)));
//@ function _PyRun_AnyFileObject *PyCompilerFlags,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyRun_AnyFileObject), int (*)(FILE *, PyObject *, int, PyCompilerFlags *)));
//@ function PyRun_SimpleFileExFlags *PyCompilerFlags
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_SimpleFileExFlags), int (*)(FILE *, const char *, int, PyCompilerFlags *)));
//@ function PyRun_InteractiveOneFlags *PyCompilerFlags
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_InteractiveOneFlags), int (*)(FILE *, const char *, PyCompilerFlags *)));
//@ function PyRun_InteractiveOneObject *PyCompilerFlags,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_InteractiveOneObject), int (*)(FILE *, PyObject *, PyCompilerFlags *)));
//@ function PyRun_InteractiveLoopFlags *PyCompilerFlags
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_InteractiveLoopFlags), int (*)(FILE *, const char *, PyCompilerFlags *)));
//@ function _PyRun_InteractiveLoopObject *PyCompilerFlags,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyRun_InteractiveLoopObject), int (*)(FILE *, PyObject *, PyCompilerFlags *)));
//@ function PyRun_StringFlags *PyCompilerFlags,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_StringFlags), PyObject *(*)(const char *, int, PyObject *, PyObject *, PyCompilerFlags *)));
//@ function PyRun_FileExFlags *PyCompilerFlags,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_FileExFlags), PyObject *(*)(FILE *, const char *, int, PyObject *, PyObject *, int, PyCompilerFlags *)));
//@ function Py_CompileStringExFlags *PyCompilerFlags,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_CompileStringExFlags), PyObject *(*)(const char *, const char *, int, PyCompilerFlags *, int)));
//@ function Py_CompileStringObject *PyCompilerFlags,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_CompileStringObject), PyObject *(*)(const char *, PyObject *, int, PyCompilerFlags *, int)));
//@ function _Py_SourceAsString *PyCompilerFlags,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_SourceAsString), const char *(*)(PyObject *, const char *, const char *, PyCompilerFlags *, PyObject **)));
//@ function PyRun_String *PyObject
#pragma push_macro("PyRun_String")
#undef PyRun_String
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_String), PyObject *(*)(const char *, int, PyObject *, PyObject *)));
#pragma pop_macro("PyRun_String")
//@ function PyRun_AnyFile
#pragma push_macro("PyRun_AnyFile")
#undef PyRun_AnyFile
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_AnyFile), int (*)(FILE *, const char *)));
#pragma pop_macro("PyRun_AnyFile")
//@ function PyRun_AnyFileEx
#pragma push_macro("PyRun_AnyFileEx")
#undef PyRun_AnyFileEx
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_AnyFileEx), int (*)(FILE *, const char *, int)));
#pragma pop_macro("PyRun_AnyFileEx")
//@ function PyRun_AnyFileFlags *PyCompilerFlags
#pragma push_macro("PyRun_AnyFileFlags")
#undef PyRun_AnyFileFlags
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_AnyFileFlags), int (*)(FILE *, const char *, PyCompilerFlags *)));
#pragma pop_macro("PyRun_AnyFileFlags")
//@ function PyRun_SimpleString
#pragma push_macro("PyRun_SimpleString")
#undef PyRun_SimpleString
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_SimpleString), int (*)(const char *)));
#pragma pop_macro("PyRun_SimpleString")
//@ function PyRun_SimpleFile
#pragma push_macro("PyRun_SimpleFile")
#undef PyRun_SimpleFile
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_SimpleFile), int (*)(FILE *, const char *)));
#pragma pop_macro("PyRun_SimpleFile")
//@ function PyRun_SimpleFileEx
#pragma push_macro("PyRun_SimpleFileEx")
#undef PyRun_SimpleFileEx
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_SimpleFileEx), int (*)(FILE *, const char *, int)));
#pragma pop_macro("PyRun_SimpleFileEx")
//@ function PyRun_InteractiveOne
#pragma push_macro("PyRun_InteractiveOne")
#undef PyRun_InteractiveOne
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_InteractiveOne), int (*)(FILE *, const char *)));
#pragma pop_macro("PyRun_InteractiveOne")
//@ function PyRun_InteractiveLoop
#pragma push_macro("PyRun_InteractiveLoop")
#undef PyRun_InteractiveLoop
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_InteractiveLoop), int (*)(FILE *, const char *)));
#pragma pop_macro("PyRun_InteractiveLoop")
//@ function PyRun_File *PyObject
#pragma push_macro("PyRun_File")
#undef PyRun_File
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_File), PyObject *(*)(FILE *, const char *, int, PyObject *, PyObject *)));
#pragma pop_macro("PyRun_File")
//@ function PyRun_FileEx *PyObject
#pragma push_macro("PyRun_FileEx")
#undef PyRun_FileEx
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_FileEx), PyObject *(*)(FILE *, const char *, int, PyObject *, PyObject *, int)));
#pragma pop_macro("PyRun_FileEx")
//@ function PyRun_FileFlags *PyCompilerFlags,PyObject
#pragma push_macro("PyRun_FileFlags")
#undef PyRun_FileFlags
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_FileFlags), PyObject *(*)(FILE *, const char *, int, PyObject *, PyObject *, PyCompilerFlags *)));
#pragma pop_macro("PyRun_FileFlags")
//@ function PyOS_Readline
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_Readline), char *(*)(FILE *, FILE *, const char *)));
//@ function Py_Initialize
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_Initialize), void (*)(void)));
//@ function Py_InitializeEx
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_InitializeEx), void (*)(int)));
//@ function Py_Finalize
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_Finalize), void (*)(void)));
//@ function Py_FinalizeEx
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_FinalizeEx), int (*)(void)));
//@ function Py_IsInitialized
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_IsInitialized), int (*)(void)));
//@ function Py_NewInterpreter *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_NewInterpreter), PyThreadState *(*)(void)));
//@ function Py_EndInterpreter *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_EndInterpreter), void (*)(PyThreadState *)));
//@ function Py_AtExit
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_AtExit), int (*)(void (*)(void))));
//@ function Py_Exit
LPS_CHECK("its declaration", sizeof(&Py_Exit) != 0);
LPS_DECL("its prototype", _Noreturn void Py_Exit(int););
//@ function Py_Main
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_Main), int (*)(int, wchar_t **)));
//@ function Py_BytesMain
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_BytesMain), int (*)(int, char **)));
//@ function Py_SetProgramName
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_SetProgramName), void (*)(const wchar_t *)));
//@ function Py_GetProgramName
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_GetProgramName), wchar_t *(*)(void)));
//@ function Py_SetPythonHome
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_SetPythonHome), void (*)(const wchar_t *)));
//@ function Py_GetPythonHome
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_GetPythonHome), wchar_t *(*)(void)));
//@ function Py_GetProgramFullPath
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_GetProgramFullPath), wchar_t *(*)(void)));
//@ function Py_GetPrefix
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_GetPrefix), wchar_t *(*)(void)));
//@ function Py_GetExecPrefix
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_GetExecPrefix), wchar_t *(*)(void)));
//@ function Py_GetPath
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_GetPath), wchar_t *(*)(void)));
//@ function Py_SetPath
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_SetPath), void (*)(const wchar_t *)));
//@ function Py_GetVersion
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_GetVersion), const char *(*)(void)));
//@ function Py_GetPlatform
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_GetPlatform), const char *(*)(void)));
//@ function Py_GetCopyright
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_GetCopyright), const char *(*)(void)));
//@ function Py_GetCompiler
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_GetCompiler), const char *(*)(void)));
//@ function Py_GetBuildInfo
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_GetBuildInfo), const char *(*)(void)));
//@ function PyOS_getsig =PyOS_sighandler_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_getsig), PyOS_sighandler_t (*)(int)));
//@ function PyOS_setsig =PyOS_sighandler_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_setsig), PyOS_sighandler_t (*)(int, PyOS_sighandler_t)));
//@ function Py_FrozenMain
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_FrozenMain), int (*)(int, char **)));
//@ function Py_SetStandardStreamEncoding
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_SetStandardStreamEncoding), int (*)(const char *, const char *)));
//@ function Py_PreInitialize =PyStatus *PyPreConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_PreInitialize), PyStatus (*)(const PyPreConfig *)));
//@ function Py_PreInitializeFromBytesArgs =PyStatus *PyPreConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_PreInitializeFromBytesArgs), PyStatus (*)(const PyPreConfig *, Py_ssize_t, char **)));
//@ function Py_PreInitializeFromArgs =PyStatus *PyPreConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_PreInitializeFromArgs), PyStatus (*)(const PyPreConfig *, Py_ssize_t, wchar_t **)));
//@ function _Py_IsCoreInitialized
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_IsCoreInitialized), int (*)(void)));
//@ function Py_InitializeFromConfig =PyStatus *PyConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_InitializeFromConfig), PyStatus (*)(const PyConfig *)));
//@ function _Py_InitializeMain =PyStatus
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_InitializeMain), PyStatus (*)(void)));
//@ function Py_RunMain
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_RunMain), int (*)(void)));
//@ function Py_ExitStatusException =PyStatus
LPS_CHECK("its declaration", sizeof(&Py_ExitStatusException) != 0);
LPS_DECL("its prototype", _Noreturn void Py_ExitStatusException(PyStatus););
//@ function _Py_RestoreSignals
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_RestoreSignals), void (*)(void)));
//@ function Py_FdIsInteractive
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_FdIsInteractive), int (*)(FILE *, const char *)));
//@ function _Py_FdIsInteractive *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_FdIsInteractive), int (*)(FILE *, PyObject *)));
//@ function _Py_SetProgramFullPath
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_SetProgramFullPath), void (*)(const wchar_t *)));
//@ function _Py_gitidentifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_gitidentifier), const char *(*)(void)));
//@ function _Py_gitversion
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_gitversion), const char *(*)(void)));
//@ function _Py_IsFinalizing
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_IsFinalizing), int (*)(void)));
//@ function _Py_IsInterpreterFinalizing *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_IsInterpreterFinalizing), int (*)(PyInterpreterState *)));
//@ function _PyOS_URandom
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyOS_URandom), int (*)(void *, Py_ssize_t)));
//@ function _PyOS_URandomNonblock
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyOS_URandomNonblock), int (*)(void *, Py_ssize_t)));
//@ function _Py_CoerceLegacyLocale
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_CoerceLegacyLocale), int (*)(int)));
//@ function _Py_LegacyLocaleDetected
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_LegacyLocaleDetected), int (*)(int)));
//@ function _Py_SetLocaleFromEnv
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_SetLocaleFromEnv), char *(*)(int)));
//@ function Py_NewInterpreterFromConfig =PyStatus *PyInterpreterConfig,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_NewInterpreterFromConfig), PyStatus (*)(PyThreadState **, const PyInterpreterConfig *)));
//@ function _Py_AtExit =atexit_datacallbackfunc *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_AtExit), int (*)(PyInterpreterState *, atexit_datacallbackfunc, void *)));
//@ function PyEval_EvalCode *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_EvalCode), PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ function PyEval_EvalCodeEx *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_EvalCodeEx), PyObject *(*)(PyObject *, PyObject *, PyObject *, PyObject * const *, int, PyObject * const *, int, PyObject * const *, int, PyObject *, PyObject *)));
//@ function PyEval_CallObjectWithKeywords *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_CallObjectWithKeywords), PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ function PyEval_CallFunction *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_CallFunction), PyObject *(*)(PyObject *, const char *, ...)));
//@ function PyEval_CallMethod *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_CallMethod), PyObject *(*)(PyObject *, const char *, const char *, ...)));
//@ function PyEval_GetBuiltins *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_GetBuiltins), PyObject *(*)(void)));
//@ function PyEval_GetGlobals *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_GetGlobals), PyObject *(*)(void)));
//@ function PyEval_GetLocals *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_GetLocals), PyObject *(*)(void)));
//@ function PyEval_GetFrame *PyFrameObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_GetFrame), PyFrameObject *(*)(void)));
//@ function Py_AddPendingCall
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_AddPendingCall), int (*)(int (*)(void *), void *)));
//@ function Py_MakePendingCalls
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_MakePendingCalls), int (*)(void)));
//@ function Py_SetRecursionLimit
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_SetRecursionLimit), void (*)(int)));
//@ function Py_GetRecursionLimit
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_GetRecursionLimit), int (*)(void)));
//@ function Py_EnterRecursiveCall
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_EnterRecursiveCall), int (*)(const char *)));
//@ function Py_LeaveRecursiveCall
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_LeaveRecursiveCall), void (*)(void)));
//@ function PyEval_GetFuncName *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_GetFuncName), const char *(*)(PyObject *)));
//@ function PyEval_GetFuncDesc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_GetFuncDesc), const char *(*)(PyObject *)));
//@ function PyEval_EvalFrame *PyFrameObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_EvalFrame), PyObject *(*)(PyFrameObject *)));
//@ function PyEval_EvalFrameEx *PyFrameObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_EvalFrameEx), PyObject *(*)(PyFrameObject *, int)));
//@ function PyEval_SaveThread *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_SaveThread), PyThreadState *(*)(void)));
//@ function PyEval_RestoreThread *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_RestoreThread), void (*)(PyThreadState *)));
//@ function PyEval_ThreadsInitialized
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_ThreadsInitialized), int (*)(void)));
//@ function PyEval_InitThreads
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_InitThreads), void (*)(void)));
//@ function PyEval_AcquireLock
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_AcquireLock), void (*)(void)));
//@ function PyEval_ReleaseLock
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_ReleaseLock), void (*)(void)));
//@ function PyEval_AcquireThread *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_AcquireThread), void (*)(PyThreadState *)));
//@ function PyEval_ReleaseThread *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_ReleaseThread), void (*)(PyThreadState *)));
//@ function PyEval_SetProfile =Py_tracefunc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_SetProfile), void (*)(Py_tracefunc, PyObject *)));
//@ function PyEval_SetProfileAllThreads =Py_tracefunc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_SetProfileAllThreads), void (*)(Py_tracefunc, PyObject *)));
//@ function _PyEval_SetProfile =Py_tracefunc *PyObject,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyEval_SetProfile), int (*)(PyThreadState *, Py_tracefunc, PyObject *)));
//@ function PyEval_SetTrace =Py_tracefunc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_SetTrace), void (*)(Py_tracefunc, PyObject *)));
//@ function PyEval_SetTraceAllThreads =Py_tracefunc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_SetTraceAllThreads), void (*)(Py_tracefunc, PyObject *)));
//@ function _PyEval_SetTrace =Py_tracefunc *PyObject,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyEval_SetTrace), int (*)(PyThreadState *, Py_tracefunc, PyObject *)));
//@ function _PyEval_GetBuiltin *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyEval_GetBuiltin), PyObject *(*)(PyObject *)));
//@ function _PyEval_GetBuiltinId *PyObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyEval_GetBuiltinId), PyObject *(*)(_Py_Identifier *)));
//@ function PyEval_MergeCompilerFlags *PyCompilerFlags
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_MergeCompilerFlags), int (*)(PyCompilerFlags *)));
//@ function _PyEval_EvalFrameDefault *PyObject,PyThreadState,_PyInterpreterFrame
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyEval_EvalFrameDefault), PyObject *(*)(PyThreadState *, struct _PyInterpreterFrame *, int)));
//@ function _PyEval_SetSwitchInterval
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyEval_SetSwitchInterval), void (*)(unsigned long)));
//@ function _PyEval_GetSwitchInterval
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyEval_GetSwitchInterval), unsigned long (*)(void)));
//@ function _PyEval_MakePendingCalls *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyEval_MakePendingCalls), int (*)(PyThreadState *)));
//@ function PyUnstable_Eval_RequestCodeExtraIndex =freefunc
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_Eval_RequestCodeExtraIndex), Py_ssize_t (*)(freefunc)));
//@ function _PyEval_SliceIndex *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyEval_SliceIndex), int (*)(PyObject *, Py_ssize_t *)));
//@ function _PyEval_SliceIndexNotNone *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyEval_SliceIndexNotNone), int (*)(PyObject *, Py_ssize_t *)));
//@ function PySys_GetObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_GetObject), PyObject *(*)(const char *)));
//@ function PySys_SetObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_SetObject), int (*)(const char *, PyObject *)));
//@ function PySys_SetArgv
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_SetArgv), void (*)(int, wchar_t **)));
//@ function PySys_SetArgvEx
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_SetArgvEx), void (*)(int, wchar_t **, int)));
//@ function PySys_SetPath
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_SetPath), void (*)(const wchar_t *)));
//@ function PySys_WriteStdout
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_WriteStdout), void (*)(const char *, ...)));
//@ function PySys_WriteStderr
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_WriteStderr), void (*)(const char *, ...)));
//@ function PySys_FormatStdout
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_FormatStdout), void (*)(const char *, ...)));
//@ function PySys_FormatStderr
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_FormatStderr), void (*)(const char *, ...)));
//@ function PySys_ResetWarnOptions
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_ResetWarnOptions), void (*)(void)));
//@ function PySys_AddWarnOption
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_AddWarnOption), void (*)(const wchar_t *)));
//@ function PySys_AddWarnOptionUnicode *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_AddWarnOptionUnicode), void (*)(PyObject *)));
//@ function PySys_HasWarnOptions
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_HasWarnOptions), int (*)(void)));
//@ function PySys_AddXOption
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_AddXOption), void (*)(const wchar_t *)));
//@ function PySys_GetXOptions *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_GetXOptions), PyObject *(*)(void)));
//@ function PyUnstable_PerfMapState_Init
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_PerfMapState_Init), int (*)(void)));
//@ function PyUnstable_WritePerfMapEntry
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_WritePerfMapEntry), int (*)(const void *, unsigned int, const char *)));
//@ function PyUnstable_PerfMapState_Fini
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_PerfMapState_Fini), void (*)(void)));
//@ function _PySys_GetAttr *PyObject,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PySys_GetAttr), PyObject *(*)(PyThreadState *, PyObject *)));
//@ function _PySys_GetSizeOf *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PySys_GetSizeOf), size_t (*)(PyObject *)));
//@ function PySys_Audit
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_Audit), int (*)(const char *, const char *, ...)));
//@ function PySys_AddAuditHook =Py_AuditHookFunction
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_AddAuditHook), int (*)(Py_AuditHookFunction, void *)));
//@ function PyOS_FSPath *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_FSPath), PyObject *(*)(PyObject *)));
//@ function PyOS_InterruptOccurred
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_InterruptOccurred), int (*)(void)));
//@ function PyOS_BeforeFork
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_BeforeFork), void (*)(void)));
//@ function PyOS_AfterFork_Parent
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_AfterFork_Parent), void (*)(void)));
//@ function PyOS_AfterFork_Child
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_AfterFork_Child), void (*)(void)));
//@ function PyOS_AfterFork
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_AfterFork), void (*)(void)));
//@ function _PyOS_IsMainThread
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyOS_IsMainThread), int (*)(void)));
//@ function PyImport_GetMagicNumber
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_GetMagicNumber), long (*)(void)));
//@ function PyImport_GetMagicTag
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_GetMagicTag), const char *(*)(void)));
//@ function PyImport_ExecCodeModule *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_ExecCodeModule), PyObject *(*)(const char *, PyObject *)));
//@ function PyImport_ExecCodeModuleEx *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_ExecCodeModuleEx), PyObject *(*)(const char *, PyObject *, const char *)));
//@ function PyImport_ExecCodeModuleWithPathnames *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_ExecCodeModuleWithPathnames), PyObject *(*)(const char *, PyObject *, const char *, const char *)));
//@ function PyImport_ExecCodeModuleObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_ExecCodeModuleObject), PyObject *(*)(PyObject *, PyObject *, PyObject *, PyObject *)));
//@ function PyImport_GetModuleDict *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_GetModuleDict), PyObject *(*)(void)));
//@ function PyImport_GetModule *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_GetModule), PyObject *(*)(PyObject *)));
//@ function PyImport_AddModuleObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_AddModuleObject), PyObject *(*)(PyObject *)));
//@ function PyImport_AddModule *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_AddModule), PyObject *(*)(const char *)));
//@ function PyImport_ImportModule *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_ImportModule), PyObject *(*)(const char *)));
//@ function PyImport_ImportModuleNoBlock *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_ImportModuleNoBlock), PyObject *(*)(const char *)));
//@ function PyImport_ImportModuleLevel *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_ImportModuleLevel), PyObject *(*)(const char *, PyObject *, PyObject *, PyObject *, int)));
//@ function PyImport_ImportModuleLevelObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_ImportModuleLevelObject), PyObject *(*)(PyObject *, PyObject *, PyObject *, PyObject *, int)));
//@ function PyImport_GetImporter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_GetImporter), PyObject *(*)(PyObject *)));
//@ function PyImport_Import *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_Import), PyObject *(*)(PyObject *)));
//@ function PyImport_ReloadModule *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_ReloadModule), PyObject *(*)(PyObject *)));
//@ function PyImport_ImportFrozenModuleObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_ImportFrozenModuleObject), int (*)(PyObject *)));
//@ function PyImport_ImportFrozenModule
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_ImportFrozenModule), int (*)(const char *)));
//@ function PyImport_AppendInittab *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_AppendInittab), int (*)(const char *, PyObject *(*)(void))));
//@ function PyInit__imp *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInit__imp), PyObject *(*)(void)));
//@ function _PyImport_IsInitialized *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyImport_IsInitialized), int (*)(PyInterpreterState *)));
//@ function _PyImport_GetModuleId *PyObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyImport_GetModuleId), PyObject *(*)(_Py_Identifier *)));
//@ function _PyImport_SetModule *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyImport_SetModule), int (*)(PyObject *, PyObject *)));
//@ function _PyImport_SetModuleString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyImport_SetModuleString), int (*)(const char *, PyObject *)));
//@ function _PyImport_AcquireLock *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyImport_AcquireLock), void (*)(PyInterpreterState *)));
//@ function _PyImport_ReleaseLock *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyImport_ReleaseLock), int (*)(PyInterpreterState *)));
//@ function _PyImport_FixupBuiltin *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyImport_FixupBuiltin), int (*)(PyObject *, const char *, PyObject *)));
//@ function _PyImport_FixupExtensionObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyImport_FixupExtensionObject), int (*)(PyObject *, PyObject *, PyObject *, PyObject *)));
//@ function PyImport_ExtendInittab *_inittab
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_ExtendInittab), int (*)(struct _inittab *)));
//@ function _PyImport_GetModuleAttr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyImport_GetModuleAttr), PyObject *(*)(PyObject *, PyObject *)));
//@ function _PyImport_GetModuleAttrString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyImport_GetModuleAttrString), PyObject *(*)(const char *, const char *)));
//@ function PyObject_CallNoArgs *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_CallNoArgs), PyObject *(*)(PyObject *)));
//@ function PyObject_Call *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Call), PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ function PyObject_CallObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_CallObject), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyObject_CallFunction *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_CallFunction), PyObject *(*)(PyObject *, const char *, ...)));
//@ function PyObject_CallMethod *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_CallMethod), PyObject *(*)(PyObject *, const char *, const char *, ...)));
//@ function _PyObject_CallFunction_SizeT *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_CallFunction_SizeT), PyObject *(*)(PyObject *, const char *, ...)));
//@ function _PyObject_CallMethod_SizeT *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_CallMethod_SizeT), PyObject *(*)(PyObject *, const char *, const char *, ...)));
//@ function PyObject_CallFunctionObjArgs *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_CallFunctionObjArgs), PyObject *(*)(PyObject *, ...)));
//@ function PyObject_CallMethodObjArgs *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_CallMethodObjArgs), PyObject *(*)(PyObject *, PyObject *, ...)));
//@ function PyVectorcall_Call *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyVectorcall_Call), PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ function PyObject_Vectorcall *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Vectorcall), PyObject *(*)(PyObject *, PyObject * const *, size_t, PyObject *)));
//@ function PyObject_VectorcallMethod *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_VectorcallMethod), PyObject *(*)(PyObject *, PyObject * const *, size_t, PyObject *)));
//@ function PyObject_Type *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Type), PyObject *(*)(PyObject *)));
//@ function PyObject_Size *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Size), Py_ssize_t (*)(PyObject *)));
//@ function PyObject_Length *PyObject
#pragma push_macro("PyObject_Length")
#undef PyObject_Length
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Length), Py_ssize_t (*)(PyObject *)));
#pragma pop_macro("PyObject_Length")
//@ function PyObject_GetItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GetItem), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyObject_SetItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_SetItem), int (*)(PyObject *, PyObject *, PyObject *)));
//@ function PyObject_DelItemString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_DelItemString), int (*)(PyObject *, const char *)));
//@ function PyObject_DelItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_DelItem), int (*)(PyObject *, PyObject *)));
//@ function PyObject_AsCharBuffer *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_AsCharBuffer), int (*)(PyObject *, const char **, Py_ssize_t *)));
//@ function PyObject_CheckReadBuffer *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_CheckReadBuffer), int (*)(PyObject *)));
//@ function PyObject_AsReadBuffer *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_AsReadBuffer), int (*)(PyObject *, const void **, Py_ssize_t *)));
//@ function PyObject_AsWriteBuffer *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_AsWriteBuffer), int (*)(PyObject *, void **, Py_ssize_t *)));
//@ function PyObject_Format *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Format), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyObject_GetIter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GetIter), PyObject *(*)(PyObject *)));
//@ function PyObject_GetAIter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GetAIter), PyObject *(*)(PyObject *)));
//@ function PyIter_Check *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyIter_Check), int (*)(PyObject *)));
//@ function PyAIter_Check *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyAIter_Check), int (*)(PyObject *)));
//@ function PyIter_Next *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyIter_Next), PyObject *(*)(PyObject *)));
//@ function PyIter_Send =PySendResult *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyIter_Send), PySendResult (*)(PyObject *, PyObject *, PyObject **)));
//@ function PyNumber_Check *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_Check), int (*)(PyObject *)));
//@ function PyNumber_Add *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_Add), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_Subtract *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_Subtract), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_Multiply *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_Multiply), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_MatrixMultiply *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_MatrixMultiply), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_FloorDivide *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_FloorDivide), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_TrueDivide *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_TrueDivide), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_Remainder *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_Remainder), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_Divmod *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_Divmod), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_Power *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_Power), PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ function PyNumber_Negative *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_Negative), PyObject *(*)(PyObject *)));
//@ function PyNumber_Positive *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_Positive), PyObject *(*)(PyObject *)));
//@ function PyNumber_Absolute *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_Absolute), PyObject *(*)(PyObject *)));
//@ function PyNumber_Invert *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_Invert), PyObject *(*)(PyObject *)));
//@ function PyNumber_Lshift *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_Lshift), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_Rshift *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_Rshift), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_And *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_And), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_Xor *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_Xor), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_Or *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_Or), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyIndex_Check *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyIndex_Check), int (*)(PyObject *)));
//@ function PyNumber_Index *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_Index), PyObject *(*)(PyObject *)));
//@ function PyNumber_AsSsize_t *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_AsSsize_t), Py_ssize_t (*)(PyObject *, PyObject *)));
//@ function PyNumber_Long *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_Long), PyObject *(*)(PyObject *)));
//@ function PyNumber_Float *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_Float), PyObject *(*)(PyObject *)));
//@ function PyNumber_InPlaceAdd *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_InPlaceAdd), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_InPlaceSubtract *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_InPlaceSubtract), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_InPlaceMultiply *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_InPlaceMultiply), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_InPlaceMatrixMultiply *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_InPlaceMatrixMultiply), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_InPlaceFloorDivide *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_InPlaceFloorDivide), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_InPlaceTrueDivide *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_InPlaceTrueDivide), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_InPlaceRemainder *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_InPlaceRemainder), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_InPlacePower *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_InPlacePower), PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ function PyNumber_InPlaceLshift *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_InPlaceLshift), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_InPlaceRshift *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_InPlaceRshift), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_InPlaceAnd *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_InPlaceAnd), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_InPlaceXor *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_InPlaceXor), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_InPlaceOr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_InPlaceOr), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyNumber_ToBase *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyNumber_ToBase), PyObject *(*)(PyObject *, int)));
//@ function PySequence_Check *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_Check), int (*)(PyObject *)));
//@ function PySequence_Size *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_Size), Py_ssize_t (*)(PyObject *)));
//@ function PySequence_Length *PyObject
#pragma push_macro("PySequence_Length")
#undef PySequence_Length
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_Length), Py_ssize_t (*)(PyObject *)));
#pragma pop_macro("PySequence_Length")
//@ function PySequence_Concat *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_Concat), PyObject *(*)(PyObject *, PyObject *)));
//@ function PySequence_Repeat *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_Repeat), PyObject *(*)(PyObject *, Py_ssize_t)));
//@ function PySequence_GetItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_GetItem), PyObject *(*)(PyObject *, Py_ssize_t)));
//@ function PySequence_GetSlice *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_GetSlice), PyObject *(*)(PyObject *, Py_ssize_t, Py_ssize_t)));
//@ function PySequence_SetItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_SetItem), int (*)(PyObject *, Py_ssize_t, PyObject *)));
//@ function PySequence_DelItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_DelItem), int (*)(PyObject *, Py_ssize_t)));
//@ function PySequence_SetSlice *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_SetSlice), int (*)(PyObject *, Py_ssize_t, Py_ssize_t, PyObject *)));
//@ function PySequence_DelSlice *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_DelSlice), int (*)(PyObject *, Py_ssize_t, Py_ssize_t)));
//@ function PySequence_Tuple *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_Tuple), PyObject *(*)(PyObject *)));
//@ function PySequence_List *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_List), PyObject *(*)(PyObject *)));
//@ function PySequence_Fast *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_Fast), PyObject *(*)(PyObject *, const char *)));
//@ function PySequence_Count *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_Count), Py_ssize_t (*)(PyObject *, PyObject *)));
//@ function PySequence_Contains *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_Contains), int (*)(PyObject *, PyObject *)));
//@ function PySequence_In *PyObject
#pragma push_macro("PySequence_In")
#undef PySequence_In
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_In), int (*)(PyObject *, PyObject *)));
#pragma pop_macro("PySequence_In")
//@ function PySequence_Index *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_Index), Py_ssize_t (*)(PyObject *, PyObject *)));
//@ function PySequence_InPlaceConcat *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_InPlaceConcat), PyObject *(*)(PyObject *, PyObject *)));
//@ function PySequence_InPlaceRepeat *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySequence_InPlaceRepeat), PyObject *(*)(PyObject *, Py_ssize_t)));
//@ function PyMapping_Check *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_Check), int (*)(PyObject *)));
//@ function PyMapping_Size *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_Size), Py_ssize_t (*)(PyObject *)));
//@ function PyMapping_Length *PyObject
#pragma push_macro("PyMapping_Length")
#undef PyMapping_Length
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_Length), Py_ssize_t (*)(PyObject *)));
#pragma pop_macro("PyMapping_Length")
//@ function PyMapping_HasKeyString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_HasKeyString), int (*)(PyObject *, const char *)));
//@ function PyMapping_HasKey *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_HasKey), int (*)(PyObject *, PyObject *)));
//@ function PyMapping_Keys *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_Keys), PyObject *(*)(PyObject *)));
//@ function PyMapping_Values *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_Values), PyObject *(*)(PyObject *)));
//@ function PyMapping_Items *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_Items), PyObject *(*)(PyObject *)));
//@ function PyMapping_GetItemString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_GetItemString), PyObject *(*)(PyObject *, const char *)));
//@ function PyMapping_SetItemString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_SetItemString), int (*)(PyObject *, const char *, PyObject *)));
//@ function PyObject_IsInstance *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_IsInstance), int (*)(PyObject *, PyObject *)));
//@ function PyObject_IsSubclass *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_IsSubclass), int (*)(PyObject *, PyObject *)));
//@ function _PyStack_AsDict *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyStack_AsDict), PyObject *(*)(PyObject * const *, PyObject *)));
//@ function _Py_CheckFunctionResult *PyObject,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_CheckFunctionResult), PyObject *(*)(PyThreadState *, PyObject *, PyObject *, const char *)));
//@ function _PyObject_MakeTpCall *PyObject,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_MakeTpCall), PyObject *(*)(PyThreadState *, PyObject *, PyObject * const *, Py_ssize_t, PyObject *)));
//@ function PyVectorcall_Function =vectorcallfunc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyVectorcall_Function), vectorcallfunc (*)(PyObject *)));
//@ function PyObject_VectorcallDict *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_VectorcallDict), PyObject *(*)(PyObject *, PyObject * const *, size_t, PyObject *)));
//@ function _PyObject_FastCall *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_FastCall), PyObject *(*)(PyObject *, PyObject * const *, Py_ssize_t)));
//@ function PyObject_CallOneArg *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_CallOneArg), PyObject *(*)(PyObject *, PyObject *)));
//@ function _PyObject_CallMethod *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_CallMethod), PyObject *(*)(PyObject *, PyObject *, const char *, ...)));
//@ function _PyObject_CallMethodId *PyObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_CallMethodId), PyObject *(*)(PyObject *, _Py_Identifier *, const char *, ...)));
//@ function _PyObject_CallMethodId_SizeT *PyObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_CallMethodId_SizeT), PyObject *(*)(PyObject *, _Py_Identifier *, const char *, ...)));
//@ function _PyObject_CallMethodIdObjArgs *PyObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_CallMethodIdObjArgs), PyObject *(*)(PyObject *, _Py_Identifier *, ...)));
//@ function _PyObject_HasLen *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_HasLen), int (*)(PyObject *)));
//@ function PyObject_LengthHint *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_LengthHint), Py_ssize_t (*)(PyObject *, Py_ssize_t)));
//@ function _PySequence_IterSearch *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PySequence_IterSearch), Py_ssize_t (*)(PyObject *, PyObject *, int)));
//@ function _PyObject_RealIsInstance *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_RealIsInstance), int (*)(PyObject *, PyObject *)));
//@ function _PyObject_RealIsSubclass *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_RealIsSubclass), int (*)(PyObject *, PyObject *)));
//@ function _PySequence_BytesToCharpArray *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PySequence_BytesToCharpArray), char * const *(*)(PyObject *)));
//@ function _Py_FreeCharPArray
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_FreeCharPArray), void (*)(char * const *)));
//@ function _Py_add_one_to_index_F
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_add_one_to_index_F), void (*)(int, Py_ssize_t *, const Py_ssize_t *)));
//@ function _Py_add_one_to_index_C
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_add_one_to_index_C), void (*)(int, Py_ssize_t *, const Py_ssize_t *)));
//@ function _Py_convert_optional_to_ssize_t *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_convert_optional_to_ssize_t), int (*)(PyObject *, void *)));
//@ function _PyNumber_Index *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyNumber_Index), PyObject *(*)(PyObject *)));
//@ function PyOS_string_to_double *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_string_to_double), double (*)(const char *, char **, PyObject *)));
//@ function PyOS_double_to_string
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_double_to_string), char *(*)(double, char, int, int, int *)));
//@ function _Py_string_to_number_with_underscores *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_string_to_number_with_underscores), PyObject *(*)(const char *, Py_ssize_t, const char *, PyObject *, void *, PyObject *(*)(const char *, Py_ssize_t, void *))));
//@ function _Py_parse_inf_or_nan
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_parse_inf_or_nan), double (*)(const char *, char **)));
//@ function PyOS_mystrnicmp
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_mystrnicmp), int (*)(const char *, const char *, Py_ssize_t)));
//@ function PyOS_mystricmp
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_mystricmp), int (*)(const char *, const char *)));
//@ function Py_DecodeLocale
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_DecodeLocale), wchar_t *(*)(const char *, size_t *)));
//@ function Py_EncodeLocale
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_EncodeLocale), char *(*)(const wchar_t *, size_t *)));
//@ function _Py_fopen_obj *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_fopen_obj), FILE *(*)(PyObject *, const char *)));
//@ function PyTraceMalloc_Track
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTraceMalloc_Track), int (*)(unsigned int, size_t, size_t)));
//@ function PyTraceMalloc_Untrack
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTraceMalloc_Untrack), int (*)(unsigned int, size_t)));
//@ function _PyTraceMalloc_GetTraceback *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTraceMalloc_GetTraceback), PyObject *(*)(unsigned int, size_t)));
//@ function _PyTraceMalloc_IsTracing
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTraceMalloc_IsTracing), int (*)(void)));
//@ function _PyTraceMalloc_ClearTraces
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTraceMalloc_ClearTraces), void (*)(void)));
//@ function _PyTraceMalloc_GetTraces *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTraceMalloc_GetTraces), PyObject *(*)(void)));
//@ function _PyTraceMalloc_GetObjectTraceback *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTraceMalloc_GetObjectTraceback), PyObject *(*)(PyObject *)));
//@ function _PyTraceMalloc_Init
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTraceMalloc_Init), int (*)(void)));
//@ function _PyTraceMalloc_Start
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTraceMalloc_Start), int (*)(int)));
//@ function _PyTraceMalloc_Stop
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTraceMalloc_Stop), void (*)(void)));
//@ function _PyTraceMalloc_GetTracebackLimit
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTraceMalloc_GetTracebackLimit), int (*)(void)));
//@ function _PyTraceMalloc_GetMemory
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTraceMalloc_GetMemory), size_t (*)(void)));
//@ function _PyTraceMalloc_GetTracedMemory *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTraceMalloc_GetTracedMemory), PyObject *(*)(void)));
//@ function _PyTraceMalloc_ResetPeak
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTraceMalloc_ResetPeak), void (*)(void)));
//@ function PyMarshal_ReadObjectFromString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMarshal_ReadObjectFromString), PyObject *(*)(const char *, Py_ssize_t)));
//@ function PyMarshal_WriteObjectToString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMarshal_WriteObjectToString), PyObject *(*)(PyObject *, int)));
//@ function PyMarshal_ReadLongFromFile
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMarshal_ReadLongFromFile), long (*)(FILE *)));
//@ function PyMarshal_ReadShortFromFile
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMarshal_ReadShortFromFile), int (*)(FILE *)));
//@ function PyMarshal_ReadObjectFromFile *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMarshal_ReadObjectFromFile), PyObject *(*)(FILE *)));
//@ function PyMarshal_ReadLastObjectFromFile *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMarshal_ReadLastObjectFromFile), PyObject *(*)(FILE *)));
//@ function PyMarshal_WriteLongToFile
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMarshal_WriteLongToFile), void (*)(long, FILE *, int)));
//@ function PyMarshal_WriteObjectToFile *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMarshal_WriteObjectToFile), void (*)(PyObject *, FILE *, int)));
//@ function PyFrame_New *PyCodeObject,PyFrameObject,PyObject,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFrame_New), PyFrameObject *(*)(PyThreadState *, PyCodeObject *, PyObject *, PyObject *)));
//@ function PyFrame_LocalsToFast *PyFrameObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFrame_LocalsToFast), void (*)(PyFrameObject *, int)));
//@ function _PyFrame_IsEntryFrame *PyFrameObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyFrame_IsEntryFrame), int (*)(PyFrameObject *)));
//@ function PyFrame_FastToLocalsWithError *PyFrameObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFrame_FastToLocalsWithError), int (*)(PyFrameObject *)));
//@ function PyFrame_FastToLocals *PyFrameObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFrame_FastToLocals), void (*)(PyFrameObject *)));
//@ static PyLong_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyLong_Type), PyTypeObject));
//@ static PyBool_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyBool_Type), PyTypeObject));
//@ static PyType_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyType_Type), PyTypeObject));
//@ static PyBaseObject_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyBaseObject_Type), PyTypeObject));
//@ static PySuper_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PySuper_Type), PyTypeObject));
//@ static _Py_NoneStruct *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(_Py_NoneStruct), PyObject));
//@ static _Py_NotImplementedStruct *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(_Py_NotImplementedStruct), PyObject));
//@ static _PyNone_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(_PyNone_Type), PyTypeObject));
//@ static _PyNotImplemented_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(_PyNotImplemented_Type), PyTypeObject));
//@ static _Py_SwappedOp
LPS_CHECK("its type", LPS_SAME(__typeof__(_Py_SwappedOp), int [0]));
//@ static _Py_HashSecret *_Py_HashSecret_t
LPS_CHECK("its type", LPS_SAME(__typeof__(_Py_HashSecret), _Py_HashSecret_t));
//@ static Py_DebugFlag
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_DebugFlag), int));
//@ static Py_VerboseFlag
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_VerboseFlag), int));
//@ static Py_QuietFlag
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_QuietFlag), int));
//@ static Py_InteractiveFlag
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_InteractiveFlag), int));
//@ static Py_InspectFlag
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_InspectFlag), int));
//@ static Py_OptimizeFlag
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_OptimizeFlag), int));
//@ static Py_NoSiteFlag
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_NoSiteFlag), int));
//@ static Py_BytesWarningFlag
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_BytesWarningFlag), int));
//@ static Py_FrozenFlag
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_FrozenFlag), int));
//@ static Py_IgnoreEnvironmentFlag
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_IgnoreEnvironmentFlag), int));
//@ static Py_DontWriteBytecodeFlag
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_DontWriteBytecodeFlag), int));
//@ static Py_NoUserSiteDirectory
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_NoUserSiteDirectory), int));
//@ static Py_UnbufferedStdioFlag
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_UnbufferedStdioFlag), int));
//@ static Py_HashRandomizationFlag
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_HashRandomizationFlag), int));
//@ static Py_IsolatedFlag
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_IsolatedFlag), int));
//@ static PyByteArray_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyByteArray_Type), PyTypeObject));
//@ static PyByteArrayIter_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyByteArrayIter_Type), PyTypeObject));
//@ static _PyByteArray_empty_string
LPS_CHECK("its type", LPS_SAME(__typeof__(_PyByteArray_empty_string), char [0]));
//@ static PyBytes_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyBytes_Type), PyTypeObject));
//@ static PyBytesIter_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyBytesIter_Type), PyTypeObject));
//@ static PyUnicode_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyUnicode_Type), PyTypeObject));
//@ static PyUnicodeIter_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyUnicodeIter_Type), PyTypeObject));
//@ static _Py_ascii_whitespace
LPS_CHECK("its type", LPS_SAME(__typeof__(_Py_ascii_whitespace), unsigned char [0]));
//@ static _Py_FalseStruct *PyLongObject
LPS_CHECK("its type", LPS_SAME(__typeof__(_Py_FalseStruct), PyLongObject));
//@ static _Py_TrueStruct *PyLongObject
LPS_CHECK("its type", LPS_SAME(__typeof__(_Py_TrueStruct), PyLongObject));
//@ static PyFloat_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyFloat_Type), PyTypeObject));
//@ static PyComplex_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyComplex_Type), PyTypeObject));
//@ static PyRange_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyRange_Type), PyTypeObject));
//@ static PyRangeIter_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyRangeIter_Type), PyTypeObject));
//@ static PyLongRangeIter_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyLongRangeIter_Type), PyTypeObject));
//@ static PyMemoryView_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyMemoryView_Type), PyTypeObject));
//@ static _PyManagedBuffer_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(_PyManagedBuffer_Type), PyTypeObject));
//@ static PyTuple_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyTuple_Type), PyTypeObject));
//@ static PyTupleIter_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyTupleIter_Type), PyTypeObject));
//@ static PyList_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyList_Type), PyTypeObject));
//@ static PyListIter_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyListIter_Type), PyTypeObject));
//@ static PyListRevIter_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyListRevIter_Type), PyTypeObject));
//@ static PyDict_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyDict_Type), PyTypeObject));
//@ static PyDictKeys_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyDictKeys_Type), PyTypeObject));
//@ static PyDictValues_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyDictValues_Type), PyTypeObject));
//@ static PyDictItems_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyDictItems_Type), PyTypeObject));
//@ static PyDictIterKey_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyDictIterKey_Type), PyTypeObject));
//@ static PyDictIterValue_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyDictIterValue_Type), PyTypeObject));
//@ static PyDictIterItem_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyDictIterItem_Type), PyTypeObject));
//@ static PyDictRevIterKey_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyDictRevIterKey_Type), PyTypeObject));
//@ static PyDictRevIterItem_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyDictRevIterItem_Type), PyTypeObject));
//@ static PyDictRevIterValue_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyDictRevIterValue_Type), PyTypeObject));
//@ static PyODict_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyODict_Type), PyTypeObject));
//@ static PyODictIter_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyODictIter_Type), PyTypeObject));
//@ static PyODictKeys_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyODictKeys_Type), PyTypeObject));
//@ static PyODictItems_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyODictItems_Type), PyTypeObject));
//@ static PyODictValues_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyODictValues_Type), PyTypeObject));
//@ static PyEnum_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyEnum_Type), PyTypeObject));
//@ static PyReversed_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyReversed_Type), PyTypeObject));
//@ static PySet_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PySet_Type), PyTypeObject));
//@ static PyFrozenSet_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyFrozenSet_Type), PyTypeObject));
//@ static PySetIter_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PySetIter_Type), PyTypeObject));
//@ static _PySet_Dummy *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(_PySet_Dummy), PyObject *));
//@ static PyCFunction_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyCFunction_Type), PyTypeObject));
//@ static PyCMethod_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyCMethod_Type), PyTypeObject));
//@ static PyModule_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyModule_Type), PyTypeObject));
//@ static PyModuleDef_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyModuleDef_Type), PyTypeObject));
//@ static PyFunction_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyFunction_Type), PyTypeObject));
//@ static PyClassMethod_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyClassMethod_Type), PyTypeObject));
//@ static PyStaticMethod_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyStaticMethod_Type), PyTypeObject));
//@ static PyMethod_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyMethod_Type), PyTypeObject));
//@ static PyInstanceMethod_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyInstanceMethod_Type), PyTypeObject));
//@ static Py_FileSystemDefaultEncoding
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_FileSystemDefaultEncoding), const char *));
//@ static Py_FileSystemDefaultEncodeErrors
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_FileSystemDefaultEncodeErrors), const char *));
//@ static Py_HasFileSystemDefaultEncoding
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_HasFileSystemDefaultEncoding), int));
//@ static Py_UTF8Mode
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_UTF8Mode), int));
//@ static PyStdPrinter_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyStdPrinter_Type), PyTypeObject));
//@ static PyCapsule_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyCapsule_Type), PyTypeObject));
//@ static PyCode_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyCode_Type), PyTypeObject));
//@ static PyFrame_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyFrame_Type), PyTypeObject));
//@ static PyTraceBack_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyTraceBack_Type), PyTypeObject));
//@ static _Py_EllipsisObject *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(_Py_EllipsisObject), PyObject));
//@ static PySlice_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PySlice_Type), PyTypeObject));
//@ static PyEllipsis_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyEllipsis_Type), PyTypeObject));
//@ static PyCell_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyCell_Type), PyTypeObject));
//@ static PySeqIter_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PySeqIter_Type), PyTypeObject));
//@ static PyCallIter_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyCallIter_Type), PyTypeObject));
//@ static PyGen_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyGen_Type), PyTypeObject));
//@ static PyCoro_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyCoro_Type), PyTypeObject));
//@ static _PyCoroWrapper_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(_PyCoroWrapper_Type), PyTypeObject));
//@ static PyAsyncGen_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyAsyncGen_Type), PyTypeObject));
//@ static _PyAsyncGenASend_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(_PyAsyncGenASend_Type), PyTypeObject));
//@ static _PyAsyncGenWrappedValue_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(_PyAsyncGenWrappedValue_Type), PyTypeObject));
//@ static _PyAsyncGenAThrow_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(_PyAsyncGenAThrow_Type), PyTypeObject));
//@ static PyClassMethodDescr_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyClassMethodDescr_Type), PyTypeObject));
//@ static PyGetSetDescr_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyGetSetDescr_Type), PyTypeObject));
//@ static PyMemberDescr_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyMemberDescr_Type), PyTypeObject));
//@ static PyMethodDescr_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyMethodDescr_Type), PyTypeObject));
//@ static PyWrapperDescr_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyWrapperDescr_Type), PyTypeObject));
//@ static PyDictProxy_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyDictProxy_Type), PyTypeObject));
//@ static PyProperty_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyProperty_Type), PyTypeObject));
//@ static _PyMethodWrapper_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(_PyMethodWrapper_Type), PyTypeObject));
//@ static Py_GenericAliasType *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_GenericAliasType), PyTypeObject));
//@ static _PyWeakref_RefType *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(_PyWeakref_RefType), PyTypeObject));
//@ static _PyWeakref_ProxyType *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(_PyWeakref_ProxyType), PyTypeObject));
//@ static _PyWeakref_CallableProxyType *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(_PyWeakref_CallableProxyType), PyTypeObject));
//@ static PyStructSequence_UnnamedField
LPS_CHECK("its type", LPS_SAME(__typeof__(PyStructSequence_UnnamedField), const char *));
//@ static PyPickleBuffer_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyPickleBuffer_Type), PyTypeObject));
//@ static Py_hexdigits
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_hexdigits), const char *));
//@ static PyExc_BaseException *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_BaseException), PyObject *));
//@ static PyExc_Exception *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_Exception), PyObject *));
//@ static PyExc_BaseExceptionGroup *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_BaseExceptionGroup), PyObject *));
//@ static PyExc_StopAsyncIteration *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_StopAsyncIteration), PyObject *));
//@ static PyExc_StopIteration *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_StopIteration), PyObject *));
//@ static PyExc_GeneratorExit *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_GeneratorExit), PyObject *));
//@ static PyExc_ArithmeticError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_ArithmeticError), PyObject *));
//@ static PyExc_LookupError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_LookupError), PyObject *));
//@ static PyExc_AssertionError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_AssertionError), PyObject *));
//@ static PyExc_AttributeError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_AttributeError), PyObject *));
//@ static PyExc_BufferError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_BufferError), PyObject *));
//@ static PyExc_EOFError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_EOFError), PyObject *));
//@ static PyExc_FloatingPointError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_FloatingPointError), PyObject *));
//@ static PyExc_OSError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_OSError), PyObject *));
//@ static PyExc_ImportError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_ImportError), PyObject *));
//@ static PyExc_ModuleNotFoundError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_ModuleNotFoundError), PyObject *));
//@ static PyExc_IndexError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_IndexError), PyObject *));
//@ static PyExc_KeyError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_KeyError), PyObject *));
//@ static PyExc_KeyboardInterrupt *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_KeyboardInterrupt), PyObject *));
//@ static PyExc_MemoryError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_MemoryError), PyObject *));
//@ static PyExc_NameError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_NameError), PyObject *));
//@ static PyExc_OverflowError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_OverflowError), PyObject *));
//@ static PyExc_RuntimeError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_RuntimeError), PyObject *));
//@ static PyExc_RecursionError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_RecursionError), PyObject *));
//@ static PyExc_NotImplementedError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_NotImplementedError), PyObject *));
//@ static PyExc_SyntaxError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_SyntaxError), PyObject *));
//@ static PyExc_IndentationError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_IndentationError), PyObject *));
//@ static PyExc_TabError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_TabError), PyObject *));
//@ static PyExc_ReferenceError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_ReferenceError), PyObject *));
//@ static PyExc_SystemError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_SystemError), PyObject *));
//@ static PyExc_SystemExit *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_SystemExit), PyObject *));
//@ static PyExc_TypeError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_TypeError), PyObject *));
//@ static PyExc_UnboundLocalError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_UnboundLocalError), PyObject *));
//@ static PyExc_UnicodeError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_UnicodeError), PyObject *));
//@ static PyExc_UnicodeEncodeError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_UnicodeEncodeError), PyObject *));
//@ static PyExc_UnicodeDecodeError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_UnicodeDecodeError), PyObject *));
//@ static PyExc_UnicodeTranslateError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_UnicodeTranslateError), PyObject *));
//@ static PyExc_ValueError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_ValueError), PyObject *));
//@ static PyExc_ZeroDivisionError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_ZeroDivisionError), PyObject *));
//@ static PyExc_BlockingIOError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_BlockingIOError), PyObject *));
//@ static PyExc_BrokenPipeError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_BrokenPipeError), PyObject *));
//@ static PyExc_ChildProcessError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_ChildProcessError), PyObject *));
//@ static PyExc_ConnectionError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_ConnectionError), PyObject *));
//@ static PyExc_ConnectionAbortedError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_ConnectionAbortedError), PyObject *));
//@ static PyExc_ConnectionRefusedError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_ConnectionRefusedError), PyObject *));
//@ static PyExc_ConnectionResetError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_ConnectionResetError), PyObject *));
//@ static PyExc_FileExistsError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_FileExistsError), PyObject *));
//@ static PyExc_FileNotFoundError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_FileNotFoundError), PyObject *));
//@ static PyExc_InterruptedError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_InterruptedError), PyObject *));
//@ static PyExc_IsADirectoryError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_IsADirectoryError), PyObject *));
//@ static PyExc_NotADirectoryError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_NotADirectoryError), PyObject *));
//@ static PyExc_PermissionError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_PermissionError), PyObject *));
//@ static PyExc_ProcessLookupError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_ProcessLookupError), PyObject *));
//@ static PyExc_TimeoutError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_TimeoutError), PyObject *));
//@ static PyExc_EnvironmentError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_EnvironmentError), PyObject *));
//@ static PyExc_IOError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_IOError), PyObject *));
//@ static PyExc_Warning *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_Warning), PyObject *));
//@ static PyExc_UserWarning *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_UserWarning), PyObject *));
//@ static PyExc_DeprecationWarning *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_DeprecationWarning), PyObject *));
//@ static PyExc_PendingDeprecationWarning *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_PendingDeprecationWarning), PyObject *));
//@ static PyExc_SyntaxWarning *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_SyntaxWarning), PyObject *));
//@ static PyExc_RuntimeWarning *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_RuntimeWarning), PyObject *));
//@ static PyExc_FutureWarning *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_FutureWarning), PyObject *));
//@ static PyExc_ImportWarning *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_ImportWarning), PyObject *));
//@ static PyExc_UnicodeWarning *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_UnicodeWarning), PyObject *));
//@ static PyExc_BytesWarning *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_BytesWarning), PyObject *));
//@ static PyExc_EncodingWarning *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_EncodingWarning), PyObject *));
//@ static PyExc_ResourceWarning *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_ResourceWarning), PyObject *));
//@ static PyContext_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyContext_Type), PyTypeObject));
//@ static PyContextVar_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyContextVar_Type), PyTypeObject));
//@ static PyContextToken_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyContextToken_Type), PyTypeObject));
//@ static PyOS_InputHook
LPS_CHECK("its type", LPS_SAME(__typeof__(PyOS_InputHook), int (*)(void)));
//@ static _PyOS_ReadlineTState *PyThreadState
LPS_CHECK("its type", LPS_SAME(__typeof__(_PyOS_ReadlineTState), PyThreadState *));
//@ static PyOS_ReadlineFunctionPointer
LPS_CHECK("its type", LPS_SAME(__typeof__(PyOS_ReadlineFunctionPointer), char *(*)(FILE *, FILE *, const char *)));
//@ static Py_Version
LPS_CHECK("its type", LPS_SAME(__typeof__(Py_Version), unsigned long));
//@ static PyImport_Inittab *_inittab
LPS_CHECK("its type", LPS_SAME(__typeof__(PyImport_Inittab), struct _inittab *));
//@ static PyImport_FrozenModules *_frozen
LPS_CHECK("its type", LPS_SAME(__typeof__(PyImport_FrozenModules), const struct _frozen *));
//@ static PyFilter_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyFilter_Type), PyTypeObject));
//@ static PyMap_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyMap_Type), PyTypeObject));
//@ static PyZip_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyZip_Type), PyTypeObject));
//@ static _Py_ctype_table
LPS_CHECK("its type", LPS_SAME(__typeof__(_Py_ctype_table), unsigned int [256]));
//@ static _Py_ctype_tolower
LPS_CHECK("its type", LPS_SAME(__typeof__(_Py_ctype_tolower), unsigned char [256]));
//@ static _Py_ctype_toupper
LPS_CHECK("its type", LPS_SAME(__typeof__(_Py_ctype_toupper), unsigned char [256]));
