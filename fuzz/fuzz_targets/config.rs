//! A config.json for the Mamba spec: its values evaluated and the bundled checkpoint's
//! parameters loaded against it — a model, or an error (shapes, keys, ranges).

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use linrec_compiler::pipeline::{self, DerivedModule, Source};
use linrec_model::{Checkpoint, Cpu, Model, config_ints};

fn spec() -> &'static (DerivedModule, Vec<u8>) {
    static SPEC: OnceLock<(DerivedModule, Vec<u8>)> = OnceLock::new();
    SPEC.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let text = std::fs::read_to_string(root.join("lang-examples/mamba.lr")).expect("spec");
        let derived = pipeline::derive(&Source::new("mamba.lr", text)).expect("derives");
        let weights = std::fs::read(root.join("tests/fixtures/tiny-mamba/model.safetensors"))
            .expect("weights");
        (derived, weights)
    })
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(bytes) else {
        return;
    };
    let (derived, weights) = spec();
    let model = &derived.module.models[0];
    let _ = config_ints(model, &json);
    let ckpt = Checkpoint::from_safetensors(weights, std::path::Path::new("model.safetensors"))
        .expect("the fixture loads");
    let _ = Model::from_checkpoint(Cpu, model, &derived.recurrences, &json, ckpt);
});

fn main() {
    linrec_fuzz::main()
}
