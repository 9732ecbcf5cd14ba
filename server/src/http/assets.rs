//! The site's static files (WASM, JS, CSS, icons), read once at start and served from
//! memory with precomputed gzip and ETags. `actix_files` stalled ~40 ms per request here
//! (DESIGN.md); these files are on every first visit from a slow phone.

use actix_web::http::header::{self, HeaderValue};
use actix_web::web::Bytes;
use actix_web::{web, HttpRequest, HttpResponse};
use flate2::{write::GzEncoder, Compression};
use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

struct Asset {
    body: Bytes,
    gzip: Option<Bytes>,
    content_type: String,
    etag: String,
    cache_control: &'static str,
}

#[derive(Default)]
pub struct Assets {
    files: HashMap<String, Asset>,
}

/// Hashed names (cargo-leptos `hash-files`) never change content: cache them for a year.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "public, max-age=3600, must-revalidate";

fn compressible(content_type: &str) -> bool {
    content_type.starts_with("text/")
        || content_type.contains("javascript")
        || content_type.contains("wasm")
        || content_type.contains("json")
        || content_type.contains("svg")
}

impl Assets {
    /// Loads every file under `site_root`; a missing folder (tests, `cargo run` before a
    /// build) gives an empty set.
    pub fn load(site_root: &Path, hashed_names: bool) -> std::io::Result<Self> {
        let mut files = HashMap::new();
        let mut stack = vec![site_root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries {
                let path = entry?.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let rel = path.strip_prefix(site_root).expect("under root");
                let url = format!("/{}", rel.to_string_lossy().replace('\\', "/"));
                let body = Bytes::from(std::fs::read(&path)?);
                let content_type = mime_guess::from_path(&path)
                    .first_or_octet_stream()
                    .essence_str()
                    .to_owned();
                let gzip = if compressible(&content_type) && body.len() > 256 {
                    let mut enc = GzEncoder::new(Vec::new(), Compression::best());
                    enc.write_all(&body)?;
                    Some(Bytes::from(enc.finish()?))
                } else {
                    None
                };
                let etag = format!("\"{:x}-{:x}\"", body.len(), content_hash(&body));
                let cache_control = if hashed_names && url.starts_with("/pkg/") {
                    IMMUTABLE
                } else {
                    REVALIDATE
                };
                files.insert(
                    url,
                    Asset {
                        body,
                        gzip,
                        content_type,
                        etag,
                        cache_control,
                    },
                );
            }
        }
        Ok(Self { files })
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// URL paths of files outside `/pkg`, so that they can be routed one by one.
    pub fn root_files(&self) -> Vec<String> {
        self.files
            .keys()
            .filter(|k| !k.starts_with("/pkg/"))
            .cloned()
            .collect()
    }

    pub fn response(&self, req: &HttpRequest) -> Option<HttpResponse> {
        let asset = self.files.get(req.path())?;
        let etag = HeaderValue::from_str(&asset.etag).ok()?;
        let not_modified = req.headers().get(header::IF_NONE_MATCH) == Some(&etag);
        let mut res = if not_modified {
            HttpResponse::NotModified()
        } else {
            HttpResponse::Ok()
        };
        res.insert_header((header::ETAG, etag))
            .insert_header((header::CACHE_CONTROL, asset.cache_control))
            .insert_header((header::VARY, "Accept-Encoding"))
            .content_type(asset.content_type.as_str());
        if not_modified {
            return Some(res.finish());
        }
        let gzip_ok = req
            .headers()
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("gzip"));
        Some(match (&asset.gzip, gzip_ok) {
            (Some(gz), true) => res
                .insert_header((header::CONTENT_ENCODING, "gzip"))
                .body(gz.clone()),
            _ => res.body(asset.body.clone()),
        })
    }
}

/// ETag from length and SipHash of the content; a collision only costs a re-download.
fn content_hash(data: &[u8]) -> u64 {
    use std::hash::{DefaultHasher, Hasher};
    let mut h = DefaultHasher::new();
    h.write(data);
    h.finish()
}

pub async fn serve(req: HttpRequest, assets: web::Data<Assets>) -> HttpResponse {
    assets
        .response(&req)
        .unwrap_or_else(|| HttpResponse::NotFound().finish())
}
