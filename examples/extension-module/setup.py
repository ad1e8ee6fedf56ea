"""The extension module for setuptools-rust; the project itself is in pyproject.toml.

By default (`python -m pip wheel .`) `tally` is built for the interpreter that runs pip:
`tally.cpython-3XY[t]-x86_64-linux-gnu.so` in a `cp3XY-cp3XY[t]` wheel. The environment
variable `TALLY_STABLE_ABI` (pip passes the environment to its isolated build) builds one
wheel for many interpreters instead:

- `TALLY_STABLE_ABI=abi3-py39`, built with CPython 3.9: `tally.abi3.so` in a
  `cp39-abi3-linux_x86_64` wheel, for CPython 3.9+ with the GIL.
- `TALLY_STABLE_ABI=abi3t-py315` (PEP 803), built with a free-threaded CPython 3.15+:
  `tally.abi3t-x86_64-linux-gnu.so` in a `cp315-abi3.abi3t-linux_x86_64` wheel, for 3.15
  and 3.15t.

Each selects the crate's cargo feature of that name and sets bdist_wheel's `py_limited_api`
(`cp39`, `cp315`), from which setuptools tags the wheel and setuptools-rust names the file
(setuptools' `get_abi3_suffix()`, for the interpreter that builds). That is the option
setuptools-rust 1.13 reads; its own `py-limited-api` key is deprecated and names the file
only. Hence the interpreter to build with:

- abi3: the oldest one. From 3.15 on, the first stable-ABI suffix is the
  multiarch-qualified `.abi3-x86_64-linux-gnu.so`, a name that 3.9 to 3.14 do not import.
- abi3t: a free-threaded 3.15+ with setuptools 84.2 or newer (pip takes the newest), the
  only combination that builds abi3t: there `py_limited_api` gives the `.abi3t-<multiarch>`
  suffix (3.15 and 3.15t import it, as they do the bare `.abi3t.so`) and the compressed tag
  `abi3.abi3t`. On 3.15 with the GIL it would give abi3, and older setuptools refuse
  `py_limited_api` on a free-threaded interpreter.
"""

import os
import sys
import sysconfig

from setuptools import setup
from setuptools_rust import Binding, RustExtension

STABLE_ABI = os.environ.get("TALLY_STABLE_ABI", "")
LIMITED_API = {"abi3-py39": "cp39", "abi3t-py315": "cp315"}

if STABLE_ABI and STABLE_ABI not in LIMITED_API:
    sys.exit(f"TALLY_STABLE_ABI={STABLE_ABI!r}: expected abi3-py39, abi3t-py315 or nothing")
if STABLE_ABI == "abi3t-py315":
    from setuptools.command.build_ext import get_abi3_suffix

    if not (sysconfig.get_config_var("Py_GIL_DISABLED") and sys.version_info >= (3, 15)):
        sys.exit("TALLY_STABLE_ABI=abi3t-py315: build with a free-threaded CPython 3.15+")
    if not (get_abi3_suffix() or "").startswith(".abi3t"):
        sys.exit("TALLY_STABLE_ABI=abi3t-py315: needs setuptools 84.2 or newer (abi3t wheels)")

setup(
    rust_extensions=[
        RustExtension(
            # The module's name: PyInit_tally, and PyModExport_tally on 3.15 and abi3t.
            "tally",
            # Bindings of our own: setuptools-rust adds no pyo3 features.
            binding=Binding.NoBinding,
            features=[STABLE_ABI] if STABLE_ABI else [],
        )
    ],
    options={"bdist_wheel": {"py_limited_api": LIMITED_API[STABLE_ABI]}} if STABLE_ABI else {},
)
