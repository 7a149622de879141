"""The CUDA path: a Scan's compiled kernels on one GPU, run on torch's memory and current
stream. Every tensor (outputs, gradients, and the two arenas the kernels carve their saves and
workspaces from) is allocated by torch's caching allocator on the current stream, and the
kernels are queued on that stream, so torch's stream order covers them like its own kernels:
nothing is copied, nothing synchronises, and there is no second allocator."""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

import torch

from . import _linrec

TORCH_DTYPES = {"f32": torch.float32, "bf16": torch.bfloat16, "f16": torch.float16}


def _ptr(t: torch.Tensor, dtype: str) -> Tuple[int, List[int], str]:
    return (t.data_ptr(), list(t.shape), dtype)


def _arena(nbytes: int, device: torch.device) -> Tuple[torch.Tensor, Tuple[int, int]]:
    t = torch.empty(nbytes, dtype=torch.uint8, device=device)
    return t, (t.data_ptr() if nbytes else 0, nbytes)


class Compiled:
    """A Scan's kernels loaded on one GPU, with the manifest's signature."""

    def __init__(self, directory: str, name: str, device: torch.device, scan_dim: str):
        self.device = device
        self.scan_dim = scan_dim
        self.kernels = _linrec.Kernels(directory, name, device.index or 0)
        ins, outs, states = self.kernels.signature()
        self.inputs = [(n, d, t) for n, d, t, _ in ins]
        self.outputs = [(n, d, t, per_step) for n, d, t, per_step in outs]
        self.states = [(n, d, t) for n, d, t, _ in states]
        self._bytes: Dict[Tuple[str, tuple], Tuple[int, int]] = {}

    def footprint(self, call: str, sizes: Dict[str, int]) -> Tuple[int, int]:
        """(saves, scratch) bytes of `call` at `sizes` (asked once per shape)."""
        key = (call, tuple(sorted(sizes.items())))
        fp = self._bytes.get(key)
        if fp is None:
            fp = self._bytes[key] = self.kernels.footprint(call, sizes)
        return fp

    def check(self, name: str, v: torch.Tensor) -> None:
        """The manifest's dtype and a dense layout on this GPU, for input `name`."""
        want = next(t for n, _, t in self.inputs if n == name)
        if v.dtype != TORCH_DTYPES[want]:
            raise TypeError(
                f"input `{name}` has dtype {v.dtype}; the kernels were compiled to take "
                f"{TORCH_DTYPES[want]} there (convert it, or compile with another dtype)"
            )
        if v.device != self.device:
            raise ValueError(f"input `{name}` is on {v.device}; the other inputs are on {self.device}")
        if not v.is_contiguous():
            raise ValueError(f"input `{name}` is not contiguous: pass `{name}.contiguous()`")

    def _inputs(self, given: Dict[str, Optional[torch.Tensor]]):
        return [
            _ptr(given[n], t) if given.get(n) is not None else None for n, _, t in self.inputs
        ]

    def forward(
        self, sizes: Dict[str, int], given: Dict[str, Optional[torch.Tensor]], saving: bool
    ) -> Tuple[List[torch.Tensor], torch.Tensor]:
        """The outputs in declaration order, and the saves arena (empty unless `saving`)."""
        dev = self.device
        outs = [
            torch.empty([sizes[d] for d in dims], dtype=TORCH_DTYPES[t], device=dev)
            for _, dims, t, _ in self.outputs
        ]
        saves_b, scratch_b = self.footprint("forward_saving" if saving else "forward", sizes)
        saves, sp = _arena(saves_b, dev)
        scratch, cp = _arena(scratch_b, dev)
        stream = torch.cuda.current_stream(dev).cuda_stream
        self.kernels.forward(
            sizes,
            self._inputs(given),
            [_ptr(o, t) for o, (_, _, t, _) in zip(outs, self.outputs)],
            saving,
            sp,
            cp,
            stream,
        )
        del scratch  # freed on the current stream, after the kernels that use it
        return outs, saves

    def backward(
        self,
        sizes: Dict[str, int],
        given: Dict[str, Optional[torch.Tensor]],
        saves: torch.Tensor,
        out_grads: Sequence[Optional[torch.Tensor]],
    ) -> List[torch.Tensor]:
        """The gradient of every input, in declaration order (absent optional inputs too)."""
        dev = self.device
        gs = []
        for g, (_, dims, t, _) in zip(out_grads, self.outputs):
            shape = [sizes[d] for d in dims]
            if g is None:
                g = torch.zeros(shape, dtype=TORCH_DTYPES[t], device=dev)
            gs.append(g.to(TORCH_DTYPES[t]).contiguous())
        grads = [
            torch.empty([sizes[d] for d in dims], dtype=TORCH_DTYPES[t], device=dev)
            for _, dims, t in self.inputs
        ]
        _, scratch_b = self.footprint("backward", sizes)
        scratch, cp = _arena(scratch_b, dev)
        stream = torch.cuda.current_stream(dev).cuda_stream
        self.kernels.backward(
            sizes,
            self._inputs(given),
            [_ptr(g, t) for g, (_, _, t, _) in zip(gs, self.outputs)],
            [_ptr(g, t) for g, (_, _, t) in zip(grads, self.inputs)],
            (saves.data_ptr() if saves.numel() else 0, saves.numel()),
            cp,
            stream,
        )
        del scratch
        return grads

    def step(
        self,
        sizes: Dict[str, int],
        given: Dict[str, Optional[torch.Tensor]],
        states: List[torch.Tensor],
    ) -> List[torch.Tensor]:
        """One step: the per-step outputs; `states` (dense, this GPU) updated in place."""
        dev = self.device
        one = dict(sizes)
        outs = [
            torch.empty([1 if d == self.scan_dim else sizes[d] for d in dims], dtype=TORCH_DTYPES[t], device=dev)
            for _, dims, t, per_step in self.outputs
            if per_step
        ]
        _, scratch_b = self.footprint("step", one)
        scratch, cp = _arena(scratch_b, dev)
        stream = torch.cuda.current_stream(dev).cuda_stream
        per_step = [(n, d, t) for n, d, t, p in self.outputs if p]
        self.kernels.step(
            one,
            self._inputs(given),
            [_ptr(o, t) for o, (_, _, t) in zip(outs, per_step)],
            [_ptr(s, t) for s, (_, _, t) in zip(states, self.states)],
            cp,
            stream,
        )
        del scratch
        return outs
