//! The cost model's choices at shapes whose answer is known.

use super::*;

#[test]
fn explicit_request_wins() {
    let c = choose(Request::Chunked, None, Device::default());
    assert!(matches!(c.strategy, Strategy::Chunked { .. }));
}

#[test]
fn a_block_scan_of_16_tiles_or_more_prefetches_a_turn_ahead() {
    let d = Device::default();
    let b = BlockDims {
        threads: 64,
        steps: 16,
        first: true,
        ahead: true,
    };
    let shape = |len| Shape {
        outer: 1536,
        len,
        state_points: 16,
        scan_strided: false,
        lanes: 1,
        block: Some(b),
    };
    let ahead = |r, len| match choose(r, Some(shape(len)), d).strategy {
        Strategy::Block { ahead, .. } => ahead,
        s => panic!("a block scan, not {s:?}"),
    };
    // 16 tiles of 64 × 16 steps: 16,384.
    assert!(!ahead(Request::Auto, 2048));
    assert!(!ahead(Request::Auto, 16 * 1024 - 1));
    assert!(ahead(Request::Auto, 16 * 1024));
    assert!(ahead(Request::Block, 65536));
    assert!(!ahead(Request::Block, 2048));
    assert!(ahead(Request::BlockAhead, 2048));
    let takes =
        |b: BlockDims, len| matches!(b.strategy(len, false), Strategy::Block { ahead: true, .. });
    assert!(takes(b, 65536));
    assert!(!takes(b, 2048));
    // Without that variant (S4D): the block scan as it is, however long the scan.
    assert!(!takes(BlockDims { ahead: false, ..b }, 65536));
}

#[test]
fn few_scans_take_the_block_scan_where_there_is_one_and_the_scan_is_not_too_long() {
    let d = Device::default();
    let block = Some(BlockDims {
        threads: 128,
        steps: 8,
        first: false,
        ahead: true,
    });
    let shape = |outer, len| Shape {
        outer,
        len,
        state_points: 16,
        scan_strided: false,
        lanes: 1,
        block,
    };
    let pick = |s| choose(Request::Auto, Some(s), d).strategy;
    assert!(matches!(
        pick(shape(8 * 1536, 2048)),
        Strategy::Block { threads: 128, .. }
    ));
    // Past block_max_len: the block scan prefetching a turn ahead where its blocks fill the
    // GPU (132 SMs × 4 blocks of 128), else chunked.
    assert!(matches!(
        pick(shape(1536, 65536)),
        Strategy::Block { ahead: true, .. }
    ));
    assert!(matches!(pick(shape(512, 65536)), Strategy::Chunked { .. }));
    let plain = Shape {
        block: block.map(|b| BlockDims { ahead: false, ..b }),
        ..shape(1536, 65536)
    };
    assert!(matches!(pick(plain), Strategy::Chunked { .. }));
    assert!(matches!(
        pick(shape(4 * 5120, 4096)),
        Strategy::Sequential { .. }
    ));
    // 16-bit sequences: the block scan even where the sequential walk fills the GPU or
    // the scan is long.
    let first = |outer, len| Shape {
        block: block.map(|b| BlockDims { first: true, ..b }),
        ..shape(outer, len)
    };
    assert!(matches!(
        pick(first(4 * 5120, 4096)),
        Strategy::Block { threads: 128, .. }
    ));
    assert!(matches!(
        pick(first(1536, 65536)),
        Strategy::Block { threads: 128, .. }
    ));
    // Shorter than one 1,024-step tile: the block scan for few scans only (the table's
    // block_short_max_outer), in 16 bits too; the reason says why.
    let short = choose(Request::Auto, Some(shape(1536, 512)), d);
    assert!(matches!(short.strategy, Strategy::Block { .. }));
    assert!(
        short.reason.contains("shorter than one tile"),
        "{}",
        short.reason
    );
    assert!(!matches!(
        pick(shape(4 * 1536, 512)),
        Strategy::Block { .. }
    ));
    assert!(!matches!(
        pick(first(4 * 1536, 512)),
        Strategy::Block { .. }
    ));
    assert!(matches!(pick(first(1536, 512)), Strategy::Block { .. }));
    // A table that lets many short scans take it: those a multiple of a thread's 8 steps
    // do; the others (their tile walked a step at a time) only up to
    // UNALIGNED_SHORT_MAX_OUTER, and the reason says so.
    let many = Device {
        model: CostModel {
            block_short_max_outer: 8192,
            ..d.model
        },
        ..d
    };
    let at = |outer, len| super::pick(Request::Auto, Some(shape(outer, len)), many);
    assert!(matches!(at(4 * 1536, 512), Strategy::Block { .. }));
    assert!(!matches!(at(4 * 1536, 500), Strategy::Block { .. }));
    let ragged = choose(Request::Auto, Some(shape(1536, 500)), many);
    assert!(matches!(ragged.strategy, Strategy::Block { .. }));
    assert!(
        ragged
            .reason
            .contains("not a multiple of a thread's 8 steps"),
        "{}",
        ragged.reason
    );
    // The table's block_max_work: past it in scans × steps, chunked.
    let work = Device {
        model: CostModel {
            block_max_work: 1 << 25,
            ..d.model
        },
        ..d
    };
    let long = choose(Request::Auto, Some(shape(1536, 8192)), work);
    assert!(matches!(long.strategy, Strategy::Block { .. }));
    assert!(
        long.reason
            .contains("1536 scans × 8192 steps at most 33554432")
    );
    assert!(matches!(
        super::pick(Request::Auto, Some(shape(5120, 8192)), work),
        Strategy::Chunked { .. }
    ));
    // `pick` is `choose` without its reason.
    for s in [shape(1536, 512), shape(4 * 1536, 512), first(1536, 65536)] {
        assert_eq!(
            super::pick(Request::Auto, Some(s), d),
            choose(Request::Auto, Some(s), d).strategy
        );
    }
    // Asked for where there is none: the sequential forward.
    let none = Shape {
        block: None,
        ..shape(8, 64)
    };
    assert!(matches!(
        choose(Request::Block, Some(none), d).strategy,
        Strategy::Sequential { .. }
    ));
}

#[test]
fn few_long_scans_are_chunked_many_are_sequential() {
    let d = Device::default();
    let few = Shape {
        outer: 1536,
        len: 65536,
        state_points: 16,
        scan_strided: false,
        lanes: 1,
        block: None,
    };
    assert!(matches!(
        choose(Request::Auto, Some(few), d).strategy,
        Strategy::Chunked { .. }
    ));
    // (The H200's table: at 8 × 1536 scans of 16 points the chunked scan is measured
    // faster; at 8 × 5120 the sequential one.)
    let many = Shape {
        outer: 8 * 5120,
        len: 2048,
        state_points: 16,
        scan_strided: false,
        lanes: 1,
        block: None,
    };
    assert!(matches!(
        choose(Request::Auto, Some(many), d).strategy,
        Strategy::Sequential { .. }
    ));
    let short = Shape {
        outer: 10,
        len: 100,
        state_points: 1,
        scan_strided: false,
        lanes: 1,
        block: None,
    };
    assert!(matches!(
        choose(Request::Auto, Some(short), d).strategy,
        Strategy::Sequential { .. }
    ));
}

#[test]
fn strided_scans_count_threads_with_their_lanes() {
    let d = Device::default();
    let shape = |outer, lanes| Shape {
        outer,
        len: 2048,
        state_points: 16,
        scan_strided: true,
        lanes,
        block: None,
    };
    let pick = |s| choose(Request::Auto, Some(s), d).strategy;
    assert!(matches!(
        pick(shape(8 * 1536, 4)),
        Strategy::Sequential { .. }
    ));
    assert!(matches!(pick(shape(8 * 1536, 1)), Strategy::Chunked { .. }));
    assert!(matches!(pick(shape(1536, 4)), Strategy::Chunked { .. }));
}
