"""linrec from Python: compile a recurrence spec, run it, take its derived gradients.

    import linrec
    scan = linrec.compile("lang-examples/selective_scan.lr", dims={"N": 16})
    y, h_last = scan(u=u, delta=delta, z=z, A=A, Bm=Bm, Cm=Cm, Dskip=D, dt_bias=bias)

Inputs are numpy arrays or torch tensors, passed by the names the spec declares.

- On CUDA tensors the call runs the compiled kernels: the spec is compiled in process at the
  first call (PTX through MLIR, in the kernel cache ``$LINREC_CACHE_DIR`` or
  ``~/.cache/linrec``, keyed by the spec's text, dims, dtype and this build) and run on
  torch's current stream and memory, with the compiler's derived backward as its gradient.
- On CPU tensors and numpy arrays it runs linrec's float64 interpreter (the reference every
  kernel is checked against): exact, slow, and differentiable the same way.

With torch tensors the call is differentiable, and ``torch.compile`` traces through it (the
operator ``linrec::scan``).
"""

from __future__ import annotations

import os
from typing import Any, Dict, Mapping, Optional, Tuple

import numpy as np

from . import _linrec

__all__ = ["compile", "explain", "step", "Scan", "SpecError"]
__version__ = _linrec.__version__

# Every Scan by key (the torch operator refers to a scan by its key: it takes plain values).
_SCANS: Dict[int, "Scan"] = {}

#: Storage dtypes a spec may be compiled for (arithmetic is f32 on devices, f64 here).
DTYPES = ("f32", "bf16", "f16")


class SpecError(ValueError):
    """A spec that does not check: the message holds linrec's diagnostics."""


def _source(spec: str) -> Tuple[str, str]:
    """The text and display name of `spec`: a path to a `.lr` file, or the text itself."""
    if "\n" not in spec and (spec.endswith(".lr") or os.path.exists(spec)):
        with open(spec, encoding="utf-8") as f:
            return f.read(), spec
    return spec, "<spec>"


def _load(spec: str) -> Tuple["_linrec.Spec", str, str]:
    text, name = _source(spec)
    try:
        return _linrec.Spec(text, name), text, name
    except ValueError as e:
        raise SpecError(str(e)) from None


def _build() -> str:
    """What identifies this build of the extension (kernels of another are not reused)."""
    st = os.stat(_linrec.__file__)
    return f"{_linrec.__version__} {st.st_size} {st.st_mtime_ns}"


def explain(spec: str, name: Optional[str] = None) -> str:
    """What the compiler derived for a recurrence of `spec` (as `linrec explain` prints it)."""
    s, _, _ = _load(spec)
    return s.explain(_pick(s, name))


def _pick(s: "_linrec.Spec", name: Optional[str]) -> str:
    names = s.recurrences()
    if name is None:
        if len(names) != 1:
            raise ValueError(
                f"the spec has {len(names)} recurrences ({', '.join(names)}): pass name=..."
            )
        return names[0]
    if name not in names:
        raise ValueError(f"no recurrence `{name}` in the spec (it has: {', '.join(names)})")
    return name


def compile(
    spec: str,
    dims: Optional[Mapping[str, int]] = None,
    dtype: str = "f32",
    name: Optional[str] = None,
    dtypes: Optional[Mapping[str, str]] = None,
) -> "Scan":
    """Checks and derives the recurrence `name` of `spec` (a path or the text itself).

    `dims` fixes sizes (e.g. ``{"N": 16}``, as ``linrec compile --dims``); every other size is
    read from the arrays of each call. `dtype` is the storage dtype of the compiled kernels
    (``f32``, ``bf16``, ``f16``: the tensors a CUDA call takes and returns have it, except
    where the spec declares another for a tensor); compute is f32 there. `dtypes` gives
    other dtypes to the tensors it names (inputs, outputs, states), e.g.
    ``dtype="bf16", dtypes={"A": "f32", "Dskip": "f32", "dt_bias": "f32"}`` keeps the
    parameters in f32, as the reference selective scan does. On the CPU path arithmetic is
    float64 and results come back in the inputs' floating dtype.
    """
    for what, d in [("dtype", dtype)] + [(f"dtypes[{k!r}]", v) for k, v in (dtypes or {}).items()]:
        if d not in DTYPES:
            raise ValueError(f"{what} must be one of {', '.join(DTYPES)}, not {d!r}")
    s, text, display = _load(spec)
    scan = Scan(s, _pick(s, name), dict(dims or {}), dtype, text, display)
    scan.dtypes = dict(dtypes or {})
    known = {n for n, _, _ in scan.inputs} | {n for n, _ in scan.outputs}
    known |= {n for n, _, _, _ in s.states(scan.name)}
    for k in scan.dtypes:
        if k not in known:
            raise ValueError(
                f"dtypes names `{k}`, which `{scan.name}` does not have (its tensors: "
                f"{', '.join(sorted(known))})"
            )
    return scan


def step(scan: "Scan", state: Optional[Mapping[str, Any]] = None, **inputs: Any):
    """One decoding step of `scan` with a carried state (see :meth:`Scan.step`)."""
    return scan.step(state, **inputs)


def _is_torch(x: Any) -> bool:
    return type(x).__module__.startswith("torch")


class Scan:
    """A compiled recurrence. Call it with its inputs by name; it returns its outputs in
    declaration order (a tuple, or the single output)."""

    def __init__(
        self,
        spec: "_linrec.Spec",
        name: str,
        dims: Dict[str, int],
        dtype: str,
        text: str,
        display: str,
    ):
        self._spec = spec
        self._text, self._display = text, display
        #: Per-tensor storage dtypes over `dtype` (``compile(dtypes=...)``).
        self.dtypes: Dict[str, str] = {}
        self._dir: Optional[str] = None
        self._on_gpu: Dict[int, Any] = {}
        self.name = name
        self.dims = dims
        self.dtype = dtype
        inputs, outputs, scan = spec.signature(name)
        #: (name, dims, optional) per input, in declaration order.
        self.inputs = [tuple(i) for i in inputs]
        #: (name, dims) per output, in declaration order.
        self.outputs = [tuple(o) for o in outputs]
        self.scan_dim = scan
        self._key = len(_SCANS)
        _SCANS[self._key] = self

    def __repr__(self) -> str:
        ins = ", ".join(f"{n}{'?' if o else ''}[{', '.join(d)}]" for n, d, o in self.inputs)
        outs = ", ".join(f"{n}[{', '.join(d)}]" for n, d in self.outputs)
        return f"<linrec.Scan {self.name}({ins}) -> ({outs}), scan over {self.scan_dim}>"

    def explain(self) -> str:
        return self._spec.explain(self.name)

    def compile_kernels(self) -> str:
        """Compiles the kernels now (else the first CUDA call does), into the kernel cache;
        returns their folder (``manifest.json`` and the PTX, as ``linrec compile`` writes)."""
        if self._dir is None:
            try:
                self._dir = _linrec.compile_kernels(
                    self._text, self._display, self.dims, self.dtype, self.dtypes, _build()
                )
            except ValueError as e:
                raise SpecError(str(e)) from None
        return self._dir

    def _compiled(self, device):
        """The kernels loaded on CUDA device `device` (a torch.device)."""
        return self._compiled_at(device.index or 0)

    def _compiled_at(self, index: int):
        """The kernels loaded on CUDA device number `index`."""
        c = self._on_gpu.get(index)
        if c is None:
            import torch

            from ._cuda import Compiled

            device = torch.device("cuda", index)
            c = self._on_gpu[index] = Compiled(self.compile_kernels(), self.name, device, self.scan_dim)
        return c

    # -- numpy -------------------------------------------------------------------------

    def _only_known(self, names) -> None:
        known = [n for n, _, _ in self.inputs]
        for k in names:
            if k not in known:
                raise ValueError(f"`{self.name}` has no input `{k}` (its inputs: {', '.join(known)})")

    def _only_known_states(self, names) -> None:
        known = [n for n, _, _, _ in self._spec.states(self.name)]
        for k in names:
            if k not in known:
                raise ValueError(f"`{self.name}` has no state `{k}` (its states: {', '.join(known)})")

    def _arrays(self, inputs: Mapping[str, Any]) -> Dict[str, np.ndarray]:
        self._only_known(inputs)
        out = {}
        for k, v in inputs.items():
            if v is None:
                continue
            a = np.asarray(v)
            if not (np.issubdtype(a.dtype, np.floating) or np.issubdtype(a.dtype, np.integer)):
                raise TypeError(f"input `{k}` has dtype {a.dtype}; expected floating point")
            out[k] = np.ascontiguousarray(a, dtype=np.float64)
        return out

    @staticmethod
    def _result_dtype(inputs: Mapping[str, Any]) -> np.dtype:
        kinds = [np.asarray(v).dtype for v in inputs.values() if v is not None]
        floats = [k for k in kinds if np.issubdtype(k, np.floating)]
        return np.result_type(*floats) if floats else np.dtype(np.float64)

    def forward(self, **inputs: Any) -> Dict[str, np.ndarray]:
        """The outputs by name, as numpy arrays (float64 computation)."""
        dt = self._result_dtype(inputs)
        outs = self._spec.forward(self.name, self._arrays(inputs), self.dims)
        return {n: a.astype(dt, copy=False) for n, a in outs}

    def backward(
        self, inputs: Mapping[str, Any], grads: Mapping[str, Any]
    ) -> Dict[str, np.ndarray]:
        """The gradients of ``Σ_o ⟨grads[o], o⟩`` with respect to every given input, by name."""
        dt = self._result_dtype(inputs)
        g = {}
        for k, v in grads.items():
            if v is None:
                continue
            g[k] = np.ascontiguousarray(np.asarray(v), dtype=np.float64)
        out = self._spec.backward(self.name, self._arrays(inputs), g, self.dims)
        return {n: a.astype(dt, copy=False) for n, a in out}

    def step(self, state: Optional[Mapping[str, Any]] = None, **inputs: Any):
        """One decoding step: inputs with the scan dim of size 1, `state` the carried states
        by name (None: as the spec initialises them). Returns ``(outputs, state)``: the
        per-step outputs (a tuple, or the single one) and the new states by name. On CUDA
        tensors the step kernel runs, and the states come back as new tensors (the ones
        given are not modified)."""
        if any(_is_torch(v) and v.device.type == "cuda" for v in inputs.values() if v is not None):
            from . import _torch

            return _torch.step(self, state, inputs)
        dt = self._result_dtype(inputs)
        st = {}
        for k, v in (state or {}).items():
            st[k] = np.ascontiguousarray(np.asarray(v), dtype=np.float64)
        outs, new = self._spec.step(self.name, self._arrays(inputs), st, self.dims)
        outs = tuple(a.astype(dt, copy=False) for _, a in outs)
        return (outs[0] if len(outs) == 1 else outs), {n: a for n, a in new}

    # -- calls ---------------------------------------------------------------------------

    def __call__(self, **inputs: Any):
        if any(_is_torch(v) for v in inputs.values() if v is not None):
            from . import _torch

            outs = _torch.apply(self, inputs)
        else:
            d = self.forward(**inputs)
            outs = tuple(d[n] for n, _ in self.outputs)
        return outs[0] if len(outs) == 1 else outs
