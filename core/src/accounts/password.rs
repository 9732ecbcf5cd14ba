//! Password hashing (argon2id, OWASP parameters) and the password policy.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::{Algorithm, Argon2, Params, Version};
use std::collections::HashSet;
use std::io::Read;
use std::sync::LazyLock;

pub const MIN_LEN: usize = 8;
pub const MAX_LEN: usize = 128;

/// OWASP's argon2id recommendation: 19 MiB of memory, 2 iterations, 1 lane.
fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn hash(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2 hashing with valid parameters")
        .to_string()
}

/// Constant-time check; a malformed stored hash never verifies.
pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| {
            hasher()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Burns the same time as a real check, so that an unknown e-mail answers as slowly as a
/// known one with a wrong password.
pub fn verify_dummy(password: &str) {
    static DUMMY: LazyLock<String> = LazyLock::new(|| hash("dummy password for timing"));
    let _ = verify(password, &DUMMY);
}

static COMMON: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let gz = include_bytes!("../../data/common-passwords.txt.gz");
    let mut text = String::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_string(&mut text)
        .expect("bundled password list");
    text.lines().map(|l| l.trim().to_lowercase()).collect()
});

/// Length in characters (not bytes: Kazakh letters are two bytes), and not a common password.
/// A refusal is the field code of the reason (`err-<code>` in the UI).
pub fn check_policy(password: &str) -> Result<(), &'static str> {
    let len = password.chars().count();
    if len < MIN_LEN {
        return Err("password-too-short");
    }
    if len > MAX_LEN {
        return Err("password-too-long");
    }
    if COMMON.contains(&password.to_lowercase()) {
        return Err("password-common");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let h = hash("correct horse battery staple");
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify("correct horse battery staple", &h));
        assert!(!verify("correct horse battery stapl", &h));
        assert!(!verify("anything", "not a hash"));
        assert_ne!(h, hash("correct horse battery staple"), "salted");
    }

    #[test]
    fn policy() {
        assert_eq!(check_policy("short"), Err("password-too-short"));
        assert_eq!(check_policy("password1"), Err("password-common"));
        assert_eq!(
            check_policy("Iloveyou1"),
            Err("password-common"),
            "case-insensitive"
        );
        assert_eq!(check_policy(&"x".repeat(129)), Err("password-too-long"));
        assert_eq!(check_policy("Қазақстан"), Ok(()), "9 characters, 18 bytes");
        assert_eq!(check_policy(&"a".repeat(64)), Ok(()));
    }
}
