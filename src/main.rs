//! Entry point: install the friendly panic hook, and mount the app in place of the prerendered first view.

#[cfg(target_arch = "wasm32")]
fn main() {
    zhonglou_map::interop::install_panic_hook();
    // The app takes the page's prerendered first view (examples/prerender) away as it starts.
    leptos::mount::mount_to_body(zhonglou_map::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The map is a web app: run `make run` and open http://127.0.0.1:8080");
}
