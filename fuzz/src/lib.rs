//! The fuzz targets' `main`. libFuzzer's own `main` is not the one linked: the MLIR static
//! libraries the compiler links hold `mlir-opt`'s, which would win. Each target defines a
//! Rust `main` (which the linker takes before any archive's) that starts libFuzzer's driver
//! on the input callback `fuzz_target!` defines.

use std::ffi::{CString, c_char, c_int};

unsafe extern "C" {
    fn LLVMFuzzerRunDriver(
        argc: *mut c_int,
        argv: *mut *mut *mut c_char,
        callback: unsafe extern "C" fn(*const u8, usize) -> c_int,
    ) -> c_int;
    fn LLVMFuzzerTestOneInput(data: *const u8, size: usize) -> c_int;
}

/// Runs libFuzzer with this process's arguments; exits with its status.
pub fn main() -> ! {
    let args: Vec<CString> = std::env::args_os()
        .map(|a| CString::new(a.into_encoded_bytes()).expect("no NUL in an argument"))
        .collect();
    let mut ptrs: Vec<*mut c_char> = args.iter().map(|a| a.as_ptr() as *mut c_char).collect();
    ptrs.push(std::ptr::null_mut());
    let mut argc = args.len() as c_int;
    let mut argv = ptrs.as_mut_ptr();
    // SAFETY: argc/argv describe `args`, which outlive the call; the callback is libfuzzer-sys's.
    let rc = unsafe { LLVMFuzzerRunDriver(&mut argc, &mut argv, LLVMFuzzerTestOneInput) };
    std::process::exit(rc)
}
