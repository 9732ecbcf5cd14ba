//! The built bundle in the page's head: the stylesheet, and the script that wakes a page's
//! islands. Leptos's own (`HashedStylesheet`, `HydrationScripts`) read the build's hash file
//! on every page, and preload the JS and the WASM everywhere: a browser without JavaScript,
//! or on a page without an island, would still fetch about 90 KB it never runs. These read
//! the names once, preload nothing, and load the bundle only where JavaScript runs and the
//! page has an island.
//!
//! `island_script.js` is Leptos 0.8.23's island script with two changes. A page without
//! islands fetches nothing, and no file is preloaded, so a browser without JavaScript
//! fetches nothing either. Islands inside an element marked `data-wake="on-use"` only
//! improve a form that works without them: the bundle comes when the reader first touches
//! that element, so a first visit stays small.

use leptos::config::LeptosOptions;
use leptos::prelude::*;
use std::sync::OnceLock;

const ISLAND_SCRIPT: &str = include_str!("island_script.js");

/// The names of the built files, with their content hash when the build hashes them (read
/// once: they change only with the binary).
struct Names {
    css: String,
    js: String,
    wasm: String,
}

fn names(options: &LeptosOptions) -> &'static Names {
    static NAMES: OnceLock<Names> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut css = options.output_name.to_string();
        let mut js = css.clone();
        let mut wasm = css.clone();
        if options.hash_files {
            let hashes = std::env::current_exe()
                .ok()
                .and_then(|exe| Some(exe.parent()?.join(options.hash_file.as_ref())))
                .and_then(|path| std::fs::read_to_string(path).ok())
                .unwrap_or_default();
            for (file, hash) in hashes.lines().filter_map(|l| l.trim().split_once(':')) {
                match file {
                    "css" => css.push_str(&format!(".{}", hash.trim())),
                    "js" => js.push_str(&format!(".{}", hash.trim())),
                    "wasm" => wasm.push_str(&format!(".{}", hash.trim())),
                    _ => {}
                }
            }
        } else if option_env!("LEPTOS_OUTPUT_NAME").is_none() {
            wasm.push_str("_bg");
        }
        Names { css, js, wasm }
    })
}

#[component]
pub fn BundleStylesheet(options: LeptosOptions) -> impl IntoView {
    let href = format!("/{}/{}.css", options.site_pkg_dir, names(&options).css);
    view! { <link id="leptos" rel="stylesheet" href=href /> }
}

#[component]
pub fn IslandScripts(options: LeptosOptions) -> impl IntoView {
    // Islands render their own hydration markers; the rest of the page renders none.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let Names { js, wasm, .. } = names(&options);
    let pkg = &options.site_pkg_dir;
    let nonce = leptos::nonce::use_nonce();
    view! {
        <script type="module" nonce=nonce>
            {format!("{ISLAND_SCRIPT}(\"\", {pkg:?}, {js:?}, {wasm:?});")}
        </script>
    }
}
