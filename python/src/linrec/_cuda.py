"""The CUDA path: a Scan's compiled kernels on one GPU, run on torch's memory and current
stream. Every tensor (outputs, gradients, and the two arenas the kernels carve their saves and
workspaces from) is allocated by torch's caching allocator on the current stream, and the
kernels are queued on that stream, so torch's stream order covers them like its own kernels:
nothing is copied, nothing synchronises, and there is no second allocator.

A call's shapes are checked once per distinct signature (names, shapes, dtypes, device,
layout) and kept as a :class:`Plan`; a later call with the same signature passes only
addresses."""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

import torch

from . import _linrec

TORCH_DTYPES = {"f32": torch.float32, "bf16": torch.bfloat16, "f16": torch.float16}

_raw_stream = getattr(torch._C, "_cuda_getCurrentRawStream", None)


def current_stream(index: int) -> int:
    """torch's current stream on device `index`, as a CUstream address."""
    if _raw_stream is not None:
        return _raw_stream(index)
    return torch.cuda.current_stream(index).cuda_stream


def signature(names: Tuple[str, ...], values: Sequence[torch.Tensor]) -> tuple:
    """What a plan depends on: the names, and each tensor's shape, dtype, device and layout."""
    return (names, tuple([(v.shape, v.dtype, v.get_device(), v.is_contiguous()) for v in values]))


class Plan:
    """The checked shapes of calls with one signature, registered with the kernels."""

    __slots__ = ("id", "sizes", "order", "outs", "step_outs", "grads", "states", "_bytes")

    def __init__(self, compiled: "Compiled", names: Sequence[str], sizes: Dict[str, int]):
        self.sizes = sizes
        self.id = compiled.kernels.prepare(sizes)
        where = {n: j for j, n in enumerate(names)}
        #: Per manifest input, its position among the call's values (-1: absent).
        self.order = [where.get(n, -1) for n, _, _ in compiled.inputs]
        shape = lambda dims, step=False: [1 if step and d == compiled.scan_dim else sizes[d] for d in dims]  # noqa: E731
        self.outs = [(shape(d), TORCH_DTYPES[t]) for _, d, t, _ in compiled.outputs]
        self.step_outs = [(shape(d, True), TORCH_DTYPES[t]) for _, d, t, p in compiled.outputs if p]
        self.grads = [(shape(d), TORCH_DTYPES[t]) for _, d, t in compiled.inputs]
        self.states = [(shape(d), TORCH_DTYPES[t]) for _, d, t in compiled.states]
        self._bytes: Dict[str, Tuple[int, int]] = {}

    def footprint(self, compiled: "Compiled", call: str) -> Tuple[int, int]:
        fp = self._bytes.get(call)
        if fp is None:
            fp = self._bytes[call] = compiled.kernels.footprint(call, self.id)
        return fp

    def addresses(self, values: Sequence[torch.Tensor]) -> List[int]:
        return [values[j].data_ptr() if j >= 0 else 0 for j in self.order]


class Compiled:
    """A Scan's kernels loaded on one GPU, with the manifest's signature."""

    def __init__(self, directory: str, name: str, device: torch.device, scan_dim: str):
        self.device = device
        self.index = device.index or 0
        self.scan_dim = scan_dim
        self.kernels = _linrec.Kernels(directory, name, self.index)
        ins, outs, states = self.kernels.signature()
        self.inputs = [(n, d, t) for n, d, t, _ in ins]
        self.outputs = [(n, d, t, per_step) for n, d, t, per_step in outs]
        self.states = [(n, d, t) for n, d, t, _ in states]
        self.plans: Dict[tuple, Plan] = {}
        self._dtype = {n: TORCH_DTYPES[t] for n, _, t in self.inputs}

    def check(self, name: str, v: torch.Tensor) -> None:
        """The manifest's dtype and a dense layout on this GPU, for input `name`."""
        if v.dtype != self._dtype[name]:
            raise TypeError(
                f"input `{name}` has dtype {v.dtype}; the kernels were compiled to take "
                f"{self._dtype[name]} there (convert it, or compile with another dtype)"
            )
        if v.device != self.device:
            raise ValueError(f"input `{name}` is on {v.device}; the other inputs are on {self.device}")
        if not v.is_contiguous():
            raise ValueError(f"input `{name}` is not contiguous: pass `{name}.contiguous()`")

    def plan(self, names: Tuple[str, ...], values: Sequence[torch.Tensor], sizes=None, key=None) -> Plan:
        """The plan of a call (checked here the first time its signature is seen; the
        caller has checked names, ranks and sizes, and gives the sizes then)."""
        key = key if key is not None else signature(names, values)
        p = self.plans.get(key)
        if p is None:
            for n, v in zip(names, values):
                self.check(n, v)
            p = self.plans[key] = Plan(self, names, sizes)
        return p

    def _arena(self, nbytes: int) -> Tuple[Optional[torch.Tensor], Tuple[int, int]]:
        if not nbytes:
            return None, (0, 0)
        t = torch.empty(nbytes, dtype=torch.uint8, device=self.device)
        return t, (t.data_ptr(), nbytes)

    def forward(
        self, plan: Plan, values: Sequence[torch.Tensor], saving: bool
    ) -> Tuple[List[torch.Tensor], Optional[torch.Tensor]]:
        """The outputs in declaration order, and the saves arena (None when empty)."""
        dev = self.device
        outs = [torch.empty(s, dtype=d, device=dev) for s, d in plan.outs]
        saves_b, scratch_b = plan.footprint(self, "forward_saving" if saving else "forward")
        saves, sp = self._arena(saves_b)
        scratch, cp = self._arena(scratch_b)
        self.kernels.forward(
            plan.id,
            plan.addresses(values),
            [o.data_ptr() for o in outs],
            saving,
            sp,
            cp,
            current_stream(self.index),
        )
        del scratch  # freed on the current stream, after the kernels that use it
        return outs, saves

    def backward(
        self,
        plan: Plan,
        values: Sequence[torch.Tensor],
        saves: Optional[torch.Tensor],
        out_grads: Sequence[Optional[torch.Tensor]],
    ) -> List[torch.Tensor]:
        """The gradient of every input, in declaration order (absent optional inputs too)."""
        dev = self.device
        gs = []
        for g, (shape, dtype) in zip(out_grads, plan.outs):
            if g is None:
                g = torch.zeros(shape, dtype=dtype, device=dev)
            gs.append(g.to(dtype).contiguous())
        grads = [torch.empty(s, dtype=d, device=dev) for s, d in plan.grads]
        _, scratch_b = plan.footprint(self, "backward")
        scratch, cp = self._arena(scratch_b)
        sp = (saves.data_ptr(), saves.numel()) if saves is not None and saves.numel() else (0, 0)
        self.kernels.backward(
            plan.id,
            plan.addresses(values),
            [g.data_ptr() for g in gs],
            [g.data_ptr() for g in grads],
            sp,
            cp,
            current_stream(self.index),
        )
        del scratch
        return grads

    def step(self, plan: Plan, values: Sequence[torch.Tensor], states: List[torch.Tensor]) -> List[torch.Tensor]:
        """One step: the per-step outputs; `states` (dense, this GPU) updated in place."""
        outs = [torch.empty(s, dtype=d, device=self.device) for s, d in plan.step_outs]
        _, scratch_b = plan.footprint(self, "step")
        scratch, cp = self._arena(scratch_b)
        self.kernels.step(
            plan.id,
            plan.addresses(values),
            [o.data_ptr() for o in outs],
            [s.data_ptr() for s in states],
            cp,
            current_stream(self.index),
        )
        del scratch
        return outs
