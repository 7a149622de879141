//! Safetensors bytes: a checkpoint, or an error naming the file (never a panic or a huge
//! allocation beyond what the bytes hold).

use libfuzzer_sys::fuzz_target;
use linrec_model::Checkpoint;

fuzz_target!(|bytes: &[u8]| {
    if let Err(e) = Checkpoint::from_safetensors(bytes, std::path::Path::new("fuzz.safetensors")) {
        let shown = e.to_string();
        assert!(
            shown.contains("fuzz.safetensors") || shown.contains("dtype"),
            "{shown}"
        );
    }
});

fn main() {
    linrec_fuzz::main()
}
