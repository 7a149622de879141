//! MLIR text → verified module → PTX (GPU) or a JIT-compiled host function (CPU), in process
//! through melior. The two pass pipelines live here and nowhere else.

use std::cell::RefCell;
use std::rc::Rc;

use melior::dialect::DialectRegistry;
use melior::ir::attribute::AttributeLike;
use melior::ir::operation::{OperationLike, WalkOrder, WalkResult};
use melior::ir::{Module, OperationRef};
use melior::pass::PassManager;
use melior::utility::{register_all_dialects, register_all_llvm_translations, register_all_passes};
use melior::{Context, ExecutionEngine};

/// The GPU pipeline: math to LLVM inside the GPU module, then the NVVM lowering to PTX text
/// (`cubin-format=isa`); `+ptx80` is required for sm_90 or LLVM aborts.
pub const GPU_PIPELINE: &str = "builtin.module(gpu.module(convert-math-to-llvm),gpu-lower-to-nvvm-pipeline{cubin-chip=sm_90 cubin-features=+ptx80 cubin-format=isa opt-level=3})";

/// The host pipeline (the same kernel body, grid mapped to loops). Leaving out
/// convert-cf-to-llvm yields a null engine without an error.
pub const HOST_PIPELINE: &str = "builtin.module(convert-scf-to-cf,convert-math-to-llvm,convert-arith-to-llvm,finalize-memref-to-llvm,convert-func-to-llvm,convert-cf-to-llvm,reconcile-unrealized-casts)";

/// LLVM's optimization level of the host JIT. Host kernels run tiny cases against the
/// interpreter, so compiling them is what takes the time: at level 0 LLVM neither optimizes
/// nor selects instructions with its slow selector.
const HOST_OPT_LEVEL: usize = 0;

/// A failure of the MLIR side, with MLIR's own diagnostics.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LowerError {
    #[error("generated MLIR does not parse:\n{0}")]
    Parse(String),
    #[error("generated MLIR does not verify:\n{0}")]
    Verify(String),
    #[error("pass pipeline failed:\n{0}")]
    Passes(String),
    #[error("no PTX in the lowered module")]
    NoPtx,
    #[error("the execution engine could not be created")]
    Engine,
    #[error("JIT call of `{0}` failed")]
    Invoke(String),
    #[error(transparent)]
    Contract(#[from] crate::manifest::exec::ContractError),
}

/// An MLIR context with every dialect, pass and translation registered, collecting
/// diagnostics.
pub struct Mlir {
    context: Context,
    diagnostics: Rc<RefCell<Vec<String>>>,
}

impl std::fmt::Debug for Mlir {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mlir").finish_non_exhaustive()
    }
}

impl Default for Mlir {
    fn default() -> Self {
        Self::new()
    }
}

impl Mlir {
    pub fn new() -> Self {
        let registry = DialectRegistry::new();
        register_all_dialects(&registry);
        let context = Context::new();
        context.append_dialect_registry(&registry);
        context.load_all_available_dialects();
        register_all_llvm_translations(&context);
        register_all_passes();
        let diagnostics = Rc::new(RefCell::new(Vec::new()));
        let sink = diagnostics.clone();
        context.attach_diagnostic_handler(move |d| {
            sink.borrow_mut().push(format!("{}: {}", d.location(), d));
            true
        });
        Mlir {
            context,
            diagnostics,
        }
    }

    fn take_diagnostics(&self) -> String {
        std::mem::take(&mut *self.diagnostics.borrow_mut()).join("\n")
    }

    /// Parses and verifies MLIR text.
    pub fn parse(&self, text: &str) -> Result<Module<'_>, LowerError> {
        let module = Module::parse(&self.context, text)
            .ok_or_else(|| LowerError::Parse(self.take_diagnostics()))?;
        if !module.as_operation().verify() {
            return Err(LowerError::Verify(self.take_diagnostics()));
        }
        Ok(module)
    }

    fn run(&self, module: &mut Module<'_>, pipeline: &str) -> Result<(), LowerError> {
        let pm = PassManager::new(&self.context);
        melior::utility::parse_pass_pipeline(pm.as_operation_pass_manager(), pipeline)
            .map_err(|e| LowerError::Passes(format!("{e}: {}", self.take_diagnostics())))?;
        pm.run(module)
            .map_err(|e| LowerError::Passes(format!("{e}: {}", self.take_diagnostics())))
    }

    /// Lowers a module holding one `gpu.module` to PTX text.
    pub fn to_ptx(&self, text: &str) -> Result<String, LowerError> {
        let mut module = self.parse(text)?;
        self.run(&mut module, GPU_PIPELINE)?;
        let mut ptx = None;
        module
            .as_operation()
            .walk(WalkOrder::PreOrder, |op: OperationRef<'_, '_>| {
                if op.name().as_string_ref().as_str() == Ok("gpu.binary") {
                    if let Ok(objects) = op.attribute("objects") {
                        ptx = ptx_of(objects);
                    }
                    return WalkResult::Interrupt;
                }
                WalkResult::Advance
            });
        ptx.ok_or(LowerError::NoPtx)
    }

    /// JIT-compiles a host module; functions are called through [`HostModule::call`].
    pub fn jit<'m>(&'m self, text: &str) -> Result<HostModule<'m>, LowerError> {
        let mut module = self.parse(text)?;
        self.run(&mut module, HOST_PIPELINE)?;
        let engine = ExecutionEngine::new(&module, HOST_OPT_LEVEL, &[], false, false);
        // A module the engine could not compile leaves no symbol behind.
        Ok(HostModule {
            _module: module,
            engine,
        })
    }
}

/// One module's PTX (or why not), and the wall time its lowering took.
pub type Lowered = (Result<String, LowerError>, std::time::Duration);

/// Lowers modules to PTX (as [`Mlir::to_ptx`]) on as many threads as the machine has, each
/// with a context of its own; results in the order of `texts`, each with its wall time.
/// Lowering dominates a compile (a 100,000-term sum spends 80% of its time there) and the
/// kernels of a file are independent.
pub fn to_ptx_all(texts: &[&str]) -> Vec<Lowered> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};
    // Global registries (passes, translations) are filled once, before any thread starts.
    let first = Mlir::new();
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(texts.len())
        .max(1);
    // Longest first (text length stands for the work): the last to finish is a short one.
    let mut order: Vec<usize> = (0..texts.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(texts[i].len()));
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<Lowered>>> = texts.iter().map(|_| Mutex::new(None)).collect();
    let work = |mlir: &Mlir| {
        while let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
            let t = std::time::Instant::now();
            let r = mlir.to_ptx(texts[i]);
            *results[i].lock().unwrap_or_else(|p| p.into_inner()) = Some((r, t.elapsed()));
        }
    };
    std::thread::scope(|s| {
        for _ in 1..workers {
            // LLVM's passes recurse little on SSA text; 64 MiB is ample.
            let spawned = std::thread::Builder::new()
                .name("linrec-lower".into())
                .stack_size(64 << 20)
                .spawn_scoped(s, || work(&Mlir::new()));
            if spawned.is_err() {
                break;
            }
        }
        work(&first);
    });
    results
        .into_iter()
        .map(|m| {
            m.into_inner()
                .unwrap_or_else(|p| p.into_inner())
                .expect("every text is lowered by some worker")
        })
        .collect()
}

/// Element 0 of a `gpu.binary`'s `objects` array, as text.
fn ptx_of(objects: melior::ir::Attribute<'_>) -> Option<String> {
    // SAFETY: `objects` is a live array attribute of the module being walked; the C API
    // returns borrowed handles whose string data we copy before the module is dropped.
    unsafe {
        let raw = objects.to_raw();
        if !mlir_sys::mlirAttributeIsAArray(raw) || mlir_sys::mlirArrayAttrGetNumElements(raw) < 1 {
            return None;
        }
        let first = mlir_sys::mlirArrayAttrGetElement(raw, 0);
        let s = mlir_sys::mlirGPUObjectAttrGetObject(first);
        let bytes = std::slice::from_raw_parts(s.data as *const u8, s.length);
        Some(String::from_utf8_lossy(bytes).into_owned())
    }
}

/// A JIT-compiled host module.
pub struct HostModule<'m> {
    _module: Module<'m>,
    engine: ExecutionEngine,
}

impl std::fmt::Debug for HostModule<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HostModule").finish_non_exhaustive()
    }
}

/// One argument of a host call.
#[derive(Debug)]
pub enum HostArg<'a> {
    /// A buffer of f32 (or null).
    F32(Option<&'a mut [f32]>),
    /// A buffer of 16-bit values (bf16 or f16 bits), or null.
    U16(Option<&'a mut [u16]>),
    I64(i64),
}

impl HostModule<'_> {
    /// Calls `name` (emitted with `llvm.emit_c_interface`) with pointer and i64 arguments.
    pub fn call(&self, name: &str, args: &mut [HostArg<'_>]) -> Result<(), LowerError> {
        if self
            .engine
            .lookup(&format!("_mlir_ciface_{name}"))
            .is_null()
        {
            return Err(LowerError::Engine);
        }
        // Each packed argument points at the value: a pointer for buffers, an i64 for sizes.
        let mut ptrs: Vec<*mut f32> = Vec::new();
        let mut ints: Vec<i64> = Vec::new();
        for a in args.iter_mut() {
            match a {
                HostArg::F32(Some(buf)) => ptrs.push(buf.as_mut_ptr()),
                HostArg::U16(Some(buf)) => ptrs.push(buf.as_mut_ptr().cast()),
                HostArg::F32(None) | HostArg::U16(None) => ptrs.push(std::ptr::null_mut()),
                HostArg::I64(v) => ints.push(*v),
            }
        }
        let (mut pi, mut ii) = (0, 0);
        let mut packed: Vec<*mut ()> = Vec::new();
        for a in args.iter() {
            match a {
                HostArg::F32(_) | HostArg::U16(_) => {
                    packed.push(&mut ptrs[pi] as *mut *mut f32 as *mut ());
                    pi += 1;
                }
                HostArg::I64(_) => {
                    packed.push(&mut ints[ii] as *mut i64 as *mut ());
                    ii += 1;
                }
            }
        }
        // SAFETY: `packed` holds one pointer per parameter of `name`, each pointing at a value
        // of the parameter's type (a buffer pointer or an i64) that outlives the call; buffers
        // are sized by the caller for the extents passed alongside.
        unsafe { self.engine.invoke_packed(name, &mut packed) }
            .map_err(|_| LowerError::Invoke(name.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GPU: &str = r#"
module attributes {gpu.container_module} {
  gpu.module @k {
    gpu.func @axpy(%x: !llvm.ptr, %y: !llvm.ptr, %n: i64) kernel {
      %bi = gpu.block_id x
      %bd = gpu.block_dim x
      %ti = gpu.thread_id x
      %b = arith.index_cast %bi : index to i64
      %d = arith.index_cast %bd : index to i64
      %t = arith.index_cast %ti : index to i64
      %m = arith.muli %b, %d : i64
      %i = arith.addi %m, %t : i64
      %ok = arith.cmpi slt, %i, %n : i64
      scf.if %ok {
        %px = llvm.getelementptr %x[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %vx = llvm.load %px : !llvm.ptr -> f32
        %e = llvm.call_intrinsic "llvm.exp2.f32"(%vx) : (f32) -> f32
        %py = llvm.getelementptr %y[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %e, %py : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}"#;

    #[test]
    fn gpu_module_lowers_to_ptx_without_externals() {
        let mlir = Mlir::new();
        let ptx = mlir.to_ptx(GPU).expect("lowers");
        assert!(ptx.contains(".entry axpy"), "{ptx}");
        assert!(ptx.contains("ex2.approx"), "{ptx}");
        assert!(!ptx.contains(".extern"), "{ptx}");
    }

    #[test]
    fn host_module_runs() {
        let text = r#"
module {
  func.func @twice(%x: !llvm.ptr, %n: i64) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %ni = arith.index_cast %n : i64 to index
    scf.for %iv = %c0 to %ni step %c1 {
      %i = arith.index_cast %iv : index to i64
      %p = llvm.getelementptr %x[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v = llvm.load %p : !llvm.ptr -> f32
      %w = arith.addf %v, %v : f32
      llvm.store %w, %p : f32, !llvm.ptr
    }
    return
  }
}"#;
        let mlir = Mlir::new();
        let m = mlir.jit(text).expect("jit");
        let mut data = vec![1.0f32, 2.0, 3.5];
        m.call(
            "twice",
            &mut [HostArg::F32(Some(&mut data)), HostArg::I64(3)],
        )
        .expect("runs");
        assert_eq!(data, vec![2.0, 4.0, 7.0]);
    }

    #[test]
    fn bad_text_is_an_error_not_a_crash() {
        let mlir = Mlir::new();
        assert!(matches!(
            mlir.parse("module { foo.bar }"),
            Err(LowerError::Parse(_))
        ));
    }
}
