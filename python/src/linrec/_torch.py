"""The torch side of a call: a ``torch.autograd.Function`` over the CPU path's forward and
the derived backward. Imported only when a call receives torch tensors."""

from __future__ import annotations

from typing import Any, Dict, Mapping, Tuple

import numpy as np
import torch


def _check(scan, inputs: Mapping[str, Any]) -> None:
    for k, v in inputs.items():
        if isinstance(v, torch.Tensor) and v.device.type != "cpu":
            raise NotImplementedError(
                f"input `{k}` is on {v.device}: this release of linrec runs on CPU tensors "
                "(the float64 interpreter); the CUDA path is not in it yet"
            )


def _np(v: Any) -> np.ndarray:
    if isinstance(v, torch.Tensor):
        return v.detach().to(torch.float64).numpy()
    return np.asarray(v, dtype=np.float64)


class _Call(torch.autograd.Function):
    @staticmethod
    def forward(ctx, scan, names: Tuple[str, ...], *values):
        arrays = {n: _np(v) for n, v in zip(names, values) if v is not None}
        outs = scan._spec.forward(scan.name, arrays, scan.dims)
        dtype = next(
            (v.dtype for v in values if isinstance(v, torch.Tensor) and v.is_floating_point()),
            torch.float64,
        )
        ctx.scan, ctx.names, ctx.arrays, ctx.dtype = scan, names, arrays, dtype
        ctx.like = [v if isinstance(v, torch.Tensor) else None for v in values]
        return tuple(torch.from_numpy(a).to(dtype) for _, a in outs)

    @staticmethod
    def backward(ctx, *grads):
        scan = ctx.scan
        g = {
            n: gr.detach().to(torch.float64).numpy()
            for (n, _), gr in zip(scan.outputs, grads)
            if gr is not None
        }
        out = dict(scan._spec.backward(scan.name, ctx.arrays, g, scan.dims))
        result = []
        for n, like in zip(ctx.names, ctx.like):
            if like is None or not like.requires_grad or n not in out:
                result.append(None)
            else:
                result.append(torch.from_numpy(out[n]).to(like.dtype))
        return (None, None, *result)


def apply(scan, inputs: Mapping[str, Any]) -> Tuple[torch.Tensor, ...]:
    _check(scan, inputs)
    scan._arrays({k: _np(v) for k, v in inputs.items() if v is not None})  # names, dtypes
    names = tuple(inputs.keys())
    return _Call.apply(scan, names, *inputs.values())
