//! The `linrec` program under hostile flags and files: every case ends with exit 0 or 1 and
//! a message that says what to change — never a panic, an abort or a silent wrong answer.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cli/ sits in the repository root")
        .to_path_buf()
}

fn linrec(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_linrec"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("linrec runs")
}

/// Exit code 1 and `needle` on stderr.
fn fails_with(args: &[&str], needle: &str) {
    let o = linrec(args);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
    assert!(
        err.contains(needle),
        "{args:?}: expected `{needle}` in\n{err}"
    );
    assert!(!err.contains("panicked"), "{args:?}: {err}");
}

/// `linrec compile` of `text` (written to `dir/name`) into `dir/out` with `flags` fails
/// naming `needle`.
fn compile_fails_with(dir: &std::path::Path, name: &str, text: &str, flags: &[&str], needle: &str) {
    std::fs::create_dir_all(dir).expect("tmp dir");
    let spec = dir.join(name);
    std::fs::write(&spec, text).expect("spec written");
    let out = dir.join("out");
    let mut args = vec![
        "compile",
        spec.to_str().expect("utf-8"),
        "-o",
        out.to_str().expect("utf-8"),
    ];
    args.extend_from_slice(flags);
    fails_with(&args, needle);
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("linrec-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

#[test]
fn geometry_flags_out_of_range_are_refused() {
    let out = tmp("geometry");
    let o = out.to_str().expect("utf-8");
    let ss = "lang-examples/selective_scan.lr";
    // Compiling the selective scan with these flags fails naming `needle`.
    let refused = |flags: &[&str], needle: &str| {
        let mut args = vec!["compile", ss, "-o", o];
        args.extend_from_slice(flags);
        fails_with(&args, needle);
    };
    refused(&["--dims", "N=16", "--tile", "0"], "--tile");
    refused(&["--dims", "N=16", "--threads", "0"], "--threads");
    refused(&["--dims", "N=16", "--lanes", "3"], "--lanes");
    refused(&["--dims", "N=16", "--unroll", "4294967295"], "--unroll");
    refused(
        &["--dims", "N=16", "--block-scan", "48x8"],
        "a multiple of 32",
    );
    refused(
        &["--dims", "N=16", "--block-scan", "64x0"],
        "between 1 and 64",
    );
    refused(&["--dims", "N=16", "--block-scan", "256"], "THREADSxSTEPS");
    refused(
        &["--dims", "N=16", "--block-scan", "ax8"],
        "not a whole number",
    );
    // One lane stages u, delta, z and y per thread: 1,024 rows of 256 steps do not fit.
    refused(
        &[
            "--dims",
            "N=16",
            "--lanes",
            "1",
            "--threads",
            "1024",
            "--tile",
            "256",
        ],
        "shared memory",
    );
    refused(
        &["--dims", "N=16", "--backward-cluster", "3"],
        "1, 2, 4 or 8",
    );
    refused(&["--dims", "N=300"], "at most 256");
    // Code size grows with the values an unroll holds: refused before any is generated.
    refused(
        &["--dims", "N=256", "--lanes", "1", "--unroll", "16"],
        "--unroll 16 would hold 8192 values per thread in flight",
    );
}

#[test]
fn a_sum_inside_an_update_that_holds_too_many_points_is_split_or_says_what_to_change() {
    // S5's input projection inside the state's update: H × P points per thread, fused.
    let dir = tmp("s5");
    let text = "recurrence s5(u: f32[B, L, H], lam: f32[P], Bm: f32[P, H], Cm: f32[H, P]) -> (y: f32[B, L, H]) {\n  \
         scan t over L;\n  state x: f32[B, P] = 0;\n  \
         x[b, p] = exp(-exp(lam[p])) * x[b, p] + sum(h, Bm[p, h] * u[b, t, h]);\n  \
         y[b, t, h] = sum(p, Cm[h, p] * x[b, p]);\n}\n";
    // Left to the compiler, it is split: the sum before the scan, the output after it.
    std::fs::create_dir_all(&dir).expect("tmp dir");
    let spec = dir.join("s5.lr");
    std::fs::write(&spec, text).expect("spec written");
    let out = dir.join("out");
    let (spec_s, out_s) = (spec.to_str().expect("utf-8"), out.to_str().expect("utf-8"));
    let o = linrec(&[
        "compile",
        spec_s,
        "-o",
        out_s,
        "--dims",
        "H=64,P=32",
        "--emit",
        "mlir",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    for k in ["s5_pre_fwd", "s5_fwd", "s5_post_fwd"] {
        assert!(out.join(format!("{k}.mlir")).exists(), "{k}");
    }
    let o = linrec(&["explain", spec_s, "--dims", "H=64,P=32"]);
    let text_out = String::from_utf8_lossy(&o.stdout);
    assert!(text_out.contains("pre-pass `s5_pre`"), "{text_out}");
    // Kept whole, the error says what to change.
    compile_fails_with(
        &tmp("s5-whole"),
        "s5.lr",
        text,
        &["--dims", "H=64,P=32", "--split", "off"],
        "the update of `x` sums over H, which no state has; that sum reads no state, so compute it before the scan",
    );
}

#[test]
fn size_flags_are_taken_once_and_only_where_they_apply() {
    let out = tmp("sizes");
    let o = out.to_str().expect("utf-8");
    fails_with(
        &[
            "compile",
            "lang-examples/selective_scan.lr",
            "-o",
            o,
            "--dims",
            "N=16,N=8",
        ],
        "twice",
    );
    fails_with(
        &[
            "compile",
            "lang-examples/selective_scan.lr",
            "-o",
            o,
            "--dims",
            "N=16,B=3",
        ],
        "give other sizes with --shape",
    );
    // A summed dim the file does not have: a warning, and the compile goes on.
    let r = linrec(&["compile", "lang-examples/ema.lr", "-o", o, "--dims", "N=16"]);
    assert_eq!(r.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&r.stderr).contains("warning: --dims N"));
    fails_with(
        &[
            "interp",
            "lang-examples/ema.lr",
            "--shape",
            "B=2,B=3,D=2,L=4",
        ],
        "twice",
    );
}

#[test]
fn the_interpreter_refuses_sizes_it_cannot_hold() {
    fails_with(
        &[
            "interp",
            "lang-examples/first_order.lr",
            "--shape",
            "B=2,C=4,T=1000000000000",
        ],
        "more than its limit",
    );
    fails_with(
        &[
            "interp",
            "lang-examples/first_order.lr",
            "--shape",
            "B=4294967296,C=4294967296,T=2",
        ],
        "more than its limit",
    );
}

#[test]
fn a_range_wider_than_f64_holds_is_sampled() {
    let dir = tmp("wide");
    std::fs::create_dir_all(&dir).expect("dir");
    let spec = dir.join("wide.lr");
    std::fs::write(
        &spec,
        "recurrence f(x: f32[B, L] in [-1e308, 1e308]) -> (y: f32[B, L]) {\n  scan t over L;\n  \
         state h: f32[B] = 0;\n  h[b] = 0.5 * h[b] + x[b, t];\n  y[b, t] = h[b];\n}\n",
    )
    .expect("write");
    let o = linrec(&[
        "interp",
        spec.to_str().expect("utf-8"),
        "--shape",
        "B=2,L=3",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn non_finite_interpreter_outputs_warn_and_fail_under_strict() {
    let dir = tmp("overflow");
    std::fs::create_dir_all(&dir).expect("dir");
    let spec = dir.join("overflow.lr");
    std::fs::write(
        &spec,
        "recurrence f(x: f32[B, L] in [1, 2]) -> (y: f32[B, L]) {\n  scan t over L;\n  \
         state h: f32[B] = 0;\n  h[b] = 4 * h[b] + x[b, t];\n  y[b, t] = h[b];\n}\n",
    )
    .expect("write");
    let args = [
        "interp",
        spec.to_str().expect("utf-8"),
        "--shape",
        "B=1,L=600",
    ];
    let o = linrec(&args);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(err.contains("non-finite value"), "{err}");
    let mut strict = args.to_vec();
    strict.push("--strict");
    fails_with(&strict, "--strict: an output is not finite");
}

#[test]
fn output_that_cannot_be_written_is_an_error() {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full");
    let Ok(full) = full else { return };
    let o = Command::new(env!("CARGO_BIN_EXE_linrec"))
        .args(["builtins"])
        .stdout(Stdio::from(full))
        .stderr(Stdio::piped())
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot write to standard output"));
}

#[test]
fn outputs_and_names_that_would_clash_are_refused() {
    let dir = tmp("clash");
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("a-file");
    std::fs::write(&file, "").expect("write");
    fails_with(
        &[
            "compile",
            "lang-examples/ema.lr",
            "-o",
            file.to_str().expect("utf-8"),
        ],
        "is a file",
    );
    compile_fails_with(
        &dir,
        "clash.lr",
        "recurrence f(u: f32[B, D, L], x_fwd: f32[D]) -> (y: f32[B, D, L]) {\n  scan t over L;\n  \
         state h: f32[B, D] = 0;\n  h[b, d] = 0.5 * h[b, d] + u[b, d, t] * x_fwd[d];\n  \
         y[b, d, t] = h[b, d];\n}\nrecurrence f_reduce_x(x: f32[B, L]) -> (y: f32[B, L]) {\n  \
         scan t over L;\n  state h: f32[B] = 0;\n  h[b] = 0.5 * h[b] + x[b, t];\n  \
         y[b, t] = h[b];\n}\n",
        &[],
        "would be named `f_reduce_x_fwd`",
    );
}

#[test]
fn mlir_only_output_leaves_no_stale_ptx() {
    let out = tmp("stale");
    let o = out.to_str().expect("utf-8");
    let r = linrec(&["compile", "lang-examples/ema.lr", "-o", o]);
    assert_eq!(r.status.code(), Some(0));
    assert!(out.join("ema_fwd.ptx").exists());
    let r = linrec(&["compile", "lang-examples/ema.lr", "-o", o, "--emit", "mlir"]);
    assert_eq!(r.status.code(), Some(0));
    assert!(
        !out.join("ema_fwd.ptx").exists(),
        "a PTX of the earlier compile stayed"
    );
    assert!(out.join("ema_fwd.mlir").exists());
}

#[test]
fn spec_files_that_are_not_text_are_refused_by_name() {
    fails_with(&["check", "/dev/zero"], "is not a regular file");
    fails_with(&["check", "/"], "is not a regular file");
    let dir = tmp("text");
    std::fs::create_dir_all(&dir).expect("dir");
    let ema = std::fs::read(root().join("lang-examples/ema.lr")).expect("ema");
    // A byte-order mark is skipped: the spec checks as it would without it.
    let bom = dir.join("bom.lr");
    std::fs::write(&bom, [b"\xEF\xBB\xBF".as_slice(), &ema].concat()).expect("write");
    let o = linrec(&["check", bom.to_str().expect("utf-8")]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    // Bytes that are not UTF-8: their line and column.
    let bad = dir.join("bad.lr");
    std::fs::write(&bad, b"// ok\n// caf\xE9\n").expect("write");
    fails_with(
        &["check", bad.to_str().expect("utf-8")],
        "bad.lr:2:7: byte 0xE9 is not UTF-8",
    );
    // One unreadable file among several: the others are still checked, and it counts.
    let o = linrec(&["check", "lang-examples/ema.lr", "no-such.lr"]);
    let out = String::from_utf8_lossy(&o.stdout);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(out.contains("ema.lr: ok"), "{out}");
    assert!(err.contains("no-such.lr"), "{err}");
}

#[test]
fn run_settings_out_of_range_are_refused() {
    let ckpt = "tests/fixtures/tiny-mamba";
    let run = |extra: &[&str], needle: &str| {
        let mut args = vec![
            "run",
            "lang-examples/mamba.lr",
            "--model",
            ckpt,
            "--device",
            "cpu",
            "--ids",
            "1,2,3",
        ];
        args.extend_from_slice(extra);
        fails_with(&args, needle);
    };
    run(
        &["--max-new-tokens", "0"],
        "--max-new-tokens must be at least 1",
    );
    run(&["--temperature", "NaN"], "temperature");
    run(&["--temperature=-1"], "temperature");
    run(&["--top-p", "0"], "top-p");
    let same = tmp("same").join("out.json");
    let same = same.to_str().expect("utf-8");
    run(
        &["--json", same, "--logits-out", same],
        "give each its own file",
    );
}

/// `--ids` (or `--prompt`) given again makes a batch; prompts of different lengths decode
/// together, each as it would alone, and the JSON lists every sequence.
#[test]
fn run_takes_a_batch_of_prompts_of_different_lengths() {
    let base = [
        "run",
        "lang-examples/mamba.lr",
        "--model",
        "tests/fixtures/tiny-mamba",
        "--device",
        "cpu",
        "--max-new-tokens",
        "4",
    ];
    let generated = |out: &str| -> Vec<String> {
        out.lines()
            .filter(|l| l.starts_with("generated ids:"))
            .map(str::to_string)
            .collect()
    };
    let json = tmp("batch").join("out.json");
    std::fs::create_dir_all(json.parent().expect("dir")).expect("dir");
    let json_arg = json.to_str().expect("utf-8");
    let o = linrec(
        &[
            &base[..],
            &[
                "--ids",
                "316,23,332,27,134",
                "--ids",
                "9,8",
                "--json",
                json_arg,
            ],
        ]
        .concat(),
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(out.contains("prompt 2:      [9, 8]"), "{out}");
    assert!(out.contains("7 tokens in 2 prompts"), "{out}");
    let both = generated(&out);
    assert_eq!(both.len(), 2, "{out}");
    for (k, ids) in ["316,23,332,27,134", "9,8"].iter().enumerate() {
        let alone = linrec(&[&base[..], &["--ids", ids]].concat());
        assert_eq!(
            generated(&String::from_utf8_lossy(&alone.stdout)),
            [both[k].clone()]
        );
    }
    let j: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).expect("json")).expect("parses");
    assert_eq!(j["sequences"].as_array().map(Vec::len), Some(2), "{j}");
    assert_eq!(j["sequences"][1]["prompt_ids"], serde_json::json!([9, 8]));
    assert!(
        j.get("prompt_ids").is_none(),
        "a batch has no top-level prompt: {j}"
    );
    // One forward's logits are one prompt's.
    fails_with(
        &[
            &base[..],
            &["--ids", "1,2", "--ids", "3", "--logits-out", "/tmp/x.npy"],
        ]
        .concat(),
        "give one prompt with it",
    );
    fails_with(
        &[&base[..], &["--ids", "1,x"]].concat(),
        "`x` is not a token id",
    );
}

#[test]
fn checkpoint_files_must_be_regular_and_a_bad_tokenizer_only_blocks_text() {
    let dir = tmp("ckpt");
    std::fs::create_dir_all(&dir).expect("dir");
    let fixture = root().join("tests/fixtures/tiny-mamba");
    for f in ["config.json", "model.safetensors"] {
        std::fs::copy(fixture.join(f), dir.join(f)).expect("copy");
    }
    std::fs::write(dir.join("tokenizer.json"), "{ not json").expect("write");
    let d = dir.to_str().expect("utf-8");
    let base = [
        "run",
        "lang-examples/mamba.lr",
        "--model",
        d,
        "--device",
        "cpu",
    ];
    // Ids need no tokenizer: a warning, and the run goes on.
    let o = linrec(&[&base[..], &["--ids", "1,2,3", "--max-new-tokens", "2"]].concat());
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains("warning") && err.contains("tokenizer.json"),
        "{err}"
    );
    // Text does: an error naming the file.
    fails_with(&[&base[..], &["--prompt", "hi"]].concat(), "tokenizer.json");
    // A weight file that is a device is refused by name, not read forever.
    std::fs::remove_file(dir.join("model.safetensors")).expect("rm");
    std::os::unix::fs::symlink("/dev/zero", dir.join("model.safetensors")).expect("link");
    fails_with(
        &[&base[..], &["--ids", "1,2,3"]].concat(),
        "not a regular file",
    );
}

#[test]
fn usage_errors_exit_1_and_help_exits_0() {
    fails_with(&["compile", "x.lr", "--tile", "abc"], "invalid value 'abc'");
    fails_with(&["no-such-command"], "unrecognized subcommand");
    fails_with(&[], "Usage");
    for ok in [&["--help"][..], &["--version"], &["compile", "--help"]] {
        assert_eq!(linrec(ok).status.code(), Some(0), "{ok:?}");
    }
}

/// `explain` takes the plan flags `compile` takes and describes what they build: with
/// `--backward-cluster 8` the selective scan's backward sums dB, dC across clusters and its
/// workspace (the walk in 8 slices) shrinks from 7.8% to 4.2% of the inputs; an out-of-range
/// value is refused.
#[test]
fn explain_describes_the_plan_the_flags_build() {
    let explain = |extra: &[&str]| {
        let mut args = vec![
            "explain",
            "lang-examples/selective_scan.lr",
            "--dims",
            "N=16",
            "--shape",
            "B=8,D=1536,L=2048",
        ];
        args.extend_from_slice(extra);
        let o = linrec(&args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        String::from_utf8_lossy(&o.stdout).to_string()
    };
    let plain = explain(&[]);
    assert!(
        plain.contains("backward workspace 23.7 MB (7.8%)"),
        "{plain}"
    );
    assert!(
        plain.contains("walked in 8 slice(s) of 256 steps"),
        "{plain}"
    );
    assert!(
        plain.contains("then across blocks in a fixed order"),
        "{plain}"
    );
    let clustered = explain(&["--backward-cluster", "8"]);
    assert!(
        clustered.contains("backward workspace 12.7 MB (4.2%)"),
        "{clustered}"
    );
    assert!(
        clustered.contains("across the 8 blocks of a cluster"),
        "{clustered}"
    );
    let atomic = explain(&["--backward-atomics"]);
    assert!(
        atomic.contains("backward workspace 9.3 MB (3.0%)"),
        "{atomic}"
    );
    assert!(atomic.contains("not bitwise repeatable"), "{atomic}");
    fails_with(
        &[
            "explain",
            "lang-examples/selective_scan.lr",
            "--backward-atomics",
            "--backward-cluster",
            "8",
        ],
        "give one of them",
    );
    fails_with(
        &[
            "explain",
            "lang-examples/selective_scan.lr",
            "--backward-cluster",
            "5",
        ],
        "1, 2, 4 or 8",
    );
}

#[test]
fn dtype_of_stores_the_tensors_it_names_and_refuses_others() {
    let out = tmp("dtype-of");
    let o = out.to_str().expect("utf-8");
    let args = [
        "compile",
        "lang-examples/ema.lr",
        "-o",
        o,
        "--emit",
        "ptx",
        "--dtype",
        "bf16",
    ];
    let mut with = args.to_vec();
    with.extend(["--dtype-of", "w=f32"]);
    let r = linrec(&with);
    assert_eq!(
        r.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    let m = std::fs::read_to_string(out.join("manifest.json")).expect("manifest");
    let v: serde_json::Value = serde_json::from_str(&m).expect("json");
    let dtypes: Vec<(String, String)> = v["recurrences"][0]["inputs"]
        .as_array()
        .expect("inputs")
        .iter()
        .map(|t| {
            (
                t["name"].as_str().unwrap().into(),
                t["dtype"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(dtypes.contains(&("w".into(), "f32".into())), "{dtypes:?}");
    assert!(dtypes.contains(&("x".into(), "bf16".into())), "{dtypes:?}");
    let mut bad = args.to_vec();
    bad.extend(["--dtype-of", "beta=f32"]);
    fails_with(
        &bad,
        "no input, output or state of the file (it has: h, w, x, y)",
    );
    let mut twice = args.to_vec();
    twice.extend(["--dtype-of", "w=f32,w=f16"]);
    fails_with(&twice, "--dtype-of gives `w` twice (f32 and f16)");
    let mut typo = args.to_vec();
    typo.extend(["--dtype-of", "w=f64"]);
    fails_with(&typo, "use f32, bf16 or f16");
}

#[test]
fn a_chain_of_scans_compiles_sequential_and_explains_its_order() {
    let out = tmp("chain");
    let o = out.join("o");
    for strategy in ["chunked", "block"] {
        fails_with(
            &[
                "compile",
                "lang-examples/mlstm.lr",
                "--dims",
                "DK=4",
                "--strategy",
                strategy,
                "-o",
                o.to_str().expect("utf-8"),
            ],
            "reads `m`, a state scanned before it (a chain of scans)",
        );
    }
    let e = linrec(&["explain", "lang-examples/mlstm.lr", "--dims", "DK=4"]);
    let text = String::from_utf8_lossy(&e.stdout);
    assert!(e.status.success(), "{}", String::from_utf8_lossy(&e.stderr));
    for needle in [
        "chain: C, n read m_{t-1} in their maps",
        "+ e(t+1),  e = ",
        "strategies: sequential only (a chain of scans",
    ] {
        assert!(text.contains(needle), "expected `{needle}` in\n{text}");
    }
}
