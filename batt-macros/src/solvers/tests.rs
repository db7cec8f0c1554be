//! `include_solvers!`'s conversion and errors, on Python text and on the files in `fixtures/`.

use proc_macro2::TokenStream;
use quote::quote;

use super::convert::{Converted, Param, convert};
use super::expand;

/// The names of the converted functions and the skipped ones, with their reasons.
fn outline(source: &str) -> (Vec<String>, Vec<(String, String)>) {
    let mut converted = Vec::new();
    let mut skipped = Vec::new();
    for s in convert(source, "t.py", false).expect("parses") {
        match s.body {
            Converted::Function { .. } => converted.push(s.name),
            Converted::Skipped(reason) => skipped.push((s.name, reason)),
        }
    }
    (converted, skipped)
}

/// The expansion of `include_solvers!` on `source` (written to a temporary file) with
/// `options` (`, strict`, ...), as a string, or the error's message.
fn expand_source(source: &str, options: TokenStream) -> Result<String, String> {
    let dir = tempfile::Builder::new().prefix("batt-include-").tempdir().expect("temp dir");
    let file = dir.path().join("s.py");
    std::fs::write(&file, source).expect("write");
    let path = file.to_string_lossy().into_owned();
    let out = expand(quote!(#path #options));
    dir.close().expect("temp dir removed");
    out.map(|t| t.to_string()).map_err(|e| e.to_string())
}

fn skip_reason(source: &str) -> String {
    let (_, skipped) = outline(source);
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    skipped[0].1.clone()
}

#[test]
fn straight_line_solvers_convert() {
    let (converted, skipped) = outline(
        "from dsl import *\nX = 3\n\ndef solve_a(I):\n    \"doc\"\n    x1 = objects(I, T, F, T)\n    \
         x2 = rbind(fill, -1)\n    O = x2(I, x1)\n    return O\n\ndef solve_b(I):\n    return I\n",
    );
    assert_eq!(converted, ["solve_a", "solve_b"]);
    assert!(skipped.is_empty());
}

#[test]
fn expansion_borrows_variables_and_renames() {
    let out = expand_source(
        "def solve_a(I):\n    x1 = objects(I, T, F, T)\n    x2 = first(x1)\n    \
         x3 = rbind(fill, FIVE)\n    x4 = move(I, x2, DOWN)\n    O = x3(x4, x2)\n    return O\n",
        quote!(),
    )
    .expect("expands");
    for want in [
        "let x2 = :: batt_rt :: try_dsl ! (:: batt_rt :: dsl :: first (& x1))",
        ":: batt_rt :: dsl :: rbind3 (:: batt_rt :: dsl :: fill , :: batt_rt :: dsl :: FIVE)",
        ":: batt_rt :: dsl :: r#move (I , & x2 , :: batt_rt :: dsl :: DOWN)",
        "x3 (:: batt_rt :: dsl :: ToArg :: to_arg (& x4) , :: batt_rt :: dsl :: ToArg :: to_arg (& x2))",
        ":: batt_rt :: dsl :: GridLike :: into_grid (O)",
        "include_str !",
        "pub static SKIPPED : & [(& str , & str)] = & []",
    ] {
        assert!(out.contains(want), "{want}\nnot in\n{out}");
    }
}

#[test]
fn powers_unroll_functions_box_and_bound_arguments_are_kept_by_value() {
    let out = expand_source(
        "def solve_a(I):\n    x1 = power(first, TWO)\n    x2 = power(outbox, 3)\n    \
         x3 = power(trim, ONE)\n    x4 = power(trim, FOUR)\n    x5 = objects(I, T, F, T)\n    \
         x6 = lbind(sfilter, x5)\n    x7 = x6(vline)\n    x8 = rbind(shift, I)\n    \
         O = x3(I)\n    return O\n",
        quote!(),
    )
    .expect("expands");
    for want in [
        ":: batt_rt :: dsl :: compose (:: batt_rt :: dsl :: first , :: batt_rt :: dsl :: first)",
        ":: batt_rt :: dsl :: chain (:: batt_rt :: dsl :: outbox , :: batt_rt :: dsl :: outbox , \
         :: batt_rt :: dsl :: outbox)",
        ":: batt_rt :: dsl :: compose (:: batt_rt :: dsl :: trim , :: batt_rt :: dsl :: identity)",
        ":: batt_rt :: dsl :: power (:: batt_rt :: dsl :: trim , :: batt_rt :: dsl :: FOUR)",
        ":: batt_rt :: dsl :: lbind (:: batt_rt :: dsl :: sfilter , :: batt_rt :: dsl :: ToArg :: \
         to_arg (& x5))",
        "x6 (:: batt_rt :: dsl :: func (:: batt_rt :: dsl :: vline))",
        ":: batt_rt :: dsl :: rbind (:: batt_rt :: dsl :: shift , :: core :: clone :: Clone :: \
         clone (I))",
        "x3 (:: core :: clone :: Clone :: clone (I))",
    ] {
        assert!(out.contains(want), "{want}\nnot in\n{out}");
    }
}

#[test]
fn constructs_outside_the_form_are_skipped_with_a_reason() {
    for (body, reason) in [
        ("    x1 = hmirror(I)\n    x1 += 1\n    return x1", "line 3: an augmented assignment"),
        ("    x1, x2 = I, I\n    return x1", "line 2: only assignments to one plain name"),
        ("    O = I.copy()\n    return O", "line 2: only calls of a name"),
        ("    O = hmirror(I)[0]\n    return O", "line 2: only a call `f(...)`, a name"),
        ("    O = hmirror(I[0])\n    return O", "line 2: arguments must be names"),
        ("    O = hmirror(I)\n    return", "line 3: `return` without a value"),
        ("    O = 'a'\n    return O", "line 2: only integer and boolean literals"),
        ("    O = ONE(I)\n    return O", "line 2: calls the constant `ONE`"),
        ("    O = hmirror(x9)\n    return O", "line 2: unknown name `x9`"),
        ("    O = add(I, 99999999999)\n    return O", "line 2: the integer 99999999999"),
        ("    pass\n    return I", "line 2: `pass`"),
    ] {
        let got = skip_reason(&format!("def solve_a(I):\n{body}\n"));
        assert!(got.starts_with(reason), "{got:?} should start with {reason:?}");
    }
    assert!(skip_reason("@cache\ndef solve_a(I):\n    return I\n").starts_with("decorated"));
    assert!(skip_reason("async def solve_a(I):\n    return I\n").contains("async"));
    assert!(skip_reason("def type(I):\n    return I\n").contains("not a Rust identifier"));
    let (converted, skipped) = outline("def f(I):\n    return I\n\ndef f(I):\n    return I\n");
    assert_eq!(converted, ["f"]);
    assert_eq!(skipped[0].1, "`f` is defined twice; the first is kept");
}

#[test]
fn a_syntax_error_names_the_file_and_line() {
    let Err(e) = expand(quote!("src/solvers/fixtures/syntax_error.py")) else {
        panic!("a syntax error must not expand");
    };
    let message = e.to_string();
    assert!(
        message.starts_with("include_solvers!: src/solvers/fixtures/syntax_error.py:8:"),
        "{message}"
    );
    assert!(message.contains("Python syntax error"), "{message}");
}

#[test]
fn strict_makes_each_skip_an_error() {
    let Err(e) = expand(quote!("src/solvers/fixtures/strict.py", strict)) else {
        panic!("strict must not expand with skips");
    };
    let messages: Vec<String> = e.into_iter().map(|e| e.to_string()).collect();
    assert_eq!(
        messages,
        [
            "include_solvers!: src/solvers/fixtures/strict.py:9: `solve_loop` is skipped: \
             line 10: a `while` loop is outside the straight-line form",
            "include_solvers!: src/solvers/fixtures/strict.py:15: `solve_unknown` is skipped: \
             line 16: unknown primitive `rot45`",
        ]
    );
    assert!(expand(quote!("src/solvers/fixtures/strict.py")).is_ok());
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    for tokens in [quote!(), quote!(42), quote!("a.py", strict, more), quote!("a.py" strict)] {
        assert!(expand(tokens).is_err());
    }
}

/// Each converted function's parameters, by name.
fn parameters(source: &str) -> Vec<(String, Vec<Param>)> {
    convert(source, "t.py", false)
        .expect("parses")
        .into_iter()
        .filter_map(|s| match s.body {
            Converted::Function { params, .. } => Some((s.name, params)),
            Converted::Skipped(_) => None,
        })
        .collect()
}

#[test]
fn batt_functions_take_s_i_and_c_in_any_order() {
    let got = parameters(
        "def batt(S, I, C):\n    return I\n\ndef b(C, I):\n    return C\n\n\
         def c(S):\n    x1 = apply(second, S)\n    O = first(x1)\n    return O\n\n\
         def d(S, I, /):\n    return I\n\ndef solve_e(I):\n    return I\n",
    );
    let want = [
        ("batt", vec![Param::S, Param::I, Param::C]),
        ("b", vec![Param::C, Param::I]),
        ("c", vec![Param::S]),
        ("d", vec![Param::S, Param::I]),
        ("solve_e", vec![Param::I]),
    ];
    let want: Vec<(String, Vec<Param>)> =
        want.into_iter().map(|(n, p)| (n.to_string(), p)).collect();
    assert_eq!(got, want);
}

#[test]
fn other_parameters_are_skipped_with_their_reason() {
    let known = "the parameters are `S` (the samples), `I` (a grid), `C` (a candidate \
                 output grid), `task_id` and `log_path` (strings)";
    for (params, reason) in [
        ("S, I, K", format!("unknown parameter `K`: {known}")),
        ("I, J", format!("unknown parameter `J`: {known}")),
        ("s", format!("unknown parameter `s`: {known}")),
        ("S, I, C=None", "parameter `C` has a default value, which is not supported".into()),
        ("I=0", "parameter `I` has a default value, which is not supported".into()),
        ("S, *args", "parameter `*args`: variadic parameters are not supported".into()),
        ("I, **kw", "parameter `**kw`: variadic parameters are not supported".into()),
        ("S, *, I", "parameter `I`: keyword-only parameters are not supported".into()),
        (
            "I: Grid",
            "parameter `I` has an annotation; a parameter's type is given by its name".into(),
        ),
        (
            "",
            "it has no parameters; the parameters are `S`, `I`, `C`, `task_id` and `log_path`"
                .into(),
        ),
    ] {
        let got = skip_reason(&format!("def f({params}):\n    return I\n"));
        assert_eq!(got, reason, "def f({params})");
    }
    // A repeated parameter is a Python syntax error.
    let Err(e) = convert("def f(I, I):\n    return I\n", "t.py", false) else {
        panic!("a repeated parameter must not convert");
    };
    assert!(e.contains("t.py:1:10: Python syntax error: duplicate argument 'I'"), "{e}");
    assert!(skip_reason("def BATTS(I):\n    return I\n").contains("name of a generated table"));
}

#[test]
fn batt_primitives_are_known_names() {
    let (converted, skipped) = outline(
        "def batt(S, I):\n    x1 = p_g(I)\n    x2 = dedupe(x1)\n    x3 = difference_tuple(x2, x1)\n    \
         x4 = get_nth_t(x3, 0)\n    x5 = palette(I)\n    x6 = get_nth_f(x5, -1)\n    \
         x7 = apply(second, S)\n    x8 = rbind(get_nth_t, 1)\n    O = replace(I, x4, x6)\n    return O\n",
    );
    assert_eq!(converted, ["batt"]);
    assert!(skipped.is_empty(), "{skipped:?}");
}

const PATTERN: &str = "def batt(S, I, C):\n    t1 = apply(first, S)\n    t2 = apply(second, S)\n    \
     t3 = mapply(p_g, t1)\n    t4 = mapply(p_g, t2)\n    t5 = get_nth_t(t4, 0)\n    \
     O = fill(I, t5, ORIGIN)\n    return O\n";

#[test]
fn the_pattern_is_written_as_plain_calls() {
    let out = expand_source(PATTERN, quote!(, unfused)).expect("expands");
    for want in [
        "pub fn batt (S : & :: batt_rt :: Samples , I : & :: batt_rt :: Grid , C : & :: batt_rt :: Grid) \
         -> :: core :: option :: Option < :: batt_rt :: Grid >",
        "let t1 = :: batt_rt :: dsl :: apply (:: batt_rt :: dsl :: first , S) ;",
        "let t2 = :: batt_rt :: dsl :: apply (:: batt_rt :: dsl :: second , S) ;",
        "let t3 = :: batt_rt :: dsl :: mapply (:: batt_rt :: dsl :: p_g , & t1) ;",
        "let t4 = :: batt_rt :: dsl :: mapply (:: batt_rt :: dsl :: p_g , & t2) ;",
        "let t5 = :: batt_rt :: try_dsl ! (:: batt_rt :: dsl :: get_nth_t (& t4 , 0i32)) ;",
        "pub static SOLVERS : & [(& str , fn (& :: batt_rt :: Grid) -> :: core :: option :: Option < :: batt_rt :: Grid >)] = & [] ;",
        "pub static BATTS : & [(& str , fn (& :: batt_rt :: Samples , & :: batt_rt :: Grid , & :: batt_rt :: Grid) \
         -> :: core :: option :: Option < :: batt_rt :: Grid >)] = & [(\"batt\" , batt as fn (",
    ] {
        assert!(out.contains(want), "{want}\nnot in\n{out}");
    }
    assert!(!out.contains("fuse"), "{out}");
}

#[test]
fn the_pattern_is_fused_by_batt() {
    let out = expand_source(PATTERN, quote!()).expect("expands");
    for want in [
        "let (t1 , t2 , t3 , t4) =",
        ":: batt_rt :: fuse :: Probe :: new (S)) . samples (:: batt_rt :: Backend :: configured ())",
        "let t5 = :: batt_rt :: try_dsl ! (:: batt_rt :: dsl :: get_nth_t (& t4 , 0i32)) ;",
    ] {
        assert!(out.contains(want), "{want}\nnot in\n{out}");
    }
    for gone in ["let t1 =", "let t3 =", "dsl :: apply (:: batt_rt :: dsl :: first , S)"] {
        assert!(!out.contains(gone), "{gone}\nin\n{out}");
    }
}

#[test]
fn only_the_pattern_s_lines_are_written_plainly() {
    for (body, plain) in [
        // `S` bound again: another value, of a type the converter does not know.
        ("    S = identity(S)\n    x1 = apply(first, S)\n", None),
        // Not the samples, not `first`/`second`.
        ("    x1 = apply(first, I)\n", None),
        ("    x1 = apply(rot90, S)\n", None),
        // `first` bound locally: a function of the file's, not the DSL's.
        ("    first = rbind(get_nth_t, 0)\n    x1 = apply(first, S)\n", None),
        // `mapply(p_g, ..)` of grids that are not a sample line's, or no longer are.
        ("    x1 = apply(rot90, S)\n    x2 = mapply(p_g, x1)\n", None),
        (
            "    x1 = apply(first, S)\n    x1 = apply(rot90, x1)\n    x2 = mapply(p_g, x1)\n",
            Some("let x1 = :: batt_rt :: dsl :: apply (:: batt_rt :: dsl :: first , S) ;"),
        ),
    ] {
        let source = format!("def batt(S, I):\n{body}    return I\n");
        let out = expand_source(&source, quote!(, unfused)).expect("expands");
        let plain_lines = out.matches(":: batt_rt :: dsl :: apply (").count()
            + out.matches(":: batt_rt :: dsl :: mapply (").count();
        let wrapped = out.matches("try_dsl ! (:: batt_rt :: dsl :: apply (").count()
            + out.matches("try_dsl ! (:: batt_rt :: dsl :: mapply (").count();
        match plain {
            None => assert_eq!(plain_lines, wrapped, "{body}\n{out}"),
            Some(line) => {
                assert_eq!(plain_lines, wrapped + 1, "{body}\n{out}");
                assert!(out.contains(line), "{line}\nnot in\n{out}");
            }
        }
    }
}

#[test]
fn the_batts_table_adapts_each_function_to_s_i_c() {
    let out = expand_source(
        "def a(C, I):\n    return I\n\ndef b(S):\n    x1 = apply(first, S)\n    O = first(x1)\n    return O\n",
        quote!(),
    )
    .expect("expands");
    for want in [
        "pub fn a (C : & :: batt_rt :: Grid , I : & :: batt_rt :: Grid)",
        "pub fn b (S : & :: batt_rt :: Samples)",
        "(\"a\" , (| _S : & :: batt_rt :: Samples , I : & :: batt_rt :: Grid , C : & :: batt_rt :: Grid | a (C , I)) as fn (",
        "(\"b\" , (| S : & :: batt_rt :: Samples , _I : & :: batt_rt :: Grid , _C : & :: batt_rt :: Grid | b (S)) as fn (",
    ] {
        assert!(out.contains(want), "{want}\nnot in\n{out}");
    }
}

#[test]
fn options_are_strict_and_unfused_in_any_order_once_each() {
    let source = "def batt(S):\n    return S\n\ndef f(I, K):\n    return I\n";
    assert!(expand_source(source, quote!(, unfused)).is_ok());
    for options in [quote!(, strict), quote!(, unfused, strict), quote!(, strict, unfused,)] {
        let e = expand_source(source, options).expect_err("strict with a skip");
        assert!(e.contains(":4: `f` is skipped: unknown parameter `K`"), "{e}");
    }
    for (options, message) in [
        (quote!(, unfused, unfused), "`unfused` is given twice"),
        (quote!(, strict, strict), "`strict` is given twice"),
        (
            quote!(, fused),
            "the options are `strict`, `unfused`, `skip = [\"name\", ...]` and `primitives",
        ),
        (quote!(, skip = ["f"], skip = ["f"]), "`skip` is given twice"),
        (quote!(, skip = ["g"]), "`g` is in `skip` but"),
        (quote!(, skip = [f]), "expected string literal"),
    ] {
        let e = expand_source(source, options).expect_err("a bad option");
        assert!(e.contains(message), "{e}");
    }
}

#[test]
fn skipped_by_choice_is_listed_and_not_an_error_under_strict() {
    let source = "def solve_a(I):\n    return I\n\ndef f(I, K):\n    return I\n";
    let out = expand_source(source, quote!(, strict, skip = ["f", "solve_a"])).expect("expands");
    assert!(out.contains("(\"f\" , \"left out by `skip`\")"), "{out}");
    assert!(out.contains("(\"solve_a\" , \"left out by `skip`\")"), "{out}");
    assert!(!out.contains("pub fn solve_a"), "{out}");
}

#[test]
fn names_of_the_primitives_module_resolve_there_or_fail_at_their_line() {
    let source = "def solve_a(I):\n    x1 = hmirror(I)\n    x2 = flood(I, x1, MARK)\n    \
                  O = flood(x2, x1, MARK)\n    return O\n";
    // Without the module, the name skips its function, as it does today.
    assert_eq!(skip_reason(source), "line 3: unknown name `MARK`");
    let out = expand_source(source, quote!(, primitives = crate::fork)).expect("expands");
    for want in [
        "# [deny (deprecated)] pub fn solve_a",
        // One stand-in per name, its note giving the file, the line of its first use and
        // the name; then the module's glob import, which shadows each stand-in it has.
        "# [deprecated (note = \"include_solvers!: ",
        "s.py:3: `flood` is neither a primitive nor a constant of the DSL nor an item of \
         `crate::fork`\")] struct flood ;",
        "s.py:3: `MARK` is neither",
        "{ # [allow (unused_imports)] use crate :: fork :: * ; let x1",
        "let x2 = :: batt_rt :: try_dsl ! (flood (I , & x1 , MARK))",
    ] {
        assert!(out.contains(want), "{want}\nnot in\n{out}");
    }
    // A function without such names is written as before.
    let plain = expand_source("def solve_b(I):\n    return I\n", quote!(, primitives = fork))
        .expect("expands");
    assert!(!plain.contains("deprecated"), "{plain}");
}

#[test]
fn primitives_is_an_option_given_once() {
    let e = expand_source("def f(I):\n    return I\n", quote!(, primitives = a, primitives = b))
        .expect_err("twice");
    assert!(e.contains("`primitives` is given twice"), "{e}");
    let e = expand_source("def f(I):\n    return I\n", quote!(, primitives = 3))
        .expect_err("not a path");
    assert!(e.contains("expected identifier"), "{e}");
}

#[test]
fn the_generated_form_converts_to_a_function_of_lists() {
    let source = "def batt(task_id, S, I, C, log_path):\n    s = []\n    o = []\n    \
                  t1 = objects(I, T, F, T)\n    try:\n        t2 = first(t1)\n    \
                  except (TypeError, ValueError):\n        t2 = None\n    \
                  s.append((2, 'None', task_id, None, -1, True, t2))\n    try:\n        \
                  t3 = fill(I, ONE, t2)\n    except Exception:\n        t3 = rot90(C)\n    \
                  o.append((3, True, 'x', t3))\n    s = []\n    return o, s\n";
    let (converted, skipped) = outline(source);
    assert_eq!((converted.as_slice(), skipped.as_slice()), (&["batt".to_string()][..], &[][..]));
    let out = expand_source(source, quote!(, unfused)).expect("expands");
    for want in [
        "pub fn batt (task_id : & str , S : & :: batt_rt :: Samples , I : & :: batt_rt :: Grid , \
         C : & :: batt_rt :: Grid , log_path : & str) -> :: batt_rt :: lists :: Lists",
        "let mut s : :: std :: vec :: Vec < :: batt_rt :: lists :: Record > = :: std :: vec :: Vec :: new () ;",
        // The `try`: its own closure, then the fallback.
        "let t2 = match (|| :: core :: option :: Option :: Some (:: batt_rt :: try_dsl ! (:: batt_rt :: dsl :: first (& t1)))) ()",
        ":: core :: option :: Option :: None => :: core :: option :: Option :: None ,",
        // A failed value fails the line that uses it; the fallback call notes its line.
        ":: batt_rt :: dsl :: fill (I , :: batt_rt :: dsl :: ONE , t2 . as_ref () ?)",
        "{ __batt_at = 13usize ; :: core :: option :: Option :: Some (:: batt_rt :: try_dsl ! (:: batt_rt :: dsl :: rot90 (C))) }",
        "__batt_at = 4usize ;",
        "s . push (:: batt_rt :: lists :: Record (:: std :: vec ! [:: batt_rt :: lists :: DslValue :: Int (2i64) , \
         :: batt_rt :: lists :: DslValue :: Str (:: std :: string :: String :: from (\"None\")) , \
         :: batt_rt :: lists :: ToDslValue :: to_dsl_value (& task_id) , :: batt_rt :: lists :: DslValue :: None , \
         :: batt_rt :: lists :: DslValue :: Int (- 1i64) , :: batt_rt :: lists :: DslValue :: Bool (true) , \
         :: batt_rt :: lists :: ToDslValue :: to_dsl_value (& t2)]))",
        "s . clear () ;",
        "lists : :: std :: vec ! [o , s]",
        "pub static LISTS : & [(& str , fn (& str , & :: batt_rt :: Samples , & :: batt_rt :: Grid , \
         & :: batt_rt :: Grid , & str) -> :: batt_rt :: lists :: Lists)] = & [(\"batt\" , batt as fn (",
    ] {
        assert!(out.contains(want), "{want}\nnot in\n{out}");
    }
}

#[test]
fn the_lists_table_adapts_each_function_to_its_five_parameters() {
    let out = expand_source(
        "def f(I, task_id):\n    o = []\n    o.append((1, I))\n    return o\n",
        quote!(, unfused),
    )
    .expect("expands");
    assert!(
        out.contains(
            "(| task_id : & str , _S : & :: batt_rt :: Samples , I : & :: batt_rt :: Grid , \
                      _C : & :: batt_rt :: Grid , _log_path : & str | f (I , task_id))"
        ),
        "{out}"
    );
    // A grid function that takes `task_id` is in no table.
    let out = expand_source("def g(task_id, I):\n    return I\n", quote!()).expect("expands");
    assert!(out.contains("pub fn g (task_id : & str , I : & :: batt_rt :: Grid)"), "{out}");
    assert!(out.contains("pub static BATTS : & [(& str , fn (& :: batt_rt :: Samples , & :: batt_rt :: Grid , & :: batt_rt :: Grid) -> :: core :: option :: Option < :: batt_rt :: Grid >)] = & [] ;"), "{out}");
}

#[test]
fn the_generated_form_s_near_misses_are_skipped_with_their_reason() {
    let form = "a `try` is supported as `try:` one assignment `name = f(...)`, then one `except` \
                (of any exceptions, without `as`) assigning `name` again";
    let head = "def f(task_id, I):\n    o = []\n";
    for (body, reason) in [
        (
            "    try:\n        x = rot90(I)\n        y = rot90(x)\n    except:\n        x = None\n",
            format!("line 3: {form}"),
        ),
        (
            "    try:\n        x = rot90(I)\n    except Exception as e:\n        x = None\n",
            format!("line 3: {form}"),
        ),
        (
            "    try:\n        x = rot90(I)\n    except:\n        y = None\n",
            format!("line 3: {form}"),
        ),
        (
            "    try:\n        x = rot90(I)\n    except:\n        x = None\n    else:\n        x = I\n",
            format!("line 3: {form}"),
        ),
        (
            "    try:\n        x = rot90(I)\n    except:\n        x = None\n    finally:\n        x = I\n",
            format!("line 3: {form}"),
        ),
        ("    try:\n        x = I\n    except:\n        x = None\n", format!("line 3: {form}")),
        (
            "    try:\n        x = rot90(I)\n    except:\n        x = flood(I)\n",
            "line 3: unknown primitive `flood`".into(),
        ),
        ("    s.append((1, I))\n", "line 3: `s` is not a list bound by `s = []`".into()),
        (
            "    o.append(I)\n",
            "line 3: the only expression statement is `list.append((field, ...))`".into(),
        ),
        (
            "    o.extend((1, I))\n",
            "line 3: the only expression statement is `list.append((field, ...))`".into(),
        ),
        (
            "    o.append((1.5, I))\n",
            "line 3: a field is an integer, boolean, string or `None` literal, or a name".into(),
        ),
        ("    o.append((o,))\n", "line 3: the list `o` cannot be appended".into()),
        ("    x = rot90(o)\n", "line 3: the list `o` is only appended to and returned".into()),
        (
            "    x = size(task_id)\n",
            "line 3: `task_id` is a string that only an `append` may take".into(),
        ),
        ("    o = rot90(I)\n", "line 3: `o` is bound to a list and to a value".into()),
        (
            "    return o, I\n",
            "line 3: a `return` of lists gives each list once and nothing else".into(),
        ),
        (
            "    return o, o\n",
            "line 3: a `return` of lists gives each list once and nothing else".into(),
        ),
        (
            "    return I\n",
            "it builds lists but returns a grid; a function of lists returns them (`return o, s`)"
                .into(),
        ),
    ] {
        let source = format!("{head}{body}");
        let got = skip_reason(&source);
        assert_eq!(got, reason, "{source}");
    }
}
