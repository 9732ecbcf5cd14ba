//! Accounts over HTTP: forms, mails actually delivered, cookies, sessions, abuse limits.

use diesel::prelude::*;
use kenes_core::schema::{sessions, users};
use kenes_core::{both_backends, db, Backend};

use crate::helpers::{spawn_app, spawn_app_with, Browser, TestApp};

pub const EMAIL: &str = "aigul@example.kz";
pub const PASSWORD: &str = "steppe-wind-over-Ulytau";

/// The path and query of a link from a mail (its host is the configured public URL).
fn path_of(link: &str) -> String {
    let after_scheme = link.split_once("://").unwrap().1;
    after_scheme[after_scheme.find('/').unwrap()..].to_owned()
}

fn token_of(link: &str) -> String {
    link.split("token=").nth(1).unwrap().to_owned()
}

/// A citizen (`EMAIL`) signed in with a confirmed address.
pub async fn signed_in(app: &TestApp) -> Browser<'_> {
    let mut b = signed_up_and_verified(app).await;
    b.post("/signin", &[("email", EMAIL), ("password", PASSWORD)])
        .await;
    b
}

/// Another citizen, signed up, confirmed and signed in, in a browser of their own.
pub async fn signed_in_as<'a>(app: &'a TestApp, email: &str, name: &str) -> Browser<'a> {
    let mut b = signed_up_and_verified_as(app, email, name).await;
    b.post("/signin", &[("email", email), ("password", PASSWORD)])
        .await;
    b
}

pub async fn signed_up_and_verified(app: &TestApp) -> Browser<'_> {
    signed_up_and_verified_as(app, EMAIL, "Айгүл").await
}

/// A new account with a confirmed address (not yet signed in), in a browser of its own.
pub async fn signed_up_and_verified_as<'a>(
    app: &'a TestApp,
    email: &str,
    name: &str,
) -> Browser<'a> {
    let mut b = app.browser();
    let page = b
        .post_page(
            "/signup",
            &[
                ("email", email),
                ("display_name", name),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert!(page.contains("we have sent you an e-mail"), "{page}");
    let mail = app.wait_for_mail(email, 1).await;
    let link = mail.link("/verify?token=");
    let page = b.get_page(&path_of(&link)).await;
    assert!(page.contains("Confirm my e-mail"));
    let page = b.post_page("/verify", &[("token", &token_of(&link))]).await;
    assert!(page.contains("Your e-mail is confirmed."), "{page}");
    b
}

async fn sign_up_verify_sign_in_sign_out(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut b = signed_up_and_verified(&app).await;
    let mail = &app.mails()[0];
    assert_eq!(mail.subject, "Confirm your e-mail for Kenes");

    let res = b
        .post(
            "/signin",
            &[("email", "Aigul@Example.kz"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/account");
    let cookies: Vec<&str> = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert_eq!(cookies.len(), 2);
    for c in &cookies {
        assert!(c.starts_with("__Host-kenes_"), "{c}");
        for attr in ["HttpOnly", "Secure", "SameSite=Lax", "Path=/"] {
            assert!(c.contains(attr), "{c} lacks {attr}");
        }
        assert!(!c.contains("Domain="), "__Host- cookies have no domain");
    }

    let page = b.get_page("/account").await;
    assert!(page.contains("Your account") && page.contains("Айгүл") && page.contains(EMAIL));

    let res = b.post("/signout", &[]).await;
    assert_eq!(res.status(), 303);
    assert!(b.cookies.is_empty(), "cookies cleared: {:?}", b.cookies);
    let res = b.get("/account").await;
    assert_eq!(
        res.status(),
        303,
        "signed out: the account page sends to sign-in"
    );
    assert_eq!(res.headers()["location"], "/signin?next=%2Faccount");

    // Signing in from the page that asked for it goes back there; never off the site.
    let res = b.get("/my").await;
    assert_eq!(res.headers()["location"], "/signin?next=%2Fmy");
    let page = b.get_page("/signin?next=%2Fmy").await;
    assert!(page.contains(r#"name="next" value="/my""#), "{page}");
    for (next, lands) in [("/my", "/my"), ("//evil.example", "/")] {
        let res = b
            .post(
                "/signin",
                &[("email", EMAIL), ("password", PASSWORD), ("next", next)],
            )
            .await;
        assert_eq!(res.status(), 303);
        assert_eq!(res.headers()["location"], lands, "next={next}");
    }
}

async fn invalid_sign_up_shows_errors_and_keeps_values(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut b = app.browser();
    let page = b
        .post_page(
            "/signup",
            &[
                ("email", "aigul(at)example.kz"),
                ("display_name", "Айгүл"),
                ("password", "qwerty123"),
            ],
        )
        .await;
    assert!(page.contains("Enter an e-mail address like name@example.kz."));
    assert!(page.contains("This password is among the most common ones"));
    assert!(
        page.contains(r#"value="aigul(at)example.kz""#),
        "typed e-mail kept"
    );
    assert!(page.contains(r#"value="Айгүл""#), "typed name kept");
    assert!(!page.contains("qwerty123"), "the password is never echoed");
    let n: i64 = db::interact::<_, _, kenes_core::DbError>(&app.pool, |c| {
        Ok(users::table.count().get_result(c)?)
    })
    .await
    .unwrap();
    assert_eq!(n, 0);
}

async fn cross_site_posts_are_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let form = [
        ("email", EMAIL),
        ("display_name", "x"),
        ("password", PASSWORD),
    ];
    for origin in [Some("https://evil.example"), None] {
        let mut req = app
            .client
            .post(format!("{}/signup", app.address))
            .form(&form);
        if let Some(o) = origin {
            req = req.header("Origin", o);
        }
        let res = req.send().await.unwrap();
        assert_eq!(res.status(), 403, "{origin:?}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["error"]["code"], "cross_site_request");
    }
    let n: i64 = db::interact::<_, _, kenes_core::DbError>(&app.pool, |c| {
        Ok(users::table.count().get_result(c)?)
    })
    .await
    .unwrap();
    assert_eq!(n, 0);
}

async fn tokens_are_checked_and_refreshed(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut b = signed_up_and_verified(&app).await;
    b.post("/signin", &[("email", EMAIL), ("password", PASSWORD)])
        .await;
    let access = b.cookies["__Host-kenes_at"].clone();
    let refresh = b.cookies["__Host-kenes_rt"].clone();

    // A tampered access token alone: signed out, cookies cleared.
    let mut forged = app.browser();
    let mut parts: Vec<String> = access.split('.').map(String::from).collect();
    parts[2] = parts[2].chars().rev().collect();
    forged
        .cookies
        .insert("__Host-kenes_at".into(), parts.join("."));
    assert_eq!(forged.get("/account").await.status(), 303);

    // Only the refresh token: a new pair is issued and the page is served.
    let mut renewing = app.browser();
    renewing
        .cookies
        .insert("__Host-kenes_rt".into(), refresh.clone());
    let res = renewing.get("/account").await;
    assert_eq!(res.status(), 200);
    assert_ne!(renewing.cookies["__Host-kenes_rt"], refresh, "rotated");
    assert!(renewing.cookies.contains_key("__Host-kenes_at"));

    // Sign out everywhere: the other browser's still-unexpired access token stops working.
    let res = renewing.post("/signout-all", &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(b.get("/account").await.status(), 303);
    let live: i64 = db::interact::<_, _, kenes_core::DbError>(&app.pool, |c| {
        Ok(sessions::table
            .filter(sessions::revoked_at.is_null())
            .count()
            .get_result(c)?)
    })
    .await
    .unwrap();
    assert_eq!(live, 0);
}

async fn wrong_password_and_rate_limit(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.rate_sign_in_per_hour = 3).await;
    let mut b = signed_up_and_verified(&app).await;
    for _ in 0..3 {
        let page = b
            .post_page(
                "/signin",
                &[("email", EMAIL), ("password", "wrong password")],
            )
            .await;
        assert!(page.contains("Wrong e-mail or password."));
        assert!(page.contains(&format!(r#"value="{EMAIL}""#)));
    }
    let res = b
        .post("/signin", &[("email", EMAIL), ("password", PASSWORD)])
        .await;
    assert_eq!(res.status(), 200, "limited even with the right password");
    let page = res.text().await.unwrap();
    assert!(
        page.contains("Too many attempts from your connection. Try again in"),
        "{page}"
    );
}

/// Two nodes on one PostgreSQL behind a balancer: the attempts from one connection count
/// together, whichever node takes them; each node alone would let all six through.
#[actix_web::test]
async fn two_nodes_count_sign_ins_together() {
    let a = spawn_app_with(Backend::Postgres, |s| s.rate_sign_in_per_hour = 4).await;
    let url = a.database_url.clone();
    let b = spawn_app_with(Backend::Postgres, |s| {
        s.database_url = url;
        s.rate_sign_in_per_hour = 4;
    })
    .await;
    let (mut on_a, mut on_b) = (a.browser(), b.browser());
    let wrong = [("email", EMAIL), ("password", "wrong password")];
    let mut limited = Vec::new();
    for attempt in 0..6 {
        let node = if attempt % 2 == 0 {
            &mut on_a
        } else {
            &mut on_b
        };
        let page = node.post_page("/signin", &wrong).await;
        limited.push(page.contains("Too many attempts from your connection. Try again in"));
    }
    assert_eq!(limited, [false, false, false, false, true, true]);
}

async fn password_reset_by_mail(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut b = signed_up_and_verified(&app).await;
    let page = b
        .post_page("/reset", &[("email", "nobody@example.kz")])
        .await;
    assert!(page.contains("If this address has an account"));
    let page = b.post_page("/reset", &[("email", EMAIL)]).await;
    assert!(
        page.contains("If this address has an account"),
        "same answer for both"
    );
    let mail = app.wait_for_mail(EMAIL, 2).await;
    assert_eq!(mail.subject, "Set a new Kenes password");
    let link = mail.link("/reset/confirm?token=");
    let page = b.get_page(&path_of(&link)).await;
    assert!(page.contains("Set a new password"));
    let token = token_of(&link);
    let page = b
        .post_page(
            "/reset/confirm",
            &[("token", &token), ("password", "short")],
        )
        .await;
    assert!(page.contains("Use at least 8 characters."));
    let page = b
        .post_page(
            "/reset/confirm",
            &[("token", &token), ("password", "a-new-steppe-password")],
        )
        .await;
    assert!(page.contains("Your password is changed"), "{page}");
    let changed = app.wait_for_mail(EMAIL, 3).await;
    assert_eq!(changed.subject, "Your Kenes password was changed");
    let res = b
        .post(
            "/signin",
            &[("email", EMAIL), ("password", "a-new-steppe-password")],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert!(
        app.mails().iter().all(|m| m.to == EMAIL),
        "no other mail went out"
    );
}

both_backends! {
    #[actix_web::test]
    account_flow => sign_up_verify_sign_in_sign_out,
    sign_up_errors => invalid_sign_up_shows_errors_and_keeps_values,
    csrf => cross_site_posts_are_refused,
    tokens => tokens_are_checked_and_refreshed,
    limits => wrong_password_and_rate_limit,
    reset => password_reset_by_mail,
}

/// Grants the administrator role as the `grant-role` command does.
async fn make_administrator(app: &TestApp, email: &'static str) {
    grant(
        app,
        email,
        kenes_core::permissions::Grant::new(kenes_core::permissions::Role::Administrator),
    )
    .await;
}

/// Grants a role as the `grant-role` command does.
pub async fn grant(app: &TestApp, email: &'static str, role: kenes_core::permissions::Grant) {
    use kenes_core::audit::Client;
    db::interact(&app.pool, move |c| {
        let now = chrono::Utc::now().naive_utc();
        kenes_core::accounts::roles::grant(c, None, email, &role, &Client::default(), now)
            .map_err(|e| kenes_core::DbError::Reference(e.to_string()))
    })
    .await
    .unwrap();
}

/// Turns on two-step sign-in through the pages; returns the secret and recovery codes.
pub async fn enrol(b: &mut Browser<'_>) -> (String, Vec<String>) {
    use kenes_core::accounts::totp;
    let page = b.post_page("/account/2fa", &[("step", "start")]).await;
    let secret = page
        .split(r#"<code class="secret">"#)
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_owned();
    assert!(page.contains("otpauth://totp/Kenes:"));
    let page = b
        .post_page("/account/2fa", &[("step", "confirm"), ("code", "12345")])
        .await;
    assert!(
        page.contains("This code is wrong"),
        "wrong code is refused next to the field"
    );
    assert!(page.contains(&secret), "and the same key is shown again");
    let now = chrono::Utc::now().naive_utc();
    let page = b
        .post_page(
            "/account/2fa",
            &[("step", "confirm"), ("code", &totp::code_at(&secret, now))],
        )
        .await;
    assert!(page.contains("Two-step sign-in is on."), "{page}");
    let recovery: Vec<String> = page
        .split("<li><code>")
        .skip(1)
        .map(|s| s.split('<').next().unwrap().to_owned())
        .collect();
    (secret, recovery)
}

async fn staff_enrol_and_use_the_second_factor(backend: Backend) {
    use kenes_core::accounts::totp;
    let app = spawn_app(backend).await;
    let mut b = signed_up_and_verified(&app).await;
    make_administrator(&app, EMAIL).await;
    b.post("/signin", &[("email", EMAIL), ("password", PASSWORD)])
        .await;
    let page = b.get_page("/account").await;
    assert!(
        page.contains("set up two-step sign-in before you can use it"),
        "staff are told to enrol"
    );

    let (secret, recovery) = enrol(&mut b).await;
    assert_eq!(recovery.len(), 10);
    assert_eq!(
        b.get("/account").await.status(),
        200,
        "the enrolling session stays signed in"
    );

    // A new sign-in stops after the password.
    let mut phone = app.browser();
    let res = phone
        .post("/signin", &[("email", EMAIL), ("password", PASSWORD)])
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/signin/2fa");
    assert!(phone.cookies.contains_key("__Host-kenes_mfa"));
    assert!(
        !phone.cookies.contains_key("__Host-kenes_at"),
        "no session before the second factor"
    );
    assert_eq!(phone.get("/account").await.status(), 303);
    let page = phone.post_page("/signin/2fa", &[("code", "000000")]).await;
    let now = chrono::Utc::now().naive_utc();
    assert!(page.contains("This code is wrong") || totp::code_at(&secret, now) == "000000");
    let res = phone.post("/signin/2fa", &[("code", &recovery[0])]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/account");
    assert!(
        !phone.cookies.contains_key("__Host-kenes_mfa"),
        "ticket cleared"
    );
    assert_eq!(phone.get("/account").await.status(), 200);

    // Without the ticket cookie the second step cannot be reached.
    let mut stranger = app.browser();
    let page = stranger
        .post_page("/signin/2fa", &[("code", &recovery[1])])
        .await;
    assert!(page.contains("This link is invalid"), "{page}");
}

both_backends! {
    #[actix_web::test]
    second_factor => staff_enrol_and_use_the_second_factor,
}

async fn export_and_delete_my_account(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut b = signed_up_and_verified(&app).await;
    b.post("/signin", &[("email", EMAIL), ("password", PASSWORD)])
        .await;
    let res = b.get("/account/export").await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment"));
    let data: serde_json::Value = res.json().await.unwrap();
    assert_eq!(data["account"]["email"], EMAIL);
    assert_eq!(data["account"]["display_name"], "Айгүл");

    let page = b
        .post_page("/account/delete", &[("password", "guess")])
        .await;
    assert!(page.contains("This is not your password."));
    let page = b
        .post_page("/account/delete", &[("password", PASSWORD)])
        .await;
    assert!(page.contains("Your account is deleted."), "{page}");
    assert!(b.cookies.is_empty(), "signed out");
    let n: i64 = db::interact::<_, _, kenes_core::DbError>(&app.pool, |c| {
        Ok(users::table.count().get_result(c)?)
    })
    .await
    .unwrap();
    assert_eq!(n, 0);
    let page = b
        .post_page("/signin", &[("email", EMAIL), ("password", PASSWORD)])
        .await;
    assert!(page.contains("Wrong e-mail or password."));
    assert_eq!(app.browser().get("/account/export").await.status(), 303);
}

both_backends! {
    #[actix_web::test]
    personal_data => export_and_delete_my_account,
}

async fn administrators_grant_roles_in_the_portal(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut admin = signed_up_and_verified(&app).await;
    let mut other = app.browser();
    other
        .post(
            "/signup",
            &[
                ("email", "official@example.kz"),
                ("display_name", "Official"),
                ("password", PASSWORD),
            ],
        )
        .await;
    let link = app
        .wait_for_mail("official@example.kz", 1)
        .await
        .link("/verify?token=");
    other.post("/verify", &[("token", &token_of(&link))]).await;
    other
        .post(
            "/signin",
            &[("email", "official@example.kz"), ("password", PASSWORD)],
        )
        .await;

    make_administrator(&app, EMAIL).await;
    admin
        .post("/signin", &[("email", EMAIL), ("password", PASSWORD)])
        .await;
    let page = admin.get_page("/admin/roles").await;
    assert!(
        page.contains("set up two-step sign-in"),
        "administrators need the second factor first"
    );
    enrol(&mut admin).await;

    let page = admin.get_page("/admin/roles").await;
    assert!(page.contains("Active roles") && page.contains(EMAIL));
    // The grant form for the official's address: role, level, KATO prefix.
    let grant = |role, level, kato| {
        [
            ("op", "grant"),
            ("email", "official@example.kz"),
            ("role", role),
            ("level", level),
            ("kato", kato),
        ]
    };
    let page = admin
        .post_page("/admin/roles", &grant("coordinator", "regional", ""))
        .await;
    assert!(
        page.contains("This role needs this field."),
        "missing jurisdiction"
    );
    assert!(
        page.contains(r#"value="official@example.kz""#),
        "typed values kept"
    );
    // A role the list does not offer (a tampered form) is refused, not read as another.
    let page = admin
        .post_page("/admin/roles", &grant("overlord", "", ""))
        .await;
    assert!(page.contains("Choose one of the roles."), "{page}");
    assert!(
        !page.contains(r#"<td data-label="E-mail">official@example.kz</td>"#),
        "nothing granted"
    );
    let page = admin
        .post_page("/admin/roles", &grant("coordinator", "regional", "11"))
        .await;
    assert!(page.contains("The role is granted."), "{page}");
    let page = admin.get_page("/admin/roles").await;
    assert!(
        page.contains(r#"<td data-label="E-mail">official@example.kz</td>"#),
        "{page}"
    );
    // Granted today, as people write days.
    let today = kenes_core::clock::today().to_string();
    let granted = kenes_i18n::long_date(kenes_i18n::Locale::En, &today).unwrap();
    assert!(
        page.contains(&format!(r#"<td data-label="Granted">{granted}</td>"#)),
        "{page}"
    );

    // The new coordinator is staff now, but not an administrator.
    let page = other.get_page("/account").await;
    assert!(page.contains("Your account has a staff role"));
    enrol(&mut other).await;
    let res = other.get("/admin/roles").await;
    assert_eq!(res.status(), 403);
    let res = other
        .post("/admin/roles", &[("op", "revoke"), ("grant", "1")])
        .await;
    assert_eq!(res.status(), 403, "posting is refused too");

    let grants: Vec<i64> = db::interact::<_, _, kenes_core::DbError>(&app.pool, |c| {
        use kenes_core::schema::role_grants;
        Ok(role_grants::table
            .filter(role_grants::revoked_at.is_null())
            .order(role_grants::id)
            .select(role_grants::id)
            .load(c)?)
    })
    .await
    .unwrap();
    assert_eq!(
        grants.len(),
        2,
        "the coordinator's revoke attempt changed nothing"
    );
    let id = grants[1].to_string();
    let page = admin
        .post_page("/admin/roles", &[("op", "revoke"), ("grant", &id)])
        .await;
    assert!(page.contains("The role is revoked."));
    // Revoked twice (a second tab): the page says the step failed, not nothing.
    let page = admin
        .post_page("/admin/roles", &[("op", "revoke"), ("grant", &id)])
        .await;
    assert!(!page.contains("The role is revoked."), "{page}");
    assert!(page.contains("error-notice"), "{page}");
}

both_backends! {
    #[actix_web::test]
    admin_roles => administrators_grant_roles_in_the_portal,
}

async fn profile_names_and_preferred_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut b = signed_up_and_verified(&app).await;
    b.post("/signin", &[("email", EMAIL), ("password", PASSWORD)])
        .await;
    let page = b.get_page("/account/profile").await;
    assert!(page.contains(r#"value="Айгүл""#), "stored name shown");
    let page = b
        .post_page(
            "/account/profile",
            &[
                ("display_name", " "),
                ("legal_name", "Айгүл Серікқызы"),
                ("locale", "ru"),
            ],
        )
        .await;
    assert!(page.contains("Enter a display name."));
    assert!(
        page.contains(r#"value="Айгүл Серікқызы""#),
        "typed legal name kept"
    );
    let res = b
        .post(
            "/account/profile",
            &[
                ("display_name", "Aigul S."),
                ("legal_name", "Айгүл Серікқызы"),
                ("locale", "ru"),
            ],
        )
        .await;
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("lang=ru"), "{cookie}");
    assert!(res.text().await.unwrap().contains("Saved."));
    assert!(b.get_page("/account").await.contains("Aigul S."));
    // Mails now come in Russian.
    b.post("/reset", &[("email", EMAIL)]).await;
    assert_eq!(
        app.wait_for_mail(EMAIL, 2).await.subject,
        "Новый пароль для Кеңес"
    );
}

both_backends! {
    #[actix_web::test]
    profile => profile_names_and_preferred_language,
}

async fn change_password_while_signed_in(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut b = signed_up_and_verified(&app).await;
    b.post("/signin", &[("email", EMAIL), ("password", PASSWORD)])
        .await;
    let mut laptop = app.browser();
    laptop
        .post("/signin", &[("email", EMAIL), ("password", PASSWORD)])
        .await;
    let page = b
        .post_page(
            "/account/password",
            &[("current_password", "guess"), ("password", "password1")],
        )
        .await;
    assert!(
        page.contains("This is not your password.")
            && page.contains("This password is among the most common")
    );
    let page = b
        .post_page(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("password", "a-fresh-steppe-password"),
            ],
        )
        .await;
    assert!(page.contains("Your password is changed."), "{page}");
    assert_eq!(b.get("/account").await.status(), 200, "this session stays");
    assert_eq!(
        laptop.get("/account").await.status(),
        303,
        "the other one is signed out"
    );
    assert_eq!(
        app.wait_for_mail(EMAIL, 2).await.subject,
        "Your Kenes password was changed"
    );
}

both_backends! {
    #[actix_web::test]
    change_password => change_password_while_signed_in,
}
