"""Compiling in process into the kernel cache (no GPU needed): the folder holds what
`linrec compile` writes, a second compile of the same spec reuses it, another dtype or size
gets its own, and a spec that does not compile raises with its diagnostics."""

import json
import os

import pytest

import linrec

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
FIRST = os.path.join(ROOT, "lang-examples", "first_order.lr")
SELECTIVE = os.path.join(ROOT, "lang-examples", "selective_scan.lr")


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("LINREC_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_kernels_land_in_the_cache_once(cache):
    d = linrec.compile(FIRST).compile_kernels()
    assert d.startswith(str(cache))
    m = json.load(open(os.path.join(d, "manifest.json")))
    rec = m["recurrences"][0]
    assert rec["name"] == "first_order"
    for k in rec["kernels"]:
        assert open(os.path.join(d, k["ptx"])).read().startswith("//")
    mtime = os.stat(os.path.join(d, "manifest.json")).st_mtime_ns
    again = linrec.compile(FIRST).compile_kernels()
    assert again == d
    assert os.stat(os.path.join(d, "manifest.json")).st_mtime_ns == mtime


def test_dtype_and_sizes_key_the_entry():
    f32 = linrec.compile(SELECTIVE, dims={"N": 16}).compile_kernels()
    bf16 = linrec.compile(SELECTIVE, dims={"N": 16}, dtype="bf16").compile_kernels()
    n8 = linrec.compile(SELECTIVE, dims={"N": 8}).compile_kernels()
    assert len({f32, bf16, n8}) == 3
    m = json.load(open(os.path.join(bf16, "manifest.json")))
    assert {i["dtype"] for i in m["recurrences"][0]["inputs"]} == {"bf16"}


def test_a_size_that_cannot_compile_raises_with_the_reason():
    with pytest.raises(linrec.SpecError, match="N"):
        linrec.compile(SELECTIVE, dims={"N": 100000}).compile_kernels()


def test_dtypes_give_named_tensors_their_own_storage():
    bf16 = linrec.compile(SELECTIVE, dims={"N": 16}, dtype="bf16")
    mixed = linrec.compile(
        SELECTIVE, dims={"N": 16}, dtype="bf16", dtypes={"A": "f32", "Dskip": "f32", "dt_bias": "f32"}
    )
    d = mixed.compile_kernels()
    assert d != bf16.compile_kernels()
    m = json.load(open(os.path.join(d, "manifest.json")))
    got = {i["name"]: i["dtype"] for i in m["recurrences"][0]["inputs"]}
    assert got == {
        "u": "bf16", "delta": "bf16", "z": "bf16", "A": "f32", "Bm": "bf16", "Cm": "bf16",
        "Dskip": "f32", "dt_bias": "f32", "h0": "bf16",
    }
    with pytest.raises(ValueError, match="`B`.*does not have"):
        linrec.compile(SELECTIVE, dims={"N": 16}, dtypes={"B": "f32"})
    with pytest.raises(ValueError, match=r"dtypes\['A'\]"):
        linrec.compile(SELECTIVE, dims={"N": 16}, dtypes={"A": "f64"})
