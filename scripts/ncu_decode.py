#!/usr/bin/env python3
"""Sums an ncu CSV of `linrec-gpu model-profile decode` (metrics gpu__time_duration.sum and
launch__grid_size) per decoding run and kernel: the GPU time of each kernel per decode step.
The runs are told apart by their embedding launches (three per run: the prompt, two steps)."""
import collections
import csv
import sys

RUNS = [
    "f32 b1", "f32 b1 conv apart", "f32 b32 GEMV", "f32 b32 GEMV conv joined", "f32 b32 cuBLAS",
    "bf16 b1", "bf16 b1 conv apart", "bf16 b32 GEMV (tensor cores)",
    "bf16 b32 GEMV (tensor cores) conv joined", "bf16 b32 cuBLAS", "bf16 b32 GEMV (CUDA cores)",
    "bf16 b32 GEMV (tensor cores, 8-row tiles)",
]


def main(path):
    header, launches = None, collections.OrderedDict()
    for row in csv.reader(open(path)):
        if row and row[0] == "ID":
            header = row
        elif header and len(row) == len(header):
            d = dict(zip(header, row))
            launches.setdefault((d["ID"], d["Kernel Name"]), {})[d["Metric Name"]] = d["Metric Value"]
    runs = collections.defaultdict(collections.OrderedDict)
    embeds = 0
    for (_, name), m in launches.items():
        if name.startswith("lr_embed"):
            embeds += 1
        run, step = divmod(embeds - 1, 3)
        if step == 0:  # the prompt
            continue
        us = float(m.get("gpu__time_duration.sum", "0").replace(",", "")) / 1e3
        e = runs[run].setdefault(name[:72], [0, 0.0])
        e[0] += 1
        e[1] += us
    for run in sorted(runs):
        total = sum(t for _, t in runs[run].values()) / 2
        print(f"== {RUNS[run] if run < len(RUNS) else run}: {total:.1f} us of kernels a step")
        for name, (n, t) in sorted(runs[run].items(), key=lambda kv: -kv[1][1]):
            print(f"  {name:72s} {n / 2:5.1f} a step {t / 2:8.1f} us {t / n:7.2f} us each")


if __name__ == "__main__":
    main(sys.argv[1])
