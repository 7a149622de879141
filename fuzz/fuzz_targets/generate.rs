//! The model executor's entry points (`generate`, `greedy`, `last_logits`, `forward`) on the
//! bundled tiny Mamba with any batch of prompts (empty ones, ids past the vocabulary, prompts
//! of different lengths), any number of tokens and any sampling settings: tokens, or an error.

use libfuzzer_sys::fuzz_target;
use linrec_compiler::pipeline::{self, Source};
use linrec_model::{LoadedModel, Sampling};

thread_local! {
    /// The model, loaded once (the executor is single-threaded, as libFuzzer's loop is).
    static MODEL: LoadedModel = {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let text = std::fs::read_to_string(root.join("lang-examples/mamba.lr")).expect("spec");
        let derived = pipeline::derive(&Source::new("mamba.lr", text)).expect("derives");
        let dir = root.join("tests/fixtures/tiny-mamba");
        LoadedModel::load(&derived.module.models[0], &derived.recurrences, &dir).expect("loads")
    };
}

/// Bytes as: tokens to generate, sampling settings, an end token, then prompts of ids
/// (16-bit, little-endian), a 0xFFFF ending each prompt; at most 4 prompts of 24 ids, so
/// that an input runs in milliseconds.
fn decode(bytes: &[u8]) -> Option<(usize, Sampling, Option<u32>, Vec<Vec<u32>>)> {
    let (head, rest) = bytes.split_at_checked(8)?;
    let n = usize::from(head[0] % 4);
    let temperature = match head[1] {
        0..=127 => 0.0,
        255 => f64::NAN,
        254 => -1.0,
        t => f64::from(t - 127) / 32.0,
    };
    let top_p = match head[2] {
        255 => f64::INFINITY,
        p => f64::from(p) / 200.0,
    };
    let sampling = Sampling {
        temperature,
        top_k: usize::from(head[3]),
        top_p,
        seed: u64::from(head[4]),
    };
    let eos = (head[5] & 1 == 1).then(|| u32::from(u16::from_le_bytes([head[6], head[7]])));
    let mut prompts = vec![Vec::new()];
    for pair in rest.chunks_exact(2) {
        match u16::from_le_bytes([pair[0], pair[1]]) {
            0xFFFF if prompts.len() < 4 => prompts.push(Vec::new()),
            0xFFFF => break,
            id => {
                let last = prompts.last_mut().expect("one prompt at least");
                if last.len() < 24 {
                    last.push(u32::from(id));
                }
            }
        }
    }
    Some((n, sampling, eos, prompts))
}

fuzz_target!(|bytes: &[u8]| {
    let Some((n, sampling, eos, prompts)) = decode(bytes) else {
        return;
    };
    MODEL.with(|m| {
        if let Ok(out) = m.generate(&prompts, n, &sampling, eos) {
            assert_eq!(out.len(), prompts.len());
            assert!(out.iter().all(|t| t.len() <= n));
        }
        let _ = m.greedy(&prompts, n.min(1));
        if let Ok(rows) = m.last_logits(&prompts) {
            assert_eq!(rows.shape[0], prompts.len());
        }
        let _ = m.forward(&prompts);
    });
});

fn main() {
    linrec_fuzz::main()
}
