//! The bundled Rust example for systemd-units: a worker that runs until systemd stops it.
use std::{thread, time::Duration};

fn main() {
    loop {
        thread::sleep(Duration::from_secs(60));
    }
}
