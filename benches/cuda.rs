//! The GPU bench: `cpu`, `rayon`, `cuda` and `auto` end to end on many-task calls, and `cuda`
//! on a resident corpus, for batches of 30x30 grids and for ARC-AGI-1; with the floors that
//! the bytes set (PCIe for end to end, device memory for the resident kernel), measured on
//! the same device.
//!
//! `cargo bench --features cuda --bench cuda` (or the binary that
//! `scripts/cuda/device-run.sh` carries to the GPU machine). Environment:
//! `BATT_BENCH_SIZES` (comma-separated grid counts), `BATT_BENCH_OUT` (a file to write the
//! table to), `BATT_ARC_DIR` (ARC-AGI-1's folder).

#[path = "../tests/cuda_common/mod.rs"]
mod common;

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

use batt::runtime::backend::cuda::{self, Corpus};
use batt::runtime::{Backend, Samples, batch_process_many_with};
use common::{Rng, arc_agi_1, uniform};

/// Median wall time of `f` after one warm-up run, over enough runs to fill about a second.
fn time<T>(mut f: impl FnMut() -> T) -> Duration {
    let t0 = Instant::now();
    drop(black_box(f()));
    let once = t0.elapsed().max(Duration::from_micros(1));
    let reps =
        (Duration::from_millis(1200).as_secs_f64() / once.as_secs_f64()).clamp(5.0, 200.0) as usize;
    let mut times = Vec::with_capacity(reps);
    for _ in 0..reps {
        let t = Instant::now();
        let out = black_box(f());
        times.push(t.elapsed());
        drop(out);
    }
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// The fewest bytes a batch must move: cells at 4 bits (a byte per two cells of a grid),
/// a 4-byte offset per grid in, a 2-byte mask per grid out. (The packed layout pads each
/// grid to 16 bytes, 3% more for 30x30 grids; the floors do not count that.)
struct Bytes {
    grids: usize,
    cell_bytes: usize,
}

impl Bytes {
    fn of(tasks: &[Samples]) -> Bytes {
        let mut b = Bytes { grids: 0, cell_bytes: 0 };
        for t in tasks {
            for s in t.iter() {
                for g in [&s.input, &s.output] {
                    b.grids += 1;
                    b.cell_bytes += g.len().div_ceil(2);
                }
            }
        }
        b
    }

    /// Bytes from host to device (cells and offsets) and back (masks).
    fn pcie(&self) -> (f64, f64) {
        ((self.cell_bytes + 4 * (self.grids + 1)) as f64, (2 * self.grids) as f64)
    }

    /// Bytes the kernel must read and write in device memory.
    fn device(&self) -> f64 {
        (self.cell_bytes + 4 * (self.grids + 1) + 2 * self.grids) as f64
    }
}

struct Row {
    name: String,
    cells: usize,
    cpu: Duration,
    rayon: Duration,
    rayon_again: Duration,
    cuda: Duration,
    cuda_masks: Duration,
    auto: Duration,
    auto_pick: Backend,
    upload: Duration,
    resident_masks: Duration,
    resident_patterns: Duration,
    kernel_ms: f64,
    pcie_floor_ms: f64,
    dev_floor_ms: f64,
}

fn bench(name: &str, tasks: &[Samples], bw: Option<cuda::Bandwidth>) -> Row {
    let cells: usize = tasks.iter().map(Samples::cell_count).sum();
    let want = batch_process_many_with(tasks, Backend::Cpu);
    assert!(batch_process_many_with(tasks, Backend::Cuda) == want, "{name}: cuda differs from cpu");
    let cpu = time(|| batch_process_many_with(tasks, Backend::Cpu));
    let rayon = time(|| batch_process_many_with(tasks, Backend::Rayon));
    let cuda_t = time(|| batch_process_many_with(tasks, Backend::Cuda));
    let auto = time(|| batch_process_many_with(tasks, Backend::Auto));
    let rayon_again = time(|| batch_process_many_with(tasks, Backend::Rayon));
    let grids: Vec<&batt::runtime::Grid> =
        tasks.iter().flat_map(|t| t.iter().flat_map(|s| [&s.input, &s.output])).collect();
    let cuda_masks = time(|| cuda::palette_masks(&grids));
    for (what, end_to_end) in [("masks only", false), ("end to end", true)] {
        cuda::take_stage_times();
        for _ in 0..5 {
            if end_to_end {
                drop(black_box(batch_process_many_with(tasks, Backend::Cuda)));
            } else {
                drop(black_box(cuda::palette_masks(&grids)));
            }
        }
        let stages: Vec<String> = cuda::take_stage_times()
            .into_iter()
            .map(|(n, d)| format!("{n} {:.3}", ms(d) / 5.0))
            .collect();
        eprintln!("{name}: cuda {what}, ms a call by stage: {}", stages.join(", "));
    }
    let t = Instant::now();
    let corpus = Corpus::upload(tasks);
    let upload = t.elapsed();
    assert!(corpus.patterns_all() == want, "{name}: corpus differs from cpu");
    let resident_masks = time(|| corpus.palette_masks_all());
    let resident_patterns = time(|| corpus.patterns_all());
    let kernel_ms = corpus
        .kernel_times(51)
        .into_iter()
        .map(|mut t| {
            t.sort_by(f32::total_cmp);
            f64::from(t[t.len() / 2])
        })
        .fold(f64::NAN, f64::max);
    let bytes = Bytes::of(tasks);
    let (h2d, d2h) = bytes.pcie();
    let (pcie_floor_ms, dev_floor_ms) = match bw {
        Some(bw) => (
            (h2d / (bw.host_to_device * 1e9) + d2h / (bw.device_to_host * 1e9)) * 1e3,
            bytes.device() / (bw.device_to_device * 1e9) * 1e3,
        ),
        None => (f64::NAN, f64::NAN),
    };
    Row {
        name: name.to_string(),
        cells,
        cpu,
        rayon,
        rayon_again,
        cuda: cuda_t,
        cuda_masks,
        auto,
        auto_pick: Backend::Auto.resolve_many(tasks),
        upload,
        resident_masks,
        resident_patterns,
        kernel_ms,
        pcie_floor_ms,
        dev_floor_ms,
    }
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else is taken from the command line.
    let devices = cuda::devices();
    let mut out = String::new();
    writeln!(out, "# batt cuda bench").unwrap();
    for d in devices {
        writeln!(out, "- device {}: {} {}", d.ordinal, d.name, d.error.as_deref().unwrap_or("ok"))
            .unwrap();
    }
    if devices.is_empty() {
        writeln!(out, "- no CUDA device: the cuda columns are the CPU fallback").unwrap();
    }
    writeln!(out, "- host threads (rayon): {}", rayon_threads()).unwrap();
    let bw = cuda::probe_bandwidth(0, 1 << 30, 10);
    if let Some(bw) = bw {
        writeln!(
            out,
            "- measured with 1 GiB buffers, median of 10: pinned host->device {:.1} GB/s, device->host {:.1} GB/s, device->device {:.0} GB/s (read + write)",
            bw.host_to_device, bw.device_to_host, bw.device_to_device
        )
        .unwrap();
    }
    print!("{out}");
    let sizes: Vec<usize> = std::env::var("BATT_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![10, 1_000, 10_000, 30_000, 100_000, 300_000, 1_000_000]);
    let mut rows = Vec::new();
    let mut rng = Rng::with_seed(0xbe7c_0001);
    for &n in &sizes {
        // Tasks of 5 samples (10 grids); 10 grids is one task.
        let tasks = uniform(&mut rng, n.div_ceil(10), 5, 30, 30);
        let row = bench(&format!("{n} grids 30x30"), &tasks, bw);
        print_row(&row);
        rows.push(row);
    }
    if let Some(arc) = arc_agi_1() {
        let row = bench("ARC-AGI-1 (800 tasks, train pairs)", &arc, bw);
        print_row(&row);
        rows.push(row);
    }
    let table = table(&rows);
    println!("\n{out}\n{table}");
    if let Ok(path) = std::env::var("BATT_BENCH_OUT") {
        std::fs::write(&path, format!("{out}\n{table}")).expect("writing BATT_BENCH_OUT");
    }
}

fn rayon_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn print_row(r: &Row) {
    eprintln!(
        "{}: cpu {:.4} rayon {:.4} / {:.4} cuda {:.4} (masks {:.4}) auto {:.4} ({}) resident masks {:.4} kernel {:.4} ms",
        r.name,
        ms(r.cpu),
        ms(r.rayon),
        ms(r.rayon_again),
        ms(r.cuda),
        ms(r.cuda_masks),
        ms(r.auto),
        r.auto_pick,
        ms(r.resident_masks),
        r.kernel_ms
    );
}

fn table(rows: &[Row]) -> String {
    let mut t = String::new();
    writeln!(
        t,
        "| batch | cells | cpu ms | rayon ms (1st / 2nd) | cuda ms | cuda masks only ms | auto ms (pick) | auto / best | PCIe floor ms | cuda / PCIe floor | upload ms | resident masks ms | resident patterns ms | kernel ms | device floor ms | kernel / floor |"
    )
    .unwrap();
    writeln!(t, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        .unwrap();
    for r in rows {
        let best = ms(r.cpu).min(ms(r.rayon).min(ms(r.rayon_again))).min(ms(r.cuda));
        writeln!(
            t,
            "| {} | {} | {:.4} | {:.4} / {:.4} | {:.4} | {:.4} | {:.4} ({}) | {:.2} | {:.4} | {:.2} | {:.1} | {:.4} | {:.4} | {:.4} | {:.4} | {:.2} |",
            r.name,
            r.cells,
            ms(r.cpu),
            ms(r.rayon),
            ms(r.rayon_again),
            ms(r.cuda),
            ms(r.cuda_masks),
            ms(r.auto),
            r.auto_pick,
            ms(r.auto) / best,
            r.pcie_floor_ms,
            ms(r.cuda) / r.pcie_floor_ms,
            ms(r.upload),
            ms(r.resident_masks),
            ms(r.resident_patterns),
            r.kernel_ms,
            r.dev_floor_ms,
            r.kernel_ms / r.dev_floor_ms,
        )
        .unwrap();
    }
    t
}
