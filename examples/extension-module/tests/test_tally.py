"""The `tally` extension module, installed from its wheel, on the interpreter running pytest."""

import datetime
import gc
import os
import sys
import sysconfig
import threading
import weakref

import pytest

import tally

THREADS = 8
FREE_THREADED = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))


def test_import_keeps_the_gil_disabled():
    if FREE_THREADED:
        assert sys._is_gil_enabled() is False
    assert tally.__doc__ == "An extension module written with libpython-sys."


def test_the_entry_point_the_interpreter_prefers():
    expected = "PyModExport_tally" if sys.version_info >= (3, 15) else "PyInit_tally"
    assert tally.created_by() == expected


def test_tally_takes_its_arguments_as_python_does():
    key = ("args", object())
    assert tally.tally(key) == 1
    assert tally.tally(key, 2) == 3
    assert tally.tally(key=key, n=4) == 7
    assert tally.counts()[key] == 7
    with pytest.raises(TypeError, match="multiple values"):
        tally.tally(key, key=key)
    with pytest.raises(TypeError, match="unexpected keyword"):
        tally.tally(key, m=1)
    with pytest.raises(TypeError, match="missing required argument 'key'"):
        tally.tally()
    with pytest.raises(TypeError):
        tally.tally([], 1)  # unhashable: the dict's own error comes through


def run_threads(target):
    barrier = threading.Barrier(THREADS)
    failures = []

    def run(i):
        try:
            barrier.wait()
            target(i)
        except BaseException as e:  # reported by the main thread
            failures.append(e)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []


def test_eight_threads_get_exact_results():
    rounds = 20_000
    keys = [f"k{i}" for i in range(4)]
    calls_before = tally.calls()
    shared_before = {k: tally.counts().get(k, 0) for k in keys}
    own = [dict() for _ in range(THREADS)]
    items = [keys[j % len(keys)] for j in range(rounds)]

    def work(i):
        for j in range(rounds):
            tally.bump()  # the PyMutex-guarded counter
            tally.tally(keys[j % len(keys)])  # the shared dict, in critical sections
        tally.count_into(items, own[i])  # a dict of its own
        tally.count_into(items, own[0])  # and one dict that every thread fills

    run_threads(work)
    assert tally.calls() == calls_before + THREADS * rounds
    per_key = THREADS * rounds // len(keys)
    assert {k: tally.counts()[k] for k in keys} == {k: shared_before[k] + per_key for k in keys}
    assert own[0] == {k: rounds // len(keys) * (THREADS + 1) for k in keys}
    for d in own[1:]:
        assert d == {k: rounds // len(keys) for k in keys}
    if FREE_THREADED:
        assert sys._is_gil_enabled() is False


def test_guarded_counts_and_raises_the_same_exception():
    before = tally.errors()
    error = ValueError("boom")

    def fails():
        raise error

    with pytest.raises(ValueError) as caught:
        tally.guarded(fails)
    assert caught.value is error
    assert caught.value.__traceback__ is not None
    assert tally.guarded(lambda: 5) == 5
    assert tally.errors() == before + 1


class Item:
    """An object that can be weakly referenced."""


def test_strong_references():
    x = Item()
    assert tally.first([x]) is x
    assert tally.first([]) is None
    r = weakref.ref(x)
    assert tally.deref(r) is x
    del x
    gc.collect()
    assert tally.deref(r) is None
    with pytest.raises(TypeError):
        tally.deref(1)
    with pytest.raises(TypeError):
        tally.first(())


def test_datetime():
    assert tally.ymd(datetime.date(2024, 2, 29)) == (2024, 2, 29)
    assert tally.ymd(datetime.datetime(1999, 12, 31, 23, 59)) == (1999, 12, 31)
    assert tally.make_date(2000, 1, 2) == datetime.date(2000, 1, 2)
    assert type(tally.make_date(2000, 1, 2)) is datetime.date
    with pytest.raises(ValueError):
        tally.make_date(2000, 2, 30)
    with pytest.raises(TypeError, match="datetime.date"):
        tally.ymd("2000-01-01")


def test_refcounts_return_to_their_baselines():
    key, value, item = object(), object(), Item()
    tally.tally(key)  # the dict now holds one reference to the key
    ref = weakref.ref(item)
    lst = [item]
    error = KeyError("x")

    def fails():
        raise error

    def counts():
        return [sys.getrefcount(o) for o in (key, value, item, error)]

    tally.first(lst)
    before = counts()
    for _ in range(1000):
        tally.tally(key)
        tally.first(lst)
        tally.deref(ref)
        tally.guarded(lambda: value)
        try:
            tally.guarded(fails)
        except KeyError:
            pass
        tally.count_into([key, item], {})
    error.__traceback__ = None
    gc.collect()
    assert counts() == before


def test_the_module_state_is_per_module_object():
    # A second module object from the same definition (as another interpreter gets).
    import importlib.util

    spec = importlib.util.find_spec("tally")
    other = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(other)
    assert other is not tally
    before = tally.calls()
    assert [other.bump() for _ in range(3)] == [1, 2, 3]
    assert tally.calls() == before
    assert other.counts() == {}


# Sub-interpreters with their own GIL: concurrent.interpreters (3.14+), _interpreters
# (3.13), _xxsubinterpreters (3.12). Each reports through a file.

SUB_CODE = """
import sys, tally
n = [tally.bump() for _ in range({n})]
tally.tally('sub', {n})
with open({path!r}, 'w') as f:
    f.write(repr((n[-1], tally.calls(), tally.counts(), tally.created_by(),
                  getattr(sys, '_is_gil_enabled', lambda: True)())))
"""


def subinterpreter_api():
    if sys.version_info >= (3, 14):
        from concurrent import interpreters

        def run(code):
            interp = interpreters.create()
            try:
                import _interpreters

                assert _interpreters.get_config(interp.id).gil == "own"
                interp.exec(code)
            finally:
                interp.close()

        return run
    if sys.version_info >= (3, 13):
        import _interpreters

        def run(code):
            interp = _interpreters.create("isolated")
            try:
                assert _interpreters.get_config(interp).gil == "own"
                failure = _interpreters.exec(interp, code)
                assert failure is None, failure
            finally:
                _interpreters.destroy(interp)

        return run
    if sys.version_info >= (3, 12):
        import _xxsubinterpreters

        def run(code):
            interp = _xxsubinterpreters.create(isolated=True)
            try:
                _xxsubinterpreters.run_string(interp, code, {})
            finally:
                _xxsubinterpreters.destroy(interp)

        return run
    return None


@pytest.mark.skipif(sys.version_info < (3, 12), reason="no per-interpreter GIL before 3.12")
def test_subinterpreters_with_their_own_gil_have_their_own_state(tmp_path):
    run = subinterpreter_api()
    if sys.version_info[:2] == (3, 12):
        # The control: a module that does not declare per-interpreter GIL support is
        # refused by these interpreters, so importing tally below means its slot works.
        with pytest.raises(Exception, match="does not support loading in subinterpreters"):
            run("import _datetime")
    main_before = (tally.calls(), tally.counts().get("sub"))
    results = []
    for i, n in enumerate((5, 7)):
        path = tmp_path / f"sub{i}.txt"
        run(SUB_CODE.format(n=n, path=str(path)))
        results.append(eval(path.read_text()))
    expected_entry = "PyModExport_tally" if sys.version_info >= (3, 15) else "PyInit_tally"
    gil = False if FREE_THREADED else True
    assert results == [
        (5, 5, {"sub": 5}, expected_entry, gil),
        (7, 7, {"sub": 7}, expected_entry, gil),
    ]
    assert (tally.calls(), tally.counts().get("sub")) == main_before
