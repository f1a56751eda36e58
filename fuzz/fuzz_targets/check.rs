//! Any bytes through everything a user can run on one file: parse, resolve, check, every
//! report format, plan, explain and preview (`fclint::fuzzing::exercise`, which a test also
//! runs over every fixture). Input before a NUL byte is read as `fclint.toml`, so the
//! inventory (partitions, message sizes, rates, handler times, quota) is fuzzed too. The
//! only failure is a panic, or a hang or runaway allocation, which libFuzzer reports itself.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| fclint::fuzzing::exercise(data));
