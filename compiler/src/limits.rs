//! Resource limits, in one place: each is checked before the work it bounds starts and
//! reported as a diagnostic or an error that names it (README, "Limits").

/// Stack of the thread the pipeline runs on. Every stage walks expressions recursively, and a
/// spec may legitimately hold a sum of 100,000 terms or a chain of 100,000 `let`s (a tree
/// that deep); the stack is reserved, not committed, so only what a spec uses is touched.
pub const STACK_BYTES: usize = 2 << 30;

/// Deepest nesting of parentheses, brackets, calls and unary operators in a spec. Flat
/// chains (`a + b + c …`, `let` chains) are not nesting; they are bounded by
/// [`MAX_EXPR_DEPTH`].
pub const MAX_NESTING: usize = 1_000;

/// Most states one coupled group may hold: a combine of two K×K maps costs K³ per point.
pub const MAX_COUPLED: usize = 8;

/// Longest lag of a value read at an earlier step (`x[b, t - k]`, `h[b, t - k]`): each step
/// of a lag is a state of a delay line coupled with the state that reads it, and a coupled
/// group holds at most [`MAX_COUPLED`] states.
pub const MAX_LAG: usize = MAX_COUPLED - 1;

/// Deepest expression after `let`s are substituted (a chain of 100,000 terms fits).
pub const MAX_EXPR_DEPTH: usize = 250_000;

thread_local! {
    /// Whether this thread is one [`with_stack`] started.
    static ON_STACK: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Largest spec file read (a spec is text a person writes; 64 MiB is far past any).
pub const MAX_SPEC_BYTES: usize = 64 << 20;

/// Memory the float64 interpreter may hold (inputs, outputs, states, one step's values).
pub const MAX_INTERP_BYTES: usize = 4 << 30;

/// Values the interpreter may compute (each expression node at each point, every step):
/// about a minute of work.
pub const MAX_INTERP_WORK: u64 = 4_000_000_000;

/// Largest count a model's `repeat` may take (layers, loop trips): far past any real model,
/// small enough that a wrong config fails at once instead of looping for hours.
pub const MAX_MODEL_REPEAT: usize = 100_000;

/// Largest size of one tensor dimension or split piece a model's config may give.
pub const MAX_MODEL_DIM: usize = 1 << 31;

/// Memory the random parameters of a benchmark model may take (`Checkpoint::random`): a
/// 2.8B-parameter model takes 11 GiB.
pub const MAX_RANDOM_MODEL_BYTES: usize = 48 << 30;

/// Runs `f` on a thread with a stack of [`STACK_BYTES`] (the calling thread's may be small),
/// returning its result; a panic of `f` resumes on the caller. On such a thread already, or
/// where no thread can be started (a tight address-space limit), `f` runs here.
pub fn with_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    if ON_STACK.with(std::cell::Cell::get) {
        return f();
    }
    let mut f = Some(f);
    let run = std::thread::scope(|s| {
        let spawned = std::thread::Builder::new()
            .name("linrec-pipeline".into())
            .stack_size(STACK_BYTES)
            .spawn_scoped(s, || {
                ON_STACK.with(|o| o.set(true));
                (f.take().expect("run once"))()
            });
        spawned.ok().map(|h| match h.join() {
            Ok(v) => v,
            Err(p) => std::panic::resume_unwind(p),
        })
    });
    match run {
        Some(v) => v,
        None => (f.take().expect("not run: the thread did not start"))(),
    }
}
