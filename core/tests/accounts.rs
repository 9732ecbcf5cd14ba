//! Account flows against a real SQLite file and a real PostgreSQL server.

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use kenes_core::accounts::{self, AccountMail, SignUp};
use kenes_core::audit::Client;
use kenes_core::db::interact;
use kenes_core::error::{Error, FieldError};
use kenes_core::mail::{self, MailDraft};
use kenes_core::schema::{audit_log, login_failures, mail_outbox, users};
use kenes_core::testing::{migrated, site, TestDatabase};
use kenes_core::{both_backends, Backend, Db, Pool};
use kenes_i18n::{translate, Locale};

/// The mail `mail` as a Kazakh-speaking user gets it.
fn rendered(mail: AccountMail<'_>) -> String {
    mail.render(&site(), Locale::Kk).body
}

/// The session of a sign-in that needs no second factor.
fn session(r: Result<accounts::SignIn, Error>) -> accounts::IssuedSession {
    match r {
        Ok(accounts::SignIn::Session(s)) => s,
        other => panic!("expected a session, got {other:?}"),
    }
}

fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

const PASSWORD: &str = "steppe-wind-over-Ulytau";
const SERVER_SECRET: &str = "the server secret of these tests, long enough";

async fn pool(backend: Backend) -> (TestDatabase, Pool) {
    migrated(backend).await
}

fn sign_up(c: &mut Db, email: &str) -> Result<(), Error> {
    let input = SignUp {
        email: email.into(),
        display_name: "Айгүл".into(),
        password: PASSWORD.into(),
        locale: "kk".into(),
        next: None,
    };
    accounts::sign_up(c, &input, &Client::default(), &site(), now())
}

/// The token in the newest mail whose link goes to `path` (`/verify`, `/reset/confirm`).
fn last_token(c: &mut Db, path: &str) -> String {
    let bodies: Vec<String> = mail_outbox::table
        .order(mail_outbox::id.desc())
        .select(mail_outbox::body)
        .load(c)
        .unwrap();
    let link = format!("{path}?token=");
    let body = bodies
        .iter()
        .find(|b| b.contains(&link))
        .expect("mail with token");
    let rest = body.split(&link).nth(1).unwrap();
    rest.split_whitespace().next().unwrap().to_owned()
}

async fn sign_up_verify_sign_in(backend: Backend) {
    let (_db, pool) = pool(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        sign_up(c, "  Aigul@Example.KZ ").unwrap();
        let stored: (String, Option<NaiveDateTime>) = users::table
            .select((users::email, users::email_verified_at))
            .first(c)?;
        assert_eq!(stored, ("aigul@example.kz".into(), None));
        let subject: String = mail_outbox::table.select(mail_outbox::subject).first(c)?;
        assert_eq!(
            subject,
            translate(Locale::Kk, "mail-verify-subject", &[]),
            "mail in the user's language"
        );

        let err = accounts::sign_in(c, "aigul@example.kz", PASSWORD, &Client::default(), now());
        assert!(matches!(err, Err(Error::NotVerified)));

        let token = last_token(c, "/verify");
        accounts::verify_email(c, &token, &Client::default(), now()).unwrap();
        assert!(matches!(
            accounts::verify_email(c, &token, &Client::default(), now()),
            Err(Error::TokenInvalid)
        ));

        let session = session(accounts::sign_in(
            c,
            "AIGUL@example.kz",
            PASSWORD,
            &Client::default(),
            now(),
        ));
        let user = accounts::session_user(c, &session.session_id, now())
            .unwrap()
            .unwrap();
        assert_eq!(user.display_name, "Айгүл");

        let wrong = accounts::sign_in(
            c,
            "aigul@example.kz",
            "not the password",
            &Client::default(),
            now(),
        );
        assert!(matches!(wrong, Err(Error::InvalidCredentials)));
        let unknown =
            accounts::sign_in(c, "nobody@example.kz", PASSWORD, &Client::default(), now());
        assert!(matches!(unknown, Err(Error::InvalidCredentials)));
        let failures: i64 = login_failures::table.count().get_result(c)?;
        assert_eq!(failures, 1);
        let actions: Vec<String> = audit_log::table
            .order(audit_log::id)
            .select(audit_log::action)
            .load(c)?;
        assert_eq!(
            actions,
            ["sign_up", "email_verified", "sign_in", "sign_in_failed"]
        );
        Ok(())
    })
    .await
    .unwrap();
}

async fn invalid_sign_up_stores_nothing_and_duplicates_reveal_nothing(backend: Backend) {
    let (_db, pool) = pool(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let input = SignUp {
            email: "not-an-email".into(),
            display_name: "   ".into(),
            password: "password".into(),
            locale: "kk".into(),
            next: None,
        };
        let Err(Error::Invalid(errors)) =
            accounts::sign_up(c, &input, &Client::default(), &site(), now())
        else {
            panic!("expected field errors")
        };
        let codes: Vec<_> = errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            codes,
            [
                ("email", "email-invalid"),
                ("display_name", "name-required"),
                ("password", "password-common")
            ]
        );
        let n: i64 = users::table.count().get_result(c)?;
        let m: i64 = mail_outbox::table.count().get_result(c)?;
        assert_eq!((n, m), (0, 0));

        sign_up(c, "dana@example.kz").unwrap();
        sign_up(c, "DANA@example.kz").unwrap();
        let n: i64 = users::table.count().get_result(c)?;
        let bodies: Vec<String> = mail_outbox::table
            .order(mail_outbox::id)
            .select(mail_outbox::body)
            .load(c)?;
        assert_eq!(n, 1);
        assert!(bodies[0].contains("/verify?token="));
        assert_eq!(bodies[1], rendered(AccountMail::AlreadyRegistered));
        Ok(())
    })
    .await
    .unwrap();
}

fn verified_session(c: &mut Db, email: &str) -> accounts::IssuedSession {
    sign_up(c, email).unwrap();
    let token = last_token(c, "/verify");
    accounts::verify_email(c, &token, &Client::default(), now()).unwrap();
    session(accounts::sign_in(
        c,
        email,
        PASSWORD,
        &Client::default(),
        now(),
    ))
}

async fn refresh_rotates_and_reuse_revokes(backend: Backend) {
    let (_db, pool) = pool(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let first = verified_session(c, "erlan@example.kz");
        let t0 = now();
        let second = accounts::refresh(c, &first.refresh_token, &Client::default(), t0).unwrap();
        assert_eq!(second.session_id, first.session_id);
        assert_ne!(second.refresh_token, first.refresh_token);
        // The old token again, even two seconds later: it was copied. The session dies
        // (README: any reuse ends the session; there is no grace window).
        let later = t0 + Duration::seconds(2);
        let reuse = accounts::refresh(c, &first.refresh_token, &Client::default(), later);
        assert!(matches!(reuse, Err(Error::SessionReused)));
        assert!(accounts::session_user(c, &first.session_id, later)?.is_none());
        let after = accounts::refresh(c, &second.refresh_token, &Client::default(), later);
        assert!(
            matches!(after, Err(Error::SessionInvalid)),
            "the current token died too"
        );
        let garbage = accounts::refresh(c, "garbage", &Client::default(), later);
        assert!(matches!(garbage, Err(Error::SessionInvalid)));
        Ok(())
    })
    .await
    .unwrap();
}

async fn sign_out_everywhere_and_expiry(backend: Backend) {
    let (_db, pool) = pool(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let a = verified_session(c, "gulnar@example.kz");
        let b = session(accounts::sign_in(
            c,
            "gulnar@example.kz",
            PASSWORD,
            &Client::default(),
            now(),
        ));
        assert!(
            accounts::session_user(c, &a.session_id, a.expires_at + Duration::seconds(1))?
                .is_none()
        );
        accounts::sign_out(c, &a.session_id, &Client::default(), now()).unwrap();
        assert!(accounts::session_user(c, &a.session_id, now())?.is_none());
        assert!(accounts::session_user(c, &b.session_id, now())?.is_some());
        let n = accounts::sign_out_everywhere(c, b.user_id, &Client::default(), now()).unwrap();
        assert_eq!(n, 1);
        assert!(accounts::session_user(c, &b.session_id, now())?.is_none());
        Ok(())
    })
    .await
    .unwrap();
}

async fn lockout_after_a_hundred_failures(backend: Backend) {
    let (_db, pool) = pool(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let s = verified_session(c, "marat@example.kz");
        let t = now();
        for i in 0..100 {
            diesel::insert_into(login_failures::table)
                .values((
                    login_failures::user_id.eq(s.user_id),
                    login_failures::at.eq(t - Duration::minutes(59) + Duration::seconds(i)),
                ))
                .execute(c)?;
        }
        let locked = accounts::sign_in(c, "marat@example.kz", PASSWORD, &Client::default(), t);
        let Err(Error::Locked { retry_after_secs }) = locked else {
            panic!("{locked:?}")
        };
        assert!((1..=60).contains(&retry_after_secs), "{retry_after_secs}");
        // An hour after the oldest failure, the right password works again.
        assert!(accounts::sign_in(
            c,
            "marat@example.kz",
            PASSWORD,
            &Client::default(),
            t + Duration::minutes(2)
        )
        .is_ok());
        Ok(())
    })
    .await
    .unwrap();
}

async fn password_reset(backend: Backend) {
    let (_db, pool) = pool(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let s = verified_session(c, "timur@example.kz");
        accounts::request_password_reset(
            c,
            "nobody@example.kz",
            &Client::default(),
            &site(),
            now(),
        )
        .unwrap();
        accounts::request_password_reset(c, "timur@example.kz", &Client::default(), &site(), now())
            .unwrap();
        let token = last_token(c, "/reset/confirm");
        let weak =
            accounts::reset_password(c, &token, "qwerty123", &Client::default(), &site(), now());
        assert!(matches!(weak, Err(Error::Invalid(_))));
        accounts::reset_password(
            c,
            &token,
            "new-steppe-password-42",
            &Client::default(),
            &site(),
            now(),
        )
        .unwrap();
        assert!(
            accounts::session_user(c, &s.session_id, now())?.is_none(),
            "old sessions are revoked"
        );
        let again = accounts::reset_password(
            c,
            &token,
            "another-password-43",
            &Client::default(),
            &site(),
            now(),
        );
        assert!(matches!(again, Err(Error::TokenInvalid)));
        assert!(accounts::sign_in(
            c,
            "timur@example.kz",
            "new-steppe-password-42",
            &Client::default(),
            now()
        )
        .is_ok());
        let last: String = mail_outbox::table
            .order(mail_outbox::id.desc())
            .select(mail_outbox::body)
            .first(c)?;
        assert_eq!(last, rendered(AccountMail::PasswordChanged));
        Ok(())
    })
    .await
    .unwrap();
}

async fn outbox_claims_are_exclusive_and_failures_back_off(backend: Backend) {
    let (_db, pool) = pool(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let t = now();
        for i in 0..3 {
            let draft = MailDraft {
                subject: format!("s{i}"),
                body: "b".into(),
            };
            mail::enqueue(c, "x@example.kz", &draft, t)?;
        }
        let first = mail::claim_due(c, t, 10, mail::LEASE)?;
        assert_eq!(first.len(), 3);
        assert!(
            mail::claim_due(c, t, 10, mail::LEASE)?.is_empty(),
            "claimed mails are leased"
        );
        mail::mark_sent(c, first[0].id, t)?;
        mail::mark_failed(c, &first[1], "connection refused", t)?;
        let ids = |mails: Vec<mail::DueMail>| mails.iter().map(|m| m.id).collect::<Vec<_>>();
        // The failed one waits out its backoff (30 s); the third is still leased.
        assert!(mail::claim_due(c, t + Duration::seconds(10), 10, mail::LEASE)?.is_empty());
        assert_eq!(
            ids(mail::claim_due(
                c,
                t + Duration::seconds(31),
                10,
                mail::LEASE
            )?),
            vec![first[1].id]
        );
        // A worker that died holding the third loses it when the lease ends.
        let after_lease = t + mail::LEASE + Duration::seconds(1);
        assert_eq!(
            ids(mail::claim_due(c, after_lease, 10, mail::LEASE)?),
            vec![first[2].id]
        );
        let sent: i64 = mail_outbox::table
            .filter(mail_outbox::sent_at.is_not_null())
            .count()
            .get_result(c)?;
        assert_eq!(sent, 1);
        Ok(())
    })
    .await
    .unwrap();
}

both_backends! {
    sign_up_flow => sign_up_verify_sign_in,
    sign_up_errors => invalid_sign_up_stores_nothing_and_duplicates_reveal_nothing,
    refresh => refresh_rotates_and_reuse_revokes,
    sign_out => sign_out_everywhere_and_expiry,
    lockout => lockout_after_a_hundred_failures,
    reset => password_reset,
    outbox => outbox_claims_are_exclusive_and_failures_back_off,
}

async fn second_factor_enrolment_replay_and_recovery(backend: Backend) {
    use kenes_core::accounts::sealed::Sealer;
    use kenes_core::accounts::totp;
    let (_db, pool) = pool(backend).await;
    let sealer = Sealer::new(SERVER_SECRET, &[]);
    interact::<_, _, kenes_core::DbError>(&pool, move |c| {
        let s = verified_session(c, "nurlan@example.kz");
        let t = now();
        let enrolment = totp::begin(c, &sealer, s.user_id).unwrap();
        assert!(
            enrolment
                .uri
                .starts_with("otpauth://totp/Kenes:nurlan%40example.kz?secret="),
            "{}",
            enrolment.uri
        );
        let wrong = totp::confirm(c, &sealer, s.user_id, "000000", None, &Client::default(), t);
        assert!(
            matches!(wrong, Err(Error::SecondFactorInvalid))
                || totp::code_at(&enrolment.secret, t) == "000000"
        );
        let codes = totp::confirm(
            c,
            &sealer,
            s.user_id,
            &totp::code_at(&enrolment.secret, t),
            None,
            &Client::default(),
            t,
        )
        .unwrap();
        assert_eq!(codes.len(), totp::RECOVERY_CODES);

        assert!(
            accounts::session_user(c, &s.session_id, t)?.is_none(),
            "other sessions end when 2FA turns on"
        );

        // Sign-in now stops after the password.
        let step =
            accounts::sign_in(c, "nurlan@example.kz", PASSWORD, &Client::default(), t).unwrap();
        assert!(matches!(step, accounts::SignIn::SecondFactor { user_id } if user_id == s.user_id));

        // The code used for enrolment cannot be replayed; the next step's code works once.
        let same = totp::code_at(&enrolment.secret, t);
        assert!(matches!(
            totp::verify(c, &sealer, s.user_id, &same, &Client::default(), t),
            Err(Error::SecondFactorInvalid)
        ));
        let later = t + Duration::seconds(30);
        let next = totp::code_at(&enrolment.secret, later);
        totp::verify(c, &sealer, s.user_id, &next, &Client::default(), later).unwrap();
        assert!(
            totp::verify(c, &sealer, s.user_id, &next, &Client::default(), later).is_err(),
            "replay refused"
        );

        // A recovery code works once.
        totp::verify(c, &sealer, s.user_id, &codes[0], &Client::default(), later).unwrap();
        assert!(totp::verify(c, &sealer, s.user_id, &codes[0], &Client::default(), later).is_err());
        Ok(())
    })
    .await
    .unwrap();
}

both_backends! {
    second_factor => second_factor_enrolment_replay_and_recovery,
}

async fn roles_are_granted_by_administrators_only(backend: Backend) {
    use kenes_core::accounts::roles;
    use kenes_core::permissions::{Grant, Level, Role};
    let (_db, pool) = pool(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let admin = verified_session(c, "admin@example.kz").user_id;
        let other = verified_session(c, "official@example.kz").user_id;
        let cli = Client::default();
        let t = now();
        let official = Grant::new(Role::Official).body("akimat-1132-housing");

        assert!(matches!(
            roles::grant(c, Some(other), "official@example.kz", &official, &cli, t),
            Err(Error::Forbidden)
        ));
        roles::grant(
            c,
            None,
            "admin@example.kz",
            &Grant::new(Role::Administrator),
            &cli,
            t,
        )
        .unwrap();
        let id = roles::grant(c, Some(admin), "Official@Example.kz", &official, &cli, t).unwrap();
        assert_eq!(roles::active_grants(c, other)?, vec![official.clone()]);

        let no_scope = Grant::new(Role::Coordinator).level(Level::Regional);
        assert!(matches!(
            roles::grant(c, Some(admin), "official@example.kz", &no_scope, &cli, t),
            Err(Error::Invalid(f)) if f == [FieldError { field: "kato", code: "scope-required" }]
        ));
        let bad_place = no_scope.clone().kato("9999");
        assert!(matches!(
            roles::grant(c, Some(admin), "official@example.kz", &bad_place, &cli, t),
            Err(Error::Invalid(f)) if f == [FieldError { field: "kato", code: "unknown-kato" }]
        ));
        assert!(matches!(
            roles::grant(c, Some(admin), "nobody@example.kz", &official, &cli, t),
            Err(Error::Invalid(f)) if f == [FieldError { field: "email", code: "unknown-user" }]
        ));

        assert!(matches!(
            roles::revoke(c, other, id, &cli, t),
            Err(Error::Forbidden)
        ));
        assert_eq!(roles::list_active(c, admin).unwrap().len(), 2);
        roles::revoke(c, admin, id, &cli, t).unwrap();
        assert!(matches!(
            roles::revoke(c, admin, id, &cli, t),
            Err(Error::NotFound)
        ));
        assert!(roles::active_grants(c, other)?.is_empty());
        let logged: Vec<String> = audit_log::table
            .filter(audit_log::action.like("role_%"))
            .order(audit_log::id)
            .select(audit_log::action)
            .load(c)?;
        assert_eq!(logged, ["role_granted", "role_granted", "role_revoked"]);
        Ok(())
    })
    .await
    .unwrap();
}

both_backends! {
    roles => roles_are_granted_by_administrators_only,
}

async fn export_and_delete_leave_nothing_personal(backend: Backend) {
    use kenes_core::accounts::personal_data;
    use kenes_core::schema::sessions;
    let (_db, pool) = pool(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let keep = verified_session(c, "other@example.kz");
        let s = verified_session(c, "leaving@example.kz");
        let from_phone = Client {
            ip: Some("10.1.2.3".into()),
            user_agent: Some("Phone".into()),
        };
        session(accounts::sign_in(
            c,
            "leaving@example.kz",
            PASSWORD,
            &from_phone,
            now(),
        ));
        let data = personal_data::export(c, s.user_id).unwrap();
        assert_eq!(data["account"]["email"], "leaving@example.kz");
        assert_eq!(data["account"]["display_name"], "Айгүл");
        assert_eq!(data["sessions"].as_array().unwrap().len(), 2);
        assert_eq!(data["sessions"][1]["ip"], "10.1.2.3");
        assert!(data["activity"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "sign_in"));
        assert_eq!(
            data["mails"][0]["subject"],
            translate(Locale::Kk, "mail-verify-subject", &[])
        );
        let text = data.to_string();
        assert!(
            !text.contains("password_hash") && !text.contains("$argon2"),
            "no secrets exported"
        );

        let wrong = personal_data::delete(c, s.user_id, "not my password", now());
        assert!(matches!(wrong, Err(Error::Invalid(_))));
        assert!(
            personal_data::export(c, s.user_id).is_ok(),
            "nothing deleted on a wrong password"
        );

        personal_data::delete(c, s.user_id, PASSWORD, now()).unwrap();
        let users_left: Vec<String> = users::table.select(users::email).load(c)?;
        assert_eq!(users_left, ["other@example.kz"]);
        let mails_left: Vec<String> = mail_outbox::table.select(mail_outbox::recipient).load(c)?;
        assert!(
            mails_left.iter().all(|r| r == "other@example.kz"),
            "{mails_left:?}"
        );
        let sessions_left: Vec<i64> = sessions::table.select(sessions::user_id).load(c)?;
        assert_eq!(sessions_left, [keep.user_id]);
        let trail: Vec<(String, Option<String>)> = audit_log::table
            .filter(audit_log::actor_user_id.eq(s.user_id))
            .select((audit_log::action, audit_log::ip))
            .load(c)?;
        assert!(trail.iter().any(|(a, _)| a == "account_deleted"));
        assert!(trail.iter().all(|(_, ip)| ip.is_none()));
        Ok(())
    })
    .await
    .unwrap();
}

both_backends! {
    personal_data => export_and_delete_leave_nothing_personal,
}

/// The seed in the database is sealed; a rotated server secret still opens it and reseals
/// it at the next sign-in; a seed stored before sealing works and is sealed; a forgotten
/// secret leaves only the recovery codes.
async fn second_factor_seeds_are_sealed_at_rest(backend: Backend) {
    use kenes_core::accounts::sealed::Sealer;
    use kenes_core::accounts::totp;
    let (_db, pool) = pool(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let s = verified_session(c, "aigerim@example.kz");
        let stored = |c: &mut Db| -> String {
            users::table
                .find(s.user_id)
                .select(users::totp_secret)
                .first::<Option<String>>(c)
                .unwrap()
                .unwrap()
        };
        let t = now();
        let old = Sealer::new(SERVER_SECRET, &[]);
        let enrolment = totp::begin(c, &old, s.user_id).unwrap();
        let sealed = stored(c);
        assert!(!sealed.contains(&enrolment.secret), "{sealed}");
        let codes = totp::confirm(
            c,
            &old,
            s.user_id,
            &totp::code_at(&enrolment.secret, t),
            None,
            &Client::default(),
            t,
        )
        .unwrap();

        let rotated = Sealer::new(
            "the next server secret, also long enough",
            &[SERVER_SECRET.into()],
        );
        let t1 = t + Duration::seconds(30);
        totp::verify(
            c,
            &rotated,
            s.user_id,
            &totp::code_at(&enrolment.secret, t1),
            &Client::default(),
            t1,
        )
        .unwrap();
        let resealed = stored(c);
        assert_ne!(resealed, sealed, "resealed under the new secret");
        let new_only = Sealer::new("the next server secret, also long enough", &[]);
        assert_eq!(new_only.open(&resealed).unwrap().plain, enrolment.secret);

        // A seed from before sealing: accepted, then sealed.
        diesel::update(users::table.find(s.user_id))
            .set(users::totp_secret.eq(&enrolment.secret))
            .execute(c)?;
        let t2 = t1 + Duration::seconds(30);
        totp::verify(
            c,
            &new_only,
            s.user_id,
            &totp::code_at(&enrolment.secret, t2),
            &Client::default(),
            t2,
        )
        .unwrap();
        assert!(!stored(c).contains(&enrolment.secret));
        // … or sealed at start-up.
        diesel::update(users::table.find(s.user_id))
            .set(users::totp_secret.eq(&enrolment.secret))
            .execute(c)?;
        assert_eq!(totp::seal_unsealed(c, &new_only)?, 1);
        assert_eq!(totp::seal_unsealed(c, &new_only)?, 0, "sealed once");
        assert_eq!(new_only.open(&stored(c)).unwrap().plain, enrolment.secret);

        // Under a secret that never sealed it, codes fail and recovery codes still work.
        let stranger = Sealer::new("a secret that never sealed anything here", &[]);
        let t3 = t2 + Duration::seconds(30);
        assert!(matches!(
            totp::verify(
                c,
                &stranger,
                s.user_id,
                &totp::code_at(&enrolment.secret, t3),
                &Client::default(),
                t3
            ),
            Err(Error::SecondFactorInvalid)
        ));
        totp::verify(c, &stranger, s.user_id, &codes[0], &Client::default(), t3).unwrap();
        Ok(())
    })
    .await
    .unwrap();
}

both_backends!(second_factor_seeds_are_sealed_at_rest => second_factor_seeds_are_sealed_at_rest);
