//! Secrets kept at rest (the TOTP seeds of the second factor) are sealed with
//! XChaCha20-Poly1305 under a key derived (HKDF-SHA256) from the server's secret, so a copy
//! of the database alone does not let anyone make sign-in codes. Secrets sealed under an
//! earlier server secret still open (key rotation) and are resealed when next used; seeds
//! stored before sealing existed open as they are, and are resealed the same way.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use sha2::Sha256;

/// Marks a sealed value; TOTP seeds are base32 (A–Z, 2–7), so never start with it.
const PREFIX: &str = "v1.";
const NONCE_LEN: usize = 24;

pub struct Sealer {
    /// The current key first; it seals, and every key opens.
    keys: Vec<XChaCha20Poly1305>,
}

/// What [`Sealer::open`] found.
#[derive(Debug, PartialEq, Eq)]
pub struct Opened {
    pub plain: String,
    /// Not sealed under the current key (an earlier one, or not at all): seal it again.
    pub stale: bool,
}

fn cipher(secret: &str) -> XChaCha20Poly1305 {
    let mut key = Key::default();
    Hkdf::<Sha256>::new(Some(b"kenes"), secret.as_bytes())
        .expand(b"sealed secrets at rest v1", &mut key)
        .expect("32 bytes is a valid HKDF-SHA256 output length");
    XChaCha20Poly1305::new(&key)
}

impl Sealer {
    pub fn new(current: &str, previous: &[String]) -> Self {
        Sealer {
            keys: std::iter::once(current)
                .chain(previous.iter().map(String::as_str))
                .map(cipher)
                .collect(),
        }
    }

    pub fn seal(&self, plain: &str) -> String {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let sealed = self.keys[0]
            .encrypt(&nonce, plain.as_bytes())
            .expect("encrypting a short secret in memory cannot fail");
        let mut bytes = nonce.to_vec();
        bytes.extend(sealed);
        format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
    }

    pub fn is_sealed(stored: &str) -> bool {
        stored.starts_with(PREFIX)
    }

    /// `None` when the value was sealed under a key this server no longer knows, or was
    /// tampered with.
    pub fn open(&self, stored: &str) -> Option<Opened> {
        let Some(body) = stored.strip_prefix(PREFIX) else {
            return Some(Opened {
                plain: stored.to_owned(),
                stale: true,
            });
        };
        let bytes = URL_SAFE_NO_PAD.decode(body).ok()?;
        if bytes.len() <= NONCE_LEN {
            return None;
        }
        let (nonce, sealed) = bytes.split_at(NONCE_LEN);
        self.keys.iter().enumerate().find_map(|(i, key)| {
            let plain = key.decrypt(XNonce::from_slice(nonce), sealed).ok()?;
            Some(Opened {
                plain: String::from_utf8(plain).ok()?,
                stale: i > 0,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    #[test]
    fn sealed_secrets_open_only_with_the_key() {
        let sealer = Sealer::new("the current server secret, long enough", &[]);
        let sealed = sealer.seal(SEED);
        assert!(!sealed.contains(SEED) && sealed.starts_with(PREFIX));
        assert_ne!(sealed, sealer.seal(SEED), "a fresh nonce each time");
        assert_eq!(
            sealer.open(&sealed),
            Some(Opened {
                plain: SEED.into(),
                stale: false
            })
        );
        let stranger = Sealer::new("some other server's secret entirely", &[]);
        assert_eq!(stranger.open(&sealed), None);
        let mut tampered = sealed.clone();
        tampered.replace_range(10..11, if &sealed[10..11] == "A" { "B" } else { "A" });
        assert_eq!(sealer.open(&tampered), None);
        assert_eq!(sealer.open("v1.short"), None);
    }

    #[test]
    fn rotation_and_unsealed_seeds_open_as_stale() {
        let old = Sealer::new("the old server secret, long enough too", &[]);
        let sealed = old.seal(SEED);
        let rotated = Sealer::new(
            "the new server secret, long enough too",
            &["the old server secret, long enough too".into()],
        );
        assert_eq!(
            rotated.open(&sealed),
            Some(Opened {
                plain: SEED.into(),
                stale: true
            })
        );
        assert_eq!(
            rotated.open(SEED),
            Some(Opened {
                plain: SEED.into(),
                stale: true
            })
        );
    }
}
