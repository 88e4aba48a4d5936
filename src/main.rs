//! Entry point: install the panic hook and mount the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(zhonglou_map::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The map is a web app: run `make run` and open http://127.0.0.1:8080");
}
