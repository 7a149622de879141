"""The torch side of a call. On CPU tensors the float64 interpreter runs it; on CUDA tensors
the compiled kernels do (``_cuda``), on torch's memory and current stream. Either way the
call is differentiable with the compiler's derived backward:

- eagerly, a CUDA call is a plain ``torch.autograd.Function`` (the least overhead per call);
- under ``torch.compile``, and on CPU tensors, it is the operator ``linrec::scan``
  (``torch.library.custom_op``, with a fake implementation and ``register_autograd``), so
  that a compiled graph traces through it without a break.

Imported only when a call receives torch tensors."""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np
import torch

from . import _SCANS  # the operator refers to a scan by its key; names joined by commas
from ._cuda import signature as _cuda_signature


def _check(scan, inputs: Mapping[str, Any]) -> Optional[torch.device]:
    """Names, devices, ranks, dtypes and sizes, from the tensors' metadata only (so that
    torch.compile traces it); every error names the argument. Returns the CUDA device of
    the call, or None for a CPU call. The checks against the compiled kernels (dtypes,
    layout) are `_check_compiled`'s."""
    dims = {n: d for n, d, _ in scan.inputs}
    sizes: Dict[str, Tuple[int, str]] = {d: (s, f"dims[{d!r}]") for d, s in scan.dims.items()}
    scan._only_known(inputs)
    device: Optional[torch.device] = None
    for k, v in inputs.items():
        if v is None:
            continue
        if not isinstance(v, torch.Tensor):
            raise TypeError(f"input `{k}` is a {type(v).__name__}; pass torch tensors throughout")
        if device is None:
            device = v.device
        elif v.device != device:
            raise ValueError(f"input `{k}` is on {v.device}; the inputs before it are on {device}")
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
    if device is None or device.type == "cpu":
        return None
    if device.type != "cuda":
        raise NotImplementedError(f"linrec runs on CPU and CUDA tensors, not on {device}")
    return device


def _plan(scan, compiled, names: Sequence[str], values: Sequence[torch.Tensor]):
    """The compiled kernels' plan for a call whose inputs `_check` has passed."""
    names = tuple(names)
    return compiled.plan(names, values, _sizes(scan, names, values))


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


def _device(values: Sequence[Optional[torch.Tensor]]) -> torch.device:
    return next(v.device for v in values if v is not None)


# -- the operator (CPU calls, and CUDA calls under torch.compile) ---------------------------


@torch.library.custom_op("linrec::scan", mutates_args=())
def _scan(
    key: int, names: str, values: List[Optional[torch.Tensor]], saving: bool
) -> List[torch.Tensor]:
    """The outputs, then what the backward needs besides the inputs (the CUDA kernels'
    saves arena; empty on CPU)."""
    scan = _SCANS[key]
    split = names.split(",")
    device = _device(values)
    if device.type == "cuda":
        compiled = scan._compiled(device)
        outs, saves = compiled.forward(_plan(scan, compiled, split, values), values, saving)
        return outs + [saves if saves is not None else torch.empty(0, dtype=torch.uint8, device=device)]
    arrays = {n: _np(v) for n, v in zip(split, values) if v is not None}
    outs = scan._spec.forward(scan.name, arrays, scan.dims)
    dtype = _dtype(values)
    return [torch.from_numpy(a).to(dtype) for _, a in outs] + [torch.empty(0, dtype=torch.uint8)]


@_scan.register_fake
def _scan_fake(key, names, values, saving):
    scan = _SCANS[key]
    sizes = _sizes(scan, names.split(","), values)
    device = _device(values)
    if device.type == "cuda":
        from ._cuda import TORCH_DTYPES

        compiled = scan._compiled(device)
        plan = _plan(scan, compiled, names.split(","), values)
        saves, _ = plan.footprint(compiled, "forward_saving" if saving else "forward")
        outs = [
            torch.empty([sizes[d] for d in dims], dtype=TORCH_DTYPES[t], device=device)
            for _, dims, t, _ in compiled.outputs
        ]
        return outs + [torch.empty(saves, dtype=torch.uint8, device=device)]
    dtype = _dtype(values)
    outs = [torch.empty([sizes[d] for d in dims], dtype=dtype) for _, dims in scan.outputs]
    return outs + [torch.empty(0, dtype=torch.uint8)]


@torch.library.custom_op("linrec::scan_backward", mutates_args=())
def _scan_backward(
    key: int,
    names: str,
    values: List[Optional[torch.Tensor]],
    saves: torch.Tensor,
    grads: List[Optional[torch.Tensor]],
) -> List[torch.Tensor]:
    """One gradient per given input (an empty placeholder for absent ones)."""
    scan = _SCANS[key]
    split = names.split(",")
    device = _device(values)
    if device.type == "cuda":
        compiled = scan._compiled(device)
        gs = compiled.backward(_plan(scan, compiled, split, values), values, saves, grads)
        by_name = {n: g for (n, _, _), g in zip(compiled.inputs, gs)}
        return [by_name[n] if v is not None else torch.empty(0, device=device) for n, v in zip(split, values)]
    arrays = {n: _np(v) for n, v in zip(split, values) if v is not None}
    g = {n: _np(gr) for (n, _), gr in zip(scan.outputs, grads) if gr is not None}
    out = dict(scan._spec.backward(scan.name, arrays, g, scan.dims))
    return [
        torch.from_numpy(out[n]).to(v.dtype) if v is not None else torch.empty(0)
        for n, v in zip(split, values)
    ]


@_scan_backward.register_fake
def _scan_backward_fake(key, names, values, saves, grads):
    return [torch.empty_like(v) if v is not None else torch.empty(0) for v in values]


def _setup(ctx, inputs, output):
    key, names, values, _ = inputs
    ctx.key, ctx.names = key, names
    ctx.save_for_backward(output[-1], *[v if v is not None else torch.empty(0) for v in values])
    ctx.present = [v is not None for v in values]


def _backward(ctx, grads):
    saves, *saved = ctx.saved_tensors
    values = [v if p else None for v, p in zip(saved, ctx.present)]
    gs = _scan_backward(ctx.key, ctx.names, values, saves, list(grads[:-1]))
    return None, None, [g if p else None for g, p in zip(gs, ctx.present)], None


_scan.register_autograd(_backward, setup_context=_setup)


# -- eager CUDA calls ---------------------------------------------------------------------


class _Eager(torch.autograd.Function):
    """A CUDA call outside torch.compile that needs a gradient: the compiled kernels without
    the operator's dispatch (the same forward and backward as its CUDA implementation)."""

    @staticmethod
    def forward(ctx, compiled, plan, names, *values):
        outs, saves = compiled.forward(plan, values, True)
        ctx.compiled, ctx.plan, ctx.names = compiled, plan, names
        ctx.save_for_backward(saves, *values)
        return tuple(outs)

    @staticmethod
    def backward(ctx, *grads):
        saves, *values = ctx.saved_tensors
        compiled = ctx.compiled
        gs = compiled.backward(ctx.plan, values, saves, grads)
        by_name = {n: g for (n, _, _), g in zip(compiled.inputs, gs)}
        return (None, None, None) + tuple(
            by_name[n] if need else None for n, need in zip(ctx.names, ctx.needs_input_grad[3:])
        )


def apply(scan, inputs: Mapping[str, Any]) -> Tuple[torch.Tensor, ...]:
    names = tuple(k for k, v in inputs.items() if v is not None)
    values = [v for v in inputs.values() if v is not None]
    first = values[0] if values else None
    if isinstance(first, torch.Tensor) and first.is_cuda and not torch.compiler.is_compiling():
        # Eager CUDA: a signature seen before needs no checks (its plan holds them).
        compiled = scan._compiled_at(first.get_device())
        key = _cuda_signature(names, values)
        plan = compiled.plans.get(key)
        if plan is None:
            _check(scan, inputs)
            plan = compiled.plan(names, values, _sizes(scan, names, values), key)
        if torch.is_grad_enabled() and any(v.requires_grad for v in values):
            return _Eager.apply(compiled, plan, names, *values)
        outs, _ = compiled.forward(plan, values, False)
        return tuple(outs)
    _check(scan, inputs)
    saving = torch.is_grad_enabled() and any(v.requires_grad for v in values)
    return tuple(_scan(scan._key, ",".join(names), values, saving)[:-1])


def step(scan, state: Optional[Mapping[str, Any]], inputs: Mapping[str, Any]):
    """One decoding step on CUDA tensors (see ``Scan.step``)."""
    device = _check(scan, inputs)
    compiled = scan._compiled(device)
    names = [k for k, v in inputs.items() if v is not None]
    values = [v for v in inputs.values() if v is not None]
    sizes = _sizes(scan, names, values)
    from ._cuda import TORCH_DTYPES

    given = dict(state or {})
    scan._only_known_states(given)
    declared = scan._spec.states(scan.name)
    states = []
    for (n, dims, const, init), (_, _, t) in zip(declared, compiled.states):
        shape = [sizes[d] for d in dims]
        dtype = TORCH_DTYPES[t]
        v = given.get(n)
        if v is None and init is not None:
            v = inputs.get(init)
        if v is None:
            s = torch.full(shape, const or 0.0, dtype=dtype, device=device)
        else:
            if list(v.shape) != shape:
                raise ValueError(
                    f"state `{n}` has shape {tuple(v.shape)}, expected {tuple(shape)} "
                    f"([{', '.join(dims)}])"
                )
            s = v.detach().to(device=device, dtype=dtype).clone(memory_format=torch.contiguous_format)
        states.append(s)
    # An input that only initialises a state is not the step's (the state carries it).
    inits = {init for _, _, _, init in declared if init is not None}
    kept = [(n, v) for n, v in zip(names, values) if n not in inits]
    names, values = tuple(n for n, _ in kept), [v for _, v in kept]
    outs = compiled.step(compiled.plan(names, values, sizes), values, states)
    out = outs[0] if len(outs) == 1 else tuple(outs)
    return out, {n: s for (n, _, _), s in zip(compiled.states, states)}
