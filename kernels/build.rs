//! With the `emulate` feature, compiles the search's kernels as plain C++ (src/emulate.cpp).

fn main() {
    #[cfg(feature = "emulate")]
    {
        for f in ["emulate.cpp", "emulate.h", "search.h"] {
            println!("cargo::rerun-if-changed=src/{f}");
        }
        for entry in std::fs::read_dir("src").expect("kernels/src") {
            let path = entry.expect("an entry of kernels/src").path();
            if path.extension().is_some_and(|e| e == "cu") {
                println!("cargo::rerun-if-changed={}", path.display());
            }
        }
        cc::Build::new()
            .cpp(true)
            .std("c++14")
            .opt_level(2)
            .warnings(true)
            .extra_warnings(true)
            .file("src/emulate.cpp")
            .compile("batt_emulate");
    }
    println!("cargo::rerun-if-changed=build.rs");
}
