//! What the search needs of a device: memory, copies and launches of the search's kernels
//! (`batt-kernels`), whatever runs them: a GPU through CUDA, or the same kernels compiled
//! as C++ on the CPU ([`Emulated`]).

use std::fmt;

/// A device address (on a GPU) or a host address (emulated): opaque to the engine.
pub type Addr = u64;

/// What went wrong on a device. The search then finishes the device's tasks on the CPU.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeviceError {
    /// A driver call failed.
    #[error("{what}: {message}")]
    Driver {
        /// The step that failed.
        what: &'static str,
        /// The driver's message.
        message: String,
    },
    /// A failure injected by a test.
    #[error("{0}: injected failure")]
    Injected(&'static str),
    /// A kernel is missing from the device's modules.
    #[error("no kernel {0}")]
    NoKernel(String),
    /// A copy reaches outside its allocation.
    #[error("{what}: {bytes} bytes at offset {offset} of an allocation of {size}")]
    OutOfBounds {
        /// The copy.
        what: &'static str,
        /// Its offset in the allocation.
        offset: u64,
        /// Its length.
        bytes: usize,
        /// The allocation's size.
        size: usize,
    },
    /// The device was built without the means to run (the emulation not compiled in).
    #[error("{0}")]
    Unavailable(&'static str),
    /// A batch beyond the kernels' 32-bit offsets.
    #[error("{0}")]
    TooLarge(&'static str),
}

/// How a kernel's threads are laid out over its work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// One thread a unit of work (`n` units), striding.
    Threads(usize),
    /// One block a unit of work (`n` units), its threads over the unit's cells.
    Blocks(usize),
}

/// A device that runs the search's kernels.
pub trait Device: Send {
    /// Its name, for reports.
    fn name(&self) -> String;
    /// Allocates `bytes` bytes (at least 1), contents unspecified.
    fn alloc(&mut self, bytes: usize) -> Result<Addr, DeviceError>;
    /// Frees an allocation made by [`Device::alloc`].
    fn free(&mut self, addr: Addr);
    /// Copies `src` to `dst`.
    fn upload(&mut self, dst: Addr, src: &[u8]) -> Result<(), DeviceError>;
    /// Copies `dst.len()` bytes from `src`, after every launch queued before.
    fn download(&mut self, src: Addr, dst: &mut [u8]) -> Result<(), DeviceError>;
    /// Sets `bytes` bytes at `dst` to `value`.
    fn fill(&mut self, dst: Addr, bytes: usize, value: u8) -> Result<(), DeviceError>;
    /// Launches kernel `name` over `layout`, with its one parameter `params`.
    fn launch(&mut self, name: &str, layout: Layout, params: &[u8]) -> Result<(), DeviceError>;
    /// The memory's nominal bandwidth in bytes per second, where the device reports it.
    fn peak_bandwidth(&self) -> Option<f64> {
        None
    }
}

impl fmt::Debug for dyn Device {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Device({})", self.name())
    }
}

/// The search's kernels on the CPU: the CUDA sources compiled as C++ by `batt-kernels`'
/// `emulate` feature, each launch one thread at a time. Results equal a GPU's; speed does
/// not. For tests, and for checking the GPU path on machines without one.
#[derive(Debug, Default)]
pub struct Emulated {
    /// Live allocations: u64 words (8-byte aligned), by address.
    blocks: Vec<(Addr, Vec<u64>, usize)>,
}

impl Emulated {
    /// A new emulated device; fails when `batt-kernels` was built without `emulate`.
    pub fn new() -> Result<Emulated, DeviceError> {
        if batt_kernels::emulate::AVAILABLE {
            Ok(Emulated::default())
        } else {
            Err(DeviceError::Unavailable("batt-kernels built without the emulate feature"))
        }
    }

    /// The allocation holding `addr..addr + bytes`: (index, offset).
    fn find(
        &self,
        addr: Addr,
        bytes: usize,
        what: &'static str,
    ) -> Result<(usize, usize), DeviceError> {
        for (i, (base, _, size)) in self.blocks.iter().enumerate() {
            if addr >= *base && addr < base + (*size).max(1) as u64 {
                let offset = (addr - base) as usize;
                if offset + bytes > *size {
                    return Err(DeviceError::OutOfBounds {
                        what,
                        offset: offset as u64,
                        bytes,
                        size: *size,
                    });
                }
                return Ok((i, offset));
            }
        }
        Err(DeviceError::OutOfBounds { what, offset: addr, bytes, size: 0 })
    }

    fn bytes_mut(&mut self, i: usize) -> &mut [u8] {
        let (_, words, size) = &mut self.blocks[i];
        let size = *size;
        // SAFETY: the words hold at least `size` bytes; u8 has no alignment or validity needs.
        unsafe { std::slice::from_raw_parts_mut(words.as_mut_ptr().cast::<u8>(), size) }
    }
}

impl Device for Emulated {
    fn name(&self) -> String {
        "emulated".to_string()
    }

    fn alloc(&mut self, bytes: usize) -> Result<Addr, DeviceError> {
        let words = vec![0u64; bytes.div_ceil(8).max(1)];
        let addr = words.as_ptr() as Addr;
        self.blocks.push((addr, words, bytes));
        Ok(addr)
    }

    fn free(&mut self, addr: Addr) {
        self.blocks.retain(|(a, _, _)| *a != addr);
    }

    fn upload(&mut self, dst: Addr, src: &[u8]) -> Result<(), DeviceError> {
        let (i, off) = self.find(dst, src.len(), "upload")?;
        self.bytes_mut(i)[off..off + src.len()].copy_from_slice(src);
        Ok(())
    }

    fn download(&mut self, src: Addr, dst: &mut [u8]) -> Result<(), DeviceError> {
        let (i, off) = self.find(src, dst.len(), "download")?;
        dst.copy_from_slice(&self.bytes_mut(i)[off..off + dst.len()]);
        Ok(())
    }

    fn fill(&mut self, dst: Addr, bytes: usize, value: u8) -> Result<(), DeviceError> {
        let (i, off) = self.find(dst, bytes, "fill")?;
        self.bytes_mut(i)[off..off + bytes].fill(value);
        Ok(())
    }

    fn launch(&mut self, name: &str, _: Layout, params: &[u8]) -> Result<(), DeviceError> {
        // One block of one thread: every kernel strides over its whole work.
        // SAFETY: `params` is the kernel's parameter struct (the engine builds it from
        // `abi`), whose addresses all lie in this device's live allocations, sized by the
        // engine for the kernel's reads and writes.
        let ok = unsafe { batt_kernels::emulate::launch(name, 1, 1, params.as_ptr().cast()) };
        if ok { Ok(()) } else { Err(DeviceError::NoKernel(name.to_string())) }
    }
}

/// A device that fails at its `n`-th call (allocations, copies and launches counted), for
/// tests of the hand-over to the CPU in the middle of a run.
#[derive(Debug)]
pub struct FailAfter<D> {
    inner: D,
    calls_left: usize,
}

impl<D: Device> FailAfter<D> {
    /// `inner`, failing from its `n`-th call on (0: the first call fails).
    pub fn new(inner: D, n: usize) -> FailAfter<D> {
        FailAfter { inner, calls_left: n }
    }

    fn tick(&mut self) -> Result<(), DeviceError> {
        if self.calls_left == 0 {
            return Err(DeviceError::Injected("device call"));
        }
        self.calls_left -= 1;
        Ok(())
    }
}

impl<D: Device> Device for FailAfter<D> {
    fn name(&self) -> String {
        format!("{} (failing)", self.inner.name())
    }
    fn alloc(&mut self, bytes: usize) -> Result<Addr, DeviceError> {
        self.tick()?;
        self.inner.alloc(bytes)
    }
    fn free(&mut self, addr: Addr) {
        self.inner.free(addr)
    }
    fn upload(&mut self, dst: Addr, src: &[u8]) -> Result<(), DeviceError> {
        self.tick()?;
        self.inner.upload(dst, src)
    }
    fn download(&mut self, src: Addr, dst: &mut [u8]) -> Result<(), DeviceError> {
        self.tick()?;
        self.inner.download(src, dst)
    }
    fn fill(&mut self, dst: Addr, bytes: usize, value: u8) -> Result<(), DeviceError> {
        self.tick()?;
        self.inner.fill(dst, bytes, value)
    }
    fn launch(&mut self, name: &str, layout: Layout, params: &[u8]) -> Result<(), DeviceError> {
        self.tick()?;
        self.inner.launch(name, layout, params)
    }
}
