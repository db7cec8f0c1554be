//! The search's kernels on CUDA GPUs, through `cust` (feature `cuda`).
//!
//! Each GPU gets its primary context, the PTX modules of `batt-kernels` (the frontier and
//! every transform family) and one stream. Copies are synchronous: the engine's copies are
//! few and large per chunk, and each waits for the launches before it. The failure points
//! of `batt_runtime`'s fault injection (`BATT_CUDA_FAIL`: load, alloc, copy, launch) apply
//! here too.

use std::collections::HashMap;
use std::ffi::c_void;

use batt_kernels::Family;
use batt_runtime::backend::cuda::fault::{self, FailPoint};
use cust::context::{Context, CurrentContext};
use cust::device::{Device as CuDevice, DeviceAttribute};
use cust::memory::DeviceBuffer;
use cust::module::Module;
use cust::stream::{Stream, StreamFlags};
use cust::sys;

use super::backend::{Addr, Device, DeviceError, Layout};

fn driver(what: &'static str) -> impl FnOnce(cust::error::CudaError) -> DeviceError {
    // Debug, not Display: Display asks the driver, which may be a stub that cannot answer.
    move |e| DeviceError::Driver { what, message: format!("{e:?}") }
}

fn status(result: sys::CUresult, what: &'static str) -> Result<(), DeviceError> {
    match result {
        sys::CUresult::CUDA_SUCCESS => Ok(()),
        other => Err(DeviceError::Driver { what, message: format!("CUDA error {}", other as u32) }),
    }
}

fn check(point: FailPoint, ordinal: usize, what: &'static str) -> Result<(), DeviceError> {
    if fault::fires(point, Some(ordinal)) { Err(DeviceError::Injected(what)) } else { Ok(()) }
}

/// Threads per block of a one-thread-a-unit launch.
const THREADS: u32 = 256;
/// Threads per block of a one-block-a-unit launch (images of at most a few hundred cells).
const BLOCK_THREADS: u32 = 128;

/// Every GPU of the host that opens; each reason a GPU or the driver is missing is logged
/// once.
pub fn devices() -> Vec<Box<dyn Device>> {
    if fault::fires(FailPoint::Init, None) {
        tracing::info!("batt-search: no CUDA device (injected failure)");
        return Vec::new();
    }
    let count = match cust::init(cust::CudaFlags::empty())
        .map_err(driver("cuInit"))
        .and_then(|()| CuDevice::num_devices().map_err(driver("cuDeviceGetCount")))
    {
        Ok(n) => n as usize,
        Err(e) => {
            tracing::info!("batt-search: no CUDA device ({e}); the search runs on the CPU");
            return Vec::new();
        }
    };
    (0..count)
        .filter_map(|ordinal| match CudaDevice::open(ordinal) {
            Ok(d) => Some(Box::new(d) as Box<dyn Device>),
            Err(e) => {
                tracing::warn!("batt-search: CUDA device {ordinal} not used: {e}");
                None
            }
        })
        .collect()
}

/// One GPU, ready to run the search's kernels.
pub struct CudaDevice {
    ordinal: usize,
    name: String,
    sms: u32,
    /// Nominal memory bandwidth, bytes per second (double data rate times the bus width).
    peak: Option<f64>,
    modules: Vec<Module>,
    /// Kernel name to its module.
    kernels: HashMap<&'static str, usize>,
    stream: Stream,
    allocs: HashMap<Addr, DeviceBuffer<u8>>,
    /// Declared last so that it is released after everything made in it.
    ctx: Context,
}

impl std::fmt::Debug for CudaDevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CudaDevice({}: {})", self.ordinal, self.name)
    }
}

impl CudaDevice {
    /// Opens GPU `ordinal`: its primary context, the search's modules and a stream.
    pub fn open(ordinal: usize) -> Result<CudaDevice, DeviceError> {
        let device = CuDevice::get_device(ordinal as u32).map_err(driver("cuDeviceGet"))?;
        let ctx = Context::new(device).map_err(driver("cuDevicePrimaryCtxRetain"))?;
        CurrentContext::set_current(&ctx).map_err(driver("cuCtxSetCurrent"))?;
        check(FailPoint::Load, ordinal, "loading PTX")?;
        let mut modules = Vec::new();
        let mut kernels = HashMap::new();
        for family in Family::ALL {
            if family == Family::Palette {
                continue;
            }
            let module = Module::from_ptx(family.ptx(), &[]).map_err(driver("loading PTX"))?;
            for &k in family.kernels() {
                module.get_function(k).map_err(driver("cuModuleGetFunction"))?;
                kernels.insert(k, modules.len());
            }
            modules.push(module);
        }
        let stream = Stream::new(StreamFlags::DEFAULT, None).map_err(driver("cuStreamCreate"))?;
        let sms = device
            .get_attribute(DeviceAttribute::MultiprocessorCount)
            .map_err(driver("cuDeviceGetAttribute"))?
            .max(1) as u32;
        let name = device.name().unwrap_or_else(|_| format!("CUDA device {ordinal}"));
        let clock_khz = device.get_attribute(DeviceAttribute::MemoryClockRate).ok();
        let bus_bits = device.get_attribute(DeviceAttribute::GlobalMemoryBusWidth).ok();
        let peak = clock_khz
            .zip(bus_bits)
            .map(|(k, b)| 2.0 * f64::from(k) * 1e3 * f64::from(b) / 8.0)
            .filter(|&p| p > 0.0);
        Ok(CudaDevice {
            ordinal,
            name,
            sms,
            peak,
            modules,
            kernels,
            stream,
            allocs: HashMap::new(),
            ctx,
        })
    }

    /// Makes the context current on this thread and waits for the stream's work.
    fn enter(&self) -> Result<(), DeviceError> {
        CurrentContext::set_current(&self.ctx).map_err(driver("cuCtxSetCurrent"))?;
        self.stream.synchronize().map_err(driver("cuStreamSynchronize"))
    }

    /// Checks that `addr..addr + bytes` lies in one allocation.
    fn within(&self, addr: Addr, bytes: usize, what: &'static str) -> Result<(), DeviceError> {
        let inside = self
            .allocs
            .iter()
            .any(|(&base, b)| addr >= base && addr + bytes as u64 <= base + b.len() as u64);
        if inside {
            Ok(())
        } else {
            Err(DeviceError::OutOfBounds { what, offset: addr, bytes, size: 0 })
        }
    }
}

impl Device for CudaDevice {
    fn name(&self) -> String {
        format!("{} (CUDA {})", self.name, self.ordinal)
    }

    fn alloc(&mut self, bytes: usize) -> Result<Addr, DeviceError> {
        self.enter()?;
        check(FailPoint::Alloc, self.ordinal, "cuMemAlloc")?;
        // SAFETY: the buffer is only written by copies, fills and kernels before it is read;
        // u8 has no invalid values.
        let buf = unsafe { DeviceBuffer::<u8>::uninitialized(bytes.max(1)) }
            .map_err(driver("cuMemAlloc"))?;
        let addr = buf.as_device_ptr().as_raw();
        self.allocs.insert(addr, buf);
        Ok(addr)
    }

    fn free(&mut self, addr: Addr) {
        if self.enter().is_ok() {
            self.allocs.remove(&addr);
        } else if let Some(buf) = self.allocs.remove(&addr) {
            // The context is gone: leave the memory to the driver's teardown.
            std::mem::forget(buf);
        }
    }

    fn upload(&mut self, dst: Addr, src: &[u8]) -> Result<(), DeviceError> {
        self.enter()?;
        check(FailPoint::Copy, self.ordinal, "cuMemcpyHtoD")?;
        self.within(dst, src.len(), "upload")?;
        if src.is_empty() {
            return Ok(());
        }
        // SAFETY: `dst..dst + src.len()` lies in a live allocation of this context (checked
        // above); the copy is synchronous, so `src` outlives it.
        let r = unsafe { sys::cuMemcpyHtoD_v2(dst, src.as_ptr().cast::<c_void>(), src.len()) };
        status(r, "cuMemcpyHtoD")
    }

    fn download(&mut self, src: Addr, dst: &mut [u8]) -> Result<(), DeviceError> {
        self.enter()?;
        check(FailPoint::Copy, self.ordinal, "cuMemcpyDtoH")?;
        self.within(src, dst.len(), "download")?;
        if dst.is_empty() {
            return Ok(());
        }
        // SAFETY: `src..src + dst.len()` lies in a live allocation (checked above); the copy
        // is synchronous and `dst` is exclusively borrowed for it; every launch before it has
        // finished (`enter` waits for the stream).
        let r = unsafe { sys::cuMemcpyDtoH_v2(dst.as_mut_ptr().cast::<c_void>(), src, dst.len()) };
        status(r, "cuMemcpyDtoH")
    }

    fn fill(&mut self, dst: Addr, bytes: usize, value: u8) -> Result<(), DeviceError> {
        self.enter()?;
        self.within(dst, bytes, "fill")?;
        if bytes == 0 {
            return Ok(());
        }
        // SAFETY: the range lies in a live allocation of this context (checked above).
        let r = unsafe { sys::cuMemsetD8_v2(dst, value, bytes) };
        status(r, "cuMemsetD8")
    }

    fn peak_bandwidth(&self) -> Option<f64> {
        self.peak
    }

    fn launch(&mut self, name: &str, layout: Layout, params: &[u8]) -> Result<(), DeviceError> {
        CurrentContext::set_current(&self.ctx).map_err(driver("cuCtxSetCurrent"))?;
        check(FailPoint::Launch, self.ordinal, "cuLaunchKernel")?;
        let &m = self.kernels.get(name).ok_or_else(|| DeviceError::NoKernel(name.to_string()))?;
        let func = self.modules[m].get_function(name).map_err(driver("cuModuleGetFunction"))?;
        let (grid, block) = match layout {
            Layout::Threads(n) => {
                let blocks = (n as u64).div_ceil(u64::from(THREADS));
                (blocks.clamp(1, u64::from(self.sms) * 16) as u32, THREADS)
            }
            Layout::Blocks(n) => {
                ((n as u64).clamp(1, u64::from(self.sms) * 64) as u32, BLOCK_THREADS)
            }
        };
        // The kernel's one parameter, a struct passed by value: the driver reads
        // `params.len()` bytes from this address during the launch call.
        let args = [params.as_ptr() as *mut c_void];
        // SAFETY: every kernel of the search takes exactly one parameter, the struct of
        // `search.h` that `params` holds (built by the engine from `abi`, same layout), whose
        // device addresses point into live allocations of this context sized for the
        // kernel's work; the driver copies the parameter before returning.
        unsafe { self.stream.launch(&func, grid, block, 0, &args) }
            .map_err(driver("cuLaunchKernel"))
    }
}
