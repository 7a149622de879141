//! The Mamba language model of lang-examples/mamba.lr on the CPU executor, against the
//! HuggingFace reference in tests/fixtures/tiny-mamba (logits and greedy continuation).

use linrec_compiler::pipeline;
use linrec_model::LoadedModel;

use crate::support::{load, rel_err, root};

fn read_npy_f32(path: &std::path::Path) -> (Vec<usize>, Vec<f32>) {
    linrec_model::npy::read_f32(path).expect("npy readable")
}

fn fixture() -> (LoadedModel, Vec<u32>, Vec<u32>) {
    let src = load(&root().join("lang-examples/mamba.lr"));
    let derived = pipeline::derive(&src).unwrap_or_else(|e| panic!("{}", src.render(&e, false)));
    let dir = root().join("tests/fixtures/tiny-mamba");
    let model =
        LoadedModel::load(&derived.module.models[0], &derived.recurrences, &dir).expect("loads");
    let reference: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("reference.json")).expect("reference"),
    )
    .expect("json");
    let ids = |k: &str| -> Vec<u32> {
        reference[k]
            .as_array()
            .expect("ids")
            .iter()
            .map(|v| v.as_u64().expect("id") as u32)
            .collect()
    };
    (model, ids("input_ids"), ids("generated_ids"))
}

#[test]
fn cpu_executor_matches_reference_logits() {
    let (model, prompt, _) = fixture();
    let logits = model
        .forward(std::slice::from_ref(&prompt))
        .expect("forward");
    let (shape, want) = read_npy_f32(&root().join("tests/fixtures/tiny-mamba/logits.npy"));
    assert_eq!(logits.shape, vec![1, shape[0], shape[1]]);
    let got: Vec<f64> = logits.data.iter().map(|&v| f64::from(v)).collect();
    let want: Vec<f64> = want.iter().map(|&v| f64::from(v)).collect();
    let err = rel_err(&got, &want);
    eprintln!("tiny-mamba logits: relative error {err:e}");
    assert!(err < 1e-4, "logits relative error {err:e}");
}

#[test]
fn cpu_executor_greedy_tokens_match_exactly() {
    let (model, prompt, generated) = fixture();
    let got = model.greedy(&[prompt], generated.len()).expect("generates");
    assert_eq!(got[0], generated);
}

#[test]
fn decoding_with_carried_state_matches_the_full_forward() {
    let (model, prompt, generated) = fixture();
    let sampling = linrec_model::Sampling::default();
    let got = model
        .generate(
            std::slice::from_ref(&prompt),
            generated.len(),
            &sampling,
            None,
        )
        .expect("generates");
    assert_eq!(got[0], generated);
    // A batch of two prompts decodes each as it would alone.
    let other: Vec<u32> = prompt.iter().rev().copied().collect();
    let both = model
        .generate(&[prompt.clone(), other.clone()], 5, &sampling, None)
        .expect("batch");
    let alone = model.greedy(&[other], 5).expect("alone");
    assert_eq!(both[1], alone[0]);
    assert_eq!(both[0][..], generated[..5]);
}

#[test]
fn prompts_of_different_lengths_decode_as_each_would_alone() {
    let (model, prompt, generated) = fixture();
    let greedy = linrec_model::Sampling::default();
    // Three lengths, the longest first and two of one length apart, so that both the
    // grouping by length and putting the rows back in order are exercised.
    let short: Vec<u32> = prompt[..3].to_vec();
    let mid: Vec<u32> = prompt
        .iter()
        .rev()
        .take(prompt.len() - 2)
        .copied()
        .collect();
    let batch = [
        prompt.clone(),
        short.clone(),
        mid.clone(),
        prompt[..3].to_vec(),
    ];
    let mixed = model
        .generate(&batch, 5, &greedy, None)
        .expect("mixed batch");
    assert_eq!(mixed[0][..], generated[..5]);
    for (row, p) in mixed.iter().zip(&batch) {
        let alone = model.greedy(std::slice::from_ref(p), 5).expect("alone");
        assert_eq!(row, &alone[0], "prompt of length {}", p.len());
    }
    assert_eq!(mixed[1], mixed[3]);
    // The full-forward reference takes the same batch and agrees.
    assert_eq!(model.greedy(&batch, 5).expect("greedy batch"), mixed);
    // Packed, each prompt's last logits are those of its forward alone (no conv window or
    // state crosses from one prompt into the next).
    let last = model.last_logits(&batch).expect("packed logits");
    assert_eq!(last.shape[0], batch.len());
    let v = last.shape[1];
    for (k, p) in batch.iter().enumerate() {
        let alone = model.forward(std::slice::from_ref(p)).expect("alone");
        let l = p.len();
        let want: Vec<f64> = alone.data[(l - 1) * v..l * v]
            .iter()
            .map(|&x| f64::from(x))
            .collect();
        let got: Vec<f64> = last.data[k * v..(k + 1) * v]
            .iter()
            .map(|&x| f64::from(x))
            .collect();
        let err = rel_err(&got, &want);
        assert!(err < 1e-6, "prompt {k}: packed logits {err:e} from its own");
    }
    // An empty prompt is refused by its place in the batch, not a panic; no prompts, no
    // tokens.
    for bad in [vec![prompt.clone(), vec![]], vec![vec![]]] {
        let err = model
            .generate(&bad, 2, &greedy, None)
            .expect_err("empty prompt");
        assert!(err.to_string().contains("is empty"), "{err}");
        let err = model.greedy(&bad, 2).expect_err("empty prompt");
        assert!(err.to_string().contains("is empty"), "{err}");
        let err = model.last_logits(&bad).expect_err("empty prompt");
        assert!(err.to_string().contains("empty"), "{err}");
    }
    assert!(
        model
            .generate(&[], 2, &greedy, None)
            .expect("no prompts")
            .is_empty()
    );
    // One forward's logits are one tensor: its prompts must share a length, and it says so.
    let err = model
        .forward(&[prompt.clone(), short])
        .expect_err("ragged forward");
    assert!(err.to_string().contains("same length"), "{err}");
}

#[test]
fn sampling_is_reproducible_by_seed_and_stops_at_eos() {
    let (model, prompt, generated) = fixture();
    let s = linrec_model::Sampling {
        temperature: 0.8,
        top_k: 20,
        top_p: 0.9,
        seed: 3,
    };
    let a = model
        .generate(std::slice::from_ref(&prompt), 8, &s, None)
        .expect("a");
    let b = model
        .generate(std::slice::from_ref(&prompt), 8, &s, None)
        .expect("b");
    assert_eq!(a, b);
    assert_eq!(a[0].len(), 8);
    // Stopping at the first greedy token as EOS yields exactly that token.
    let greedy = linrec_model::Sampling::default();
    let stop = model
        .generate(
            std::slice::from_ref(&prompt),
            8,
            &greedy,
            Some(generated[0]),
        )
        .expect("eos");
    assert_eq!(stop[0], vec![generated[0]]);
}

#[test]
fn checkpoint_problems_are_reported_by_key() {
    use linrec_model::ModelError;
    let src = load(&root().join("lang-examples/mamba.lr"));
    let derived = pipeline::derive(&src).expect("derives");
    let fixture = root().join("tests/fixtures/tiny-mamba");
    let dir = std::env::temp_dir().join(format!("linrec-ckpt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    std::fs::copy(
        fixture.join("model.safetensors"),
        dir.join("model.safetensors"),
    )
    .expect("copy");
    let config = std::fs::read_to_string(fixture.join("config.json")).expect("config");
    // The fixture loads with nothing left over.
    let ok = LoadedModel::load(&derived.module.models[0], &derived.recurrences, &fixture)
        .expect("loads");
    assert!(ok.unused_keys.is_empty(), "{:?}", ok.unused_keys);
    // A config that makes a tensor the wrong shape: the key and both shapes are named.
    std::fs::write(
        dir.join("config.json"),
        config.replace("\"state_size\": 16", "\"state_size\": 8"),
    )
    .expect("write");
    let err = LoadedModel::load(&derived.module.models[0], &derived.recurrences, &dir)
        .expect_err("shape");
    assert!(matches!(err, ModelError::ParamShape { .. }), "{err}");
    assert!(err.to_string().contains("backbone.layers.0.mixer"), "{err}");
    // A config key missing without a default.
    std::fs::write(
        dir.join("config.json"),
        config.replace("\"vocab_size\": 512", "\"vocabulary\": 512"),
    )
    .expect("write");
    let err =
        LoadedModel::load(&derived.module.models[0], &derived.recurrences, &dir).expect_err("key");
    assert_eq!(
        err.to_string(),
        "the config file has no `vocab_size` and the spec gives no default"
    );
    // A truncated download: the tensor cut off is named; extra bytes are reported as such.
    std::fs::write(dir.join("config.json"), &config).expect("write");
    let weights = std::fs::read(fixture.join("model.safetensors")).expect("weights");
    let file = dir.join("model.safetensors");
    std::fs::write(&file, &weights[..weights.len() - 1000]).expect("write");
    let Err(err) = LoadedModel::load(&derived.module.models[0], &derived.recurrences, &dir) else {
        panic!("a truncated checkpoint loaded");
    };
    let shown = err.to_string();
    assert!(
        shown.contains("truncated: tensor `") && shown.contains("model.safetensors"),
        "{shown}"
    );
    std::fs::write(&file, [weights.as_slice(), &[0u8; 7]].concat()).expect("write");
    let Err(err) = LoadedModel::load(&derived.module.models[0], &derived.recurrences, &dir) else {
        panic!("a checkpoint with trailing bytes loaded");
    };
    assert!(
        err.to_string().contains("7 bytes follow the last tensor"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn config_values_and_random_checkpoints() {
    use linrec_model::{Checkpoint, Model, config_ints, read_config};
    let src = load(&root().join("lang-examples/mamba.lr"));
    let derived = pipeline::derive(&src).unwrap_or_else(|e| panic!("{}", src.render(&e, false)));
    let model = &derived.module.models[0];
    let json = read_config(model, &root().join("tests/fixtures/tiny-mamba")).expect("config");
    // `linrec run` fixes the recurrence's summed dim N from the config value of the same name.
    let ints = config_ints(model, &json).expect("config values");
    assert_eq!(ints.get("N"), Some(&16));
    assert_eq!(ints.get("d_inner"), Some(&128));
    assert_eq!(
        ints.get("dt_rank"),
        Some(&4),
        "time_step_rank \"auto\" = ceil(64 / 16)"
    );
    // A random checkpoint of the same shape has exactly the keys the model loads (the tied
    // lm_head absent), and runs.
    let ckpt = Checkpoint::random(model, &json, 3).expect("random checkpoint");
    let (all, matrices) = ckpt.sizes();
    assert!(matrices > 0 && matrices < all);
    let m = Model::from_checkpoint(linrec_model::Cpu, model, &derived.recurrences, &json, ckpt)
        .expect("loads");
    assert!(m.unused_keys.is_empty(), "{:?}", m.unused_keys);
    let logits = m.forward(&[vec![1, 2, 3]]).expect("runs");
    assert_eq!(logits.shape, vec![1, 3, 512]);
    assert!(logits.data.iter().all(|v| v.is_finite()));
}

#[test]
fn fused_and_cached_paths_match_the_plain_forward() {
    // The executor fuses `a + linear(…)`, `silu(conv1d_causal(…))`, and computes
    // parameter-only subexpressions (`-exp(A_log[i])`) once: a second forward (from the
    // cache) equals the first, and decoding from carried state equals the full forward.
    let (model, prompt, generated) = fixture();
    let first = model
        .forward(std::slice::from_ref(&prompt))
        .expect("forward");
    let second = model
        .forward(std::slice::from_ref(&prompt))
        .expect("forward");
    assert_eq!(first.data, second.data);
    let g = model
        .generate_timed(
            std::slice::from_ref(&prompt),
            generated.len(),
            &linrec_model::Sampling::default(),
            None,
            true,
        )
        .expect("generates");
    assert_eq!(g.tokens[0], generated);
    assert!(!g.graphs, "the CPU backend has no graphs");
    assert_eq!(g.decode_steps, generated.len() - 1);
}

#[test]
fn config_sizes_out_of_range_are_refused_before_any_work() {
    use linrec_model::{Checkpoint, read_config};
    let src = load(&root().join("lang-examples/mamba.lr"));
    let derived = pipeline::derive(&src).unwrap_or_else(|e| panic!("{}", src.render(&e, false)));
    let model = &derived.module.models[0];
    let json = read_config(model, &root().join("tests/fixtures/tiny-mamba")).expect("config");
    let with = |key: &str, v: serde_json::Value| {
        let mut j = json.clone();
        j[key] = v;
        j
    };
    // Negative and absurd counts and sizes: an error naming what is out of range, at once
    // (no wrapped-around allocation, no hour-long loop).
    for (key, v, needle) in [
        (
            "num_hidden_layers",
            serde_json::json!(-1),
            "repeat count: -1 is out of range",
        ),
        (
            "num_hidden_layers",
            serde_json::json!(1_000_000_000_000i64),
            "repeat count: 1000000000000 is out of range",
        ),
        (
            "hidden_size",
            serde_json::json!(-64),
            "dimension: -64 is out of range",
        ),
        (
            "vocab_size",
            serde_json::json!(1_000_000_000),
            "random parameters would take",
        ),
    ] {
        let err = Checkpoint::random(model, &with(key, v), 1)
            .err()
            .unwrap_or_else(|| panic!("{key}: a random checkpoint was made"));
        assert!(err.to_string().contains(needle), "{key}: {err}");
    }
    // The same on a real checkpoint folder: a negative layer count is named, not looped on.
    let dir = std::env::temp_dir().join(format!("linrec-cfg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    let fixture = root().join("tests/fixtures/tiny-mamba");
    std::fs::copy(
        fixture.join("model.safetensors"),
        dir.join("model.safetensors"),
    )
    .expect("copy");
    std::fs::write(
        dir.join("config.json"),
        serde_json::to_string(&with("num_hidden_layers", serde_json::json!(-2))).expect("json"),
    )
    .expect("write");
    let Err(err) = LoadedModel::load(model, &derived.recurrences, &dir) else {
        panic!("a negative layer count loaded a model");
    };
    assert!(err.to_string().contains("repeat count: -2"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn split_sizes_are_checked_on_every_backend_by_one_rule() {
    use linrec_model::split_axis;
    assert_eq!(split_axis(&[2, 6], &[2, 4], -1).expect("fits"), 6);
    assert!(split_axis(&[2, 6], &[2, 5], -1).is_err());
    assert!(split_axis(&[], &[1], -1).is_err(), "a scalar has no axis");
    assert!(
        split_axis(&[2, 6], &[usize::MAX, 7], -1).is_err(),
        "overflowing sizes"
    );
    assert!(split_axis(&[2, 6], &[6], 0).is_err(), "only the last axis");
}

#[test]
fn packed_segments_narrow_and_join_by_one_rule() {
    use linrec_model::{Backend, Cpu, HostTensor, concat_shape, narrow_shape};
    assert_eq!(
        concat_shape(&[vec![2, 3, 4], vec![1, 3, 4]], 0).expect("joins"),
        vec![3, 3, 4]
    );
    assert_eq!(
        concat_shape(&[vec![1, 3, 4], vec![1, 5, 4]], 1).expect("joins"),
        vec![1, 8, 4]
    );
    let err = concat_shape(&[vec![2, 3, 4], vec![2, 4, 4]], 0).expect_err("other dims differ");
    assert!(err.to_string().contains("[2, 3, 4] and [2, 4, 4]"), "{err}");
    assert!(concat_shape(&[], 0).is_err(), "nothing to join");
    assert!(concat_shape(&[vec![2], vec![2]], 1).is_err(), "no such dim");
    assert_eq!(
        narrow_shape(&[1, 8, 4], 1, 3, 5).expect("inside"),
        vec![1, 5, 4]
    );
    assert!(narrow_shape(&[1, 8, 4], 1, 3, 6).is_err(), "past the end");
    assert!(
        narrow_shape(&[1, 8, 4], 1, usize::MAX, 2).is_err(),
        "overflow"
    );
    assert!(narrow_shape(&[1, 8], 2, 0, 1).is_err(), "no such dim");
    // [2, 3] rows: narrowing dim 1 and joining it back is the identity.
    let t = std::rc::Rc::new(HostTensor::new(
        vec![2, 3],
        vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
    ));
    let a = Cpu.narrow(&t, 1, 0, 1).expect("narrows");
    let b = Cpu.narrow(&t, 1, 1, 2).expect("narrows");
    assert_eq!(b.data, vec![2.0, 3.0, 5.0, 6.0]);
    assert_eq!(*Cpu.concat(&[a, b.clone()], 1).expect("joins"), *t);
    let ab = Cpu.concat(&[t.clone(), t], 0).expect("joins");
    assert_eq!(ab.shape, vec![4, 3]);
    assert_eq!(&ab.data[6..], &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
}

#[test]
fn elementwise_shapes_broadcast_by_one_rule() {
    use linrec_model::broadcast;
    assert_eq!(
        broadcast("mul", &[2, 3, 4], &[4]).expect("suffix"),
        vec![2, 3, 4]
    );
    assert_eq!(
        broadcast("mul", &[4], &[2, 3, 4]).expect("suffix"),
        vec![2, 3, 4]
    );
    assert_eq!(broadcast("add", &[], &[5]).expect("scalar"), vec![5]);
    assert_eq!(
        broadcast("add", &[1], &[2, 5]).expect("one element"),
        vec![2, 5]
    );
    let err = broadcast("add", &[2, 3], &[2]).expect_err("not a suffix");
    assert!(
        err.to_string().contains("[2, 3] and [2] do not broadcast"),
        "{err}"
    );
    // A model's `h * w` with `w [d_model]` runs on the CPU executor as on the GPU.
    let src = load(&root().join("lang-examples/mamba.lr"));
    let text = src.text.replace(
        "h = rmsnorm(h, norm_f, eps);",
        "h = rmsnorm(h * norm_f + norm_f, norm_f, eps);",
    );
    assert_ne!(text, src.text);
    let src = pipeline::Source::new("scaled.lr", text);
    let derived = pipeline::derive(&src).unwrap_or_else(|e| panic!("{}", src.render(&e, false)));
    let model = LoadedModel::load(
        &derived.module.models[0],
        &derived.recurrences,
        &root().join("tests/fixtures/tiny-mamba"),
    )
    .expect("loads");
    let logits = model.forward(&[vec![1, 2, 3]]).expect("runs");
    assert_eq!(logits.shape, vec![1, 3, 512]);
}

#[test]
fn token_ids_are_never_rounded() {
    let (model, _, _) = fixture();
    for id in [512, 16_777_217, u32::MAX] {
        let err = model
            .forward(&[vec![1, id]])
            .expect_err("an id past the vocabulary");
        assert!(err.to_string().contains(&format!("token id {id}")), "{err}");
    }
}

#[test]
fn the_config_file_the_spec_names_is_the_one_read() {
    let src = load(&root().join("lang-examples/mamba.lr"));
    let spec = |file: &str| {
        let text = src
            .text
            .replace("config \"config.json\"", &format!("config \"{file}\""));
        assert_ne!(text, src.text);
        pipeline::Source::new("other.lr", text)
    };
    let other = spec("other.json");
    let derived =
        pipeline::derive(&other).unwrap_or_else(|e| panic!("{}", other.render(&e, false)));
    let fixture = root().join("tests/fixtures/tiny-mamba");
    let dir = std::env::temp_dir().join(format!("linrec-other-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    std::fs::copy(
        fixture.join("model.safetensors"),
        dir.join("model.safetensors"),
    )
    .expect("copy");
    std::fs::copy(fixture.join("config.json"), dir.join("config.json")).expect("copy");
    // Only config.json is there: the error names the file the spec asks for.
    let Err(err) = LoadedModel::load(&derived.module.models[0], &derived.recurrences, &dir) else {
        panic!("config.json was read in place of other.json");
    };
    assert!(err.to_string().contains("other.json"), "{err}");
    std::fs::rename(dir.join("config.json"), dir.join("other.json")).expect("rename");
    LoadedModel::load(&derived.module.models[0], &derived.recurrences, &dir)
        .map(drop)
        .expect("other.json is read");
    std::fs::remove_dir_all(&dir).ok();
    // A config file outside the checkpoint folder is refused at check time.
    for bad in ["../config.json", "/etc/passwd", ""] {
        let e = pipeline::derive(&spec(bad)).expect_err(bad);
        let shown = spec(bad).render(&e, false);
        assert!(shown.contains("E143"), "{bad}: {shown}");
    }
}

/// Splits the fixture's tensors into two shards in `dir` with an index; `place` says where
/// the index puts each key (by default, where it is).
fn shard_fixture(dir: &std::path::Path, place: impl Fn(&str, &str) -> Option<String>) {
    use safetensors::tensor::{Dtype, TensorView};
    let fixture = root().join("tests/fixtures/tiny-mamba");
    std::fs::create_dir_all(dir).expect("tmp dir");
    std::fs::copy(fixture.join("config.json"), dir.join("config.json")).expect("copy");
    let bytes = std::fs::read(fixture.join("model.safetensors")).expect("weights");
    let st = safetensors::SafeTensors::deserialize(&bytes).expect("fixture");
    let mut keys: Vec<String> = st.names().into_iter().map(String::from).collect();
    keys.sort();
    let half = keys.len() / 2;
    let mut map = serde_json::Map::new();
    for (shard, part) in [
        ("a.safetensors", &keys[..half]),
        ("b.safetensors", &keys[half..]),
    ] {
        let views: Vec<(String, TensorView)> = part
            .iter()
            .map(|k| {
                let t = st.tensor(k).expect("tensor");
                let v = TensorView::new(Dtype::F32, t.shape().to_vec(), t.data()).expect("view");
                (k.clone(), v)
            })
            .collect();
        safetensors::serialize_to_file(views, None, &dir.join(shard)).expect("shard");
        for k in part {
            if let Some(s) = place(k, shard) {
                map.insert(k.clone(), serde_json::Value::String(s));
            }
        }
    }
    let index = serde_json::json!({ "metadata": {}, "weight_map": map });
    std::fs::write(dir.join("model.safetensors.index.json"), index.to_string()).expect("index");
}

#[test]
fn sharded_checkpoints_load_as_their_index_says() {
    let src = load(&root().join("lang-examples/mamba.lr"));
    let derived = pipeline::derive(&src).expect("derives");
    let model = &derived.module.models[0];
    let base = std::env::temp_dir().join(format!("linrec-shards-{}", std::process::id()));
    let load_in = |name: &str, place: &dyn Fn(&str, &str) -> Option<String>| {
        let dir = base.join(name);
        shard_fixture(&dir, place);
        LoadedModel::load(model, &derived.recurrences, &dir)
    };
    // As written: the same logits as the single file.
    let sharded = load_in("ok", &|_, s| Some(s.to_string())).unwrap_or_else(|e| panic!("{e}"));
    let (whole, ids, _) = fixture();
    let (a, b) = (
        sharded.forward(std::slice::from_ref(&ids)).expect("runs"),
        whole.forward(&[ids]).expect("runs"),
    );
    assert_eq!(a.data, b.data);
    // An index that puts a key in the other shard, leaves one out, or names a shard outside
    // the folder: each is an error naming the key.
    let moved = |k: &str, s: &str| {
        Some(if k.contains("norm_f") {
            if s == "a.safetensors" {
                "b.safetensors"
            } else {
                "a.safetensors"
            }
            .to_string()
        } else {
            s.to_string()
        })
    };
    for (name, place, needle) in [
        (
            "moved",
            &moved as &dyn Fn(&str, &str) -> Option<String>,
            "which the index puts in",
        ),
        (
            "unlisted",
            &|k: &str, s: &str| (!k.contains("norm_f")).then(|| s.to_string()),
            "which the index does not list",
        ),
        (
            "outside",
            &|k: &str, s: &str| {
                Some(if k.contains("norm_f") {
                    format!("../{s}")
                } else {
                    s.to_string()
                })
            },
            "is not a file name in this folder",
        ),
    ] {
        let Err(err) = load_in(name, place) else {
            panic!("{name}: loaded");
        };
        assert!(err.to_string().contains(needle), "{name}: {err}");
        assert!(err.to_string().contains("norm_f"), "{name}: {err}");
    }
    std::fs::remove_dir_all(&base).ok();
}

#[test]
fn forward_counts_and_split_sizes_out_of_range_are_errors() {
    let src = load(&root().join("lang-examples/mamba.lr"));
    let dir = root().join("tests/fixtures/tiny-mamba");
    for (from, to, needle) in [
        (
            "[d_inner, d_inner]",
            "[-1, 257]",
            "split size: -1 is out of range",
        ),
        (
            "    repeat n_layer as i {\n      residual",
            "    repeat 1000000000000 as i {\n      residual",
            "repeat count: 1000000000000 is out of range",
        ),
    ] {
        let text = src.text.replace(from, to);
        assert_ne!(text, src.text, "{from}");
        let s = pipeline::Source::new("edited.lr", text);
        let derived = pipeline::derive(&s).unwrap_or_else(|e| panic!("{}", s.render(&e, false)));
        let model = LoadedModel::load(&derived.module.models[0], &derived.recurrences, &dir)
            .unwrap_or_else(|e| panic!("{e}"));
        let err = model.forward(&[vec![1, 2]]).expect_err(needle);
        assert!(err.to_string().contains(needle), "{err}");
    }
}
