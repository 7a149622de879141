"""The torch side of a call: the operator ``linrec::scan`` (``torch.library.custom_op``, so
that ``torch.compile`` traces through a call without a graph break), its fake (shape-only)
implementation, and its derived backward through ``register_autograd``. Imported only when
a call receives torch tensors."""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np
import torch

from . import _SCANS  # the operator refers to a scan by its key; names joined by commas


def _check(scan, inputs: Mapping[str, Any]) -> None:
    """Devices, names, ranks, dtypes and sizes, from the tensors' metadata only (so that
    torch.compile traces it); every error names the argument."""
    dims = {n: d for n, d, _ in scan.inputs}
    sizes: Dict[str, Tuple[int, str]] = {d: (s, f"dims[{d!r}]") for d, s in scan.dims.items()}
    scan._only_known(inputs)
    for k, v in inputs.items():
        if v is None:
            continue
        if not isinstance(v, torch.Tensor):
            raise TypeError(f"input `{k}` is a {type(v).__name__}; pass torch tensors throughout")
        if v.device.type != "cpu":
            raise NotImplementedError(
                f"input `{k}` is on {v.device}: this release of linrec runs on CPU tensors "
                "(the float64 interpreter); the CUDA path is not in it yet"
            )
        if not v.is_floating_point():
            raise TypeError(f"input `{k}` has dtype {v.dtype}; expected floating point")
        if v.dim() != len(dims[k]):
            raise ValueError(
                f"input `{k}` has {v.dim()} dims {tuple(v.shape)}, expected {len(dims[k])} "
                f"([{', '.join(dims[k])}])"
            )
        for d, s in zip(dims[k], v.shape):
            if d in sizes and sizes[d][0] != s:
                raise ValueError(
                    f"input `{k}` has {d} = {s}, but {sizes[d][1]} has {d} = {sizes[d][0]}"
                )
            sizes.setdefault(d, (s, f"input `{k}`"))
    for n, d, optional in scan.inputs:
        if not optional and inputs.get(n) is None:
            raise ValueError(f"`{scan.name}` needs input `{n}` ([{', '.join(d)}])")


def _np(v: torch.Tensor) -> np.ndarray:
    return v.detach().to(torch.float64).numpy()


def _dtype(values: Sequence[Optional[torch.Tensor]]) -> torch.dtype:
    return next((v.dtype for v in values if v is not None and v.is_floating_point()), torch.float64)


def _sizes(scan, names: Sequence[str], values: Sequence[Optional[torch.Tensor]]) -> Dict[str, int]:
    """Every dim's size, from the inputs' shapes (and the scan's fixed dims)."""
    dims = {n: d for n, d, _ in scan.inputs}
    sizes = dict(scan.dims)
    for n, v in zip(names, values):
        if v is not None:
            for d, s in zip(dims[n], v.shape):
                sizes.setdefault(d, s)
    return sizes


@torch.library.custom_op("linrec::scan", mutates_args=())
def _scan(key: int, names: str, values: List[Optional[torch.Tensor]]) -> List[torch.Tensor]:
    scan = _SCANS[key]
    names = names.split(",")
    arrays = {n: _np(v) for n, v in zip(names, values) if v is not None}
    outs = scan._spec.forward(scan.name, arrays, scan.dims)
    dtype = _dtype(values)
    return [torch.from_numpy(a).to(dtype) for _, a in outs]


@_scan.register_fake
def _scan_fake(key, names, values):
    scan = _SCANS[key]
    sizes = _sizes(scan, names.split(","), values)
    dtype = _dtype(values)
    return [
        torch.empty([sizes[d] for d in dims], dtype=dtype) for _, dims in scan.outputs
    ]


@torch.library.custom_op("linrec::scan_backward", mutates_args=())
def _scan_backward(
    key: int,
    names: str,
    values: List[Optional[torch.Tensor]],
    grads: List[Optional[torch.Tensor]],
) -> List[torch.Tensor]:
    scan = _SCANS[key]
    names = names.split(",")
    arrays = {n: _np(v) for n, v in zip(names, values) if v is not None}
    g = {n: _np(gr) for (n, _), gr in zip(scan.outputs, grads) if gr is not None}
    out = dict(scan._spec.backward(scan.name, arrays, g, scan.dims))
    # One gradient per given input (absent inputs: an empty placeholder, dropped later).
    return [
        torch.from_numpy(out[n]).to(v.dtype) if v is not None else torch.empty(0)
        for n, v in zip(names, values)
    ]


@_scan_backward.register_fake
def _scan_backward_fake(key, names, values, grads):
    return [torch.empty_like(v) if v is not None else torch.empty(0) for v in values]


def _setup(ctx, inputs, output):
    key, names, values = inputs
    ctx.key, ctx.names = key, names
    ctx.save_for_backward(*[v if v is not None else torch.empty(0) for v in values])
    ctx.present = [v is not None for v in values]


def _backward(ctx, grads):
    saved = ctx.saved_tensors
    values = [v if p else None for v, p in zip(saved, ctx.present)]
    gs = _scan_backward(ctx.key, ctx.names, values, list(grads))
    return None, None, [g if p else None for g, p in zip(gs, ctx.present)]


_scan.register_autograd(_backward, setup_context=_setup)


def apply(scan, inputs: Mapping[str, Any]) -> Tuple[torch.Tensor, ...]:
    _check(scan, inputs)
    names = [k for k, v in inputs.items() if v is not None]
    values = [v for v in inputs.values() if v is not None]
    return tuple(_scan(scan._key, ",".join(names), values))
