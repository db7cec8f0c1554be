//! Expansion snapshots: the macro's output for every accepted variant and every refused near
//! miss, formatted with `prettyplease` and compared with `insta` (in `src/snapshots/`).
//! Run `INSTA_UPDATE=always cargo test -p batt-macros` to accept changes, then review them.

use proc_macro2::TokenStream;
use quote::quote;

use crate::args::Args;

/// The expansion of `#[batt(<args>)] <item>`, formatted; the runtime is `::batt::runtime`
/// unless `crate = ".."` says otherwise.
fn expand(args: TokenStream, item: TokenStream) -> String {
    fn runtime(args: &Args) -> syn::Result<TokenStream> {
        Ok(match &args.krate {
            Some(path) => quote!(#path),
            None => quote!(::batt::runtime),
        })
    }
    let tokens = crate::expand::expand(args, item, runtime);
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => prettyplease::unparse(&file),
        Err(e) => panic!("the expansion does not parse as a file ({e}):\n{tokens}"),
    }
}

macro_rules! snapshot {
    ($name:ident, #[batt $(($($args:tt)*))?] $($item:tt)*) => {
        #[test]
        fn $name() {
            let expanded = expand(quote!($($($args)*)?), quote!($($item)*));
            insta::assert_snapshot!(stringify!($name), expanded);
        }
    };
}

// Accepted variants.

snapshot!(
    adjacent,
    #[batt]
    fn solve(S: &Samples) -> Vec<Color> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        difference_tuple(&x4, &x3)
    }
);

snapshot!(
    reordered_with_statements_between,
    #[batt]
    fn solve(S: &Samples) -> (Vec<Color>, Vec<Color>, usize) {
        let x2 = apply(second, S);
        let n = x2.len();
        let x4 = mapply(p_g, &x2);
        let x1 = apply(first, S);
        let x3 = mapply(p_g, x1);
        (x3, x4, n)
    }
);

snapshot!(
    typed_mutable_and_spelled_out,
    #[batt]
    fn solve(task: &Task) -> Vec<Color> {
        let mut x1: Vec<Grid> = dsl::apply(dsl::first, &task.train);
        let x2 = batt::prelude::apply(batt::prelude::second, &task.train);
        let x3: Vec<Color> = dsl::mapply(dsl::p_g, &x1);
        let mut x4 = mapply(batt::prelude::p_g, &x2);
        x1.clear();
        x4.push(1);
        [x3, x4].concat()
    }
);

snapshot!(
    halves,
    #[batt]
    fn solve(S: &Samples, other: &Samples) -> Vec<Color> {
        let x1 = apply(first, S);
        let x3 = mapply(p_g, &x1);
        let y2 = apply(second, other);
        let y4 = mapply(p_g, &y2);
        [x3, y4].concat()
    }
);

snapshot!(
    owned_samples,
    #[batt]
    fn solve(S: Samples) -> Vec<Color> {
        let x1 = apply(first, S);
        let x3 = mapply(p_g, &x1);
        x3
    }
);

snapshot!(
    instances_share_one_computation,
    #[batt]
    fn solve(S: &Samples) -> Vec<Color> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        let x5 = difference_tuple(&x4, &x3);
        let x6 = apply(first, S);
        let x7 = mapply(p_g, &x6);
        let x8 = apply(second, &S);
        let x9 = apply(first, S);
        let x10 = mapply(p_g, &x8);
        let x11 = mapply(p_g, &x9);
        [x5, x7, x10, x11].concat()
    }
);

snapshot!(
    nested_blocks_and_closures,
    #[batt]
    fn solve(S: &Samples, flag: bool) -> Vec<Color> {
        let mut out = Vec::new();
        if flag {
            let x1 = apply(first, S);
            let x3 = mapply(p_g, &x1);
            out.extend(x3);
        }
        match out.len() {
            0 => {
                let y2 = apply(second, S);
                let y4 = mapply(p_g, &y2);
                out.extend(y4);
            }
            _ => {}
        }
        for _ in 0..2 {
            let z1 = apply(first, S);
            let z2 = apply(second, S);
            let z3 = mapply(p_g, &z1);
            let z4 = mapply(p_g, &z2);
            out.extend(difference_tuple(&z3, &z4));
        }
        let f = |s: &Samples| {
            let w1 = apply(first, s);
            let w3 = mapply(p_g, &w1);
            w3
        };
        out.extend(f(S));
        out
    }
);

snapshot!(
    backend_cpu,
    #[batt(backend = "cpu")]
    fn solve(S: &Samples) -> Vec<Color> {
        let x1 = apply(first, S);
        let x3 = mapply(p_g, &x1);
        x3
    }
);

snapshot!(
    backend_rayon_strict,
    #[batt(strict, backend = "rayon")]
    fn solve(S: &Samples) -> Vec<Color> {
        let x2 = apply(second, S);
        let x4 = mapply(p_g, &x2);
        x4
    }
);

snapshot!(
    backend_cuda,
    #[batt(backend = "cuda")]
    fn solve(S: &Samples) -> Vec<Color> {
        let x2 = apply(second, S);
        let x4 = mapply(p_g, &x2);
        x4
    }
);

snapshot!(
    backend_auto_and_crate,
    #[batt(backend = "auto", crate = "my_batt::runtime")]
    fn solve(S: &Samples) -> Vec<Color> {
        let x2 = apply(second, S);
        let x4 = mapply(p_g, &x2);
        x4
    }
);

snapshot!(
    method_generics_attributes,
    #[batt]
    /// Docs stay.
    #[inline]
    pub(crate) unsafe fn solve<'a, T: Clone>(&self, extra: &'a T) -> (Vec<Color>, T)
    where
        T: std::fmt::Debug,
    {
        let x1 = apply(first, &self.train);
        let x3 = mapply(p_g, &x1);
        (x3, extra.clone())
    }
);

// Refused near misses: the code stays as written (or only a safe half is fused).

snapshot!(
    refused_used_before,
    #[batt]
    fn solve(S: &Samples) -> Vec<Color> {
        let x3 = vec![1];
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let n = x3.len();
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        [x3, x4, vec![n as Color]].concat()
    }
);

snapshot!(
    refused_grids_rebound,
    #[batt]
    fn solve(S: &Samples, T: &Samples) -> Vec<Color> {
        let x1 = apply(first, S);
        let x1 = apply(first, T);
        let x3 = mapply(p_g, &x1);
        x3
    }
);

snapshot!(
    refused_grids_mutated,
    #[batt]
    fn solve(S: &Samples) -> Vec<Color> {
        let mut x1 = apply(first, S);
        x1.pop();
        let x3 = mapply(p_g, &x1);
        x3
    }
);

snapshot!(
    refused_samples_changed_between,
    #[batt]
    fn solve(S: &Samples) -> Vec<Color> {
        let mut s = S.clone();
        let x1 = apply(first, &s);
        let x3 = mapply(p_g, &x1);
        s = Samples::default();
        let x2 = apply(second, &s);
        let x4 = mapply(p_g, &x2);
        [x3, x4].concat()
    }
);

snapshot!(
    refused_root_shadowed,
    #[batt]
    fn solve(S: &Samples, other: &Samples) -> Vec<Color> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let S = other;
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        let y1 = apply(first, S);
        let y3 = mapply(p_g, &y1);
        [x3, x4, y3].concat()
    }
);

snapshot!(
    refused_mutable_samples_parameter,
    #[batt]
    fn solve(S: &mut Samples) -> Vec<Color> {
        let x1 = apply(first, &*S);
        let x3 = mapply(p_g, &x1);
        let y1 = apply(first, &S);
        S.sort();
        let y2 = apply(second, &S);
        let y3 = mapply(p_g, &y1);
        let y4 = mapply(p_g, &y2);
        [x3, y3, y4].concat()
    }
);

snapshot!(
    refused_macro_mentions,
    #[batt]
    fn solve(S: &Samples) -> Vec<Color> {
        let x4 = 2;
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        println!("{x4}");
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        my_macro!(x3);
        [x3, x4].concat()
    }
);

snapshot!(
    refused_not_a_place,
    #[batt(strict)]
    fn solve(tasks: &[Task]) -> Vec<Color> {
        let x1 = apply(first, &tasks[0].train);
        let x3 = mapply(p_g, &x1);
        let y1 = apply(first, load());
        let y3 = mapply(p_g, &y1);
        [x3, y3].concat()
    }
);

snapshot!(
    refused_dsl_name_bound,
    #[batt]
    fn solve(S: &Samples) -> Vec<Color> {
        let p_g = |g: &Grid| vec![g.len() as Color];
        let x1 = apply(first, S);
        let x3 = mapply(p_g, &x1);
        x3
    }
);

snapshot!(
    refused_lines_of_other_shapes,
    #[batt]
    fn solve(S: &Samples) -> Vec<Color> {
        #[allow(unused_mut)]
        let mut x1 = apply(first, S);
        let Some(x2) = Some(apply(second, S)) else { return vec![] };
        let ref y1 = apply(first, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        let y3 = mapply(p_g, y1);
        [x3, x4, y3].concat()
    }
);

// Errors: the function comes back unchanged next to the error.

snapshot!(
    error_unknown_option,
    #[batt(fast, backend = "gpu")]
    fn solve(S: &Samples) -> Vec<Color> {
        let x1 = apply(first, S);
        let x3 = mapply(p_g, &x1);
        x3
    }
);

snapshot!(
    error_strict_near_misses,
    #[batt(strict)]
    fn solve(S: &Samples) -> Vec<Color> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let n = x1.len();
        let mut y1 = apply(first, S);
        y1.clear();
        let y3 = mapply(p_g, &y1);
        let x3 = mapply(p_g, &x1);
        [x3, y3].concat()
    }
);

snapshot!(
    error_strict_found_nothing,
    #[batt(strict)]
    fn solve(S: &Samples) -> usize {
        S.len()
    }
);

#[test]
fn not_a_function_is_an_error_with_the_item_kept() {
    let out = crate::expand::batt(
        quote!(),
        quote!(
            struct S;
        ),
    );
    let text = out.to_string();
    assert!(text.starts_with("struct S ;"), "{text}");
    assert!(text.contains("applies to functions with a body"), "{text}");
}

#[test]
fn malformed_input_never_panics() {
    let items = [
        quote!(),
        quote!(fn),
        quote!(fn f()),
        quote!(
            fn f() {
                let x1 = apply(first);
            }
        ),
        quote!(fn f() { let = apply(first, S); }),
        quote!(
            fn f() {
                let x1 = apply(first, S, T);
                let x3 = mapply(p_g, &x1, 3);
            }
        ),
        quote!(
            fn f() {
                let x1 = apply::<A, B, C>(first, S);
                let x3 = mapply(p_g, &x1);
            }
        ),
        quote!(
            fn f() {
                let x1 = apply(first, S);
                let x3 = mapply(p_g, &&x1);
            }
        ),
        quote!(
            fn f() {
                let x1 = apply(first, S);
                let x1 = mapply(p_g, &x1);
            }
        ),
        quote!(
            fn f() {
                let S = apply(first, S);
                let x3 = mapply(p_g, &S);
            }
        ),
        quote!(
            #[batt]
            fn f() {}
        ),
        quote!(pub),
        quote!(impl X { fn f() {} }),
    ];
    let args = [quote!(), quote!(strict), quote!(=), quote!(backend = 3), quote!(crate = "")];
    for item in &items {
        for a in &args {
            let out = crate::expand::expand(a.clone(), item.clone(), |_| Ok(quote!(::rt)));
            assert!(!out.is_empty() || item.is_empty(), "{a} / {item}");
        }
    }
}

snapshot!(
    frozen_parameter_read_between,
    #[batt]
    fn solve(task: &Task) -> (Vec<Color>, usize) {
        let x1 = apply(first, &task.train);
        let n = task.test.len();
        let x2 = apply(second, &task.train);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        let m = task.train.len();
        let y1 = apply(first, &task.train);
        let y3 = mapply(p_g, &y1);
        ([x3, x4, y3].concat(), n + m)
    }
);

/// The runtime's path as the package's manifest names it. One test, because it changes the
/// process's `CARGO_MANIFEST_DIR`, which nothing else here reads.
#[test]
fn the_runtime_is_found_under_its_dependency_name() {
    use crate::expand::runtime_path;
    let found = |args: &Args| runtime_path(args).map(|t| t.to_string());
    // This package depends on `batt-runtime` renamed `batt_rt` (dev-dependency).
    assert_eq!(found(&Args::default()).unwrap(), ":: batt_rt");
    let (args, _) = Args::parse(quote!(crate = "x::rt"));
    assert_eq!(found(&args).unwrap(), "x :: rt");

    let original = std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo");
    let tmp = tempfile::Builder::new().prefix("batt-macros-test-").tempdir().unwrap();
    let dir = tmp.path();
    let manifest = |deps: &str| {
        let text =
            format!("[package]\nname = \"user\"\nversion = \"0.1.0\"\n\n[dependencies]\n{deps}");
        std::fs::write(dir.join("Cargo.toml"), text).unwrap();
        // SAFETY: no other test of this crate reads or writes the environment.
        unsafe { std::env::set_var("CARGO_MANIFEST_DIR", dir) };
    };
    manifest("my_batt = { package = \"batt\", version = \"0.1\" }\n");
    let facade = found(&Args::default());
    manifest("");
    let nothing = found(&Args::default()).map_err(|e| e.to_string());
    // SAFETY: as above.
    unsafe { std::env::set_var("CARGO_MANIFEST_DIR", original) };
    tmp.close().unwrap();
    assert_eq!(facade.unwrap(), ":: my_batt :: runtime");
    assert!(nothing.unwrap_err().contains("could not find `batt` or `batt-runtime`"));
}
