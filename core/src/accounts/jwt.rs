//! Short-lived access tokens (JWT, HS256 pinned). Each signing key has a `kid`, so keys can
//! be rotated: the newest signs, older ones still verify until their tokens have expired.

use jsonwebtoken::errors::{ErrorKind, Result};
use jsonwebtoken::{
    decode, decode_header, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation,
};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

use super::tokens;

pub const ISSUER: &str = "kenes";
pub const AUDIENCE: &str = "kenes-web";
/// Audience of the ticket between the password and the second factor.
pub const MFA_AUDIENCE: &str = "kenes-mfa";
pub const MFA_TTL_SECS: i64 = 5 * 60;
/// Access tokens live 15 minutes; the refresh token renews them.
pub const ACCESS_TTL_SECS: i64 = 15 * 60;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessClaims {
    pub iss: String,
    pub aud: String,
    pub sub: String,
    pub sid: String,
    pub jti: String,
    pub iat: i64,
    pub nbf: i64,
    pub exp: i64,
}

impl AccessClaims {
    pub fn user_id(&self) -> Option<i64> {
        self.sub.parse().ok()
    }
}

pub struct JwtKeys {
    current_kid: String,
    encoding: EncodingKey,
    decoding: HashMap<String, DecodingKey>,
    validation: Validation,
    mfa_validation: Validation,
}

/// The key id of a secret: public, derived, and stable across restarts.
fn kid_of(secret: &str) -> String {
    tokens::digest(secret)[..10].to_owned()
}

impl JwtKeys {
    /// `current` signs; `previous` secrets only verify.
    pub fn new(current: &str, previous: &[String]) -> Self {
        let mut decoding = HashMap::new();
        for secret in std::iter::once(current).chain(previous.iter().map(String::as_str)) {
            decoding.insert(kid_of(secret), DecodingKey::from_secret(secret.as_bytes()));
        }
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "nbf", "iss", "aud", "sub"]);
        validation.validate_nbf = true;
        validation.leeway = 5;
        let mut mfa_validation = validation.clone();
        mfa_validation.set_audience(&[MFA_AUDIENCE]);
        Self {
            current_kid: kid_of(current),
            encoding: EncodingKey::from_secret(current.as_bytes()),
            decoding,
            validation,
            mfa_validation,
        }
    }

    pub fn issue(&self, user_id: i64, session_id: &str, now: i64) -> String {
        self.sign(AUDIENCE, user_id, session_id, now, ACCESS_TTL_SECS)
    }

    /// A ticket that proves the password was right, for the second-factor step only.
    pub fn issue_mfa_ticket(&self, user_id: i64, now: i64) -> String {
        self.sign(MFA_AUDIENCE, user_id, "", now, MFA_TTL_SECS)
    }

    pub fn verify_mfa_ticket(&self, token: &str) -> Result<i64> {
        let claims = self.decode(token, &self.mfa_validation)?;
        claims
            .user_id()
            .ok_or_else(|| ErrorKind::InvalidSubject.into())
    }

    fn sign(&self, aud: &str, user_id: i64, session_id: &str, now: i64, ttl: i64) -> String {
        let claims = AccessClaims {
            iss: ISSUER.into(),
            aud: aud.into(),
            sub: user_id.to_string(),
            sid: session_id.into(),
            jti: tokens::new_id(),
            iat: now,
            nbf: now,
            exp: now + ttl,
        };
        let mut header = Header::new(Algorithm::HS256);
        header.kid = Some(self.current_kid.clone());
        encode(&header, &claims, &self.encoding).expect("HS256 signing cannot fail")
    }

    pub fn verify(&self, token: &str) -> Result<AccessClaims> {
        self.decode(token, &self.validation)
    }

    /// A token whose `kid` names no key we hold cannot have a valid signature.
    fn decode(&self, token: &str, validation: &Validation) -> Result<AccessClaims> {
        let header = decode_header(token)?;
        let key = header
            .kid
            .as_deref()
            .and_then(|kid| self.decoding.get(kid))
            .ok_or(ErrorKind::InvalidSignature)?;
        decode::<AccessClaims>(token, key, validation).map(|data| data.claims)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine as _;

    const SECRET: &str = "test-secret-that-is-long-enough-for-hs256!";

    fn now() -> i64 {
        chrono::Utc::now().timestamp()
    }

    fn forge(header: &str, claims: &AccessClaims, signature: &str) -> String {
        let h = URL_SAFE_NO_PAD.encode(header);
        let c = URL_SAFE_NO_PAD.encode(serde_json::to_vec(claims).unwrap());
        format!("{h}.{c}.{signature}")
    }

    #[test]
    fn round_trip() {
        let keys = JwtKeys::new(SECRET, &[]);
        let token = keys.issue(42, "sid", now());
        let claims = keys.verify(&token).unwrap();
        assert_eq!((claims.user_id(), claims.sid.as_str()), (Some(42), "sid"));
    }

    #[test]
    fn expired_and_not_yet_valid_tokens_are_refused() {
        let keys = JwtKeys::new(SECRET, &[]);
        let old = keys.issue(1, "s", now() - ACCESS_TTL_SECS - 60);
        assert!(matches!(keys.verify(&old), Err(e) if *e.kind() == ErrorKind::ExpiredSignature));
        let future = keys.issue(1, "s", now() + 600);
        assert!(
            matches!(keys.verify(&future), Err(e) if *e.kind() == ErrorKind::ImmatureSignature)
        );
    }

    #[test]
    fn tampered_alg_none_and_wrong_audience_are_refused() {
        let keys = JwtKeys::new(SECRET, &[]);
        let token = keys.issue(1, "s", now());
        let mut claims = keys.verify(&token).unwrap();
        let kid = kid_of(SECRET);
        let signature = token.rsplit('.').next().unwrap();

        claims.sub = "2".into();
        let tampered = forge(
            &format!(r#"{{"alg":"HS256","typ":"JWT","kid":"{kid}"}}"#),
            &claims,
            signature,
        );
        assert!(keys.verify(&tampered).is_err(), "changed subject");

        let none = forge(
            &format!(r#"{{"alg":"none","typ":"JWT","kid":"{kid}"}}"#),
            &claims,
            "",
        );
        assert!(keys.verify(&none).is_err(), "alg=none");

        let other = JwtKeys::new("another-secret-also-long-enough-for-hs256", &[]);
        assert!(matches!(
            keys.verify(&other.issue(1, "s", now())),
            Err(e) if *e.kind() == ErrorKind::InvalidSignature
        ));

        // A validly signed token for another audience.
        claims.sub = "1".into();
        claims.aud = "someone-else".into();
        let mut header = Header::new(Algorithm::HS256);
        header.kid = Some(kid);
        let wrong_aud = encode(
            &header,
            &claims,
            &EncodingKey::from_secret(SECRET.as_bytes()),
        )
        .unwrap();
        assert!(
            matches!(keys.verify(&wrong_aud), Err(e) if *e.kind() == ErrorKind::InvalidAudience)
        );
    }

    #[test]
    fn mfa_tickets_and_access_tokens_are_not_interchangeable() {
        let keys = JwtKeys::new(SECRET, &[]);
        let ticket = keys.issue_mfa_ticket(9, now());
        assert_eq!(keys.verify_mfa_ticket(&ticket), Ok(9));
        assert!(keys.verify(&ticket).is_err(), "a ticket is no session");
        assert!(keys.verify_mfa_ticket(&keys.issue(9, "s", now())).is_err());
    }

    #[test]
    fn rotation_keeps_old_tokens_valid() {
        let old = JwtKeys::new("old-secret-old-secret-old-secret-old!", &[]);
        let token = old.issue(7, "s", now());
        let rotated = JwtKeys::new(SECRET, &["old-secret-old-secret-old-secret-old!".into()]);
        assert_eq!(rotated.verify(&token).unwrap().user_id(), Some(7));
        let fresh = rotated.issue(7, "s", now());
        assert!(matches!(old.verify(&fresh), Err(e) if *e.kind() == ErrorKind::InvalidSignature));
    }
}
