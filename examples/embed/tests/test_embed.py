"""The `embed` program, built for one interpreter (EMBED_PYTHON) into EMBED_BINARY.

Run by examples/run-tests. It starts the program with no environment at all, and with
another interpreter's libpython put in the place of its own (LD_LIBRARY_PATH, which the
dynamic linker searches before the program's rpath). The other interpreters come from
LIBPYTHON_SYS_PYTHONS and LIBPYTHON_SYS_OLDER_PYTHONS ("LABEL PATH" lines, as
../shared/pythons/matrix prints them); a case with no such interpreter is skipped.
"""

import json
import os
import subprocess
import sys

import pytest

BINARY = os.environ["EMBED_BINARY"]
PYTHON = os.environ["EMBED_PYTHON"]

INFO = """
import json, sys, sysconfig
print(json.dumps({
    "version": sys.version, "hex": sys.hexversion, "base_prefix": sys.base_prefix,
    "libdir": sysconfig.get_config_var("LIBDIR"),
    "soname": sysconfig.get_config_var("INSTSONAME"),
    "ft": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
}))
"""


def info(python):
    out = subprocess.run([python, "-I", "-c", INFO], check=True, capture_output=True, text=True)
    data = json.loads(out.stdout)
    data["lib"] = os.path.realpath(os.path.join(data["libdir"], data["soname"]))
    data["minor"] = data["hex"] >> 16
    return data


OURS = info(PYTHON)


def others(variable):
    for line in os.environ.get(variable, "").splitlines():
        if line.split():
            yield info(line.split(maxsplit=1)[1])


def run(env):
    return subprocess.run([BINARY], env=env, capture_output=True, text=True, timeout=300)


def ran(name):
    """Appends a case that ran to $EMBED_RAN (if set): CI checks that every case ran for
    some interpreter of its matrix."""
    if os.environ.get("EMBED_RAN"):
        with open(os.environ["EMBED_RAN"], "a") as f:
            f.write(name + "\n")


def report(out):
    return dict(line.split(": ", 1) for line in out.stdout.splitlines() if ": " in line)


def test_runs_with_no_environment_variables():
    out = run({})
    assert out.returncode == 0, out.stderr
    lines = report(out)
    assert lines["version"] == OURS["version"].replace("\n", " ")
    assert lines["home"] == OURS["base_prefix"]
    assert lines["stdlib"].startswith(OURS["base_prefix"])
    # The libpython it was built for, found through its rpath.
    assert [os.path.realpath(p) for p in lines["libpython"].split()] == [OURS["lib"]]
    assert lines["gil"] == ("disabled" if OURS["ft"] else "enabled")
    assert lines["threads"] == "8 x 2000 calls, 0 wrong, 16000 results"
    ran("test_runs_with_no_environment_variables")


def with_library(tmp_path, other):
    """An environment in which the dynamic linker finds `other`'s libpython under our
    library's name."""
    if other["soname"] == OURS["soname"]:
        return {"LD_LIBRARY_PATH": other["libdir"]}
    os.symlink(other["lib"], tmp_path / OURS["soname"])
    return {"LD_LIBRARY_PATH": str(tmp_path)}


def refused(tmp_path, other, reason, linker_may_refuse=True):
    """The program does not run with `other`'s libpython: it reports the mismatch in one
    line, or, when that library lacks a function the program calls, the dynamic linker
    refuses to start it (symbols are bound at start-up: Rust links with -z now), e.g. a
    free-threaded program given a default build's libpython, which has no
    _Py_DecRefShared."""
    out = run(with_library(tmp_path, other))
    assert out.stdout == "", "nothing ran"
    assert out.stderr.count("\n") == 1, f"one line: {out.stderr}"
    if out.returncode == 127 and linker_may_refuse:
        assert "symbol lookup error" in out.stderr and "undefined symbol: " in out.stderr
        print(f"refused by the dynamic linker: {out.stderr.strip()}")
        return
    assert out.returncode == 2, out.stderr
    assert out.stderr.startswith("embed: libpython mismatch: this program was built for CPython")
    assert f"({reason})" in out.stderr


def first(candidates, why):
    for c in candidates:
        return c
    pytest.skip(f"no interpreter on this machine is {why}")


def test_another_minor_version_is_refused(tmp_path):
    other = first(
        (o for o in others("LIBPYTHON_SYS_PYTHONS") if o["minor"] != OURS["minor"] and o["ft"] == OURS["ft"]),
        "of another minor version and the same build",
    )
    refused(tmp_path, other, "another minor version")
    ran("test_another_minor_version_is_refused")


def test_the_other_build_is_refused(tmp_path):
    other = first(
        (o for o in others("LIBPYTHON_SYS_PYTHONS") if o["minor"] == OURS["minor"] and o["ft"] != OURS["ft"]),
        f"the other build of {OURS['version'].split()[0]}",
    )
    # A default-build program calls nothing a free-threaded libpython lacks: the check
    # itself must refuse that library (the reverse is refused by the linker too).
    refused(
        tmp_path,
        other,
        "a free-threaded build" if other["ft"] else "a default (GIL) build",
        linker_may_refuse=OURS["ft"],
    )
    ran("test_the_other_build_is_refused")


def test_an_older_patch_release_is_refused(tmp_path):
    # E.g. built for pyenv's 3.11.7, with Debian's 3.11.2 in /usr/lib put first.
    other = first(
        (
            o
            for o in others("LIBPYTHON_SYS_OLDER_PYTHONS")
            if o["minor"] == OURS["minor"] and o["ft"] == OURS["ft"] and o["hex"] < OURS["hex"]
        ),
        f"an older patch release of {OURS['version'].split()[0]}",
    )
    refused(tmp_path, other, "an older patch release than the headers it was built with")
    ran("test_an_older_patch_release_is_refused")


def test_a_newer_patch_release_is_accepted(tmp_path):
    other = first(
        (
            o
            for o in others("LIBPYTHON_SYS_PYTHONS")
            if o["minor"] == OURS["minor"] and o["ft"] == OURS["ft"] and o["hex"] > OURS["hex"]
        ),
        f"a newer patch release of {OURS['version'].split()[0]}",
    )
    out = run(with_library(tmp_path, other))
    assert out.returncode == 0, out.stderr
    lines = report(out)
    assert lines["version"] == other["version"].replace("\n", " ")
    assert lines["threads"] == "8 x 2000 calls, 0 wrong, 16000 results"
    ran("test_a_newer_patch_release_is_accepted")
