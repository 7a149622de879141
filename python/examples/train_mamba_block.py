"""Trains a small Mamba model whose selective scan is linrec's (lang-examples/selective_scan.lr,
compiled in process; its gradient is the compiler's derived backward) on the selective-copying
task: a sequence of noise with K data tokens at random places, then K markers; at each marker
the model must emit the data tokens in order. Writes the loss curve as a PNG.

    python python/examples/train_mamba_block.py --steps 600 --out loss.png

Needs a CUDA GPU (on the CPU, linrec's path is the float64 interpreter: correct, far too slow
to train with).
"""

import argparse
import json
import math
import os
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

import linrec

SPEC = os.path.join(os.path.dirname(__file__), "..", "..", "lang-examples", "selective_scan.lr")


class MambaBlock(nn.Module):
    """Mamba's mixer (Gu & Dao 2023): in-projection to x and the gate z, a causal depthwise
    convolution, the input-dependent Δ, B, C, the selective scan, the out-projection."""

    def __init__(self, scan, d_model, d_state=16, expand=2, d_conv=4):
        super().__init__()
        d = expand * d_model
        self.scan, self.d, self.n = scan, d, d_state
        self.dt_rank = math.ceil(d_model / 16)
        self.in_proj = nn.Linear(d_model, 2 * d, bias=False)
        self.conv = nn.Conv1d(d, d, d_conv, groups=d, padding=d_conv - 1)
        self.x_proj = nn.Linear(d, self.dt_rank + 2 * d_state, bias=False)
        self.dt_proj = nn.Linear(self.dt_rank, d, bias=False)
        # Δ's bias so that softplus(bias) spans [1e-3, 1e-1], as the paper initialises it.
        dt = torch.exp(torch.rand(d) * (math.log(0.1) - math.log(1e-3)) + math.log(1e-3))
        self.dt_bias = nn.Parameter(dt + torch.log(-torch.expm1(-dt)))
        self.A_log = nn.Parameter(torch.log(torch.arange(1, d_state + 1).float()).repeat(d, 1))
        self.D = nn.Parameter(torch.ones(d))
        self.out_proj = nn.Linear(d, d_model, bias=False)

    def forward(self, h):  # (batch, length, d_model)
        L = h.shape[1]
        x, z = self.in_proj(h).transpose(1, 2).chunk(2, dim=1)  # (batch, d, L) each
        x = F.silu(self.conv(x)[..., :L])
        dbc = self.x_proj(x.transpose(1, 2))  # (batch, L, rank + 2n)
        dt, Bm, Cm = dbc.split([self.dt_rank, self.n, self.n], dim=-1)
        delta = self.dt_proj(dt).transpose(1, 2)
        y, _ = self.scan(
            u=x.contiguous(),
            delta=delta.contiguous(),
            z=z.contiguous(),
            A=-torch.exp(self.A_log),
            Bm=Bm.transpose(1, 2).contiguous(),
            Cm=Cm.transpose(1, 2).contiguous(),
            Dskip=self.D,
            dt_bias=self.dt_bias,
        )
        return self.out_proj(y.transpose(1, 2))


class Model(nn.Module):
    def __init__(self, scan, vocab, d_model, layers):
        super().__init__()
        self.embed = nn.Embedding(vocab, d_model)
        self.norms = nn.ModuleList(nn.RMSNorm(d_model) for _ in range(layers))
        self.blocks = nn.ModuleList(MambaBlock(scan, d_model) for _ in range(layers))
        self.norm = nn.RMSNorm(d_model)
        self.head = nn.Linear(d_model, vocab, bias=False)

    def forward(self, tokens):
        h = self.embed(tokens)
        for norm, block in zip(self.norms, self.blocks):
            h = h + block(norm(h))
        return self.head(self.norm(h))


def batch(n, length, k, data_tokens, device, g):
    """Selective copying: tokens 0 (noise) and 1 (marker), data tokens 2..; the answer is the
    data tokens in order at the last k positions."""
    body = length - k
    x = torch.zeros(n, length, dtype=torch.long, device=device)
    pos = torch.rand(n, body, device=device, generator=g).argsort(dim=1)[:, :k].sort(dim=1).values
    data = torch.randint(2, 2 + data_tokens, (n, k), device=device, generator=g)
    x.scatter_(1, pos, data)
    x[:, body:] = 1
    return x, data


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--steps", type=int, default=600)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--length", type=int, default=64)
    p.add_argument("--k", type=int, default=4, help="data tokens to copy")
    p.add_argument("--data-tokens", type=int, default=8)
    p.add_argument("--d-model", type=int, default=64)
    p.add_argument("--layers", type=int, default=2)
    p.add_argument("--lr", type=float, default=3e-3)
    p.add_argument("--out", default="train_mamba_block.png", help="the loss curve (PNG)")
    p.add_argument("--json", help="also write the losses here")
    a = p.parse_args()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    torch.manual_seed(0)
    g = torch.Generator(device=device).manual_seed(0)
    scan = linrec.compile(SPEC, dims={"N": 16})
    vocab = 2 + a.data_tokens
    model = Model(scan, vocab, a.d_model, a.layers).to(device)
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=0.0)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, a.lr, total_steps=a.steps, pct_start=0.1)
    losses = []
    start = time.time()
    for step in range(a.steps):
        x, answer = batch(a.batch, a.length, a.k, a.data_tokens, device, g)
        logits = model(x)[:, -a.k :]
        loss = F.cross_entropy(logits.reshape(-1, vocab), answer.reshape(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        losses.append(loss.item())
        if step % 50 == 0 or step == a.steps - 1:
            print(f"step {step:4d}  loss {losses[-1]:.4f}", flush=True)
    first, last = sum(losses[:10]) / 10, sum(losses[-10:]) / 10
    print(
        f"loss {first:.3f} -> {last:.4f} ({first / last:.1f}x lower) in {a.steps} steps, "
        f"{time.time() - start:.1f} s on {device}"
    )
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"losses": losses, "first": first, "last": last}, f)
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.semilogy(losses)
    ax.set_xlabel("step")
    ax.set_ylabel("cross-entropy")
    ax.set_title(f"selective copying, {a.layers}-layer Mamba, linrec's scan")
    fig.tight_layout()
    fig.savefig(a.out, dpi=120)
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
