/* libpython-sys exactness checks for 3.14t (CPython 3.14.6 headers).
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
LPS_CHECK("its size or alignment", sizeof(struct _object) == 32 && _Alignof(struct _object) == 8);
LPS_CHECK("field ob_tid", offsetof(struct _object, ob_tid) == 0 && LPS_SAME(__typeof__(((struct _object *)0)->ob_tid), size_t));
LPS_CHECK("field ob_flags", offsetof(struct _object, ob_flags) == 8 && LPS_SAME(__typeof__(((struct _object *)0)->ob_flags), uint16_t));
LPS_CHECK("field ob_mutex", offsetof(struct _object, ob_mutex) == 10 && LPS_SAME(__typeof__(((struct _object *)0)->ob_mutex), PyMutex));
LPS_CHECK("field ob_gc_bits", offsetof(struct _object, ob_gc_bits) == 11 && LPS_SAME(__typeof__(((struct _object *)0)->ob_gc_bits), uint8_t));
LPS_CHECK("field ob_ref_local", offsetof(struct _object, ob_ref_local) == 12 && LPS_SAME(__typeof__(((struct _object *)0)->ob_ref_local), uint32_t));
LPS_CHECK("field ob_ref_shared", offsetof(struct _object, ob_ref_shared) == 16 && LPS_SAME(__typeof__(((struct _object *)0)->ob_ref_shared), Py_ssize_t));
LPS_CHECK("field ob_type", offsetof(struct _object, ob_type) == 24 && LPS_SAME(__typeof__(((struct _object *)0)->ob_type), PyTypeObject *));
//@ record PyVarObject =PyObject
LPS_CHECK("its size or alignment", sizeof(PyVarObject) == 40 && _Alignof(PyVarObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyVarObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyVarObject *)0)->ob_base), PyObject));
LPS_CHECK("field ob_size", offsetof(PyVarObject, ob_size) == 32 && LPS_SAME(__typeof__(((PyVarObject *)0)->ob_size), Py_ssize_t));
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
LPS_CHECK("its size or alignment", sizeof(_Py_Identifier) == 24 && _Alignof(_Py_Identifier) == 8);
LPS_CHECK("field string", offsetof(_Py_Identifier, string) == 0 && LPS_SAME(__typeof__(((_Py_Identifier *)0)->string), const char *));
LPS_CHECK("field index", offsetof(_Py_Identifier, index) == 8 && LPS_SAME(__typeof__(((_Py_Identifier *)0)->index), Py_ssize_t));
LPS_CHECK("field mutex", offsetof(_Py_Identifier, mutex) == 16 && sizeof(((_Py_Identifier *)0)->mutex) == 1);
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
LPS_CHECK("its size or alignment", sizeof(struct _typeobject) == 432 && _Alignof(struct _typeobject) == 8);
LPS_CHECK("field ob_base", offsetof(struct _typeobject, ob_base) == 0 && LPS_SAME(__typeof__(((struct _typeobject *)0)->ob_base), PyVarObject));
LPS_CHECK("field tp_name", offsetof(struct _typeobject, tp_name) == 40 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_name), const char *));
LPS_CHECK("field tp_basicsize", offsetof(struct _typeobject, tp_basicsize) == 48 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_basicsize), Py_ssize_t));
LPS_CHECK("field tp_itemsize", offsetof(struct _typeobject, tp_itemsize) == 56 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_itemsize), Py_ssize_t));
LPS_CHECK("field tp_dealloc", offsetof(struct _typeobject, tp_dealloc) == 64 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_dealloc), destructor));
LPS_CHECK("field tp_vectorcall_offset", offsetof(struct _typeobject, tp_vectorcall_offset) == 72 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_vectorcall_offset), Py_ssize_t));
LPS_CHECK("field tp_getattr", offsetof(struct _typeobject, tp_getattr) == 80 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_getattr), getattrfunc));
LPS_CHECK("field tp_setattr", offsetof(struct _typeobject, tp_setattr) == 88 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_setattr), setattrfunc));
LPS_CHECK("field tp_as_async", offsetof(struct _typeobject, tp_as_async) == 96 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_as_async), PyAsyncMethods *));
LPS_CHECK("field tp_repr", offsetof(struct _typeobject, tp_repr) == 104 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_repr), reprfunc));
LPS_CHECK("field tp_as_number", offsetof(struct _typeobject, tp_as_number) == 112 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_as_number), PyNumberMethods *));
LPS_CHECK("field tp_as_sequence", offsetof(struct _typeobject, tp_as_sequence) == 120 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_as_sequence), PySequenceMethods *));
LPS_CHECK("field tp_as_mapping", offsetof(struct _typeobject, tp_as_mapping) == 128 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_as_mapping), PyMappingMethods *));
LPS_CHECK("field tp_hash", offsetof(struct _typeobject, tp_hash) == 136 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_hash), hashfunc));
LPS_CHECK("field tp_call", offsetof(struct _typeobject, tp_call) == 144 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_call), ternaryfunc));
LPS_CHECK("field tp_str", offsetof(struct _typeobject, tp_str) == 152 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_str), reprfunc));
LPS_CHECK("field tp_getattro", offsetof(struct _typeobject, tp_getattro) == 160 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_getattro), getattrofunc));
LPS_CHECK("field tp_setattro", offsetof(struct _typeobject, tp_setattro) == 168 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_setattro), setattrofunc));
LPS_CHECK("field tp_as_buffer", offsetof(struct _typeobject, tp_as_buffer) == 176 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_as_buffer), PyBufferProcs *));
LPS_CHECK("field tp_flags", offsetof(struct _typeobject, tp_flags) == 184 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_flags), unsigned long));
LPS_CHECK("field tp_doc", offsetof(struct _typeobject, tp_doc) == 192 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_doc), const char *));
LPS_CHECK("field tp_traverse", offsetof(struct _typeobject, tp_traverse) == 200 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_traverse), traverseproc));
LPS_CHECK("field tp_clear", offsetof(struct _typeobject, tp_clear) == 208 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_clear), inquiry));
LPS_CHECK("field tp_richcompare", offsetof(struct _typeobject, tp_richcompare) == 216 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_richcompare), richcmpfunc));
LPS_CHECK("field tp_weaklistoffset", offsetof(struct _typeobject, tp_weaklistoffset) == 224 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_weaklistoffset), Py_ssize_t));
LPS_CHECK("field tp_iter", offsetof(struct _typeobject, tp_iter) == 232 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_iter), getiterfunc));
LPS_CHECK("field tp_iternext", offsetof(struct _typeobject, tp_iternext) == 240 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_iternext), iternextfunc));
LPS_CHECK("field tp_methods", offsetof(struct _typeobject, tp_methods) == 248 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_methods), PyMethodDef *));
LPS_CHECK("field tp_members", offsetof(struct _typeobject, tp_members) == 256 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_members), PyMemberDef *));
LPS_CHECK("field tp_getset", offsetof(struct _typeobject, tp_getset) == 264 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_getset), PyGetSetDef *));
LPS_CHECK("field tp_base", offsetof(struct _typeobject, tp_base) == 272 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_base), PyTypeObject *));
LPS_CHECK("field tp_dict", offsetof(struct _typeobject, tp_dict) == 280 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_dict), PyObject *));
LPS_CHECK("field tp_descr_get", offsetof(struct _typeobject, tp_descr_get) == 288 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_descr_get), descrgetfunc));
LPS_CHECK("field tp_descr_set", offsetof(struct _typeobject, tp_descr_set) == 296 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_descr_set), descrsetfunc));
LPS_CHECK("field tp_dictoffset", offsetof(struct _typeobject, tp_dictoffset) == 304 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_dictoffset), Py_ssize_t));
LPS_CHECK("field tp_init", offsetof(struct _typeobject, tp_init) == 312 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_init), initproc));
LPS_CHECK("field tp_alloc", offsetof(struct _typeobject, tp_alloc) == 320 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_alloc), allocfunc));
LPS_CHECK("field tp_new", offsetof(struct _typeobject, tp_new) == 328 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_new), newfunc));
LPS_CHECK("field tp_free", offsetof(struct _typeobject, tp_free) == 336 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_free), freefunc));
LPS_CHECK("field tp_is_gc", offsetof(struct _typeobject, tp_is_gc) == 344 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_is_gc), inquiry));
LPS_CHECK("field tp_bases", offsetof(struct _typeobject, tp_bases) == 352 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_bases), PyObject *));
LPS_CHECK("field tp_mro", offsetof(struct _typeobject, tp_mro) == 360 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_mro), PyObject *));
LPS_CHECK("field tp_cache", offsetof(struct _typeobject, tp_cache) == 368 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_cache), PyObject *));
LPS_CHECK("field tp_subclasses", offsetof(struct _typeobject, tp_subclasses) == 376 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_subclasses), void *));
LPS_CHECK("field tp_weaklist", offsetof(struct _typeobject, tp_weaklist) == 384 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_weaklist), PyObject *));
LPS_CHECK("field tp_del", offsetof(struct _typeobject, tp_del) == 392 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_del), destructor));
LPS_CHECK("field tp_version_tag", offsetof(struct _typeobject, tp_version_tag) == 400 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_version_tag), unsigned int));
LPS_CHECK("field tp_finalize", offsetof(struct _typeobject, tp_finalize) == 408 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_finalize), destructor));
LPS_CHECK("field tp_vectorcall", offsetof(struct _typeobject, tp_vectorcall) == 416 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_vectorcall), vectorcallfunc));
LPS_CHECK("field tp_watched", offsetof(struct _typeobject, tp_watched) == 424 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_watched), unsigned char));
LPS_CHECK("field tp_versions_used", offsetof(struct _typeobject, tp_versions_used) == 426 && LPS_SAME(__typeof__(((struct _typeobject *)0)->tp_versions_used), uint16_t));
//@ record _specialization_cache *PyObject
LPS_CHECK("its size or alignment", sizeof(struct _specialization_cache) == 24 && _Alignof(struct _specialization_cache) == 8);
LPS_CHECK("field getitem", offsetof(struct _specialization_cache, getitem) == 0 && LPS_SAME(__typeof__(((struct _specialization_cache *)0)->getitem), PyObject *));
LPS_CHECK("field getitem_version", offsetof(struct _specialization_cache, getitem_version) == 8 && LPS_SAME(__typeof__(((struct _specialization_cache *)0)->getitem_version), uint32_t));
LPS_CHECK("field init", offsetof(struct _specialization_cache, init) == 16 && LPS_SAME(__typeof__(((struct _specialization_cache *)0)->init), PyObject *));
//@ record _heaptypeobject =PyAsyncMethods,PyBufferProcs,PyMappingMethods,PyNumberMethods,PySequenceMethods,PyTypeObject,_specialization_cache *PyObject,_dictkeysobject
LPS_CHECK("its size or alignment", sizeof(struct _heaptypeobject) == 960 && _Alignof(struct _heaptypeobject) == 8);
LPS_CHECK("field ht_type", offsetof(struct _heaptypeobject, ht_type) == 0 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->ht_type), PyTypeObject));
LPS_CHECK("field as_async", offsetof(struct _heaptypeobject, as_async) == 432 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->as_async), PyAsyncMethods));
LPS_CHECK("field as_number", offsetof(struct _heaptypeobject, as_number) == 464 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->as_number), PyNumberMethods));
LPS_CHECK("field as_mapping", offsetof(struct _heaptypeobject, as_mapping) == 752 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->as_mapping), PyMappingMethods));
LPS_CHECK("field as_sequence", offsetof(struct _heaptypeobject, as_sequence) == 776 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->as_sequence), PySequenceMethods));
LPS_CHECK("field as_buffer", offsetof(struct _heaptypeobject, as_buffer) == 856 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->as_buffer), PyBufferProcs));
LPS_CHECK("field ht_name", offsetof(struct _heaptypeobject, ht_name) == 872 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->ht_name), PyObject *));
LPS_CHECK("field ht_slots", offsetof(struct _heaptypeobject, ht_slots) == 880 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->ht_slots), PyObject *));
LPS_CHECK("field ht_qualname", offsetof(struct _heaptypeobject, ht_qualname) == 888 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->ht_qualname), PyObject *));
LPS_CHECK("field ht_cached_keys", offsetof(struct _heaptypeobject, ht_cached_keys) == 896 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->ht_cached_keys), struct _dictkeysobject *));
LPS_CHECK("field ht_module", offsetof(struct _heaptypeobject, ht_module) == 904 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->ht_module), PyObject *));
LPS_CHECK("field _ht_tpname", offsetof(struct _heaptypeobject, _ht_tpname) == 912 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->_ht_tpname), char *));
LPS_CHECK("field ht_token", offsetof(struct _heaptypeobject, ht_token) == 920 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->ht_token), void *));
LPS_CHECK("field _spec_cache", offsetof(struct _heaptypeobject, _spec_cache) == 928 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->_spec_cache), struct _specialization_cache));
LPS_CHECK("field unique_id", offsetof(struct _heaptypeobject, unique_id) == 952 && LPS_SAME(__typeof__(((struct _heaptypeobject *)0)->unique_id), Py_ssize_t));
//@ record PyObjectArenaAllocator
LPS_CHECK("its size or alignment", sizeof(PyObjectArenaAllocator) == 24 && _Alignof(PyObjectArenaAllocator) == 8);
LPS_CHECK("field ctx", offsetof(PyObjectArenaAllocator, ctx) == 0 && LPS_SAME(__typeof__(((PyObjectArenaAllocator *)0)->ctx), void *));
LPS_CHECK("field alloc", offsetof(PyObjectArenaAllocator, alloc) == 8 && LPS_SAME(__typeof__(((PyObjectArenaAllocator *)0)->alloc), void *(*)(void *, size_t)));
LPS_CHECK("field free", offsetof(PyObjectArenaAllocator, free) == 16 && LPS_SAME(__typeof__(((PyObjectArenaAllocator *)0)->free), void (*)(void *, void *, size_t)));
//@ record PyHash_FuncDef =Py_hash_t
LPS_CHECK("its size or alignment", sizeof(PyHash_FuncDef) == 24 && _Alignof(PyHash_FuncDef) == 8);
LPS_CHECK("field hash", offsetof(PyHash_FuncDef, hash) == 0 && LPS_SAME(__typeof__(((PyHash_FuncDef *)0)->hash), Py_hash_t (*)(const void *, Py_ssize_t)));
LPS_CHECK("field name", offsetof(PyHash_FuncDef, name) == 8 && LPS_SAME(__typeof__(((PyHash_FuncDef *)0)->name), const char *));
LPS_CHECK("field hash_bits", offsetof(PyHash_FuncDef, hash_bits) == 16 && LPS_SAME(__typeof__(((PyHash_FuncDef *)0)->hash_bits), int));
LPS_CHECK("field seed_bits", offsetof(PyHash_FuncDef, seed_bits) == 20 && LPS_SAME(__typeof__(((PyHash_FuncDef *)0)->seed_bits), int));
//@ record PyByteArrayObject =PyVarObject
LPS_CHECK("its size or alignment", sizeof(PyByteArrayObject) == 72 && _Alignof(PyByteArrayObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyByteArrayObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyByteArrayObject *)0)->ob_base), PyVarObject));
LPS_CHECK("field ob_alloc", offsetof(PyByteArrayObject, ob_alloc) == 40 && LPS_SAME(__typeof__(((PyByteArrayObject *)0)->ob_alloc), Py_ssize_t));
LPS_CHECK("field ob_bytes", offsetof(PyByteArrayObject, ob_bytes) == 48 && LPS_SAME(__typeof__(((PyByteArrayObject *)0)->ob_bytes), char *));
LPS_CHECK("field ob_start", offsetof(PyByteArrayObject, ob_start) == 56 && LPS_SAME(__typeof__(((PyByteArrayObject *)0)->ob_start), char *));
LPS_CHECK("field ob_exports", offsetof(PyByteArrayObject, ob_exports) == 64 && LPS_SAME(__typeof__(((PyByteArrayObject *)0)->ob_exports), Py_ssize_t));
//@ record PyBytesObject =PyVarObject,Py_hash_t
LPS_CHECK("its size or alignment", sizeof(PyBytesObject) == 56 && _Alignof(PyBytesObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyBytesObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyBytesObject *)0)->ob_base), PyVarObject));
LPS_CHECK("field ob_shash", offsetof(PyBytesObject, ob_shash) == 40 && LPS_SAME(__typeof__(((PyBytesObject *)0)->ob_shash), Py_hash_t));
LPS_CHECK("field ob_sval", offsetof(PyBytesObject, ob_sval) == 48 && LPS_SAME(__typeof__(((PyBytesObject *)0)->ob_sval), char [1]));
//@ record PyASCIIObject =PyObject,Py_hash_t
LPS_CHECK("its size or alignment", sizeof(PyASCIIObject) == 56 && _Alignof(PyASCIIObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyASCIIObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyASCIIObject *)0)->ob_base), PyObject));
LPS_CHECK("field length", offsetof(PyASCIIObject, length) == 32 && LPS_SAME(__typeof__(((PyASCIIObject *)0)->length), Py_ssize_t));
LPS_CHECK("field hash", offsetof(PyASCIIObject, hash) == 40 && LPS_SAME(__typeof__(((PyASCIIObject *)0)->hash), Py_hash_t));
LPS_CHECK("field state", offsetof(PyASCIIObject, state) == 48 && sizeof(((PyASCIIObject *)0)->state) == 4);
//@ record PyCompactUnicodeObject =PyASCIIObject
LPS_CHECK("its size or alignment", sizeof(PyCompactUnicodeObject) == 72 && _Alignof(PyCompactUnicodeObject) == 8);
LPS_CHECK("field _base", offsetof(PyCompactUnicodeObject, _base) == 0 && LPS_SAME(__typeof__(((PyCompactUnicodeObject *)0)->_base), PyASCIIObject));
LPS_CHECK("field utf8_length", offsetof(PyCompactUnicodeObject, utf8_length) == 56 && LPS_SAME(__typeof__(((PyCompactUnicodeObject *)0)->utf8_length), Py_ssize_t));
LPS_CHECK("field utf8", offsetof(PyCompactUnicodeObject, utf8) == 64 && LPS_SAME(__typeof__(((PyCompactUnicodeObject *)0)->utf8), char *));
//@ record PyUnicodeObject =PyCompactUnicodeObject
LPS_CHECK("its size or alignment", sizeof(PyUnicodeObject) == 80 && _Alignof(PyUnicodeObject) == 8);
LPS_CHECK("field _base", offsetof(PyUnicodeObject, _base) == 0 && LPS_SAME(__typeof__(((PyUnicodeObject *)0)->_base), PyCompactUnicodeObject));
LPS_CHECK("field data", offsetof(PyUnicodeObject, data) == 72 && sizeof(((PyUnicodeObject *)0)->data) == 8);
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
//@ record PyBaseExceptionObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyBaseExceptionObject) == 88 && _Alignof(PyBaseExceptionObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyBaseExceptionObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyBaseExceptionObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PyBaseExceptionObject, dict) == 32 && LPS_SAME(__typeof__(((PyBaseExceptionObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PyBaseExceptionObject, args) == 40 && LPS_SAME(__typeof__(((PyBaseExceptionObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PyBaseExceptionObject, notes) == 48 && LPS_SAME(__typeof__(((PyBaseExceptionObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PyBaseExceptionObject, traceback) == 56 && LPS_SAME(__typeof__(((PyBaseExceptionObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PyBaseExceptionObject, context) == 64 && LPS_SAME(__typeof__(((PyBaseExceptionObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PyBaseExceptionObject, cause) == 72 && LPS_SAME(__typeof__(((PyBaseExceptionObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PyBaseExceptionObject, suppress_context) == 80 && LPS_SAME(__typeof__(((PyBaseExceptionObject *)0)->suppress_context), char));
//@ record PyBaseExceptionGroupObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyBaseExceptionGroupObject) == 112 && _Alignof(PyBaseExceptionGroupObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyBaseExceptionGroupObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PyBaseExceptionGroupObject, dict) == 32 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PyBaseExceptionGroupObject, args) == 40 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PyBaseExceptionGroupObject, notes) == 48 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PyBaseExceptionGroupObject, traceback) == 56 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PyBaseExceptionGroupObject, context) == 64 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PyBaseExceptionGroupObject, cause) == 72 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PyBaseExceptionGroupObject, suppress_context) == 80 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->suppress_context), char));
LPS_CHECK("field msg", offsetof(PyBaseExceptionGroupObject, msg) == 88 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->msg), PyObject *));
LPS_CHECK("field excs", offsetof(PyBaseExceptionGroupObject, excs) == 96 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->excs), PyObject *));
LPS_CHECK("field excs_str", offsetof(PyBaseExceptionGroupObject, excs_str) == 104 && LPS_SAME(__typeof__(((PyBaseExceptionGroupObject *)0)->excs_str), PyObject *));
//@ record PySyntaxErrorObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PySyntaxErrorObject) == 160 && _Alignof(PySyntaxErrorObject) == 8);
LPS_CHECK("field ob_base", offsetof(PySyntaxErrorObject, ob_base) == 0 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PySyntaxErrorObject, dict) == 32 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PySyntaxErrorObject, args) == 40 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PySyntaxErrorObject, notes) == 48 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PySyntaxErrorObject, traceback) == 56 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PySyntaxErrorObject, context) == 64 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PySyntaxErrorObject, cause) == 72 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PySyntaxErrorObject, suppress_context) == 80 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->suppress_context), char));
LPS_CHECK("field msg", offsetof(PySyntaxErrorObject, msg) == 88 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->msg), PyObject *));
LPS_CHECK("field filename", offsetof(PySyntaxErrorObject, filename) == 96 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->filename), PyObject *));
LPS_CHECK("field lineno", offsetof(PySyntaxErrorObject, lineno) == 104 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->lineno), PyObject *));
LPS_CHECK("field offset", offsetof(PySyntaxErrorObject, offset) == 112 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->offset), PyObject *));
LPS_CHECK("field end_lineno", offsetof(PySyntaxErrorObject, end_lineno) == 120 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->end_lineno), PyObject *));
LPS_CHECK("field end_offset", offsetof(PySyntaxErrorObject, end_offset) == 128 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->end_offset), PyObject *));
LPS_CHECK("field text", offsetof(PySyntaxErrorObject, text) == 136 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->text), PyObject *));
LPS_CHECK("field print_file_and_line", offsetof(PySyntaxErrorObject, print_file_and_line) == 144 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->print_file_and_line), PyObject *));
LPS_CHECK("field metadata", offsetof(PySyntaxErrorObject, metadata) == 152 && LPS_SAME(__typeof__(((PySyntaxErrorObject *)0)->metadata), PyObject *));
//@ record PyImportErrorObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyImportErrorObject) == 120 && _Alignof(PyImportErrorObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyImportErrorObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PyImportErrorObject, dict) == 32 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PyImportErrorObject, args) == 40 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PyImportErrorObject, notes) == 48 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PyImportErrorObject, traceback) == 56 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PyImportErrorObject, context) == 64 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PyImportErrorObject, cause) == 72 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PyImportErrorObject, suppress_context) == 80 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->suppress_context), char));
LPS_CHECK("field msg", offsetof(PyImportErrorObject, msg) == 88 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->msg), PyObject *));
LPS_CHECK("field name", offsetof(PyImportErrorObject, name) == 96 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->name), PyObject *));
LPS_CHECK("field path", offsetof(PyImportErrorObject, path) == 104 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->path), PyObject *));
LPS_CHECK("field name_from", offsetof(PyImportErrorObject, name_from) == 112 && LPS_SAME(__typeof__(((PyImportErrorObject *)0)->name_from), PyObject *));
//@ record PyUnicodeErrorObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyUnicodeErrorObject) == 128 && _Alignof(PyUnicodeErrorObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyUnicodeErrorObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PyUnicodeErrorObject, dict) == 32 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PyUnicodeErrorObject, args) == 40 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PyUnicodeErrorObject, notes) == 48 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PyUnicodeErrorObject, traceback) == 56 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PyUnicodeErrorObject, context) == 64 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PyUnicodeErrorObject, cause) == 72 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PyUnicodeErrorObject, suppress_context) == 80 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->suppress_context), char));
LPS_CHECK("field encoding", offsetof(PyUnicodeErrorObject, encoding) == 88 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->encoding), PyObject *));
LPS_CHECK("field object", offsetof(PyUnicodeErrorObject, object) == 96 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->object), PyObject *));
LPS_CHECK("field start", offsetof(PyUnicodeErrorObject, start) == 104 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->start), Py_ssize_t));
LPS_CHECK("field end", offsetof(PyUnicodeErrorObject, end) == 112 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->end), Py_ssize_t));
LPS_CHECK("field reason", offsetof(PyUnicodeErrorObject, reason) == 120 && LPS_SAME(__typeof__(((PyUnicodeErrorObject *)0)->reason), PyObject *));
//@ record PySystemExitObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PySystemExitObject) == 96 && _Alignof(PySystemExitObject) == 8);
LPS_CHECK("field ob_base", offsetof(PySystemExitObject, ob_base) == 0 && LPS_SAME(__typeof__(((PySystemExitObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PySystemExitObject, dict) == 32 && LPS_SAME(__typeof__(((PySystemExitObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PySystemExitObject, args) == 40 && LPS_SAME(__typeof__(((PySystemExitObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PySystemExitObject, notes) == 48 && LPS_SAME(__typeof__(((PySystemExitObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PySystemExitObject, traceback) == 56 && LPS_SAME(__typeof__(((PySystemExitObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PySystemExitObject, context) == 64 && LPS_SAME(__typeof__(((PySystemExitObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PySystemExitObject, cause) == 72 && LPS_SAME(__typeof__(((PySystemExitObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PySystemExitObject, suppress_context) == 80 && LPS_SAME(__typeof__(((PySystemExitObject *)0)->suppress_context), char));
LPS_CHECK("field code", offsetof(PySystemExitObject, code) == 88 && LPS_SAME(__typeof__(((PySystemExitObject *)0)->code), PyObject *));
//@ record PyOSErrorObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyOSErrorObject) == 128 && _Alignof(PyOSErrorObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyOSErrorObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PyOSErrorObject, dict) == 32 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PyOSErrorObject, args) == 40 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PyOSErrorObject, notes) == 48 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PyOSErrorObject, traceback) == 56 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PyOSErrorObject, context) == 64 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PyOSErrorObject, cause) == 72 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PyOSErrorObject, suppress_context) == 80 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->suppress_context), char));
LPS_CHECK("field myerrno", offsetof(PyOSErrorObject, myerrno) == 88 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->myerrno), PyObject *));
LPS_CHECK("field strerror", offsetof(PyOSErrorObject, strerror) == 96 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->strerror), PyObject *));
LPS_CHECK("field filename", offsetof(PyOSErrorObject, filename) == 104 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->filename), PyObject *));
LPS_CHECK("field filename2", offsetof(PyOSErrorObject, filename2) == 112 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->filename2), PyObject *));
LPS_CHECK("field written", offsetof(PyOSErrorObject, written) == 120 && LPS_SAME(__typeof__(((PyOSErrorObject *)0)->written), Py_ssize_t));
//@ record PyStopIterationObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyStopIterationObject) == 96 && _Alignof(PyStopIterationObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyStopIterationObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyStopIterationObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PyStopIterationObject, dict) == 32 && LPS_SAME(__typeof__(((PyStopIterationObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PyStopIterationObject, args) == 40 && LPS_SAME(__typeof__(((PyStopIterationObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PyStopIterationObject, notes) == 48 && LPS_SAME(__typeof__(((PyStopIterationObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PyStopIterationObject, traceback) == 56 && LPS_SAME(__typeof__(((PyStopIterationObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PyStopIterationObject, context) == 64 && LPS_SAME(__typeof__(((PyStopIterationObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PyStopIterationObject, cause) == 72 && LPS_SAME(__typeof__(((PyStopIterationObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PyStopIterationObject, suppress_context) == 80 && LPS_SAME(__typeof__(((PyStopIterationObject *)0)->suppress_context), char));
LPS_CHECK("field value", offsetof(PyStopIterationObject, value) == 88 && LPS_SAME(__typeof__(((PyStopIterationObject *)0)->value), PyObject *));
//@ record PyNameErrorObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyNameErrorObject) == 96 && _Alignof(PyNameErrorObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyNameErrorObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyNameErrorObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PyNameErrorObject, dict) == 32 && LPS_SAME(__typeof__(((PyNameErrorObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PyNameErrorObject, args) == 40 && LPS_SAME(__typeof__(((PyNameErrorObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PyNameErrorObject, notes) == 48 && LPS_SAME(__typeof__(((PyNameErrorObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PyNameErrorObject, traceback) == 56 && LPS_SAME(__typeof__(((PyNameErrorObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PyNameErrorObject, context) == 64 && LPS_SAME(__typeof__(((PyNameErrorObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PyNameErrorObject, cause) == 72 && LPS_SAME(__typeof__(((PyNameErrorObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PyNameErrorObject, suppress_context) == 80 && LPS_SAME(__typeof__(((PyNameErrorObject *)0)->suppress_context), char));
LPS_CHECK("field name", offsetof(PyNameErrorObject, name) == 88 && LPS_SAME(__typeof__(((PyNameErrorObject *)0)->name), PyObject *));
//@ record PyAttributeErrorObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyAttributeErrorObject) == 104 && _Alignof(PyAttributeErrorObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyAttributeErrorObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->ob_base), PyObject));
LPS_CHECK("field dict", offsetof(PyAttributeErrorObject, dict) == 32 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->dict), PyObject *));
LPS_CHECK("field args", offsetof(PyAttributeErrorObject, args) == 40 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->args), PyObject *));
LPS_CHECK("field notes", offsetof(PyAttributeErrorObject, notes) == 48 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->notes), PyObject *));
LPS_CHECK("field traceback", offsetof(PyAttributeErrorObject, traceback) == 56 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->traceback), PyObject *));
LPS_CHECK("field context", offsetof(PyAttributeErrorObject, context) == 64 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->context), PyObject *));
LPS_CHECK("field cause", offsetof(PyAttributeErrorObject, cause) == 72 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->cause), PyObject *));
LPS_CHECK("field suppress_context", offsetof(PyAttributeErrorObject, suppress_context) == 80 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->suppress_context), char));
LPS_CHECK("field obj", offsetof(PyAttributeErrorObject, obj) == 88 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->obj), PyObject *));
LPS_CHECK("field name", offsetof(PyAttributeErrorObject, name) == 96 && LPS_SAME(__typeof__(((PyAttributeErrorObject *)0)->name), PyObject *));
//@ record _PyLongValue =digit
LPS_CHECK("its size or alignment", sizeof(_PyLongValue) == 16 && _Alignof(_PyLongValue) == 8);
LPS_CHECK("field lv_tag", offsetof(_PyLongValue, lv_tag) == 0 && LPS_SAME(__typeof__(((_PyLongValue *)0)->lv_tag), size_t));
LPS_CHECK("field ob_digit", offsetof(_PyLongValue, ob_digit) == 8 && LPS_SAME(__typeof__(((_PyLongValue *)0)->ob_digit), digit [1]));
//@ record _longobject =PyObject,_PyLongValue
LPS_CHECK("its size or alignment", sizeof(struct _longobject) == 48 && _Alignof(struct _longobject) == 8);
LPS_CHECK("field ob_base", offsetof(struct _longobject, ob_base) == 0 && LPS_SAME(__typeof__(((struct _longobject *)0)->ob_base), PyObject));
LPS_CHECK("field long_value", offsetof(struct _longobject, long_value) == 32 && LPS_SAME(__typeof__(((struct _longobject *)0)->long_value), _PyLongValue));
//@ record PyLongLayout
LPS_CHECK("its size or alignment", sizeof(PyLongLayout) == 4 && _Alignof(PyLongLayout) == 1);
LPS_CHECK("field bits_per_digit", offsetof(PyLongLayout, bits_per_digit) == 0 && LPS_SAME(__typeof__(((PyLongLayout *)0)->bits_per_digit), uint8_t));
LPS_CHECK("field digit_size", offsetof(PyLongLayout, digit_size) == 1 && LPS_SAME(__typeof__(((PyLongLayout *)0)->digit_size), uint8_t));
LPS_CHECK("field digits_order", offsetof(PyLongLayout, digits_order) == 2 && LPS_SAME(__typeof__(((PyLongLayout *)0)->digits_order), int8_t));
LPS_CHECK("field digit_endianness", offsetof(PyLongLayout, digit_endianness) == 3 && LPS_SAME(__typeof__(((PyLongLayout *)0)->digit_endianness), int8_t));
//@ record PyLongExport =Py_uintptr_t
LPS_CHECK("its size or alignment", sizeof(PyLongExport) == 40 && _Alignof(PyLongExport) == 8);
LPS_CHECK("field value", offsetof(PyLongExport, value) == 0 && LPS_SAME(__typeof__(((PyLongExport *)0)->value), int64_t));
LPS_CHECK("field negative", offsetof(PyLongExport, negative) == 8 && LPS_SAME(__typeof__(((PyLongExport *)0)->negative), uint8_t));
LPS_CHECK("field ndigits", offsetof(PyLongExport, ndigits) == 16 && LPS_SAME(__typeof__(((PyLongExport *)0)->ndigits), Py_ssize_t));
LPS_CHECK("field digits", offsetof(PyLongExport, digits) == 24 && LPS_SAME(__typeof__(((PyLongExport *)0)->digits), const void *));
LPS_CHECK("field _reserved", offsetof(PyLongExport, _reserved) == 32 && LPS_SAME(__typeof__(((PyLongExport *)0)->_reserved), Py_uintptr_t));
//@ record PyFloatObject =PyObject
LPS_CHECK("its size or alignment", sizeof(PyFloatObject) == 40 && _Alignof(PyFloatObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyFloatObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyFloatObject *)0)->ob_base), PyObject));
LPS_CHECK("field ob_fval", offsetof(PyFloatObject, ob_fval) == 32 && LPS_SAME(__typeof__(((PyFloatObject *)0)->ob_fval), double));
//@ record Py_complex
LPS_CHECK("its size or alignment", sizeof(Py_complex) == 16 && _Alignof(Py_complex) == 8);
LPS_CHECK("field real", offsetof(Py_complex, real) == 0 && LPS_SAME(__typeof__(((Py_complex *)0)->real), double));
LPS_CHECK("field imag", offsetof(Py_complex, imag) == 8 && LPS_SAME(__typeof__(((Py_complex *)0)->imag), double));
//@ record PyComplexObject =PyObject,Py_complex
LPS_CHECK("its size or alignment", sizeof(PyComplexObject) == 48 && _Alignof(PyComplexObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyComplexObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyComplexObject *)0)->ob_base), PyObject));
LPS_CHECK("field cval", offsetof(PyComplexObject, cval) == 32 && LPS_SAME(__typeof__(((PyComplexObject *)0)->cval), Py_complex));
//@ record _PyManagedBufferObject =PyObject,Py_buffer
LPS_CHECK("its size or alignment", sizeof(_PyManagedBufferObject) == 128 && _Alignof(_PyManagedBufferObject) == 8);
LPS_CHECK("field ob_base", offsetof(_PyManagedBufferObject, ob_base) == 0 && LPS_SAME(__typeof__(((_PyManagedBufferObject *)0)->ob_base), PyObject));
LPS_CHECK("field flags", offsetof(_PyManagedBufferObject, flags) == 32 && LPS_SAME(__typeof__(((_PyManagedBufferObject *)0)->flags), int));
LPS_CHECK("field exports", offsetof(_PyManagedBufferObject, exports) == 40 && LPS_SAME(__typeof__(((_PyManagedBufferObject *)0)->exports), Py_ssize_t));
LPS_CHECK("field master", offsetof(_PyManagedBufferObject, master) == 48 && LPS_SAME(__typeof__(((_PyManagedBufferObject *)0)->master), Py_buffer));
//@ record PyMemoryViewObject =PyVarObject,Py_buffer,Py_hash_t *PyObject,_PyManagedBufferObject
LPS_CHECK("its size or alignment", sizeof(PyMemoryViewObject) == 168 && _Alignof(PyMemoryViewObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyMemoryViewObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyMemoryViewObject *)0)->ob_base), PyVarObject));
LPS_CHECK("field mbuf", offsetof(PyMemoryViewObject, mbuf) == 40 && LPS_SAME(__typeof__(((PyMemoryViewObject *)0)->mbuf), _PyManagedBufferObject *));
LPS_CHECK("field hash", offsetof(PyMemoryViewObject, hash) == 48 && LPS_SAME(__typeof__(((PyMemoryViewObject *)0)->hash), Py_hash_t));
LPS_CHECK("field flags", offsetof(PyMemoryViewObject, flags) == 56 && LPS_SAME(__typeof__(((PyMemoryViewObject *)0)->flags), int));
LPS_CHECK("field exports", offsetof(PyMemoryViewObject, exports) == 64 && LPS_SAME(__typeof__(((PyMemoryViewObject *)0)->exports), Py_ssize_t));
LPS_CHECK("field view", offsetof(PyMemoryViewObject, view) == 72 && LPS_SAME(__typeof__(((PyMemoryViewObject *)0)->view), Py_buffer));
LPS_CHECK("field weakreflist", offsetof(PyMemoryViewObject, weakreflist) == 152 && LPS_SAME(__typeof__(((PyMemoryViewObject *)0)->weakreflist), PyObject *));
LPS_CHECK("field ob_array", offsetof(PyMemoryViewObject, ob_array) == 160 && LPS_SAME(__typeof__(((PyMemoryViewObject *)0)->ob_array), Py_ssize_t [1]));
//@ record PyTupleObject =PyVarObject,Py_hash_t *PyObject
LPS_CHECK("its size or alignment", sizeof(PyTupleObject) == 56 && _Alignof(PyTupleObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyTupleObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyTupleObject *)0)->ob_base), PyVarObject));
LPS_CHECK("field ob_hash", offsetof(PyTupleObject, ob_hash) == 40 && LPS_SAME(__typeof__(((PyTupleObject *)0)->ob_hash), Py_hash_t));
LPS_CHECK("field ob_item", offsetof(PyTupleObject, ob_item) == 48 && LPS_SAME(__typeof__(((PyTupleObject *)0)->ob_item), PyObject *[1]));
//@ record PyListObject =PyVarObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyListObject) == 56 && _Alignof(PyListObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyListObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyListObject *)0)->ob_base), PyVarObject));
LPS_CHECK("field ob_item", offsetof(PyListObject, ob_item) == 40 && LPS_SAME(__typeof__(((PyListObject *)0)->ob_item), PyObject **));
LPS_CHECK("field allocated", offsetof(PyListObject, allocated) == 48 && LPS_SAME(__typeof__(((PyListObject *)0)->allocated), Py_ssize_t));
//@ record PyDictObject =PyObject *PyDictKeysObject,PyDictValues
LPS_CHECK("its size or alignment", sizeof(PyDictObject) == 64 && _Alignof(PyDictObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyDictObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyDictObject *)0)->ob_base), PyObject));
LPS_CHECK("field ma_used", offsetof(PyDictObject, ma_used) == 32 && LPS_SAME(__typeof__(((PyDictObject *)0)->ma_used), Py_ssize_t));
LPS_CHECK("field _ma_watcher_tag", offsetof(PyDictObject, _ma_watcher_tag) == 40 && LPS_SAME(__typeof__(((PyDictObject *)0)->_ma_watcher_tag), uint64_t));
LPS_CHECK("field ma_keys", offsetof(PyDictObject, ma_keys) == 48 && LPS_SAME(__typeof__(((PyDictObject *)0)->ma_keys), PyDictKeysObject *));
LPS_CHECK("field ma_values", offsetof(PyDictObject, ma_values) == 56 && LPS_SAME(__typeof__(((PyDictObject *)0)->ma_values), PyDictValues *));
//@ record setentry =Py_hash_t *PyObject
LPS_CHECK("its size or alignment", sizeof(setentry) == 16 && _Alignof(setentry) == 8);
LPS_CHECK("field key", offsetof(setentry, key) == 0 && LPS_SAME(__typeof__(((setentry *)0)->key), PyObject *));
LPS_CHECK("field hash", offsetof(setentry, hash) == 8 && LPS_SAME(__typeof__(((setentry *)0)->hash), Py_hash_t));
//@ record PySetObject =PyObject,Py_hash_t,setentry *PyObject,setentry
LPS_CHECK("its size or alignment", sizeof(PySetObject) == 216 && _Alignof(PySetObject) == 8);
LPS_CHECK("field ob_base", offsetof(PySetObject, ob_base) == 0 && LPS_SAME(__typeof__(((PySetObject *)0)->ob_base), PyObject));
LPS_CHECK("field fill", offsetof(PySetObject, fill) == 32 && LPS_SAME(__typeof__(((PySetObject *)0)->fill), Py_ssize_t));
LPS_CHECK("field used", offsetof(PySetObject, used) == 40 && LPS_SAME(__typeof__(((PySetObject *)0)->used), Py_ssize_t));
LPS_CHECK("field mask", offsetof(PySetObject, mask) == 48 && LPS_SAME(__typeof__(((PySetObject *)0)->mask), Py_ssize_t));
LPS_CHECK("field table", offsetof(PySetObject, table) == 56 && LPS_SAME(__typeof__(((PySetObject *)0)->table), setentry *));
LPS_CHECK("field hash", offsetof(PySetObject, hash) == 64 && LPS_SAME(__typeof__(((PySetObject *)0)->hash), Py_hash_t));
LPS_CHECK("field finger", offsetof(PySetObject, finger) == 72 && LPS_SAME(__typeof__(((PySetObject *)0)->finger), Py_ssize_t));
LPS_CHECK("field smalltable", offsetof(PySetObject, smalltable) == 80 && LPS_SAME(__typeof__(((PySetObject *)0)->smalltable), setentry [8]));
LPS_CHECK("field weakreflist", offsetof(PySetObject, weakreflist) == 208 && LPS_SAME(__typeof__(((PySetObject *)0)->weakreflist), PyObject *));
//@ record PyMethodDef =PyCFunction
LPS_CHECK("its size or alignment", sizeof(PyMethodDef) == 32 && _Alignof(PyMethodDef) == 8);
LPS_CHECK("field ml_name", offsetof(PyMethodDef, ml_name) == 0 && LPS_SAME(__typeof__(((PyMethodDef *)0)->ml_name), const char *));
LPS_CHECK("field ml_meth", offsetof(PyMethodDef, ml_meth) == 8 && LPS_SAME(__typeof__(((PyMethodDef *)0)->ml_meth), PyCFunction));
LPS_CHECK("field ml_flags", offsetof(PyMethodDef, ml_flags) == 16 && LPS_SAME(__typeof__(((PyMethodDef *)0)->ml_flags), int));
LPS_CHECK("field ml_doc", offsetof(PyMethodDef, ml_doc) == 24 && LPS_SAME(__typeof__(((PyMethodDef *)0)->ml_doc), const char *));
//@ record PyCFunctionObject =PyObject,vectorcallfunc *PyMethodDef,PyObject
LPS_CHECK("its size or alignment", sizeof(PyCFunctionObject) == 72 && _Alignof(PyCFunctionObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyCFunctionObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyCFunctionObject *)0)->ob_base), PyObject));
LPS_CHECK("field m_ml", offsetof(PyCFunctionObject, m_ml) == 32 && LPS_SAME(__typeof__(((PyCFunctionObject *)0)->m_ml), PyMethodDef *));
LPS_CHECK("field m_self", offsetof(PyCFunctionObject, m_self) == 40 && LPS_SAME(__typeof__(((PyCFunctionObject *)0)->m_self), PyObject *));
LPS_CHECK("field m_module", offsetof(PyCFunctionObject, m_module) == 48 && LPS_SAME(__typeof__(((PyCFunctionObject *)0)->m_module), PyObject *));
LPS_CHECK("field m_weakreflist", offsetof(PyCFunctionObject, m_weakreflist) == 56 && LPS_SAME(__typeof__(((PyCFunctionObject *)0)->m_weakreflist), PyObject *));
LPS_CHECK("field vectorcall", offsetof(PyCFunctionObject, vectorcall) == 64 && LPS_SAME(__typeof__(((PyCFunctionObject *)0)->vectorcall), vectorcallfunc));
//@ record PyCMethodObject =PyCFunctionObject *PyTypeObject
LPS_CHECK("its size or alignment", sizeof(PyCMethodObject) == 80 && _Alignof(PyCMethodObject) == 8);
LPS_CHECK("field func", offsetof(PyCMethodObject, func) == 0 && LPS_SAME(__typeof__(((PyCMethodObject *)0)->func), PyCFunctionObject));
LPS_CHECK("field mm_class", offsetof(PyCMethodObject, mm_class) == 72 && LPS_SAME(__typeof__(((PyCMethodObject *)0)->mm_class), PyTypeObject *));
//@ record PyModuleDef_Base =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyModuleDef_Base) == 56 && _Alignof(PyModuleDef_Base) == 8);
LPS_CHECK("field ob_base", offsetof(PyModuleDef_Base, ob_base) == 0 && LPS_SAME(__typeof__(((PyModuleDef_Base *)0)->ob_base), PyObject));
LPS_CHECK("field m_init", offsetof(PyModuleDef_Base, m_init) == 32 && LPS_SAME(__typeof__(((PyModuleDef_Base *)0)->m_init), PyObject *(*)(void)));
LPS_CHECK("field m_index", offsetof(PyModuleDef_Base, m_index) == 40 && LPS_SAME(__typeof__(((PyModuleDef_Base *)0)->m_index), Py_ssize_t));
LPS_CHECK("field m_copy", offsetof(PyModuleDef_Base, m_copy) == 48 && LPS_SAME(__typeof__(((PyModuleDef_Base *)0)->m_copy), PyObject *));
//@ record PyModuleDef_Slot
LPS_CHECK("its size or alignment", sizeof(PyModuleDef_Slot) == 16 && _Alignof(PyModuleDef_Slot) == 8);
LPS_CHECK("field slot", offsetof(PyModuleDef_Slot, slot) == 0 && LPS_SAME(__typeof__(((PyModuleDef_Slot *)0)->slot), int));
LPS_CHECK("field value", offsetof(PyModuleDef_Slot, value) == 8 && LPS_SAME(__typeof__(((PyModuleDef_Slot *)0)->value), void *));
//@ record PyModuleDef =PyModuleDef_Base,freefunc,inquiry,traverseproc *PyMethodDef,PyModuleDef_Slot
LPS_CHECK("its size or alignment", sizeof(PyModuleDef) == 120 && _Alignof(PyModuleDef) == 8);
LPS_CHECK("field m_base", offsetof(PyModuleDef, m_base) == 0 && LPS_SAME(__typeof__(((PyModuleDef *)0)->m_base), PyModuleDef_Base));
LPS_CHECK("field m_name", offsetof(PyModuleDef, m_name) == 56 && LPS_SAME(__typeof__(((PyModuleDef *)0)->m_name), const char *));
LPS_CHECK("field m_doc", offsetof(PyModuleDef, m_doc) == 64 && LPS_SAME(__typeof__(((PyModuleDef *)0)->m_doc), const char *));
LPS_CHECK("field m_size", offsetof(PyModuleDef, m_size) == 72 && LPS_SAME(__typeof__(((PyModuleDef *)0)->m_size), Py_ssize_t));
LPS_CHECK("field m_methods", offsetof(PyModuleDef, m_methods) == 80 && LPS_SAME(__typeof__(((PyModuleDef *)0)->m_methods), PyMethodDef *));
LPS_CHECK("field m_slots", offsetof(PyModuleDef, m_slots) == 88 && LPS_SAME(__typeof__(((PyModuleDef *)0)->m_slots), PyModuleDef_Slot *));
LPS_CHECK("field m_traverse", offsetof(PyModuleDef, m_traverse) == 96 && LPS_SAME(__typeof__(((PyModuleDef *)0)->m_traverse), traverseproc));
LPS_CHECK("field m_clear", offsetof(PyModuleDef, m_clear) == 104 && LPS_SAME(__typeof__(((PyModuleDef *)0)->m_clear), inquiry));
LPS_CHECK("field m_free", offsetof(PyModuleDef, m_free) == 112 && LPS_SAME(__typeof__(((PyModuleDef *)0)->m_free), freefunc));
//@ record _PyMonitoringState
LPS_CHECK("its size or alignment", sizeof(struct _PyMonitoringState) == 2 && _Alignof(struct _PyMonitoringState) == 1);
LPS_CHECK("field active", offsetof(struct _PyMonitoringState, active) == 0 && LPS_SAME(__typeof__(((struct _PyMonitoringState *)0)->active), uint8_t));
LPS_CHECK("field opaque", offsetof(struct _PyMonitoringState, opaque) == 1 && LPS_SAME(__typeof__(((struct _PyMonitoringState *)0)->opaque), uint8_t));
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
LPS_CHECK("its size or alignment", sizeof(PyFunctionObject) == 168 && _Alignof(PyFunctionObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyFunctionObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->ob_base), PyObject));
LPS_CHECK("field func_globals", offsetof(PyFunctionObject, func_globals) == 32 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_globals), PyObject *));
LPS_CHECK("field func_builtins", offsetof(PyFunctionObject, func_builtins) == 40 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_builtins), PyObject *));
LPS_CHECK("field func_name", offsetof(PyFunctionObject, func_name) == 48 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_name), PyObject *));
LPS_CHECK("field func_qualname", offsetof(PyFunctionObject, func_qualname) == 56 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_qualname), PyObject *));
LPS_CHECK("field func_code", offsetof(PyFunctionObject, func_code) == 64 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_code), PyObject *));
LPS_CHECK("field func_defaults", offsetof(PyFunctionObject, func_defaults) == 72 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_defaults), PyObject *));
LPS_CHECK("field func_kwdefaults", offsetof(PyFunctionObject, func_kwdefaults) == 80 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_kwdefaults), PyObject *));
LPS_CHECK("field func_closure", offsetof(PyFunctionObject, func_closure) == 88 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_closure), PyObject *));
LPS_CHECK("field func_doc", offsetof(PyFunctionObject, func_doc) == 96 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_doc), PyObject *));
LPS_CHECK("field func_dict", offsetof(PyFunctionObject, func_dict) == 104 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_dict), PyObject *));
LPS_CHECK("field func_weakreflist", offsetof(PyFunctionObject, func_weakreflist) == 112 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_weakreflist), PyObject *));
LPS_CHECK("field func_module", offsetof(PyFunctionObject, func_module) == 120 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_module), PyObject *));
LPS_CHECK("field func_annotations", offsetof(PyFunctionObject, func_annotations) == 128 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_annotations), PyObject *));
LPS_CHECK("field func_annotate", offsetof(PyFunctionObject, func_annotate) == 136 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_annotate), PyObject *));
LPS_CHECK("field func_typeparams", offsetof(PyFunctionObject, func_typeparams) == 144 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_typeparams), PyObject *));
LPS_CHECK("field vectorcall", offsetof(PyFunctionObject, vectorcall) == 152 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->vectorcall), vectorcallfunc));
LPS_CHECK("field func_version", offsetof(PyFunctionObject, func_version) == 160 && LPS_SAME(__typeof__(((PyFunctionObject *)0)->func_version), uint32_t));
//@ record PyMethodObject =PyObject,vectorcallfunc *PyObject
LPS_CHECK("its size or alignment", sizeof(PyMethodObject) == 64 && _Alignof(PyMethodObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyMethodObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyMethodObject *)0)->ob_base), PyObject));
LPS_CHECK("field im_func", offsetof(PyMethodObject, im_func) == 32 && LPS_SAME(__typeof__(((PyMethodObject *)0)->im_func), PyObject *));
LPS_CHECK("field im_self", offsetof(PyMethodObject, im_self) == 40 && LPS_SAME(__typeof__(((PyMethodObject *)0)->im_self), PyObject *));
LPS_CHECK("field im_weakreflist", offsetof(PyMethodObject, im_weakreflist) == 48 && LPS_SAME(__typeof__(((PyMethodObject *)0)->im_weakreflist), PyObject *));
LPS_CHECK("field vectorcall", offsetof(PyMethodObject, vectorcall) == 56 && LPS_SAME(__typeof__(((PyMethodObject *)0)->vectorcall), vectorcallfunc));
//@ record PyInstanceMethodObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyInstanceMethodObject) == 40 && _Alignof(PyInstanceMethodObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyInstanceMethodObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyInstanceMethodObject *)0)->ob_base), PyObject));
LPS_CHECK("field func", offsetof(PyInstanceMethodObject, func) == 32 && LPS_SAME(__typeof__(((PyInstanceMethodObject *)0)->func), PyObject *));
//@ record _PyCoCached *PyObject
LPS_CHECK("its size or alignment", sizeof(_PyCoCached) == 32 && _Alignof(_PyCoCached) == 8);
LPS_CHECK("field _co_code", offsetof(_PyCoCached, _co_code) == 0 && LPS_SAME(__typeof__(((_PyCoCached *)0)->_co_code), PyObject *));
LPS_CHECK("field _co_varnames", offsetof(_PyCoCached, _co_varnames) == 8 && LPS_SAME(__typeof__(((_PyCoCached *)0)->_co_varnames), PyObject *));
LPS_CHECK("field _co_cellvars", offsetof(_PyCoCached, _co_cellvars) == 16 && LPS_SAME(__typeof__(((_PyCoCached *)0)->_co_cellvars), PyObject *));
LPS_CHECK("field _co_freevars", offsetof(_PyCoCached, _co_freevars) == 24 && LPS_SAME(__typeof__(((_PyCoCached *)0)->_co_freevars), PyObject *));
//@ record _PyExecutorArray *_PyExecutorObject
LPS_CHECK("its size or alignment", sizeof(_PyExecutorArray) == 16 && _Alignof(_PyExecutorArray) == 8);
LPS_CHECK("field size", offsetof(_PyExecutorArray, size) == 0 && LPS_SAME(__typeof__(((_PyExecutorArray *)0)->size), int));
LPS_CHECK("field capacity", offsetof(_PyExecutorArray, capacity) == 4 && LPS_SAME(__typeof__(((_PyExecutorArray *)0)->capacity), int));
LPS_CHECK("field executors", offsetof(_PyExecutorArray, executors) == 8 && LPS_SAME(__typeof__(((_PyExecutorArray *)0)->executors), struct _PyExecutorObject *[1]));
//@ record _PyCodeArray
LPS_CHECK("its size or alignment", sizeof(_PyCodeArray) == 16 && _Alignof(_PyCodeArray) == 8);
LPS_CHECK("field size", offsetof(_PyCodeArray, size) == 0 && LPS_SAME(__typeof__(((_PyCodeArray *)0)->size), Py_ssize_t));
LPS_CHECK("field entries", offsetof(_PyCodeArray, entries) == 8 && LPS_SAME(__typeof__(((_PyCodeArray *)0)->entries), char *[1]));
//@ record PyCodeObject =PyVarObject *PyObject,_PyCoCached,_PyCoMonitoringData,_PyCodeArray,_PyExecutorArray
LPS_CHECK("its size or alignment", sizeof(PyCodeObject) == 240 && _Alignof(PyCodeObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyCodeObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyCodeObject *)0)->ob_base), PyVarObject));
LPS_CHECK("field co_consts", offsetof(PyCodeObject, co_consts) == 40 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_consts), PyObject *));
LPS_CHECK("field co_names", offsetof(PyCodeObject, co_names) == 48 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_names), PyObject *));
LPS_CHECK("field co_exceptiontable", offsetof(PyCodeObject, co_exceptiontable) == 56 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_exceptiontable), PyObject *));
LPS_CHECK("field co_flags", offsetof(PyCodeObject, co_flags) == 64 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_flags), int));
LPS_CHECK("field co_argcount", offsetof(PyCodeObject, co_argcount) == 68 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_argcount), int));
LPS_CHECK("field co_posonlyargcount", offsetof(PyCodeObject, co_posonlyargcount) == 72 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_posonlyargcount), int));
LPS_CHECK("field co_kwonlyargcount", offsetof(PyCodeObject, co_kwonlyargcount) == 76 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_kwonlyargcount), int));
LPS_CHECK("field co_stacksize", offsetof(PyCodeObject, co_stacksize) == 80 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_stacksize), int));
LPS_CHECK("field co_firstlineno", offsetof(PyCodeObject, co_firstlineno) == 84 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_firstlineno), int));
LPS_CHECK("field co_nlocalsplus", offsetof(PyCodeObject, co_nlocalsplus) == 88 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_nlocalsplus), int));
LPS_CHECK("field co_framesize", offsetof(PyCodeObject, co_framesize) == 92 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_framesize), int));
LPS_CHECK("field co_nlocals", offsetof(PyCodeObject, co_nlocals) == 96 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_nlocals), int));
LPS_CHECK("field co_ncellvars", offsetof(PyCodeObject, co_ncellvars) == 100 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_ncellvars), int));
LPS_CHECK("field co_nfreevars", offsetof(PyCodeObject, co_nfreevars) == 104 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_nfreevars), int));
LPS_CHECK("field co_version", offsetof(PyCodeObject, co_version) == 108 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_version), uint32_t));
LPS_CHECK("field co_localsplusnames", offsetof(PyCodeObject, co_localsplusnames) == 112 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_localsplusnames), PyObject *));
LPS_CHECK("field co_localspluskinds", offsetof(PyCodeObject, co_localspluskinds) == 120 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_localspluskinds), PyObject *));
LPS_CHECK("field co_filename", offsetof(PyCodeObject, co_filename) == 128 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_filename), PyObject *));
LPS_CHECK("field co_name", offsetof(PyCodeObject, co_name) == 136 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_name), PyObject *));
LPS_CHECK("field co_qualname", offsetof(PyCodeObject, co_qualname) == 144 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_qualname), PyObject *));
LPS_CHECK("field co_linetable", offsetof(PyCodeObject, co_linetable) == 152 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_linetable), PyObject *));
LPS_CHECK("field co_weakreflist", offsetof(PyCodeObject, co_weakreflist) == 160 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_weakreflist), PyObject *));
LPS_CHECK("field co_executors", offsetof(PyCodeObject, co_executors) == 168 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_executors), _PyExecutorArray *));
LPS_CHECK("field _co_cached", offsetof(PyCodeObject, _co_cached) == 176 && LPS_SAME(__typeof__(((PyCodeObject *)0)->_co_cached), _PyCoCached *));
LPS_CHECK("field _co_instrumentation_version", offsetof(PyCodeObject, _co_instrumentation_version) == 184 && LPS_SAME(__typeof__(((PyCodeObject *)0)->_co_instrumentation_version), size_t));
LPS_CHECK("field _co_monitoring", offsetof(PyCodeObject, _co_monitoring) == 192 && LPS_SAME(__typeof__(((PyCodeObject *)0)->_co_monitoring), struct _PyCoMonitoringData *));
LPS_CHECK("field _co_unique_id", offsetof(PyCodeObject, _co_unique_id) == 200 && LPS_SAME(__typeof__(((PyCodeObject *)0)->_co_unique_id), Py_ssize_t));
LPS_CHECK("field _co_firsttraceable", offsetof(PyCodeObject, _co_firsttraceable) == 208 && LPS_SAME(__typeof__(((PyCodeObject *)0)->_co_firsttraceable), int));
LPS_CHECK("field co_extra", offsetof(PyCodeObject, co_extra) == 216 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_extra), void *));
LPS_CHECK("field co_tlbc", offsetof(PyCodeObject, co_tlbc) == 224 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_tlbc), _PyCodeArray *));
LPS_CHECK("field co_code_adaptive", offsetof(PyCodeObject, co_code_adaptive) == 232 && LPS_SAME(__typeof__(((PyCodeObject *)0)->co_code_adaptive), char [1]));
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
LPS_CHECK("its size or alignment", sizeof(struct _traceback) == 56 && _Alignof(struct _traceback) == 8);
LPS_CHECK("field ob_base", offsetof(struct _traceback, ob_base) == 0 && LPS_SAME(__typeof__(((struct _traceback *)0)->ob_base), PyObject));
LPS_CHECK("field tb_next", offsetof(struct _traceback, tb_next) == 32 && LPS_SAME(__typeof__(((struct _traceback *)0)->tb_next), PyTracebackObject *));
LPS_CHECK("field tb_frame", offsetof(struct _traceback, tb_frame) == 40 && LPS_SAME(__typeof__(((struct _traceback *)0)->tb_frame), PyFrameObject *));
LPS_CHECK("field tb_lasti", offsetof(struct _traceback, tb_lasti) == 48 && LPS_SAME(__typeof__(((struct _traceback *)0)->tb_lasti), int));
LPS_CHECK("field tb_lineno", offsetof(struct _traceback, tb_lineno) == 52 && LPS_SAME(__typeof__(((struct _traceback *)0)->tb_lineno), int));
//@ record PySliceObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PySliceObject) == 56 && _Alignof(PySliceObject) == 8);
LPS_CHECK("field ob_base", offsetof(PySliceObject, ob_base) == 0 && LPS_SAME(__typeof__(((PySliceObject *)0)->ob_base), PyObject));
LPS_CHECK("field start", offsetof(PySliceObject, start) == 32 && LPS_SAME(__typeof__(((PySliceObject *)0)->start), PyObject *));
LPS_CHECK("field stop", offsetof(PySliceObject, stop) == 40 && LPS_SAME(__typeof__(((PySliceObject *)0)->stop), PyObject *));
LPS_CHECK("field step", offsetof(PySliceObject, step) == 48 && LPS_SAME(__typeof__(((PySliceObject *)0)->step), PyObject *));
//@ record PyCellObject =PyObject *PyObject
LPS_CHECK("its size or alignment", sizeof(PyCellObject) == 40 && _Alignof(PyCellObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyCellObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyCellObject *)0)->ob_base), PyObject));
LPS_CHECK("field ob_ref", offsetof(PyCellObject, ob_ref) == 32 && LPS_SAME(__typeof__(((PyCellObject *)0)->ob_ref), PyObject *));
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
LPS_CHECK("its size or alignment", sizeof(PyConfig) == 464 && _Alignof(PyConfig) == 8);
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
LPS_CHECK("field remote_debug", offsetof(PyConfig, remote_debug) == 44 && LPS_SAME(__typeof__(((PyConfig *)0)->remote_debug), int));
LPS_CHECK("field import_time", offsetof(PyConfig, import_time) == 48 && LPS_SAME(__typeof__(((PyConfig *)0)->import_time), int));
LPS_CHECK("field code_debug_ranges", offsetof(PyConfig, code_debug_ranges) == 52 && LPS_SAME(__typeof__(((PyConfig *)0)->code_debug_ranges), int));
LPS_CHECK("field show_ref_count", offsetof(PyConfig, show_ref_count) == 56 && LPS_SAME(__typeof__(((PyConfig *)0)->show_ref_count), int));
LPS_CHECK("field dump_refs", offsetof(PyConfig, dump_refs) == 60 && LPS_SAME(__typeof__(((PyConfig *)0)->dump_refs), int));
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
LPS_CHECK("field thread_inherit_context", offsetof(PyConfig, thread_inherit_context) == 268 && LPS_SAME(__typeof__(((PyConfig *)0)->thread_inherit_context), int));
LPS_CHECK("field context_aware_warnings", offsetof(PyConfig, context_aware_warnings) == 272 && LPS_SAME(__typeof__(((PyConfig *)0)->context_aware_warnings), int));
LPS_CHECK("field cpu_count", offsetof(PyConfig, cpu_count) == 276 && LPS_SAME(__typeof__(((PyConfig *)0)->cpu_count), int));
LPS_CHECK("field enable_gil", offsetof(PyConfig, enable_gil) == 280 && LPS_SAME(__typeof__(((PyConfig *)0)->enable_gil), int));
LPS_CHECK("field tlbc_enabled", offsetof(PyConfig, tlbc_enabled) == 284 && LPS_SAME(__typeof__(((PyConfig *)0)->tlbc_enabled), int));
LPS_CHECK("field pathconfig_warnings", offsetof(PyConfig, pathconfig_warnings) == 288 && LPS_SAME(__typeof__(((PyConfig *)0)->pathconfig_warnings), int));
LPS_CHECK("field program_name", offsetof(PyConfig, program_name) == 296 && LPS_SAME(__typeof__(((PyConfig *)0)->program_name), wchar_t *));
LPS_CHECK("field pythonpath_env", offsetof(PyConfig, pythonpath_env) == 304 && LPS_SAME(__typeof__(((PyConfig *)0)->pythonpath_env), wchar_t *));
LPS_CHECK("field home", offsetof(PyConfig, home) == 312 && LPS_SAME(__typeof__(((PyConfig *)0)->home), wchar_t *));
LPS_CHECK("field platlibdir", offsetof(PyConfig, platlibdir) == 320 && LPS_SAME(__typeof__(((PyConfig *)0)->platlibdir), wchar_t *));
LPS_CHECK("field module_search_paths_set", offsetof(PyConfig, module_search_paths_set) == 328 && LPS_SAME(__typeof__(((PyConfig *)0)->module_search_paths_set), int));
LPS_CHECK("field module_search_paths", offsetof(PyConfig, module_search_paths) == 336 && LPS_SAME(__typeof__(((PyConfig *)0)->module_search_paths), PyWideStringList));
LPS_CHECK("field stdlib_dir", offsetof(PyConfig, stdlib_dir) == 352 && LPS_SAME(__typeof__(((PyConfig *)0)->stdlib_dir), wchar_t *));
LPS_CHECK("field executable", offsetof(PyConfig, executable) == 360 && LPS_SAME(__typeof__(((PyConfig *)0)->executable), wchar_t *));
LPS_CHECK("field base_executable", offsetof(PyConfig, base_executable) == 368 && LPS_SAME(__typeof__(((PyConfig *)0)->base_executable), wchar_t *));
LPS_CHECK("field prefix", offsetof(PyConfig, prefix) == 376 && LPS_SAME(__typeof__(((PyConfig *)0)->prefix), wchar_t *));
LPS_CHECK("field base_prefix", offsetof(PyConfig, base_prefix) == 384 && LPS_SAME(__typeof__(((PyConfig *)0)->base_prefix), wchar_t *));
LPS_CHECK("field exec_prefix", offsetof(PyConfig, exec_prefix) == 392 && LPS_SAME(__typeof__(((PyConfig *)0)->exec_prefix), wchar_t *));
LPS_CHECK("field base_exec_prefix", offsetof(PyConfig, base_exec_prefix) == 400 && LPS_SAME(__typeof__(((PyConfig *)0)->base_exec_prefix), wchar_t *));
LPS_CHECK("field skip_source_first_line", offsetof(PyConfig, skip_source_first_line) == 408 && LPS_SAME(__typeof__(((PyConfig *)0)->skip_source_first_line), int));
LPS_CHECK("field run_command", offsetof(PyConfig, run_command) == 416 && LPS_SAME(__typeof__(((PyConfig *)0)->run_command), wchar_t *));
LPS_CHECK("field run_module", offsetof(PyConfig, run_module) == 424 && LPS_SAME(__typeof__(((PyConfig *)0)->run_module), wchar_t *));
LPS_CHECK("field run_filename", offsetof(PyConfig, run_filename) == 432 && LPS_SAME(__typeof__(((PyConfig *)0)->run_filename), wchar_t *));
LPS_CHECK("field sys_path_0", offsetof(PyConfig, sys_path_0) == 440 && LPS_SAME(__typeof__(((PyConfig *)0)->sys_path_0), wchar_t *));
LPS_CHECK("field _install_importlib", offsetof(PyConfig, _install_importlib) == 448 && LPS_SAME(__typeof__(((PyConfig *)0)->_install_importlib), int));
LPS_CHECK("field _init_main", offsetof(PyConfig, _init_main) == 452 && LPS_SAME(__typeof__(((PyConfig *)0)->_init_main), int));
LPS_CHECK("field _is_python_build", offsetof(PyConfig, _is_python_build) == 456 && LPS_SAME(__typeof__(((PyConfig *)0)->_is_python_build), int));
//@ record _PyRemoteDebuggerSupport
LPS_CHECK("its size or alignment", sizeof(_PyRemoteDebuggerSupport) == 516 && _Alignof(_PyRemoteDebuggerSupport) == 4);
LPS_CHECK("field debugger_pending_call", offsetof(_PyRemoteDebuggerSupport, debugger_pending_call) == 0 && LPS_SAME(__typeof__(((_PyRemoteDebuggerSupport *)0)->debugger_pending_call), int32_t));
LPS_CHECK("field debugger_script_path", offsetof(_PyRemoteDebuggerSupport, debugger_script_path) == 4 && LPS_SAME(__typeof__(((_PyRemoteDebuggerSupport *)0)->debugger_script_path), char [512]));
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
//@ record _ts =Py_tracefunc,_PyErr_StackItem,_PyRemoteDebuggerSupport *PyInterpreterState,PyObject,PyThreadState,_PyErr_StackItem,_PyInterpreterFrame,_PyStackChunk
LPS_CHECK("its size or alignment", sizeof(struct _ts) == 832 && _Alignof(struct _ts) == 8);
LPS_CHECK("field prev", offsetof(struct _ts, prev) == 0 && LPS_SAME(__typeof__(((struct _ts *)0)->prev), PyThreadState *));
LPS_CHECK("field next", offsetof(struct _ts, next) == 8 && LPS_SAME(__typeof__(((struct _ts *)0)->next), PyThreadState *));
LPS_CHECK("field interp", offsetof(struct _ts, interp) == 16 && LPS_SAME(__typeof__(((struct _ts *)0)->interp), PyInterpreterState *));
LPS_CHECK("field eval_breaker", offsetof(struct _ts, eval_breaker) == 24 && LPS_SAME(__typeof__(((struct _ts *)0)->eval_breaker), size_t));
LPS_CHECK("field _status", offsetof(struct _ts, _status) == 32 && sizeof(((struct _ts *)0)->_status) == 4);
LPS_CHECK("field holds_gil", offsetof(struct _ts, holds_gil) == 36 && LPS_SAME(__typeof__(((struct _ts *)0)->holds_gil), int));
LPS_CHECK("field _whence", offsetof(struct _ts, _whence) == 40 && LPS_SAME(__typeof__(((struct _ts *)0)->_whence), int));
LPS_CHECK("field state", offsetof(struct _ts, state) == 44 && LPS_SAME(__typeof__(((struct _ts *)0)->state), int));
LPS_CHECK("field py_recursion_remaining", offsetof(struct _ts, py_recursion_remaining) == 48 && LPS_SAME(__typeof__(((struct _ts *)0)->py_recursion_remaining), int));
LPS_CHECK("field py_recursion_limit", offsetof(struct _ts, py_recursion_limit) == 52 && LPS_SAME(__typeof__(((struct _ts *)0)->py_recursion_limit), int));
LPS_CHECK("field recursion_headroom", offsetof(struct _ts, recursion_headroom) == 56 && LPS_SAME(__typeof__(((struct _ts *)0)->recursion_headroom), int));
LPS_CHECK("field tracing", offsetof(struct _ts, tracing) == 60 && LPS_SAME(__typeof__(((struct _ts *)0)->tracing), int));
LPS_CHECK("field what_event", offsetof(struct _ts, what_event) == 64 && LPS_SAME(__typeof__(((struct _ts *)0)->what_event), int));
LPS_CHECK("field current_frame", offsetof(struct _ts, current_frame) == 72 && LPS_SAME(__typeof__(((struct _ts *)0)->current_frame), struct _PyInterpreterFrame *));
LPS_CHECK("field c_profilefunc", offsetof(struct _ts, c_profilefunc) == 80 && LPS_SAME(__typeof__(((struct _ts *)0)->c_profilefunc), Py_tracefunc));
LPS_CHECK("field c_tracefunc", offsetof(struct _ts, c_tracefunc) == 88 && LPS_SAME(__typeof__(((struct _ts *)0)->c_tracefunc), Py_tracefunc));
LPS_CHECK("field c_profileobj", offsetof(struct _ts, c_profileobj) == 96 && LPS_SAME(__typeof__(((struct _ts *)0)->c_profileobj), PyObject *));
LPS_CHECK("field c_traceobj", offsetof(struct _ts, c_traceobj) == 104 && LPS_SAME(__typeof__(((struct _ts *)0)->c_traceobj), PyObject *));
LPS_CHECK("field current_exception", offsetof(struct _ts, current_exception) == 112 && LPS_SAME(__typeof__(((struct _ts *)0)->current_exception), PyObject *));
LPS_CHECK("field exc_info", offsetof(struct _ts, exc_info) == 120 && LPS_SAME(__typeof__(((struct _ts *)0)->exc_info), _PyErr_StackItem *));
LPS_CHECK("field dict", offsetof(struct _ts, dict) == 128 && LPS_SAME(__typeof__(((struct _ts *)0)->dict), PyObject *));
LPS_CHECK("field gilstate_counter", offsetof(struct _ts, gilstate_counter) == 136 && LPS_SAME(__typeof__(((struct _ts *)0)->gilstate_counter), int));
LPS_CHECK("field async_exc", offsetof(struct _ts, async_exc) == 144 && LPS_SAME(__typeof__(((struct _ts *)0)->async_exc), PyObject *));
LPS_CHECK("field thread_id", offsetof(struct _ts, thread_id) == 152 && LPS_SAME(__typeof__(((struct _ts *)0)->thread_id), unsigned long));
LPS_CHECK("field native_thread_id", offsetof(struct _ts, native_thread_id) == 160 && LPS_SAME(__typeof__(((struct _ts *)0)->native_thread_id), unsigned long));
LPS_CHECK("field delete_later", offsetof(struct _ts, delete_later) == 168 && LPS_SAME(__typeof__(((struct _ts *)0)->delete_later), PyObject *));
LPS_CHECK("field critical_section", offsetof(struct _ts, critical_section) == 176 && LPS_SAME(__typeof__(((struct _ts *)0)->critical_section), size_t));
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
LPS_CHECK("field current_executor", offsetof(struct _ts, current_executor) == 272 && LPS_SAME(__typeof__(((struct _ts *)0)->current_executor), PyObject *));
LPS_CHECK("field dict_global_version", offsetof(struct _ts, dict_global_version) == 280 && LPS_SAME(__typeof__(((struct _ts *)0)->dict_global_version), uint64_t));
LPS_CHECK("field threading_local_key", offsetof(struct _ts, threading_local_key) == 288 && LPS_SAME(__typeof__(((struct _ts *)0)->threading_local_key), PyObject *));
LPS_CHECK("field threading_local_sentinel", offsetof(struct _ts, threading_local_sentinel) == 296 && LPS_SAME(__typeof__(((struct _ts *)0)->threading_local_sentinel), PyObject *));
LPS_CHECK("field remote_debugger_support", offsetof(struct _ts, remote_debugger_support) == 304 && LPS_SAME(__typeof__(((struct _ts *)0)->remote_debugger_support), _PyRemoteDebuggerSupport));
LPS_CHECK("field datastack_cached_chunk", offsetof(struct _ts, datastack_cached_chunk) == 824 && LPS_SAME(__typeof__(((struct _ts *)0)->datastack_cached_chunk), _PyStackChunk *));
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
LPS_CHECK("its size or alignment", sizeof(PyDescrObject) == 56 && _Alignof(PyDescrObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyDescrObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyDescrObject *)0)->ob_base), PyObject));
LPS_CHECK("field d_type", offsetof(PyDescrObject, d_type) == 32 && LPS_SAME(__typeof__(((PyDescrObject *)0)->d_type), PyTypeObject *));
LPS_CHECK("field d_name", offsetof(PyDescrObject, d_name) == 40 && LPS_SAME(__typeof__(((PyDescrObject *)0)->d_name), PyObject *));
LPS_CHECK("field d_qualname", offsetof(PyDescrObject, d_qualname) == 48 && LPS_SAME(__typeof__(((PyDescrObject *)0)->d_qualname), PyObject *));
//@ record PyMethodDescrObject =PyDescrObject,vectorcallfunc *PyMethodDef
LPS_CHECK("its size or alignment", sizeof(PyMethodDescrObject) == 72 && _Alignof(PyMethodDescrObject) == 8);
LPS_CHECK("field d_common", offsetof(PyMethodDescrObject, d_common) == 0 && LPS_SAME(__typeof__(((PyMethodDescrObject *)0)->d_common), PyDescrObject));
LPS_CHECK("field d_method", offsetof(PyMethodDescrObject, d_method) == 56 && LPS_SAME(__typeof__(((PyMethodDescrObject *)0)->d_method), PyMethodDef *));
LPS_CHECK("field vectorcall", offsetof(PyMethodDescrObject, vectorcall) == 64 && LPS_SAME(__typeof__(((PyMethodDescrObject *)0)->vectorcall), vectorcallfunc));
//@ record PyMemberDescrObject =PyDescrObject *PyMemberDef
LPS_CHECK("its size or alignment", sizeof(PyMemberDescrObject) == 64 && _Alignof(PyMemberDescrObject) == 8);
LPS_CHECK("field d_common", offsetof(PyMemberDescrObject, d_common) == 0 && LPS_SAME(__typeof__(((PyMemberDescrObject *)0)->d_common), PyDescrObject));
LPS_CHECK("field d_member", offsetof(PyMemberDescrObject, d_member) == 56 && LPS_SAME(__typeof__(((PyMemberDescrObject *)0)->d_member), PyMemberDef *));
//@ record PyGetSetDescrObject =PyDescrObject *PyGetSetDef
LPS_CHECK("its size or alignment", sizeof(PyGetSetDescrObject) == 64 && _Alignof(PyGetSetDescrObject) == 8);
LPS_CHECK("field d_common", offsetof(PyGetSetDescrObject, d_common) == 0 && LPS_SAME(__typeof__(((PyGetSetDescrObject *)0)->d_common), PyDescrObject));
LPS_CHECK("field d_getset", offsetof(PyGetSetDescrObject, d_getset) == 56 && LPS_SAME(__typeof__(((PyGetSetDescrObject *)0)->d_getset), PyGetSetDef *));
//@ record PyWrapperDescrObject =PyDescrObject *wrapperbase
LPS_CHECK("its size or alignment", sizeof(PyWrapperDescrObject) == 72 && _Alignof(PyWrapperDescrObject) == 8);
LPS_CHECK("field d_common", offsetof(PyWrapperDescrObject, d_common) == 0 && LPS_SAME(__typeof__(((PyWrapperDescrObject *)0)->d_common), PyDescrObject));
LPS_CHECK("field d_base", offsetof(PyWrapperDescrObject, d_base) == 56 && LPS_SAME(__typeof__(((PyWrapperDescrObject *)0)->d_base), struct wrapperbase *));
LPS_CHECK("field d_wrapped", offsetof(PyWrapperDescrObject, d_wrapped) == 64 && LPS_SAME(__typeof__(((PyWrapperDescrObject *)0)->d_wrapped), void *));
//@ record _PyWeakReference =PyObject,Py_hash_t,vectorcallfunc *PyObject,PyWeakReference
LPS_CHECK("its size or alignment", sizeof(struct _PyWeakReference) == 88 && _Alignof(struct _PyWeakReference) == 8);
LPS_CHECK("field ob_base", offsetof(struct _PyWeakReference, ob_base) == 0 && LPS_SAME(__typeof__(((struct _PyWeakReference *)0)->ob_base), PyObject));
LPS_CHECK("field wr_object", offsetof(struct _PyWeakReference, wr_object) == 32 && LPS_SAME(__typeof__(((struct _PyWeakReference *)0)->wr_object), PyObject *));
LPS_CHECK("field wr_callback", offsetof(struct _PyWeakReference, wr_callback) == 40 && LPS_SAME(__typeof__(((struct _PyWeakReference *)0)->wr_callback), PyObject *));
LPS_CHECK("field hash", offsetof(struct _PyWeakReference, hash) == 48 && LPS_SAME(__typeof__(((struct _PyWeakReference *)0)->hash), Py_hash_t));
LPS_CHECK("field wr_prev", offsetof(struct _PyWeakReference, wr_prev) == 56 && LPS_SAME(__typeof__(((struct _PyWeakReference *)0)->wr_prev), PyWeakReference *));
LPS_CHECK("field wr_next", offsetof(struct _PyWeakReference, wr_next) == 64 && LPS_SAME(__typeof__(((struct _PyWeakReference *)0)->wr_next), PyWeakReference *));
LPS_CHECK("field vectorcall", offsetof(struct _PyWeakReference, vectorcall) == 72 && LPS_SAME(__typeof__(((struct _PyWeakReference *)0)->vectorcall), vectorcallfunc));
LPS_CHECK("field weakrefs_lock", offsetof(struct _PyWeakReference, weakrefs_lock) == 80 && LPS_SAME(__typeof__(((struct _PyWeakReference *)0)->weakrefs_lock), PyMutex *));
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
//@ record _Py_tss_t =pthread_key_t
LPS_CHECK("its size or alignment", sizeof(struct _Py_tss_t) == 8 && _Alignof(struct _Py_tss_t) == 4);
LPS_CHECK("field _is_initialized", offsetof(struct _Py_tss_t, _is_initialized) == 0 && LPS_SAME(__typeof__(((struct _Py_tss_t *)0)->_is_initialized), int));
LPS_CHECK("field _key", offsetof(struct _Py_tss_t, _key) == 4 && LPS_SAME(__typeof__(((struct _Py_tss_t *)0)->_key), pthread_key_t));
//@ record _PyOnceFlag
LPS_CHECK("its size or alignment", sizeof(_PyOnceFlag) == 1 && _Alignof(_PyOnceFlag) == 1);
LPS_CHECK("field v", offsetof(_PyOnceFlag, v) == 0 && LPS_SAME(__typeof__(((_PyOnceFlag *)0)->v), uint8_t));
//@ record _PyArg_Parser =_PyOnceFlag *PyObject
LPS_CHECK("its size or alignment", sizeof(_PyArg_Parser) == 72 && _Alignof(_PyArg_Parser) == 8);
LPS_CHECK("field format", offsetof(_PyArg_Parser, format) == 0 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->format), const char *));
LPS_CHECK("field keywords", offsetof(_PyArg_Parser, keywords) == 8 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->keywords), const char * const *));
LPS_CHECK("field fname", offsetof(_PyArg_Parser, fname) == 16 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->fname), const char *));
LPS_CHECK("field custom_msg", offsetof(_PyArg_Parser, custom_msg) == 24 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->custom_msg), const char *));
LPS_CHECK("field once", offsetof(_PyArg_Parser, once) == 32 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->once), _PyOnceFlag));
LPS_CHECK("field is_kwtuple_owned", offsetof(_PyArg_Parser, is_kwtuple_owned) == 36 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->is_kwtuple_owned), int));
LPS_CHECK("field pos", offsetof(_PyArg_Parser, pos) == 40 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->pos), int));
LPS_CHECK("field min", offsetof(_PyArg_Parser, min) == 44 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->min), int));
LPS_CHECK("field max", offsetof(_PyArg_Parser, max) == 48 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->max), int));
LPS_CHECK("field kwtuple", offsetof(_PyArg_Parser, kwtuple) == 56 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->kwtuple), PyObject *));
LPS_CHECK("field next", offsetof(_PyArg_Parser, next) == 64 && LPS_SAME(__typeof__(((_PyArg_Parser *)0)->next), _PyArg_Parser *));
//@ record PyCompilerFlags
LPS_CHECK("its size or alignment", sizeof(PyCompilerFlags) == 8 && _Alignof(PyCompilerFlags) == 4);
LPS_CHECK("field cf_flags", offsetof(PyCompilerFlags, cf_flags) == 0 && LPS_SAME(__typeof__(((PyCompilerFlags *)0)->cf_flags), int));
LPS_CHECK("field cf_feature_version", offsetof(PyCompilerFlags, cf_feature_version) == 4 && LPS_SAME(__typeof__(((PyCompilerFlags *)0)->cf_feature_version), int));
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
//@ record _frozen
LPS_CHECK("its size or alignment", sizeof(struct _frozen) == 24 && _Alignof(struct _frozen) == 8);
LPS_CHECK("field name", offsetof(struct _frozen, name) == 0 && LPS_SAME(__typeof__(((struct _frozen *)0)->name), const char *));
LPS_CHECK("field code", offsetof(struct _frozen, code) == 8 && LPS_SAME(__typeof__(((struct _frozen *)0)->code), const unsigned char *));
LPS_CHECK("field size", offsetof(struct _frozen, size) == 16 && LPS_SAME(__typeof__(((struct _frozen *)0)->size), int));
LPS_CHECK("field is_package", offsetof(struct _frozen, is_package) == 20 && LPS_SAME(__typeof__(((struct _frozen *)0)->is_package), int));
//@ record PyDateTime_Delta =PyObject,Py_hash_t
LPS_CHECK("its size or alignment", sizeof(PyDateTime_Delta) == 56 && _Alignof(PyDateTime_Delta) == 8);
LPS_CHECK("field ob_base", offsetof(PyDateTime_Delta, ob_base) == 0 && LPS_SAME(__typeof__(((PyDateTime_Delta *)0)->ob_base), PyObject));
LPS_CHECK("field hashcode", offsetof(PyDateTime_Delta, hashcode) == 32 && LPS_SAME(__typeof__(((PyDateTime_Delta *)0)->hashcode), Py_hash_t));
LPS_CHECK("field days", offsetof(PyDateTime_Delta, days) == 40 && LPS_SAME(__typeof__(((PyDateTime_Delta *)0)->days), int));
LPS_CHECK("field seconds", offsetof(PyDateTime_Delta, seconds) == 44 && LPS_SAME(__typeof__(((PyDateTime_Delta *)0)->seconds), int));
LPS_CHECK("field microseconds", offsetof(PyDateTime_Delta, microseconds) == 48 && LPS_SAME(__typeof__(((PyDateTime_Delta *)0)->microseconds), int));
//@ record PyDateTime_TZInfo =PyObject
LPS_CHECK("its size or alignment", sizeof(PyDateTime_TZInfo) == 32 && _Alignof(PyDateTime_TZInfo) == 8);
LPS_CHECK("field ob_base", offsetof(PyDateTime_TZInfo, ob_base) == 0 && LPS_SAME(__typeof__(((PyDateTime_TZInfo *)0)->ob_base), PyObject));
//@ record _PyDateTime_BaseTZInfo =PyObject,Py_hash_t
LPS_CHECK("its size or alignment", sizeof(_PyDateTime_BaseTZInfo) == 48 && _Alignof(_PyDateTime_BaseTZInfo) == 8);
LPS_CHECK("field ob_base", offsetof(_PyDateTime_BaseTZInfo, ob_base) == 0 && LPS_SAME(__typeof__(((_PyDateTime_BaseTZInfo *)0)->ob_base), PyObject));
LPS_CHECK("field hashcode", offsetof(_PyDateTime_BaseTZInfo, hashcode) == 32 && LPS_SAME(__typeof__(((_PyDateTime_BaseTZInfo *)0)->hashcode), Py_hash_t));
LPS_CHECK("field hastzinfo", offsetof(_PyDateTime_BaseTZInfo, hastzinfo) == 40 && LPS_SAME(__typeof__(((_PyDateTime_BaseTZInfo *)0)->hastzinfo), char));
//@ record _PyDateTime_BaseTime =PyObject,Py_hash_t
LPS_CHECK("its size or alignment", sizeof(_PyDateTime_BaseTime) == 48 && _Alignof(_PyDateTime_BaseTime) == 8);
LPS_CHECK("field ob_base", offsetof(_PyDateTime_BaseTime, ob_base) == 0 && LPS_SAME(__typeof__(((_PyDateTime_BaseTime *)0)->ob_base), PyObject));
LPS_CHECK("field hashcode", offsetof(_PyDateTime_BaseTime, hashcode) == 32 && LPS_SAME(__typeof__(((_PyDateTime_BaseTime *)0)->hashcode), Py_hash_t));
LPS_CHECK("field hastzinfo", offsetof(_PyDateTime_BaseTime, hastzinfo) == 40 && LPS_SAME(__typeof__(((_PyDateTime_BaseTime *)0)->hastzinfo), char));
LPS_CHECK("field data", offsetof(_PyDateTime_BaseTime, data) == 41 && LPS_SAME(__typeof__(((_PyDateTime_BaseTime *)0)->data), unsigned char [6]));
//@ record PyDateTime_Time =PyObject,Py_hash_t *PyObject
LPS_CHECK("its size or alignment", sizeof(PyDateTime_Time) == 56 && _Alignof(PyDateTime_Time) == 8);
LPS_CHECK("field ob_base", offsetof(PyDateTime_Time, ob_base) == 0 && LPS_SAME(__typeof__(((PyDateTime_Time *)0)->ob_base), PyObject));
LPS_CHECK("field hashcode", offsetof(PyDateTime_Time, hashcode) == 32 && LPS_SAME(__typeof__(((PyDateTime_Time *)0)->hashcode), Py_hash_t));
LPS_CHECK("field hastzinfo", offsetof(PyDateTime_Time, hastzinfo) == 40 && LPS_SAME(__typeof__(((PyDateTime_Time *)0)->hastzinfo), char));
LPS_CHECK("field data", offsetof(PyDateTime_Time, data) == 41 && LPS_SAME(__typeof__(((PyDateTime_Time *)0)->data), unsigned char [6]));
LPS_CHECK("field fold", offsetof(PyDateTime_Time, fold) == 47 && LPS_SAME(__typeof__(((PyDateTime_Time *)0)->fold), unsigned char));
LPS_CHECK("field tzinfo", offsetof(PyDateTime_Time, tzinfo) == 48 && LPS_SAME(__typeof__(((PyDateTime_Time *)0)->tzinfo), PyObject *));
//@ record PyDateTime_Date =PyObject,Py_hash_t
LPS_CHECK("its size or alignment", sizeof(PyDateTime_Date) == 48 && _Alignof(PyDateTime_Date) == 8);
LPS_CHECK("field ob_base", offsetof(PyDateTime_Date, ob_base) == 0 && LPS_SAME(__typeof__(((PyDateTime_Date *)0)->ob_base), PyObject));
LPS_CHECK("field hashcode", offsetof(PyDateTime_Date, hashcode) == 32 && LPS_SAME(__typeof__(((PyDateTime_Date *)0)->hashcode), Py_hash_t));
LPS_CHECK("field hastzinfo", offsetof(PyDateTime_Date, hastzinfo) == 40 && LPS_SAME(__typeof__(((PyDateTime_Date *)0)->hastzinfo), char));
LPS_CHECK("field data", offsetof(PyDateTime_Date, data) == 41 && LPS_SAME(__typeof__(((PyDateTime_Date *)0)->data), unsigned char [4]));
//@ record _PyDateTime_BaseDateTime =PyObject,Py_hash_t
LPS_CHECK("its size or alignment", sizeof(_PyDateTime_BaseDateTime) == 56 && _Alignof(_PyDateTime_BaseDateTime) == 8);
LPS_CHECK("field ob_base", offsetof(_PyDateTime_BaseDateTime, ob_base) == 0 && LPS_SAME(__typeof__(((_PyDateTime_BaseDateTime *)0)->ob_base), PyObject));
LPS_CHECK("field hashcode", offsetof(_PyDateTime_BaseDateTime, hashcode) == 32 && LPS_SAME(__typeof__(((_PyDateTime_BaseDateTime *)0)->hashcode), Py_hash_t));
LPS_CHECK("field hastzinfo", offsetof(_PyDateTime_BaseDateTime, hastzinfo) == 40 && LPS_SAME(__typeof__(((_PyDateTime_BaseDateTime *)0)->hastzinfo), char));
LPS_CHECK("field data", offsetof(_PyDateTime_BaseDateTime, data) == 41 && LPS_SAME(__typeof__(((_PyDateTime_BaseDateTime *)0)->data), unsigned char [10]));
//@ record PyDateTime_DateTime =PyObject,Py_hash_t *PyObject
LPS_CHECK("its size or alignment", sizeof(PyDateTime_DateTime) == 64 && _Alignof(PyDateTime_DateTime) == 8);
LPS_CHECK("field ob_base", offsetof(PyDateTime_DateTime, ob_base) == 0 && LPS_SAME(__typeof__(((PyDateTime_DateTime *)0)->ob_base), PyObject));
LPS_CHECK("field hashcode", offsetof(PyDateTime_DateTime, hashcode) == 32 && LPS_SAME(__typeof__(((PyDateTime_DateTime *)0)->hashcode), Py_hash_t));
LPS_CHECK("field hastzinfo", offsetof(PyDateTime_DateTime, hastzinfo) == 40 && LPS_SAME(__typeof__(((PyDateTime_DateTime *)0)->hastzinfo), char));
LPS_CHECK("field data", offsetof(PyDateTime_DateTime, data) == 41 && LPS_SAME(__typeof__(((PyDateTime_DateTime *)0)->data), unsigned char [10]));
LPS_CHECK("field fold", offsetof(PyDateTime_DateTime, fold) == 51 && LPS_SAME(__typeof__(((PyDateTime_DateTime *)0)->fold), unsigned char));
LPS_CHECK("field tzinfo", offsetof(PyDateTime_DateTime, tzinfo) == 56 && LPS_SAME(__typeof__(((PyDateTime_DateTime *)0)->tzinfo), PyObject *));
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
//@ record PyFrameLocalsProxyObject =PyObject *PyFrameObject
LPS_CHECK("its size or alignment", sizeof(PyFrameLocalsProxyObject) == 40 && _Alignof(PyFrameLocalsProxyObject) == 8);
LPS_CHECK("field ob_base", offsetof(PyFrameLocalsProxyObject, ob_base) == 0 && LPS_SAME(__typeof__(((PyFrameLocalsProxyObject *)0)->ob_base), PyObject));
LPS_CHECK("field frame", offsetof(PyFrameLocalsProxyObject, frame) == 32 && LPS_SAME(__typeof__(((PyFrameLocalsProxyObject *)0)->frame), PyFrameObject *));
//@ alias PY_UNICODE_TYPE
LPS_CHECK("its type", LPS_SAME(PY_UNICODE_TYPE, wchar_t));
//@ alias PyAsyncGenObject *_PyAsyncGenObject
LPS_CHECK("its type", LPS_SAME(PyAsyncGenObject, struct _PyAsyncGenObject));
//@ alias PyCFunction *PyObject
LPS_CHECK("its type", LPS_SAME(PyCFunction, PyObject *(*)(PyObject *, PyObject *)));
//@ alias PyCFunctionFast *PyObject
LPS_CHECK("its type", LPS_SAME(PyCFunctionFast, PyObject *(*)(PyObject *, PyObject * const *, Py_ssize_t)));
//@ alias PyCFunctionFastWithKeywords *PyObject
LPS_CHECK("its type", LPS_SAME(PyCFunctionFastWithKeywords, PyObject *(*)(PyObject *, PyObject * const *, Py_ssize_t, PyObject *)));
//@ alias PyCFunctionWithKeywords *PyObject
LPS_CHECK("its type", LPS_SAME(PyCFunctionWithKeywords, PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ alias PyCMethod *PyObject,PyTypeObject
LPS_CHECK("its type", LPS_SAME(PyCMethod, PyObject *(*)(PyObject *, PyTypeObject *, PyObject * const *, Py_ssize_t, PyObject *)));
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
//@ alias PyContextEvent
LPS_CHECK("its type", LPS_SAME(PyContextEvent, unsigned int));
//@ alias PyContextToken *_pycontexttokenobject
LPS_CHECK("its type", LPS_SAME(PyContextToken, struct _pycontexttokenobject));
//@ alias PyContextVar *_pycontextvarobject
LPS_CHECK("its type", LPS_SAME(PyContextVar, struct _pycontextvarobject));
//@ alias PyContext_WatchCallback =PyContextEvent *PyObject
LPS_CHECK("its type", LPS_SAME(PyContext_WatchCallback, int (*)(PyContextEvent, PyObject *)));
//@ alias PyCoroObject *_PyCoroObject
LPS_CHECK("its type", LPS_SAME(PyCoroObject, struct _PyCoroObject));
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
//@ alias PyGenObject *_PyGenObject
LPS_CHECK("its type", LPS_SAME(PyGenObject, struct _PyGenObject));
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
//@ alias PyMonitoringState *_PyMonitoringState
LPS_CHECK("its type", LPS_SAME(PyMonitoringState, struct _PyMonitoringState));
//@ alias PyODictObject *_odictobject
LPS_CHECK("its type", LPS_SAME(PyODictObject, struct _odictobject));
//@ alias PyOS_sighandler_t
LPS_CHECK("its type", LPS_SAME(PyOS_sighandler_t, void (*)(int)));
//@ alias PyObject *_object
LPS_CHECK("its type", LPS_SAME(PyObject, struct _object));
//@ alias PyRefTracer =PyRefTracerEvent *PyObject
LPS_CHECK("its type", LPS_SAME(PyRefTracer, int (*)(PyObject *, PyRefTracerEvent, void *)));
//@ alias PyRefTracerEvent
LPS_CHECK("its type", LPS_SAME(PyRefTracerEvent, unsigned int));
//@ alias PySendResult
LPS_CHECK("its type", LPS_SAME(PySendResult, int));
//@ alias PyStructSequence *PyTupleObject
LPS_CHECK("its type", LPS_SAME(PyStructSequence, PyTupleObject));
//@ alias PyThreadState *_ts
LPS_CHECK("its type", LPS_SAME(PyThreadState, struct _ts));
//@ alias PyThread_type_lock
LPS_CHECK("its type", LPS_SAME(PyThread_type_lock, void *));
//@ alias PyTime_t
LPS_CHECK("its type", LPS_SAME(PyTime_t, int64_t));
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
//@ alias _PyCFunctionFast *PyCFunctionFast
LPS_CHECK("its type", LPS_SAME(_PyCFunctionFast, PyCFunctionFast));
//@ alias _PyCFunctionFastWithKeywords *PyCFunctionFastWithKeywords
LPS_CHECK("its type", LPS_SAME(_PyCFunctionFastWithKeywords, PyCFunctionFastWithKeywords));
//@ alias _PyCodeLocationInfoKind
LPS_CHECK("its type", LPS_SAME(_PyCodeLocationInfoKind, unsigned int));
//@ alias _PyErr_StackItem *_err_stackitem
LPS_CHECK("its type", LPS_SAME(_PyErr_StackItem, struct _err_stackitem));
//@ alias _PyFrameEvalFunction *PyObject,PyThreadState,_PyInterpreterFrame
LPS_CHECK("its type", LPS_SAME(_PyFrameEvalFunction, PyObject *(*)(PyThreadState *, struct _PyInterpreterFrame *, int)));
//@ alias _PyStackChunk *_stack_chunk
LPS_CHECK("its type", LPS_SAME(_PyStackChunk, struct _stack_chunk));
//@ alias allocfunc *PyObject,PyTypeObject
LPS_CHECK("its type", LPS_SAME(allocfunc, PyObject *(*)(PyTypeObject *, Py_ssize_t)));
//@ alias atexit_datacallbackfunc
LPS_CHECK("its type", LPS_SAME(atexit_datacallbackfunc, void (*)(void *)));
//@ alias binaryfunc *PyObject
LPS_CHECK("its type", LPS_SAME(binaryfunc, PyObject *(*)(PyObject *, PyObject *)));
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
//@ const Py_CAN_START_THREADS
LPS_CHECK("its value or type", (Py_CAN_START_THREADS) == 1LL && LPS_SAME(__typeof__(Py_CAN_START_THREADS), int));
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
//@ const _Py_USE_GCC_BUILTIN_ATOMICS
LPS_CHECK("its value or type", (_Py_USE_GCC_BUILTIN_ATOMICS) == 1LL && LPS_SAME(__typeof__(_Py_USE_GCC_BUILTIN_ATOMICS), int));
//@ const _Py_UNLOCKED
LPS_CHECK("its value or type", (_Py_UNLOCKED) == 0LL && LPS_SAME(__typeof__(_Py_UNLOCKED), int));
//@ const _Py_LOCKED
LPS_CHECK("its value or type", (_Py_LOCKED) == 1LL && LPS_SAME(__typeof__(_Py_LOCKED), int));
//@ const Py_INVALID_SIZE
LPS_CHECK("its value or type", (Py_INVALID_SIZE) == (-1LL) && LPS_SAME(__typeof__(Py_INVALID_SIZE), long));
//@ const _Py_UNOWNED_TID
LPS_CHECK("its value or type", (_Py_UNOWNED_TID) == 0LL && LPS_SAME(__typeof__(_Py_UNOWNED_TID), int));
//@ const Py_PRINT_RAW
LPS_CHECK("its value or type", (Py_PRINT_RAW) == 1LL && LPS_SAME(__typeof__(Py_PRINT_RAW), int));
//@ const _Py_TPFLAGS_STATIC_BUILTIN
LPS_CHECK("its value or type", (_Py_TPFLAGS_STATIC_BUILTIN) == 2ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
//@ const Py_TPFLAGS_INLINE_VALUES
LPS_CHECK("its value or type", (Py_TPFLAGS_INLINE_VALUES) == 4ULL && LPS_SAME(__typeof__(((PyTypeObject *)0)->tp_flags), unsigned long));
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
//@ const Py_CONSTANT_NONE
LPS_CHECK("its value or type", (Py_CONSTANT_NONE) == 0ULL && LPS_SAME(unsigned int, unsigned int));
//@ const Py_CONSTANT_FALSE
LPS_CHECK("its value or type", (Py_CONSTANT_FALSE) == 1ULL && LPS_SAME(unsigned int, unsigned int));
//@ const Py_CONSTANT_TRUE
LPS_CHECK("its value or type", (Py_CONSTANT_TRUE) == 2ULL && LPS_SAME(unsigned int, unsigned int));
//@ const Py_CONSTANT_ELLIPSIS
LPS_CHECK("its value or type", (Py_CONSTANT_ELLIPSIS) == 3ULL && LPS_SAME(unsigned int, unsigned int));
//@ const Py_CONSTANT_NOT_IMPLEMENTED
LPS_CHECK("its value or type", (Py_CONSTANT_NOT_IMPLEMENTED) == 4ULL && LPS_SAME(unsigned int, unsigned int));
//@ const Py_CONSTANT_ZERO
LPS_CHECK("its value or type", (Py_CONSTANT_ZERO) == 5ULL && LPS_SAME(unsigned int, unsigned int));
//@ const Py_CONSTANT_ONE
LPS_CHECK("its value or type", (Py_CONSTANT_ONE) == 6ULL && LPS_SAME(unsigned int, unsigned int));
//@ const Py_CONSTANT_EMPTY_STR
LPS_CHECK("its value or type", (Py_CONSTANT_EMPTY_STR) == 7ULL && LPS_SAME(unsigned int, unsigned int));
//@ const Py_CONSTANT_EMPTY_BYTES
LPS_CHECK("its value or type", (Py_CONSTANT_EMPTY_BYTES) == 8ULL && LPS_SAME(unsigned int, unsigned int));
//@ const Py_CONSTANT_EMPTY_TUPLE
LPS_CHECK("its value or type", (Py_CONSTANT_EMPTY_TUPLE) == 9ULL && LPS_SAME(unsigned int, unsigned int));
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
//@ const _Py_ATTR_CACHE_UNUSED
LPS_CHECK("its value or type", (_Py_ATTR_CACHE_UNUSED) == 30000LL && LPS_SAME(__typeof__(_Py_ATTR_CACHE_UNUSED), int));
//@ const _Py_STATICALLY_ALLOCATED_FLAG
LPS_CHECK("its value or type", (_Py_STATICALLY_ALLOCATED_FLAG) == 4LL && LPS_SAME(__typeof__(_Py_STATICALLY_ALLOCATED_FLAG), int));
//@ const _Py_IMMORTAL_FLAGS
LPS_CHECK("its value or type", (_Py_IMMORTAL_FLAGS) == 1LL && LPS_SAME(__typeof__(_Py_IMMORTAL_FLAGS), int));
//@ const _Py_IMMORTAL_INITIAL_REFCNT
LPS_CHECK("its value or type", (_Py_IMMORTAL_INITIAL_REFCNT) == 3221225472ULL && LPS_SAME(__typeof__(_Py_IMMORTAL_INITIAL_REFCNT), unsigned long long));
//@ const _Py_IMMORTAL_MINIMUM_REFCNT
LPS_CHECK("its value or type", (_Py_IMMORTAL_MINIMUM_REFCNT) == 2147483648ULL && LPS_SAME(__typeof__(_Py_IMMORTAL_MINIMUM_REFCNT), unsigned long long));
//@ const _Py_STATIC_FLAG_BITS
LPS_CHECK("its value or type", (_Py_STATIC_FLAG_BITS) == 5LL && LPS_SAME(__typeof__(_Py_STATIC_FLAG_BITS), long));
//@ const _Py_STATIC_IMMORTAL_INITIAL_REFCNT
LPS_CHECK("its value or type", (_Py_STATIC_IMMORTAL_INITIAL_REFCNT) == 1407378104778752LL && LPS_SAME(__typeof__(_Py_STATIC_IMMORTAL_INITIAL_REFCNT), long));
//@ const _Py_IMMORTAL_REFCNT_LOCAL
LPS_CHECK("its value or type", (_Py_IMMORTAL_REFCNT_LOCAL) == 4294967295ULL && LPS_SAME(__typeof__(_Py_IMMORTAL_REFCNT_LOCAL), unsigned int));
//@ const _Py_REF_SHARED_SHIFT
LPS_CHECK("its value or type", (_Py_REF_SHARED_SHIFT) == 2LL && LPS_SAME(__typeof__(_Py_REF_SHARED_SHIFT), int));
//@ const _Py_REF_SHARED_FLAG_MASK
LPS_CHECK("its value or type", (_Py_REF_SHARED_FLAG_MASK) == 3LL && LPS_SAME(__typeof__(_Py_REF_SHARED_FLAG_MASK), int));
//@ const _Py_REF_SHARED_INIT
LPS_CHECK("its value or type", (_Py_REF_SHARED_INIT) == 0LL && LPS_SAME(__typeof__(_Py_REF_SHARED_INIT), int));
//@ const _Py_REF_MAYBE_WEAKREF
LPS_CHECK("its value or type", (_Py_REF_MAYBE_WEAKREF) == 1LL && LPS_SAME(__typeof__(_Py_REF_MAYBE_WEAKREF), int));
//@ const _Py_REF_QUEUED
LPS_CHECK("its value or type", (_Py_REF_QUEUED) == 2LL && LPS_SAME(__typeof__(_Py_REF_QUEUED), int));
//@ const _Py_REF_MERGED
LPS_CHECK("its value or type", (_Py_REF_MERGED) == 3LL && LPS_SAME(__typeof__(_Py_REF_MERGED), int));
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
//@ const Py_tp_vectorcall
LPS_CHECK("its value or type", (Py_tp_vectorcall) == 82LL && LPS_SAME(__typeof__(Py_tp_vectorcall), int));
//@ const Py_tp_token
LPS_CHECK("its value or type", (Py_tp_token) == 83LL && LPS_SAME(__typeof__(Py_tp_token), int));
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
//@ const PyHASH_MULTIPLIER
LPS_CHECK("its value or type", (PyHASH_MULTIPLIER) == 1000003ULL && LPS_SAME(__typeof__(PyHASH_MULTIPLIER), unsigned long));
//@ const PyHASH_BITS
LPS_CHECK("its value or type", (PyHASH_BITS) == 61LL && LPS_SAME(__typeof__(PyHASH_BITS), int));
//@ const PyHASH_MODULUS
LPS_CHECK("its value or type", (PyHASH_MODULUS) == 2305843009213693951ULL && LPS_SAME(__typeof__(PyHASH_MODULUS), unsigned long));
//@ const PyHASH_INF
LPS_CHECK("its value or type", (PyHASH_INF) == 314159LL && LPS_SAME(__typeof__(PyHASH_INF), int));
//@ const PyHASH_IMAG
LPS_CHECK("its value or type", (PyHASH_IMAG) == 1000003ULL && LPS_SAME(__typeof__(PyHASH_IMAG), unsigned long));
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
//@ const Py_ASNATIVEBYTES_DEFAULTS
LPS_CHECK("its value or type", (Py_ASNATIVEBYTES_DEFAULTS) == (-1LL) && LPS_SAME(__typeof__(Py_ASNATIVEBYTES_DEFAULTS), int));
//@ const Py_ASNATIVEBYTES_BIG_ENDIAN
LPS_CHECK("its value or type", (Py_ASNATIVEBYTES_BIG_ENDIAN) == 0LL && LPS_SAME(__typeof__(Py_ASNATIVEBYTES_BIG_ENDIAN), int));
//@ const Py_ASNATIVEBYTES_LITTLE_ENDIAN
LPS_CHECK("its value or type", (Py_ASNATIVEBYTES_LITTLE_ENDIAN) == 1LL && LPS_SAME(__typeof__(Py_ASNATIVEBYTES_LITTLE_ENDIAN), int));
//@ const Py_ASNATIVEBYTES_NATIVE_ENDIAN
LPS_CHECK("its value or type", (Py_ASNATIVEBYTES_NATIVE_ENDIAN) == 3LL && LPS_SAME(__typeof__(Py_ASNATIVEBYTES_NATIVE_ENDIAN), int));
//@ const Py_ASNATIVEBYTES_UNSIGNED_BUFFER
LPS_CHECK("its value or type", (Py_ASNATIVEBYTES_UNSIGNED_BUFFER) == 4LL && LPS_SAME(__typeof__(Py_ASNATIVEBYTES_UNSIGNED_BUFFER), int));
//@ const Py_ASNATIVEBYTES_REJECT_NEGATIVE
LPS_CHECK("its value or type", (Py_ASNATIVEBYTES_REJECT_NEGATIVE) == 8LL && LPS_SAME(__typeof__(Py_ASNATIVEBYTES_REJECT_NEGATIVE), int));
//@ const Py_ASNATIVEBYTES_ALLOW_INDEX
LPS_CHECK("its value or type", (Py_ASNATIVEBYTES_ALLOW_INDEX) == 16LL && LPS_SAME(__typeof__(Py_ASNATIVEBYTES_ALLOW_INDEX), int));
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
//@ const Py_mod_gil
LPS_CHECK("its value or type", (Py_mod_gil) == 4LL && LPS_SAME(__typeof__(Py_mod_gil), int));
//@ const _Py_mod_LAST_SLOT
LPS_CHECK("its value or type", (_Py_mod_LAST_SLOT) == 4LL && LPS_SAME(__typeof__(_Py_mod_LAST_SLOT), int));
//@ const PY_MONITORING_EVENT_PY_START
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_PY_START) == 0LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_PY_START), int));
//@ const PY_MONITORING_EVENT_PY_RESUME
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_PY_RESUME) == 1LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_PY_RESUME), int));
//@ const PY_MONITORING_EVENT_PY_RETURN
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_PY_RETURN) == 2LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_PY_RETURN), int));
//@ const PY_MONITORING_EVENT_PY_YIELD
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_PY_YIELD) == 3LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_PY_YIELD), int));
//@ const PY_MONITORING_EVENT_CALL
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_CALL) == 4LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_CALL), int));
//@ const PY_MONITORING_EVENT_LINE
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_LINE) == 5LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_LINE), int));
//@ const PY_MONITORING_EVENT_INSTRUCTION
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_INSTRUCTION) == 6LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_INSTRUCTION), int));
//@ const PY_MONITORING_EVENT_JUMP
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_JUMP) == 7LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_JUMP), int));
//@ const PY_MONITORING_EVENT_BRANCH_LEFT
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_BRANCH_LEFT) == 8LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_BRANCH_LEFT), int));
//@ const PY_MONITORING_EVENT_BRANCH_RIGHT
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_BRANCH_RIGHT) == 9LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_BRANCH_RIGHT), int));
//@ const PY_MONITORING_EVENT_STOP_ITERATION
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_STOP_ITERATION) == 10LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_STOP_ITERATION), int));
//@ const PY_MONITORING_EVENT_RAISE
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_RAISE) == 11LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_RAISE), int));
//@ const PY_MONITORING_EVENT_EXCEPTION_HANDLED
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_EXCEPTION_HANDLED) == 12LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_EXCEPTION_HANDLED), int));
//@ const PY_MONITORING_EVENT_PY_UNWIND
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_PY_UNWIND) == 13LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_PY_UNWIND), int));
//@ const PY_MONITORING_EVENT_PY_THROW
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_PY_THROW) == 14LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_PY_THROW), int));
//@ const PY_MONITORING_EVENT_RERAISE
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_RERAISE) == 15LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_RERAISE), int));
//@ const PY_MONITORING_EVENT_C_RETURN
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_C_RETURN) == 16LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_C_RETURN), int));
//@ const PY_MONITORING_EVENT_C_RAISE
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_C_RAISE) == 17LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_C_RAISE), int));
//@ const PY_MONITORING_EVENT_BRANCH
LPS_CHECK("its value or type", (PY_MONITORING_EVENT_BRANCH) == 18LL && LPS_SAME(__typeof__(PY_MONITORING_EVENT_BRANCH), int));
//@ const PY_STDIOTEXTMODE
LPS_CHECK("its value or type", sizeof(PY_STDIOTEXTMODE) == 2 && __builtin_strcmp(PY_STDIOTEXTMODE, "b") == 0);
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
//@ const CO_NO_MONITORING_EVENTS
LPS_CHECK("its value or type", (CO_NO_MONITORING_EVENTS) == 33554432LL && LPS_SAME(__typeof__(CO_NO_MONITORING_EVENTS), int));
//@ const CO_HAS_DOCSTRING
LPS_CHECK("its value or type", (CO_HAS_DOCSTRING) == 67108864LL && LPS_SAME(__typeof__(CO_HAS_DOCSTRING), int));
//@ const CO_METHOD
LPS_CHECK("its value or type", (CO_METHOD) == 134217728LL && LPS_SAME(__typeof__(CO_METHOD), int));
//@ const CO_MAXBLOCKS
LPS_CHECK("its value or type", (CO_MAXBLOCKS) == 21LL && LPS_SAME(__typeof__(CO_MAXBLOCKS), int));
//@ const PyUnstable_EXECUTABLE_KIND_SKIP
LPS_CHECK("its value or type", (PyUnstable_EXECUTABLE_KIND_SKIP) == 0LL && LPS_SAME(__typeof__(PyUnstable_EXECUTABLE_KIND_SKIP), int));
//@ const PyUnstable_EXECUTABLE_KIND_PY_FUNCTION
LPS_CHECK("its value or type", (PyUnstable_EXECUTABLE_KIND_PY_FUNCTION) == 1LL && LPS_SAME(__typeof__(PyUnstable_EXECUTABLE_KIND_PY_FUNCTION), int));
//@ const PyUnstable_EXECUTABLE_KIND_BUILTIN_FUNCTION
LPS_CHECK("its value or type", (PyUnstable_EXECUTABLE_KIND_BUILTIN_FUNCTION) == 3LL && LPS_SAME(__typeof__(PyUnstable_EXECUTABLE_KIND_BUILTIN_FUNCTION), int));
//@ const PyUnstable_EXECUTABLE_KIND_METHOD_DESCRIPTOR
LPS_CHECK("its value or type", (PyUnstable_EXECUTABLE_KIND_METHOD_DESCRIPTOR) == 4LL && LPS_SAME(__typeof__(PyUnstable_EXECUTABLE_KIND_METHOD_DESCRIPTOR), int));
//@ const PyUnstable_EXECUTABLE_KINDS
LPS_CHECK("its value or type", (PyUnstable_EXECUTABLE_KINDS) == 5LL && LPS_SAME(__typeof__(PyUnstable_EXECUTABLE_KINDS), int));
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
//@ const _Py_MAX_SCRIPT_PATH_SIZE
LPS_CHECK("its value or type", (_Py_MAX_SCRIPT_PATH_SIZE) == 512LL && LPS_SAME(__typeof__(_Py_MAX_SCRIPT_PATH_SIZE), int));
//@ const _PY_DATA_STACK_CHUNK_SIZE
LPS_CHECK("its value or type", (_PY_DATA_STACK_CHUNK_SIZE) == 16384LL && LPS_SAME(__typeof__(_PY_DATA_STACK_CHUNK_SIZE), int));
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
//@ const PyTime_MIN
LPS_CHECK("its value or type", (PyTime_MIN) == (-9223372036854775807LL - 1) && LPS_SAME(__typeof__(PyTime_MIN), long));
//@ const PyTime_MAX
LPS_CHECK("its value or type", (PyTime_MAX) == 9223372036854775807LL && LPS_SAME(__typeof__(PyTime_MAX), long));
//@ const WAIT_LOCK
LPS_CHECK("its value or type", (WAIT_LOCK) == 1LL && LPS_SAME(__typeof__(WAIT_LOCK), int));
//@ const NOWAIT_LOCK
LPS_CHECK("its value or type", (NOWAIT_LOCK) == 0LL && LPS_SAME(__typeof__(NOWAIT_LOCK), int));
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
//@ const PyCF_OPTIMIZED_AST
LPS_CHECK("its value or type", (PyCF_OPTIMIZED_AST) == 33792LL && LPS_SAME(__typeof__(PyCF_OPTIMIZED_AST), int));
//@ const PyCF_COMPILE_MASK
LPS_CHECK("its value or type", (PyCF_COMPILE_MASK) == 62976LL && LPS_SAME(__typeof__(PyCF_COMPILE_MASK), int));
//@ const PY_INVALID_STACK_EFFECT
LPS_CHECK("its value or type", (PY_INVALID_STACK_EFFECT) == 2147483647LL && LPS_SAME(__typeof__(PY_INVALID_STACK_EFFECT), int));
//@ const PyInterpreterConfig_DEFAULT_GIL
LPS_CHECK("its value or type", (PyInterpreterConfig_DEFAULT_GIL) == 0LL && LPS_SAME(__typeof__(PyInterpreterConfig_DEFAULT_GIL), int));
//@ const PyInterpreterConfig_SHARED_GIL
LPS_CHECK("its value or type", (PyInterpreterConfig_SHARED_GIL) == 1LL && LPS_SAME(__typeof__(PyInterpreterConfig_SHARED_GIL), int));
//@ const PyInterpreterConfig_OWN_GIL
LPS_CHECK("its value or type", (PyInterpreterConfig_OWN_GIL) == 2LL && LPS_SAME(__typeof__(PyInterpreterConfig_OWN_GIL), int));
//@ const _PyInterpreterConfig_LEGACY_CHECK_MULTI_INTERP_EXTENSIONS
LPS_CHECK("its value or type", (_PyInterpreterConfig_LEGACY_CHECK_MULTI_INTERP_EXTENSIONS) == 1LL && LPS_SAME(__typeof__(_PyInterpreterConfig_LEGACY_CHECK_MULTI_INTERP_EXTENSIONS), int));
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
LPS_CHECK("its value or type", (Py_MARSHAL_VERSION) == 5LL && LPS_SAME(__typeof__(Py_MARSHAL_VERSION), int));
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
//@ const PYMEM_ALLOCATOR_MIMALLOC =PyMemAllocatorName
LPS_CHECK("its value or type", (PYMEM_ALLOCATOR_MIMALLOC) == 7LL);
//@ const PYMEM_ALLOCATOR_MIMALLOC_DEBUG =PyMemAllocatorName
LPS_CHECK("its value or type", (PYMEM_ALLOCATOR_MIMALLOC_DEBUG) == 8LL);
//@ const PYGEN_RETURN =PySendResult
LPS_CHECK("its value or type", (PYGEN_RETURN) == 0LL);
//@ const PYGEN_ERROR =PySendResult
LPS_CHECK("its value or type", (PYGEN_ERROR) == (-1LL));
//@ const PYGEN_NEXT =PySendResult
LPS_CHECK("its value or type", (PYGEN_NEXT) == 1LL);
//@ const PyRefTracer_CREATE =PyRefTracerEvent
LPS_CHECK("its value or type", (PyRefTracer_CREATE) == 0LL);
//@ const PyRefTracer_DESTROY =PyRefTracerEvent
LPS_CHECK("its value or type", (PyRefTracer_DESTROY) == 1LL);
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
//@ const PY_LOCK_FAILURE =PyLockStatus
LPS_CHECK("its value or type", (PY_LOCK_FAILURE) == 0LL);
//@ const PY_LOCK_ACQUIRED =PyLockStatus
LPS_CHECK("its value or type", (PY_LOCK_ACQUIRED) == 1LL);
//@ const PY_LOCK_INTR =PyLockStatus
LPS_CHECK("its value or type", (PY_LOCK_INTR) == 2LL);
//@ const Py_CONTEXT_SWITCHED =PyContextEvent
LPS_CHECK("its value or type", (Py_CONTEXT_SWITCHED) == 1LL);
//@ function Py_PACK_FULL_VERSION
#pragma push_macro("Py_PACK_FULL_VERSION")
#undef Py_PACK_FULL_VERSION
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_PACK_FULL_VERSION), uint32_t (*)(int, int, int, int, int)));
#pragma pop_macro("Py_PACK_FULL_VERSION")
//@ function Py_PACK_VERSION
#pragma push_macro("Py_PACK_VERSION")
#undef Py_PACK_VERSION
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_PACK_VERSION), uint32_t (*)(int, int)));
#pragma pop_macro("Py_PACK_VERSION")
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
//@ function PyCriticalSection_Begin *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCriticalSection_Begin), void (*)(PyCriticalSection *, PyObject *)));
//@ function PyCriticalSection_BeginMutex
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCriticalSection_BeginMutex), void (*)(PyCriticalSection *, PyMutex *)));
//@ function PyCriticalSection_End
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCriticalSection_End), void (*)(PyCriticalSection *)));
//@ function PyCriticalSection2_Begin *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCriticalSection2_Begin), void (*)(PyCriticalSection2 *, PyObject *, PyObject *)));
//@ function PyCriticalSection2_BeginMutex
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCriticalSection2_BeginMutex), void (*)(PyCriticalSection2 *, PyMutex *, PyMutex *)));
//@ function PyCriticalSection2_End
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCriticalSection2_End), void (*)(PyCriticalSection2 *)));
//@ function _Py_GetThreadLocal_Addr
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_GetThreadLocal_Addr), size_t (*)(void)));
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
//@ function PyType_GetFullyQualifiedName *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_GetFullyQualifiedName), PyObject *(*)(PyTypeObject *)));
//@ function PyType_GetModuleName *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_GetModuleName), PyObject *(*)(PyTypeObject *)));
//@ function PyType_FromMetaclass *PyObject,PyTypeObject,PyType_Spec
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_FromMetaclass), PyObject *(*)(PyTypeObject *, PyObject *, PyType_Spec *, PyObject *)));
//@ function PyObject_GetTypeData *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GetTypeData), void *(*)(PyObject *, PyTypeObject *)));
//@ function PyType_GetTypeDataSize *PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_GetTypeDataSize), Py_ssize_t (*)(PyTypeObject *)));
//@ function PyType_GetBaseByToken *PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_GetBaseByToken), int (*)(PyTypeObject *, void *, PyTypeObject **)));
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
//@ function PyObject_DelAttrString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_DelAttrString), int (*)(PyObject *, const char *)));
//@ function PyObject_HasAttrString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_HasAttrString), int (*)(PyObject *, const char *)));
//@ function PyObject_GetAttr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GetAttr), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyObject_GetOptionalAttr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GetOptionalAttr), int (*)(PyObject *, PyObject *, PyObject **)));
//@ function PyObject_GetOptionalAttrString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GetOptionalAttrString), int (*)(PyObject *, const char *, PyObject **)));
//@ function PyObject_SetAttr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_SetAttr), int (*)(PyObject *, PyObject *, PyObject *)));
//@ function PyObject_DelAttr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_DelAttr), int (*)(PyObject *, PyObject *)));
//@ function PyObject_HasAttr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_HasAttr), int (*)(PyObject *, PyObject *)));
//@ function PyObject_HasAttrWithError *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_HasAttrWithError), int (*)(PyObject *, PyObject *)));
//@ function PyObject_HasAttrStringWithError *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_HasAttrStringWithError), int (*)(PyObject *, const char *)));
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
//@ function Py_ReprEnter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_ReprEnter), int (*)(PyObject *)));
//@ function Py_ReprLeave *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_ReprLeave), void (*)(PyObject *)));
//@ function Py_GetConstant *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_GetConstant), PyObject *(*)(unsigned int)));
//@ function Py_GetConstantBorrowed *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_GetConstantBorrowed), PyObject *(*)(unsigned int)));
//@ function _Py_NewReference *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_NewReference), void (*)(PyObject *)));
//@ function _Py_NewReferenceNoTotal *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_NewReferenceNoTotal), void (*)(PyObject *)));
//@ function _Py_ResurrectReference *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_ResurrectReference), void (*)(PyObject *)));
//@ function _Py_ForgetReference *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_ForgetReference), void (*)(PyObject *)));
//@ function _PyType_Name *PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyType_Name), const char *(*)(PyTypeObject *)));
//@ function _PyType_Lookup *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyType_Lookup), PyObject *(*)(PyTypeObject *, PyObject *)));
//@ function _PyType_LookupRef *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyType_LookupRef), PyObject *(*)(PyTypeObject *, PyObject *)));
//@ function PyType_GetDict *PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_GetDict), PyObject *(*)(PyTypeObject *)));
//@ function PyObject_Print *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_Print), int (*)(PyObject *, FILE *, int)));
//@ function _Py_BreakPoint
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_BreakPoint), void (*)(void)));
//@ function _PyObject_Dump *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_Dump), void (*)(PyObject *)));
//@ function _PyObject_GetAttrId *PyObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_GetAttrId), PyObject *(*)(PyObject *, _Py_Identifier *)));
//@ function _PyObject_GetDictPtr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_GetDictPtr), PyObject **(*)(PyObject *)));
//@ function PyObject_CallFinalizer *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_CallFinalizer), void (*)(PyObject *)));
//@ function PyObject_CallFinalizerFromDealloc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_CallFinalizerFromDealloc), int (*)(PyObject *)));
//@ function PyUnstable_Object_ClearWeakRefsNoCallbacks *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_Object_ClearWeakRefsNoCallbacks), void (*)(PyObject *)));
//@ function _PyObject_GenericGetAttrWithDict *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_GenericGetAttrWithDict), PyObject *(*)(PyObject *, PyObject *, PyObject *, int)));
//@ function _PyObject_GenericSetAttrWithDict *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_GenericSetAttrWithDict), int (*)(PyObject *, PyObject *, PyObject *, PyObject *)));
//@ function _PyObject_FunctionStr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_FunctionStr), PyObject *(*)(PyObject *)));
//@ function _PyObject_AssertFailed *PyObject
LPS_CHECK("its declaration", sizeof(&_PyObject_AssertFailed) != 0);
LPS_DECL("its prototype", _Noreturn void _PyObject_AssertFailed(PyObject *, const char *, const char *, const char *, int, const char *););
//@ function _PyTrash_thread_deposit_object *PyObject,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTrash_thread_deposit_object), void (*)(PyThreadState *, PyObject *)));
//@ function _PyTrash_thread_destroy_chain *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyTrash_thread_destroy_chain), void (*)(PyThreadState *)));
//@ function _Py_ReachedRecursionLimitWithMargin *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_ReachedRecursionLimitWithMargin), int (*)(PyThreadState *, int)));
//@ function PyObject_GetItemData *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GetItemData), void *(*)(PyObject *)));
//@ function PyObject_VisitManagedDict =visitproc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_VisitManagedDict), int (*)(PyObject *, visitproc, void *)));
//@ function _PyObject_SetManagedDict *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_SetManagedDict), int (*)(PyObject *, PyObject *)));
//@ function PyObject_ClearManagedDict *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_ClearManagedDict), void (*)(PyObject *)));
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
//@ function PyRefTracer_SetTracer =PyRefTracer
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRefTracer_SetTracer), int (*)(PyRefTracer, void *)));
//@ function PyRefTracer_GetTracer =PyRefTracer
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRefTracer_GetTracer), PyRefTracer (*)(void **)));
//@ function PyUnstable_Object_EnableDeferredRefcount *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_Object_EnableDeferredRefcount), int (*)(PyObject *)));
//@ function PyUnstable_Object_IsUniqueReferencedTemporary *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_Object_IsUniqueReferencedTemporary), int (*)(PyObject *)));
//@ function PyUnstable_IsImmortal *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_IsImmortal), int (*)(PyObject *)));
//@ function PyUnstable_TryIncRef *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_TryIncRef), int (*)(PyObject *)));
//@ function PyUnstable_EnableTryIncRef *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_EnableTryIncRef), void (*)(PyObject *)));
//@ function PyUnstable_Object_IsUniquelyReferenced *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_Object_IsUniquelyReferenced), int (*)(PyObject *)));
//@ function PyType_GetModuleByDef *PyModuleDef,PyObject,PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_GetModuleByDef), PyObject *(*)(PyTypeObject *, PyModuleDef *)));
//@ function PyType_Freeze *PyTypeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyType_Freeze), int (*)(PyTypeObject *)));
//@ function _Py_SetRefcnt *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_SetRefcnt), void (*)(PyObject *, Py_ssize_t)));
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
//@ function _Py_DecRefShared *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_DecRefShared), void (*)(PyObject *)));
//@ function _Py_DecRefSharedDebug *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_DecRefSharedDebug), void (*)(PyObject *, const char *, int)));
//@ function _Py_MergeZeroLocalRefcount *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_MergeZeroLocalRefcount), void (*)(PyObject *)));
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
//@ function PyUnstable_GC_VisitObjects =gcvisitobjects_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_GC_VisitObjects), void (*)(gcvisitobjects_t, void *)));
//@ function _Py_HashDouble =Py_hash_t *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_Py_HashDouble), Py_hash_t (*)(PyObject *, double)));
//@ function PyHash_GetFuncDef *PyHash_FuncDef
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyHash_GetFuncDef), PyHash_FuncDef *(*)(void)));
//@ function Py_HashPointer =Py_hash_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_HashPointer), Py_hash_t (*)(const void *)));
//@ function PyObject_GenericHash =Py_hash_t *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GenericHash), Py_hash_t (*)(PyObject *)));
//@ function Py_HashBuffer =Py_hash_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_HashBuffer), Py_hash_t (*)(const void *, Py_ssize_t)));
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
//@ function PyBytes_Join *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyBytes_Join), PyObject *(*)(PyObject *, PyObject *)));
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
//@ function PyUnicode_EqualToUTF8 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_EqualToUTF8), int (*)(PyObject *, const char *)));
//@ function PyUnicode_EqualToUTF8AndSize *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_EqualToUTF8AndSize), int (*)(PyObject *, const char *, Py_ssize_t)));
//@ function PyUnicode_Equal *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Equal), int (*)(PyObject *, PyObject *)));
//@ function PyUnicode_RichCompare *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_RichCompare), PyObject *(*)(PyObject *, PyObject *, int)));
//@ function PyUnicode_Format *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Format), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyUnicode_Contains *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Contains), int (*)(PyObject *, PyObject *)));
//@ function PyUnicode_IsIdentifier *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_IsIdentifier), int (*)(PyObject *)));
//@ function PyUnicode_New =Py_UCS4 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_New), PyObject *(*)(Py_ssize_t, Py_UCS4)));
//@ function PyUnicode_CopyCharacters *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_CopyCharacters), Py_ssize_t (*)(PyObject *, Py_ssize_t, PyObject *, Py_ssize_t, Py_ssize_t)));
//@ function PyUnicode_Fill =Py_UCS4 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_Fill), Py_ssize_t (*)(PyObject *, Py_ssize_t, Py_ssize_t, Py_UCS4)));
//@ function PyUnicode_FromKindAndData *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_FromKindAndData), PyObject *(*)(int, const void *, Py_ssize_t)));
//@ function PyUnicodeWriter_Create *PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeWriter_Create), PyUnicodeWriter *(*)(Py_ssize_t)));
//@ function PyUnicodeWriter_Discard *PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeWriter_Discard), void (*)(PyUnicodeWriter *)));
//@ function PyUnicodeWriter_Finish *PyObject,PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeWriter_Finish), PyObject *(*)(PyUnicodeWriter *)));
//@ function PyUnicodeWriter_WriteChar =Py_UCS4 *PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeWriter_WriteChar), int (*)(PyUnicodeWriter *, Py_UCS4)));
//@ function PyUnicodeWriter_WriteUTF8 *PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeWriter_WriteUTF8), int (*)(PyUnicodeWriter *, const char *, Py_ssize_t)));
//@ function PyUnicodeWriter_WriteASCII *PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeWriter_WriteASCII), int (*)(PyUnicodeWriter *, const char *, Py_ssize_t)));
//@ function PyUnicodeWriter_WriteWideChar *PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeWriter_WriteWideChar), int (*)(PyUnicodeWriter *, const wchar_t *, Py_ssize_t)));
//@ function PyUnicodeWriter_WriteUCS4 *PyUnicodeWriter,Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeWriter_WriteUCS4), int (*)(PyUnicodeWriter *, Py_UCS4 *, Py_ssize_t)));
//@ function PyUnicodeWriter_WriteStr *PyObject,PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeWriter_WriteStr), int (*)(PyUnicodeWriter *, PyObject *)));
//@ function PyUnicodeWriter_WriteRepr *PyObject,PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeWriter_WriteRepr), int (*)(PyUnicodeWriter *, PyObject *)));
//@ function PyUnicodeWriter_WriteSubstring *PyObject,PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeWriter_WriteSubstring), int (*)(PyUnicodeWriter *, PyObject *, Py_ssize_t, Py_ssize_t)));
//@ function PyUnicodeWriter_Format *PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeWriter_Format), int (*)(PyUnicodeWriter *, const char *, ...)));
//@ function PyUnicodeWriter_DecodeUTF8Stateful *PyUnicodeWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicodeWriter_DecodeUTF8Stateful), int (*)(PyUnicodeWriter *, const char *, Py_ssize_t, const char *, Py_ssize_t *)));
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
//@ function PyUnicode_AsUTF8 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnicode_AsUTF8), const char *(*)(PyObject *)));
//@ function _PyUnicode_IsLowercase =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_IsLowercase), int (*)(Py_UCS4)));
//@ function _PyUnicode_IsUppercase =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_IsUppercase), int (*)(Py_UCS4)));
//@ function _PyUnicode_IsTitlecase =Py_UCS4
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_IsTitlecase), int (*)(Py_UCS4)));
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
//@ function _PyUnicode_FromId *PyObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyUnicode_FromId), PyObject *(*)(_Py_Identifier *)));
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
//@ function _PyErr_ChainExceptions1 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyErr_ChainExceptions1), void (*)(PyObject *)));
//@ function PyUnstable_Exc_PrepReraiseStar *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_Exc_PrepReraiseStar), PyObject *(*)(PyObject *, PyObject *)));
//@ function PySignal_SetWakeupFd
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySignal_SetWakeupFd), int (*)(int)));
//@ function PyErr_SyntaxLocationObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_SyntaxLocationObject), void (*)(PyObject *, int, int)));
//@ function PyErr_RangedSyntaxLocationObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_RangedSyntaxLocationObject), void (*)(PyObject *, int, int, int, int)));
//@ function PyErr_ProgramTextObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_ProgramTextObject), PyObject *(*)(PyObject *, int)));
//@ function _Py_FatalErrorFunc
LPS_CHECK("its declaration", sizeof(&_Py_FatalErrorFunc) != 0);
LPS_DECL("its prototype", _Noreturn void _Py_FatalErrorFunc(const char *, const char *););
//@ function PyErr_FormatUnraisable
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyErr_FormatUnraisable), void (*)(const char *, ...)));
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
//@ function PyLong_AsInt *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_AsInt), int (*)(PyObject *)));
//@ function PyLong_FromInt32 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_FromInt32), PyObject *(*)(int32_t)));
//@ function PyLong_FromUInt32 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_FromUInt32), PyObject *(*)(uint32_t)));
//@ function PyLong_FromInt64 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_FromInt64), PyObject *(*)(int64_t)));
//@ function PyLong_FromUInt64 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_FromUInt64), PyObject *(*)(uint64_t)));
//@ function PyLong_AsInt32 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_AsInt32), int (*)(PyObject *, int32_t *)));
//@ function PyLong_AsUInt32 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_AsUInt32), int (*)(PyObject *, uint32_t *)));
//@ function PyLong_AsInt64 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_AsInt64), int (*)(PyObject *, int64_t *)));
//@ function PyLong_AsUInt64 *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_AsUInt64), int (*)(PyObject *, uint64_t *)));
//@ function PyLong_AsNativeBytes *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_AsNativeBytes), Py_ssize_t (*)(PyObject *, void *, Py_ssize_t, int)));
//@ function PyLong_FromNativeBytes *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_FromNativeBytes), PyObject *(*)(const void *, size_t, int)));
//@ function PyLong_FromUnsignedNativeBytes *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_FromUnsignedNativeBytes), PyObject *(*)(const void *, size_t, int)));
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
//@ function PyLong_FromUnicodeObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_FromUnicodeObject), PyObject *(*)(PyObject *, int)));
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
//@ function PyLong_IsPositive *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_IsPositive), int (*)(PyObject *)));
//@ function PyLong_IsNegative *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_IsNegative), int (*)(PyObject *)));
//@ function PyLong_IsZero *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_IsZero), int (*)(PyObject *)));
//@ function PyLong_GetSign *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_GetSign), int (*)(PyObject *, int *)));
//@ function _PyLong_Sign *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_Sign), int (*)(PyObject *)));
//@ function _PyLong_NumBits *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_NumBits), int64_t (*)(PyObject *)));
//@ function _PyLong_FromByteArray *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_FromByteArray), PyObject *(*)(const unsigned char *, size_t, int, int)));
//@ function _PyLong_AsByteArray *PyLongObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_AsByteArray), int (*)(PyLongObject *, unsigned char *, size_t, int, int, int)));
//@ function _PyLong_GCD *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_GCD), PyObject *(*)(PyObject *, PyObject *)));
//@ function _PyLong_New *PyLongObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_New), PyLongObject *(*)(Py_ssize_t)));
//@ function _PyLong_Copy *PyLongObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_Copy), PyObject *(*)(PyLongObject *)));
//@ function _PyLong_FromDigits *PyLongObject,digit
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyLong_FromDigits), PyLongObject *(*)(int, Py_ssize_t, digit *)));
//@ function PyLong_GetNativeLayout *PyLongLayout
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_GetNativeLayout), const PyLongLayout *(*)(void)));
//@ function PyLong_Export *PyLongExport,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_Export), int (*)(PyObject *, PyLongExport *)));
//@ function PyLong_FreeExport *PyLongExport
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLong_FreeExport), void (*)(PyLongExport *)));
//@ function PyLongWriter_Create *PyLongWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLongWriter_Create), PyLongWriter *(*)(int, Py_ssize_t, void **)));
//@ function PyLongWriter_Finish *PyLongWriter,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLongWriter_Finish), PyObject *(*)(PyLongWriter *)));
//@ function PyLongWriter_Discard *PyLongWriter
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyLongWriter_Discard), void (*)(PyLongWriter *)));
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
//@ function PyList_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyList_New), PyObject *(*)(Py_ssize_t)));
//@ function PyList_Size *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyList_Size), Py_ssize_t (*)(PyObject *)));
//@ function PyList_GetItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyList_GetItem), PyObject *(*)(PyObject *, Py_ssize_t)));
//@ function PyList_GetItemRef *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyList_GetItemRef), PyObject *(*)(PyObject *, Py_ssize_t)));
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
//@ function PyList_Extend *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyList_Extend), int (*)(PyObject *, PyObject *)));
//@ function PyList_Clear *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyList_Clear), int (*)(PyObject *)));
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
//@ function PyDict_GetItemRef *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_GetItemRef), int (*)(PyObject *, PyObject *, PyObject **)));
//@ function PyDict_GetItemStringRef *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_GetItemStringRef), int (*)(PyObject *, const char *, PyObject **)));
//@ function PyObject_GenericGetDict *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_GenericGetDict), PyObject *(*)(PyObject *, void *)));
//@ function _PyDict_GetItem_KnownHash =Py_hash_t *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_GetItem_KnownHash), PyObject *(*)(PyObject *, PyObject *, Py_hash_t)));
//@ function _PyDict_GetItemStringWithError *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_GetItemStringWithError), PyObject *(*)(PyObject *, const char *)));
//@ function PyDict_SetDefault *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_SetDefault), PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ function PyDict_SetDefaultRef *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_SetDefaultRef), int (*)(PyObject *, PyObject *, PyObject *, PyObject **)));
//@ function PyDict_ContainsString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_ContainsString), int (*)(PyObject *, const char *)));
//@ function _PyDict_NewPresized *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_NewPresized), PyObject *(*)(Py_ssize_t)));
//@ function PyDict_Pop *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_Pop), int (*)(PyObject *, PyObject *, PyObject **)));
//@ function PyDict_PopString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyDict_PopString), int (*)(PyObject *, const char *, PyObject **)));
//@ function _PyDict_Pop *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyDict_Pop), PyObject *(*)(PyObject *, PyObject *, PyObject *)));
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
//@ function PyCFunction_GetFunction =PyCFunction *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCFunction_GetFunction), PyCFunction (*)(PyObject *)));
//@ function PyCFunction_GetSelf *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCFunction_GetSelf), PyObject *(*)(PyObject *)));
//@ function PyCFunction_GetFlags *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCFunction_GetFlags), int (*)(PyObject *)));
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
//@ function PyModule_GetDef *PyModuleDef,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_GetDef), PyModuleDef *(*)(PyObject *)));
//@ function PyModule_GetState *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_GetState), void *(*)(PyObject *)));
//@ function PyModuleDef_Init *PyModuleDef,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModuleDef_Init), PyObject *(*)(PyModuleDef *)));
//@ function PyUnstable_Module_SetGIL *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_Module_SetGIL), int (*)(PyObject *, void *)));
//@ function PyMonitoring_EnterScope *PyMonitoringState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMonitoring_EnterScope), int (*)(PyMonitoringState *, uint64_t *, const uint8_t *, Py_ssize_t)));
//@ function PyMonitoring_ExitScope
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMonitoring_ExitScope), int (*)(void)));
//@ function _PyMonitoring_FirePyStartEvent *PyMonitoringState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMonitoring_FirePyStartEvent), int (*)(PyMonitoringState *, PyObject *, int32_t)));
//@ function _PyMonitoring_FirePyResumeEvent *PyMonitoringState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMonitoring_FirePyResumeEvent), int (*)(PyMonitoringState *, PyObject *, int32_t)));
//@ function _PyMonitoring_FirePyReturnEvent *PyMonitoringState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMonitoring_FirePyReturnEvent), int (*)(PyMonitoringState *, PyObject *, int32_t, PyObject *)));
//@ function _PyMonitoring_FirePyYieldEvent *PyMonitoringState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMonitoring_FirePyYieldEvent), int (*)(PyMonitoringState *, PyObject *, int32_t, PyObject *)));
//@ function _PyMonitoring_FireCallEvent *PyMonitoringState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMonitoring_FireCallEvent), int (*)(PyMonitoringState *, PyObject *, int32_t, PyObject *, PyObject *)));
//@ function _PyMonitoring_FireLineEvent *PyMonitoringState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMonitoring_FireLineEvent), int (*)(PyMonitoringState *, PyObject *, int32_t, int)));
//@ function _PyMonitoring_FireJumpEvent *PyMonitoringState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMonitoring_FireJumpEvent), int (*)(PyMonitoringState *, PyObject *, int32_t, PyObject *)));
//@ function _PyMonitoring_FireBranchEvent *PyMonitoringState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMonitoring_FireBranchEvent), int (*)(PyMonitoringState *, PyObject *, int32_t, PyObject *)));
//@ function _PyMonitoring_FireBranchRightEvent *PyMonitoringState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMonitoring_FireBranchRightEvent), int (*)(PyMonitoringState *, PyObject *, int32_t, PyObject *)));
//@ function _PyMonitoring_FireBranchLeftEvent *PyMonitoringState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMonitoring_FireBranchLeftEvent), int (*)(PyMonitoringState *, PyObject *, int32_t, PyObject *)));
//@ function _PyMonitoring_FireCReturnEvent *PyMonitoringState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMonitoring_FireCReturnEvent), int (*)(PyMonitoringState *, PyObject *, int32_t, PyObject *)));
//@ function _PyMonitoring_FirePyThrowEvent *PyMonitoringState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMonitoring_FirePyThrowEvent), int (*)(PyMonitoringState *, PyObject *, int32_t)));
//@ function _PyMonitoring_FireRaiseEvent *PyMonitoringState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMonitoring_FireRaiseEvent), int (*)(PyMonitoringState *, PyObject *, int32_t)));
//@ function _PyMonitoring_FireReraiseEvent *PyMonitoringState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMonitoring_FireReraiseEvent), int (*)(PyMonitoringState *, PyObject *, int32_t)));
//@ function _PyMonitoring_FireExceptionHandledEvent *PyMonitoringState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMonitoring_FireExceptionHandledEvent), int (*)(PyMonitoringState *, PyObject *, int32_t)));
//@ function _PyMonitoring_FireCRaiseEvent *PyMonitoringState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMonitoring_FireCRaiseEvent), int (*)(PyMonitoringState *, PyObject *, int32_t)));
//@ function _PyMonitoring_FirePyUnwindEvent *PyMonitoringState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMonitoring_FirePyUnwindEvent), int (*)(PyMonitoringState *, PyObject *, int32_t)));
//@ function _PyMonitoring_FireStopIterationEvent *PyMonitoringState,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyMonitoring_FireStopIterationEvent), int (*)(PyMonitoringState *, PyObject *, int32_t, PyObject *)));
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
//@ function PyFile_NewStdPrinter *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFile_NewStdPrinter), PyObject *(*)(int)));
//@ function PyFile_OpenCode *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFile_OpenCode), PyObject *(*)(const char *)));
//@ function PyFile_OpenCodeObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFile_OpenCodeObject), PyObject *(*)(PyObject *)));
//@ function PyFile_SetOpenCodeHook =Py_OpenCodeHookFunction
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyFile_SetOpenCodeHook), int (*)(Py_OpenCodeHookFunction, void *)));
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
//@ function PyConfig_Get *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyConfig_Get), PyObject *(*)(const char *)));
//@ function PyConfig_GetInt
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyConfig_GetInt), int (*)(const char *, int *)));
//@ function PyConfig_Names *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyConfig_Names), PyObject *(*)(void)));
//@ function PyConfig_Set *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyConfig_Set), int (*)(const char *, PyObject *)));
//@ function Py_GetArgcArgv
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_GetArgcArgv), void (*)(int *, wchar_t ***)));
//@ function PyInitConfig_Create *PyInitConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInitConfig_Create), PyInitConfig *(*)(void)));
//@ function PyInitConfig_Free *PyInitConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInitConfig_Free), void (*)(PyInitConfig *)));
//@ function PyInitConfig_GetError *PyInitConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInitConfig_GetError), int (*)(PyInitConfig *, const char **)));
//@ function PyInitConfig_GetExitCode *PyInitConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInitConfig_GetExitCode), int (*)(PyInitConfig *, int *)));
//@ function PyInitConfig_HasOption *PyInitConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInitConfig_HasOption), int (*)(PyInitConfig *, const char *)));
//@ function PyInitConfig_GetInt *PyInitConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInitConfig_GetInt), int (*)(PyInitConfig *, const char *, int64_t *)));
//@ function PyInitConfig_GetStr *PyInitConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInitConfig_GetStr), int (*)(PyInitConfig *, const char *, char **)));
//@ function PyInitConfig_GetStrList *PyInitConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInitConfig_GetStrList), int (*)(PyInitConfig *, const char *, size_t *, char ***)));
//@ function PyInitConfig_FreeStrList
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInitConfig_FreeStrList), void (*)(size_t, char **)));
//@ function PyInitConfig_SetInt *PyInitConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInitConfig_SetInt), int (*)(PyInitConfig *, const char *, int64_t)));
//@ function PyInitConfig_SetStr *PyInitConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInitConfig_SetStr), int (*)(PyInitConfig *, const char *, const char *)));
//@ function PyInitConfig_SetStrList *PyInitConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInitConfig_SetStrList), int (*)(PyInitConfig *, const char *, size_t, char * const *)));
//@ function PyInitConfig_AddModule *PyInitConfig,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyInitConfig_AddModule), int (*)(PyInitConfig *, const char *, PyObject *(*)(void))));
//@ function Py_InitializeFromInitConfig *PyInitConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_InitializeFromInitConfig), int (*)(PyInitConfig *)));
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
//@ function _PyInterpreterState_RequiresIDRef *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyInterpreterState_RequiresIDRef), int (*)(PyInterpreterState *)));
//@ function _PyInterpreterState_RequireIDRef *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyInterpreterState_RequireIDRef), void (*)(PyInterpreterState *, int)));
//@ function PyThreadState_GetUnchecked *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThreadState_GetUnchecked), PyThreadState *(*)(void)));
//@ function PyThreadState_EnterTracing *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThreadState_EnterTracing), void (*)(PyThreadState *)));
//@ function PyThreadState_LeaveTracing *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyThreadState_LeaveTracing), void (*)(PyThreadState *)));
//@ function PyGILState_Check
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyGILState_Check), int (*)(void)));
//@ function _PyThread_CurrentFrames *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyThread_CurrentFrames), PyObject *(*)(void)));
//@ function PyUnstable_ThreadState_SetStackProtection *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_ThreadState_SetStackProtection), int (*)(PyThreadState *, void *, size_t)));
//@ function PyUnstable_ThreadState_ResetStackProtection *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_ThreadState_ResetStackProtection), void (*)(PyThreadState *)));
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
//@ function PyGen_New *PyFrameObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyGen_New), PyObject *(*)(PyFrameObject *)));
//@ function PyGen_NewWithQualName *PyFrameObject,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyGen_NewWithQualName), PyObject *(*)(PyFrameObject *, PyObject *, PyObject *)));
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
//@ function PyWeakref_GetRef *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyWeakref_GetRef), int (*)(PyObject *, PyObject **)));
//@ function _PyWeakref_ClearRef *PyWeakReference
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyWeakref_ClearRef), void (*)(PyWeakReference *)));
//@ function PyWeakref_IsDead *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyWeakref_IsDead), int (*)(PyObject *)));
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
//@ function PyTime_AsSecondsDouble =PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTime_AsSecondsDouble), double (*)(PyTime_t)));
//@ function PyTime_Monotonic *PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTime_Monotonic), int (*)(PyTime_t *)));
//@ function PyTime_PerfCounter *PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTime_PerfCounter), int (*)(PyTime_t *)));
//@ function PyTime_Time *PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTime_Time), int (*)(PyTime_t *)));
//@ function PyTime_MonotonicRaw *PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTime_MonotonicRaw), int (*)(PyTime_t *)));
//@ function PyTime_PerfCounterRaw *PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTime_PerfCounterRaw), int (*)(PyTime_t *)));
//@ function PyTime_TimeRaw *PyTime_t
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTime_TimeRaw), int (*)(PyTime_t *)));
//@ function PyCodec_Register *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_Register), int (*)(PyObject *)));
//@ function PyCodec_Unregister *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_Unregister), int (*)(PyObject *)));
//@ function PyCodec_KnownEncoding
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_KnownEncoding), int (*)(const char *)));
//@ function PyCodec_Encode *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_Encode), PyObject *(*)(PyObject *, const char *, const char *)));
//@ function PyCodec_Decode *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyCodec_Decode), PyObject *(*)(PyObject *, const char *, const char *)));
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
//@ function PyContext_AddWatcher =PyContext_WatchCallback
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyContext_AddWatcher), int (*)(PyContext_WatchCallback)));
//@ function PyContext_ClearWatcher
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyContext_ClearWatcher), int (*)(int)));
//@ function PyContextVar_New *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyContextVar_New), PyObject *(*)(const char *, PyObject *)));
//@ function PyContextVar_Get *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyContextVar_Get), int (*)(PyObject *, PyObject *, PyObject **)));
//@ function PyContextVar_Set *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyContextVar_Set), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyContextVar_Reset *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyContextVar_Reset), int (*)(PyObject *, PyObject *)));
//@ function PyArg_Parse *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyArg_Parse), int (*)(PyObject *, const char *, ...)));
//@ function PyArg_ParseTuple *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyArg_ParseTuple), int (*)(PyObject *, const char *, ...)));
//@ function PyArg_ParseTupleAndKeywords *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyArg_ParseTupleAndKeywords), int (*)(PyObject *, PyObject *, const char *, char * const *, ...)));
//@ function PyArg_ValidateKeywordArguments *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyArg_ValidateKeywordArguments), int (*)(PyObject *)));
//@ function PyArg_UnpackTuple *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyArg_UnpackTuple), int (*)(PyObject *, const char *, Py_ssize_t, Py_ssize_t, ...)));
//@ function Py_BuildValue *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_BuildValue), PyObject *(*)(const char *, ...)));
//@ function PyModule_AddObjectRef *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_AddObjectRef), int (*)(PyObject *, const char *, PyObject *)));
//@ function PyModule_Add *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyModule_Add), int (*)(PyObject *, const char *, PyObject *)));
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
//@ function _PyArg_ParseTupleAndKeywordsFast *PyObject,_PyArg_Parser
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyArg_ParseTupleAndKeywordsFast), int (*)(PyObject *, PyObject *, _PyArg_Parser *, ...)));
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
//@ function PyRun_AnyFileExFlags *PyCompilerFlags
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_AnyFileExFlags), int (*)(FILE *, const char *, int, PyCompilerFlags *)));
//@ function PyRun_SimpleFileExFlags *PyCompilerFlags
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_SimpleFileExFlags), int (*)(FILE *, const char *, int, PyCompilerFlags *)));
//@ function PyRun_InteractiveOneFlags *PyCompilerFlags
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_InteractiveOneFlags), int (*)(FILE *, const char *, PyCompilerFlags *)));
//@ function PyRun_InteractiveOneObject *PyCompilerFlags,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_InteractiveOneObject), int (*)(FILE *, PyObject *, PyCompilerFlags *)));
//@ function PyRun_InteractiveLoopFlags *PyCompilerFlags
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_InteractiveLoopFlags), int (*)(FILE *, const char *, PyCompilerFlags *)));
//@ function PyRun_StringFlags *PyCompilerFlags,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_StringFlags), PyObject *(*)(const char *, int, PyObject *, PyObject *, PyCompilerFlags *)));
//@ function PyRun_FileExFlags *PyCompilerFlags,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyRun_FileExFlags), PyObject *(*)(FILE *, const char *, int, PyObject *, PyObject *, int, PyCompilerFlags *)));
//@ function Py_CompileStringExFlags *PyCompilerFlags,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_CompileStringExFlags), PyObject *(*)(const char *, const char *, int, PyCompilerFlags *, int)));
//@ function Py_CompileStringObject *PyCompilerFlags,PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_CompileStringObject), PyObject *(*)(const char *, PyObject *, int, PyCompilerFlags *, int)));
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
//@ function Py_IsFinalizing
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_IsFinalizing), int (*)(void)));
//@ function Py_FrozenMain
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_FrozenMain), int (*)(int, char **)));
//@ function Py_PreInitialize =PyStatus *PyPreConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_PreInitialize), PyStatus (*)(const PyPreConfig *)));
//@ function Py_PreInitializeFromBytesArgs =PyStatus *PyPreConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_PreInitializeFromBytesArgs), PyStatus (*)(const PyPreConfig *, Py_ssize_t, char **)));
//@ function Py_PreInitializeFromArgs =PyStatus *PyPreConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_PreInitializeFromArgs), PyStatus (*)(const PyPreConfig *, Py_ssize_t, wchar_t **)));
//@ function Py_InitializeFromConfig =PyStatus *PyConfig
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_InitializeFromConfig), PyStatus (*)(const PyConfig *)));
//@ function Py_RunMain
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_RunMain), int (*)(void)));
//@ function Py_ExitStatusException =PyStatus
LPS_CHECK("its declaration", sizeof(&Py_ExitStatusException) != 0);
LPS_DECL("its prototype", _Noreturn void Py_ExitStatusException(PyStatus););
//@ function Py_FdIsInteractive
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_FdIsInteractive), int (*)(FILE *, const char *)));
//@ function Py_NewInterpreterFromConfig =PyStatus *PyInterpreterConfig,PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_NewInterpreterFromConfig), PyStatus (*)(PyThreadState **, const PyInterpreterConfig *)));
//@ function PyUnstable_AtExit =atexit_datacallbackfunc *PyInterpreterState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_AtExit), int (*)(PyInterpreterState *, atexit_datacallbackfunc, void *)));
//@ function PyEval_EvalCode *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_EvalCode), PyObject *(*)(PyObject *, PyObject *, PyObject *)));
//@ function PyEval_EvalCodeEx *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_EvalCodeEx), PyObject *(*)(PyObject *, PyObject *, PyObject *, PyObject * const *, int, PyObject * const *, int, PyObject * const *, int, PyObject *, PyObject *)));
//@ function PyEval_GetBuiltins *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_GetBuiltins), PyObject *(*)(void)));
//@ function PyEval_GetGlobals *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_GetGlobals), PyObject *(*)(void)));
//@ function PyEval_GetLocals *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_GetLocals), PyObject *(*)(void)));
//@ function PyEval_GetFrame *PyFrameObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_GetFrame), PyFrameObject *(*)(void)));
//@ function PyEval_GetFrameBuiltins *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_GetFrameBuiltins), PyObject *(*)(void)));
//@ function PyEval_GetFrameGlobals *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_GetFrameGlobals), PyObject *(*)(void)));
//@ function PyEval_GetFrameLocals *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_GetFrameLocals), PyObject *(*)(void)));
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
//@ function PyEval_InitThreads
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_InitThreads), void (*)(void)));
//@ function PyEval_AcquireThread *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_AcquireThread), void (*)(PyThreadState *)));
//@ function PyEval_ReleaseThread *PyThreadState
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_ReleaseThread), void (*)(PyThreadState *)));
//@ function PyEval_SetProfile =Py_tracefunc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_SetProfile), void (*)(Py_tracefunc, PyObject *)));
//@ function PyEval_SetProfileAllThreads =Py_tracefunc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_SetProfileAllThreads), void (*)(Py_tracefunc, PyObject *)));
//@ function PyEval_SetTrace =Py_tracefunc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_SetTrace), void (*)(Py_tracefunc, PyObject *)));
//@ function PyEval_SetTraceAllThreads =Py_tracefunc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_SetTraceAllThreads), void (*)(Py_tracefunc, PyObject *)));
//@ function PyEval_MergeCompilerFlags *PyCompilerFlags
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyEval_MergeCompilerFlags), int (*)(PyCompilerFlags *)));
//@ function _PyEval_EvalFrameDefault *PyObject,PyThreadState,_PyInterpreterFrame
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyEval_EvalFrameDefault), PyObject *(*)(PyThreadState *, struct _PyInterpreterFrame *, int)));
//@ function PyUnstable_Eval_RequestCodeExtraIndex =freefunc
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_Eval_RequestCodeExtraIndex), Py_ssize_t (*)(freefunc)));
//@ function _PyEval_SliceIndex *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyEval_SliceIndex), int (*)(PyObject *, Py_ssize_t *)));
//@ function _PyEval_SliceIndexNotNone *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyEval_SliceIndexNotNone), int (*)(PyObject *, Py_ssize_t *)));
//@ function PyUnstable_PerfMapState_Init
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_PerfMapState_Init), int (*)(void)));
//@ function PyUnstable_WritePerfMapEntry
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_WritePerfMapEntry), int (*)(const void *, unsigned int, const char *)));
//@ function PyUnstable_PerfMapState_Fini
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_PerfMapState_Fini), void (*)(void)));
//@ function PyUnstable_CopyPerfMapFile
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_CopyPerfMapFile), int (*)(const char *)));
//@ function PyUnstable_PerfTrampoline_CompileCode *PyCodeObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_PerfTrampoline_CompileCode), int (*)(PyCodeObject *)));
//@ function PyUnstable_PerfTrampoline_SetPersistAfterFork
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyUnstable_PerfTrampoline_SetPersistAfterFork), int (*)(int)));
//@ function PySys_GetObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_GetObject), PyObject *(*)(const char *)));
//@ function PySys_SetObject *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_SetObject), int (*)(const char *, PyObject *)));
//@ function PySys_SetArgv
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_SetArgv), void (*)(int, wchar_t **)));
//@ function PySys_SetArgvEx
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_SetArgvEx), void (*)(int, wchar_t **, int)));
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
//@ function PySys_GetXOptions *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_GetXOptions), PyObject *(*)(void)));
//@ function PySys_Audit
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_Audit), int (*)(const char *, const char *, ...)));
//@ function PySys_AuditTuple *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PySys_AuditTuple), int (*)(const char *, PyObject *)));
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
//@ function PyImport_AddModuleRef *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_AddModuleRef), PyObject *(*)(const char *)));
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
//@ function PyImport_ExtendInittab *_inittab
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_ExtendInittab), int (*)(struct _inittab *)));
//@ function PyImport_ImportModuleAttr *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_ImportModuleAttr), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyImport_ImportModuleAttrString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyImport_ImportModuleAttrString), PyObject *(*)(const char *, const char *)));
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
//@ function PyIter_NextItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyIter_NextItem), int (*)(PyObject *, PyObject **)));
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
//@ function PyMapping_HasKeyWithError *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_HasKeyWithError), int (*)(PyObject *, PyObject *)));
//@ function PyMapping_HasKeyStringWithError *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_HasKeyStringWithError), int (*)(PyObject *, const char *)));
//@ function PyMapping_Keys *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_Keys), PyObject *(*)(PyObject *)));
//@ function PyMapping_Values *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_Values), PyObject *(*)(PyObject *)));
//@ function PyMapping_Items *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_Items), PyObject *(*)(PyObject *)));
//@ function PyMapping_GetItemString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_GetItemString), PyObject *(*)(PyObject *, const char *)));
//@ function PyMapping_GetOptionalItem *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_GetOptionalItem), int (*)(PyObject *, PyObject *, PyObject **)));
//@ function PyMapping_GetOptionalItemString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_GetOptionalItemString), int (*)(PyObject *, const char *, PyObject **)));
//@ function PyMapping_SetItemString *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyMapping_SetItemString), int (*)(PyObject *, const char *, PyObject *)));
//@ function PyObject_IsInstance *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_IsInstance), int (*)(PyObject *, PyObject *)));
//@ function PyObject_IsSubclass *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_IsSubclass), int (*)(PyObject *, PyObject *)));
//@ function _PyObject_CallMethodId *PyObject,_Py_Identifier
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyObject_CallMethodId), PyObject *(*)(PyObject *, _Py_Identifier *, const char *, ...)));
//@ function _PyStack_AsDict *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&_PyStack_AsDict), PyObject *(*)(PyObject * const *, PyObject *)));
//@ function PyVectorcall_Function =vectorcallfunc *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyVectorcall_Function), vectorcallfunc (*)(PyObject *)));
//@ function PyObject_VectorcallDict *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_VectorcallDict), PyObject *(*)(PyObject *, PyObject * const *, size_t, PyObject *)));
//@ function PyObject_CallOneArg *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_CallOneArg), PyObject *(*)(PyObject *, PyObject *)));
//@ function PyObject_LengthHint *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyObject_LengthHint), Py_ssize_t (*)(PyObject *, Py_ssize_t)));
//@ function PyOS_string_to_double *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_string_to_double), double (*)(const char *, char **, PyObject *)));
//@ function PyOS_double_to_string
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_double_to_string), char *(*)(double, char, int, int, int *)));
//@ function PyOS_mystrnicmp
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_mystrnicmp), int (*)(const char *, const char *, Py_ssize_t)));
//@ function PyOS_mystricmp
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyOS_mystricmp), int (*)(const char *, const char *)));
//@ function Py_DecodeLocale
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_DecodeLocale), wchar_t *(*)(const char *, size_t *)));
//@ function Py_EncodeLocale
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_EncodeLocale), char *(*)(const wchar_t *, size_t *)));
//@ function Py_fopen *PyObject
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_fopen), FILE *(*)(PyObject *, const char *)));
//@ function Py_fclose
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&Py_fclose), int (*)(FILE *)));
//@ function PyTraceMalloc_Track
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTraceMalloc_Track), int (*)(unsigned int, size_t, size_t)));
//@ function PyTraceMalloc_Untrack
LPS_CHECK("its prototype", LPS_SAME(__typeof__(&PyTraceMalloc_Untrack), int (*)(unsigned int, size_t)));
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
//@ static PyExc_PythonFinalizationError *PyObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyExc_PythonFinalizationError), PyObject *));
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
//@ static PyFrameLocalsProxy_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyFrameLocalsProxy_Type), PyTypeObject));
//@ static PyUnstable_ExecutableKinds *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyUnstable_ExecutableKinds), const PyTypeObject *[6]));
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
//@ static PyAsyncGen_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyAsyncGen_Type), PyTypeObject));
//@ static _PyAsyncGenASend_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(_PyAsyncGenASend_Type), PyTypeObject));
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
//@ static PY_TIMEOUT_MAX
LPS_CHECK("its type", LPS_SAME(__typeof__(PY_TIMEOUT_MAX), long long));
//@ static PyContext_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyContext_Type), PyTypeObject));
//@ static PyContextVar_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyContextVar_Type), PyTypeObject));
//@ static PyContextToken_Type *PyTypeObject
LPS_CHECK("its type", LPS_SAME(__typeof__(PyContextToken_Type), PyTypeObject));
//@ static PyOS_InputHook
LPS_CHECK("its type", LPS_SAME(__typeof__(PyOS_InputHook), int (*)(void)));
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
