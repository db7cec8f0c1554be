//! One GPU through the CUDA driver (`cust`): its context, module, stream and staging buffers.
//!
//! All `unsafe` of the GPU backend is here: raw asynchronous copies between pinned host
//! memory and device memory, and kernel launches. Each block says why it is sound.

use std::ffi::c_void;
use std::ops::Range;
use std::sync::{Mutex, MutexGuard};

use batt_kernels::palette::MASKS_U4;
use cust::context::{Context, CurrentContext};
use cust::device::{Device, DeviceAttribute};
use cust::event::{Event, EventFlags};
use cust::memory::{DeviceBuffer, LockedBuffer};
use cust::module::Module;
use cust::stream::{Stream, StreamFlags};
use cust::sys;
use rayon::prelude::*;

use super::exec::{DeviceError, Engine};
use super::fault::{self, FailPoint};
use super::pack::{WORDS_PER_CHUNK, pack_grids, plan_passes, relative_starts};
use super::stages::{Stage, Timer};
use crate::backend::cpu::ColorMask;
use crate::grid::Grid;

/// Packed 16-byte chunks in one pass of a batch: 32 MiB, 64 Mi cells.
const PASS_CHUNKS: usize = 1 << 21;
/// Packed words in one pass.
const PASS_WORDS: usize = PASS_CHUNKS * WORDS_PER_CHUNK;
/// Grids in one pass of a batch.
const PASS_GRIDS: usize = 1 << 20;
/// Threads per block: 8 warps, one grid each at a time.
const BLOCK: u32 = 256;
/// Resident blocks per multiprocessor the launch asks for (warps then stride over grids).
const BLOCKS_PER_SM: u32 = 8;

fn driver(what: &'static str) -> impl FnOnce(cust::error::CudaError) -> DeviceError {
    move |e| DeviceError::Driver { what, source: Box::new(e) }
}

fn check(point: FailPoint, ordinal: usize) -> Result<(), DeviceError> {
    if fault::fires(point, Some(ordinal)) { Err(DeviceError::Injected(point)) } else { Ok(()) }
}

/// Starts the driver; the error says why there is no GPU to use.
pub(crate) fn init() -> Result<usize, DeviceError> {
    if fault::fires(FailPoint::Init, None) {
        return Err(DeviceError::Injected(FailPoint::Init));
    }
    cust::init(cust::CudaFlags::empty()).map_err(driver("cuInit"))?;
    Ok(Device::num_devices().map_err(driver("cuDeviceGetCount"))? as usize)
}

/// A pass's pinned host buffers and device buffers, used in turn with one other.
struct Staging {
    words: LockedBuffer<u32>,
    starts: LockedBuffer<u32>,
    masks: LockedBuffer<ColorMask>,
    d_words: DeviceBuffer<u32>,
    d_starts: DeviceBuffer<u32>,
    d_masks: DeviceBuffer<ColorMask>,
    /// Recorded after the pass's last copy.
    done: Event,
    /// The grids (indices into the batch) whose masks are in flight here.
    pass: Option<Range<usize>>,
}

impl Staging {
    fn new(ordinal: usize) -> Result<Staging, DeviceError> {
        check(FailPoint::Alloc, ordinal)?;
        Ok(Staging {
            words: LockedBuffer::new(&0, PASS_WORDS).map_err(driver("cuMemAllocHost"))?,
            starts: LockedBuffer::new(&0, PASS_GRIDS + 1).map_err(driver("cuMemAllocHost"))?,
            masks: LockedBuffer::new(&0, PASS_GRIDS).map_err(driver("cuMemAllocHost"))?,
            d_words: DeviceBuffer::zeroed(PASS_WORDS).map_err(driver("cuMemAlloc"))?,
            d_starts: DeviceBuffer::zeroed(PASS_GRIDS + 1).map_err(driver("cuMemAlloc"))?,
            d_masks: DeviceBuffer::zeroed(PASS_GRIDS).map_err(driver("cuMemAlloc"))?,
            done: Event::new(EventFlags::DISABLE_TIMING).map_err(driver("cuEventCreate"))?,
            pass: None,
        })
    }
}

/// What the device's lock guards: everything that uses its stream.
struct State {
    module: Module,
    stream: Stream,
    /// Allocated at the first batch, kept for the next ones.
    staging: Option<Box<[Staging; 2]>>,
}

/// One GPU, ready to run the palette kernel.
pub(crate) struct CudaEngine {
    ordinal: usize,
    name: String,
    sms: u32,
    state: Mutex<State>,
    /// Declared last so that it is released after everything made in it.
    ctx: Context,
}

/// Copies `len` elements from pinned host memory to the device, queued on `stream`.
///
/// # Safety
/// `dst` must hold at least `len` elements, and `src` must stay alive and unchanged until
/// the stream has passed this copy (the callers wait on an event or the stream first).
unsafe fn copy_to_device<T>(
    dst: &DeviceBuffer<T>,
    src: &[T],
    stream: &Stream,
) -> Result<(), DeviceError>
where
    T: cust::memory::DeviceCopy,
{
    debug_assert!(src.len() <= dst.len());
    // SAFETY: the caller upholds the contract above; sizes are in bytes of `T`.
    let result = unsafe {
        sys::cuMemcpyHtoDAsync_v2(
            dst.as_device_ptr().as_raw(),
            src.as_ptr().cast::<c_void>(),
            std::mem::size_of_val(src),
            stream.as_inner(),
        )
    };
    status(result, "cuMemcpyHtoDAsync")
}

/// Copies `dst.len()` elements from the device to pinned host memory, queued on `stream`.
///
/// # Safety
/// `src` must hold at least `dst.len()` elements, and `dst` must not be read or moved until
/// the stream has passed this copy.
unsafe fn copy_to_host<T>(
    dst: &mut [T],
    src: &DeviceBuffer<T>,
    stream: &Stream,
) -> Result<(), DeviceError>
where
    T: cust::memory::DeviceCopy,
{
    debug_assert!(dst.len() <= src.len());
    // SAFETY: the caller upholds the contract above.
    let result = unsafe {
        sys::cuMemcpyDtoHAsync_v2(
            dst.as_mut_ptr().cast::<c_void>(),
            src.as_device_ptr().as_raw(),
            std::mem::size_of_val(dst),
            stream.as_inner(),
        )
    };
    status(result, "cuMemcpyDtoHAsync")
}

/// The result of a raw driver call.
fn status(result: sys::CUresult, what: &'static str) -> Result<(), DeviceError> {
    match result {
        sys::CUresult::CUDA_SUCCESS => Ok(()),
        other => Err(DeviceError::Status { what, code: other as u32 }),
    }
}

impl CudaEngine {
    /// Opens device `ordinal`: its primary context, the palette module and a stream.
    pub(crate) fn open(ordinal: usize) -> Result<CudaEngine, DeviceError> {
        let device = Device::get_device(ordinal as u32).map_err(driver("cuDeviceGet"))?;
        let ctx = Context::new(device).map_err(driver("cuDevicePrimaryCtxRetain"))?;
        CurrentContext::set_current(&ctx).map_err(driver("cuCtxSetCurrent"))?;
        check(FailPoint::Load, ordinal)?;
        let module =
            Module::from_ptx(batt_kernels::PALETTE_PTX, &[]).map_err(driver("loading PTX"))?;
        module.get_function(MASKS_U4).map_err(driver("cuModuleGetFunction"))?;
        let stream =
            Stream::new(StreamFlags::NON_BLOCKING, None).map_err(driver("cuStreamCreate"))?;
        let sms = device
            .get_attribute(DeviceAttribute::MultiprocessorCount)
            .map_err(driver("cuDeviceGetAttribute"))?
            .max(1) as u32;
        let name = device.name().unwrap_or_else(|_| format!("CUDA device {ordinal}"));
        Ok(CudaEngine {
            ordinal,
            name,
            sms,
            state: Mutex::new(State { module, stream, staging: None }),
            ctx,
        })
    }

    /// The device's name as the driver reports it.
    pub(crate) fn name(&self) -> &str {
        &self.name
    }

    /// Locks the device and makes its context current on this thread.
    fn enter(&self) -> Result<MutexGuard<'_, State>, DeviceError> {
        let guard = self.state.lock().unwrap_or_else(|e| e.into_inner());
        CurrentContext::set_current(&self.ctx).map_err(driver("cuCtxSetCurrent"))?;
        Ok(guard)
    }

    /// Queues the palette kernel over `n_items` items.
    // The kernel's five parameters, and where to launch it.
    #[allow(clippy::too_many_arguments)]
    fn launch(
        &self,
        module: &Module,
        stream: &Stream,
        words: &DeviceBuffer<u32>,
        starts: &DeviceBuffer<u32>,
        index: Option<&DeviceBuffer<u32>>,
        n_items: usize,
        masks: &DeviceBuffer<ColorMask>,
    ) -> Result<(), DeviceError> {
        check(FailPoint::Launch, self.ordinal)?;
        if n_items == 0 {
            return Ok(());
        }
        let n = u32::try_from(n_items).map_err(|_| DeviceError::TooLarge("too many grids"))?;
        debug_assert!(masks.len() >= n_items);
        let func = module.get_function(MASKS_U4).map_err(driver("cuModuleGetFunction"))?;
        let warps_per_block = u64::from(BLOCK / 32);
        let blocks = (n as u64).div_ceil(warps_per_block).min(u64::from(self.sms * BLOCKS_PER_SM));
        let mut a_words = words.as_device_ptr().as_raw();
        let mut a_starts = starts.as_device_ptr().as_raw();
        let mut a_index = index.map_or(0, |i| i.as_device_ptr().as_raw());
        let mut a_n = n;
        let mut a_masks = masks.as_device_ptr().as_raw();
        let args = [
            (&raw mut a_words).cast::<c_void>(),
            (&raw mut a_starts).cast::<c_void>(),
            (&raw mut a_index).cast::<c_void>(),
            (&raw mut a_n).cast::<c_void>(),
            (&raw mut a_masks).cast::<c_void>(),
        ];
        // SAFETY: the arguments match the kernel's parameters (`const uint4*`, two
        // `const u32*` as 64-bit device addresses, a u32, a `u16*`), each pointing at a live
        // device buffer of this context: `words` (16-byte aligned, as every device
        // allocation is) and `starts` describe `n` or more grids, `index` (or null) holds `n`
        // indices below that count, and `masks` has room for `n` masks. The argument values
        // are read by the driver during this call.
        unsafe {
            stream.launch(&func, blocks as u32, BLOCK, 0, &args).map_err(driver("cuLaunchKernel"))
        }
    }

    /// Measures copy bandwidths with `bytes` bytes: host to device and back from pinned
    /// memory, and device to device (counting bytes read plus written), in GB/s (medians).
    pub(crate) fn probe(&self, bytes: usize, reps: usize) -> Result<[f64; 3], DeviceError> {
        let st = self.enter()?;
        let n = bytes / 4;
        let mut host = LockedBuffer::new(&0x0123_4567u32, n).map_err(driver("cuMemAllocHost"))?;
        let a = DeviceBuffer::<u32>::zeroed(n).map_err(driver("cuMemAlloc"))?;
        let b = DeviceBuffer::<u32>::zeroed(n).map_err(driver("cuMemAlloc"))?;
        let start = Event::new(EventFlags::DEFAULT).map_err(driver("cuEventCreate"))?;
        let stop = Event::new(EventFlags::DEFAULT).map_err(driver("cuEventCreate"))?;
        let mut times = [Vec::new(), Vec::new(), Vec::new()];
        for rep in 0..reps + 1 {
            for (k, t) in times.iter_mut().enumerate() {
                start.record(&st.stream).map_err(driver("cuEventRecord"))?;
                // SAFETY: `host`, `a` and `b` all hold `n` u32s and outlive the stream
                // synchronisation on `stop` just below.
                unsafe {
                    match k {
                        0 => copy_to_device(&a, &host, &st.stream)?,
                        1 => copy_to_host(&mut host, &a, &st.stream)?,
                        _ => status(
                            sys::cuMemcpyDtoDAsync_v2(
                                b.as_device_ptr().as_raw(),
                                a.as_device_ptr().as_raw(),
                                n * 4,
                                st.stream.as_inner(),
                            ),
                            "cuMemcpyDtoDAsync",
                        )?,
                    }
                }
                stop.record(&st.stream).map_err(driver("cuEventRecord"))?;
                stop.synchronize().map_err(driver("cuEventSynchronize"))?;
                let ms = stop.elapsed_time_f32(&start).map_err(driver("cuEventElapsedTime"))?;
                if rep > 0 {
                    let moved = if k == 2 { 2.0 } else { 1.0 } * (n * 4) as f64;
                    t.push(moved / (f64::from(ms) * 1e-3) / 1e9);
                }
            }
        }
        Ok(times.map(|mut t| {
            t.sort_by(f64::total_cmp);
            t[t.len() / 2]
        }))
    }
}

/// Packed grids kept on one device.
pub(crate) struct DeviceResident {
    words: DeviceBuffer<u32>,
    starts: DeviceBuffer<u32>,
    n: usize,
    scratch: Mutex<Scratch>,
    /// A reference on the primary context, made current when the buffers are freed.
    ctx: Context,
}

/// Buffers for item lists and masks, grown to the largest request.
#[derive(Default)]
struct Scratch {
    index: Option<(LockedBuffer<u32>, DeviceBuffer<u32>)>,
    masks: Option<(LockedBuffer<ColorMask>, DeviceBuffer<ColorMask>)>,
}

impl Drop for DeviceResident {
    fn drop(&mut self) {
        // The fields (device buffers) are freed after this, with their context current.
        let _ = CurrentContext::set_current(&self.ctx);
    }
}

/// Makes `slot` hold pinned and device buffers of at least `n` elements.
fn grow<T>(
    slot: &mut Option<(LockedBuffer<T>, DeviceBuffer<T>)>,
    n: usize,
) -> Result<(), DeviceError>
where
    T: cust::memory::DeviceCopy + Default + Clone + cust::memory::bytemuck::Zeroable,
{
    if slot.as_ref().is_none_or(|(h, _)| h.len() < n) {
        *slot = None;
        let n = n.max(1).next_power_of_two();
        *slot = Some((
            LockedBuffer::new(&T::default(), n).map_err(driver("cuMemAllocHost"))?,
            DeviceBuffer::zeroed(n).map_err(driver("cuMemAlloc"))?,
        ));
    }
    Ok(())
}

impl Engine for CudaEngine {
    type Resident = DeviceResident;

    fn masks(
        &self,
        grids: &[&Grid],
        prefix: &[u64],
        out: &mut [ColorMask],
    ) -> Result<(), DeviceError> {
        let mut guard = self.enter()?;
        let st = &mut *guard;
        if st.staging.is_none() {
            st.staging = Some(Box::new([Staging::new(self.ordinal)?, Staging::new(self.ordinal)?]));
        }
        let staging = st.staging.as_mut().expect("allocated above");
        let passes = plan_passes(prefix, PASS_CHUNKS as u64, PASS_GRIDS);
        let mut run = || -> Result<(), DeviceError> {
            // Pass p packs into staging p % 2 while pass p - 1 copies and runs.
            for (p, range) in passes.iter().enumerate() {
                let s = &mut staging[p % 2];
                if let Some(prev) = s.pass.take() {
                    let t = Timer::start();
                    s.done.synchronize().map_err(driver("cuEventSynchronize"))?;
                    t.stop(Stage::Wait);
                    out[prev.clone()].copy_from_slice(&s.masks[..prev.len()]);
                }
                let t = Timer::start();
                let n = range.len();
                let base = prefix[range.start];
                let n_words = WORDS_PER_CHUNK * (prefix[range.end] - base) as usize;
                s.starts[..=n]
                    .par_iter_mut()
                    .zip(&prefix[range.start..=range.end])
                    .with_min_len(1 << 14)
                    .for_each(|(dst, &p)| *dst = (p - base) as u32);
                t.stop(Stage::Plan);
                let t = Timer::start();
                pack_grids(&grids[range.clone()], &s.starts[..=n], &mut s.words[..n_words]);
                t.stop(Stage::Pack);
                check(FailPoint::Copy, self.ordinal)?;
                // SAFETY: the staging buffers hold PASS_WORDS words and PASS_GRIDS (+ 1)
                // entries on both sides, and `fill_pass` keeps within them (a grid has at
                // most 255 * 255 cells, 2033 chunks, far under a pass). This staging is not
                // touched again before its `done` event has been waited on.
                unsafe {
                    copy_to_device(&s.d_words, &s.words[..n_words], &st.stream)?;
                    copy_to_device(&s.d_starts, &s.starts[..=n], &st.stream)?;
                }
                self.launch(&st.module, &st.stream, &s.d_words, &s.d_starts, None, n, &s.d_masks)?;
                // SAFETY: as above; `masks` is read only after `done` has been waited on.
                unsafe { copy_to_host(&mut s.masks[..n], &s.d_masks, &st.stream)? };
                s.done.record(&st.stream).map_err(driver("cuEventRecord"))?;
                s.pass = Some(range.clone());
            }
            for s in staging.iter_mut() {
                if let Some(prev) = s.pass.take() {
                    let t = Timer::start();
                    s.done.synchronize().map_err(driver("cuEventSynchronize"))?;
                    t.stop(Stage::Wait);
                    out[prev.clone()].copy_from_slice(&s.masks[..prev.len()]);
                }
            }
            Ok(())
        };
        let result = run();
        if result.is_err() {
            // Nothing may still be copying from or into the staging buffers.
            let _ = st.stream.synchronize();
            staging.iter_mut().for_each(|s| s.pass = None);
        }
        result
    }

    fn upload(&self, grids: &[&Grid], prefix: &[u64]) -> Result<DeviceResident, DeviceError> {
        let _guard = self.enter()?;
        check(FailPoint::Alloc, self.ordinal)?;
        let starts = relative_starts(prefix)
            .ok_or(DeviceError::TooLarge("a device's share of the corpus is over 2^32 chunks"))?;
        let chunks = *starts.last().expect("n + 1 starts") as usize;
        let mut words = vec![0u32; WORDS_PER_CHUNK * chunks];
        pack_grids(grids, &starts, &mut words);
        check(FailPoint::Copy, self.ordinal)?;
        // An empty buffer would be a null pointer; keep at least one chunk.
        if words.is_empty() {
            words.resize(WORDS_PER_CHUNK, 0);
        }
        Ok(DeviceResident {
            words: DeviceBuffer::from_slice(&words).map_err(driver("uploading corpus"))?,
            starts: DeviceBuffer::from_slice(&starts).map_err(driver("uploading corpus"))?,
            n: grids.len(),
            scratch: Mutex::new(Scratch::default()),
            ctx: self.ctx.clone(),
        })
    }

    fn resident_masks(
        &self,
        r: &DeviceResident,
        items: Option<&[u32]>,
        out: &mut [ColorMask],
    ) -> Result<(), DeviceError> {
        let st = self.enter()?;
        let mut scratch = r.scratch.lock().unwrap_or_else(|e| e.into_inner());
        let n_items = items.map_or(r.n, <[u32]>::len);
        debug_assert_eq!(out.len(), n_items);
        let mut run = |scratch: &mut Scratch| -> Result<(), DeviceError> {
            if let Some(items) = items {
                grow(&mut scratch.index, items.len())?;
            }
            grow(&mut scratch.masks, n_items)?;
            let Scratch { index, masks } = scratch;
            let index = match (items, index.as_mut()) {
                (Some(items), Some((h, d))) => {
                    debug_assert!(items.iter().all(|&i| (i as usize) < r.n));
                    h[..items.len()].copy_from_slice(items);
                    check(FailPoint::Copy, self.ordinal)?;
                    // SAFETY: `d` holds at least `items.len()` entries; `h` is not touched
                    // again before the stream synchronisation below.
                    unsafe { copy_to_device(d, &h[..items.len()], &st.stream)? };
                    Some(&*d)
                }
                _ => None,
            };
            let (hm, dm) = masks.as_mut().expect("grown above");
            self.launch(&st.module, &st.stream, &r.words, &r.starts, index, n_items, dm)?;
            // SAFETY: `dm` holds at least `n_items` masks; `hm` is read only after the
            // stream has been synchronised.
            unsafe { copy_to_host(&mut hm[..n_items], dm, &st.stream)? };
            st.stream.synchronize().map_err(driver("cuStreamSynchronize"))?;
            out.copy_from_slice(&hm[..n_items]);
            Ok(())
        };
        let result = run(&mut scratch);
        if result.is_err() {
            let _ = st.stream.synchronize();
        }
        result
    }

    fn time_resident(&self, r: &DeviceResident, reps: usize) -> Result<Vec<f32>, DeviceError> {
        let st = self.enter()?;
        let mut scratch = r.scratch.lock().unwrap_or_else(|e| e.into_inner());
        grow(&mut scratch.masks, r.n)?;
        let (_, dm) = scratch.masks.as_ref().expect("grown above");
        let start = Event::new(EventFlags::DEFAULT).map_err(driver("cuEventCreate"))?;
        let stop = Event::new(EventFlags::DEFAULT).map_err(driver("cuEventCreate"))?;
        let mut times = Vec::with_capacity(reps);
        for _ in 0..reps {
            start.record(&st.stream).map_err(driver("cuEventRecord"))?;
            self.launch(&st.module, &st.stream, &r.words, &r.starts, None, r.n, dm)?;
            stop.record(&st.stream).map_err(driver("cuEventRecord"))?;
            stop.synchronize().map_err(driver("cuEventSynchronize"))?;
            times.push(stop.elapsed_time_f32(&start).map_err(driver("cuEventElapsedTime"))?);
        }
        Ok(times)
    }
}
